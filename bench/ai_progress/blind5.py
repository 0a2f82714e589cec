# A fifth held-out set of progress lines for the AI-training pack, collected
# blind on 2026-12-06 (about 23:00-23:35 UTC): real lines copied verbatim from
# public issue threads, pull requests and logs (source URL per line), chosen
# from sources not used in heldout.py, fresh.py, devset.py, devset2.py,
# blind.py, blind2.py, blind3.py or blind4.py. It was written without looking
# at the pack or its tests and frozen before it was scored even once. Same
# fields as the other sets: the framework, where the line was seen, the line as
# printed (tabs, carriage returns, colour codes and padding kept), the progress
# metrics it must yield (`want`) and metrics it may yield or not (`optional`:
# an in-epoch batch counter, a per-epoch average, an it/s derived from `s/it`,
# an iteration time that includes data loading). `want={}` marks a line that
# holds no training progress: the pack stays quiet.
CASES = [
    # ---------------------------------------------------------------- HF Trainer dicts (LLaMA-Factory, MiniCPM-V): nan grad norms, a loss of 0.0
    dict(fw="LLaMA-Factory", src="https://github.com/hiyouga/LlamaFactory/issues/5660",
         line="{'loss': 344093.2, 'grad_norm': nan, 'learning_rate': 9.997532801828658e-05, 'epoch': 0.0}",
         want={"TrainLoss": 344093.2}),
    dict(fw="LLaMA-Factory", src="https://github.com/hiyouga/LlamaFactory/issues/5660",
         line="{'loss': 0.0, 'grad_norm': nan, 'learning_rate': 9.990133642141359e-05, 'epoch': 0.0}",
         want={"TrainLoss": 0.0}),
    dict(fw="LLaMA-Factory", src="https://github.com/hiyouga/LlamaFactory/issues/5627",
         line="{'loss': 1.4596, 'grad_norm': nan, 'learning_rate': 4.552255167404752e-06, 'epoch': 0.66}",
         want={"TrainLoss": 1.4596}),
    dict(fw="LLaMA-Factory", src="https://github.com/hiyouga/LlamaFactory/issues/4850",
         line="{'loss': 1.6228, 'grad_norm': 9.305521011352539, 'learning_rate': 4.9424511162240815e-06, 'epoch': 0.16}",
         want={"TrainLoss": 1.6228, "GradNorm": 9.305521011352539}),
    dict(fw="HF Trainer", src="https://github.com/OpenBMB/MiniCPM-V/issues/212",
         line="{'loss': 1.0778, 'grad_norm': nan, 'learning_rate': 0.0, 'epoch': 0.0}",
         want={"TrainLoss": 1.0778}),
    # ---------------------------------------------------------------- MMEngine / MMCV (mmdet, StreamMapNet): huge grad norm; total loss named `total`
    dict(fw="MMEngine", src="https://github.com/open-mmlab/mmdetection/issues/11708",
         line="2024/05/10 15:46:31 - mmengine - INFO - Epoch(train)  [2][ 50/788]  lr: 2.0000e-03  eta: 4:14:00  time: 0.8167  data_time: 0.0169  memory: 15943  grad_norm: 3.4572  loss: 1.5043  loss_cls: 0.8781  loss_bbox: 0.6262",
         want={"TrainLoss": 1.5043, "StepTime": 816.7, "GradNorm": 3.4572}, optional={"Step": 50}),
    dict(fw="MMEngine", src="https://github.com/open-mmlab/mmdetection/issues/11708",
         line="2024/05/10 15:47:12 - mmengine - INFO - Epoch(train)  [2][100/788]  lr: 2.0000e-03  eta: 4:12:59  time: 0.8248  data_time: 0.0158  memory: 15871  grad_norm: 31101415.5974  loss: 63.1261  loss_cls: 61.5992  loss_bbox: 1.5268",
         want={"TrainLoss": 63.1261, "StepTime": 824.8, "GradNorm": 31101415.5974}, optional={"Step": 100}),
    # iteration-based runner: Iter is the global step; the summed loss is called `total`
    dict(fw="MMCV", src="https://github.com/yuantianyuan01/StreamMapNet/issues/37",
         line="2024-09-10 10:11:04,258 - mmdet - INFO - Iter [100/15000]       lr: 4.653e-05, eta: 2:21:23, time: 0.569, data_time: 0.015, memory: 10185, cls: 2.0250, reg: 8.0096, d0.cls: 1.7710, d0.reg: 5.4187, d1.cls: 1.8796, d1.reg: 5.7607, d2.cls: 1.9309, d2.reg: 6.3147, d3.cls: 1.9443, d3.reg: 6.8999, d4.cls: 1.9833, d4.reg: 7.4638, trans_loss: 0.3656, total: 51.7671, grad_norm: 117.7429",
         want={"Step": 100, "StepTime": 569, "GradNorm": 117.7429}, optional={"TrainLoss": 51.7671}),
    dict(fw="MMCV", src="https://github.com/yuantianyuan01/StreamMapNet/issues/37",
         line="2024-09-10 10:12:00,385 - mmdet - INFO - Iter [200/15000]       lr: 5.984e-05, eta: 2:19:26, time: 0.561, data_time: 0.011, memory: 10187, cls: 1.8068, reg: 3.9424, d0.cls: 1.7532, d0.reg: 3.1035, d1.cls: 1.7710, d1.reg: 3.2074, d2.cls: 1.7839, d2.reg: 3.3318, d3.cls: 1.8029, d3.reg: 3.4483, d4.cls: 1.7943, d4.reg: 3.6625, trans_loss: 0.2620, total: 31.6701, grad_norm: 79.9597",
         want={"Step": 200, "StepTime": 561, "GradNorm": 79.9597}, optional={"TrainLoss": 31.6701}),
    # ---------------------------------------------------------------- Keras 1 (2015): sample counter, whole-epoch time, no per-step time
    dict(fw="Keras", src="https://github.com/keras-team/keras/issues/21",
         line="61878/61878 [==============================] - 6s - loss: 13.3614     ",
         want={"TrainLoss": 13.3614}, optional={"Step": 61878}),
    dict(fw="Keras", src="https://github.com/keras-team/keras/issues/21",
         line="Epoch 11",
         want={}),
    # ---------------------------------------------------------------- Demucs solver (dora): Train / Valid summaries
    dict(fw="Demucs", src="https://github.com/facebookresearch/demucs/issues/315",
         line="[04-04 22:54:07][demucs.solver][INFO] - Train | Epoch 35 | 83/332 | 0.89 it/sec | Loss 0.1098 | Reco 0.1098 | Grad 0.0700",
         want={"TrainLoss": 0.1098, "IterationsPerSecond": 0.89}, optional={"Step": 83, "GradNorm": 0.0700}),
    dict(fw="Demucs", src="https://github.com/facebookresearch/demucs/issues/315",
         line="[04-04 22:58:45][demucs.solver][INFO] - Train Summary | Epoch 35 | Loss=0.1127 | Reco=0.1127 | Grad=0.0732",
         want={}, optional={"TrainLoss": 0.1127, "GradNorm": 0.0732}),
    dict(fw="Demucs", src="https://github.com/facebookresearch/demucs/issues/315",
         line="[04-04 22:58:46][demucs.solver][INFO] - Valid Summary | Epoch 35 | Loss=0.1552 | Reco=0.1552 | Nsdr=6.484 | Best=0.1501 | Bname=main",
         want={"ValLoss": 0.1552}),
    # ---------------------------------------------------------------- Ultralytics 8.3 (new bar: no tqdm brackets, rate then elapsed)
    dict(fw="Ultralytics", src="https://github.com/ultralytics/ultralytics/issues/22209",
         line="     12/300      3.87G       3.63      5.712      4.189        176        640: 100% ━━━━━━━━━━━━ 8/8 3.1it/s 2.6s",
         want={"IterationsPerSecond": 3.1}, optional={"Step": 8}),
    dict(fw="Ultralytics", src="https://github.com/ultralytics/ultralytics/issues/22209",
         line="                 Class     Images  Instances      Box(P          R      mAP50  mAP50-95): 100% ━━━━━━━━━━━━ 4/4 6.4it/s 0.6s",
         want={}, optional={"IterationsPerSecond": 6.4}),
    dict(fw="Ultralytics", src="https://github.com/ultralytics/ultralytics/issues/22209",
         line="                   all        128        929          0          0          0          0",
         want={}),
    # ---------------------------------------------------------------- fairseq (legacy text, end-of-epoch summary and validation)
    dict(fw="fairseq", src="https://github.com/facebookresearch/fairseq/issues/506",
         line="| epoch 030 | loss 3.736 | nll_loss 2.045 | ppl 4.13 | wps 1.18305e+06 | ups 2.8 | wpb 417527 | bsz 14131 | num_updates 11001 | lr 0.000602995 | gnorm 0.434 | clip 100% | oom 0 | loss_scale 2.000 | wall 4464",
         want={"Step": 11001}, optional={"TrainLoss": 3.736, "TokensPerSecond": 1183050, "IterationsPerSecond": 2.8, "GradNorm": 0.434}),
    dict(fw="fairseq", src="https://github.com/facebookresearch/fairseq/issues/506",
         line="| epoch 030 | valid on 'valid' subset | valid_loss 3.75939 | valid_nll_loss 1.99226 | valid_ppl 3.98",
         want={"ValLoss": 3.75939}),
    dict(fw="fairseq", src="https://github.com/facebookresearch/fairseq/issues/1967",
         line="2020-04-05 18:47:19 | INFO | fairseq.trainer | NOTE: overflow detected, setting loss scale to: 64.0",
         want={}),
    # ---------------------------------------------------------------- DeepSpeed (2020 engine timer, per-phase timers)
    dict(fw="DeepSpeed", src="https://github.com/deepspeedai/DeepSpeed/issues/255",
         line="[INFO 2020-06-08 06:02:19] 0/450, SamplesPerSec=7.458824487454903",
         want={"SamplesPerSecond": 7.458824487454903}, optional={"Step": 450}),
    dict(fw="DeepSpeed", src="https://github.com/deepspeedai/DeepSpeed/issues/255",
         line="time (ms) | forward_microstep: 193.65 | backward_microstep: 329.25 | backward_inner_microstep: 329.14 | backward_allreduce_microstep: 0.05 | step_microstep: 0.92",
         want={}),
    # ---------------------------------------------------------------- TF Estimator on TPU (google-research/bert)
    dict(fw="TF Estimator", src="https://github.com/google-research/bert/issues/1238",
         line="INFO:tensorflow:global_step/sec: 0.051789",
         want={"IterationsPerSecond": 0.051789}),
    dict(fw="TF Estimator", src="https://github.com/google-research/bert/issues/1238",
         line="I0609 07:53:35.833359 140427424720704 tpu_estimator.py:2351] examples/sec: 1.24294",
         want={"SamplesPerSecond": 1.24294}),
    # `(58.297 sec)` is the time for the last N logged steps, not one step
    dict(fw="TF Estimator", src="https://github.com/google-research/bert/issues/1238",
         line="I0609 07:53:35.956785 140160153200448 basic_session_run_hooks.py:260]    Loss  = 1.6558864 (58.297 sec)",
         want={"TrainLoss": 1.6558864}),
    # ---------------------------------------------------------------- MAE/DeiT-style MetricLogger (LLaMA-Adapter): median (global avg), time includes data
    dict(fw="MetricLogger (LLaMA-Adapter)", src="https://github.com/OpenGVLab/LLaMA-Adapter/issues/144",
         line="[17:11:05.859398] Epoch: [0]  [   30/13000]  eta: 2:17:53  lr: 0.000000  closs: 1.5078 (1.6011)  time: 0.6125  data: 0.0001  max mem: 20618",
         want={"TrainLoss": 1.5078}, optional={"Step": 30, "StepTime": 612.5}),
    dict(fw="MetricLogger (LLaMA-Adapter)", src="https://github.com/OpenGVLab/LLaMA-Adapter/issues/144",
         line="[17:11:49.250349] Epoch: [0]  [  100/13000]  eta: 2:14:27  lr: 0.000001  closs: 1.5889 (1.6096)  time: 0.6232  data: 0.0001  max mem: 20618",
         want={"TrainLoss": 1.5889}, optional={"Step": 100, "StepTime": 623.2}),
    # ---------------------------------------------------------------- Keras 2 (ssd_keras, keras-yolo3): whole-second step time, callback chatter
    dict(fw="Keras", src="https://github.com/pierluigiferrari/ssd_keras/issues/344",
         line="1000/1000 [==============================] - 1873s 2s/step - loss: 3.6317 - val_loss: 3.3623",
         want={"TrainLoss": 3.6317, "ValLoss": 3.3623, "StepTime": 2000}, optional={"Step": 1000}),
    # the best val_loss so far, not this epoch's
    dict(fw="Keras", src="https://github.com/pierluigiferrari/ssd_keras/issues/344",
         line="Epoch 00026: val_loss did not improve from 3.22992",
         want={}),
    dict(fw="Keras", src="https://github.com/pierluigiferrari/ssd_keras/issues/344",
         line="Epoch 00027: LearningRateScheduler setting learning rate to 0.001.",
         want={}),
    dict(fw="Keras", src="https://github.com/qqwweee/keras-yolo3/issues/299",
         line=" 48/110 [============>.................] - ETA: 59s - loss: 6005.1967 ",
         want={"TrainLoss": 6005.1967}, optional={"Step": 48}),
    # ---------------------------------------------------------------- TF2 Object Detection API (model_lib_v2), absl and tf logger copies
    dict(fw="TF Object Detection API", src="https://github.com/TannerGilbert/Tensorflow-Object-Detection-API-Train-Model/issues/6",
         line="I0912 11:43:14.231966 139735407601536 model_lib_v2.py:652] Step 300 per-step time 0.844s loss=1.346",
         want={"Step": 300, "StepTime": 844, "TrainLoss": 1.346}),
    dict(fw="TF Object Detection API", src="https://github.com/TannerGilbert/Tensorflow-Object-Detection-API-Train-Model/issues/6",
         line="INFO:tensorflow:Step 800 per-step time 0.748s loss=2.155",
         want={"Step": 800, "StepTime": 748, "TrainLoss": 2.155}),
    dict(fw="TF Object Detection API", src="https://github.com/TannerGilbert/Tensorflow-Object-Detection-API-Train-Model/issues/6",
         line="I0912 11:51:17.713723 139735407601536 model_lib_v2.py:652] Step 900 per-step time 0.813s loss=2.374",
         want={"Step": 900, "StepTime": 813, "TrainLoss": 2.374}),
]
