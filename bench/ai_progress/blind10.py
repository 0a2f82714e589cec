# A tenth blind held-out set of progress lines for the AI-training pack,
# collected on 2026-12-07 (UTC morning). Every line comes from a training log
# that people committed to their repositories (sft.log, grpo.log, ppo.log,
# run.log, running_log.txt, training_log.txt, train_log.log, finetune.out,
# yolo.log, logs/train.out, logs/train.log, logs/pretrain.log, logs/sft.log,
# output/log.txt, detectron2's output/metrics.json), read byte for byte from
# the repository at the commit named in `src`. No source (repository file,
# issue or pull request) used in heldout.py, fresh.py, devset.py, devset2.py
# or blind.py .. blind9.py was taken again, and no repository either; no line
# repeats one of theirs. The set was written without looking at the pack or
# its tests and frozen before it was scored even once.
# Same fields as heldout.py: the framework, where the line was seen, the line
# as printed (tabs, the `\r` that starts a progress-bar refresh, the `\r` of
# a CRLF file, ANSI colour codes and trailing blanks kept), the progress
# metrics it must yield (`want`) and metrics it may yield or not
# (`optional`: an in-epoch batch counter, an environment-step counter, a
# tqdm bar's rate, an it/s derived from `s/it`, a time whose unit the line
# does not print, a whole-run or epoch average next to a per-step series, a
# loss whose meaning the line leaves open). `want={}` marks a line that holds
# no training progress: the pack stays quiet. StepTime is in milliseconds.
# A case holds one record: where several `\r` refreshes share a physical
# line, the refresh the case names, from its `\r` up to the next `\r` or
# newline.
CASES = [
    # ---------------------------------------------------------------- CS336 assignment 5 SFT on math (custom loop, Python logging): per-step loss and token entropy, eval accuracy every 16 steps
    # large per-step losses, as printed
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
    dict(fw='ad-hoc logging', src='https://github.com/Tianshi-Xu/assignment5-alignment/blob/791cb632278d5cb7f1227871b7b9cffcc25dcf26/sft.log',
         line='2025-09-16 21:28:29,995 - train - INFO - Step 89 loss: 38.65640640258789 token_entropy: 0.7570770382881165',
         want={"Step": 89, "TrainLoss": 38.65640640258789}),
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
    # ---------------------------------------------------------------- Qwen code-cleaning SFT (HF Trainer, tqdm in a file: refreshes with `\r`, a nested eval bar with cursor-up codes)
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
    # ---------------------------------------------------------------- MoE model SFT (HF Trainer, tqdm written line by line)
    dict(fw='HF Trainer', src='https://github.com/ywhijn/moe-project-7101/blob/dde2d18f6116abdc6804a8801095f10ce6892449/sft.log',
         line='  4%|▎         | 1/28 [00:31<14:22, 31.96s/it]',
         want={}, optional={"Step": 1, "IterationsPerSecond": 1 / 31.96}),
    # ---------------------------------------------------------------- nanochat-style GPT pretraining on TinyStories (d12, Muon matrix lr, one-minute smoke run)
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
         line='2023/06/06 22:22:54 - mmengine - INFO - Epoch(train)  [47][100/137]  lr: 9.9882e-05  eta: 1:51:21  time: 0.1914  data_time: 0.0008  memory: 5806  loss: 2.3297',
         want={"TrainLoss": 2.3297}, optional={"Step": 100, "StepTime": 191.4}),
    dict(fw='MMEngine', src='https://github.com/qianlian-mozi/period2_mmpretrain_work2/blob/5deb17a12e297179f932144b55320d12fe9ed1fe/train_log.log',
         line='2023/06/06 23:10:33 - mmengine - INFO - Epoch(train) [141][100/137]  lr: 7.0957e-05  eta: 1:10:00  time: 0.1899  data_time: 0.0008  memory: 5806  loss: 1.8900',
         want={"TrainLoss": 1.8900}, optional={"Step": 100, "StepTime": 189.9}),
    # ---------------------------------------------------------------- TRL DPO (diverged run: NaN rewards and log-probs, an exploding loss)
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
    # ---------------------------------------------------------------- CleanRL-style PPO (bilevel-optimisation repository): one line per finished episode
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
    # a second run in the same file: the step count starts again
    dict(fw='ad-hoc loguru', src='https://github.com/DanielPuentee/gpt-from-zero/blob/d1b7619a402778b70301e5ba924331df8dcd463e/logs/pretrain.log',
         line='2026-02-03 14:50:44.296 | INFO     | __main__:train:172 - Step 2200, Loss: 2.7271',
         want={"Step": 2200, "TrainLoss": 2.7271}),
    dict(fw='ad-hoc loguru', src='https://github.com/DanielPuentee/gpt-from-zero/blob/d1b7619a402778b70301e5ba924331df8dcd463e/logs/pretrain.log',
         line='2026-02-03 14:53:56.604 | INFO     | __main__:train:172 - Step 7600, Loss: 0.4637',
         want={"Step": 7600, "TrainLoss": 0.4637}),
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
    # a mid-epoch refresh with its trailing blanks: the loss is the running epoch mean; the batch counter is in-epoch
    dict(fw='Keras', src='https://github.com/Allegra42/ki-keras-belgian-traffic-sign/blob/2d9f68b77322e13d2eef5c5b9aa8c1d748621305/training_log.txt',
         line=' 10/285 [>.............................] - ETA: 10s - loss: 4.0357 - acc: 0.0563     ',
         want={"TrainLoss": 4.0357}, optional={"Step": 10}),
    dict(fw='Keras', src='https://github.com/Allegra42/ki-keras-belgian-traffic-sign/blob/2d9f68b77322e13d2eef5c5b9aa8c1d748621305/training_log.txt',
         line='153/285 [===============>..............] - ETA: 6s - loss: 0.2832 - acc: 0.9167',
         want={"TrainLoss": 0.2832}, optional={"Step": 153}),
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
    # `1s/step` is a rounded per-step time
    dict(fw='Keras', src='https://github.com/AntoineDW/cat-or-dog-keras/blob/70686a4645f4e4b67e19a3e10424269ffbaed342/training_log.txt',
         line='313/313 [==============================] - 351s 1s/step - loss: 0.6855 - acc: 0.5609 - val_loss: 0.6710 - val_acc: 0.5822',
         want={"TrainLoss": 0.6855, "ValLoss": 0.6710, "StepTime": 1000}, optional={"Step": 313}),
    dict(fw='Keras', src='https://github.com/AntoineDW/cat-or-dog-keras/blob/70686a4645f4e4b67e19a3e10424269ffbaed342/training_log.txt',
         line='313/313 [==============================] - 333s 1s/step - loss: 0.3699 - acc: 0.8366 - val_loss: 0.3820 - val_acc: 0.8350',
         want={"TrainLoss": 0.3699, "ValLoss": 0.3820, "StepTime": 1000}, optional={"Step": 313}),
    dict(fw='Keras', src='https://github.com/AntoineDW/cat-or-dog-keras/blob/70686a4645f4e4b67e19a3e10424269ffbaed342/training_log.txt',
         line='313/313 [==============================] - 338s 1s/step - loss: 0.3206 - acc: 0.8630 - val_loss: 0.3401 - val_acc: 0.8488',
         want={"TrainLoss": 0.3206, "ValLoss": 0.3401, "StepTime": 1000}, optional={"Step": 313}),
    # ---------------------------------------------------------------- MiniMind SFT from scratch (one epoch, the remaining epoch time printed in minutes)
    # (i/n) is the batch within the only epoch; epoch_time is the time left, not a step time
    dict(fw='MiniMind', src='https://github.com/Coicozoi/minimind-from-scratch/blob/a1fbaada49352486510b44720ee9d44b6b4d17bf/logs/sft.log',
         line='Epoch:[1/1](50/56608), loss: 2.4945, logits_loss: 2.4945, aux_loss: 0.0000, lr: 0.00001000, epoch_time: 116.0min',
         want={"TrainLoss": 2.4945}, optional={"Step": 50}),
    dict(fw='MiniMind', src='https://github.com/Coicozoi/minimind-from-scratch/blob/a1fbaada49352486510b44720ee9d44b6b4d17bf/logs/sft.log',
         line='Epoch:[1/1](18950/56608), loss: 1.8610, logits_loss: 1.8610, aux_loss: 0.0000, lr: 0.00000773, epoch_time: 73.0min',
         want={"TrainLoss": 1.8610}, optional={"Step": 18950}),
    dict(fw='MiniMind', src='https://github.com/Coicozoi/minimind-from-scratch/blob/a1fbaada49352486510b44720ee9d44b6b4d17bf/logs/sft.log',
         line='Epoch:[1/1](37850/56608), loss: 1.8251, logits_loss: 1.8251, aux_loss: 0.0000, lr: 0.00000323, epoch_time: 36.0min',
         want={"TrainLoss": 1.8251}, optional={"Step": 37850}),
    dict(fw='MiniMind', src='https://github.com/Coicozoi/minimind-from-scratch/blob/a1fbaada49352486510b44720ee9d44b6b4d17bf/logs/sft.log',
         line='Epoch:[1/1](56608/56608), loss: 1.8960, logits_loss: 1.8960, aux_loss: 0.0000, lr: 0.00000100, epoch_time: 0.0min',
         want={"TrainLoss": 1.8960}, optional={"Step": 56608}),
    # ---------------------------------------------------------------- LLaMA-Factory LoRA SFT of DeepSeek-LLM-7B-Chat (running_log.txt: HF Trainer lines with a level|time prefix, logs every 10 steps)
    # the run header: the planned total
    dict(fw='LLaMA-Factory', src='https://github.com/LzZzZx328/finetune_LLM/blob/8fa67155fc09b366f6dae425fbe9cbc372805fe9/running_log.txt',
         line='[INFO|2024-11-26 22:07:15] trainer.py:2321 >>   Total optimization steps = 17,000',
         want={}),
    dict(fw='LLaMA-Factory', src='https://github.com/LzZzZx328/finetune_LLM/blob/8fa67155fc09b366f6dae425fbe9cbc372805fe9/running_log.txt',
         line="[INFO|2024-11-26 22:09:01] logging.py:157 >> {'loss': 2.2818, 'learning_rate': 2.5000e-06, 'epoch': 0.29}",
         want={"TrainLoss": 2.2818}),
    dict(fw='LLaMA-Factory', src='https://github.com/LzZzZx328/finetune_LLM/blob/8fa67155fc09b366f6dae425fbe9cbc372805fe9/running_log.txt',
         line="[INFO|2024-11-27 00:52:56] logging.py:157 >> {'loss': 0.9603, 'learning_rate': 4.9944e-05, 'epoch': 26.98}",
         want={"TrainLoss": 0.9603}),
    # the checkpoint directory carries the step number
    dict(fw='LLaMA-Factory', src='https://github.com/LzZzZx328/finetune_LLM/blob/8fa67155fc09b366f6dae425fbe9cbc372805fe9/running_log.txt',
         line='[INFO|2024-11-26 22:43:00] trainer.py:3801 >> Saving model checkpoint to saves/DeepSeek-LLM-7B-Chat/lora/train_2024-11-26-17-59-47/checkpoint-100',
         want={}),
    dict(fw='LLaMA-Factory', src='https://github.com/LzZzZx328/finetune_LLM/blob/8fa67155fc09b366f6dae425fbe9cbc372805fe9/running_log.txt',
         line="[INFO|2024-11-27 06:23:30] logging.py:157 >> {'loss': 0.0330, 'learning_rate': 4.9274e-05, 'epoch': 82.13}",
         want={"TrainLoss": 0.0330}),
    # ---------------------------------------------------------------- detectron2 Faster R-CNN on medical waste (metrics.json: one JSON record per 20 iterations)
    # `time` is seconds per iteration (the key does not say); `iteration` is the global iteration
    dict(fw='detectron2', src='https://github.com/Elbhnasy/Medical_Waste_Detection_Detectron2/blob/13809ac889ec96501503dd83534177abf7e0c8ac/output/metrics.json',
         line='{"data_time": 0.02745667749999825, "eta_seconds": 8898.931698259916, "fast_rcnn/cls_accuracy": 0.056640625, "fast_rcnn/false_negative": 0.0, "fast_rcnn/fg_cls_accuracy": 0.20341435185185186, "iteration": 19, "loss_box_reg": 0.5327318906784058, "loss_cls": 1.8930914402008057, "loss_rpn_cls": 0.3099808841943741, "loss_rpn_loc": 0.03740037605166435, "lr": 1.9310000000000002e-06, "rank_data_time": 0.02745667749999825, "roi_head/num_bg_samples": 51.375, "roi_head/num_fg_samples": 12.625, "rpn/num_neg_anchors": 237.5, "rpn/num_pos_anchors": 18.5, "time": 2.235912486999979, "total_loss": 2.725107299629599}',
         want={"Step": 19, "TrainLoss": 2.725107299629599}, optional={"StepTime": 2235.912486999979}),
    dict(fw='detectron2', src='https://github.com/Elbhnasy/Medical_Waste_Detection_Detectron2/blob/13809ac889ec96501503dd83534177abf7e0c8ac/output/metrics.json',
         line='{"data_time": 0.026477881500113654, "eta_seconds": 7049.67089988028, "fast_rcnn/cls_accuracy": 0.859375, "fast_rcnn/false_negative": 0.375, "fast_rcnn/fg_cls_accuracy": 0.5, "iteration": 1339, "loss_box_reg": 0.7262282073497772, "loss_cls": 0.4192592203617096, "loss_rpn_cls": 0.03685707040131092, "loss_rpn_loc": 0.03597844019532204, "lr": 5e-05, "rank_data_time": 0.026477881500113654, "roi_head/num_bg_samples": 48.0, "roi_head/num_fg_samples": 16.0, "rpn/num_neg_anchors": 235.875, "rpn/num_pos_anchors": 20.125, "time": 2.4276511929999742, "total_loss": 1.1993544893339276}',
         want={"Step": 1339, "TrainLoss": 1.1993544893339276}, optional={"StepTime": 2427.6511929999742}),
    dict(fw='detectron2', src='https://github.com/Elbhnasy/Medical_Waste_Detection_Detectron2/blob/13809ac889ec96501503dd83534177abf7e0c8ac/output/metrics.json',
         line='{"data_time": 0.025103951500113908, "eta_seconds": 3499.7175067799617, "fast_rcnn/cls_accuracy": 0.865234375, "fast_rcnn/false_negative": 0.4364035087719298, "fast_rcnn/fg_cls_accuracy": 0.5375548245614035, "iteration": 2679, "loss_box_reg": 0.6594245433807373, "loss_cls": 0.37916024029254913, "loss_rpn_cls": 0.04123472236096859, "loss_rpn_loc": 0.043533993884921074, "lr": 2.5000000000000006e-06, "rank_data_time": 0.025103951500113908, "roi_head/num_bg_samples": 48.0, "roi_head/num_fg_samples": 16.0, "rpn/num_neg_anchors": 234.625, "rpn/num_pos_anchors": 21.375, "time": 2.442822686999534, "total_loss": 1.1231326246634126}',
         want={"Step": 2679, "TrainLoss": 1.1231326246634126}, optional={"StepTime": 2442.822686999534}),
    # the last record: eta 0.0
    dict(fw='detectron2', src='https://github.com/Elbhnasy/Medical_Waste_Detection_Detectron2/blob/13809ac889ec96501503dd83534177abf7e0c8ac/output/metrics.json',
         line='{"data_time": 0.02382837000004656, "eta_seconds": 0.0, "fast_rcnn/cls_accuracy": 0.880859375, "fast_rcnn/false_negative": 0.28125, "fast_rcnn/fg_cls_accuracy": 0.6484375, "iteration": 3999, "loss_box_reg": 0.6026045083999634, "loss_cls": 0.32085737586021423, "loss_rpn_cls": 0.027786588296294212, "loss_rpn_loc": 0.029877735301852226, "lr": 2.5000000000000006e-06, "rank_data_time": 0.02382837000004656, "roi_head/num_bg_samples": 48.0, "roi_head/num_fg_samples": 16.0, "rpn/num_neg_anchors": 238.5, "rpn/num_pos_anchors": 17.5, "time": 2.4338669990002018, "total_loss": 1.0374564621597528}',
         want={"Step": 3999, "TrainLoss": 1.0374564621597528}, optional={"StepTime": 2433.8669990002018}),
    # ---------------------------------------------------------------- detectron2 short fine-tune (300 iterations; metrics.json)
    dict(fw='detectron2', src='https://github.com/Kevindic0214/detectron2_training/blob/e44fceec8fceafb47b2a9940a1f9f9769dff9054/output/metrics.json',
         line='{"data_time": 0.00434096649996718, "eta_seconds": 99.85930682000799, "fast_rcnn/cls_accuracy": 0.48046875, "fast_rcnn/false_negative": 0.8975, "fast_rcnn/fg_cls_accuracy": 0.10250000000000001, "iteration": 19, "loss_box_reg": 0.6630910933017731, "loss_cls": 0.7249738872051239, "loss_mask": 0.6880131959915161, "loss_rpn_cls": 0.025973767042160034, "loss_rpn_loc": 0.007919535273686051, "lr": 1.60675e-05, "mask_rcnn/accuracy": 0.8588078655498481, "mask_rcnn/false_negative": 0.07168364718548845, "mask_rcnn/false_positive": 0.1501372374747185, "rank_data_time": 0.00434096649996718, "roi_head/num_bg_samples": 103.5, "roi_head/num_fg_samples": 24.5, "rpn/num_neg_anchors": 246.25, "rpn/num_pos_anchors": 9.75, "time": 0.3566403815000285, "total_loss": 2.1678951284848154}',
         want={"Step": 19, "TrainLoss": 2.1678951284848154}, optional={"StepTime": 356.6403815000285}),
    dict(fw='detectron2', src='https://github.com/Kevindic0214/detectron2_training/blob/e44fceec8fceafb47b2a9940a1f9f9769dff9054/output/metrics.json',
         line='{"data_time": 0.004631652499938355, "eta_seconds": 33.51940635000119, "fast_rcnn/cls_accuracy": 0.974609375, "fast_rcnn/false_negative": 0.08403954802259886, "fast_rcnn/fg_cls_accuracy": 0.9159604519774012, "iteration": 199, "loss_box_reg": 0.3253442794084549, "loss_cls": 0.10871168598532677, "loss_mask": 0.10116767510771751, "loss_rpn_cls": 0.021279961802065372, "loss_rpn_loc": 0.010951864067465067, "lr": 0.0001659175, "mask_rcnn/accuracy": 0.9720626894657067, "mask_rcnn/false_negative": 0.016559145630341412, "mask_rcnn/false_positive": 0.05155524846895644, "rank_data_time": 0.004631652499938355, "roi_head/num_bg_samples": 102.25, "roi_head/num_fg_samples": 25.75, "rpn/num_neg_anchors": 241.5, "rpn/num_pos_anchors": 14.5, "time": 0.34271799949999604, "total_loss": 0.6031211027875543}',
         want={"Step": 199, "TrainLoss": 0.6031211027875543}, optional={"StepTime": 342.71799949999604}),
    dict(fw='detectron2', src='https://github.com/Kevindic0214/detectron2_training/blob/e44fceec8fceafb47b2a9940a1f9f9769dff9054/output/metrics.json',
         line='{"data_time": 0.004519335000054525, "eta_seconds": 0.0, "fast_rcnn/cls_accuracy": 0.982421875, "fast_rcnn/false_negative": 0.03573687539531942, "fast_rcnn/fg_cls_accuracy": 0.9642631246046807, "iteration": 299, "loss_box_reg": 0.15100767463445663, "loss_cls": 0.05948913097381592, "loss_mask": 0.09173599630594254, "loss_rpn_cls": 0.009203980909660459, "loss_rpn_loc": 0.007008449640125036, "lr": 0.0002491675, "mask_rcnn/accuracy": 0.9669639916673637, "mask_rcnn/false_negative": 0.0163738719397507, "mask_rcnn/false_positive": 0.04617461632599901, "rank_data_time": 0.004519335000054525, "roi_head/num_bg_samples": 103.5, "roi_head/num_fg_samples": 24.5, "rpn/num_neg_anchors": 246.25, "rpn/num_pos_anchors": 9.75, "time": 0.36708652150002763, "total_loss": 0.3522665523341857}',
         want={"Step": 299, "TrainLoss": 0.3522665523341857}, optional={"StepTime": 367.08652150002763}),
    # ---------------------------------------------------------------- person re-ID baseline (triplet + center loss; yacs config echoed, then iteration lines)
    # LR milestones in the config dump
    dict(fw='reid-baseline', src='https://github.com/AI-Zhpp/CMT/blob/efb7b6a40cf12eda9f45cc48cfa4c23bc239f6e3/output/log.txt',
         line='  STEPS: [50, 70, 90, 110, 130, 150]',
         want={}),
    # in-epoch iteration counter
    dict(fw='reid-baseline', src='https://github.com/AI-Zhpp/CMT/blob/efb7b6a40cf12eda9f45cc48cfa4c23bc239f6e3/output/log.txt',
         line='2024-01-05 17:11:51,638 reid_baseline.train INFO: Epoch[1] Iteration[50/436] Loss: 148.527, Acc: 0.012, Base Lr: 3.82e-05',
         want={"TrainLoss": 148.527}, optional={"Step": 50}),
    # ---------------------------------------------------------------- detectron2 config dump in colour (yaml highlighted with 256-colour codes)
    # a config value, not progress
    dict(fw='detectron2', src='https://github.com/DelinQu/MOCO/blob/459c062539f72200a2e1693d7ba8bc6d15ccebed/output/log.txt',
         line='\x1b[38;5;15m    \x1b[39m\x1b[38;5;197mNUM_ITER\x1b[39m\x1b[38;5;15m:\x1b[39m\x1b[38;5;15m \x1b[39m\x1b[38;5;141m200\x1b[39m',
         want={}),
    # ---------------------------------------------------------------- DETR with a custom attention head (log.txt: one JSON record per epoch, epoch-mean train stats and test stats)
    # epoch-level record: train_loss is the epoch mean, test_loss the evaluation
    dict(fw='DETR', src='https://github.com/FarjadAhmed/detr_custom_dcmha/blob/7cf976fa41ecc42acb237b1b874738ec9edccf31/output/log.txt',
         line='{"train_lr": 9.99999999999901e-05, "train_class_error": 99.82840446772472, "train_loss": 29.48173644657824, "train_loss_bbox": 1.3220363059128377, "train_loss_bbox_0": 1.373778893541906, "train_loss_bbox_1": 1.358670913316909, "train_loss_bbox_2": 1.3383998409524331, "train_loss_bbox_3": 1.3267101733268203, "train_loss_bbox_4": 1.3183237507679328, "train_loss_ce": 1.925596685156712, "train_loss_ce_0": 1.957150590285935, "train_loss_ce_1": 1.937412920879218, "train_loss_ce_2": 1.9334488699017915, "train_loss_ce_3": 1.9300353868507845, "train_loss_ce_4": 1.9288831683984067, "train_loss_giou": 1.6260089386860734, "train_loss_giou_0": 1.6611006761877523, "train_loss_giou_1": 1.6505038329733575, "train_loss_giou_2": 1.6380536817583617, "train_loss_giou_3": 1.6294174858347643, "train_loss_giou_4": 1.6262043388040144, "train_cardinality_error_unscaled": 6.580413905045313, "train_cardinality_error_0_unscaled": 6.546437508453943, "train_cardinality_error_1_unscaled": 6.55026714459624, "train_cardinality_error_2_unscaled": 6.559667929122143, "train_cardinality_error_3_unscaled": 6.578985188692006, "train_cardinality_error_4_unscaled": 6.577970715541729, "train_class_error_unscaled": 99.82840446772472, "train_loss_bbox_unscaled": 0.26440726114588403, "train_loss_bbox_0_unscaled": 0.27475577869185347, "train_loss_bbox_1_unscaled": 0.2717341825972709, "train_loss_bbox_2_unscaled": 0.26767996812094924, "train_loss_bbox_3_unscaled": 0.2653420345345531, "train_loss_bbox_4_unscaled": 0.2636647501154922, "train_loss_ce_unscaled": 1.925596685156712, "train_loss_ce_0_unscaled": 1.957150590285935, "train_loss_ce_1_unscaled": 1.937412920879218, "train_loss_ce_2_unscaled": 1.9334488699017915, "train_loss_ce_3_unscaled": 1.9300353868507845, "train_loss_ce_4_unscaled": 1.9288831683984067, "train_loss_giou_unscaled": 0.8130044693430367, "train_loss_giou_0_unscaled": 0.8305503380938761, "train_loss_giou_1_unscaled": 0.8252519164866787, "train_loss_giou_2_unscaled": 0.8190268408791809, "train_loss_giou_3_unscaled": 0.8147087429173822, "train_loss_giou_4_unscaled": 0.8131021694020072, "test_class_error": 100.0, "test_loss": 53.84050025634765, "test_loss_bbox": 4.0061318351745605, "test_loss_bbox_0": 4.136475848770141, "test_loss_bbox_1": 3.8348402572631834, "test_loss_bbox_2": 3.6388459842681886, "test_loss_bbox_3": 3.9254649559020995, "test_loss_bbox_4": 4.2909192363739015, "test_loss_ce": 2.0766420610427856, "test_loss_ce_0": 2.0729399543762206, "test_loss_ce_1": 2.097200827407837, "test_loss_ce_2": 2.0845877557754515, "test_loss_ce_3": 2.0842770582199095, "test_loss_ce_4": 2.0939522008895874, "test_loss_giou": 3.0115829719543457, "test_loss_giou_0": 3.0624215312957763, "test_loss_giou_1": 2.6796232326507567, "test_loss_giou_2": 2.9430538398742674, "test_loss_giou_3": 2.8864954456329346, "test_loss_giou_4": 2.9150452411651613, "test_cardinality_error_unscaled": 7.267, "test_cardinality_error_0_unscaled": 7.267, "test_cardinality_error_1_unscaled": 7.267, "test_cardinality_error_2_unscaled": 7.267, "test_cardinality_error_3_unscaled": 7.267, "test_cardinality_error_4_unscaled": 7.267, "test_class_error_unscaled": 100.0, "test_loss_bbox_unscaled": 0.8012263671875, "test_loss_bbox_0_unscaled": 0.8272951705932617, "test_loss_bbox_1_unscaled": 0.7669680521011353, "test_loss_bbox_2_unscaled": 0.7277691976547241, "test_loss_bbox_3_unscaled": 0.7850929908752441, "test_loss_bbox_4_unscaled": 0.8581838479995727, "test_loss_ce_unscaled": 2.0766420610427856, "test_loss_ce_0_unscaled": 2.0729399543762206, "test_loss_ce_1_unscaled": 2.097200827407837, "test_loss_ce_2_unscaled": 2.0845877557754515, "test_loss_ce_3_unscaled": 2.0842770582199095, "test_loss_ce_4_unscaled": 2.0939522008895874, "test_loss_giou_unscaled": 1.5057914859771728, "test_loss_giou_0_unscaled": 1.5312107656478882, "test_loss_giou_1_unscaled": 1.3398116163253784, "test_loss_giou_2_unscaled": 1.4715269199371337, "test_loss_giou_3_unscaled": 1.4432477228164673, "test_loss_giou_4_unscaled": 1.4575226205825806, "test_coco_eval_bbox": [1.1089818659285284e-09, 1.1089818659285284e-08, 0.0, 0.0, 1.1706619016044625e-09, 0.0, 1.1598775169342118e-07, 1.1598775169342118e-07, 1.1598775169342118e-07, 0.0, 3.3575073865162504e-07, 0.0], "epoch": 0, "n_parameters": 45037920}',
         want={"TrainLoss": 29.48173644657824, "ValLoss": 53.84050025634765}),
    dict(fw='DETR', src='https://github.com/FarjadAhmed/detr_custom_dcmha/blob/7cf976fa41ecc42acb237b1b874738ec9edccf31/output/log.txt',
         line='{"train_lr": 9.99999999999901e-05, "train_class_error": 99.99924485918538, "train_loss": 27.5140688483518, "train_loss_bbox": 1.162889381158373, "train_loss_bbox_0": 1.1792447735004588, "train_loss_bbox_1": 1.162899929035924, "train_loss_bbox_2": 1.1590866799664468, "train_loss_bbox_3": 1.162653424650991, "train_loss_bbox_4": 1.158645851443105, "train_loss_ce": 1.90012275187827, "train_loss_ce_0": 1.908098534142618, "train_loss_ce_1": 1.9038697497199388, "train_loss_ce_2": 1.9031601784622074, "train_loss_ce_3": 1.9012021163787634, "train_loss_ce_4": 1.900999745669746, "train_loss_giou": 1.5170496090144083, "train_loss_giou_0": 1.5241934738445553, "train_loss_giou_1": 1.5189779413281768, "train_loss_giou_2": 1.5186368093976919, "train_loss_giou_3": 1.5152882963648737, "train_loss_giou_4": 1.5170495933332189, "train_cardinality_error_unscaled": 6.5832544298660896, "train_cardinality_error_0_unscaled": 6.583905383470851, "train_cardinality_error_1_unscaled": 6.584150547815502, "train_cardinality_error_2_unscaled": 6.584057554443392, "train_cardinality_error_3_unscaled": 6.584066008386311, "train_cardinality_error_4_unscaled": 6.582679561747599, "train_class_error_unscaled": 99.99924485918538, "train_loss_bbox_unscaled": 0.23257787630564625, "train_loss_bbox_0_unscaled": 0.23584895477204784, "train_loss_bbox_1_unscaled": 0.2325799857058013, "train_loss_bbox_2_unscaled": 0.23181733596869933, "train_loss_bbox_3_unscaled": 0.2325306849973169, "train_loss_bbox_4_unscaled": 0.23172917036521296, "train_loss_ce_unscaled": 1.90012275187827, "train_loss_ce_0_unscaled": 1.908098534142618, "train_loss_ce_1_unscaled": 1.9038697497199388, "train_loss_ce_2_unscaled": 1.9031601784622074, "train_loss_ce_3_unscaled": 1.9012021163787634, "train_loss_ce_4_unscaled": 1.900999745669746, "train_loss_giou_unscaled": 0.7585248045072042, "train_loss_giou_0_unscaled": 0.7620967369222776, "train_loss_giou_1_unscaled": 0.7594889706640884, "train_loss_giou_2_unscaled": 0.7593184046988459, "train_loss_giou_3_unscaled": 0.7576441481824369, "train_loss_giou_4_unscaled": 0.7585247966666094, "test_class_error": 100.0, "test_loss": 57.89172291870117, "test_loss_bbox": 3.701127053833008, "test_loss_bbox_0": 5.7708444564819334, "test_loss_bbox_1": 4.249477085494995, "test_loss_bbox_2": 5.570822382354736, "test_loss_bbox_3": 4.556812494277954, "test_loss_bbox_4": 3.902135260772705, "test_loss_ce": 2.071443231010437, "test_loss_ce_0": 2.141093263435364, "test_loss_ce_1": 2.085414275932312, "test_loss_ce_2": 2.162748744392395, "test_loss_ce_3": 2.1574370027542114, "test_loss_ce_4": 2.0874089036941528, "test_loss_giou": 2.944876382064819, "test_loss_giou_0": 3.421938525390625, "test_loss_giou_1": 3.2194444942474365, "test_loss_giou_2": 2.6302198291778565, "test_loss_giou_3": 2.5699094425201414, "test_loss_giou_4": 2.648570052719116, "test_cardinality_error_unscaled": 7.267, "test_cardinality_error_0_unscaled": 7.267, "test_cardinality_error_1_unscaled": 7.267, "test_cardinality_error_2_unscaled": 7.267, "test_cardinality_error_3_unscaled": 7.267, "test_cardinality_error_4_unscaled": 7.267, "test_class_error_unscaled": 100.0, "test_loss_bbox_unscaled": 0.7402254115104675, "test_loss_bbox_0_unscaled": 1.1541688920021058, "test_loss_bbox_1_unscaled": 0.8498954165458679, "test_loss_bbox_2_unscaled": 1.1141644770622254, "test_loss_bbox_3_unscaled": 0.9113624980926514, "test_loss_bbox_4_unscaled": 0.7804270523071289, "test_loss_ce_unscaled": 2.071443231010437, "test_loss_ce_0_unscaled": 2.141093263435364, "test_loss_ce_1_unscaled": 2.085414275932312, "test_loss_ce_2_unscaled": 2.162748744392395, "test_loss_ce_3_unscaled": 2.1574370027542114, "test_loss_ce_4_unscaled": 2.0874089036941528, "test_loss_giou_unscaled": 1.4724381910324096, "test_loss_giou_0_unscaled": 1.7109692626953126, "test_loss_giou_1_unscaled": 1.6097222471237183, "test_loss_giou_2_unscaled": 1.3151099145889282, "test_loss_giou_3_unscaled": 1.2849547212600707, "test_loss_giou_4_unscaled": 1.324285026359558, "test_coco_eval_bbox": [5.378633981651878e-09, 3.59774349527976e-08, 0.0, 0.0, 6.020145744823042e-09, 9.756592529572233e-10, 4.059571309269741e-06, 4.059571309269741e-06, 4.059571309269741e-06, 0.0, 1.1415525114155253e-05, 4.5520757465404226e-07], "epoch": 3, "n_parameters": 45037920}',
         want={"TrainLoss": 27.5140688483518, "ValLoss": 57.89172291870117}),
    dict(fw='DETR', src='https://github.com/FarjadAhmed/detr_custom_dcmha/blob/7cf976fa41ecc42acb237b1b874738ec9edccf31/output/log.txt',
         line='{"train_lr": 9.99999999999901e-05, "train_class_error": 99.99799375819141, "train_loss": 27.72094430462943, "train_loss_bbox": 1.1694957636680716, "train_loss_bbox_0": 1.250422337712123, "train_loss_bbox_1": 1.1685142328552767, "train_loss_bbox_2": 1.1646072652977502, "train_loss_bbox_3": 1.1673310076966268, "train_loss_bbox_4": 1.164201452382827, "train_loss_ce": 1.903695975066876, "train_loss_ce_0": 1.9189071789107754, "train_loss_ce_1": 1.9085289533230507, "train_loss_ce_2": 1.9068816905453485, "train_loss_ce_3": 1.9051863591128881, "train_loss_ce_4": 1.904550841551067, "train_loss_giou": 1.522180603766464, "train_loss_giou_0": 1.5715726944029, "train_loss_giou_1": 1.5268007237179488, "train_loss_giou_2": 1.5251180883489441, "train_loss_giou_3": 1.5207774756919963, "train_loss_giou_4": 1.522171677598027, "train_cardinality_error_unscaled": 6.58606113891519, "train_cardinality_error_0_unscaled": 6.588309887731638, "train_cardinality_error_1_unscaled": 6.588276071959962, "train_cardinality_error_2_unscaled": 6.58821689435953, "train_cardinality_error_3_unscaled": 6.587743473556067, "train_cardinality_error_4_unscaled": 6.586103408629785, "train_class_error_unscaled": 99.99799375819141, "train_loss_bbox_unscaled": 0.23389915273099407, "train_loss_bbox_0_unscaled": 0.25008446753859503, "train_loss_bbox_1_unscaled": 0.23370284650030856, "train_loss_bbox_2_unscaled": 0.23292145305854225, "train_loss_bbox_3_unscaled": 0.2334662015604889, "train_loss_bbox_4_unscaled": 0.23284029039110493, "train_loss_ce_unscaled": 1.903695975066876, "train_loss_ce_0_unscaled": 1.9189071789107754, "train_loss_ce_1_unscaled": 1.9085289533230507, "train_loss_ce_2_unscaled": 1.9068816905453485, "train_loss_ce_3_unscaled": 1.9051863591128881, "train_loss_ce_4_unscaled": 1.904550841551067, "train_loss_giou_unscaled": 0.761090301883232, "train_loss_giou_0_unscaled": 0.78578634720145, "train_loss_giou_1_unscaled": 0.7634003618589744, "train_loss_giou_2_unscaled": 0.7625590441744721, "train_loss_giou_3_unscaled": 0.7603887378459981, "train_loss_giou_4_unscaled": 0.7610858387990135, "test_class_error": 100.0, "test_loss": 56.85850631103516, "test_loss_bbox": 3.8578160011291502, "test_loss_bbox_0": 5.823352572631836, "test_loss_bbox_1": 4.193539414978027, "test_loss_bbox_2": 5.469791254806519, "test_loss_bbox_3": 3.8939746925354, "test_loss_bbox_4": 4.090752361679077, "test_loss_ce": 2.0749783098220824, "test_loss_ce_0": 2.1235697244644167, "test_loss_ce_1": 2.0813666954040526, "test_loss_ce_2": 2.149042753791809, "test_loss_ce_3": 2.1347060691833497, "test_loss_ce_4": 2.083586403846741, "test_loss_giou": 2.7109256717681887, "test_loss_giou_0": 3.447190210723877, "test_loss_giou_1": 3.068733688735962, "test_loss_giou_2": 2.396572233581543, "test_loss_giou_3": 2.6114804080963134, "test_loss_giou_4": 2.6471280307769773, "test_cardinality_error_unscaled": 7.267, "test_cardinality_error_0_unscaled": 7.267, "test_cardinality_error_1_unscaled": 7.267, "test_cardinality_error_2_unscaled": 7.267, "test_cardinality_error_3_unscaled": 7.267, "test_cardinality_error_4_unscaled": 7.267, "test_class_error_unscaled": 100.0, "test_loss_bbox_unscaled": 0.7715631999015808, "test_loss_bbox_0_unscaled": 1.1646705135345459, "test_loss_bbox_1_unscaled": 0.8387078835487366, "test_loss_bbox_2_unscaled": 1.0939582528114318, "test_loss_bbox_3_unscaled": 0.7787949374198914, "test_loss_bbox_4_unscaled": 0.8181504730224609, "test_loss_ce_unscaled": 2.0749783098220824, "test_loss_ce_0_unscaled": 2.1235697244644167, "test_loss_ce_1_unscaled": 2.0813666954040526, "test_loss_ce_2_unscaled": 2.149042753791809, "test_loss_ce_3_unscaled": 2.1347060691833497, "test_loss_ce_4_unscaled": 2.083586403846741, "test_loss_giou_unscaled": 1.3554628358840943, "test_loss_giou_0_unscaled": 1.7235951053619385, "test_loss_giou_1_unscaled": 1.534366844367981, "test_loss_giou_2_unscaled": 1.1982861167907715, "test_loss_giou_3_unscaled": 1.3057402040481567, "test_loss_giou_4_unscaled": 1.3235640153884887, "test_coco_eval_bbox": [7.159205282854015e-08, 5.865515461498757e-07, 0.0, 0.0, 2.6346604215456678e-06, 2.4541240320092584e-08, 5.1034610745105326e-06, 5.1034610745105326e-06, 5.1034610745105326e-06, 0.0, 1.0408272898200376e-05, 5.9176984705025504e-06], "epoch": 2, "n_parameters": 45037920}',
         want={"TrainLoss": 27.72094430462943, "ValLoss": 56.85850631103516}),
    # ---------------------------------------------------------------- AWR (advantage-weighted regression): a fixed-width table, header once, one unlabeled row per 50 iterations (CRLF kept)
    # unlabeled columns: nothing on the line names its numbers
    dict(fw='AWR', src='https://github.com/JKinx/awr/blob/e76065e4d16eba5747aa8746a3402e08ceb39237/output/log.txt',
         line='50                       0.023438432150416903     1020000                  -4.0087304078914014      32                       5.621671210974455e-05    10200                    -2.131247802734375       51000                    0.056124143              1.0581532                8.0540056e-05            2.2581594                6735.057                 \r',
         want={}),
    # ---------------------------------------------------------------- ST-GCN on Kinetics skeletons (mmskeleton-style IO printer: tab-indented epoch means, NaN from the first epochs)
    # a NaN epoch-mean loss: no loss metric
    dict(fw='ST-GCN', src='https://github.com/ByeByeChen/st-gcn-master-improved/blob/957e193529982b19f08f0f760f57a388a9c7366b/output/log.txt',
         line='[03.24.23|09:56:31] \tmean_loss: nan',
         want={}),
    # the epoch mean after "Training epoch: 9"; ST-GCN prints the same line after an evaluation
    # epoch too, so the line alone does not say which loss it is
    dict(fw='ST-GCN', src='https://github.com/ByeByeChen/st-gcn-master-improved/blob/957e193529982b19f08f0f760f57a388a9c7366b/output/log.txt',
         line='[03.24.23|15:00:45] \tmean_loss: 2.33565616607666',
         want={}, optional={"TrainLoss": 2.33565616607666, "ValLoss": 2.33565616607666}),
    dict(fw='ST-GCN', src='https://github.com/ByeByeChen/st-gcn-master-improved/blob/957e193529982b19f08f0f760f57a388a9c7366b/output/log.txt',
         line='[03.24.23|15:01:27] \tmean_loss: 1.898101568222046',
         want={}, optional={"TrainLoss": 1.898101568222046, "ValLoss": 1.898101568222046}),
    # evaluation accuracy
    dict(fw='ST-GCN', src='https://github.com/ByeByeChen/st-gcn-master-improved/blob/957e193529982b19f08f0f760f57a388a9c7366b/output/log.txt',
         line='[03.24.23|15:01:06] \tTop1: 20.00%',
         want={}),
    # ---------------------------------------------------------------- Conditional DETR with a Swin backbone (log.txt: one JSON record per epoch, 50 epochs)
    # the last epoch, after the LR drop
    dict(fw='DETR', src='https://github.com/Gaw4Gura/ConditionalSwinDETR/blob/8be356594d2ad31f08f363cd79b622d6e2ed131d/output/log.txt',
         line='{"train_lr": 1.0000000000000546e-05, "train_class_error": 6.848610252807093, "train_loss": 7.941286441390704, "train_loss_bbox": 0.2277911414833074, "train_loss_bbox_0": 0.31139949907005904, "train_loss_bbox_1": 0.2579599636588354, "train_loss_bbox_2": 0.24116309665583893, "train_loss_bbox_3": 0.23359524780433652, "train_loss_bbox_4": 0.22939814040637638, "train_loss_ce": 0.40740028070884293, "train_loss_ce_0": 0.5492834400803347, "train_loss_ce_1": 0.4921759630465369, "train_loss_ce_2": 0.44536322274647305, "train_loss_ce_3": 0.4208258144123119, "train_loss_ce_4": 0.41096281541525775, "train_loss_giou": 0.5771288194450622, "train_loss_giou_0": 0.7340070763944241, "train_loss_giou_1": 0.6327609505041291, "train_loss_giou_2": 0.6017969684592446, "train_loss_giou_3": 0.5878649942207027, "train_loss_giou_4": 0.5804090144451071, "train_cardinality_error_unscaled": 292.62814486676587, "train_cardinality_error_0_unscaled": 292.7794112674151, "train_cardinality_error_1_unscaled": 292.7745925199513, "train_cardinality_error_2_unscaled": 292.73968618963886, "train_cardinality_error_3_unscaled": 292.68521743541186, "train_cardinality_error_4_unscaled": 292.70877012038414, "train_class_error_unscaled": 6.848610252807093, "train_loss_bbox_unscaled": 0.045558228286331645, "train_loss_bbox_0_unscaled": 0.06227989983174889, "train_loss_bbox_1_unscaled": 0.051591992746077675, "train_loss_bbox_2_unscaled": 0.04823261934240463, "train_loss_bbox_3_unscaled": 0.04671904954257594, "train_loss_bbox_4_unscaled": 0.0458796281021365, "train_loss_ce_unscaled": 0.20370014035442147, "train_loss_ce_0_unscaled": 0.27464172004016735, "train_loss_ce_1_unscaled": 0.24608798152326844, "train_loss_ce_2_unscaled": 0.22268161137323653, "train_loss_ce_3_unscaled": 0.21041290720615596, "train_loss_ce_4_unscaled": 0.20548140770762888, "train_loss_giou_unscaled": 0.2885644097225311, "train_loss_giou_0_unscaled": 0.36700353819721204, "train_loss_giou_1_unscaled": 0.31638047525206453, "train_loss_giou_2_unscaled": 0.3008984842296223, "train_loss_giou_3_unscaled": 0.29393249711035135, "train_loss_giou_4_unscaled": 0.29020450722255353, "test_class_error": 6.765796559306379, "test_loss": 7.490421650127862, "test_loss_bbox": 0.20303436713858533, "test_loss_bbox_0": 0.2787055452220356, "test_loss_bbox_1": 0.2263145731946531, "test_loss_bbox_2": 0.21272963542526904, "test_loss_bbox_3": 0.20692828659432383, "test_loss_bbox_4": 0.20420629209794175, "test_loss_ce": 0.39234147675502035, "test_loss_ce_0": 0.5307635977245367, "test_loss_ce_1": 0.4709744299181734, "test_loss_ce_2": 0.42415909783337447, "test_loss_ce_3": 0.4027962178087082, "test_loss_ce_4": 0.39409750133467175, "test_loss_giou": 0.5492619276046753, "test_loss_giou_0": 0.7166365033711869, "test_loss_giou_1": 0.5987453856788123, "test_loss_giou_2": 0.5701126819030164, "test_loss_giou_3": 0.5569302807219874, "test_loss_giou_4": 0.5516838408506717, "test_cardinality_error_unscaled": 292.0601038338658, "test_cardinality_error_0_unscaled": 292.1645367412141, "test_cardinality_error_1_unscaled": 292.12759584664536, "test_cardinality_error_2_unscaled": 292.14117412140575, "test_cardinality_error_3_unscaled": 292.1150159744409, "test_cardinality_error_4_unscaled": 292.1521565495208, "test_class_error_unscaled": 6.765796559306379, "test_loss_bbox_unscaled": 0.04060687344318952, "test_loss_bbox_0_unscaled": 0.05574110910867731, "test_loss_bbox_1_unscaled": 0.045262914555617415, "test_loss_bbox_2_unscaled": 0.04254592702792476, "test_loss_bbox_3_unscaled": 0.04138565731767458, "test_loss_bbox_4_unscaled": 0.040841258348177034, "test_loss_ce_unscaled": 0.19617073837751017, "test_loss_ce_0_unscaled": 0.26538179886226837, "test_loss_ce_1_unscaled": 0.2354872149590867, "test_loss_ce_2_unscaled": 0.21207954891668723, "test_loss_ce_3_unscaled": 0.2013981089043541, "test_loss_ce_4_unscaled": 0.19704875066733588, "test_loss_giou_unscaled": 0.27463096380233765, "test_loss_giou_0_unscaled": 0.35831825168559345, "test_loss_giou_1_unscaled": 0.29937269283940615, "test_loss_giou_2_unscaled": 0.2850563409515082, "test_loss_giou_3_unscaled": 0.2784651403609937, "test_loss_giou_4_unscaled": 0.27584192042533584, "test_coco_eval_bbox": [0.426505715014377, 0.64555621824673, 0.4513423740030123, 0.20974239711441636, 0.4630871409372012, 0.6210440024605949, 0.3440834614175789, 0.5505668094453278, 0.5921796012336283, 0.342040567856504, 0.6505253482908376, 0.8344774867344944], "epoch": 49, "n_parameters": 47331355}',
         want={"TrainLoss": 7.941286441390704, "ValLoss": 7.490421650127862}),
    dict(fw='DETR', src='https://github.com/Gaw4Gura/ConditionalSwinDETR/blob/8be356594d2ad31f08f363cd79b622d6e2ed131d/output/log.txt',
         line='{"train_lr": 9.999999999999121e-05, "train_class_error": 10.61807547863001, "train_loss": 9.804702860180651, "train_loss_bbox": 0.2932071400848887, "train_loss_bbox_0": 0.38651416058809945, "train_loss_bbox_1": 0.32428764081139955, "train_loss_bbox_2": 0.3066153703959114, "train_loss_bbox_3": 0.2993424162782611, "train_loss_bbox_4": 0.2948897718863221, "train_loss_ce": 0.5281047830034395, "train_loss_ce_0": 0.6794672151726411, "train_loss_ce_1": 0.6195330404346824, "train_loss_ce_2": 0.577571138757726, "train_loss_ce_3": 0.5453875220452402, "train_loss_ce_4": 0.5302388260309063, "train_loss_giou": 0.695133619684659, "train_loss_giou_0": 0.8558580938887406, "train_loss_giou_1": 0.749096841305337, "train_loss_giou_2": 0.7170611331923379, "train_loss_giou_3": 0.7046405435350191, "train_loss_giou_4": 0.6977535969919496, "train_cardinality_error_unscaled": 292.5910489652374, "train_cardinality_error_0_unscaled": 292.7888881374273, "train_cardinality_error_1_unscaled": 292.741546057081, "train_cardinality_error_2_unscaled": 292.6821993777898, "train_cardinality_error_3_unscaled": 292.6527965643176, "train_cardinality_error_4_unscaled": 292.6221510212363, "train_class_error_unscaled": 10.61807547863001, "train_loss_bbox_unscaled": 0.058641428003171035, "train_loss_bbox_0_unscaled": 0.07730283211056538, "train_loss_bbox_1_unscaled": 0.06485752813718597, "train_loss_bbox_2_unscaled": 0.06132307408603525, "train_loss_bbox_3_unscaled": 0.05986848326109427, "train_loss_bbox_4_unscaled": 0.058977954367791206, "train_loss_ce_unscaled": 0.2640523915017198, "train_loss_ce_0_unscaled": 0.33973360758632054, "train_loss_ce_1_unscaled": 0.3097665202173412, "train_loss_ce_2_unscaled": 0.288785569378863, "train_loss_ce_3_unscaled": 0.2726937610226201, "train_loss_ce_4_unscaled": 0.26511941301545316, "train_loss_giou_unscaled": 0.3475668098423295, "train_loss_giou_0_unscaled": 0.4279290469443703, "train_loss_giou_1_unscaled": 0.3745484206526685, "train_loss_giou_2_unscaled": 0.35853056659616894, "train_loss_giou_3_unscaled": 0.3523202717675096, "train_loss_giou_4_unscaled": 0.3488767984959748, "test_class_error": 8.943007044137095, "test_loss": 9.070596781782449, "test_loss_bbox": 0.25152596969383595, "test_loss_bbox_0": 0.34465180246974714, "test_loss_bbox_1": 0.2823405073949704, "test_loss_bbox_2": 0.26376263554484697, "test_loss_bbox_3": 0.25453403377875733, "test_loss_bbox_4": 0.25163238612226785, "test_loss_ce": 0.4769755014405845, "test_loss_ce_0": 0.6407735465814511, "test_loss_ce_1": 0.5680435095160914, "test_loss_ce_2": 0.5251700135465628, "test_loss_ce_3": 0.49312062737659906, "test_loss_ce_4": 0.47952989800669515, "test_loss_giou": 0.6592270663371101, "test_loss_giou_0": 0.8410123777084838, "test_loss_giou_1": 0.7218880870471747, "test_loss_giou_2": 0.6842553957392232, "test_loss_giou_3": 0.671168431782494, "test_loss_giou_4": 0.6609849400413684, "test_cardinality_error_unscaled": 291.72623801916933, "test_cardinality_error_0_unscaled": 292.3214856230032, "test_cardinality_error_1_unscaled": 292.1128194888179, "test_cardinality_error_2_unscaled": 292.06569488817894, "test_cardinality_error_3_unscaled": 292.0117811501597, "test_cardinality_error_4_unscaled": 291.90115814696486, "test_class_error_unscaled": 8.943007044137095, "test_loss_bbox_unscaled": 0.05030519380784644, "test_loss_bbox_0_unscaled": 0.06893036055107848, "test_loss_bbox_1_unscaled": 0.056468101521840876, "test_loss_bbox_2_unscaled": 0.0527525270780245, "test_loss_bbox_3_unscaled": 0.05090680672004581, "test_loss_bbox_4_unscaled": 0.050326477367276204, "test_loss_ce_unscaled": 0.23848775072029224, "test_loss_ce_0_unscaled": 0.32038677329072557, "test_loss_ce_1_unscaled": 0.2840217547580457, "test_loss_ce_2_unscaled": 0.2625850067732814, "test_loss_ce_3_unscaled": 0.24656031368829953, "test_loss_ce_4_unscaled": 0.23976494900334758, "test_loss_giou_unscaled": 0.3296135331685551, "test_loss_giou_0_unscaled": 0.4205061888542419, "test_loss_giou_1_unscaled": 0.36094404352358733, "test_loss_giou_2_unscaled": 0.3421276978696116, "test_loss_giou_3_unscaled": 0.335584215891247, "test_loss_giou_4_unscaled": 0.3304924700206842, "test_coco_eval_bbox": [0.33295975612865203, 0.5459828507940792, 0.34366368235641076, 0.13989433082721947, 0.3600393956380859, 0.5168369516951944, 0.29686985246009817, 0.47085098400965864, 0.5141185441885224, 0.2508400266996884, 0.5677679745135754, 0.7649758103738943], "epoch": 16, "n_parameters": 47331355}',
         want={"TrainLoss": 9.804702860180651, "ValLoss": 9.070596781782449}),
    # ---------------------------------------------------------------- YOLO detector from scratch (custom loop, Python logging with a bracketed prefix; a broken mAP print)
    # a function object printed instead of a number
    dict(fw='ad-hoc logging', src='https://github.com/tianlianghai/YOLOpull/blob/9022603be28261ccf929d53c0cf025c13ddcd95f/yolo.log',
         line='[INFO 12/08/2022 01:34:28 AM Train mAP: <function mean_average_precision at 0x7fa8c219af80>',
         want={}),
    # the epoch mean of the training loss: the only loss series this log has
    dict(fw='ad-hoc logging', src='https://github.com/tianlianghai/YOLOpull/blob/9022603be28261ccf929d53c0cf025c13ddcd95f/yolo.log',
         line='[INFO 12/08/2022 01:36:38 AM Mean loss 864.3926958356585',
         want={"TrainLoss": 864.3926958356585}),
    dict(fw='ad-hoc logging', src='https://github.com/tianlianghai/YOLOpull/blob/9022603be28261ccf929d53c0cf025c13ddcd95f/yolo.log',
         line='[INFO 12/08/2022 01:37:46 PM Mean loss 6.0674658526544984',
         want={"TrainLoss": 6.0674658526544984}),
    # a later run appended to the same file
    dict(fw='ad-hoc logging', src='https://github.com/tianlianghai/YOLOpull/blob/9022603be28261ccf929d53c0cf025c13ddcd95f/yolo.log',
         line='[INFO 12/15/2022 03:41:06 AM Mean loss 95.39681336865895',
         want={"TrainLoss": 95.39681336865895}),
    # ---------------------------------------------------------------- PyTorch Lightning QCNet trajectory forecasting (DDP; tqdm refreshes with the postfix metrics; killed by SIGTERM)
    # the validation sanity check before training
    dict(fw='PyTorch Lightning', src='https://github.com/TengFeiyang01/EAGNet/blob/7a1815b159d8b85408d1dfa940ef3523c6405fd4/logs/train.out',
         line='\rSanity Checking DataLoader 0:   0%|          | 0/2 [00:00<?, ?it/s]',
         want={}),
    # the postfix carries the total loss and one of its parts; the counter is in-epoch
    dict(fw='PyTorch Lightning', src='https://github.com/TengFeiyang01/EAGNet/blob/7a1815b159d8b85408d1dfa940ef3523c6405fd4/logs/train.out',
         line='\rEpoch 0:   6%|▌         | 245/3999 [07:03<1:48:05,  1.73s/it, v_num=29, train_intent_loss_step=1.430, train_total_loss=5.610]',
         want={"TrainLoss": 5.610}, optional={"Step": 245, "IterationsPerSecond": 1 / 1.73}),
    dict(fw='PyTorch Lightning', src='https://github.com/TengFeiyang01/EAGNet/blob/7a1815b159d8b85408d1dfa940ef3523c6405fd4/logs/train.out',
         line='\rEpoch 0:  15%|█▍        | 595/3999 [17:02<1:37:30,  1.72s/it, v_num=29, train_intent_loss_step=1.410, train_total_loss=3.620]',
         want={"TrainLoss": 3.620}, optional={"Step": 595, "IterationsPerSecond": 1 / 1.72}),
    # the last refresh with the signal notice glued to it
    dict(fw='PyTorch Lightning', src='https://github.com/TengFeiyang01/EAGNet/blob/7a1815b159d8b85408d1dfa940ef3523c6405fd4/logs/train.out',
         line='\rEpoch 0:  31%|███       | 1225/3999 [1:07:35<2:33:02,  3.31s/it, v_num=29, train_intent_loss_step=1.110, train_total_loss=0.375][rank: 2] Received SIGTERM: 15',
         want={"TrainLoss": 0.375}, optional={"Step": 1225, "IterationsPerSecond": 1 / 3.31}),
    # ---------------------------------------------------------------- LLaMA-Factory SFT of a large model with sequence parallelism (DeepSpeed, several ranks; crashed in evaluation)
    dict(fw='LLaMA-Factory', src='https://github.com/Chevolier/LLaMA-Factory/blob/7c67ca3633eed2b0aaa96a68de1250c27f9650a0/logs/train.out',
         line="\r{'loss': 1.5071, 'grad_norm': 7.700284481048584, 'learning_rate': 4.166666666666667e-06, 'epoch': 0.04}",
         want={"TrainLoss": 1.5071, "GradNorm": 7.700284481048584}),
    dict(fw='LLaMA-Factory', src='https://github.com/Chevolier/LLaMA-Factory/blob/7c67ca3633eed2b0aaa96a68de1250c27f9650a0/logs/train.out',
         line='\r  4%|▍         | 5/120 [14:47<5:38:10, 176.44s/it]',
         want={}, optional={"Step": 5, "IterationsPerSecond": 1 / 176.44}),
    dict(fw='LLaMA-Factory', src='https://github.com/Chevolier/LLaMA-Factory/blob/7c67ca3633eed2b0aaa96a68de1250c27f9650a0/logs/train.out',
         line="\r{'loss': 1.2936, 'grad_norm': 2.757664203643799, 'learning_rate': 2.0833333333333336e-05, 'epoch': 0.2}",
         want={"TrainLoss": 1.2936, "GradNorm": 2.757664203643799}),
    # a traceback line from the evaluation crash
    dict(fw='LLaMA-Factory', src='https://github.com/Chevolier/LLaMA-Factory/blob/7c67ca3633eed2b0aaa96a68de1250c27f9650a0/logs/train.out',
         line='[rank3]:     losses, logits, labels = self.prediction_step(model, inputs, prediction_loss_only, ignore_keys=ignore_keys)',
         want={}),
    # ---------------------------------------------------------------- learned image compression (rate-distortion training; bracketed step header with wall time and memory)
    # L is the training loss (D distortion + rate term); t= is wall time since start
    dict(fw='ad-hoc print', src='https://github.com/Darmasus/Darma/blob/795ea94c1eed7d47f92b1e52192d5a9f5246ba26/logs/train.out',
         line='[ep 0 step     0 t=      5s vram= 5790MB] L=0.3462  D=0.3404  PSNR= 4.68  R=0.4500 bpp',
         want={"Step": 0, "TrainLoss": 0.3462}),
    dict(fw='ad-hoc print', src='https://github.com/Darmasus/Darma/blob/795ea94c1eed7d47f92b1e52192d5a9f5246ba26/logs/train.out',
         line='[ep 13 step  3520 t=   6672s vram= 5904MB] L=0.4472  D=0.4378  PSNR= 3.59  R=0.7210 bpp',
         want={"Step": 3520, "TrainLoss": 0.4472}),
    dict(fw='ad-hoc print', src='https://github.com/Darmasus/Darma/blob/795ea94c1eed7d47f92b1e52192d5a9f5246ba26/logs/train.out',
         line='[ep 27 step  7000 t=  13275s vram= 5904MB] L=0.4305  D=0.4267  PSNR= 3.70  R=0.2956 bpp',
         want={"Step": 7000, "TrainLoss": 0.4305}),
    # checkpoint notice naming epoch and step
    dict(fw='ad-hoc print', src='https://github.com/Darmasus/Darma/blob/795ea94c1eed7d47f92b1e52192d5a9f5246ba26/logs/train.out',
         line='saved checkpoints/base.pt (epoch 40, step 10448)',
         want={}),
    dict(fw='ad-hoc print', src='https://github.com/Darmasus/Darma/blob/795ea94c1eed7d47f92b1e52192d5a9f5246ba26/logs/train.out',
         line='[ep 40 step 10440 t=  19788s vram= 5904MB] L=0.3579  D=0.3551  PSNR= 4.50  R=0.2164 bpp',
         want={"Step": 10440, "TrainLoss": 0.3579}),
    # ---------------------------------------------------------------- momentum-signal transformer on crypto returns (SLURM GPU node; the loss goes negative)
    # a negative training loss, as printed; the epoch is not a step
    dict(fw='ad-hoc print', src='https://github.com/firoozye/trans4mom/blob/55d4579404223a6eae7e27d58846ddb7a0aca569/logs/train.out',
         line='Epoch 0: Train Loss -0.0355',
         want={"TrainLoss": -0.0355}),
    dict(fw='ad-hoc print', src='https://github.com/firoozye/trans4mom/blob/55d4579404223a6eae7e27d58846ddb7a0aca569/logs/train.out',
         line='Epoch 198: Train Loss 0.1062',
         want={"TrainLoss": 0.1062}),
    # the second run in the file: its epochs count again from 0
    dict(fw='ad-hoc print', src='https://github.com/firoozye/trans4mom/blob/55d4579404223a6eae7e27d58846ddb7a0aca569/logs/train.out',
         line='Epoch 67: Train Loss 0.1066',
         want={"TrainLoss": 0.1066}),
    # ---------------------------------------------------------------- CoreNet CatLIP fine-tune (Apple CoreNet logger with ANSI-coloured levels; a composite loss dict)
    # a checkpoint notice naming epoch and iteration
    dict(fw='CoreNet', src='https://github.com/madehua98/corenet/blob/e5121804d95e6e22abf254df1d312062cf80a7a2/finetune.out',
         line='2024-07-17 05:43:45 - \x1b[34m\x1b[1mLOGS   \x1b[0m - Model state for epoch 69/iteration 7838 is saved at: /ML-A100/team/mm/models/catlip_data/single_base_500/train/checkpoint_epoch_69_iter_7838.pt',
         want={}),
    # [iteration/max-iterations] is the global iteration; total_loss is the training loss; the elapsed time is wall time in the epoch
    dict(fw='CoreNet', src='https://github.com/madehua98/corenet/blob/e5121804d95e6e22abf254df1d312062cf80a7a2/finetune.out',
         line="2024-07-17 05:43:48 - \x1b[34m\x1b[1mLOGS   \x1b[0m - Epoch:  70 [    7839/10000000], loss: {'classification': 2.2352, 'neural_augmentation': 0.5362, 'total_loss': 2.7714}, LR: [1.3e-05, 1.3e-05], Avg. batch load time: 0.382, Elapsed time:  0.59",
         want={"Step": 7839, "TrainLoss": 2.7714}),
    dict(fw='CoreNet', src='https://github.com/madehua98/corenet/blob/e5121804d95e6e22abf254df1d312062cf80a7a2/finetune.out',
         line="2024-07-17 06:16:47 - \x1b[34m\x1b[1mLOGS   \x1b[0m - Epoch: 105 [   11738/10000000], loss: {'classification': 1.7937, 'neural_augmentation': 0.8663, 'total_loss': 2.66}, LR: [4e-06, 4e-06], Avg. batch load time: 1.985, Elapsed time:  2.20",
         want={"Step": 11738, "TrainLoss": 2.66}),
    # ---------------------------------------------------------------- CSTA re-implementation (Python logging root logger: per-epoch train and evaluation means)
    # the epoch average: the only train series this log has
    dict(fw='ad-hoc logging', src='https://github.com/Kabir5296/CSTA-CustomImplementation/blob/16339e6b430dfcc1c3511f363e9e7db12f8bbf42/logs/train.log',
         line='INFO:root:Epoch 0 - Average Loss: 1.5552, Average Accuracy: 0.3203, Samples: 693',
         want={"TrainLoss": 1.5552}),
    dict(fw='ad-hoc logging', src='https://github.com/Kabir5296/CSTA-CustomImplementation/blob/16339e6b430dfcc1c3511f363e9e7db12f8bbf42/logs/train.log',
         line='INFO:root:Evaluation Epoch 0 - Average Loss: 1.5558, Average Accuracy: 0.3043, Samples: 115',
         want={"ValLoss": 1.5558}),
    dict(fw='ad-hoc logging', src='https://github.com/Kabir5296/CSTA-CustomImplementation/blob/16339e6b430dfcc1c3511f363e9e7db12f8bbf42/logs/train.log',
         line='INFO:root:Epoch 54 - Average Loss: 0.9923, Average Accuracy: 0.9120, Samples: 693',
         want={"TrainLoss": 0.9923}),
    dict(fw='ad-hoc logging', src='https://github.com/Kabir5296/CSTA-CustomImplementation/blob/16339e6b430dfcc1c3511f363e9e7db12f8bbf42/logs/train.log',
         line='INFO:root:Evaluation Epoch 54 - Average Loss: 1.0617, Average Accuracy: 0.8435, Samples: 115',
         want={"ValLoss": 1.0617}),
    # a second, larger run in the same file
    dict(fw='ad-hoc logging', src='https://github.com/Kabir5296/CSTA-CustomImplementation/blob/16339e6b430dfcc1c3511f363e9e7db12f8bbf42/logs/train.log',
         line='INFO:root:Epoch 49 - Average Loss: 3.0305, Average Accuracy: 0.9366, Samples: 5695',
         want={"TrainLoss": 3.0305}),
    dict(fw='ad-hoc logging', src='https://github.com/Kabir5296/CSTA-CustomImplementation/blob/16339e6b430dfcc1c3511f363e9e7db12f8bbf42/logs/train.log',
         line='INFO:root:Evaluation Epoch 49 - Average Loss: 3.1700, Average Accuracy: 0.8078, Samples: 947',
         want={"ValLoss": 3.1700}),
    # ---------------------------------------------------------------- virAbBench classifier training (pipe-separated logging; Step=i/n key=value fields)
    dict(fw='ad-hoc logging', src='https://github.com/HEX-QWQ/virAbBench/blob/45292c0df56c475155e519f74af2216dd1e57b01/logs/train.log',
         line='2026-02-10 17:37:26,828 | INFO | Step=1/4000 TrainLoss=0.8198 TrainAcc=0.00%',
         want={"Step": 1, "TrainLoss": 0.8198}),
    dict(fw='ad-hoc logging', src='https://github.com/HEX-QWQ/virAbBench/blob/45292c0df56c475155e519f74af2216dd1e57b01/logs/train.log',
         line='2026-02-10 18:51:54,331 | INFO | Step=1400/4000 TrainLoss=0.0085 TrainAcc=99.77%',
         want={"Step": 1400, "TrainLoss": 0.0085}),
    dict(fw='ad-hoc logging', src='https://github.com/HEX-QWQ/virAbBench/blob/45292c0df56c475155e519f74af2216dd1e57b01/logs/train.log',
         line='2026-02-10 18:54:47,401 | INFO | Step=3280/4000 TrainLoss=0.0036 TrainAcc=99.90%',
         want={"Step": 3280, "TrainLoss": 0.0036}),
    # evaluation at a step of a second run
    dict(fw='ad-hoc logging', src='https://github.com/HEX-QWQ/virAbBench/blob/45292c0df56c475155e519f74af2216dd1e57b01/logs/train.log',
         line='2026-02-10 19:35:09,234 | INFO | Eval@Step=400 ValLoss=0.0002 ValAcc=100.00% ValPrecision=100.00% ValRecall=100.00% ValF1=100.00% ValSpecificity=100.00% ROC-AUC=1.0000 PR-AUC=1.0000 N=566',
         want={"ValLoss": 0.0002}, optional={"Step": 400}),
]
