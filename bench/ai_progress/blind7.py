# An eighth held-out set of progress lines for the AI-training pack, collected
# blind on 2026-12-07 (UTC night). Most lines come from training logs that
# people committed to their repositories (train.log, nohup.out, log.txt,
# trainer_state.json, trainer_log.jsonl, run notes), read byte for byte from
# the repository at the commit named in `src`; the rest are copied verbatim
# from public issue threads and pull requests. No source (repository file,
# issue or pull request) used in heldout.py, fresh.py, devset.py, devset2.py or
# blind.py .. blind6.py was taken again. The set was written without looking
# at the pack or its tests and frozen before it was scored even once. Same
# fields as heldout.py: the framework, where the line was seen, the line as
# printed (tabs, the `\r` of progress-bar refreshes, ANSI colour codes, CRLF,
# full-width punctuation and trailing blanks kept), the progress metrics it
# must yield (`want`) and metrics it may yield or not (`optional`: an in-epoch
# batch counter, an it/s derived from `s/it`, a time whose unit or span the
# line does not say, a per-epoch or whole-run average). `want={}` marks a line
# that holds no training progress: the pack stays quiet.
CASES = [
    # ---------------------------------------------------------------- HF Trainer (Gemma-2 LoRA, nohup output: the loss dict is glued to the \r bar refresh before it)
    dict(fw='HF Trainer', src='https://github.com/2200xiaohu/LMSYS/blob/3259a5c2a80438e8e227d57cd391563bd4646220/train.log',
         line="{'loss': 0.6081, 'grad_norm': 3.3574726581573486, 'learning_rate': 7e-05, 'epoch': 0.01}",
         want={"TrainLoss": 0.6081, "GradNorm": 3.3574726581573486}),
    # the bar refresh and the first logged dict of the run on one record
    dict(fw='HF Trainer', src='https://github.com/2200xiaohu/LMSYS/blob/3259a5c2a80438e8e227d57cd391563bd4646220/train.log',
         line="\r  2%|██████▊                                                                                                                                                                                                                                                                                | 200/8264 [23:37<15:44:25,  7.03s/it]{'loss': 12.4476, 'grad_norm': 35.838836669921875, 'learning_rate': 2.333333333333333e-05, 'epoch': 0.0}",
         want={"TrainLoss": 12.4476, "GradNorm": 35.838836669921875}, optional={"Step": 200, "IterationsPerSecond": 1 / 7.03}),
    # first refresh after an evaluation: the s/it is inflated by the evaluation
    dict(fw='HF Trainer', src='https://github.com/2200xiaohu/LMSYS/blob/3259a5c2a80438e8e227d57cd391563bd4646220/train.log',
         line='\r  2%|██████▋                                                                                                                                                                                                                                                                              | 201/8264 [34:37<454:01:47, 202.72s/it]',
         want={}, optional={"Step": 201, "IterationsPerSecond": 1 / 202.72}),
    # the evaluation dict glued to a bar refresh: eval throughput is not training throughput
    dict(fw='HF Trainer', src='https://github.com/2200xiaohu/LMSYS/blob/3259a5c2a80438e8e227d57cd391563bd4646220/train.log',
         line="\r  3%|████████▏                                                                                                                                                                                                                                                                              | 244/8264 [39:40<15:39:22,  7.03s/it]{'eval_loss': 0.516632080078125, 'eval_log_loss': 1.032826258623043, 'eval_runtime': 642.6463, 'eval_samples_per_second': 4.587, 'eval_steps_per_second': 4.587, 'epoch': 0.05}",
         want={"ValLoss": 0.516632080078125}, optional={"Step": 244, "IterationsPerSecond": 1 / 7.03}),
    dict(fw='HF Trainer', src='https://github.com/2200xiaohu/LMSYS/blob/3259a5c2a80438e8e227d57cd391563bd4646220/train.log',
         line='Saving model checkpoint to output/toasty-sponge-403/checkpoint-200',
         want={}, optional={"Step": 200}),
    # ---------------------------------------------------------------- HF Seq2SeqTrainer (Whisper fine-tune): trainer_state.json pretty-printed, one key per line
    dict(fw='HF Trainer', src='https://github.com/ByErenOzer/Whisper_Finetune/blob/a3d944aa220d19241a107c34bfe7dd3ab17a40d2/trainer_state.json',
         line='      "loss": 0.8328424835205078,',
         want={"TrainLoss": 0.8328424835205078}),
    dict(fw='HF Trainer', src='https://github.com/ByErenOzer/Whisper_Finetune/blob/a3d944aa220d19241a107c34bfe7dd3ab17a40d2/trainer_state.json',
         line='      "grad_norm": 6.625,',
         want={"GradNorm": 6.625}),
    dict(fw='HF Trainer', src='https://github.com/ByErenOzer/Whisper_Finetune/blob/a3d944aa220d19241a107c34bfe7dd3ab17a40d2/trainer_state.json',
         line='      "step": 1225',
         want={"Step": 1225}),
    dict(fw='HF Trainer', src='https://github.com/ByErenOzer/Whisper_Finetune/blob/a3d944aa220d19241a107c34bfe7dd3ab17a40d2/trainer_state.json',
         line='      "eval_loss": 0.2190256416797638,',
         want={"ValLoss": 0.2190256416797638}),
    # evaluation throughput
    dict(fw='HF Trainer', src='https://github.com/ByErenOzer/Whisper_Finetune/blob/a3d944aa220d19241a107c34bfe7dd3ab17a40d2/trainer_state.json',
         line='      "eval_samples_per_second": 3.517,',
         want={}),
    # whole-run average
    dict(fw='HF Trainer', src='https://github.com/ByErenOzer/Whisper_Finetune/blob/a3d944aa220d19241a107c34bfe7dd3ab17a40d2/trainer_state.json',
         line='      "train_loss": 0.2447784274419149,',
         want={}, optional={"TrainLoss": 0.2447784274419149}),
    # ---------------------------------------------------------------- GPT-2 124M reproduction (build-nanogpt style loop): dt in ms, tok/sec, norm
    dict(fw='nanoGPT-style', src='https://github.com/CeciliaGuo331/nano-gpt/blob/0d1360a78e4c2dcaad00a8231dda3a8a90d2e3bf/log/train.log',
         line='step     0 | loss: 10.955003 | lr 8.3916e-07 | norm: 15.3438 | dt: 51661.39ms | tok/sec: 10148.55',
         want={"Step": 0, "TrainLoss": 10.955003, "GradNorm": 15.3438, "StepTime": 51661.39, "TokensPerSecond": 10148.55}),
    # a step that also ran the validation and the sampling: its time is what the line says
    dict(fw='nanoGPT-style', src='https://github.com/CeciliaGuo331/nano-gpt/blob/0d1360a78e4c2dcaad00a8231dda3a8a90d2e3bf/log/train.log',
         line='step  2500 | loss: 3.305068 | lr 5.8750e-04 | norm: 0.2752 | dt: 53795.35ms | tok/sec: 9745.97',
         want={"Step": 2500, "TrainLoss": 3.305068, "GradNorm": 0.2752, "StepTime": 53795.35, "TokensPerSecond": 9745.97}),
    dict(fw='nanoGPT-style', src='https://github.com/CeciliaGuo331/nano-gpt/blob/0d1360a78e4c2dcaad00a8231dda3a8a90d2e3bf/log/train.log',
         line='step 19071 | loss: 3.072705 | lr 6.0000e-05 | norm: 0.3273 | dt: 4784.87ms | tok/sec: 109571.96',
         want={"Step": 19071, "TrainLoss": 3.072705, "GradNorm": 0.3273, "StepTime": 4784.87, "TokensPerSecond": 109571.96}),
    dict(fw='nanoGPT-style', src='https://github.com/CeciliaGuo331/nano-gpt/blob/0d1360a78e4c2dcaad00a8231dda3a8a90d2e3bf/log/train.log',
         line='validation loss: 3.9097',
         want={"ValLoss": 3.9097}),
    # an evaluation score, not a loss
    dict(fw='nanoGPT-style', src='https://github.com/CeciliaGuo331/nano-gpt/blob/0d1360a78e4c2dcaad00a8231dda3a8a90d2e3bf/log/train.log',
         line='HellaSwag accuracy: 2486/10042=0.2476',
         want={}),
    # a generated sample
    dict(fw='nanoGPT-style', src='https://github.com/CeciliaGuo331/nano-gpt/blob/0d1360a78e4c2dcaad00a8231dda3a8a90d2e3bf/log/train.log',
         line="rank 0 sample 3: Hello, I'm a language model, a different energy-based energy. These can still be a much about the time before this means that he said to this",
         want={}),
    # ---------------------------------------------------------------- ad-hoc loss table (tab-separated `step<TAB>loss`): the header names the columns, the rows do not
    dict(fw='ad-hoc', src='https://github.com/Jayant-Guru-Shrivastava/ERAV4-Session11-shakespeare-gpt2-124M/blob/f523cc5004df8a788be069dcf4aa338a3fc9ad94/logs/train.log',
         line='step\tloss',
         want={}),
    # two bare numbers: only the header says what they are
    dict(fw='ad-hoc', src='https://github.com/Jayant-Guru-Shrivastava/ERAV4-Session11-shakespeare-gpt2-124M/blob/f523cc5004df8a788be069dcf4aa338a3fc9ad94/logs/train.log',
         line='2240\t2.793326',
         want={}, optional={"Step": 2240, "TrainLoss": 2.793326}),
    # ---------------------------------------------------------------- FADNet (disparity estimation): per-epoch table, tab-separated, CRLF line ends
    dict(fw='FADNet', src='https://github.com/HKBU-HPML/FADNet/blob/8ed48b2d02b1b5096cb6475b424a2520b4831bc9/logs/train.log',
         line='train_loss\ttrain_EPE\tEPE\r',
         want={}),
    # unlabeled columns
    dict(fw='FADNet', src='https://github.com/HKBU-HPML/FADNet/blob/8ed48b2d02b1b5096cb6475b424a2520b4831bc9/logs/train.log',
         line='9.481225096748151\t16.133394947367197\t16.11992228178465\r',
         want={}, optional={"TrainLoss": 9.481225096748151}),
    # ---------------------------------------------------------------- DSFD (ssd.pytorch lineage): Timer / epoch-iter-Loss / per-head losses / lr, each on its own line
    dict(fw='DSFD', src='https://github.com/Challenging6/DSFD.pytorch/blob/96faecf85a1ac34b3bf687ba37f9fe30ea37df7b/train.log',
         line='epoch:0 || iter:0 || Loss:26.3755',
         want={"Step": 0, "TrainLoss": 26.3755}),
    dict(fw='DSFD', src='https://github.com/Challenging6/DSFD.pytorch/blob/96faecf85a1ac34b3bf687ba37f9fe30ea37df7b/train.log',
         line='epoch:11 || iter:15370 || Loss:5.5488',
         want={"Step": 15370, "TrainLoss": 5.5488}),
    # a time without unit or span
    dict(fw='DSFD', src='https://github.com/Challenging6/DSFD.pytorch/blob/96faecf85a1ac34b3bf687ba37f9fe30ea37df7b/train.log',
         line='Timer: 0.6642',
         want={}, optional={"StepTime": 664.2}),
    # component losses of one head, no total
    dict(fw='DSFD', src='https://github.com/Challenging6/DSFD.pytorch/blob/96faecf85a1ac34b3bf687ba37f9fe30ea37df7b/train.log',
         line='->> pal1 conf loss:1.7314 || pal1 loc loss:1.6208',
         want={}),
    dict(fw='DSFD', src='https://github.com/Challenging6/DSFD.pytorch/blob/96faecf85a1ac34b3bf687ba37f9fe30ea37df7b/train.log',
         line='test epoch:0 || Loss:4.3688',
         want={"ValLoss": 4.3688}),
    dict(fw='DSFD', src='https://github.com/Challenging6/DSFD.pytorch/blob/96faecf85a1ac34b3bf687ba37f9fe30ea37df7b/train.log',
         line='Saving state, iter: 5000',
         want={}, optional={"Step": 5000}),
    # ---------------------------------------------------------------- PaddleVideo (3D-ResNet): train/val batches and END-of-epoch averages
    dict(fw='PaddleVideo', src='https://github.com/justld/3D-ResNets_paddle/blob/f5dad6b3d35717bd2595b28cecd0eb6a40fc4a20/log/train.log',
         line='[12/25 14:24:53] epoch:[  1/25 ] train step:100  loss: 3.45068 lr: 0.010000 top1: 0.23438 top5: 0.45312 batch_cost: 1.94236 sec, reader_cost: 1.53779 sec, ips: 32.94963 instance/sec.',
         want={"TrainLoss": 3.45068, "StepTime": 1942.36, "SamplesPerSecond": 32.94963}, optional={"Step": 100}),
    # per-epoch averages
    dict(fw='PaddleVideo', src='https://github.com/justld/3D-ResNets_paddle/blob/f5dad6b3d35717bd2595b28cecd0eb6a40fc4a20/log/train.log',
         line='[12/25 14:25:53] END epoch:1   train loss_avg: 3.94312  top1_avg: 0.10801 top5_avg: 0.29048 avg_batch_cost: 6.85139 sec, avg_reader_cost: 6.42886 sec, batch_cost_sum: 199.92121 sec, avg_ips: 47.69879 instance/sec.',
         want={}, optional={"TrainLoss": 3.94312, "StepTime": 6851.39, "SamplesPerSecond": 47.69879}),
    # a validation batch: its batch_cost and ips are evaluation speed
    dict(fw='PaddleVideo', src='https://github.com/justld/3D-ResNets_paddle/blob/f5dad6b3d35717bd2595b28cecd0eb6a40fc4a20/log/train.log',
         line='[12/25 14:25:57] epoch:[  1/25 ] val step:0    loss: 3.27431 top1: 0.12500 top5: 0.48438 batch_cost: 4.21128 sec, reader_cost: 0.00000 sec, ips: 15.19727 instance/sec.',
         want={"ValLoss": 3.27431}, optional={"Step": 0}),
    dict(fw='PaddleVideo', src='https://github.com/justld/3D-ResNets_paddle/blob/f5dad6b3d35717bd2595b28cecd0eb6a40fc4a20/log/train.log',
         line='[12/25 14:26:56] END epoch:1   val loss_avg: 3.62249 top1_avg: 0.14896 top5_avg: 0.38984 avg_batch_cost: 0.03663 sec, avg_reader_cost: 0.00000 sec, batch_cost_sum: 63.13030 sec, avg_ips: 60.82658 instance/sec.',
         want={"ValLoss": 3.62249}),
    dict(fw='PaddleVideo', src='https://github.com/justld/3D-ResNets_paddle/blob/f5dad6b3d35717bd2595b28cecd0eb6a40fc4a20/log/train.log',
         line='[12/25 14:26:56] Already save the best model (top1 acc)0.1489',
         want={}),
    # ---------------------------------------------------------------- MXNet Module.fit (image classification): Speedometer lines carry samples/sec and accuracy only
    dict(fw='MXNet', src='https://github.com/OuyangChao/mxnet-cls/blob/6061ee5de59ea7a739513e81ee9af6ec795e1b72/log/train.log',
         line='INFO:root:Epoch[0] Batch [20]\tSpeed: 142.33 samples/sec\taccuracy=0.562500',
         want={"SamplesPerSecond": 142.33}, optional={"Step": 20}),
    dict(fw='MXNet', src='https://github.com/OuyangChao/mxnet-cls/blob/6061ee5de59ea7a739513e81ee9af6ec795e1b72/log/train.log',
         line='INFO:root:Epoch[7] Batch [100]\tSpeed: 139.65 samples/sec\taccuracy=0.935937',
         want={"SamplesPerSecond": 139.65}, optional={"Step": 100}),
    # time of the whole epoch
    dict(fw='MXNet', src='https://github.com/OuyangChao/mxnet-cls/blob/6061ee5de59ea7a739513e81ee9af6ec795e1b72/log/train.log',
         line='INFO:root:Epoch[0] Time cost=140.990',
         want={}),
    dict(fw='MXNet', src='https://github.com/OuyangChao/mxnet-cls/blob/6061ee5de59ea7a739513e81ee9af6ec795e1b72/log/train.log',
         line='INFO:root:Epoch[0] Validation-accuracy=0.710788',
         want={}),
    dict(fw='MXNet', src='https://github.com/OuyangChao/mxnet-cls/blob/6061ee5de59ea7a739513e81ee9af6ec795e1b72/log/train.log',
         line='INFO:root:Update[3751]: Change learning rate to 1.00000e-03',
         want={}, optional={"Step": 3751}),
    # ---------------------------------------------------------------- mlprof + DeepSpeed (run pasted into notes behind `>` quoting): steps printed as floats, dt without unit
    # batch_loss is this batch, running_loss an average
    dict(fw='mlprof/DeepSpeed', src='https://github.com/saforem2/vault/blob/d96afcb06ae007719358935729013925a1d52c1a/imported/0007-MeetingNotes/Venkat/logs/mlprof/train-deepspeed-thetaGPU.md',
         line='>     [2023-01-11 13:28:14,036][mlprof.trainers.pytorch.trainer][INFO] - [0] [1/10: 1280/1875 (62%)] epoch=1.0000 step=6.0000 dt=0.0025 batch_acc=0.5469 batch_loss=0.0063 acc=0.2709 running_loss=0.0066',
         want={"Step": 6, "TrainLoss": 0.0063}, optional={"StepTime": 2.5}),
    # per-epoch train summary
    dict(fw='mlprof/DeepSpeed', src='https://github.com/saforem2/vault/blob/d96afcb06ae007719358935729013925a1d52c1a/imported/0007-MeetingNotes/Venkat/logs/mlprof/train-deepspeed-thetaGPU.md',
         line='>     [2023-01-11 13:28:15,367][mlprof.trainers.pytorch.trainer][INFO] - [TRAIN]  loss=0.0003  acc=1%',
         want={"TrainLoss": 0.0003}),
    dict(fw='mlprof/DeepSpeed', src='https://github.com/saforem2/vault/blob/d96afcb06ae007719358935729013925a1d52c1a/imported/0007-MeetingNotes/Venkat/logs/mlprof/train-deepspeed-thetaGPU.md',
         line='>     [2023-01-11 13:28:15,366][mlprof.trainers.pytorch.trainer][INFO] - [TEST] Accuracy: 71%',
         want={}),
    # DeepSpeed's optimizer-step notice: no metric
    dict(fw='mlprof/DeepSpeed', src='https://github.com/saforem2/vault/blob/d96afcb06ae007719358935729013925a1d52c1a/imported/0007-MeetingNotes/Venkat/logs/mlprof/train-deepspeed-thetaGPU.md',
         line='>     [2023-01-11 13:27:59,212] [INFO] [logging.py:68:log_dist] [Rank 0] step=0, skipped=0, lr=[0.001], mom=[[0.8, 0.999]]',
         want={}, optional={"Step": 0}),
    # ---------------------------------------------------------------- ad-hoc Transformer en-de translation (nohup): epoch summaries and a save notice repeating the val loss
    dict(fw='ad-hoc epoch print', src='https://github.com/GuoxiangJiang/Transformer-in-en-de-trans/blob/6570311d26149959b40c1d5519068ab6bcadb0c9/logs/train.log',
         line='Epoch 1/100 - Train Loss: 4.0520, Val Loss: 3.2508',
         want={"TrainLoss": 4.052, "ValLoss": 3.2508}),
    dict(fw='ad-hoc epoch print', src='https://github.com/GuoxiangJiang/Transformer-in-en-de-trans/blob/6570311d26149959b40c1d5519068ab6bcadb0c9/logs/train.log',
         line='Epoch 50/100 - Train Loss: 1.2961, Val Loss: 1.4169',
         want={"TrainLoss": 1.2961, "ValLoss": 1.4169}),
    # "saving best model": restates the last validation loss
    dict(fw='ad-hoc epoch print', src='https://github.com/GuoxiangJiang/Transformer-in-en-de-trans/blob/6570311d26149959b40c1d5519068ab6bcadb0c9/logs/train.log',
         line='  保存最佳模型 (val_loss=3.2508)',
         want={}, optional={"ValLoss": 3.2508}),
    # ---------------------------------------------------------------- LeRobot policy training: step/smpl/ep abbreviated with K, grdn = grad norm, updt_s = update time in s
    dict(fw='LeRobot', src='https://github.com/Adam-Axelrod/lerobot/blob/cded8ee5b57cd0c51073708f59be0fbbc33c25bd/train_log.txt',
         line='INFO 2026-06-12 10:53:24 ot_train.py:357 step:400 smpl:13K ep:40 epch:1.01 loss:2.215 grdn:49.836 lr:1.0e-05 updt_s:0.504 data_s:0.083',
         want={"Step": 400, "TrainLoss": 2.215, "GradNorm": 49.836}, optional={"StepTime": 504}),
    dict(fw='LeRobot', src='https://github.com/Adam-Axelrod/lerobot/blob/cded8ee5b57cd0c51073708f59be0fbbc33c25bd/train_log.txt',
         line='INFO 2026-06-12 10:58:46 ot_train.py:357 step:1K smpl:32K ep:101 epch:2.53 loss:1.226 grdn:34.825 lr:1.0e-05 updt_s:0.502 data_s:0.010',
         want={"Step": 1000, "TrainLoss": 1.226, "GradNorm": 34.825}, optional={"StepTime": 502}),
    dict(fw='LeRobot', src='https://github.com/Adam-Axelrod/lerobot/blob/cded8ee5b57cd0c51073708f59be0fbbc33c25bd/train_log.txt',
         line='INFO 2026-06-12 12:21:20 ot_train.py:357 step:10K smpl:320K ep:1K epch:25.31 loss:0.054 grdn:8.456 lr:1.0e-05 updt_s:0.501 data_s:0.084',
         want={"Step": 10000, "TrainLoss": 0.054, "GradNorm": 8.456}, optional={"StepTime": 501}),
    dict(fw='LeRobot', src='https://github.com/Adam-Axelrod/lerobot/blob/cded8ee5b57cd0c51073708f59be0fbbc33c25bd/train_log.txt',
         line='INFO 2026-06-12 11:35:18 ot_train.py:367 Checkpoint policy after step 5000',
         want={}, optional={"Step": 5000}),
    dict(fw='LeRobot', src='https://github.com/Adam-Axelrod/lerobot/blob/cded8ee5b57cd0c51073708f59be0fbbc33c25bd/train_log.txt',
         line='INFO 2026-06-12 18:28:10 etrained.py:237 Model pushed to https://huggingface.co/AdamAxelrod/space_mouse_puple_dot_40demos_seed42_2',
         want={}),
    # ---------------------------------------------------------------- 3D Gaussian Splatting: one \r-refreshed bar over all 30000 iterations, Loss in the postfix
    # first postfix, no rate yet
    dict(fw='3DGS', src='https://github.com/Kangkang-wky/gaussian-splatting/blob/9d49db3bda3856290f09bbcac2832980f86203da/log/train.log',
         line='\rTraining progress:   0%|          | 0/30000 [00:00<?, ?it/s, Loss=0.2493386]',
         want={"TrainLoss": 0.2493386}, optional={"Step": 0}),
    dict(fw='3DGS', src='https://github.com/Kangkang-wky/gaussian-splatting/blob/9d49db3bda3856290f09bbcac2832980f86203da/log/train.log',
         line='\rTraining progress:  25%|██▌       | 7500/30000 [02:51<09:26, 39.68it/s, Loss=0.0573354]',
         want={"TrainLoss": 0.0573354, "IterationsPerSecond": 39.68}, optional={"Step": 7500}),
    # an evaluation on the training views
    dict(fw='3DGS', src='https://github.com/Kangkang-wky/gaussian-splatting/blob/9d49db3bda3856290f09bbcac2832980f86203da/log/train.log',
         line='[ITER 7000] Evaluating train: L1 0.03366685435175896 PSNR 24.70767936706543 [12/01 08:55:00]',
         want={}, optional={"Step": 7000}),
    dict(fw='3DGS', src='https://github.com/Kangkang-wky/gaussian-splatting/blob/9d49db3bda3856290f09bbcac2832980f86203da/log/train.log',
         line='[ITER 7000] Saving Gaussians [12/01 08:55:00]',
         want={}, optional={"Step": 7000}),
    # ---------------------------------------------------------------- ColossalAI DreamBooth (rich handler, wrapped and right-padded): setup and memory notices only
    # a configured total, not progress
    dict(fw='ColossalAI', src='https://github.com/Jadeeeey/ColossalAI-Dreambooth/blob/08f4d992dc27a72410182825d39f343f4c3b0aa7/log/train.log',
         line='                    INFO     colossalai - colossalai - INFO:   Total optimization steps = 1000        ',
         want={}),
    dict(fw='ColossalAI', src='https://github.com/Jadeeeey/ColossalAI-Dreambooth/blob/08f4d992dc27a72410182825d39f343f4c3b0aa7/log/train.log',
         line='                    INFO     colossalai - colossalai - INFO: max GPU_mem cost is 3806.513671875 MB    ',
         want={}),
    # ---------------------------------------------------------------- TRPO (TF1) episode rewards, SAM2 video inference bar, a LLaMA-Factory progress record without loss
    # an episode reward
    dict(fw='TRPO (TensorFlow)', src='https://github.com/ChenShawn/advanced_policy_gradient_methods/blob/2b07ef60b903b3f79ed4082efb30bf7a509876d0/train.log',
         line='Total reward in global step 44: 6.0735884453686015',
         want={}, optional={"Step": 44}),
    dict(fw='TRPO (TensorFlow)', src='https://github.com/ChenShawn/advanced_policy_gradient_methods/blob/2b07ef60b903b3f79ed4082efb30bf7a509876d0/train.log',
         line='2019-02-24 18:57:11.296416: --Global-step 1000 --Accept model update with alpha=1.0',
         want={}, optional={"Step": 1000}),
    # video propagation at inference time
    dict(fw='SAM2 (inference)', src='https://github.com/ZZDDD/sam2/blob/5de58a5e85f95c97a1d025fb617415711d20c900/nohup.log',
         line='\rpropagate in video:   0%|          | 6/17538 [00:00<21:56, 13.31it/s]',
         want={}),
    dict(fw='LLaMA-Factory', src='https://github.com/AnthonyTang7/LLM-Assisted-RL/blob/8c390645529b73614d71198caae5a5b081f53d0b/trainer_log.jsonl',
         line='{"current_steps": 505, "total_steps": 512, "percentage": 98.63, "elapsed_time": "0:11:02", "remaining_time": "0:00:09"}',
         want={}, optional={"Step": 505}),
]
