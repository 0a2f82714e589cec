# A ninth held-out set of progress lines for the AI-training pack, collected
# blind on 2026-12-07 (UTC morning). Most lines come from training logs that
# people committed to their repositories (train.log, nohup.out, log.txt,
# training.log, trainer_log.jsonl, metrics files), read byte for byte from
# the repository at the commit named in `src`; the rest are copied verbatim
# from public issue threads and pull requests. No source (repository file,
# issue or pull request) used in heldout.py, fresh.py, devset.py, devset2.py
# or blind.py .. blind7.py was taken again. The set was written without
# looking at the pack or its tests and frozen before it was scored even once.
# Same fields as heldout.py: the framework, where the line was seen, the line
# as printed (tabs, the `\r` of progress-bar refreshes, ANSI colour codes and
# trailing blanks kept), the progress metrics it must yield (`want`) and
# metrics it may yield or not (`optional`: an in-epoch batch counter, an it/s
# derived from `s/it`, a time whose unit or span the line does not say, a
# per-epoch or whole-run average). `want={}` marks a line that holds no
# training progress: the pack stays quiet.
CASES = [
    # ---------------------------------------------------------------- ad-hoc research loop (soil-moisture model, nohup): per-epoch loss, validation RMSE columns, epoch seconds
    dict(fw='ad-hoc epoch print', src='https://github.com/1tx/CrossForcing/blob/71278d9f469e196b33afc9006264161990acfefc/train.log',
         line='epoch   0  K= 1  loss=3.26690e-02  v1=0.17208  v30=0.17834  (5.2s)',
         want={"TrainLoss": 3.26690e-02}),
    dict(fw='ad-hoc epoch print', src='https://github.com/1tx/CrossForcing/blob/71278d9f469e196b33afc9006264161990acfefc/train.log',
         line='epoch   5  K= 1  loss=1.13770e-02  v1=0.01239  v30=0.01757  (1.3s)',
         want={"TrainLoss": 1.13770e-02}),
    # the rollout length K changed: the loss jumps, still a train loss
    dict(fw='ad-hoc epoch print', src='https://github.com/1tx/CrossForcing/blob/71278d9f469e196b33afc9006264161990acfefc/train.log',
         line='epoch  12  K= 7  loss=2.87518e-03  v1=0.01388  v30=0.00373  (5.0s)',
         want={"TrainLoss": 2.87518e-03}),
    dict(fw='ad-hoc epoch print', src='https://github.com/1tx/CrossForcing/blob/71278d9f469e196b33afc9006264161990acfefc/train.log',
         line='epoch 100  K= 7  loss=4.64050e-04  v1=0.01367  v30=0.00685  (4.9s)',
         want={"TrainLoss": 4.64050e-04}),
    # ---------------------------------------------------------------- GPT-2 124M on Shakespeare: a step/loss TSV written next to the log
    # the header row alone
    dict(fw='ad-hoc TSV', src='https://github.com/Jayant-Guru-Shrivastava/ERAV4-Session11-shakespeare-gpt2-124M/blob/f523cc5004df8a788be069dcf4aa338a3fc9ad94/logs/train.log',
         line='step\tloss',
         want={}),
    # a bare row: two unlabeled numbers, only the header above says what they are
    dict(fw='ad-hoc TSV', src='https://github.com/Jayant-Guru-Shrivastava/ERAV4-Session11-shakespeare-gpt2-124M/blob/f523cc5004df8a788be069dcf4aa338a3fc9ad94/logs/train.log',
         line='2240\t2.793326',
         want={}, optional={"Step": 2240, "TrainLoss": 2.793326}),
    # ---------------------------------------------------------------- QLoRA script (logging module): set-up lines only
    dict(fw='ad-hoc QLoRA', src='https://github.com/Div230/llm_finetune/blob/2b4294fe5c905ef74b14207f0243729ea8162cf4/logs/train.log',
         line='2026-05-22 10:56:52 | INFO | __main__ | Train batches: 398, Val batches: 47',
         want={}),
    # ---------------------------------------------------------------- LLaMA-Factory (Qwen3 LoRA): trainer_log.jsonl, the last record
    # `throughput` is LLaMA-Factory's tokens per second, but the record does not name the unit
    dict(fw='LLaMA-Factory', src='https://github.com/aa-n/Qwen3_Lora/blob/30c874c5617aa800abf0c84c70bc2a6587634903/trainer_log.jsonl',
         line='{"current_steps": 768, "total_steps": 768, "epoch": 2.9965936739659367, "percentage": 100.0, "elapsed_time": "1:39:39", "remaining_time": "0:00:00", "throughput": 4129.18, "total_tokens": 24689312}',
         want={"Step": 768}, optional={"TokensPerSecond": 4129.18}),
    # ---------------------------------------------------------------- LLaMA-Factory + DeepSpeed ZeRO-3 (Qwen3-0.6B full SFT), console capture
    dict(fw='LLaMA-Factory', src='https://github.com/Jayden-Sheng/LLaMA-Factory-run/blob/253474e90a3c5c0cd5303c4c79c6f4b0735aefe5/train_log.txt',
         line='Generating train split: 999 examples [00:00, 62332.42 examples/s]',
         want={}),
    dict(fw='LLaMA-Factory', src='https://github.com/Jayden-Sheng/LLaMA-Factory-run/blob/253474e90a3c5c0cd5303c4c79c6f4b0735aefe5/train_log.txt',
         line='[2025-09-10 19:22:22,931] [INFO] [utils.py:789:see_memory_usage] CPU Virtual Memory:  used = 3.19 GB, percent = 11.4%',
         want={}),
    dict(fw='LLaMA-Factory', src='https://github.com/Jayden-Sheng/LLaMA-Factory-run/blob/253474e90a3c5c0cd5303c4c79c6f4b0735aefe5/train_log.txt',
         line="{'loss': 1.2881, 'grad_norm': 1.0653622150421143, 'learning_rate': 6.8055443396842945e-06, 'epoch': 2.56}",
         want={"TrainLoss": 1.2881, "GradNorm": 1.0653622150421143}),
    dict(fw='LLaMA-Factory', src='https://github.com/Jayden-Sheng/LLaMA-Factory-run/blob/253474e90a3c5c0cd5303c4c79c6f4b0735aefe5/train_log.txt',
         line="{'loss': 1.1886, 'grad_norm': 1.478387713432312, 'learning_rate': 7.248306003865279e-09, 'epoch': 3.0}",
         want={"TrainLoss": 1.1886, "GradNorm": 1.478387713432312}),
    # whole-run averages
    dict(fw='LLaMA-Factory', src='https://github.com/Jayden-Sheng/LLaMA-Factory-run/blob/253474e90a3c5c0cd5303c4c79c6f4b0735aefe5/train_log.txt',
         line="{'train_runtime': 821.4359, 'train_samples_per_second': 3.981, 'train_steps_per_second': 0.5, 'train_loss': 1.2813971067287047, 'epoch': 3.0}",
         want={}, optional={"TrainLoss": 1.2813971067287047, "SamplesPerSecond": 3.981, "IterationsPerSecond": 0.5}),
    # ---------------------------------------------------------------- LLaMA-Factory reward-model stage: trainer_log.jsonl with a pairwise accuracy
    dict(fw='LLaMA-Factory', src='https://github.com/hykun1989/360-LLaMA-Factory-grpo/blob/d303f8e43d8d4aded4f73112530d5c269a46f8f7/trainer_log.jsonl',
         line='{"current_steps": 1, "total_steps": 5100, "loss": 0.6491, "accuracy": 1.0, "lr": 9.803921568627451e-10, "epoch": 0.0019588638589618022, "percentage": 0.02, "elapsed_time": "0:01:03", "remaining_time": "3 days, 17:51:32"}',
         want={"Step": 1, "TrainLoss": 0.6491}),
    dict(fw='LLaMA-Factory', src='https://github.com/hykun1989/360-LLaMA-Factory-grpo/blob/d303f8e43d8d4aded4f73112530d5c269a46f8f7/trainer_log.jsonl',
         line='{"current_steps": 60, "total_steps": 5100, "loss": 1.0426, "accuracy": 0.0, "lr": 5.88235294117647e-08, "epoch": 0.11753183153770813, "percentage": 1.18, "elapsed_time": "0:44:59", "remaining_time": "2 days, 14:58:45"}',
         want={"Step": 60, "TrainLoss": 1.0426}),
    # ---------------------------------------------------------------- LLaMA-Factory (persona LoRA): trainer_log.jsonl with no loss key at all
    dict(fw='LLaMA-Factory', src='https://github.com/gi7014/SunXiaochuan-V1/blob/258b184bd045ad1a54204e5969726eb58064d0e1/trainer_log.jsonl',
         line='{"current_steps": 5, "total_steps": 250, "percentage": 2.0, "elapsed_time": "0:00:19", "remaining_time": "0:16:09"}',
         want={"Step": 5}),
    dict(fw='LLaMA-Factory', src='https://github.com/gi7014/SunXiaochuan-V1/blob/258b184bd045ad1a54204e5969726eb58064d0e1/trainer_log.jsonl',
         line='{"current_steps": 105, "total_steps": 250, "percentage": 42.0, "elapsed_time": "0:04:12", "remaining_time": "0:05:48"}',
         want={"Step": 105}),
    dict(fw='LLaMA-Factory', src='https://github.com/AnthonyTang7/LLM-Assisted-RL/blob/8c390645529b73614d71198caae5a5b081f53d0b/trainer_log.jsonl',
         line='{"current_steps": 395, "total_steps": 512, "percentage": 77.15, "elapsed_time": "0:08:44", "remaining_time": "0:02:35"}',
         want={"Step": 395}),
    # ---------------------------------------------------------------- LLaMA-Factory (Mistral translator, bf16): token counting off, `throughput` stays the string "0.00"
    dict(fw='LLaMA-Factory', src='https://github.com/syGOAT/Mistral-v0.2-Translator-bf16/blob/2f1cd7a94b3a81489919288db2109ff3c23db08c/trainer_log.jsonl',
         line='{"current_steps": 10, "total_steps": 8660, "loss": 2.4977, "learning_rate": 5.773672055427253e-07, "epoch": 0.004618937644341801, "percentage": 0.12, "elapsed_time": "0:00:24", "remaining_time": "5:58:33", "throughput": "0.00", "total_tokens": 0}',
         want={"Step": 10, "TrainLoss": 2.4977}, optional={"TokensPerSecond": 0.0}),
    dict(fw='LLaMA-Factory', src='https://github.com/syGOAT/Mistral-v0.2-Translator-bf16/blob/2f1cd7a94b3a81489919288db2109ff3c23db08c/trainer_log.jsonl',
         line='{"current_steps": 400, "total_steps": 8660, "loss": 0.5511, "learning_rate": 2.309468822170901e-05, "epoch": 0.18475750577367206, "percentage": 4.62, "elapsed_time": "0:15:33", "remaining_time": "5:21:14", "throughput": "0.00", "total_tokens": 0}',
         want={"Step": 400, "TrainLoss": 0.5511}, optional={"TokensPerSecond": 0.0}),
    # ---------------------------------------------------------------- HF Trainer (KoBigBird reward classifier, nohup): dicts printed once the bar finished
    dict(fw='HF Trainer', src='https://github.com/0515-Yoonseo-Kim/PPO/blob/67b59deb5f1b4b12f5d555c4846c0bf001d89b04/nohup.out',
         line="{'loss': 0.1256, 'learning_rate': 4.5000124996875083e-05, 'epoch': 0.1}",
         want={"TrainLoss": 0.1256}),
    dict(fw='HF Trainer', src='https://github.com/0515-Yoonseo-Kim/PPO/blob/67b59deb5f1b4b12f5d555c4846c0bf001d89b04/nohup.out',
         line="{'loss': 0.0366, 'learning_rate': 1.2499687507812305e-09, 'epoch': 1.0}",
         want={"TrainLoss": 0.0366}),
    dict(fw='HF Trainer', src='https://github.com/0515-Yoonseo-Kim/PPO/blob/67b59deb5f1b4b12f5d555c4846c0bf001d89b04/nohup.out',
         line="{'train_runtime': 20909.335, 'train_samples_per_second': 15.304, 'train_steps_per_second': 1.913, 'train_loss': 0.08921762292655071, 'epoch': 1.0}",
         want={}, optional={"TrainLoss": 0.08921762292655071, "SamplesPerSecond": 15.304, "IterationsPerSecond": 1.913}),
    # ---------------------------------------------------------------- RLlib DQN via Ray Tune (shogi self-play, nohup): a YAML-ish result block per iteration, one key a line
    dict(fw='RLlib', src='https://github.com/01jongmin/Shogi-RL/blob/a888e5f21b21e366bb223032d2579474e666ad18/nohup.out',
         line='Current time: 2022-04-22 01:29:15 (running for 00:00:15.02)',
         want={}),
    # the learner's global gradient norm, alone on its line
    dict(fw='RLlib', src='https://github.com/01jongmin/Shogi-RL/blob/a888e5f21b21e366bb223032d2579474e666ad18/nohup.out',
         line='          grad_gnorm: 21.5760555267334',
         want={}, optional={"GradNorm": 21.5760555267334}),
    dict(fw='RLlib', src='https://github.com/01jongmin/Shogi-RL/blob/a888e5f21b21e366bb223032d2579474e666ad18/nohup.out',
         line='  training_iteration: 6',
         want={}, optional={"Step": 6}),
    # wall time of one training iteration (sampling and learning), seconds
    dict(fw='RLlib', src='https://github.com/01jongmin/Shogi-RL/blob/a888e5f21b21e366bb223032d2579474e666ad18/nohup.out',
         line='  time_this_iter_s: 1.3878920078277588',
         want={}, optional={"StepTime": 1387.8920078277588}),
    # the status table row: unlabeled columns under a header printed two lines above
    dict(fw='RLlib', src='https://github.com/01jongmin/Shogi-RL/blob/a888e5f21b21e366bb223032d2579474e666ad18/nohup.out',
         line='| DQN_shogi_96499_00000 | RUNNING  | 10.0.0.177:612604 |      6 |          7.99963 | 18480 |        0 |                    0 |                    0 |            12.1519 |',
         want={}, optional={"Step": 6}),
    # ---------------------------------------------------------------- fairseq (wav2vec 2.0 fine-tune for lung sounds, hydra logging, JSON log format): values quoted as strings
    # `wpb` is 32 = the batch size (sentence_avg), so `wps` counts samples here rather than words
    dict(fw='fairseq', src='https://github.com/Fsoft-AIC/RoPADet/blob/aefa1d415709c8a9a2b269bb7e2d854b7313a708/train.out',
         line='[2022-06-06 09:56:49,420][train_inner][INFO] - {"epoch": 15, "update": 14.358, "loss": "0.222", "ce_loss": "0.309", "scl_loss": "0.212", "accuracy": "66.562", "ppl": "1.17", "wps": "211.2", "ups": "6.6", "wpb": "32", "bsz": "32", "num_updates": "11400", "lr": "6.643e-06", "gnorm": "1.171", "train_wall": "30", "gb_free": "23", "wall": "2333"}',
         want={"Step": 11400, "TrainLoss": 0.222, "GradNorm": 1.171, "IterationsPerSecond": 6.6, "TokensPerSecond": 211.2}),
    # first window after a validation and a checkpoint save: the rates are diluted, still what the line says
    dict(fw='fairseq', src='https://github.com/Fsoft-AIC/RoPADet/blob/aefa1d415709c8a9a2b269bb7e2d854b7313a708/train.out',
         line='[2022-06-06 09:59:33,714][train_inner][INFO] - {"epoch": 16, "update": 15.365, "loss": "0.219", "ce_loss": "0.296", "scl_loss": "0.21", "accuracy": "67.953", "ppl": "1.16", "wps": "136.1", "ups": "4.25", "wpb": "32", "bsz": "32", "num_updates": "12200", "lr": "7.039e-06", "gnorm": "1.352", "train_wall": "31", "gb_free": "22.8", "wall": "2497"}',
         want={"Step": 12200, "TrainLoss": 0.219, "GradNorm": 1.352, "IterationsPerSecond": 4.25, "TokensPerSecond": 136.1}),
    dict(fw='fairseq', src='https://github.com/Fsoft-AIC/RoPADet/blob/aefa1d415709c8a9a2b269bb7e2d854b7313a708/train.out',
         line='[2022-06-06 09:58:20,085][valid][INFO] - {"epoch": 15, "valid_loss": "0.321", "valid_ce_loss": "0.853", "valid_scl_loss": "0.262", "valid_accuracy": "48.13", "valid_ppl": "1.25", "valid_wps": "748.9", "valid_wpb": "31.4", "valid_bsz": "31.4", "valid_icbhi": "0.481507", "valid_num_updates": "11910", "valid_best_icbhi": "0.539252"}',
         want={"ValLoss": 0.321}, optional={"Step": 11910}),
    # end-of-epoch averages
    dict(fw='fairseq', src='https://github.com/Fsoft-AIC/RoPADet/blob/aefa1d415709c8a9a2b269bb7e2d854b7313a708/train.out',
         line='[2022-06-06 09:58:21,469][train][INFO] - {"epoch": 15, "train_loss": "0.222", "train_ce_loss": "0.311", "train_scl_loss": "0.213", "train_accuracy": "66.094", "train_ppl": "1.17", "train_wps": "171.8", "train_ups": "5.38", "train_wpb": "32", "train_bsz": "32", "train_num_updates": "11910", "train_lr": "6.89545e-06", "train_gnorm": "1.227", "train_train_wall": "118", "train_gb_free": "23", "train_wall": "2425"}',
         want={"TrainLoss": 0.222, "Step": 11910}, optional={"GradNorm": 1.227, "TokensPerSecond": 171.8, "IterationsPerSecond": 5.38}),
    dict(fw='fairseq', src='https://github.com/Fsoft-AIC/RoPADet/blob/aefa1d415709c8a9a2b269bb7e2d854b7313a708/train.out',
         line='[2022-06-06 09:59:02,910][fairseq.checkpoint_utils][INFO] - Saved checkpoint checkpoints/checkpoint_16_12000.pt (epoch 16 @ 12000 updates, score 0.5126409180071183) (writing took 2.443252471042797 seconds)',
         want={}, optional={"Step": 12000}),
    # ---------------------------------------------------------------- openpi (JAX, pi0 LoRA on a DGX): the run dies at the first step; loader and runtime lines only
    dict(fw='openpi/JAX', src='https://github.com/HEISENYAN/openpi/blob/683a7fc8074f70bbee334a812cefd60efaba7224/train.out',
         line='01:07:07.130 [I] [process=0] /jax/checkpoint/read/bytes_per_sec: 1.6 GiB/s (total bytes: 12.1 GiB) (time elapsed: 7 seconds) (per-host) (2605436:base_pytree_checkpoint_handler.py:114)',
         want={}),
    dict(fw='openpi/JAX', src='https://github.com/HEISENYAN/openpi/blob/683a7fc8074f70bbee334a812cefd60efaba7224/train.out',
         line='E1101 01:09:26.050426 2605436 pjrt_stream_executor_client.cc:3077] Execution of replica 0 failed: UNIMPLEMENTED: StreamBeginCaptureToGraph is not implemented for CUDA below version 12.3. Therefore tracing is not supported.',
         want={}),
    # ---------------------------------------------------------------- RL4CO (Lightning + hydra, POMO on TSP): the console holds set-up lines only, metrics went to CSV
    dict(fw='RL4CO/Lightning', src='https://github.com/Tarseus/eam-rl4co/blob/d119d5d7af255cc1b547db767cc69c38bd32d80c/train.out',
         line='[2026-02-16 07:22:26,100][rl4co.models.rl.common.base][INFO] - Generating training dataset for next epoch...',
         want={}),
    # ---------------------------------------------------------------- deep-text-recognition-benchmark (Korean scene text, fine-tune): validation every 200 iterations
    # `Elapsed_time` is seconds since the start of training
    dict(fw='deep-text-recognition', src='https://github.com/2022-SOJUNGDAE/deep-text-recognition-SOJUNGDAE/blob/184654abc9f8b9922253a48f5123170faf94b330/train.out',
         line='[1/300000] Train loss: 6.86867, Valid loss: 6.80481, Elapsed_time: 5.17871',
         want={"Step": 1, "TrainLoss": 6.86867, "ValLoss": 6.80481}),
    dict(fw='deep-text-recognition', src='https://github.com/2022-SOJUNGDAE/deep-text-recognition-SOJUNGDAE/blob/184654abc9f8b9922253a48f5123170faf94b330/train.out',
         line='[400/300000] Train loss: 3.56731, Valid loss: 3.24884, Elapsed_time: 847.57109',
         want={"Step": 400, "TrainLoss": 3.56731, "ValLoss": 3.24884}),
    # validation accuracy
    dict(fw='deep-text-recognition', src='https://github.com/2022-SOJUNGDAE/deep-text-recognition-SOJUNGDAE/blob/184654abc9f8b9922253a48f5123170faf94b330/train.out',
         line='Current_accuracy : 0.124, Current_norm_ED  : 0.00',
         want={}),
    # ---------------------------------------------------------------- GaitSet (gait recognition, triplet losses): two losses, the run optimizes the `full` one
    dict(fw='GaitSet', src='https://github.com/faiimea/GaitSet/blob/4ae4d53908e4980321f65e662ab39195e584404b/train.out',
         line="iter 100:, hard_loss_metric=0.43646878, full_loss_metric=0.19383493, full_loss_num=186494.12500000, mean_dist=0.18835674, lr=0.000100, hard or full='full'",
         want={"Step": 100}, optional={"TrainLoss": 0.19383493}),
    dict(fw='GaitSet', src='https://github.com/faiimea/GaitSet/blob/4ae4d53908e4980321f65e662ab39195e584404b/train.out',
         line="iter 8700:, hard_loss_metric=0.40318078, full_loss_metric=0.19033614, full_loss_num=12424.53710938, mean_dist=2.17468381, lr=0.000100, hard or full='full'",
         want={"Step": 8700}, optional={"TrainLoss": 0.19033614}),
    # wall time of the last 1000 iterations, printed bare
    dict(fw='GaitSet', src='https://github.com/faiimea/GaitSet/blob/4ae4d53908e4980321f65e662ab39195e584404b/train.out',
         line='0:04:19.419558',
         want={}),
    # ---------------------------------------------------------------- Oumi (TRL SFT trainer, Llama-3.2-1B pretraining on SlimPajama): set-up time before the first step
    dict(fw='Oumi', src='https://github.com/gtseligas/lcn-llama/blob/9fcec36a8056aac67457978be2d93f6488fe7937/train.out',
         line='[2025-02-13 15:12:38,736][oumi][rank0][pid:1122761][MainThread][INFO]][train.py:326] Training init time: 691.540s',
         want={}),
    # ---------------------------------------------------------------- HF Trainer via a custom PEFT script (Colab-style tqdm without a bar): only summaries
    dict(fw='HF Trainer', src='https://github.com/denizyuret/peft-debug/blob/921481c3c2b3b2b562d14bf6e2bb81fb837c73e8/train.out',
         line='Loading checkpoint shards: 100% 2/2 [00:07<00:00,  3.54s/it]',
         want={}),
    dict(fw='HF Trainer', src='https://github.com/denizyuret/peft-debug/blob/921481c3c2b3b2b562d14bf6e2bb81fb837c73e8/train.out',
         line="{'train_runtime': 11.2237, 'train_samples_per_second': 0.713, 'train_steps_per_second': 0.713, 'train_loss': 1.527357816696167, 'epoch': 1.0}",
         want={}, optional={"TrainLoss": 1.527357816696167, "SamplesPerSecond": 0.713, "IterationsPerSecond": 0.713}),
    # the finished bar: 8 optimizer steps, whole-run average rate
    dict(fw='HF Trainer', src='https://github.com/denizyuret/peft-debug/blob/921481c3c2b3b2b562d14bf6e2bb81fb837c73e8/train.out',
         line='100% 8/8 [00:11<00:00,  1.40s/it]',
         want={}, optional={"Step": 8, "IterationsPerSecond": 1 / 1.40}),
    # ---------------------------------------------------------------- descript-audio-codec (audiotools + rich): a boxed table per logging interval, the console is 100 columns wide
    # the iteration banner
    dict(fw='DAC/audiotools', src='https://github.com/ArkhamImp/descript-audio-codec/blob/b7e019cc0de2a8fe8c720073be661a28b14c54bf/train.out',
         line='           ┃                           Iteration 1000                            ┃                  ',
         want={}, optional={"Step": 1000}),
    # a row of the `train` table (value, running mean); the `val` table below has a `loss` row of the same shape
    dict(fw='DAC/audiotools', src='https://github.com/ArkhamImp/descript-audio-codec/blob/b7e019cc0de2a8fe8c720073be661a28b14c54bf/train.out',
         line='             loss                           │  76.766022       │  84.894968                         ',
         want={}, optional={"TrainLoss": 76.766022}),
    dict(fw='DAC/audiotools', src='https://github.com/ArkhamImp/descript-audio-codec/blob/b7e019cc0de2a8fe8c720073be661a28b14c54bf/train.out',
         line='             other/grad_norm                │  54.669426       │  60.006975                         ',
         want={}, optional={"GradNorm": 54.669426}),
    # ---------------------------------------------------------------- ad-hoc segmentation loop (DINO backbone, AugSeg-style): one line per epoch, train and validation loss side by side
    dict(fw='ad-hoc epoch print', src='https://github.com/Dang-Tu-lang/Dino_augseg/blob/690134edb65426ef36babc63a4906a5e76385004/train_log.txt',
         line='Epoch 1/100 | LR: 3.800000e-06 | Train Loss: 2.8484 | Val Loss: 1.2244 | mP=9.95% mR=15.56% mIoU=6.25% mDice=11.24% ← best IoU ← best loss',
         want={"TrainLoss": 2.8484, "ValLoss": 1.2244}),
    # seconds for the whole epoch in brackets
    dict(fw='ad-hoc epoch print', src='https://github.com/Dang-Tu-lang/Dino_augseg/blob/690134edb65426ef36babc63a4906a5e76385004/train_log.txt',
         line='Epoch 41/100 [133.0s] | LR: 3.953201e-05 | Train Loss: 1.3525 | Val Loss: 0.6991 | mP=54.79% mR=57.67% mIoU=44.07% mDice=53.88% ← best IoU ← best loss',
         want={"TrainLoss": 1.3525, "ValLoss": 0.6991}),
    dict(fw='ad-hoc epoch print', src='https://github.com/Dang-Tu-lang/Dino_augseg/blob/690134edb65426ef36babc63a4906a5e76385004/train_log.txt',
         line='Epoch 100/100 [129.9s] | LR: 1.000000e-06 | Train Loss: 0.9146 | Val Loss: 0.6161 | mP=55.84% mR=58.23% mIoU=46.33% mDice=56.09%',
         want={"TrainLoss": 0.9146, "ValLoss": 0.6161}),
    # ---------------------------------------------------------------- Keras 1.x fit(verbose=2) (kanji CNN): epoch seconds first, then the epoch averages
    dict(fw='Keras', src='https://github.com/KyotoSunshine/CNN-for-handwritten-kanji/blob/68c1633c85615ff38eb1e01ecfbdc387fd03d98d/logs/model_for_augmented_dataset_training_log.py',
         line='3083s - loss: 1.7197 - acc: 0.5893 - val_loss: 0.3504 - val_acc: 0.8959',
         want={"TrainLoss": 1.7197, "ValLoss": 0.3504}),
    dict(fw='Keras', src='https://github.com/KyotoSunshine/CNN-for-handwritten-kanji/blob/68c1633c85615ff38eb1e01ecfbdc387fd03d98d/logs/model_for_augmented_dataset_training_log.py',
         line='3124s - loss: 0.0516 - acc: 0.9841 - val_loss: 0.0787 - val_acc: 0.9836',
         want={"TrainLoss": 0.0516, "ValLoss": 0.0787}),
    # ---------------------------------------------------------------- Megatron-LM (GPT-2 345M continued training with a LAMBADA check every 200 iterations)
    dict(fw='Megatron-LM', src='https://github.com/KungYork/Megatron-LM/blob/7e37d2a68f24c93922db50693840018ea3cf9c66/finetune.log',
         line=' iteration       10/  500000 | consumed samples:          320 | elapsed time per iteration (ms): 1379.2 | learning rate: 4.687E-07 | global batch size:    32 | lm loss: 2.922074E+00 | loss scale: 1.0 | grad norm: 2.919 | number of skipped iterations:   0 | number of nan iterations:   0 |',
         want={"Step": 10, "StepTime": 1379.2, "TrainLoss": 2.922074, "GradNorm": 2.919}),
    # the iteration right after the LAMBADA evaluation: its time includes the evaluation, as printed
    dict(fw='Megatron-LM', src='https://github.com/KungYork/Megatron-LM/blob/7e37d2a68f24c93922db50693840018ea3cf9c66/finetune.log',
         line=' iteration      201/  500000 | consumed samples:         6408 | elapsed time per iteration (ms): 28731.7 | learning rate: 9.387E-06 | global batch size:     8 | lm loss: 2.598382E+00 | loss scale: 1.0 | grad norm: 0.699 | number of skipped iterations:   0 | number of nan iterations:   0 |',
         want={"Step": 201, "StepTime": 28731.7, "TrainLoss": 2.598382, "GradNorm": 0.699}),
    # zero-shot accuracy, not a loss
    dict(fw='Megatron-LM', src='https://github.com/KungYork/Megatron-LM/blob/7e37d2a68f24c93922db50693840018ea3cf9c66/finetune.log',
         line=' validation results on LAMBADA | number correct: 3.5650E+03 | total examples: 5.1530E+03 | avg accuracy: 6.9183E-01',
         want={}),
    # ---------------------------------------------------------------- MiniMind pretraining (torchrun, two ranks log the same step with their own loss; one copy also printed bare)
    # (38400/41914) counts batches inside the epoch; `epoch_Time` is the time left in the epoch
    dict(fw='MiniMind', src='https://github.com/tclh123/minimind/blob/f8769b21eed54919a3790064a3522b28069e75e3/pretrain.log',
         line='2025-01-28 16:22:11,648 __main__ INFO Epoch:[1/20](38400/41914) loss:2.551 lr:0.0001960 epoch_Time:9.0min:',
         want={"TrainLoss": 2.551}, optional={"Step": 38400}),
    dict(fw='MiniMind', src='https://github.com/tclh123/minimind/blob/f8769b21eed54919a3790064a3522b28069e75e3/pretrain.log',
         line='Epoch:[2/20](0/41914) loss:2.450 lr:0.0001956 epoch_Time:497.0min:',
         want={"TrainLoss": 2.450}, optional={"Step": 0}),
    # ---------------------------------------------------------------- mmsegmentation 0.x (DeepLabV3 on Cityscapes, issue thread): a tab after the iteration counter
    dict(fw='mmsegmentation', src='https://github.com/open-mmlab/mmsegmentation/issues/308',
         line='2020-12-18 19:36:37,584 - mmseg - INFO - Iter [1100/40000]\tlr: 9.755e-03, eta: 4:23:27, time: 0.402, data_time: 0.003, memory: 19873, decode.loss_seg: 0.1186, decode.acc_seg: 81.4285, aux.loss_seg: 0.0466, aux.acc_seg: 81.5205, loss: 0.1652',
         want={"Step": 1100, "TrainLoss": 0.1652, "StepTime": 402}),
    dict(fw='mmsegmentation', src='https://github.com/open-mmlab/mmsegmentation/issues/308',
         line='2020-12-18 19:37:37,901 - mmseg - INFO - Iter [1250/40000]\tlr: 9.721e-03, eta: 4:22:06, time: 0.402, data_time: 0.003, memory: 19873, decode.loss_seg: 0.1328, decode.acc_seg: 84.7975, aux.loss_seg: 0.0519, aux.acc_seg: 84.7981, loss: 0.1847',
         want={"Step": 1250, "TrainLoss": 0.1847, "StepTime": 402}),
    # ---------------------------------------------------------------- GluonCV-style SSD loop (MXNet): per-batch speed and two named losses, no total
    dict(fw='MXNet/GluonCV', src='https://github.com/Sparks-zs/mxnet-object-detection/blob/f4a757b4a1bd5cffccef32ee26ec4a4f418b3afc/log/train.log',
         line='2020-08-31 14:53:06,644 - train_net.py[line:175] - INFO: [Epoch 0][Batch 0], Speed: 0.926 samples/sec, CrossEntropy=1.83e+00, SmoothL1=3.00e-03, val_AP=0.136',
         want={"SamplesPerSecond": 0.926}, optional={"Step": 0, "TrainLoss": 1.83}),
    dict(fw='MXNet/GluonCV', src='https://github.com/Sparks-zs/mxnet-object-detection/blob/f4a757b4a1bd5cffccef32ee26ec4a4f418b3afc/log/train.log',
         line='2020-08-31 15:45:59,578 - train_net.py[line:175] - INFO: [Epoch 19][Batch 50], Speed: 0.062 samples/sec, CrossEntropy=8.89e-03, SmoothL1=1.28e-03, val_AP=0.474',
         want={"SamplesPerSecond": 0.062}, optional={"Step": 50, "TrainLoss": 8.89e-03}),
    # ---------------------------------------------------------------- PaddlePaddle hapi Model.fit (CheXNet), log pasted indented by four spaces: Keras-like, `3s/step` is the running step time
    dict(fw='Paddle hapi', src='https://github.com/jm12138/Paddle-CheXNet/blob/8331fc886324ef70c6b3a80573ee1d38ad5097d9/log/train.log',
         line='    step  10/614 - loss: 0.1637 - AUROC_Atelectasis: 0.5273 - AUROC_Cardiomegaly: 0.5718 - AUROC_Effusion: 0.5099 - AUROC_Infiltration: 0.5623 - AUROC_Mass: 0.4979 - AUROC_Nodule: 0.5241 - AUROC_Pneumonia: 0.5117 - AUROC_Pneumothorax: 0.5222 - AUROC_Consolidation: 0.5422 - AUROC_Edema: 0.5124 - AUROC_Emphysema: 0.5822 - AUROC_Fibrosis: 0.5647 - AUROC_Pleural_Thickening: 0.5287 - AUROC_Hernia: 0.5795 - AUROC_avg: 0.5384 - 3s/step',
         want={"TrainLoss": 0.1637, "StepTime": 3000}, optional={"Step": 10}),
    dict(fw='Paddle hapi', src='https://github.com/jm12138/Paddle-CheXNet/blob/8331fc886324ef70c6b3a80573ee1d38ad5097d9/log/train.log',
         line='    step 240/614 - loss: 0.1304 - AUROC_Atelectasis: 0.7054 - AUROC_Cardiomegaly: 0.6839 - AUROC_Effusion: 0.7974 - AUROC_Infiltration: 0.6547 - AUROC_Mass: 0.6312 - AUROC_Nodule: 0.6087 - AUROC_Pneumonia: 0.6384 - AUROC_Pneumothorax: 0.7361 - AUROC_Consolidation: 0.7357 - AUROC_Edema: 0.8222 - AUROC_Emphysema: 0.7336 - AUROC_Fibrosis: 0.6560 - AUROC_Pleural_Thickening: 0.6485 - AUROC_Hernia: 0.6138 - AUROC_avg: 0.6904 - 3s/step',
         want={"TrainLoss": 0.1304, "StepTime": 3000}, optional={"Step": 240}),
    # ---------------------------------------------------------------- detectron2 (Mask R-CNN on balloons, log pasted into a .py file, custom `]:` formatter)
    dict(fw='detectron2', src='https://github.com/Richard-cpu2333/tx2dl/blob/b9e36dd6f41c7b044b39e0e9d4af4ea17a1003d7/models/log/R50-FPN_log.py',
         line='[09/02 02:37:24 d2.utils.events]:  eta: 0:05:22  iter: 19  total_loss: 1.986  loss_cls: 0.595  loss_box_reg: 0.549  loss_mask: 0.697  loss_rpn_cls: 0.03067  loss_rpn_loc: 0.01108  time: 1.1678  data_time: 0.0222  lr: 1.6068e-05  max_mem: 2725M',
         want={"Step": 19, "TrainLoss": 1.986, "StepTime": 1167.8}),
    dict(fw='detectron2', src='https://github.com/Richard-cpu2333/tx2dl/blob/b9e36dd6f41c7b044b39e0e9d4af4ea17a1003d7/models/log/R50-FPN_log.py',
         line='[09/02 02:42:26 d2.utils.events]:  eta: 0:00:50  iter: 259  total_loss: 0.381  loss_cls: 0.06608  loss_box_reg: 0.1776  loss_mask: 0.08549  loss_rpn_cls: 0.006247  loss_rpn_loc: 0.005784  time: 1.2532  data_time: 0.0104  lr: 0.00021587  max_mem: 2940M',
         want={"Step": 259, "TrainLoss": 0.381, "StepTime": 1253.2}),
    # whole-run average
    dict(fw='detectron2', src='https://github.com/Richard-cpu2333/tx2dl/blob/b9e36dd6f41c7b044b39e0e9d4af4ea17a1003d7/models/log/R50-FPN_log.py',
         line='[09/02 02:43:17 d2.engine.hooks]: Overall training speed: 298 iterations in 0:06:13 (1.2533 s / it)',
         want={}, optional={"Step": 298, "StepTime": 1253.3}),
    # ---------------------------------------------------------------- stable-baselines3 PPO (Breakout, results pasted in markdown): one table row per line
    # PPO's combined loss, alone on its row
    dict(fw='stable-baselines3', src='https://github.com/ZeshiWu/ML-capstone-project-/blob/1e6c35724ac83ff5fc8c0b5d222b13216e5d9b69/sophie_breakout_results.md',
         line='|    loss                 | -0.0199      |',
         want={}, optional={"TrainLoss": -0.0199}),
    # the critic's loss is not the training loss
    dict(fw='stable-baselines3', src='https://github.com/ZeshiWu/ML-capstone-project-/blob/1e6c35724ac83ff5fc8c0b5d222b13216e5d9b69/sophie_breakout_results.md',
         line='|    value_loss           | 0.049        |',
         want={}),
    # ---------------------------------------------------------------- ad-hoc MONAI-style segmentation loop (MRI, run report in markdown): CSV-ish step lines, validation per epoch
    # the step counter runs on across epochs
    dict(fw='ad-hoc print', src='https://github.com/howdrox/MRI-Analysis/blob/5aba7299ea42f8ed673f18965370b2c70e11cb22/report/2-train_10_epochs.md',
         line='epoch 1, phase train, step 10, loss_train, 0.838',
         want={"Step": 10, "TrainLoss": 0.838}),
    dict(fw='ad-hoc print', src='https://github.com/howdrox/MRI-Analysis/blob/5aba7299ea42f8ed673f18965370b2c70e11cb22/report/2-train_10_epochs.md',
         line='epoch 3, phase train, step 250, loss_train, 0.241',
         want={"Step": 250, "TrainLoss": 0.241}),
    dict(fw='ad-hoc print', src='https://github.com/howdrox/MRI-Analysis/blob/5aba7299ea42f8ed673f18965370b2c70e11cb22/report/2-train_10_epochs.md',
         line='epoch 1 | val_loss: 0.6590334177017212',
         want={"ValLoss": 0.6590334177017212}),
    # ---------------------------------------------------------------- ad-hoc U-Net loop (fetal head): one metric per indented line under an `Epoch n/N` header
    dict(fw='ad-hoc print', src='https://github.com/TrinhThaiSonDHQT/Fetal-Head-Segmentation/blob/0bb457ea51b84f830668e67c7e5b039affb564d0/notebooks/accuracy_focus/standard_u_net/standard_u-net_results.tsx',
         line='  Train Loss: 0.4920',
         want={"TrainLoss": 0.4920}),
    dict(fw='ad-hoc print', src='https://github.com/TrinhThaiSonDHQT/Fetal-Head-Segmentation/blob/0bb457ea51b84f830668e67c7e5b039affb564d0/notebooks/accuracy_focus/standard_u_net/standard_u-net_results.tsx',
         line='  Val Loss:   0.4283',
         want={"ValLoss": 0.4283}),
    # ---------------------------------------------------------------- HF model card written by the Trainer (Whisper-small fine-tune): a results table and final eval numbers, not a log
    # a table row: the header two lines up names the columns (Training Loss | Epoch | Step | Validation Loss | Wer)
    dict(fw='HF model card', src='https://github.com/Wenxin-Jiang/CS577-NLP/blob/7917f9a43c53ca000e7a2c6e38ffce2cc2433fdf/project/model_cards/_train/Inayat_Fine_tune_whisper_small_README.md',
         line='| 0.2994        | 3.92  | 200  | 0.6607          | 44.0797 |',
         want={}, optional={"TrainLoss": 0.2994, "Step": 200, "ValLoss": 0.6607}),
    # "results on the evaluation set": an evaluation loss
    dict(fw='HF model card', src='https://github.com/Wenxin-Jiang/CS577-NLP/blob/7917f9a43c53ca000e7a2c6e38ffce2cc2433fdf/project/model_cards/_train/Inayat_Fine_tune_whisper_small_README.md',
         line='- Loss: 0.8238',
         want={}, optional={"ValLoss": 0.8238}),
    # ---------------------------------------------------------------- ColBERT v2 training (nohup): `print_message(batch_idx, train_loss)` prints two bare numbers, the loss being a running average
    dict(fw='ColBERT', src='https://github.com/bclavie/ColBERT/blob/c2b0b50f251adad9aeaf496b02f167cc2b48caa5/train.out',
         line='[Mar 29, 16:33:45] 958 5.355641174682385',
         want={}, optional={"Step": 958, "TrainLoss": 5.355641174682385}),
    # positive and negative scores of the batch and their gap
    dict(fw='ColBERT', src='https://github.com/bclavie/ColBERT/blob/c2b0b50f251adad9aeaf496b02f167cc2b48caa5/train.out',
         line='#>>>    6.88 6.75 \t\t|\t\t 0.1299999999999999',
         want={}),
    # ---------------------------------------------------------------- CSRA multi-label classifier (PaddlePaddle port): the bracket counts images, `batch time` is seconds per batch
    dict(fw='Paddle ad-hoc', src='https://github.com/CuberrChen/CSRA-Paddle/blob/1c9d813dea1dee311c3a105a84d87b0a81f96440/output/train.log',
         line='Epoch 1[16/5011]: loss:0.71410, lr:0.00000, batch time:0.4156, data time:1.6631',
         want={"TrainLoss": 0.71410, "StepTime": 415.6}, optional={"Step": 16}),
    dict(fw='Paddle ad-hoc', src='https://github.com/CuberrChen/CSRA-Paddle/blob/1c9d813dea1dee311c3a105a84d87b0a81f96440/output/train.log',
         line='Epoch 3[3216/5011]: loss:0.04774, lr:0.01000, batch time:0.3094, data time:0.0002',
         want={"TrainLoss": 0.04774, "StepTime": 309.4}, optional={"Step": 3216}),
    # wall time of the whole epoch
    dict(fw='Paddle ad-hoc', src='https://github.com/CuberrChen/CSRA-Paddle/blob/1c9d813dea1dee311c3a105a84d87b0a81f96440/output/train.log',
         line='Epoch 1 training ends, total 98.49s',
         want={}),
    # ---------------------------------------------------------------- Kaggle phrase-matching notebook loop (k-fold DeBERTa): per-epoch averages
    dict(fw='ad-hoc epoch print', src='https://github.com/Auyin111/Kaggle-NLP-Phrase-Matching-competition-/blob/75abd09432df317ab2b9d8773cdde406c003523a/output/train.log',
         line='Epoch 1 - avg_train_loss: 0.6962  avg_val_loss: 0.6354  time: 20s',
         want={"TrainLoss": 0.6962, "ValLoss": 0.6354}),
    dict(fw='ad-hoc epoch print', src='https://github.com/Auyin111/Kaggle-NLP-Phrase-Matching-competition-/blob/75abd09432df317ab2b9d8773cdde406c003523a/output/train.log',
         line='Epoch 6 - avg_train_loss: 0.5047  avg_val_loss: 0.5639  time: 380s',
         want={"TrainLoss": 0.5047, "ValLoss": 0.5639}),
    # ---------------------------------------------------------------- Transolver++ (neural PDE surrogate, Kaggle): validation every tenth epoch as MSE and relative L2
    dict(fw='ad-hoc logging', src='https://github.com/jasraj-jsa/Transolver_plus/blob/a5faef719f9dde0f2707b9e623049a550a580bc6/output/train.log',
         line='2026-06-12 11:39:50,310 - Epoch 0/199  train_loss=0.190845  val_mse=0.139588  val_l2re=0.378898  epoch_time=210.3s',
         want={"TrainLoss": 0.190845}, optional={"ValLoss": 0.139588}),
    dict(fw='ad-hoc logging', src='https://github.com/jasraj-jsa/Transolver_plus/blob/a5faef719f9dde0f2707b9e623049a550a580bc6/output/train.log',
         line='2026-06-12 11:43:21,364 - Epoch 1/199  train_loss=0.107462  epoch_time=211.0s',
         want={"TrainLoss": 0.107462}),
    # ---------------------------------------------------------------- DBNet.pytorch (text detection, resumed at epoch 38): `time` covers the last `log_iter` batches, which the line does not say
    # first batch after the resume: slow
    dict(fw='DBNet.pytorch', src='https://github.com/JessicaAuditore/DBNet/blob/4a7f780f805ad0b140202e6df5f3143f8242b1ea/output/train.log',
         line='2020-12-07 21:16:28,406 DBNet INFO: [38/200], [1/604], global_step: 13099, speed: 0.4 samples/sec, acc: 0.9211, iou_shrink_map: 0.8291, loss: 0.9737, loss_shrink_maps: 0.2505, loss_threshold_maps: 0.0523, loss_binary_maps: 0.2007, , lr:0.000847883, time:25.74',
         want={"Step": 13099, "SamplesPerSecond": 0.4, "TrainLoss": 0.9737}, optional={"StepTime": 25740}),
    dict(fw='DBNet.pytorch', src='https://github.com/JessicaAuditore/DBNet/blob/4a7f780f805ad0b140202e6df5f3143f8242b1ea/output/train.log',
         line='2020-12-07 21:16:29,132 DBNet INFO: [38/200], [2/604], global_step: 13100, speed: 13.8 samples/sec, acc: 0.9348, iou_shrink_map: 0.8448, loss: 0.8809, loss_shrink_maps: 0.2057, loss_threshold_maps: 0.0516, loss_binary_maps: 0.1589, , lr:0.000847883, time:0.73',
         want={"Step": 13100, "SamplesPerSecond": 13.8, "TrainLoss": 0.8809}, optional={"StepTime": 730}),
    # end-of-epoch summary
    dict(fw='DBNet.pytorch', src='https://github.com/JessicaAuditore/DBNet/blob/4a7f780f805ad0b140202e6df5f3143f8242b1ea/output/train.log',
         line='2020-12-06 09:21:08,078 DBNet INFO: [1/200], train_loss: 10.8742, time: 13.2705, lr: 0.0003333333333333333',
         want={"TrainLoss": 10.8742}),
    # the best model so far, with no model yet: an inf placeholder loss and a trailing blank
    dict(fw='DBNet.pytorch', src='https://github.com/JessicaAuditore/DBNet/blob/4a7f780f805ad0b140202e6df5f3143f8242b1ea/output/train.log',
         line='2020-12-06 09:21:47,666 DBNet INFO: current best:recall: 0.000000, precision: 0.000000, hmean: 0.000000, train_loss: inf, best_model_epoch: 0.000000, ',
         want={}),
    # ---------------------------------------------------------------- MonoTransQuest-style critical-error detector (XLM-R, custom logger with pipes)
    dict(fw='ad-hoc logging', src='https://github.com/conanjgz/critical-error-detection-for-MT/blob/965299447eb37ab3ea1be88a2e3734e4b0c01e50/output/train.log',
         line='| 2021-07-08 17:03:07 | INFO | Train Loss: 0.566, tp: 0, fn: 11, fp: 0, tn: 53, Acc: 0.828, Prec: 0.000, Rec: 0.000, F1: 0.453',
         want={"TrainLoss": 0.566}),
    dict(fw='ad-hoc logging', src='https://github.com/conanjgz/critical-error-detection-for-MT/blob/965299447eb37ab3ea1be88a2e3734e4b0c01e50/output/train.log',
         line='| 2021-07-08 17:04:08 | INFO | Validation loss: 0.463, acc: 0.859, F1: 0.462',
         want={"ValLoss": 0.463}),
    # ---------------------------------------------------------------- Transformer en-zh translation (DDP, custom logger): one loss per epoch, BLEU on the dev set
    dict(fw='ad-hoc logging', src='https://github.com/Ma-787639046/NLP_Trans/blob/ab0159b38b72fb770cfccf06eb9b36dd5631e8bd/output/train.log',
         line='[INFO] 2021-12-25 21:43:42,093 : Epoch:  1, loss: 8.836',
         want={"TrainLoss": 8.836}),
    dict(fw='ad-hoc logging', src='https://github.com/Ma-787639046/NLP_Trans/blob/ab0159b38b72fb770cfccf06eb9b36dd5631e8bd/output/train.log',
         line='[INFO] 2021-12-25 22:21:22,858 : Epoch: 10, loss: 4.090',
         want={"TrainLoss": 4.090}),
    # ---------------------------------------------------------------- temporal action detection: localisation and class losses with their total, every 100 steps
    dict(fw='ad-hoc logging', src='https://github.com/Robbie-Luo/video_action_detection/blob/2b687b1a9d5deaf748aa63951eedc16dbe89280b/output/train.log',
         line='2019-12-10 16:37:19,962 INFO     Train step:100/617600,Loc Loss: 0.6838,Cls Loss: 0.7057,Tot Loss: 0.6948',
         want={"Step": 100, "TrainLoss": 0.6948}),
    dict(fw='ad-hoc logging', src='https://github.com/Robbie-Luo/video_action_detection/blob/2b687b1a9d5deaf748aa63951eedc16dbe89280b/output/train.log',
         line='2019-12-10 17:02:54,204 INFO     Train step:10100/617600,Loc Loss: 0.4143,Cls Loss: 0.6554,Tot Loss: 0.5349',
         want={"Step": 10100, "TrainLoss": 0.5349}),
    # validation every 10000 steps, same three losses
    dict(fw='ad-hoc logging', src='https://github.com/Robbie-Luo/video_action_detection/blob/2b687b1a9d5deaf748aa63951eedc16dbe89280b/output/train.log',
         line='2019-12-10 17:02:41,167 INFO     Validation: Loc Loss: 0.4162,Cls Loss: 0.6681,Tot Loss: 0.5422',
         want={"ValLoss": 0.5422}),
    # ---------------------------------------------------------------- DeepSleepNet port: train and valid halves on one line, both with `loss=`
    dict(fw='ad-hoc logging', src='https://github.com/hongnguyen1306/Deepsleepnet_check/blob/fd88d5566c109f18e1c5452f797db7f48cbc006e/output/train.log',
         line='epoch 2 : train (518.37 sec): n=215300, loss=1.609 (0.000), acc=0.199, acc_sklearn=0.199, f1=0.143, f1_weighted=0.143, precision=0.198, precision_weighted=0.198 | valid (3.27 sec): n=5400, loss=1.610 (0.000), acc=0.116, acc_sklearn=0.116, f1=0.041, f1_weighted=0.024, precision=0.023, precision_weighted=0.013',
         want={"TrainLoss": 1.609, "ValLoss": 1.610}),
    # ---------------------------------------------------------------- EMCAD (medical segmentation, Synapse-style script): iteration, epoch, loss, lr with spaced colons
    dict(fw='ad-hoc print', src='https://github.com/Kozmosa/EMCAD-TOM500/blob/ba97b7c170bcab77289381027b48bf8eeaa96ef3/train.out',
         line='iteration 50, epoch 0 : loss : 5.677261, lr: 0.000800',
         want={"Step": 50, "TrainLoss": 5.677261}),
    dict(fw='ad-hoc print', src='https://github.com/Kozmosa/EMCAD-TOM500/blob/ba97b7c170bcab77289381027b48bf8eeaa96ef3/train.out',
         line='iteration 150, epoch 1 : loss : 10.121828, lr: 0.000800',
         want={"Step": 150, "TrainLoss": 10.121828}),
    # ---------------------------------------------------------------- lottery-ticket experiment: key,value pairs flattened into one CSV row per iteration
    dict(fw='ad-hoc CSV', src='https://github.com/desinurch/lottery-ticket-hypothesis/blob/a059d4616f545ab90ea4f5a402d9215839e17483/output/train.log',
         line='iteration,1,train_loss,2.3095510005950928,train_accuracy,0.046875',
         want={"Step": 1, "TrainLoss": 2.3095510005950928}),
    dict(fw='ad-hoc CSV', src='https://github.com/desinurch/lottery-ticket-hypothesis/blob/a059d4616f545ab90ea4f5a402d9215839e17483/output/train.log',
         line='iteration,5,train_loss,2.2982211112976074,train_accuracy,0.15625',
         want={"Step": 5, "TrainLoss": 2.2982211112976074}),
    # ---------------------------------------------------------------- BYOL pre-training (SupCon variant, CIFAR-10): bracketed fields, one line per epoch
    dict(fw='ad-hoc print', src='https://github.com/hyeok-jong/BYOL_v1/blob/fcf0b9c392dd45b535e2e1d6191c06c9d6cb9cf9/train.out',
         line='[epoch:1/1200] [loss:0.23298378779053688] [lr:0.009304] [Time:[2022-08-28 00:11:31]] [total time:0:02:28]',
         want={"TrainLoss": 0.23298378779053688}),
    dict(fw='ad-hoc print', src='https://github.com/hyeok-jong/BYOL_v1/blob/fcf0b9c392dd45b535e2e1d6191c06c9d6cb9cf9/train.out',
         line='[epoch:6/1200] [loss:0.0007742738699913025] [lr:0.005803] [Time:[2022-08-28 00:23:46]] [total time:0:02:27]',
         want={"TrainLoss": 0.0007742738699913025}),
    # ---------------------------------------------------------------- IMON / VTN-style image registration (TensorFlow 1, nohup): `Total time` is seconds per step over the last ten, the line does not say so
    dict(fw='ad-hoc print', src='https://github.com/Silmue/IMON/blob/64ca1532adc429930ef0868f820077d774b78557/train.out',
         line='*Dec01-2035*  2019-12-01 12:59:29 Steps 10, Total time 5.99, data 0.01%. Loss 1.945e+02 lr 1.000e-04',
         want={"Step": 10, "TrainLoss": 1.945e+02}, optional={"StepTime": 5990}),
    dict(fw='ad-hoc print', src='https://github.com/Silmue/IMON/blob/64ca1532adc429930ef0868f820077d774b78557/train.out',
         line='*Dec01-2035*  2019-12-01 13:08:22 Steps 100, Total time 5.98, data 0.01%. Loss 2.996e+01 lr 1.000e-04',
         want={"Step": 100, "TrainLoss": 2.996e+01}, optional={"StepTime": 5980}),
    # ---------------------------------------------------------------- P2I-GAN benchmark (precipitation nowcasting GAN, pipe-separated logging)
    # the global step every 100 steps
    dict(fw='ad-hoc logging', src='https://github.com/NTU-CompHydroMet-Lab/P2I-GAN-benchmark/blob/ce88ca7e0a4a7e355823c7fa650520c7d17ca337/train.out',
         line='2026-01-07 11:07:38,583 | INFO | Epoch 1 | step 100/200000 | loss=0.0789',
         want={"Step": 100, "TrainLoss": 0.0789}),
    # a text progress bar with the in-epoch batch counter, no metric
    dict(fw='ad-hoc logging', src='https://github.com/NTU-CompHydroMet-Lab/P2I-GAN-benchmark/blob/ce88ca7e0a4a7e355823c7fa650520c7d17ca337/train.out',
         line='2026-01-07 11:07:46,615 | INFO | Epoch 1/618 |||||||..............| 34.6% (step 112/324)',
         want={}, optional={"Step": 112}),
    # end of epoch: the epoch's mean loss and the global step
    dict(fw='ad-hoc logging', src='https://github.com/NTU-CompHydroMet-Lab/P2I-GAN-benchmark/blob/ce88ca7e0a4a7e355823c7fa650520c7d17ca337/train.out',
         line='2026-01-07 11:14:59,332 | INFO | Epoch 2 completed | train_loss=0.0655 | global_step=648',
         want={"Step": 648, "TrainLoss": 0.0655}),
    dict(fw='ad-hoc logging', src='https://github.com/NTU-CompHydroMet-Lab/P2I-GAN-benchmark/blob/ce88ca7e0a4a7e355823c7fa650520c7d17ca337/train.out',
         line='2026-01-07 11:15:59,134 | INFO | Validation done | val_loss=0.0593',
         want={"ValLoss": 0.0593}),
    # ---------------------------------------------------------------- facial-expression SSL trainer: the loss dict printed by key, here only `total` (the summed loss), with a trailing blank
    dict(fw='ad-hoc print', src='https://github.com/And1210/FER_SSL/blob/65782f06e41a66c10e213a02e394ca87c2dea1bc/train.out',
         line='[epoch: 2/200, iter: 275/489] total: 1.376570 ',
         want={}, optional={"TrainLoss": 1.376570, "Step": 275}),
    # ---------------------------------------------------------------- PaddleClas (CaiT-XXS-24 on a 100-class subset, resumed run at epoch ~200)
    dict(fw='PaddleClas', src='https://github.com/robinbg/PaddleClas/blob/9142e70631ece123a823e6c24871302e1f2e516c/output/train.log',
         line='[2022/10/08 02:05:01] ppcls INFO: [Train][Epoch 197/400][Iter: 10/98]lr(LinearWarmup): 0.00052539, CELoss: 5.13394, loss: 5.13394, batch_cost: 0.48982s, reader_cost: 0.00024, ips: 261.31966 samples/s, eta: 2:43:07',
         want={"TrainLoss": 5.13394, "StepTime": 489.82, "SamplesPerSecond": 261.31966}, optional={"Step": 10}),
    # the epoch's average train loss
    dict(fw='PaddleClas', src='https://github.com/robinbg/PaddleClas/blob/9142e70631ece123a823e6c24871302e1f2e516c/output/train.log',
         line='[2022/10/08 02:05:44] ppcls INFO: [Train][Epoch 197/400][Avg]CELoss: 4.97876, loss: 4.97876',
         want={"TrainLoss": 4.97876}),
    # the epoch's evaluation average
    dict(fw='PaddleClas', src='https://github.com/robinbg/PaddleClas/blob/9142e70631ece123a823e6c24871302e1f2e516c/output/train.log',
         line='[2022/10/08 02:06:06] ppcls INFO: [Eval][Epoch 197][Avg]CELoss: 3.45302, loss: 3.45302, top1: 0.31598, top5: 0.55280',
         want={"ValLoss": 3.45302}),
    # ---------------------------------------------------------------- BERT sequence-classification fine-tune (hand-written loop): two blanks after each colon, raw float loss
    dict(fw='ad-hoc print', src='https://github.com/WindyAlan/finetune/blob/1e8e50cd3535c730e804c38baa81aee9c113371a/nohup.out',
         line='epoch:  0 loss:  0.6861569285392761',
         want={"TrainLoss": 0.6861569285392761}),
    dict(fw='ad-hoc print', src='https://github.com/WindyAlan/finetune/blob/1e8e50cd3535c730e804c38baa81aee9c113371a/nohup.out',
         line='epoch:  2 loss:  0.0028811171650886536',
         want={"TrainLoss": 0.0028811171650886536}),
]
