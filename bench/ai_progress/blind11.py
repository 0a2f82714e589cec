# An eleventh blind held-out set of progress lines for the AI-training pack,
# collected on 2026-12-07 (UTC morning). All but two lines come from
# training logs that people committed to their repositories (train.log, training.log,
# logs/train.log, train.out, train_log.txt, log_train.txt, training_log.txt,
# logs/train_log.txt, training_output.log, nohup_train.log, slurm.out,
# finetune.log, logs/finetune.log, sft.log, output/train.log, a W&B
# output.log, a Keras results dump), read byte for byte from the repository
# at the commit named in `src`; two MMDetection lines were copied verbatim
# from a public GitHub issue. No source (repository file, issue or pull
# request) used in heldout.py, fresh.py, devset.py, devset2.py or blind.py ..
# blind10.py was taken again, and no repository either except MMDetection,
# whose issue thread here is new. The set was written without looking at the
# pack or its tests and frozen before it was scored even once.
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
    # ---------------------------------------------------------------- neural-modulator small LM (custom PyTorch loop on Windows, CRLF log): a pipe-separated line per 10 steps, checkpoint notices
    # loss is the total objective, lm the language-model part; tok/s is the window's throughput
    dict(fw='ad-hoc print', src='https://github.com/269652/neuroslm/blob/db478cd567ca54784b74b71b13f4cd3f92892ddd/training.log',
         line='step   710 | loss 4.3713 | lm 5.9245 | ppl 374.1 | lr 2.99e-04 | 414 tok/s | mesoLG 0.58 | NT[DA=0.80 NE=0.70 5HT=0.95 ACh=0.75 eCB=0.27 Glu=0.50 GABA=0.52]\r',
         want={"Step": 710, "TrainLoss": 4.3713, "TokensPerSecond": 414}),
    # checkpoint notice: the step is in the file name only
    dict(fw='ad-hoc print', src='https://github.com/269652/neuroslm/blob/db478cd567ca54784b74b71b13f4cd3f92892ddd/training.log',
         line="[train] saved checkpoints\\neuroslm_small_chat_1000.pt | genome=g6411ad76 gen=2 | trophic={'n_projections': 13, 'n_active': 0, 'n_pruned': 13, 'trophic_mean': 0.010030071251094341, 'trophic_max': 0.0651954635977745, 'trophic_min': 0.0, 'saturated': 0}\r",
         want={}),
    dict(fw='ad-hoc print', src='https://github.com/269652/neuroslm/blob/db478cd567ca54784b74b71b13f4cd3f92892ddd/training.log',
         line='step  2900 | loss 3.7328 | lm 5.0209 | ppl 151.5 | lr 2.63e-04 | 319 tok/s | mesoLG 0.59 | NT[DA=0.80 NE=0.70 5HT=0.95 ACh=0.75 eCB=0.30 Glu=0.50 GABA=0.61]\r',
         want={"Step": 2900, "TrainLoss": 3.7328, "TokensPerSecond": 319}),
    dict(fw='ad-hoc print', src='https://github.com/269652/neuroslm/blob/db478cd567ca54784b74b71b13f4cd3f92892ddd/training.log',
         line='step  3500 | loss 3.8858 | lm 5.2541 | ppl 191.3 | lr 2.46e-04 | 332 tok/s | mesoLG 0.59 | NT[DA=0.80 NE=0.70 5HT=0.95 ACh=0.75 eCB=0.28 Glu=0.50 GABA=0.57]\r',
         want={"Step": 3500, "TrainLoss": 3.8858, "TokensPerSecond": 332}),
    # ---------------------------------------------------------------- Fast-SCNN semantic segmentation (200 epochs, Python logging): Epoch [e/E] Iter [i/n] with the wall time since start
    # Iter counts batches of the epoch; Time is seconds since the run began, not a step time
    dict(fw='ad-hoc logging', src='https://github.com/Cuber-Wei/Fast-SCNN-pytorch-for-Silicon-M/blob/73e3b2f6956d2d8f1c48af1e921ce13fa45de8c1/logs/train.log',
         line='2025-06-12 13:31:13,075 - INFO - Epoch: [ 0/200] Iter [  10/1487] || Time: 3.7996 sec || lr: 0.00999973 || Loss: 2.3565',
         want={"TrainLoss": 2.3565}, optional={"Step": 10}),
    dict(fw='ad-hoc logging', src='https://github.com/Cuber-Wei/Fast-SCNN-pytorch-for-Silicon-M/blob/73e3b2f6956d2d8f1c48af1e921ce13fa45de8c1/logs/train.log',
         line='2025-06-12 15:01:02,586 - INFO - Epoch: [10/200] Iter [1000/1487] || Time: 5393.3115 sec || lr: 0.00951846 || Loss: 1.2454',
         want={"TrainLoss": 1.2454}, optional={"Step": 1000}),
    dict(fw='ad-hoc logging', src='https://github.com/Cuber-Wei/Fast-SCNN-pytorch-for-Silicon-M/blob/73e3b2f6956d2d8f1c48af1e921ce13fa45de8c1/logs/train.log',
         line='2025-06-13 18:31:46,139 - INFO - Epoch: [199/200] Iter [1487/1487] || Time: 104436.8641 sec || lr: 0.00000000 || Loss: 1.1492',
         want={"TrainLoss": 1.1492}, optional={"Step": 1487}),
    # ---------------------------------------------------------------- CycleGAN (CT to MR, junyanz-style visualizer lines between tqdm refreshes, nohup)
    # a bar refresh: in-epoch counter and its rate
    dict(fw='CycleGAN', src='https://github.com/CHETAN1KUKREJA/pytorch-CycleGAN-and-pix2pix/blob/ee3e0fbfcfacaa0e44c23ee5f1ef3304c52d4988/train.log',
         line='\rEpoch 1/200:   1%|          | 1/180 [00:29<1:28:35, 29.70s/it]',
         want={}, optional={"Step": 1, "IterationsPerSecond": 1 / 29.70}),
    # only the generator/discriminator parts, no single training loss; time is per-iteration compute seconds (unit not printed); iters counts within the epoch
    dict(fw='CycleGAN', src='https://github.com/CHETAN1KUKREJA/pytorch-CycleGAN-and-pix2pix/blob/ee3e0fbfcfacaa0e44c23ee5f1ef3304c52d4988/train.log',
         line='[Rank 0] (epoch: 1, iters: 100, time: 1.294, data: 0.907) , D_A: 1.016, G_A: 1.631, cycle_A: 1.308, idt_A: 2.049, D_B: 0.201, G_B: 0.552, cycle_B: 4.563, idt_B: 0.499',
         want={}, optional={"Step": 100, "StepTime": 1294}),
    # epoch wall time, tab kept
    dict(fw='CycleGAN', src='https://github.com/CHETAN1KUKREJA/pytorch-CycleGAN-and-pix2pix/blob/ee3e0fbfcfacaa0e44c23ee5f1ef3304c52d4988/train.log',
         line='End of epoch 1 / 200 \t Time Taken: 210 sec',
         want={}),
    # ---------------------------------------------------------------- YOLOv6 ONNX export (deploy log, no training)
    # export duration, not a step time
    dict(fw='YOLOv6', src='https://github.com/4399123/YOLOV6_XRay/blob/df814343e55127e6f9a8178ca6fc5caaa1c26c47/deploy/ONNX/train.log',
         line='Export complete (8.82s)',
         want={}),
    # ---------------------------------------------------------------- progressive diffusion distillation (custom trainer, Python logging; three crashed starts, then a 25k-step run with curriculum-weight updates)
    # Curriculum is a sample counter of the curriculum scheduler, not a step
    dict(fw='ad-hoc logging', src='https://github.com/A-SHOJAEI/progressive-diffusion-distillation-with-adaptive-step-curriculum/blob/b946dd9a65e2cdb96c1d4a34ac4b65714752c209/training.log',
         line='2026-02-13 15:21:05,975 - progressive_diffusion_distillation_with_adaptive_step_curriculum.training.trainer - INFO - Step 1100 | Loss: 0.0018 | LR: 9.97e-05 | Curriculum: 4400',
         want={"Step": 1100, "TrainLoss": 0.0018}),
    # checkpoint file named after the step
    dict(fw='ad-hoc logging', src='https://github.com/A-SHOJAEI/progressive-diffusion-distillation-with-adaptive-step-curriculum/blob/b946dd9a65e2cdb96c1d4a34ac4b65714752c209/training.log',
         line='2026-02-13 18:44:57,771 - progressive_diffusion_distillation_with_adaptive_step_curriculum.training.trainer - INFO - Saved checkpoint to checkpoints/checkpoint_step_10000.pt',
         want={}),
    dict(fw='ad-hoc logging', src='https://github.com/A-SHOJAEI/progressive-diffusion-distillation-with-adaptive-step-curriculum/blob/b946dd9a65e2cdb96c1d4a34ac4b65714752c209/training.log',
         line='2026-02-14 00:18:08,304 - progressive_diffusion_distillation_with_adaptive_step_curriculum.training.trainer - INFO - Step 24950 | Loss: 0.0229 | LR: 1.06e-05 | Curriculum: 99800',
         want={"Step": 24950, "TrainLoss": 0.0229}),
    # ---------------------------------------------------------------- A2C on ViZDoom (tqdm bar per episode with the script's own print glued after it; W&B run summary at the end)
    # [step=N] counts updates (one per episode); global_step counts environment frames; loss is the A2C total
    dict(fw='ad-hoc print', src='https://github.com/LeeChangmin0310/RARE-3D/blob/589578554c832c6afdd8ebccf9727b2d73f1f939/logs/train_a2c_seed0.log',
         line='\ra2c train:   0%|          | 1/2000 [00:03<1:42:41,  3.08s/it][step=2] episode=2.0000 return=-29.7738 length=30.0000 global_step=67.0000 loss=2135.5979 policy_loss=-103.4607 value_loss=4478.1562 entropy=1.9459',
         want={"TrainLoss": 2135.5979}, optional={"Step": 2, "IterationsPerSecond": 1 / 3.08}),
    dict(fw='ad-hoc print', src='https://github.com/LeeChangmin0310/RARE-3D/blob/589578554c832c6afdd8ebccf9727b2d73f1f939/logs/train_a2c_seed0.log',
         line='\ra2c train:  49%|████▉     | 988/2000 [19:59<14:29,  1.16it/s][step=989] episode=989.0000 return=481.0519 length=22.0000 global_step=17290.0000 loss=32031.1348 policy_loss=-0.0000 value_loss=64062.2695 entropy=0.0000',
         want={"TrainLoss": 32031.1348}, optional={"Step": 989, "IterationsPerSecond": 1.16}),
    # the closing refresh of the bar
    dict(fw='ad-hoc print', src='https://github.com/LeeChangmin0310/RARE-3D/blob/589578554c832c6afdd8ebccf9727b2d73f1f939/logs/train_a2c_seed0.log',
         line='\ra2c train: 100%|██████████| 2000/2000 [34:28<00:00,  1.03s/it]',
         want={}, optional={"Step": 2000, "IterationsPerSecond": 1 / 1.03}),
    # W&B run summary: the last logged loss
    dict(fw='wandb (run summary)', src='https://github.com/LeeChangmin0310/RARE-3D/blob/589578554c832c6afdd8ebccf9727b2d73f1f939/logs/train_a2c_seed0.log',
         line='wandb:        loss 16993.51562',
         want={}, optional={"TrainLoss": 16993.51562}),
    # ---------------------------------------------------------------- HDRUNet in PaddlePaddle (BasicSR-style logger: [epoch, iter, lr] then the pixel loss, a trailing blank; mmcv progress bars in the test run)
    # iter is the global iteration (thousands separated by commas); l_pix is the only training loss
    dict(fw='BasicSR (Paddle)', src='https://github.com/XDpaddle/HDRUnet_Paddle/blob/36f0b99d134d4068b908784104b3d666de794942/logs/HDRUNet_v1.log',
         line='23-05-05 21:26:52.413 - INFO: [epoch:  0, iter:     100, lr:(2.000e-04,)] l_pix: 2.9331e+05 ',
         want={"Step": 100, "TrainLoss": 2.9331e+05}),
    dict(fw='BasicSR (Paddle)', src='https://github.com/XDpaddle/HDRUnet_Paddle/blob/36f0b99d134d4068b908784104b3d666de794942/logs/HDRUNet_v1.log',
         line='23-05-06 08:30:26.951 - INFO: [epoch:  9, iter:  58,700, lr:(1.933e-04,)] l_pix: 2.8449e-02 ',
         want={"Step": 58700, "TrainLoss": 2.8449e-02}),
    dict(fw='BasicSR (Paddle)', src='https://github.com/XDpaddle/HDRUnet_Paddle/blob/36f0b99d134d4068b908784104b3d666de794942/logs/HDRUNet_v1.log',
         line='23-05-06 20:55:29.814 - INFO: [epoch: 19, iter: 121,400, lr:(1.723e-04,)] l_pix: 5.1789e-03 ',
         want={"Step": 121400, "TrainLoss": 5.1789e-03}),
    # the test script's mmcv bar (cursor codes kept): images per second of inference
    dict(fw='BasicSR (Paddle)', src='https://github.com/XDpaddle/HDRUnet_Paddle/blob/36f0b99d134d4068b908784104b3d666de794942/logs/HDRUNet_v1.log',
         line='\x1b[2F\x1b[J[------------------------------] 1/117, 0.5 task/s, elapsed: 2s, ETA:   223s',
         want={}),
    # ---------------------------------------------------------------- DMNIL drone-satellite geo-localisation (cluster-contrast style meters: current (average), tab-separated)
    # feature extraction for pseudo labels before the epoch: no training
    dict(fw='ad-hoc print', src='https://github.com/ISChenawei/DMNIL/blob/db358bce5fafbd26197ddc2707621cc055ea1d35/train_log.txt',
         line='Extract Features: [50/137]\tTime 1.773 (1.995)\tData 0.001 (0.104)\t',
         want={}),
    # [epoch][batch/batches]: the batch is in-epoch; Time is the batch's seconds with no unit printed; Loss is the total
    dict(fw='ad-hoc print', src='https://github.com/ISChenawei/DMNIL/blob/db358bce5fafbd26197ddc2707621cc055ea1d35/train_log.txt',
         line='Epoch: [0][10/400]\tTime 5.656 (6.701)\tData 0.000 (0.497)\tLoss 23.873 (23.973)\tLoss dro 6.354 (6.316)\tLoss sat 4.816 (4.926)\tcamera dro 0.000 (0.000)\tcamera sat 0.000 (0.000)\tdro_sat_loss_log 0.000 (0.000)\tsat_dro_loss_log 0.000 (0.000)\tdro_dro_loss_log 0.000 (0.000)\tsat_sat_loss_log 0.000 (0.000)\t',
         want={"TrainLoss": 23.873}, optional={"Step": 10, "StepTime": 5656}),
    dict(fw='ad-hoc print', src='https://github.com/ISChenawei/DMNIL/blob/db358bce5fafbd26197ddc2707621cc055ea1d35/train_log.txt',
         line='Epoch: [10][220/400]\tTime 5.570 (5.744)\tData 0.000 (0.185)\tLoss 8.555 (8.692)\tLoss dro 0.406 (0.263)\tLoss sat 0.241 (0.272)\tcamera dro 0.000 (0.000)\tcamera sat 0.000 (0.000)\tdro_sat_loss_log 0.000 (0.000)\tsat_dro_loss_log 0.000 (0.000)\tdro_dro_loss_log 0.419 (0.355)\tsat_sat_loss_log 0.000 (0.000)\t',
         want={"TrainLoss": 8.555}, optional={"Step": 220, "StepTime": 5570}),
    dict(fw='ad-hoc print', src='https://github.com/ISChenawei/DMNIL/blob/db358bce5fafbd26197ddc2707621cc055ea1d35/train_log.txt',
         line='Epoch: [23][400/400]\tTime 5.516 (5.810)\tData 0.000 (0.274)\tLoss 1.605 (1.752)\tLoss dro 0.103 (0.147)\tLoss sat 0.091 (0.117)\tcamera dro 0.000 (0.000)\tcamera sat 0.000 (0.000)\tdro_sat_loss_log 4.015 (4.012)\tsat_dro_loss_log 0.000 (0.000)\tdro_dro_loss_log 0.248 (0.297)\tsat_sat_loss_log 0.000 (0.000)\t',
         want={"TrainLoss": 1.605}, optional={"Step": 400, "StepTime": 5516}),
    # ---------------------------------------------------------------- PGNet text spotting (a tab-separated loss table: a header row once, then unlabeled rows)
    # a row: nothing on the line names its numbers
    dict(fw='ad-hoc print', src='https://github.com/BADBADBADBOY/pgnet.pytorch/blob/081f916758968819a23a83fa6cc9c014f9ee0bcd/train_log.txt',
         line='14.041085\t0.134909\t0.089119\t0.041629\t2.755086\t',
         want={}),
    # ---------------------------------------------------------------- Bi-LSTM Chinese language model (CRLF log: an epoch header, the epoch's loss, a test accuracy)
    # the loss of the epoch: the only loss series this log has
    dict(fw='ad-hoc print', src='https://github.com/CloneNOX/Bi-LSTM-CN-Language-model/blob/246620852775418b299ec03685f346b61a413a29/train_log.txt',
         line='loss: 6.608444\r',
         want={"TrainLoss": 6.608444}),
    # test accuracy with the counts
    dict(fw='ad-hoc print', src='https://github.com/CloneNOX/Bi-LSTM-CN-Language-model/blob/246620852775418b299ec03685f346b61a413a29/train_log.txt',
         line='test accuracy: 20.78%, (512570/2466133)\r',
         want={}),
    dict(fw='ad-hoc print', src='https://github.com/CloneNOX/Bi-LSTM-CN-Language-model/blob/246620852775418b299ec03685f346b61a413a29/train_log.txt',
         line='loss: 0.857320\r',
         want={"TrainLoss": 0.857320}),
    # ---------------------------------------------------------------- Ultralytics 8.4 target-domain fine-tune of a YOLO26 detector (new-style bars with `━` blocks, ESC [K before each refresh, a Chinese epoch summary)
    # training bar: box/cls/dfl losses under a header printed on another line, no total; the counter is the batch in the epoch
    dict(fw='Ultralytics', src='https://github.com/X-7D1C11010/YOLO_DA26/blob/17119281b84b2091c52e5313e2c2cb76baa9794d/finetune_target_domain.log',
         line='\r\x1b[K       1/40      2.12G      2.033      2.407    0.01258         28        768: 20% ━━────────── 1/5 2.6it/s 0.5s<1.5s',
         want={"IterationsPerSecond": 2.6}, optional={"Step": 1}),
    dict(fw='Ultralytics', src='https://github.com/X-7D1C11010/YOLO_DA26/blob/17119281b84b2091c52e5313e2c2cb76baa9794d/finetune_target_domain.log',
         line='\r\x1b[K       1/40      2.17G      1.971      2.428    0.01295         38        768: 100% ━━━━━━━━━━━━ 5/5 5.2it/s 1.0s',
         want={"IterationsPerSecond": 5.2}, optional={"Step": 5}),
    # the validation bar: its rate is not the training rate
    dict(fw='Ultralytics', src='https://github.com/X-7D1C11010/YOLO_DA26/blob/17119281b84b2091c52e5313e2c2cb76baa9794d/finetune_target_domain.log',
         line='\r\x1b[K                 Class     Images  Instances      Box(P          R      mAP50  mAP50-95): 100% ━━━━━━━━━━━━ 2/2 9.1it/s 0.2s',
         want={}, optional={"IterationsPerSecond": 9.1}),
    # the validation table row: no label names its numbers
    dict(fw='Ultralytics', src='https://github.com/X-7D1C11010/YOLO_DA26/blob/17119281b84b2091c52e5313e2c2cb76baa9794d/finetune_target_domain.log',
         line='                   all         17         91      0.583      0.495      0.498      0.217',
         want={}),
    # epoch summary: fitness, precision/recall/mAP and validation loss parts; no total validation loss
    dict(fw='Ultralytics', src='https://github.com/X-7D1C11010/YOLO_DA26/blob/17119281b84b2091c52e5313e2c2cb76baa9794d/finetune_target_domain.log',
         line='2026-06-30 16:42:32 | INFO | 第 1 轮结束：fitness=0.21702，metrics/precision(B)=0.5827, metrics/recall(B)=0.4945, metrics/mAP50(B)=0.4979, metrics/mAP50-95(B)=0.2170, val/box_loss=1.9590, val/cls_loss=2.1999, val/dfl_loss=0.0134',
         want={}, optional={"ValLoss": 1.9590}),
    # ---------------------------------------------------------------- PyTorch Lightning knowledge-distillation baseline (W&B console capture: the last bar refresh only, checkpoint callback lines)
    # the postfix: step loss, last validation loss, epoch mean; the counter is the batch in the epoch
    dict(fw='PyTorch Lightning', src='https://github.com/Jeen-Freecs/kd_thesis/blob/765f409cdaf3e2ceac6ec536be2689738f39e91e/wandb/run-20251028_205425-7534idpa/files/output.log',
         line='Epoch 14: 100%|██████████| 352/352 [00:24<00:00, 14.27it/s, v_num=idpa, train/loss_total_step=1.250, val/auroc=0.984, val/accuracy=0.591, val/loss_total=1.480, train/loss_total_epoch=0.976]',
         want={"TrainLoss": 1.250}, optional={"ValLoss": 1.480, "Step": 352, "IterationsPerSecond": 14.27}),
    # checkpoint callback naming the global step and a validation accuracy
    dict(fw='PyTorch Lightning', src='https://github.com/Jeen-Freecs/kd_thesis/blob/765f409cdaf3e2ceac6ec536be2689738f39e91e/wandb/run-20251028_205425-7534idpa/files/output.log',
         line="Epoch 0, global step 352: 'val/accuracy' reached 0.16200 (best 0.16200), saving model to '/workspace/kd_thesis/checkpoints/baseline/MobileNetV2-Baseline/7534idpa/best-epoch=epoch=00-val_acc=val/accuracy=0.1620.ckpt' as top 1",
         want={}, optional={"Step": 352}),
    dict(fw='PyTorch Lightning', src='https://github.com/Jeen-Freecs/kd_thesis/blob/765f409cdaf3e2ceac6ec536be2689738f39e91e/wandb/run-20251028_205425-7534idpa/files/output.log',
         line="Epoch 12, global step 4576: 'val/accuracy' was not in top 1",
         want={}, optional={"Step": 4576}),
    # ---------------------------------------------------------------- A3C stock-trading agent (Keras, Colab): a config line, one summary line per epoch
    # the run's configuration
    dict(fw='ad-hoc print', src='https://github.com/terri1102/rl_model_v1/blob/d6413a7438afc49ad7d1a8d450eb825a9384eb5a/output/train.log',
         line='[035420] RL:a3c Net:dnn LR:0.001 DF:0.9 TU:[1,5] DRT:0.05',
         want={}),
    # Loss of the epoch; PV is the portfolio value; ET is the epoch's elapsed seconds, not a step time
    dict(fw='ad-hoc print', src='https://github.com/terri1102/rl_model_v1/blob/d6413a7438afc49ad7d1a8d450eb825a9384eb5a/output/train.log',
         line='[035420][Epoch 01/10] Epsilon:1.0000 #Expl.:243/243 #Buy:109 #Sell:121 #Hold:13 #Stocks:59 PV:10,434,100 LC:16 Loss:14.286367 ET:49.1071',
         want={"TrainLoss": 14.286367}),
    dict(fw='ad-hoc print', src='https://github.com/terri1102/rl_model_v1/blob/d6413a7438afc49ad7d1a8d450eb825a9384eb5a/output/train.log',
         line='[000660][Epoch 50/50] Epsilon:0.0000 #Expl.:0/243 #Buy:33 #Sell:17 #Hold:193 #Stocks:204 PV:15,618,566 LC:28 Loss:72.397720 ET:28.3687',
         want={"TrainLoss": 72.397720}),
    # ---------------------------------------------------------------- OmniAvatar (Lightning training module, per-rank debug prints)
    # a debug print of the batch index in the epoch
    dict(fw='ad-hoc print', src='https://github.com/FoxNickel/OmniAvatar/blob/cb9597586a31d0cca7afec570b80af5bfa66559d/rank.log',
         line='[Rank 2] training_step -> batch_idx: 0, batch_size: 1',
         want={}),
    # ---------------------------------------------------------------- small GPT SFT on Alpaca (custom loop on Apple MPS, French messages): one tqdm bar over the optimizer steps with a `loss x` postfix
    # the plan: examples, epochs and total steps
    dict(fw='ad-hoc tqdm', src='https://github.com/Phiwain/LLM/blob/d4029037acab37fac981aa8c2eb5420363d5ec64/sft.log',
         line='Entraînement SFT: 2000 examples × 3 epochs = 375 steps',
         want={}),
    # the first refresh, before any loss is shown
    dict(fw='ad-hoc tqdm', src='https://github.com/Phiwain/LLM/blob/d4029037acab37fac981aa8c2eb5420363d5ec64/sft.log',
         line='\rSFT:   0%|          | 1/375 [00:20<2:07:54, 20.52s/it]',
         want={}, optional={"Step": 1, "IterationsPerSecond": 1 / 20.52}),
    # the postfix loss, written with a blank instead of `=`; the bar counts optimizer steps
    dict(fw='ad-hoc tqdm', src='https://github.com/Phiwain/LLM/blob/d4029037acab37fac981aa8c2eb5420363d5ec64/sft.log',
         line='\rSFT:  10%|▉         | 37/375 [06:40<47:51,  8.49s/it, loss 0.3190]',
         want={"TrainLoss": 0.3190}, optional={"Step": 37, "IterationsPerSecond": 1 / 8.49}),
    dict(fw='ad-hoc tqdm', src='https://github.com/Phiwain/LLM/blob/d4029037acab37fac981aa8c2eb5420363d5ec64/sft.log',
         line='\rSFT: 100%|██████████| 375/375 [55:03<00:00,  8.81s/it, loss 0.0000]',
         want={"TrainLoss": 0.0000}, optional={"Step": 375, "IterationsPerSecond": 1 / 8.81}),
    # ---------------------------------------------------------------- Sesame CSM-1B LoRA fine-tune on Hungarian audio (Python logging; only validation losses are logged)
    # announces a validation pass
    dict(fw='ad-hoc logging', src='https://github.com/fablevi/ipex_csm_lora/blob/b0460d424f482c41958c69d6eb77dd11c270eef4/finetune.log',
         line='2025-05-08 21:03:00,354 - __main__ - INFO - Calculating validation loss at step 1...',
         want={}, optional={"Step": 1}),
    dict(fw='ad-hoc logging', src='https://github.com/fablevi/ipex_csm_lora/blob/b0460d424f482c41958c69d6eb77dd11c270eef4/finetune.log',
         line='2025-05-08 21:03:27,614 - __main__ - INFO - Validation loss: 11.708967',
         want={"ValLoss": 11.708967}),
    dict(fw='ad-hoc logging', src='https://github.com/fablevi/ipex_csm_lora/blob/b0460d424f482c41958c69d6eb77dd11c270eef4/finetune.log',
         line='2025-05-08 21:03:55,583 - __main__ - INFO - Epoch 2 validation loss: 11.708966',
         want={"ValLoss": 11.708966}),
    # ---------------------------------------------------------------- ChatMD medical chatbot fine-tune (HF Trainer, logged dicts only, 20 epochs)
    dict(fw='HF Trainer', src='https://github.com/AnikaTha/ChatMD/blob/2f2f40938ea22ab81913d4d858235d2e3a2fa925/train.out',
         line="{'loss': 0.6387, 'grad_norm': 13.322836875915527, 'learning_rate': 1e-05, 'epoch': 0.02}",
         want={"TrainLoss": 0.6387, "GradNorm": 13.322836875915527}),
    dict(fw='HF Trainer', src='https://github.com/AnikaTha/ChatMD/blob/2f2f40938ea22ab81913d4d858235d2e3a2fa925/train.out',
         line="{'loss': 0.1464, 'grad_norm': 1.6349549293518066, 'learning_rate': 5.2871754523996855e-06, 'epoch': 9.43}",
         want={"TrainLoss": 0.1464, "GradNorm": 1.6349549293518066}),
    # the last window: the learning rate has reached 0.0
    dict(fw='HF Trainer', src='https://github.com/AnikaTha/ChatMD/blob/2f2f40938ea22ab81913d4d858235d2e3a2fa925/train.out',
         line="{'loss': 0.1343, 'grad_norm': 2.47983980178833, 'learning_rate': 0.0, 'epoch': 20.0}",
         want={"TrainLoss": 0.1343, "GradNorm": 2.47983980178833}),
    # end-of-training summary: whole-run averages
    dict(fw='HF Trainer', src='https://github.com/AnikaTha/ChatMD/blob/2f2f40938ea22ab81913d4d858235d2e3a2fa925/train.out',
         line="{'train_runtime': 15475.849, 'train_samples_per_second': 13.153, 'train_steps_per_second': 0.822, 'train_loss': 0.1479127787662752, 'epoch': 20.0}",
         want={}, optional={"TrainLoss": 0.1479127787662752, "SamplesPerSecond": 13.153, "IterationsPerSecond": 0.822}),
    # ---------------------------------------------------------------- TMR text-to-motion retrieval (PyTorch Lightning with a coloured rich logger; one epoch line glued after the validation bar's cursor-up code)
    # epoch means: loss and its parts for training, v_ for validation, then retrieval scores
    dict(fw='PyTorch Lightning', src='https://github.com/MukundShankar-dev/TMR/blob/8e3801100626bfb33b6cbefadca2ea04007c70e9/train.out',
         line='\rValidation: |          | 0/? [00:00<?, ?it/s]\x1b[A[\x1b[37m12/09/24 14:03:31\x1b[0m] \x1b[34mINFO\x1b[0m   Epoch 0: v_recons 4.545e-01  recons 4.626e-01  v_loss 4.591e+00  loss 5.362e+00  v_latent 1.066e+00  latent 1.139e+00  v_kl 5.804e+00  kl 5.591e+00  v_dtw 7.405e-02  dtw 8.616e-02  v_t2m/len 1368  v_t2m/R01 1.32%  v_t2m/R02 3.0%  v_t2m/R03 5.55%  v_t2m/R05 7.96%  v_t2m/R10 14.77%  v_t2m/MedR 65.0%  v_m2t/len 1368  v_m2t/R01 2.26%  v_m2t/R02 3.79%  v_m2t/R03 5.4%  v_m2t/R05 8.85%  v_m2t/R10 15.85%  v_m2t/MedR 68.5%\x1b[0m',
         want={"TrainLoss": 5.362e+00, "ValLoss": 4.591e+00}),
    dict(fw='PyTorch Lightning', src='https://github.com/MukundShankar-dev/TMR/blob/8e3801100626bfb33b6cbefadca2ea04007c70e9/train.out',
         line='\rValidation: |          | 0/? [00:00<?, ?it/s]\x1b[A[\x1b[37m12/09/24 14:50:04\x1b[0m] \x1b[34mINFO\x1b[0m   Epoch 13: v_recons 4.036e-01  recons 3.926e-01  v_loss 2.449e+00  loss 2.200e+00  v_latent 8.652e-01  latent 8.666e-01  v_kl 5.702e+01  kl 1.028e+02  v_dtw 5.665e-02  dtw 5.319e-02  v_t2m/len 1368  v_t2m/R01 12.13%  v_t2m/R02 19.22%  v_t2m/R03 24.78%  v_t2m/R05 32.97%  v_t2m/R10 47.43%  v_t2m/MedR 12.0%  v_m2t/len 1368  v_m2t/R01 12.27%  v_m2t/R02 19.44%  v_m2t/R03 24.85%  v_m2t/R05 34.58%  v_m2t/R10 47.95%  v_m2t/MedR 11.0%\x1b[0m',
         want={"TrainLoss": 2.200e+00, "ValLoss": 2.449e+00}),
    # ---------------------------------------------------------------- Chinese poetry Transformer (plain print: learning-rate line per epoch, three batch lines, elapsed minutes)
    # Batch i/n counts within the epoch
    dict(fw='ad-hoc print', src='https://github.com/aqpower/PoeticTransformer/blob/05b21b22144a4a35f80c2234a49cf97d9149aa72/train.out',
         line='Epoch: 001/099 | Batch 0000/0011 | Loss: 8.315066',
         want={"TrainLoss": 8.315066}, optional={"Step": 0}),
    # ReduceLROnPlateau notice naming the epoch
    dict(fw='ad-hoc print', src='https://github.com/aqpower/PoeticTransformer/blob/05b21b22144a4a35f80c2234a49cf97d9149aa72/train.out',
         line='Epoch 00090: reducing learning rate of group 0 to 5.0000e-04.',
         want={}),
    dict(fw='ad-hoc print', src='https://github.com/aqpower/PoeticTransformer/blob/05b21b22144a4a35f80c2234a49cf97d9149aa72/train.out',
         line='Epoch: 099/099 | Batch 0010/0011 | Loss: 0.107221',
         want={"TrainLoss": 0.107221}, optional={"Step": 10}),
    # ---------------------------------------------------------------- STTN video inpainting for gait (adversarial training: discriminator and generator losses in the tqdm description)
    # d and gen are the two adversarial losses, no single training loss; the bar counts iterations
    dict(fw='ad-hoc tqdm', src='https://github.com/enemy1205/STTN/blob/a963c6951e6bdbd1d928733acb1f175df28e77e3/train.out',
         line='\rd: -0.000;gen: -0.008:  70%|███████   | 14000/20000 [8:33:50<3:26:57,  2.07s/it]',
         want={}, optional={"Step": 14000, "IterationsPerSecond": 1 / 2.07}),
    # the bar past its total: no percentage, only a count
    dict(fw='ad-hoc tqdm', src='https://github.com/enemy1205/STTN/blob/a963c6951e6bdbd1d928733acb1f175df28e77e3/train.out',
         line='\rd: -0.001;gen: -0.008: : 20001it [12:17:03,  3.35s/it]',
         want={}, optional={"Step": 20001, "IterationsPerSecond": 1 / 3.35}),
    # ---------------------------------------------------------------- Korean-English NMT (TensorFlow, custom loop printing an epoch stamp and a sample translation)
    # epoch completion time stamp
    dict(fw='ad-hoc print', src='https://github.com/davijoocho/machine-translation-ko-en/blob/dea352c58694b7750b530ddd6bbe6b5623d534b2/train.out',
         line='EPOCH 1 COMPLETED @ 10:07 PM',
         want={}),
    # ---------------------------------------------------------------- ResNet fine-tune on CIFAR-10 in PaddlePaddle (AI Studio terminal: the same line shape for the training epoch and for the evaluation after it)
    # a training epoch's mean loss; the line itself does not say train or eval
    dict(fw='ad-hoc print', src='https://github.com/AIHHU/PaddleCIFAR10/blob/d81e6000906e1d6127c9df64b01b883cfc3b99a0/training_log.txt',
         line='epoch: 0,  loss is: 0.6285572392599923, acc is: 0.7797021154238253',
         want={}, optional={"TrainLoss": 0.6285572392599923, "ValLoss": 0.6285572392599923}),
    # the evaluation's loss, printed by the same format string
    dict(fw='ad-hoc print', src='https://github.com/AIHHU/PaddleCIFAR10/blob/d81e6000906e1d6127c9df64b01b883cfc3b99a0/training_log.txt',
         line='epoch: 0,  loss is: 0.48661240488290786, acc is: 0.83525390625',
         want={}, optional={"TrainLoss": 0.48661240488290786, "ValLoss": 0.48661240488290786}),
    # ---------------------------------------------------------------- MiniTorch sentiment classifier (LLM-systems course homework): one epoch line, a validation accuracy, the best so far
    # the epoch's training loss: the only loss series this log has
    dict(fw='ad-hoc print', src='https://github.com/120205690/LLMSystems-Minitorch-Framework/blob/3e225dea9bce81ff1e473f785044012c8807b7c4/training_log.txt',
         line='Epoch 1, loss 0.6916125747892592, train accuracy: 54.67%',
         want={"TrainLoss": 0.6916125747892592}),
    dict(fw='ad-hoc print', src='https://github.com/120205690/LLMSystems-Minitorch-Framework/blob/3e225dea9bce81ff1e473f785044012c8807b7c4/training_log.txt',
         line='Epoch 250, loss 0.3271372318267822, train accuracy: 80.44%',
         want={"TrainLoss": 0.3271372318267822}),
    # ---------------------------------------------------------------- MMDetection 2.x Cascade R-CNN on a custom set (mmcv text logger, tab after the iteration counter; issue thread)
    # [epoch][iter/iters] counts within the epoch; time is seconds per iteration with no unit printed; loss is the total
    dict(fw='MMDetection', src='https://github.com/open-mmlab/mmdetection/issues/5911',
         line='2021-08-18 19:36:00,257 - mmdet - INFO - Epoch [1][50/5808]\tlr: 1.000e-02, eta: 5:02:49, time: 0.784, data_time: 0.085, memory: 8104, loss_rpn_cls: 0.4233, loss_rpn_bbox: 0.1337, loss_cls: 0.8811, acc: 91.4893, loss_bbox: 0.2141, loss: 1.6522',
         want={"TrainLoss": 1.6522}, optional={"Step": 50, "StepTime": 784}),
    dict(fw='MMDetection', src='https://github.com/open-mmlab/mmdetection/issues/5911',
         line='2021-08-18 19:37:49,537 - mmdet - INFO - Epoch [1][200/5808]\tlr: 1.000e-02, eta: 4:44:57, time: 0.733, data_time: 0.019, memory: 8104, loss_rpn_cls: 0.3148, loss_rpn_bbox: 0.1156, loss_cls: 0.4204, acc: 92.6089, loss_bbox: 0.2086, loss: 1.0595',
         want={"TrainLoss": 1.0595}, optional={"Step": 200, "StepTime": 733}),
    # ---------------------------------------------------------------- character-level snippet RNN sweep (Keras 1 with verbose=2: one summary line per epoch, the epoch's seconds first)
    # loss/acc of the training epoch, val_ the validation; 67s is the epoch's wall time, not a step time
    dict(fw='Keras', src='https://github.com/derekchen14/snippet_rnn/blob/b97e3a79b418c8c64dd5f53efbccf21057c6847f/results/0508_results.rb',
         line='67s - loss: 2.4808 - acc: 0.2275 - val_loss: 2.1192 - val_acc: 0.4365',
         want={"TrainLoss": 2.4808, "ValLoss": 2.1192}),
    dict(fw='Keras', src='https://github.com/derekchen14/snippet_rnn/blob/b97e3a79b418c8c64dd5f53efbccf21057c6847f/results/0508_results.rb',
         line='65s - loss: 0.2275 - acc: 0.9353 - val_loss: 2.4622 - val_acc: 0.4890',
         want={"TrainLoss": 0.2275, "ValLoss": 2.4622}),
    dict(fw='Keras', src='https://github.com/derekchen14/snippet_rnn/blob/b97e3a79b418c8c64dd5f53efbccf21057c6847f/results/0508_results.rb',
         line='140s - loss: 1.6955 - acc: 0.4785 - val_loss: 2.0000 - val_acc: 0.4585',
         want={"TrainLoss": 1.6955, "ValLoss": 2.0000}),
    dict(fw='Keras', src='https://github.com/derekchen14/snippet_rnn/blob/b97e3a79b418c8c64dd5f53efbccf21057c6847f/results/0508_results.rb',
         line='141s - loss: 0.7125 - acc: 0.7906 - val_loss: 1.7588 - val_acc: 0.5495',
         want={"TrainLoss": 0.7125, "ValLoss": 1.7588}),
    # ---------------------------------------------------------------- ROME-style knowledge editing evaluation (Slurm job log): the edit's inner optimisation prints its loss and parts each step
    # the optimised objective = NLL + KL + weight decay; the step is not printed
    dict(fw='ad-hoc print', src='https://github.com/domenicrosati/longform_edit_model_evals/blob/4ebb3790883d2100ed917c1cc9acd285e76aa52c/slurm.out',
         line='loss 6.821 = 6.821 + 0.0 + 0.0 avg prob of [ bishop] 0.004991287365555763',
         want={"TrainLoss": 6.821}),
    dict(fw='ad-hoc print', src='https://github.com/domenicrosati/longform_edit_model_evals/blob/4ebb3790883d2100ed917c1cc9acd285e76aa52c/slurm.out',
         line='loss 0.56 = 0.249 + 0.222 + 0.089 avg prob of [ bishop] 0.7822320461273193',
         want={"TrainLoss": 0.56}),
    dict(fw='ad-hoc print', src='https://github.com/domenicrosati/longform_edit_model_evals/blob/4ebb3790883d2100ed917c1cc9acd285e76aa52c/slurm.out',
         line='loss 3.776 = 3.717 + 0.008 + 0.051 avg prob of [ Edinburgh] 0.025736931711435318',
         want={"TrainLoss": 3.776}),
    # ---------------------------------------------------------------- Qwen2.5-7B SFT against context-length degradation (HF Trainer under torchrun with DeepSpeed ZeRO-3; tqdm written one refresh per line, 91 s an optimizer step)
    # the preprocessing bar with a progress print glued to it: samples, not training
    dict(fw='HF Trainer', src='https://github.com/charles-wang888/intelligence-degradation-in-llm/blob/51c85df618efacac511b388dc0e6dbfcb61e30b2/logs/finetune.log',
         line='处理样本:   0%|          | 0/40595 [00:00<?, ?it/s]2026-01-06 11:45:45,752 - __main__ - INFO - 进度: 1/40595 (0%), 已用时: 0.0秒, 预计剩余: 0.1秒, 有效样本: 0',
         want={}),
    # a bar refresh on its own line: the counter is the optimizer step, 89.35 s per step
    dict(fw='HF Trainer', src='https://github.com/charles-wang888/intelligence-degradation-in-llm/blob/51c85df618efacac511b388dc0e6dbfcb61e30b2/logs/finetune.log',
         line=' 52%|█████▏    | 296/573 [7:31:06<6:52:29, 89.35s/it]',
         want={}, optional={"Step": 296, "IterationsPerSecond": 1 / 89.35}),
    # the blank padding tqdm leaves before a logged dict
    dict(fw='HF Trainer', src='https://github.com/charles-wang888/intelligence-degradation-in-llm/blob/51c85df618efacac511b388dc0e6dbfcb61e30b2/logs/finetune.log',
         line='                                                     ',
         want={}),
    dict(fw='HF Trainer', src='https://github.com/charles-wang888/intelligence-degradation-in-llm/blob/51c85df618efacac511b388dc0e6dbfcb61e30b2/logs/finetune.log',
         line="{'loss': 0.0011, 'grad_norm': 0.0009516082354821265, 'learning_rate': 1.1585623678646935e-05, 'epoch': 1.57}",
         want={"TrainLoss": 0.0011, "GradNorm": 0.0009516082354821265}),
    # the evaluation dict after the nested bar's cursor-up code
    dict(fw='HF Trainer', src='https://github.com/charles-wang888/intelligence-degradation-in-llm/blob/51c85df618efacac511b388dc0e6dbfcb61e30b2/logs/finetune.log',
         line="\x1b[A{'eval_loss': 0.0004951820592395961, 'eval_runtime': 295.0678, 'eval_samples_per_second': 1.152, 'eval_steps_per_second': 0.576, 'epoch': 2.62}",
         want={"ValLoss": 0.0004951820592395961}),
    # end-of-training summary: whole-run averages
    dict(fw='HF Trainer', src='https://github.com/charles-wang888/intelligence-degradation-in-llm/blob/51c85df618efacac511b388dc0e6dbfcb61e30b2/logs/finetune.log',
         line="{'train_runtime': 52252.6538, 'train_samples_per_second': 0.175, 'train_steps_per_second': 0.011, 'train_loss': 0.0015254152894432918, 'epoch': 3.0}",
         want={}, optional={"TrainLoss": 0.0015254152894432918, "SamplesPerSecond": 0.175, "IterationsPerSecond": 0.011}),
    # ---------------------------------------------------------------- WaveMamba low-light enhancement (BasicSR logger: [epoch, iter, lr] [eta, time (data)] then loss parts with a trailing blank; validation crashed)
    # iter is the global iteration; time is seconds per iteration (unit not printed); only loss parts, no total
    dict(fw='BasicSR', src='https://github.com/yoimiya2004/LM-Net/blob/ac1f8addcb73a116a7824217a52600cd4bce6b9d/nohup_train.log',
         line='2026-03-03 10:53:04,339 INFO: [WDMam..][epoch:  1, iter:   2,000, lr:(5.000e-04,)] [eta: 2 days, 18:35:30, time (data): 0.487 (0.002)] l_pix: 8.2526e-02 l_LL: 1.5978e-01 l_cr: 1.8350e+00 l_freq: 1.6250e-01 ',
         want={"Step": 2000}, optional={"StepTime": 487}),
    dict(fw='BasicSR', src='https://github.com/yoimiya2004/LM-Net/blob/ac1f8addcb73a116a7824217a52600cd4bce6b9d/nohup_train.log',
         line='2026-03-06 06:20:40,338 INFO: [WDMam..][epoch:286, iter: 500,000, lr:(1.001e-07,)] [eta: 0:00:00, time (data): 0.491 (0.006)] l_pix: 1.0418e-02 l_LL: 3.7078e-02 l_cr: 6.1374e-01 l_freq: 4.8471e-02 ',
         want={"Step": 500000}, optional={"StepTime": 491}),
    # ---------------------------------------------------------------- nanoGPT (Shakespeare/OpenWebText-style run, 20k iterations): iter lines every 10, eval every 250
    # tokens per iteration: a configuration value
    dict(fw='nanoGPT', src='https://github.com/sigmalyj/nanoGPT/blob/ea79e674921ed43d0d816e29f7afe408b2e2d884/log_train.txt',
         line='tokens per iteration will be: 16,384',
         want={}),
    dict(fw='nanoGPT', src='https://github.com/sigmalyj/nanoGPT/blob/ea79e674921ed43d0d816e29f7afe408b2e2d884/log_train.txt',
         line='step 0: train loss 10.9536, val loss 10.9510',
         want={"Step": 0, "TrainLoss": 10.9536, "ValLoss": 10.9510}),
    dict(fw='nanoGPT', src='https://github.com/sigmalyj/nanoGPT/blob/ea79e674921ed43d0d816e29f7afe408b2e2d884/log_train.txt',
         line='iter 10: loss 9.8940, time 561.12ms',
         want={"Step": 10, "TrainLoss": 9.8940, "StepTime": 561.12}),
    # the iteration right after an evaluation: its time includes the eval
    dict(fw='nanoGPT', src='https://github.com/sigmalyj/nanoGPT/blob/ea79e674921ed43d0d816e29f7afe408b2e2d884/log_train.txt',
         line='iter 250: loss 6.0303, time 36862.08ms',
         want={"Step": 250, "TrainLoss": 6.0303, "StepTime": 36862.08}),
    dict(fw='nanoGPT', src='https://github.com/sigmalyj/nanoGPT/blob/ea79e674921ed43d0d816e29f7afe408b2e2d884/log_train.txt',
         line='iter 14970: loss 2.8440, time 561.41ms',
         want={"Step": 14970, "TrainLoss": 2.8440, "StepTime": 561.41}),
    # ---------------------------------------------------------------- GPT pretraining on Wikipedia (LLMs-from-scratch style loop, loguru): Ep n (Step zero-padded) with train and val loss, a sample generation
    # the step is printed with leading zeros
    dict(fw='ad-hoc logging', src='https://github.com/IDEAS-Incubator/LLM_Bootcamp_Pretrain_GPT_Wikimedia/blob/1338f715b828d291a06a3a81f5edfd002e95cf61/training_output.log',
         line='2024-10-10 22:34:03.484 | INFO     | __main__:train_model_simple:101 - Ep 1 (Step 000000): Train loss 10.370, Val loss 10.036',
         want={"Step": 0, "TrainLoss": 10.370, "ValLoss": 10.036}),
    dict(fw='ad-hoc logging', src='https://github.com/IDEAS-Incubator/LLM_Bootcamp_Pretrain_GPT_Wikimedia/blob/1338f715b828d291a06a3a81f5edfd002e95cf61/training_output.log',
         line='2024-10-10 23:38:29.971 | INFO     | __main__:train_model_simple:101 - Ep 5 (Step 044970): Train loss 4.428, Val loss 4.923',
         want={"Step": 44970, "TrainLoss": 4.428, "ValLoss": 4.923}),
    dict(fw='ad-hoc logging', src='https://github.com/IDEAS-Incubator/LLM_Bootcamp_Pretrain_GPT_Wikimedia/blob/1338f715b828d291a06a3a81f5edfd002e95cf61/training_output.log',
         line='2024-10-11 00:45:58.659 | INFO     | __main__:train_model_simple:101 - Ep 10 (Step 092065): Train loss 3.795, Val loss 4.736',
         want={"Step": 92065, "TrainLoss": 3.795, "ValLoss": 4.736}),
    # total wall time of the run
    dict(fw='ad-hoc logging', src='https://github.com/IDEAS-Incubator/LLM_Bootcamp_Pretrain_GPT_Wikimedia/blob/1338f715b828d291a06a3a81f5edfd002e95cf61/training_output.log',
         line='Training completed in: 132.16 minutes',
         want={}),
    # ---------------------------------------------------------------- GPT-2 124M on a small text until a target loss (custom loop, plain print every 50 steps)
    dict(fw='ad-hoc print', src='https://github.com/neelreddyrebala/S12_GPT2_124M/blob/88f3d2d1b39288fd107c0c22939d7439724ef720/logs/train_log.txt',
         line='Step     1, Loss: 10.988944, LR: 0.000001',
         want={"Step": 1, "TrainLoss": 10.988944}),
    dict(fw='ad-hoc print', src='https://github.com/neelreddyrebala/S12_GPT2_124M/blob/88f3d2d1b39288fd107c0c22939d7439724ef720/logs/train_log.txt',
         line='Step  1000, Loss: 3.657590, LR: 0.000294',
         want={"Step": 1000, "TrainLoss": 3.657590}),
    dict(fw='ad-hoc print', src='https://github.com/neelreddyrebala/S12_GPT2_124M/blob/88f3d2d1b39288fd107c0c22939d7439724ef720/logs/train_log.txt',
         line='Step  6000, Loss: 0.210986, LR: 0.000086',
         want={"Step": 6000, "TrainLoss": 0.210986}),
    # the stop notice: the target, the step it was reached at, the last loss
    dict(fw='ad-hoc print', src='https://github.com/neelreddyrebala/S12_GPT2_124M/blob/88f3d2d1b39288fd107c0c22939d7439724ef720/logs/train_log.txt',
         line='Target loss of 0.099999 achieved at step 6034! Final Loss: 0.0883',
         want={}, optional={"Step": 6034, "TrainLoss": 0.0883}),
    # ---------------------------------------------------------------- Korean scene-text recognition (deep-text-recognition-benchmark style: [iter/total] train and valid loss, elapsed seconds since the start, accuracy lines)
    # Elapsed_time is seconds since the start, not a step time
    dict(fw='ad-hoc print', src='https://github.com/LeeKunHa/kospeech/blob/29338fb5f9c689fae22f759ff0f6f0af9a5ef754/log_train.txt',
         line='[1/200000] Train loss: 0.00023, Valid loss: 0.00622, Elapsed_time: 3.53794',
         want={"Step": 1, "TrainLoss": 0.00023, "ValLoss": 0.00622}),
    dict(fw='ad-hoc print', src='https://github.com/LeeKunHa/kospeech/blob/29338fb5f9c689fae22f759ff0f6f0af9a5ef754/log_train.txt',
         line='[116900/200000] Train loss: 0.00036, Valid loss: 0.00258, Elapsed_time: 777579.53187',
         want={"Step": 116900, "TrainLoss": 0.00036, "ValLoss": 0.00258}),
    # ---------------------------------------------------------------- build-nanogpt style pretraining on FineWeb (log file with `step split value` rows)
    # `<step> train <loss>` and `<step> val <loss>`: the split word names the series; the leading number is the step, unlabeled
    dict(fw='build-nanogpt', src='https://github.com/neemiasbsilva/developing-nanoGPT2-fineweb/blob/1f7bbc84a745869a6803899877e018272dd0e9fe/logs/train_log.txt',
         line='0 val 11.0213',
         want={"ValLoss": 11.0213}, optional={"Step": 0}),
    dict(fw='build-nanogpt', src='https://github.com/neemiasbsilva/developing-nanoGPT2-fineweb/blob/1f7bbc84a745869a6803899877e018272dd0e9fe/logs/train_log.txt',
         line='0 train 11.027695',
         want={"TrainLoss": 11.027695}, optional={"Step": 0}),
    dict(fw='build-nanogpt', src='https://github.com/neemiasbsilva/developing-nanoGPT2-fineweb/blob/1f7bbc84a745869a6803899877e018272dd0e9fe/logs/train_log.txt',
         line='1750 val 3.9311',
         want={"ValLoss": 3.9311}, optional={"Step": 1750}),
    dict(fw='build-nanogpt', src='https://github.com/neemiasbsilva/developing-nanoGPT2-fineweb/blob/1f7bbc84a745869a6803899877e018272dd0e9fe/logs/train_log.txt',
         line='1991 train 3.478232',
         want={"TrainLoss": 3.478232}, optional={"Step": 1991}),
    # ---------------------------------------------------------------- ChemMiniQ3 molecule LM with multi-token prediction (HF Trainer, CRLF log): logged dicts, evaluation dicts, a run summary
    # phase-1 summary: whole-run averages
    dict(fw='HF Trainer', src='https://github.com/gbyuvd/ChemMiniQ3-HoriFIE/blob/db70218f5641d6c1797fd8c3b6596e7e8e51378a/log_train.txt',
         line="{'train_runtime': 522.4127, 'train_samples_per_second': 17.151, 'train_steps_per_second': 0.268, 'train_loss': 13.13411865234375, 'epoch': 1.0}\r",
         want={}, optional={"TrainLoss": 13.13411865234375, "SamplesPerSecond": 17.151, "IterationsPerSecond": 0.268}),
    dict(fw='HF Trainer', src='https://github.com/gbyuvd/ChemMiniQ3-HoriFIE/blob/db70218f5641d6c1797fd8c3b6596e7e8e51378a/log_train.txt',
         line="{'loss': 20.4449, 'grad_norm': 5.31291389465332, 'learning_rate': 5e-05, 'epoch': 0.25}\r",
         want={"TrainLoss": 20.4449, "GradNorm": 5.31291389465332}),
    dict(fw='HF Trainer', src='https://github.com/gbyuvd/ChemMiniQ3-HoriFIE/blob/db70218f5641d6c1797fd8c3b6596e7e8e51378a/log_train.txt',
         line="{'eval_loss': 1.7291985750198364, 'eval_runtime': 15.2593, 'eval_samples_per_second': 91.748, 'eval_steps_per_second': 5.767, 'epoch': 3.25}\r",
         want={"ValLoss": 1.7291985750198364}),
    # ---------------------------------------------------------------- pose estimation with knowledge distillation for MAX78000 (ai8x-training fork, CPU run, nohup): one line per 10 batches
    # Loss is the combined objective, Student and Distill its parts; Batch counts within the epoch; Time is per batch but the line does not say so
    dict(fw='ad-hoc logging', src='https://github.com/J-kal/ai8x-training/blob/31e1cf240a045ea701d58bd7cf2874552d04ddbc/training_output.log',
         line='[2025-11-30 00:55:55]   Batch 10/11882 | Loss: 14.3326 | Student: 47.0233 | Distill: 0.3223 | Time: 26.8s | ETA: 90.3h',
         want={"TrainLoss": 14.3326}, optional={"Step": 10, "StepTime": 26800}),
    dict(fw='ad-hoc logging', src='https://github.com/J-kal/ai8x-training/blob/31e1cf240a045ea701d58bd7cf2874552d04ddbc/training_output.log',
         line='[2025-12-01 07:18:07]   Batch 4080/11882 | Loss: 11.0512 | Student: 36.8293 | Distill: 0.0034 | Time: 26.5s | ETA: 57.4h',
         want={"TrainLoss": 11.0512}, optional={"Step": 4080, "StepTime": 26500}),
    # ---------------------------------------------------------------- EViT reproduction in Jittor (one line per epoch: mean training loss and test accuracy)
    dict(fw='Jittor', src='https://github.com/111223-oss/EViT-Jittor-Reproduction/blob/80e91ded27025e03217f5cc064da79e13cce0a00/logs/train_log.txt',
         line='Epoch 001, Loss: 1.7584, Test Acc: 44.76%',
         want={"TrainLoss": 1.7584}),
    dict(fw='Jittor', src='https://github.com/111223-oss/EViT-Jittor-Reproduction/blob/80e91ded27025e03217f5cc064da79e13cce0a00/logs/train_log.txt',
         line='Epoch 010, Loss: 0.7819, Test Acc: 61.30%',
         want={"TrainLoss": 0.7819}),
    # ---------------------------------------------------------------- Transformer translation following the TensorFlow 2.0 tutorial (plain print: a batch line, then an epoch line after every batch, epoch seconds)
    # Loss is the running mean of the epoch (tf.keras.metrics.Mean); Batch counts within the epoch
    dict(fw='TensorFlow', src='https://github.com/PanXiebit/transformer-tf2.0/blob/8eb297a0a4ba650a0d0b5afba2cbb2e634b7d05b/log_train.txt',
         line='Epoch 1 Batch 0 Loss 4.1730 Accuracy 0.0000',
         want={"TrainLoss": 4.1730}, optional={"Step": 0}),
    dict(fw='TensorFlow', src='https://github.com/PanXiebit/transformer-tf2.0/blob/8eb297a0a4ba650a0d0b5afba2cbb2e634b7d05b/log_train.txt',
         line='Epoch 2 Loss 1.5789 Accuracy 0.2710',
         want={"TrainLoss": 1.5789}),
    dict(fw='TensorFlow', src='https://github.com/PanXiebit/transformer-tf2.0/blob/8eb297a0a4ba650a0d0b5afba2cbb2e634b7d05b/log_train.txt',
         line='Epoch 5 Loss 0.0097 Accuracy 0.4707',
         want={"TrainLoss": 0.0097}),
    # seconds of the whole epoch
    dict(fw='TensorFlow', src='https://github.com/PanXiebit/transformer-tf2.0/blob/8eb297a0a4ba650a0d0b5afba2cbb2e634b7d05b/log_train.txt',
         line='Time taken for 1 epoch: 29.042927265167236 secs',
         want={}),
    # ---------------------------------------------------------------- CaiT on ImageNet in PaddlePaddle (PPViT-style logger: running averages every 100 steps, an epoch summary, checkpoint names with the loss)
    # Step[i/n] counts within the epoch; Avg Loss is the running mean of the epoch
    dict(fw='PaddlePaddle (PPViT)', src='https://github.com/CPones/Paddle_CaiT/blob/bc98c4e8c0f05ebbe93048a54a83550385a02677/log_train.txt',
         line='2022-05-06 09:46:00,872 Epoch[001/100], Step[0000/0196], Avg Loss: 0.9829, Avg Acc: 0.7930',
         want={"TrainLoss": 0.9829}, optional={"Step": 0}),
    dict(fw='PaddlePaddle (PPViT)', src='https://github.com/CPones/Paddle_CaiT/blob/bc98c4e8c0f05ebbe93048a54a83550385a02677/log_train.txt',
         line='2022-05-06 09:47:27,299 Epoch[001/100], Step[0100/0196], Avg Loss: 1.0198, Avg Acc: 0.7605',
         want={"TrainLoss": 1.0198}, optional={"Step": 100}),
    # the epoch summary next to the running series; time is the epoch's seconds
    dict(fw='PaddlePaddle (PPViT)', src='https://github.com/CPones/Paddle_CaiT/blob/bc98c4e8c0f05ebbe93048a54a83550385a02677/log_train.txt',
         line='2022-05-06 12:40:05,249 ----- Epoch[060/100], Train Loss: 0.3438, Train Acc: 0.9251, time: 176.47',
         want={}, optional={"TrainLoss": 0.3438}),
    # checkpoint file named after the epoch and its loss
    dict(fw='PaddlePaddle (PPViT)', src='https://github.com/CPones/Paddle_CaiT/blob/bc98c4e8c0f05ebbe93048a54a83550385a02677/log_train.txt',
         line='2022-05-06 11:13:04,910 ----- Save model: ./output/train-20220506-09-45-51/cait-Epoch-30-Loss-0.4710647345733643.pdparams',
         want={}),
    # ---------------------------------------------------------------- ShuffleFaceNet on CASIA-WebFace (`script` capture with CRLF: epoch header, an indented epoch loss, LFW test accuracy every 5 epochs)
    # the epoch's total loss; time is the epoch's wall time
    dict(fw='ad-hoc print', src='https://github.com/mbfaria/ShuffleFaceNet_Pytorch/blob/bc9c548e4f27171177bf8801476f48cf81069ac0/log_train.txt',
         line='    total_loss: 24.7161 time: 15m 1s\r',
         want={"TrainLoss": 24.7161}),
    # LFW verification accuracy
    dict(fw='ad-hoc print', src='https://github.com/mbfaria/ShuffleFaceNet_Pytorch/blob/bc9c548e4f27171177bf8801476f48cf81069ac0/log_train.txt',
         line='    ave: 87.3500\r',
         want={}),
    dict(fw='ad-hoc print', src='https://github.com/mbfaria/ShuffleFaceNet_Pytorch/blob/bc9c548e4f27171177bf8801476f48cf81069ac0/log_train.txt',
         line='    total_loss: 8.9992 time: 10m 8s\r',
         want={"TrainLoss": 8.9992}),
]
