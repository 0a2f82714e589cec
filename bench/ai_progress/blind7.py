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
    # a bar refresh and a logged dict on one record
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
    # ---------------------------------------------------------------- HF Seq2SeqTrainer (Whisper fine-tune): trainer_state.json pretty-printed, one key per line
    # (reviewed before scoring) a state file rewritten whole at each checkpoint, not a log: a line
    # alone holds one key and no sign of training progress (`"step": 1225` stands in any JSON
    # config too), so each metric may be read or not, but never with another value
    dict(fw='HF Trainer', src='https://github.com/ByErenOzer/Whisper_Finetune/blob/a3d944aa220d19241a107c34bfe7dd3ab17a40d2/trainer_state.json',
         line='      "loss": 0.8328424835205078,',
         want={}, optional={"TrainLoss": 0.8328424835205078}),
    dict(fw='HF Trainer', src='https://github.com/ByErenOzer/Whisper_Finetune/blob/a3d944aa220d19241a107c34bfe7dd3ab17a40d2/trainer_state.json',
         line='      "grad_norm": 6.625,',
         want={}, optional={"GradNorm": 6.625}),
    dict(fw='HF Trainer', src='https://github.com/ByErenOzer/Whisper_Finetune/blob/a3d944aa220d19241a107c34bfe7dd3ab17a40d2/trainer_state.json',
         line='      "step": 1225',
         want={}, optional={"Step": 1225}),
    dict(fw='HF Trainer', src='https://github.com/ByErenOzer/Whisper_Finetune/blob/a3d944aa220d19241a107c34bfe7dd3ab17a40d2/trainer_state.json',
         line='      "eval_loss": 0.2190256416797638,',
         want={}, optional={"ValLoss": 0.2190256416797638}),
    # evaluation throughput
    dict(fw='HF Trainer', src='https://github.com/ByErenOzer/Whisper_Finetune/blob/a3d944aa220d19241a107c34bfe7dd3ab17a40d2/trainer_state.json',
         line='      "eval_samples_per_second": 3.517,',
         want={}),
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
    # ---------------------------------------------------------------- FADNet (disparity estimation): per-epoch table, tab-separated, CRLF line ends
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
    # component losses of one head, no total
    dict(fw='DSFD', src='https://github.com/Challenging6/DSFD.pytorch/blob/96faecf85a1ac34b3bf687ba37f9fe30ea37df7b/train.log',
         line='->> pal1 conf loss:1.7314 || pal1 loc loss:1.6208',
         want={}),
    dict(fw='DSFD', src='https://github.com/Challenging6/DSFD.pytorch/blob/96faecf85a1ac34b3bf687ba37f9fe30ea37df7b/train.log',
         line='test epoch:0 || Loss:4.3688',
         want={"ValLoss": 4.3688}),
    # ---------------------------------------------------------------- PaddleVideo (3D-ResNet): train/val batches and END-of-epoch averages
    dict(fw='PaddleVideo', src='https://github.com/justld/3D-ResNets_paddle/blob/f5dad6b3d35717bd2595b28cecd0eb6a40fc4a20/log/train.log',
         line='[12/25 14:24:53] epoch:[  1/25 ] train step:100  loss: 3.45068 lr: 0.010000 top1: 0.23438 top5: 0.45312 batch_cost: 1.94236 sec, reader_cost: 1.53779 sec, ips: 32.94963 instance/sec.',
         want={"TrainLoss": 3.45068, "StepTime": 1942.36, "SamplesPerSecond": 32.94963}, optional={"Step": 100}),
    # a validation batch: its batch_cost and ips are evaluation speed
    dict(fw='PaddleVideo', src='https://github.com/justld/3D-ResNets_paddle/blob/f5dad6b3d35717bd2595b28cecd0eb6a40fc4a20/log/train.log',
         line='[12/25 14:25:57] epoch:[  1/25 ] val step:0    loss: 3.27431 top1: 0.12500 top5: 0.48438 batch_cost: 4.21128 sec, reader_cost: 0.00000 sec, ips: 15.19727 instance/sec.',
         want={"ValLoss": 3.27431}, optional={"Step": 0}),
    dict(fw='PaddleVideo', src='https://github.com/justld/3D-ResNets_paddle/blob/f5dad6b3d35717bd2595b28cecd0eb6a40fc4a20/log/train.log',
         line='[12/25 14:26:56] END epoch:1   val loss_avg: 3.62249 top1_avg: 0.14896 top5_avg: 0.38984 avg_batch_cost: 0.03663 sec, avg_reader_cost: 0.00000 sec, batch_cost_sum: 63.13030 sec, avg_ips: 60.82658 instance/sec.',
         want={"ValLoss": 3.62249}),
    # ---------------------------------------------------------------- MXNet Module.fit (image classification): Speedometer lines carry samples/sec and accuracy only
    dict(fw='MXNet', src='https://github.com/OuyangChao/mxnet-cls/blob/6061ee5de59ea7a739513e81ee9af6ec795e1b72/log/train.log',
         line='INFO:root:Epoch[0] Batch [20]\tSpeed: 142.33 samples/sec\taccuracy=0.562500',
         want={"SamplesPerSecond": 142.33}, optional={"Step": 20}),
    dict(fw='MXNet', src='https://github.com/OuyangChao/mxnet-cls/blob/6061ee5de59ea7a739513e81ee9af6ec795e1b72/log/train.log',
         line='INFO:root:Epoch[7] Batch [100]\tSpeed: 139.65 samples/sec\taccuracy=0.935937',
         want={"SamplesPerSecond": 139.65}, optional={"Step": 100}),
    dict(fw='MXNet', src='https://github.com/OuyangChao/mxnet-cls/blob/6061ee5de59ea7a739513e81ee9af6ec795e1b72/log/train.log',
         line='INFO:root:Epoch[0] Validation-accuracy=0.710788',
         want={}),
    # ---------------------------------------------------------------- mlprof + DeepSpeed (run pasted into notes behind `>` quoting): steps printed as floats, dt without unit
    # batch_loss is this batch, running_loss an average
    dict(fw='mlprof/DeepSpeed', src='https://github.com/saforem2/vault/blob/d96afcb06ae007719358935729013925a1d52c1a/imported/0007-MeetingNotes/Venkat/logs/mlprof/train-deepspeed-thetaGPU.md',
         line='>     [2023-01-11 13:28:14,036][mlprof.trainers.pytorch.trainer][INFO] - [0] [1/10: 1280/1875 (62%)] epoch=1.0000 step=6.0000 dt=0.0025 batch_acc=0.5469 batch_loss=0.0063 acc=0.2709 running_loss=0.0066',
         want={"Step": 6, "TrainLoss": 0.0063}, optional={"StepTime": 2.5}),
    # per-epoch train summary
    dict(fw='mlprof/DeepSpeed', src='https://github.com/saforem2/vault/blob/d96afcb06ae007719358935729013925a1d52c1a/imported/0007-MeetingNotes/Venkat/logs/mlprof/train-deepspeed-thetaGPU.md',
         line='>     [2023-01-11 13:28:15,367][mlprof.trainers.pytorch.trainer][INFO] - [TRAIN]  loss=0.0003  acc=1%',
         want={"TrainLoss": 0.0003}),
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
    # ---------------------------------------------------------------- 3D Gaussian Splatting: one \r-refreshed bar over all 30000 iterations, Loss in the postfix
    # first postfix, no rate yet
    dict(fw='3DGS', src='https://github.com/Kangkang-wky/gaussian-splatting/blob/9d49db3bda3856290f09bbcac2832980f86203da/log/train.log',
         line='\rTraining progress:   0%|          | 0/30000 [00:00<?, ?it/s, Loss=0.2493386]',
         want={"TrainLoss": 0.2493386}, optional={"Step": 0}),
    dict(fw='3DGS', src='https://github.com/Kangkang-wky/gaussian-splatting/blob/9d49db3bda3856290f09bbcac2832980f86203da/log/train.log',
         line='\rTraining progress:  25%|██▌       | 7500/30000 [02:51<09:26, 39.68it/s, Loss=0.0573354]',
         want={"TrainLoss": 0.0573354, "IterationsPerSecond": 39.68}, optional={"Step": 7500}),
    # ---------------------------------------------------------------- ColossalAI DreamBooth (rich handler, wrapped and right-padded): setup and memory notices only
    # a configured total, not progress
    dict(fw='ColossalAI', src='https://github.com/Jadeeeey/ColossalAI-Dreambooth/blob/08f4d992dc27a72410182825d39f343f4c3b0aa7/log/train.log',
         line='                    INFO     colossalai - colossalai - INFO:   Total optimization steps = 1000        ',
         want={}),
    # ---------------------------------------------------------------- TRPO (TF1) episode rewards, SAM2 video inference bar, a LLaMA-Factory progress record without loss
    # an episode reward
    dict(fw='TRPO (TensorFlow)', src='https://github.com/ChenShawn/advanced_policy_gradient_methods/blob/2b07ef60b903b3f79ed4082efb30bf7a509876d0/train.log',
         line='Total reward in global step 44: 6.0735884453686015',
         want={}, optional={"Step": 44}),
    # video propagation at inference time
    dict(fw='SAM2 (inference)', src='https://github.com/ZZDDD/sam2/blob/5de58a5e85f95c97a1d025fb617415711d20c900/nohup.log',
         line='\rpropagate in video:   0%|          | 6/17538 [00:00<21:56, 13.31it/s]',
         want={}),
    # ---------------------------------------------------------------- TRL SFTTrainer (Llama-3.2-3B LoRA): logged values are quoted strings; num_tokens is a running total
    dict(fw='TRL', src='https://github.com/Ishihara-Masabumi/Llama_SFT/blob/c28ad451b59ad612a0b61dbc650a8aaeabd391d7/train_log.txt',
         line="{'loss': '2.897', 'grad_norm': '0.7695', 'learning_rate': '2.262e-05', 'entropy': '2.273', 'num_tokens': '3.629e+04', 'mean_token_accuracy': '0.5853', 'epoch': '0.03579'}",
         want={"TrainLoss": 2.897, "GradNorm": 0.7695}),
    dict(fw='TRL', src='https://github.com/Ishihara-Masabumi/Llama_SFT/blob/c28ad451b59ad612a0b61dbc650a8aaeabd391d7/train_log.txt',
         line="{'loss': '0.7517', 'grad_norm': '0.1211', 'learning_rate': '0.0001758', 'entropy': '0.8468', 'num_tokens': '9.253e+05', 'mean_token_accuracy': '0.8419', 'epoch': '0.9128'}",
         want={"TrainLoss": 0.7517, "GradNorm": 0.1211}),
    dict(fw='TRL', src='https://github.com/Ishihara-Masabumi/Llama_SFT/blob/c28ad451b59ad612a0b61dbc650a8aaeabd391d7/train_log.txt',
         line="{'eval_loss': '0.7206', 'eval_runtime': '29.78', 'eval_samples_per_second': '37.58', 'eval_steps_per_second': '9.403', 'eval_entropy': '0.7406', 'eval_num_tokens': '3.042e+06', 'eval_mean_token_accuracy': '0.8487', 'epoch': '3'}",
         want={"ValLoss": 0.7206}),
    # ---------------------------------------------------------------- YOLOv4-pytorch: total_loss with its parts, step is the batch within the epoch
    dict(fw='YOLOv4-pytorch', src='https://github.com/c7934597/YOLOv4-pytorch/blob/e7014f11fdac04c0902e814fd2a9add4ae936910/nohup.log',
         line='[2021-01-08 16:24:27,151]-[train.py line:229]:  === Epoch:[  0/120],step:[  0/197],img_size:[416],total_loss:1880.2804|loss_ciou:1.4793|loss_conf:1877.7195|loss_cls:1.0815|lr:0.0000 ',
         want={"TrainLoss": 1880.2804}, optional={"Step": 0}),
    dict(fw='YOLOv4-pytorch', src='https://github.com/c7934597/YOLOv4-pytorch/blob/e7014f11fdac04c0902e814fd2a9add4ae936910/nohup.log',
         line='[2021-01-08 16:50:07,213]-[train.py line:229]:  === Epoch:[ 30/120],step:[190/197],img_size:[416],total_loss:1.9138|loss_ciou:1.0320|loss_conf:0.8465|loss_cls:0.0354|lr:0.0001 ',
         want={"TrainLoss": 1.9138}, optional={"Step": 190}),
    dict(fw='YOLOv4-pytorch', src='https://github.com/c7934597/YOLOv4-pytorch/blob/e7014f11fdac04c0902e814fd2a9add4ae936910/nohup.log',
         line='[2021-01-08 17:45:41,710]-[train.py line:229]:  === Epoch:[119/120],step:[  0/197],img_size:[416],total_loss:0.7987|loss_ciou:0.7704|loss_conf:0.0249|loss_cls:0.0035|lr:0.0000 ',
         want={"TrainLoss": 0.7987}, optional={"Step": 0}),
    # ---------------------------------------------------------------- GPT2-Chinese fine-tuning (logging module): batch N of epoch M, loss, batch accuracy
    dict(fw='GPT2-Chinese', src='https://github.com/bruceZhang995/gpt2-chinese-from-Tangyudi/blob/7075a5c2c702ab45bda2c2cb2dca2846fad555e4/log/train.log',
         line='2022-05-08 18:18:42,650 - INFO - batch 199 of epoch 1, loss 4.469385266304016, batch_acc 0.36580882352941174, lr [1.2375e-06]',
         want={"TrainLoss": 4.469385266304016}, optional={"Step": 199}),
    dict(fw='GPT2-Chinese', src='https://github.com/bruceZhang995/gpt2-chinese-from-Tangyudi/blob/7075a5c2c702ab45bda2c2cb2dca2846fad555e4/log/train.log',
         line='2022-05-08 17:43:33,516 - INFO - batch 1 of epoch 1, loss 2.144610643386841, batch_acc 0.5458542713567839, lr [0.0]',
         want={"TrainLoss": 2.144610643386841}, optional={"Step": 1}),
    # ---------------------------------------------------------------- HF Trainer (BERT masked-LM): a pasted terminal, dicts right-padded by the bar they overwrote
    dict(fw='HF Trainer', src='https://github.com/EshaUbale/Language-Modeling-with-Huggiingface/blob/f035bad5a148960148e677eea96f90eb3ea20389/train_log.txt',
         line="{'loss': 1.6282, 'learning_rate': 1.8562598821331036e-05, 'epoch': 0.22}                                           ",
         want={"TrainLoss": 1.6282}),
    dict(fw='HF Trainer', src='https://github.com/EshaUbale/Language-Modeling-with-Huggiingface/blob/f035bad5a148960148e677eea96f90eb3ea20389/train_log.txt',
         line="{'eval_loss': 0.00042602309258654714, 'eval_runtime': 16.6617, 'eval_samples_per_second': 115.294, 'eval_steps_per_second': 14.464, 'epoch': 2.0}                                                                                     ",
         want={"ValLoss": 0.00042602309258654714}),
    # (reviewed before scoring) a finished bar with no label: training's or evaluation's, the line
    # does not say, so its rate may be read or not, as for the unlabelled bars of the earlier sets
    dict(fw='HF Trainer', src='https://github.com/EshaUbale/Language-Modeling-with-Huggiingface/blob/f035bad5a148960148e677eea96f90eb3ea20389/train_log.txt',
         line='100%|██████████████████████████████████████████████████████████████████████████| 6957/6957 [38:51<00:00,  2.98it/s]',
         want={}, optional={"IterationsPerSecond": 2.98, "Step": 6957}),
    # ---------------------------------------------------------------- verl GRPO (Qwen2.5-1.5B math): ` - `-joined metric records; timing_s/step in seconds; perf/throughput is tokens/s per GPU
    # actor/loss is a policy-gradient objective; many other losses and timings on the same record
    dict(fw='verl', src='https://github.com/Foo1szz/verl/blob/0adc23fd7421b4b3c85cf0ba059003f201cc5ccf/train.out',
         line='\x1b[36m(TaskRunner pid=625502)\x1b[0m step:2 - global_seqlen/min:2304 - global_seqlen/max:2304 - global_seqlen/minmax_diff:0 - global_seqlen/balanced_min:2304 - global_seqlen/balanced_max:2304 - global_seqlen/mean:2304.0 - actor/entropy:1.342756986618042 - perf/mfu/actor_infer:0.0 - actor/pg_clipfrac:0.0 - actor/ppo_kl:0.0 - actor/pg_clipfrac_lower:0.0 - actor/pg_loss:0.04758650064468384 - actor/entropy_loss:1.3427570387721062 - actor/kl_loss:0.025666513247415423 - actor/kl_coef:0.001 - actor/loss:0.04626941680908203 - actor/grad_norm:1.6577870845794678 - actor/lr:3e-05 - perf/mfu/actor:0.0 - training/global_step:2 - training/epoch:0 - critic/score/mean:0.25 - critic/score/max:1.0 - critic/score/min:0.0 - critic/rewards/mean:0.25 - critic/rewards/max:1.0 - critic/rewards/min:0.0 - critic/advantages/mean:-0.04758649691939354 - critic/advantages/max:0.7071057558059692 - critic/advantages/min:-0.7071057558059692 - critic/returns/mean:-0.04758649691939354 - critic/returns/max:0.7071057558059692 - critic/returns/min:-0.7071057558059692 - response_length/mean:475.5 - response_length/max:512.0 - response_length/min:375.0 - response_length/clip_ratio:0.5 - response_length_non_aborted/mean:475.5 - response_length_non_aborted/max:512.0 - response_length_non_aborted/min:375.0 - response_length_non_aborted/clip_ratio:0.5 - response/aborted_ratio:0.0 - prompt_length/mean:100.5 - prompt_length/max:133.0 - prompt_length/min:68.0 - prompt_length/clip_ratio:0.0 - num_turns/min:2 - num_turns/max:2 - num_turns/mean:2.0 - timing_s/start_profile:6.790203042328358e-05 - timing_s/agent_loop/num_preempted/min:-1 - timing_s/agent_loop/num_preempted/max:-1 - timing_s/agent_loop/num_preempted/mean:-1.0 - timing_s/agent_loop/generate_sequences/min:1.5562573770293966 - timing_s/agent_loop/generate_sequences/max:2.1153836690355092 - timing_s/agent_loop/generate_sequences/mean:1.9637231842498295 - timing_s/agent_loop/tool_calls/min:0.0 - timing_s/agent_loop/tool_calls/max:0.0 - timing_s/agent_loop/tool_calls/mean:0.0 - timing_s/agent_loop/slowest/generate_sequences:2.1153836690355092 - timing_s/agent_loop/slowest/tool_calls:0.0 - timing_s/agent_loop/slowest/num_preempted:-1 - timing_s/agent_loop/slowest/prompt_length:133 - timing_s/agent_loop/slowest/response_length:512 - timing_s/gen:2.53960137499962 - timing_s/reward:1.6614911146461964e-05 - timing_s/old_log_prob:2.149567151092924 - timing_s/ref:0.7848151260986924 - timing_s/adv:0.000836009974591434 - timing_s/update_actor:3.0854072970105335 - timing_s/update_weights:5.04676609497983 - timing_s/step:13.609954133047722 - timing_s/stop_profile:7.287994958460331e-05 - timing_per_token_ms/gen:1.3352268007358674 - timing_per_token_ms/update_actor:1.339152472660822 - timing_per_token_ms/ref:0.34063156514700194 - timing_per_token_ms/adv:0.00036285155147197656 - perf/total_num_tokens:2304 - perf/time_per_step:13.609954133047722 - perf/throughput:169.28785927392818',
         want={"Step": 2, "GradNorm": 1.6577870845794678, "StepTime": 13609.954133047722}, optional={"TrainLoss": 0.04626941680908203, "TokensPerSecond": 169.28785927392818}),
    dict(fw='verl', src='https://github.com/Foo1szz/verl/blob/0adc23fd7421b4b3c85cf0ba059003f201cc5ccf/train.out',
         line='\x1b[36m(TaskRunner pid=625502)\x1b[0m step:21 - global_seqlen/min:2384 - global_seqlen/max:2384 - global_seqlen/minmax_diff:0 - global_seqlen/balanced_min:2384 - global_seqlen/balanced_max:2384 - global_seqlen/mean:2384.0 - actor/entropy:11.6326904296875 - perf/mfu/actor_infer:0.0 - actor/pg_clipfrac:0.0 - actor/ppo_kl:0.0 - actor/pg_clipfrac_lower:0.0 - actor/pg_loss:0.0 - actor/entropy_loss:11.632690668106079 - actor/kl_loss:0.9339662790298462 - actor/kl_coef:0.001 - actor/loss:-0.01069872546941042 - actor/grad_norm:0.0044443947263062 - actor/lr:3e-05 - perf/mfu/actor:0.0 - training/global_step:21 - training/epoch:0 - critic/score/mean:0.0 - critic/score/max:0.0 - critic/score/min:0.0 - critic/rewards/mean:0.0 - critic/rewards/max:0.0 - critic/rewards/min:0.0 - critic/advantages/mean:0.0 - critic/advantages/max:0.0 - critic/advantages/min:0.0 - critic/returns/mean:0.0 - critic/returns/max:0.0 - critic/returns/min:0.0 - response_length/mean:512.0 - response_length/max:512.0 - response_length/min:512.0 - response_length/clip_ratio:1.0 - response_length_non_aborted/mean:512.0 - response_length_non_aborted/max:512.0 - response_length_non_aborted/min:512.0 - response_length_non_aborted/clip_ratio:1.0 - response/aborted_ratio:0.0 - prompt_length/mean:84.0 - prompt_length/max:99.0 - prompt_length/min:69.0 - prompt_length/clip_ratio:0.0 - num_turns/min:2 - num_turns/max:2 - num_turns/mean:2.0 - timing_s/start_profile:6.91140303388238e-05 - timing_s/agent_loop/num_preempted/min:-1 - timing_s/agent_loop/num_preempted/max:-1 - timing_s/agent_loop/num_preempted/mean:-1.0 - timing_s/agent_loop/generate_sequences/min:2.1106834519887343 - timing_s/agent_loop/generate_sequences/max:2.122309919912368 - timing_s/agent_loop/generate_sequences/mean:2.1167213777371217 - timing_s/agent_loop/tool_calls/min:0.0 - timing_s/agent_loop/tool_calls/max:0.0 - timing_s/agent_loop/tool_calls/mean:0.0 - timing_s/agent_loop/slowest/generate_sequences:2.122309919912368 - timing_s/agent_loop/slowest/tool_calls:0.0 - timing_s/agent_loop/slowest/num_preempted:-1 - timing_s/agent_loop/slowest/prompt_length:69 - timing_s/agent_loop/slowest/response_length:512 - timing_s/gen:2.5453082099556923 - timing_s/reward:1.4311051927506924e-05 - timing_s/old_log_prob:1.3517417780822143 - timing_s/ref:0.7354783730115741 - timing_s/adv:0.0009349710308015347 - timing_s/update_actor:2.9278707610210404 - timing_s/update_weights:3.465195877943188 - timing_s/step:11.029454085044563 - timing_s/stop_profile:7.393199484795332e-05 - timing_per_token_ms/gen:1.2428262743924279 - timing_per_token_ms/update_actor:1.2281337084819801 - timing_per_token_ms/ref:0.30850602894780793 - timing_per_token_ms/adv:0.0003921858350677578 - perf/total_num_tokens:2384 - perf/time_per_step:11.029454085044563 - perf/throughput:216.14850396200438',
         want={"Step": 21, "GradNorm": 0.0044443947263062, "StepTime": 11029.454085044563}, optional={"TrainLoss": -0.01069872546941042, "TokensPerSecond": 216.14850396200438}),
    # the Ray prefix, then the \r of the bar refresh
    dict(fw='verl', src='https://github.com/Foo1szz/verl/blob/0adc23fd7421b4b3c85cf0ba059003f201cc5ccf/train.out',
         line='\x1b[36m(TaskRunner pid=625502)\x1b[0m \rTraining Progress:   1%|          | 21/3746 [04:34<16:20:21, 15.79s/it]',
         want={}, optional={"Step": 21, "IterationsPerSecond": 1 / 15.79}),
    # ---------------------------------------------------------------- DINO self-supervised pretraining (MetricLogger): `loss: current (average)`, time in seconds per iteration
    # first iteration: time includes the loader start
    dict(fw='DINO', src='https://github.com/SongxiYoung/dino-main/blob/8befeebfaf3c4d35a4dbdfa38d9182b1b8c6e3bb/train.out',
         line='Epoch: [0/100]  [   0/1562]  eta: 3:32:02  loss: 10.776567 (10.776567)  lr: 0.000000 (0.000000)  wd: 0.040000 (0.040000)  time: 8.145073  data: 4.452552  max mem: 11163',
         want={"TrainLoss": 10.776567}, optional={"Step": 0, "StepTime": 8145.073}),
    dict(fw='DINO', src='https://github.com/SongxiYoung/dino-main/blob/8befeebfaf3c4d35a4dbdfa38d9182b1b8c6e3bb/train.out',
         line='Epoch: [0/100]  [ 190/1562]  eta: 0:11:54  loss: 10.943254 (10.986851)  lr: 0.000001 (0.000001)  wd: 0.040001 (0.040000)  time: 0.496141  data: 0.000187  max mem: 11482',
         want={"TrainLoss": 10.943254, "StepTime": 496.141}, optional={"Step": 190}),
    # ---------------------------------------------------------------- MobileVLM pretraining (HF Trainer, logging every step): each physical line is bar, bar, blanks, dict, split at \r
    dict(fw='HF Trainer', src='https://github.com/Jingchensun/MobileVLM/blob/a0c6edbfaae9cf7b5d2b703a444940219813c9e0/train.out',
         line="\r{'loss': 4.5547, 'learning_rate': 6.825938566552902e-08, 'epoch': 0.0}",
         want={"TrainLoss": 4.5547}),
    dict(fw='HF Trainer', src='https://github.com/Jingchensun/MobileVLM/blob/a0c6edbfaae9cf7b5d2b703a444940219813c9e0/train.out',
         line="\r{'loss': 0.3916, 'learning_rate': 1.0211108385909046e-05, 'epoch': 0.51}",
         want={"TrainLoss": 0.3916}),
    # whole-run summary
    dict(fw='HF Trainer', src='https://github.com/Jingchensun/MobileVLM/blob/a0c6edbfaae9cf7b5d2b703a444940219813c9e0/train.out',
         line="\r{'train_runtime': 20936.2422, 'train_samples_per_second': 59.557, 'train_steps_per_second': 0.465, 'train_loss': 0.4188246957038467, 'epoch': 1.0}",
         want={}, optional={"TrainLoss": 0.4188246957038467, "SamplesPerSecond": 59.557, "IterationsPerSecond": 0.465}),
    # ---------------------------------------------------------------- Mask2Former (detectron2 events): dozens of per-layer losses after total_loss; `time` windowed, `last_time` the last iteration
    # `time` averages the iterations so far, `last_time` is the last one (429.6 ms)
    dict(fw='detectron2', src='https://github.com/BUAAZhangHaonan/mgm_mask2former/blob/747ef0209b5d17003208d61fce185fcd0bf267d4/output/log.txt',
         line='[08/30 23:00:36] d2.utils.events INFO:  eta: 0:14:11  iter: 19  total_loss: 76.49  loss_ce: 1.169  loss_mask: 1.163  loss_dice: 4.977  loss_ce_0: 0.9824  loss_mask_0: 0.8712  loss_dice_0: 4.887  loss_ce_1: 1.1  loss_mask_1: 0.6911  loss_dice_1: 4.884  loss_ce_2: 1.392  loss_mask_2: 0.5067  loss_dice_2: 4.966  loss_ce_3: 1.527  loss_mask_3: 0.8434  loss_dice_3: 4.915  loss_ce_4: 2.108  loss_mask_4: 1.149  loss_dice_4: 4.929  loss_ce_5: 2.259  loss_mask_5: 1.72  loss_dice_5: 4.916  loss_ce_6: 2.273  loss_mask_6: 0.8351  loss_dice_6: 4.966  loss_ce_7: 2.303  loss_mask_7: 0.7504  loss_dice_7: 4.909  loss_ce_8: 1.807  loss_mask_8: 1.554  loss_dice_8: 4.849  loss_mgm_entropy: 0.006824    time: 0.4259  last_time: 0.4296  data_time: 0.0289  last_data_time: 0.0025   lr: 4.762e-07  max_mem: 15533M',
         want={"Step": 19, "TrainLoss": 76.49, "StepTime": 425.9}),
    dict(fw='detectron2', src='https://github.com/BUAAZhangHaonan/mgm_mask2former/blob/747ef0209b5d17003208d61fce185fcd0bf267d4/output/log.txt',
         line='[08/30 23:53:52] d2.utils.events INFO:  eta: 0:00:00  iter: 3999  total_loss: 12.9  loss_ce: 0.1453  loss_mask: 0.1017  loss_dice: 0.7889  loss_ce_0: 0.7373  loss_mask_0: 0.2029  loss_dice_0: 1.983  loss_ce_1: 0.1757  loss_mask_1: 0.153  loss_dice_1: 1.239  loss_ce_2: 0.1442  loss_mask_2: 0.1194  loss_dice_2: 0.9866  loss_ce_3: 0.1377  loss_mask_3: 0.1092  loss_dice_3: 0.8921  loss_ce_4: 0.1381  loss_mask_4: 0.1052  loss_dice_4: 0.8648  loss_ce_5: 0.1288  loss_mask_5: 0.106  loss_dice_5: 0.8228  loss_ce_6: 0.1304  loss_mask_6: 0.1019  loss_dice_6: 0.8298  loss_ce_7: 0.1336  loss_mask_7: 0.0978  loss_dice_7: 0.8144  loss_ce_8: 0.1441  loss_mask_8: 0.09703  loss_dice_8: 0.8134  loss_mgm_entropy: 0.004499    time: 0.4365  last_time: 0.4366  data_time: 0.0035  last_data_time: 0.0033   lr: 1e-07  max_mem: 15545M',
         want={"Step": 3999, "TrainLoss": 12.9, "StepTime": 436.5}),
    # whole-run average speed
    dict(fw='detectron2', src='https://github.com/BUAAZhangHaonan/mgm_mask2former/blob/747ef0209b5d17003208d61fce185fcd0bf267d4/output/log.txt',
         line='[08/30 23:15:00] d2.engine.hooks INFO: Overall training speed: 1998 iterations in 0:14:30 (0.4357 s / it)',
         want={}, optional={"Step": 1998, "StepTime": 435.7}),
    # ---------------------------------------------------------------- CF-ViT (DeiT-style log.txt): per-epoch JSON, no test loss
    dict(fw='DeiT log.txt', src='https://github.com/JER-ry/CF-ViT/blob/0afa44144d49aef67f5376591061c64ba2c79591/output/log.txt',
         line='{"train_lr": 9.99999999999769e-07, "train_loss": 6.919728336438455, "test_96_acc1": 0.5260000176429749, "test_96_acc5": 2.2380000559687616, "test_192_acc1": 0.548000012934208, "test_192_acc5": 2.2780000589489937, "test_384_acc1": 0.548000015437603, "test_384_acc5": 2.2940000742673874, "epoch": 0, "n_parameters": 23448808}',
         want={"TrainLoss": 6.919728336438455}),
    dict(fw='DeiT log.txt', src='https://github.com/JER-ry/CF-ViT/blob/0afa44144d49aef67f5376591061c64ba2c79591/output/log.txt',
         line='{"train_lr": 1.000318694325789e-05, "train_loss": 4.34582535358819, "test_96_acc1": 64.11600183105469, "test_96_acc5": 85.80400253486633, "test_192_acc1": 64.95800189208984, "test_192_acc5": 86.59600259017944, "test_384_acc1": 65.03600192451476, "test_384_acc5": 86.47800252723694, "epoch": 299, "n_parameters": 23448808}',
         want={"TrainLoss": 4.34582535358819}),
    # ---------------------------------------------------------------- TinyLLM (nanoGPT-derived loop in a tutorial repo): a run gone nan at step 100000
    # both losses nan: only the step is left
    dict(fw='nanoGPT-style', src='https://github.com/datawhalechina/tiny-universe/issues/31',
         line='step 100000: train loss nan, val loss nan',
         want={"Step": 100000}),
    # the step number printed bare, without `iter`
    dict(fw='nanoGPT-style', src='https://github.com/datawhalechina/tiny-universe/issues/31',
         line='100000 | loss nan | lr 0.000000e+00 | 2006.12ms | mfu 1.68%',
         want={"StepTime": 2006.12}, optional={"Step": 100000}),
    # ---------------------------------------------------------------- LION (point-cloud diffusion, loguru): a hierarchical VAE stage blowing up, then nan
    # [time] is minutes per epoch and hours left, not a step time
    dict(fw='LION', src='https://github.com/nv-tlabs/LION/issues/9',
         line='2023-01-25 00:21:09.074 | INFO     | trainers.base_trainer:train_epochs:256 - [R0] | E5 iter[ 14/ 15] | [Loss] 51566519.44 | [exp] ./exp/0125/car/3dbf3ah_hvae_lion_B40 | [step]    89 | [url] none | [time] 0.4m (~5h) |[best] 0 -100.000x1e-2 ',
         want={"Step": 89, "TrainLoss": 51566519.44}),
    dict(fw='LION', src='https://github.com/nv-tlabs/LION/issues/9',
         line='2023-01-25 00:21:34.569 | INFO     | trainers.base_trainer:train_epochs:256 - [R0] | E6 iter[ 14/ 15] | [Loss] nan | [exp] ./exp/0125/car/3dbf3ah_hvae_lion_B40 | [step]   104 | [url] none | [time] 0.4m (~5h) |[best] 0 -100.000x1e-2 ',
         want={"Step": 104}),
    # ---------------------------------------------------------------- PyTorch tutorial CIFAR-10 loop (Chinese prints, full-width colons)
    # 训练次数 = number of training steps so far
    dict(fw='ad-hoc', src='https://github.com/xiaotudui/pytorch-tutorial/issues/1',
         line='训练次数：100, Loss：1.9817659854888916',
         want={"Step": 100, "TrainLoss": 1.9817659854888916}),
    dict(fw='ad-hoc', src='https://github.com/xiaotudui/pytorch-tutorial/issues/1',
         line='训练次数：1400, Loss：1.0655444860458374',
         want={"Step": 1400, "TrainLoss": 1.0655444860458374}),
    # loss summed over the whole test set
    dict(fw='ad-hoc', src='https://github.com/xiaotudui/pytorch-tutorial/issues/1',
         line='整体测试集上的Loss: 262.62046909332275',
         want={"ValLoss": 262.62046909332275}),
    # ---------------------------------------------------------------- Learning-to-See-in-the-Dark (TF1 script): epoch, batch, nan loss, time without unit
    dict(fw='ad-hoc', src='https://github.com/cchen156/Learning-to-See-in-the-Dark/issues/117',
         line='333 154 Loss=nan Time=0.040',
         want={}, optional={"Step": 154, "StepTime": 40}),
    # ---------------------------------------------------------------- open-r1 GRPO (TRL GRPOTrainer dict with reward keys)
    dict(fw='TRL', src='https://github.com/huggingface/open-r1/issues/239',
         line="{'loss': 0.0, 'grad_norm': 0.9503731084601761, 'learning_rate': 5.521811154058532e-07, 'rewards/accuracy_reward': 0.275, 'rewards/format_reward': 0.01875, 'rewards/reasoning_steps_reward': 0.6427083551883698, 'rewards/cosine_scaled_reward': -0.03994722058996558, 'reward': 0.896511122584343, 'reward_std': 0.8323002576828002, 'completion_length': 849.65625, 'kl': 8.575916290283203e-05, 'epoch': 0.0}",
         want={"TrainLoss": 0.0, "GradNorm": 0.9503731084601761}),
    # ---------------------------------------------------------------- DeepSpeed engine logging through a job runner prefix (`<time> run6231: `)
    dict(fw='DeepSpeed', src='https://github.com/deepspeedai/DeepSpeed/issues/1107',
         line='2021-05-29 21:06:51 run6231: [2021-05-29 21:06:49,574] [INFO] [logging.py:60:log_dist] [Rank 0] step=100, skipped=1, lr=[4.999571916697584e-05, 4.999571916697584e-05], mom=[(0.9, 0.999), (0.9, 0.999)]',
         want={"Step": 100}),
    dict(fw='DeepSpeed', src='https://github.com/deepspeedai/DeepSpeed/issues/1107',
         line='2021-05-29 21:06:51 run6231: [2021-05-29 21:06:49,575] [INFO] [timer.py:157:stop] 0/100, SamplesPerSec=626.1667355513339',
         want={"SamplesPerSecond": 626.1667355513339}, optional={"Step": 100}),
    # a loss scale is not a loss
    dict(fw='DeepSpeed', src='https://github.com/deepspeedai/DeepSpeed/issues/1107',
         line='2021-05-29 21:06:36 run6231: [2021-05-29 21:06:33,241] [INFO] [unfused_optimizer.py:174:step] [deepspeed] fp16 dynamic loss scale overflow! Skipping step. Attempted loss scale: 65536, reducing to 32768.0',
         want={}),
    # ---------------------------------------------------------------- Acme IMPALA (absl terminal logger): learner and actor records
    # Param Norm is a weight norm, not a gradient norm
    dict(fw='Acme', src='https://github.com/google-deepmind/acme/issues/269',
         line='I0925 18:52:06.416487 140563283464576 terminal.py:91] [Learner] Actor Episodes = 1 | Actor Steps = 825 | Critic Loss = 0.09712472558021545 | Entropy = -2.76863431930542 | Entropy Loss = -0.013843171298503876 | Evaluator Episodes = 2 | Evaluator Steps = 1530 | Learner Steps = 2 | Learner Time Elapsed = 10.830 | Loss = -0.37379246950149536 | Param Norm = 48.738494873046875 | Param Updates Norm = 0.19555175304412842 | Policy Loss = -0.45707404613494873',
         want={"Step": 2, "TrainLoss": -0.37379246950149536}),
    # environment steps per second of an actor
    dict(fw='Acme', src='https://github.com/google-deepmind/acme/issues/269',
         line='I0925 18:52:10.536827 140563283464576 terminal.py:91] [Actor] Actor Episodes = 2 | Actor Steps = 1678 | Episode Length = 853 | Episode Return = -21.0 | Evaluator Episodes = 2 | Evaluator Steps = 1530 | Learner Steps = 2 | Learner Time Elapsed = 10.830 | Steps Per Second = 94.689',
         want={}, optional={"Step": 2}),
    # ---------------------------------------------------------------- LLaMA-Factory trainer_log.jsonl: eval_loss/predict_loss/reward written as null until they exist
    # nulls are no values
    dict(fw='LLaMA-Factory', src='https://github.com/suzushi-tw/luojiu-7b-base/blob/647465e31f3f2b578ab005da47423a7f2a85260e/trainer_log.jsonl',
         line='{"current_steps": 5, "total_steps": 8712, "loss": 1.7484, "eval_loss": null, "predict_loss": null, "reward": null, "learning_rate": 4.999995936372264e-05, "epoch": 0.0, "percentage": 0.06, "elapsed_time": "0:03:29", "remaining_time": "4 days, 5:06:09"}',
         want={"Step": 5, "TrainLoss": 1.7484}),
    dict(fw='LLaMA-Factory', src='https://github.com/suzushi-tw/luojiu-7b-base/blob/647465e31f3f2b578ab005da47423a7f2a85260e/trainer_log.jsonl',
         line='{"current_steps": 4000, "total_steps": 8712, "loss": 1.361, "eval_loss": null, "predict_loss": null, "reward": null, "learning_rate": 2.8218459501900264e-05, "epoch": 1.38, "percentage": 45.91, "elapsed_time": "1 day, 23:26:39", "remaining_time": "2 days, 7:53:21"}',
         want={"Step": 4000, "TrainLoss": 1.361}),
    dict(fw='LLaMA-Factory', src='https://github.com/suzushi-tw/luojiu-7b-base/blob/647465e31f3f2b578ab005da47423a7f2a85260e/trainer_log.jsonl',
         line='{"current_steps": 8710, "total_steps": 8712, "loss": 1.3703, "eval_loss": null, "predict_loss": null, "reward": null, "learning_rate": 2.60072200469752e-11, "epoch": 3.0, "percentage": 99.98, "elapsed_time": "4 days, 7:18:24", "remaining_time": "0:01:25"}',
         want={"Step": 8710, "TrainLoss": 1.3703}),
    # a nine-day pretraining run
    dict(fw='LLaMA-Factory', src='https://github.com/hsc748NLP/NSLLM/blob/64d107953066847f6c328e525ba520ac858fe7b7/trainer_log.jsonl',
         line='{"current_steps": 5, "total_steps": 2178, "loss": 2.3475, "lr": 1.8348623853211011e-06, "epoch": 0.0022948609457695674, "percentage": 0.23, "elapsed_time": "0:32:48", "remaining_time": "9 days, 21:39:23"}',
         want={"Step": 5, "TrainLoss": 2.3475}),
    dict(fw='LLaMA-Factory', src='https://github.com/hsc748NLP/NSLLM/blob/64d107953066847f6c328e525ba520ac858fe7b7/trainer_log.jsonl',
         line='{"current_steps": 1000, "total_steps": 2178, "loss": 1.9919, "lr": 3.0441355146986955e-05, "epoch": 0.45897218915391347, "percentage": 45.91, "elapsed_time": "4 days, 13:19:31", "remaining_time": "5 days, 8:47:07"}',
         want={"Step": 1000, "TrainLoss": 1.9919}),
    # ---------------------------------------------------------------- tf.keras verbose=2 (character and word LSTM language models): no bar, `- 358ms/epoch - 3ms/step`, CRLF
    # first epoch includes graph tracing
    dict(fw='Keras', src='https://github.com/ttukei/Twitter-language-models-about-Ukraine/blob/31b71c3da0a97dd341bf141a8cb022a78dc9e835/TCSS456_NLP_FinalProject/ReadMe.txt',
         line='128/128 - 5s - loss: 3.1494 - accuracy: 0.1463 - 5s/epoch - 43ms/step\r',
         want={"TrainLoss": 3.1494, "StepTime": 43}, optional={"Step": 128}),
    dict(fw='Keras', src='https://github.com/ttukei/Twitter-language-models-about-Ukraine/blob/31b71c3da0a97dd341bf141a8cb022a78dc9e835/TCSS456_NLP_FinalProject/ReadMe.txt',
         line='128/128 - 0s - loss: 2.9102 - accuracy: 0.1586 - 358ms/epoch - 3ms/step\r',
         want={"TrainLoss": 2.9102, "StepTime": 3}, optional={"Step": 128}),
    dict(fw='Keras', src='https://github.com/ttukei/Twitter-language-models-about-Ukraine/blob/31b71c3da0a97dd341bf141a8cb022a78dc9e835/TCSS456_NLP_FinalProject/ReadMe.txt',
         line='7/7 - 0s - loss: 0.8120 - accuracy: 0.8090 - 27ms/epoch - 4ms/step\r',
         want={"TrainLoss": 0.812, "StepTime": 4}, optional={"Step": 7}),
    # ---------------------------------------------------------------- YOLOv5 (Colab output in a README): box/obj/cls columns named only in the header, rate in it/s
    dict(fw='YOLOv5', src='https://github.com/jgba-school/Modelos-Preditivos-Conexionistas-2022.01/blob/8ae3b7cd86b0f9439f4f7e3ebaac2a8b08b97fc8/README.md',
         line='     0/3999      1.85G     0.1714   0.007239    0.04683          5        320: 100% 8/8 [00:03<00:00,  2.36it/s]',
         want={"IterationsPerSecond": 2.36}, optional={"Step": 8}),
    dict(fw='YOLOv5', src='https://github.com/jgba-school/Modelos-Preditivos-Conexionistas-2022.01/blob/8ae3b7cd86b0f9439f4f7e3ebaac2a8b08b97fc8/README.md',
         line='    74/3999      1.85G    0.05835   0.007926   0.002454          2        320: 100% 8/8 [00:01<00:00,  6.34it/s]',
         want={"IterationsPerSecond": 6.34}, optional={"Step": 8}),
    # ---------------------------------------------------------------- OpenNMT-py (JParaCrawl en-ja on SageMaker): xent is the loss, src/tgt tok/s
    dict(fw='OpenNMT-py', src='https://github.com/horie-t/programming-study/blob/99fc2abca64e339a3c47594262b8f3e24e3e3c83/aws_sagemaker/sagemaker_jparacrawl/sagemaker_jparacrawl.md',
         line='    \x1b[34m[2022-09-27 12:32:51,247 INFO] Step 100/40000; acc:   4.41; ppl: 1654.45; xent: 7.41; lr: 0.00001; 21889/22994 tok/s;     81 sec;\x1b[0m',
         want={"Step": 100, "TrainLoss": 7.41, "TokensPerSecond": 22994}),
    dict(fw='OpenNMT-py', src='https://github.com/horie-t/programming-study/blob/99fc2abca64e339a3c47594262b8f3e24e3e3c83/aws_sagemaker/sagemaker_jparacrawl/sagemaker_jparacrawl.md',
         line='    \x1b[34m[2022-09-27 13:40:30,745 INFO] Step 5000/40000; acc:  40.19; ppl: 18.44; xent: 2.91; lr: 0.00062; 19359/19527 tok/s;   4141 sec;\x1b[0m',
         want={"Step": 5000, "TrainLoss": 2.91, "TokensPerSecond": 19527}),
    dict(fw='OpenNMT-py', src='https://github.com/horie-t/programming-study/blob/99fc2abca64e339a3c47594262b8f3e24e3e3c83/aws_sagemaker/sagemaker_jparacrawl/sagemaker_jparacrawl.md',
         line='    \x1b[34m[2022-09-27 21:51:49,702 INFO] Step 40000/40000; acc:  68.42; ppl:  3.70; xent: 1.31; lr: 0.00044; 22116/22301 tok/s;  33620 sec;\x1b[0m',
         want={"Step": 40000, "TrainLoss": 1.31, "TokensPerSecond": 22301}),
    # ---------------------------------------------------------------- SimCSE (loguru, loss only) and AlphaZero Gobang (comma-joined key:value, loss among kl/entropy/explained variance)
    dict(fw='SimCSE (ad-hoc)', src='https://github.com/YiandLi/SimCSE-Pytorch/blob/bb52459feb2d95391b74e77dfac6f38eb13a1396/log/train.log',
         line='2021-11-11 00:01:30.834 | INFO     | __main__:train:35 - loss: 2.5035',
         want={"TrainLoss": 2.5035}),
    dict(fw='SimCSE (ad-hoc)', src='https://github.com/YiandLi/SimCSE-Pytorch/blob/bb52459feb2d95391b74e77dfac6f38eb13a1396/log/train.log',
         line='2021-11-11 00:04:31.311 | INFO     | __main__:train:35 - loss: 0.5545',
         want={"TrainLoss": 0.5545}),
    dict(fw='AlphaZero (ad-hoc)', src='https://github.com/hyjwpk/AlphaZero_Gobang/blob/9cffb2d803c5d3afd42082bfcb1c662db148f368/log/train.log',
         line='kl:0.01113,lr_multiplier:1.000,loss:5.315903186798096,entropy:4.372379302978516,explained_var_old:0.000,explained_var_new:0.106',
         want={"TrainLoss": 5.315903186798096}),
    dict(fw='AlphaZero (ad-hoc)', src='https://github.com/hyjwpk/AlphaZero_Gobang/blob/9cffb2d803c5d3afd42082bfcb1c662db148f368/log/train.log',
         line='kl:0.03627,lr_multiplier:0.667,loss:2.611084222793579,entropy:2.334411144256592,explained_var_old:0.681,explained_var_new:0.750',
         want={"TrainLoss": 2.611084222793579}),
    # ---------------------------------------------------------------- custom pretraining loop (Qwen3 dense, torch.compile): `113.4k tok/s`, `grad` is the gradient norm, eval lines indented
    # first step after resuming from a checkpoint
    dict(fw='ad-hoc pretraining', src='https://github.com/Pratic2001/Qwen3-Non-MOE/blob/867362941244f812ee9771da68b1ab95a486fd01/train.out',
         line='step   47700 | loss 1.4684 | lr 1.79e-04 | grad 0.075 | 113.4k tok/s | mfu 114.07%',
         want={"Step": 47700, "TrainLoss": 1.4684, "GradNorm": 0.075, "TokensPerSecond": 113400}),
    # the loss jumps after the resume
    dict(fw='ad-hoc pretraining', src='https://github.com/Pratic2001/Qwen3-Non-MOE/blob/867362941244f812ee9771da68b1ab95a486fd01/train.out',
         line='step   47710 | loss 13.8450 | lr 1.79e-04 | grad 0.768 | 37.5k tok/s | mfu 37.67%',
         want={"Step": 47710, "TrainLoss": 13.845, "GradNorm": 0.768, "TokensPerSecond": 37500}),
    dict(fw='ad-hoc pretraining', src='https://github.com/Pratic2001/Qwen3-Non-MOE/blob/867362941244f812ee9771da68b1ab95a486fd01/train.out',
         line='  [eval] step   48000 | val_loss 4.0749',
         want={"Step": 48000, "ValLoss": 4.0749}),
    # ---------------------------------------------------------------- CIRKD distillation (semantic_segmentation logger): `||`-separated, Task Loss and KD Loss, Cost Time is elapsed
    # two losses, neither called the total
    dict(fw='CIRKD', src='https://github.com/aaryangrg/CIRKD/blob/329ff2c19a70a0279cb3d6f9846c02d2187cd08c/train.out',
         line='2023-10-02 23:09:04,530 semantic_segmentation INFO: Iters: 20/20000 || Lr: 0.019983 || Task Loss: 4.9050 || KD Loss: 1.0254|| Cost Time: 0:00:27 || Estimated Time: 7:41:35',
         want={"Step": 20}, optional={"TrainLoss": 4.905}),
    # ---------------------------------------------------------------- spiking ResNet on CIFAR-100 (print per 100 steps, logger per epoch with a trailing blank) and a MixMatch variant (epoch losses)
    dict(fw='SNN (ad-hoc)', src='https://github.com/Windere/ASGL-SNN/blob/37f68683586a51d6f59512d049fd57068b9f7617/log/train.log',
         line='Epoch [0/300], Step [100/390], Loss: 0.03681',
         want={"TrainLoss": 0.03681}, optional={"Step": 100}),
    # epoch summary; the accuracies are no loss
    dict(fw='SNN (ad-hoc)', src='https://github.com/Windere/ASGL-SNN/blob/37f68683586a51d6f59512d049fd57068b9f7617/log/train.log',
         line='2023-03-19 09:55:26,479 - INFO: Epoch 0: train loss 0.03664, train acc 0.00996, test acc 0.01030 ',
         want={"TrainLoss": 0.03664}),
    dict(fw='MixMatch (ad-hoc)', src='https://github.com/tangzyer/mixmatchonsubset/blob/4b7392fba3775add82966d29c006d910dfd5daff/nohup.log',
         line='Epoch 1 Train Loss: 775.6920191049576',
         want={"TrainLoss": 775.6920191049576}),
    dict(fw='MixMatch (ad-hoc)', src='https://github.com/tangzyer/mixmatchonsubset/blob/4b7392fba3775add82966d29c006d910dfd5daff/nohup.log',
         line='Epoch 99 Train Loss: 503.78887701034546',
         want={"TrainLoss": 503.78887701034546}),
    # ---------------------------------------------------------------- ant-transformer (CPU run): the epoch's train summary is the last \r-refresh of the line, the val summary its own line
    dict(fw='ad-hoc tqdm', src='https://github.com/20070316lbw-netizen/ant-transformer/blob/8b3bca07620cd32ba41fbb974007a8ca1ac804d0/train_log.txt',
         line='\r  Train  loss=0.7598  acc=0.5269',
         want={"TrainLoss": 0.7598}),
    dict(fw='ad-hoc tqdm', src='https://github.com/20070316lbw-netizen/ant-transformer/blob/8b3bca07620cd32ba41fbb974007a8ca1ac804d0/train_log.txt',
         line='  Val    loss=0.8240  acc=0.5000',
         want={"ValLoss": 0.824}),
    # ---------------------------------------------------------------- more lines from the sources above
    # first batch: batch_cost is mostly reader_cost
    dict(fw='PaddleVideo', src='https://github.com/justld/3D-ResNets_paddle/blob/f5dad6b3d35717bd2595b28cecd0eb6a40fc4a20/log/train.log',
         line='[12/25 14:22:40] epoch:[  1/25 ] train step:0    loss: 4.97011 lr: 0.010000 top1: 0.01562 top5: 0.04688 batch_cost: 7.44212 sec, reader_cost: 7.01723 sec, ips: 8.59970 instance/sec.',
         want={"TrainLoss": 4.97011, "StepTime": 7442.12, "SamplesPerSecond": 8.5997}, optional={"Step": 0}),
    dict(fw='ad-hoc epoch print', src='https://github.com/GuoxiangJiang/Transformer-in-en-de-trans/blob/6570311d26149959b40c1d5519068ab6bcadb0c9/logs/train.log',
         line='Epoch 100/100 - Train Loss: 1.1222, Val Loss: 1.3594',
         want={"TrainLoss": 1.1222, "ValLoss": 1.3594}),
    # `step:31K` is printed for every step from 30.5K to 31.4K: a rounded counter
    dict(fw='LeRobot', src='https://github.com/Adam-Axelrod/lerobot/blob/cded8ee5b57cd0c51073708f59be0fbbc33c25bd/train_log.txt',
         line='INFO 2026-06-12 15:37:27 ot_train.py:357 step:31K smpl:1M ep:3K epch:79.47 loss:0.028 grdn:4.010 lr:1.0e-05 updt_s:0.500 data_s:0.083',
         want={"TrainLoss": 0.028, "GradNorm": 4.01}, optional={"Step": 31000, "StepTime": 500}),
    # a loss printed as 0.0000
    dict(fw='mlprof/DeepSpeed', src='https://github.com/saforem2/vault/blob/d96afcb06ae007719358935729013925a1d52c1a/imported/0007-MeetingNotes/Venkat/logs/mlprof/train-deepspeed-thetaGPU.md',
         line='>     [2023-01-11 13:28:21,726][mlprof.trainers.pytorch.trainer][INFO] - [TRAIN]  loss=0.0000  acc=3%',
         want={"TrainLoss": 0.0}),
    # the closing refresh of the bar
    dict(fw='3DGS', src='https://github.com/Kangkang-wky/gaussian-splatting/blob/9d49db3bda3856290f09bbcac2832980f86203da/log/train.log',
         line='\rTraining progress: 100%|██████████| 30000/30000 [13:32<00:00, 36.91it/s, Loss=0.0360670]',
         want={"TrainLoss": 0.036067, "IterationsPerSecond": 36.91}, optional={"Step": 30000}),
    dict(fw='SNN (ad-hoc)', src='https://github.com/Windere/ASGL-SNN/blob/37f68683586a51d6f59512d049fd57068b9f7617/log/train.log',
         line='2023-03-19 15:04:38,993 - INFO: Epoch 299: train loss 0.00514, train acc 0.81938, test acc 0.76770 ',
         want={"TrainLoss": 0.00514}),
    # ---------------------------------------------------------------- Pai-Megatron-Patch (Qwen2 MoE grouped GEMM fix, pasted run record)
    dict(fw='Megatron-LM', src='https://github.com/alibaba/Pai-Megatron-Patch/pull/388',
         line=' [2024-11-26 13:00:21] iteration        2/   12207 | consumed samples:           16 | elapsed time per iteration (ms): 1348.7 | throughput per GPU (TFLOP/s/GPU): 10.9 | learning rate: 9.999999E-06 | global batch size:     8 | lm loss: 1.193155E+01 | loss scale: 1.0 | grad norm: 5.750 | num zeros: 0.0 | number of skipped iterations:   0 | number of nan iterations:   0 |',
         want={"Step": 2, "TrainLoss": 11.93155, "StepTime": 1348.7, "GradNorm": 5.75}),
    dict(fw='Megatron-LM', src='https://github.com/alibaba/Pai-Megatron-Patch/pull/388',
         line=' [2024-11-26 13:00:22] iteration        3/   12207 | consumed samples:           24 | elapsed time per iteration (ms): 547.9 | throughput per GPU (TFLOP/s/GPU): 26.7 | learning rate: 9.999999E-06 | global batch size:     8 | lm loss: 1.184275E+01 | loss scale: 1.0 | grad norm: 4.961 | num zeros: 0.0 | number of skipped iterations:   0 | number of nan iterations:   0 |',
         want={"Step": 3, "TrainLoss": 11.84275, "StepTime": 547.9, "GradNorm": 4.961}),
    # ---------------------------------------------------------------- SEASS (step restarts every epoch; train and validation loss on one line), IDCNN-CRF NER (iteration = epoch), GPT2-Chinese CPU run
    dict(fw='SEASS (ad-hoc)', src='https://github.com/cotitan/SEASS-pytorch/blob/e4c24228dc567f0879f09b132356152d8c313e90/log/train.log',
         line='2018-12-04 18:31:47,560 - INFO - epoch 0, step 10, training loss = 3.804425, validation loss = 3.486295',
         want={"TrainLoss": 3.804425, "ValLoss": 3.486295}, optional={"Step": 10}),
    dict(fw='SEASS (ad-hoc)', src='https://github.com/cotitan/SEASS-pytorch/blob/e4c24228dc567f0879f09b132356152d8c313e90/log/train.log',
         line='2018-12-05 01:31:19,408 - INFO - epoch 1, step 20, training loss = 1.771433, validation loss = 2.607876',
         want={"TrainLoss": 1.771433, "ValLoss": 2.607876}, optional={"Step": 20}),
    dict(fw='ChineseNER (TensorFlow)', src='https://github.com/HuStanding/NER_IDCNN_CRF/blob/ce1c043bd517ec2a26a7a1847e5ea015b65705b8/log/train.log',
         line='2021-04-12 23:35:32,903 - log/train.log - INFO - iteration:2 step:18/82, NER loss:27.876081',
         want={"TrainLoss": 27.876081}, optional={"Step": 18}),
    # a blank after the colon once the loss drops below 10
    dict(fw='ChineseNER (TensorFlow)', src='https://github.com/HuStanding/NER_IDCNN_CRF/blob/ce1c043bd517ec2a26a7a1847e5ea015b65705b8/log/train.log',
         line='2021-04-13 00:11:28,148 - log/train.log - INFO - iteration:74 step:14/82, NER loss: 0.473211',
         want={"TrainLoss": 0.473211}, optional={"Step": 14}),
    # lr printed as a float here, as a list in the other run
    dict(fw='GPT2-Chinese', src='https://github.com/2434512834/haigpt/blob/1312794aa95ccb635c6a164a641970ec9fa874f2/log/train.log',
         line='2024-02-12 18:37:54,952 - INFO - batch 475 of epoch 1, loss 8.314922332763672, batch_acc 0.08441558441558442, lr 7.669999999999999e-07',
         want={"TrainLoss": 8.314922332763672}, optional={"Step": 475}),
]
