# A thirteenth blind held-out set of progress lines for the AI-training pack,
# collected on 2026-12-07 (UTC morning). Every line was copied verbatim from
# the text of a public GitHub issue or pull request in which a user pasted
# part of a training log (a bug report about a nan loss, a slow run, a
# stalled or diverging run, a question about what a log means); `src` names
# the thread. No log file committed to a repository was used. No thread
# used in heldout.py, fresh.py, devset.py, devset2.py or blind.py ..
# blind11.py was taken again; at most four lines come from one thread. The
# set was written without looking at the pack or its tests, each expectation
# decided from what the line itself prints, and it was frozen before it was
# scored even once.
# Same fields as heldout.py: the framework, where the line was seen, the line
# as pasted (tabs, typographic quotes, leading and trailing blanks kept; a
# progress bar that the paste broke into lines is taken as pasted, without a
# `\r`), the progress metrics it must yield (`want`) and metrics it may yield
# or not (`optional`: an in-epoch batch counter, an environment-step
# counter, a tqdm bar's rate, an it/s derived from `s/it` and the step time
# it implies, a time whose unit or span the line does not print, an epoch or
# whole-run average, a loss whose meaning the line leaves open). `want={}`
# marks a line that holds no training progress: the pack stays quiet.
# StepTime is in milliseconds. A NaN or inf value yields no metric.

CASES = [
    # ---------------------------------------------------------------- LaBraM EEG fine-tuning (BEiT/DeiT-style MetricLogger): current value with the window average in brackets, grad_norm with its average
    # time is seconds per iteration of the MetricLogger, [i/n] the batch of the epoch; the bracketed running values are averages
    dict(fw='MetricLogger (BEiT-style)', src='https://github.com/935963004/LaBraM/issues/4',
         line='Epoch: [0]  [210/582]  eta: 0:01:39  lr: 0.000036  min_lr: 0.000000  loss: 0.5454 (0.6458)  class_acc: 0.7734 (0.6859)  loss_scale: 2048.0000 (21169.1374)  weight_decay: 0.0500 (0.0500)  grad_norm: 10.5632 (inf)  time: 0.1848  data: 0.0001  max mem: 8738',
         want={"TrainLoss": 0.5454, "GradNorm": 10.5632, "StepTime": 184.8}, optional={"Step": 210}),
    dict(fw='MetricLogger (BEiT-style)', src='https://github.com/935963004/LaBraM/issues/4',
         line='Epoch: [0]  [250/582]  eta: 0:01:24  lr: 0.000043  min_lr: 0.000000  loss: 0.5304 (0.6285)  class_acc: 0.7656 (0.6985)  loss_scale: 2048.0000 (18121.9442)  weight_decay: 0.0500 (0.0500)  grad_norm: 10.0704 (inf)  time: 0.1877  data: 0.0001  max mem: 8738',
         want={"TrainLoss": 0.5304, "GradNorm": 10.0704, "StepTime": 187.7}, optional={"Step": 250}),
    # ---------------------------------------------------------------- PyTorch Lightning 0.5 (tqdm bar without a total): the bar's own count and rate, batch_nb and loss in the postfix
    dict(fw='PyTorch Lightning', src='https://github.com/Lightning-AI/pytorch-lightning/issues/354',
         line='374it [00:07, 50.48it/s, batch_nb=372, epoch=0, loss=0.801, some_val=1.25, v_nb=0]',
         want={"TrainLoss": 0.801}, optional={"Step": 374, "IterationsPerSecond": 50.48}),
    # ---------------------------------------------------------------- darknet (AlexeyAB): iteration, batch loss, running average, rate, seconds, images
    dict(fw='darknet', src='https://github.com/AlexeyAB/darknet/issues/5836',
         line=' 181: 590.941345, 834.728516 avg loss, 0.000000 rate, 1.937414 seconds, 11584 images, 17.973280 hours left',
         want={"Step": 181, "TrainLoss": 590.941345, "StepTime": 1937.414}),
    # the loss went nan: the iteration and its time still count
    dict(fw='darknet', src='https://github.com/AlexeyAB/darknet/issues/5836',
         line=' 182: -nan, -nan avg loss, 0.000000 rate, 2.011170 seconds, 11648 images, 17.923213 hours left',
         want={"Step": 182, "StepTime": 2011.17}),
    # ---------------------------------------------------------------- IterDet on MMDetection 1.x (mmcv text logger, tab after the iteration)
    # workflow notice at start
    dict(fw='MMDetection', src='https://github.com/SamsungLabs/iterdet/issues/3',
         line="2020-05-18 09:24:01,065 - mmdet - INFO - workflow: [('train', 1)], max: 50 epochs",
         want={}),
    # the total loss is nan: only the iteration time counts
    dict(fw='MMDetection', src='https://github.com/SamsungLabs/iterdet/issues/3',
         line='2020-05-18 09:24:48,902 - mmdet - INFO - Epoch [1][50/1084]\tlr: 0.01000, eta: 14:19:58, time: 0.953, data_time: 0.011, memory: 4370, loss_rpn_cls: 0.5577, loss_rpn_bbox: 0.2245, loss_cls: 0.1869, acc: 92.8633, loss_bbox: nan, loss: nan',
         want={"StepTime": 953}, optional={"Step": 50}),
    dict(fw='MMDetection', src='https://github.com/SamsungLabs/iterdet/issues/3',
         line='2020-05-18 09:26:23,531 - mmdet - INFO - Epoch [1][150/1084]\tlr: 0.01000, eta: 14:14:45, time: 0.929, data_time: 0.009, memory: 4940, loss_rpn_cls: 0.2372, loss_rpn_bbox: 0.2577, loss_cls: 0.2204, acc: 91.3359, loss_bbox: 0.4434, loss: 1.1586',
         want={"TrainLoss": 1.1586, "StepTime": 929}, optional={"Step": 150}),
    # ---------------------------------------------------------------- YOLO-World prompt tuning on MMEngine (MMYOLO): Epoch(train) [e][i/n] with grad_norm
    dict(fw='MMEngine', src='https://github.com/AILab-CVC/YOLO-World/issues/276',
         line='04/24 02:03:09 - mmengine - INFO - Epoch(train)  [16][200/290]  base_lr: 2.0000e-03 lr: 1.7228e-03  eta: 1:20:08  time: 0.1792  data_time: 0.0081  memory: 4843  grad_norm: 0.0000  loss: 208.4161  loss_cls: 85.0224  loss_bbox: 56.8312  loss_dfl: 66.5625',
         want={"TrainLoss": 208.4161, "GradNorm": 0.0, "StepTime": 179.2}, optional={"Step": 200}),
    dict(fw='MMEngine', src='https://github.com/AILab-CVC/YOLO-World/issues/276',
         line='04/24 02:03:26 - mmengine - INFO - Exp name: yolo_world_v2_l_vlpan_bn_2e-4_80e_8gpus_mask-refine_prompt_tuning_coco_20240424_014520',
         want={}),
    # a nan gradient norm yields no GradNorm; the loss and the time still count
    dict(fw='MMEngine', src='https://github.com/AILab-CVC/YOLO-World/issues/276',
         line='04/24 02:03:38 - mmengine - INFO - Epoch(train)  [17][ 50/290]  base_lr: 2.0000e-03 lr: 1.7030e-03  eta: 1:19:44  time: 0.2323  data_time: 0.0627  memory: 4483  grad_norm: nan  loss: 209.1800  loss_cls: 85.1599  loss_bbox: 57.4576  loss_dfl: 66.5625',
         want={"TrainLoss": 209.18, "StepTime": 232.3}, optional={"Step": 50}),
    # ---------------------------------------------------------------- maskrcnn-benchmark (MetricLogger: median with global average in brackets)
    dict(fw='maskrcnn-benchmark', src='https://github.com/facebookresearch/maskrcnn-benchmark/issues/283',
         line='2018-12-18 10:21:38,024 maskrcnn_benchmark.trainer INFO: eta: 5:30:07  iter: 400  loss: 0.2376 (0.2817)  loss_classifier: 0.1325 (0.1725)  loss_box_reg: 0.0580 (0.0655)  loss_objectness: 0.0156 (0.0368)  loss_rpn_box_reg: 0.0078 (0.0070)  time: 0.3508 (0.3500)  data: 0.0095 (0.0094)  lr: 0.017307  max mem: 3050',
         want={"Step": 400, "TrainLoss": 0.2376, "StepTime": 350.8}),
    dict(fw='maskrcnn-benchmark', src='https://github.com/facebookresearch/maskrcnn-benchmark/issues/283',
         line='2018-12-18 10:21:51,975 maskrcnn_benchmark.trainer INFO: eta: 5:29:47  iter: 440  loss: 0.3062 (0.2921)  loss_classifier: 0.1738 (0.1820)  loss_box_reg: 0.0553 (0.0657)  loss_objectness: 0.0246 (0.0370)  loss_rpn_box_reg: 0.0061 (0.0074)  time: 0.3447 (0.3498)  data: 0.0053 (0.0092)  lr: 0.018373  max mem: 3050',
         want={"Step": 440, "TrainLoss": 0.3062, "StepTime": 344.7}),
    # ---------------------------------------------------------------- ChatGLM-Efficient-Tuning PPO (TRL PPOTrainer under a custom loop): a log dict per step, no step printed
    # loss is the PPO loss, reward the mean reward
    dict(fw='TRL PPO', src='https://github.com/hiyouga/ChatGLM-Efficient-Tuning/issues/49',
         line="{'loss': 0.3290, 'reward': -2.0304, 'learning_rate': 5e-05}",
         want={"TrainLoss": 0.3290}),
    # ---------------------------------------------------------------- blood-cell YOLO (darkflow-style print loop): step, loss and its moving average
    dict(fw='darkflow', src='https://github.com/MahmudulAlam/Automatic-Identification-and-Counting-of-Blood-Cells/issues/15',
         line='step 1655 - loss        nan - moving ave loss        nan',
         want={"Step": 1655}),
    dict(fw='darkflow', src='https://github.com/MahmudulAlam/Automatic-Identification-and-Counting-of-Blood-Cells/issues/15',
         line='Finish 92 epoch(es)',
         want={}),
    # ---------------------------------------------------------------- whisper fine-tune (HF Seq2SeqTrainer): log dicts without a step
    dict(fw='HF Trainer', src='https://github.com/vasistalodagala/whisper-finetune/issues/11',
         line="{'loss': 1.8445, 'learning_rate': 0.002988, 'epoch': 0.27}",
         want={"TrainLoss": 1.8445}),
    # eval summary with a nan eval loss: no ValLoss, and the eval throughput is not training throughput
    dict(fw='HF Trainer', src='https://github.com/vasistalodagala/whisper-finetune/issues/11',
         line="{'eval_loss': nan, 'eval_wer': 100.0, 'eval_runtime': 22.4018, 'eval_samples_per_second': 2.232, 'eval_steps_per_second': 0.312, 'epoch': 1.0}",
         want={}),
    dict(fw='HF Trainer', src='https://github.com/vasistalodagala/whisper-finetune/issues/11',
         line="{'loss': 2.4114, 'learning_rate': 0.002896135135135135, 'epoch': 1.07}",
         want={"TrainLoss": 2.4114}),
    # ---------------------------------------------------------------- pytorch-kaldi res.res: one line per epoch chunk with the training and the dev loss
    # time(s) is the wall time of the whole chunk, not a step time
    dict(fw='pytorch-kaldi', src='https://github.com/mravanelli/pytorch-kaldi/issues/66',
         line="ep=01 tr=['pretrain_train'] loss=1.980 err=0.476 valid=dev loss=1.467 err=0.381 lr_architecture1=0.0002 lr_architecture2=0.0002 time(s)=27512",
         want={"TrainLoss": 1.980, "ValLoss": 1.467}),
    # ---------------------------------------------------------------- AuxiliaryASR (StyleTTS text aligner): per-epoch summary blocks, one metric per line
    dict(fw='AuxiliaryASR', src='https://github.com/yl4579/AuxiliaryASR/issues/7',
         line='train/loss     : 6.1718',
         want={"TrainLoss": 6.1718}),
    dict(fw='AuxiliaryASR', src='https://github.com/yl4579/AuxiliaryASR/issues/7',
         line='eval/loss      : 10.2448',
         want={"ValLoss": 10.2448}),
    # the epoch's tqdm bar: 5 batches
    dict(fw='AuxiliaryASR', src='https://github.com/yl4579/AuxiliaryASR/issues/7',
         line='[train]: 100%|██████████| 5/5 [00:01<00:00,  3.50it/s]',
         want={}, optional={"Step": 5, "IterationsPerSecond": 3.50}),
    # ---------------------------------------------------------------- Matterport Mask R-CNN (Keras progbar): total loss nan, parts finite
    dict(fw='Keras', src='https://github.com/matterport/Mask_RCNN/issues/1162',
         line='9/500 [..............................] - ETA: 43:03 - loss: nan - rpn_class_loss: 0.4798 - rpn_bbox_loss: 0.5489 - mrcnn_class_loss: 1.1758 - mrcnn_bbox_loss: 0.4309 - mrcnn_mask_loss: 0.2511',
         want={}, optional={"Step": 9}),
    # ---------------------------------------------------------------- CenterNet2 on detectron2 (d2.utils.events, leading blank after the colon): iter is the global iteration
    dict(fw='detectron2', src='https://github.com/facebookresearch/detectron2/issues/2958',
         line='[04/23 13:54:10 d2.utils.events]:  eta: 1:56:49  iter: 79  total_loss: 2.734  loss_cls_stage0: 0.5741  loss_box_reg_stage0: 0.08455  loss_cls_stage1: 0.5104  loss_box_reg_stage1: 0.06171  loss_cls_stage2: 0.4916  loss_box_reg_stage2: 0.082  loss_centernet_loc: 0.6659  loss_centernet_agn_pos: 0.1962  loss_centernet_agn_neg: 0.03807  time: 0.7093  data_time: 0.0076  lr: 0.0015996  max_mem: 14728M',
         want={"Step": 79, "TrainLoss": 2.734, "StepTime": 709.3}),
    dict(fw='detectron2', src='https://github.com/facebookresearch/detectron2/issues/2958',
         line='[04/23 13:54:37 d2.utils.events]:  eta: 1:53:48  iter: 119  total_loss: 2.679  loss_cls_stage0: 0.6001  loss_box_reg_stage0: 0.2266  loss_cls_stage1: 0.4671  loss_box_reg_stage1: 0.1147  loss_cls_stage2: 0.4019  loss_box_reg_stage2: 0.05074  loss_centernet_loc: 0.5668  loss_centernet_agn_pos: 0.1775  loss_centernet_agn_neg: 0.03934  time: 0.6983  data_time: 0.0075  lr: 0.0023994  max_mem: 14728M',
         want={"Step": 119, "TrainLoss": 2.679, "StepTime": 698.3}),
    # ---------------------------------------------------------------- stable-baselines (TF, PPO2) and a stable-baselines-style PPO: the logger table, one row per line
    # fps is environment frames per second, not a training throughput the pack names
    dict(fw='stable-baselines', src='https://github.com/hill-a/stable-baselines/issues/1204',
         line='|    fps                  | 26          |',
         want={}),
    dict(fw='stable-baselines', src='https://github.com/hill-a/stable-baselines/issues/1204',
         line='|    loss                 | 20.1        |',
         want={}, optional={"TrainLoss": 20.1}),
    dict(fw='stable-baselines', src='https://github.com/hill-a/stable-baselines/issues/1204',
         line='|    total_timesteps      | 3584        |',
         want={}, optional={"Step": 3584}),
    # PPO2 table: the policy loss alone, one row
    dict(fw='stable-baselines', src='https://github.com/hill-a/stable-baselines/issues/121',
         line=' | policy_loss              | -0.011813248  |',
         want={}),
    # ---------------------------------------------------------------- G-NAS on MMEngine (MMDetection 3.x Faster R-CNN search): Epoch(train) [e][i/n]
    dict(fw='MMEngine', src='https://github.com/wufan-cse/G-NAS/issues/2',
         line='2024/05/06 22:29:26 - mmengine - INFO - Epoch(train)  [1][  50/4849]  lr: 1.9820e-03  eta: 8:06:20  time: 0.5019  data_time: 0.0154  memory: 9466  loss: 2.7694  loss_rpn_cls: 0.6222  loss_rpn_bbox: 0.1258  loss_cls: 1.9705  acc: 86.4258  loss_bbox: 0.0510',
         want={"TrainLoss": 2.7694, "StepTime": 501.9}, optional={"Step": 50}),
    dict(fw='MMEngine', src='https://github.com/wufan-cse/G-NAS/issues/2',
         line='2024/05/06 22:34:16 - mmengine - INFO - Epoch(train)  [1][ 650/4849]  lr: 2.0000e-02  eta: 7:44:14  time: 0.4735  data_time: 0.0069  memory: 9466  loss: 1.7961  loss_rpn_cls: 0.1159  loss_rpn_bbox: 0.0986  loss_cls: 1.0616  acc: 86.9141  loss_bbox: 0.5201',
         want={"TrainLoss": 1.7961, "StepTime": 473.5}, optional={"Step": 650}),
    # ---------------------------------------------------------------- ChatGLM LoRA notebook loop: print(loss.detach().float()) each step
    # a bare tensor repr: the line does not say it is a loss
    dict(fw='ad-hoc print', src='https://github.com/lich99/ChatGLM-finetune-LoRA/issues/32',
         line="tensor(3.2207, device='cuda:0')",
         want={}, optional={"TrainLoss": 3.2207}),
    # ---------------------------------------------------------------- axolotl full fine-tune of Qwen2.5-32B (HF Trainer log dicts): loss and grad norm stuck at zero
    dict(fw='axolotl', src='https://github.com/axolotl-ai-cloud/axolotl/issues/2357',
         line="{'loss': 0.0, 'grad_norm': 0.0, 'learning_rate': 4.0000000000000003e-07, 'epoch': 0.05}",
         want={"TrainLoss": 0.0, "GradNorm": 0.0}),
    dict(fw='axolotl', src='https://github.com/axolotl-ai-cloud/axolotl/issues/2357',
         line="{'loss': 0.0, 'grad_norm': 0.0, 'learning_rate': 2.2e-06, 'epoch': 0.28}",
         want={"TrainLoss": 0.0, "GradNorm": 0.0}),
    # ---------------------------------------------------------------- Qwen2-VL LoRA SFT (HF Trainer under DeepSpeed ZeRO-2): bar refreshes and log dicts on their own lines
    dict(fw='HF Trainer', src='https://github.com/2U1/Qwen-VL-Series-Finetune/issues/10',
         line='  0%|          | 1/666 [00:22<4:08:53, 22.46s/it]',
         want={}, optional={"Step": 1, "IterationsPerSecond": 1 / 22.46}),
    # grad norm nan: the loss still counts
    dict(fw='HF Trainer', src='https://github.com/2U1/Qwen-VL-Series-Finetune/issues/10',
         line="{'loss': 1.0446, 'grad_norm': nan, 'learning_rate': 1.4925373134328357e-08, 'epoch': 0.0}",
         want={"TrainLoss": 1.0446}),
    dict(fw='HF Trainer', src='https://github.com/2U1/Qwen-VL-Series-Finetune/issues/10',
         line="{'loss': 0.0, 'grad_norm': nan, 'learning_rate': 2.9850746268656714e-08, 'epoch': 0.01}",
         want={"TrainLoss": 0.0}),
    # ---------------------------------------------------------------- OpenRLHF PPO (RLVR on a math set): the episode bar with the actor's postfix
    # policy_loss is the actor's surrogate loss, not a single training loss; the bar counts rollout batches of the episode
    dict(fw='OpenRLHF', src='https://github.com/ruixin31/Spurious_Rewards/issues/7',
         line='Episode [1/200]:   2%|▏         | 12/629 [47:35<40:02:15, 233.61s/it, policy_loss=-0.0774, actor_lr=5e-7, kl=0, reward=0.338, response_length=1.03e+3, total_length=1.13e+3, return=6.48e-5]',
         want={}, optional={"Step": 12, "TrainLoss": -0.0774, "StepTime": 233610, "IterationsPerSecond": 1 / 233.61}),
    # ---------------------------------------------------------------- keras-rl SARSA on CartPole (pasted with list numbers): one line per episode
    # 43587 counts environment steps; steps per second is the environment's rate; loss is the episode's mean loss
    dict(fw='keras-rl', src='https://github.com/keras-rl/keras-rl/pull/80',
         line='20.  43587/50000: episode: 588, duration: 0.930s, episode steps: 180, steps per second: 194, episode reward: 180.000, mean reward: 1.000 [1.000, 1.000], mean action: 0.494 [0.000, 1.000], mean observation: -0.425 [-2.404, 0.976], loss: 4.918419, mean_absolute_error: 32.250721, mean_q: 64.780350',
         want={"TrainLoss": 4.918419}, optional={"Step": 43587}),
    dict(fw='keras-rl', src='https://github.com/keras-rl/keras-rl/pull/80',
         line='23.  44317/50000: episode: 591, duration: 1.210s, episode steps: 232, steps per second: 192, episode reward: 232.000, mean reward: 1.000 [1.000, 1.000], mean action: 0.496 [0.000, 1.000], mean observation: -0.466 [-2.409, 0.790], loss: 4.001917, mean_absolute_error: 28.706333, mean_q: 57.565121',
         want={"TrainLoss": 4.001917}, optional={"Step": 44317}),
    # ---------------------------------------------------------------- rl-blox SAC (flax.nnx, cleanrl-style prints): episode returns and per-1000-step losses
    dict(fw='ad-hoc print (RL)', src='https://github.com/mlaux1/rl-blox/pull/53',
         line='global_step=8199, episodic_return=-1052.5259566705017',
         want={}, optional={"Step": 8199}),
    # one critic's loss with the environment step
    dict(fw='ad-hoc print (RL)', src='https://github.com/mlaux1/rl-blox/pull/53',
         line='losses/q1_loss 4.8823843 9000',
         want={}, optional={"Step": 9000}),
    dict(fw='ad-hoc print (RL)', src='https://github.com/mlaux1/rl-blox/pull/53',
         line='losses/alpha [0.12118255] 9000',
         want={}, optional={"Step": 9000}),
    # ---------------------------------------------------------------- fairseq (hydra-era train_inner): big-batch NMT before it diverged
    dict(fw='fairseq', src='https://github.com/facebookresearch/fairseq/issues/3633',
         line='2021-06-17 19:31:55 | INFO | train_inner | epoch 003:   4337 / 76693 loss=3.484, nll_loss=1.628, ppl=3.09, wps=91261.6, ups=3.72, wpb=24516.2, bsz=1127, num_updates=157700, lr=9.00926e-05, gnorm=3.132, loss_scale=0.0001, train_wall=27, wall=43731',
         want={"Step": 157700, "TrainLoss": 3.484, "TokensPerSecond": 91261.6, "IterationsPerSecond": 3.72, "GradNorm": 3.132}),
    # ---------------------------------------------------------------- fairseq-py 0.x (2017): per-epoch train summary and validation line
    # the epoch's train summary: nan loss and gnorm; words/s is the epoch average
    dict(fw='fairseq', src='https://github.com/facebookresearch/fairseq/issues/79',
         line='| epoch 002 | train loss nan | train ppl 11111111.00 | s/checkpoint      60 | words/s   1294 | words/batch   1675 | bsz   128 | lr 0.250000 | clip  94% | gnorm nan',
         want={}, optional={"TokensPerSecond": 1294}),
    # ---------------------------------------------------------------- fairseq (Lua/Torch): update lines, checkpoint summaries
    dict(fw='fairseq-lua', src='https://github.com/facebookresearch/fairseq-lua/issues/38',
         line='| epoch 000 | 0001000 updates | words/s    4328| trainloss     8.72 | train ppl   420.34',
         want={"TrainLoss": 8.72, "TokensPerSecond": 4328}, optional={"Step": 1000}),
    dict(fw='fairseq-lua', src='https://github.com/facebookresearch/fairseq-lua/issues/38',
         line='| checkpoint 001 | epoch 001 | 0002645 updates | s/checkpnt     767 | words/s    4461 | lr 0.250000',
         want={}, optional={"Step": 2645, "TokensPerSecond": 4461}),
    dict(fw='fairseq-lua', src='https://github.com/facebookresearch/fairseq-lua/issues/38',
         line='| checkpoint 001 | epoch 001 | 0002645 updates | validloss     5.87 | valid ppl    58.37 | testloss     5.82 | test ppl    56.55',
         want={"ValLoss": 5.87}, optional={"Step": 2645}),
    # ---------------------------------------------------------------- musubi-tuner (HunyuanVideo LoRA, Windows): a checkpoint save between bar refreshes
    dict(fw='musubi-tuner', src='https://github.com/kohya-ss/musubi-tuner/issues/26',
         line='saving checkpoint: D:/Msubi/musubi-tuner/Output/P4ulink4_test2\\P4ulink4_512_test_2-000002.safetensors',
         want={}),
    # ---------------------------------------------------------------- ESPnet2 ASR fine-tune: a trainer warning, no progress
    dict(fw='ESPnet', src='https://github.com/espnet/espnet/issues/3630',
         line='(trainer:582) WARNING: The grad norm is nan. Skipping updating the model.',
         want={}),
    # ---------------------------------------------------------------- MXNet Gluon image classification (Speedometer, tabs kept): per-batch speed, no loss
    dict(fw='MXNet', src='https://github.com/apache/mxnet/issues/11284',
         line='INFO:root:Epoch[0] Batch [39]\tSpeed: 2052.376520 samples/sec\taccuracy=1.000000, top_k_accuracy_5=0.975000',
         want={"SamplesPerSecond": 2052.37652}, optional={"Step": 39}),
    # ---------------------------------------------------------------- MXNet R package speedometer (MNIST on CPU)
    dict(fw='MXNet (R)', src='https://github.com/apache/mxnet/pull/3932',
         line='Batch [150] Speed: 21955.4859790534 samples/sec Train-accuracy=0.2790625',
         want={"SamplesPerSecond": 21955.4859790534}, optional={"Step": 150}),
    # ---------------------------------------------------------------- sentence-transformers (HF Trainer, newer transformers that print values as strings)
    dict(fw='sentence-transformers', src='https://github.com/huggingface/sentence-transformers/issues/3756',
         line="{'loss': '0.9154', 'grad_norm': '0.7672', 'learning_rate': '3.057e-07', 'epoch': '0.6645'}",
         want={"TrainLoss": 0.9154, "GradNorm": 0.7672}),
    dict(fw='sentence-transformers', src='https://github.com/huggingface/sentence-transformers/issues/3756',
         line="{'loss': '0.9028', 'grad_norm': '0.7221', 'learning_rate': '2.664e-07', 'epoch': '0.6895'}",
         want={"TrainLoss": 0.9028, "GradNorm": 0.7221}),
    # ---------------------------------------------------------------- HF Trainer log dicts pasted through a word processor (typographic quotes kept)
    dict(fw='HF Trainer', src='https://github.com/huggingface/transformers/issues/33336',
         line='{‘loss’: 1.453, ‘grad_norm’: 2.474428415298462, ‘learning_rate’: 4.682539682539683e-05, ‘epoch’: 0.19}',
         want={"TrainLoss": 1.453, "GradNorm": 2.474428415298462}),
    dict(fw='HF Trainer', src='https://github.com/huggingface/transformers/issues/33336',
         line='{‘loss’: 1.5651, ‘grad_norm’: 2.5934836864471436, ‘learning_rate’: 1.8253968253968254e-05, ‘epoch’: 1.9}',
         want={"TrainLoss": 1.5651, "GradNorm": 2.5934836864471436}),
    # ---------------------------------------------------------------- Mozilla DeepSpeech 0.8 (TF1): one summary line per epoch and phase
    # Loss is the epoch's mean training loss; Steps counts the epoch's batches
    dict(fw='DeepSpeech', src='https://github.com/mozilla/DeepSpeech/issues/3620',
         line='Epoch 42 |   Training | Elapsed Time: 2:40:25 | Steps: 6275 | Loss: 4.610984',
         want={"TrainLoss": 4.610984}, optional={"Step": 6275}),
    # validation phase: its loss is ValLoss, its step count is not the training step
    dict(fw='DeepSpeech', src='https://github.com/mozilla/DeepSpeech/issues/3620',
         line='Epoch 42 | Validation | Elapsed Time: 0:15:08 | Steps: 784 | Loss: 4.063824 | Dataset: data/dev_distributed.csv',
         want={"ValLoss": 4.063824}),
    # checkpoint notice (the number in the path is the global step)
    dict(fw='DeepSpeech', src='https://github.com/mozilla/DeepSpeech/issues/3620',
         line='I Saved new best validating model with loss 4.063824 to: /work/ssd/DeepSpeech/checkpoints/best_dev-1002347',
         want={}, optional={"ValLoss": 4.063824}),
    # ---------------------------------------------------------------- RVC (VITS-based voice conversion, Python logging): GAN parts, [global_step, lr], epoch ends
    dict(fw='RVC (VITS)', src='https://github.com/RVC-Project/Retrieval-based-Voice-Conversion-WebUI/issues/507',
         line='INFO:Kobo-Kanaeru-First-Try:====> Epoch: 1 [2023-06-11 08:52:05] | (1:32:29.395655)',
         want={}),
    # [global step, learning rate]
    dict(fw='RVC (VITS)', src='https://github.com/RVC-Project/Retrieval-based-Voice-Conversion-WebUI/issues/507',
         line='INFO:Kobo-Kanaeru-First-Try:[400, 9.99750015625e-05]',
         want={}, optional={"Step": 400}),
    # generator and discriminator parts only, no single training loss
    dict(fw='RVC (VITS)', src='https://github.com/RVC-Project/Retrieval-based-Voice-Conversion-WebUI/issues/507',
         line='INFO:Kobo-Kanaeru-First-Try:loss_disc=3.253, loss_gen=4.051, loss_fm=15.998,loss_mel=22.939, loss_kl=9.000',
         want={}),
    dict(fw='RVC (VITS)', src='https://github.com/RVC-Project/Retrieval-based-Voice-Conversion/issues/11',
         line='INFO:xx:[110200, 9.421142503636453e-05]',
         want={}, optional={"Step": 110200}),
    # ---------------------------------------------------------------- ESPnet2 VITS (GAN trainer debug print): discriminator losses only
    dict(fw='ESPnet', src='https://github.com/espnet/espnet/pull/3423',
         line=" (gan_trainer:202) INFO: {'discriminator_loss': tensor([143.3864], device='cuda:0'), 'discriminator_real_loss': tensor([63.4441], device='cuda:0'), 'discriminator_fake_loss': tensor([79.9424], device='cuda:0')}",
         want={}),
    # ---------------------------------------------------------------- PaddleDetection 0.x (YOLOv3 on a road-sign set, CPU): the log before and after ips was added
    # time is the mean time per iteration in seconds (unit not printed)
    dict(fw='PaddleDetection', src='https://github.com/PaddlePaddle/PaddleDetection/pull/1507',
         line="2020-09-25 10:58:01,319-INFO: iter: 20, lr: 0.000047, 'loss': '29.493576', time: 32.155, eta: 10:32:22",
         want={"Step": 20, "TrainLoss": 29.493576}, optional={"StepTime": 32155}),
    dict(fw='PaddleDetection', src='https://github.com/PaddlePaddle/PaddleDetection/pull/1507',
         line="2020-09-25 15:11:54,840-INFO: iter: 2, lr: 0.000035, 'loss': '1264.233521', batch_cost: 20.69376 s, eta: 6:53:11, ips: 0.38659 images/sec",
         want={"Step": 2, "TrainLoss": 1264.233521, "StepTime": 20693.76, "SamplesPerSecond": 0.38659}),
    # the first iteration: no timing yet
    dict(fw='PaddleDetection', src='https://github.com/PaddlePaddle/PaddleDetection/pull/1512',
         line="2020-09-25 18:39:47,914-INFO: iter: 0, lr: 0.000033, 'loss': '7231.944336', eta: 0:00:00, batch_cost: 0.00008 sec, ips: 103883.69040 images/sec",
         want={"Step": 0, "TrainLoss": 7231.944336, "StepTime": 0.08, "SamplesPerSecond": 103883.6904}),
    dict(fw='PaddleDetection', src='https://github.com/PaddlePaddle/PaddleDetection/pull/1512',
         line="2020-09-25 18:44:31,000-INFO: iter: 10, lr: 0.000040, 'loss': '43.708477', eta: 8:12:32, batch_cost: 24.83382 sec, ips: 0.32214 images/sec",
         want={"Step": 10, "TrainLoss": 43.708477, "StepTime": 24833.82, "SamplesPerSecond": 0.32214}),
    # ---------------------------------------------------------------- Composer / LLM Foundry (chat fine-tuning): startup notices only
    dict(fw='Composer', src='https://github.com/mosaicml/llm-foundry/pull/884',
         line='2024-01-19 15:51:45,566: rank0[11406][MainThread]: INFO: composer.trainer.trainer: Setting seed to 17',
         want={}),
    # ---------------------------------------------------------------- FB-SSEM (PyTorch-tutorial style loop, one line per batch and camera, tab before Loss)
    # [i/n] counts the epoch's batches; Srno is the camera index
    dict(fw='ad-hoc print', src='https://github.com/volvo-cars/FB-SSEM-dataset/issues/5',
         line='Train Epoch: 0 [7007/7010 Srno: 1 (100%)]\tLoss: 0.207433',
         want={"TrainLoss": 0.207433}, optional={"Step": 7007}),
    dict(fw='ad-hoc print', src='https://github.com/volvo-cars/FB-SSEM-dataset/issues/5',
         line='Train Epoch: 0 [7010/7010 Srno: 0 (100%)]\tLoss: 0.096523',
         want={"TrainLoss": 0.096523}, optional={"Step": 7010}),
    # the epoch's average training loss (trailing blank kept)
    dict(fw='ad-hoc print', src='https://github.com/volvo-cars/FB-SSEM-dataset/issues/5',
         line='Train Error: Avg loss: 0.232530 ',
         want={}, optional={"TrainLoss": 0.23253}),
    # the held-out evaluation after the epoch
    dict(fw='ad-hoc print', src='https://github.com/volvo-cars/FB-SSEM-dataset/issues/5',
         line='Test Error: Avg loss: 0.062938',
         want={"ValLoss": 0.062938}),
    # ---------------------------------------------------------------- pytorch-tutorial image captioning: Epoch [e/E], Step [i/n] within the epoch
    dict(fw='ad-hoc print', src='https://github.com/yunjey/pytorch-tutorial/issues/14',
         line='Epoch [0/5], Step [0/22], Loss: 4.7755, Perplexity: 118.5671',
         want={"TrainLoss": 4.7755}, optional={"Step": 0}),
    # ---------------------------------------------------------------- TensorFlow CIFAR-10 tutorial (cifar10_train / cifar10_estimator): step, loss, examples/sec, sec/batch
    dict(fw='TensorFlow (tutorial)', src='https://github.com/tensorflow/models/issues/4090',
         line='2018-04-25 13:29:15.322751: step 380, loss = 3.31 (11381.4 examples/sec; 0.022 sec/batch)',
         want={"Step": 380, "TrainLoss": 3.31, "SamplesPerSecond": 11381.4, "StepTime": 22}),
    dict(fw='TensorFlow (tutorial)', src='https://github.com/tensorflow/models/issues/1264',
         line='2017-03-28 14:51:11.551747: step 700, loss = 3.04 (677.4 examples/sec; 0.189 sec/batch)',
         want={"Step": 700, "TrainLoss": 3.04, "SamplesPerSecond": 677.4, "StepTime": 189}),
    # ---------------------------------------------------------------- YOLOv5-OBB user's nvidia-smi paste: a GPU row, no training progress
    dict(fw='nvidia-smi', src='https://github.com/hukaixuan19970627/yolov5_obb/issues/319',
         line='| 41%   72C    P2   216W / 220W |   9070MiB / 11178MiB |    100%      Default |',
         want={}),
    # ---------------------------------------------------------------- Swin Transformer (official main.py, tab-separated): current value with the running average in brackets
    # [e/E][i/n]: i counts the epoch's batches
    dict(fw='Swin Transformer', src='https://github.com/microsoft/Swin-Transformer/issues/183',
         line='[2022-03-14 09:05:16 swin_v1_tiny_patch4_window7_224_WindowAttention] (main.py 226): INFO Train: [14/300][250/1251]\teta 0:10:52 lr 0.000710\ttime 0.6408 (0.6516)\tloss 6.5584 (6.3074)\tgrad_norm 6.5613 (10.6225)\tmem 14764MB',
         want={"TrainLoss": 6.5584, "GradNorm": 6.5613, "StepTime": 640.8}, optional={"Step": 250}),
    dict(fw='Swin Transformer', src='https://github.com/microsoft/Swin-Transformer/issues/183',
         line='[2022-03-14 09:05:48 swin_v1_tiny_patch4_window7_224_WindowAttention] (main.py 226): INFO Train: [14/300][300/1251]\teta 0:10:17 lr 0.000712\ttime 0.6398 (0.6494)\tloss 6.0243 (6.2928)\tgrad_norm 8.5172 (10.1990)\tmem 14764MB',
         want={"TrainLoss": 6.0243, "GradNorm": 8.5172, "StepTime": 639.8}, optional={"Step": 300}),
    # the same logger pasted with its tabs turned into blanks; the running grad_norm average is inf
    dict(fw='Swin Transformer', src='https://github.com/microsoft/Swin-Transformer/issues/50',
         line='[2021-04-25 21:57:25 swin_tiny_patch4_window7_224](main.py 221): INFO Train: [3/300][370/1251]  eta 0:08:57 lr 0.000166 time 0.6068 (0.6098)    loss 6.3568 (6.1324)    grad_norm 2.0382 (inf)  mem 11818MB',
         want={"TrainLoss": 6.3568, "GradNorm": 2.0382, "StepTime": 606.8}, optional={"Step": 370}),
    # ---------------------------------------------------------------- TRL GRPOTrainer with vLLM colocated under DeepSpeed (wall-clock breakdown on)
    # DeepSpeed's per-phase timer line: step is the optimizer-step phase in ms, not a step count or a step time
    dict(fw='DeepSpeed', src='https://github.com/huggingface/trl/issues/4086',
         line='[2025-09-15 14:48:06,452] [INFO] [logging.py:107:log_dist] [Rank 0] time (ms) | fwd: 114577.10 | bwd: 117430.12 | bwd_inner: 117138.34 | bwd_allreduce: 286.16 | step: 105.42',
         want={}),
    # the Trainer's bar: optimizer steps so far
    dict(fw='HF Trainer', src='https://github.com/huggingface/trl/issues/4086',
         line='  0%|          | 3/1562 [18:48<164:33:29, 379.99s/it]',
         want={}, optional={"Step": 3, "StepTime": 379990, "IterationsPerSecond": 1 / 379.99}),
    # ---------------------------------------------------------------- PairNorm (deep GCN on Cora): one line per epoch with train and val loss
    dict(fw='ad-hoc print (GNN)', src='https://github.com/LingxiaoShawn/PairNorm/issues/1',
         line='Epoch 0: train loss 2.023 train acc: 0.157, val loss: 1.963 val acc 0.156.',
         want={"TrainLoss": 2.023, "ValLoss": 1.963}),
    dict(fw='ad-hoc print (GNN)', src='https://github.com/LingxiaoShawn/PairNorm/issues/1',
         line='Epoch 9: train loss 1.908 train acc: 0.157, val loss: 1.954 val acc 0.160.',
         want={"TrainLoss": 1.908, "ValLoss": 1.954}),
    # ---------------------------------------------------------------- DE-GNN (absl-style logging): the command line echoed at start
    dict(fw='ad-hoc logging (GNN)', src='https://github.com/snap-stanford/distance-encoding/issues/6',
         line='I1112 15:45:48.273541 140547172456256 log.py:30] Command line executed: python main.py --dataset celegans_tri --hidden_features 100 --prop_depth 2 --epoch 300 --feature sp --max_sp 5 --test_ratio 0.1 --seed 9 --metric acc',
         want={}),
    # ---------------------------------------------------------------- GAT (TensorFlow, sparse variant): one line per epoch, training and validation
    # Time is a rate in graphs per second as printed
    dict(fw='ad-hoc print (GNN)', src='https://github.com/PetarV-/GAT/issues/1',
         line='Training: loss = 1.63155, acc = 0.50714 | Val: loss = 1.70797, acc = 0.47200 | Time: 16.76185 (graph/s)',
         want={"TrainLoss": 1.63155, "ValLoss": 1.70797}, optional={"SamplesPerSecond": 16.76185}),
    dict(fw='ad-hoc print (GNN)', src='https://github.com/PetarV-/GAT/issues/1',
         line='Training: loss = 1.43123, acc = 0.55000 | Val: loss = 1.69297, acc = 0.49800 | Time: 16.79870 (graph/s)',
         want={"TrainLoss": 1.43123, "ValLoss": 1.69297}, optional={"SamplesPerSecond": 16.7987}),
    # ---------------------------------------------------------------- HGNN (transfer-learning-tutorial loop): phase lines per epoch
    dict(fw='ad-hoc print (GNN)', src='https://github.com/iMoonLab/HGNN/issues/10',
         line='train Loss: 0.0548 Acc: 0.9879',
         want={"TrainLoss": 0.0548}),
    dict(fw='ad-hoc print (GNN)', src='https://github.com/iMoonLab/HGNN/issues/10',
         line='val Loss: 0.6185 Acc: 0.9603',
         want={"ValLoss": 0.6185}),
    # ---------------------------------------------------------------- kernel-CNN graph classification: epoch averages, then a validation average
    # Avg Time x Batch is seconds per batch (unit not printed)
    dict(fw='ad-hoc print (GNN)', src='https://github.com/giannisnik/cnn-graph-classification/issues/3',
         line='Epoch: [99] Avg accuracy 0.762; Average Loss 0.451; Avg Time x Batch 0.007',
         want={"TrainLoss": 0.451}, optional={"StepTime": 7}),
    # the evaluation after the epoch; the line itself does not say which split
    dict(fw='ad-hoc print (GNN)', src='https://github.com/giannisnik/cnn-graph-classification/issues/3',
         line=' * Average accuracy 0.700; Average Loss 0.727',
         want={}, optional={"ValLoss": 0.727}),
    # ---------------------------------------------------------------- StyleGAN2 (PyTorch port): the step bar under a metrics block
    dict(fw='StyleGAN2 (PyTorch)', src='https://github.com/adriansahlman/stylegan2_pytorch/issues/15',
         line='0%|          | 14/1000000 [00:51<634:57:52,  2.29s/it]',
         want={}, optional={"Step": 14, "StepTime": 2290, "IterationsPerSecond": 1 / 2.29}),
    # ---------------------------------------------------------------- musika (TF2 GAN for music): epoch bar with the GAN parts in the postfix
    # TIME is the mean seconds per step as printed (unit not printed)
    dict(fw='musika', src='https://github.com/marcoppasini/musika/issues/22',
         line='Epoch 41/250: 100%|████████████████| 9375/9375 [07:11<00:00, 21.73it/s, DR=713, DF=nan, G=nan, GP=2.16e+4, LR=0.0001, TIME=0.0615]',
         want={}, optional={"Step": 9375, "IterationsPerSecond": 21.73, "StepTime": 61.5}),
    # ---------------------------------------------------------------- PSGAN (pix2pix-tensorflow style progress block)
    # step counts within the epoch; image/sec is the training throughput
    dict(fw='pix2pix-tensorflow', src='https://github.com/zhysora/PSGan-Family/issues/10',
         line='progress  epoch 50  step 602  image/sec 35.7  remaining 0m',
         want={"SamplesPerSecond": 35.7}, optional={"Step": 602}),
    dict(fw='pix2pix-tensorflow', src='https://github.com/zhysora/PSGan-Family/issues/10',
         line='gen_loss_L1 380.16928',
         want={}),
    # ---------------------------------------------------------------- BasicSR (old ESRGAN codebase, 2019): <epoch, iter, lr> then the GAN parts (trailing blank kept)
    # no single training loss: generator pixel/feature/GAN parts and discriminator parts; iter is the global iteration with a thousands comma
    dict(fw='BasicSR', src='https://github.com/XPixelGroup/BasicSR/issues/204',
         line='19-08-09 08:25:25.996 - INFO: <epoch: 86, iter: 107,200, lr:2.500e-05> l_g_pix: 1.4819e-03 l_g_fea: 1.0389e+00 l_g_gan: 7.2056e-02 l_d_real: 1.4378e-05 l_d_fake: 4.0903e-06 D_real: -2.5625e+01 D_fake: -4.0036e+01 ',
         want={"Step": 107200}),
    # validation PSNR at an iteration
    dict(fw='BasicSR', src='https://github.com/XPixelGroup/BasicSR/issues/204',
         line='19-08-09 08:23:24.709 - INFO: <epoch: 86, iter: 107,000> psnr: 1.3831e+01',
         want={}, optional={"Step": 107000}),
    # ---------------------------------------------------------------- BasicSR 1.x (ESRGAN fine-tune): [epoch, iter, lr] [eta, time (data)] and the GAN parts
    dict(fw='BasicSR', src='https://github.com/XPixelGroup/BasicSR/issues/269',
         line='2020-08-15 15:50:30,390 INFO: [My_ES..][epoch:207, iter:  20,100, lr:(1.000e-04,)] [eta: 1 day, 18:13:17, time (data): 0.365 (0.002)] l_g_pix: 3.1516e-04 l_g_percep: 5.2308e-01 l_g_gan: 4.2322e-02 l_d_real: 2.6469e-04 l_d_fake: 2.4991e-04 out_d_real: 9.1384e+01 out_d_fake: 8.2920e+01',
         want={"Step": 20100, "StepTime": 365}),
    dict(fw='BasicSR', src='https://github.com/XPixelGroup/BasicSR/issues/269',
         line='2020-08-15 15:52:26,426 INFO: [My_ES..][epoch:210, iter:  20,400, lr:(1.000e-04,)] [eta: 1 day, 18:10:02, time (data): 0.377 (0.002)] l_g_pix: 3.3959e-04 l_g_percep: 6.2266e-01 l_g_gan: 9.3960e-03 l_d_real: 2.0036e-01 l_d_fake: 1.9684e-01 out_d_real: 1.1326e+02 out_d_fake: 1.1158e+02',
         want={"Step": 20400, "StepTime": 377}),
    # ---------------------------------------------------------------- keithito Tacotron (TF1): Step N [s/step, loss, avg_loss]
    # the first steps include graph building: the sec/step is a running average
    dict(fw='Tacotron (keithito)', src='https://github.com/keithito/tacotron/issues/96',
         line='Step 1       [195.738 sec/step, loss=1.03379, avg_loss=1.03379]',
         want={"Step": 1, "StepTime": 195738, "TrainLoss": 1.03379}),
    dict(fw='Tacotron (keithito)', src='https://github.com/keithito/tacotron/issues/96',
         line='Step 16      [16.784 sec/step, loss=0.96318, avg_loss=1.01341]',
         want={"Step": 16, "StepTime": 16784, "TrainLoss": 0.96318}),
    dict(fw='Tacotron (keithito)', src='https://github.com/keithito/tacotron/issues/96',
         line='Generated 32 batches of size 32 in 191.780 sec',
         want={}),
    # ---------------------------------------------------------------- Real-Time-Voice-Cloning synthesizer (Tacotron fork): the loss and its parts (one line, no closing bracket)
    dict(fw='Tacotron (RTVC)', src='https://github.com/CorentinJ/Real-Time-Voice-Cloning/issues/81',
         line='Step    4000 [3.131 sec/step, loss=1.05912,before_loss=0.37384,after_loss=0.21408,stok_token_loss=0.01239,regula_loss=0.00058,linear_loss=0.45822, avg_loss=1.08960',
         want={"Step": 4000, "StepTime": 3131, "TrainLoss": 1.05912}),
    # ---------------------------------------------------------------- NVIDIA tacotron2 train.py (LJSpeech, 3 GPUs): Train loss <iter> <loss> Grad Norm <g> <s>s/it
    # s/it is the duration of that iteration
    dict(fw='tacotron2 (NVIDIA)', src='https://github.com/NVIDIA/tacotron2/issues/368',
         line='Train loss 1 35.229748 Grad Norm 25.020286 3.79s/it',
         want={"Step": 1, "TrainLoss": 35.229748, "GradNorm": 25.020286, "StepTime": 3790}, optional={"IterationsPerSecond": 1 / 3.79}),
    # validation at iteration 0 (two trailing blanks, as printed)
    dict(fw='tacotron2 (NVIDIA)', src='https://github.com/NVIDIA/tacotron2/issues/368',
         line='Validation loss 0: 37.061010  ',
         want={"ValLoss": 37.06101}, optional={"Step": 0}),
    dict(fw='tacotron2 (NVIDIA)', src='https://github.com/NVIDIA/tacotron2/issues/368',
         line='Saving model and optimizer state at iteration 61000 to /data/models/ljspeech_models/waveglow_04242020/checkpoint_61000',
         want={}, optional={"Step": 61000}),
    dict(fw='tacotron2 (NVIDIA)', src='https://github.com/NVIDIA/tacotron2/issues/368',
         line='Train loss 64998 0.302735 Grad Norm 0.958112 4.36s/it',
         want={"Step": 64998, "TrainLoss": 0.302735, "GradNorm": 0.958112, "StepTime": 4360}, optional={"IterationsPerSecond": 1 / 4.36}),
    # ---------------------------------------------------------------- SuperClass (OpenCLIP trainer, CLIP-B/16 reference log): samples seen, not steps
    # [n/N] counts samples; 1802.44/s is the global sample rate, 225.305/s/gpu the per-GPU one
    dict(fw='OpenCLIP', src='https://github.com/x-cls/superclass/issues/11',
         line='2024-11-28,04:49:13 | INFO | Train Epoch: 0 [401612800/512000000 (78%)] Data (t): 1.091 Batch (t): 4.644, 1802.44/s, 225.305/s/gpu LR: 0.000056 Logit Scale: 81.293 Contrastive_loss: 0.51701 (1.6222) Loss: 0.51701 (1.6222)',
         want={"TrainLoss": 0.51701, "StepTime": 4644, "SamplesPerSecond": 1802.44}),
    # ---------------------------------------------------------------- DeBERTa v3 RTD pretraining (pipe-separated logger): one line each for the discriminator [D] and the generator [G]
    # Steps is the global step; the trailing seconds are the time of the last 100 steps, not a step time; which of the two losses is "the" training loss the line does not say
    dict(fw='DeBERTa', src='https://github.com/microsoft/DeBERTa/issues/127',
         line='04/28/2023 10:19:56|INFO|RTD|00| [D][0.0%][-1813.71h] Steps=100, loss=3.7474557736516, examples=6400, loss_scale=4096.0, 653.0s',
         want={"Step": 100}, optional={"TrainLoss": 3.7474557736516}),
    dict(fw='DeBERTa', src='https://github.com/microsoft/DeBERTa/issues/127',
         line='04/28/2023 10:51:04|INFO|RTD|00| [G][0.0%][-1728.56h] Steps=400, loss=5.634530617445708, examples=25600, loss_scale=8192.0, 622.5s',
         want={"Step": 400}, optional={"TrainLoss": 5.634530617445708}),
    # ---------------------------------------------------------------- Caduceus DNA LM (Lightning + Hydra): metrics quoted from the log, one per line
    dict(fw='PyTorch Lightning', src='https://github.com/kuleshov-group/caduceus/issues/11',
         line='  val/loss=0.956',
         want={"ValLoss": 0.956}),
    # ---------------------------------------------------------------- LitGPT pretraining: the end-of-run performance box
    # a whole-run average, not a live rate
    dict(fw='LitGPT', src='https://github.com/Lightning-AI/litgpt/pull/1805',
         line='| - Tok/sec       : 60.93 tok/s',
         want={}, optional={"TokensPerSecond": 60.93}),
    # ---------------------------------------------------------------- nnU-Net v1 (cascade full-res): one value per line at the end of each epoch
    dict(fw='nnU-Net', src='https://github.com/MIC-DKFZ/nnUNet/issues/640',
         line='2021-05-19 10:10:24.764075: train loss : -0.7870',
         want={"TrainLoss": -0.787}),
    dict(fw='nnU-Net', src='https://github.com/MIC-DKFZ/nnUNet/issues/640',
         line='2021-05-19 10:10:41.344283: validation loss: -0.8007',
         want={"ValLoss": -0.8007}),
    # ---------------------------------------------------------------- diffusion-pipe (Wan2.1 video LoRA under DeepSpeed pipeline engine): the engine's step line and the trainer's
    dict(fw='diffusion-pipe', src='https://github.com/tdrussell/diffusion-pipe/issues/410',
         line='steps: 2 loss: 0.0571 iter time (s): 532.811 samples/sec: 0.008',
         want={"Step": 2, "TrainLoss": 0.0571, "StepTime": 532811, "SamplesPerSecond": 0.008}),
    dict(fw='DeepSpeed', src='https://github.com/tdrussell/diffusion-pipe/issues/410',
         line='[2025-09-04 15:35:55,125] [INFO] [logging.py:107:log_dist] [Rank 0] step=3, skipped=0, lr=[3.1904000000000003e-07], mom=[0.0]',
         want={"Step": 3}),
    # ---------------------------------------------------------------- SpeechBrain wav2vec2 CTC recipe (MiniLibriSpeech): one summary line per epoch
    dict(fw='SpeechBrain', src='https://github.com/speechbrain/speechbrain/issues/2067',
         line='epoch: 2, lr_model: 9.00e-01, lr_wav2vec: 1.00e-04 - train loss: 2.95 - valid loss: 2.94, valid CER: 1.00e+02, valid WER: 1.00e+02',
         want={"TrainLoss": 2.95, "ValLoss": 2.94}),
    # ---------------------------------------------------------------- speech-recognition-primer (Keras CTC, custom callback): epoch-end prints, aligned labels
    dict(fw='Keras (custom callback)', src='https://github.com/apoorvnandan/speech-recognition-primer/issues/2',
         line='LOSS     :  20.572273',
         want={"TrainLoss": 20.572273}),
    # ---------------------------------------------------------------- HF Trainer notebook table pasted as markdown: columns without names on the line
    # Step | Training Loss | Validation Loss | Wer | Runtime | Samples Per Second, named only in the header row
    dict(fw='HF Trainer (notebook)', src='https://github.com/huggingface/transformers/issues/10884',
         line='800 | 5.115200 | 4.514411 | 1.000000 | 0.732400 | 6.827000',
         want={}, optional={"Step": 800, "TrainLoss": 5.1152, "ValLoss": 4.514411}),
]
