# A twenty-sixth blind held-out set of progress lines for the AI-training
# pack, collected on 2026-12-08. Every line comes from a training log that
# people committed to their repositories (run.log, training.out, train.out,
# log_train.txt, train_logs.txt, training_log.txt, outputs/train.log,
# logs/training.log, an output.log under a run folder, and the stream outputs
# of a Colab notebook), read from the repository at the commit named in `src`;
# no issue or pull-request thread was used. Where a log was deleted from the
# repository later, `src` names the last commit that still holds it. One log
# was saved with CRLF line ends; its lines are given without the `\r` of the
# line end. The notebook lines are the text of its stored stream outputs. No
# source used in heldout.py, fresh.py, devset.py, devset2.py or blind.py ..
# blind24.py was taken again, and none of the repositories was read by an
# earlier set. At most five lines come from one source (one repository file).
# The set was written without looking at the pack or its tests, each
# expectation decided from what the line itself prints, and it was frozen
# before it was scored even once.
# Same fields as heldout.py: the framework or trainer style, where the line was
# seen, the line as printed (tabs, the `\r` that starts a progress-bar
# refresh, ANSI escapes and leading or trailing blanks kept), the progress
# metrics it must yield (`want`) and metrics it may yield or not (`optional`:
# an in-epoch batch counter, a tqdm bar's rate, a time whose unit or span the
# line does not print, a running mean or a best-so-far value instead of a
# per-step value, a loss whose meaning the line leaves open, one loss among
# several with no total, a training metric that may or may not be the
# objective). `want={}` marks a line that holds no training progress: the pack
# stays quiet. StepTime is in milliseconds. A NaN or inf value yields no
# metric.
# A case holds one record: where several `\r` refreshes share a physical
# line, the refresh the case names, from its `\r` up to the next `\r` or
# newline.
# blind25 was collected at the same time by someone else, without
# coordination; lines the two sets share are to be removed afterwards.

CASES = [
    # ---------------------------------------------------------------- graph edge classifier (HF Trainer, string-valued log dicts), committed run.log
    # every value is printed as a quoted string
    dict(fw='HF Trainer (string-valued dicts)', src='https://github.com/ZeyuBa/hgt-local/blob/9c9d0b918be06892fce63373be40189cf38be7b7/run.log',
         line="{'loss': '0.1246', 'grad_norm': '0.7774', 'learning_rate': '0.00025', 'epoch': '1'}",
         want={"TrainLoss": 0.1246, "GradNorm": 0.7774}),
    dict(fw='HF Trainer (string-valued dicts)', src='https://github.com/ZeyuBa/hgt-local/blob/9c9d0b918be06892fce63373be40189cf38be7b7/run.log',
         line="{'loss': '0.04652', 'grad_norm': '0.003214', 'learning_rate': '0.00025', 'epoch': '10'}",
         want={"TrainLoss": 0.04652, "GradNorm": 0.003214}),
    # the evaluation dict
    dict(fw='HF Trainer (string-valued dicts)', src='https://github.com/ZeyuBa/hgt-local/blob/9c9d0b918be06892fce63373be40189cf38be7b7/run.log',
         line="{'eval_loss': '0.08874', 'eval_edge_auc': '0.965', 'eval_edge_ap': '0.5486', 'eval_precision': '0.5243', 'eval_recall': '0.9228', 'eval_f1': '0.6687', 'eval_decision_threshold': '0.5', 'eval_edge_precision_at_0_5': '0.5243', 'eval_edge_recall_at_0_5': '0.9228', 'eval_edge_f1_at_0_5': '0.6687', 'eval_edge_best_f1': '0.6738', 'eval_edge_best_threshold': '0.52', 'eval_edge_mrr': '0.2', 'eval_graph_accuracy': '0.822', 'eval_graph_perfect_or_one_fp': '0.822', 'eval_edge_precision_at_5': '0.2', 'eval_edge_recall_at_5': '0.001044', 'eval_edge_ndcg_at_5': '0.1312', 'eval_edge_precision_at_10': '0.6', 'eval_edge_recall_at_10': '0.006263', 'eval_edge_ndcg_at_10': '0.4362', 'eval_edge_precision_at_20': '0.6', 'eval_edge_recall_at_20': '0.01253', 'eval_edge_ndcg_at_20': '0.5034', 'eval_edge_precision_at_50': '0.6', 'eval_edge_recall_at_50': '0.03132', 'eval_edge_ndcg_at_50': '0.5421', 'eval_runtime': '3.204', 'eval_samples_per_second': '156.1', 'eval_steps_per_second': '19.66', 'epoch': '1'}",
         want={"ValLoss": 0.08874}),
    # the end-of-run summary
    dict(fw='HF Trainer (string-valued dicts)', src='https://github.com/ZeyuBa/hgt-local/blob/9c9d0b918be06892fce63373be40189cf38be7b7/run.log',
         line="{'train_runtime': '2742', 'train_samples_per_second': '46.68', 'train_steps_per_second': '11.67', 'train_loss': '0.05408', 'epoch': '16'}",
         want={}, optional={"TrainLoss": 0.05408, "SamplesPerSecond": 46.68, "IterationsPerSecond": 11.67}),
    # a checkpoint-writing bar
    dict(fw='HF Trainer (string-valued dicts)', src='https://github.com/ZeyuBa/hgt-local/blob/9c9d0b918be06892fce63373be40189cf38be7b7/run.log',
         line='\rWriting model shards: 100%|██████████| 1/1 [00:00<00:00, 238.49it/s]',
         want={}),
    # ---------------------------------------------------------------- TS-CVA time-series representation learning (print loop), committed training/.../output.log
    # the time is one epoch's
    dict(fw='ad-hoc print (TS-CVA)', src='https://github.com/2025-ITEC0401/TS-CVA/blob/46d45f668a3f62e404864b894c98761a8aa306ee/training/tech__crossmodal_200ep_20251203_104547/output.log',
         line='Epoch #11: train_loss=3.020553, val_loss=3.020553, time=0.23s, remaining=0.99min',
         want={"TrainLoss": 3.020553, "ValLoss": 3.020553}, optional={"StepTime": 230}),
    dict(fw='ad-hoc print (TS-CVA)', src='https://github.com/2025-ITEC0401/TS-CVA/blob/46d45f668a3f62e404864b894c98761a8aa306ee/training/tech__crossmodal_200ep_20251203_104547/output.log',
         line='[NEW BEST] Epoch #101: train_loss=1.902619, val_loss=1.902619, time=0.18s, remaining=0.29min',
         want={"TrainLoss": 1.902619, "ValLoss": 1.902619}, optional={"StepTime": 180}),
    # the forecasting head
    dict(fw='ad-hoc print (TS-CVA)', src='https://github.com/2025-ITEC0401/TS-CVA/blob/46d45f668a3f62e404864b894c98761a8aa306ee/training/tech__crossmodal_200ep_20251203_104547/output.log',
         line='Epoch 30/100: train_loss=0.045955, val_loss=0.344247',
         want={"TrainLoss": 0.045955, "ValLoss": 0.344247}),
    # reloading the best checkpoint
    dict(fw='ad-hoc print (TS-CVA)', src='https://github.com/2025-ITEC0401/TS-CVA/blob/46d45f668a3f62e404864b894c98761a8aa306ee/training/tech__crossmodal_200ep_20251203_104547/output.log',
         line='Loaded best model from epoch 185 (val_loss=1.669072)',
         want={}, optional={"ValLoss": 1.669072}),
    dict(fw='ad-hoc print (TS-CVA)', src='https://github.com/2025-ITEC0401/TS-CVA/blob/46d45f668a3f62e404864b894c98761a8aa306ee/training/tech__crossmodal_200ep_20251203_104547/output.log',
         line='Epoch 100/100: train_loss=0.030137, val_loss=0.337139',
         want={"TrainLoss": 0.030137, "ValLoss": 0.337139}),
    # ---------------------------------------------------------------- CIFAR autoencoder (logging module), committed run.log
    # a loss summed over the epoch
    dict(fw='ad-hoc logging (autoencoder)', src='https://github.com/allenhjw/DeepLearning/blob/9ac46d98416f8697a61292e26a090742b8c47b45/run.log',
         line='07/07/2022 05:34:51 PM Loss per epochs:815.4445641040802',
         want={"TrainLoss": 815.4445641040802}),
    dict(fw='ad-hoc logging (autoencoder)', src='https://github.com/allenhjw/DeepLearning/blob/9ac46d98416f8697a61292e26a090742b8c47b45/run.log',
         line='07/08/2022 07:22:57 AM Loss per epoch 26 :1.717768319125877',
         want={"TrainLoss": 1.717768319125877}),
    dict(fw='ad-hoc logging (autoencoder)', src='https://github.com/allenhjw/DeepLearning/blob/9ac46d98416f8697a61292e26a090742b8c47b45/run.log',
         line='07/07/2022 05:36:10 PM Loss per epochs:808.234999537468',
         want={"TrainLoss": 808.234999537468}),
    dict(fw='ad-hoc logging (autoencoder)', src='https://github.com/allenhjw/DeepLearning/blob/9ac46d98416f8697a61292e26a090742b8c47b45/run.log',
         line='07/16/2022 03:53:48 PM Loss per epoch 37 :1.8921510425966177',
         want={"TrainLoss": 1.8921510425966177}),
    # ---------------------------------------------------------------- invisible watermark for Stable Diffusion (logging module), committed logs/training.log
    dict(fw='ad-hoc logging (diffusion watermark)', src='https://github.com/Bolin42/WaterMarkModel/blob/52529b06386c846f113bd5afd156500d41253a2a/logs/training.log',
         line='2025-08-22 14:45:55,285 - INFO - Epoch 7 Average Training Loss: 1.0522, Validation Loss: 0.9123',
         want={"TrainLoss": 1.0522, "ValLoss": 0.9123}),
    dict(fw='ad-hoc logging (diffusion watermark)', src='https://github.com/Bolin42/WaterMarkModel/blob/52529b06386c846f113bd5afd156500d41253a2a/logs/training.log',
         line='2025-08-22 16:42:33,019 - INFO - Epoch 5 Average Training Loss: 1.0650, Validation Loss: 0.9863',
         want={"TrainLoss": 1.065, "ValLoss": 0.9863}),
    # an epoch's wall time
    dict(fw='ad-hoc logging (diffusion watermark)', src='https://github.com/Bolin42/WaterMarkModel/blob/52529b06386c846f113bd5afd156500d41253a2a/logs/training.log',
         line='2025-08-22 16:42:33,070 - INFO - Epoch 5 finished in 40.51 seconds.',
         want={}),
    # GPU memory
    dict(fw='ad-hoc logging (diffusion watermark)', src='https://github.com/Bolin42/WaterMarkModel/blob/52529b06386c846f113bd5afd156500d41253a2a/logs/training.log',
         line='2025-08-22 16:42:33,070 - INFO - Max GPU memory allocated: 3.63 GB',
         want={}),
    dict(fw='ad-hoc logging (diffusion watermark)', src='https://github.com/Bolin42/WaterMarkModel/blob/52529b06386c846f113bd5afd156500d41253a2a/logs/training.log',
         line='2025-08-22 14:57:41,227 - INFO - Epoch 14 Average Training Loss: 0.9689, Validation Loss: 1.1395',
         want={"TrainLoss": 0.9689, "ValLoss": 1.1395}),
    # ---------------------------------------------------------------- implicit autoencoder (print loop), committed training_log.txt
    # three losses and no total
    dict(fw='ad-hoc print (adversarial autoencoder)', src='https://github.com/AAAAAiden/IAE-implementation/blob/4f82396d260d0f61eb407a74c50d61b21e6cde07/training_log.txt',
         line='Epoch 5/1000 - Loss Discriminator: 0.03918109089136124, Loss Encoder: -0.09403881430625916, Loss Decoder: 0.006715612020343542',
         want={}, optional={"TrainLoss": 0.03918109089136124}),
    # ---------------------------------------------------------------- autoresearch loop over a GLM with XGBoost splines (tabular), committed run.log
    # a validation AUC
    dict(fw='tabular search loop (GLM + XGBoost)', src='https://github.com/ajzhanghk/autoresearch-glm/blob/b9be13fc67d96fad74d2feb9410f2674909a4342/run.log',
         line='val_auc: 0.774969',
         want={}),
    # ---------------------------------------------------------------- YOLOv3 on PyTorch (print loop), committed log_train.txt
    # the batch counts within the epoch; six parts and a total
    dict(fw='ad-hoc print (PyTorch-YOLOv3)', src='https://github.com/aunnnn/PyTorch-YOLOv3/blob/0263d7dc0e8f683b5544817e68ed50b023cd3df2/log_train.txt',
         line='[Epoch 0/30, Batch 0/7329] [Losses: x 0.272151, y 0.254906, w 4.818650, h 4.610126, conf 4.368177, cls 0.819295, total 15.143305, recall: 0.00000, precision: 0.00000]',
         want={"TrainLoss": 15.143305}, optional={"Step": 0}),
    dict(fw='ad-hoc print (PyTorch-YOLOv3)', src='https://github.com/aunnnn/PyTorch-YOLOv3/blob/0263d7dc0e8f683b5544817e68ed50b023cd3df2/log_train.txt',
         line='[Epoch 0/30, Batch 11/7329] [Losses: x 0.254892, y 0.277896, w 1.821969, h 2.947647, conf 3.702506, cls 0.802758, total 9.807669, recall: 0.04082, precision: 0.00042]',
         want={"TrainLoss": 9.807669}, optional={"Step": 11}),
    dict(fw='ad-hoc print (PyTorch-YOLOv3)', src='https://github.com/aunnnn/PyTorch-YOLOv3/blob/0263d7dc0e8f683b5544817e68ed50b023cd3df2/log_train.txt',
         line='[Epoch 0/30, Batch 27/7329] [Losses: x 0.256290, y 0.248964, w 1.881192, h 1.988408, conf 3.413693, cls 0.762207, total 8.550754, recall: 0.10985, precision: 0.00111]',
         want={"TrainLoss": 8.550754}, optional={"Step": 27}),
    dict(fw='ad-hoc print (PyTorch-YOLOv3)', src='https://github.com/aunnnn/PyTorch-YOLOv3/blob/0263d7dc0e8f683b5544817e68ed50b023cd3df2/log_train.txt',
         line='[Epoch 0/30, Batch 67/7329] [Losses: x 0.270380, y 0.226566, w 1.480441, h 1.501687, conf 3.175065, cls 0.779275, total 7.433414, recall: 0.08559, precision: 0.00097]',
         want={"TrainLoss": 7.433414}, optional={"Step": 67}),
    dict(fw='ad-hoc print (PyTorch-YOLOv3)', src='https://github.com/aunnnn/PyTorch-YOLOv3/blob/0263d7dc0e8f683b5544817e68ed50b023cd3df2/log_train.txt',
         line='[Epoch 0/30, Batch 17/7329] [Losses: x 0.264099, y 0.267105, w 2.266094, h 1.833244, conf 3.472099, cls 0.791079, total 8.893720, recall: 0.07759, precision: 0.00136]',
         want={"TrainLoss": 8.89372}, optional={"Step": 17}),
    # ---------------------------------------------------------------- diffusion policy with LeRobot (print loop), committed train_logs.txt
    dict(fw='LeRobot example loop (diffusion policy)', src='https://github.com/Prithvijai/rl_project_diffusion_policy_visuomotor/blob/0b3467b09f5d58d1ac1061d65affcd28748a219b/train_logs.txt',
         line='step: 0 loss: 1.191',
         want={"Step": 0, "TrainLoss": 1.191}),
    dict(fw='LeRobot example loop (diffusion policy)', src='https://github.com/Prithvijai/rl_project_diffusion_policy_visuomotor/blob/0b3467b09f5d58d1ac1061d65affcd28748a219b/train_logs.txt',
         line='step: 696 loss: 0.090',
         want={"Step": 696, "TrainLoss": 0.09}),
    dict(fw='LeRobot example loop (diffusion policy)', src='https://github.com/Prithvijai/rl_project_diffusion_policy_visuomotor/blob/0b3467b09f5d58d1ac1061d65affcd28748a219b/train_logs.txt',
         line='step: 4896 loss: 0.094',
         want={"Step": 4896, "TrainLoss": 0.094}),
    dict(fw='LeRobot example loop (diffusion policy)', src='https://github.com/Prithvijai/rl_project_diffusion_policy_visuomotor/blob/0b3467b09f5d58d1ac1061d65affcd28748a219b/train_logs.txt',
         line='step: 2096 loss: 0.093',
         want={"Step": 2096, "TrainLoss": 0.093}),
    dict(fw='LeRobot example loop (diffusion policy)', src='https://github.com/Prithvijai/rl_project_diffusion_policy_visuomotor/blob/0b3467b09f5d58d1ac1061d65affcd28748a219b/train_logs.txt',
         line='step: 1396 loss: 0.074',
         want={"Step": 1396, "TrainLoss": 0.074}),
    # ---------------------------------------------------------------- LLaVA DPO with TRL (HF Trainer dicts), committed train_logs.txt
    # rewards/* are not losses
    dict(fw='TRL DPOTrainer', src='https://github.com/omarftt/DPO-with-LVLMs/blob/282a1a76fb82f6836d34cbfe9918660882316e57/train_logs.txt',
         line="{'loss': 0.6934, 'grad_norm': 3.3249874114990234, 'learning_rate': 9.274193548387096e-07, 'rewards/chosen': 0.029392287135124207, 'rewards/rejected': 0.028889194130897522, 'rewards/accuracies': 0.46406251192092896, 'rewards/margins': 0.0005030919564887881, 'logps/chosen': -716.6146240234375, 'logps/rejected': -757.5062866210938, 'logits/chosen': -2.102160692214966, 'logits/rejected': -2.098186731338501, 'epoch': 0.08, 'num_input_tokens_seen': 0, 'train_runtime': 256.2288, 'train_tokens_per_second': 0.0}",
         want={"TrainLoss": 0.6934, "GradNorm": 3.3249874114990234}),
    dict(fw='TRL DPOTrainer', src='https://github.com/omarftt/DPO-with-LVLMs/blob/282a1a76fb82f6836d34cbfe9918660882316e57/train_logs.txt',
         line="{'loss': 0.6883, 'grad_norm': 3.9946298599243164, 'learning_rate': 2.0161290322580642e-07, 'rewards/chosen': -0.04528668150305748, 'rewards/rejected': -0.05667326971888542, 'rewards/accuracies': 0.5531250238418579, 'rewards/margins': 0.011386587284505367, 'logps/chosen': -695.0792846679688, 'logps/rejected': -730.0106201171875, 'logits/chosen': -2.102102518081665, 'logits/rejected': -2.0864272117614746, 'epoch': 0.81, 'num_input_tokens_seen': 0, 'train_runtime': 2534.8272, 'train_tokens_per_second': 0.0}",
         want={"TrainLoss": 0.6883, "GradNorm": 3.9946298599243164}),
    # a version banner
    dict(fw='TRL DPOTrainer', src='https://github.com/omarftt/DPO-with-LVLMs/blob/282a1a76fb82f6836d34cbfe9918660882316e57/train_logs.txt',
         line='TRL version: 0.23.1',
         want={}),
    dict(fw='TRL DPOTrainer', src='https://github.com/omarftt/DPO-with-LVLMs/blob/282a1a76fb82f6836d34cbfe9918660882316e57/train_logs.txt',
         line="{'loss': 0.6925, 'grad_norm': 2.634859085083008, 'learning_rate': 6.854838709677419e-07, 'rewards/chosen': 0.019724395126104355, 'rewards/rejected': 0.017230873927474022, 'rewards/accuracies': 0.5078125, 'rewards/margins': 0.0024935200344771147, 'logps/chosen': -696.5640869140625, 'logps/rejected': -725.544677734375, 'logits/chosen': -2.099208116531372, 'logits/rejected': -2.0768465995788574, 'epoch': 0.32, 'num_input_tokens_seen': 0, 'train_runtime': 1014.8863, 'train_tokens_per_second': 0.0}",
         want={"TrainLoss": 0.6925, "GradNorm": 2.634859085083008}),
    dict(fw='TRL DPOTrainer', src='https://github.com/omarftt/DPO-with-LVLMs/blob/282a1a76fb82f6836d34cbfe9918660882316e57/train_logs.txt',
         line="{'loss': 0.692, 'grad_norm': 1.5550206899642944, 'learning_rate': 4.4354838709677415e-07, 'rewards/chosen': -0.024331428110599518, 'rewards/rejected': -0.02800178900361061, 'rewards/accuracies': 0.503125011920929, 'rewards/margins': 0.0036703585647046566, 'logps/chosen': -685.6779174804688, 'logps/rejected': -731.1978759765625, 'logits/chosen': -2.0934269428253174, 'logits/rejected': -2.0791172981262207, 'epoch': 0.57, 'num_input_tokens_seen': 0, 'train_runtime': 1778.8129, 'train_tokens_per_second': 0.0}",
         want={"TrainLoss": 0.692, "GradNorm": 1.5550206899642944}),
    # ---------------------------------------------------------------- English-to-Italian transformer (PyTorch Lightning, DDP on 4 GPUs), committed train_logs.txt (CRLF)
    # validation_* are metrics, not losses
    dict(fw='PyTorch Lightning (tqdm bar)', src='https://github.com/Delve-ERAV1/MACHINE-TRANSLATION-English-to-Italian/blob/62a04275acec0e93f8f1137eaf4f63ea25effae5/train_logs.txt',
         line='Epoch 2:  10%|▉         | 44/455 [00:18<02:55,  2.35it/s, v_num=2, loss=5.780, validation_cer=0.793, validation_wer=1.920, validation_bleu=0.000]',
         want={"TrainLoss": 5.78}, optional={"Step": 44, "IterationsPerSecond": 2.35}),
    dict(fw='PyTorch Lightning (tqdm bar)', src='https://github.com/Delve-ERAV1/MACHINE-TRANSLATION-English-to-Italian/blob/62a04275acec0e93f8f1137eaf4f63ea25effae5/train_logs.txt',
         line='Epoch 15:   0%|          | 1/455 [00:01<10:24,  1.37s/it, v_num=2, loss=3.660, validation_cer=0.653, validation_wer=0.964, validation_bleu=0.000]',
         want={"TrainLoss": 3.66}, optional={"Step": 1, "IterationsPerSecond": 0.7299270072992701}),
    # a mean whose split the line does not name
    dict(fw='PyTorch Lightning (tqdm bar)', src='https://github.com/Delve-ERAV1/MACHINE-TRANSLATION-English-to-Italian/blob/62a04275acec0e93f8f1137eaf4f63ea25effae5/train_logs.txt',
         line='Loss Mean - 3.7315514087677',
         want={}, optional={"TrainLoss": 3.7315514087677}),
    # the model summary table
    dict(fw='PyTorch Lightning (tqdm bar)', src='https://github.com/Delve-ERAV1/MACHINE-TRANSLATION-English-to-Italian/blob/62a04275acec0e93f8f1137eaf4f63ea25effae5/train_logs.txt',
         line='0 | model   | Transformer      | 125 M ',
         want={}),
    dict(fw='PyTorch Lightning (tqdm bar)', src='https://github.com/Delve-ERAV1/MACHINE-TRANSLATION-English-to-Italian/blob/62a04275acec0e93f8f1137eaf4f63ea25effae5/train_logs.txt',
         line='Epoch 19:  31%|███       | 139/455 [00:58<02:12,  2.39it/s, v_num=2, loss=2.960, validation_cer=0.761, validation_wer=1.300, validation_bleu=0.000]',
         want={"TrainLoss": 2.96}, optional={"Step": 139, "IterationsPerSecond": 2.39}),
    # ---------------------------------------------------------------- behaviour clustering with a CatBoost classifier, committed training.out
    # the learn metric rises: not clearly a loss
    dict(fw='CatBoost', src='https://github.com/Thalaivar/DDP/blob/3cd0c669f2657d2b2023c5ca8f4b1b4170730478/training.out',
         line='211:\tlearn: 0.9111800\ttotal: 4m 16s\tremaining: 25m 57s',
         want={"Step": 211}, optional={"TrainLoss": 0.91118}),
    dict(fw='CatBoost', src='https://github.com/Thalaivar/DDP/blob/3cd0c669f2657d2b2023c5ca8f4b1b4170730478/training.out',
         line='1411:\tlearn: 0.9608100\ttotal: 28m 12s\tremaining: 1m 45s',
         want={"Step": 1411}, optional={"TrainLoss": 0.96081}),
    # clustering statistics
    dict(fw='CatBoost', src='https://github.com/Thalaivar/DDP/blob/3cd0c669f2657d2b2023c5ca8f4b1b4170730478/training.out',
         line='INFO:behaviourPipeline.clustering:pooling 33 clusters from B6129SF1/J with entropy ratio 0.9748818256867695',
         want={}),
    # the first boosting round
    dict(fw='CatBoost', src='https://github.com/Thalaivar/DDP/blob/3cd0c669f2657d2b2023c5ca8f4b1b4170730478/training.out',
         line='0:\tlearn: 0.4812244\ttotal: 1.42s\tremaining: 35m 31s',
         want={"Step": 0}, optional={"TrainLoss": 0.4812244}),
    dict(fw='CatBoost', src='https://github.com/Thalaivar/DDP/blob/3cd0c669f2657d2b2023c5ca8f4b1b4170730478/training.out',
         line='1111:\tlearn: 0.9551772\ttotal: 22m 14s\tremaining: 7m 45s',
         want={"Step": 1111}, optional={"TrainLoss": 0.9551772}),
    # ---------------------------------------------------------------- SPoTr point-cloud segmentation of fallen trees (print loop), committed train_logs.txt
    dict(fw='ad-hoc print (point cloud, OpenPoints)', src='https://github.com/nabint/SPoTr/blob/2b3e09130df7d0c843a550098ddad648353358fe/train_logs.txt',
         line='Epoch 1/150  Train Loss: 0.092074  Train Acc: 0.797406',
         want={"TrainLoss": 0.092074}),
    dict(fw='ad-hoc print (point cloud, OpenPoints)', src='https://github.com/nabint/SPoTr/blob/2b3e09130df7d0c843a550098ddad648353358fe/train_logs.txt',
         line='Epoch 60/150  Train Loss: 0.019528  Train Acc: 0.952685',
         want={"TrainLoss": 0.019528}),
    # test accuracy and mIoU
    dict(fw='ad-hoc print (point cloud, OpenPoints)', src='https://github.com/nabint/SPoTr/blob/2b3e09130df7d0c843a550098ddad648353358fe/train_logs.txt',
         line='Test Acc: 0.928285  Class mIoU: 0.863341   mIoU: 0.866549',
         want={}),
    dict(fw='ad-hoc print (point cloud, OpenPoints)', src='https://github.com/nabint/SPoTr/blob/2b3e09130df7d0c843a550098ddad648353358fe/train_logs.txt',
         line='Epoch 2/150  Train Loss: 0.054059  Train Acc: 0.877399',
         want={"TrainLoss": 0.054059}),
    dict(fw='ad-hoc print (point cloud, OpenPoints)', src='https://github.com/nabint/SPoTr/blob/2b3e09130df7d0c843a550098ddad648353358fe/train_logs.txt',
         line='Epoch 3/150  Train Loss: 0.045445  Train Acc: 0.889320',
         want={"TrainLoss": 0.045445}),
    # ---------------------------------------------------------------- neural conservative-to-primitive solver for relativistic hydro on ROCm (print loop), committed training.out
    # an evaluation loss labelled as test
    dict(fw='ad-hoc print (physics surrogate)', src='https://github.com/carlomusolino/c2p_ML/blob/b52b2b835c5a0328cef20beef8b5b4e3cb644bf6/training.out',
         line='Epoch 10, Loss: 0.00195, Test loss: 0.000315',
         want={"TrainLoss": 0.00195, "ValLoss": 0.000315}),
    dict(fw='ad-hoc print (physics surrogate)', src='https://github.com/carlomusolino/c2p_ML/blob/b52b2b835c5a0328cef20beef8b5b4e3cb644bf6/training.out',
         line='Epoch 80, Loss: 0.00127, Test loss: 6.01e-05',
         want={"TrainLoss": 0.00127, "ValLoss": 6.01e-05}),
    # the last loss, its split not named
    dict(fw='ad-hoc print (physics surrogate)', src='https://github.com/carlomusolino/c2p_ML/blob/b52b2b835c5a0328cef20beef8b5b4e3cb644bf6/training.out',
         line='Final loss: 1.3456286069413181e-05',
         want={}, optional={"TrainLoss": 1.3456286069413181e-05}),
    # a bare tensor printed while debugging
    dict(fw='ad-hoc print (physics surrogate)', src='https://github.com/carlomusolino/c2p_ML/blob/b52b2b835c5a0328cef20beef8b5b4e3cb644bf6/training.out',
         line="tensor(1.1261e-13, device='cuda:0')",
         want={}),
    dict(fw='ad-hoc print (physics surrogate)', src='https://github.com/carlomusolino/c2p_ML/blob/b52b2b835c5a0328cef20beef8b5b4e3cb644bf6/training.out',
         line='Epoch 100, Loss: 0.00131, Test loss: 0.000112',
         want={"TrainLoss": 0.00131, "ValLoss": 0.000112}),
    # ---------------------------------------------------------------- Levenberg-Marquardt fit of a neural potential-energy surface (Fortran), committed training.out
    # the time is seconds on a wall clock, not a step time
    dict(fw='Fortran LM fit (PIP-NN potential)', src='https://github.com/kaka-zuumi/PIPFI_trainingAndTestingKit/blob/6896807986f1c00fba64f8fd591035ab1edf71c3/training.out',
         line=' Iteration:            2  Time: 120022.699',
         want={"Step": 2}),
    # training error, a metric rather than the objective
    dict(fw='Fortran LM fit (PIP-NN potential)', src='https://github.com/kaka-zuumi/PIPFI_trainingAndTestingKit/blob/6896807986f1c00fba64f8fd591035ab1edf71c3/training.out',
         line='  MAE:    1.61894719689637       over        11236  points',
         want={}, optional={"TrainLoss": 1.61894719689637}),
    dict(fw='Fortran LM fit (PIP-NN potential)', src='https://github.com/kaka-zuumi/PIPFI_trainingAndTestingKit/blob/6896807986f1c00fba64f8fd591035ab1edf71c3/training.out',
         line=' Iteration:           21  Time: 120120.912',
         want={"Step": 21}),
    dict(fw='Fortran LM fit (PIP-NN potential)', src='https://github.com/kaka-zuumi/PIPFI_trainingAndTestingKit/blob/6896807986f1c00fba64f8fd591035ab1edf71c3/training.out',
         line=' Iteration:           41  Time: 120220.222',
         want={"Step": 41}),
    # ---------------------------------------------------------------- Faster R-CNN in Caffe, committed log_train.txt
    # the time is for 20 iterations
    dict(fw='Caffe (glog solver)', src='https://github.com/dereyly/faster-rcnn-my/blob/8f30c996102ab59ece8bf683cdbe4bbab4e8a29b/log_train.txt',
         line='I0403 05:33:59.548279  9046 solver.cpp:219] Iteration 179940 (3.16363 iter/s, 6.32184s/20 iters), loss = 0.139356',
         want={"Step": 179940, "TrainLoss": 0.139356, "IterationsPerSecond": 3.16363}, optional={"StepTime": 316.092}),
    dict(fw='Caffe (glog solver)', src='https://github.com/dereyly/faster-rcnn-my/blob/8f30c996102ab59ece8bf683cdbe4bbab4e8a29b/log_train.txt',
         line='I0403 05:34:05.919983  9046 solver.cpp:219] Iteration 179960 (3.13909 iter/s, 6.37126s/20 iters), loss = 0.0470262',
         want={"Step": 179960, "TrainLoss": 0.0470262, "IterationsPerSecond": 3.13909}, optional={"StepTime": 318.563}),
    # one weighted part of the loss
    dict(fw='Caffe (glog solver)', src='https://github.com/dereyly/faster-rcnn-my/blob/8f30c996102ab59ece8bf683cdbe4bbab4e8a29b/log_train.txt',
         line='I0403 05:33:59.548313  9046 solver.cpp:238]     Train net output #0: loss_bbox = 0.0299847 (* 1 = 0.0299847 loss)',
         want={}, optional={"TrainLoss": 0.0299847}),
    # the learning-rate line
    dict(fw='Caffe (glog solver)', src='https://github.com/dereyly/faster-rcnn-my/blob/8f30c996102ab59ece8bf683cdbe4bbab4e8a29b/log_train.txt',
         line='I0403 05:33:59.548337  9046 sgd_solver.cpp:105] Iteration 179940, lr = 1e-05',
         want={"Step": 179940}),
    dict(fw='Caffe (glog solver)', src='https://github.com/dereyly/faster-rcnn-my/blob/8f30c996102ab59ece8bf683cdbe4bbab4e8a29b/log_train.txt',
         line='I0401 08:05:55.118290  5674 solver.cpp:218] Iteration 119900 (2.95174 iter/s, 6.77566s/20 iters), loss = 0.135465',
         want={"Step": 119900, "TrainLoss": 0.135465, "IterationsPerSecond": 2.95174}, optional={"StepTime": 338.783}),
    # ---------------------------------------------------------------- ResNet-18 on CIFAR-10 (print loop), committed log_train.txt
    # a leading tab
    dict(fw='ad-hoc print (CIFAR-10 ResNet)', src='https://github.com/yuding-2000/Cifar10/blob/48324bb3557fffe895eb195e62dcb6123d421198/log_train.txt',
         line='\tepoch 2: train acc: 64.236%, loss: 1.0119821828603746',
         want={"TrainLoss": 1.0119821828603746}),
    dict(fw='ad-hoc print (CIFAR-10 ResNet)', src='https://github.com/yuding-2000/Cifar10/blob/48324bb3557fffe895eb195e62dcb6123d421198/log_train.txt',
         line='\tepoch 5: train acc: 78.292%, loss: 0.624637891292572',
         want={"TrainLoss": 0.624637891292572}),
    # the test result
    dict(fw='ad-hoc print (CIFAR-10 ResNet)', src='https://github.com/yuding-2000/Cifar10/blob/48324bb3557fffe895eb195e62dcb6123d421198/log_train.txt',
         line='The result of BN_Relu_RestNet18 with Adam is test acc: 76.82%, loss: 0.6848062366247177',
         want={"ValLoss": 0.6848062366247177}),
    # per-class test accuracy
    dict(fw='ad-hoc print (CIFAR-10 ResNet)', src='https://github.com/yuding-2000/Cifar10/blob/48324bb3557fffe895eb195e62dcb6123d421198/log_train.txt',
         line='\t test acc for 飞机 (airplane) is 78.9000015258789%',
         want={}),
    dict(fw='ad-hoc print (CIFAR-10 ResNet)', src='https://github.com/yuding-2000/Cifar10/blob/48324bb3557fffe895eb195e62dcb6123d421198/log_train.txt',
         line='\tepoch 4: train acc: 75.632%, loss: 0.7016257179379464',
         want={"TrainLoss": 0.7016257179379464}),
    # ---------------------------------------------------------------- SpliceAI-10k splice-site model (logging module), committed outputs/train.log
    # an indented summary under the epoch banner
    dict(fw='ad-hoc logging (SpliceAI)', src='https://github.com/khoa-yelo/SpliceAI/blob/58505dba7f9d4addc0d343b903ebfec48aef1bc4/outputs/train.log',
         line='2025-05-04 23:03:30,344 - INFO -   Train Loss: 0.0009',
         want={"TrainLoss": 0.0009}),
    dict(fw='ad-hoc logging (SpliceAI)', src='https://github.com/khoa-yelo/SpliceAI/blob/58505dba7f9d4addc0d343b903ebfec48aef1bc4/outputs/train.log',
         line='2025-05-04 23:03:30,344 - INFO -   Val   Loss: 0.0006',
         want={"ValLoss": 0.0006}),
    # per-class top-k accuracy and PR-AUC
    dict(fw='ad-hoc logging (SpliceAI)', src='https://github.com/khoa-yelo/SpliceAI/blob/58505dba7f9d4addc0d343b903ebfec48aef1bc4/outputs/train.log',
         line='2025-05-04 23:03:30,344 - INFO -   Class 1: Top-k Acc → Train: 0.505, Val: 0.653;  PR-AUC → Train: 0.497, Val: 0.690',
         want={}),
    dict(fw='ad-hoc logging (SpliceAI)', src='https://github.com/khoa-yelo/SpliceAI/blob/58505dba7f9d4addc0d343b903ebfec48aef1bc4/outputs/train.log',
         line='2025-05-04 22:32:07,088 - INFO -   Train Loss: 0.0045',
         want={"TrainLoss": 0.0045}),
    # ---------------------------------------------------------------- Seq2Seq GRU translation (print loop), committed outputs/train.log
    # LOSS equals NLL here; the time's span is not printed
    dict(fw='ad-hoc print (seq2seq NMT)', src='https://github.com/platoneko/MyNMT/blob/e7666961b88ecc201ded6daf18e0bccafac18485/outputs/train.log',
         line='[Train][ 1][1/22]   NLL-36.105   ACC-0.000   PPL-4786647635853312.000   LOSS-36.105   TIME-2.03',
         want={"TrainLoss": 36.105}, optional={"Step": 1, "StepTime": 2030}),
    # ---------------------------------------------------------------- DiT diffusion transformer (bare loss values), committed train_logs.txt
    # a bare number per line
    dict(fw='ad-hoc print (DiT, bare values)', src='https://github.com/mohame54/Dit/blob/2c3198f553ba2feb90682fa68886c200d12d8a43/train_logs.txt',
         line='4.098977',
         want={}, optional={"TrainLoss": 4.098977}),
    # ---------------------------------------------------------------- TensorGP evolved activation search (Keras verbose=2 with NaN), committed train_logs.txt
    dict(fw='Keras (verbose=2)', src='https://github.com/cdvetal/TensorGP/blob/9b6cea0e2389c4f0c62a6e310669a86f03e36e7f/train_logs.txt',
         line='48/48 - 0s - loss: 5.8043 - accuracy: 0.0986 - val_loss: 25.1308 - val_accuracy: 0.1044',
         want={"TrainLoss": 5.8043, "ValLoss": 25.1308}, optional={"Step": 48}),
    # val_loss is nan
    dict(fw='Keras (verbose=2)', src='https://github.com/cdvetal/TensorGP/blob/9b6cea0e2389c4f0c62a6e310669a86f03e36e7f/train_logs.txt',
         line='48/48 - 0s - loss: 2.4443 - accuracy: 0.1025 - val_loss: nan - val_accuracy: 0.1028',
         want={"TrainLoss": 2.4443}, optional={"Step": 48}),
    # both losses are nan
    dict(fw='Keras (verbose=2)', src='https://github.com/cdvetal/TensorGP/blob/9b6cea0e2389c4f0c62a6e310669a86f03e36e7f/train_logs.txt',
         line='48/48 - 0s - loss: nan - accuracy: 0.1022 - val_loss: nan - val_accuracy: 0.0913',
         want={}, optional={"Step": 48}),
    # a new trial after the NaN run
    dict(fw='Keras (verbose=2)', src='https://github.com/cdvetal/TensorGP/blob/9b6cea0e2389c4f0c62a6e310669a86f03e36e7f/train_logs.txt',
         line='48/48 - 0s - loss: 2.3028 - accuracy: 0.1018 - val_loss: 113.6461 - val_accuracy: 0.0962',
         want={"TrainLoss": 2.3028, "ValLoss": 113.6461}, optional={"Step": 48}),
    # ---------------------------------------------------------------- multi-stream hyper-connections language model (print loop), committed train_logs.txt
    dict(fw='ad-hoc print (mHC LM)', src='https://github.com/aamir-gmail/MC-Hyper-Connections-Implementation/blob/d292ef01f6744596fbfb7d5fa881e9c95731f4ba/train_logs.txt',
         line='Step 100: Val Loss 2.6295 | LR: 3.00e-04',
         want={"Step": 100, "ValLoss": 2.6295}),
    dict(fw='ad-hoc print (mHC LM)', src='https://github.com/aamir-gmail/MC-Hyper-Connections-Implementation/blob/d292ef01f6744596fbfb7d5fa881e9c95731f4ba/train_logs.txt',
         line='Step 5600: Val Loss 1.3516 | LR: 1.81e-04',
         want={"Step": 5600, "ValLoss": 1.3516}),
    dict(fw='ad-hoc print (mHC LM)', src='https://github.com/aamir-gmail/MC-Hyper-Connections-Implementation/blob/d292ef01f6744596fbfb7d5fa881e9c95731f4ba/train_logs.txt',
         line='Step 6200: Val Loss 1.3213 | LR: 1.60e-04',
         want={"Step": 6200, "ValLoss": 1.3213}),
    dict(fw='ad-hoc print (mHC LM)', src='https://github.com/aamir-gmail/MC-Hyper-Connections-Implementation/blob/d292ef01f6744596fbfb7d5fa881e9c95731f4ba/train_logs.txt',
         line='Step 2600: Val Loss 1.5807 | LR: 2.72e-04',
         want={"Step": 2600, "ValLoss": 1.5807}),
    dict(fw='ad-hoc print (mHC LM)', src='https://github.com/aamir-gmail/MC-Hyper-Connections-Implementation/blob/d292ef01f6744596fbfb7d5fa881e9c95731f4ba/train_logs.txt',
         line='Step 5700: Val Loss 1.3389 | LR: 1.77e-04',
         want={"Step": 5700, "ValLoss": 1.3389}),
    # ---------------------------------------------------------------- dysarthric-speech classifier (logging module), committed outputs/train.log
    # the batch counts within the epoch
    dict(fw='ad-hoc logging (speech classifier)', src='https://github.com/Siddharth-Jaswal/Dysarthria-Classifier/blob/c1897b417bc1815e49b951795d12c2076097b056/outputs/train.log',
         line='2026-05-01 04:26:11 | DEBUG | Epoch 02 | Batch 40/62 | batch_loss=0.7479',
         want={"TrainLoss": 0.7479}, optional={"Step": 40}),
    dict(fw='ad-hoc logging (speech classifier)', src='https://github.com/Siddharth-Jaswal/Dysarthria-Classifier/blob/c1897b417bc1815e49b951795d12c2076097b056/outputs/train.log',
         line='2026-05-01 04:26:51 | INFO | Epoch [03/20] LR: 0.001000 | Train Loss: 0.7214 | Train Acc: 0.7311',
         want={"TrainLoss": 0.7214}),
    dict(fw='ad-hoc logging (speech classifier)', src='https://github.com/Siddharth-Jaswal/Dysarthria-Classifier/blob/c1897b417bc1815e49b951795d12c2076097b056/outputs/train.log',
         line='2026-05-01 04:31:47 | INFO | Epoch [11/20] LR: 0.001000 | Train Loss: 0.3258 | Train Acc: 0.8997',
         want={"TrainLoss": 0.3258}),
    dict(fw='ad-hoc logging (speech classifier)', src='https://github.com/Siddharth-Jaswal/Dysarthria-Classifier/blob/c1897b417bc1815e49b951795d12c2076097b056/outputs/train.log',
         line='2026-05-01 04:31:06 | DEBUG | Epoch 10 | Batch 40/62 | batch_loss=0.2160',
         want={"TrainLoss": 0.216}, optional={"Step": 40}),
    dict(fw='ad-hoc logging (speech classifier)', src='https://github.com/Siddharth-Jaswal/Dysarthria-Classifier/blob/c1897b417bc1815e49b951795d12c2076097b056/outputs/train.log',
         line='2026-05-01 04:29:22 | INFO | Epoch [07/20] LR: 0.001000 | Train Loss: 0.4861 | Train Acc: 0.8425',
         want={"TrainLoss": 0.4861}),
    # ---------------------------------------------------------------- non-contrast to contrast CT translation GAN (logging module), committed outputs/train.log
    # generator and discriminator parts follow the total
    dict(fw='ad-hoc logging (CT translation GAN)', src='https://github.com/yz14/n2c/blob/c0296f3fbd7923578470d853218d2896879738c1/outputs/train.log',
         line='2026-03-01 11:05:12 [INFO] trainer: Epoch 7/200 [Train] loss: 0.414321, l1: 0.103127, ssim: 0.311194, lr_G: 0.000200, gan_g: 0.200278, fm: 0.018751, d_loss: 0.947402, lr_D: 0.000200, D_real: 0.749501, D_fake: 0.749138, w_recon: 0.414321, w_gan: 0.200278, w_fm: 0.018751, gnorm_G: 0.637961, gnorm_D: 16.113034',
         want={"TrainLoss": 0.414321}),
    dict(fw='ad-hoc logging (CT translation GAN)', src='https://github.com/yz14/n2c/blob/c0296f3fbd7923578470d853218d2896879738c1/outputs/train.log',
         line='2026-03-01 10:13:22 [INFO] trainer: Epoch 2/200 [Val]   loss: 0.619400, l1: 0.161922, ssim: 0.457478',
         want={"ValLoss": 0.6194}),
    # the best loss so far
    dict(fw='ad-hoc logging (CT translation GAN)', src='https://github.com/yz14/n2c/blob/c0296f3fbd7923578470d853218d2896879738c1/outputs/train.log',
         line='2026-03-01 10:35:05 [INFO] trainer:   New best validation loss: 0.614887',
         want={}, optional={"ValLoss": 0.614887}),
    dict(fw='ad-hoc logging (CT translation GAN)', src='https://github.com/yz14/n2c/blob/c0296f3fbd7923578470d853218d2896879738c1/outputs/train.log',
         line='2026-03-01 11:36:33 [INFO] trainer: Epoch 10/200 [Train] loss: 0.417350, l1: 0.103027, ssim: 0.314323, lr_G: 0.000199, gan_g: 0.193875, fm: 0.016498, d_loss: 0.942152, lr_D: 0.000199, D_real: 0.749787, D_fake: 0.749496, w_recon: 0.417350, w_gan: 0.193875, w_fm: 0.016498, gnorm_G: 0.671738, gnorm_D: 10.824365',
         want={"TrainLoss": 0.41735}),
    dict(fw='ad-hoc logging (CT translation GAN)', src='https://github.com/yz14/n2c/blob/c0296f3fbd7923578470d853218d2896879738c1/outputs/train.log',
         line='2026-03-01 10:55:48 [INFO] trainer: Epoch 6/200 [Val]   loss: 0.600283, l1: 0.158506, ssim: 0.441778',
         want={"ValLoss": 0.600283}),
    # ---------------------------------------------------------------- HP-VADE deconvolution model (nan losses), committed log_train.txt
    # a NaN loss part
    dict(fw='ad-hoc print (VAE, NaN)', src='https://github.com/hanv14/HP-VADE/blob/7bf7644f0d8a0e5a7b34e0722852c961367e03f9/log_train.txt',
         line='  loss_proto: nan',
         want={}),
    # ---------------------------------------------------------------- YOLOv8 fine-tuning in Colab (Ultralytics), committed notebook outputs
    # box, cls and dfl losses without a total
    dict(fw='Ultralytics YOLOv8 (notebook)', src='https://github.com/uzorcic/machinelearning/blob/ca6a0fb5480c4ee86e4e90d42c1f1e3870319be7/yolov8_train_with_gpu.ipynb',
         line='      1/100      11.2G      1.503      2.265      1.666        228       1280: 100%|██████████| 8/8 [00:10<00:00,  1.36s/it]',
         want={}, optional={"Step": 8, "IterationsPerSecond": 0.7352941176470588, "StepTime": 1360}),
    # ANSI bold around the run folder
    dict(fw='Ultralytics YOLOv8 (notebook)', src='https://github.com/uzorcic/machinelearning/blob/ca6a0fb5480c4ee86e4e90d42c1f1e3870319be7/yolov8_train_with_gpu.ipynb',
         line='Logging results to \x1b[1mruns/detect/train2\x1b[0m',
         want={}),
]
