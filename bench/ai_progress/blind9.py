# A ninth blind held-out set of progress lines for the AI-training pack,
# collected on 2026-12-07 (UTC morning). Most lines come from training logs
# that people committed to their repositories (train.log, train.out,
# nohup.out, train_output.log, logs/train.log, output/log.txt), read from the
# repository at the commit named in `src`. No source (repository file, issue
# or pull request) used in heldout.py, fresh.py, devset.py, devset2.py or
# blind.py .. blind8.py was taken again, and no repository either. The set
# was written without looking at the pack or its tests and frozen before it
# was scored even once.
# Same fields as heldout.py: the framework, where the line was seen, the line
# as printed (tabs, the `\r` that starts a progress-bar refresh, ANSI colour
# codes and trailing blanks kept), the progress metrics it must yield
# (`want`) and metrics it may yield or not (`optional`: an in-epoch batch
# counter, a tqdm bar's rate, an it/s derived from `s/it`, a whole-run
# average, a loss whose meaning the line leaves open). `want={}` marks a line
# that holds no training progress: the pack stays quiet.
# A case holds one record: where several `\r` refreshes share a physical
# line, the refresh the case names, up to the next `\r` or newline. Where a
# stored copy of a log had lost its carriage returns, the refresh boundaries
# were restored from the bars' own layout (each tqdm refresh starts with
# `\r`); all other lines are byte for byte.
CASES = [
    # ---------------------------------------------------------------- nanoGPT fork (higher-order attention, Shakespeare, nohup in Italian locale): iter lines and eval lines
    dict(fw='nanoGPT', src='https://github.com/tomoqt/tnnform/blob/0d2bff7352ce5ea643b64da016fe4f7db3e0f150/train_output.log',
         line='tokens per iteration will be: 4,096',
         want={}),
    # the first eval, before any update: train and val loss estimates
    dict(fw='nanoGPT', src='https://github.com/tomoqt/tnnform/blob/0d2bff7352ce5ea643b64da016fe4f7db3e0f150/train_output.log',
         line='step 0: train loss 10.8512, val loss 10.8424',
         want={"Step": 0, "TrainLoss": 10.8512, "ValLoss": 10.8424}),
    # the first iteration includes compilation; mfu not yet estimated
    dict(fw='nanoGPT', src='https://github.com/tomoqt/tnnform/blob/0d2bff7352ce5ea643b64da016fe4f7db3e0f150/train_output.log',
         line='iter 0: loss 10.8662, time 59738.79ms, mfu -100.00%',
         want={"Step": 0, "TrainLoss": 10.8662, "StepTime": 59738.79}),
    dict(fw='nanoGPT', src='https://github.com/tomoqt/tnnform/blob/0d2bff7352ce5ea643b64da016fe4f7db3e0f150/train_output.log',
         line='iter 14: loss 9.6313, time 3611.00ms, mfu 0.12%',
         want={"Step": 14, "TrainLoss": 9.6313, "StepTime": 3611.00}),
    dict(fw='nanoGPT', src='https://github.com/tomoqt/tnnform/blob/0d2bff7352ce5ea643b64da016fe4f7db3e0f150/train_output.log',
         line='saving checkpoint to out-shakespeare',
         want={}),
    # the iteration right after an eval and a checkpoint save: its time includes both
    dict(fw='nanoGPT', src='https://github.com/tomoqt/tnnform/blob/0d2bff7352ce5ea643b64da016fe4f7db3e0f150/train_output.log',
         line='iter 250: loss 4.0756, time 164654.64ms, mfu 0.06%',
         want={"Step": 250, "TrainLoss": 4.0756, "StepTime": 164654.64}),
    # ---------------------------------------------------------------- MiniTorch transformer (IWSLT14 de-en, course homework, nohup): tqdm bar with loss/lr/tokens_per_sec postfix, per-phase timings printed between refreshes
    # the first refresh carries the postfix before any rate is known
    dict(fw='MiniTorch tqdm', src='https://github.com/120205690/llmsys_s25_hw2/blob/40f58d1ed26249916bf1eff2c92e87af75113b08/nohup.out',
         line='\rTraining (epoch 0 / 20):   0%|          | 0/157 [00:15<?, ?it/s, loss=9.42, lr=0.02, tokens_per_sec=314]',
         want={"TrainLoss": 9.42, "TokensPerSecond": 314}, optional={"Step": 0}),
    # a refresh with the print of the next step's forward time glued after it (no newline in between)
    dict(fw='MiniTorch tqdm', src='https://github.com/120205690/llmsys_s25_hw2/blob/40f58d1ed26249916bf1eff2c92e87af75113b08/nohup.out',
         line='\rTraining (epoch 0 / 20):   1%|          | 1/157 [00:15<41:21, 15.91s/it, loss=9.42, lr=0.02, tokens_per_sec=314]Forward: 4.745832681655884',
         want={"TrainLoss": 9.42, "TokensPerSecond": 314}, optional={"Step": 1, "IterationsPerSecond": 1 / 15.91}),
    dict(fw='MiniTorch tqdm', src='https://github.com/120205690/llmsys_s25_hw2/blob/40f58d1ed26249916bf1eff2c92e87af75113b08/nohup.out',
         line='\rTraining (epoch 0 / 20):   4%|▍         | 7/157 [01:56<35:58, 14.39s/it, loss=6.18, lr=0.02, tokens_per_sec=344]',
         want={"TrainLoss": 6.18, "TokensPerSecond": 344}, optional={"Step": 7, "IterationsPerSecond": 1 / 14.39}),
    dict(fw='MiniTorch tqdm', src='https://github.com/120205690/llmsys_s25_hw2/blob/40f58d1ed26249916bf1eff2c92e87af75113b08/nohup.out',
         line='\rTraining (epoch 0 / 20):  20%|██        | 32/157 [08:03<31:09, 14.95s/it, loss=5.35, lr=0.02, tokens_per_sec=336]',
         want={"TrainLoss": 5.35, "TokensPerSecond": 336}, optional={"Step": 32, "IterationsPerSecond": 1 / 14.95}),
    # per-phase wall seconds of one step: parts of a step, not a step time
    dict(fw='MiniTorch tqdm', src='https://github.com/120205690/llmsys_s25_hw2/blob/40f58d1ed26249916bf1eff2c92e87af75113b08/nohup.out',
         line='Backward: 9.391157865524292',
         want={}),
    # ---------------------------------------------------------------- HF Trainer + PEFT (Qwen3-1.7B LoRA SFT, nohup): a custom step print and the Trainer's dict with string-formatted values
    dict(fw='HF Trainer', src='https://github.com/ChaoyuWang04/AdCampaignAgent-SFT/blob/1e1ac28dd1ac51c486c15a46ea35d59673320815/logs/train.log',
         line='step=20 | loss=2.469097 | lr=2.000000e-05',
         want={"Step": 20, "TrainLoss": 2.469097}),
    dict(fw='HF Trainer', src='https://github.com/ChaoyuWang04/AdCampaignAgent-SFT/blob/1e1ac28dd1ac51c486c15a46ea35d59673320815/logs/train.log',
         line='step=100 | loss=0.900305 | lr=1.911816e-05',
         want={"Step": 100, "TrainLoss": 0.900305}),
    dict(fw='HF Trainer', src='https://github.com/ChaoyuWang04/AdCampaignAgent-SFT/blob/1e1ac28dd1ac51c486c15a46ea35d59673320815/logs/train.log',
         line='step=150 | loss=0.495846 | lr=1.772801e-05',
         want={"Step": 150, "TrainLoss": 0.495846}),
    # the bar refresh and the logged dict on one record; the dict's numbers are quoted strings
    dict(fw='HF Trainer', src='https://github.com/ChaoyuWang04/AdCampaignAgent-SFT/blob/1e1ac28dd1ac51c486c15a46ea35d59673320815/logs/train.log',
         line="\r  5%|▍         | 30/613 [04:26<22:45,  2.34s/it]{'loss': '2.205', 'grad_norm': '0.1599', 'learning_rate': '1.999e-05', 'epoch': '0.04895'}",
         want={"TrainLoss": 2.205, "GradNorm": 0.1599}, optional={"Step": 30, "IterationsPerSecond": 1 / 2.34}),
    dict(fw='HF Trainer', src='https://github.com/ChaoyuWang04/AdCampaignAgent-SFT/blob/1e1ac28dd1ac51c486c15a46ea35d59673320815/logs/train.log',
         line="\r 33%|███▎      | 200/613 [10:17<13:03,  1.90s/it]{'loss': '0.4345', 'grad_norm': '0.249', 'learning_rate': '1.622e-05', 'epoch': '0.31'}",
         want={"TrainLoss": 0.4345, "GradNorm": 0.249}, optional={"Step": 200, "IterationsPerSecond": 1 / 1.90}),
    # ---------------------------------------------------------------- torchvision Faster R-CNN on VOC2007 (logging module): one mean loss per epoch on the line after the header
    # the epoch header: an epoch counter only
    dict(fw='torchvision detection', src='https://github.com/KevinZH3/Faster-R-CNN-for-VOC2007-/blob/3889924dc5d4bea7d5e4cf6b74d809c02b8ebc15/logs/train.log',
         line='EPOCH 2 of 30',
         want={}),
    dict(fw='torchvision detection', src='https://github.com/KevinZH3/Faster-R-CNN-for-VOC2007-/blob/3889924dc5d4bea7d5e4cf6b74d809c02b8ebc15/logs/train.log',
         line='EPOCH loss: 0.535859936185811',
         want={"TrainLoss": 0.535859936185811}),
    dict(fw='torchvision detection', src='https://github.com/KevinZH3/Faster-R-CNN-for-VOC2007-/blob/3889924dc5d4bea7d5e4cf6b74d809c02b8ebc15/logs/train.log',
         line='EPOCH loss: 0.4545660741243002',
         want={"TrainLoss": 0.4545660741243002}),
    dict(fw='torchvision detection', src='https://github.com/KevinZH3/Faster-R-CNN-for-VOC2007-/blob/3889924dc5d4bea7d5e4cf6b74d809c02b8ebc15/logs/train.log',
         line='EPOCH loss: 0.3842035332923396',
         want={"TrainLoss": 0.3842035332923396}),
    # ---------------------------------------------------------------- ad-hoc PyTorch script (fact-memory model, logging + a second plain print split over two lines)
    # step_s is the last step's seconds, avg_s a running mean
    dict(fw='ad-hoc logging', src='https://github.com/GammA-su/cfm/blob/704e5da9d7701694358bf15ce7aad6b2e39b95b5/logs/train.log',
         line='2026-01-14 09:24:27,736 INFO train_cfm: train step=20/6000 loss=11.2183 addr=10.6184 gen=0.5874 contrast=0.0125 step_s=0.242 avg_s=0.242',
         want={"Step": 20, "TrainLoss": 11.2183, "StepTime": 242}),
    # a time-triggered log between the every-20 ones
    dict(fw='ad-hoc logging', src='https://github.com/GammA-su/cfm/blob/704e5da9d7701694358bf15ce7aad6b2e39b95b5/logs/train.log',
         line='2026-01-14 09:24:52,943 INFO train_cfm: train step=302/6000 loss=5.5560 addr=5.5396 gen=0.0039 contrast=0.0125 step_s=0.086 avg_s=0.099',
         want={"Step": 302, "TrainLoss": 5.5560, "StepTime": 86}),
    # the console copy, wrapped: the first half ends in a blank
    dict(fw='ad-hoc logging', src='https://github.com/GammA-su/cfm/blob/704e5da9d7701694358bf15ce7aad6b2e39b95b5/logs/train.log',
         line='step 40/6000 loss=6.7465 addr=6.6748 gen=0.0717 ',
         want={"Step": 40, "TrainLoss": 6.7465}),
    # four-digit steps: the wrapped half has no trailing blank
    dict(fw='ad-hoc logging', src='https://github.com/GammA-su/cfm/blob/704e5da9d7701694358bf15ce7aad6b2e39b95b5/logs/train.log',
         line='step 1000/6000 loss=4.4555 addr=4.4423 gen=0.0007',
         want={"Step": 1000, "TrainLoss": 4.4555}),
    # the wrapped remainder: one loss component alone
    dict(fw='ad-hoc logging', src='https://github.com/GammA-su/cfm/blob/704e5da9d7701694358bf15ce7aad6b2e39b95b5/logs/train.log',
         line='contrast=0.0125',
         want={}),
    # ---------------------------------------------------------------- custom BLIP-2-style VLM (ROCOv2 captions, plain PyTorch): a tqdm bar per epoch with loss/lr in the postfix
    # the bar counts batches of the epoch (1197 an epoch, 1495 optimizer steps in five epochs): not the optimizer step
    dict(fw='PyTorch tqdm', src='https://github.com/Munteanu-Matei/rocov2-medical-vlm/blob/47b302859de063c96d05a217c6414c1520bafed3/logs/train.log',
         line='\rEpoch 1/5:   0%|          | 0/1197 [00:00<?, ?it/s, loss=5.14, lr=0]',
         want={"TrainLoss": 5.14}, optional={"Step": 0}),
    # padded with one blank
    dict(fw='PyTorch tqdm', src='https://github.com/Munteanu-Matei/rocov2-medical-vlm/blob/47b302859de063c96d05a217c6414c1520bafed3/logs/train.log',
         line='\rEpoch 1/5:   2%|▏         | 22/1197 [00:18<15:44,  1.24it/s, loss=4.4, lr=3.36e-7] ',
         want={"TrainLoss": 4.4}, optional={"Step": 22, "IterationsPerSecond": 1.24}),
    # an integer loss in the postfix, the record padded with blanks to the previous record's width
    dict(fw='PyTorch tqdm', src='https://github.com/Munteanu-Matei/rocov2-medical-vlm/blob/47b302859de063c96d05a217c6414c1520bafed3/logs/train.log',
         line='\rEpoch 1/5:   3%|▎         | 31/1197 [00:25<15:33,  1.25it/s, loss=4, lr=5.37e-7]  ',
         want={"TrainLoss": 4}, optional={"Step": 31, "IterationsPerSecond": 1.25}),
    dict(fw='PyTorch tqdm', src='https://github.com/Munteanu-Matei/rocov2-medical-vlm/blob/47b302859de063c96d05a217c6414c1520bafed3/logs/train.log',
         line='\rEpoch 1/5:   7%|▋         | 80/1197 [01:05<15:16,  1.22it/s, loss=4.21, lr=1.34e-6]',
         want={"TrainLoss": 4.21}, optional={"Step": 80, "IterationsPerSecond": 1.22}),
    # a loss spike mid-epoch
    dict(fw='PyTorch tqdm', src='https://github.com/Munteanu-Matei/rocov2-medical-vlm/blob/47b302859de063c96d05a217c6414c1520bafed3/logs/train.log',
         line='\rEpoch 1/5:   5%|▌         | 60/1197 [00:49<15:21,  1.23it/s, loss=7.15, lr=1.01e-6]',
         want={"TrainLoss": 7.15}, optional={"Step": 60, "IterationsPerSecond": 1.23}),
    # ---------------------------------------------------------------- masked-token foundation model for cone-penetration logs (PyTorch on Apple MPS): one line per epoch, test-set probes every 25 epochs
    dict(fw='ad-hoc epoch print', src='https://github.com/Latticeworks1/CPTFM/blob/5166f93c5372d60d96d132d961ddbecabed3fbf2/logs/train.log',
         line='epoch   1/300  train 2.6677  val 2.3625  mr 0.50  pf 0.00  lr 8.33e-05',
         want={"TrainLoss": 2.6677, "ValLoss": 2.3625}),
    # an instability: train loss doubles for one epoch
    dict(fw='ad-hoc epoch print', src='https://github.com/Latticeworks1/CPTFM/blob/5166f93c5372d60d96d132d961ddbecabed3fbf2/logs/train.log',
         line='epoch  84/300  train 0.0569  val 0.0477  mr 0.52  pf 0.03  lr 8.50e-04',
         want={"TrainLoss": 0.0569, "ValLoss": 0.0477}),
    dict(fw='ad-hoc epoch print', src='https://github.com/Latticeworks1/CPTFM/blob/5166f93c5372d60d96d132d961ddbecabed3fbf2/logs/train.log',
         line='epoch  50/300  train 0.0279  val 0.0347  mr 0.50  pf 0.00  lr 9.55e-04',
         want={"TrainLoss": 0.0279, "ValLoss": 0.0347}),
    # resumed run: the best val loss so far is not this epoch's val loss
    dict(fw='ad-hoc epoch print', src='https://github.com/Latticeworks1/CPTFM/blob/5166f93c5372d60d96d132d961ddbecabed3fbf2/logs/train.log',
         line='resumed from epoch 114  best_val 0.0238',
         want={}),
    # first epoch after the resume: train loss jumps
    dict(fw='ad-hoc epoch print', src='https://github.com/Latticeworks1/CPTFM/blob/5166f93c5372d60d96d132d961ddbecabed3fbf2/logs/train.log',
         line='epoch 115/300  train 0.2575  val 0.0512  mr 0.58  pf 0.16  lr 7.14e-04',
         want={"TrainLoss": 0.2575, "ValLoss": 0.0512}),
    # ---------------------------------------------------------------- HF Trainer + PEFT (Qwen LoRA, a short smoke run): the end-of-run summary only
    dict(fw='HF Trainer', src='https://github.com/Mnji4/Internal_Consistency_LLM/blob/8be017a33daa69bd677b1b600765217f93bfd9c5/logs/train.log',
         line="{'train_runtime': 11.68, 'train_samples_per_second': 6.336, 'train_steps_per_second': 0.428, 'train_loss': 1.4402886390686036, 'epoch': 1.0}",
         want={}, optional={"TrainLoss": 1.4402886390686036, "SamplesPerSecond": 6.336, "IterationsPerSecond": 0.428}),
    # ---------------------------------------------------------------- Unsloth + TRL SFT (Qwen2.5-7B 4-bit LoRA): bar refreshes, string-valued logged dicts printed late
    # a bare refresh padded with two blanks; the bar counts optimizer steps
    dict(fw='Unsloth', src='https://github.com/4-R-C-4-N-4/rellm/blob/c2ee4d049e6b93b72544c841642c9dc67de30df4/logs/train.log',
         line='\r 82%|████████▏ | 304/372 [3:34:00<57:42, 50.91s/it]  ',
         want={}, optional={"Step": 304, "IterationsPerSecond": 1 / 50.91}),
    # the last refresh with the evaluation dict glued to it
    dict(fw='Unsloth', src='https://github.com/4-R-C-4-N-4/rellm/blob/c2ee4d049e6b93b72544c841642c9dc67de30df4/logs/train.log',
         line="\r100%|██████████| 372/372 [4:20:36<00:00, 37.96s/it]{'eval_loss': '0.4717', 'eval_runtime': '88.59', 'eval_samples_per_second': '1.196', 'eval_steps_per_second': '0.305', 'epoch': '2.42'}",
         want={"ValLoss": 0.4717}, optional={"Step": 372, "IterationsPerSecond": 1 / 37.96}),
    dict(fw='Unsloth', src='https://github.com/4-R-C-4-N-4/rellm/blob/c2ee4d049e6b93b72544c841642c9dc67de30df4/logs/train.log',
         line="{'loss': '0.4342', 'grad_norm': '0.134', 'learning_rate': '1.051e-05', 'epoch': '2.582'}",
         want={"TrainLoss": 0.4342, "GradNorm": 0.134}),
    # the last logged window before the end
    dict(fw='Unsloth', src='https://github.com/4-R-C-4-N-4/rellm/blob/c2ee4d049e6b93b72544c841642c9dc67de30df4/logs/train.log',
         line="{'loss': '0.4114', 'grad_norm': '0.1263', 'learning_rate': '6.428e-07', 'epoch': '2.905'}",
         want={"TrainLoss": 0.4114, "GradNorm": 0.1263}),
    # the final evaluation, on its own line: eval throughput is not training throughput
    dict(fw='Unsloth', src='https://github.com/4-R-C-4-N-4/rellm/blob/c2ee4d049e6b93b72544c841642c9dc67de30df4/logs/train.log',
         line="{'eval_loss': '0.4705', 'eval_runtime': '88.66', 'eval_samples_per_second': '1.196', 'eval_steps_per_second': '0.305', 'epoch': '3'}",
         want={"ValLoss": 0.4705}),
    dict(fw='Unsloth', src='https://github.com/4-R-C-4-N-4/rellm/blob/c2ee4d049e6b93b72544c841642c9dc67de30df4/logs/train.log',
         line="{'train_runtime': '1.573e+04', 'train_samples_per_second': '0.378', 'train_steps_per_second': '0.024', 'train_loss': '0.5064', 'epoch': '3'}",
         want={}, optional={"TrainLoss": 0.5064, "SamplesPerSecond": 0.378, "IterationsPerSecond": 0.024}),
    # ---------------------------------------------------------------- TensorFlow 1.x CIFAR-10 with an adversarial discriminator (nohup): a Global Step line per 10 steps, the discriminator's line after it
    dict(fw='TensorFlow 1.x', src='https://github.com/BoyDun/tensorflow-cifar-10/blob/0617b30fc20f46277a962fbbf0d8a227c2ccbcf3/train.out',
         line='Global Step:     10, accuracy:  10.9%, loss = 2.30 (611.0 examples/sec, 0.21 sec/batch)',
         want={"Step": 10, "TrainLoss": 2.30, "SamplesPerSecond": 611.0, "StepTime": 210}),
    # the auxiliary discriminator's accuracy and, in parentheses, its loss
    dict(fw='TensorFlow 1.x', src='https://github.com/BoyDun/tensorflow-cifar-10/blob/0617b30fc20f46277a962fbbf0d8a227c2ccbcf3/train.out',
         line='Discriminator Accuracy (Loss): 0.5 (5.2250085)',
         want={}, optional={"TrainLoss": 5.2250085}),
    dict(fw='TensorFlow 1.x', src='https://github.com/BoyDun/tensorflow-cifar-10/blob/0617b30fc20f46277a962fbbf0d8a227c2ccbcf3/train.out',
         line='Accuracy on Test-Set: 10.40% (1040 / 10000)',
         want={}),
    # the first window after the test-set evaluation and checkpoint
    dict(fw='TensorFlow 1.x', src='https://github.com/BoyDun/tensorflow-cifar-10/blob/0617b30fc20f46277a962fbbf0d8a227c2ccbcf3/train.out',
         line='Global Step:    110, accuracy:  16.4%, loss = 2.27 (614.4 examples/sec, 0.21 sec/batch)',
         want={"Step": 110, "TrainLoss": 2.27, "SamplesPerSecond": 614.4, "StepTime": 210}),
    dict(fw='TensorFlow 1.x', src='https://github.com/BoyDun/tensorflow-cifar-10/blob/0617b30fc20f46277a962fbbf0d8a227c2ccbcf3/train.out',
         line='Global Step:    940, accuracy:  64.5%, loss = 1.00 (616.7 examples/sec, 0.21 sec/batch)',
         want={"Step": 940, "TrainLoss": 1.00, "SamplesPerSecond": 616.7, "StepTime": 210}),
    # ---------------------------------------------------------------- DeepSpeed ZeRO-2 with CPU offload (Llama-2-7B continued pretraining, Slurm .out): engine lines and the script's own step print
    dict(fw='DeepSpeed', src='https://github.com/linskybing/LLM/blob/52ae045ece0249d4aa272e0caa2a934b3258a72b/train.out',
         line='[2025-08-14 11:12:58,118] [INFO] [utils.py:782:see_memory_usage] MA 12.8 GB         Max_MA 12.8 GB         CA 12.8 GB         Max_CA 13 GB ',
         want={}),
    dict(fw='DeepSpeed', src='https://github.com/linskybing/LLM/blob/52ae045ece0249d4aa272e0caa2a934b3258a72b/train.out',
         line='[Step 0/100] Loss: 5.0676 | Tokens/s: 24.63 | GPU Mem (GB): 12.81',
         want={"Step": 0, "TrainLoss": 5.0676, "TokensPerSecond": 24.63}),
    dict(fw='DeepSpeed', src='https://github.com/linskybing/LLM/blob/52ae045ece0249d4aa272e0caa2a934b3258a72b/train.out',
         line='[2025-08-14 11:14:42,825] [INFO] [logging.py:107:log_dist] [Rank 0] step=10, skipped=0, lr=[1e-05], mom=[(0.9, 0.999)]',
         want={"Step": 10}),
    # current and running-average samples per second of the engine's timer
    dict(fw='DeepSpeed', src='https://github.com/linskybing/LLM/blob/52ae045ece0249d4aa272e0caa2a934b3258a72b/train.out',
         line='[2025-08-14 11:14:44,034] [INFO] [timer.py:264:stop] epoch=0/micro_step=10/global_step=10, RunningAvgSamplesPerSec=0.11869359266107375, CurrSamplesPerSec=0.11879047818364609, MemAllocated=13.01GB, MaxMemAllocated=18.12GB',
         want={"Step": 10, "SamplesPerSecond": 0.11879047818364609}),
    dict(fw='DeepSpeed', src='https://github.com/linskybing/LLM/blob/52ae045ece0249d4aa272e0caa2a934b3258a72b/train.out',
         line='[Step 10/100] Loss: 0.0019 | Tokens/s: 41.54 | GPU Mem (GB): 12.81',
         want={"Step": 10, "TrainLoss": 0.0019, "TokensPerSecond": 41.54}),
    dict(fw='DeepSpeed', src='https://github.com/linskybing/LLM/blob/52ae045ece0249d4aa272e0caa2a934b3258a72b/train.out',
         line='[Step 20/100] Loss: 0.0002 | Tokens/s: 41.53 | GPU Mem (GB): 12.81',
         want={"Step": 20, "TrainLoss": 0.0002, "TokensPerSecond": 41.53}),
    # ---------------------------------------------------------------- DeepSpeed launcher under LSF (jobs that died before training): the job summary only
    dict(fw='DeepSpeed', src='https://github.com/Viola868/deepseek_training/blob/e92843f895a592e816604e541afb72871dea9fd2/train.out',
         line='    Run time :                                   515 sec.',
         want={}),
    # ---------------------------------------------------------------- detectron2 (cross-domain few-shot detection, evaluation-only run)
    dict(fw='detectron2', src='https://github.com/Boycott0915/CDFSOD-benchmark-personal/blob/4cb43262d433fc86b5b0e676faa6995620e52796/output/log.txt',
         line='[12/24 14:56:02] d2.evaluation.evaluator INFO: Start inference on 5000 batches',
         want={}),
    # ---------------------------------------------------------------- LISA (LLaVA + SAM reasoning segmentation, DeepSpeed, nohup): a tab-separated meter line per step, current value then running average
    # [epoch][batch/steps_per_epoch]; Time is the step's wall time with no unit printed
    dict(fw='LISA/DeepSpeed', src='https://github.com/JinyuCai124578/LISA/blob/0d114e0388f158ea9a444e194c864c79abd24923/train_output.log',
         line='Epoch: [0][ 1/32]\tTime 60.794 (60.732)\tLoss 5.3125 (4.3000)\tCeLoss 2.2969 (2.3594)\tMaskLoss 3.0156 (1.9402)\tMaskBCELoss 2.6875 (1.6180)\tMaskDICELoss 0.3340 (0.3230)',
         want={"TrainLoss": 5.3125}, optional={"Step": 1, "StepTime": 60794}),
    dict(fw='LISA/DeepSpeed', src='https://github.com/JinyuCai124578/LISA/blob/0d114e0388f158ea9a444e194c864c79abd24923/train_output.log',
         line='Epoch: [0][ 9/32]\tTime 37.472 (37.472)\tLoss 4.0625 (4.2398)\tCeLoss 2.3281 (2.3094)\tMaskLoss 1.7344 (1.9312)\tMaskBCELoss 1.4219 (1.6016)\tMaskDICELoss 0.3145 (0.3297)',
         want={"TrainLoss": 4.0625}, optional={"Step": 9, "StepTime": 37472}),
    dict(fw='LISA/DeepSpeed', src='https://github.com/JinyuCai124578/LISA/blob/0d114e0388f158ea9a444e194c864c79abd24923/train_output.log',
         line='Epoch: [0][17/32]\tTime 37.179 (37.179)\tLoss 3.8750 (4.2641)\tCeLoss 2.2969 (2.3781)\tMaskLoss 1.5859 (1.8859)\tMaskBCELoss 1.2578 (1.5664)\tMaskDICELoss 0.3262 (0.3199)',
         want={"TrainLoss": 3.8750}, optional={"Step": 17, "StepTime": 37179}),
    dict(fw='LISA/DeepSpeed', src='https://github.com/JinyuCai124578/LISA/blob/0d114e0388f158ea9a444e194c864c79abd24923/train_output.log',
         line='Epoch: [0][28/32]\tTime 38.318 (38.318)\tLoss 4.6562 (4.2234)\tCeLoss 2.2656 (2.3031)\tMaskLoss 2.3906 (1.9195)\tMaskBCELoss 2.0469 (1.5848)\tMaskDICELoss 0.3418 (0.3350)',
         want={"TrainLoss": 4.6562}, optional={"Step": 28, "StepTime": 38318}),
    # ---------------------------------------------------------------- stable-baselines3 PPO (humanoid walking with curriculum, nohup): the logger table, one row per line
    dict(fw='stable-baselines3', src='https://github.com/tmcarn/ICP-RL-walking-controller/blob/c1d42a5690818b4d9b3e5c93add93ea649667394/train_output.log',
         line='|    total_timesteps | 20480     |',
         want={}, optional={"Step": 20480}),
    dict(fw='stable-baselines3', src='https://github.com/tmcarn/ICP-RL-walking-controller/blob/c1d42a5690818b4d9b3e5c93add93ea649667394/train_output.log',
         line='|    loss                 | 0.000748     |',
         want={}, optional={"TrainLoss": 0.000748}),
    # the critic's loss
    dict(fw='stable-baselines3', src='https://github.com/tmcarn/ICP-RL-walking-controller/blob/c1d42a5690818b4d9b3e5c93add93ea649667394/train_output.log',
         line='|    value_loss           | 0.336        |',
         want={}),
    dict(fw='stable-baselines3', src='https://github.com/tmcarn/ICP-RL-walking-controller/blob/c1d42a5690818b4d9b3e5c93add93ea649667394/train_output.log',
         line='Eval num_timesteps=100000, episode_reward=502.96 +/- 16.50',
         want={}),
    # ---------------------------------------------------------------- stable-baselines3 PPO (game agent, resumed run on Windows)
    dict(fw='stable-baselines3', src='https://github.com/yshirokov05/rust-rl-agent/blob/1406fae91fa19f324c85e9b10ec890e1c2a90ef8/train_output.log',
         line='|    loss                 | 3.89e+03    |',
         want={}, optional={"TrainLoss": 3.89e+03}),
    # environment steps so far, in the narrow first table
    dict(fw='stable-baselines3', src='https://github.com/yshirokov05/rust-rl-agent/blob/1406fae91fa19f324c85e9b10ec890e1c2a90ef8/train_output.log',
         line='|    total_timesteps | 2048     |',
         want={}, optional={"Step": 2048}),
    # ---------------------------------------------------------------- predictive-coding transformer (CPU run, logging module): the batch "energy" is the objective it minimises, perplexity overflows to inf
    dict(fw='ad-hoc logging', src='https://github.com/Cheralia/PC-Transformers/blob/016a4603689e4bfdd769a33d211104377a818f57/logs/training.log',
         line='2025-09-17 09:24:16,788 - INFO -   Batch 10/5258 | Batch Energy: 2.9879 | Perplexity: 332899.9098',
         want={}, optional={"Step": 10, "TrainLoss": 2.9879}),
    dict(fw='ad-hoc logging', src='https://github.com/Cheralia/PC-Transformers/blob/016a4603689e4bfdd769a33d211104377a818f57/logs/training.log',
         line='2025-09-17 09:26:45,947 - INFO -   Batch 320/5258 | Batch Energy: 6.2693 | Perplexity: inf',
         want={}, optional={"Step": 320, "TrainLoss": 6.2693}),
    # a second run with a smaller dataset: the batch counter restarts
    dict(fw='ad-hoc logging', src='https://github.com/Cheralia/PC-Transformers/blob/016a4603689e4bfdd769a33d211104377a818f57/logs/training.log',
         line='2025-09-17 09:36:34,563 - INFO -   Batch 200/3655 | Batch Energy: 3.3953 | Perplexity: 160380906678.6131',
         want={}, optional={"Step": 200, "TrainLoss": 3.3953}),
    # ---------------------------------------------------------------- LiDAR place-recognition encoder (triplet loss, nohup): a loss every 10 batches, an epoch summary
    dict(fw='ad-hoc print', src='https://github.com/Kimun-Park/Neural-Spectral-Codec/blob/9ffa24d6414315af97ea7c37f4f29d16eeef1ce6/logs/training.log',
         line='Epoch 6 | Batch 1605/2911 | Loss: 0.0505',
         want={"TrainLoss": 0.0505}, optional={"Step": 1605}),
    dict(fw='ad-hoc print', src='https://github.com/Kimun-Park/Neural-Spectral-Codec/blob/9ffa24d6414315af97ea7c37f4f29d16eeef1ce6/logs/training.log',
         line='Epoch 6 | Batch 875/2911 | Loss: 0.1164',
         want={"TrainLoss": 0.1164}, optional={"Step": 875}),
    # epoch mean loss; the time is the whole epoch's
    dict(fw='ad-hoc print', src='https://github.com/Kimun-Park/Neural-Spectral-Codec/blob/9ffa24d6414315af97ea7c37f4f29d16eeef1ce6/logs/training.log',
         line='Epoch 6/50 | Loss: 0.0762 | Time: 13397.17s',
         want={}, optional={"TrainLoss": 0.0762}),
    # ---------------------------------------------------------------- biomedical small-LM pretraining (custom PyTorch loop on an H100, resumed, nohup): one pipe-separated line per 10 optimizer steps
    dict(fw='ad-hoc LLM pretraining', src='https://github.com/Abhisheksasidharann/IAIRO-SLM/blob/e69485824d1fab36663f60f6d489d01744a2f7da/logs/training.log',
         line='[resume] step=1,500, tokens=786,432,000',
         want={}, optional={"Step": 1500}),
    # the first window after the resume: tok/s diluted by warm-up
    dict(fw='ad-hoc LLM pretraining', src='https://github.com/Abhisheksasidharann/IAIRO-SLM/blob/e69485824d1fab36663f60f6d489d01744a2f7da/logs/training.log',
         line='step= 1510/8870 | tokens=0.792B | loss=3.0716 | ppl=21.575 | tok/s=21,553 | lr=2.847e-04 | grad=0.486 | time=0.07h',
         want={"Step": 1510, "TrainLoss": 3.0716, "TokensPerSecond": 21553, "GradNorm": 0.486}),
    dict(fw='ad-hoc LLM pretraining', src='https://github.com/Abhisheksasidharann/IAIRO-SLM/blob/e69485824d1fab36663f60f6d489d01744a2f7da/logs/training.log',
         line='[validation] step=2000 loss=3.0143 ppl=20.375',
         want={"ValLoss": 3.0143}, optional={"Step": 2000}),
    dict(fw='ad-hoc LLM pretraining', src='https://github.com/Abhisheksasidharann/IAIRO-SLM/blob/e69485824d1fab36663f60f6d489d01744a2f7da/logs/training.log',
         line='[checkpoint] step 2,000',
         want={}, optional={"Step": 2000}),
    # the window that contains the validation pass
    dict(fw='ad-hoc LLM pretraining', src='https://github.com/Abhisheksasidharann/IAIRO-SLM/blob/e69485824d1fab36663f60f6d489d01744a2f7da/logs/training.log',
         line='step= 2010/8870 | tokens=1.054B | loss=2.9407 | ppl=18.929 | tok/s=62,008 | lr=2.715e-04 | grad=0.405 | time=0.90h',
         want={"Step": 2010, "TrainLoss": 2.9407, "TokensPerSecond": 62008, "GradNorm": 0.405}),
    # a gradient-norm spike
    dict(fw='ad-hoc LLM pretraining', src='https://github.com/Abhisheksasidharann/IAIRO-SLM/blob/e69485824d1fab36663f60f6d489d01744a2f7da/logs/training.log',
         line='step= 2070/8870 | tokens=1.085B | loss=2.9545 | ppl=19.192 | tok/s=88,706 | lr=2.697e-04 | grad=1.261 | time=1.00h',
         want={"Step": 2070, "TrainLoss": 2.9545, "TokensPerSecond": 88706, "GradNorm": 1.261}),
    # ---------------------------------------------------------------- noisy-label CIFAR classifier (plain print): one train and one val line per epoch, a test line at the end
    dict(fw='ad-hoc epoch print', src='https://github.com/KevinCarpricorn/EchoAlign/blob/6d371d32efaa418474fe47c37311e542e57be6d7/logs/train.log',
         line='Train Loss: 2.297561, Acc: 11.984444%',
         want={"TrainLoss": 2.297561}),
    dict(fw='ad-hoc epoch print', src='https://github.com/KevinCarpricorn/EchoAlign/blob/6d371d32efaa418474fe47c37311e542e57be6d7/logs/train.log',
         line='Val Loss: 4.974209, Acc: 10.500000%',
         want={"ValLoss": 4.974209}),
    # the validation loss explodes while the train loss barely moves
    dict(fw='ad-hoc epoch print', src='https://github.com/KevinCarpricorn/EchoAlign/blob/6d371d32efaa418474fe47c37311e542e57be6d7/logs/train.log',
         line='Val Loss: 100.255548, Acc: 10.500000%',
         want={"ValLoss": 100.255548}),
    dict(fw='ad-hoc epoch print', src='https://github.com/KevinCarpricorn/EchoAlign/blob/6d371d32efaa418474fe47c37311e542e57be6d7/logs/train.log',
         line='Train Loss: 2.255664, Acc: 14.135556%',
         want={"TrainLoss": 2.255664}),
    # the held-out test set after training: not a validation series point
    dict(fw='ad-hoc epoch print', src='https://github.com/KevinCarpricorn/EchoAlign/blob/6d371d32efaa418474fe47c37311e542e57be6d7/logs/train.log',
         line='Test Loss: 81.506866, Acc: 9.970000%',
         want={}, optional={"ValLoss": 81.506866}),
    # ---------------------------------------------------------------- transformer for transport-mode detection from GPS speed (fine-tune, logging module): a train line and a val line per epoch, a test line at the end
    dict(fw='ad-hoc logging', src='https://github.com/othmaneechc/SpeedTransformer/blob/5bde3de9ee8f603758172bc5f84fc0a36c4044cc/finetune.log',
         line='2025-10-07 07:13:03,174 - INFO - Train Loss: 3.1873, Train Acc: 0.3530',
         want={"TrainLoss": 3.1873}),
    # column-aligned: three blanks after "Val"
    dict(fw='ad-hoc logging', src='https://github.com/othmaneechc/SpeedTransformer/blob/5bde3de9ee8f603758172bc5f84fc0a36c4044cc/finetune.log',
         line='2025-10-07 07:13:03,174 - INFO - Val   Loss: 2.6682, Val   Acc: 0.5764',
         want={"ValLoss": 2.6682}),
    dict(fw='ad-hoc logging', src='https://github.com/othmaneechc/SpeedTransformer/blob/5bde3de9ee8f603758172bc5f84fc0a36c4044cc/finetune.log',
         line='2025-10-07 07:16:14,512 - INFO - Train Loss: 0.0334, Train Acc: 0.9839',
         want={"TrainLoss": 0.0334}),
    dict(fw='ad-hoc logging', src='https://github.com/othmaneechc/SpeedTransformer/blob/5bde3de9ee8f603758172bc5f84fc0a36c4044cc/finetune.log',
         line='2025-10-07 07:16:00,573 - INFO - Val   Loss: 0.5572, Val   Acc: 0.8648',
         want={"ValLoss": 0.5572}),
    # the next run of the sweep starts over
    dict(fw='ad-hoc logging', src='https://github.com/othmaneechc/SpeedTransformer/blob/5bde3de9ee8f603758172bc5f84fc0a36c4044cc/finetune.log',
         line='2025-10-07 07:17:49,153 - INFO - Train Loss: 2.6424, Train Acc: 0.4799',
         want={"TrainLoss": 2.6424}),
    dict(fw='ad-hoc logging', src='https://github.com/othmaneechc/SpeedTransformer/blob/5bde3de9ee8f603758172bc5f84fc0a36c4044cc/finetune.log',
         line='2025-10-07 07:16:55,215 - INFO - Test Loss: 0.6211, Test Accuracy: 0.8580',
         want={}, optional={"ValLoss": 0.6211}),
    # ---------------------------------------------------------------- temporal KG completion, static KGE stage (logging + a tqdm bar per epoch): the epoch's mean loss, with a trailing blank
    dict(fw='ad-hoc logging + tqdm', src='https://github.com/lrlbbzl/llm_tkgc/blob/c44a95fc921bae4464dd766f1cf6e5efe04f8770/pretrain.log',
         line='2023-11-11 11:59:47,598 - INFO: Epoch 0000 in static KGE | Ave Loss: 8.6581 ',
         want={"TrainLoss": 8.6581}),
    dict(fw='ad-hoc logging + tqdm', src='https://github.com/lrlbbzl/llm_tkgc/blob/c44a95fc921bae4464dd766f1cf6e5efe04f8770/pretrain.log',
         line='\r  3%|▎         | 10/300 [00:29<14:10,  2.93s/it]',
         want={}, optional={"Step": 10, "IterationsPerSecond": 1 / 2.93}),
    # ---------------------------------------------------------------- single-cell VAE + optimal-transport model (logging module): the only loss line is the final summary
    dict(fw='ad-hoc logging', src='https://github.com/AsanoHaruka157/scGPT/blob/5857e3faa3f4fb69c045f81f5978c8ec5da3caee/pretrain.log',
         line='2026-02-14 10:38:31,639 - INFO - Final - Loss: 145.976051 | OT: 145.470474 | KL: 505.577754',
         want={}, optional={"TrainLoss": 145.976051}),
    # ---------------------------------------------------------------- I-JEPA encoder fine-tuned for steering regression (logging module): one loss per epoch, two runs with different losses
    dict(fw='ad-hoc logging', src='https://github.com/phoenix1881/Predictive-Steering-with-I-JEPA/blob/bf7c70a28084514cbd3e375721de98cb32b1b267/finetune.log',
         line='2025-04-26 15:46:19,816 INFO: Epoch 1: Train MSE Loss: 0.797599',
         want={"TrainLoss": 0.797599}),
    dict(fw='ad-hoc logging', src='https://github.com/phoenix1881/Predictive-Steering-with-I-JEPA/blob/bf7c70a28084514cbd3e375721de98cb32b1b267/finetune.log',
         line='2025-04-26 16:10:00,863 INFO: Epoch 12: Train MAE Loss: 0.049810',
         want={"TrainLoss": 0.049810}),
    dict(fw='ad-hoc logging', src='https://github.com/phoenix1881/Predictive-Steering-with-I-JEPA/blob/bf7c70a28084514cbd3e375721de98cb32b1b267/finetune.log',
         line='2025-04-26 16:24:20,349 INFO: Epoch 40: Train MAE Loss: 0.033470',
         want={"TrainLoss": 0.033470}),
    # ---------------------------------------------------------------- card-encoder pretraining for a deck builder (plain print on a Mac): one line per epoch, train and held-out loss
    dict(fw='ad-hoc epoch print', src='https://github.com/bjorvack/lorcana-training/blob/664b473cf6f180ca6553d87cc4a969707c128bc4/pretrain.log',
         line='[pretrain] epoch   1/40  train=35.0026  heldout=26.8717  lr=1.50e-04  (best)',
         want={"TrainLoss": 35.0026, "ValLoss": 26.8717}),
    # no "(best)" marker: the line ends in two blanks
    dict(fw='ad-hoc epoch print', src='https://github.com/bjorvack/lorcana-training/blob/664b473cf6f180ca6553d87cc4a969707c128bc4/pretrain.log',
         line='[pretrain] epoch  14/40  train=6.3672  heldout=6.5211  lr=2.32e-04  ',
         want={"TrainLoss": 6.3672, "ValLoss": 6.5211}),
    dict(fw='ad-hoc epoch print', src='https://github.com/bjorvack/lorcana-training/blob/664b473cf6f180ca6553d87cc4a969707c128bc4/pretrain.log',
         line='[pretrain] epoch  28/40  train=5.1676  heldout=5.2357  lr=6.80e-05  ',
         want={"TrainLoss": 5.1676, "ValLoss": 5.2357}),
    # the best epoch's held-out loss, restated after early stopping
    dict(fw='ad-hoc epoch print', src='https://github.com/bjorvack/lorcana-training/blob/664b473cf6f180ca6553d87cc4a969707c128bc4/pretrain.log',
         line='pretrain-encoder: best epoch 22, held-out total 5.1822. wrote artifacts/encoder',
         want={}),
    # ---------------------------------------------------------------- LSTM snow-water-equivalent model fine-tuned per basin (nohup, emoji-decorated prints): per-epoch validation summary
    # the model is trained on MSE; the epoch's validation MSE sits next to the KGE score
    dict(fw='ad-hoc print', src='https://github.com/DSHydro/SnowML/blob/1eb1cd8f289bb632ebac5ef94e79e62b853dc05a/finetune.log',
         line='      📊 Val KGE: 0.5606 | MSE: 0.000370',
         want={}, optional={"ValLoss": 0.000370}),
    # wall time of a whole epoch (training and validation)
    dict(fw='ad-hoc print', src='https://github.com/DSHydro/SnowML/blob/1eb1cd8f289bb632ebac5ef94e79e62b853dc05a/finetune.log',
         line='      ⏱️  Time: 666s',
         want={}),
    # ---------------------------------------------------------------- brain-tumour segmentation fine-tune (BraTS/UPenn, nohup): one line per epoch, train loss and validation Dice
    # two writers interleaved: the epoch line is cut by the threshold search's print
    dict(fw='ad-hoc epoch print', src='https://github.com/Abdelali-kamil/brats2021/blob/eb85ea45e557b6c3d06408f0bbd60dfc53dc317c/finetune.log',
         line='Epoch 081/140 | lr=3.85e-08 | train_loss=0.2272 | val_meBest thresholds from val: ET=0.3, TC=0.45, WT=0.2, score=0.8234',
         want={"TrainLoss": 0.2272}),
    # val_mean is a Dice score, not a loss
    dict(fw='ad-hoc epoch print', src='https://github.com/Abdelali-kamil/brats2021/blob/eb85ea45e557b6c3d06408f0bbd60dfc53dc317c/finetune.log',
         line='Epoch 084/140 | lr=6.16e-07 | train_loss=0.2268 | val_mean=0.8391 (ET=0.9286, TC=0.8128, WT=0.7758)',
         want={"TrainLoss": 0.2268}),
    dict(fw='ad-hoc epoch print', src='https://github.com/Abdelali-kamil/brats2021/blob/eb85ea45e557b6c3d06408f0bbd60dfc53dc317c/finetune.log',
         line='Epoch 121/140 | lr=5.20e-05 | train_loss=0.2338 | val_mean=0.8625 (ET=1.0000, TC=0.8042, WT=0.7834)',
         want={"TrainLoss": 0.2338}),
    dict(fw='ad-hoc epoch print', src='https://github.com/Abdelali-kamil/brats2021/blob/eb85ea45e557b6c3d06408f0bbd60dfc53dc317c/finetune.log',
         line='Epoch 140/140 | lr=8.54e-05 | train_loss=0.2307 | val_mean=0.8562 (ET=1.0000, TC=0.8009, WT=0.7676)',
         want={"TrainLoss": 0.2307}),
    # ---------------------------------------------------------------- llama2.c-style classifier fine-tuned on SST (course assignment): one summary line per epoch
    dict(fw='ad-hoc epoch print', src='https://github.com/hoanghelloworld/ASM1-Development-LLM-model/blob/855cb7827d7f9eba14e6e1119f83593010b3e12b/finetune.log',
         line='epoch 0: train loss :: 1.696, train acc :: 0.412, dev acc :: 0.391',
         want={"TrainLoss": 1.696}),
    # ---------------------------------------------------------------- RNA secondary-structure model (nohup, emoji report then plain prints): a loss every 50 batches, an epoch summary with F1
    # the step counter restarts every epoch
    dict(fw='ad-hoc print', src='https://github.com/xumyzz/tRNATransferPrediction/blob/632393331a1c719dc1afede8aac086779b6453f4/pretrain.log',
         line='Epoch [1/30] Step [0] Loss: 1.3946',
         want={"TrainLoss": 1.3946}, optional={"Step": 0}),
    dict(fw='ad-hoc print', src='https://github.com/xumyzz/tRNATransferPrediction/blob/632393331a1c719dc1afede8aac086779b6453f4/pretrain.log',
         line='Epoch [2/30] Step [250] Loss: 0.8036',
         want={"TrainLoss": 0.8036}, optional={"Step": 250}),
    # the epoch mean of the batch losses above
    dict(fw='ad-hoc print', src='https://github.com/xumyzz/tRNATransferPrediction/blob/632393331a1c719dc1afede8aac086779b6453f4/pretrain.log',
         line='=== Epoch 1 | Train Loss: 1.1842 | Val F1: 0.0000 ===',
         want={}, optional={"TrainLoss": 1.1842}),
    # ---------------------------------------------------------------- FrozenLake agent fine-tuned on hard maps (logging module, Russian messages): episodes, steps within an episode, rewards
    # "episode 1 finished after 37 steps, reward 0.00" (the log has CRLF line ends): environment steps of one episode, no training metric
    dict(fw='ad-hoc RL', src='https://github.com/tonclap/FrozenLake/blob/53186d936345532807acf5cb13b163993850327e/finetune.log',
         line='2025-03-08 18:23:01,125 - INFO - Эпизод 1 завершён за 37 шагов, награда: 0.00\r',
         want={}),
    # success rate on the hard maps after 100 episodes
    dict(fw='ad-hoc RL', src='https://github.com/tonclap/FrozenLake/blob/53186d936345532807acf5cb13b163993850327e/finetune.log',
         line='2025-03-08 18:23:13,178 - INFO - Дообучение, эпизод 100: успех на трудных картах = 100.00%\r',
         want={}),
    # ---------------------------------------------------------------- crack segmentation network (plain PyTorch, nohup): a tqdm bar per epoch counted in batch/s, cleared with blanks, then an epoch summary
    dict(fw='PyTorch tqdm', src='https://github.com/Skye412/CrackMorphFormer/blob/bb414198cf48cd7d6dbebf1d9ea327cfc4e669bc/train_output.log',
         line='\rEp 1:   1%|          | 3/500 [00:02<06:04,  1.36batch/s]',
         want={}, optional={"Step": 3, "IterationsPerSecond": 1.36}),
    # the bar cleared: a refresh of blanks only
    dict(fw='PyTorch tqdm', src='https://github.com/Skye412/CrackMorphFormer/blob/bb414198cf48cd7d6dbebf1d9ea327cfc4e669bc/train_output.log',
         line='\r                                                          ',
         want={}),
    # the summary after the cleared bar: the loss is not named train or val; P/R/F1/IoU are validation scores
    dict(fw='PyTorch tqdm', src='https://github.com/Skye412/CrackMorphFormer/blob/bb414198cf48cd7d6dbebf1d9ea327cfc4e669bc/train_output.log',
         line='\r📊 Ep 1: Loss:2.9429 | P:0.3191 R:0.7679 F1:0.4508 IoU:0.2910  🌟 New Best!',
         want={}, optional={"TrainLoss": 2.9429, "ValLoss": 2.9429}),
    dict(fw='PyTorch tqdm', src='https://github.com/Skye412/CrackMorphFormer/blob/bb414198cf48cd7d6dbebf1d9ea327cfc4e669bc/train_output.log',
         line='\r📊 Ep 4: Loss:1.1266 | P:0.6191 R:0.9285 F1:0.7429 IoU:0.5910',
         want={}, optional={"TrainLoss": 1.1266, "ValLoss": 1.1266}),
    # ---------------------------------------------------------------- crypto token predictor (logging module + tqdm bars left=False): train and validation bars with loss/acc postfix, an epoch line written over the cleared bar
    dict(fw='PyTorch tqdm', src='https://github.com/akudilcz/bit9000/blob/4e663fbaf92906faf41de158cbd9f9624e435feb/train_output.log',
         line='\rTraining:   3%|▉                           | 8/251 [00:00<00:06, 37.71it/s, loss=1.4395, acc=0.3203]',
         want={"TrainLoss": 1.4395}, optional={"Step": 8, "IterationsPerSecond": 37.71}),
    dict(fw='PyTorch tqdm', src='https://github.com/akudilcz/bit9000/blob/4e663fbaf92906faf41de158cbd9f9624e435feb/train_output.log',
         line='\rTraining: 100%|██████████████████████████| 251/251 [00:03<00:00, 65.94it/s, loss=0.9909, acc=0.5217]',
         want={"TrainLoss": 0.9909}, optional={"Step": 251, "IterationsPerSecond": 65.94}),
    # the validation bar's running loss: a validation value, and its counter is no training step
    dict(fw='PyTorch tqdm', src='https://github.com/akudilcz/bit9000/blob/4e663fbaf92906faf41de158cbd9f9624e435feb/train_output.log',
         line='\rValidation:   0%|                                   | 0/17 [00:00<?, ?it/s, loss=1.0669, acc=0.3906]',
         want={"ValLoss": 1.0669}),
    dict(fw='PyTorch tqdm', src='https://github.com/akudilcz/bit9000/blob/4e663fbaf92906faf41de158cbd9f9624e435feb/train_output.log',
         line='\r2025-10-25 21:14:34,229 - src.pipeline.io - INFO -   Epoch   1/150: train_loss=1.0982, train_acc=0.4122, val_loss=1.0689, val_acc=0.4006',
         want={"TrainLoss": 1.0982, "ValLoss": 1.0689}),
    # the same epoch's validation loss, restated
    dict(fw='PyTorch tqdm', src='https://github.com/akudilcz/bit9000/blob/4e663fbaf92906faf41de158cbd9f9624e435feb/train_output.log',
         line='2025-10-25 21:14:34,229 - src.pipeline.io - INFO -     → New best model (val_loss=1.0689)',
         want={}, optional={"ValLoss": 1.0689}),
    # ---------------------------------------------------------------- transformer for dynamic discrete choice (bus-engine replacement, nohup): batch counters printed with end='\r', tab-indented loss lines after them
    # written over the last batch counter
    dict(fw='ad-hoc print', src='https://github.com/Enoch-H-Kang/DDC-DPT/blob/354d5466d2a5ed19595b5a0567773cafa6511cc3/train_output.log',
         line='\r\tTrain loss: 0.7522530609130861',
         want={"TrainLoss": 0.7522530609130861}),
    # a held-out set scored every epoch
    dict(fw='ad-hoc print', src='https://github.com/Enoch-H-Kang/DDC-DPT/blob/354d5466d2a5ed19595b5a0567773cafa6511cc3/train_output.log',
         line='\r\tCross entropy test loss: 0.7052047607421875',
         want={}, optional={"ValLoss": 0.7052047607421875}),
    # the epoch summary repeats the train loss under another name
    dict(fw='ad-hoc print', src='https://github.com/Enoch-H-Kang/DDC-DPT/blob/354d5466d2a5ed19595b5a0567773cafa6511cc3/train_output.log',
         line='Train action cross entropy Loss:       0.4663612266540527',
         want={"TrainLoss": 0.4663612266540527}),
    # the same summary glued to the outer bar's refresh
    dict(fw='ad-hoc print', src='https://github.com/Enoch-H-Kang/DDC-DPT/blob/354d5466d2a5ed19595b5a0567773cafa6511cc3/train_output.log',
         line='\rTraining Progress:   0%|          | 22/50000 [00:11<6:57:04,  2.00it/s]Train action cross entropy Loss:       0.4631089385986329',
         want={"TrainLoss": 0.4631089385986329}, optional={"Step": 22, "IterationsPerSecond": 2.0}),
]
