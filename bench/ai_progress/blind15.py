# A fifteenth blind held-out set of progress lines for the AI-training pack,
# collected on 2026-12-07 (UTC). About two thirds of the lines come from
# training logs that people committed to their repositories (train.log,
# training.log, train_log.txt, training_log.txt, finetune.log, pretrain.log,
# sft.log, logs/train.log, log/train.log, output.log, slurm-*.out,
# trainer_log.jsonl and similar), read byte for byte from the repository at
# the commit named in `src`; the other third were copied verbatim from public
# GitHub issues and pull requests in which users pasted part of a training
# log, and `src` then names the thread. No source (repository file, issue or
# pull request) used in heldout.py, fresh.py, devset.py, devset2.py or
# blind.py .. blind14.py was taken again, and no repository named in any of
# their sources either; at most five lines come from one source. The set was
# written without looking at the pack or its tests, each expectation decided
# from what the line itself prints, and it was frozen before it was scored
# even once.
# Same fields as heldout.py: the framework, where the line was seen, the line
# as printed (tabs, the `\r` that starts a progress-bar refresh, the CR of a
# CRLF line end, ANSI escapes, typographic, no-break-space and replacement
# characters and leading or trailing blanks kept), the progress metrics it
# must yield (`want`) and metrics it may yield or not (`optional`: an
# in-epoch batch counter, an unlabeled counter, a tqdm bar's rate, an it/s
# derived from `s/it`, a time whose unit or span the line does not print, an
# epoch or whole-run average next to a per-step series, a loss whose meaning
# the line leaves open, a value in an unlabeled CSV or list row). `want={}`
# marks a line that holds no training progress: the pack stays quiet.
# StepTime is in milliseconds. A NaN or inf value yields no metric.
# A case holds one record: where several `\r` refreshes share a physical
# line, the refresh the case names, from its `\r` up to the next `\r` or
# newline.

CASES = [
    # ---------------------------------------------------------------- English-to-Chinese Transformer translation (custom loop, PyTorch profiler on): one summary line per epoch with train and validation parts
    dict(fw='ad-hoc epoch print', src='https://github.com/B777B2056-2/machine_translation_en2zh/blob/1f6367ef929f33dfb88944830fa24a5645b512b3/train.log',
         line='Epoch 0 |             Train Loss: 11.2338 | Token Acc: 0.0490 | Seq Acc: 0.0000 |             Val Loss: 10.9681 | Token Acc: 0.0660 | Seq Acc: 0.0000',
         want={"TrainLoss": 11.2338, "ValLoss": 10.9681}),
    # ---------------------------------------------------------------- image classification framework (FasterNet/StarNet backbones with ArcFace, custom loop): comma-joined batch lines
    # batch counter of the epoch; train acc is no loss
    dict(fw='ad-hoc batch print', src='https://github.com/4399123/Image_Classification_Framework_Master/blob/93d36deeec1cf8d840f8ae424b8e8e7e80c449cc/train.log',
         line='epoch:1/300,batch:1/16,lr:0.000100,train loss:6.16298,train acc:1.17%',
         want={"TrainLoss": 6.16298}, optional={"Step": 1}),
    # argparse dump at start
    dict(fw='ad-hoc batch print', src='https://github.com/4399123/Image_Classification_Framework_Master/blob/93d36deeec1cf8d840f8ae424b8e8e7e80c449cc/train.log',
         line="Namespace(arcloss=True, bs=64, checkpoint=False, checkpoint_path='./pt/1.pt', embeddingdim=512, epochs=300, finetune_from=None, loss=1, lr=0.0003, model_ema=True, pathtrain='../TextureDataset/train', pathval='../TextureDataset/val')",
         want={}),
    # ---------------------------------------------------------------- stable-baselines3 PPO (course homework, Atari-style run near 20M steps): the eval callback
    # the evaluation callback's reward summary
    dict(fw='stable-baselines3', src='https://github.com/AlanXiangYuWu/REINFORCEMENT-LEARNING-homework3-4/blob/d9a02b90a7e9e6087a8ec939566035813f6b3f43/train.log',
         line='Eval num_timesteps=20000000, episode_reward=0.00 +/- 0.00',
         want={}),
    # ---------------------------------------------------------------- Caffe (temporal segment network fork): solver lines of an older Caffe, loss and lr on separate lines
    dict(fw='Caffe', src='https://github.com/yjxiong/caffe/issues/2',
         line='I0815 22:23:39.197793 52129 solver.cpp:232] Iteration 2380, loss = 2.04238',
         want={"Step": 2380, "TrainLoss": 2.04238}),
    dict(fw='Caffe', src='https://github.com/yjxiong/caffe/issues/2',
         line='I0815 22:26:28.971369 52129 solver.cpp:631] Iteration 2400, lr = 0.001',
         want={}, optional={"Step": 2400}),
    # ---------------------------------------------------------------- Caffe (SphereFace): newer solver line with the iteration rate and the time per 100 iterations
    dict(fw='Caffe', src='https://github.com/wy1iu/sphereface/issues/103',
         line='I0718 04:11:03.865905 23375 solver.cpp:218] Iteration 18900 (0.996126 iter/s, 100.389s/100 iters), loss = 13.4725',
         want={"Step": 18900, "TrainLoss": 13.4725, "IterationsPerSecond": 0.996126}, optional={"StepTime": 1003.89}),
    # the net's output blob: the same softmax loss again, weighted
    dict(fw='Caffe', src='https://github.com/wy1iu/sphereface/issues/103',
         line='I0718 04:12:43.354760 23375 solver.cpp:237]     Train net output #1: softmax_loss = 13.3963 (* 1 = 13.3963 loss)',
         want={}, optional={"TrainLoss": 13.3963}),
    # ---------------------------------------------------------------- loss-function search for face recognition (custom logging): iteration counts batches of the epoch
    dict(fw='ad-hoc logging', src='https://github.com/tiandunx/loss_function_search/issues/5',
         line='INFO 2021-06-10 18:58:19 search.py: 62] rank 0, epoch 8, iter 304, lr 0.001000, loss 5.849984',
         want={"TrainLoss": 5.849984}, optional={"Step": 304}),
    dict(fw='ad-hoc logging', src='https://github.com/tiandunx/loss_function_search/issues/5',
         line='INFO 2021-06-10 19:35:42 search.py: 62] rank 0, epoch 9, iter 117, lr 0.000100, loss 6.794458',
         want={"TrainLoss": 6.794458}, optional={"Step": 117}),
    # ---------------------------------------------------------------- LLaMA-Factory LoRA SFT for a graduate-admission agent: trainer_log.jsonl, loss collapses to 0.0 after the first record
    dict(fw='LLaMA-Factory', src='https://github.com/AolinGuo/graduate_agent/blob/787eda9c798745f95440f398de29d542babf870f/trainer_log.jsonl',
         line='{"current_steps": 10, "total_steps": 375, "loss": 122.1416, "lr": 2.368421052631579e-05, "epoch": 0.08, "percentage": 2.67, "elapsed_time": "0:02:55", "remaining_time": "1:46:54"}',
         want={"Step": 10, "TrainLoss": 122.1416}),
    # a zero loss is a value, not a missing one
    dict(fw='LLaMA-Factory', src='https://github.com/AolinGuo/graduate_agent/blob/787eda9c798745f95440f398de29d542babf870f/trainer_log.jsonl',
         line='{"current_steps": 250, "total_steps": 375, "loss": 0.0, "lr": 3.070445899194885e-05, "epoch": 2.0, "percentage": 66.67, "elapsed_time": "1:09:50", "remaining_time": "0:34:55"}',
         want={"Step": 250, "TrainLoss": 0.0}),
    # the closing record: no loss, elapsed wall time only
    dict(fw='LLaMA-Factory', src='https://github.com/AolinGuo/graduate_agent/blob/787eda9c798745f95440f398de29d542babf870f/trainer_log.jsonl',
         line='{"current_steps": 375, "total_steps": 375, "epoch": 3.0, "percentage": 100.0, "elapsed_time": "1:45:03", "remaining_time": "0:00:00"}',
         want={}, optional={"Step": 375}),
    # ---------------------------------------------------------------- LLaMA-Factory LoRA SFT for a health assistant (nine optimizer steps): trainer_log.jsonl
    dict(fw='LLaMA-Factory', src='https://github.com/Yvonne530/HealthAI-OPPO-2026/blob/6d4b26904e09a2e60d75aa4cfd098e4718a84a31/trainer_log.jsonl',
         line='{"current_steps": 1, "total_steps": 9, "loss": 3.3418, "lr": 0.0, "epoch": 0.34782608695652173, "percentage": 11.11, "elapsed_time": "0:00:39", "remaining_time": "0:05:17"}',
         want={"Step": 1, "TrainLoss": 3.3418}),
    # ---------------------------------------------------------------- USRNet (unfolding super-resolution, PyTorch homework run on a cluster): one line per epoch, trailing blank kept, PSNR every ten epochs
    dict(fw='ad-hoc epoch print', src='https://github.com/ChengChen2020/USRNet_pytorch/blob/0b5faca62a42638b8ecb5ef1f02543f96fe93b04/train_log.txt',
         line='<epoch:  1, lr:1.000e-04> loss: 3.731e-01 ',
         want={"TrainLoss": 0.3731}),
    # validation image quality, no loss
    dict(fw='ad-hoc epoch print', src='https://github.com/ChengChen2020/USRNet_pytorch/blob/0b5faca62a42638b8ecb5ef1f02543f96fe93b04/train_log.txt',
         line='<epoch: 10, Average PSNR : 18.33dB',
         want={}),
    # ---------------------------------------------------------------- pix2pix on chest X-rays (pytorch-CycleGAN-and-pix2pix, CPU run on Windows): the per-iteration losses
    # GAN losses with no overall loss; time is the compute seconds per image
    dict(fw='CycleGAN/pix2pix', src='https://github.com/Crystalyyds/xray_cyclegan/blob/3da34a395212b86965d004384c0e0a20603dda38/train_log.txt',
         line='(epoch: 1, iters: 20, time: 14.365, data: 0.063) G_GAN: 2.283 G_L1: 33.917 D_real: 0.315 D_fake: 0.227 ',
         want={}, optional={"Step": 20, "StepTime": 14365}),
    # ---------------------------------------------------------------- YOLO v1 with a ResNet backbone (custom loop under nohup): batch loss with its running average, best test loss per epoch
    # Iter counts batches of the epoch; average_loss is the epoch's running mean
    dict(fw='ad-hoc batch print', src='https://github.com/Dylan-Zhang7788/Yolo/blob/207a3f8385cd50d4bb1c631357a3079f154b9be7/train_log.txt',
         line='Epoch [1/100], Iter [20/1070] Loss: 16.1277, average_loss: 27.6802',
         want={"TrainLoss": 16.1277}, optional={"Step": 20}),
    dict(fw='ad-hoc batch print', src='https://github.com/Dylan-Zhang7788/Yolo/blob/207a3f8385cd50d4bb1c631357a3079f154b9be7/train_log.txt',
         line='Epoch [3/100], Iter [500/1070] Loss: 4.3617, average_loss: 1.9833',
         want={"TrainLoss": 4.3617}, optional={"Step": 500}),
    # the best test loss so far, printed after the epoch's test pass
    dict(fw='ad-hoc batch print', src='https://github.com/Dylan-Zhang7788/Yolo/blob/207a3f8385cd50d4bb1c631357a3079f154b9be7/train_log.txt',
         line='get best test loss 1.78366',
         want={}, optional={"ValLoss": 1.78366}),
    # ---------------------------------------------------------------- predator-prey multi-agent RL (custom loop): a reward table per episode, no loss or throughput
    dict(fw='ad-hoc RL table', src='https://github.com/GauravB159/PreyPredatorReinforcement/blob/571b50f116d4220367e8e808ec5fa84c7671a50e/train_log.txt',
         line='9                93639                 3545                97184',
         want={}),
    # ---------------------------------------------------------------- glue-factory (LightGlue matcher fine-tune on MegaDepth, 3 GPUs under nohup): loss dicts in braces, validation dict, best-checkpoint notice
    # "it" counts iterations of the epoch; total is the summed training loss
    dict(fw='glue-factory', src='https://github.com/Ethrora/lg_w-_da/blob/d5620a8542166c780bbba8afc19cf720f38f11ec/finetune.log',
         line='[07/26/2025 10:28:16 gluefactory INFO] [E 0 | it 0] loss {total 1.597E+00, last 9.226E-01, assignment_nll 9.226E-01, nll_pos 1.512E+00, nll_neg 3.329E-01, num_matchable 4.883E+02, num_unmatchable 7.289E+02, confidence 2.972E-01, row_norm 8.665E-01}',
         want={"TrainLoss": 1.597}, optional={"Step": 0}),
    # the validation pass: its total loss is a validation loss
    dict(fw='glue-factory', src='https://github.com/Ethrora/lg_w-_da/blob/d5620a8542166c780bbba8afc19cf720f38f11ec/finetune.log',
         line='[07/29/2025 14:29:11 gluefactory INFO] [Validation] {match_recall 8.398E-01, match_precision 8.016E-01, accuracy 9.248E-01, average_precision 6.953E-01, loss/total 4.884E-01, loss/last 4.884E-01, loss/assignment_nll 4.884E-01, loss/nll_pos 7.882E-01, loss/nll_neg 1.885E-01, loss/num_matchable 3.691E+02, loss/num_unmatchable 7.058E+02, loss/row_norm 8.762E-01}',
         want={"ValLoss": 0.4884}),
    # the same validation loss repeated as the new best
    dict(fw='glue-factory', src='https://github.com/Ethrora/lg_w-_da/blob/d5620a8542166c780bbba8afc19cf720f38f11ec/finetune.log',
         line='[07/29/2025 14:29:15 gluefactory INFO] New best val: loss/total=0.488367934068044',
         want={}, optional={"ValLoss": 0.488367934068044}),
    # ---------------------------------------------------------------- Sesame CSM-1B LoRA fine-tune on one voice clip (custom loop, logging module): only validation losses are printed
    dict(fw='ad-hoc logging', src='https://github.com/benjaminsinzore/streaming_gpu/blob/fbfb0cf3d9c4a9a61bcac9efbe9f224ca887f03e/finetune.log',
         line='2025-09-16 18:46:50,389 - __main__ - INFO - Initial validation loss: 11.864912',
         want={"ValLoss": 11.864912}),
    dict(fw='ad-hoc logging', src='https://github.com/benjaminsinzore/streaming_gpu/blob/fbfb0cf3d9c4a9a61bcac9efbe9f224ca887f03e/finetune.log',
         line='2025-09-16 18:47:42,989 - __main__ - INFO - Validation loss: 11.864721',
         want={"ValLoss": 11.864721}),
    dict(fw='ad-hoc logging', src='https://github.com/benjaminsinzore/streaming_gpu/blob/fbfb0cf3d9c4a9a61bcac9efbe9f224ca887f03e/finetune.log',
         line='2025-09-16 18:50:24,117 - __main__ - INFO - Epoch 6 validation loss: 11.862103',
         want={"ValLoss": 11.862103}),
    # the announcement before a validation pass names the optimizer step
    dict(fw='ad-hoc logging', src='https://github.com/benjaminsinzore/streaming_gpu/blob/fbfb0cf3d9c4a9a61bcac9efbe9f224ca887f03e/finetune.log',
         line='2025-09-16 18:48:12,093 - __main__ - INFO - Calculating validation loss at step 2...',
         want={}, optional={"Step": 2}),
    # ---------------------------------------------------------------- SimCLR self-supervised pretraining on RF I/Q samples (Hydra logging, CPU smoke run)
    dict(fw='ad-hoc logging', src='https://github.com/Doppe1g4nger/ClassArchive/blob/c350afb4c32eff27b6834b9090744c6f5635c4a5/pretrain.log',
         line='[2026-07-27 12:19:14,058][iqssl.train.loop][INFO] - step 0/20  loss 5.1971  lr 6.25e-05',
         want={"Step": 0, "TrainLoss": 5.1971}),
    dict(fw='ad-hoc logging', src='https://github.com/Doppe1g4nger/ClassArchive/blob/c350afb4c32eff27b6834b9090744c6f5635c4a5/pretrain.log',
         line='[2026-07-27 12:24:19,258][iqssl.train.loop][INFO] - step 10/20  loss 4.2808  lr 2.20e-02',
         want={"Step": 10, "TrainLoss": 4.2808}),
    # ---------------------------------------------------------------- FeatUp-style feature upsampler on remote-sensing images (Lightning, nohup): the training step prints a bare number between bar refreshes
    # a number alone on its line: nothing says it is a loss
    dict(fw='Lightning', src='https://github.com/305840574/FCLIP/blob/32dc93fe96e7aad167dad635a48f48e5b97995f4/output.log',
         line='1.2330431938171387',
         want={}),
    # ---------------------------------------------------------------- TextBoxes++ (Caffe SSD fork): a solver line
    dict(fw='Caffe', src='https://github.com/MhLiao/TextBoxes_plusplus/issues/33',
         line='I0320 18:46:59.492482 32854 solver.cpp:243] Iteration 100, loss = 4.71355',
         want={"Step": 100, "TrainLoss": 4.71355}),
    # ---------------------------------------------------------------- English-German Transformer from scratch (custom loop, tmux capture on a rented GPU): batch lines and Chinese epoch summaries
    # Batch counts batches of the epoch; Time is the seconds elapsed in the epoch so far, not a step time
    dict(fw='ad-hoc batch print', src='https://github.com/96966/Transformer-Pytorch/blob/e30d088e31614e1ab48111db37e467d7ce6a233e/training_log.txt',
         line='Epoch:  16 | Batch:   920/ 1330 | LR: 2.97e-04 |Loss: 4.6069 | Time: 266.5s',
         want={"TrainLoss": 4.6069}, optional={"Step": 920}),
    dict(fw='ad-hoc batch print', src='https://github.com/96966/Transformer-Pytorch/blob/e30d088e31614e1ab48111db37e467d7ce6a233e/training_log.txt',
         line='Epoch:  21 | Batch:    10/ 1330 | LR: 2.64e-04 |Loss: 4.4493 | Time:   3.2s',
         want={"TrainLoss": 4.4493}, optional={"Step": 10}),
    # "Epoch 16 done | training loss | validation loss | time": the epoch's train average next to the per-batch series; the time is the epoch's
    dict(fw='ad-hoc batch print', src='https://github.com/96966/Transformer-Pytorch/blob/e30d088e31614e1ab48111db37e467d7ce6a233e/training_log.txt',
         line='Epoch 16 完成 | 训练损失: 4.6130 | 验证损失: 6.0073 | 时间: 385.8s',
         want={"ValLoss": 6.0073}, optional={"TrainLoss": 4.613}),
    # "saved the best model, validation loss": the same validation loss again
    dict(fw='ad-hoc batch print', src='https://github.com/96966/Transformer-Pytorch/blob/e30d088e31614e1ab48111db37e467d7ce6a233e/training_log.txt',
         line='✓ 保存最佳模型，验证损失: 5.9688',
         want={}, optional={"ValLoss": 5.9688}),
    # ---------------------------------------------------------------- speaker identification (Keras CSVLogger files named .log, CRLF line ends kept)
    # an unlabeled row: epoch, acc, loss, val_acc, val_loss
    dict(fw='Keras CSVLogger', src='https://github.com/AKBoles/Voice-Identification/blob/744cb2276097c2839e7bd5f5db9f461d44e48b25/speaker250_training.log',
         line='11,0.764614499424626,2.5361557687247998,0.58747412020622081,5.0165797178296074\r',
         want={}, optional={"TrainLoss": 2.5361557687247998, "ValLoss": 5.0165797178296074}),
    # ---------------------------------------------------------------- AI-text detector (DeBERTa fine-tune with a custom trainer, logging module, AMD GPU)
    dict(fw='ad-hoc logging', src='https://github.com/BlackPool25/AI-Detector-Text/blob/58fae473124592eab99b7b1e002a1ea27dac1495/training.log',
         line='2025-10-19 20:28:19,704 - src.training.train - INFO - Step 500, Loss: 0.0500',
         want={"Step": 500, "TrainLoss": 0.05}),
    dict(fw='ad-hoc logging', src='https://github.com/BlackPool25/AI-Detector-Text/blob/58fae473124592eab99b7b1e002a1ea27dac1495/training.log',
         line='2025-10-19 23:10:35,274 - src.training.train - INFO - Validation - Loss: 0.1997, F1: 0.9995, AUC: 0.9995',
         want={"ValLoss": 0.1997}),
    # the epoch's average of a short integration run
    dict(fw='ad-hoc logging', src='https://github.com/BlackPool25/AI-Detector-Text/blob/58fae473124592eab99b7b1e002a1ea27dac1495/training.log',
         line='2025-10-18 21:47:28,335 - src.training.train - INFO - Epoch 1/1 - Train Loss: 0.3847, Train F1: 0.5347',
         want={}, optional={"TrainLoss": 0.3847}),
    dict(fw='ad-hoc logging', src='https://github.com/BlackPool25/AI-Detector-Text/blob/58fae473124592eab99b7b1e002a1ea27dac1495/training.log',
         line='2025-10-20 03:34:53,311 - __main__ - INFO - Best validation loss: 0.1996',
         want={}, optional={"ValLoss": 0.1996}),
    # ---------------------------------------------------------------- CIFAR-10 CNN hyper-parameter study (CPU, logging module): a line every five epochs
    dict(fw='ad-hoc logging', src='https://github.com/5697526/CIFAR-10-Network/blob/02e9745c4d2098f182f4d37da1ea6b9536d3172a/training.log',
         line='2025-06-04 17:49:37,851 - INFO - Epoch 5/35, Train Loss: 0.9993, Test Acc: 75.08%',
         want={"TrainLoss": 0.9993}),
    # a header written in a legacy code page, decoded with replacement characters
    dict(fw='ad-hoc logging', src='https://github.com/5697526/CIFAR-10-Network/blob/02e9745c4d2098f182f4d37da1ea6b9536d3172a/training.log',
         line='2025-06-04 17:36:55,374 - INFO - \u0475\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd:',
         want={}),
    # ---------------------------------------------------------------- transformer learning GCD arithmetic (Int2Int-style trainer on a SLURM cluster): rate lines with the task's loss, beam evaluation
    # unlabeled iteration count; equations are the samples; the task name labels its loss
    dict(fw='Int2Int (custom)', src='https://github.com/AndreiS22/Reproduce_GCD_LLM/blob/a603822cf47811b45bfd13166f1e13bea0f87eb3/slurm-7170238.out',
         line='INFO - 03/11/25 12:39:30 - 0:00:47 -     200 -  256.73 equations/s -  4584.27 words/s - ARITHMETIC:  0.5819 - LR: 1.0000e-04',
         want={"TokensPerSecond": 4584.27}, optional={"Step": 200, "SamplesPerSecond": 256.73, "TrainLoss": 0.5819}),
    # evaluation: predictions checked on the validation set
    dict(fw='Int2Int (custom)', src='https://github.com/AndreiS22/Reproduce_GCD_LLM/blob/a603822cf47811b45bfd13166f1e13bea0f87eb3/slurm-7170238.out',
         line='INFO - 03/11/25 12:55:07 - 0:16:24 - (128/10000) Found 111/128 valid top-1 predictions. Generating solutions ...',
         want={}),
    # ---------------------------------------------------------------- TinyLlama LoRA SFT on Alpaca (TRL SFTTrainer, newer transformers printing values as strings; resumed from a checkpoint)
    dict(fw='TRL', src='https://github.com/vivsn289/Benchmarking-vanilla-llm-to-validate-forgetting/blob/db250f531f175906c4e9c02a42101f895c29b721/finetune.log',
         line="{'loss': '0.9474', 'grad_norm': '0.2855', 'learning_rate': '9.529e-05', 'entropy': '0.9552', 'num_tokens': '3.026e+05', 'mean_token_accuracy': '0.7645', 'epoch': '1.046'}",
         want={"TrainLoss": 0.9474, "GradNorm": 0.2855}),
    # the closing summary: whole-run averages
    dict(fw='TRL', src='https://github.com/vivsn289/Benchmarking-vanilla-llm-to-validate-forgetting/blob/db250f531f175906c4e9c02a42101f895c29b721/finetune.log',
         line="{'train_runtime': '7476', 'train_samples_per_second': '13.91', 'train_steps_per_second': '0.435', 'train_loss': '0.4697', 'entropy': '0.9176', 'num_tokens': '6.571e+06', 'mean_token_accuracy': '0.7698', 'epoch': '2'}",
         want={}, optional={"TrainLoss": 0.4697, "SamplesPerSecond": 13.91, "IterationsPerSecond": 0.435}),
    # a refresh of the trainer bar after the resume
    dict(fw='TRL', src='https://github.com/vivsn289/Benchmarking-vanilla-llm-to-validate-forgetting/blob/db250f531f175906c4e9c02a42101f895c29b721/finetune.log',
         line='\r 77%|███████▋  | 2501/3252 [1:08:00<1:40:08,  8.00s/it]',
         want={}, optional={"Step": 2501, "IterationsPerSecond": 1 / 8.00}),
    # the bar jumping over the steps already done: the rate counts skipped steps
    dict(fw='TRL', src='https://github.com/vivsn289/Benchmarking-vanilla-llm-to-validate-forgetting/blob/db250f531f175906c4e9c02a42101f895c29b721/finetune.log',
         line='\r 50%|█████     | 1627/3252 [00:05<00:05, 305.36it/s]',
         want={}, optional={"Step": 1627, "IterationsPerSecond": 305.36}),
    # warning about arguments that differ from the checkpoint's (tab kept)
    dict(fw='TRL', src='https://github.com/vivsn289/Benchmarking-vanilla-llm-to-validate-forgetting/blob/db250f531f175906c4e9c02a42101f895c29b721/finetune.log',
         line='\tsave_steps: 300 (from args) != 500 (from trainer_state.json)',
         want={}),
    # ---------------------------------------------------------------- TCN emotion model (custom loop, logging module): one line per epoch with both losses
    dict(fw='ad-hoc logging', src='https://github.com/AmmarRashed/EmoNetTCN/blob/9bf8d5c559323980242fe98663e4f4c5888b788c/training.log',
         line='2023-05-15 22:50:17,398 INFO:Epoch 1: Train Loss=0.0717, Val Loss=0.0766',
         want={"TrainLoss": 0.0717, "ValLoss": 0.0766}),
    dict(fw='ad-hoc logging', src='https://github.com/AmmarRashed/EmoNetTCN/blob/9bf8d5c559323980242fe98663e4f4c5888b788c/training.log',
         line='2023-05-15 23:20:47,915 INFO:Epoch 407: Train Loss=0.0015, Val Loss=0.0009',
         want={"TrainLoss": 0.0015, "ValLoss": 0.0009}),
    # ---------------------------------------------------------------- SliceGAN (3-D microstructure generator): sampling after training, forward-pass timings of inference (the line opens with a no-break space)
    dict(fw='ad-hoc print', src='https://github.com/40uf411/SliceGAN/blob/a0124fdd12ff223b5a20618af352e036bcc69588/output.log',
         line='\u00a0 BATCH 0/2: Forward pass finished in 1.2249s. Output shape: torch.Size([1, 1, 64, 64, 64])',
         want={}),
    # ---------------------------------------------------------------- OpenJERE relation extraction (seq2umt on a Chinese dataset): evaluation scores per epoch, no loss
    dict(fw='ad-hoc logging', src='https://github.com/WindChimeRan/OpenJERE/blob/634b3b150e40fa1125a10e8d634e194422e904b5/experiments/chinese_seq2umt_spo.log',
         line='2020-04-27 14:54:45,224 - precision: 0.7272, recall: 0.4559, fscore: 0.5605 ||',
         want={}),
    # ---------------------------------------------------------------- Keras GAN on cat pictures (custom loop printing before and after each update)
    # batch counter of the epoch
    dict(fw='Keras (custom GAN loop)', src='https://github.com/jhayes14/GAN/issues/6',
         line='Epoch 1 Batch 1856',
         want={}, optional={"Step": 1856}),
    # generator and discriminator losses and their sum: no single training loss
    dict(fw='Keras (custom GAN loop)', src='https://github.com/jhayes14/GAN/issues/6',
         line='Initial batch losses :  Generator loss 1.1920933e-07 Discriminator loss 1.4226825e-07 Total: 2.6147757e-07',
         want={}, optional={"TrainLoss": 2.6147757e-07}),
    # ---------------------------------------------------------------- DCGAN-tensorflow on 20 images: time is seconds since the start of training
    dict(fw='DCGAN-tensorflow', src='https://github.com/carpedm20/DCGAN-tensorflow/issues/276',
         line='Epoch: [ 2/200] [   0/   4] time: 101.3380, d_loss: 66.68623352, g_loss: 0.00000000',
         want={}, optional={"Step": 0}),
    # ---------------------------------------------------------------- TUNIT (unsupervised image translation): epoch averages of the D, G and classifier losses
    dict(fw='TUNIT', src='https://github.com/clovaai/tunit/issues/4',
         line='Epoch: [10/200] [500/1000] MODE[ONLYCLS] Avg Loss: D[0.00] G[0.00] C[2.61]',
         want={}, optional={"Step": 500}),
    # ---------------------------------------------------------------- progressive GAN (Keras book code): the global iteration with the critic's loss terms
    dict(fw='Keras (custom GAN loop)', src='https://github.com/PacktPublishing/Hands-On-Generative-Adversarial-Networks-with-Keras/issues/4',
         line='iter 343747 cur_block 0.0 lr 0.001 kimg 5499.952 losses_d [-923.39386, -1826.8832, 28.22277, 621261.6] loss_g 1557.2732',
         want={"Step": 343747}),
    # ---------------------------------------------------------------- SGNN (stacked graph auto-encoders, layer-wise training): the iteration restarts for each layer
    dict(fw='ad-hoc print', src='https://github.com/hyzhang98/SGNN/issues/3',
         line='iteration:100, loss: 0.50864',
         want={"TrainLoss": 0.50864}, optional={"Step": 100}),
    # ---------------------------------------------------------------- MeloTTS (VITS-based TTS fine-tune): the loss list printed without names, tabs of the log format kept
    # [loss_disc, loss_gen, loss_fm, loss_mel, loss_dur, loss_kl, global_step, lr], but the line names none of them
    dict(fw='MeloTTS (VITS)', src='https://github.com/myshell-ai/MeloTTS/issues/93',
         line='2024-04-04 12:55:31,821\t.\tINFO\t[2.905947208404541, 1.910929560661316, 5.491055011749268, 11.861800193786621, 2.7426228523254395, 1.2691313028335571, 200, 0.00029925088995738576]',
         want={}, optional={"Step": 200}),
    # ---------------------------------------------------------------- Mangio RVC fork (VITS voice conversion): step/lr pair, named GAN losses, epoch wall time
    dict(fw='RVC (VITS)', src='https://github.com/Mangio621/Mangio-RVC-Fork/issues/12',
         line='INFO:Conker:[200, 9.995000937421877e-05]',
         want={}, optional={"Step": 200}),
    # generator, discriminator and reconstruction terms, no total
    dict(fw='RVC (VITS)', src='https://github.com/Mangio621/Mangio-RVC-Fork/issues/12',
         line='INFO:Conker:loss_disc=3.761, loss_gen=3.288, loss_fm=8.147,loss_mel=21.058, loss_kl=1.650',
         want={}),
    # the epoch's wall time
    dict(fw='RVC (VITS)', src='https://github.com/Mangio621/Mangio-RVC-Fork/issues/12',
         line='INFO:Conker:====> Epoch: 3 [2023-06-15 17:38:08] | (0:00:18.946464)',
         want={}),
    # ---------------------------------------------------------------- EveryVoice text-to-spec (Lightning bar pasted inline, with a stray rate fragment at its end)
    dict(fw='Lightning', src='https://github.com/EveryVoiceTTS/EveryVoice/issues/151',
         line='Epoch 40:  65%|██████▍   | 11/17 [00:04<00:02,  2.34it/s, v_num=base]it/s]',
         want={}, optional={"Step": 11, "IterationsPerSecond": 2.34}),
    # ---------------------------------------------------------------- BiLSTM-CRF medical NER (custom loop, logging module): iteration lines with train and dev losses; a later run logs the dev loss only
    # the dev set is the validation split; Time is the wall time since the start
    dict(fw='ad-hoc logging', src='https://github.com/DengYangyong/medical_entity_recognize/blob/30123cd84e36075a430119c05697fca6a58cba09/logs/train.log',
         line='2020-05-23 20:14:22,403 - train.log - INFO - Iter: 500 | Train Loss: 175.9309 | Dev Loss: 18.5972 | Dev F1-macro: 0.3642 | Time: 0:03:43 | *',
         want={"Step": 500, "TrainLoss": 175.9309, "ValLoss": 18.5972}),
    # trailing blank kept
    dict(fw='ad-hoc logging', src='https://github.com/DengYangyong/medical_entity_recognize/blob/30123cd84e36075a430119c05697fca6a58cba09/logs/train.log',
         line='2020-05-23 21:45:55,996 - train.log - INFO - Iter: 8700 | Train Loss: 226.8013 | Dev Loss: 0.8018 | Dev F1-macro: 0.9628 | Time: 0:38:14 | ',
         want={"Step": 8700, "TrainLoss": 226.8013, "ValLoss": 0.8018}),
    dict(fw='ad-hoc logging', src='https://github.com/DengYangyong/medical_entity_recognize/blob/30123cd84e36075a430119c05697fca6a58cba09/logs/train.log',
         line='2020-05-26 22:44:55,485 - main.py - train - INFO - Iter: 27600 | Dev Loss: 0.6830 | Dev F1-macro: 0.9777 | Time: 1:28:33 | ',
         want={"Step": 27600, "ValLoss": 0.683}),
    # ---------------------------------------------------------------- BERT question answering (pytorch-transformers, nohup on CPU): nested tqdm bars, the inner one ends with the cursor-up escape
    dict(fw='pytorch-transformers', src='https://github.com/DeerEyre/bert-qa/blob/640b51c87412a97cf4259e913fb11429d47380ff/logs/train.log',
         line='\rIteration:   0%|          | 1/498 [00:27<3:50:02, 27.77s/it]\x1b[A',
         want={}, optional={"Step": 1, "IterationsPerSecond": 1 / 27.77}),
    # ---------------------------------------------------------------- neural anisotropic surface meshing (loguru plus bare prints): the epoch's loss only
    dict(fw='ad-hoc print', src='https://github.com/Hongbo-huayra/NASM_Neural_Anisotropic_Surface_Meshing/blob/6ccb24b2c266ca525d6b7889272f3ec2257703c9/logs/train.log',
         line='==>End of epoch 0, loss 3486.5028408169746 ==>',
         want={"TrainLoss": 3486.5028408169746}),
    # ---------------------------------------------------------------- TODEAR temporal knowledge-graph reasoning (RL path search): the epoch's loss with its reward
    dict(fw='ad-hoc logging', src='https://github.com/Brown-Q/TODEAR/blob/93e27878d67c07a614579aeeaf8c782d7a02c075/logs/train.log',
         line='2023-08-16 20:20:32 INFO     Epoch 0/400 Loss: 0.0390627458691597, reward: 0.0961790457367897',
         want={"TrainLoss": 0.0390627458691597}),
    # ---------------------------------------------------------------- YOLOv8 wrapper script (Ultralytics underneath, own logging): placeholder loss, validation metrics
    # -1.0000 is what the script prints when it has no loss to report
    dict(fw='Ultralytics (wrapper)', src='https://github.com/ChinmayBansal010/Falcon-Yolo/blob/b0bae8d043cb1e0bd21b337c02f1b1b3c6606667/logs/train.log',
         line='2025-08-01 19:44:44,430 - INFO - Epoch 1/100 | mAP@0.5: 0.0000, mAP@0.5-95: 0.0000, Precision: 0.0000, Recall: 0.0000, Loss: -1.0000',
         want={}, optional={"TrainLoss": -1.0}),
    # validation loss terms without their sum, a mis-decoded dash kept
    dict(fw='Ultralytics (wrapper)', src='https://github.com/ChinmayBansal010/Falcon-Yolo/blob/b0bae8d043cb1e0bd21b337c02f1b1b3c6606667/logs/train.log',
         line="2025-08-01 19:44:45,595 - INFO - Fit epoch end \ufffd including validation. Metrics: {'metrics/precision(B)': 0.75355, 'metrics/recall(B)': 0.61554, 'metrics/mAP50(B)': 0.69616, 'metrics/mAP50-95(B)': 0.40404, 'val/box_loss': 1.48599, 'val/cls_loss': 1.56298, 'val/dfl_loss': 1.28626}",
         want={}),
    # ---------------------------------------------------------------- shadow detection (custom loop, logging module): batch of the epoch with all loss terms and their total, trailing blank kept
    dict(fw='ad-hoc logging', src='https://github.com/IMU-Group/FGSD/blob/98b57c6bda5dedb5dc56a21ce3b43daf0f785d33/logs/train.log',
         line='2025-11-19 11:16:32,491 - ShadowDet - INFO - [batch 10/152, epoch 1/15]: loss_rmse:0.13097001612186432 loss_inv:0.01808396726846695 loss_var:0.13097727298736572 loss_det:0.05232182890176773 loss_alpha:0.1526893973350525 loss_smooth:0.0029192850925028324 loss_total:1.2998546361923218 binary_loss:0.04854962229728699 ',
         want={"TrainLoss": 1.2998546361923218}, optional={"Step": 10}),
    dict(fw='ad-hoc logging', src='https://github.com/IMU-Group/FGSD/blob/98b57c6bda5dedb5dc56a21ce3b43daf0f785d33/logs/train.log',
         line='2025-11-19 11:26:48,840 - ShadowDet - INFO - [batch 4/152, epoch 9/15]: loss_rmse:0.039217956364154816 loss_inv:0.020210139453411102 loss_var:0.055394284427165985 loss_det:0.05222048610448837 loss_alpha:0.010423689149320126 loss_smooth:0.0019329758360981941 loss_total:1.025665521621704 binary_loss:0.03895186260342598 ',
         want={"TrainLoss": 1.025665521621704}, optional={"Step": 4}),
    # ---------------------------------------------------------------- LSTNet air-pollution forecaster (custom loop, print): step of the epoch with the batch loss, test errors at the end
    dict(fw='ad-hoc print', src='https://github.com/AlainOUYANG/LSTNet_PyTorch_Pollution/blob/9c0d5e2677dcb8e966746954db200d61673a2d65/logs/train.log',
         line='Epoch 1/2, step 10/542, loss = 0.0296',
         want={"TrainLoss": 0.0296}, optional={"Step": 10}),
    dict(fw='ad-hoc print', src='https://github.com/AlainOUYANG/LSTNet_PyTorch_Pollution/blob/9c0d5e2677dcb8e966746954db200d61673a2d65/logs/train.log',
         line='Epoch 2/2, step 540/542, loss = 0.0007',
         want={"TrainLoss": 0.0007}, optional={"Step": 540}),
    # ---------------------------------------------------------------- slot post-processing model (custom loop, logging module): one line per epoch, train loss with its parts and the validation loss
    dict(fw='ad-hoc logging', src='https://github.com/NamespaceMain/slot_postprocess_by_model/blob/2b1fb347f105bfba5a866d1124d9859f982c95f0/logs/train.log',
         line='2025-08-18 12:05:03,885 - INFO - Epoch [1/50] Train Loss: 10716.9233, Train Acc: 0.50% | Val Loss: 1885.5386, Val Acc: 0.77%',
         want={"TrainLoss": 10716.9233, "ValLoss": 1885.5386}),
    dict(fw='ad-hoc logging', src='https://github.com/NamespaceMain/slot_postprocess_by_model/blob/2b1fb347f105bfba5a866d1124d9859f982c95f0/logs/train.log',
         line='2025-08-18 17:01:48,646 - INFO - Epoch [26/50] Train Loss: 55.1023, ce_loss: 0.02, geo_loss: 7.91, Train Acc: 0.49% | Val Loss: 28.2312, Val Acc: 0.53%',
         want={"TrainLoss": 55.1023, "ValLoss": 28.2312}),
    # ---------------------------------------------------------------- physics-informed network for Maxwell's equations (Hydra logging, full-batch epochs): PDE loss lines, best-checkpoint notices
    dict(fw='ad-hoc logging', src='https://github.com/saitejasrivilli/maxwell-pinn/blob/bfc5239127719f1431dd6c944f06aa874d07388f/logs/pretrain.log',
         line='[2026-03-22 22:14:58,251][__main__][INFO] - epoch    500 | loss 2.5953e-01 (pde 2.5953e-01, bc 0.0000e+00) | lr 1.00e-04',
         want={"TrainLoss": 0.25953}),
    # a loss spike late in the run
    dict(fw='ad-hoc logging', src='https://github.com/saitejasrivilli/maxwell-pinn/blob/bfc5239127719f1431dd6c944f06aa874d07388f/logs/pretrain.log',
         line='[2026-03-22 22:36:41,637][__main__][INFO] - epoch   9500 | loss 6.2610e+01 (pde 6.2610e+01, bc 0.0000e+00) | lr 6.30e-05',
         want={"TrainLoss": 62.61}),
    # the checkpoint notice repeats the epoch's loss
    dict(fw='ad-hoc logging', src='https://github.com/saitejasrivilli/maxwell-pinn/blob/bfc5239127719f1431dd6c944f06aa874d07388f/logs/pretrain.log',
         line='[2026-03-22 22:13:38,314][src.transfer][INFO] - Checkpoint saved → outputs/pretrain_cylinder/ckpt_best.pt  (epoch 1, loss 2.3511e+03)',
         want={}, optional={"TrainLoss": 2351.1}),
    # ---------------------------------------------------------------- person re-identification with a triplet loss (Windows console capture, print per epoch)
    dict(fw='ad-hoc print', src='https://github.com/doosik71/Person-reID-triplet-loss/blob/1dac006c1bca71790048480fcfca4c1226040d30/log/train.log',
         line='train Loss: 0.4552 Reg: 0.0000 Acc: 0.0087 MeanMargin: -0.1545',
         want={"TrainLoss": 0.4552}),
    dict(fw='ad-hoc print', src='https://github.com/doosik71/Person-reID-triplet-loss/blob/1dac006c1bca71790048480fcfca4c1226040d30/log/train.log',
         line='train Loss: 0.4208 Reg: 0.0000 Acc: 0.0129 MeanMargin: -0.1198',
         want={"TrainLoss": 0.4208}),
    # the total wall time of the run
    dict(fw='ad-hoc print', src='https://github.com/doosik71/Person-reID-triplet-loss/blob/1dac006c1bca71790048480fcfca4c1226040d30/log/train.log',
         line='Training complete in 629m 10s',
         want={}),
    # ---------------------------------------------------------------- LingJie small chat LLM (custom pretraining and SFT loops printing one JSON object per log step)
    dict(fw='ad-hoc JSON lines', src='https://github.com/9178nekomc/LingJie-Chat-v2-Pro/blob/5540b898d428b5274b565103efe0b673ad679588/logs/pretrain.log',
         line='{"step": 50, "loss": 5.272745840549469, "lr": 7.35e-05, "tok_per_s": 83331.52241346275, "eta_hours": 3.9720543168650733}',
         want={"Step": 50, "TrainLoss": 5.272745840549469, "TokensPerSecond": 83331.52241346275}),
    # the loss bumps after a curriculum switch near the end
    dict(fw='ad-hoc JSON lines', src='https://github.com/9178nekomc/LingJie-Chat-v2-Pro/blob/5540b898d428b5274b565103efe0b673ad679588/logs/pretrain.log',
         line='{"step": 4150, "loss": 0.6400309477746486, "lr": 3.6938973725556875e-05, "tok_per_s": 85413.50865989292, "eta_hours": 0.38326490169548133}',
         want={"Step": 4150, "TrainLoss": 0.6400309477746486, "TokensPerSecond": 85413.50865989292}),
    # SFT: a language-model loss and an auxiliary heads' loss, no total
    dict(fw='ad-hoc JSON lines', src='https://github.com/9178nekomc/LingJie-Chat-v2-Pro/blob/5540b898d428b5274b565103efe0b673ad679588/logs/sft.log',
         line='{"step": 20, "of": 782, "loss_lm": 0.0963183343410492, "loss_heads": 0.7808497548103333, "tok_s": 42276.70380143332}',
         want={"Step": 20, "TokensPerSecond": 42276.70380143332}, optional={"TrainLoss": 0.0963183343410492}),
    # ---------------------------------------------------------------- tiny 18M veterinary LM (custom SFT loop with replay of pretraining text): total loss with its two parts
    dict(fw='ad-hoc print', src='https://github.com/Aleixein466/Vet-LLM-Prueba/blob/7197293d221e9847c832eab8326620f39269fe8f/logs/sft.log',
         line='[sft] step=10 loss=5.766 (sft=11.426 pt=0.107)',
         want={"Step": 10, "TrainLoss": 5.766}),
    dict(fw='ad-hoc print', src='https://github.com/Aleixein466/Vet-LLM-Prueba/blob/7197293d221e9847c832eab8326620f39269fe8f/logs/sft.log',
         line='[sft] step=40 loss=2.974 (sft=5.834 pt=0.115)',
         want={"Step": 40, "TrainLoss": 2.974}),
    # ---------------------------------------------------------------- BERT-BiLSTM-CRF NER (custom loop, one print per step): epoch 1 of 1, so the counter runs over the whole run
    dict(fw='ad-hoc print', src='https://github.com/taishan1994/BERT-BILSTM-CRF/issues/43',
         line='【train】1/1 5708/8287 loss:0.5468406677246094',
         want={"TrainLoss": 0.5468406677246094}, optional={"Step": 5708}),
    dict(fw='ad-hoc print', src='https://github.com/taishan1994/BERT-BILSTM-CRF/issues/43',
         line='【train】1/1 5710/8287 loss:1.2902158498764038',
         want={"TrainLoss": 1.2902158498764038}, optional={"Step": 5710}),
    # ---------------------------------------------------------------- DeepSeek-R1-style GRPO tutorial (TRL GRPOTrainer on 8 H100s): the trainer's log dict with a negative zero loss
    dict(fw='TRL', src='https://github.com/FareedKhan-dev/train-deepseek-r1/issues/9',
         line="{'loss': -0.0, 'grad_norm': 1.9453125, 'learning_rate': 2.7483443708609274e-05, 'num_tokens': 10521267.0, 'completions/mean_length': 256.0, 'completions/min_length': 256.0, 'completions/max_length': 256.0, 'completions/clipped_ratio': 1.0, 'completions/mean_terminated_length': 0.0, 'completions/min_terminated_length': 0.0, 'completions/max_terminated_length': 0.0, 'rewards/accuracy_reward/mean': 0.1265625, 'rewards/accuracy_reward/std': 0.24979498460888863, 'rewards/format_reward/mean': 0.9828125, 'rewards/format_reward/std': 0.054422003030776975, 'reward': 1.109375, 'reward_std': 0.06383787747472525, 'frac_reward_zero_std': 0.85, 'entropy': 0.031988525390625, 'clip_ratio/low_mean': 0.0, 'clip_ratio/low_min': 0.0, 'clip_ratio/high_mean': 0.0, 'clip_ratio/high_max': 0.0, 'clip_ratio/region_mean': 0.0, 'epoch': 0.06}",
         want={"TrainLoss": -0.0, "GradNorm": 1.9453125}),
    # ---------------------------------------------------------------- Keras question generation (TF 2 fit, verbose progress pasted without its carriage returns)
    # batch 4 of the epoch; the loss is the epoch's running mean so far
    dict(fw='Keras', src='https://github.com/kangyishuai/CHINESE-MEDICINE-QUESTION-GENERATION/issues/3',
         line='  4/411 [..............................] - ETA: 14:06:50 - loss: 11.0646',
         want={"TrainLoss": 11.0646}, optional={"Step": 4}),
    # ---------------------------------------------------------------- HierText (TF Model Garden / Orbit controller): the step line, then the output dict one key per line
    dict(fw='TF Model Garden (Orbit)', src='https://github.com/google-research-datasets/hiertext/issues/6',
         line='I0912 22:45:08.585236 140146006726464 controller.py:466] train | step:    160 | steps/sec:    0.1 | output:',
         want={"Step": 160, "IterationsPerSecond": 0.1}),
    # the same line echoed to stdout without the glog prefix
    dict(fw='TF Model Garden (Orbit)', src='https://github.com/google-research-datasets/hiertext/issues/6',
         line='train | step:    140 | steps/sec:    0.1 | output:',
         want={"Step": 140, "IterationsPerSecond": 0.1}),
    # last key of the output dict: the training loss alone on its line
    dict(fw='TF Model Garden (Orbit)', src='https://github.com/google-research-datasets/hiertext/issues/6',
         line="     'training_loss': 0.46952447}",
         want={"TrainLoss": 0.46952447}),
    # ---------------------------------------------------------------- generative inpainting (tensorpack trainer): the epoch's closing bar with loss and batch rate, then the saver callback
    dict(fw='tensorpack', src='https://github.com/JiahuiYu/generative_inpainting/issues/19',
         line='|####################| 100.00%, 109326/0 sec. train epoch 1, iter 10000/10000, loss 0.089837, 0.09 batches/sec.',
         want={"TrainLoss": 0.089837, "IterationsPerSecond": 0.09}, optional={"Step": 10000}),
    dict(fw='tensorpack', src='https://github.com/JiahuiYu/generative_inpainting/issues/19',
         line='|####################| 100.00%, 108851/0 sec. train epoch 2, iter 10000/10000, loss 0.030459, 0.09 batches/sec.',
         want={"TrainLoss": 0.030459, "IterationsPerSecond": 0.09}, optional={"Step": 10000}),
    # the snapshot name carries the global step
    dict(fw='tensorpack', src='https://github.com/JiahuiYu/generative_inpainting/issues/19',
         line='[2018-04-20 02:47:04 @logger.py:43] Trigger callback: Trigger ModelSaver: Save model to model_logs/20180418202435371480_node1_imagenet_NORMAL_wgan_gp_full_model_image_256/snap-10000.',
         want={}, optional={"Step": 10000}),
    # ---------------------------------------------------------------- wav2vec2 Chinese fine-tune (HF Trainer): lines of a pasted trainer_state.json, one key per line
    dict(fw='HF Trainer (trainer_state.json)', src='https://github.com/TencentGameMate/chinese_speech_pretrain/issues/22',
         line='      "loss": 14.8414,',
         want={"TrainLoss": 14.8414}),
    # a NaN evaluation loss yields nothing
    dict(fw='HF Trainer (trainer_state.json)', src='https://github.com/TencentGameMate/chinese_speech_pretrain/issues/22',
         line='      "eval_loss": NaN,',
         want={}),
    dict(fw='HF Trainer (trainer_state.json)', src='https://github.com/TencentGameMate/chinese_speech_pretrain/issues/22',
         line='  "global_step": 1500,',
         want={}, optional={"Step": 1500}),
    # ---------------------------------------------------------------- deep Q-learning demo (C#, ConvNetJS-style brain stats): a windowed average of the Q-learning loss
    dict(fw='ConvNetJS-style DQN (C#)', src='https://github.com/dubezOniner/Deep-QLearning-Demo-csharp/issues/2',
         line='average Q-learning loss: 0.0158955232113',
         want={}, optional={"TrainLoss": 0.0158955232113}),
    # ---------------------------------------------------------------- Q-learning game agent (print per episode): reward and cumulative environment steps
    dict(fw='ad-hoc RL print', src='https://github.com/hardikbansal/Qlearning/issues/2',
         line='Total rewards in episode 73 is 3.799999999999999 total number of steps are 3626',
         want={}, optional={"Step": 3626}),
    # ---------------------------------------------------------------- OBBDetection (MMDetection 2 fork, oriented R-CNN on a DOTA-format set): iteration lines, then the run turning NaN
    # [2][250/556] is the iteration of the epoch; time is seconds per iteration
    dict(fw='MMDetection', src='https://github.com/jbwang1997/OBBDetection/issues/104',
         line='2021-12-25 12:58:58,419 - mmdet - INFO - Epoch [2][250/556]     lr: 5.000e-03, eta: 0:24:33, time: 0.246, data_time: 0.003, memory: 3698, loss_rpn_cls: 0.1946, loss_rpn_bbox: 0.3867, loss_cls: 0.1531, acc: 96.0078, loss_bbox: 0.0735, loss: 0.8078, grad_norm: 4.4074',
         want={"TrainLoss": 0.8078, "GradNorm": 4.4074, "StepTime": 246}, optional={"Step": 250}),
    # every loss and the gradient norm NaN: only the time is left
    dict(fw='MMDetection', src='https://github.com/jbwang1997/OBBDetection/issues/104',
         line='2021-12-25 12:59:34,907 - mmdet - INFO - Epoch [2][400/556]     lr: 5.000e-03, eta: 0:23:48, time: 0.236, data_time: 0.004, memory: 3698, loss_rpn_cls: nan, loss_rpn_bbox: nan, loss_cls: nan, acc: 47.0749, loss_bbox: nan, loss: nan, grad_norm: nan',
         want={"StepTime": 236}, optional={"Step": 400}),
    # ---------------------------------------------------------------- BoxInstSeg (MMDetection 2, BoxInst on a one-class dataset): one of the first iterations
    dict(fw='MMDetection', src='https://github.com/LiWentomng/BoxInstSeg/issues/12',
         line='2023-03-17 20:45:02,344 - mmdet - INFO - Epoch [1][50/29317]    lr: 9.890e-04, eta: 6 days, 13:22:14, time: 0.537, data_time: 0.114, memory: 5067, loss_cls: 1.0509, loss_bbox: 0.8177, loss_centerness: 0.6783, loss_prj: 0.8812, loss_pairwise: 0.0009, loss: 3.4290',
         want={"TrainLoss": 3.429, "StepTime": 537}, optional={"Step": 50}),
]
