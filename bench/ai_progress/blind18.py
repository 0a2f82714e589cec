# An eighteenth blind held-out set of progress lines for the AI-training pack,
# collected on 2026-12-07 (UTC evening). About a third of the lines come from
# training logs that people committed to their repositories
# (logs/train_log.txt, logs/finetune.log, outputs/train.log, logs/dpo.log,
# logs/train.out, logs/metrics.jsonl, logs/sft.log, logs/pretrain.log,
# logs/training_log.txt), read from the repository at the commit named in
# `src`; the others were copied verbatim from public GitHub issues and pull
# requests in which users pasted part of a training log, and `src` then
# names the thread. No source
# (repository file, issue or pull request) used in heldout.py, fresh.py,
# devset.py, devset2.py or blind.py .. blind16.py was taken again; lines from
# issue trackers of trainers used before come from new threads, and most
# sources come from repositories no earlier set used. At most five lines come
# from one source. The set was written without looking at the pack or its
# tests, each expectation decided from what the line itself prints, and it
# was frozen before it was scored even once.
# Same fields as heldout.py: the framework, where the line was seen, the line
# as printed (tabs, the `\r` that starts a progress-bar refresh, ANSI escapes
# and leading or trailing blanks kept), the progress metrics it must yield
# (`want`) and metrics it may yield or not (`optional`: an in-epoch batch
# counter, an environment-step counter, a tqdm bar's rate, a time whose unit
# or span the line does not print, a running or whole-run average next to a
# per-step value, a loss whose meaning the line leaves open, a value in an
# unlabeled column row). `want={}` marks a line that holds no training
# progress: the pack stays quiet. StepTime is in milliseconds. A NaN or inf
# value yields no metric.
# A case holds one record: where several `\r` refreshes share a physical
# line, the refresh the case names, from its `\r` up to the next `\r` or
# newline. The stored text of some committed logs and pasted threads shows
# consecutive progress-bar refreshes run together without their carriage
# returns; those refreshes are written here with the `\r` that tqdm (or the
# trainer's own bar) prints before each of them.
# blind17 was collected at the same time; the two lines this set shared with
# it (one issue thread) were removed from this set before either was scored.

CASES = [
    # ---------------------------------------------------------------- Casanovo (depthcharge/Lightning): tab-separated history rows under a "Step\tTrain loss\tValid loss" header
    # unlabeled columns: step, train loss (nan), valid loss
    dict(fw='Casanovo', src='https://github.com/Noble-Lab/casanovo/issues/367',
         line='2024-08-19 13:49:20,856 INFO [casanovo/MainProcess] model._log_history : 33440\t1.816622\tnan',
         want={}, optional={"Step": 33440, "TrainLoss": 1.816622}),
    dict(fw='Casanovo', src='https://github.com/Noble-Lab/casanovo/issues/367',
         line='2024-08-19 14:34:15,835 INFO [casanovo/MainProcess] model._log_history : 60000\tnan\t0.746913',
         want={}, optional={"Step": 60000, "ValLoss": 0.746913}),
    # ---------------------------------------------------------------- char-level GPT from scratch (print loop), committed logs/train_log.txt
    # iteration, train and val loss of an eval pass; the elapsed seconds are wall time since start
    dict(fw='ad-hoc GPT loop', src='https://github.com/YashRao10/gpt-from-scratch/blob/335d397186470365f707051b686c328b98e4e730/logs/train_log.txt',
         line='iter   250 | train loss 2.4694 | val loss 2.4669 | 169s elapsed',
         want={"Step": 250, "TrainLoss": 2.4694, "ValLoss": 2.4669}),
    dict(fw='ad-hoc GPT loop', src='https://github.com/YashRao10/gpt-from-scratch/blob/335d397186470365f707051b686c328b98e4e730/logs/train_log.txt',
         line='iter  1750 | train loss 1.7836 | val loss 1.9227 | 1172s elapsed',
         want={"Step": 1750, "TrainLoss": 1.7836, "ValLoss": 1.9227}),
    # data summary before training: token counts, no progress
    dict(fw='ad-hoc GPT loop', src='https://github.com/YashRao10/gpt-from-scratch/blob/335d397186470365f707051b686c328b98e4e730/logs/train_log.txt',
         line='Vocab size: 65 | train tokens: 1,003,854 | val tokens: 111,540',
         want={}),
    # ---------------------------------------------------------------- LLaVA reproduction (tqdm bar with a loss postfix), committed logs/finetune.log
    # bar refreshes: 2/27500 is the batch of the epoch; 7.86s/it is the bar's own rate; a trailing blank pads the refresh
    dict(fw='tqdm loop (LLaVA fine-tune)', src='https://github.com/shan1322/Reproducing-LLava-Results/blob/0a01b334ee2267b4e1d6e37554fe0963f422e60a/logs/finetune.log',
         line='\rEpoch 0:   0%|          | 2/27500 [00:18<60:00:33,  7.86s/it, loss=1.5703] ',
         want={"TrainLoss": 1.5703}, optional={"Step": 2, "IterationsPerSecond": 1/7.86}),
    dict(fw='tqdm loop (LLaVA fine-tune)', src='https://github.com/shan1322/Reproducing-LLava-Results/blob/0a01b334ee2267b4e1d6e37554fe0963f422e60a/logs/finetune.log',
         line='\rEpoch 0:   0%|          | 62/27500 [00:56<3:57:40,  1.92it/s, loss=1.5078]',
         want={"TrainLoss": 1.5078}, optional={"Step": 62, "IterationsPerSecond": 1.92}),
    # weight loading bar before training: no progress
    dict(fw='tqdm loop (LLaVA fine-tune)', src='https://github.com/shan1322/Reproducing-LLava-Results/blob/0a01b334ee2267b4e1d6e37554fe0963f422e60a/logs/finetune.log',
         line='\rLoading weights: 100%|██████████| 391/391 [00:00<00:00, 3100.09it/s]',
         want={}),
    # ---------------------------------------------------------------- small LLM print loop, committed logs/train_log.txt
    # per-epoch mean loss; Time grows through the run (seconds since start), no step time
    dict(fw='ad-hoc LLM loop', src='https://github.com/omosHxr/LLM/blob/4b0efa214c2a4fd8bbfe1304d540169fcfdd871a/logs/train_log.txt',
         line='Epoch 3, Loss 3.0509, Time 20.22s',
         want={"TrainLoss": 3.0509}),
    # a later run of the same script that printed zeros: zero is a value as printed
    dict(fw='ad-hoc LLM loop', src='https://github.com/omosHxr/LLM/blob/4b0efa214c2a4fd8bbfe1304d540169fcfdd871a/logs/train_log.txt',
         line='Epoch 12, Loss 0.0000, Time 0.26s, Speed 0.00 tok/s',
         want={"TrainLoss": 0.0, "TokensPerSecond": 0.0}),
    # ---------------------------------------------------------------- tensorpack (FasterRCNN example): epoch summary and monitor lines
    # end of an epoch: the global step; the epoch's duration is no step time
    dict(fw='tensorpack', src='https://github.com/tensorpack/tensorpack/issues/1383',
         line='[0119 15:39:21 @base.py:283] Epoch 16 (global_step 8000) finished, time:1 minute 49 seconds.',
         want={"Step": 8000}),
    dict(fw='tensorpack', src='https://github.com/tensorpack/tensorpack/issues/1383',
         line='[0119 15:39:22 @monitor.py:474] Throughput (samples/sec): 4.5542',
         want={"SamplesPerSecond": 4.5542}),
    # one component of the detector loss, not the total
    dict(fw='tensorpack', src='https://github.com/tensorpack/tensorpack/issues/1383',
         line='[0119 15:39:22 @monitor.py:474] fastrcnn_losses/box_loss: 0.12002',
         want={}, optional={"TrainLoss": 0.12002}),
    dict(fw='tensorpack', src='https://github.com/tensorpack/tensorpack/issues/1383',
         line='[0119 15:39:22 @saver.py:82] Model saved to /training/logs/gillsoft/model-8000.',
         want={}),
    # ---------------------------------------------------------------- darknet (pjreddie, YOLOv2): per-batch summary line
    # batch number, this batch's loss, running average, rate, seconds for the batch, images seen so far
    dict(fw='darknet', src='https://github.com/pjreddie/darknet/issues/377',
         line='4: 285.326599, 289.835968 avg, 0.000100 rate, 838.663052 seconds, 256 images',
         want={"Step": 4, "TrainLoss": 285.326599, "StepTime": 838663.052}),
    # per-region statistics inside a batch: no step, no loss
    dict(fw='darknet', src='https://github.com/pjreddie/darknet/issues/377',
         line='Region Avg IOU: 0.044084, Class: 1.000000, Obj: 0.613546, No Obj: 0.491049, Avg Recall: 0.015152,  count: 66',
         want={}),
    # ---------------------------------------------------------------- Unity ML-Agents (mlagents-learn / unityagents summaries)
    # Step counts environment steps; Time Elapsed is wall time since start; rewards are not scored
    dict(fw='ML-Agents', src='https://github.com/Unity-Technologies/ml-agents/issues/3004',
         line='INFO:mlagents.trainers: gpu_test: FindTheTarget: Step: 15000. Time Elapsed: 80.900 s Mean Reward: 0.333. Std of Reward: 0.471. Training.',
         want={}, optional={"Step": 15000}),
    dict(fw='ML-Agents', src='https://github.com/Unity-Technologies/ml-agents/issues/805',
         line='INFO:unityagents: Brain: Step: 12000. Mean Reward: -3.601. Std of Reward: 6.692.',
         want={}, optional={"Step": 12000}),
    # ---------------------------------------------------------------- RAD (DMControl SAC): eval record of the JSON logger
    dict(fw='RAD (SAC)', src='https://github.com/MishaLaskin/rad/issues/15',
         line='{"episode": 2320.0, "episode_reward": 813.5607311026849, "eval_time": 32.63203525543213, "mean_episode_reward": 813.5607311026849, "best_episode_reward": 849.9138325938014, "step": 580000}',
         want={}, optional={"Step": 580000}),
    # ---------------------------------------------------------------- Caffe solver (lines as the user pasted them)
    # the solver's iteration line: iteration and (smoothed) loss
    dict(fw='Caffe', src='https://github.com/BVLC/caffe/issues/2864',
         line='Iteration 4400, loss = 0',
         want={"Step": 4400, "TrainLoss": 0.0}),
    # one output blob of the train net: its own loss value
    dict(fw='Caffe', src='https://github.com/BVLC/caffe/issues/2864',
         line='I0805 11:10:16.976716 1936085760 solver.cpp:229]     Train net output #0: loss = 2.92436 (* 1 = 2.92436 loss)',
         want={}, optional={"TrainLoss": 2.92436}),
    # ---------------------------------------------------------------- RVC (Retrieval-based-Voice-Conversion WebUI, VITS-style trainer)
    # unlabeled pair: global step and learning rate
    dict(fw='RVC', src='https://github.com/RVC-Project/Retrieval-based-Voice-Conversion-WebUI/issues/702',
         line='INFO:Zumndamon_Model:[4200, 9.990004373906418e-05]',
         want={}, optional={"Step": 4200}),
    # GAN part losses, no total loss printed
    dict(fw='RVC', src='https://github.com/RVC-Project/Retrieval-based-Voice-Conversion-WebUI/issues/702',
         line='INFO:Zumndamon_Model:loss_disc=3.959, loss_gen=3.062, loss_fm=7.881,loss_mel=17.356, loss_kl=1.535',
         want={}),
    # ---------------------------------------------------------------- HF Trainer (LoRA sequence classification), committed outputs/train.log
    # the Trainer's log dict, printed after tqdm clears its bar
    dict(fw='HF Trainer', src='https://github.com/Berry666666/qwen0.5B-test-comment/blob/1373ccdc767d98fc38d9e5700df1af5cd8c0d72a/outputs/train.log',
         line="\r{'loss': 8.6647, 'grad_norm': 182.0450897216797, 'learning_rate': 5.185185185185185e-06, 'epoch': 0.01}",
         want={"TrainLoss": 8.6647, "GradNorm": 182.0450897216797}),
    dict(fw='HF Trainer', src='https://github.com/Berry666666/qwen0.5B-test-comment/blob/1373ccdc767d98fc38d9e5700df1af5cd8c0d72a/outputs/train.log',
         line="\r{'loss': 0.8263, 'grad_norm': 15.115123748779297, 'learning_rate': 3.444444444444445e-05, 'epoch': 0.03}",
         want={"TrainLoss": 0.8263, "GradNorm": 15.115123748779297}),
    # the Trainer's bar counts optimizer steps; its rate is the bar's own
    dict(fw='HF Trainer', src='https://github.com/Berry666666/qwen0.5B-test-comment/blob/1373ccdc767d98fc38d9e5700df1af5cd8c0d72a/outputs/train.log',
         line='\r  1%|          | 100/9000 [00:28<39:26,  3.76it/s]',
         want={}, optional={"Step": 100, "IterationsPerSecond": 3.76}),
    # PEFT parameter summary before training
    dict(fw='HF Trainer', src='https://github.com/Berry666666/qwen0.5B-test-comment/blob/1373ccdc767d98fc38d9e5700df1af5cd8c0d72a/outputs/train.log',
         line='trainable params: 2,164,480 || all params: 496,199,040 || trainable%: 0.4362',
         want={}),
    # ---------------------------------------------------------------- hand-written DPO loop (tqdm per epoch, Chinese summary), committed logs/dpo.log
    dict(fw='ad-hoc DPO loop', src='https://github.com/pandanzhe/Hack-RLOO/blob/3e0824d4ba377e8ad92414c48cc1a086a10654fe/logs/dpo.log',
         line='\rEpoch 3/3:  80%|████████  | 400/500 [01:44<00:27,  3.61it/s]',
         want={}, optional={"Step": 400, "IterationsPerSecond": 3.61}),
    # "average loss" of the epoch, printed after the bar closes
    dict(fw='ad-hoc DPO loop', src='https://github.com/pandanzhe/Hack-RLOO/blob/3e0824d4ba377e8ad92414c48cc1a086a10654fe/logs/dpo.log',
         line='  平均损失: 0.6931',
         want={"TrainLoss": 0.6931}),
    # configuration table printed before training
    dict(fw='ad-hoc DPO loop', src='https://github.com/pandanzhe/Hack-RLOO/blob/3e0824d4ba377e8ad92414c48cc1a086a10654fe/logs/dpo.log',
         line='Learning rate: 1e-05',
         want={}),
    # ---------------------------------------------------------------- Ultralytics 8.4 (YOLOv8m), committed logs/train.out (new-style bar)
    # a bar refresh: unlabeled part losses (box, cls, dfl), no total; 1/8 is the batch of the epoch
    dict(fw='Ultralytics YOLO', src='https://github.com/abaj8494/chess-yolo/blob/2bc0f647d6d4a403c4a378b1e67b9716608fdc1d/logs/train.out',
         line='\r    147/300      44.8G     0.5999     0.2844     0.8783        962        640: 12% ━─────────── 1/8 1.5it/s 0.4s<4.8s',
         want={}, optional={"Step": 1, "IterationsPerSecond": 1.5}),
    dict(fw='Ultralytics YOLO', src='https://github.com/abaj8494/chess-yolo/blob/2bc0f647d6d4a403c4a378b1e67b9716608fdc1d/logs/train.out',
         line='\r    152/300      45.1G     0.6088     0.2883     0.8905        177        640: 100% ━━━━━━━━━━━━ 8/8 5.4it/s 1.5s',
         want={}, optional={"Step": 8, "IterationsPerSecond": 5.4}),
    # the validation result row
    dict(fw='Ultralytics YOLO', src='https://github.com/abaj8494/chess-yolo/blob/2bc0f647d6d4a403c4a378b1e67b9716608fdc1d/logs/train.out',
         line='                   all         57        478      0.989      0.994      0.992      0.867',
         want={}),
    # ---------------------------------------------------------------- Unsloth start-up banner (HF Trainer under unsloth)
    # run configuration: totals, not progress
    dict(fw='Unsloth', src='https://github.com/unslothai/unsloth/issues/1899',
         line='   \\\\   /|    Num examples = 9,999 | Num Epochs = 2 | Total steps = 5,000',
         want={}),
    # ---------------------------------------------------------------- TPUEstimator on GPU (BERT fine-tune): step-rate hooks, absl and tf loggers both
    dict(fw='TF TPUEstimator', src='https://github.com/Vincent131499/TextSim_cn_finetune/issues/2',
         line='INFO:tensorflow:examples/sec: 2.55703',
         want={"SamplesPerSecond": 2.55703}),
    dict(fw='TF TPUEstimator', src='https://github.com/Vincent131499/TextSim_cn_finetune/issues/2',
         line='I0318 21:04:49.874457 140013223937088 tpu_estimator.py:2159] global_step/sec: 0.30417',
         want={"IterationsPerSecond": 0.30417}),
    dict(fw='TF TPUEstimator', src='https://github.com/Vincent131499/TextSim_cn_finetune/issues/2',
         line='INFO:tensorflow:global_step/sec: 0.285283',
         want={"IterationsPerSecond": 0.285283}),
    # hook warning: the step values it quotes are a stall report, not progress
    dict(fw='TF TPUEstimator', src='https://github.com/Vincent131499/TextSim_cn_finetune/issues/2',
         line='It seems that global step (tf.train.get_global_step) has not been increased. Current value (could be stable): 97 vs previous value: 97. You could increase the global step by passing tf.train.get_global_step() to Optimizer.apply_gradients or Optimizer.minimize.',
         want={}),
    # ---------------------------------------------------------------- detectron2 (d2.utils.events, newer logger prefix)
    # iteration, total loss that collapsed to 0; time is seconds per iteration without a unit
    dict(fw='detectron2', src='https://github.com/facebookresearch/detectron2/issues/3023',
         line='[05/10 04:24:12] d2.utils.events INFO:  eta: 1:21:58  iter: 1959  total_loss: 0  time: 0.6119  data_time: 0.0107  lr: 0.0082182  max_mem: 3911M',
         want={"Step": 1959, "TrainLoss": 0.0}, optional={"StepTime": 611.9}),
    dict(fw='detectron2', src='https://github.com/facebookresearch/detectron2/issues/3023',
         line='[05/10 04:25:38] d2.utils.events INFO:  eta: 1:20:34  iter: 2099  total_loss: 0  time: 0.6120  data_time: 0.0109  lr: 0.0080894  max_mem: 3911M',
         want={"Step": 2099, "TrainLoss": 0.0}, optional={"StepTime": 612.0}),
    # ---------------------------------------------------------------- HF Trainer log history written as JSON lines by a callback, committed logs/metrics.jsonl
    dict(fw='HF Trainer (JSONL callback)', src='https://github.com/satyamshivam13/LoRA_Medical_QA_Finetune/blob/5c8f5eb3c18a6bbefae479bb25f650b14ea78cc9/logs/metrics.jsonl',
         line='{"step": 10, "epoch": 0.02574002574002574, "loss": 2.0655645370483398, "grad_norm": 0.867439329624176, "learning_rate": 7.500000000000001e-05}',
         want={"Step": 10, "TrainLoss": 2.0655645370483398, "GradNorm": 0.867439329624176}),
    dict(fw='HF Trainer (JSONL callback)', src='https://github.com/satyamshivam13/LoRA_Medical_QA_Finetune/blob/5c8f5eb3c18a6bbefae479bb25f650b14ea78cc9/logs/metrics.jsonl',
         line='{"step": 400, "epoch": 1.0283140283140284, "loss": 1.0047553062438965, "grad_norm": 0.4619239568710327, "learning_rate": 0.00010083330405687086}',
         want={"Step": 400, "TrainLoss": 1.0047553062438965, "GradNorm": 0.4619239568710327}),
    # end-of-epoch evaluation: the eval loss; the eval throughput is no training speed
    dict(fw='HF Trainer (JSONL callback)', src='https://github.com/satyamshivam13/LoRA_Medical_QA_Finetune/blob/5c8f5eb3c18a6bbefae479bb25f650b14ea78cc9/logs/metrics.jsonl',
         line='{"step": 389, "epoch": 1.0, "eval_loss": 1.1333630084991455, "eval_runtime": 56.8363, "eval_samples_per_second": 12.158, "eval_steps_per_second": 1.531}',
         want={"ValLoss": 1.1333630084991455}, optional={"Step": 389}),
    # whole-run summary at the end
    dict(fw='HF Trainer (JSONL callback)', src='https://github.com/satyamshivam13/LoRA_Medical_QA_Finetune/blob/5c8f5eb3c18a6bbefae479bb25f650b14ea78cc9/logs/metrics.jsonl',
         line='{"step": 778, "epoch": 2.0, "train_runtime": 6406.1054, "train_samples_per_second": 3.88, "train_steps_per_second": 0.121, "total_flos": 6.317399723812454e+16, "train_loss": 1.1678760683015563}',
         want={}, optional={"Step": 778, "TrainLoss": 1.1678760683015563, "SamplesPerSecond": 3.88, "IterationsPerSecond": 0.121}),
    # ---------------------------------------------------------------- ACT policy on SO-101 (LeRobot-style loop), committed logs/metrics.jsonl
    # step_s is seconds per optimizer step
    dict(fw='LeRobot-style ACT loop', src='https://github.com/DeRuiChen258/ACT-so101/blob/27dbae624c949953aca13f1cc1c19ad2bbfe2437/logs/metrics.jsonl',
         line='{"step": 50, "samples": 400, "episodes": 2, "epochs": 0.03, "loss": 13.628, "grad_norm": 272.022, "lr": 1e-05, "step_s": 0.447, "samples_per_s": 18, "gpu_mem_gb": 3.72}',
         want={"Step": 50, "TrainLoss": 13.628, "GradNorm": 272.022, "StepTime": 447, "SamplesPerSecond": 18}),
    # the step field is printed rounded here (2000 for many records), as the log shows it
    dict(fw='LeRobot-style ACT loop', src='https://github.com/DeRuiChen258/ACT-so101/blob/27dbae624c949953aca13f1cc1c19ad2bbfe2437/logs/metrics.jsonl',
         line='{"step": 2000, "samples": 14000, "episodes": 60, "epochs": 1.21, "loss": 1.229, "grad_norm": 53.779, "lr": 1e-05, "step_s": 0.301, "samples_per_s": 27, "gpu_mem_gb": 3.73}',
         want={"Step": 2000, "TrainLoss": 1.229, "GradNorm": 53.779, "StepTime": 301, "SamplesPerSecond": 27}),
    dict(fw='LeRobot-style ACT loop', src='https://github.com/DeRuiChen258/ACT-so101/blob/27dbae624c949953aca13f1cc1c19ad2bbfe2437/logs/metrics.jsonl',
         line='{"step": 3000, "samples": 24000, "episodes": 101, "epochs": 2.01, "loss": 0.716, "grad_norm": 40.271, "lr": 1e-05, "step_s": 0.3, "samples_per_s": 27, "gpu_mem_gb": 3.69}',
         want={"Step": 3000, "TrainLoss": 0.716, "GradNorm": 40.271, "StepTime": 300, "SamplesPerSecond": 27}),
    # ---------------------------------------------------------------- YOLOv7 (WongKinYiu): results.txt rows as pasted, no header on the row
    # columns: epoch, gpu_mem, box, obj, cls, total, labels, img_size, P, R, mAP@.5, mAP@.5:.95, val box, val obj, val cls
    dict(fw='YOLOv7', src='https://github.com/WongKinYiu/yolov7/issues/2139',
         line='     1/149     13.5G   0.02125  0.003635   0.00429   0.02917        10       640    0.7036    0.5757    0.6115    0.3084   0.05692  0.007475   0.00954',
         want={}, optional={"TrainLoss": 0.02917}),
    # the epoch where every loss turned to nan
    dict(fw='YOLOv7', src='https://github.com/WongKinYiu/yolov7/issues/2139',
         line='     6/149     13.5G       nan       nan       nan       nan         3       640         0         0         0         0       nan       nan       nan',
         want={}),
    # ---------------------------------------------------------------- Tianshou (PPO on CartPole): epoch bar closing refresh and the test summary
    # the bar counts environment steps (it/s is env steps per second); loss is the PPO total loss
    dict(fw='Tianshou', src='https://github.com/thu-ml/tianshou/issues/449',
         line='\rEpoch #1: 50001it [00:40, 1244.54it/s, env_step=50000, len=200, loss=-0.562, loss/clip=-0.584, loss/ent=0.468, loss/vf=0.044, n/ep=7, n/st=2000, rew=200.00]',
         want={"TrainLoss": -0.562}, optional={"Step": 50000, "IterationsPerSecond": 1244.54}),
    dict(fw='Tianshou', src='https://github.com/thu-ml/tianshou/issues/449',
         line='\rEpoch #4: 50001it [00:42, 1181.84it/s, env_step=200000, len=200, loss=-0.018, loss/clip=-0.018, loss/ent=0.265, loss/vf=0.001, n/ep=13, n/st=2000, rew=200.00]',
         want={"TrainLoss": -0.018}, optional={"Step": 200000, "IterationsPerSecond": 1181.84}),
    # evaluation summary after the epoch
    dict(fw='Tianshou', src='https://github.com/thu-ml/tianshou/issues/449',
         line='Epoch #1: test_reward: 200.000000 ± 0.000000, best_reward: 200.000000 ± 0.000000 in #1',
         want={}),
    # ---------------------------------------------------------------- Sample Factory (APPO on VizDoom): periodic status lines
    # Fps over 10/60/300 s windows is environment frames per second; Total num frames counts env frames
    dict(fw='Sample Factory', src='https://github.com/alex-petrenko/sample-factory/issues/128',
         line='[2022-03-02 23:05:46,460][18482] Fps is (10 sec: 20404.3, 60 sec: 20404.3, 300 sec: 20404.3). Total num frames: 241664. Throughput: 0: 3098.6. Samples: 54300. Policy #0 lag: (min: 52.0, avg: 52.0, max: 52.0)',
         want={}, optional={"Step": 241664, "SamplesPerSecond": 20404.3}),
    # ---------------------------------------------------------------- nanoGPT (karpathy/nanoGPT train.py), new threads
    dict(fw='nanoGPT', src='https://github.com/karpathy/nanoGPT/issues/167',
         line='iter 36298: loss 5.8465, time 148.74ms, mfu 0.01%',
         want={"Step": 36298, "TrainLoss": 5.8465, "StepTime": 148.74}),
    dict(fw='nanoGPT', src='https://github.com/karpathy/nanoGPT/issues/461',
         line='iter 351054: loss 2.7325, time 107.20ms, mfu 31.66%',
         want={"Step": 351054, "TrainLoss": 2.7325, "StepTime": 107.2}),
    # ---------------------------------------------------------------- SpeechBrain train_logger (Tedlium2 conformer recipe): per-epoch summary
    # steps is the global optimizer step at the end of the epoch
    dict(fw='SpeechBrain', src='https://github.com/speechbrain/speechbrain/pull/2191',
         line='epoch: 72, lr: 4.40e-04, steps: 38808, optimizer: AdamW - train loss: 31.17 - valid loss: 26.63, valid ACC: 9.35e-01',
         want={"Step": 38808, "TrainLoss": 31.17, "ValLoss": 26.63}),
    dict(fw='SpeechBrain', src='https://github.com/speechbrain/speechbrain/pull/2191',
         line='epoch: 80, lr: 4.17e-04, steps: 43120, optimizer: AdamW - train loss: 29.10 - valid loss: 26.51, valid ACC: 9.36e-01, valid WER: 13.84',
         want={"Step": 43120, "TrainLoss": 29.1, "ValLoss": 26.51}),
    # ---------------------------------------------------------------- torchaudio wav2letter example pipeline: JSON validation record
    # a validation pass: its average loss is a validation loss; "iteration" counts validation batches
    dict(fw='torchaudio example (wav2letter)', src='https://github.com/pytorch/audio/pull/632',
         line='{"name": "validation", "epoch": 13, "cumulative loss": 54.061622858047485, "dataset length": 2688.0, "iteration": 21.0, "cer over target length": 0.6738777717685235, "cumulative cer": 189715.0, "total chars": 280923.0, "cer": 0.0, "cumulative cer over target length": 0.0, "wer over target length": 1.3005983808518127, "cumulative wer": 69715.0, "total words": 54008.0, "wer": 0.0, "cumulative wer over target length": 0.0, "average loss": 2.5743629932403564, "validation time": 14.44613003730774}',
         want={"ValLoss": 2.5743629932403564}),
    # ---------------------------------------------------------------- ETE-Speech-Recognition (ESPnet-style port): test-set result line
    # evaluation of a trained model on the test set: no training series
    dict(fw='ad-hoc ASR loop', src='https://github.com/mayank-git-hub/ETE-Speech-Recognition/issues/6',
         line='Avg. Loss: 265.5176 | Avg Loss_Att: 241.9316 | Avg Loss_CTC: 320.5516 | CER: 0.7817',
         want={}, optional={"ValLoss": 265.5176}),
    # ---------------------------------------------------------------- VITS (jaywalnut310/vits train.py): unlabeled loss list, save and epoch lines
    # [loss_disc, loss_gen, loss_fm, loss_mel, loss_dur, loss_kl, global_step, lr] without names
    dict(fw='VITS', src='https://github.com/jaywalnut310/vits/issues/172',
         line='[INFO] [1.463881015777588, 3.3058362007141113, 14.746193885803223, 13.179031372070312, 0.3828892707824707, 1.021393895149231, 277000, 1.1124354334266811e-05]',
         want={}, optional={"Step": 277000}),
    # checkpoint save: "iteration" here is the epoch number, 277000 in the file name is the step
    dict(fw='VITS', src='https://github.com/jaywalnut310/vits/issues/172',
         line='[INFO] Saving model and optimizer state at iteration 23084 to ./logs/vcg_model/G_277000.pth',
         want={}),
    # ---------------------------------------------------------------- open-r1 GRPO (TRL GRPOTrainer log dict), new thread
    dict(fw='TRL GRPO (open-r1)', src='https://github.com/huggingface/open-r1/issues/255',
         line="{'loss': 0.0002, 'grad_norm': 0.8481642609786243, 'learning_rate': 3.0769230769230774e-06, 'rewards/accuracy_reward': 0.1178571494296193, 'rewards/format_reward': 0.5544643074274063, 'rewards/reasoning_steps_reward': 0.1505952463950962, 'rewards/cosine_scaled_reward': -0.12882936951355078, 'reward': 0.6940873321145773, 'reward_std': 0.5247403308749199, 'completion_length': 378.24644565582275, 'kl': 0.0039509057998657225, 'epoch': 0.02}",
         want={"TrainLoss": 0.0002, "GradNorm": 0.8481642609786243}),
    # ---------------------------------------------------------------- SFT of Qwen2.5-Math (hand-written loop + vLLM eval), committed logs/sft.log
    dict(fw='ad-hoc SFT loop', src='https://github.com/Hosh1mi/Tech_challenge/blob/22165732f1692300d058c8fec190d6b62f2f46eb/logs/sft.log',
         line='__main__ - INFO - epoch=0, step=7, loss=0.112188',
         want={"Step": 7, "TrainLoss": 0.112188}),
    dict(fw='ad-hoc SFT loop', src='https://github.com/Hosh1mi/Tech_challenge/blob/22165732f1692300d058c8fec190d6b62f2f46eb/logs/sft.log',
         line='__main__ - INFO - epoch=0, step=55, loss=0.040641',
         want={"Step": 55, "TrainLoss": 0.040641}),
    # evaluation after training: reward on the test set
    dict(fw='ad-hoc SFT loop', src='https://github.com/Hosh1mi/Tech_challenge/blob/22165732f1692300d058c8fec190d6b62f2f46eb/logs/sft.log',
         line='utils - INFO - answer_reward: 0.0243',
         want={}),
    # ---------------------------------------------------------------- SimCLR pretraining loop, committed logs/pretrain.log
    # one line per epoch: the contrastive (training) loss
    dict(fw='ad-hoc SimCLR loop', src='https://github.com/bbl3449608112/SimCLR/blob/3de191360df39b24aa10e8d6b2107f6cf18b7b5e/logs/pretrain.log',
         line='epoch=001 contrastive_loss=4.262607 lr=0.000904508',
         want={"TrainLoss": 4.262607}),
    dict(fw='ad-hoc SimCLR loop', src='https://github.com/bbl3449608112/SimCLR/blob/3de191360df39b24aa10e8d6b2107f6cf18b7b5e/logs/pretrain.log',
         line='epoch=005 contrastive_loss=3.876090 lr=0',
         want={"TrainLoss": 3.87609}),
    # ---------------------------------------------------------------- ECG self-supervised pretraining loop, committed logs/pretrain.log
    # two part losses (Lc, Ld) and no total; 250/1048 is the batch of the epoch; 157s is time since start
    dict(fw='ad-hoc SSL loop (ECG)', src='https://github.com/Yuvaraj-Durai/ECG_Wearable_SSL/blob/59a36e3d22c418b99d3d72ab4ad4d9f9096dc04b/logs/pretrain.log',
         line='ep 0 it 250/1048 Lc 4.645 Ld 0.594 top1 0.719 157s',
         want={}, optional={"Step": 250}),
    dict(fw='ad-hoc SSL loop (ECG)', src='https://github.com/Yuvaraj-Durai/ECG_Wearable_SSL/blob/59a36e3d22c418b99d3d72ab4ad4d9f9096dc04b/logs/pretrain.log',
         line='resumed at epoch 3',
         want={}),

    # ---------------------------------------------------------------- small GPT on Shakespeare (print loop), committed logs/training_log.txt
    dict(fw='ad-hoc GPT loop', src='https://github.com/sdeepthikumar/shakespearean-llm/blob/152093ae5730518d87a40784ce4a5dc608bb6a42/logs/training_log.txt',
         line='Epoch 1/100, Batch 1, Step 1: Loss = 10.984265',
         want={"Step": 1, "TrainLoss": 10.984265}),
    dict(fw='ad-hoc GPT loop', src='https://github.com/sdeepthikumar/shakespearean-llm/blob/152093ae5730518d87a40784ce4a5dc608bb6a42/logs/training_log.txt',
         line='Epoch 2/100, Batch 40, Step 205: Loss = 4.846973',
         want={"Step": 205, "TrainLoss": 4.846973}),
    # the epoch average next to the per-step series, printed with a leading blank
    dict(fw='ad-hoc GPT loop', src='https://github.com/sdeepthikumar/shakespearean-llm/blob/152093ae5730518d87a40784ce4a5dc608bb6a42/logs/training_log.txt',
         line=' Epoch 1/100, Avg Loss: 6.467082',
         want={}, optional={"TrainLoss": 6.467082}),
    # ---------------------------------------------------------------- improved DDPM with a ViT backbone (custom logger), committed logs/training_log.txt
    # [100:391] is the batch of the epoch; Loss is the total (CE + Dif)
    dict(fw='ad-hoc diffusion loop (iDDPM)', src='https://github.com/sndnyang/iDDPM/blob/916c33039937720b2b9ec55235681790f5ea40e1/logs/training_log.txt',
         line='10-03 15:42:33: iddpm_main.py[280]: [Epoch 1/500][ 100:391]  Loss: 1.0350 CE: 0.0000 Dif: 1.0350 Top-1: 0.000  LR: 0.000100',
         want={"TrainLoss": 1.035}, optional={"Step": 100}),
    dict(fw='ad-hoc diffusion loop (iDDPM)', src='https://github.com/sndnyang/iDDPM/blob/916c33039937720b2b9ec55235681790f5ea40e1/logs/training_log.txt',
         line='10-03 16:29:23: iddpm_main.py[280]: [Epoch 12/500][ 100:391]  Loss: 0.0665 CE: 0.0000 Dif: 0.0665 Top-1: 0.000  LR: 0.000100',
         want={"TrainLoss": 0.0665}, optional={"Step": 100}),
    # end-of-epoch timing: projected total, the epoch's duration and the remaining time
    dict(fw='ad-hoc diffusion loop (iDDPM)', src='https://github.com/sndnyang/iDDPM/blob/916c33039937720b2b9ec55235681790f5ea40e1/logs/training_log.txt',
         line='10-03 15:46:08: iddpm_main.py[218]: PID 65521 Total ~ 21:14:00.744638, epoch 0:02:32.881489,remain 21:14:00.744638',
         want={}),
    # ---------------------------------------------------------------- TalkingGaussian (3DGS trainer): tqdm bar with the loss in its postfix, and eval lines
    # 8000/50000 counts optimisation iterations; the bar narrows as the postfix grows
    dict(fw='3D Gaussian Splatting (TalkingGaussian)', src='https://github.com/Fictionarry/TalkingGaussian/issues/41',
         line='\rTraining progress:  16%|#6        | 8000/50000 [02:06<12:39, 55.27it/s, Loss=0.00524, Mouth=4.0-10.4]',
         want={"TrainLoss": 0.00524}, optional={"Step": 8000, "IterationsPerSecond": 55.27}),
    dict(fw='3D Gaussian Splatting (TalkingGaussian)', src='https://github.com/Fictionarry/TalkingGaussian/issues/41',
         line='\rTraining progress:  20%|#8       | 10000/50000 [02:47<12:11, 54.69it/s, Loss=0.00699, Mouth=4.8-11.2]',
         want={"TrainLoss": 0.00699}, optional={"Step": 10000, "IterationsPerSecond": 54.69}),
    # evaluation on the held-out views: L1 and PSNR of renders
    dict(fw='3D Gaussian Splatting (TalkingGaussian)', src='https://github.com/Fictionarry/TalkingGaussian/issues/53',
         line='[ITER 20000] Evaluating test: L1 0.006605773428945165 PSNR 34.84388010125411 [26/11 18:12:44]',
         want={}, optional={"ValLoss": 0.006605773428945165, "Step": 20000}),
    # ---------------------------------------------------------------- 3D Gaussian Splatting (graphdeco-inria train.py): evaluation on the training views
    dict(fw='3D Gaussian Splatting', src='https://github.com/graphdeco-inria/gaussian-splatting/issues/156',
         line='[ITER 30000] Evaluating train: L1 0.02656959928572178 PSNR 27.107151794433594 [31/08 23:17:54]',
         want={}, optional={"Step": 30000}),
    # ---------------------------------------------------------------- dn-splatter (nerfstudio trainer): rich table row, header on the line above
    # columns: Step (% Done), Train Iter (time), ETA (time), Train Rays / Sec; the source location is right-aligned by rich
    dict(fw='nerfstudio (dn-splatter)', src='https://github.com/maturk/dn-splatter/issues/110',
         line='4090 (81.78%)       43.140 ms            39 s, 300.687 ms     14.86 M                                    latfacto.py:566',
         want={}, optional={"Step": 4090, "StepTime": 43.14}),
    # ---------------------------------------------------------------- TRL preference trainers (ORPO, DPO): the Trainer's log dict, new threads
    dict(fw='TRL ORPO', src='https://github.com/huggingface/trl/issues/1638',
         line="{'loss': 1.5422, 'grad_norm': 0.0, 'learning_rate': 0.001, 'rewards/chosen': -1.096510648727417, 'rewards/rejected': -1.19998037815094, 'rewards/accuracies': 0.6000000238418579, 'rewards/margins': 0.10346974432468414, 'logps/rejected': -0.479992151260376, 'logps/chosen': -0.4386042654514313, 'logits/rejected': 0.5151220560073853, 'logits/chosen': 0.5120567679405212, 'epoch': 0.18}",
         want={"TrainLoss": 1.5422, "GradNorm": 0.0}),
    dict(fw='TRL DPO', src='https://github.com/huggingface/trl/issues/1778',
         line="{'loss': 0.3537, 'grad_norm': 0.0, 'learning_rate': 5e-06, 'rewards/chosen': 1.109375, 'rewards/rejected': -0.08642578125, 'rewards/accuracies': 0.8500000238418579, 'rewards/margins': 1.1953125, 'logps/rejected': -20.25, 'logps/chosen': -46.5, 'logits/rejected': -2.796875, 'logits/chosen': -1.96875, 'epoch': 0.05}",
         want={"TrainLoss": 0.3537, "GradNorm": 0.0}),
    # ---------------------------------------------------------------- HF Trainer (wav2vec2 CTC fine-tune): train and eval dicts, new thread
    dict(fw='HF Trainer', src='https://github.com/huggingface/transformers/issues/21103',
         line="{'loss': 142.6154, 'learning_rate': 0.00028539729505169863, 'epoch': 0.0}",
         want={"TrainLoss": 142.6154}),
    # evaluation dict: eval loss; eval throughput is no training speed
    dict(fw='HF Trainer', src='https://github.com/huggingface/transformers/issues/21103',
         line="{'eval_loss': 80.37191009521484, 'eval_wer': 0.07217616514530197, 'eval_runtime': 325.7806, 'eval_samples_per_second': 236.19, 'eval_steps_per_second': 7.382, 'epoch': 1.0}",
         want={"ValLoss": 80.37191009521484}),
    # ---------------------------------------------------------------- PaddleOCR (recognition trainer): benchmark-style line
    # iter is the global iteration; batch_cost is seconds per batch; ips is samples per second
    dict(fw='PaddleOCR', src='https://github.com/PaddlePaddle/PaddleOCR/issues/2083',
         line='[2021/02/23 22:52:57] root INFO: epoch: [5/500], iter: 11550, lr: 0.001000, loss: 4.880471, acc: 0.598958, norm_edit_dis: 0.877949, reader_cost: 5.33854 s, batch_cost: 5.97875 s, samples: 960, ips: 16.05686',
         want={"Step": 11550, "TrainLoss": 4.880471, "StepTime": 5978.75, "SamplesPerSecond": 16.05686}),
    dict(fw='PaddleOCR', src='https://github.com/PaddlePaddle/PaddleOCR/issues/2083',
         line='[2021/02/23 22:54:12] root INFO: epoch: [5/500], iter: 11570, lr: 0.001000, loss: 4.687830, acc: 0.588542, norm_edit_dis: 0.884872, reader_cost: 2.21899 s, batch_cost: 2.78157 s, samples: 960, ips: 34.51285',
         want={"Step": 11570, "TrainLoss": 4.68783, "StepTime": 2781.57, "SamplesPerSecond": 34.51285}),
    # ---------------------------------------------------------------- PaddlePaddle v1 trainer (demo): pass/batch cost lines
    # Cost is the training loss; Batch counts batches within the pass
    dict(fw='PaddlePaddle v1', src='https://github.com/PaddlePaddle/Paddle/issues/5473',
         line="Pass 0, Batch 100, Cost 2.261713, {'classification_error_evaluator': 0.8359375}",
         want={"TrainLoss": 2.261713}, optional={"Step": 100}),
    dict(fw='PaddlePaddle v1', src='https://github.com/PaddlePaddle/Paddle/issues/5473',
         line="Pass 30, Batch 200, Cost 0.404265, {'classification_error_evaluator': 0.1640625}",
         want={"TrainLoss": 0.404265}, optional={"Step": 200}),
    # ---------------------------------------------------------------- Mozilla DeepSpeech (early TF script): epoch report with an infinite loss
    # inf yields no loss metric; CER and WER are not progress metrics
    dict(fw='DeepSpeech', src='https://github.com/mozilla/DeepSpeech/issues/238',
         line='2016-11-25 18:29:38 Training loss=inf avg_cer=0.377731130 WER: 0.828431',
         want={}),
    # ---------------------------------------------------------------- DPPO (diffusion policy pretraining agent, hydra logger)
    # the leading number counts epochs; t is the epoch's duration in seconds, not a step time
    dict(fw='DPPO (diffusion policy)', src='https://github.com/irom-princeton/dppo/issues/23',
         line='[2024-11-12 16:37:13,635][agent.pretrain.train_diffusion_agent][INFO] - 63: train loss   0.1520 | t: 60.6230',
         want={"TrainLoss": 0.152}, optional={"Step": 63}),
    dict(fw='DPPO (diffusion policy)', src='https://github.com/irom-princeton/dppo/issues/23',
         line='[2024-11-12 16:44:21,010][agent.pretrain.train_diffusion_agent][INFO] - 70: train loss   0.1508 | t: 56.0507',
         want={"TrainLoss": 0.1508}, optional={"Step": 70}),
    # ---------------------------------------------------------------- RLlib (Ray 0.6 PPO): pretty-printed result block, one key per line
    # the learner's total loss of this iteration (nested under info/default)
    dict(fw='RLlib', src='https://github.com/ray-project/ray/issues/3908',
         line='    total_loss: 936.0924682617188',
         want={"TrainLoss": 936.0924682617188}),
    # seconds spent on this training iteration
    dict(fw='RLlib', src='https://github.com/ray-project/ray/issues/3908',
         line='time_this_iter_s: 2.8040077686309814',
         want={"StepTime": 2804.0077686309814}),
    # the trainer's iteration counter
    dict(fw='RLlib', src='https://github.com/ray-project/ray/issues/3908',
         line='training_iteration: 85',
         want={"Step": 85}),
    # episode return: not a progress metric
    dict(fw='RLlib', src='https://github.com/ray-project/ray/issues/3908',
         line='episode_reward_mean: -550.34',
         want={}),
    # ---------------------------------------------------------------- DeepRM (policy-gradient scheduler): tab-separated report block per iteration
    dict(fw='ad-hoc policy-gradient loop (DeepRM)', src='https://github.com/hongzimao/deeprm/issues/10',
         line='Iteration: \t 1',
         want={"Step": 1}),
    dict(fw='ad-hoc policy-gradient loop (DeepRM)', src='https://github.com/hongzimao/deeprm/issues/10',
         line='Loss:     \t 0.1925097107887268',
         want={"TrainLoss": 0.1925097107887268}),
    # seconds this iteration took (rollouts plus update); not labelled as a step time
    dict(fw='ad-hoc policy-gradient loop (DeepRM)', src='https://github.com/hongzimao/deeprm/issues/10',
         line='Elapsed time\t 98.67690372467041 seconds',
         want={}, optional={"StepTime": 98676.90372467041}),
    # ---------------------------------------------------------------- seq2seq-chatbot (TF1 custom loop): windowed and epoch statistics on one line
    # the last-100-batch loss is the current value, the epoch figure a running average; Batch counts within the epoch
    dict(fw='ad-hoc seq2seq loop (TF)', src='https://github.com/AbrahamSanders/seq2seq-chatbot/issues/36',
         line='Epoch:   1/500, Batch:  600/1731, Stats for last 100 batches: (Training Loss:  6.148, Training Time: 2301 seconds), Stats for epoch: (Training Loss:  6.632, Training Time: 12916 seconds)',
         want={"TrainLoss": 6.148}, optional={"Step": 600}),
    dict(fw='ad-hoc seq2seq loop (TF)', src='https://github.com/AbrahamSanders/seq2seq-chatbot/issues/36',
         line='Epoch:   1/500, Batch:  400/1731, Stats for last 100 batches: (Training Loss:  6.291, Training Time: 2176 seconds), Stats for epoch: (Training Loss:  6.860, Training Time: 8385 seconds)',
         want={"TrainLoss": 6.291}, optional={"Step": 400}),
    # ---------------------------------------------------------------- PaddlePaddle models (seq2seq dygraph example): per-batch time and perplexity
    # Time is seconds for this batch; ppl is no loss value
    dict(fw='PaddlePaddle models (seq2seq)', src='https://github.com/PaddlePaddle/models/pull/4377',
         line='-- Epoch:[0]; Batch:[100]; Time: 0.13797 s; ppl: 485.27556',
         want={"StepTime": 137.97}, optional={"Step": 100}),
    # end of epoch: the epoch's duration and its average step time
    dict(fw='PaddlePaddle models (seq2seq)', src='https://github.com/PaddlePaddle/models/pull/4377',
         line='Train epoch:[1]; Epoch Time: 317.63054; avg_time: 0.30145 s/step',
         want={}, optional={"StepTime": 301.45}),
    # ---------------------------------------------------------------- Megatron-LM (Megatron-FSDP runs), new thread
    dict(fw='Megatron-LM', src='https://github.com/NVIDIA/Megatron-LM/pull/3067',
         line='[2026-02-27 20:19:44.121167] iteration      100/15258789 | consumed samples:        12800 | elapsed time per iteration (ms): 3789.9 | throughput per GPU (TFLOP/s/GPU): 198.2 | learning rate: 4.915198E-07 | global batch size:   128 | lm loss: 5.476863E+00 | loss scale: 1.0 | grad norm: 9.411 | num zeros: 0 | number of skipped iterations:   0 | number of nan iterations:   0 |',
         want={"Step": 100, "StepTime": 3789.9, "TrainLoss": 5.476863, "GradNorm": 9.411}),
    # ---------------------------------------------------------------- torchtitan (early 2024 logger: wps is tokens per second), new thread
    dict(fw='torchtitan', src='https://github.com/pytorch/torchtitan/pull/153',
         line='[rank0]:2024-03-20 14:58:21,642 - root - INFO - step: 11  loss:  7.2777  memory: 34.40GiB(36.20%)  wps: 1,894',
         want={"Step": 11, "TrainLoss": 7.2777, "TokensPerSecond": 1894}),
    dict(fw='torchtitan', src='https://github.com/pytorch/torchtitan/pull/153',
         line='[rank0]:2024-03-20 14:59:48,681 - root - INFO - step: 71  loss:  3.6187  memory: 34.89GiB(36.71%)  wps: 2,824',
         want={"Step": 71, "TrainLoss": 3.6187, "TokensPerSecond": 2824}),
]
