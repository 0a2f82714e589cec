# A twenty-second blind held-out set of progress lines for the AI-training
# pack, collected on 2026-12-07 (UTC evening). Every line comes from a training
# log that people committed to their repositories (train.log, training.log,
# logs/training.log, log/log.txt, output/log.txt, train.out, nohup.out,
# logs/nohup.out, nohup_train.out, train_output.txt, train_log.txt,
# training_log.txt, outputs_/train.out, metrics.jsonl, and a few more), read
# from the repository at the commit named in `src`; no issue or pull-request
# thread was used. No source used in heldout.py, fresh.py, devset.py,
# devset2.py or blind.py .. blind20.py was taken again, and none of the
# repositories was read by an earlier set. At most five lines come from one
# source (one repository file). The set was written without looking at the
# pack or its tests, each expectation decided from what the line itself
# prints, and it was frozen before it was scored even once.
# Same fields as heldout.py: the framework or trainer style, where the line was
# seen, the line as printed (tabs, the `\r` that starts a progress-bar
# refresh, ANSI escapes, backspaces and leading or trailing blanks kept), the
# progress metrics it must yield (`want`) and metrics it may yield or not
# (`optional`: an in-epoch batch counter, an environment-step counter, a tqdm
# bar's rate, a time whose unit or span the line does not print, a running
# mean next to or instead of a per-step value, a loss whose meaning the line
# leaves open, an evaluation loss the line does not label as one, a value in an
# unlabeled column). `want={}` marks a line that holds no training progress:
# the pack stays quiet. StepTime is in milliseconds. A NaN or inf value yields
# no metric.
# A case holds one record: where several `\r` refreshes share a physical
# line, the refresh the case names, from its `\r` up to the next `\r` or
# newline.
# blind21 was collected at the same time by someone else, without
# coordination; lines the two sets share are to be removed afterwards.

CASES = [
    # ---------------------------------------------------------------- collaborative-filtering movie recommender (logging), committed logs/train.log
    # Time is the epoch wall time; the line does not say so
    dict(fw='ad-hoc logging (recommendation)', src='https://github.com/MrEleden/reco_app/blob/9181bff830af49bf68aea0dbbcfa3349e3c10a0c/logs/train.log',
         line='2025-09-28 16:56:55,629 - MovieRecommender - INFO - Epoch 3/20: Train Loss: 0.3930, Val Loss: 0.3944, Time: 4.71s, rmse: 0.3475, mae: 0.2576, accuracy: 0.8336, precision: 0.7612, recall: 0.0907, f1: 0.1621',
         want={"TrainLoss": 0.393, "ValLoss": 0.3944}, optional={"StepTime": 4710}),
    dict(fw='ad-hoc logging (recommendation)', src='https://github.com/MrEleden/reco_app/blob/9181bff830af49bf68aea0dbbcfa3349e3c10a0c/logs/train.log',
         line='2025-09-28 16:57:43,964 - MovieRecommender - INFO - Epoch 13/20: Train Loss: 0.3898, Val Loss: 0.3937, Time: 5.23s, rmse: 0.3481, mae: 0.2522, accuracy: 0.8326, precision: 0.7754, recall: 0.0797, f1: 0.1446',
         want={"TrainLoss": 0.3898, "ValLoss": 0.3937}, optional={"StepTime": 5230}),
    dict(fw='ad-hoc logging (recommendation)', src='https://github.com/MrEleden/reco_app/blob/9181bff830af49bf68aea0dbbcfa3349e3c10a0c/logs/train.log',
         line='2025-09-28 16:58:14,314 - MovieRecommender - INFO - Epoch 19/20: Train Loss: 0.3893, Val Loss: 0.3914, Time: 4.68s, rmse: 0.3457, mae: 0.2580, accuracy: 0.8358, precision: 0.7712, recall: 0.1060, f1: 0.1864',
         want={"TrainLoss": 0.3893, "ValLoss": 0.3914}, optional={"StepTime": 4680}),
    # checkpoint message repeating the validation loss
    dict(fw='ad-hoc logging (recommendation)', src='https://github.com/MrEleden/reco_app/blob/9181bff830af49bf68aea0dbbcfa3349e3c10a0c/logs/train.log',
         line='2025-09-28 16:56:46,235 - MovieRecommender - INFO - New best model saved with val loss: 0.3999',
         want={}, optional={"ValLoss": 0.3999}),
    # ---------------------------------------------------------------- autoregressive diffusion wind-power forecaster (print loop after tqdm bars), committed train.log
    dict(fw='ad-hoc print (diffusion forecaster)', src='https://github.com/2812427914/wind_power_diffusion/blob/a007e188f162e2a83b294837758c16e4eb59dd27/train.log',
         line='[SeqAR-Diffusion] Epoch 1/400 Train Loss: 0.1628 | Val Loss: 0.0491',
         want={"TrainLoss": 0.1628, "ValLoss": 0.0491}),
    dict(fw='ad-hoc print (diffusion forecaster)', src='https://github.com/2812427914/wind_power_diffusion/blob/a007e188f162e2a83b294837758c16e4eb59dd27/train.log',
         line='[SeqAR-Diffusion] Epoch 2/400 Train Loss: 0.0947 | Val Loss: 0.0551',
         want={"TrainLoss": 0.0947, "ValLoss": 0.0551}),
    dict(fw='ad-hoc print (diffusion forecaster)', src='https://github.com/2812427914/wind_power_diffusion/blob/a007e188f162e2a83b294837758c16e4eb59dd27/train.log',
         line='[SeqAR-Diffusion] Epoch 5/400 Train Loss: 0.0804 | Val Loss: 0.0455',
         want={"TrainLoss": 0.0804, "ValLoss": 0.0455}),
    dict(fw='ad-hoc print (diffusion forecaster)', src='https://github.com/2812427914/wind_power_diffusion/blob/a007e188f162e2a83b294837758c16e4eb59dd27/train.log',
         line='[SeqAR-Diffusion] Epoch 6/400 Train Loss: 0.0787 | Val Loss: 0.0427',
         want={"TrainLoss": 0.0787, "ValLoss": 0.0427}),
    # evaluation errors of the best checkpoint
    dict(fw='ad-hoc print (diffusion forecaster)', src='https://github.com/2812427914/wind_power_diffusion/blob/a007e188f162e2a83b294837758c16e4eb59dd27/train.log',
         line='[Best Model Metrics] Epoch 3 | MAE: 221.71 | RMSE: 342.18 | MAPE: 1.4070 | sMAPE: 1.3421',
         want={}),
    # ---------------------------------------------------------------- YOLOX (loguru), committed train_log.txt
    # iter counts batches within the epoch; total_loss is the sum of the parts
    dict(fw='YOLOX', src='https://github.com/Duke-Rodriguez-Rudolph/yolox-chepai/blob/5a88ba9181fa331da029507e2c3dce31f8aaf7b0/train_log.txt',
         line='2021-09-03 20:45:28.804 | INFO     | yolox.core.trainer:after_iter:246 - epoch: 283/300, iter: 20/47, mem: 1756Mb, iter_time: 0.089s, data_time: 0.003s, total_loss: 3.2, iou_loss: 1.5, l1_loss: 0.0, conf_loss: 1.3, cls_loss: 0.4, lr: 7.843e-06, size: 704, ETA: 0:01:16',
         want={"TrainLoss": 3.2, "StepTime": 89}, optional={"Step": 20}),
    dict(fw='YOLOX', src='https://github.com/Duke-Rodriguez-Rudolph/yolox-chepai/blob/5a88ba9181fa331da029507e2c3dce31f8aaf7b0/train_log.txt',
         line='2021-09-03 20:45:45.331 | INFO     | yolox.core.trainer:after_iter:246 - epoch: 286/300, iter: 10/47, mem: 1756Mb, iter_time: 0.119s, data_time: 0.002s, total_loss: 2.5, iou_loss: 1.4, l1_loss: 0.3, conf_loss: 0.3, cls_loss: 0.4, lr: 7.813e-06, size: 800, ETA: 0:01:04',
         want={"TrainLoss": 2.5, "StepTime": 119}, optional={"Step": 10}),
    dict(fw='YOLOX', src='https://github.com/Duke-Rodriguez-Rudolph/yolox-chepai/blob/5a88ba9181fa331da029507e2c3dce31f8aaf7b0/train_log.txt',
         line='2021-09-03 20:46:24.587 | INFO     | yolox.core.trainer:after_iter:246 - epoch: 291/300, iter: 40/47, mem: 1756Mb, iter_time: 0.086s, data_time: 0.000s, total_loss: 0.7, iou_loss: 0.3, l1_loss: 0.1, conf_loss: 0.1, cls_loss: 0.1, lr: 7.813e-06, size: 608, ETA: 0:00:39',
         want={"TrainLoss": 0.7, "StepTime": 86}, optional={"Step": 40}),
    dict(fw='YOLOX', src='https://github.com/Duke-Rodriguez-Rudolph/yolox-chepai/blob/5a88ba9181fa331da029507e2c3dce31f8aaf7b0/train_log.txt',
         line='2021-09-03 20:46:09.560 | INFO     | yolox.core.trainer:after_iter:246 - epoch: 289/300, iter: 30/47, mem: 1756Mb, iter_time: 0.091s, data_time: 0.000s, total_loss: 2.1, iou_loss: 0.9, l1_loss: 0.2, conf_loss: 0.8, cls_loss: 0.3, lr: 7.813e-06, size: 480, ETA: 0:00:49',
         want={"TrainLoss": 2.1, "StepTime": 91}, optional={"Step": 30}),
    # evaluation timing, not a training step
    dict(fw='YOLOX', src='https://github.com/Duke-Rodriguez-Rudolph/yolox-chepai/blob/5a88ba9181fa331da029507e2c3dce31f8aaf7b0/train_log.txt',
         line='Average forward time: 15.62 ms, Average NMS time: 0.00 ms, Average inference time: 15.62 ms',
         want={}),
    # ---------------------------------------------------------------- MCTS theorem-proving agent (logging, Chinese labels), committed training.log
    # "training loss"
    dict(fw='ad-hoc logging (AlphaZero-style RL)', src='https://github.com/18814005453/MathAlphaZero1.0/blob/9cc9d7d3287486add73b64461a21ca0e508a8ddd/training.log',
         line='2026-05-22 02:57:12,678 - INFO - 训练损失: 32.1293',
         want={"TrainLoss": 32.1293}),
    dict(fw='ad-hoc logging (AlphaZero-style RL)', src='https://github.com/18814005453/MathAlphaZero1.0/blob/9cc9d7d3287486add73b64461a21ca0e508a8ddd/training.log',
         line='2026-05-22 03:00:36,460 - INFO - 训练损失: 15.6209',
         want={"TrainLoss": 15.6209}),
    dict(fw='ad-hoc logging (AlphaZero-style RL)', src='https://github.com/18814005453/MathAlphaZero1.0/blob/9cc9d7d3287486add73b64461a21ca0e508a8ddd/training.log',
         line='2026-05-22 02:59:55,105 - INFO - 训练损失: 19.2051',
         want={"TrainLoss": 19.2051}),
    # ---------------------------------------------------------------- multi-agent DQN delivery robots (print loop), committed train_log.txt
    # loss over an episode: sum or mean is not said
    dict(fw='ad-hoc print (DQN)', src='https://github.com/Ab-mahin/Multi-Agent-DQN-Coordinatio/blob/6a2519f2949b90bf7497b5ffb79b70ab41a56105/train_log.txt',
         line='Episode 2/10 | Deliveries: 596 | Collisions: 1 | Loss: 14.3826 | ε: 0.000',
         want={}, optional={"TrainLoss": 14.3826}),
    dict(fw='ad-hoc print (DQN)', src='https://github.com/Ab-mahin/Multi-Agent-DQN-Coordinatio/blob/6a2519f2949b90bf7497b5ffb79b70ab41a56105/train_log.txt',
         line='Episode 8/10 | Deliveries: 749 | Collisions: 0 | Loss: 6.5097 | ε: 0.000',
         want={}, optional={"TrainLoss": 6.5097}),
    # ---------------------------------------------------------------- Ultralytics YOLOv8 (tqdm refreshes and ANSI colours), committed train.out
    # box, class and DFL losses in unlabeled columns under a header printed earlier; the bar counts batches of the epoch
    dict(fw='Ultralytics', src='https://github.com/alakachr/secai/blob/e2a382ce9ada8822a126de0dbf9512fc50988792/train.out',
         line='\r     58/100      7.12G     0.8041     0.6024       1.11         16        640: 100%|██████████| 37/37 [00:17<00:00,  2.33it/s]',
         want={}, optional={"Step": 37, "IterationsPerSecond": 2.33}),
    dict(fw='Ultralytics', src='https://github.com/alakachr/secai/blob/e2a382ce9ada8822a126de0dbf9512fc50988792/train.out',
         line='\r     22/100      7.12G      1.508      1.407      1.601         13        640:  35%|███▌      | 13/37 [00:05<00:10,  2.19it/s]',
         want={}, optional={"Step": 13, "IterationsPerSecond": 2.19}),
    # validation row: images, instances, precision, recall, mAP50, mAP50-95
    dict(fw='Ultralytics', src='https://github.com/alakachr/secai/blob/e2a382ce9ada8822a126de0dbf9512fc50988792/train.out',
         line='                   all         55         27      0.685      0.436      0.417      0.217',
         want={}),
    # coloured AMP check
    dict(fw='Ultralytics', src='https://github.com/alakachr/secai/blob/e2a382ce9ada8822a126de0dbf9512fc50988792/train.out',
         line='\x1b[34m\x1b[1mAMP: \x1b[0mrunning Automatic Mixed Precision (AMP) checks with YOLOv8n...',
         want={}),
    # ---------------------------------------------------------------- music-structure boundary model (tqdm with a loss postfix), committed train_MuSBoD.out
    # postfix loss of the last batch
    dict(fw='tqdm loop (music structure)', src='https://github.com/hyunjun06/MusicStruct/blob/e85dc247975444c470ea6d2b834d14835972e911/train_MuSBoD.out',
         line='\rEpoch 3:   7%|▋         | 1/14 [00:21<04:39, 21.52s/it, loss=88.8]',
         want={"TrainLoss": 88.8}, optional={"Step": 1, "IterationsPerSecond": 0.04646840148698885}),
    dict(fw='tqdm loop (music structure)', src='https://github.com/hyunjun06/MusicStruct/blob/e85dc247975444c470ea6d2b834d14835972e911/train_MuSBoD.out',
         line='\rEpoch 9:  14%|█▍        | 2/14 [00:43<04:15, 21.28s/it, loss=96.8]',
         want={"TrainLoss": 96.8}, optional={"Step": 2, "IterationsPerSecond": 0.046992481203007516}),
    # first batch done, counter not yet advanced
    dict(fw='tqdm loop (music structure)', src='https://github.com/hyunjun06/MusicStruct/blob/e85dc247975444c470ea6d2b834d14835972e911/train_MuSBoD.out',
         line='\rEpoch 7:   0%|          | 0/14 [00:21<?, ?it/s, loss=91.7]',
         want={"TrainLoss": 91.7}, optional={"Step": 0}),
    # epoch mean printed after the bar is cleared
    dict(fw='tqdm loop (music structure)', src='https://github.com/hyunjun06/MusicStruct/blob/e85dc247975444c470ea6d2b834d14835972e911/train_MuSBoD.out',
         line='\rEpoch 5 Loss: 88.6207',
         want={"TrainLoss": 88.6207}),
    dict(fw='tqdm loop (music structure)', src='https://github.com/hyunjun06/MusicStruct/blob/e85dc247975444c470ea6d2b834d14835972e911/train_MuSBoD.out',
         line='\rEpoch 2:   0%|          | 0/14 [00:00<?, ?it/s]',
         want={}, optional={"Step": 0}),
    # ---------------------------------------------------------------- image restoration network (tqdm postfix, then a print loop), committed outputs_/train.out
    # the summary follows the cleared validation bar on the same physical line
    dict(fw='ad-hoc print (image restoration)', src='https://github.com/ishikaalunawat/cs230_project/blob/f25445bff2f83992d024c50edfe49d192efa8c48/outputs_/train.out',
         line='\rEpoch 4/30, Train Loss: 0.1747, Train PSNR: 19.03, Val Loss: 0.1570, Val PSNR: 19.79',
         want={"TrainLoss": 0.1747, "ValLoss": 0.157}),
    dict(fw='ad-hoc print (image restoration)', src='https://github.com/ishikaalunawat/cs230_project/blob/f25445bff2f83992d024c50edfe49d192efa8c48/outputs_/train.out',
         line='\rEpoch 22/30, Train Loss: 0.0813, Train PSNR: 22.93, Val Loss: 0.0814, Val PSNR: 23.98',
         want={"TrainLoss": 0.0813, "ValLoss": 0.0814}),
    dict(fw='ad-hoc print (image restoration)', src='https://github.com/ishikaalunawat/cs230_project/blob/f25445bff2f83992d024c50edfe49d192efa8c48/outputs_/train.out',
         line='\rEpoch 9/30, Train Loss: 0.1187, Train PSNR: 19.92, Val Loss: 0.1177, Val PSNR: 20.33',
         want={"TrainLoss": 0.1187, "ValLoss": 0.1177}),
    # batch loss and PSNR in the postfix
    dict(fw='tqdm loop (image restoration)', src='https://github.com/ishikaalunawat/cs230_project/blob/f25445bff2f83992d024c50edfe49d192efa8c48/outputs_/train.out',
         line='\rTraining Epoch 1:   7%|▋         | 2/28 [00:04<00:57,  2.22s/it, Batch_Loss=0.497, Batch_PSNR=7.93]',
         want={"TrainLoss": 0.497}, optional={"Step": 2, "IterationsPerSecond": 0.4504504504504504}),
    # validation bar
    dict(fw='tqdm loop (image restoration)', src='https://github.com/ishikaalunawat/cs230_project/blob/f25445bff2f83992d024c50edfe49d192efa8c48/outputs_/train.out',
         line='\rValidating:  50%|█████     | 4/8 [00:03<00:03,  1.25it/s]',
         want={}, optional={"Step": 4, "IterationsPerSecond": 1.25}),
    # ---------------------------------------------------------------- Lightning molecular property model (EarlyStopping messages), committed layer/*.out
    # best validation loss so far, three decimals
    dict(fw='PyTorch Lightning', src='https://github.com/SergeiNikolenko/gat/blob/3eba873db337097d5932e2e33276b89e3b60806f/layer/kan_more_epoch.out',
         line='Metric val_loss improved by 0.056 >= min_delta = 0.0. New best score: 0.102',
         want={}, optional={"ValLoss": 0.102}),
    dict(fw='PyTorch Lightning', src='https://github.com/SergeiNikolenko/gat/blob/3eba873db337097d5932e2e33276b89e3b60806f/layer/sage.out',
         line='Monitored metric val_loss did not improve in the last 5 records. Best score: 0.035. Signaling Trainer to stop.',
         want={}, optional={"ValLoss": 0.035}),
    # ---------------------------------------------------------------- detectron2 config dump with ANSI colours (cell segmentation), committed output/log.txt
    # coloured config key and value
    dict(fw='detectron2', src='https://github.com/EugenTheMachine/CelloType/blob/8f969f7f2e00039bc13280cc61b8f6701e7e8466/output/log.txt',
         line='\x1b[38;5;245m#   EVAL_PERIOD: 500\x1b[39m',
         want={}),
    dict(fw='detectron2', src='https://github.com/EugenTheMachine/CelloType/blob/8f969f7f2e00039bc13280cc61b8f6701e7e8466/output/log.txt',
         line='\x1b[38;5;15m    \x1b[39m\x1b[38;5;204mNUM_ITER\x1b[39m\x1b[38;5;15m:\x1b[39m\x1b[38;5;15m \x1b[39m\x1b[38;5;141m200\x1b[39m',
         want={}),
    # ---------------------------------------------------------------- MiniTorch sentiment CNN (print loop), committed train_output.txt
    # the epoch counter is not a step
    dict(fw='MiniTorch (ad-hoc print)', src='https://github.com/Andrew-Koulogeorge/llmsys_hw2/blob/c5aad3d02aa40adb86e618c4e165f8491f1891e2/train_output.txt',
         line='Epoch 24, loss 0.5597595572471619, train accuracy: 68.44%',
         want={"TrainLoss": 0.5597595572471619}),
    dict(fw='MiniTorch (ad-hoc print)', src='https://github.com/Andrew-Koulogeorge/llmsys_hw2/blob/c5aad3d02aa40adb86e618c4e165f8491f1891e2/train_output.txt',
         line='Epoch 74, loss 0.5092403888702393, train accuracy: 70.67%',
         want={"TrainLoss": 0.5092403888702393}),
    dict(fw='MiniTorch (ad-hoc print)', src='https://github.com/Andrew-Koulogeorge/llmsys_hw2/blob/c5aad3d02aa40adb86e618c4e165f8491f1891e2/train_output.txt',
         line='Epoch 49, loss 0.5223032832145691, train accuracy: 69.56%',
         want={"TrainLoss": 0.5223032832145691}),
    dict(fw='MiniTorch (ad-hoc print)', src='https://github.com/Andrew-Koulogeorge/llmsys_hw2/blob/c5aad3d02aa40adb86e618c4e165f8491f1891e2/train_output.txt',
         line='Epoch 99, loss 0.5059769153594971, train accuracy: 66.67%',
         want={"TrainLoss": 0.5059769153594971}),
    dict(fw='MiniTorch (ad-hoc print)', src='https://github.com/Andrew-Koulogeorge/llmsys_hw2/blob/c5aad3d02aa40adb86e618c4e165f8491f1891e2/train_output.txt',
         line='Best Valid accuracy: 75.00%',
         want={}),
    # ---------------------------------------------------------------- multi-teacher distillation (glog-style logging with tabs), committed output/log.txt
    # argument dump, tab-indented
    dict(fw='ad-hoc logging (distillation)', src='https://github.com/CarlottaGiacchetta/Distillation/blob/8dc664e73fb9da058bea7bf2fe431c9f7118b99e/output/log.txt',
         line='I20250724 07:33:12 139 root utils.py:128] \timage_size: 224',
         want={}),
    # ---------------------------------------------------------------- whale identification CNN (print loop; TensorFlow device log), committed logs.txt and train.out
    # test set evaluated each epoch
    dict(fw='ad-hoc print (image classification)', src='https://github.com/dishen12/whale/blob/2d5bc3aaccab87ecebe31663d2d6c99d52563cc8/logs.txt',
         line='epoch: 1/100, train_loss: 2.3974, train_acc: 0.1717, test_loss: 238209170637.5060, test_acc: 0.1273 ',
         want={"TrainLoss": 2.3974}, optional={"ValLoss": 238209170637.506}),
    dict(fw='ad-hoc print (image classification)', src='https://github.com/dishen12/whale/blob/2d5bc3aaccab87ecebe31663d2d6c99d52563cc8/logs.txt',
         line='epoch: 17/100, train_loss: 1.4713, train_acc: 0.5112, test_loss: 1.6805, test_acc: 0.3952 ',
         want={"TrainLoss": 1.4713}, optional={"ValLoss": 1.6805}),
    dict(fw='ad-hoc print (image classification)', src='https://github.com/dishen12/whale/blob/2d5bc3aaccab87ecebe31663d2d6c99d52563cc8/logs.txt',
         line='epoch: 10/100, train_loss: 1.8998, train_acc: 0.3298, test_loss: 4.0639, test_acc: 0.1188 ',
         want={"TrainLoss": 1.8998}, optional={"ValLoss": 4.0639}),
    dict(fw='TensorFlow 1', src='https://github.com/dishen12/whale/blob/2d5bc3aaccab87ecebe31663d2d6c99d52563cc8/train.out',
         line='totalMemory: 22.38GiB freeMemory: 14.27GiB',
         want={}),
    # ---------------------------------------------------------------- BEV segmentation evaluation (tqdm over the validation loader), committed nohup.out
    # evaluation bar
    dict(fw='tqdm loop (BEV segmentation)', src='https://github.com/Bargain18/AISL-UBEV/blob/90e2b5e6a75b9dfbb50aa929974c51e518859b01/nohup.out',
         line='\r  7%|▋         | 103/1374 [00:16<03:13,  6.58it/s]',
         want={}, optional={"Step": 103, "IterationsPerSecond": 6.58}),
    # ---------------------------------------------------------------- Lightning stochastic-interpolant crystal generator (prediction run), committed train.out
    # sampling time in seconds
    dict(fw='PyTorch Lightning', src='https://github.com/FERMat-ML/OMatG/blob/7f0824ce1d30c274b4a6af5c8d9f81b93064cc34/train.out',
         line='LOOP TIME : 504.19587779045105',
         want={}),
    # ---------------------------------------------------------------- LoRA fine-tune of ruGPT-3 (HF Trainer tqdm, mis-decoded Cyrillic), committed train_log.txt
    dict(fw='HF Trainer (tqdm)', src='https://github.com/Jeff555max/Fine-tuning-LoRA/blob/94fb9fdc328a21fb744e4b44353fa99aabd341b1/train_log.txt',
         line='  7%|тЦЛ         | 2/30 [00:26<05:23, 11.57s/it]',
         want={}, optional={"Step": 2, "IterationsPerSecond": 0.08643042350907519}),
    # ---------------------------------------------------------------- Marvin CNN framework on MNIST (training and testing columns), committed train_output.txt
    # the iteration counter runs on across epochs
    dict(fw='Marvin', src='https://github.com/FelixZhang00/fecnn/blob/280be8d203693d7ec447b600a1a29d574e915704/train_output.txt',
         line='Epoch 0  Iteration 100  learning_rate = 0.00992565 loss = 0.782117 * 1  eval = 0.79   ',
         want={"Step": 100, "TrainLoss": 0.782117}),
    dict(fw='Marvin', src='https://github.com/FelixZhang00/fecnn/blob/280be8d203693d7ec447b600a1a29d574e915704/train_output.txt',
         line='Epoch 1  Iteration 900  learning_rate = 0.00937411 loss = 0.419412 * 1  eval = 0.88   ',
         want={"Step": 900, "TrainLoss": 0.419412}),
    dict(fw='Marvin', src='https://github.com/FelixZhang00/fecnn/blob/280be8d203693d7ec447b600a1a29d574e915704/train_output.txt',
         line='Epoch 1  Iteration 1000  learning_rate = 0.00931012 loss = 0.223635 * 1  eval = 0.95   ',
         want={"Step": 1000, "TrainLoss": 0.223635}),
    # testing column: only the indentation says so
    dict(fw='Marvin', src='https://github.com/FelixZhang00/fecnn/blob/280be8d203693d7ec447b600a1a29d574e915704/train_output.txt',
         line='                                                                                        Epoch 1  Iteration 800 loss = 0.28211 * 1  eval = 0.94   ',
         want={}, optional={"Step": 800, "ValLoss": 0.28211}),
    # 22 s for 1000 iterations
    dict(fw='Marvin', src='https://github.com/FelixZhang00/fecnn/blob/280be8d203693d7ec447b600a1a29d574e915704/train_output.txt',
         line='After Train 1000 Iterations Needs Time: Time passes 22.1424 seconds',
         want={}, optional={"Step": 1000}),
    # ---------------------------------------------------------------- federated learning simulation over Jetson nodes (print loop), committed logs/training.log
    # a client metric per round
    dict(fw='ad-hoc print (federated learning)', src='https://github.com/Kushagra3355/jetson_orin_fl_simulation/blob/58cf8115c956d19bc09136851378707cd6b906c2/logs/training.log',
         line='  --> Running jetson03... jetson03 submitted round 2: local MAE 0.191, raw rows sent 0, privacy secure_dp',
         want={}),
    # ---------------------------------------------------------------- small multilingual LM (logging), committed logs/training.log
    dict(fw='ad-hoc logging (LM)', src='https://github.com/JuliusMutugu/llm_kikuyu_english_swahili_and_luo_multilanguge/blob/f4fff032609f2e8e51bb061875ec676e9102eeb1/logs/training.log',
         line='2025-08-06 20:20:32,901 - INFO - Model Memory: ~22.6 MB',
         want={}),
    # ---------------------------------------------------------------- Stable-Baselines3 PPO for food-delivery routing (logger tables), committed training_log.txt
    # the PPO loss row of the train/ table
    dict(fw='stable-baselines3', src='https://github.com/Algo-Voyager/smartroute-food-rl/blob/182c529c1045da11fd807349cc5f1b7bc3705413/training_log.txt',
         line='|    loss                 | -0.157     |',
         want={"TrainLoss": -0.157}),
    dict(fw='stable-baselines3', src='https://github.com/Algo-Voyager/smartroute-food-rl/blob/182c529c1045da11fd807349cc5f1b7bc3705413/training_log.txt',
         line='|    loss                 | -0.24      |',
         want={"TrainLoss": -0.24}),
    # environment steps
    dict(fw='stable-baselines3', src='https://github.com/Algo-Voyager/smartroute-food-rl/blob/182c529c1045da11fd807349cc5f1b7bc3705413/training_log.txt',
         line='|    total_timesteps      | 49152      |',
         want={}, optional={"Step": 49152}),
    # one part of the loss
    dict(fw='stable-baselines3', src='https://github.com/Algo-Voyager/smartroute-food-rl/blob/182c529c1045da11fd807349cc5f1b7bc3705413/training_log.txt',
         line='|    value_loss           | 0.0123     |',
         want={}),
    # environment frames per second
    dict(fw='stable-baselines3', src='https://github.com/Algo-Voyager/smartroute-food-rl/blob/182c529c1045da11fd807349cc5f1b7bc3705413/training_log.txt',
         line='|    fps                  | 234        |',
         want={}, optional={"SamplesPerSecond": 234}),
    # ---------------------------------------------------------------- Qwen2.5 reward-model LoRA run (PEFT summary), committed training_log.txt
    dict(fw='PEFT / HF Trainer', src='https://github.com/1neilkou/IoV_LLM/blob/f1890bc41f83681f5c30c238706cb75e36223cfb/training_log.txt',
         line='trainable params: 5,049,856 || all params: 7,075,672,576 || trainable%: 0.0714',
         want={}),
    # ---------------------------------------------------------------- fine-grained deep clustering on I-JEPA features (logging), committed logs/nohup.out
    # parent, child and autoencoder losses, no single training loss; the time is a running mean per iteration
    dict(fw='ad-hoc logging (I-JEPA style)', src='https://github.com/FalsoMoralista/FGDCC/blob/a03fc85880b1e40b23dee7ec0049c661aa6f663d/logs/nohup.out',
         line='INFO:root:[7,   775/ 2562] - train_losses - Parent Class: 5.023 - Children class: 0.254 -Autoencoder Loss (total): 168.843 - Reconstruction/K-Means Loss: [0.027 / 168.816] - [wd: 5.61e-02] [lr: 1.85e-04] [mem: 6.49e+04] (1201.1 ms)',
         want={}, optional={"Step": 775, "StepTime": 1201.1}),
    # evaluation on the test split after an epoch
    dict(fw='ad-hoc logging (I-JEPA style)', src='https://github.com/FalsoMoralista/FGDCC/blob/a03fc85880b1e40b23dee7ec0049c661aa6f663d/logs/nohup.out',
         line='INFO:root:avg. test_loss 3.362 avg. Accuracy@1 31.734 - avg. Accuracy@5 57.060',
         want={}, optional={"ValLoss": 3.362}),
    # ---------------------------------------------------------------- vLLM rollout server for agentic RL, committed logs/nohup.out
    dict(fw='vLLM (RL rollouts)', src='https://github.com/ColorDavid/ARPO/blob/26f964e23098c2c4b5aed83abe390b223773ef55/logs/nohup.out',
         line='INFO 11-04 22:02:48 worker.py:267] the current vLLM instance can use total_gpu_memory (79.25GiB) x gpu_memory_utilization (0.90) = 71.33GiB',
         want={}),
    # CUDA graph capture bar
    dict(fw='vLLM (RL rollouts)', src='https://github.com/ColorDavid/ARPO/blob/26f964e23098c2c4b5aed83abe390b223773ef55/logs/nohup.out',
         line='\rCapturing CUDA graph shapes:   6%|▌         | 2/35 [00:02<00:34,  1.05s/it]',
         want={}),
    # ---------------------------------------------------------------- DreamerV3 goal-conditioned agent, committed metrics.jsonl
    # environment steps, episode return and length
    dict(fw='DreamerV3 (metrics.jsonl)', src='https://github.com/epistoteles/dreamer-goal-conditioned/blob/6cb014b53d03e82e2e2e27b88b4e0eceac537e41/metrics.jsonl',
         line='{"step": 2000, "train/return": 34.59375, "train/length": 500, "episodes": 2}',
         want={}, optional={"Step": 2000}),
    # ---------------------------------------------------------------- sentence classifier trained for 1000 epochs (tqdm over epochs), committed nohup_train.out
    dict(fw='tqdm loop (sentence classifier)', src='https://github.com/shimooo3/sentann/blob/ffabbc46299aa3454f26e5feea832cb9f270d345/nohup_train.out',
         line='Epoch 47: Validation Accuracy: 72.73%',
         want={}),
    # ---------------------------------------------------------------- sparse distillation of Llama-3-8B (loading bars), committed logs/nohup.out
    # checkpoint loading
    dict(fw='HF transformers', src='https://github.com/wuzw21/spdistiller/blob/6d4a89cfcd28bc07da4f32a552ebadf200b36cd3/logs/nohup.out',
         line='\rLoading checkpoint shards:  50%|█████     | 2/4 [00:00<00:00, 13.31it/s]',
         want={}),
    # ---------------------------------------------------------------- Tinker DPO fine-tune (one JSON object per step), committed metrics.jsonl
    # summed loss and DPO loss side by side; time/step carries no unit
    dict(fw='Tinker (DPO, metrics.jsonl)', src='https://github.com/FloatingStory/CSE-5525-Default-Project/blob/43759d3cffb5e5c66008363e2215365d98b3bc42/metrics.jsonl',
         line='{"step": 2, "epoch": 0, "num_pairs": 32, "num_tokens": 36783, "learning_rate": 9.998299175099924e-06, "progress": 0.0001700824900076537, "clock_cycle:unique": 9236640.0, "loss:sum": 0.9018522799015045, "dpo_loss": 0.6705920696258545, "accuracy": 0.5625, "margin": 0.0504591129720211, "chosen_reward": 0.025809308513998985, "rejected_reward": -0.024649804458022118, "time/get_batch": 0.3839264251291752, "time/get_ref_logprobs": 1.0451009348034859, "time/step": 6.3001558762043715, "time/total": 7.729652779176831}',
         want={"Step": 2}, optional={"TrainLoss": 0.6705920696258545, "StepTime": 6300.155876204371}),
    dict(fw='Tinker (DPO, metrics.jsonl)', src='https://github.com/FloatingStory/CSE-5525-Default-Project/blob/43759d3cffb5e5c66008363e2215365d98b3bc42/metrics.jsonl',
         line='{"step": 101, "epoch": 0, "num_pairs": 32, "num_tokens": 39661, "learning_rate": 9.914108342546135e-06, "progress": 0.008589165745386512, "clock_cycle:unique": 9237595.0, "loss:sum": 1.1927642226219177, "dpo_loss": 0.6875896453857422, "accuracy": 0.53125, "margin": 0.2623651921749115, "chosen_reward": -0.06328518688678741, "rejected_reward": -0.3256503641605377, "time/get_batch": 0.2074110247194767, "time/get_ref_logprobs": 0.9085229802876711, "time/step": 4.768352907150984, "time/total": 5.884618908166885}',
         want={"Step": 101}, optional={"TrainLoss": 0.6875896453857422}),
    dict(fw='Tinker (DPO, metrics.jsonl)', src='https://github.com/FloatingStory/CSE-5525-Default-Project/blob/43759d3cffb5e5c66008363e2215365d98b3bc42/metrics.jsonl',
         line='{"step": 10, "epoch": 0, "num_pairs": 32, "num_tokens": 34135, "learning_rate": 9.991495875499618e-06, "progress": 0.0008504124500382685, "clock_cycle:unique": 9236724.0, "loss:sum": -0.5741176605224609, "dpo_loss": 0.719585657119751, "accuracy": 0.46875, "margin": -0.012512360699474812, "chosen_reward": -0.02561347559094429, "rejected_reward": -0.013101113960146904, "time/evals": 0.000338725745677948, "time/get_batch": 0.3378302603960037, "time/get_ref_logprobs": 6.530258284881711, "time/step": 5.779748203232884, "time/total": 12.648618619889021}',
         want={"Step": 10}, optional={"TrainLoss": 0.719585657119751, "StepTime": 5779.748203232884}),
    dict(fw='Tinker (DPO, metrics.jsonl)', src='https://github.com/FloatingStory/CSE-5525-Default-Project/blob/43759d3cffb5e5c66008363e2215365d98b3bc42/metrics.jsonl',
         line='{"step": 500, "epoch": 0, "num_pairs": 32, "num_tokens": 33397, "learning_rate": 9.574793774980867e-06, "progress": 0.04252062250191343, "clock_cycle:unique": 9241301.0, "loss:sum": -4.004676580429077, "dpo_loss": 0.6865160465240479, "accuracy": 0.59375, "margin": 0.1681966781616211, "chosen_reward": -0.2953275740146637, "rejected_reward": -0.4635242521762848, "time/evals": 0.00026987865567207336, "time/infrequent_evals": 0.000142538920044899, "time/get_batch": 0.15455884113907814, "time/get_ref_logprobs": 6.577231261879206, "time/step": 4.8046285174787045, "time/total": 11.53713615052402}',
         want={"Step": 500}, optional={"TrainLoss": 0.6865160465240479, "StepTime": 4804.628517478704}),
    # ---------------------------------------------------------------- flow-matching generator for 64x64 fields (print loop behind tqdm bars), committed logs/nohup.out
    # the print lands after an epoch bar refresh and a cursor-up escape; Grad is presumably the gradient norm
    dict(fw='ad-hoc print (flow matching)', src='https://github.com/jma02/d-flow/blob/e4b083139841fc4e53f6d65c017f8378b9ec3afd/logs/nohup.out',
         line='\rEpochs:   1%|          | 1/126 [00:59<2:03:53, 59.47s/it]Step: 99 (0) | Loss: 1.26963 | Grad: 17.41235 | Lr: 1.110e-06',
         want={"Step": 99, "TrainLoss": 1.26963}, optional={"GradNorm": 17.41235, "IterationsPerSecond": 0.016815200941651252}),
    dict(fw='ad-hoc print (flow matching)', src='https://github.com/jma02/d-flow/blob/e4b083139841fc4e53f6d65c017f8378b9ec3afd/logs/nohup.out',
         line='Step: 199 (0) | Loss: 0.61775 | Grad: 4.85328 | Lr: 2.221e-06',
         want={"Step": 199, "TrainLoss": 0.61775}, optional={"GradNorm": 4.85328}),
    dict(fw='ad-hoc print (flow matching)', src='https://github.com/jma02/d-flow/blob/e4b083139841fc4e53f6d65c017f8378b9ec3afd/logs/nohup.out',
         line='Step: 299 (0) | Loss: 0.25981 | Grad: 1.02474 | Lr: 3.332e-06',
         want={"Step": 299, "TrainLoss": 0.25981}, optional={"GradNorm": 1.02474}),
    dict(fw='ad-hoc print (flow matching)', src='https://github.com/jma02/d-flow/blob/e4b083139841fc4e53f6d65c017f8378b9ec3afd/logs/nohup.out',
         line='Step: 499 (0) | Loss: 0.17935 | Grad: 1.15289 | Lr: 5.554e-06',
         want={"Step": 499, "TrainLoss": 0.17935}, optional={"GradNorm": 1.15289}),
    # the number in brackets is the epoch
    dict(fw='ad-hoc print (flow matching)', src='https://github.com/jma02/d-flow/blob/e4b083139841fc4e53f6d65c017f8378b9ec3afd/logs/nohup.out',
         line='Step: 599 (1) | Loss: 0.21240 | Grad: 1.54090 | Lr: 6.665e-06',
         want={"Step": 599, "TrainLoss": 0.2124}, optional={"GradNorm": 1.5409}),
    # ---------------------------------------------------------------- peptide activity regressor (print loop), committed logs/nohup.out
    dict(fw='ad-hoc print (peptide regressor)', src='https://github.com/Alexanderareo/peptide_selection/blob/a999b9d2aa1b96440c01e91ed83b67f64a1dfb8a/logs/nohup.out',
         line='\r Epoch:0,Loss:8.491559',
         want={"TrainLoss": 8.491559}),
    dict(fw='ad-hoc print (peptide regressor)', src='https://github.com/Alexanderareo/peptide_selection/blob/a999b9d2aa1b96440c01e91ed83b67f64a1dfb8a/logs/nohup.out',
         line='\r Epoch:5,Loss:0.533665',
         want={"TrainLoss": 0.533665}),
    dict(fw='ad-hoc print (peptide regressor)', src='https://github.com/Alexanderareo/peptide_selection/blob/a999b9d2aa1b96440c01e91ed83b67f64a1dfb8a/logs/nohup.out',
         line='\r Epoch:7,Loss:0.483257',
         want={"TrainLoss": 0.483257}),
    # evaluation MSE; the next line calls it the best error
    dict(fw='ad-hoc print (peptide regressor)', src='https://github.com/Alexanderareo/peptide_selection/blob/a999b9d2aa1b96440c01e91ed83b67f64a1dfb8a/logs/nohup.out',
         line='MSE_loss = 0.861220',
         want={}, optional={"ValLoss": 0.86122}),
    dict(fw='ad-hoc print (peptide regressor)', src='https://github.com/Alexanderareo/peptide_selection/blob/a999b9d2aa1b96440c01e91ed83b67f64a1dfb8a/logs/nohup.out',
         line='\r Epoch: 4 Best MSE Error: 0.650421',
         want={}, optional={"ValLoss": 0.650421}),
    # ---------------------------------------------------------------- FedAvg watermarking experiment (server evaluation prints), committed logs/nohup.out
    # global model evaluated on the server after a round
    dict(fw='ad-hoc print (federated learning)', src='https://github.com/vinaikchhetri/WAFFLE-WM/blob/7b09509b44bcdc9209c2fdc09e053a4005dfbbdd/logs/nohup.out',
         line='server stats: [loss: 2.002',
         want={}, optional={"ValLoss": 2.002}),
    # ---------------------------------------------------------------- 3D VAE (print loop; reconstruction, KL and total loss), committed training_log.txt
    # the total loss is the one optimized
    dict(fw='ad-hoc print (VAE)', src='https://github.com/1644heihei/3D-VAE/blob/2d8ac135d9ef7078422876bb2d1e1e3a0d2e7b8b/training_log.txt',
         line='Epoch 1, Step 60: Reconstruction Loss=0.12885047495365143, KL Loss=76717.703125, Total Loss=23015.44140625',
         want={"Step": 60, "TrainLoss": 23015.44140625}),
    dict(fw='ad-hoc print (VAE)', src='https://github.com/1644heihei/3D-VAE/blob/2d8ac135d9ef7078422876bb2d1e1e3a0d2e7b8b/training_log.txt',
         line='Epoch 1, Step 1260: Reconstruction Loss=0.07894057035446167, KL Loss=2.749492883682251, Total Loss=0.9037884473800659',
         want={"Step": 1260, "TrainLoss": 0.9037884473800659}),
    dict(fw='ad-hoc print (VAE)', src='https://github.com/1644heihei/3D-VAE/blob/2d8ac135d9ef7078422876bb2d1e1e3a0d2e7b8b/training_log.txt',
         line='Epoch 3, Step 11910: Reconstruction Loss=0.07989498227834702, KL Loss=0.07467618584632874, Total Loss=0.102297842502594',
         want={"Step": 11910, "TrainLoss": 0.102297842502594}),
    # decoder output statistics
    dict(fw='ad-hoc print (VAE)', src='https://github.com/1644heihei/3D-VAE/blob/2d8ac135d9ef7078422876bb2d1e1e3a0d2e7b8b/training_log.txt',
         line='Output stats: min=0.1420557051897049, max=3.310965061187744, mean=0.4880443811416626',
         want={}),
    # ---------------------------------------------------------------- keyword-spotting experiments on Speech Commands and MSWC (logging), committed train.log
    # run name carries the loss type; the time spans the whole run
    dict(fw='ad-hoc logging (keyword spotting)', src='https://github.com/BasilKucherov/msu_diploma_bachelor/blob/c7d8543a6594f93c10e5f5d736fe30ee3e3ed38b/train.log',
         line='2024-04-03 13:01:57,100;INFO;Finish train TripletLoss_MSWC_EN_100CS_500SPC in 10684.18 seconds',
         want={}),
    # ---------------------------------------------------------------- conditional diffusion pre-training for well logs (logging, Chinese messages), committed train.log
    dict(fw='ad-hoc logging (diffusion)', src='https://github.com/2021010740135/EDT_CODE/blob/c39babd453f0f27e67cac18c2dad04526d2663e7/train.log',
         line='2026-05-12 12:15:13,776 - INFO - [Train] Epoch 003: loss = 0.006596',
         want={"TrainLoss": 0.006596}),
    dict(fw='ad-hoc logging (diffusion)', src='https://github.com/2021010740135/EDT_CODE/blob/c39babd453f0f27e67cac18c2dad04526d2663e7/train.log',
         line='2026-05-12 12:41:06,285 - INFO - [Train] Epoch 012: loss = 0.004699',
         want={"TrainLoss": 0.004699}),
    # validation pass labelled Diff-Val
    dict(fw='ad-hoc logging (diffusion)', src='https://github.com/2021010740135/EDT_CODE/blob/c39babd453f0f27e67cac18c2dad04526d2663e7/train.log',
         line='2026-05-12 12:52:49,750 - INFO - [Diff-Val(Test-Normal)] Epoch 016 (Deterministic): loss = 0.003895',
         want={"ValLoss": 0.003895}),
    # checkpoint message: "best diffusion model found, validation loss"
    dict(fw='ad-hoc logging (diffusion)', src='https://github.com/2021010740135/EDT_CODE/blob/c39babd453f0f27e67cac18c2dad04526d2663e7/train.log',
         line='2026-05-12 12:18:03,313 - INFO - 🌟 发现当前最优扩散模型 (Epoch 4) | 验证集损失: 0.005771 | 已保存为: best_diffusion_epoch_004_raw.pth',
         want={}, optional={"ValLoss": 0.005771}),
    dict(fw='ad-hoc logging (diffusion)', src='https://github.com/2021010740135/EDT_CODE/blob/c39babd453f0f27e67cac18c2dad04526d2663e7/train.log',
         line='2026-05-12 12:05:29,877 - INFO - 目标重构: x_log | 物理条件: x_mm + mask',
         want={}),
    # ---------------------------------------------------------------- PaddleRec SIGN click-through model (trainer.py logging), committed train.log
    # batch_id restarts every epoch; batch cost averaged over the print interval
    dict(fw='PaddleRec', src='https://github.com/BamLubi/Paddle-SIGN/blob/06f37a3fc61e4d8355ae79b5200d6d6ff45b0901/train.log',
         line='2022-04-12 17:15:26,908 - INFO - epoch: 0, batch_id: 1000, AUC:0.841936, ACC:0.768826, loss:0.16569619, avg_reader_cost: 0.00016 sec, avg_batch_cost: 0.54988 sec, avg_samples: 1024.00000, ips: 1862.23229 ins/s',
         want={"TrainLoss": 0.16569619, "StepTime": 549.88, "SamplesPerSecond": 1862.23229}, optional={"Step": 1000}),
    dict(fw='PaddleRec', src='https://github.com/BamLubi/Paddle-SIGN/blob/06f37a3fc61e4d8355ae79b5200d6d6ff45b0901/train.log',
         line='2022-04-12 18:32:33,502 - INFO - epoch: 4, batch_id: 1500, AUC:0.932259, ACC:0.889900, loss:0.11615647, avg_reader_cost: 0.00011 sec, avg_batch_cost: 0.53740 sec, avg_samples: 1024.00000, ips: 1905.48287 ins/s',
         want={"TrainLoss": 0.11615647, "StepTime": 537.4, "SamplesPerSecond": 1905.48287}, optional={"Step": 1500}),
    dict(fw='PaddleRec', src='https://github.com/BamLubi/Paddle-SIGN/blob/06f37a3fc61e4d8355ae79b5200d6d6ff45b0901/train.log',
         line='2022-04-12 18:58:56,295 - INFO - epoch: 6, batch_id: 500, AUC:0.935217, ACC:0.891615, loss:0.09437536, avg_reader_cost: 0.00011 sec, avg_batch_cost: 0.54903 sec, avg_samples: 1024.00000, ips: 1865.10102 ins/s',
         want={"TrainLoss": 0.09437536, "StepTime": 549.03, "SamplesPerSecond": 1865.10102}, optional={"Step": 500}),
    # epoch summary; the time spans the epoch
    dict(fw='PaddleRec', src='https://github.com/BamLubi/Paddle-SIGN/blob/06f37a3fc61e4d8355ae79b5200d6d6ff45b0901/train.log',
         line='2022-04-12 17:24:35,400 - INFO - epoch: 0 done, AUC: 0.874769,ACC: 0.822143,loss:0.14919266, epoch time: 1105.58 s',
         want={"TrainLoss": 0.14919266}),
    dict(fw='PaddleRec', src='https://github.com/BamLubi/Paddle-SIGN/blob/06f37a3fc61e4d8355ae79b5200d6d6ff45b0901/train.log',
         line='W0412 17:05:20.129599   247 device_context.cc:447] Please NOTE: device: 0, GPU Compute Capability: 7.0, Driver API Version: 10.1, Runtime API Version: 10.1',
         want={}),
    # ---------------------------------------------------------------- Keras potential-energy-surface fit with Levenberg-Marquardt (one batch per epoch), committed train.log
    # final refresh of the bar after the ETA record
    dict(fw='Keras', src='https://github.com/CQPES/cqpes-legacy/blob/df79f0740129ef5ef373c7404087b64d8fcee9ca/train.log',
         line='\r1/1 [==============================] - 2s 2s/step - damping_factor: 1.0000e-03 - attempts: 2.0000 - loss: 0.4609 - mean_squared_error: 0.4609 - weighted_mean_squared_error: 0.4609 - val_loss: 0.4668 - val_mean_squared_error: 0.4668 - val_weighted_mean_squared_error: 0.4668',
         want={"TrainLoss": 0.4609, "ValLoss": 0.4668}, optional={"Step": 1, "StepTime": 2000}),
    # ETA record, before validation
    dict(fw='Keras', src='https://github.com/CQPES/cqpes-legacy/blob/df79f0740129ef5ef373c7404087b64d8fcee9ca/train.log',
         line='\r1/1 [==============================] - ETA: 0s - damping_factor: 1.0000e-03 - attempts: 2.0000 - loss: 0.4609 - mean_squared_error: 0.4609 - weighted_mean_squared_error: 0.4609\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08\x08',
         want={"TrainLoss": 0.4609}, optional={"Step": 1}),
    dict(fw='Keras', src='https://github.com/CQPES/cqpes-legacy/blob/df79f0740129ef5ef373c7404087b64d8fcee9ca/train.log',
         line='\r1/1 [==============================] - 1s 1s/step - damping_factor: 1.0000e-06 - attempts: 2.0000 - loss: 0.0000e+00 - mean_squared_error: 1.8728e-05 - weighted_mean_squared_error: 1.8728e-05 - val_loss: 2.0442e-05 - val_mean_squared_error: 2.0442e-05 - val_weighted_mean_squared_error: 2.0442e-05',
         want={"TrainLoss": 0.0, "ValLoss": 2.0442e-05}, optional={"Step": 1, "StepTime": 1000}),
    dict(fw='Keras', src='https://github.com/CQPES/cqpes-legacy/blob/df79f0740129ef5ef373c7404087b64d8fcee9ca/train.log',
         line='               CQPES: ChongQing Potential Energy Surface (legacy)               ',
         want={}),
    # ---------------------------------------------------------------- representation learning with a linear-probe classifier (print loop), committed log/log.txt
    dict(fw='ad-hoc print (representation learning)', src='https://github.com/1726251215/Representation-Learning/blob/98ebb369bbc6a8e05128988df649bd2bd61b53f0/log/log.txt',
         line='[Train] Epoch: 1, Loss:0.000058 ',
         want={"TrainLoss": 5.8e-05}),
    # same shape as the train line
    dict(fw='ad-hoc print (representation learning)', src='https://github.com/1726251215/Representation-Learning/blob/98ebb369bbc6a8e05128988df649bd2bd61b53f0/log/log.txt',
         line='[Val] Epoch: 1, Loss:0.000053 ',
         want={"ValLoss": 5.3e-05}),
    dict(fw='ad-hoc print (representation learning)', src='https://github.com/1726251215/Representation-Learning/blob/98ebb369bbc6a8e05128988df649bd2bd61b53f0/log/log.txt',
         line='[Train] Epoch: 30, Loss:0.000028 ',
         want={"TrainLoss": 2.8e-05}),
    dict(fw='ad-hoc print (representation learning)', src='https://github.com/1726251215/Representation-Learning/blob/98ebb369bbc6a8e05128988df649bd2bd61b53f0/log/log.txt',
         line='[Val] Epoch: 49, Loss:0.000023 ',
         want={"ValLoss": 2.3e-05}),
    dict(fw='ad-hoc print (representation learning)', src='https://github.com/1726251215/Representation-Learning/blob/98ebb369bbc6a8e05128988df649bd2bd61b53f0/log/log.txt',
         line='[Val Classifier] Epoch: 6, Accuracy:91.710000 ',
         want={}),
    # ---------------------------------------------------------------- Keras convolutional autoencoder runs (tab-separated run table), committed log/log.txt
    # final test loss of a finished run in a TSV row
    dict(fw='Keras (run table)', src='https://github.com/AlessandroDeCarlo27/qsar_cnn_auto/blob/d89ba83470744f8a6f8788acdc9ebba9a44c27cb/log/log.txt',
         line='step2FT\tC2D_ft-C2D_ft-C2D_t-C2DT_t-C2DT_t-C2DT_ft-C2DT_ft\t0.00014344841474667192\t20\tFine tuning of second step. Another possibility could be to extend fine tuning for more epochs\tstep2modelFT.hdf5\tstep2FineTune\tstep2FT',
         want={}),
]
