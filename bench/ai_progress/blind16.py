# A sixteenth blind held-out set of progress lines for the AI-training pack,
# collected on 2026-12-07 (UTC afternoon). About a third of the lines come
# from training logs that people committed to their repositories
# (log_train.txt, training_log.txt, train_log.log, training.out), read byte
# for byte from the repository at the commit named in `src`; the others were
# copied verbatim from public GitHub issues and pull requests in which users
# pasted part of a training log, and `src` then names the thread. No source
# (repository file, issue or pull request) used in heldout.py, fresh.py,
# devset.py, devset2.py or blind.py .. blind15.py was taken again; the lines
# from issue trackers of trainers used before (a little over a third of the
# set) come from new threads, and the other sources come from repositories no
# earlier set used. At most five lines come
# from one source. The set was written without looking at the pack or its
# tests, each expectation decided from what the line itself prints, and it
# was frozen before it was scored even once.
# Same fields as heldout.py: the framework, where the line was seen, the line
# as printed (tabs, the `\r` that starts a progress-bar refresh, ANSI escapes
# and leading or trailing blanks kept), the progress metrics it must yield
# (`want`) and metrics it may yield or not (`optional`: an in-epoch batch
# counter, a tqdm bar's rate, a time whose unit or span the line does not
# print, a running or whole-run average next to a per-step value, a loss
# whose meaning the line leaves open, a value in an unlabeled column row).
# `want={}` marks a line that holds no training progress: the pack stays
# quiet. StepTime is in milliseconds. A NaN or inf value yields no metric.

CASES = [
    # ---------------------------------------------------------------- PyTorch-YOLOv3 (early eriklindernoren version): per-epoch print blocks of the custom loop
    # the summed loss of the three YOLO scales, printed under each epoch header
    dict(fw='ad-hoc YOLOv3 loop', src='https://github.com/eriklindernoren/PyTorch-YOLOv3/issues/81',
         line='total loss: 4119.8759765625',
         want={"TrainLoss": 4119.8759765625}),
    # the epoch header: an epoch counter, no step or loss
    dict(fw='ad-hoc YOLOv3 loop', src='https://github.com/eriklindernoren/PyTorch-YOLOv3/issues/81',
         line='************epoch: 18 ***************',
         want={}),
    # ---------------------------------------------------------------- YOLOR (WongKinYiu, yolov5-style train.py): end-of-epoch bar rows under a column header
    # columns are not labelled on the row itself (epoch, gpu_mem, box, obj, cls, total, targets, img_size); 1626/1626 counts batches of the epoch
    dict(fw='YOLOR', src='https://github.com/WongKinYiu/yolor/issues/94',
         line='      0/49     8.55G    0.0194   0.03467  0.003309   0.05738        12       448: 100% 1626/1626 [22:57<00:00,  1.18it/s]',
         want={}, optional={"TrainLoss": 0.05738, "Step": 1626, "IterationsPerSecond": 1.18}),
    # the mAP pass over the validation set: its bar rate is no training speed
    dict(fw='YOLOR', src='https://github.com/WongKinYiu/yolor/issues/94',
         line='               Class      Images        Targets            P               R         mAP@.5   mAP@.5:.95: 100% 350/350 [04:06<00:00,  1.42it/s]',
         want={}),
    # the validation result row
    dict(fw='YOLOR', src='https://github.com/WongKinYiu/yolor/issues/94',
         line='                   all      3.14e+04    3.28e+04       0.603       0.861       0.829       0.574',
         want={}),
    # ---------------------------------------------------------------- YOLOX (Megvii trainer, loguru lines)
    # iter is the batch of the epoch; iter_time in seconds
    dict(fw='YOLOX', src='https://github.com/Megvii-BaseDetection/YOLOX/issues/1548',
         line='2022-10-29 09:05:23 | INFO     | yolox.core.trainer:261 - epoch: 1/300, iter: 10/102, mem: 12977Mb, iter_time: 8.438s, data_time: 6.312s, total_loss: 10.9, iou_loss: 4.7, l1_loss: 0.0, conf_loss: 5.2, cls_loss: 1.0, lr: 3.845e-06, size: 416, ETA: 2 days, 23:42:05',
         want={"TrainLoss": 10.9, "StepTime": 8438}, optional={"Step": 10}),
    dict(fw='YOLOX', src='https://github.com/Megvii-BaseDetection/YOLOX/issues/1548',
         line='2022-10-29 09:07:00 | INFO     | yolox.core.trainer:261 - epoch: 1/300, iter: 20/102, mem: 12977Mb, iter_time: 9.725s, data_time: 8.298s, total_loss: 11.3, iou_loss: 4.7, l1_loss: 0.0, conf_loss: 5.6, cls_loss: 1.0, lr: 1.538e-05, size: 480, ETA: 3 days, 5:08:39',
         want={"TrainLoss": 11.3, "StepTime": 9725}, optional={"Step": 20}),
    dict(fw='YOLOX', src='https://github.com/Megvii-BaseDetection/YOLOX/issues/308',
         line='2021-08-02 15:19:14 | INFO     | yolox.core.trainer:254 - epoch: 1/300, iter: 10/161, mem: 8760Mb, iter_time: 0.349s, data_time: 0.001s, total_loss: 26.6, iou_loss: 4.6, l1_loss: 0.0, conf_loss: 20.8, cls_loss: 1.1, lr: 7.716e-07, size: 640, ETA: 4:40:37',
         want={"TrainLoss": 26.6, "StepTime": 349}, optional={"Step": 10}),
    # ---------------------------------------------------------------- MMDetection 1.x/2.x text logger (tab after the batch counter)
    # time is seconds per iteration, unit not printed; [1550/23454] is the batch of the epoch
    dict(fw='MMDetection', src='https://github.com/open-mmlab/mmdetection/issues/1956',
         line='2019-12-31 00:21:04,166 - INFO - Epoch [1][1550/23454]\tlr: 0.00050, eta: 1 day, 19:58:30, time: 0.429, data_time: 0.006, memory: 6814, loss_cls: 0.0960, loss_bbox: 5.4672, loss: 5.5632',
         want={"TrainLoss": 5.5632}, optional={"Step": 1550, "StepTime": 429}),
    dict(fw='MMDetection', src='https://github.com/open-mmlab/mmdetection/issues/4090',
         line='2020-11-11 18:27:52,420 - mmdet - INFO - Epoch [1][2150/29317]\tlr: 2.000e-02, eta: 1 day, 16:24:41, time: 0.391, data_time: 0.009, memory: 3946, loss_rpn_cls: 0.1059, loss_rpn_bbox: 0.0825, loss_cls: 0.4929, acc: 90.0684, loss_bbox: 0.3225, loss: 1.0037',
         want={"TrainLoss": 1.0037}, optional={"Step": 2150, "StepTime": 391}),
    # ---------------------------------------------------------------- MMRotate (Strip R-CNN on DOTA, mmcv text logger with grad_norm)
    dict(fw='MMRotate', src='https://github.com/YXB-NKU/Strip-R-CNN/issues/10',
         line='2025-02-02 14:26:47,215 - mmrotate - INFO - Epoch [9][2500/8541]\tlr: 1.000e-05, eta: 2:14:00, time: 0.276, data_time: 0.007, memory: 13211, loss_rpn_cls: 0.0074, loss_rpn_bbox: 0.0365, loss_cls: 0.0872, acc: 96.3431, loss_bbox: 0.0929, loss: 0.2240, grad_norm: 1.2983',
         want={"TrainLoss": 0.224, "GradNorm": 1.2983}, optional={"Step": 2500, "StepTime": 276}),
    dict(fw='MMRotate', src='https://github.com/YXB-NKU/Strip-R-CNN/issues/10',
         line='2025-02-02 14:31:00,586 - mmrotate - INFO - Epoch [9][3500/8541]\tlr: 1.000e-05, eta: 2:09:46, time: 0.241, data_time: 0.007, memory: 13211, loss_rpn_cls: 0.0073, loss_rpn_bbox: 0.0363, loss_cls: 0.0863, acc: 96.4192, loss_bbox: 0.0925, loss: 0.2225, grad_norm: 1.3001',
         want={"TrainLoss": 0.2225, "GradNorm": 1.3001}, optional={"Step": 3500, "StepTime": 241}),
    # ---------------------------------------------------------------- MMEngine (YOLO-World): validation pass, timing only
    # two trailing blanks as printed; a validation loop's time is no training step time
    dict(fw='MMEngine', src='https://github.com/AILab-CVC/YOLO-World/issues/396',
         line='2024/06/16 20:02:03 - mmengine - INFO - Epoch(val) [10][4000/4809]    eta: 0:06:54  time: 0.5256  data_time: 0.0006  memory: 979  ',
         want={}),
    # ---------------------------------------------------------------- MLX-LM LoRA (mlx_lm.lora / mlx-examples lora.py)
    dict(fw='MLX-LM', src='https://github.com/ml-explore/mlx-examples/issues/557',
         line='Iter 1: Val loss 2.480, Val took 0.732s',
         want={"ValLoss": 2.48}, optional={"Step": 1}),
    dict(fw='MLX-LM', src='https://github.com/ml-explore/mlx-examples/issues/557',
         line='Iter 10: Train loss 2.363, Learning Rate 1.000e-05, It/sec 1.022, Tokens/sec 88.083, Trained Tokens 862',
         want={"Step": 10, "TrainLoss": 2.363, "IterationsPerSecond": 1.022, "TokensPerSecond": 88.083}),
    # adapter checkpoint save
    dict(fw='MLX-LM', src='https://github.com/ml-explore/mlx-examples/issues/557',
         line='Iter 100: Saved adapter weights to checkpoints/100_adapters.npz.',
         want={}, optional={"Step": 100}),
    # older lora.py format without learning rate; very slow machine
    dict(fw='MLX-LM', src='https://github.com/ml-explore/mlx-examples/issues/210',
         line='Iter 10: Train loss 3.608, It/sec 0.015, Tokens/sec 1.425',
         want={"Step": 10, "TrainLoss": 3.608, "IterationsPerSecond": 0.015, "TokensPerSecond": 1.425}),
    dict(fw='MLX-LM', src='https://github.com/ml-explore/mlx-examples/issues/210',
         line='Iter 1: Val loss 2.612, Val took 1822.826s',
         want={"ValLoss": 2.612}, optional={"Step": 1}),
    # CUDA backend run
    dict(fw='MLX-LM', src='https://github.com/ml-explore/mlx-lm/pull/330',
         line='Iter 20: Train loss 2.101, Learning Rate 1.000e-05, It/sec 13.913, Tokens/sec 4560.749, Trained Tokens 6568, Peak mem 10.588 GB',
         want={"Step": 20, "TrainLoss": 2.101, "IterationsPerSecond": 13.913, "TokensPerSecond": 4560.749}),
    # "Peak" without "mem" and, on the second line, without a blank before the number
    dict(fw='MLX-LM', src='https://github.com/ml-explore/mlx-lm/issues/18',
         line='Iter 5: Train loss 3.361, Learning Rate 1.000e-05, It/sec 0.165, Tokens/sec 282.648, Trained Tokens 8557, Peak 56.494 GB',
         want={"Step": 5, "TrainLoss": 3.361, "IterationsPerSecond": 0.165, "TokensPerSecond": 282.648}),
    dict(fw='MLX-LM', src='https://github.com/ml-explore/mlx-lm/issues/18',
         line='Iter 10: Train loss 2.669, Learning Rate 1.000e-05, It/sec 0.160, Tokens/sec 282.493, Trained Tokens 17373, Peak58.946 GB',
         want={"Step": 10, "TrainLoss": 2.669, "IterationsPerSecond": 0.16, "TokensPerSecond": 282.493}),
    # ---------------------------------------------------------------- MLX-VLM full-weight fine-tuning (trained tokens printed as a float)
    dict(fw='MLX-VLM', src='https://github.com/Blaizzy/mlx-vlm/pull/499',
         line='Iter 19: Train loss 11.859, Learning Rate 1.000e-04, It/sec 1.355, Tokens/sec 16.260, Trained Tokens 3790.0, Peak mem 4.974 GB',
         want={"Step": 19, "TrainLoss": 11.859, "IterationsPerSecond": 1.355, "TokensPerSecond": 16.26}),
    # ---------------------------------------------------------------- PaddleOCR (PP-OCR recognition, ppocr logger)
    # avg_batch_cost is seconds per batch; ips is samples per second
    dict(fw='PaddleOCR', src='https://github.com/PaddlePaddle/PaddleOCR/issues/17216',
         line='[2025/11/27 16:48:27] ppocr INFO: epoch: [1/1200], global_step: 640, lr: 0.000160, acc: 0.000000, norm_edit_dis: 0.039063, loss: 26.935681, avg_reader_cost: 0.00096 s, avg_batch_cost: 0.02094 s, avg_samples: 256.0, ips: 12223.64893 samples/s, eta: 14:08:30, max_mem_reserved: 1886 MB, max_mem_allocated: 1842 MB',
         want={"Step": 640, "TrainLoss": 26.935681, "StepTime": 20.94, "SamplesPerSecond": 12223.64893}),
    # ---------------------------------------------------------------- verl (PPO/GRPO on GSM8K): the step-0 validation line before training
    dict(fw='verl', src='https://github.com/verl-project/verl/issues/2060',
         line='step:0 - val-aux/openai/gsm8k/reward/mean@1:0.565 - val-aux/openai/gsm8k/score/mean@1:0.565 - val-core/openai/gsm8k/acc/mean@1:0.508',
         want={}, optional={"Step": 0}),
    # ---------------------------------------------------------------- Unsloth full fine-tuning of Gemma (HF Trainer log dicts with values as strings)
    # two trailing blanks on the first record as pasted
    dict(fw='Unsloth (HF Trainer)', src='https://github.com/unslothai/unsloth/issues/4982',
         line="{'loss': '185.9', 'grad_norm': '6880', 'learning_rate': '1.263e-06', 'epoch': '0.002296'}  ",
         want={"TrainLoss": 185.9, "GradNorm": 6880}),
    dict(fw='Unsloth (HF Trainer)', src='https://github.com/unslothai/unsloth/issues/4982',
         line="{'loss': '92.86', 'grad_norm': '1344', 'learning_rate': '5.089e-06', 'epoch': '0.009185'}",
         want={"TrainLoss": 92.86, "GradNorm": 1344}),
    dict(fw='Unsloth (HF Trainer)', src='https://github.com/unslothai/unsloth/issues/4982',
         line='Unsloth: Will smartly offload gradients to save VRAM!',
         want={}),
    dict(fw='Unsloth (HF Trainer)', src='https://github.com/unslothai/unsloth/issues/4982',
         line="{'loss': '117.6', 'grad_norm': '8128', 'learning_rate': '3.814e-06', 'epoch': '0.006888'}",
         want={"TrainLoss": 117.6, "GradNorm": 8128}),
    # ---------------------------------------------------------------- GPT-NeoX (DeepSpeed engine timers): micro-step breakdown, not an iteration time
    dict(fw='GPT-NeoX / DeepSpeed', src='https://github.com/EleutherAI/gpt-neox/issues/965',
         line='[2023-06-03 00:08:34,517] [INFO] [logging.py:96:log_dist] [Rank 0] rank=0 time (ms) | forward_microstep: 4958.39 | backward_microstep: 4665.83 | backward_inner_microstep: 4527.97 | backward_allreduce_microstep: 137.78 | step_microstep: 0.06',
         want={}),
    # ---------------------------------------------------------------- Korean scene-text recognition (custom PyTorch loop): train and validation loss on one line per batch
    # [i/21279] is the batch of the epoch; time's unit and span are not printed
    dict(fw='ad-hoc text-recognition loop', src='https://github.com/kwon-jaehong/korea-text-recognition-pytorch/blob/1b641aa7f69eb96ff27835b60c46d12eadf88fec/log_train.txt',
         line='epoch : 0 [0/21279] Train loss: 8.01477,Valid loss: 7.96785, time : 43.055087089538574 lr : 1',
         want={"TrainLoss": 8.01477, "ValLoss": 7.96785}, optional={"Step": 0, "StepTime": 43055.087089538574}),
    dict(fw='ad-hoc text-recognition loop', src='https://github.com/kwon-jaehong/korea-text-recognition-pytorch/blob/1b641aa7f69eb96ff27835b60c46d12eadf88fec/log_train.txt',
         line='epoch : 0 [49/21279] Train loss: 5.47640,Valid loss: 5.52515, time : 15.789013385772705 lr : 1',
         want={"TrainLoss": 5.4764, "ValLoss": 5.52515}, optional={"Step": 49, "StepTime": 15789.013385772705}),
    dict(fw='ad-hoc text-recognition loop', src='https://github.com/kwon-jaehong/korea-text-recognition-pytorch/blob/1b641aa7f69eb96ff27835b60c46d12eadf88fec/log_train.txt',
         line='epoch : 0 [165/21279] Train loss: 5.39827,Valid loss: 5.37974, time : 11.504045009613037 lr : 1',
         want={"TrainLoss": 5.39827, "ValLoss": 5.37974}, optional={"Step": 165, "StepTime": 11504.045009613037}),
    dict(fw='ad-hoc text-recognition loop', src='https://github.com/kwon-jaehong/korea-text-recognition-pytorch/blob/1b641aa7f69eb96ff27835b60c46d12eadf88fec/log_train.txt',
         line='epoch : 0 [100/21279] Train loss: 5.36151,Valid loss: 5.40020, time : 11.275737762451172 lr : 1',
         want={"TrainLoss": 5.36151, "ValLoss": 5.4002}, optional={"Step": 100, "StepTime": 11275.737762451172}),
    # ---------------------------------------------------------------- JDE (Towards-Realtime-MOT) joint detection and embedding: column rows under a header line
    # columns epoch, batch, box, conf, id, total, nTargets, time; the row itself names none of them
    dict(fw='JDE (Towards-Realtime-MOT)', src='https://github.com/scuShaker/jde/blob/5118562040dd0cde0db3447cccb458b08433f615/log_train.txt',
         line='2021-01-25 05:58:59 [INFO]:     0/29       0/165     0.227      2.06        19       158        83      59.6',
         want={}, optional={"TrainLoss": 158, "Step": 0}),
    # the total loss goes negative with the learned uncertainty weights; 3.57e+03 in the time column includes the evaluation pass
    dict(fw='JDE (Towards-Realtime-MOT)', src='https://github.com/scuShaker/jde/blob/5118562040dd0cde0db3447cccb458b08433f615/log_train.txt',
         line='2021-01-25 07:20:13 [INFO]:     1/29       0/165    0.0364     0.104      15.4     -5.01      94.1  3.57e+03',
         want={}, optional={"TrainLoss": -5.01, "Step": 0}),
    # embedding extraction of the re-identification test
    dict(fw='JDE (Towards-Realtime-MOT)', src='https://github.com/scuShaker/jde/blob/5118562040dd0cde0db3447cccb458b08433f615/log_train.txt',
         line='Extracting 40/438, # of instances 2641, time 2.00 sec.',
         want={}),
    # ---------------------------------------------------------------- StarGAN voice conversion (TensorFlow 1, custom loop): generator and discriminator losses per iteration
    # a GAN prints two losses; which is "the" training loss the line does not say
    dict(fw='ad-hoc GAN loop (TF1)', src='https://github.com/GPUPhobia/StarGAN-pitch/blob/770c4dd910a549aca2bf9cc0becadb1cdfdf8817/log_train.txt',
         line='Iteration: 0000000, Generator Learning Rate: 0.0002000, Discriminator Learning Rate: 0.0002000,Generator Loss : 0.765, Discriminator Loss : 2.141, domain_classifier_loss: 1.374',
         want={"Step": 0}, optional={"TrainLoss": 0.765}),
    dict(fw='ad-hoc GAN loop (TF1)', src='https://github.com/GPUPhobia/StarGAN-pitch/blob/770c4dd910a549aca2bf9cc0becadb1cdfdf8817/log_train.txt',
         line='Iteration: 0000039, Generator Learning Rate: 0.0002000, Discriminator Learning Rate: 0.0002000,Generator Loss : 2.375, Discriminator Loss : 0.786, domain_classifier_loss: 1.416',
         want={"Step": 39}, optional={"TrainLoss": 2.375}),
    # TensorFlow device setup
    dict(fw='ad-hoc GAN loop (TF1)', src='https://github.com/GPUPhobia/StarGAN-pitch/blob/770c4dd910a549aca2bf9cc0becadb1cdfdf8817/log_train.txt',
         line='2019-04-03 03:58:56.204756: I tensorflow/compiler/xla/service/service.cc:158]   StreamExecutor device (0): Tesla K80, Compute Capability 3.7',
         want={}),
    # ---------------------------------------------------------------- Darknet (AlexeyAB fork, YOLOv4-style): iteration summary and bbox statistics
    # iteration 46: this batch's loss, then the running "avg loss"; seconds spent on the iteration
    dict(fw='Darknet', src='https://github.com/pjreddie/darknet/issues/652',
         line=' 46: 16729.101562, 20120.000000 avg loss, 0.000000 rate, 22.902033 seconds, 2944 images, 33.156833 hours left',
         want={"Step": 46, "TrainLoss": 16729.101562, "StepTime": 22902.033}),
    dict(fw='Darknet', src='https://github.com/pjreddie/darknet/issues/652',
         line=' total_bbox = 916646, rewritten_bbox = 4.007217 % ',
         want={}),
    # ---------------------------------------------------------------- SSD300 on VOC0712 (amdegroot ssd.pytorch train.py, resumed at iteration 10000)
    # the timer is printed before the iteration line, so the "timer:" that closes a line belongs to the next print
    dict(fw='ssd.pytorch', src='https://github.com/hou-yz/ssd.pytorch/blob/e872ee17df96a6aafbbda41c19b7a38de7547df8/log_train.txt',
         line='iter 10010 || Loss: 3.6592 || timer: 0.2051 sec.',
         want={"Step": 10010, "TrainLoss": 3.6592}, optional={"StepTime": 205.1}),
    # checkpoint save on the resume iteration
    dict(fw='ssd.pytorch', src='https://github.com/hou-yz/ssd.pytorch/blob/e872ee17df96a6aafbbda41c19b7a38de7547df8/log_train.txt',
         line='iter 10000 || Loss: 3.7949 || Saving state, iter: 10000',
         want={"Step": 10000, "TrainLoss": 3.7949}),
    # a PyTorch warning glued to the iteration print
    dict(fw='ssd.pytorch', src='https://github.com/hou-yz/ssd.pytorch/blob/e872ee17df96a6aafbbda41c19b7a38de7547df8/log_train.txt',
         line='iter 10510 || Loss: 3.8534 || /usr/local/lib/python3.5/dist-packages/torch/autograd/_functions/tensor.py:447: UserWarning: mask is not broadcastable to self, but they have the same number of elements.  Falling back to deprecated pointwise behavior.',
         want={"Step": 10510, "TrainLoss": 3.8534}),
    # the first timer after resuming (weights loading included)
    dict(fw='ssd.pytorch', src='https://github.com/hou-yz/ssd.pytorch/blob/e872ee17df96a6aafbbda41c19b7a38de7547df8/log_train.txt',
         line='timer: 7.2877 sec.',
         want={}, optional={"StepTime": 7287.7}),
    # ---------------------------------------------------------------- EasyOCR fine-tuning (deep-text-recognition-benchmark train.py): validation block every 20000 iterations
    # Elapsed_time is wall time since the start, not a step time
    dict(fw='deep-text-recognition-benchmark', src='https://github.com/Bcayy/Easyocr_finetuning/blob/6a40e20f3f48b725272aa5214816833cdd650b42/log_train.txt',
         line='[20000/300000] Train loss: 0.30092, Valid loss: 1.49355, Elapsed_time: 1935.90580',
         want={"Step": 20000, "TrainLoss": 0.30092, "ValLoss": 1.49355}),
    dict(fw='deep-text-recognition-benchmark', src='https://github.com/Bcayy/Easyocr_finetuning/blob/6a40e20f3f48b725272aa5214816833cdd650b42/log_train.txt',
         line='[80000/300000] Train loss: 0.00000, Valid loss: 1.65532, Elapsed_time: 8238.79099',
         want={"Step": 80000, "TrainLoss": 0.0, "ValLoss": 1.65532}),
    dict(fw='deep-text-recognition-benchmark', src='https://github.com/Bcayy/Easyocr_finetuning/blob/6a40e20f3f48b725272aa5214816833cdd650b42/log_train.txt',
         line='Current_accuracy : 60.039, Current_norm_ED  : 0.8185',
         want={}),
    # a prediction row of the validation sample table (tab before True/False)
    dict(fw='deep-text-recognition-benchmark', src='https://github.com/Bcayy/Easyocr_finetuning/blob/6a40e20f3f48b725272aa5214816833cdd650b42/log_train.txt',
         line='TROY                      | TROY                      | 0.4822\tTrue',
         want={}),
    # ---------------------------------------------------------------- CLAM fork (whole-slide image MIL): bare "epoch loss, error" rows
    # nothing on the row names its numbers
    dict(fw='ad-hoc print (CLAM fork)', src='https://github.com/eliasekstedt/fork_CLAM/blob/89f557e377461ce814e674fb8dd2c7e79720a6a6/log_train.txt',
         line='12 0.6120318099612894, 0.3420479302832244',
         want={}, optional={"TrainLoss": 0.6120318099612894}),
    # ---------------------------------------------------------------- The Annotated Transformer (harvardnlp run_epoch) on CPU: per-40-step lines and the validation tuple
    # "Epoch Step" counts batches of the epoch, "Accumulation Step" optimizer steps of the epoch
    dict(fw='Annotated Transformer', src='https://github.com/AdhilshaA/annotated-transformer/blob/276e06f38c335e992ae5036f35fda285a4c36b3b/training_log.txt',
         line='Epoch Step:      1 | Accumulation Step:   1 | Loss:   7.67 | Tokens / Sec:    27.4 | Learning Rate: 1.1e-06',
         want={"TrainLoss": 7.67, "TokensPerSecond": 27.4}, optional={"Step": 1}),
    dict(fw='Annotated Transformer', src='https://github.com/AdhilshaA/annotated-transformer/blob/276e06f38c335e992ae5036f35fda285a4c36b3b/training_log.txt',
         line='Epoch Step:   1801 | Accumulation Step: 181 | Loss:   2.79 | Tokens / Sec:   126.8 | Learning Rate: 9.7e-04',
         want={"TrainLoss": 2.79, "TokensPerSecond": 126.8}, optional={"Step": 1801}),
    # the validation pass returns (loss, state) and the script prints the tuple: an unlabeled validation loss
    dict(fw='Annotated Transformer', src='https://github.com/AdhilshaA/annotated-transformer/blob/276e06f38c335e992ae5036f35fda285a4c36b3b/training_log.txt',
         line='(tensor(2.5721), <__main__.TrainState object at 0x000001EDF0FB6C90>)',
         want={}, optional={"ValLoss": 2.5721}),
    dict(fw='Annotated Transformer', src='https://github.com/AdhilshaA/annotated-transformer/blob/276e06f38c335e992ae5036f35fda285a4c36b3b/training_log.txt',
         line='Epoch Step:    801 | Accumulation Step:  81 | Loss:   1.43 | Tokens / Sec:   126.3 | Learning Rate: 1.3e-03',
         want={"TrainLoss": 1.43, "TokensPerSecond": 126.3}, optional={"Step": 801}),
    # ---------------------------------------------------------------- IGRIS-coX (small custom language model, hand-rolled logger with microsecond timestamps)
    # Batch i/3125 counts batches of the epoch
    dict(fw='ad-hoc LM loop', src='https://github.com/Akik-Forazi/IGRIS-coX_S_T/blob/8284557d19d6c9d2e15862fff12420f47e5a6f87/training_log.txt',
         line='2025-04-16 17:50:06.132107 - [Epoch 1] Batch 1/3125 | Loss: 5.6237',
         want={"TrainLoss": 5.6237}, optional={"Step": 1}),
    dict(fw='ad-hoc LM loop', src='https://github.com/Akik-Forazi/IGRIS-coX_S_T/blob/8284557d19d6c9d2e15862fff12420f47e5a6f87/training_log.txt',
         line='2025-04-16 18:04:37.483477 - [Epoch 1] Batch 336/3125 | Loss: 0.4857',
         want={"TrainLoss": 0.4857}, optional={"Step": 336}),
    dict(fw='ad-hoc LM loop', src='https://github.com/Akik-Forazi/IGRIS-coX_S_T/blob/8284557d19d6c9d2e15862fff12420f47e5a6f87/training_log.txt',
         line='2025-04-16 18:15:18.209608 - [Epoch 1] Batch 516/3125 | Loss: 0.2457',
         want={"TrainLoss": 0.2457}, optional={"Step": 516}),
    # ---------------------------------------------------------------- AZL language runtime: a training-config dump echoed statement by statement
    # a config default named training_loss, not a measured loss
    dict(fw='AZL runtime', src='https://github.com/AZBCBA/AZL-Language/blob/0ee329175859fb82a63a24b023307c42193299d2/training_log.txt',
         line='🚀 Top-level statement: training_loss: 0.0,',
         want={}),
    # ---------------------------------------------------------------- MindSpore model_zoo-style training (ConformerTi on a food dataset, LossMonitor and TimeMonitor callbacks)
    # step 62 is the last step of the 62-step epoch
    dict(fw='MindSpore', src='https://github.com/skyous779/food/blob/e8b485555e64d8eda64b58b24bb2d4dbf0ce3f22/train_log.log',
         line='epoch: 1 step: 62, loss is 2.279783010482788',
         want={"TrainLoss": 2.279783010482788}, optional={"Step": 62}),
    # TimeMonitor: the epoch's mean time per step, in ms (first epoch includes graph compilation)
    dict(fw='MindSpore', src='https://github.com/skyous779/food/blob/e8b485555e64d8eda64b58b24bb2d4dbf0ce3f22/train_log.log',
         line='Train epoch time: 230188.469 ms, per step time: 3712.717 ms',
         want={"StepTime": 3712.717}),
    dict(fw='MindSpore', src='https://github.com/skyous779/food/blob/e8b485555e64d8eda64b58b24bb2d4dbf0ce3f22/train_log.log',
         line='Train epoch time: 8893.936 ms, per step time: 143.451 ms',
         want={"StepTime": 143.451}),
    # evaluation callback: accuracy only
    dict(fw='MindSpore', src='https://github.com/skyous779/food/blob/e8b485555e64d8eda64b58b24bb2d4dbf0ce3f22/train_log.log',
         line='epoch: 1 acc: 0.33482142857142855, best acc is 0.33482142857142855',
         want={}),
    dict(fw='MindSpore', src='https://github.com/skyous779/food/blob/e8b485555e64d8eda64b58b24bb2d4dbf0ce3f22/train_log.log',
         line='epoch: 22 step: 62, loss is 1.393945574760437',
         want={"TrainLoss": 1.393945574760437}, optional={"Step": 62}),
    # ---------------------------------------------------------------- RWKV-LM v4 (Lightning progress bar per mini-epoch)
    # "s" counts steps over the run; the bar rate is the tqdm rate of the mini-epoch
    dict(fw='RWKV-LM', src='https://github.com/BlinkDL/RWKV-LM/issues/266',
         line='miniE 2 s 1666 prog 40.00% : ppl 3.495054 loss 1.251349 lr 1.386290e-04: 100%|██████████| 833/833 [03:17<00:00,  4.21it/s]',
         want={"TrainLoss": 1.251349}, optional={"Step": 1666, "IterationsPerSecond": 4.21}),
    dict(fw='RWKV-LM', src='https://github.com/BlinkDL/RWKV-LM/issues/266',
         line='miniE 4 s 3332 prog 80.00% : ppl 3.105918 loss 1.133309 lr 2.402249e-05: 100%|██████████| 833/833 [03:17<00:00,  4.22it/s]',
         want={"TrainLoss": 1.133309}, optional={"Step": 3332, "IterationsPerSecond": 4.22}),
    # ---------------------------------------------------------------- DA-CLIP (open_clip training loop with an extra degradation loss)
    # Batch (t) is seconds per batch (unit not printed); "23.9817/s" is samples per second; bracketed values are running means
    dict(fw='open_clip (DA-CLIP)', src='https://github.com/Algolzw/daclip-uir/issues/66',
         line='2025-09-24,07:38:01 | INFO | Train Epoch: 11 [  784/18783 (4%)] Data (t): 31.681 Batch (t): 32.692, 23.9817/s, 23.9817/s/gpu LR: 0.000017 Logit Scale: 100.000 Contrastive_loss: 3.8036 (3.8036) Degra_loss: 6.6657 (6.6657) Loss: 10.469 (10.469)',
         want={"TrainLoss": 10.469}, optional={"StepTime": 32692, "SamplesPerSecond": 23.9817}),
    dict(fw='open_clip (DA-CLIP)', src='https://github.com/Algolzw/daclip-uir/issues/66',
         line='2025-09-24,07:39:06 | INFO | Train Epoch: 11 [18032/18783 (100%)] Data (t): 1.973 Batch (t): 2.978, 782.709/s, 782.709/s/gpu LR: 0.000016 Logit Scale: 100.000 Contrastive_loss: 3.7182 (3.7609) Degra_loss: 6.6665 (6.6661) Loss: 10.385 (10.427)',
         want={"TrainLoss": 10.385}, optional={"StepTime": 2978, "SamplesPerSecond": 782.709}),
    # the evaluation pass: a validation loss (tab-separated, trailing tab)
    dict(fw='open_clip (DA-CLIP)', src='https://github.com/Algolzw/daclip-uir/issues/66',
         line='2025-09-24,07:39:36 | INFO | Eval Epoch: 12 [784 / 4634]\tClip Loss: 6.919423\t',
         want={"ValLoss": 6.919423}),
    # the retrieval evaluation summary, tab-separated, with the validation CLIP loss
    dict(fw='open_clip (DA-CLIP)', src='https://github.com/Algolzw/daclip-uir/issues/66',
         line='2025-09-24,07:39:40 | INFO | Eval Epoch: 12 image_to_text_mean_rank: 927.4931\timage_to_text_median_rank: 523.0000\timage_to_text_R@1: 0.0039\timage_to_text_R@5: 0.0186\timage_to_text_R@10: 0.0343\ttext_to_image_mean_rank: 891.2054\ttext_to_image_median_rank: 520.0000\ttext_to_image_R@1: 0.0041\ttext_to_image_R@5: 0.0188\ttext_to_image_R@10: 0.0322\tclip_val_loss: 6.9795\tepoch: 12.0000\tnum_samples: 4634.0000',
         want={"ValLoss": 6.9795}),
    # ---------------------------------------------------------------- PaddleDetection (ppdet.engine, dygraph): per-20-iteration lines
    # [140/752] is the batch of the epoch; batch_cost in seconds (unit not printed); ips in images/s
    dict(fw='PaddleDetection', src='https://github.com/PaddlePaddle/PaddleDetection/issues/3053',
         line='[05/18 10:12:51] ppdet.engine INFO: Epoch: [0] [140/752] learning_rate: 0.002260 loss_mask: 0.442910 loss_rpn_cls: 0.114161 loss_rpn_reg: 0.052412 loss_bbox_cls: 0.419453 loss_bbox_reg: 0.353023 loss: 1.413565 eta: 0:59:59 batch_cost: 0.2063 data_cost: 0.0015 ips: 4.8476 images/s',
         want={"TrainLoss": 1.413565, "SamplesPerSecond": 4.8476}, optional={"Step": 140, "StepTime": 206.3}),
    dict(fw='PaddleDetection', src='https://github.com/PaddlePaddle/PaddleDetection/issues/7022',
         line='[09/24 10:53:43] ppdet.engine INFO: Epoch: [1] [   0/1832] learning_rate: 0.002000 loss: 3.343108 loss_cls: 1.628906 loss_iou: 0.407236 loss_dfl: 1.499181 loss_l1: 1.063801 eta: 1 day, 17:01:33 batch_cost: 0.2738 data_cost: 0.0106 ips: 29.2235 images/s',
         want={"TrainLoss": 3.343108, "SamplesPerSecond": 29.2235}, optional={"Step": 0, "StepTime": 273.8}),
    dict(fw='PaddleDetection', src='https://github.com/PaddlePaddle/PaddleDetection/issues/4925',
         line='[12/16 16:10:09] ppdet.engine INFO: Epoch: [3] [ 40/323] learning_rate: 0.000100 loss: 12.424989 eta: 4 days, 5:53:09 batch_cost: 2.0325 data_cost: 1.0870 ips: 9.8403 images/s',
         want={"TrainLoss": 12.424989, "SamplesPerSecond": 9.8403}, optional={"Step": 40, "StepTime": 2032.5}),
    # a YOLOv3 config with many loss terms; the first iteration waits on data loading
    dict(fw='PaddleDetection', src='https://github.com/PaddlePaddle/PaddleDetection/issues/6332',
         line='[07/01 12:51:40] ppdet.engine INFO: Epoch: [0] [125/526] learning_rate: 0.000003 loss_xy: 1.258148 loss_wh: 2.423700 loss_iou: 4.441479 loss_iou_aware: 0.638279 loss_obj: 73.731422 loss_cls: 0.759794 loss: 83.374672 eta: 5 days, 6:55:32 batch_cost: 14.6012 data_cost: 13.7802 ips: 0.6849 images/s',
         want={"TrainLoss": 83.374672, "SamplesPerSecond": 0.6849}, optional={"Step": 125, "StepTime": 14601.2}),
    # ppdet.engine.callbacks logger name, first iteration of the run
    dict(fw='PaddleDetection', src='https://github.com/PaddlePaddle/PaddleDetection/pull/2170',
         line='[02/02 14:41:27] ppdet.engine.callbacks INFO: Epoch: [0] [   0/4952] learning_rate: 0.002000 loss_rpn_cls: 0.692980 loss_rpn_reg: 2.078561 loss_bbox_cls: 4.352373 loss_bbox_reg: 0.004396 loss: 7.128309 eta: 11:17:13 batch_cost: 0.2279 data_cost: 0.0021 ips: 4.3873 images/s',
         want={"TrainLoss": 7.128309, "SamplesPerSecond": 4.3873}, optional={"Step": 0, "StepTime": 227.9}),
    # ---------------------------------------------------------------- OpenPCDet (train_utils logger): acc_iter is the global iteration
    dict(fw='OpenPCDet', src='https://github.com/open-mmlab/OpenPCDet/issues/1156',
         line='2022-10-23 04:01:47,901   INFO  epoch: 22/120, acc_iter=5963, cur_iter=0/271, batch_size=4, loss=3.365386962890625, lr=0.00147378964050293',
         want={"Step": 5963, "TrainLoss": 3.365386962890625}),
    dict(fw='OpenPCDet', src='https://github.com/open-mmlab/OpenPCDet/issues/1156',
         line='2022-10-23 04:02:32,809   INFO  epoch: 22/120, acc_iter=6050, cur_iter=87/271, batch_size=4, loss=7.998361587524414, lr=0.0015019494207197267',
         want={"Step": 6050, "TrainLoss": 7.998361587524414}),
    # ---------------------------------------------------------------- WeNet (LibriSpeech recipe): per-epoch cross-validation loss
    dict(fw='WeNet', src='https://github.com/wenet-e2e/wenet/issues/846',
         line='2021-12-01 02:59:09,169 INFO Epoch 1 CV info cv_loss 62.99524268536945',
         want={"ValLoss": 62.99524268536945}),
    # ---------------------------------------------------------------- Stanford Alpaca (HF Trainer with FSDP): log dict of the last steps, indented as pasted
    dict(fw='HF Trainer', src='https://github.com/tatsu-lab/stanford_alpaca/issues/170',
         line="    {'loss': 0.0007, 'learning_rate': 0.0, 'epoch': 14.98}",
         want={"TrainLoss": 0.0007}),
    # ---------------------------------------------------------------- MLX-LM LoRA, more threads
    dict(fw='MLX-LM', src='https://github.com/ml-explore/mlx-examples/pull/1078',
         line='Iter 10: Train loss 1.958, Learning Rate 1.000e-05, It/sec 0.081, Tokens/sec 159.269, Trained Tokens 19678, Peak mem 20.819 GB',
         want={"Step": 10, "TrainLoss": 1.958, "IterationsPerSecond": 0.081, "TokensPerSecond": 159.269}),
    dict(fw='MLX-LM', src='https://github.com/ml-explore/mlx-examples/pull/1078',
         line='Iter 20: Val loss 1.521, Val took 32.879s',
         want={"ValLoss": 1.521}, optional={"Step": 20}),
    dict(fw='MLX-LM', src='https://github.com/ml-explore/mlx-lm/pull/421',
         line='Iter 40: Train loss 2.177, Learning Rate 1.000e-05, It/sec 1.387, Tokens/sec 140.110, Trained Tokens 3804, Peak mem 16.656 GB',
         want={"Step": 40, "TrainLoss": 2.177, "IterationsPerSecond": 1.387, "TokensPerSecond": 140.11}),
    dict(fw='MLX-VLM (ORPO)', src='https://github.com/Blaizzy/mlx-vlm/pull/795',
         line='Iter 36: Train loss 4.040, Learning Rate 2.000e-08, It/sec 1.472, Tokens/sec 67.707, Trained Tokens 1656, Peak mem 5.094 GB',
         want={"Step": 36, "TrainLoss": 4.04, "IterationsPerSecond": 1.472, "TokensPerSecond": 67.707}),
    # ---------------------------------------------------------------- IML-ViT (MAE-style MetricLogger): three named losses, none called plain "loss"
    # predict_loss is the objective the script optimizes, but the line does not say so; time in seconds per iteration (unit not printed)
    dict(fw='MAE-style MetricLogger (IML-ViT)', src='https://github.com/saltsalt2022/IML-ViT-Enhanced-Image-Manipulation-Localization-by-Vision-Transformer/blob/6521ced1052cdc0bc809bf8e4050f0f708776aed/train_log.log',
         line='Epoch: [0]  [    0/12614]  eta: 3 days, 12:41:58  lr: 0.000000  predict_loss: 0.9659 (0.9659)  edge_loss: 0.0000 (0.0000)  class_loss: 0.9648 (0.9648)  time: 24.1730  data: 23.1987  max mem: 1592',
         want={}, optional={"TrainLoss": 0.9659, "Step": 0, "StepTime": 24173}),
    dict(fw='MAE-style MetricLogger (IML-ViT)', src='https://github.com/saltsalt2022/IML-ViT-Enhanced-Image-Manipulation-Localization-by-Vision-Transformer/blob/6521ced1052cdc0bc809bf8e4050f0f708776aed/train_log.log',
         line='Epoch: [0]  [  340/12614]  eta: 0:54:34  lr: 0.000001  predict_loss: 0.5107 (0.7373)  edge_loss: 0.0029 (0.0083)  class_loss: 0.4800 (0.7259)  time: 0.1953  data: 0.0003  max mem: 1610',
         want={}, optional={"TrainLoss": 0.5107, "Step": 340, "StepTime": 195.3}),
    # ---------------------------------------------------------------- Chinese text classification (TextCNN on THUCNews, custom loop with elapsed-time logger)
    # 0:00:11 is wall time since the start
    dict(fw='ad-hoc text-classification loop', src='https://github.com/z130110/Text_Classification/blob/2ddf9cf3abfdf289842f082c3399e208c4b99875/train_log.log',
         line='INFO - 2020/03/07 01:31 -- 0:00:11 - Iter: 100, train loss: 0.65038, train accuracy: 0.82, val loss: 0.56713, val accuracy: 0.8364',
         want={"Step": 100, "TrainLoss": 0.65038, "ValLoss": 0.56713}),
    dict(fw='ad-hoc text-classification loop', src='https://github.com/z130110/Text_Classification/blob/2ddf9cf3abfdf289842f082c3399e208c4b99875/train_log.log',
         line='INFO - 2020/03/07 01:36 -- 0:05:08 - Iter: 3100, train loss: 0.2201, train accuracy: 0.92, val loss: 0.28542, val accuracy: 0.9119',
         want={"Step": 3100, "TrainLoss": 0.2201, "ValLoss": 0.28542}),
    # end-of-epoch validation summary
    dict(fw='ad-hoc text-classification loop', src='https://github.com/z130110/Text_Classification/blob/2ddf9cf3abfdf289842f082c3399e208c4b99875/train_log.log',
         line='INFO - 2020/03/07 01:34 -- 0:02:53 - 0th epoch finished, val epoch loss:0.34723, val epoch accuracy:0.89258',
         want={"ValLoss": 0.34723}),
    # ---------------------------------------------------------------- convNet.pytorch (Hoffer et al., ResNet-44 on CIFAR-10): tab-separated meter lines with a trailing tab
    # [0][0/97]: epoch and batch of the epoch; Time in seconds per batch (unit not printed), running mean in brackets
    dict(fw='convNet.pytorch', src='https://github.com/tomasort/DLS/blob/89a19a31ab28cbdad3e9e1b52835be5bbbbb6529/training.out',
         line='TRAINING - Epoch: [0][0/97]\tTime 2.264 (2.264)\tData 1.867 (1.867)\tLoss 2.3050 (2.3050)\tPrec@1 9.766 (9.766)\tPrec@5 48.633 (48.633)\tAcc 0.098 (0.098)\t',
         want={"TrainLoss": 2.305}, optional={"Step": 0, "StepTime": 2264}),
    dict(fw='convNet.pytorch', src='https://github.com/tomasort/DLS/blob/89a19a31ab28cbdad3e9e1b52835be5bbbbb6529/training.out',
         line='TRAINING - Epoch: [1][50/97]\tTime 0.073 (0.090)\tData 0.000 (0.017)\tLoss 1.5207 (1.6252)\tPrec@1 41.992 (37.305)\tPrec@5 91.992 (89.794)\tAcc 0.373 (0.362)\t',
         want={"TrainLoss": 1.5207}, optional={"Step": 50, "StepTime": 73}),
    # a batch of the evaluation pass
    dict(fw='convNet.pytorch', src='https://github.com/tomasort/DLS/blob/89a19a31ab28cbdad3e9e1b52835be5bbbbb6529/training.out',
         line='EVALUATING - Epoch: [0][10/20]\tTime 0.016 (0.086)\tData 0.000 (0.066)\tLoss 1.8037 (1.7113)\tPrec@1 33.594 (34.570)\tPrec@5 87.305 (89.169)\tAcc 0.346 (0.341)\t',
         want={}, optional={"ValLoss": 1.8037}),
    # epoch results: the epoch's mean training loss and the validation loss
    dict(fw='convNet.pytorch', src='https://github.com/tomasort/DLS/blob/89a19a31ab28cbdad3e9e1b52835be5bbbbb6529/training.out',
         line='Training Loss 1.9340 \tTraining Prec@1 26.848 \tTraining Prec@5 80.032 \tValidation Loss 1.7124 \tValidation Prec@1 34.380 \tValidation Prec@5 88.680 \t',
         want={"ValLoss": 1.7124}, optional={"TrainLoss": 1.934}),
    dict(fw='convNet.pytorch', src='https://github.com/tomasort/DLS/blob/89a19a31ab28cbdad3e9e1b52835be5bbbbb6529/training.out',
         line='Training Loss 1.2606 \tTraining Prec@1 53.683 \tTraining Prec@5 94.638 \tValidation Loss 2.6662 \tValidation Prec@1 35.460 \tValidation Prec@5 79.210 \t',
         want={"ValLoss": 2.6662}, optional={"TrainLoss": 1.2606}),
    # ---------------------------------------------------------------- BiaPy (super-resolution workflow, MAE-style MetricLogger)
    # iter-time in seconds (unit not printed); [0/9] is the batch of the epoch
    dict(fw='BiaPy (MetricLogger)', src='https://github.com/BiaPyX/BiaPy/pull/90',
         line='[10:33:32.725791] Epoch: [1]  [0/9]  eta: 0:03:48  loss: 0.3311 (0.3311)  PSNR: 13.2657 (13.2657)  MSE: 3065.5750 (3065.5750)  MAE: 47.6720 (47.6720)  SSIM: 0.0212 (0.0212)  lr: 0.000100  iter-time: 25.3701',
         want={"TrainLoss": 0.3311}, optional={"Step": 0, "StepTime": 25370.1}),
    # the epoch's mean time per iteration
    dict(fw='BiaPy (MetricLogger)', src='https://github.com/BiaPyX/BiaPy/pull/90',
         line='[10:35:45.141351] Epoch: [1] Total time: 0:02:37 (17.5319 s / it)',
         want={}, optional={"StepTime": 17531.9, "IterationsPerSecond": 0.05704}),
    dict(fw='BiaPy (MetricLogger)', src='https://github.com/BiaPyX/BiaPy/pull/90',
         line='[10:35:48.626120] [Val] averaged stats: loss: 0.0732 (0.0732)  PSNR: 19.6569 (19.6569)  MSE: 523.7881 (523.7881)  MAE: 15.4052 (15.4052)  SSIM: 0.2725 (0.2725)',
         want={"ValLoss": 0.0732}),
    # checkpoint message that repeats the validation loss
    dict(fw='BiaPy (MetricLogger)', src='https://github.com/BiaPyX/BiaPy/pull/90',
         line='[10:35:48.627309] Val loss improved from inf to 0.07315590232610703, saving model to /home/ihidalgo/unknown_job/checkpoints/unknown_job_1-checkpoint-best.pth',
         want={}, optional={"ValLoss": 0.07315590232610703}),
    # ---------------------------------------------------------------- Invertible Image Rescaling (BasicSR-derived codebase): validation PSNR line with a comma-grouped iteration
    dict(fw='IRN (BasicSR-style logger)', src='https://github.com/pkuxmq/Invertible-Image-Rescaling/issues/9',
         line='20-07-28 20:02:43.941 - INFO: <epoch: 99, iter:   5,000> psnr: 2.9862e+01.',
         want={}, optional={"Step": 5000}),
    # ---------------------------------------------------------------- SkeletonGCL (CTR-GCN-style skeleton action recognition): per-epoch means, tab after the timestamp
    dict(fw='CTR-GCN-style loop (SkeletonGCL)', src='https://github.com/OliverHxh/SkeletonGCL/issues/4',
         line='[ Sun Oct 29 17:00:03 2023 ] \tMean training loss: 0.7836. Mean graph loss: 0.0000.  Mean training acc: 70.04%.',
         want={"TrainLoss": 0.7836}),
    # the evaluation pass after the epoch: a validation loss
    dict(fw='CTR-GCN-style loop (SkeletonGCL)', src='https://github.com/OliverHxh/SkeletonGCL/issues/4',
         line='[ Sun Oct 29 17:00:09 2023 ] \tMean test loss of 8 batches: 0.5755612291395664.',
         want={"ValLoss": 0.5755612291395664}),
    dict(fw='CTR-GCN-style loop (SkeletonGCL)', src='https://github.com/OliverHxh/SkeletonGCL/issues/4',
         line='[ Sun Oct 29 17:00:28 2023 ] \tTime consumption: [Data]15%, [Network]85%',
         want={}),
    dict(fw='CTR-GCN-style loop (SkeletonGCL)', src='https://github.com/OliverHxh/SkeletonGCL/issues/4',
         line='[ Sun Oct 29 17:00:55 2023 ] \tMean training loss: 0.7935. Mean graph loss: 0.0000.  Mean training acc: 70.14%.',
         want={"TrainLoss": 0.7935}),
    # ---------------------------------------------------------------- FairMOT (per-epoch summary of the averaged losses)
    # one line per epoch; "time" is the epoch's duration with no unit printed
    dict(fw='FairMOT', src='https://github.com/ifzhang/FairMOT/issues/201',
         line='2020-02-15-00-43: epoch: 1 |loss 15.513214 | hm_loss 0.971040 | wh_loss 1.627151 | off_loss 0.218932 | id_loss 8.861677 | time 65.350000 |',
         want={"TrainLoss": 15.513214}, optional={"StepTime": 65350}),
    dict(fw='FairMOT', src='https://github.com/ifzhang/FairMOT/issues/201',
         line='2020-02-15-05-03: epoch: 5 |loss 10.579780 | hm_loss 0.567116 | wh_loss 1.185166 | off_loss 0.205041 | id_loss 6.437119 | time 65.000000 |',
         want={"TrainLoss": 10.57978}, optional={"StepTime": 65000}),
    dict(fw='FairMOT', src='https://github.com/ifzhang/FairMOT/issues/201',
         line='2020-02-15-09-23: epoch: 9 |loss 9.371149 | hm_loss 0.484478 | wh_loss 1.106868 | off_loss 0.199528 | id_loss 5.804837 | time 64.950000 |',
         want={"TrainLoss": 9.371149}, optional={"StepTime": 64950}),
    # ---------------------------------------------------------------- 3D Gaussian relighting (gaussian-splatting train.py): the periodic test evaluation
    # an L1 error on the test views, not the training loss
    dict(fw='3D Gaussian Splatting (gs-relight)', src='https://github.com/gsrelight/gs-relight/issues/7',
         line='[ITER 2000] Evaluating test: L1 0.04547547376291318 PSNR 18.863650478016247 [01/12 00:20:04]',
         want={}, optional={"ValLoss": 0.04547547376291318, "Step": 2000}),
    # ---------------------------------------------------------------- MMClassification 0.x (mmcls text logger, several blanks after the batch counter as pasted)
    dict(fw='MMClassification', src='https://github.com/open-mmlab/mmpretrain/issues/938',
         line='2022-07-28 17:51:55,785 - mmcls - INFO - Epoch [4][100/239]     lr: 1.000e-03, eta: 0:30:58, time: 0.052, data_time: 0.021, memory: 68, loss: 0.0885',
         want={"TrainLoss": 0.0885}, optional={"Step": 100, "StepTime": 52}),
    # the evaluation progress bar (task/s of the test pass) with the accuracy line glued to it
    dict(fw='MMClassification', src='https://github.com/open-mmlab/mmpretrain/issues/938',
         line='[>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>] 192/192, 440.4 task/s, elapsed: 0s, ETA:     0s2022-07-28 17:51:50,587 - mmcls - INFO - Epoch(val) [3][12] accuracy_top-1: 77.6042, accuracy_top-5: 100.0000',
         want={}),
]
