# A fourteenth blind held-out set of progress lines for the AI-training pack,
# collected on 2026-12-07 (UTC). About two thirds of the lines come from
# training logs that people committed to their repositories (train.log,
# train_log.txt, training.log, train.out, sft.log, log/train.log,
# output/log.txt and similar), read byte for byte from the repository at the
# commit named in `src`; the other third were copied verbatim from public
# GitHub issues and pull requests in which users pasted part of a training
# log, and `src` then names the thread. No source
# (repository file, issue or pull request) used in heldout.py, fresh.py,
# devset.py, devset2.py or blind.py .. blind13.py was taken again, and no
# repository named in any of their sources either; at most five lines come
# from one source. The set was written without looking at the pack or its
# tests, each expectation decided from what the line itself prints, and it
# was frozen before it was scored even once.
# Same fields as heldout.py: the framework, where the line was seen, the line
# as printed (tabs, the `\r` that starts a progress-bar refresh, ANSI colour
# codes, typographic characters and leading or trailing blanks kept; a
# progress bar that a paste broke into lines is taken as pasted), the
# progress metrics it must yield (`want`) and metrics it may yield or not
# (`optional`: an in-epoch batch counter, an environment-step counter, a
# tqdm bar's rate, an it/s derived from `s/it` and the step time it implies,
# a time whose unit or span the line does not print, an epoch or whole-run
# average next to a per-step series, a loss whose meaning the line leaves
# open). `want={}` marks a line that holds no training progress: the pack
# stays quiet. StepTime is in milliseconds. A NaN or inf value yields no
# metric.

CASES = [
    # ---------------------------------------------------------------- WS-DAN with a semantic-attention branch, fine-grained birds (custom loop, tab-separated AverageMeter lines)
    # [epoch][batch/epochSize]; Time is seconds per batch, unit not printed; bracketed values are running averages
    dict(fw='ad-hoc AverageMeter loop', src='https://github.com/17314796423/WS_DAN_SAC/blob/28d0080336db5eeff7d009236abf77d1012cd412/train.log',
         line='Epoch: [37][50/250]\tTime 1.167 (1.169)\tData 0.368 (0.370)\tLoss 0.6999 (0.6263)',
         want={"TrainLoss": 0.6999}, optional={"Step": 50, "StepTime": 1167}),
    dict(fw='ad-hoc AverageMeter loop', src='https://github.com/17314796423/WS_DAN_SAC/blob/28d0080336db5eeff7d009236abf77d1012cd412/train.log',
         line='Epoch: [37][180/250]\tTime 1.164 (1.171)\tData 0.364 (0.370)\tLoss 0.9210 (0.6264)',
         want={"TrainLoss": 0.921}, optional={"Step": 180, "StepTime": 1164}),
    # accuracy line printed under each batch line
    dict(fw='ad-hoc AverageMeter loop', src='https://github.com/17314796423/WS_DAN_SAC/blob/28d0080336db5eeff7d009236abf77d1012cd412/train.log',
         line='Prec@1     100.000 (99.932)\tPrec@5     100.000 (100.000)',
         want={}),
    # test pass over the validation split: a batch's test loss, never a training loss
    dict(fw='ad-hoc AverageMeter loop', src='https://github.com/17314796423/WS_DAN_SAC/blob/28d0080336db5eeff7d009236abf77d1012cd412/train.log',
         line='Test: [10/242]\tTime 0.651 (0.641)\tLoss 5.1175 (2.7841)',
         want={}, optional={"ValLoss": 5.1175}),
    # ---------------------------------------------------------------- BLIP-2 (LAVIS runner_iter) video captioning with SCST: MetricLogger line, tokenizer lines of the reward computation
    # time is seconds per iteration of the MetricLogger; [50/10000] is the iteration of the inner epoch
    dict(fw='LAVIS (MetricLogger)', src='https://github.com/ABrimont/Multi-modal-BLIP-2/blob/d3d79347541c07eb3f8e20dbd97ea208e3dc6994/train.log',
         line='Train: data epoch: [0]; inner epoch [0]  [   50/10000]  eta: 7:15:23  lr: 1.2475e-08  loss: 0.0001  time: 2.5654  data: 0.0000  max mem: 20668',
         want={"TrainLoss": 0.0001, "StepTime": 2565.4}, optional={"Step": 50}),
    # the caption scorer's tokenizer speed: no training throughput
    dict(fw='LAVIS (MetricLogger)', src='https://github.com/ABrimont/Multi-modal-BLIP-2/blob/d3d79347541c07eb3f8e20dbd97ea208e3dc6994/train.log',
         line='PTBTokenizer tokenized 869 tokens at 29463.20 tokens per second.',
         want={}),
    # ---------------------------------------------------------------- Lingvo ASR (LibriSpeech recipe, glog lines of trainer.py)
    # the step's losses on one line
    dict(fw='Lingvo', src='https://github.com/tensorflow/lingvo/issues/42',
         line='I0308 16:13:45.249138 140304451606272 trainer.py:521] step:   905 fraction_of_correct_next_step_preds:0.0082426639 fraction_of_correct_next_step_preds/logits:0.0082426639 log_pplx:4.96068 log_pplx/logits:4.96068 loss:4.96068 loss/logits:4.96068 num_samples_in_batch:48',
         want={"Step": 905, "TrainLoss": 4.96068}),
    # the rate line printed every ten seconds: steps and examples per second
    dict(fw='Lingvo', src='https://github.com/tensorflow/lingvo/issues/42',
         line='I0308 16:13:49.943696 140304032200448 trainer.py:371] Steps/second: 0.014225, Examples/second: 0.731300',
         want={"IterationsPerSecond": 0.014225, "SamplesPerSecond": 0.7313}),
    # ---------------------------------------------------------------- BEiT pre-training (unilm, MetricLogger); the paste keeps the reporter's bold markers
    dict(fw='MetricLogger (BEiT)', src='https://github.com/microsoft/unilm/issues/598',
         line='Epoch: [115]  [1298/1299]  eta: 0:00:00  lr: 0.001435  min_lr: 0.001435  mlm_acc: 0.0333 (0.0344)  loss: 6.5993 (6.5971)  loss_scale: 8192.0000 (8646.0600)  weight_decay: 0.0500 (0.0500)  **grad_norm: 0.3922 (nan)**  time: 0.4944  data: 0.0001  max mem: 19152',
         want={"TrainLoss": 6.5993, "GradNorm": 0.3922, "StepTime": 494.4}, optional={"Step": 1298}),
    # end-of-epoch summary: median (global average) of the epoch
    dict(fw='MetricLogger (BEiT)', src='https://github.com/microsoft/unilm/issues/598',
         line='Averaged stats: lr: 0.001435  min_lr: 0.001435  mlm_acc: 0.0333 (0.0345)  loss: 6.5993 (6.5925)  loss_scale: 8192.0000 (8646.0600)  weight_decay: 0.0500 (0.0500)  **grad_norm: 0.3922 (nan)**',
         want={}, optional={"TrainLoss": 6.5993, "GradNorm": 0.3922}),
    # ---------------------------------------------------------------- GDR-Net 6D pose (detectron2-style event writer): iteration of the whole run, seconds per iteration, grad norm not available
    dict(fw='detectron2-style writer (GDR-Net)', src='https://github.com/THU-DA-6D-Pose-Group/GDR-Net/issues/109',
         line='20231023_095643|core.utils.my_writer@171: eta: 15:06:27 iter: 50699/102400[49.5%] time: 1.0520   lr: 1.0000e-04  max_mem: 3611M total_grad_norm: N/A total_loss: 1.3978e+01 (1.5329e+01)  loss_coor_x: 1.5648e-02 (3.0480e-02)  loss_coor_y: 1.4901e-02 (3.1228e-02)  loss_coor_z: 1.5298e-02 (2.9955e-02)  loss_mask: 1.5607e-02 (3.0423e-02)  loss_region: 1.3853e+01 (1.5046e+01)  loss_PM_R: 2.2228e-02 (5.8838e-02)  loss_centroid: 7.3131e-03 (1.6075e-02)  loss_z: 2.5838e-02 (8.6372e-02)',
         want={"Step": 50699, "TrainLoss": 13.978, "StepTime": 1052.0}),
    dict(fw='detectron2-style writer (GDR-Net)', src='https://github.com/THU-DA-6D-Pose-Group/GDR-Net/issues/109',
         line='20231023_095829|core.utils.my_writer@171: eta: 15:12:08 iter: 50799/102400[49.6%] time: 1.0606   lr: 1.0000e-04  max_mem: 3611M total_grad_norm: N/A total_loss: 1.4628e+01 (1.5328e+01)  loss_coor_x: 1.5359e-02 (3.0450e-02)  loss_coor_y: 1.5762e-02 (3.1197e-02)  loss_coor_z: 1.5910e-02 (2.9926e-02)  loss_mask: 1.6061e-02 (3.0395e-02)  loss_region: 1.4515e+01 (1.5045e+01)  loss_PM_R: 2.3028e-02 (5.8766e-02)  loss_centroid: 7.7087e-03 (1.6058e-02)  loss_z: 2.9443e-02 (8.6259e-02)',
         want={"Step": 50799, "TrainLoss": 14.628, "StepTime": 1060.6}),
    # ---------------------------------------------------------------- rl-baselines3-zoo (stable-baselines3 PPO on Pendulum): logger table rows
    dict(fw='stable-baselines3', src='https://github.com/DLR-RM/rl-baselines3-zoo/pull/521',
         line='|    ep_rew_mean          | -213      |',
         want={}),
    dict(fw='stable-baselines3', src='https://github.com/DLR-RM/rl-baselines3-zoo/pull/521',
         line='|    loss                 | 0.482     |',
         want={}, optional={"TrainLoss": 0.482}),
    # ---------------------------------------------------------------- g2p-seq2seq (TensorFlow 0.x translate-style loop): global step, step-time without a unit, training perplexity; eval per bucket below it
    dict(fw='TensorFlow seq2seq (g2p)', src='https://github.com/cmusphinx/g2p-seq2seq/issues/33',
         line='global step 400 learning rate 0.5000 step-time 2.78 perplexity 7.83',
         want={"Step": 400}, optional={"StepTime": 2780}),
    dict(fw='TensorFlow seq2seq (g2p)', src='https://github.com/cmusphinx/g2p-seq2seq/issues/33',
         line='  eval: bucket 1 perplexity 2.96',
         want={}),
    # ---------------------------------------------------------------- pytorch-CycleGAN-and-pix2pix (its own visualizer): per-iteration losses of each network, no single training loss
    # iters counts images of the epoch; time is compute seconds per image, unit not printed; the line ends with a blank
    dict(fw='CycleGAN/pix2pix', src='https://github.com/junyanz/pytorch-CycleGAN-and-pix2pix/issues/510',
         line='(epoch: 1, iters: 100, time: 0.507, data: 0.091) D_A: 0.201 G_A: 0.297 cycle_A: 4.741 idt_A: 0.712 D_B: 0.250 G_B: 0.422 cycle_B: 2.388 idt_B: 2.395 ',
         want={}, optional={"Step": 100, "StepTime": 507}),
    dict(fw='CycleGAN/pix2pix', src='https://github.com/junyanz/pytorch-CycleGAN-and-pix2pix/issues/1260',
         line='(epoch: 355, iters: 400, time: 1.156, data: 0.016) G_GAN: 14.722 G_L1: 11.785 D_real: 0.000 D_fake: 0.000',
         want={}, optional={"Step": 400, "StepTime": 1156}),
    # wall time of a whole epoch
    dict(fw='CycleGAN/pix2pix', src='https://github.com/junyanz/pytorch-CycleGAN-and-pix2pix/issues/1260',
         line='End of epoch 355 / 400   Time Taken: 88 sec',
         want={}),
    # ---------------------------------------------------------------- Keras pix2pix port (from the same tracker): the "epoch" counter is the iteration, two adversarial losses
    dict(fw='Keras GAN loop', src='https://github.com/junyanz/pytorch-CycleGAN-and-pix2pix/issues/742',
         line='[Epoch 604000] [D loss: 0.000411, acc: 100%] [G loss: 1381.413574]',
         want={}, optional={"Step": 604000}),
    # ---------------------------------------------------------------- Kokoro / StyleTTS2 fine-tune (custom loop): several named losses, elapsed time since the epoch began on the next line
    dict(fw='StyleTTS2 loop', src='https://github.com/lucasjinreal/Kokoros/issues/6',
         line='Epoch [7/50], Step [10/724], Mel Loss: 0.72029, Gen Loss: 28.53927, Disc Loss: 1.39727, Mono Loss: 0.04416, S2S Loss: 1.00780, SLM Loss: 2.52246',
         want={}, optional={"Step": 10}),
    dict(fw='StyleTTS2 loop', src='https://github.com/lucasjinreal/Kokoros/issues/6',
         line='Time elasped: 36.09541082382202',
         want={}),
    # ---------------------------------------------------------------- MemGen (TRL GRPOTrainer on GSM8K): the trainer's log dict
    dict(fw='TRL', src='https://github.com/bingreeky/MemGen/pull/33',
         line="{'loss': -0.2874, 'grad_norm': 6.230460166931152, 'learning_rate': 1.946508172362556e-06, 'num_tokens': 280752.0, 'completions/mean_length': 163.0, 'completions/min_length': 78.0, 'completions/max_length': 246.0, 'completions/clipped_ratio': 0.0, 'completions/mean_terminated_length': 163.0, 'completions/min_terminated_length': 78.0, 'completions/max_terminated_length': 246.0, 'rewards/compute_reward/mean': 0.375, 'rewards/compute_reward/std': 0.5175492167472839, 'reward': 0.375, 'reward_std': 0.5175491571426392, 'frac_reward_zero_std': 0.0, 'clip_ratio/low_mean': 0.0, 'clip_ratio/low_min': 0.0, 'clip_ratio/high_mean': 0.0, 'clip_ratio/high_max': 0.0, 'clip_ratio/region_mean': 0.0, 'epoch': 0.02}",
         want={"TrainLoss": -0.2874, "GradNorm": 6.230460166931152}),
    # ---------------------------------------------------------------- MMFRNet on PneumoniaMNIST (plain print loop, two-space indented batch lines and epoch summaries)
    dict(fw='ad-hoc print loop', src='https://github.com/Floatingice233/mmfrnet/blob/328a1bc1e37675a0d5da94ea07dfb0354ff33398/train_log.txt',
         line='  Batch 50/295, Loss: 0.0000',
         want={"TrainLoss": 0.0}, optional={"Step": 50}),
    # epoch summary after the batch series: the epoch's average training loss, AUC undefined
    dict(fw='ad-hoc print loop', src='https://github.com/Floatingice233/mmfrnet/blob/328a1bc1e37675a0d5da94ea07dfb0354ff33398/train_log.txt',
         line='  Train Loss: 0.0056, ACC: 1.0000, AUC: nan',
         want={}, optional={"TrainLoss": 0.0056}),
    dict(fw='ad-hoc print loop', src='https://github.com/Floatingice233/mmfrnet/blob/328a1bc1e37675a0d5da94ea07dfb0354ff33398/train_log.txt',
         line='  Val   Loss: 0.0000, ACC: 1.0000, AUC: nan',
         want={"ValLoss": 0.0}),
    # the test split after training: not a training loss
    dict(fw='ad-hoc print loop', src='https://github.com/Floatingice233/mmfrnet/blob/328a1bc1e37675a0d5da94ea07dfb0354ff33398/train_log.txt',
         line='Test  Loss: 0.0000, ACC: 1.0000, AUC: nan',
         want={}, optional={"ValLoss": 0.0}),
    # ---------------------------------------------------------------- character LM homework (LSTM / Transformer on wuxia novels): one loss per epoch, run name in front
    dict(fw='ad-hoc print loop', src='https://github.com/HLSvois/DLNLP_2025/blob/4002ba70229f46b4bfcee872e8871fdaacb5a5f7/train_log.txt',
         line='LSTM_e5 Epoch 3: Loss = 3.6891',
         want={"TrainLoss": 3.6891}),
    dict(fw='ad-hoc print loop', src='https://github.com/HLSvois/DLNLP_2025/blob/4002ba70229f46b4bfcee872e8871fdaacb5a5f7/train_log.txt',
         line='Transformer_L6_e10 Epoch 6: Loss = 2.8180',
         want={"TrainLoss": 2.818}),
    dict(fw='ad-hoc print loop', src='https://github.com/HLSvois/DLNLP_2025/blob/4002ba70229f46b4bfcee872e8871fdaacb5a5f7/train_log.txt',
         line='Saved checkpoint to checkpoints/LSTM_e5_epoch5.pt',
         want={}),
    # ---------------------------------------------------------------- spiking translation network (hand-written SNN trainer, Indonesian messages)
    dict(fw='ad-hoc print loop', src='https://github.com/Akhyar11/SpikingTranslation/blob/47f2cd3298e764fdb284fdc2f147dcbd2354f451/training.log',
         line='Epoch  11 | Final Loss: 18.3438',
         want={"TrainLoss": 18.3438}),
    # spike statistics under each epoch line
    dict(fw='ad-hoc print loop', src='https://github.com/Akhyar11/SpikingTranslation/blob/47f2cd3298e764fdb284fdc2f147dcbd2354f451/training.log',
         line='  -> Spikes Fired: 375202 (0.00%) | True ACs: 48025856',
         want={}),
    # "loss improved from float-max to 15.2673, saving checkpoint": repeats the epoch's loss
    dict(fw='ad-hoc print loop', src='https://github.com/Akhyar11/SpikingTranslation/blob/47f2cd3298e764fdb284fdc2f147dcbd2354f451/training.log',
         line='🌟 Loss membaik dari 340282346638528859811704183484516925440.0000 ke 15.2673! Menyimpan checkpoint...',
         want={}, optional={"TrainLoss": 15.2673}),
    # ---------------------------------------------------------------- LoRA fine-tune of a 4B model for an ARC-style homework (plain print loop, Korean start-up messages)
    # step counted within the epoch tag, no global step printed beside it
    dict(fw='ad-hoc print loop (PEFT)', src='https://github.com/2025DL-TEAM3/skeleton_hw/blob/94e985c364fa4d46945e1596cd783774d4e6de3a/train_log.txt',
         line='[E1] step 0 loss 9.2437',
         want={"TrainLoss": 9.2437}, optional={"Step": 0}),
    dict(fw='ad-hoc print loop (PEFT)', src='https://github.com/2025DL-TEAM3/skeleton_hw/blob/94e985c364fa4d46945e1596cd783774d4e6de3a/train_log.txt',
         line='[E1] step 3130 loss 10.3772',
         want={"TrainLoss": 10.3772}, optional={"Step": 3130}),
    # "total number of training steps: 15000": a plan, not progress
    dict(fw='ad-hoc print loop (PEFT)', src='https://github.com/2025DL-TEAM3/skeleton_hw/blob/94e985c364fa4d46945e1596cd783774d4e6de3a/train_log.txt',
         line='총 학습 스텝 수: 15000',
         want={}),
    # ---------------------------------------------------------------- YOLOv8 quantization-aware training on CPU (Ultralytics trainer wrapped by a QAT script, PowerShell capture)
    # epoch summary bar: component losses only, 2.13 s per batch
    dict(fw='Ultralytics', src='https://github.com/52bluewhale/kltn-prj/blob/6101f113501d59a5d20cd69dd528ef13659c65d9/train_log.txt',
         line='        1/5         0G     0.8977      3.966     0.9704         30        640: 100%|██████████| 1192/1192 [42:22<00:00,  2.13s/it]',
         want={}, optional={"Step": 1192, "IterationsPerSecond": 1 / 2.13, "StepTime": 2130}),
    # the QAT script's own penalty term
    dict(fw='Ultralytics', src='https://github.com/52bluewhale/kltn-prj/blob/6101f113501d59a5d20cd69dd528ef13659c65d9/train_log.txt',
         line=' Penalty Stats - Current: 0.000000, Avg: 0.000000',
         want={}),
    # ---------------------------------------------------------------- SSH face/keypoint detector (MXNet Module.fit, Speedometer and epoch metric lines, tab-separated)
    # throughput only; the metrics are accuracies and per-branch losses of three detection modules
    dict(fw='MXNet', src='https://github.com/ZhouKai90/SSH-keypoint/blob/274c71091de52907726043082cddad3b0b6f69df/log/train.log',
         line='2018-10-11 09:25:55,431 INFO - Epoch[5] Batch [0-880]\tSpeed: 25.08 samples/sec\tM0_RPNAcc=0.997743\tM0_RPNAccBG=0.999042\tM0_RPNAccFG=0.922265\tM0_RPNL1BboxLoss=0.064536\tM0_RPNL1KpointLoss=0.169402\tM1_RPNAcc=0.997570\tM1_RPNAccBG=0.999258\tM1_RPNAccFG=0.922349\tM1_RPNL1BboxLoss=0.071615\tM1_RPNL1KpointLoss=0.245494\tM2_RPNAcc=0.994672\tM2_RPNAccBG=0.999069\tM2_RPNAccFG=0.713643\tM2_RPNL1BboxLoss=0.124842\tM2_RPNL1KpointLoss=0.394728',
         want={"SamplesPerSecond": 25.08}, optional={"Step": 880}),
    dict(fw='MXNet', src='https://github.com/ZhouKai90/SSH-keypoint/blob/274c71091de52907726043082cddad3b0b6f69df/log/train.log',
         line='2018-10-11 09:33:20,691 INFO - Epoch[5] Batch [0-1580]\tSpeed: 25.21 samples/sec\tM0_RPNAcc=0.997752\tM0_RPNAccBG=0.999044\tM0_RPNAccFG=0.922971\tM0_RPNL1BboxLoss=0.065460\tM0_RPNL1KpointLoss=0.188085\tM1_RPNAcc=0.997651\tM1_RPNAccBG=0.999300\tM1_RPNAccFG=0.924129\tM1_RPNL1BboxLoss=0.070590\tM1_RPNL1KpointLoss=0.223431\tM2_RPNAcc=0.994485\tM2_RPNAccBG=0.999042\tM2_RPNAccFG=0.707122\tM2_RPNL1BboxLoss=0.125654\tM2_RPNL1KpointLoss=0.402876',
         want={"SamplesPerSecond": 25.21}, optional={"Step": 1580}),
    # end-of-epoch training accuracy
    dict(fw='MXNet', src='https://github.com/ZhouKai90/SSH-keypoint/blob/274c71091de52907726043082cddad3b0b6f69df/log/train.log',
         line='2018-10-11 09:33:38,456 INFO - Epoch[5] Train-M0_RPNAcc=0.997754',
         want={}),
    # ---------------------------------------------------------------- equivariant GNN force field (PyTorch Geometric, nohup): loss per epoch, test MSE at the end
    dict(fw='ad-hoc print loop (PyG)', src='https://github.com/SMWTDDY/E3-logs/blob/62278d3061dd383e629dbee5e801a418cf1c15bb/log/train.log',
         line='Epoch   1 | Loss: 1467.795212',
         want={"TrainLoss": 1467.795212}),
    dict(fw='ad-hoc print loop (PyG)', src='https://github.com/SMWTDDY/E3-logs/blob/62278d3061dd383e629dbee5e801a418cf1c15bb/log/train.log',
         line='Epoch 323 | Loss: 99.879407',
         want={"TrainLoss": 99.879407}),
    # test-set result after training, under a "Test Results:" header
    dict(fw='ad-hoc print loop (PyG)', src='https://github.com/SMWTDDY/E3-logs/blob/62278d3061dd383e629dbee5e801a418cf1c15bb/log/train.log',
         line='  MSE Energy Loss: 0.013947',
         want={}, optional={"ValLoss": 0.013947}),
    dict(fw='ad-hoc print loop (PyG)', src='https://github.com/SMWTDDY/E3-logs/blob/62278d3061dd383e629dbee5e801a418cf1c15bb/log/train.log',
         line='E_pred均值: 0.1601713001728058 E_true均值: 0.16244859993457794',
         want={}),
    # ---------------------------------------------------------------- mlx-lm LoRA fine-tune of a 7B model on Apple silicon: report lines per 10 iterations, validation every 200
    dict(fw='MLX (mlx-lm LoRA)', src='https://github.com/AKSHAJ-SHELL/optimization/blob/42eba96cd927e217c58838cc677bc00dd6cbbc60/sft.log',
         line='Iter 1: Val loss 1.896, Val took 8.128s',
         want={"ValLoss": 1.896}, optional={"Step": 1}),
    dict(fw='MLX (mlx-lm LoRA)', src='https://github.com/AKSHAJ-SHELL/optimization/blob/42eba96cd927e217c58838cc677bc00dd6cbbc60/sft.log',
         line='Iter 10: Train loss 0.753, Learning Rate 1.000e-04, It/sec 0.944, Tokens/sec 436.770, Trained Tokens 4627, Peak mem 5.910 GB',
         want={"Step": 10, "TrainLoss": 0.753, "IterationsPerSecond": 0.944, "TokensPerSecond": 436.77}),
    dict(fw='MLX (mlx-lm LoRA)', src='https://github.com/AKSHAJ-SHELL/optimization/blob/42eba96cd927e217c58838cc677bc00dd6cbbc60/sft.log',
         line='Iter 330: Train loss 0.070, Learning Rate 1.000e-04, It/sec 1.248, Tokens/sec 548.931, Trained Tokens 156223, Peak mem 5.982 GB',
         want={"Step": 330, "TrainLoss": 0.07, "IterationsPerSecond": 1.248, "TokensPerSecond": 548.931}),
    dict(fw='MLX (mlx-lm LoRA)', src='https://github.com/AKSHAJ-SHELL/optimization/blob/42eba96cd927e217c58838cc677bc00dd6cbbc60/sft.log',
         line='Iter 400: Val loss 0.210, Val took 7.796s',
         want={"ValLoss": 0.21}, optional={"Step": 400}),
    # adapter checkpoint written at iteration 500
    dict(fw='MLX (mlx-lm LoRA)', src='https://github.com/AKSHAJ-SHELL/optimization/blob/42eba96cd927e217c58838cc677bc00dd6cbbc60/sft.log',
         line='Iter 500: Saved adapter weights to adapters_sft/adapters.safetensors and adapters_sft/0000500_adapters.safetensors.',
         want={}, optional={"Step": 500}),
    # ---------------------------------------------------------------- LogSentinel (log-anomaly transformer fine-tune, custom loop): running loss per 20 batches, epoch summary with validation
    dict(fw='ad-hoc print loop', src='https://github.com/Lukas1121/LogSentinel/blob/37b9bbe525e4359d13ab2c0d1af60c9627d7e62e/finetune.log',
         line='    step   20/328  loss 0.5384',
         want={"TrainLoss": 0.5384}, optional={"Step": 20}),
    # epoch's training average next to the step series, validation loss, epoch seconds
    dict(fw='ad-hoc print loop', src='https://github.com/Lukas1121/LogSentinel/blob/37b9bbe525e4359d13ab2c0d1af60c9627d7e62e/finetune.log',
         line='[Unfrozen] Epoch 1/500 -- train: 0.5309  val: 0.6230  ppl: 1.86  (70s)',
         want={"ValLoss": 0.623}, optional={"TrainLoss": 0.5309}),
    # the resumed checkpoint's stored validation loss, reported at start-up
    dict(fw='ad-hoc print loop', src='https://github.com/Lukas1121/LogSentinel/blob/37b9bbe525e4359d13ab2c0d1af60c9627d7e62e/finetune.log',
         line='  Checkpoint: epoch=3  val_loss=0.6101',
         want={}, optional={"ValLoss": 0.6101}),
    # ---------------------------------------------------------------- hand-written PPO for a dodging agent: update summary between episode lines
    # step counts environment steps, sps environment steps per second; policy and value losses apart, no total
    dict(fw='ad-hoc PPO loop', src='https://github.com/LionelCCC/RL-Dodge-Agent/blob/950a907bebca362613c2c443424318ae3dcecc2e/logs/training.log',
         line='=== upd    1/488 | step    2048 | mean_ep_len  298.7 | mean_ep_rew  298.7 | pg_loss -0.031 | v_loss 128.902 | ent 3.291 | clipfrac 0.026 | sps 3535 ===',
         want={}, optional={"Step": 2048}),
    # ---------------------------------------------------------------- Aria (6.5M-parameter chat LM pretraining, hand-written loop): |g| is the gradient norm, the last field minutes since start
    dict(fw='ad-hoc LM pretraining loop', src='https://github.com/Rocket-Ramuel/Aria-AI/blob/508d67f2001352b0b455699bd7698b880abe02ab/pretrain.log',
         line='step 1/5000  loss 9.0401  lr 3.00e-06  |g| 4.55  0.0m',
         want={"Step": 1, "TrainLoss": 9.0401, "GradNorm": 4.55}),
    dict(fw='ad-hoc LM pretraining loop', src='https://github.com/Rocket-Ramuel/Aria-AI/blob/508d67f2001352b0b455699bd7698b880abe02ab/pretrain.log',
         line='step 50/5000  loss 7.9041  lr 1.50e-04  |g| 1.52  0.7m',
         want={"Step": 50, "TrainLoss": 7.9041, "GradNorm": 1.52}),
    dict(fw='ad-hoc LM pretraining loop', src='https://github.com/Rocket-Ramuel/Aria-AI/blob/508d67f2001352b0b455699bd7698b880abe02ab/pretrain.log',
         line='step 110/5000  loss 6.7330  lr 3.30e-04  |g| 0.87  1.7m',
         want={"Step": 110, "TrainLoss": 6.733, "GradNorm": 0.87}),
    # ---------------------------------------------------------------- neural compression fine-tune on four SLURM nodes (DDP, plain prints from every rank)
    # the average over ranks of the epoch loss: the run's only training-loss series
    dict(fw='PyTorch DDP print loop', src='https://github.com/PranavSitaraman/Lossless-Neural-Compression/blob/7fecd14a043c524bea4f957c8fb7e27c03a77066/train.out',
         line='Epoch [2/5], Avg Loss: 0.1707',
         want={"TrainLoss": 0.1707}),
    # one rank's share, printed just before the average
    dict(fw='PyTorch DDP print loop', src='https://github.com/PranavSitaraman/Lossless-Neural-Compression/blob/7fecd14a043c524bea4f957c8fb7e27c03a77066/train.out',
         line='Rank 1 | Epoch Loss: 0.19404494762420654',
         want={}, optional={"TrainLoss": 0.19404494762420654}),
    dict(fw='PyTorch DDP print loop', src='https://github.com/PranavSitaraman/Lossless-Neural-Compression/blob/7fecd14a043c524bea4f957c8fb7e27c03a77066/train.out',
         line='[GPU2] Epoch 0 | Batchsize: 32 | Steps: 28',
         want={}),
    # ---------------------------------------------------------------- masked-autoencoder pretraining on FFHQ (SLURM job, one value per indented line under "Batch i/218")
    dict(fw='ad-hoc print loop (MAE)', src='https://github.com/aamodvarma/adaptive-diffusion-restoration/blob/3e379d8bad9add5fce9eee66c6f72a1956868340/train.out',
         line='    Loss: 0.9969',
         want={"TrainLoss": 0.9969}),
    dict(fw='ad-hoc print loop (MAE)', src='https://github.com/aamodvarma/adaptive-diffusion-restoration/blob/3e379d8bad9add5fce9eee66c6f72a1956868340/train.out',
         line='    Grad norm: 38.8604',
         want={"GradNorm": 38.8604}),
    # epoch summary: the epoch's average training loss beside the batch series, validation loss
    dict(fw='ad-hoc print loop (MAE)', src='https://github.com/aamodvarma/adaptive-diffusion-restoration/blob/3e379d8bad9add5fce9eee66c6f72a1956868340/train.out',
         line='Epoch 2 - Train Loss: 0.0879, Val Loss: 0.0655',
         want={"ValLoss": 0.0655}, optional={"TrainLoss": 0.0879}),
    # ---------------------------------------------------------------- small Mistral-architecture model from scratch, HF Trainer without Unsloth (log dicts pasted in an Unsloth issue)
    dict(fw='HF Trainer', src='https://github.com/unslothai/unsloth/issues/255',
         line="{'loss': 10.5604, 'grad_norm': 2.453125, 'learning_rate': 9.999999997532599e-05, 'epoch': 0.0}",
         want={"TrainLoss": 10.5604, "GradNorm": 2.453125}),
    dict(fw='HF Trainer', src='https://github.com/unslothai/unsloth/issues/255',
         line="{'loss': 7.9193, 'grad_norm': 2.9375, 'learning_rate': 9.999999753259892e-05, 'epoch': 0.0}",
         want={"TrainLoss": 7.9193, "GradNorm": 2.9375}),
    # ---------------------------------------------------------------- caikit-nlp fine-tuning module: training_logs.jsonl, one metric record per line
    dict(fw='caikit-nlp (JSONL)', src='https://github.com/caikit/caikit-nlp/pull/208',
         line='{"name": "loss", "data": {"epoch": 0.01, "step": 1, "value": 3.9274, "timestamp": "2023-09-26T19:25:18.737364"}}',
         want={"Step": 1, "TrainLoss": 3.9274}),
    dict(fw='caikit-nlp (JSONL)', src='https://github.com/caikit/caikit-nlp/pull/208',
         line='{"name": "loss", "data": {"epoch": 0.01, "step": 2, "value": 4.4904, "timestamp": "2023-09-26T19:25:19.316729"}}',
         want={"Step": 2, "TrainLoss": 4.4904}),
    # ---------------------------------------------------------------- TRL PPOTrainer (RLHF of a small LM): one dict per update; eps is episodes per second, episode the count so far
    # policy and value losses apart, no total training loss
    dict(fw='TRL', src='https://github.com/hongbo-miao/hongbomiao.com/pull/37684',
         line="{'eps': 1, 'objective/kl': 6.809290409088135, 'objective/entropy': 114.40665435791016, 'objective/non_score_reward': -0.3404645621776581, 'objective/rlhf_reward': 2.0189104080200195, 'objective/scores': 2.359375, 'policy/approxkl_avg': 0.0027319653891026974, 'policy/clipfrac_avg': 0.00927734375, 'loss/policy_avg': -0.0032048856373876333, 'loss/value_avg': 0.3470359146595001, 'val/clipfrac_avg': 0.0047607421875, 'policy/entropy_avg': 1.1110224723815918, 'val/ratio': 0.9655587673187256, 'val/ratio_var': 5.634327317238785e-05, 'val/num_eos_tokens': 0, 'lr': 9.206349206349207e-06, 'episode': 96, 'epoch': 0.11}",
         want={}, optional={"TrainLoss": -0.0032048856373876333, "Step": 96}),
    # ---------------------------------------------------------------- ChatGLM2-6B P-Tuning (HF Seq2SeqTrainer): all_results.json pasted, one key per line; whole-run averages
    dict(fw='HF Trainer', src='https://github.com/zai-org/ChatGLM2-6B/issues/491',
         line='    "train_loss": 3.4180344645182292,',
         want={}, optional={"TrainLoss": 3.4180344645182292}),
    dict(fw='HF Trainer', src='https://github.com/zai-org/ChatGLM2-6B/issues/491',
         line='    "train_samples_per_second": 1.59,',
         want={}, optional={"SamplesPerSecond": 1.59}),
    # ---------------------------------------------------------------- InternVL chat fine-tune (HF Trainer): log dict with a zero loss, then a bar refresh the paste broke onto its own line, a warning glued to it
    dict(fw='HF Trainer', src='https://github.com/OpenGVLab/InternVL/issues/254',
         line="{'loss': 0.0, 'learning_rate': 3.3112582781456954e-07, 'epoch': 0.01}",
         want={"TrainLoss": 0.0}),
    dict(fw='HF Trainer', src='https://github.com/OpenGVLab/InternVL/issues/254',
         line='  0%|          | 3/30200 [01:39<256:54:21, 30.63s/it]warning: The size of tensor a (15968) must match the size of tensor b (52736) at non-singleton dimension 0, input_embeds[selected].shape=torch.Size([15968, 2048]), vit_embeds.shape=torch.Size([52736, 2048])',
         want={}, optional={"Step": 3, "IterationsPerSecond": 1 / 30.63, "StepTime": 30630}),
    # ---------------------------------------------------------------- earthquake-prediction transformer (268M parameters, nohup run of a custom loop)
    dict(fw='ad-hoc print loop', src='https://github.com/erturkkadir/deprem/blob/027e8ef7a7e0dfbe27a03a141f586cae11cd4848/train.out',
         line='step    200 | loss 16.5916',
         want={"Step": 200, "TrainLoss": 16.5916}),
    dict(fw='ad-hoc print loop', src='https://github.com/erturkkadir/deprem/blob/027e8ef7a7e0dfbe27a03a141f586cae11cd4848/train.out',
         line='step  15800 | loss 16.3359',
         want={"Step": 15800, "TrainLoss": 16.3359}),
    # checkpoint notice that repeats the last reported loss
    dict(fw='ad-hoc print loop', src='https://github.com/erturkkadir/deprem/blob/027e8ef7a7e0dfbe27a03a141f586cae11cd4848/train.out',
         line='[2025-12-27 16:56:27.755472] Checkpoint saved: /var/www/syshuman/quake/eqModel_complex_20251227_165613.pth (iter=500, loss=16.6414)',
         want={}, optional={"Step": 500, "TrainLoss": 16.6414}),
    # ---------------------------------------------------------------- online continual learning (ER with MIR retrieval on mini-ImageNet): running averages per stream, every 100 iterations
    # the incoming stream's running loss, iteration counted within the task
    dict(fw='ad-hoc print loop (continual learning)', src='https://github.com/kevinmtian/online-continual-learning/blob/286abeba74d6d51792289b1b3710bd71867ada5f/train.out',
         line='==>>> it: 101, avg. loss: 5.062602, running train acc: 0.020',
         want={"TrainLoss": 5.062602}, optional={"Step": 101}),
    # the replay buffer's loss at the same iteration: a second series, not the training loss of the stream
    dict(fw='ad-hoc print loop (continual learning)', src='https://github.com/kevinmtian/online-continual-learning/blob/286abeba74d6d51792289b1b3710bd71867ada5f/train.out',
         line='==>>> it: 101, mem avg. loss: 3.170260, running mem acc: 0.290',
         want={}, optional={"Step": 101}),
    dict(fw='ad-hoc print loop (continual learning)', src='https://github.com/kevinmtian/online-continual-learning/blob/286abeba74d6d51792289b1b3710bd71867ada5f/train.out',
         line='-----------run 0-----------avg_end_acc 0.1956-----------train time 477.15481448173523',
         want={}),
    # ---------------------------------------------------------------- query-memory predictor for a database engine (custom loop, one line per epoch, double blanks)
    dict(fw='ad-hoc print loop', src='https://github.com/earthwuyang/doris_mem_pred/blob/e909742a443c5d26e6bddaf5c066190bacb768dd/train.out',
         line='Epoch  0 Train Loss:  15.202710487243191  Validation Loss:  9.994108793776832',
         want={"TrainLoss": 15.202710487243191, "ValLoss": 9.994108793776832}),
    dict(fw='ad-hoc print loop', src='https://github.com/earthwuyang/doris_mem_pred/blob/e909742a443c5d26e6bddaf5c066190bacb768dd/train.out',
         line='Epoch  57 Train Loss:  3.2162819477678415  Validation Loss:  3.8878706094110385',
         want={"TrainLoss": 3.2162819477678415, "ValLoss": 3.8878706094110385}),
    # ---------------------------------------------------------------- DeepScript (Keras 2 fit on script images, one epoch per call inside an outer loop)
    # end-of-epoch bar: batches of the epoch, mean milliseconds per step, epoch loss
    dict(fw='Keras', src='https://github.com/mikekestemont/DeepScript/issues/3',
         line='360/360 [==============================] - 11s 31ms/step - loss: 1.1237 - accuracy: 0.5167',
         want={"TrainLoss": 1.1237, "StepTime": 31}, optional={"Step": 360}),
    dict(fw='Keras', src='https://github.com/mikekestemont/DeepScript/issues/3',
         line='360/360 [==============================] - 11s 31ms/step - loss: 1.0464 - accuracy: 0.5417',
         want={"TrainLoss": 1.0464, "StepTime": 31}, optional={"Step": 360}),
    # ---------------------------------------------------------------- CleanRL (early version): environment steps with the episode's reward
    dict(fw='CleanRL', src='https://github.com/vwxyzjn/cleanrl/issues/11',
         line='global_step=3442, episode_reward=15.527101137763129',
         want={}, optional={"Step": 3442}),
    # ---------------------------------------------------------------- DINO self-supervised ViT-S/16 (MetricLogger; stdout excerpt from a maintainer)
    # time is seconds per iteration; current value with the running average in brackets
    dict(fw='MetricLogger (DINO)', src='https://github.com/facebookresearch/dino/issues/69',
         line='Epoch: [0/100]  [2240/2502]  eta: 0:02:44  loss: 5.385776 (7.546279)  lr: 0.000089 (0.000045)  wd: 0.040071 (0.040024)  time: 0.618063  data: 0.000170  max mem: 13871',
         want={"TrainLoss": 5.385776, "StepTime": 618.063}, optional={"Step": 2240}),
    dict(fw='MetricLogger (DINO)', src='https://github.com/facebookresearch/dino/issues/69',
         line='Epoch: [0/100]  [2290/2502]  eta: 0:02:13  loss: 5.645083 (7.501284)  lr: 0.000091 (0.000046)  wd: 0.040074 (0.040025)  time: 0.633099  data: 0.000172  max mem: 13871',
         want={"TrainLoss": 5.645083, "StepTime": 633.099}, optional={"Step": 2290}),
    # ---------------------------------------------------------------- SqueezeNet with center loss (BVLC Caffe solver, glog lines every 500 iterations)
    # the solver's smoothed total loss at the iteration
    dict(fw='Caffe', src='https://github.com/HoiM/SqueezeNet-CenterLoss-for-Caffe/blob/508cf559857ed23118e1fdf5fad5351d949457d5/output/log.txt',
         line='I0615 07:06:39.626550  1860 solver.cpp:228] Iteration 162000, loss = 1.84907',
         want={"Step": 162000, "TrainLoss": 1.84907}),
    dict(fw='Caffe', src='https://github.com/HoiM/SqueezeNet-CenterLoss-for-Caffe/blob/508cf559857ed23118e1fdf5fad5351d949457d5/output/log.txt',
         line='I0615 09:19:08.838778  1860 solver.cpp:228] Iteration 171500, loss = 1.70987',
         want={"Step": 171500, "TrainLoss": 1.70987}),
    # one net output of the two that sum to the total (softmax part, weight 1)
    dict(fw='Caffe', src='https://github.com/HoiM/SqueezeNet-CenterLoss-for-Caffe/blob/508cf559857ed23118e1fdf5fad5351d949457d5/output/log.txt',
         line='I0615 07:06:39.626613  1860 solver.cpp:244]     Train net output #3: loss = 1.10182 (* 1 = 1.10182 loss)',
         want={}, optional={"TrainLoss": 1.10182}),
    dict(fw='Caffe', src='https://github.com/HoiM/SqueezeNet-CenterLoss-for-Caffe/blob/508cf559857ed23118e1fdf5fad5351d949457d5/output/log.txt',
         line='I0615 07:06:39.626643  1860 sgd_solver.cpp:106] Iteration 162000, lr = 0.00503218',
         want={}, optional={"Step": 162000}),
    # ---------------------------------------------------------------- tiny character LM fine-tune on Colab (nanoGPT-like loop): the last field is seconds since start
    dict(fw='ad-hoc LM loop (nanoGPT-like)', src='https://github.com/arsallls/tiny-shrek/blob/4eda7b013eb4c2869143fa581cc9a267d5225af1/logs/finetune.log',
         line='iter      0 | loss 1.2678 | lr 1.00e-06 | 0s',
         want={"Step": 0, "TrainLoss": 1.2678}),
    dict(fw='ad-hoc LM loop (nanoGPT-like)', src='https://github.com/arsallls/tiny-shrek/blob/4eda7b013eb4c2869143fa581cc9a267d5225af1/logs/finetune.log',
         line='iter     50 | loss 0.9582 | lr 2.96e-05 | 5s',
         want={"Step": 50, "TrainLoss": 0.9582}),
    # periodic estimate on both splits: the validation loss, and the train split measured in eval mode
    dict(fw='ad-hoc LM loop (nanoGPT-like)', src='https://github.com/arsallls/tiny-shrek/blob/4eda7b013eb4c2869143fa581cc9a267d5225af1/logs/finetune.log',
         line='  eval 60: train 0.9362 | val 1.1094 | 1.6005 bpc',
         want={"ValLoss": 1.1094}, optional={"TrainLoss": 0.9362, "Step": 60}),
    # early-stop summary
    dict(fw='ad-hoc LM loop (nanoGPT-like)', src='https://github.com/arsallls/tiny-shrek/blob/4eda7b013eb4c2869143fa581cc9a267d5225af1/logs/finetune.log',
         line='done. best val 1.0890 (1.5711 bpc)',
         want={}, optional={"ValLoss": 1.089}),
    # ---------------------------------------------------------------- CNN-LSTM image captioning on COCO (course project loop): per-batch loss and perplexity, minutes since the epoch began
    dict(fw='ad-hoc print loop (captioning)', src='https://github.com/3ZadeSSG/Automatic-Image-Captioning/blob/49507464f29ce3656c6f2cfd370ab0fdef25c46d/training_log.txt',
         line='Epoch [2/2], Step [1/12942], Loss: 2.3066, Perplexity: 10.0401, Time (mins): 0.015',
         want={"TrainLoss": 2.3066}, optional={"Step": 1}),
    dict(fw='ad-hoc print loop (captioning)', src='https://github.com/3ZadeSSG/Automatic-Image-Captioning/blob/49507464f29ce3656c6f2cfd370ab0fdef25c46d/training_log.txt',
         line='Epoch [2/2], Step [181/12942], Loss: 3.3764, Perplexity: 29.2652, Time (mins): 2.227',
         want={"TrainLoss": 3.3764}, optional={"Step": 181}),
    dict(fw='ad-hoc print loop (captioning)', src='https://github.com/3ZadeSSG/Automatic-Image-Captioning/blob/49507464f29ce3656c6f2cfd370ab0fdef25c46d/training_log.txt',
         line='Epoch [2/2], Step [93/12942], Loss: 3.0562, Perplexity: 21.2476, Time (mins): 1.146',
         want={"TrainLoss": 3.0562}, optional={"Step": 93}),
    # ---------------------------------------------------------------- CSV history written by a small classifier (header row, then one row per epoch)
    dict(fw='CSV history', src='https://github.com/AX-Ray/n_minus_minus/blob/ddad9eae65a0c900b094cc0b44c2e7f980055842/training_log.txt',
         line='epoch,train_loss,val_loss,val_accuracy,lr',
         want={}),
    # a bare row: the names are only in the header
    dict(fw='CSV history', src='https://github.com/AX-Ray/n_minus_minus/blob/ddad9eae65a0c900b094cc0b44c2e7f980055842/training_log.txt',
         line='4,0.17266,0.177634,0.625,0.001',
         want={}, optional={"TrainLoss": 0.17266, "ValLoss": 0.177634}),
    # ---------------------------------------------------------------- Moirai time-series foundation model fine-tune (logging module): the negative log-likelihood loss is below zero
    dict(fw='ad-hoc logging loop (Moirai)', src='https://github.com/djBrandy/finetune_moirai/blob/b5a28ad16bfe405d9a41385751d5788d9559c6ae/logs/finetune.log',
         line='2026-07-28 17:53:10,397 INFO   step 100 loss=-64.720345',
         want={"Step": 100, "TrainLoss": -64.720345}),
    dict(fw='ad-hoc logging loop (Moirai)', src='https://github.com/djBrandy/finetune_moirai/blob/b5a28ad16bfe405d9a41385751d5788d9559c6ae/logs/finetune.log',
         line='2026-07-31 10:03:40,632 INFO   step 400 loss=-94.766228',
         want={"Step": 400, "TrainLoss": -94.766228}),
    # ---------------------------------------------------------------- spatial-omics graph model fine-tune (T-GRAASP, custom loop): weighted total loss with its reconstruction and MSE parts
    dict(fw='ad-hoc print loop', src='https://github.com/caofy0307/T-GRAASP/blob/88da60d6a645a569fdc3ee32cc2727a9bca93ea2/logs/finetune.log',
         line='12:57:06  [FT] Ep 001 | Loss 1.6623 (R:116.3440 M:0.8017) | Corr 0.1687 | AUC 0.6254 | LR 1.00e-04',
         want={"TrainLoss": 1.6623}),
    dict(fw='ad-hoc print loop', src='https://github.com/caofy0307/T-GRAASP/blob/88da60d6a645a569fdc3ee32cc2727a9bca93ea2/logs/finetune.log',
         line='12:57:35  [FT] Ep 002 | Loss 6.4477 (R:451.2732 M:5.2365) | Corr 0.1679 | AUC 0.6254 | LR 1.00e-04',
         want={"TrainLoss": 6.4477}),
    # ---------------------------------------------------------------- Firefly QLoRA SFT (HF Trainer log dicts without grad_norm, older transformers)
    dict(fw='HF Trainer', src='https://github.com/yangjianxin1/Firefly/issues/210',
         line="{'loss': 3.2572, 'learning_rate': 0.0002, 'epoch': 0.09}",
         want={"TrainLoss": 3.2572}),
    dict(fw='HF Trainer', src='https://github.com/yangjianxin1/Firefly/issues/210',
         line="{'loss': 1.4552, 'learning_rate': 0.0002, 'epoch': 0.46}",
         want={"TrainLoss": 1.4552}),
    # ---------------------------------------------------------------- mlx-vlm LoRA trainer (mlx-lm style report line)
    dict(fw='MLX (mlx-vlm)', src='https://github.com/Blaizzy/mlx-vlm/pull/261',
         line='Iter 10: Train loss 3.438, Learning Rate 1.000e-04, It/sec 0.307, Tokens/sec 301.622, Trained Tokens 9817, Peak mem 22.427 GB',
         want={"Step": 10, "TrainLoss": 3.438, "IterationsPerSecond": 0.307, "TokensPerSecond": 301.622}),
]
