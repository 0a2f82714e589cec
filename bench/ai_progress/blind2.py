# A third held-out set of progress lines for the AI-training pack, collected
# blind on 2026-12-06: real lines copied verbatim from public issue threads,
# pull requests and logs (source URL per line), chosen from sources and
# framework versions not used in heldout.py, fresh.py, devset.py or blind.py.
# It was written without looking at the pack and frozen before it was scored
# even once. Same fields as heldout.py: the framework, where the line was
# seen, the line as printed (tabs, \r and colour codes kept), the progress
# metrics it must yield (`want`) and metrics it may yield or not (`optional`:
# an in-epoch batch counter, an it/s derived from `s/it`, a debatable time).
# `want={}` marks a line that holds no training progress: the pack stays quiet.
CASES = [
    # ---------------------------------------------------------------- fairseq (text)
    dict(fw="fairseq", src="https://github.com/facebookresearch/fairseq/issues/311",
         line="| epoch 001:    430 / 614 loss=9.997, nll_loss=9.997, ppl=1021.81, wps=1340, ups=3.0, wpb=442, bsz=18, num_updates=431, lr=0.05, gnorm=11.481, clip=100%, oom=0",
         want={"TrainLoss": 9.997, "TokensPerSecond": 1340, "IterationsPerSecond": 3.0, "Step": 431, "GradNorm": 11.481}),
    dict(fw="fairseq", src="https://github.com/facebookresearch/fairseq/issues/2338",
         line="2020-07-17 07:12:00 | INFO | train_inner | epoch 001:   3000 / 160368 loss=9.376, ppl=664.29, wps=16.2, ups=0.03, wpb=469, bsz=8, num_updates=3000, lr=3e-05, gnorm=3.214, train_wall=14, wall=1294",
         want={"TrainLoss": 9.376, "TokensPerSecond": 16.2, "IterationsPerSecond": 0.03, "Step": 3000, "GradNorm": 3.214}),
    dict(fw="fairseq", src="https://github.com/facebookresearch/fairseq/issues/2338",
         line="2020-07-17 07:12:55 | INFO | train_inner | epoch 001:   3200 / 160368 loss=10.278, ppl=1241.54, wps=16.9, ups=0.04, wpb=469, bsz=8, num_updates=3200, lr=3.2e-05, gnorm=3.02, train_wall=13, wall=1349",
         want={"TrainLoss": 10.278, "TokensPerSecond": 16.9, "IterationsPerSecond": 0.04, "Step": 3200, "GradNorm": 3.02}),
    # ---------------------------------------------------------------- detectron2
    dict(fw="detectron2", src="https://github.com/facebookresearch/detectron2/issues/214",
         line="[11/01 20:14:19 d2.utils.events]: eta: 5:42:23  iter: 399  total_loss: 1.679  loss_cls: 1.186  loss_box_reg: 0.478  time: 0.2296  data_time: 0.0033  lr: 0.003996  max_mem: 3782M",
         want={"Step": 399, "TrainLoss": 1.679, "StepTime": 229.6}),
    # first event line has no `time:` yet (only data_time): no StepTime may come out
    dict(fw="detectron2", src="https://github.com/facebookresearch/detectron2/issues/1831",
         line="[07/28 14:14:38 d2.utils.events]:  iter: 0  total_loss: 21944.058  loss_sem_seg: 5.287  loss_cls: 16096.774  loss_box_reg: 3109.336  loss_mask: 118.303  loss_rpn_cls: 583.987  loss_rpn_loc: 2030.371  data_time: 0.2953  lr: 0.000001  max_mem: 2372M",
         want={"Step": 0, "TrainLoss": 21944.058}),
    dict(fw="detectron2", src="https://github.com/facebookresearch/detectron2/issues/1831",
         line="[07/28 14:14:37 d2.engine.train_loop]: Starting training from iteration 0",
         want={}),
    # ---------------------------------------------------------------- MMCV / MMEngine (mmcls, mmrotate, mmdet, mmdet3d)
    dict(fw="MMCV", src="https://github.com/open-mmlab/mmpretrain/issues/408",
         line="2021-08-17 17:00:17,073 - mmcls - INFO - Epoch [1][100/5005]    lr: 1.000e-01, eta: 37 days, 5:46:17, time: 6.430, data_time: 5.762, memory: 3086, loss: 6.8864",
         want={"TrainLoss": 6.8864, "StepTime": 6430}, optional={"Step": 100}),
    dict(fw="MMCV", src="https://github.com/shaunyuan22/SODA-mmrotate/issues/16",
         line="2024-04-12 09:11:31,106 - mmrotate - INFO - Epoch [1][1250/3912]        lr: 5.000e-03, eta: 3:55:18, time: 0.302, data_time: 0.005, memory: 3400, loss_cls: 0.9365, loss_bbox: 1.6119, loss: 2.5484, grad_norm: 3.4181",
         want={"TrainLoss": 2.5484, "StepTime": 302, "GradNorm": 3.4181}, optional={"Step": 1250}),
    dict(fw="MMCV", src="https://github.com/open-mmlab/mmdetection/issues/3446",
         line="2020-08-01 01:10:31,475 - mmdet - INFO - Epoch [3][50/1749]\tlr: 2.000e-02, eta: 0:52:33, time: 1.899, data_time: 0.046, memory: 5280, loss_rpn_cls: 0.2532, loss_rpn_bbox: 0.0409, s0.loss_cls: 0.2136, s0.acc: 94.4818, s0.loss_bbox: 0.0862, s1.loss_cls: 0.0732, s1.acc: 96.6602, s1.loss_bbox: 0.0330, s2.loss_cls: 0.0273, s2.acc: 97.7070, s2.loss_bbox: 0.0065, loss: 0.7339, grad_norm: 0.0668",
         want={"TrainLoss": 0.7339, "StepTime": 1899, "GradNorm": 0.0668}, optional={"Step": 50}),
    dict(fw="MMCV", src="https://github.com/ZYang2077/DAOcc/issues/25",
         line="2025-08-12 11:56:37,566 - mmdet3d - INFO - Epoch [1][27/30895]\tlr: 7.360e-05, eta: 4 days, 13:16:00, time: 1.940, data_time: 0.090, memory: 12811, loss/object/heatmap/task0: 1.6504, loss/object/bbox/task0: 0.0120, loss/object/heatmap/task1: 19.1346, loss/object/bbox/task1: 0.0154, loss/object/heatmap/task2: 56.8695, loss/object/bbox/task2: 0.0213, loss/object/heatmap/task3: 2.8517, loss/object/bbox/task3: 0.0153, loss/object/heatmap/task4: 22.2757, loss/object/bbox/task4: 0.0127, loss/object/heatmap/task5: 14.1549, loss/object/bbox/task5: 0.0167, loss/occ/loss_occ: 2.5735, loss: 119.6038, grad_norm: 775.8964",
         want={"TrainLoss": 119.6038, "StepTime": 1940, "GradNorm": 775.8964}, optional={"Step": 27}),
    # all losses nan: the step time still counts, no loss may come out
    dict(fw="MMEngine", src="https://github.com/open-mmlab/mmdetection/issues/11893",
         line="08/03 22:09:24 - mmengine - INFO - Epoch(train)  [1][ 500/2931]  lr: 2.0000e-02  eta: 0:39:15  time: 0.0578  data_time: 0.0017  memory: 2389  loss: nan  loss_rpn_cls: nan  loss_rpn_bbox: nan  loss_cls: nan  acc: 0.0000  loss_bbox: nan",
         want={"StepTime": 57.8}, optional={"Step": 500}),
    # ---------------------------------------------------------------- Swin-Transformer-style trainer (VMamba): running averages in parentheses, avg grad_norm inf
    dict(fw="Swin Transformer", src="https://github.com/MzeroMiko/VMamba/issues/273",
         line="[2024-07-27 03:32:50 vssm1_high_tiny_gradacc2] (main.py 295): INFO Train: [29/300][2670/2859]\teta 0:01:24 lr 0.000872\t wd 0.0500\ttime 0.4283 (0.4481)\tdata time 0.0008 (0.0122)\tmodel time 0.4275 (0.4359)\tloss 2.0148 (1.9972)\tgrad_norm 4.1605 (inf)\tloss_scale 32768.0000 (34681.8180)\tmem 16138MB",
         want={"TrainLoss": 2.0148, "GradNorm": 4.1605, "StepTime": 428.3}, optional={"Step": 2670}),
    dict(fw="Swin Transformer", src="https://github.com/MzeroMiko/VMamba/issues/273",
         line="[2024-07-27 03:32:55 vssm1_high_tiny_gradacc2] (main.py 295): INFO Train: [29/300][2680/2859]\teta 0:01:20 lr 0.000872\t wd 0.0500\ttime 0.4272 (0.4481)\tdata time 0.0015 (0.0122)\tmodel time 0.4256 (0.4359)\tloss 2.1019 (1.9973)\tgrad_norm 2.5604 (inf)\tloss_scale 32768.0000 (34674.6796)\tmem 16138MB",
         want={"TrainLoss": 2.1019, "GradNorm": 2.5604, "StepTime": 427.2}, optional={"Step": 2680}),
    # ---------------------------------------------------------------- nanochat (nanoGPT family): thousands separator in tok/sec
    dict(fw="nanochat", src="https://github.com/karpathy/nanochat/pull/147",
         line="step 00004/21400 (0.02%) | loss: 8.893647 | lrm: 1.00 | dt: 989.44ms | tok/sec: 529,882 | mfu: 74.13 | total time: 0.00m",
         want={"Step": 4, "TrainLoss": 8.893647, "StepTime": 989.44, "TokensPerSecond": 529882}),
    dict(fw="nanochat", src="https://github.com/karpathy/nanochat/pull/147",
         line="step 00010/21400 (0.05%) | loss: 7.473279 | lrm: 1.00 | dt: 996.81ms | tok/sec: 525,967 | mfu: 73.58 | total time: 0.00m",
         want={"Step": 10, "TrainLoss": 7.473279, "StepTime": 996.81, "TokensPerSecond": 525967}),
    # ---------------------------------------------------------------- NeMo Automodel: tps total and per GPU in parentheses
    dict(fw="NeMo Automodel", src="https://github.com/NVIDIA-NeMo/Automodel/pull/3473",
         line="2026-08-10 16:00:46 | INFO | root | step 9 | epoch 0 | loss 0.7100 | grad_norm 1.5766 | lr 1.00e-05 | mem 24.69 GiB | tps 31686.41(3960.80/gpu) | num_label_tokens 43985",
         want={"Step": 9, "TrainLoss": 0.71, "GradNorm": 1.5766, "TokensPerSecond": 31686.41}),
    dict(fw="NeMo Automodel", src="https://github.com/NVIDIA-NeMo/Automodel/pull/3473",
         line="2026-08-10 16:00:50 | INFO | root | step 11 | epoch 0 | loss 0.7017 | grad_norm 1.2795 | lr 1.00e-05 | mem 25.21 GiB | tps 24130.95(3016.37/gpu) | num_label_tokens 48375",
         want={"Step": 11, "TrainLoss": 0.7017, "GradNorm": 1.2795, "TokensPerSecond": 24130.95}),
    # ---------------------------------------------------------------- HF Transformers Trainer (tqdm in s/it, then the log dict)
    dict(fw="HF Trainer", src="https://github.com/ymcui/Chinese-LLaMA-Alpaca/issues/534",
         line="  5%|▌         | 140/2724 [5:10:48<95:22:59, 132.89s/it]",
         want={}, optional={"Step": 140, "IterationsPerSecond": 1/132.89, "StepTime": 132890}),
    dict(fw="HF Trainer", src="https://github.com/ymcui/Chinese-LLaMA-Alpaca/issues/534",
         line="{'loss': 1.6747, 'learning_rate': 0.0001956204379562044, 'epoch': 0.1}",
         want={"TrainLoss": 1.6747}),
    # ---------------------------------------------------------------- Keras / tf.keras progress bars
    dict(fw="Keras", src="https://github.com/keras-team/keras/pull/15482",
         line="200/200 |███████████████████████████████| - 14s 54ms/step - loss: 0.5867 - accuracy: 0.7704 - val_loss: 3.8020 - val_accuracy: 0.0415",
         want={"TrainLoss": 0.5867, "ValLoss": 3.802, "StepTime": 54}, optional={"Step": 200}),
    dict(fw="Keras", src="https://github.com/keras-team/keras/pull/15482",
         line=" 39/200 |█████▊                         | - ETA: 7s - loss: 0.4454 - accuracy: 0.8308",
         want={"TrainLoss": 0.4454}, optional={"Step": 39}),
    # the counter is samples, not steps
    dict(fw="Keras", src="https://github.com/keras-team/keras/issues/10790",
         line="29696/57000 [==============>...............] - ETA: 1s - loss: 0.0372 - acc: 0.9886",
         want={"TrainLoss": 0.0372}),
    dict(fw="Keras", src="https://github.com/keras-team/keras/issues/1203",
         line="819007/819007 [==============================] - 127s - loss: 0.0001 - val_loss: 0.0001",
         want={"TrainLoss": 0.0001, "ValLoss": 0.0001}),
    dict(fw="Keras", src="https://github.com/matterport/Mask_RCNN/issues/2253",
         line="821/1000 [=======================>......] - ETA: 3:35 - loss: 1.0181",
         want={"TrainLoss": 1.0181}, optional={"Step": 821}),
    # ---------------------------------------------------------------- Ultralytics YOLOv8 / YOLOv5: columns without names, only component losses
    dict(fw="Ultralytics", src="https://github.com/ultralytics/ultralytics/issues/7531",
         line="       1/20      4.28G      0.865      1.986      1.303         69        640:  69%|██████▉   | 175/253 [02:09<00:19,  3.99it/s]",
         want={"IterationsPerSecond": 3.99}, optional={"Step": 175}),
    dict(fw="Ultralytics", src="https://github.com/ultralytics/ultralytics/issues/1854",
         line="    261/300      2.95G     0.3137     0.3809     0.7961          3        640: 100%|██████████| 246/246 [02:17<00:00,  1.79it/s]",
         want={"IterationsPerSecond": 1.79}, optional={"Step": 246}),
    # validation bar: its rate is not the training rate
    dict(fw="Ultralytics", src="https://github.com/ultralytics/ultralytics/issues/1854",
         line="                 Class     Images  Instances      Box(P          R      mAP50  mAP50-95): 100%|██████████| 983/983 [02:55<00:00,  5.60it/s]",
         want={}, optional={"IterationsPerSecond": 5.60}),
    # bar overwritten by a banner printed from another process
    dict(fw="Ultralytics", src="https://github.com/ultralytics/ultralytics/issues/4215",
         line="        1/1     0.906G     0.5389      11.58     0.7483     0.8451      0.874          2        640:  33%|███▎      | 1/3 [00:00<00:01,  1.22it/s]Ultralytics YOLOv8.0.149  Python-3.11.4 torch-2.0.1+cu118 CUDA:0 (NVIDIA GeForce RTX 4080, 16376MiB)",
         want={"IterationsPerSecond": 1.22}, optional={"Step": 1}),
    # YOLOv5 results.txt row: nothing is labelled
    dict(fw="Ultralytics", src="https://github.com/ultralytics/yolov5/issues/2552",
         line="      7/89     5.61G   0.03593   0.01311  0.002465    0.0515         8       640     0.949    0.9141    0.9534    0.6555   0.02349  0.006383 0.0007743",
         want={}, optional={"TrainLoss": 0.0515}),
    # ---------------------------------------------------------------- k2 / icefall: per-batch loss[...] and running tot_loss[...]
    dict(fw="icefall", src="https://github.com/k2-fsa/icefall/issues/569",
         line="2022-10-03 21:05:24,891 INFO [train.py:908] (1/4) Epoch 1, batch 5950, loss[loss=0.4641, simple_loss=0.7553, pruned_loss=0.8645, over 2402.00 frames. utt_duration=1069 frames, utt_pad_proportion=0.04948, over 9.00 utterances.], tot_loss[loss=0.4736, simple_loss=0.7719, pruned_loss=0.8763, over 468996.04 frames. utt_duration=1044 frames, utt_pad_proportion=0.05271, over 1800.00 utterances.], batch size: 9, lr: 2.41e-03",
         want={"TrainLoss": 0.4641}, optional={"Step": 5950}),
    dict(fw="icefall", src="https://github.com/k2-fsa/icefall/issues/1946",
         line="2025-05-20 02:38:47,195 INFO [train_phone.py:1056] (7/8) Epoch 1, batch 14300, loss[loss=0.6675, simple_loss=0.6511, pruned_loss=0.2501, ctc_loss=0.4594, over 19153.00 frames. ], tot_loss[loss=0.6085, simple_loss=0.5909, pruned_loss=0.2276, ctc_loss=0.4316, over 37589436.30 frames. ], batch size: 130, lr: 2.73e-02, grad_scale: 6.103515625e-05",
         want={"TrainLoss": 0.6675}, optional={"Step": 14300}),
    dict(fw="icefall", src="https://github.com/k2-fsa/icefall/issues/1946",
         line="2025-05-20 02:38:47,195 WARNING [train_phone.py:1047] (7/8) Grad scale is small: 3.0517578125e-05",
         want={}),
    dict(fw="icefall", src="https://github.com/k2-fsa/icefall/issues/1628",
         line="2024-05-17 01:46:36,929 INFO [train.py:1066] (0/8) Epoch 1, validation: loss=8.6, simple_loss=6.902, pruned_loss=6.767, ctc_loss=5.098, over 944034.00 frames. ",
         want={"ValLoss": 8.6}),
    # quartiles of recent grad norms, not this step's norm
    dict(fw="icefall", src="https://github.com/k2-fsa/icefall/issues/1628",
         line="2024-05-17 01:47:11,579 WARNING [optim.py:487] (0/8) Clipping_scale=2.0, grad-norm quartiles 9.180e+03 1.089e+04 1.176e+04 1.475e+04 1.540e+04, threshold=4.705e+04, percent-clipped=0.0",
         want={}),
    # ---------------------------------------------------------------- tinygrad MLPerf llama3 trainer: "<step> <s> s run, <loss> loss"
    dict(fw="tinygrad", src="https://github.com/tinygrad/tinygrad/pull/13803",
         line="    4 4.32 s run, 11.8750 loss, 0.000000000002 LR, 1454.57 GB used, 401488.40 GFLOPS",
         want={"TrainLoss": 11.875}, optional={"Step": 4, "StepTime": 4320}),
    dict(fw="tinygrad", src="https://github.com/tinygrad/tinygrad/pull/13803",
         line="    1 93.44 s run, 11.8750 loss, 0.000000000001 LR, 642.43 GB used,  19644.30 GFLOPS",
         want={"TrainLoss": 11.875}, optional={"Step": 1, "StepTime": 93440}),
]
