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
    # data preparation
    dict(fw='ad-hoc epoch print', src='https://github.com/1tx/CrossForcing/blob/71278d9f469e196b33afc9006264161990acfefc/train.log',
         line='[data] split train : days [0, 731)  共 731 天',
         want={}),
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
    dict(fw='ad-hoc QLoRA', src='https://github.com/Div230/llm_finetune/blob/2b4294fe5c905ef74b14207f0243729ea8162cf4/logs/train.log',
         line='2026-05-22 12:15:41 | INFO | models.model_loader | Estimated model weight memory: 3.55 GB',
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
]
