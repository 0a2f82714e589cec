# A tenth blind held-out set of progress lines for the AI-training pack,
# collected on 2026-12-07 (UTC morning). The lines come from training logs
# that people committed to their repositories (train.out, train.log,
# training.log, nohup.out, log files under logs/ and output/), read byte for
# byte from the repository at the commit named in `src`. No source
# (repository file, issue or pull request) used in heldout.py, fresh.py,
# devset.py, devset2.py or blind.py .. blind9.py was taken again, and no
# repository either. The set was written without looking at the pack or its
# tests, and frozen before it was scored even once.
# Same fields as heldout.py: the framework, where the line was seen, the line
# as printed (tabs, the `\r` that starts a progress-bar refresh, ANSI colour
# codes and trailing blanks kept), the progress metrics it must yield
# (`want`) and metrics it may yield or not (`optional`: an in-epoch batch
# counter, a tqdm bar's rate, an it/s derived from `s/it`, a whole-run
# average, a loss whose meaning the line leaves open). `want={}` marks a line
# that holds no training progress: the pack stays quiet.
# A case holds one record: where several `\r` refreshes share a physical
# line, the refresh the case names, from its `\r` up to the next `\r` or
# newline. StepTime is in milliseconds.
CASES = [
    # ---------------------------------------------------------------- CS336 assignment 5 SFT on math (Qwen2.5-Math, custom loop, Python logging): summed per-step loss and token entropy, eval accuracy every 16 steps
    # the loss is a sum over the micro-batch, not a mean: large but as printed
    dict(fw='ad-hoc logging', src='https://github.com/Tianshi-Xu/assignment5-alignment/blob/791cb632278d5cb7f1227871b7b9cffcc25dcf26/sft.log',
         line='2025-09-16 21:23:51,899 - train - INFO - Step 1 loss: 91.00130462646484 token_entropy: 1.142014503479004',
         want={"Step": 1, "TrainLoss": 91.00130462646484}),
    # eval accuracy only: no loss, no train progress
    dict(fw='ad-hoc logging', src='https://github.com/Tianshi-Xu/assignment5-alignment/blob/791cb632278d5cb7f1227871b7b9cffcc25dcf26/sft.log',
         line='2025-09-16 21:24:40,705 - train - INFO - Step 15 eval_acc: 0.278',
         want={}, optional={"Step": 15}),
    dict(fw='ad-hoc logging', src='https://github.com/Tianshi-Xu/assignment5-alignment/blob/791cb632278d5cb7f1227871b7b9cffcc25dcf26/sft.log',
         line='2025-09-16 21:25:50,768 - train - INFO - Step 47 loss: 123.50415802001953 token_entropy: 0.5904597640037537',
         want={"Step": 47, "TrainLoss": 123.50415802001953}),
    # the best loss over the run, printed once at the end
    dict(fw='ad-hoc logging', src='https://github.com/Tianshi-Xu/assignment5-alignment/blob/791cb632278d5cb7f1227871b7b9cffcc25dcf26/sft.log',
         line='2025-09-16 21:30:43,935 - train - INFO - Best loss: 21.828353881835938',
         want={}),
    # ---------------------------------------------------------------- Mini-Phi3 Chinese SFT with PEFT (DeepSpeed ZeRO bf16, HF Trainer dicts between DeepSpeed checkpoint lines)
    # DeepSpeed engine report before the first update
    dict(fw='HF Trainer', src='https://github.com/CqGao112/CN-Mini-Phi3/blob/4074a0161045ab30257f5fd976d9e8d83db948b7/sft.log',
         line='[2025-02-16 16:20:08,701] [INFO] [logging.py:96:log_dist] [Rank 0] step=0, skipped=0, lr=[0.0], mom=[(0.9, 0.999)]',
         want={"Step": 0}),
    dict(fw='HF Trainer', src='https://github.com/CqGao112/CN-Mini-Phi3/blob/4074a0161045ab30257f5fd976d9e8d83db948b7/sft.log',
         line="{'eval_loss': 4.831025123596191, 'eval_runtime': 103.6796, 'eval_samples_per_second': 1241.073, 'eval_steps_per_second': 5.179, 'epoch': 0.21}",
         want={"ValLoss": 4.831025123596191}),
    dict(fw='HF Trainer', src='https://github.com/CqGao112/CN-Mini-Phi3/blob/4074a0161045ab30257f5fd976d9e8d83db948b7/sft.log',
         line="{'loss': 4.8047, 'grad_norm': 0.10223780572414398, 'learning_rate': 9.772641143408652e-06, 'epoch': 0.25}",
         want={"TrainLoss": 4.8047, "GradNorm": 0.10223780572414398}),
    # a checkpoint directory named after the global step
    dict(fw='HF Trainer', src='https://github.com/CqGao112/CN-Mini-Phi3/blob/4074a0161045ab30257f5fd976d9e8d83db948b7/sft.log',
         line='[2025-02-16 17:26:52,036] [INFO] [torch_checkpoint_engine.py:33:commit] [Torch] Checkpoint global_step300 is ready now!',
         want={}),
    dict(fw='HF Trainer', src='https://github.com/CqGao112/CN-Mini-Phi3/blob/4074a0161045ab30257f5fd976d9e8d83db948b7/sft.log',
         line="{'loss': 4.4832, 'grad_norm': 0.07433570176362991, 'learning_rate': 4.2863180983413744e-07, 'epoch': 1.74}",
         want={"TrainLoss": 4.4832, "GradNorm": 0.07433570176362991}),
    # ---------------------------------------------------------------- Qwen code-cleaning SFT (HF Trainer, 4 GPUs, tqdm in a file: refreshes with `\r`, a nested eval bar with cursor-up codes)
    dict(fw='HF Trainer', src='https://github.com/iiicellled/Clean-Code-Qwen/blob/e1b4f8ea8889a80ff905354c5ffa390c034804e3/sft.log',
         line='\r  1%|          | 1/181 [00:10<31:01, 10.34s/it]',
         want={}, optional={"Step": 1, "IterationsPerSecond": 1 / 10.34}),
    # the logged dict glued to the bar refresh it interrupted
    dict(fw='HF Trainer', src='https://github.com/iiicellled/Clean-Code-Qwen/blob/e1b4f8ea8889a80ff905354c5ffa390c034804e3/sft.log',
         line="\r 55%|█████▌    | 100/181 [16:15<13:08,  9.73s/it]{'loss': 0.6156, 'grad_norm': 0.18200547993183136, 'learning_rate': 1.7976806327455507e-05, 'epoch': 0.06}",
         want={"TrainLoss": 0.6156, "GradNorm": 0.18200547993183136}, optional={"Step": 100, "IterationsPerSecond": 1 / 9.73}),
    # the nested evaluation bar (ends with ESC [A): its rate is the eval loop's
    dict(fw='HF Trainer', src='https://github.com/iiicellled/Clean-Code-Qwen/blob/e1b4f8ea8889a80ff905354c5ffa390c034804e3/sft.log',
         line='\r 31%|███       | 31/100 [00:13<00:30,  2.27it/s]\x1b[A',
         want={}, optional={"Step": 31, "IterationsPerSecond": 2.27}),
    dict(fw='HF Trainer', src='https://github.com/iiicellled/Clean-Code-Qwen/blob/e1b4f8ea8889a80ff905354c5ffa390c034804e3/sft.log',
         line="{'loss': 0.4038, 'grad_norm': 0.2180682122707367, 'learning_rate': 1.4501886384763462e-09, 'epoch': 0.99}",
         want={"TrainLoss": 0.4038, "GradNorm": 0.2180682122707367}),
    # end-of-training summary: whole-run averages
    dict(fw='HF Trainer', src='https://github.com/iiicellled/Clean-Code-Qwen/blob/e1b4f8ea8889a80ff905354c5ffa390c034804e3/sft.log',
         line="{'train_runtime': 1810.426, 'train_samples_per_second': 0.8, 'train_steps_per_second': 0.1, 'train_loss': 0.48589169682718775, 'epoch': 1.0}",
         want={}, optional={"TrainLoss": 0.48589169682718775, "SamplesPerSecond": 0.8, "IterationsPerSecond": 0.1}),
    # ---------------------------------------------------------------- LLaVA fine-tune on an esoteric-image set (DeepSpeed ZeRO-3, HF Trainer dicts without grad_norm, 20 epochs)
    dict(fw='HF Trainer', src='https://github.com/yunsaijc/Eso-LLaVA/blob/54fbe9d820fefe1eb8b95a3875c5d9b681e42129/sft.log',
         line="{'loss': 0.7407, 'learning_rate': 3.3898305084745763e-06, 'epoch': 0.01}",
         want={"TrainLoss": 0.7407}),
    dict(fw='HF Trainer', src='https://github.com/yunsaijc/Eso-LLaVA/blob/54fbe9d820fefe1eb8b95a3875c5d9b681e42129/sft.log',
         line="{'loss': 0.1012, 'learning_rate': 0.00015529050966599012, 'epoch': 6.68}",
         want={"TrainLoss": 0.1012}),
    # a ZeRO-3 prefetch notice that names a step: not a progress record
    dict(fw='HF Trainer', src='https://github.com/yunsaijc/Eso-LLaVA/blob/54fbe9d820fefe1eb8b95a3875c5d9b681e42129/sft.log',
         line='Invalidate trace cache @ step 595: expected module 4, but got module 3',
         want={}),
    dict(fw='HF Trainer', src='https://github.com/yunsaijc/Eso-LLaVA/blob/54fbe9d820fefe1eb8b95a3875c5d9b681e42129/sft.log',
         line="{'loss': 0.0003, 'learning_rate': 0.0, 'epoch': 20.0}",
         want={"TrainLoss": 0.0003}),
    # end-of-training summary: whole-run averages
    dict(fw='HF Trainer', src='https://github.com/yunsaijc/Eso-LLaVA/blob/54fbe9d820fefe1eb8b95a3875c5d9b681e42129/sft.log',
         line="{'train_runtime': 38093.4478, 'train_samples_per_second': 1.021, 'train_steps_per_second': 0.051, 'train_loss': 0.10837123440780896, 'epoch': 20.0}",
         want={}, optional={"TrainLoss": 0.10837123440780896, "SamplesPerSecond": 1.021, "IterationsPerSecond": 0.051}),
    # ---------------------------------------------------------------- DeepSeek-MoE SFT (HF Trainer run header, tqdm written line by line)
    # the run header: a planned total, not progress
    dict(fw='HF Trainer', src='https://github.com/ywhijn/moe-project-7101/blob/dde2d18f6116abdc6804a8801095f10ce6892449/sft.log',
         line='[INFO|trainer.py:2321] 2024-12-04 06:05:15,244 >>   Total optimization steps = 28',
         want={}),
    dict(fw='HF Trainer', src='https://github.com/ywhijn/moe-project-7101/blob/dde2d18f6116abdc6804a8801095f10ce6892449/sft.log',
         line='  4%|▎         | 1/28 [00:31<14:22, 31.96s/it]',
         want={}, optional={"Step": 1, "IterationsPerSecond": 1 / 31.96}),
    # ---------------------------------------------------------------- nanochat-style GPT pretraining on TinyStories (d12, Muon matrix lr, one-minute smoke run)
    dict(fw='nanochat', src='https://github.com/adeelmahmood/nanogpt-to-chat/blob/22cd17ca5242784ed456bc580363d28638632350/run.log',
         line='Total batch size: 4096',
         want={}),
    # `total time` is wall time since start, not a step time
    dict(fw='nanochat', src='https://github.com/adeelmahmood/nanogpt-to-chat/blob/22cd17ca5242784ed456bc580363d28638632350/run.log',
         line='step: 00000/19073 | loss: 10.8260 | matrix lr 5.0242e-07 | time: 1160.38ms | tok-sec: 3529.88 | total time: 1.16s | eta: 368.8m | total tokens: 4,096',
         want={"Step": 0, "TrainLoss": 10.8260, "StepTime": 1160.38, "TokensPerSecond": 3529.88}),
    dict(fw='nanochat', src='https://github.com/adeelmahmood/nanogpt-to-chat/blob/22cd17ca5242784ed456bc580363d28638632350/run.log',
         line='step: 00006/19073 | loss: 10.8008 | matrix lr 3.5169e-06 | time: 1014.05ms | tok-sec: 4039.25 | total time: 7.46s | eta: 338.5m | total tokens: 28,672',
         want={"Step": 6, "TrainLoss": 10.8008, "StepTime": 1014.05, "TokensPerSecond": 4039.25}),
    dict(fw='nanochat', src='https://github.com/adeelmahmood/nanogpt-to-chat/blob/22cd17ca5242784ed456bc580363d28638632350/run.log',
         line='step: 00009/19073 | loss: 10.7820 | matrix lr 5.0242e-06 | time: 1002.27ms | tok-sec: 4086.71 | total time: 10.49s | eta: 333.1m | total tokens: 40,960',
         want={"Step": 9, "TrainLoss": 10.7820, "StepTime": 1002.27, "TokensPerSecond": 4086.71}),
    # the last loss repeated as a summary
    dict(fw='nanochat', src='https://github.com/adeelmahmood/nanogpt-to-chat/blob/22cd17ca5242784ed456bc580363d28638632350/run.log',
         line='Final train loss: 10.7820',
         want={}, optional={"TrainLoss": 10.7820}),
    # ---------------------------------------------------------------- verl GRPO for translation (Qwen, Ray actor prefixes in colour): reward prints between steps, the Training Progress bar
    # a sampled rollout's reward score
    dict(fw='verl', src='https://github.com/LeiLiLab/WALAR/blob/8c9daf241617f86daf20977f77aa9edb15247352/grpo.log',
         line='\x1b[36m(TaskRunner pid=1651349)\x1b[0m [score] -3.390625',
         want={}),
    dict(fw='verl', src='https://github.com/LeiLiLab/WALAR/blob/8c9daf241617f86daf20977f77aa9edb15247352/grpo.log',
         line='\rTraining Progress:   0%|          | 32/15625 [35:44<288:48:32, 66.68s/it]',
         want={}, optional={"Step": 32, "IterationsPerSecond": 1 / 66.68}),
    # ---------------------------------------------------------------- MMPretrain ConvNeXt-V2 tiny on a small classification set (MMEngine logger, 137 iters an epoch)
    # [epoch][iter/iters-per-epoch]: the iteration is in-epoch; `time` is seconds per iteration but the line does not say so
    dict(fw='MMEngine', src='https://github.com/qianlian-mozi/period2_mmpretrain_work2/blob/5deb17a12e297179f932144b55320d12fe9ed1fe/train_log.log',
         line='2023/06/06 21:59:33 - mmengine - INFO - Epoch(train)   [1][100/137]  lr: 1.9051e-06  eta: 2:11:38  time: 0.1868  data_time: 0.0008  memory: 5806  loss: 3.5246',
         want={"TrainLoss": 3.5246}, optional={"Step": 100, "StepTime": 186.8}),
    # validation accuracy only
    dict(fw='MMEngine', src='https://github.com/qianlian-mozi/period2_mmpretrain_work2/blob/5deb17a12e297179f932144b55320d12fe9ed1fe/train_log.log',
         line='2023/06/06 21:59:43 - mmengine - INFO - Epoch(val) [1][17/17]    accuracy/top1: 3.4323  accuracy/top5: 14.5640  data_time: 0.0471  time: 0.1634',
         want={}),
    dict(fw='MMEngine', src='https://github.com/qianlian-mozi/period2_mmpretrain_work2/blob/5deb17a12e297179f932144b55320d12fe9ed1fe/train_log.log',
         line='2023/06/06 21:59:43 - mmengine - INFO - The best checkpoint with 3.4323 accuracy/top1 at 1 epoch is saved to best_accuracy_top1_epoch_1.pth.',
         want={}),
    dict(fw='MMEngine', src='https://github.com/qianlian-mozi/period2_mmpretrain_work2/blob/5deb17a12e297179f932144b55320d12fe9ed1fe/train_log.log',
         line='2023/06/06 22:22:54 - mmengine - INFO - Epoch(train)  [47][100/137]  lr: 9.9882e-05  eta: 1:51:21  time: 0.1914  data_time: 0.0008  memory: 5806  loss: 2.3297',
         want={"TrainLoss": 2.3297}, optional={"Step": 100, "StepTime": 191.4}),
    dict(fw='MMEngine', src='https://github.com/qianlian-mozi/period2_mmpretrain_work2/blob/5deb17a12e297179f932144b55320d12fe9ed1fe/train_log.log',
         line='2023/06/06 23:10:33 - mmengine - INFO - Epoch(train) [141][100/137]  lr: 7.0957e-05  eta: 1:10:00  time: 0.1899  data_time: 0.0008  memory: 5806  loss: 1.8900',
         want={"TrainLoss": 1.8900}, optional={"Step": 100, "StepTime": 189.9}),
    # ---------------------------------------------------------------- TRL DPO on a Qwen chat model (diverged run: NaN rewards and log-probs, an exploding loss)
    dict(fw='TRL', src='https://github.com/sugarandgugu/Simple-Trl-Training/blob/c20a2b02feb5235d4b19c87f8f95782afba91052/train_log.log',
         line=' 27%|██▋       | 47/175 [21:11<57:39, 27.02s/it]',
         want={}, optional={"Step": 47, "IterationsPerSecond": 1 / 27.02}),
    # the DPO loss as printed, however large; the NaN reward fields yield nothing
    dict(fw='TRL', src='https://github.com/sugarandgugu/Simple-Trl-Training/blob/c20a2b02feb5235d4b19c87f8f95782afba91052/train_log.log',
         line="{'loss': 2451616399.36, 'learning_rate': 0.00025, 'rewards/chosen': nan, 'rewards/rejected': nan, 'rewards/accuracies': 0.008750000037252903, 'rewards/margins': nan, 'logps/rejected': nan, 'logps/chosen': nan, 'logits/rejected': nan, 'logits/chosen': nan, 'epoch': 0.28}",
         want={"TrainLoss": 2451616399.36}),
    dict(fw='TRL', src='https://github.com/sugarandgugu/Simple-Trl-Training/blob/c20a2b02feb5235d4b19c87f8f95782afba91052/train_log.log',
         line="{'loss': 0.0, 'learning_rate': 0.0005, 'rewards/chosen': nan, 'rewards/rejected': nan, 'rewards/accuracies': 0.0, 'rewards/margins': nan, 'logps/rejected': nan, 'logps/chosen': nan, 'logits/rejected': nan, 'logits/chosen': nan, 'epoch': 0.57}",
         want={"TrainLoss": 0.0}),
    # end-of-training summary: whole-run averages
    dict(fw='TRL', src='https://github.com/sugarandgugu/Simple-Trl-Training/blob/c20a2b02feb5235d4b19c87f8f95782afba91052/train_log.log',
         line="{'train_runtime': 4730.6083, 'train_samples_per_second': 0.594, 'train_steps_per_second': 0.037, 'train_loss': 700461828.3885714, 'epoch': 1.0}",
         want={}, optional={"TrainLoss": 700461828.3885714, "SamplesPerSecond": 0.594, "IterationsPerSecond": 0.037}),
    # ---------------------------------------------------------------- UniMERNet formula recognition fine-tune (LAVIS-style MetricLogger, one short epoch)
    # the epoch average, flushed before the iteration lines that made it
    dict(fw='LAVIS MetricLogger', src='https://github.com/dophison/Nhom11_UniMERNet/blob/171c8939e6e7f80f780eb476f57572bf430e0364/train_log.log',
         line='2026-03-27 20:11:59,276 [INFO] Averaged stats: lr: 0.0000  loss: 1.7296',
         want={}, optional={"TrainLoss": 1.7296}),
    # in-epoch iteration; `time` is seconds per iteration, unit not printed
    dict(fw='LAVIS MetricLogger', src='https://github.com/dophison/Nhom11_UniMERNet/blob/171c8939e6e7f80f780eb476f57572bf430e0364/train_log.log',
         line='Train: data epoch: [0]; inner epoch [0]  [ 0/25]  eta: 0:02:10  lr: 0.000001  loss: 2.7380  time: 5.2060  data: 0.0000  max mem: 15409',
         want={"TrainLoss": 2.7380}, optional={"Step": 0, "StepTime": 5206.0}),
    dict(fw='LAVIS MetricLogger', src='https://github.com/dophison/Nhom11_UniMERNet/blob/171c8939e6e7f80f780eb476f57572bf430e0364/train_log.log',
         line='Train: data epoch: [0]; inner epoch [0]  [24/25]  eta: 0:00:00  lr: 0.000048  loss: 1.2076  time: 0.1914  data: 0.0000  max mem: 22623',
         want={"TrainLoss": 1.2076}, optional={"Step": 24, "StepTime": 191.4}),
    # epoch total and average seconds per iteration
    dict(fw='LAVIS MetricLogger', src='https://github.com/dophison/Nhom11_UniMERNet/blob/171c8939e6e7f80f780eb476f57572bf430e0364/train_log.log',
         line='Train: data epoch: [0]; inner epoch [0] Total time: 0:00:09 (0.3974 s / it)',
         want={}, optional={"StepTime": 397.4, "IterationsPerSecond": 1 / 0.3974}),
    # ---------------------------------------------------------------- CleanRL-style PPO on Atari (bilevel variant): one line per finished episode
    # `global step` counts environment frames, not optimizer updates; the return is not a training metric
    dict(fw='CleanRL PPO', src='https://github.com/Arnie-He/BLPO/blob/17b1fb7330edb13dcb89109a2732ac7382fc7c54/ppo.log',
         line='global step=112, episodic return=3.0',
         want={}, optional={"Step": 112}),
    dict(fw='CleanRL PPO', src='https://github.com/Arnie-He/BLPO/blob/17b1fb7330edb13dcb89109a2732ac7382fc7c54/ppo.log',
         line='global step=9993024, episodic return=177.0',
         want={}, optional={"Step": 9993024}),
    # ---------------------------------------------------------------- ManiSkill PPO (PushT, 2048 GPU envs): epoch headers, evaluation rollouts, environment steps per second
    # `global_step` counts environment steps
    dict(fw='ManiSkill PPO', src='https://github.com/Swahaha/ContextualManiskill/blob/e1e5a7091a6213d5a39b84810c8be09f65876eb5/ppo.log',
         line='Epoch: 1, global_step=0',
         want={}, optional={"Step": 0}),
    dict(fw='ManiSkill PPO', src='https://github.com/Swahaha/ContextualManiskill/blob/e1e5a7091a6213d5a39b84810c8be09f65876eb5/ppo.log',
         line='Total reward during evaluation: 45.29743546247482',
         want={}),
    # SPS: environment steps per second
    dict(fw='ManiSkill PPO', src='https://github.com/Swahaha/ContextualManiskill/blob/e1e5a7091a6213d5a39b84810c8be09f65876eb5/ppo.log',
         line='SPS: 10133',
         want={}, optional={"SamplesPerSecond": 10133}),
    # ---------------------------------------------------------------- GPT from zero (BPE tokenizer and a tiny GPT, loguru logger): step loss every 100 steps, epoch averages, checkpoints
    dict(fw='ad-hoc loguru', src='https://github.com/DanielPuentee/gpt-from-zero/blob/d1b7619a402778b70301e5ba924331df8dcd463e/logs/pretrain.log',
         line='2026-02-03 13:24:36.939 | INFO     | __main__:train:172 - Step 100, Loss: 6.2713',
         want={"Step": 100, "TrainLoss": 6.2713}),
    # an epoch average
    dict(fw='ad-hoc loguru', src='https://github.com/DanielPuentee/gpt-from-zero/blob/d1b7619a402778b70301e5ba924331df8dcd463e/logs/pretrain.log',
         line='2026-02-03 13:25:24.716 | INFO     | __main__:train:176 - Epoch 1 completed. Average loss: 4.4899',
         want={}, optional={"TrainLoss": 4.4899}),
    dict(fw='ad-hoc loguru', src='https://github.com/DanielPuentee/gpt-from-zero/blob/d1b7619a402778b70301e5ba924331df8dcd463e/logs/pretrain.log',
         line='2026-02-03 13:25:24.852 | INFO     | __main__:train:197 - Checkpoint saved: checkpoints/model_epoch1.pt',
         want={}),
    # a second run in the same file: the step count starts again
    dict(fw='ad-hoc loguru', src='https://github.com/DanielPuentee/gpt-from-zero/blob/d1b7619a402778b70301e5ba924331df8dcd463e/logs/pretrain.log',
         line='2026-02-03 14:50:44.296 | INFO     | __main__:train:172 - Step 2200, Loss: 2.7271',
         want={"Step": 2200, "TrainLoss": 2.7271}),
    # ---------------------------------------------------------------- DINO-style self-distillation pretraining of a Swin backbone for small-object detection (two GPUs, Korean status lines)
    # Step [i/n] counts batches within the epoch
    dict(fw='ad-hoc print', src='https://github.com/FairyStriker/SmallObjectDetection_KSU/blob/0cef7e93c953f4d45b6c181c806d7989be0a11b8/logs/pretrain.log',
         line='Epoch [1/15] | Step [10/10086] | Loss: 9.0099',
         want={"TrainLoss": 9.0099}, optional={"Step": 10}),
    # "model saved" with an emoji
    dict(fw='ad-hoc print', src='https://github.com/FairyStriker/SmallObjectDetection_KSU/blob/0cef7e93c953f4d45b6c181c806d7989be0a11b8/logs/pretrain.log',
         line='💾 모델 저장 완료: swin_dino_ep2.pth',
         want={}),
    dict(fw='ad-hoc print', src='https://github.com/FairyStriker/SmallObjectDetection_KSU/blob/0cef7e93c953f4d45b6c181c806d7989be0a11b8/logs/pretrain.log',
         line='Epoch [5/15] | Step [6740/10086] | Loss: 3.1175',
         want={"TrainLoss": 3.1175}, optional={"Step": 6740}),
    dict(fw='ad-hoc print', src='https://github.com/FairyStriker/SmallObjectDetection_KSU/blob/0cef7e93c953f4d45b6c181c806d7989be0a11b8/logs/pretrain.log',
         line='Epoch [14/15] | Step [10080/10086] | Loss: 2.6338',
         want={"TrainLoss": 2.6338}, optional={"Step": 10080}),
    # ---------------------------------------------------------------- Keras CNN on Belgian traffic signs (verbose=1 progress lines written one per refresh, 50 epochs)
    dict(fw='Keras', src='https://github.com/Allegra42/ki-keras-belgian-traffic-sign/blob/2d9f68b77322e13d2eef5c5b9aa8c1d748621305/training_log.txt',
         line='Epoch 1/50',
         want={}),
    # a mid-epoch refresh with its trailing blanks: the loss is the running epoch mean; the batch counter is in-epoch
    dict(fw='Keras', src='https://github.com/Allegra42/ki-keras-belgian-traffic-sign/blob/2d9f68b77322e13d2eef5c5b9aa8c1d748621305/training_log.txt',
         line=' 10/285 [>.............................] - ETA: 10s - loss: 4.0357 - acc: 0.0563     ',
         want={"TrainLoss": 4.0357}, optional={"Step": 10}),
    dict(fw='Keras', src='https://github.com/Allegra42/ki-keras-belgian-traffic-sign/blob/2d9f68b77322e13d2eef5c5b9aa8c1d748621305/training_log.txt',
         line='285/285 [==============================] - 9s 33ms/step - loss: 2.6189 - acc: 0.3920 - val_loss: 1.4841 - val_acc: 0.6500',
         want={"TrainLoss": 2.6189, "ValLoss": 1.4841, "StepTime": 33}, optional={"Step": 285}),
    dict(fw='Keras', src='https://github.com/Allegra42/ki-keras-belgian-traffic-sign/blob/2d9f68b77322e13d2eef5c5b9aa8c1d748621305/training_log.txt',
         line='285/285 [==============================] - 7s 24ms/step - loss: 0.2725 - acc: 0.9042 - val_loss: 0.1853 - val_acc: 0.9512',
         want={"TrainLoss": 0.2725, "ValLoss": 0.1853, "StepTime": 24}, optional={"Step": 285}),
    # a test-set score after training
    dict(fw='Keras', src='https://github.com/Allegra42/ki-keras-belgian-traffic-sign/blob/2d9f68b77322e13d2eef5c5b9aa8c1d748621305/training_log.txt',
         line='Score for model: Test loss:  0.18507726524490864',
         want={}, optional={"ValLoss": 0.18507726524490864}),
    # ---------------------------------------------------------------- Keras cats-vs-dogs CNN (flow_from_directory, one summary line per epoch)
    dict(fw='Keras', src='https://github.com/AntoineDW/cat-or-dog-keras/blob/70686a4645f4e4b67e19a3e10424269ffbaed342/training_log.txt',
         line='Found 20000 images belonging to 2 classes.',
         want={}),
    # `1s/step` is a rounded per-step time
    dict(fw='Keras', src='https://github.com/AntoineDW/cat-or-dog-keras/blob/70686a4645f4e4b67e19a3e10424269ffbaed342/training_log.txt',
         line='313/313 [==============================] - 351s 1s/step - loss: 0.6855 - acc: 0.5609 - val_loss: 0.6710 - val_acc: 0.5822',
         want={"TrainLoss": 0.6855, "ValLoss": 0.6710, "StepTime": 1000}, optional={"Step": 313}),
    dict(fw='Keras', src='https://github.com/AntoineDW/cat-or-dog-keras/blob/70686a4645f4e4b67e19a3e10424269ffbaed342/training_log.txt',
         line='313/313 [==============================] - 333s 1s/step - loss: 0.3699 - acc: 0.8366 - val_loss: 0.3820 - val_acc: 0.8350',
         want={"TrainLoss": 0.3699, "ValLoss": 0.3820, "StepTime": 1000}, optional={"Step": 313}),
    # ---------------------------------------------------------------- MiniMind SFT from scratch (one epoch, the remaining epoch time printed in minutes)
    # (i/n) is the batch within the only epoch; epoch_time is the time left, not a step time
    dict(fw='MiniMind', src='https://github.com/Coicozoi/minimind-from-scratch/blob/a1fbaada49352486510b44720ee9d44b6b4d17bf/logs/sft.log',
         line='Epoch:[1/1](50/56608), loss: 2.4945, logits_loss: 2.4945, aux_loss: 0.0000, lr: 0.00001000, epoch_time: 116.0min',
         want={"TrainLoss": 2.4945}, optional={"Step": 50}),
    dict(fw='MiniMind', src='https://github.com/Coicozoi/minimind-from-scratch/blob/a1fbaada49352486510b44720ee9d44b6b4d17bf/logs/sft.log',
         line='Epoch:[1/1](18950/56608), loss: 1.8610, logits_loss: 1.8610, aux_loss: 0.0000, lr: 0.00000773, epoch_time: 73.0min',
         want={"TrainLoss": 1.8610}, optional={"Step": 18950}),
    dict(fw='MiniMind', src='https://github.com/Coicozoi/minimind-from-scratch/blob/a1fbaada49352486510b44720ee9d44b6b4d17bf/logs/sft.log',
         line='Epoch:[1/1](56608/56608), loss: 1.8960, logits_loss: 1.8960, aux_loss: 0.0000, lr: 0.00000100, epoch_time: 0.0min',
         want={"TrainLoss": 1.8960}, optional={"Step": 56608}),
]
