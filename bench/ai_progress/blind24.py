# A twenty-fourth blind held-out set of progress lines for the AI-training
# pack, collected on 2026-12-08. Every line comes from a training log that
# people committed to their repositories (train.log, logs/train.log,
# log/train.log, train_log.txt, training.out, train.out, train_output.log,
# output/metrics.json, and a run pasted into a Markdown file), read from the
# repository at the commit named in `src`; no issue or pull-request thread
# was used. One log was saved by PowerShell as UTF-16; its lines are given as
# the text they decode to. No source used in heldout.py, fresh.py,
# devset.py, devset2.py or blind.py .. blind22.py was taken again, and none of
# the repositories was read by an earlier set. At most five lines come from
# one source (one repository file). The set was written without looking at
# the pack or its tests, each expectation decided from what the line itself
# prints, and it was frozen before it was scored even once.
# Same fields as heldout.py: the framework or trainer style, where the line was
# seen, the line as printed (tabs, the `\r` that starts a progress-bar
# refresh, backspaces and leading or trailing blanks kept), the progress
# metrics it must yield (`want`) and metrics it may yield or not (`optional`:
# an in-epoch batch counter, an environment-step counter, a tqdm bar's rate, a
# time whose unit or span the line does not print, a running mean over a run
# instead of a per-step value, a loss whose meaning the line leaves open, an
# evaluation loss the line does not label as one, a value in an unlabeled
# column). `want={}` marks a line that holds no training progress: the pack
# stays quiet. StepTime is in milliseconds. A NaN or inf value yields no
# metric.
# A case holds one record: where several `\r` refreshes share a physical
# line, the refresh the case names, from its `\r` up to the next `\r` or
# newline.
# blind23 was collected at the same time by someone else, without
# coordination; lines the two sets share are to be removed afterwards.

CASES = [
    # ---------------------------------------------------------------- ResNet50 currency recogniser (hand-written summary table), committed logs/train.log
    # four unlabeled columns under a header whose labels do not fit the values
    dict(fw='Keras (hand-written summary table)', src='https://github.com/10zinten/Indian-Currency-Recognition/blob/b1e34c1a62176f7499033804bd513d88bd7c5efe/logs/train.log',
         line=' 1.257679  0.458333    0.509317  0.458333',
         want={}, optional={"TrainLoss": 1.257679, "ValLoss": 0.458333}),
    dict(fw='Keras (hand-written summary table)', src='https://github.com/10zinten/Indian-Currency-Recognition/blob/b1e34c1a62176f7499033804bd513d88bd7c5efe/logs/train.log',
         line='  1.248040  0.370833   0.530021  0.370833',
         want={}, optional={"TrainLoss": 1.24804, "ValLoss": 0.370833}),
    # the column header
    dict(fw='Keras (hand-written summary table)', src='https://github.com/10zinten/Indian-Currency-Recognition/blob/b1e34c1a62176f7499033804bd513d88bd7c5efe/logs/train.log',
         line='train loss   va_loss  train_acc   val_acc',
         want={}),
    # ---------------------------------------------------------------- n-tuple TD learning for 2048 (print loop), committed training.out
    # TD error over an episode and the moves the episode took; no optimizer step is named
    dict(fw='ad-hoc print (TD learning)', src='https://github.com/gcobs104628/DRL-Assignment-2/blob/8e350c60577d14280837f2b1b4eea0d113c62c4f/training.out',
         line='Episode 1/30, Steps: 174, Score: 1704, Max Tile: 128 TD Error: 46.800007 Alpha: 0.100000',
         want={}, optional={"TrainLoss": 46.800007, "Step": 174}),
    dict(fw='ad-hoc print (TD learning)', src='https://github.com/gcobs104628/DRL-Assignment-2/blob/8e350c60577d14280837f2b1b4eea0d113c62c4f/training.out',
         line='Episode 9/30, Steps: 192, Score: 2296, Max Tile: 256 TD Error: 87.384582 Alpha: 0.099999',
         want={}, optional={"TrainLoss": 87.384582, "Step": 192}),
    # a move of a demonstration game
    dict(fw='ad-hoc print (TD learning)', src='https://github.com/gcobs104628/DRL-Assignment-2/blob/8e350c60577d14280837f2b1b4eea0d113c62c4f/training.out',
         line='Step 2: Action = Left, Reward = 4',
         want={}, optional={"Step": 2}),
    # ---------------------------------------------------------------- Pokemon CNN (Keras with a tqdm callback routed through logging), committed train_log.txt
    # the bar counts batches of the epoch; the loss is the postfix
    dict(fw='Keras (tqdm callback via logging)', src='https://github.com/CTMX-Zhen/pokemon_classification/blob/a9c711fafca7b16fc29f4eefd779d1eb786e6ee3/train_log.txt',
         line='2025-06-14 22:56:55,529 - INFO - 1%|1         | 2.00/171 [00:01<01:18, 2.14batch/s, accuracy=0.0156, loss=5.32]',
         want={"TrainLoss": 5.32}, optional={"Step": 2, "IterationsPerSecond": 2.14}),
    dict(fw='Keras (tqdm callback via logging)', src='https://github.com/CTMX-Zhen/pokemon_classification/blob/a9c711fafca7b16fc29f4eefd779d1eb786e6ee3/train_log.txt',
         line='2025-06-14 22:56:58,345 - INFO - 13%|#2        | 22.0/171 [00:03<00:20, 7.14batch/s, accuracy=0.0071, loss=5.07]',
         want={"TrainLoss": 5.07}, optional={"Step": 22, "IterationsPerSecond": 7.14}),
    dict(fw='Keras (tqdm callback via logging)', src='https://github.com/CTMX-Zhen/pokemon_classification/blob/a9c711fafca7b16fc29f4eefd779d1eb786e6ee3/train_log.txt',
         line='2025-06-14 22:57:05,794 - INFO - 43%|####3     | 74.0/171 [00:11<00:13, 7.10batch/s, accuracy=0.00802, loss=5.02]',
         want={"TrainLoss": 5.02}, optional={"Step": 74, "IterationsPerSecond": 7.1}),
    dict(fw='Keras (tqdm callback via logging)', src='https://github.com/CTMX-Zhen/pokemon_classification/blob/a9c711fafca7b16fc29f4eefd779d1eb786e6ee3/train_log.txt',
         line='2025-06-14 22:56:54,455 - INFO - 0%|          | 0.00/171 [00:00<?, ?batch/s]',
         want={}, optional={"Step": 0}),
    # data stats
    dict(fw='Keras (tqdm callback via logging)', src='https://github.com/CTMX-Zhen/pokemon_classification/blob/a9c711fafca7b16fc29f4eefd779d1eb786e6ee3/train_log.txt',
         line='2025-06-14 22:56:53,093 - INFO - Training dataset batches: 171',
         want={}),
    # ---------------------------------------------------------------- CNN-BiLSTM hangman solver (print loop after tqdm bars), committed train_log.txt
    dict(fw='ad-hoc print (CNN-BiLSTM)', src='https://github.com/DarshilDC05/CNN_BiLSTM_Hangman_AI/blob/2239c9abd612600ceae1c6064d1bc8cb45963fef/train_log.txt',
         line='Epoch 1 | Train Loss: 1.2435 | Val Loss: 1.1773 | Val Accuracy: 62.52%',
         want={"TrainLoss": 1.2435, "ValLoss": 1.1773}),
    dict(fw='ad-hoc print (CNN-BiLSTM)', src='https://github.com/DarshilDC05/CNN_BiLSTM_Hangman_AI/blob/2239c9abd612600ceae1c6064d1bc8cb45963fef/train_log.txt',
         line='Epoch 4 | Train Loss: 1.1771 | Val Loss: 1.1462 | Val Accuracy: 63.53%',
         want={"TrainLoss": 1.1771, "ValLoss": 1.1462}),
    dict(fw='ad-hoc print (CNN-BiLSTM)', src='https://github.com/DarshilDC05/CNN_BiLSTM_Hangman_AI/blob/2239c9abd612600ceae1c6064d1bc8cb45963fef/train_log.txt',
         line='Epoch 5 | Train Loss: 1.1714 | Val Loss: 1.1417 | Val Accuracy: 63.68%',
         want={"TrainLoss": 1.1714, "ValLoss": 1.1417}),
    dict(fw='ad-hoc print (CNN-BiLSTM)', src='https://github.com/DarshilDC05/CNN_BiLSTM_Hangman_AI/blob/2239c9abd612600ceae1c6064d1bc8cb45963fef/train_log.txt',
         line='Fine-Tune Epoch 2 | Train Loss: 0.9583 | Val Loss: 0.9281 | Val Accuracy: 70.09%',
         want={"TrainLoss": 0.9583, "ValLoss": 0.9281}),
    # games won out of games played
    dict(fw='ad-hoc print (CNN-BiLSTM)', src='https://github.com/DarshilDC05/CNN_BiLSTM_Hangman_AI/blob/2239c9abd612600ceae1c6064d1bc8cb45963fef/train_log.txt',
         line='144 in 321',
         want={}),
    # ---------------------------------------------------------------- sequential recommender (bare print of loss and batch index), committed train_log.txt
    # two unlabeled numbers: a loss and the batch index within the epoch
    dict(fw='ad-hoc print (recommendation)', src='https://github.com/ConnrLin/RecModel/blob/81fab89859da7ca44e6db738b8f08bcc2c4ade93/train_log.txt',
         line='10.19383716583252, 100',
         want={}, optional={"TrainLoss": 10.19383716583252, "Step": 100}),
    dict(fw='ad-hoc print (recommendation)', src='https://github.com/ConnrLin/RecModel/blob/81fab89859da7ca44e6db738b8f08bcc2c4ade93/train_log.txt',
         line='10.155258178710938, 700',
         want={}, optional={"TrainLoss": 10.155258178710938, "Step": 700}),
    # ---------------------------------------------------------------- Darknet YOLOv3 mask detector (network summary before a crash), committed train_log.txt
    # "iou loss" names the loss type
    dict(fw='Darknet', src='https://github.com/Aayushjshah/maskDetectionYolov3/blob/9f764502e227780ddeeb365c5f712f2f248d93e9/train_log.txt',
         line='[yolo] params: iou loss: mse (2), iou_norm: 0.75, obj_norm: 1.00, cls_norm: 1.00, delta_norm: 1.00, scale_x_y: 1.00',
         want={}),
    dict(fw='Darknet', src='https://github.com/Aayushjshah/maskDetectionYolov3/blob/9f764502e227780ddeeb365c5f712f2f248d93e9/train_log.txt',
         line='  83 route  79 \t\t                           ->   13 x  13 x 512 ',
         want={}),
    # ---------------------------------------------------------------- TinyLlama knowledge-graph completion with LoRA (HF Trainer printed dicts under Colab), committed train_log.txt
    dict(fw='HF Trainer', src='https://github.com/AdamHermes/MKGL-master/blob/fd8c9cc76f116158d056395578cdff3837ca0bea/train_log.txt',
         line="{'loss': 0.691, 'grad_norm': 0.058062177151441574, 'learning_rate': 0.0047265625, 'epoch': 0.45}",
         want={"TrainLoss": 0.691, "GradNorm": 0.058062177151441574}),
    dict(fw='HF Trainer', src='https://github.com/AdamHermes/MKGL-master/blob/fd8c9cc76f116158d056395578cdff3837ca0bea/train_log.txt',
         line="{'loss': 0.6959, 'grad_norm': 0.06790070980787277, 'learning_rate': 0.001796875, 'epoch': 3.27}",
         want={"TrainLoss": 0.6959, "GradNorm": 0.06790070980787277}),
    # evaluation after an epoch
    dict(fw='HF Trainer', src='https://github.com/AdamHermes/MKGL-master/blob/fd8c9cc76f116158d056395578cdff3837ca0bea/train_log.txt',
         line="{'eval_loss': 0.695753276348114, 'eval_mr': 1431.6008230452676, 'eval_mrr': 0.0031030639442225605, 'eval_hits@1': 0.0, 'eval_hits@3': 0.00205761316872428, 'eval_hits@10': 0.00823045267489712, 'eval_runtime': 8.7803, 'eval_samples_per_second': 56.034, 'eval_steps_per_second': 3.531, 'epoch': 1.0}",
         want={"ValLoss": 0.695753276348114}),
    # end-of-run averages
    dict(fw='HF Trainer', src='https://github.com/AdamHermes/MKGL-master/blob/fd8c9cc76f116158d056395578cdff3837ca0bea/train_log.txt',
         line="{'train_runtime': 895.934, 'train_samples_per_second': 23.69, 'train_steps_per_second': 1.484, 'train_loss': 0.6904540298576641, 'epoch': 5.0}",
         want={}, optional={"TrainLoss": 0.6904540298576641, "SamplesPerSecond": 23.69, "IterationsPerSecond": 1.484}),
    # the training bar counts optimizer steps over the run
    dict(fw='HF Trainer', src='https://github.com/AdamHermes/MKGL-master/blob/fd8c9cc76f116158d056395578cdff3837ca0bea/train_log.txt',
         line=' 80% 1064/1330 [11:47<02:25,  1.83it/s]',
         want={}, optional={"Step": 1064, "IterationsPerSecond": 1.83}),
    # ---------------------------------------------------------------- CREDIT weather model under torchrun (setup lines before a crash), committed train_log.txt
    dict(fw='CREDIT (torchrun DDP)', src='https://github.com/ILoveSorasakiHina/miles-credit/blob/55b7ce06f52f946f586fca297c15705141daa0d6/train_log.txt',
         line='INFO:root:Running DDP on rank 4 with world_size 8 using nccl.',
         want={}),
    dict(fw='CREDIT (torchrun DDP)', src='https://github.com/ILoveSorasakiHina/miles-credit/blob/55b7ce06f52f946f586fca297c15705141daa0d6/train_log.txt',
         line="INFO:credit.losses.base_losses:Loaded the diffusion loss function with parameters: {'output_channels': 71, 'feature_channels': 128, 'mode': 'regression', 'reduction': 'none'}",
         want={}),
    # ---------------------------------------------------------------- SimpleFold protein folding (Lightning under Hydra), committed train.log
    dict(fw='PyTorch Lightning (Hydra)', src='https://github.com/BlackCetus/ml-simplefold/blob/246c239aa3380e64d430e620ac29d5a14e1fc9c9/train.log',
         line='[2026-06-09 17:18:04,645][__main__][INFO] - [rank: 0] Starting training!',
         want={}),
    # ---------------------------------------------------------------- 3D SegFormer for vertebra segmentation (tqdm per epoch with a loss postfix), committed train_log.txt
    # the bar counts batches of the epoch; "001/200" is the epoch
    dict(fw='tqdm loop (3D segmentation)', src='https://github.com/IgorPietruszczak/spine-segformer-3d-class/blob/49432c9ad1531142df22804058915014b3083e91/train_log.txt',
         line='[fold_0] 001/200:  25%|█████▌                | 1/4 [00:14<00:42, 14.14s/it, loss=3.9642]',
         want={"TrainLoss": 3.9642}, optional={"Step": 1, "IterationsPerSecond": 0.07072135785007072}),
    dict(fw='tqdm loop (3D segmentation)', src='https://github.com/IgorPietruszczak/spine-segformer-3d-class/blob/49432c9ad1531142df22804058915014b3083e91/train_log.txt',
         line='[fold_0] 031/200:  25%|█████▌                | 1/4 [00:06<00:19,  6.58s/it, loss=1.2968]',
         want={"TrainLoss": 1.2968}, optional={"Step": 1, "IterationsPerSecond": 0.1519756838905775}),
    dict(fw='tqdm loop (3D segmentation)', src='https://github.com/IgorPietruszczak/spine-segformer-3d-class/blob/49432c9ad1531142df22804058915014b3083e91/train_log.txt',
         line='[fold_3] 066/200: 100%|██████████████████████| 4/4 [00:09<00:00,  1.78s/it, loss=1.1360]',
         want={"TrainLoss": 1.136}, optional={"Step": 4, "IterationsPerSecond": 0.5617977528089888}),
    # loss of the first batch, counter not yet advanced
    dict(fw='tqdm loop (3D segmentation)', src='https://github.com/IgorPietruszczak/spine-segformer-3d-class/blob/49432c9ad1531142df22804058915014b3083e91/train_log.txt',
         line='[fold_0] 165/200:   0%|                              | 0/4 [00:06<?, ?it/s, loss=0.9670]',
         want={"TrainLoss": 0.967}, optional={"Step": 0}),
    # validation result
    dict(fw='tqdm loop (3D segmentation)', src='https://github.com/IgorPietruszczak/spine-segformer-3d-class/blob/49432c9ad1531142df22804058915014b3083e91/train_log.txt',
         line='  OK new best  dice=0.0012  hd95=120.71',
         want={}),
    # ---------------------------------------------------------------- breath-sound CNN for wheeze detection (table printed per epoch), committed logs/train.log
    # rows under a header printed once: epoch, train loss, train acc, val loss, val acc, lr, epoch time
    dict(fw='ad-hoc print (audio CNN table)', src='https://github.com/DexplovateCode/WheezeDetectionAI/blob/8ad1fbe7858bc0da3fa931e726944dc78b5064e2/logs/train.log',
         line='     1 |    1.0164 |   50.80% |   0.8634 |  60.67% | 0.001000 |  19.6s  ← best',
         want={}, optional={"TrainLoss": 1.0164, "ValLoss": 0.8634, "StepTime": 19600}),
    dict(fw='ad-hoc print (audio CNN table)', src='https://github.com/DexplovateCode/WheezeDetectionAI/blob/8ad1fbe7858bc0da3fa931e726944dc78b5064e2/logs/train.log',
         line='    18 |    0.4721 |   80.48% |   0.5995 |  74.97% | 0.000500 |  42.9s',
         want={}, optional={"TrainLoss": 0.4721, "ValLoss": 0.5995, "StepTime": 42900}),
    # the header
    dict(fw='ad-hoc print (audio CNN table)', src='https://github.com/DexplovateCode/WheezeDetectionAI/blob/8ad1fbe7858bc0da3fa931e726944dc78b5064e2/logs/train.log',
         line=' Epoch | TrainLoss | TrainAcc |  ValLoss |  ValAcc |       LR |   Time',
         want={}),
    # normalisation statistics
    dict(fw='ad-hoc print (audio CNN table)', src='https://github.com/DexplovateCode/WheezeDetectionAI/blob/8ad1fbe7858bc0da3fa931e726944dc78b5064e2/logs/train.log',
         line='  mean=-61.8683  std=22.1358',
         want={}),
    # ---------------------------------------------------------------- car price MLP regressor (logging), committed logs/train.log
    # the bracket counts epochs
    dict(fw='ad-hoc logging (tabular MLP)', src='https://github.com/EgorSWEB/car-price-estimator/blob/c0959dafb886abc4f80a5dd96f6f29a09b077411/logs/train.log',
         line='2025-11-03 19:46:38,488 [INFO] __main__: Epoch [40/300], Loss: 599764500480.0000',
         want={"TrainLoss": 599764500480.0}),
    dict(fw='ad-hoc logging (tabular MLP)', src='https://github.com/EgorSWEB/car-price-estimator/blob/c0959dafb886abc4f80a5dd96f6f29a09b077411/logs/train.log',
         line='2025-11-03 19:47:02,725 [INFO] __main__: Epoch [660/3000], Loss: 258885992448.0000',
         want={"TrainLoss": 258885992448.0}),
    dict(fw='ad-hoc logging (tabular MLP)', src='https://github.com/EgorSWEB/car-price-estimator/blob/c0959dafb886abc4f80a5dd96f6f29a09b077411/logs/train.log',
         line='2025-11-03 19:47:23,405 [INFO] __main__: Epoch [2910/3000], Loss: 137560817664.0000',
         want={"TrainLoss": 137560817664.0}),
    # test errors after training
    dict(fw='ad-hoc logging (tabular MLP)', src='https://github.com/EgorSWEB/car-price-estimator/blob/c0959dafb886abc4f80a5dd96f6f29a09b077411/logs/train.log',
         line='2025-11-03 19:40:47,138 [INFO] __main__: Test RMSE: 738125.8125, MAE: 489551.8438',
         want={}),
    # ---------------------------------------------------------------- real-time semantic segmentation on Cityscapes (HRNet-style trainer), committed train.log
    # Loss is the running mean of the epoch next to its two parts; Iter counts batches of the epoch; Time carries no unit
    dict(fw='HRNet-style segmentation trainer', src='https://github.com/1dashboard/semantic_segmentation/blob/5b8ceded743ea7b439d1e6da4bdaffc37ccbd4c5/train.log',
         line='Epoch: [353/520] Iter:[20/495], Time: 0.57, lr: [0.017985281581966925], Loss: 1.456788, Acc:0.767696, Semantic loss: 0.878670, IC loss: 0.578118',
         want={"TrainLoss": 1.456788}, optional={"Step": 20, "StepTime": 570}),
    dict(fw='HRNet-style segmentation trainer', src='https://github.com/1dashboard/semantic_segmentation/blob/5b8ceded743ea7b439d1e6da4bdaffc37ccbd4c5/train.log',
         line='Epoch: [373/520] Iter:[240/495], Time: 0.35, lr: [0.015990471870953867], Loss: 1.415015, Acc:0.774918, Semantic loss: 0.867269, IC loss: 0.547746',
         want={"TrainLoss": 1.415015}, optional={"Step": 240, "StepTime": 350}),
    dict(fw='HRNet-style segmentation trainer', src='https://github.com/1dashboard/semantic_segmentation/blob/5b8ceded743ea7b439d1e6da4bdaffc37ccbd4c5/train.log',
         line='Epoch: [393/520] Iter:[470/495], Time: 0.32, lr: [0.013965520484537197], Loss: 1.384631, Acc:0.775136, Semantic loss: 0.856307, IC loss: 0.528324',
         want={"TrainLoss": 1.384631}, optional={"Step": 470, "StepTime": 320}),
    # validation summary; the loss is not labeled as one
    dict(fw='HRNet-style segmentation trainer', src='https://github.com/1dashboard/semantic_segmentation/blob/5b8ceded743ea7b439d1e6da4bdaffc37ccbd4c5/train.log',
         line='Loss: 0.985, MeanIU:  0.4960, Best_mIoU:  0.5217',
         want={}, optional={"ValLoss": 0.985}),
    # per-class IoU array
    dict(fw='HRNet-style segmentation trainer', src='https://github.com/1dashboard/semantic_segmentation/blob/5b8ceded743ea7b439d1e6da4bdaffc37ccbd4c5/train.log',
         line='0 [0.91770221 0.49145708 0.7697205  0.06395789 0.15161826 0.27081903',
         want={}),
    # ---------------------------------------------------------------- BiLSTM-CRF Chinese word segmentation (Keras fit, verbose=2), committed train_log.txt
    # one line per epoch: batches, epoch wall time, loss
    dict(fw='Keras (verbose=2)', src='https://github.com/ChenKen9869/BiLSTM-CRF-Word-segmentation/blob/2c66175416d3f339634ae248d30e1e5e46576c44/train_log.txt',
         line='19/19 - 21s - loss: 0.3384 - accuracy: 0.3406',
         want={"TrainLoss": 0.3384}, optional={"Step": 19, "StepTime": 21000}),
    dict(fw='Keras (verbose=2)', src='https://github.com/ChenKen9869/BiLSTM-CRF-Word-segmentation/blob/2c66175416d3f339634ae248d30e1e5e46576c44/train_log.txt',
         line='19/19 - 12s - loss: 0.1950 - accuracy: 0.6812',
         want={"TrainLoss": 0.195}, optional={"Step": 19, "StepTime": 12000}),
    dict(fw='Keras (verbose=2)', src='https://github.com/ChenKen9869/BiLSTM-CRF-Word-segmentation/blob/2c66175416d3f339634ae248d30e1e5e46576c44/train_log.txt',
         line='19/19 - 12s - loss: 0.1572 - accuracy: 0.7525',
         want={"TrainLoss": 0.1572}, optional={"Step": 19, "StepTime": 12000}),
    dict(fw='Keras (verbose=2)', src='https://github.com/ChenKen9869/BiLSTM-CRF-Word-segmentation/blob/2c66175416d3f339634ae248d30e1e5e46576c44/train_log.txt',
         line='19/19 - 9s - loss: 0.1101 - accuracy: 0.8270',
         want={"TrainLoss": 0.1101}, optional={"Step": 19, "StepTime": 9000}),
    dict(fw='Keras (verbose=2)', src='https://github.com/ChenKen9869/BiLSTM-CRF-Word-segmentation/blob/2c66175416d3f339634ae248d30e1e5e46576c44/train_log.txt',
         line='Epoch 1/100',
         want={}),
    # ---------------------------------------------------------------- drone avoidance agent (print per episode), committed logs/train.log
    # episode length and return only
    dict(fw='ad-hoc print (RL episodes)', src='https://github.com/Asist525/Real_learning/blob/540c58c6739e8fef29545874b6660efca5b31a10/logs/train.log',
         line='[EP 1] len=110 R=-892.5 danger=0 blocked=0',
         want={}),
    # ---------------------------------------------------------------- AlphaZero-style Quoridor self-play (print loop), committed logs/train.log
    # checkpoint metadata; the validation loss is from an earlier distillation run
    dict(fw='ad-hoc print (AlphaZero self-play)', src='https://github.com/AlexanderLeonida/quoridor-AI/blob/203680bd0610329b63e498a3a225a093a7af8d3c/logs/train.log',
         line="  meta: {'iteration': 23, 'best_iteration': 15, 'deep_distilled_from': 'ab', 'deep_distill_positions': 4285, 'deep_distill_val_loss': 1.3549786359071732, 'rehearsal_frac': 0.3, 'reg_lambda': 0.5}",
         want={}, optional={"ValLoss": 1.3549786359071732}),
    # a self-play game: plies and seconds
    dict(fw='ad-hoc print (AlphaZero self-play)', src='https://github.com/AlexanderLeonida/quoridor-AI/blob/203680bd0610329b63e498a3a225a093a7af8d3c/logs/train.log',
         line='  game   6/100  id=7915   plies=100   winner=P2     100.7s  avg_len=78',
         want={}),
    # ---------------------------------------------------------------- detectron2 Faster R-CNN on a fruit dataset, committed output/metrics.json
    # total_loss next to its parts; time is seconds per iteration, the unit is not printed
    dict(fw='detectron2 (metrics.json)', src='https://github.com/Ghailen-Ben-Achour/detectron2_detection/blob/cfad78cb2ede164c951a195ef7082717f0f1ba56/output/metrics.json',
         line='{"data_time": 0.005264715999146574, "eta_seconds": 311.2252068799353, "fast_rcnn/cls_accuracy": 0.125, "fast_rcnn/false_negative": 0.0, "fast_rcnn/fg_cls_accuracy": 0.0, "iteration": 19, "loss_box_reg": 1.0067543983459473, "loss_cls": 1.5155242681503296, "loss_rpn_cls": 0.11628693714737892, "loss_rpn_loc": 0.021321960724890232, "lr": 1.60675e-05, "roi_head/num_bg_samples": 3.0, "roi_head/num_fg_samples": 1.0, "rpn/num_neg_anchors": 220.0, "rpn/num_pos_anchors": 36.0, "time": 1.1115185959997689, "total_loss": 2.632075755856931}',
         want={"Step": 19, "TrainLoss": 2.632075755856931}, optional={"StepTime": 1111.5185959997689}),
    dict(fw='detectron2 (metrics.json)', src='https://github.com/Ghailen-Ben-Achour/detectron2_detection/blob/cfad78cb2ede164c951a195ef7082717f0f1ba56/output/metrics.json',
         line='{"data_time": 0.005504970999027137, "eta_seconds": 175.01504663991, "fast_rcnn/cls_accuracy": 0.75, "fast_rcnn/false_negative": 1.0, "fast_rcnn/fg_cls_accuracy": 0.0, "iteration": 159, "loss_box_reg": 0.8549884855747223, "loss_cls": 0.4137493818998337, "loss_rpn_cls": 0.001100268797017634, "loss_rpn_loc": 0.013440807815641165, "lr": 0.0001326175, "roi_head/num_bg_samples": 3.0, "roi_head/num_fg_samples": 1.0, "rpn/num_neg_anchors": 221.25, "rpn/num_pos_anchors": 34.75, "time": 1.3592037910002546, "total_loss": 1.299057143041864}',
         want={"Step": 159, "TrainLoss": 1.299057143041864}, optional={"StepTime": 1359.2037910002546}),
    dict(fw='detectron2 (metrics.json)', src='https://github.com/Ghailen-Ben-Achour/detectron2_detection/blob/cfad78cb2ede164c951a195ef7082717f0f1ba56/output/metrics.json',
         line='{"data_time": 0.005503272499481682, "eta_seconds": 0.0, "fast_rcnn/cls_accuracy": 1.0, "fast_rcnn/false_negative": 0.0, "fast_rcnn/fg_cls_accuracy": 1.0, "iteration": 299, "loss_box_reg": 0.34961311519145966, "loss_cls": 0.10959049686789513, "loss_rpn_cls": 4.599858766596299e-05, "loss_rpn_loc": 0.01310367276892066, "lr": 0.0002491675, "roi_head/num_bg_samples": 3.0, "roi_head/num_fg_samples": 1.0, "rpn/num_neg_anchors": 221.75, "rpn/num_pos_anchors": 34.25, "time": 1.2972766874991066, "total_loss": 0.4286037251627022}',
         want={"Step": 299, "TrainLoss": 0.4286037251627022}, optional={"StepTime": 1297.2766874991066}),
    # evaluation record with a NaN AP
    dict(fw='detectron2 (metrics.json)', src='https://github.com/Ghailen-Ben-Achour/detectron2_detection/blob/cfad78cb2ede164c951a195ef7082717f0f1ba56/output/metrics.json',
         line='{"bbox/AP": 75.7732398239824, "bbox/AP-date": 79.74216171617161, "bbox/AP-fig": 64.29042904290428, "bbox/AP-hazelnut": 83.2871287128713, "bbox/AP50": 100.0, "bbox/AP75": 91.74917491749174, "bbox/APl": 72.01629537953794, "bbox/APm": 83.2871287128713, "bbox/APs": NaN, "iteration": 300}',
         want={}, optional={"Step": 300}),
    # ---------------------------------------------------------------- QLoRA fine-tune (HF Trainer end-of-run summary), committed output/metrics.json
    # averages over the whole run
    dict(fw='HF Trainer (metrics.json)', src='https://github.com/Fujump/qlora/blob/81b77442292ad62fd0caca16acaf54554e9288ab/output/metrics.json',
         line='{"run_name": "./output", "train_runtime": 38738.2786, "train_samples_per_second": 4.13, "train_steps_per_second": 0.258, "train_loss": 0.8600688213944435, "epoch": 24.29}',
         want={}, optional={"TrainLoss": 0.8600688213944435, "SamplesPerSecond": 4.13, "IterationsPerSecond": 0.258}),
    # ---------------------------------------------------------------- YOLOv5 invoice field detector (tqdm refreshes on one physical line), committed train.out
    # epoch, GPU memory, GIoU, objectness, class and total loss in unlabeled columns under a header printed earlier; the bar counts batches of the epoch
    dict(fw='YOLOv5', src='https://github.com/Hrishkesh/YoloInvoiceExtraction/blob/3113d454b9d850bb4d5bc3401711189cb45b0847/train.out',
         line='\r     0/299        0G      6.87      1.78      1.95      10.6        59       544:  82%|████████▏ | 27/33 [06:23<01:18, 13.04s/it]',
         want={}, optional={"TrainLoss": 10.6, "Step": 27, "IterationsPerSecond": 0.07668711656441718}),
    dict(fw='YOLOv5', src='https://github.com/Hrishkesh/YoloInvoiceExtraction/blob/3113d454b9d850bb4d5bc3401711189cb45b0847/train.out',
         line='\r     1/299        0G      6.39     0.652      1.45      8.49        60       480:  61%|██████    | 20/33 [05:17<02:49, 13.03s/it]',
         want={}, optional={"TrainLoss": 8.49, "Step": 20, "IterationsPerSecond": 0.07674597083653108}),
    # validation bar over the test images
    dict(fw='YOLOv5', src='https://github.com/Hrishkesh/YoloInvoiceExtraction/blob/3113d454b9d850bb4d5bc3401711189cb45b0847/train.out',
         line='\r               Class    Images   Targets         P         R   mAP@0.5        F1:  25%|██▌       | 1/4 [00:36<01:49, 36.63s/it]',
         want={}, optional={"Step": 1, "IterationsPerSecond": 0.0273005733005733}),
    dict(fw='YOLOv5', src='https://github.com/Hrishkesh/YoloInvoiceExtraction/blob/3113d454b9d850bb4d5bc3401711189cb45b0847/train.out',
         line='     Epoch   gpu_mem      GIoU       obj       cls     total   targets  img_size',
         want={}),
    # ---------------------------------------------------------------- identity-preserving CycleGAN for pedestrians (print per epoch), committed train.out
    # generator and discriminator losses, no single training loss
    dict(fw='CycleGAN (print per epoch)', src='https://github.com/And1210/IDCycleGAN/blob/fb5812d3eceabc0030b23dd1773c0bb7faa6e61e/train.out',
         line='Generator Loss: 3844.1664, Discriminator Loss: 1286.4466',
         want={}, optional={"TrainLoss": 3844.1664}),
    dict(fw='CycleGAN (print per epoch)', src='https://github.com/And1210/IDCycleGAN/blob/fb5812d3eceabc0030b23dd1773c0bb7faa6e61e/train.out',
         line='Generator Loss: 3053.6426, Discriminator Loss: 696.8782',
         want={}, optional={"TrainLoss": 3053.6426}),
    # wall time of a whole epoch
    dict(fw='CycleGAN (print per epoch)', src='https://github.com/And1210/IDCycleGAN/blob/fb5812d3eceabc0030b23dd1773c0bb7faa6e61e/train.out',
         line='End of epoch 0 / 100 \t Time Taken: 1606.5098371505737 sec',
         want={}, optional={"StepTime": 1606509.8371505737}),
    dict(fw='CycleGAN (print per epoch)', src='https://github.com/And1210/IDCycleGAN/blob/fb5812d3eceabc0030b23dd1773c0bb7faa6e61e/train.out',
         line='learning rate = 0.0002000',
         want={}),
    # ---------------------------------------------------------------- IR-spectrum graph model (tqdm over batches, then the batch losses), committed train.out
    dict(fw='ad-hoc print (graph network)', src='https://github.com/gomesgroup/simg_ir/blob/ebfd616d41436a6eadeb3543488b99fe8842a57f/train.out',
         line='Loss:  11.916631698608398',
         want={"TrainLoss": 11.916631698608398}),
    dict(fw='ad-hoc print (graph network)', src='https://github.com/gomesgroup/simg_ir/blob/ebfd616d41436a6eadeb3543488b99fe8842a57f/train.out',
         line='Loss:  8.33681583404541',
         want={"TrainLoss": 8.33681583404541}),
    # the bar itself
    dict(fw='ad-hoc print (graph network)', src='https://github.com/gomesgroup/simg_ir/blob/ebfd616d41436a6eadeb3543488b99fe8842a57f/train.out',
         line='\r 33%|███▎      | 2/6 [00:05<00:10,  2.60s/it]',
         want={}, optional={"Step": 2, "IterationsPerSecond": 0.3846153846153846}),
    dict(fw='ad-hoc print (graph network)', src='https://github.com/gomesgroup/simg_ir/blob/ebfd616d41436a6eadeb3543488b99fe8842a57f/train.out',
         line='Epoch 4',
         want={}),
    # ---------------------------------------------------------------- COVID X-ray CNN (Keras progress bar with backspaces), committed train.out
    # a refresh inside the epoch: running loss, then the backspaces Keras prints
    dict(fw='Keras (progbar)', src='https://github.com/aabidshamji/CoviDNN/blob/497b3af2201abea3ff7a6644196f7e4bf5ebdd9b/train.out',
         line='\r 1/10 [==>...........................] - ETA: 0s - loss: 0.6241 - accuracy: 0.7500\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08',
         want={"TrainLoss": 0.6241}, optional={"Step": 1}),
    dict(fw='Keras (progbar)', src='https://github.com/aabidshamji/CoviDNN/blob/497b3af2201abea3ff7a6644196f7e4bf5ebdd9b/train.out',
         line='\r 6/10 [=================>............] - ETA: 3s - loss: 0.3453 - accuracy: 0.8438\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08',
         want={"TrainLoss": 0.3453}, optional={"Step": 6}),
    # end of the epoch: per-step time, loss and validation loss
    dict(fw='Keras (progbar)', src='https://github.com/aabidshamji/CoviDNN/blob/497b3af2201abea3ff7a6644196f7e4bf5ebdd9b/train.out',
         line='\r10/10 [==============================] - 13s 1s/step - loss: 0.9378 - accuracy: 0.5724 - val_loss: 0.5133 - val_accuracy: 0.8056',
         want={"TrainLoss": 0.9378, "ValLoss": 0.5133, "StepTime": 1000}, optional={"Step": 10}),
    dict(fw='Keras (progbar)', src='https://github.com/aabidshamji/CoviDNN/blob/497b3af2201abea3ff7a6644196f7e4bf5ebdd9b/train.out',
         line='\r10/10 [==============================] - 11s 1s/step - loss: 0.7045 - accuracy: 0.6207 - val_loss: 0.4420 - val_accuracy: 0.8056',
         want={"TrainLoss": 0.7045, "ValLoss": 0.442, "StepTime": 1000}, optional={"Step": 10}),
    dict(fw='Keras (progbar)', src='https://github.com/aabidshamji/CoviDNN/blob/497b3af2201abea3ff7a6644196f7e4bf5ebdd9b/train.out',
         line='Found 145 images belonging to 2 classes.',
         want={}),
    # ---------------------------------------------------------------- UNet++ hyperspectral segmentation (print loop), committed train_log.txt
    # iter counts batches of the epoch
    dict(fw='ad-hoc print (UNet++)', src='https://github.com/Alex8211101/UNetpp4HSI/blob/1e478eca457bdbe864994b7e2e2767a748380594/train_log.txt',
         line='[train] epoch:0 iter:0/18 0.00% lr:0.001000 loss:1.298646 ETA:0.0min',
         want={"TrainLoss": 1.298646}, optional={"Step": 0}),
    dict(fw='ad-hoc print (UNet++)', src='https://github.com/Alex8211101/UNetpp4HSI/blob/1e478eca457bdbe864994b7e2e2767a748380594/train_log.txt',
         line='[train] epoch:1 iter:0/18 0.00% lr:0.000753 loss:0.608553 ETA:0.0min',
         want={"TrainLoss": 0.608553}, optional={"Step": 0}),
    dict(fw='ad-hoc print (UNet++)', src='https://github.com/Alex8211101/UNetpp4HSI/blob/1e478eca457bdbe864994b7e2e2767a748380594/train_log.txt',
         line='[train] epoch:67 iter:0/18 0.00% lr:0.000570 loss:0.481568 ETA:0.0min',
         want={"TrainLoss": 0.481568}, optional={"Step": 0}),
    dict(fw='ad-hoc print (UNet++)', src='https://github.com/Alex8211101/UNetpp4HSI/blob/1e478eca457bdbe864994b7e2e2767a748380594/train_log.txt',
         line='[val] epoch:0 miou:0.20',
         want={}),
    # ---------------------------------------------------------------- delay-line network for event timing in video (print per epoch), committed train_log.txt
    # per-layer gradient magnitudes, no overall norm
    dict(fw='ad-hoc print (delay network)', src='https://github.com/Adhityas1820/Static-delay-summation-network/blob/e99ce654b1ffaf072cbc6592a85efbe384758829/train_log.txt',
         line='epoch   1  train_loss 0.1810  val_loss 0.1929  cntMAE 39.000  P 0.323  R 0.785  F1 0.458  | grad L1 2.5e-01 L2 2.5e-01 L3 2.1e-01 L4 2.3e-01',
         want={"TrainLoss": 0.181, "ValLoss": 0.1929}),
    dict(fw='ad-hoc print (delay network)', src='https://github.com/Adhityas1820/Static-delay-summation-network/blob/e99ce654b1ffaf072cbc6592a85efbe384758829/train_log.txt',
         line='epoch  10  train_loss 0.1155  val_loss 0.1971  cntMAE 10.111  P 0.543  R 0.744  F1 0.628  | grad L1 2.9e-01 L2 1.3e-01 L3 1.2e-01 L4 1.2e-01',
         want={"TrainLoss": 0.1155, "ValLoss": 0.1971}),
    dict(fw='ad-hoc print (delay network)', src='https://github.com/Adhityas1820/Static-delay-summation-network/blob/e99ce654b1ffaf072cbc6592a85efbe384758829/train_log.txt',
         line='epoch  23  train_loss 0.0959  val_loss 0.1951  cntMAE 44.111  P 0.302  R 0.789  F1 0.436  | grad L1 3.6e-01 L2 1.6e-01 L3 1.4e-01 L4 1.2e-01',
         want={"TrainLoss": 0.0959, "ValLoss": 0.1951}),
    # threshold sweep after training
    dict(fw='ad-hoc print (delay network)', src='https://github.com/Adhityas1820/Static-delay-summation-network/blob/e99ce654b1ffaf072cbc6592a85efbe384758829/train_log.txt',
         line='  0.50 |    7.667  | 0.57/0.72/0.63 | 178/137/68',
         want={}),
    # ---------------------------------------------------------------- DQN Snake agent (logging per episode), committed log/train.log
    # score, reward, exploration rate and environment steps of the episode; no loss
    dict(fw='ad-hoc logging (DQN)', src='https://github.com/Maxi0987/Snake-KI/blob/76e3939067c2fa24bac6651d3307e9bb7a7f6223/log/train.log',
         line='2025-04-20 02:53:26 | Episode 1576/3000 | Score:  31 | Reward: 200.1 | Epsilon: 0.01892400 | Steps: 1031',
         want={}, optional={"Step": 1031}),
    dict(fw='ad-hoc logging (DQN)', src='https://github.com/Maxi0987/Snake-KI/blob/76e3939067c2fa24bac6651d3307e9bb7a7f6223/log/train.log',
         line='2025-04-20 03:08:45 | Episode 1600/3000 | Score:   1 | Reward: -3.5 | Epsilon: 0.01718846 | Steps:  37',
         want={}, optional={"Step": 37}),
    # ---------------------------------------------------------------- WGAN for anime avatars (logging, Chinese prefix on some lines), committed log/train.log
    # critic and generator losses, no single training loss; Batch counts batches of the epoch
    dict(fw='WGAN (logging)', src='https://github.com/Sound-Zero/GAN_generated_anime_avatars/blob/61b3182962413a9d2a01fa17fd31c0e37c8dfeb9/log/train.log',
         line='2025-09-21 20:25:24,051 - INFO - Epoch [0/50] Batch [0/199] D_loss: -5.6973 G_loss: 5.6968',
         want={}, optional={"TrainLoss": 5.6968, "Step": 0}),
    dict(fw='WGAN (logging)', src='https://github.com/Sound-Zero/GAN_generated_anime_avatars/blob/61b3182962413a9d2a01fa17fd31c0e37c8dfeb9/log/train.log',
         line='2025-09-21 20:26:12,504 - INFO - 当前搜集到的指标 - Epoch [0/50] Batch [65/199] D_loss: -23.9386, G_loss: 44.0164',
         want={}, optional={"TrainLoss": 44.0164, "Step": 65}),
    dict(fw='WGAN (logging)', src='https://github.com/Sound-Zero/GAN_generated_anime_avatars/blob/61b3182962413a9d2a01fa17fd31c0e37c8dfeb9/log/train.log',
         line='2025-09-21 21:10:37,261 - INFO - Epoch [17/50] Batch [0/199] D_loss: -5.5326 G_loss: 204.5772',
         want={}, optional={"TrainLoss": 204.5772, "Step": 0}),
    # ---------------------------------------------------------------- minGPT char-level model (run output pasted into a committed Markdown file), 04b-MinGpt/md/chargpt_english.md
    # the first iteration reports a zero time
    dict(fw='minGPT', src='https://github.com/cccbook/py2gpt/blob/668e6d0cf736c891e3230f96fad2fa9d7ff9261d/04b-MinGpt/md/chargpt_english.md',
         line='iter_dt 0.00ms; iter 0: train loss 2.98566',
         want={"Step": 0, "TrainLoss": 2.98566}, optional={"StepTime": 0.0}),
    dict(fw='minGPT', src='https://github.com/cccbook/py2gpt/blob/668e6d0cf736c891e3230f96fad2fa9d7ff9261d/04b-MinGpt/md/chargpt_english.md',
         line='iter_dt 2490.17ms; iter 2: train loss 2.83026',
         want={"Step": 2, "TrainLoss": 2.83026, "StepTime": 2490.17}),
    dict(fw='minGPT', src='https://github.com/cccbook/py2gpt/blob/668e6d0cf736c891e3230f96fad2fa9d7ff9261d/04b-MinGpt/md/chargpt_english.md',
         line='iter_dt 2198.85ms; iter 16: train loss 2.42027',
         want={"Step": 16, "TrainLoss": 2.42027, "StepTime": 2198.85}),
    # a generated sample
    dict(fw='minGPT', src='https://github.com/cccbook/py2gpt/blob/668e6d0cf736c891e3230f96fad2fa9d7ff9261d/04b-MinGpt/md/chargpt_english.md',
         line='every white cat bite every black pig',
         want={}),
    dict(fw='minGPT', src='https://github.com/cccbook/py2gpt/blob/668e6d0cf736c891e3230f96fad2fa9d7ff9261d/04b-MinGpt/md/chargpt_english.md',
         line='number of parameters: 0.09M',
         want={}),
    # ---------------------------------------------------------------- character-level GPT on CPU (print every 1000 steps, saved by PowerShell as UTF-16), committed outputs/train_output.log
    # the seconds at the end cover the interval since the previous print
    dict(fw='ad-hoc print (char-level GPT)', src='https://github.com/gkrushna90/llm-test-new/blob/834776776556103a422f3b1a3c1791a8db064911/outputs/train_output.log',
         line='step      0 | train_loss 4.5821 | val_loss 4.5868 | lr 1.00e-05 | 0.6s',
         want={"Step": 0, "TrainLoss": 4.5821, "ValLoss": 4.5868}, optional={"StepTime": 600}),
    dict(fw='ad-hoc print (char-level GPT)', src='https://github.com/gkrushna90/llm-test-new/blob/834776776556103a422f3b1a3c1791a8db064911/outputs/train_output.log',
         line='step   1000 | train_loss 1.7328 | val_loss 1.8110 | lr 9.82e-04 | 404.7s',
         want={"Step": 1000, "TrainLoss": 1.7328, "ValLoss": 1.811}, optional={"StepTime": 404700}),
    dict(fw='ad-hoc print (char-level GPT)', src='https://github.com/gkrushna90/llm-test-new/blob/834776776556103a422f3b1a3c1791a8db064911/outputs/train_output.log',
         line='step   4000 | train_loss 1.3428 | val_loss 1.4932 | lr 6.97e-04 | 414.1s',
         want={"Step": 4000, "TrainLoss": 1.3428, "ValLoss": 1.4932}, optional={"StepTime": 414100}),
    # token counts of the data split
    dict(fw='ad-hoc print (char-level GPT)', src='https://github.com/gkrushna90/llm-test-new/blob/834776776556103a422f3b1a3c1791a8db064911/outputs/train_output.log',
         line='  Train tokens: 1,915,377 | Val tokens: 212,820',
         want={}),
    dict(fw='ad-hoc print (char-level GPT)', src='https://github.com/gkrushna90/llm-test-new/blob/834776776556103a422f3b1a3c1791a8db064911/outputs/train_output.log',
         line='GPTConfig: 4L / 4H / 128D | block_size=64 | ~812.8K params | device=cpu',
         want={}),
]
