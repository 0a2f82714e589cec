# A twelfth blind held-out set of progress lines for the AI-training pack,
# collected on 2026-12-07 (UTC morning). The lines come from training logs
# that people committed to their repositories (train.log, pretrain.log,
# finetune.log, sft.log, grpo.log, logs/train.log, training.log,
# train_log.txt, output/metrics.json, slurm.out, stdout.log, training.out and
# similar), read byte for byte from the repository at the commit named in
# `src`; the lines of one Megatron-LM log were taken from the stored text of
# that file at its commit (plain lines, no control characters, checked
# against Megatron's own format strings). No source (repository
# file, issue or pull request) used in heldout.py, fresh.py, devset.py,
# devset2.py or blind.py .. blind11.py was taken again, and no repository
# either. The set was written without looking at the pack or its tests and
# frozen before it was scored even once.
# Same fields as heldout.py: the framework, where the line was seen, the line
# as printed (tabs, the `\r` that starts a progress-bar refresh, ANSI colour
# codes and trailing blanks kept), the progress metrics it must yield
# (`want`) and metrics it may yield or not (`optional`: an in-epoch batch
# counter, an environment-step counter, a tqdm bar's rate, an it/s derived
# from `s/it`, a time whose unit the line does not print, an epoch or
# whole-run average next to a per-step series, a loss whose meaning the line
# leaves open). `want={}` marks a line that holds no training progress: the
# pack stays quiet. StepTime is in milliseconds.
# A case holds one record: where several `\r` refreshes share a physical
# line, the refresh the case names, from its `\r` up to the next `\r` or
# newline.

CASES = [
    # ---------------------------------------------------------------- HotpotQA agent (TRL GRPOTrainer, then HF Trainer SFT and a query-LoRA run; tqdm refreshes and the trainers' dict lines)
    # GRPO log dict: loss, grad norm, rewards, KL; no step printed
    dict(fw='TRL', src='https://github.com/Ning-Guo/hotpotqa-agent/blob/cf23f2a0680a606c5bea334718344f7b8cb45e3c/logs/grpo.log',
         line="{'loss': 0.006, 'grad_norm': 35.45585632324219, 'learning_rate': 4.887161361866608e-06, 'rewards/combined_reward': 0.6986370697850361, 'reward': 0.6986370697850361, 'reward_std': 0.08306320058181882, 'completion_length': 109.025, 'kl': 0.6013026514119467, 'epoch': 0.1}",
         want={"TrainLoss": 0.006, "GradNorm": 35.45585632324219}),
    # first refresh of the trainer bar: 85 s per optimizer step
    dict(fw='TRL', src='https://github.com/Ning-Guo/hotpotqa-agent/blob/cf23f2a0680a606c5bea334718344f7b8cb45e3c/logs/grpo.log',
         line='\r  0%|          | 1/1875 [01:25<44:18:27, 85.12s/it]',
         want={}, optional={"Step": 1, "IterationsPerSecond": 1 / 85.12}),
    dict(fw='HF Trainer', src='https://github.com/Ning-Guo/hotpotqa-agent/blob/cf23f2a0680a606c5bea334718344f7b8cb45e3c/logs/sft.log',
         line="{'loss': 2.2811, 'grad_norm': 3.011601448059082, 'learning_rate': 0.0001964554553917084, 'epoch': 0.39}",
         want={"TrainLoss": 2.2811, "GradNorm": 3.011601448059082}),
    # the evaluation dict printed right after a bar refresh, on the same record
    dict(fw='HF Trainer', src='https://github.com/Ning-Guo/hotpotqa-agent/blob/cf23f2a0680a606c5bea334718344f7b8cb45e3c/logs/query_lora/02_train.log',
         line="\r 33%|███▎      | 705/2115 [26:13<1:33:50,  3.99s/it]{'eval_loss': 0.233661487698555, 'eval_runtime': 30.3005, 'eval_samples_per_second': 39.141, 'eval_steps_per_second': 2.475, 'epoch': 0.99}",
         want={"ValLoss": 0.233661487698555}, optional={"Step": 705, "IterationsPerSecond": 1 / 3.99}),
    # end-of-run summary of the best evaluation loss
    dict(fw='HF Trainer', src='https://github.com/Ning-Guo/hotpotqa-agent/blob/cf23f2a0680a606c5bea334718344f7b8cb45e3c/logs/query_lora/02_train.log',
         line='  Best eval loss: 0.2317',
         want={}, optional={"ValLoss": 0.2317}),
    # ---------------------------------------------------------------- SDF-Net person re-identification (self-supervised pretraining loop with Chinese epoch summaries, then a TransReID-style fine-tune)
    # Step counts batches of the epoch
    dict(fw='ad-hoc logging', src='https://github.com/X-7D1C11010/SDF-Net/blob/6a429086e8772ed8cc939a8067eebe8cb2ebd42e/pretrain.log',
         line='[2026-06-15 10:23:21,019] INFO - Epoch [1/100] Step [0/756] Loss: 4.7317',
         want={"TrainLoss": 4.7317}, optional={"Step": 0}),
    dict(fw='ad-hoc logging', src='https://github.com/X-7D1C11010/SDF-Net/blob/6a429086e8772ed8cc939a8067eebe8cb2ebd42e/pretrain.log',
         line='[2026-06-15 12:45:10,695] INFO - Epoch [34/100] Step [260/756] Loss: 0.0923',
         want={"TrainLoss": 0.0923}, optional={"Step": 260}),
    # epoch summary ("end", "mean Loss", "elapsed"): the average next to the per-step series; the time is the epoch's
    dict(fw='ad-hoc logging', src='https://github.com/X-7D1C11010/SDF-Net/blob/6a429086e8772ed8cc939a8067eebe8cb2ebd42e/pretrain.log',
         line='[2026-06-15 10:27:30,798] INFO - ==> Epoch [1] 结束 | 平均 Loss: 1.1468 | 耗时: 252.0s',
         want={}, optional={"TrainLoss": 1.1468}),
    # epoch summary: loss averaged over the epoch with its parts, accuracy and learning rate
    dict(fw='TransReID', src='https://github.com/X-7D1C11010/SDF-Net/blob/6a429086e8772ed8cc939a8067eebe8cb2ebd42e/model/train_log.txt',
         line='2026-05-27 20:51:59 transreid.train INFO: Epoch[18] done. Loss: 4.105 (Base: 3.895, Orth: 0.118, Struct: 0.092), Acc: 79.028%, Lr: 4.61e-04',
         want={}, optional={"TrainLoss": 4.105}),
    # ---------------------------------------------------------------- Torch7 (Lua) FCN fine-tune, course homework: a tab-ended line per batch
    # [epoch][batch/epochSize]; Time is the batch time in seconds, unit not printed
    dict(fw='Torch7', src='https://github.com/caunion/16824hw1/blob/ebb9fdb0e981e1a64f56c287e289b822ae93b184/pretrain.log',
         line='Epoch: [1][1/500]\tTime 0.871 DataTime 0.577, loss 3.7797828\t',
         want={"TrainLoss": 3.7797828}, optional={"Step": 1, "StepTime": 871}),
    dict(fw='Torch7', src='https://github.com/caunion/16824hw1/blob/ebb9fdb0e981e1a64f56c287e289b822ae93b184/pretrain.log',
         line='Epoch: [1][244/500]\tTime 0.834 DataTime 0.004, loss 3.0891623\t',
         want={"TrainLoss": 3.0891623}, optional={"Step": 244, "StepTime": 834}),
    # epoch header with the optimizer settings
    dict(fw='Torch7', src='https://github.com/caunion/16824hw1/blob/ebb9fdb0e981e1a64f56c287e289b822ae93b184/pretrain.log',
         line='<trainer> online epoch # 1 [batchSize = 10 lr = 0.001, momentum = 0.9]\t',
         want={}),
    # ---------------------------------------------------------------- computer-vision homework (classifier and detector, custom loops): one line per epoch
    dict(fw='ad-hoc epoch print', src='https://github.com/DanilovLeo/cv-hw3/blob/1aba07c9579bd82958e1b5e940348e2acc8462f4/logs/train.log',
         line='epoch 0: train_loss=2.1802, val_loss=1.5090',
         want={"TrainLoss": 2.1802, "ValLoss": 1.509}),
    dict(fw='ad-hoc epoch print', src='https://github.com/DanilovLeo/cv-hw3/blob/1aba07c9579bd82958e1b5e940348e2acc8462f4/logs/train.log',
         line='epoch 3: train_loss=1.4575, val_loss=1.2229',
         want={"TrainLoss": 1.4575, "ValLoss": 1.2229}),
    # end-of-run summary of the best validation loss
    dict(fw='ad-hoc epoch print', src='https://github.com/DanilovLeo/cv-hw3/blob/1aba07c9579bd82958e1b5e940348e2acc8462f4/logs/train.log',
         line='training complete; best val loss = 1.1703282733758291',
         want={}, optional={"ValLoss": 1.1703282733758291}),
    # the run tag in brackets, then the epoch; validation reports accuracy and F1 only
    dict(fw='ad-hoc epoch print', src='https://github.com/DanilovLeo/cv-hw3/blob/1aba07c9579bd82958e1b5e940348e2acc8462f4/hw2_5/logs/cls_train_augmented.log',
         line='[augmented] epoch 5: train_loss=0.0755 train_acc=0.976 val_acc=0.905 val_f1=0.577',
         want={"TrainLoss": 0.0755}),
    # ---------------------------------------------------------------- Indonesian grapheme-to-phoneme seq2seq (custom loop): a pipe-separated line per epoch, early-stopping notices
    # Time is the epoch's duration, not a step time
    dict(fw='ad-hoc epoch print', src='https://github.com/Al-Fahrezi/indog2p/blob/fe18676af0d9972ce3e782acdd92b911c3c4f030/logs/train.log',
         line='Epoch 01 | Train Loss: 0.1752 | Val Loss: 0.1233 | Val PER: 0.0338 | Time: 37.9s',
         want={"TrainLoss": 0.1752, "ValLoss": 0.1233}),
    dict(fw='ad-hoc epoch print', src='https://github.com/Al-Fahrezi/indog2p/blob/fe18676af0d9972ce3e782acdd92b911c3c4f030/logs/train.log',
         line='Epoch 01 | Train Loss: 2.9273 | Val Loss: 3.0598 | Val PER: 0.7394 | Time: 41.6s',
         want={"TrainLoss": 2.9273, "ValLoss": 3.0598}),
    dict(fw='ad-hoc epoch print', src='https://github.com/Al-Fahrezi/indog2p/blob/fe18676af0d9972ce3e782acdd92b911c3c4f030/logs/train.log',
         line='  >> No improvement (2 epochs).',
         want={}),
    # ---------------------------------------------------------------- BERT sentence-similarity fine-tune (TF Estimator): loss every 100 steps, steps per second, checkpoint saves
    dict(fw='TF Estimator', src='https://github.com/Brokenwind/BertSimilarity/blob/ebda9ddc3212ad2f5e2aa8cf2da1e3577ba87f2e/logs/train.log',
         line='INFO:tensorflow:loss = 1.0218862, step = 0',
         want={"TrainLoss": 1.0218862, "Step": 0}),
    # the bracketed seconds cover the last 100 steps
    dict(fw='TF Estimator', src='https://github.com/Brokenwind/BertSimilarity/blob/ebda9ddc3212ad2f5e2aa8cf2da1e3577ba87f2e/logs/train.log',
         line='INFO:tensorflow:loss = 0.01693129, step = 5400 (147.086 sec)',
         want={"TrainLoss": 0.01693129, "Step": 5400}),
    dict(fw='TF Estimator', src='https://github.com/Brokenwind/BertSimilarity/blob/ebda9ddc3212ad2f5e2aa8cf2da1e3577ba87f2e/logs/train.log',
         line='INFO:tensorflow:global_step/sec: 0.693429',
         want={"IterationsPerSecond": 0.693429}),
    # checkpoint notice: the step is that of the saved checkpoint
    dict(fw='TF Estimator', src='https://github.com/Brokenwind/BertSimilarity/blob/ebda9ddc3212ad2f5e2aa8cf2da1e3577ba87f2e/logs/train.log',
         line='INFO:tensorflow:Saving checkpoints for 399 into /home/amei/Worspace/bert-utils/chinese_L-12_H-768_A-12/../tmp/result/model.ckpt.',
         want={}),
    # ---------------------------------------------------------------- TransAttUnet lung-nodule segmentation on LIDC (tqdm bars written one per line, Vietnamese messages)
    # in-epoch batch counter; loss in the bar postfix
    dict(fw='ad-hoc tqdm', src='https://github.com/IamAnh47/TransAttUnet-LIDC/blob/50ca3077bc555a6f2cf47eb261b50f337229fbb3/logs/train.log',
         line='Training:  52%|█████▏    | 300/572 [00:14<00:11, 23.08it/s, loss=0.3726, dice=0.8428]',
         want={"TrainLoss": 0.3726}, optional={"Step": 300, "IterationsPerSecond": 23.08}),
    dict(fw='ad-hoc tqdm', src='https://github.com/IamAnh47/TransAttUnet-LIDC/blob/50ca3077bc555a6f2cf47eb261b50f337229fbb3/logs/train.log',
         line='Training: 100%|██████████| 572/572 [00:29<00:00, 17.70it/s, loss=0.7225, dice=0.6443]',
         want={"TrainLoss": 0.7225}, optional={"Step": 572, "IterationsPerSecond": 17.7}),
    dict(fw='ad-hoc tqdm', src='https://github.com/IamAnh47/TransAttUnet-LIDC/blob/50ca3077bc555a6f2cf47eb261b50f337229fbb3/logs/train.log',
         line='Val Loss:   0.2343 | Dice: 0.8861',
         want={"ValLoss": 0.2343}),
    # ---------------------------------------------------------------- humanoid combat benchmark baseline (stable-baselines3 PPO, smoke run): logger table rows, rich progress bar
    # PPO's combined loss, alone on its row
    dict(fw='stable-baselines3', src='https://github.com/laddermoon/combatbench/blob/8c6721f6cabd318c439074dbd85b4aa8eedc3c12/baseline/sb3/runs/fight_from_stand_smoke_v1/train.log',
         line='|    loss                 | 8.86        |',
         want={}, optional={"TrainLoss": 8.86}),
    dict(fw='stable-baselines3', src='https://github.com/laddermoon/combatbench/blob/8c6721f6cabd318c439074dbd85b4aa8eedc3c12/baseline/sb3/runs/fight_from_stand_smoke_v1/train.log',
         line='|    total_timesteps | 30720    |',
         want={}, optional={"Step": 30720}),
    # the final progress bar: environment steps and their rate
    dict(fw='stable-baselines3', src='https://github.com/laddermoon/combatbench/blob/8c6721f6cabd318c439074dbd85b4aa8eedc3c12/baseline/sb3/runs/fight_from_stand_smoke_v1/train.log',
         line=' 100% ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 51,200/50,000  [ 0:11:01 < 0:00:00 , 59 it/s ]',
         want={}, optional={"Step": 51200, "IterationsPerSecond": 59}),
    # ---------------------------------------------------------------- hybrid-action PPO for satellite MAC (TorchRL, loguru): one metrics line per PPO iteration
    # iter is the PPO iteration; only loss parts (objective, critic, entropy) are printed
    dict(fw='ad-hoc logging', src='https://github.com/AnnLIU15/hppo-mac/blob/677453d969db2fb9ee1598887b0e164a89023c18/logs/hppo_training.log',
         line='2025-11-23 20:38:11.268 | INFO     | __main__:_log_metrics:146 - iter=0003 reward=0.0001 ESS=0.9575 acb_mean=nan clip_fraction=0.2031 entropy=2.1479 explained_variance=-8004.2939 kl_approx=0.0425 loss_critic=0.0014 loss_entropy=-0.0215 loss_objective=-0.0313 p_cbra=nan p_cfra=nan p_pbra=nan r_cbra=nan r_pbra=nan',
         want={"Step": 3}, optional={"TrainLoss": -0.0313}),
    # first iteration: objective and critic losses are nan
    dict(fw='ad-hoc logging', src='https://github.com/AnnLIU15/hppo-mac/blob/677453d969db2fb9ee1598887b0e164a89023c18/logs/hppo_training.log',
         line='2025-11-23 17:23:59.152 | INFO     | __main__:_log_metrics:146 - iter=0001 reward=0.0007 ESS=1.0000 acb_mean=nan clip_fraction=0.0000 coll_rate=0.0000 coll_total=nan entropy=3.8918 explained_variance=nan kl_approx=0.0000 loss_critic=nan loss_entropy=-0.0389 loss_objective=nan p_cbra=nan p_cfra=nan p_pbra=nan r_cbra=nan r_pbra=nan succ_rate=0.0000 succ_total=nan succe_rate=0.0000',
         want={"Step": 1}),
    # ---------------------------------------------------------------- CSM speech model fine-tune (custom loop, Python logging): validation losses per epoch
    dict(fw='ad-hoc logging', src='https://github.com/hussainkazarani/csm-complete/blob/7779627e9545724df775bce7b3b7ac63a9f0c0f5/csm-stream/finetune.log',
         line='2025-08-13 17:03:42,189 - __main__ - INFO - Epoch 2 validation loss: 12.245133',
         want={"ValLoss": 12.245133}),
    # before the first update
    dict(fw='ad-hoc logging', src='https://github.com/hussainkazarani/csm-complete/blob/7779627e9545724df775bce7b3b7ac63a9f0c0f5/csm-stream/finetune.log',
         line='2025-08-19 09:23:31,545 - __main__ - INFO - Initial validation loss: 11.884331',
         want={"ValLoss": 11.884331}),
    dict(fw='ad-hoc logging', src='https://github.com/hussainkazarani/csm-complete/blob/7779627e9545724df775bce7b3b7ac63a9f0c0f5/csm-stream/finetune.log',
         line='2025-08-19 09:29:48,268 - __main__ - INFO - Calculating validation loss at step 10...',
         want={}),
    # ---------------------------------------------------------------- lifelong multi-agent path finding (RL with Ray, wandb): environment-step counters and saves
    # environment steps collected so far, trailing blank kept
    dict(fw='ad-hoc print', src='https://github.com/Jay-LJH/LMAPF/blob/c226ea542f2a1953b817df21d20424e8d79fb427/logs/train.log',
         line='episodes: 0, steps: 512 ',
         want={}, optional={"Step": 512}),
    # Ray start-up with the dashboard URL in ANSI colours
    dict(fw='ad-hoc print', src='https://github.com/Jay-LJH/LMAPF/blob/c226ea542f2a1953b817df21d20424e8d79fb427/logs/train.log',
         line='2024-12-21 02:20:39,145\tINFO worker.py:1807 -- Started a local Ray instance. View the dashboard at \x1b[1m\x1b[32mhttp://127.0.0.1:8265 \x1b[39m\x1b[22m',
         want={}),
    # ---------------------------------------------------------------- Logic-RL (verl GRPO on Qwen2.5-7B), a run that crashed at start-up: Ray actor prefix in colour
    # planned number of steps, not progress
    dict(fw='verl', src='https://github.com/zhiyuanhubj/logic-rl-formula/blob/6eacbf2929f85db0b6d8922136ab13a206a03205/grpo.log',
         line='\x1b[36m(main_task pid=2105103)\x1b[0m Total training steps: 560',
         want={}),
    # ---------------------------------------------------------------- Gemma-4 26B-A4B SFT recipes (ms-swift on 8 GPUs, DeepSpeed and FSDP2 variants): tqdm refreshes, then the logging dict with string values
    # every value quoted; global_step/max_steps is the optimizer step; tokens/s for the whole job (1176) next to per GPU (147); train_speed is seconds per iteration
    dict(fw='ms-swift', src='https://github.com/fyh2001/megatron-sft-recipes/blob/94522912af509bde367376d867be736dce7f7213/experiments/gemma4_opt/p0_baseline_ds_prod/run_20260424_221109_full_epoch/stdout.log',
         line="\r{'loss': '1.184', 'grad_norm': '71.65', 'learning_rate': '1.808e-05', 'token_acc': '0.6802', 'epoch': '0.2414', 'global_step/max_steps': '71/294', 'elapsed_time': '1h 42m 59s', 'remaining_time': '5h 23m 26s', 'tokens_per_gpu_per_sec': '147', 'tokens_global_per_sec': '1176', 'tokens_this_step': 25583, 'memory(GiB)': '37.77', 'train_speed(s/it)': '87.02'}",
         want={"TrainLoss": 1.184, "GradNorm": 71.65, "Step": 71, "TokensPerSecond": 1176}, optional={"IterationsPerSecond": 1 / 87.02, "StepTime": 87020}),
    dict(fw='ms-swift', src='https://github.com/fyh2001/megatron-sft-recipes/blob/94522912af509bde367376d867be736dce7f7213/experiments/gemma4_opt/p0_baseline_fsdp2/run_20260424_205133_full_epoch/stdout.log',
         line="\r{'loss': '0.585', 'grad_norm': '5.062', 'learning_rate': '3.05e-06', 'token_acc': '0.8152', 'epoch': '0.3326', 'global_step/max_steps': '1565/2353', 'elapsed_time': '48m 57s', 'remaining_time': '24m 39s', 'tokens_per_gpu_per_sec': '563.1', 'tokens_global_per_sec': '4505', 'tokens_this_step': 2114, 'memory(GiB)': '76.61', 'train_speed(s/it)': '1.877'}",
         want={"TrainLoss": 0.585, "GradNorm": 5.062, "Step": 1565, "TokensPerSecond": 4505}, optional={"IterationsPerSecond": 1 / 1.877, "StepTime": 1877}),
    # the bar refresh just before that dict
    dict(fw='ms-swift', src='https://github.com/fyh2001/megatron-sft-recipes/blob/94522912af509bde367376d867be736dce7f7213/experiments/gemma4_opt/p0_baseline_ds_prod/run_20260424_221109_full_epoch/stdout.log',
         line='\rTrain:  24%|██▍       | 71/294 [1:42:58<5:26:14, 87.78s/it]',
         want={}, optional={"Step": 71, "IterationsPerSecond": 1 / 87.78}),
    # run plan printed before training
    dict(fw='ms-swift', src='https://github.com/fyh2001/megatron-sft-recipes/blob/94522912af509bde367376d867be736dce7f7213/experiments/gemma4_opt/p0_baseline_fsdp2/run_20260424_205133_full_epoch/stdout.log',
         line='  total_steps            = 2353',
         want={}),
    # ---------------------------------------------------------------- drone object detection (MMDetection 3 on MMEngine, Cascade R-CNN): train lines per 50 iterations, validation, checkpoints
    # [epoch][iter/iters per epoch]; the first window, with an exploding gradient norm
    dict(fw='MMEngine', src='https://github.com/gist-ailab/drone-mmdetection-jm/blob/b0fe20c990489e3421f7bccf611668e4c780c3ef/training_log.txt',
         line='05/31 04:13:56 - mmengine - INFO - Epoch(train)  [1][ 50/151]  lr: 9.9098e-04  eta: 1:37:55  time: 1.6441  data_time: 0.0433  memory: 17594  loss: 2.5239  loss_rpn_cls: 0.6882  loss_rpn_bbox: 0.0206  s0.loss_cls: 1.0061  s0.acc: 98.9746  s0.loss_bbox: 0.0109  s1.loss_cls: 0.5234  s1.acc: 99.1211  s1.loss_bbox: 0.0028  s2.loss_cls: 0.2714  s2.acc: 87.3535  s2.loss_bbox: 0.0004  grad_norm: 508204.0882',
         want={"TrainLoss": 2.5239, "StepTime": 1644.1, "GradNorm": 508204.0882}, optional={"Step": 50}),
    dict(fw='MMEngine', src='https://github.com/gist-ailab/drone-mmdetection-jm/blob/b0fe20c990489e3421f7bccf611668e4c780c3ef/training_log.txt',
         line='05/31 04:37:16 - mmengine - INFO - Epoch(train)  [5][100/151]  lr: 1.0000e-02  eta: 1:24:44  time: 1.7425  data_time: 0.0306  memory: 17594  loss: 0.3807  loss_rpn_cls: 0.0835  loss_rpn_bbox: 0.0240  s0.loss_cls: 0.1404  s0.acc: 96.5820  s0.loss_bbox: 0.0449  s1.loss_cls: 0.0511  s1.acc: 98.3887  s1.loss_bbox: 0.0136  s2.loss_cls: 0.0210  s2.acc: 98.6816  s2.loss_bbox: 0.0021  grad_norm: 2.6479',
         want={"TrainLoss": 0.3807, "StepTime": 1742.5, "GradNorm": 2.6479}, optional={"Step": 100}),
    dict(fw='MMEngine', src='https://github.com/gist-ailab/drone-mmdetection-jm/blob/b0fe20c990489e3421f7bccf611668e4c780c3ef/training_log.txt',
         line='05/31 04:16:57 - mmengine - INFO - Saving checkpoint at 1 epochs',
         want={}),
    # validation summary: detection metrics only
    dict(fw='MMEngine', src='https://github.com/gist-ailab/drone-mmdetection-jm/blob/b0fe20c990489e3421f7bccf611668e4c780c3ef/training_log.txt',
         line='05/31 04:18:02 - mmengine - INFO - Epoch(val) [1][335/335]    coco/bbox_mAP: 0.0000  coco/bbox_mAP_50: 0.0000  coco/bbox_mAP_75: 0.0000  coco/bbox_mAP_s: 0.0000  coco/bbox_mAP_m: 0.0000  coco/bbox_mAP_l: 0.0000  data_time: 0.0055  time: 0.1438',
         want={}),
    # ---------------------------------------------------------------- parameter-golf record attempt (modded-nanogpt-style trainer, 10-minute cap): step lines, validation, post-training evaluations
    # train_time is cumulative; step_avg is the running mean
    dict(fw='modded-nanogpt', src='https://github.com/lolrazh/parameter-golf/blob/9c34862a2d2e1d72de720ba89982d6542608328d/train_seed1337.log',
         line='step:1/20000 train_loss:6.9317 train_time:143ms step_avg:142.95ms',
         want={"Step": 1, "TrainLoss": 6.9317}, optional={"StepTime": 142.95}),
    dict(fw='modded-nanogpt', src='https://github.com/lolrazh/parameter-golf/blob/9c34862a2d2e1d72de720ba89982d6542608328d/train_seed1337.log',
         line='step:4000/20000 val_loss:2.0278 val_bpb:1.2009 train_time:412098ms step_avg:103.02ms',
         want={"Step": 4000, "ValLoss": 2.0278}, optional={"StepTime": 103.02}),
    # compile warm-up steps before training starts
    dict(fw='modded-nanogpt', src='https://github.com/lolrazh/parameter-golf/blob/9c34862a2d2e1d72de720ba89982d6542608328d/train_seed1337.log',
         line='warmup_step:18/20',
         want={}),
    # the run stops at the wall-clock cap
    dict(fw='modded-nanogpt', src='https://github.com/lolrazh/parameter-golf/blob/9c34862a2d2e1d72de720ba89982d6542608328d/train_seed1337.log',
         line='stopping_early: wallclock_cap train_time:600084ms step:5735/20000',
         want={}, optional={"Step": 5735}),
    # evaluation after applying EMA weights, once training has ended
    dict(fw='modded-nanogpt', src='https://github.com/lolrazh/parameter-golf/blob/9c34862a2d2e1d72de720ba89982d6542608328d/train_seed1337.log',
         line='DIAGNOSTIC post_ema val_loss:1.9371 val_bpb:1.1473 eval_time:2002ms',
         want={}, optional={"ValLoss": 1.9371}),
    # ---------------------------------------------------------------- nanoGPT fork on seismic tokens (DDP on two GPUs, torch.compile): [train] and [eval] lines
    dict(fw='nanoGPT', src='https://github.com/ethellight565/nanogpt-seis/blob/60c260df9dd64e0f9c3e78df3f110169e09c312f/checkpoints/train.log',
         line='[train] iter 10: loss 8.7390 11136 ms/iter',
         want={"Step": 10, "TrainLoss": 8.739, "StepTime": 11136}),
    dict(fw='nanoGPT', src='https://github.com/ethellight565/nanogpt-seis/blob/60c260df9dd64e0f9c3e78df3f110169e09c312f/checkpoints/train.log',
         line='[train] iter 4000: loss 2.0499 3923 ms/iter',
         want={"Step": 4000, "TrainLoss": 2.0499, "StepTime": 3923}),
    # estimated train and validation losses before the first update
    dict(fw='nanoGPT', src='https://github.com/ethellight565/nanogpt-seis/blob/60c260df9dd64e0f9c3e78df3f110169e09c312f/checkpoints/train.log',
         line='[eval] iter 0: train 9.8508 val 9.8491 lr 7.50e-07',
         want={"Step": 0, "TrainLoss": 9.8508, "ValLoss": 9.8491}),
    dict(fw='nanoGPT', src='https://github.com/ethellight565/nanogpt-seis/blob/60c260df9dd64e0f9c3e78df3f110169e09c312f/checkpoints/train.log',
         line='[train] tokens/iter = 393,216 | train tokens = 239,182,819 | vocab = 16384',
         want={}),
    # ---------------------------------------------------------------- HiFi target-speaker extraction (GAN, custom loop, resumed at step 705000): pipe-separated step lines, validation
    # loss_G is the generator objective (sep + phase + amplitude parts); the trailing seconds are per step, the line does not say so
    dict(fw='ad-hoc print', src='https://github.com/HailongDing/HiFi_TSE/blob/20f5a4266d6b1486f00ffed092470a666c27499f/doc/train.log',
         line='step  969000 | phase 2 | loss_G 2.9571 | sep 2.8768 | phase_l 0.1580 | amp_l 0.0013 | rms 0.96 | lr 7.46e-05 | rss 1521MB | 0.25s',
         want={"Step": 969000}, optional={"TrainLoss": 2.9571, "StepTime": 250}),
    dict(fw='ad-hoc print', src='https://github.com/HailongDing/HiFi_TSE/blob/20f5a4266d6b1486f00ffed092470a666c27499f/doc/train.log',
         line='Validation loss: 1.9943 | si_sdr: -2.25 dB | rms_ratio: 0.901 | ta_energy: -27.5 dB',
         want={"ValLoss": 1.9943}),
    # resume notice with the best values so far
    dict(fw='ad-hoc print', src='https://github.com/HailongDing/HiFi_TSE/blob/20f5a4266d6b1486f00ffed092470a666c27499f/doc/train.log',
         line='Resumed at step 705000 (best_val_loss=None, best_val_si_sdr=-2.267410543190796, patience=0)',
         want={}),
    # ---------------------------------------------------------------- ScalingDown: T5 teacher-student distillation (custom loop, Python logging): a line every 5 global batches with validation, checkpoint saves
    # Global Batch counts optimizer batches over the run
    dict(fw='ad-hoc logging', src='https://github.com/AdityaAshvin/ScalingDown/blob/0689860098bf61c1ad27862deb094ac2713db5c2/logs/training.log',
         line='2024-11-05 23:17:05,224 - INFO - Epoch 1, Global Batch 5, Training Loss: 33.1831, Validation Loss: 11.8694, Validation Accuracy: 0.0000',
         want={"Step": 5, "TrainLoss": 33.1831, "ValLoss": 11.8694}),
    dict(fw='ad-hoc logging', src='https://github.com/AdityaAshvin/ScalingDown/blob/0689860098bf61c1ad27862deb094ac2713db5c2/logs/training.log',
         line='2024-11-07 09:59:53,747 - INFO - Epoch 2, Global Batch 3784, Training Loss: 3.4594, Validation Loss: 0.4729, Validation Accuracy: 0.0000',
         want={"Step": 3784, "TrainLoss": 3.4594, "ValLoss": 0.4729}),
    # an earlier staged run: Batch counts within the epoch; the loss is a moving average over 100 batches
    dict(fw='ad-hoc logging', src='https://github.com/AdityaAshvin/ScalingDown/blob/f8d2423516c278b52089c4762fedfbda0686a5c9/training.log',
         line='2024-10-31 21:45:02,592 - INFO - Stage 1, Epoch 1, Batch 1800, Training Loss (avg over last 100): 0.1812',
         want={"TrainLoss": 0.1812}, optional={"Step": 1800}),
    # ---------------------------------------------------------------- text-classification homework: gensim FastText embeddings, then a PyTorch classifier with one line per epoch
    # FastText embedding training (not the model being trained next): words per second of one pass
    dict(fw='gensim', src='https://github.com/KarimovShohin/DL_HW9/blob/e744fb4a029f4d190254af850ff9c107b576bcb1/logs/training.log',
         line='2024-11-13 21:07:05,729 - INFO - EPOCH 4: training on 73847 raw words (56359 effective words) took 0.1s, 388878 effective words/s',
         want={}, optional={"TokensPerSecond": 388878}),
    # summary of all five passes packed in a lifecycle dict
    dict(fw='gensim', src='https://github.com/KarimovShohin/DL_HW9/blob/e744fb4a029f4d190254af850ff9c107b576bcb1/logs/training.log',
         line="2024-11-13 21:07:05,729 - INFO - FastText lifecycle event {'msg': 'training on 369235 raw words (281651 effective words) took 0.8s, 370663 effective words/s', 'datetime': '2024-11-13T21:07:05.729628', 'gensim': '4.3.3', 'python': '3.12.7 (main, Oct  3 2024, 15:15:22) [GCC 14.2.0]', 'platform': 'Linux-6.11.0-9-generic-x86_64-with-glibc2.40', 'event': 'train'}",
         want={}, optional={"TokensPerSecond": 370663}),
    dict(fw='ad-hoc logging', src='https://github.com/KarimovShohin/DL_HW9/blob/e744fb4a029f4d190254af850ff9c107b576bcb1/logs/training.log',
         line='2024-11-13 21:29:12,088 - INFO - Epoch 1/10, Train Loss: 0.4863',
         want={"TrainLoss": 0.4863}),
    dict(fw='ad-hoc logging', src='https://github.com/KarimovShohin/DL_HW9/blob/e744fb4a029f4d190254af850ff9c107b576bcb1/logs/training.log',
         line='2024-11-13 21:51:39,625 - INFO - Epoch 10/10, Train Loss: 0.2229',
         want={"TrainLoss": 0.2229}),
    # ---------------------------------------------------------------- Hindi acoustic word embeddings (multi-view contrastive training, Python logging): one line per epoch
    # epoch mean loss and the epoch duration
    dict(fw='ad-hoc logging', src='https://github.com/DataGov-SamagraX/hindi-acoustic-word-embedding/blob/d2ffb92876d953a99260ca5652c256846f15fce3/logs/training.log',
         line='2024-06-17 16:43:11,171 - INFO - Epoch: 1, Avg_loss: 0.507, Duration: 3.65s',
         want={}, optional={"TrainLoss": 0.507}),
    # ---------------------------------------------------------------- Ultralytics YOLO11n fine-tune on Apple MPS (8.4 progress bars with ANSI erase, interrupted by hand)
    # box, cls and dfl losses only; batch 36 of 75 in epoch 6
    dict(fw='Ultralytics', src='https://github.com/madeye/vlm-bench/blob/a5b99984cc3602d0761d1f611179bfc6390f1f22/yolo_train.log',
         line='\r\x1b[K       6/50      8.38G     0.6995     0.6185     0.8979         51        640: 48% ━━━━━╸────── 36/75 1.4s/it 51.5s<54.3s',
         want={}, optional={"Step": 36, "IterationsPerSecond": 1 / 1.4}),
    # validation row: precision, recall, mAP
    dict(fw='Ultralytics', src='https://github.com/madeye/vlm-bench/blob/a5b99984cc3602d0761d1f611179bfc6390f1f22/yolo_train.log',
         line='                   all        240        218          1     0.0298       0.38      0.286',
         want={}),
    dict(fw='Ultralytics', src='https://github.com/madeye/vlm-bench/blob/a5b99984cc3602d0761d1f611179bfc6390f1f22/yolo_train.log',
         line='Starting training for 50 epochs...',
         want={}),
    # ---------------------------------------------------------------- car-manual RAG assistant: Qwen LoRA SFT with HF Trainer (transformers 5: logged values as strings)
    dict(fw='HF Trainer', src='https://github.com/SailorChiu/car-llm-rag/blob/e7772f4d554f7740db0302958e3d5b133279adc8/sft_train.log',
         line="{'loss': '1.317', 'grad_norm': '1.471', 'learning_rate': '0.0001917', 'epoch': '0.678'}",
         want={"TrainLoss": 1.317, "GradNorm": 1.471}),
    dict(fw='HF Trainer', src='https://github.com/SailorChiu/car-llm-rag/blob/e7772f4d554f7740db0302958e3d5b133279adc8/sft_train.log',
         line="{'loss': '0.03393', 'grad_norm': '0.5596', 'learning_rate': '2.243e-05', 'epoch': '2.542'}",
         want={"TrainLoss": 0.03393, "GradNorm": 0.5596}),
    dict(fw='HF Trainer', src='https://github.com/SailorChiu/car-llm-rag/blob/e7772f4d554f7740db0302958e3d5b133279adc8/sft_train2.log',
         line="{'loss': '0.0009479', 'grad_norm': '0.01446', 'learning_rate': '2.02e-05', 'epoch': '2.511'}",
         want={"TrainLoss": 0.0009479, "GradNorm": 0.01446}),
    # end-of-training summary: whole-run averages
    dict(fw='HF Trainer', src='https://github.com/SailorChiu/car-llm-rag/blob/e7772f4d554f7740db0302958e3d5b133279adc8/sft_train.log',
         line="{'train_runtime': '82.83', 'train_samples_per_second': '4.238', 'train_steps_per_second': '0.29', 'train_loss': '0.3595', 'epoch': '3'}",
         want={}, optional={"TrainLoss": 0.3595, "SamplesPerSecond": 4.238, "IterationsPerSecond": 0.29}),
    # last refresh of the trainer bar
    dict(fw='HF Trainer', src='https://github.com/SailorChiu/car-llm-rag/blob/e7772f4d554f7740db0302958e3d5b133279adc8/sft_train.log',
         line='\r100%|██████████| 24/24 [01:22<00:00,  3.45s/it]',
         want={}, optional={"Step": 24, "IterationsPerSecond": 1 / 3.45}),
    # ---------------------------------------------------------------- trans-dimensional molecule flow (EDM-style training loop on a Slurm cluster): one status line per tick, trailing blank kept
    # tick and kimg count progress in ticks and thousands of samples; time is wall time since start; sec/tick and sec/kimg are not step times
    dict(fw='EDM training_loop', src='https://github.com/Mattias421/tdmolflow/blob/20d4c90a42980fcef843f31cbd2c12b9fd65011b/slurm-3726778.out',
         line='tick 300   kimg 15014.5   time 1d 02h 23m   sec/tick 313.7   sec/kimg 6.27    iters/sec 2.492442946003479 maintenance 0.0    cpumem 1.83   gpumem 11.94  reserved 12.21 ',
         want={"IterationsPerSecond": 2.492442946003479}),
    # the first tick, dominated by start-up
    dict(fw='EDM training_loop', src='https://github.com/Mattias421/tdmolflow/blob/55675118e63024b2d24918309f32e0ae2d38eeb3/slurm-3726766.out',
         line='tick 0     kimg 0.1       time 34s          sec/tick 8.5     sec/kimg 133.19  iters/sec 0.11731074238752795 maintenance 25.9   cpumem 1.71   gpumem 11.88  reserved 12.35 ',
         want={"IterationsPerSecond": 0.11731074238752795}),
    dict(fw='EDM training_loop', src='https://github.com/Mattias421/tdmolflow/blob/20d4c90a42980fcef843f31cbd2c12b9fd65011b/slurm-3726778.out',
         line='slurmstepd: error: *** JOB 3726778 ON bessemer-node026 CANCELLED AT 2025-01-24T00:58:12 DUE TO TIME LIMIT ***',
         want={}),
    # ---------------------------------------------------------------- image generator GAN (custom loop on Slurm): a position line per batch
    # wall time since the run began and the batch within the epoch; no loss
    dict(fw='ad-hoc print', src='https://github.com/Ebiquity/image_generator/blob/07776211b12b6f44be1973a7c21fe467ac4d4d77/slurm.out',
         line='GAN training: time elapsed = 23104.33 [s] | epoch=7 | batch= [2351/3503]',
         want={}, optional={"Step": 2351}),
    # ---------------------------------------------------------------- E2DTC trajectory clustering (custom loop, tab-separated prints)
    # Loss is the total of the reconstruction, KL and triplet parts
    dict(fw='ad-hoc print', src='https://github.com/Gila-6/E2DTC/blob/55825dd877daa9965408a2584e28fb9bb50dfcbd/slurm.out',
         line='Iteration: 1200\tLoss: -1.213\tRc Loss: -1.250\tKL Loss: 0.359\tTriplet Loss: 0.0123',
         want={"Step": 1200, "TrainLoss": -1.213}),
    # clustering metrics of the epoch
    dict(fw='ad-hoc print', src='https://github.com/Gila-6/E2DTC/blob/55825dd877daa9965408a2584e28fb9bb50dfcbd/slurm.out',
         line='Epoch 7\tAcc: 0.8891\tnmi: 0.8216\tari: 0.7730',
         want={}),
    # ---------------------------------------------------------------- federated learning experiments (Flower simulation, coloured log level)
    # (round, centralized evaluation loss, metrics, seconds since start): the tuple does not name its fields
    dict(fw='Flower', src='https://github.com/RafaelGreg18/tcc-def/blob/a4716607ec19853fd5bbffa82fbd3773d29c6fc2/results/exp-1/resnext/constant-10/nohup.out',
         line="\x1b[92mINFO \x1b[0m:      fit progress: (2, 2.9679807677268983, {'cen_accuracy': 0.10075}, 292.55289047397673)",
         want={}, optional={"ValLoss": 2.9679807677268983, "Step": 2}),
    # ---------------------------------------------------------------- SambaNova SambaFlow starter (data-parallel run on Slurm): test results per worker
    # test accuracy and loss after training
    dict(fw='SambaFlow', src='https://github.com/BruceRayWilson/PBL_sambanova_starter/blob/a61c08231eeaa44253be93e27564d2677462047c/slurm.out',
         line='Test Accuracy: 89.86  Loss: 0.3443',
         want={}, optional={"ValLoss": 0.3443}),
    # ---------------------------------------------------------------- Perception Language Model fine-tune (Meta perception_models apps/plm, lingua-style logger with rank prefix), a short smoke run
    # wps is tokens (words) per second; iter is the step time in seconds, unit not printed; the time after the date is time since start
    dict(fw='perception_models', src='https://github.com/0bi0n3/perception_models_META/blob/3088d09da28b276b023d867417d7105f4596f8d9/outputs/train.log',
         line='0: INFO    25-07-08 22:20:29.177549 - 0:00:47 - step: 2  acc: 0  loss:  7.5671  grad: 2.18e+01  flops: 3.58e+13  wps: 1.69e+03  iter:  2.4216  data: 0.0054  lr: 1.00e-05  mem: 48%  pow: 339.703 W',
         want={"Step": 2, "TrainLoss": 7.5671, "GradNorm": 21.8, "TokensPerSecond": 1690}, optional={"StepTime": 2421.6}),
    # first step after a checkpoint save: throughput drops
    dict(fw='perception_models', src='https://github.com/0bi0n3/perception_models_META/blob/3088d09da28b276b023d867417d7105f4596f8d9/outputs/train.log',
         line='0: INFO    25-07-08 22:32:12.271721 - 0:01:01 - step: 3  acc: 0  loss:   7.279  grad: 2.23e+01  flops: 5.18e+12  wps: 2.44e+02  iter:  2.3965  data: 0.0045  lr: 2.00e-05  mem: 48%  pow: 326.421 W',
         want={"Step": 3, "TrainLoss": 7.279, "GradNorm": 22.3, "TokensPerSecond": 244}, optional={"StepTime": 2396.5}),
    # checkpoint directory named after the step
    dict(fw='perception_models', src='https://github.com/0bi0n3/perception_models_META/blob/3088d09da28b276b023d867417d7105f4596f8d9/outputs/train.log',
         line='0: INFO    25-07-08 22:20:29.177873 - 0:00:47 - Saving to: /home/oberon/projects/perception_models/outputs/checkpoints/0000000002',
         want={}),
    # ---------------------------------------------------------------- RetinaNet knowledge distillation (custom loop, key=value logging)
    # total is the detection loss plus the distillation term; w_l2 and w_max are weight statistics
    dict(fw='ad-hoc logging', src='https://github.com/ted-yszhao/kd-retinanet/blob/dd8a1e64d37a0fff3c528e20ba295527db71d143/outputs/train.log',
         line='2026-03-24 11:16:01,143 | INFO | epoch=0 step=21 lr=0.001 total=2.260281 det=2.017524 kd=0.485513 w_l2=201.640 w_max=4.595',
         want={"Step": 21}, optional={"TrainLoss": 2.260281}),
    dict(fw='ad-hoc logging', src='https://github.com/ted-yszhao/kd-retinanet/blob/dd8a1e64d37a0fff3c528e20ba295527db71d143/outputs/train.log',
         line='2026-03-24 11:15:52,482 | INFO | epoch=0 step=0 lr=0.001 total=2.192192 det=1.932989 kd=0.518404 w_l2=201.642 w_max=4.595',
         want={"Step": 0}, optional={"TrainLoss": 2.192192}),
    # ---------------------------------------------------------------- Titans memory-architecture LM (custom trainer on one sequence, seconds per epoch): a metrics dict per epoch
    dict(fw='ad-hoc logging', src='https://github.com/wolverinex24/titans-architecture/blob/af37c4abb5d0f285720d77cdb89b3c0ed6fe0a2a/outputs/train.log',
         line="2025-02-22 12:15:49,915 - titans_training - INFO - Epoch 1: {'loss': 10.666041374206543}",
         want={"TrainLoss": 10.666041374206543}),
    dict(fw='ad-hoc logging', src='https://github.com/wolverinex24/titans-architecture/blob/af37c4abb5d0f285720d77cdb89b3c0ed6fe0a2a/outputs/train.log',
         line="2025-02-22 12:20:50,072 - titans_training - INFO - Epoch 99: {'loss': 2.5736513137817383}",
         want={"TrainLoss": 2.5736513137817383}),
    # ---------------------------------------------------------------- countdown-style GRPO with TRL (Qwen, nohup): reward dicts where the loss sits at zero
    # GRPO loss is 0 at the start of each group update; rewards and KL follow
    dict(fw='TRL', src='https://github.com/LIU-Hao-2002/GRPO_project/blob/0983847ee400603cbf7402314a94e1caa816bb02/logs/nohup.out',
         line="{'loss': 0.0, 'grad_norm': 0.21534258127212524, 'learning_rate': 3.9694631307311825e-07, 'completion_length': 433.4, 'rewards/format_reward_func': 0.4, 'rewards/equation_reward_func': 0.0, 'reward': 0.4, 'reward_std': 0.2828427076339722, 'kl': 0.0005828175460919737, 'epoch': 7.5}",
         want={"TrainLoss": 0.0, "GradNorm": 0.21534258127212524}),
    dict(fw='TRL', src='https://github.com/LIU-Hao-2002/GRPO_project/blob/0983847ee400603cbf7402314a94e1caa816bb02/logs/test.txt',
         line="{'loss': 0.0, 'grad_norm': 9.050148946698755e-05, 'learning_rate': 4.5225424859373684e-07, 'completion_length': 239.51111526489257, 'rewards/format_reward_func': 0.0555555559694767, 'rewards/equation_reward_func': 0.0, 'reward': 0.0555555559694767, 'reward_std': 0.09622504562139511, 'kl': 0.001734788529574871, 'epoch': 0.01}",
         want={"TrainLoss": 0.0, "GradNorm": 9.050148946698755e-05}),
    # ---------------------------------------------------------------- SeViLA video QA fine-tune on CausalVidQA (LAVIS runner, MetricLogger lines on Slurm)
    # [iteration/iterations per epoch]; time is the iteration time in seconds, unit not printed; the first one includes start-up
    dict(fw='LAVIS', src='https://github.com/jena-shreyas/SeViLA/blob/f6db417492ba1323be2e9ec79a78c8d1927ea5ed/sevila-causalvidqa_20570527.out',
         line='Train: data epoch: [0]  [  0/250]  eta: 0:58:10  lr: 0.000000  loss: 2.2255  time: 13.9640  data: 0.0000  max mem: 21489',
         want={"TrainLoss": 2.2255, "StepTime": 13964.0}, optional={"Step": 0}),
    dict(fw='LAVIS', src='https://github.com/jena-shreyas/SeViLA/blob/f6db417492ba1323be2e9ec79a78c8d1927ea5ed/sevila-causalvidqa_20570527.out',
         line='Train: data epoch: [3]  [150/250]  eta: 0:06:43  lr: 0.000010  loss: 0.0422  time: 4.3142  data: 0.0000  max mem: 27450',
         want={"TrainLoss": 0.0422, "StepTime": 4314.2}, optional={"Step": 150}),
    # epoch total with the mean seconds per iteration
    dict(fw='LAVIS', src='https://github.com/jena-shreyas/SeViLA/blob/f6db417492ba1323be2e9ec79a78c8d1927ea5ed/sevila-causalvidqa_20570527.out',
         line='Train: data epoch: [0] Total time: 0:16:09 (3.8775 s / it)',
         want={}, optional={"StepTime": 3877.5, "IterationsPerSecond": 1 / 3.8775}),
    # ---------------------------------------------------------------- SETI Breakthrough Listen Kaggle (custom fold loop): tab-separated epoch lines
    # epoch means of the train and validation losses, tabs kept
    dict(fw='ad-hoc epoch print', src='https://github.com/LakshyaMalhotra/seti-breakthrough-listen/blob/9c0c194d92f4cca313ed26fff6d07883c6451bcf/outputs/train.log',
         line='Epoch: 1, \tavg train loss: 0.1242, \tavg validation loss: 0.0684',
         want={"TrainLoss": 0.1242, "ValLoss": 0.0684}),
    dict(fw='ad-hoc epoch print', src='https://github.com/LakshyaMalhotra/seti-breakthrough-listen/blob/9c0c194d92f4cca313ed26fff6d07883c6451bcf/outputs/train.log',
         line='Epoch: 2, \tavg train loss: 0.0687, \tavg validation loss: 0.0612',
         want={"TrainLoss": 0.0687, "ValLoss": 0.0612}),
    # best-model notice repeating the validation loss
    dict(fw='ad-hoc epoch print', src='https://github.com/LakshyaMalhotra/seti-breakthrough-listen/blob/9c0c194d92f4cca313ed26fff6d07883c6451bcf/outputs/train.log',
         line='Epoch 1, \tSave Best Loss: 0.0684 Model',
         want={}, optional={"ValLoss": 0.0684}),
    # ---------------------------------------------------------------- ViT versus CNN on medical images (timm backbones, a metrics table per epoch)
    # a table row: the TRAIN and VALIDATION column headers are two lines above
    dict(fw='ad-hoc logging', src='https://github.com/YahavFrei/ViT-vs-CNN-medical-imaging/blob/3c79edbc18bea3f7953bb6530a3b668cef5d9864/logs/training_log_resnet50_20260120_175734.txt',
         line='2026-01-20 17:57:53,437 - Loss       | 0.2112     | 0.0612',
         want={}, optional={"TrainLoss": 0.2112, "ValLoss": 0.0612}),
    # ---------------------------------------------------------------- face-pose classifier (multi-GPU PyTorch loop, Python logging in Chinese): train and validation lines per epoch
    # "training loss", "training accuracy"
    dict(fw='ad-hoc logging', src='https://github.com/BreezeDaisy/MVim/blob/33f90ba493e3f2ddb593444ab8f96c49ad43d0d6/Face_Pose/logs/train_face.log',
         line='2026-01-28 18:28:20,294 - train_face - INFO - 训练损失: 1.5476, 训练准确率: 36.46%',
         want={"TrainLoss": 1.5476}),
    # "validation loss", "validation accuracy"
    dict(fw='ad-hoc logging', src='https://github.com/BreezeDaisy/MVim/blob/33f90ba493e3f2ddb593444ab8f96c49ad43d0d6/Face_Pose/logs/train_face.log',
         line='2026-01-28 18:28:24,560 - train_face - INFO - 验证损失: 1.3829, 验证准确率: 43.85%',
         want={"ValLoss": 1.3829}),
    dict(fw='ad-hoc logging', src='https://github.com/BreezeDaisy/MVim/blob/33f90ba493e3f2ddb593444ab8f96c49ad43d0d6/Face_Pose/logs/train_face.log',
         line='2026-01-28 19:26:00,473 - train_face - INFO - 训练损失: 0.8878, 训练准确率: 65.94%',
         want={"TrainLoss": 0.8878}),
    # ---------------------------------------------------------------- self-supervised video ViT (masked-feature and temporal-order objectives, custom loop)
    # step counts batches of the epoch; loss is the sum of the mfm and top parts
    dict(fw='ad-hoc logging', src='https://github.com/lzc452/SSL-VIT-VIDEO-ANALYTICS/blob/534735e2cfe754ff11986fa2a64460e11541b650/logs/train_ssl.log',
         line='[INFO] step=80/144 loss=0.2116 mfm=0.0708 top=0.7039',
         want={"TrainLoss": 0.2116}, optional={"Step": 80}),
    # a later run whose total loss L went to nan; the temporal-order part is still finite
    dict(fw='ad-hoc logging', src='https://github.com/lzc452/SSL-VIT-VIDEO-ANALYTICS/blob/534735e2cfe754ff11986fa2a64460e11541b650/logs/train_ssl.log',
         line='[INFO] ep=51 step=20/193 LR=4.400081e-04 L=nan mfm=nan(w=1.00,mask=0.75,ema=0.996) top=1.1476(w=1.00,shuf=0.50,jitter=0) top_acc_shuf=0.3182 top_acc_all=0.5000 diag(tz_std=nan,pp_std=2.75e-02,tz_abs=nan,pp_abs=4.68e-01)',
         want={}, optional={"Step": 20}),
    # ---------------------------------------------------------------- CIFAR-10 classifier for a Cortex-M4 (Keras fit, verbose=2, on a GTX 1060)
    # one summary line per epoch: the epoch took 37 s, 24 ms per step
    dict(fw='Keras', src='https://github.com/nathanwbailey/CIFAR10-Cortex-M4-TinyML/blob/6a498d47fac0b7c5aee3cd59da305c5ad5d1f40d/training.out',
         line='1563/1563 - 37s - loss: 1.4910 - accuracy: 0.4697 - val_loss: 1.7780 - val_accuracy: 0.4840 - lr: 0.0100 - 37s/epoch - 24ms/step',
         want={"TrainLoss": 1.491, "ValLoss": 1.778, "StepTime": 24}),
    dict(fw='Keras', src='https://github.com/nathanwbailey/CIFAR10-Cortex-M4-TinyML/blob/6a498d47fac0b7c5aee3cd59da305c5ad5d1f40d/training.out',
         line='1563/1563 - 27s - loss: 0.5365 - accuracy: 0.8239 - val_loss: 0.6164 - val_accuracy: 0.7983 - lr: 1.0000e-04 - 27s/epoch - 17ms/step',
         want={"TrainLoss": 0.5365, "ValLoss": 0.6164, "StepTime": 17}),
    # callback notice: the epoch number and a new learning rate
    dict(fw='Keras', src='https://github.com/nathanwbailey/CIFAR10-Cortex-M4-TinyML/blob/6a498d47fac0b7c5aee3cd59da305c5ad5d1f40d/training.out',
         line='Epoch 41: ReduceLROnPlateau reducing learning rate to 9.999999019782991e-06.',
         want={}),
    # ---------------------------------------------------------------- Llama LoRA fine-tune with Unsloth (one short epoch, then a 16-bit merge)
    # the start-up banner: dataset size and planned steps
    dict(fw='Unsloth', src='https://github.com/muyupan/NLP_CNF/blob/a7dee7ae3582a08930b1450e28633c68a83548e4/training.out',
         line='   \\\\   /|    Num examples = 4,880 | Num Epochs = 1 | Total steps = 60',
         want={}),
    # end-of-training summary: whole-run averages
    dict(fw='Unsloth', src='https://github.com/muyupan/NLP_CNF/blob/a7dee7ae3582a08930b1450e28633c68a83548e4/training.out',
         line="{'train_runtime': 85.2052, 'train_samples_per_second': 5.633, 'train_steps_per_second': 0.704, 'train_loss': 0.3152770678202311, 'epoch': 0.1}",
         want={}, optional={"TrainLoss": 0.3152770678202311, "SamplesPerSecond": 5.633, "IterationsPerSecond": 0.704}),
    # ---------------------------------------------------------------- Peking-opera lyrics LM fine-tune (UER-py style trainer with apex loss scaling): pipe-separated report every 1000 steps
    dict(fw='UER-py', src='https://github.com/zhengmidon/jingju_baseline/blob/04643340c5849e15e0d33346693d3dcce9d89f72/finetuning.log',
         line='|     1000/  100000 steps| 14071.82 tokens/s| loss    5.53| acc: 0.188',
         want={"Step": 1000, "TokensPerSecond": 14071.82, "TrainLoss": 5.53}),
    dict(fw='UER-py', src='https://github.com/zhengmidon/jingju_baseline/blob/04643340c5849e15e0d33346693d3dcce9d89f72/finetuning.log',
         line='|     3000/  100000 steps| 14006.17 tokens/s| loss    4.58| acc: 0.279',
         want={"Step": 3000, "TokensPerSecond": 14006.17, "TrainLoss": 4.58}),
    dict(fw='UER-py', src='https://github.com/zhengmidon/jingju_baseline/blob/04643340c5849e15e0d33346693d3dcce9d89f72/finetuning.log',
         line='validation loss:4.879089684688169',
         want={"ValLoss": 4.879089684688169}),
    # fp16 overflow notice: the step is skipped
    dict(fw='UER-py', src='https://github.com/zhengmidon/jingju_baseline/blob/04643340c5849e15e0d33346693d3dcce9d89f72/finetuning.log',
         line='Gradient overflow.  Skipping step, loss scaler 0 reducing loss scale to 65536.0',
         want={}),
    # ---------------------------------------------------------------- math-problem classifier fine-tune (Qwen backbone, custom loop, Chinese checkpoint notices)
    # epoch summary: the train loss prints as 0.0000
    dict(fw='ad-hoc print', src='https://github.com/zhangdw156/classification-of-math-problems/blob/f81a0d90c8aa40e6f49e008b2acaae229b71da4f/finetuning.log',
         line='Epoch 32/50 - Train Loss: 0.0000 - Train Accuracy: 1.0000 - Val Loss: 0.0991 - Val Accuracy: 0.9461',
         want={"TrainLoss": 0.0, "ValLoss": 0.0991}),
    # "checkpoint saved to ..." with the global step, epoch and batch in parentheses
    dict(fw='ad-hoc print', src='https://github.com/zhangdw156/classification-of-math-problems/blob/f81a0d90c8aa40e6f49e008b2acaae229b71da4f/finetuning.log',
         line='已保存检查点到 checkpoints/checkpoint-step-26500 (Step 26501, Epoch 32, Batch 678)',
         want={}, optional={"Step": 26501}),
    # ---------------------------------------------------------------- Thunder diffusion-LM experiments (custom tqdm trainer, then Unsloth SFT with HF Trainer dicts)
    # the bar counts optimizer updates; Loss and its Denoising part in the postfix
    dict(fw='ad-hoc tqdm', src='https://github.com/AdrianTuci1/thunder-1/blob/696d2f82416b8b72620f6b1b9c06562d1dabb209/training.log',
         line='\rTraining:   1%|▏         | 801/55000 [2:55:42<203:54:13, 13.54s/it, Loss=10.3333, Denoising=10.1608]',
         want={"TrainLoss": 10.3333}, optional={"Step": 801, "IterationsPerSecond": 1 / 13.54}),
    # the log dict in its own refresh after the bar is cleared
    dict(fw='Unsloth', src='https://github.com/AdrianTuci1/thunder-1/blob/770db43a4ff8004e8befd6b8f1d16d10c69b0d9a/finetuning.log',
         line="\r{'loss': 15.2193, 'grad_norm': 6.7498602867126465, 'learning_rate': 0.00018622770707723928, 'epoch': 0.03}",
         want={"TrainLoss": 15.2193, "GradNorm": 6.7498602867126465}),
    # ---------------------------------------------------------------- DeepSeek-Coder 6.7B LoRA on Rust instructions (DeepSpeed launcher, HF Trainer)
    # logged at the first step, before the learning rate warms up
    dict(fw='HF Trainer', src='https://github.com/VimaGupta345/DeepSeek-Coder-Finetune/blob/9d6187e6c5eee6f80c89dbef96337d65e7fa0a80/finetuning.log',
         line="{'loss': 1.067, 'learning_rate': 0.0, 'epoch': 0.0}",
         want={"TrainLoss": 1.067}),
    # launcher topology
    dict(fw='DeepSpeed', src='https://github.com/VimaGupta345/DeepSeek-Coder-Finetune/blob/9d6187e6c5eee6f80c89dbef96337d65e7fa0a80/finetuning.log',
         line='[2025-05-05 21:45:24,389] [INFO] [launch.py:152:main] nnodes=1, num_local_procs=1, node_rank=0',
         want={}),
    # ---------------------------------------------------------------- orbital object detector (detectron2 Faster R-CNN, metrics.json: one JSON record per 20 iterations)
    # total_loss is the training loss; time is seconds per iteration
    dict(fw='detectron2', src='https://github.com/KaneLindsay/OrbitalObjectDetector/blob/7ac2d7457b54c4b45c3da09675993783d69adc3f/output/metrics.json',
         line='{"data_time": 0.2652980500000002, "eta_seconds": 2241.189302599999, "fast_rcnn/cls_accuracy": 0.50390625, "fast_rcnn/false_negative": 1.0, "fast_rcnn/fg_cls_accuracy": 0.0, "iteration": 19, "loss_box_reg": 0.10667387396097183, "loss_cls": 0.9903870820999146, "loss_rpn_cls": 0.7803080677986145, "loss_rpn_loc": 0.17646126449108124, "lr": 1.9981e-05, "roi_head/num_bg_samples": 61.25, "roi_head/num_fg_samples": 2.75, "rpn/num_neg_anchors": 217.0, "rpn/num_pos_anchors": 39.0, "time": 1.5132945999999992, "total_loss": 2.1299018138088286}',
         want={"Step": 19, "TrainLoss": 2.1299018138088286}, optional={"StepTime": 1513.2945999999993}),
    # the record of an evaluation iteration: COCO bbox AP merged with the training scalars
    dict(fw='detectron2', src='https://github.com/KaneLindsay/OrbitalObjectDetector/blob/7ac2d7457b54c4b45c3da09675993783d69adc3f/output/metrics.json',
         line='{"bbox/AP": 21.284427831139226, "bbox/AP-Objects": NaN, "bbox/AP-object": 21.284427831139226, "bbox/AP50": 92.2112211221122, "bbox/AP75": 0.16904129437333978, "bbox/APl": NaN, "bbox/APm": NaN, "bbox/APs": 21.284427831139226, "data_time": 0.3135746000000381, "eta_seconds": 1519.3360182000079, "fast_rcnn/cls_accuracy": 0.9921875, "fast_rcnn/false_negative": 0.0, "fast_rcnn/fg_cls_accuracy": 1.0, "iteration": 499, "loss_box_reg": 0.386256605386734, "loss_cls": 0.03486515022814274, "loss_rpn_cls": 0.0006579168257303536, "loss_rpn_loc": 0.03279046341776848, "lr": 0.000499501, "roi_head/num_bg_samples": 51.75, "roi_head/num_fg_samples": 12.25, "rpn/num_neg_anchors": 217.0, "rpn/num_pos_anchors": 39.0, "time": 1.607459150000011, "total_loss": 0.44865872131776996}',
         want={"Step": 499, "TrainLoss": 0.44865872131776996}, optional={"StepTime": 1607.459150000011}),
    dict(fw='detectron2', src='https://github.com/KaneLindsay/OrbitalObjectDetector/blob/7ac2d7457b54c4b45c3da09675993783d69adc3f/output/metrics.json',
         line='{"data_time": 0.2708731000000171, "eta_seconds": 1068.6545215000428, "fast_rcnn/cls_accuracy": 0.9921875, "fast_rcnn/false_negative": 0.0, "fast_rcnn/fg_cls_accuracy": 1.0, "iteration": 799, "loss_box_reg": 0.24562311172485352, "loss_cls": 0.030891763977706432, "loss_rpn_cls": 0.0009533183474559337, "loss_rpn_loc": 0.03158772177994251, "lr": 0.000799201, "roi_head/num_bg_samples": 55.75, "roi_head/num_fg_samples": 8.25, "rpn/num_neg_anchors": 217.0, "rpn/num_pos_anchors": 39.0, "time": 1.6725889499999766, "total_loss": 0.30549692880595103}',
         want={"Step": 799, "TrainLoss": 0.30549692880595103}, optional={"StepTime": 1672.5889499999766}),
    # ---------------------------------------------------------------- pothole detection (detectron2 Faster R-CNN, metrics.json), a run that starts with a very large loss
    dict(fw='detectron2', src='https://github.com/Aaryan004/Pothole_Detection_Model_RCNNs/blob/d7dd616a649f883a959a9a29ca6363bf900a9f23/output/metrics.json',
         line='{"data_time": 0.003461099999981343, "eta_seconds": 1030.3029819999642, "fast_rcnn/cls_accuracy": 0.958059282644918, "fast_rcnn/false_negative": 1.0, "fast_rcnn/fg_cls_accuracy": 0.0, "iteration": 19, "loss_box_reg": 10.258357048034668, "loss_cls": 55.11659622192383, "loss_rpn_cls": 12.120131492614746, "loss_rpn_loc": 18.215967178344727, "lr": 2.881e-07, "rank_data_time": 0.003461099999981343, "roi_head/num_bg_samples": 31.375, "roi_head/num_fg_samples": 1.25, "rpn/num_neg_anchors": 241.75, "rpn/num_pos_anchors": 14.25, "time": 0.5788218999999799, "total_loss": 86.4728353023529}',
         want={"Step": 19, "TrainLoss": 86.4728353023529}, optional={"StepTime": 578.8218999999799}),
    dict(fw='detectron2', src='https://github.com/Aaryan004/Pothole_Detection_Model_RCNNs/blob/d7dd616a649f883a959a9a29ca6363bf900a9f23/output/metrics.json',
         line='{"data_time": 0.00315109999996821, "eta_seconds": 997.7513700001055, "fast_rcnn/cls_accuracy": 0.9453125, "fast_rcnn/false_negative": 1.0, "fast_rcnn/fg_cls_accuracy": 0.0, "iteration": 399, "loss_box_reg": 0.30511896312236786, "loss_cls": 2.6106261014938354, "loss_rpn_cls": 0.4281328469514847, "loss_rpn_loc": 0.9126790165901184, "lr": 4.0501e-06, "rank_data_time": 0.00315109999996821, "roi_head/num_bg_samples": 60.75, "roi_head/num_fg_samples": 3.25, "rpn/num_neg_anchors": 236.875, "rpn/num_pos_anchors": 19.125, "time": 0.7247650999997859, "total_loss": 4.507552184164524}',
         want={"Step": 399, "TrainLoss": 4.507552184164524}, optional={"StepTime": 724.7650999997859}),
    # ---------------------------------------------------------------- MoE GPT pretraining baseline (Megatron-LM core, 64 GPUs, pipeline and expert parallel, log interval 1)
    # lm loss is the training loss; load_balancing_loss is the MoE auxiliary term
    dict(fw='Megatron-LM', src='https://github.com/ZJUAntgroup/MoEGambit/blob/b40c3ae1232f57db7f9cbf6a051a09a8ae683750/megatron.log',
         line=' [2026-05-27 20:40:46] iteration     1000/   10000 | consumed samples:        64000 | elapsed time per iteration (ms): 10281.8 | learning rate: 9.781717E-05 | global batch size:    64 | lm loss: 3.768185E+00 | load_balancing_loss: 1.022045E+00 | loss scale: 1.0 | grad norm: 0.240 | number of skipped iterations:   0 | number of nan iterations:   0 |',
         want={"Step": 1000, "TrainLoss": 3.768185, "StepTime": 10281.8, "GradNorm": 0.24}),
    # trailing blank kept
    dict(fw='Megatron-LM', src='https://github.com/ZJUAntgroup/MoEGambit/blob/b40c3ae1232f57db7f9cbf6a051a09a8ae683750/megatron.log',
         line=' validation loss at iteration 1000 | lm loss value: 3.827770E+00 | lm loss PPL: 4.595991E+01 | ',
         want={"Step": 1000, "ValLoss": 3.82777}),
    # timer summary (min, max across ranks, ms) for the checkpoint save, not a step time
    dict(fw='Megatron-LM', src='https://github.com/ZJUAntgroup/MoEGambit/blob/b40c3ae1232f57db7f9cbf6a051a09a8ae683750/megatron.log',
         line='    save-checkpoint ................................: (33169.84, 33170.30)',
         want={}),
    dict(fw='Megatron-LM', src='https://github.com/ZJUAntgroup/MoEGambit/blob/b40c3ae1232f57db7f9cbf6a051a09a8ae683750/megatron.log',
         line=' [2026-05-27 20:57:32] iteration     1090/   10000 | consumed samples:        69760 | elapsed time per iteration (ms): 11419.3 | learning rate: 9.740843E-05 | global batch size:    64 | lm loss: 3.755197E+00 | load_balancing_loss: 1.027594E+00 | loss scale: 1.0 | grad norm: 0.261 | number of skipped iterations:   0 | number of nan iterations:   0 |',
         want={"Step": 1090, "TrainLoss": 3.755197, "StepTime": 11419.3, "GradNorm": 0.261}),
]
