# A seventh held-out set of progress lines for the AI-training pack, collected
# blind on 2026-12-06 (UTC evening): real lines copied verbatim from public
# issue threads, pull requests, and training logs committed to repositories
# (source URL per line), chosen from sources not used in heldout.py, fresh.py,
# devset.py, devset2.py or blind.py .. blind5.py. It was written without
# looking at the pack or its tests and frozen before it was scored even once.
# Same fields as heldout.py: the framework, where the line was seen, the line
# as printed (tabs, `\r` of progress bars and glued-together output kept), the
# progress metrics it must yield (`want`) and metrics it may yield or not
# (`optional`: an in-epoch batch counter, an it/s derived from `s/it`, a time
# whose span is unclear). `want={}` marks a line that holds no training
# progress: the pack stays quiet.
CASES = [
    # ---------------------------------------------------------------- nanoGPT (a run on a phone, Termux): nan loss, eval line with both losses
    dict(fw="nanoGPT", src="https://github.com/ChenZihua-cn/nanoGPT/blob/b84cd162707c2d2eeaddf497815673acd8a269e3/train.log",
         line="iter 0: loss 4.2709, time 10268.08ms, mfu -100.00%",
         want={"Step": 0, "TrainLoss": 4.2709, "StepTime": 10268.08}),
    dict(fw="nanoGPT", src="https://github.com/ChenZihua-cn/nanoGPT/blob/b84cd162707c2d2eeaddf497815673acd8a269e3/train.log",
         line="step 300: train loss 3.4028, val loss 3.4254",
         want={"Step": 300, "TrainLoss": 3.4028, "ValLoss": 3.4254}),
    # the loss went nan: the step and its time still count, no loss may come out
    dict(fw="nanoGPT", src="https://github.com/ChenZihua-cn/nanoGPT/blob/b84cd162707c2d2eeaddf497815673acd8a269e3/train.log",
         line="iter 425: loss nan, time 1440.31ms, mfu 0.01%",
         want={"Step": 425, "StepTime": 1440.31}),
    dict(fw="nanoGPT", src="https://github.com/ChenZihua-cn/nanoGPT/blob/b84cd162707c2d2eeaddf497815673acd8a269e3/train.log",
         line="saving checkpoint to out-kirin",
         want={}),
    # ---------------------------------------------------------------- ad-hoc loops (pretraining scripts)
    # `time` is seconds for the last 20 batches, not a step time anyone would chart without knowing that
    dict(fw="ad-hoc", src="https://github.com/Barber0/LLM-pretrain/blob/04a92e1189c2a59f74691992fe72be503e7a9e94/train.log",
         line="ep: 0, batch: 100, time: 8.55, ntokens: 438.20/513, loss: 10.312500",
         want={"TrainLoss": 10.3125}, optional={"Step": 100}),
    dict(fw="ad-hoc", src="https://github.com/AadiSrivastava05/Llama-port/blob/49e70b6b4f7aacf66a4440f5bd9079052155f004/train.log",
         line="step   100/ 1000 | loss 3.3669 | avg50 2.6936 |  10.40 steps/s | elapsed   0.16m | eta   1.44m",
         want={"Step": 100, "TrainLoss": 3.3669, "IterationsPerSecond": 10.40}),
    dict(fw="ad-hoc", src="https://github.com/AadiSrivastava05/Llama-port/blob/49e70b6b4f7aacf66a4440f5bd9079052155f004/train.log",
         line="step    77/ 1000 | loss 2.8438 | avg50 2.6868 |   9.90 steps/s | elapsed   0.13m | eta   1.55m",
         want={"Step": 77, "TrainLoss": 2.8438, "IterationsPerSecond": 9.90}),
    # ---------------------------------------------------------------- TRL SFTTrainer (HF Trainer dicts with TRL's extra keys; num_tokens is a running total)
    dict(fw="HF Trainer", src="https://github.com/AAssets/Qwen3-0.6B-Alpaca-LoRA/blob/da06be4b00282a7d8e2c8364bded833c919d1fb8/train.log",
         line="{'loss': 1.5618, 'grad_norm': 1.2043813467025757, 'learning_rate': 9.981458590852905e-05, 'entropy': 1.5958266109228134, 'num_tokens': 52034.0, 'mean_token_accuracy': 0.6513763800263405, 'epoch': 0.01}",
         want={"TrainLoss": 1.5618, "GradNorm": 1.2043813467025757}),
    dict(fw="HF Trainer", src="https://github.com/AAssets/Qwen3-0.6B-Alpaca-LoRA/blob/da06be4b00282a7d8e2c8364bded833c919d1fb8/train.log",
         line="  2%|▏         | 100/4854 [02:47<2:16:04,  1.72s/it]",
         want={}, optional={"Step": 100, "IterationsPerSecond": 1 / 1.72}),
    # ---------------------------------------------------------------- StyleTTS2 fine-tuning: the first `Loss:` is the training loss, then many component losses
    dict(fw="StyleTTS2", src="https://github.com/yl4579/StyleTTS2/issues/167",
         line="Epoch [1/75], Step [110/464], Loss: 0.31109, Disc Loss: 3.86298, Dur Loss: 0.44024, CE Loss: 0.01998, Norm Loss: 0.78650, F0 Loss: 1.53839, LM Loss: 1.08086, Gen Loss: 6.44362, Sty Loss: 0.06960, Diff Loss: 0.84415, DiscLM Loss: 0.00000, GenLM Loss: 0.00000, SLoss: 0.00000, S2S Loss: 0.45653, Mono Loss: 0.04269",
         want={"TrainLoss": 0.31109}, optional={"Step": 110}),
    # wall time since the start, not a step time
    dict(fw="StyleTTS2", src="https://github.com/yl4579/StyleTTS2/issues/167",
         line="Time elasped: 196.28440475463867",
         want={}),
    dict(fw="StyleTTS2", src="https://github.com/yl4579/StyleTTS2/issues/167",
         line="Epoch [1/75], Step [140/464], Loss: 0.31032, Disc Loss: 3.73791, Dur Loss: 0.64476, CE Loss: 0.02747, Norm Loss: 0.34157, F0 Loss: 1.58464, LM Loss: 1.26763, Gen Loss: 7.66400, Sty Loss: 0.06593, Diff Loss: 0.60920, DiscLM Loss: 0.00000, GenLM Loss: 0.00000, SLoss: 0.00000, S2S Loss: 0.31163, Mono Loss: 0.03439",
         want={"TrainLoss": 0.31032}, optional={"Step": 140}),
    # ---------------------------------------------------------------- NeMo (Lightning bar with every metric still empty)
    dict(fw="NeMo", src="https://github.com/NVIDIA-NeMo/Speech/issues/11900",
         line="Epoch 0: :   0%|          | 614/? [23:53<00:00, v_num=, reduced_train_loss=, global_step=, consumed_samples=, train_step_timing in s=, val_loss=]",
         want={}, optional={"Step": 614}),
    # ---------------------------------------------------------------- tf.keras 2.x: microseconds per step, val_loss on the same line
    dict(fw="Keras", src="https://github.com/piaic-official/AI-Q2-learning-resources/pull/16",
         line="4451/4451 [==============================] - 4s 805us/step - loss: 0.0291 - accuracy: 0.9980 - val_loss: 0.0265 - val_accuracy: 0.9983",
         want={"TrainLoss": 0.0291, "ValLoss": 0.0265, "StepTime": 0.805}, optional={"Step": 4451}),
    dict(fw="Keras", src="https://github.com/piaic-official/AI-Q2-learning-resources/pull/16",
         line="4451/4451 [==============================] - 3s 764us/step - loss: 0.0266 - accuracy: 0.9983 - val_loss: 0.0265 - val_accuracy: 0.9983",
         want={"TrainLoss": 0.0266, "ValLoss": 0.0265, "StepTime": 0.764}, optional={"Step": 4451}),
    # ---------------------------------------------------------------- Ultralytics (bar cut off before its rate: nothing to read but the batch count)
    dict(fw="Ultralytics", src="https://github.com/Seliah/thesis/blob/HEAD/outputs.md",
         line="     26/100      2.24G      1.208     0.8777      1.015        125        640: 100%|██████████| 22/22",
         want={}, optional={"Step": 22}),
    dict(fw="Ultralytics", src="https://github.com/Seliah/thesis/blob/HEAD/outputs.md",
         line="                   all         98        602      0.809      0.758      0.841      0.553",
         want={}),
    # ---------------------------------------------------------------- detectron2 (output/metrics.json: one JSON record per logged iteration, `time` in seconds)
    dict(fw="detectron2", src="https://github.com/Levi-Magny/Train-Detectron2/blob/857f1975bf6d6efa183c6d223ea6e5253bb9ee87/output/metrics.json",
         line='{"data_time": 0.008784004487097263, "eta_seconds": 5065.550323819043, "fast_rcnn/cls_accuracy": 0.39453125, "fast_rcnn/false_negative": 0.5419018671298307, "fast_rcnn/fg_cls_accuracy": 0.4580981328701693, "iteration": 19, "loss_box_reg": 0.5456014573574066, "loss_cls": 0.7278757691383362, "loss_mask": 0.6871292293071747, "loss_rpn_cls": 0.04116789996623993, "loss_rpn_loc": 0.00676617375575006, "lr": 1.60675e-05, "mask_rcnn/accuracy": 0.8547507060860059, "mask_rcnn/false_negative": 0.14134715461120045, "mask_rcnn/false_positive": 0.029457166956222018, "roi_head/num_bg_samples": 104.75, "roi_head/num_fg_samples": 23.25, "rpn/num_neg_anchors": 244.5, "rpn/num_pos_anchors": 11.5, "time": 18.091251156496583, "total_loss": 2.0359768134658225}',
         want={"Step": 19, "TrainLoss": 2.0359768134658225, "StepTime": 18091.251156496583}),
    # ---------------------------------------------------------------- LLaMA-Factory (trainer_log.jsonl written next to the checkpoints)
    dict(fw="LLaMA-Factory", src="https://github.com/xueh88401-web/qwen2.5-7b-medical-finetune/blob/08b2609a21e3906df655b09202eed9797e4dd8cb/trainer_log.jsonl",
         line='{"current_steps": 10, "total_steps": 6750, "loss": 2.219, "lr": 1.3333333333333334e-06, "epoch": 0.0044444444444444444, "percentage": 0.15, "elapsed_time": "0:00:32", "remaining_time": "6:01:13"}',
         want={"Step": 10, "TrainLoss": 2.219}),
    dict(fw="LLaMA-Factory", src="https://github.com/xueh88401-web/qwen2.5-7b-medical-finetune/blob/08b2609a21e3906df655b09202eed9797e4dd8cb/trainer_log.jsonl",
         line='{"current_steps": 500, "total_steps": 6750, "eval_loss": 1.6410622596740723, "epoch": 0.2222222222222222, "percentage": 7.41, "elapsed_time": "0:29:27", "remaining_time": "6:08:08"}',
         want={"ValLoss": 1.6410622596740723}, optional={"Step": 500}),
    # the closing record holds no loss
    dict(fw="LLaMA-Factory", src="https://github.com/xueh88401-web/qwen2.5-7b-medical-finetune/blob/08b2609a21e3906df655b09202eed9797e4dd8cb/trainer_log.jsonl",
         line='{"current_steps": 6750, "total_steps": 6750, "epoch": 3.0, "percentage": 100.0, "elapsed_time": "6:48:06", "remaining_time": "0:00:00"}',
         want={}, optional={"Step": 6750}),
    dict(fw="LLaMA-Factory", src="https://github.com/rameyjm7/SFT-Training-LLM/blob/264b29045923fad9c4a88aa0384d33a5835accfe/trainer_log.jsonl",
         line='{"current_steps": 20, "total_steps": 6566, "loss": 0.7463, "lr": 9.999793394343183e-06, "epoch": 0.021333333333333333, "percentage": 0.3, "elapsed_time": "0:04:43", "remaining_time": "1 day, 1:48:36"}',
         want={"Step": 20, "TrainLoss": 0.7463}),
    # ---------------------------------------------------------------- vLLM evaluation after fine-tuning (ANSI colour, a load time that is no step time)
    dict(fw="vLLM (eval job)", src="https://github.com/rameyjm7/SFT-Training-LLM/blob/264b29045923fad9c4a88aa0384d33a5835accfe/math_reasoning_finetuneAce-3489209.out",
         line="\x1b[1;36m(EngineCore_0 pid=1887365)\x1b[0;0m INFO 10-06 08:54:00 [default_loader.py:262] Loading weights took 11.15 seconds",
         want={}),
    # ---------------------------------------------------------------- OLMo (one metric per line under a step header; thousands separators)
    dict(fw="OLMo", src="https://github.com/AntonioLopardo/OLMo/blob/c3c25dc5dffdbb29ab763fa38e4cd2239be257e8/training.log",
         line="2025-12-12 11:38:14.379\tquick-rain-shines-fin-03:0\tolmo.train:979\tINFO\t[step=505/15000,epoch=0]",
         want={"Step": 505}),
    dict(fw="OLMo", src="https://github.com/AntonioLopardo/OLMo/blob/c3c25dc5dffdbb29ab763fa38e4cd2239be257e8/training.log",
         line="    train/CrossEntropyLoss=3.077",
         want={"TrainLoss": 3.077}),
    dict(fw="OLMo", src="https://github.com/AntonioLopardo/OLMo/blob/c3c25dc5dffdbb29ab763fa38e4cd2239be257e8/training.log",
         line="    optim/total_grad_norm=0.3763",
         want={"GradNorm": 0.3763}),
    dict(fw="OLMo", src="https://github.com/AntonioLopardo/OLMo/blob/c3c25dc5dffdbb29ab763fa38e4cd2239be257e8/training.log",
         line="    throughput/device/tokens_per_second=67,724",
         want={"TokensPerSecond": 67724}),
    # a running total, not a rate
    dict(fw="OLMo", src="https://github.com/AntonioLopardo/OLMo/blob/c3c25dc5dffdbb29ab763fa38e4cd2239be257e8/training.log",
         line="    throughput/total_tokens=1,059,061,760",
         want={}),
    dict(fw="detectron2", src="https://github.com/HaowenGuan/NYU-Semi-Supervise-Object-Detection/blob/d7e8993f8df7ecb5e7bcad29d833a4e1ce73797c/output/log.txt",
         line="[11/16 02:58:32] d2.utils.events INFO:  eta: 3:30:43  iter: 19  total_loss: 156.1  loss_cls: 144.7  loss_box_reg: 1.449  loss_rpn_cls: 4.129  loss_rpn_loc: 3.169  time: 0.6774  data_time: 0.3745  lr: 2.5373e-05  max_mem: 11810M",
         want={"Step": 19, "TrainLoss": 156.1, "StepTime": 677.4}),
    dict(fw="detectron2", src="https://github.com/HaowenGuan/NYU-Semi-Supervise-Object-Detection/blob/d7e8993f8df7ecb5e7bcad29d833a4e1ce73797c/output/log.txt",
         line="[11/17 11:39:09] d2.utils.events INFO:  eta: 1:23:38  iter: 29599  total_loss: 0.2412  loss_cls: 0.1256  loss_box_reg: 0.08522  loss_rpn_cls: 0.01464  loss_rpn_loc: 0.0173  time: 0.6809  data_time: 0.0684  lr: 0.0004  max_mem: 11812M",
         want={"Step": 29599, "TrainLoss": 0.2412, "StepTime": 680.9}),
    # evaluation during training: s/iter of inference is no training speed
    dict(fw="detectron2", src="https://github.com/HaowenGuan/NYU-Semi-Supervise-Object-Detection/blob/d7e8993f8df7ecb5e7bcad29d833a4e1ce73797c/output/log.txt",
         line="[11/16 03:04:10] d2.evaluation.evaluator INFO: Inference done 132/3334. Dataloading: 0.0015 s/iter. Inference: 0.0403 s/iter. Eval: 0.0002 s/iter. Total: 0.0421 s/iter. ETA=0:02:14",
         want={}),
    dict(fw="detectron2", src="https://github.com/HaowenGuan/NYU-Semi-Supervise-Object-Detection/blob/d7e8993f8df7ecb5e7bcad29d833a4e1ce73797c/output/log.txt",
         line="[11/16 03:06:21] d2.evaluation.evaluator INFO: Total inference time: 0:02:15.934732 (0.040834 s / iter per device, on 6 devices)",
         want={}),
    # ---------------------------------------------------------------- ad-hoc GRPO loop: an averaged loss that goes negative
    dict(fw="ad-hoc", src="https://github.com/JunyiJ/PostTraining-LLM-Small/blob/90cc326c553fd7801f4394320e2926b346ccfe71/logs/train.log",
         line="[step 100] avg_loss=-0.0003 acc=0.5467",
         want={"Step": 100, "TrainLoss": -0.0003}),
    # a pipeline stage of a fine-tuning script (Windows CRLF kept), not a training step
    dict(fw="ad-hoc", src="https://github.com/AD-Styles/gpt2-korean-finetuning/blob/b2c01ced874e60c1b07f37769cf3648ef337b042/training.log",
         line="2026-04-13 09:37:46,684 - INFO - Step 5: Starting fine-tuning process...\r",
         want={}),
    # ---------------------------------------------------------------- Keras 1.x (samples counted, no per-step time) and Keras 2.2 fit_generator (steps)
    dict(fw="Keras", src="https://github.com/keras-team/keras/issues/3753",
         line="Train on 2064384 samples, validate on 1125000 samples",
         want={}),
    dict(fw="Keras", src="https://github.com/keras-team/keras/issues/3753",
         line="2064384/2064384 [==============================] - 7s - loss: 262.8366 - acc: 0.0716 - val_loss: 114.7868 - val_acc: 0.0843",
         want={"TrainLoss": 262.8366, "ValLoss": 114.7868}, optional={"Step": 2064384}),
    dict(fw="Keras", src="https://github.com/yizt/keras-faster-rcnn/issues/13",
         line="3425/3425 [==============================] - 861s 251ms/step - loss: 2.8501 - rpn_bbox_loss: 0.3421 - rpn_class_loss: 0.0874 - rcnn_bbox_loss: 0.2274 - rcnn_class_loss: 0.1603 - regular_loss: 13.5824 - gt_num: 2.3089 - positive_anchor_num: 27.7466 - negative_anchor_num: 52.2534 - rpn_miss_gt_num: 0.0555 - rpn_gt_min_max_iou: 0.6277 - roi_num: 1955.5685 - positive_roi_num: 13.2928 - negative_roi_num: 97.7080 - rcnn_miss_gt_num: 0.4745 - rcnn_miss_gt_num_as: 0.4905 - gt_min_max_iou: 0.7267 - val_loss: 2.8839 - val_rpn_bbox_loss: 0.2739 - val_rpn_class_loss: 0.0689 - val_rcnn_bbox_loss: 0.3056 - val_rcnn_class_loss: 0.2056 - val_regular_loss: 13.5816 - val_gt_num: 2.4520 - val_positive_anchor_num: 31.1880 - val_negative_anchor_num: 48.8120 - val_rpn_miss_gt_num: 0.0000e+00 - val_rpn_gt_min_max_iou: 0.6297 - val_roi_num: 1942.1040 - val_positive_roi_num: 13.2160 - val_negative_roi_num: 96.9640 - val_rcnn_miss_gt_num: 0.4440 - val_rcnn_miss_gt_num_as: 0.5000 - val_gt_min_max_iou: 0.7391",
         want={"TrainLoss": 2.8501, "ValLoss": 2.8839, "StepTime": 251}, optional={"Step": 3425}),
    # ---------------------------------------------------------------- MMEngine (xtuner LLM fine-tuning, grad_norm nan under fp16) and MMCV 1.x (mmdet)
    dict(fw="MMEngine", src="https://github.com/InternLM/xtuner/issues/658",
         line="2024/05/07 11:45:16 - mmengine - INFO - Iter(train) [ 510/2046]  lr: 1.7590e-04  eta: 1:25:37  time: 22.5450  data_time: 19.6772  memory: 15266  loss: 0.6919  grad_norm: nan",
         want={"Step": 510, "TrainLoss": 0.6919, "StepTime": 22545.0}),
    dict(fw="MMEngine", src="https://github.com/InternLM/xtuner/issues/658",
         line="2024/05/07 11:45:45 - mmengine - INFO - Iter(train) [ 520/2046]  lr: 1.7486e-04  eta: 1:24:50  time: 2.9098  data_time: 0.0234  memory: 15266  loss: 0.6479  grad_norm: nan",
         want={"Step": 520, "TrainLoss": 0.6479, "StepTime": 2909.8}),
    dict(fw="MMCV", src="https://github.com/open-mmlab/mmcv/pull/326",
         line="2020-06-08 16:36:52,839 - mmdet - INFO - Epoch [1][25/612]\tlr: 0.00000, eta: 0:20:40, time: 1.515, data_time: 0.671, memory: 8436, loss_cls: 0.3105, loss_bbox: 0.6498, num_pos: 4.8125, accuracy: 1.0000, loss: 0.9603, grad_norm: 4.8798",
         want={"TrainLoss": 0.9603, "StepTime": 1515, "GradNorm": 4.8798}, optional={"Step": 25}),
    dict(fw="MMCV", src="https://github.com/Leiyi-HU/mona/issues/11",
         line="2025-04-26 02:06:00,311 - mmdet - INFO - Epoch [3][10800/12414]\tlr: 1.000e-04, eta: 1:18:47, time: 0.345, data_time: 0.004, memory: 5922, loss_cls: 1.1634, loss_bbox: 0.6459, loss: 1.8092",
         want={"TrainLoss": 1.8092, "StepTime": 345}, optional={"Step": 10800}),
    # ---------------------------------------------------------------- YOLOv5 (box/obj/cls losses, no total; the bar counts batches and prints s/it)
    dict(fw="YOLOv5", src="https://github.com/peshmerge/ml_2_project/blob/8a59fa9fc927a09f6e486effd0b7e5c5dd0f27b5/yolov5/runs/train/training_terminal_output_150e_20bs.md",
         line='     Epoch   gpu_mem       box       obj       cls    labels  img_size',
         want={}),
    dict(fw="YOLOv5", src="https://github.com/peshmerge/ml_2_project/blob/8a59fa9fc927a09f6e486effd0b7e5c5dd0f27b5/yolov5/runs/train/training_terminal_output_150e_20bs.md",
         line='     0/149     5.05G   0.06383   0.03304         0         0      1280: 100%|██████████| 213/213 [06:21<00:00,  1.79s/it]                                                                                     ',
         want={}, optional={"Step": 213, "IterationsPerSecond": 1 / 1.79}),
    # the validation bar: its rate is not the training rate
    dict(fw="YOLOv5", src="https://github.com/peshmerge/ml_2_project/blob/8a59fa9fc927a09f6e486effd0b7e5c5dd0f27b5/yolov5/runs/train/training_terminal_output_150e_20bs.md",
         line='               Class     Images     Labels          P          R     mAP@.5 mAP@.5:.95: 100%|██████████| 17/17 [00:22<00:00,  1.34s/it]                                                                       ',
         want={}),
    # ---------------------------------------------------------------- ezpz (Argonne launcher): loss plus loss/mean, loss/max...; dt without a unit
    dict(fw="ezpz", src="https://github.com/saforem2/ezpz/blob/1229a1790505e89acb250fbb42b4530dddfc214d/docs/examples/vit.md",
         line='[2025-12-31 12:15:32,154227][I][examples/vit:445:train_fn] iter=10 loss=7.111572 dt=0.744444 dtd=0.003141 dtf=0.021592 dto=0.698994 dtb=0.020717 loss/mean=7.036184 loss/max=7.148438 loss/min=6.926270 loss/std=0.051675 dt/mean=0.744634 dt/max=0.745104 dt/min=0.744115 dt/std=0.000000 dtd/mean=0.003989 dtd/max=0.005223 dtd/min=0.003121 dtd/std=0.000751 dtf/mean=0.021139 dtf/max=0.021592 dtf/min=0.020827 dtf/std=0.000188 dto/mean=0.698727 dto/max=0.699881 dto/min=0.697217 dto/std=0.000961 dtb/mean=0.020778 dtb/max=0.021557 dtb/min=0.020275 dtb/std=0.000320',
         want={"Step": 10, "TrainLoss": 7.111572}, optional={"StepTime": 744.444}),
    dict(fw="ezpz", src="https://github.com/saforem2/ezpz/blob/1229a1790505e89acb250fbb42b4530dddfc214d/docs/examples/vit.md",
         line='[2025-12-31 12:15:34,556097][I][examples/vit:445:train_fn] iter=13 loss=7.114746 dt=0.742885 dtd=0.001825 dtf=0.023194 dto=0.697149 dtb=0.020716 loss/mean=7.035777 loss/max=7.121094 loss/min=6.938965 loss/std=0.043673 dt/mean=0.743002 dt/max=0.746045 dt/min=0.739701 dt/std=0.002211 dtd/mean=0.004097 dtd/max=0.005476 dtd/min=0.001825 dtd/std=0.001211 dtf/mean=0.022114 dtf/max=0.023244 dtf/min=0.021464 dtf/std=0.000590 dto/mean=0.696058 dto/max=0.699107 dto/min=0.692656 dto/std=0.002238 dtb/mean=0.020733 dtb/max=0.021334 dtb/min=0.020149 dtb/std=0.000345',
         want={"Step": 13, "TrainLoss": 7.114746}, optional={"StepTime": 742.885}),
    # ---------------------------------------------------------------- ad-hoc tqdm loop (loss in the bar postfix) with an epoch summary line
    dict(fw="ad-hoc tqdm", src="https://github.com/pilot-j/Gsoc_Deeplense/blob/6c21a41ef35a60a1c847d07cb25398d3fb3ed2b8/logs/FT.md",
         line='Epoch 1/50 [FT]: 100%|██████████| 157/157 [13:51<00:00,  5.30s/it, loss=0.919]',
         want={"TrainLoss": 0.919}, optional={"Step": 157, "IterationsPerSecond": 1 / 5.30}),
    dict(fw="ad-hoc tqdm", src="https://github.com/pilot-j/Gsoc_Deeplense/blob/6c21a41ef35a60a1c847d07cb25398d3fb3ed2b8/logs/FT.md",
         line='Epoch 3/50 [FT]: 100%|██████████| 157/157 [01:58<00:00,  1.33it/s, loss=0.787]',
         want={"TrainLoss": 0.787, "IterationsPerSecond": 1.33}, optional={"Step": 157}),
    # validation bar
    dict(fw="ad-hoc tqdm", src="https://github.com/pilot-j/Gsoc_Deeplense/blob/6c21a41ef35a60a1c847d07cb25398d3fb3ed2b8/logs/FT.md",
         line='Epoch 1/50 [Validating]: 100%|██████████| 18/18 [01:32<00:00,  5.13s/it]',
         want={}),
    dict(fw="ad-hoc tqdm", src="https://github.com/pilot-j/Gsoc_Deeplense/blob/6c21a41ef35a60a1c847d07cb25398d3fb3ed2b8/logs/FT.md",
         line='Epoch 1/50 - Train Loss: 0.9780, Train Accuracy: 50.15%, Validation Loss: 1.3758, Validation Accuracy: 33.73%',
         want={"TrainLoss": 0.978, "ValLoss": 1.3758}),
    # ---------------------------------------------------------------- HF Trainer (Qwen1.5 LoRA run: loss dicts, an eval dict, the closing summary)
    dict(fw="HF Trainer", src="https://github.com/Nuist-XZX/QWen/blob/a2a234bdbfb7a3089972b87a2d88bc1966b6bbfe/mask_loss.txt",
         line="{'loss': 3.6623, 'grad_norm': 10.274565696716309, 'learning_rate': 6.588235294117647e-06, 'epoch': 0.32}",
         want={"TrainLoss": 3.6623, "GradNorm": 10.274565696716309}),
    # eval throughput is not training throughput
    dict(fw="HF Trainer", src="https://github.com/Nuist-XZX/QWen/blob/a2a234bdbfb7a3089972b87a2d88bc1966b6bbfe/mask_loss.txt",
         line="{'eval_loss': 2.111900568008423, 'eval_runtime': 18.5525, 'eval_samples_per_second': 5.39, 'eval_steps_per_second': 2.695, 'epoch': 30.0}",
         want={"ValLoss": 2.111900568008423}),
    # whole-run averages at the end of training
    dict(fw="HF Trainer", src="https://github.com/Nuist-XZX/QWen/blob/a2a234bdbfb7a3089972b87a2d88bc1966b6bbfe/mask_loss.txt",
         line="{'train_runtime': 23767.9812, 'train_samples_per_second': 1.893, 'train_steps_per_second': 0.119, 'train_loss': 1.1074488534995004, 'epoch': 30.0}  ",
         want={}, optional={"TrainLoss": 1.1074488534995004, "SamplesPerSecond": 1.893, "IterationsPerSecond": 0.119}),
    dict(fw="HF Trainer", src="https://github.com/Nuist-XZX/QWen/blob/a2a234bdbfb7a3089972b87a2d88bc1966b6bbfe/mask_loss.txt",
         line='  train_loss               =     1.1074',
         want={}, optional={"TrainLoss": 1.1074}),
    # the same output pasted into a notes file with ideographic-space indentation
    dict(fw="HF Trainer", src="https://github.com/Nuist-XZX/QWen/blob/a2a234bdbfb7a3089972b87a2d88bc1966b6bbfe/loss.txt",
         line="\u3000\u3000{'loss': 4.1437, 'grad_norm': 17.879865646362305, 'learning_rate': 2.1176470588235296e-06, 'epoch': 0.11}  ",
         want={"TrainLoss": 4.1437, "GradNorm": 17.879865646362305}),
    # ---------------------------------------------------------------- wordplay (nanoGPT on ezpz): tqdm bar glued to the log record; loss= is this step, train_loss=/val_loss= the last evaluation; dt in ms without a unit
    dict(fw="wordplay", src="https://github.com/kharelb/ai-science-training-series/blob/10b28bff75ff7c01d3ead0f93ec2aa5357448b05/06_parallel_training/homework_6.md",
         line='  4%|▍         | 4/100 [00:04<01:12,  1.32it/s][2024-04-02 01:59:46][INFO][trainer:837] - step=5 loss=3.6606 dt=108.1093 dtf=4.6110 dtb=100.7493 sps=73.9992 mtps=1.2124 mfu=-100.0000 train_loss=4.2922 val_loss=4.2905',
         want={"Step": 5, "TrainLoss": 3.6606, "ValLoss": 4.2905}, optional={"StepTime": 108.1093, "SamplesPerSecond": 73.9992, "TokensPerSecond": 1212400.0, "IterationsPerSecond": 1.32}),
    dict(fw="wordplay", src="https://github.com/kharelb/ai-science-training-series/blob/10b28bff75ff7c01d3ead0f93ec2aa5357448b05/06_parallel_training/homework_6.md",
         line=' 29%|██▉       | 29/100 [00:07<00:07,  9.69it/s][2024-04-02 01:59:48][INFO][trainer:837] - step=30 loss=2.6084 dt=73.1144 dtf=4.5159 dtb=65.8305 sps=109.4176 mtps=1.7927 mfu=4.2439 train_loss=4.2922 val_loss=4.2905',
         want={"Step": 30, "TrainLoss": 2.6084, "ValLoss": 4.2905}, optional={"StepTime": 73.1144, "SamplesPerSecond": 109.4176, "TokensPerSecond": 1792700.0, "IterationsPerSecond": 9.69}),
]
