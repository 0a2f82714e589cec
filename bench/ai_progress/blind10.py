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
]
