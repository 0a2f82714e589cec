# A seventeenth blind held-out set of progress lines for the AI-training pack,
# collected on 2026-12-07 (UTC evening). Most lines come from training logs
# that people committed to their repositories (train.log, training.log,
# train_log.txt, training_log.txt, log_train.txt, log/log.txt, run.log,
# train.out, nohup.out, metrics.json, metrics.jsonl, main.log and similar),
# read from the repository at the commit named in `src`; one log (a run.log
# with `\r` progress refreshes and CRLF line ends) was checked byte for byte in
# a clone of its repository. Fifteen lines were copied verbatim from public
# GitHub issues and pull requests in which users pasted part of a training
# log, and `src` then names the thread. No source (repository file, issue or
# pull request) used in heldout.py, fresh.py, devset.py, devset2.py or
# blind.py .. blind16.py was taken again; the issue threads from trackers of
# repositories used before are new threads, and every committed log comes
# from a repository no earlier set used. At most five lines come from one
# source. The set was written without looking at the pack or its tests, each
# expectation decided from what the line itself prints, and it was frozen
# before it was scored even once.
# Same fields as heldout.py: the framework, where the line was seen, the line
# as printed (tabs, the `\r` that starts a progress-bar refresh, ANSI escapes
# and leading or trailing blanks kept), the progress metrics it must yield
# (`want`) and metrics it may yield or not (`optional`: an in-epoch batch
# counter, a tqdm bar's rate, a time whose unit or span the line does not
# print, a running or whole-run average next to a per-step value, a loss
# whose meaning the line leaves open). `want={}` marks a line that holds no
# training progress: the pack stays quiet. StepTime is in milliseconds. A NaN
# or inf value yields no metric.

CASES = [
    # ---------------------------------------------------------------- my-torch (hand-written PyTorch LM trainer, train.log): step | loss | grad_norm | lr | time in ms
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/1611Dhruv/my-torch/blob/444f3f5c9af4dc4788570ce912d5373ca7171fd0/train.log',
         line='step: 0 | loss: 6.55436 | grad_norm: 4.26046 | lr: 5e-06 | time: 5075ms',
         want={"Step": 0, "TrainLoss": 6.55436, "GradNorm": 4.26046, "StepTime": 5075}),
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/1611Dhruv/my-torch/blob/444f3f5c9af4dc4788570ce912d5373ca7171fd0/train.log',
         line='step: 735 | loss: 0.989474 | grad_norm: 0.468145 | lr: 0.000817039 | time: 5176ms',
         want={"Step": 735, "TrainLoss": 0.989474, "GradNorm": 0.468145, "StepTime": 5176}),
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/1611Dhruv/my-torch/blob/444f3f5c9af4dc4788570ce912d5373ca7171fd0/train.log',
         line='step: 555 | loss: 1.2429 | grad_norm: 0.512264 | lr: 0.000915895 | time: 5227ms',
         want={"Step": 555, "TrainLoss": 1.2429, "GradNorm": 0.512264, "StepTime": 5227}),
    # ---------------------------------------------------------------- MobileNetV2 2D face-liveness classifier (ad-hoc loop, train.log)
    # a running train loss printed every few batches, no step counter
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/Aruen24/mobilenetv2-pytorch-2dliveness/blob/2318099e6e0533c30037ab08315d1e74267eb138/train.log',
         line='Epoch: 1| train loss: 0.5644293498992919',
         want={"TrainLoss": 0.5644293498992919}),
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/Aruen24/mobilenetv2-pytorch-2dliveness/blob/2318099e6e0533c30037ab08315d1e74267eb138/train.log',
         line='Epoch: 22| train loss: 0.0016118312116486777',
         want={"TrainLoss": 0.0016118312116486777}),
    # the validation accuracy of the epoch: no loss, no speed
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/Aruen24/mobilenetv2-pytorch-2dliveness/blob/2318099e6e0533c30037ab08315d1e74267eb138/train.log',
         line='Epoch 1: Val acc is 86.0026235026235%',
         want={}),
    # ---------------------------------------------------------------- TF-Slim (HashtagPrediction issue): global step, loss, sec/step
    dict(fw='TF-Slim', src='https://github.com/ardiya/HashtagPrediction/issues/6',
         line='INFO:tensorflow:global step 2454: loss = 0.6953 (1.61 sec/step)',
         want={"Step": 2454, "TrainLoss": 0.6953, "StepTime": 1610}),
    # a NaN loss: the step and its time still count
    dict(fw='TF-Slim', src='https://github.com/ardiya/HashtagPrediction/issues/6',
         line='INFO:tensorflow:global step 2458: loss = nan (2.34 sec/step)',
         want={"Step": 2458, "StepTime": 2340}),
    # ---------------------------------------------------------------- Tensor2Tensor (TF Estimator hooks)
    # the time is for the span of steps since the last report, its length not printed
    dict(fw='Tensor2Tensor', src='https://github.com/tensorflow/tensor2tensor/issues/106',
         line='INFO:tensorflow:loss = 1.8717, step = 31601 (182.200 sec)',
         want={"TrainLoss": 1.8717, "Step": 31601}),
    dict(fw='Tensor2Tensor', src='https://github.com/tensorflow/tensor2tensor/issues/106',
         line='INFO:tensorflow:Saving checkpoints for 31622 into /home/minjoong/t2t_train/koen_tokens_32k/transformer-transformer_big/margin/model.ckpt.',
         want={}),
    dict(fw='Tensor2Tensor', src='https://github.com/tensorflow/tensor2tensor/issues/106',
         line='ERROR:tensorflow:Model diverged with loss = NaN.',
         want={}),
    # ---------------------------------------------------------------- 3DThinker (HF Trainer subclass printing its own loss parts)
    dict(fw='HF Trainer (custom print)', src='https://github.com/zhangquanchen/3DThinker/issues/21',
         line='Step 0: CE Loss: 1.5764, Sim Loss: 3.3481, Total Loss: 3.5058',
         want={"Step": 0, "TrainLoss": 3.5058}),
    dict(fw='HF Trainer (custom print)', src='https://github.com/zhangquanchen/3DThinker/issues/21',
         line='Step 2: CE Loss: 1.7132, Sim Loss: 7.8578, Total Loss: 8.0291',
         want={"Step": 2, "TrainLoss": 8.0291}),
    # ---------------------------------------------------------------- axolotl DPO-style (SPPO) run: the trainer's log dict
    dict(fw='axolotl', src='https://github.com/axolotl-ai-cloud/axolotl/pull/1735',
         line="{'loss': 0.4766, 'grad_norm': 5.125, 'learning_rate': 0.00015594912061278626, 'rewards/chosen': -1.9593877792358398, 'rewards/rejected': -3.4484448432922363, 'rewards/accuracies': 0.5, 'rewards/margins': 1.4890570640563965, 'logps/rejected': -156.06246948242188, 'logps/chosen': -163.50051879882812, 'logits/rejected': -0.08261816203594208, 'logits/chosen': 0.01163027435541153, 'epoch': 1.0}",
         want={"TrainLoss": 0.4766, "GradNorm": 5.125}),
    # ---------------------------------------------------------------- fairseq-lua (Lua fairseq): per-interval and checkpoint lines
    dict(fw='fairseq-lua', src='https://github.com/facebookresearch/fairseq-lua/issues/26',
         line='| epoch 019 | 0161656 updates | words/s   14482| trainloss     1.94 | train ppl     3.84',
         want={"TrainLoss": 1.94, "TokensPerSecond": 14482}, optional={"Step": 161656}),
    # the validation line at a checkpoint: valid and test losses, no train loss
    dict(fw='fairseq-lua', src='https://github.com/facebookresearch/fairseq-lua/issues/26',
         line='| checkpoint 020 | epoch 020 | 0161680 updates | validloss     4.36 | valid ppl    20.55 | testloss     4.40 | test ppl    21.16',
         want={"ValLoss": 4.36}, optional={"Step": 161680}),
    dict(fw='fairseq-lua', src='https://github.com/facebookresearch/fairseq-lua/issues/26',
         line='| checkpoint 020 | epoch 020 | 0161680 updates | saved model to blstm/model_epoch20.th7',
         want={}, optional={"Step": 161680}),
    # ---------------------------------------------------------------- DAMSL (MAML meta-learning for dialogue state tracking, train.log)
    dict(fw='ad-hoc PyTorch loop (MAML)', src='https://github.com/ANarayan/DAMSL-CS224N-FinalProject/blob/20698e6cd2af44ae8bb501dc3530e0fc77352b16/train.log',
         line='2020-03-08 21:18:38,256:INFO: Meta batch loss: 234.57298278808594',
         want={"TrainLoss": 234.57298278808594}),
    dict(fw='ad-hoc PyTorch loop (MAML)', src='https://github.com/ANarayan/DAMSL-CS224N-FinalProject/blob/20698e6cd2af44ae8bb501dc3530e0fc77352b16/train.log',
         line='2020-03-08 23:52:27,796:INFO: Meta batch loss: 149.16607666015625',
         want={"TrainLoss": 149.16607666015625}),
    # the evaluation pass after a meta epoch
    dict(fw='ad-hoc PyTorch loop (MAML)', src='https://github.com/ANarayan/DAMSL-CS224N-FinalProject/blob/20698e6cd2af44ae8bb501dc3530e0fc77352b16/train.log',
         line='2020-03-08 23:36:50,054:INFO: Average Evaluation Loss: 9.807043074945438',
         want={"ValLoss": 9.807043074945438}),
    dict(fw='ad-hoc PyTorch loop (MAML)', src='https://github.com/ANarayan/DAMSL-CS224N-FinalProject/blob/20698e6cd2af44ae8bb501dc3530e0fc77352b16/train.log',
         line='2020-03-08 23:45:32,712:INFO: - Found new best loss',
         want={}),
    # ---------------------------------------------------------------- CausalHTP (trajectory prediction, AverageMeter print, train.log)
    # [10/44] counts batches of the epoch; the bracketed value is the running average
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/CHENGY12/CausalHTP/blob/aab115946c370357e151421059c7e29ce0cbe909/train.log',
         line='2021-07-29 14:38:40,512:INFO: Epoch: [0][ 0/44]\tLoss 5.711065 (5.711065)',
         want={"TrainLoss": 5.711065}, optional={"Step": 0}),
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/CHENGY12/CausalHTP/blob/aab115946c370357e151421059c7e29ce0cbe909/train.log',
         line='2021-07-29 14:39:30,438:INFO: Epoch: [20][10/44]\tLoss 0.057032 (0.036348)',
         want={"TrainLoss": 0.057032}, optional={"Step": 10}),
    # ---------------------------------------------------------------- rsl_rl PPO runner (Isaac Lab issue): the iteration block, one record a line
    dict(fw='rsl_rl (Isaac Lab)', src='https://github.com/isaac-sim/IsaacLab/issues/5084',
         line='                            Learning iteration 1/10                              ',
         want={}, optional={"Step": 1}),
    # environment steps per second: a throughput whose unit (env steps) is neither tokens nor samples of a batch
    dict(fw='rsl_rl (Isaac Lab)', src='https://github.com/isaac-sim/IsaacLab/issues/5084',
         line='                       Steps per second: 1581 ',
         want={}, optional={"SamplesPerSecond": 1581}),
    # the value-function loss of PPO
    dict(fw='rsl_rl (Isaac Lab)', src='https://github.com/isaac-sim/IsaacLab/issues/5084',
         line='                        Mean value loss: 19.6685',
         want={}, optional={"TrainLoss": 19.6685}),
    dict(fw='rsl_rl (Isaac Lab)', src='https://github.com/isaac-sim/IsaacLab/issues/5084',
         line='                         Iteration time: 0.16s',
         want={}, optional={"StepTime": 160}),
    # ---------------------------------------------------------------- Poker DQN (ad-hoc RL loop, training.log): episode rewards only
    # an episode counter, average reward, exploration rate: no loss, no optimizer step
    dict(fw='ad-hoc DQN loop', src='https://github.com/AashishH15/PokerRL-Deep-Q-Network/blob/1640f1aa985d712647fa7148302e8e85e3b5c7ba/training.log',
         line='INFO:root:Episode 10 | Avg Reward: 8.45 | Epsilon: 0.990 | Win Rate: 0.45%',
         want={}, optional={"Step": 10}),
    # ---------------------------------------------------------------- CE-AIS (energy-based scorer, key=value logger, logs/train.log)
    # step counts on across epochs
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/Forget1015/ce-ais/blob/4331209e9cfae69a4651aa8aafeb547ec5b69781/logs/train.log',
         line='2026-05-06 16:09:06 | INFO | epoch=0 step=10 loss=0.116454 lr=1.00e-04 mem=210.6MB',
         want={"Step": 10, "TrainLoss": 0.116454}),
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/Forget1015/ce-ais/blob/4331209e9cfae69a4651aa8aafeb547ec5b69781/logs/train.log',
         line='2026-05-06 16:28:34 | INFO | epoch=4 step=780 loss=0.000000 lr=1.00e-04 mem=158.0MB',
         want={"Step": 780, "TrainLoss": 0.0}),
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/Forget1015/ce-ais/blob/4331209e9cfae69a4651aa8aafeb547ec5b69781/logs/train.log',
         line='2026-05-06 16:25:34 | INFO | epoch=3 step=620 loss=0.496927 lr=1.00e-04 mem=158.0MB',
         want={"Step": 620, "TrainLoss": 0.496927}),
    # the energy margins of the epoch: no loss
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/Forget1015/ce-ais/blob/4331209e9cfae69a4651aa8aafeb547ec5b69781/logs/train.log',
         line='2026-05-06 16:16:45 | INFO | energy_epoch=0 pos=-5.9820 neg=2.3047 margin=8.2867',
         want={}),
    # ---------------------------------------------------------------- mDeBERTa cultural classifier (HF Trainer, k-fold, training.log)
    # the whole-run loss of a fold's training
    dict(fw='HF Trainer', src='https://github.com/ArchitRastogi20/cultural-specificity-classifier/blob/c01609b11f5b07d1adbec2a8cb2dd24c280394f9/training.log',
         line='2025-10-10 08:50:40,673 - INFO - Training completed. Final loss: 0.4849',
         want={}, optional={"TrainLoss": 0.4849}),
    # the evaluation throughput is no training speed
    dict(fw='HF Trainer', src='https://github.com/ArchitRastogi20/cultural-specificity-classifier/blob/c01609b11f5b07d1adbec2a8cb2dd24c280394f9/training.log',
         line='2025-10-10 08:50:49,788 - INFO -   eval_samples_per_second       : 137.7320',
         want={}),
    # ---------------------------------------------------------------- sploosh (LoRA adapter on a streamed 1T-parameter MoE, train.out): one very slow step
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/RohanAdwankar/sploosh/blob/42e9f3ff3066ff7ba2e30c9161bc6c207c777af6/train.out',
         line='step 0 loss 1.8756 forward 3002s',
         want={"Step": 0, "TrainLoss": 1.8756}),
    # the whole step, forward and backward: 6928 s
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/RohanAdwankar/sploosh/blob/42e9f3ff3066ff7ba2e30c9161bc6c207c777af6/train.out',
         line='step 0 done in 6928s total fetched 289.7 GB',
         want={"Step": 0, "StepTime": 6928000}),
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/RohanAdwankar/sploosh/blob/42e9f3ff3066ff7ba2e30c9161bc6c207c777af6/train.out',
         line='  backward layer 60 fetched 153.9 GB',
         want={}),
    # ---------------------------------------------------------------- build-nanogpt style log file (log/log.txt): "<step> <kind> <value>"
    # the leading integer is the step, unlabeled
    dict(fw='nanoGPT fork (build-nanogpt)', src='https://github.com/AaronConnolly/LLM_From_Scratch/blob/8e72135c2675db2137d2da7ac2d9d4360278ac8e/log/log.txt',
         line='0 val 10.8677',
         want={"ValLoss": 10.8677}, optional={"Step": 0}),
    # HellaSwag accuracy: no loss
    dict(fw='nanoGPT fork (build-nanogpt)', src='https://github.com/AaronConnolly/LLM_From_Scratch/blob/8e72135c2675db2137d2da7ac2d9d4360278ac8e/log/log.txt',
         line='0 hella 0.2578',
         want={}, optional={"Step": 0}),
    dict(fw='nanoGPT fork (build-nanogpt)', src='https://github.com/AaronConnolly/LLM_From_Scratch/blob/8e72135c2675db2137d2da7ac2d9d4360278ac8e/log/log.txt',
         line='12 train 10.719904',
         want={"TrainLoss": 10.719904}, optional={"Step": 12}),
    dict(fw='nanoGPT fork (build-nanogpt)', src='https://github.com/AGNDM/build-nanogpt/blob/76892e505c26317c5f3ad8961c7d9a07127c0f84/log/log.txt',
         line='93 train 7.314375',
         want={"TrainLoss": 7.314375}, optional={"Step": 93}),
    # ---------------------------------------------------------------- PlaneWar PPO (ad-hoc RL, log/log.txt): evaluation rewards, tab-separated
    dict(fw='ad-hoc PPO loop', src='https://github.com/1314941/PlaneWar_PPO/blob/f878dd4dd6619ead2b463d63a29449bb1557dfdf/log/log.txt',
         line=' evaluate_num:1 \t average_reward:433.00606882067257 \t',
         want={}),
    # ---------------------------------------------------------------- RANZCR catheter classifier (reid-strong-baseline style trainer, log/log.txt)
    # Iteration[50/3385] counts batches of the epoch
    dict(fw='ad-hoc PyTorch trainer (strong-baseline style)', src='https://github.com/1490780232/ranzcr_clip_catether_line_classifiation/blob/7bf8c1ccb3aa051cfed5f9c73b6f4b2203d68ab8/log/log.txt',
         line='2021-02-09 09:54:45,481 baseline.train INFO: Epoch[1] Iteration[50/3385] Loss: 0.456, Acc: 0.887, Base Lr: 3.82e-05',
         want={"TrainLoss": 0.456}, optional={"Step": 50}),
    dict(fw='ad-hoc PyTorch trainer (strong-baseline style)', src='https://github.com/1490780232/ranzcr_clip_catether_line_classifiation/blob/7bf8c1ccb3aa051cfed5f9c73b6f4b2203d68ab8/log/log.txt',
         line='2021-02-09 12:44:43,637 baseline.train INFO: Epoch[2] Iteration[600/3385] Loss: 0.227, Acc: 0.904, Base Lr: 7.28e-05',
         want={"TrainLoss": 0.227}, optional={"Step": 600}),
    # the epoch summary: time per batch and speed averaged over the whole epoch
    dict(fw='ad-hoc PyTorch trainer (strong-baseline style)', src='https://github.com/1490780232/ranzcr_clip_catether_line_classifiation/blob/7bf8c1ccb3aa051cfed5f9c73b6f4b2203d68ab8/log/log.txt',
         line='2021-02-09 12:21:57,337 baseline.train INFO: Epoch 1 done. Time per batch: 2.648[s] Speed: 3.0[samples/s]',
         want={}, optional={"StepTime": 2648, "SamplesPerSecond": 3.0}),
    # ---------------------------------------------------------------- QLoRA run (HF Trainer, output/metrics.json): the whole-run summary record
    dict(fw='HF Trainer', src='https://github.com/JustinBStrong/qlora/blob/12cde7c4d4db58920cad257ce669eab6d52cdae0/output/metrics.json',
         line='{"run_name": "./output", "train_runtime": 952.6289, "train_samples_per_second": 1.68, "train_steps_per_second": 0.105, "train_loss": 15.310873765945434, "epoch": 80.0}',
         want={}, optional={"TrainLoss": 15.310873765945434, "SamplesPerSecond": 1.68, "IterationsPerSecond": 0.105}),
    # ---------------------------------------------------------------- detectron2 Mask R-CNN fine-tune (output/metrics.json, one JSON record a line)
    # iteration is the global iteration; time is seconds per iteration, the unit not written in the record
    dict(fw='detectron2', src='https://github.com/Hibikino-Toms-Robot/segmentation_code_for_detectron/blob/732ee1acf93d05b4b6e1e4487199b27e900d647f/output/metrics.json',
         line='{"data_time": 0.0028186269992147572, "eta_seconds": 222.72599783929763, "fast_rcnn/cls_accuracy": 0.1953125, "fast_rcnn/false_negative": 0.0186932215234102, "fast_rcnn/fg_cls_accuracy": 0.1381091101694915, "iteration": 19, "loss_box_reg": 0.9023325443267822, "loss_cls": 1.6114065647125244, "loss_mask": 0.6840481162071228, "loss_rpn_cls": 0.0026246168417856097, "loss_rpn_loc": 0.004177637631073594, "lr": 9.7405e-06, "mask_rcnn/accuracy": 0.8168556116432422, "mask_rcnn/false_negative": 0.12750563204437154, "mask_rcnn/false_positive": 0.2915899397036108, "roi_head/num_bg_samples": 97.25, "roi_head/num_fg_samples": 30.75, "rpn/num_neg_anchors": 245.5, "rpn/num_pos_anchors": 10.5, "time": 0.46401249549853674, "total_loss": 3.183725199472974}',
         want={"Step": 19, "TrainLoss": 3.183725199472974}, optional={"StepTime": 464.01249549853674}),
    dict(fw='detectron2', src='https://github.com/Hibikino-Toms-Robot/segmentation_code_for_detectron/blob/732ee1acf93d05b4b6e1e4487199b27e900d647f/output/metrics.json',
         line='{"data_time": 0.0031997709993447643, "eta_seconds": 102.3122863000026, "fast_rcnn/cls_accuracy": 0.9296875, "fast_rcnn/false_negative": 0.01707175925925926, "fast_rcnn/fg_cls_accuracy": 0.7468171296296297, "iteration": 299, "loss_box_reg": 0.1976848989725113, "loss_cls": 0.20473232865333557, "loss_mask": 0.1298181563615799, "loss_rpn_cls": 1.8081832990901603e-06, "loss_rpn_loc": 0.007155830040574074, "lr": 0.0001496005, "mask_rcnn/accuracy": 0.9395570986354447, "mask_rcnn/false_negative": 0.041035052838948566, "mask_rcnn/false_positive": 0.13732167782472932, "roi_head/num_bg_samples": 96.0, "roi_head/num_fg_samples": 32.0, "rpn/num_neg_anchors": 244.75, "rpn/num_pos_anchors": 11.25, "time": 0.5942490819979867, "total_loss": 0.5478032286799248}',
         want={"Step": 299, "TrainLoss": 0.5478032286799248}, optional={"StepTime": 594.2490819979867}),
    dict(fw='detectron2', src='https://github.com/Hibikino-Toms-Robot/segmentation_code_for_detectron/blob/732ee1acf93d05b4b6e1e4487199b27e900d647f/output/metrics.json',
         line='{"data_time": 0.0031647559990233276, "eta_seconds": 167.96502911012794, "fast_rcnn/cls_accuracy": 0.814453125, "fast_rcnn/false_negative": 0.47073863636363633, "fast_rcnn/fg_cls_accuracy": 0.2204861111111111, "iteration": 159, "loss_box_reg": 0.8586568236351013, "loss_cls": 0.45390692353248596, "loss_mask": 0.27618473768234253, "loss_rpn_cls": 0.00010205516446148977, "loss_rpn_loc": 0.003975940868258476, "lr": 7.967050000000001e-05, "mask_rcnn/accuracy": 0.9006297831632653, "mask_rcnn/false_negative": 0.041712504025178045, "mask_rcnn/false_positive": 0.33633995973823627, "roi_head/num_bg_samples": 96.0, "roi_head/num_fg_samples": 32.0, "rpn/num_neg_anchors": 244.5, "rpn/num_pos_anchors": 11.5, "time": 0.5105953975016746, "total_loss": 1.587857329461258}',
         want={"Step": 159, "TrainLoss": 1.587857329461258}, optional={"StepTime": 510.5953975016746}),
    # ---------------------------------------------------------------- robot grasping demo (Ultralytics YOLO inference inside a robot loop, output/log.txt): no training
    dict(fw='Ultralytics YOLO (inference)', src='https://github.com/CedricKai/robot_grasp/blob/7a5592f0d873f3ca2fc9f8babaf1bf589d99754f/output/log.txt',
         line='Speed: 2.0ms preprocess, 77.2ms inference, 2.0ms postprocess per image at shape (1, 3, 480, 640)',
         want={}),
    # ---------------------------------------------------------------- Aria (char-level transformer on Shakespeare, ad-hoc loop, train_log.txt)
    # the seconds are wall time since the start, not a step time
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/EmilK008/Aria/blob/a9d4e293175f39693c961e906b9b32c6dc9e737f/train_log.txt',
         line='  step     1 | train 3.572 | val 3.603 | 3s elapsed',
         want={"Step": 1, "TrainLoss": 3.572, "ValLoss": 3.603}),
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/EmilK008/Aria/blob/a9d4e293175f39693c961e906b9b32c6dc9e737f/train_log.txt',
         line='  step  2750 | train 0.975 | val 1.514 | 268s elapsed',
         want={"Step": 2750, "TrainLoss": 0.975, "ValLoss": 1.514}),
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/EmilK008/Aria/blob/a9d4e293175f39693c961e906b9b32c6dc9e737f/train_log.txt',
         line='  step  1000 | train 1.362 | val 1.573 | 102s elapsed',
         want={"Step": 1000, "TrainLoss": 1.362, "ValLoss": 1.573}),
    # ---------------------------------------------------------------- ConcatBERT (MM-IMDb multimodal classifier, ad-hoc loop, train_log.txt)
    # Batch 100/972 counts batches of the epoch; the time per batch is labeled in ms
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/IsaacRodgz/ConcatBERT/blob/02633cacc239d9d77190ba9a9527607bd37d4bc2/train_log.txt',
         line='Epoch  1 | Batch 100/972 | Time/Batch(ms) 691.84 | Train Loss 0.7241',
         want={"TrainLoss": 0.7241, "StepTime": 691.84}, optional={"Step": 100}),
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/IsaacRodgz/ConcatBERT/blob/02633cacc239d9d77190ba9a9527607bd37d4bc2/train_log.txt',
         line='Epoch  3 | Batch 600/972 | Time/Batch(ms) 780.02 | Train Loss 0.5350',
         want={"TrainLoss": 0.535, "StepTime": 780.02}, optional={"Step": 600}),
    # the epoch summary: the train loss is the epoch average, the time the whole epoch's
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/IsaacRodgz/ConcatBERT/blob/02633cacc239d9d77190ba9a9527607bd37d4bc2/train_log.txt',
         line='Epoch  1 | Time 1041.3202 sec | Train Acc 21.7959 | Train Loss 0.6782 | Valid Loss 0.6181',
         want={"ValLoss": 0.6181}, optional={"TrainLoss": 0.6782}),
    # ---------------------------------------------------------------- darknet (AlexeyAB/pjreddie YOLOv3 training, train_log.txt)
    # "<iteration>: <loss>, <avg loss> avg, <lr> rate, <seconds for this iteration> seconds, <images seen> images"
    dict(fw='darknet', src='https://github.com/Idolphint/Vehicle-Object-Detection/blob/6778a8a85b8ddb37a23125fb41188945755ac739/train_log.txt',
         line='48101: 0.285852, 0.285852 avg, 0.000010 rate, 30.856258 seconds, 1539232 images',
         want={"Step": 48101, "TrainLoss": 0.285852, "StepTime": 30856.258}),
    # per-layer detection statistics; the -nan values are no loss
    dict(fw='darknet', src='https://github.com/Idolphint/Vehicle-Object-Detection/blob/6778a8a85b8ddb37a23125fb41188945755ac739/train_log.txt',
         line='Region 82 Avg IOU: -nan, Class: -nan, Obj: -nan, No Obj: 0.000004, .5R: -nan, .75R: -nan,  count: 0',
         want={}),
    # ---------------------------------------------------------------- audio source separation (Demucs-style solver, train_log.txt; every line starts with "- ")
    # 143/573 counts batches of the epoch; "Grad" is the gradient norm
    dict(fw='Demucs-style solver', src='https://github.com/ApiaoSamaa/audio_sep/blob/b324f9cc650822f6b5de35a976f340e1f3437c94/train_log.txt',
         line='- Train | Epoch 1 | 143/573 | 1.45 it/sec | Loss 0.2343 | Reco 0.2312 | Grad 0.1202 | Penalty 304.120',
         want={"TrainLoss": 0.2343, "IterationsPerSecond": 1.45}, optional={"Step": 143, "GradNorm": 0.1202}),
    # a validation batch: the loss is a validation loss and the rate is no training speed
    dict(fw='Demucs-style solver', src='https://github.com/ApiaoSamaa/audio_sep/blob/b324f9cc650822f6b5de35a976f340e1f3437c94/train_log.txt',
         line='- Valid | Epoch 3 | 2/3 | 0.39 it/sec | Loss 0.1820 | Reco 0.1820 | Nsdr 5.027',
         want={"ValLoss": 0.182}),
    dict(fw='Demucs-style solver', src='https://github.com/ApiaoSamaa/audio_sep/blob/b324f9cc650822f6b5de35a976f340e1f3437c94/train_log.txt',
         line='- Valid Summary | Epoch 2 | Loss=0.2016 | Reco=0.2016 | Nsdr=3.261 | Best=0.2016 | Bname=main | Penal69.4638',
         want={"ValLoss": 0.2016}),
    # the epoch average of the training loss
    dict(fw='Demucs-style solver', src='https://github.com/ApiaoSamaa/audio_sep/blob/b324f9cc650822f6b5de35a976f340e1f3437c94/train_log.txt',
         line='- Train Summary | Epoch 4 | Loss=0.1410 | Reco=0.1380 | Grad=0.1088 | Penalty=291.3485',
         want={}, optional={"TrainLoss": 0.141, "GradNorm": 0.1088}),
    # ---------------------------------------------------------------- Ultralytics 8.4 YOLOv8-seg (new one-line progress rows, train_log.txt)
    dict(fw='Ultralytics YOLO', src='https://github.com/12345678998765432112/steel_det_project/blob/b15afa06bcd3402f2fd0e2d9690307ea4617e8c7/train_log.txt',
         line='      Epoch    GPU_mem   box_loss   seg_loss   cls_loss   dfl_loss   sem_loss  Instances       Size',
         want={}),
    # ---------------------------------------------------------------- Z-GED (circuit sequence decoder, ad-hoc loop, train_log.txt): epoch summaries
    # cross-entropy is one part of a loss that also has KL and pole terms
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/EasonLi292/Z-GED/blob/23fb68fed66ab2a0b8fc6623886c26f56e2d4fcf/train_log.txt',
         line='  Train - CE: 0.9504, KL: 2.6460, pole: 0.1131, acc: 74.4%',
         want={}, optional={"TrainLoss": 0.9504}),
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/EasonLi292/Z-GED/blob/23fb68fed66ab2a0b8fc6623886c26f56e2d4fcf/train_log.txt',
         line='  Val   - CE: 0.1910, KL: 3.3679, pole: 0.0480, acc: 95.0%',
         want={}, optional={"ValLoss": 0.191}),
    # the checkpoint kept for the best validation loss
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/EasonLi292/Z-GED/blob/23fb68fed66ab2a0b8fc6623886c26f56e2d4fcf/train_log.txt',
         line='  -> Saved best (loss: 0.2407)',
         want={}, optional={"ValLoss": 0.2407}),
    # ---------------------------------------------------------------- autoresearch fork on an RTX 4070 (nanochat-style train.py, run.log)
    # each refresh starts with \r and ends with four blanks; dt is the step time, lrm a learning-rate multiplier
    dict(fw='autoresearch (nanochat-style loop)', src='https://github.com/alexmorleyfinch/autoresearch-win-rtx/blob/83087c5743070056ca6f189dbcd9330809f95c8c/run.log',
         line='\rstep 00001 (0.0%) | loss: 8.451883 | lrm: 1.00 | dt: 11847ms | tok/sec: 44,256 | mfu: 12.2% | epoch: 1 | remaining: 300s    ',
         want={"Step": 1, "TrainLoss": 8.451883, "StepTime": 11847, "TokensPerSecond": 44256}),
    dict(fw='autoresearch (nanochat-style loop)', src='https://github.com/alexmorleyfinch/autoresearch-win-rtx/blob/83087c5743070056ca6f189dbcd9330809f95c8c/run.log',
         line='\rstep 00027 (63.2%) | loss: 3.424124 | lrm: 0.92 | dt: 11872ms | tok/sec: 44,161 | mfu: 12.2% | epoch: 1 | remaining: 98s    ',
         want={"Step": 27, "TrainLoss": 3.424124, "StepTime": 11872, "TokensPerSecond": 44161}),
    # the first step, before the learning-rate schedule and timing settle
    dict(fw='autoresearch (nanochat-style loop)', src='https://github.com/alexmorleyfinch/autoresearch-win-rtx/blob/83087c5743070056ca6f189dbcd9330809f95c8c/run.log',
         line='\rstep 00000 (0.0%) | loss: 9.010729 | lrm: 1.00 | dt: 12071ms | tok/sec: 43,435 | mfu: 12.0% | epoch: 1 | remaining: 300s    ',
         want={"Step": 0, "TrainLoss": 9.010729, "StepTime": 12071, "TokensPerSecond": 43435}),
    # the final evaluation in bits per byte, on its own line after the run
    dict(fw='autoresearch (nanochat-style loop)', src='https://github.com/alexmorleyfinch/autoresearch-win-rtx/blob/83087c5743070056ca6f189dbcd9330809f95c8c/run.log',
         line='val_bpb:          0.855121',
         want={}, optional={"ValLoss": 0.855121}),
    # the length of the whole training phase
    dict(fw='autoresearch (nanochat-style loop)', src='https://github.com/alexmorleyfinch/autoresearch-win-rtx/blob/83087c5743070056ca6f189dbcd9330809f95c8c/run.log',
         line='training_seconds: 308.4',
         want={}),
    # ---------------------------------------------------------------- phi-4-mini local digest (LLM inference progress, run.log): no training
    # token counts and wall time of one generation request
    dict(fw='ad-hoc LLM inference script', src='https://github.com/alimq/phi4mini-local-test/blob/7f66a7cd0bdc42e6b3f4574572217ea01a833bc8/run.log',
         line='{"label": "evidence 2/4", "prompt_tokens": 1752, "output_tokens": 203, "total_s": 56.607218541}',
         want={}),
    # ---------------------------------------------------------------- CVND image captioning (CNN encoder + LSTM decoder, training_log.txt)
    # Step [100/12942] counts batches of the epoch
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/985sway/Image-Captioning/blob/b9e6a4f35321fc5248ccb3db32573b5fbfc9ee50/training_log.txt',
         line='Epoch [1/5], Step [1/12942], Loss: 9.2097, Perplexity: 9993.2515',
         want={"TrainLoss": 9.2097}, optional={"Step": 1}),
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/985sway/Image-Captioning/blob/b9e6a4f35321fc5248ccb3db32573b5fbfc9ee50/training_log.txt',
         line='Epoch [1/5], Step [159/12942], Loss: 2.9414, Perplexity: 18.9423',
         want={"TrainLoss": 2.9414}, optional={"Step": 159}),
    # ---------------------------------------------------------------- EstraNet (side-channel transformer, training_log.txt): a config dump
    dict(fw='EstraNet (TF)', src='https://github.com/1eftone/EstraNet/blob/a88cd968f5a15ebf5ff469a3f6124d0332054ed0/training_log.txt',
         line='TRAIN_STEPS=400000',
         want={}),
    # ---------------------------------------------------------------- seq2seq encoder-decoder (ad-hoc loop, training_log.txt)
    # the iteration is the optimizer step; a gradient norm of exactly zero
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/AntitheticalElysium/Encoder-Decoder/blob/6dc2ecdf53e6a54e7681a6e40ab9cdc5438ea764/training_log.txt',
         line='Iteration 0/10000, Loss: 10.2616, Grad Norm: 0.0000',
         want={"Step": 0, "TrainLoss": 10.2616, "GradNorm": 0.0}),
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/AntitheticalElysium/Encoder-Decoder/blob/6dc2ecdf53e6a54e7681a6e40ab9cdc5438ea764/training_log.txt',
         line='Iteration 200/10000, Loss: 10.2131, Grad Norm: 0.0000',
         want={"Step": 200, "TrainLoss": 10.2131, "GradNorm": 0.0}),
    # ---------------------------------------------------------------- MEng project (training_log.txt holds bare numbers, one a line)
    # an unlabeled value: nothing on the line says it is a loss
    dict(fw='ad-hoc loop (bare print)', src='https://github.com/Abhinav-Muraleedharan/MEng-project/blob/d3640ddfd5073f57304771888b460f4645da26b2/training_log.txt',
         line='0.009844112396240234',
         want={}, optional={"TrainLoss": 0.009844112396240234}),
    # ---------------------------------------------------------------- Jelly (ad-hoc loop, training_log.txt): very large losses
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/Agonian-DB/Jelly/blob/2fbd252dd8b2563f6c2d6d313c8f19dfc4354d3b/training_log.txt',
         line='Epoch 1, Batch 3, Loss: 625879.0000',
         want={"TrainLoss": 625879.0}, optional={"Step": 3}),
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/Agonian-DB/Jelly/blob/2fbd252dd8b2563f6c2d6d313c8f19dfc4354d3b/training_log.txt',
         line='Epoch 1, Batch 1, Loss: 314500.0938',
         want={"TrainLoss": 314500.0938}, optional={"Step": 1}),
    # ---------------------------------------------------------------- SLM pre-training on a budget (metrics.jsonl): step, loss, cumulative tokens, spend
    # tokens is the running count of tokens seen, not a rate
    dict(fw='ad-hoc PyTorch loop (JSON lines)', src='https://github.com/akawslearn-ai/slm_training/blob/ef8f1bde6e4e6cfda18571986dbb363e8425e702/metrics.jsonl',
         line='{"step": 20, "loss": 8.560446739196777, "lr": 2.9884415999999995e-05, "tokens": 10485760, "usd": 0.0755}',
         want={"Step": 20, "TrainLoss": 8.560446739196777}),
    dict(fw='ad-hoc PyTorch loop (JSON lines)', src='https://github.com/akawslearn-ai/slm_training/blob/ef8f1bde6e4e6cfda18571986dbb363e8425e702/metrics.jsonl',
         line='{"step": 1520, "loss": 2.4251902103424072, "lr": 0.0005690979542760088, "tokens": 796917760, "usd": 3.9264}',
         want={"Step": 1520, "TrainLoss": 2.4251902103424072}),
    # ---------------------------------------------------------------- NeuroZip (byte-level compression LM, metrics.jsonl): losses in nats per byte next to bits-per-byte
    dict(fw='ad-hoc PyTorch loop (JSON lines)', src='https://github.com/Chickaboo/NeuroZip/blob/aca74b2d619065cd8d19f786724d4045237e56db/metrics.jsonl',
         line='{"elapsed_seconds": 39.06639050800004, "learning_rate": 0.0003, "step": 1, "train_bpb_estimate": 7.983440156496405, "train_loss_nats_per_byte": 5.533699035644531, "validation_bpb": 7.827465853713293, "validation_bytes": 1146846, "validation_loss_nats_per_byte": 5.425585887430614}',
         want={"Step": 1, "TrainLoss": 5.533699035644531, "ValLoss": 5.425585887430614}),
    dict(fw='ad-hoc PyTorch loop (JSON lines)', src='https://github.com/Chickaboo/NeuroZip/blob/aca74b2d619065cd8d19f786724d4045237e56db/metrics.jsonl',
         line='{"elapsed_seconds": 1439.3954020539998, "learning_rate": 0.0003, "step": 2000, "train_bpb_estimate": 1.8578573764534645, "train_loss_nats_per_byte": 1.2877686023712158, "validation_bpb": 1.841276502441036, "validation_bytes": 1146846, "validation_loss_nats_per_byte": 1.2762756162982813}',
         want={"Step": 2000, "TrainLoss": 1.2877686023712158, "ValLoss": 1.2762756162982813}),
    # ---------------------------------------------------------------- parlatent (looped transformer puzzle solver, runs/loop4/metrics.jsonl)
    # train_loss next to the per-loop losses it averages
    dict(fw='ad-hoc PyTorch loop (JSON lines)', src='https://github.com/6elphegor/parlatent/blob/e2db2208ba7fae9eb44fff92a92956b536b668d1/runs/loop4/metrics.jsonl',
         line='{"step": 50, "train_loss": 2.3817625045776367, "loop_losses": [2.388467311859131, 2.3814611434936523, 2.3790578842163086, 2.378063917160034]}',
         want={"Step": 50, "TrainLoss": 2.3817625045776367}),
    dict(fw='ad-hoc PyTorch loop (JSON lines)', src='https://github.com/6elphegor/parlatent/blob/e2db2208ba7fae9eb44fff92a92956b536b668d1/runs/loop4/metrics.jsonl',
         line='{"step": 1100, "train_loss": 0.2656574249267578, "loop_losses": [0.2929661273956299, 0.260620653629303, 0.25464481115341187, 0.2543981373310089]}',
         want={"Step": 1100, "TrainLoss": 0.2656574249267578}),
    # ---------------------------------------------------------------- MDLM fork (masked diffusion LM, metrics.jsonl): sample-quality evaluation only
    # generative perplexity of sampled text, MAUVE and diversity: no training loss
    dict(fw='MDLM (evaluation records)', src='https://github.com/Dont4rootMe/mdlm-fork/blob/9e40260b974b70f231226103bae314fed20eab02/metrics.jsonl',
         line='{"mauve": 0.875880859759683, "diversity": 0.5466610262191887, "gen_ppl": 38.46837615966797, "seed": 11, "checkpoint": "/mnt/virtual_ai0001071-01239_SR006-nfs2/afedorov/projects/mdlm-fork/weights/all_weights/ft_small_from_ckpt_small_cond_no_wrap_seqlen128_cond_dropout0.0/checkpoints/4-125000.ckpt"}',
         want={}),
    # ---------------------------------------------------------------- llm.c GPT-2 124M (CUDA, log124M/main.log): terse "s:<step> <key>:<value>" records
    # trl is the train loss, norm the gradient norm
    dict(fw='llm.c', src='https://github.com/SiddanthEmani/GPT-2-124M-CUDA/blob/3b89495908bd11902f4e8191eec84109a280c4cc/log124M/main.log',
         line='s:0 trl:11.0116 lr:0.000001 norm:14.96',
         want={"Step": 0, "TrainLoss": 11.0116, "GradNorm": 14.96}),
    dict(fw='llm.c', src='https://github.com/SiddanthEmani/GPT-2-124M-CUDA/blob/3b89495908bd11902f4e8191eec84109a280c4cc/log124M/main.log',
         line='s:207 trl:6.2552 lr:0.000178 norm:1.73',
         want={"Step": 207, "TrainLoss": 6.2552, "GradNorm": 1.73}),
    # tel is the loss on the held-out split
    dict(fw='llm.c', src='https://github.com/SiddanthEmani/GPT-2-124M-CUDA/blob/3b89495908bd11902f4e8191eec84109a280c4cc/log124M/main.log',
         line='s:250 tel:6.1565',
         want={"ValLoss": 6.1565}, optional={"Step": 250}),
    dict(fw='llm.c', src='https://github.com/SiddanthEmani/GPT-2-124M-CUDA/blob/3b89495908bd11902f4e8191eec84109a280c4cc/log124M/main.log',
         line='s:0 tel:11.0095',
         want={"ValLoss": 11.0095}, optional={"Step": 0}),
    # the HellaSwag accuracy: no loss
    dict(fw='llm.c', src='https://github.com/SiddanthEmani/GPT-2-124M-CUDA/blob/3b89495908bd11902f4e8191eec84109a280c4cc/log124M/main.log',
         line='s:250 eval:0.2437',
         want={}, optional={"Step": 250}),
    # ---------------------------------------------------------------- DQN on Atari (ad-hoc PyTorch loop, logs/training.log): one line per episode
    # the loss is the episode's TD loss; Steps counts agent steps (environment), not optimizer updates
    dict(fw='ad-hoc DQN loop', src='https://github.com/Adityaa-Sharma/DeepQlearning/blob/497b58f58f75e44cbb5be8f7f095513d16e0bef4/logs/training.log',
         line='2025-06-21 08:37:43,296 - INFO - Episode 0, Reward: 1.0, Eps: 0.999, Avg Q: 2.15, Loss: 0.2683, Steps: 170, Frames: 680, Avg Reward (100): 1.00',
         want={"TrainLoss": 0.2683}, optional={"Step": 170}),
    dict(fw='ad-hoc DQN loop', src='https://github.com/Adityaa-Sharma/DeepQlearning/blob/497b58f58f75e44cbb5be8f7f095513d16e0bef4/logs/training.log',
         line='2025-06-21 08:39:15,265 - INFO - Episode 54, Reward: 4.0, Eps: 0.964, Avg Q: 1.36, Loss: 0.0125, Steps: 9932, Frames: 39728, Avg Reward (100): 1.27',
         want={"TrainLoss": 0.0125}, optional={"Step": 9932}),
    dict(fw='ad-hoc DQN loop', src='https://github.com/Adityaa-Sharma/DeepQlearning/blob/497b58f58f75e44cbb5be8f7f095513d16e0bef4/logs/training.log',
         line='2025-06-21 08:40:30,909 - INFO - Episode 100, Reward: 4.0, Eps: 0.935, Avg Q: 1.52, Loss: 0.0068, Steps: 18042, Frames: 72168, Avg Reward (100): 1.22',
         want={"TrainLoss": 0.0068}, optional={"Step": 18042}),
    # ---------------------------------------------------------------- DCGAN (carpedm20-style TF1 trainer, nohup.out)
    # a GAN prints two losses and no single training loss; time is seconds since the start; the first number counts iterations
    dict(fw='DCGAN-tensorflow', src='https://github.com/XBisATrouble/DCGAN_GPU/blob/62e216a778aefd1b819d974fd2fe65a50dd63f65/nohup.out',
         line='[       3 Epoch:[ 0/25] [   2/20018] time: 18.4421, d_loss: 7.91384792, g_loss: 0.00123333',
         want={}, optional={"Step": 3}),
    # ---------------------------------------------------------------- deep-text-recognition-benchmark fork (OCR, log_train.txt)
    # [5/10] is iteration/total iterations; the train loss is averaged since the last validation; Elapsed_time runs from the start
    dict(fw='deep-text-recognition-benchmark', src='https://github.com/Ajitashoka/dtrb/blob/dbaedb1f5a12ed062c69eca51ab0fba5b52b0544/log_train.txt',
         line='[1/10] Train loss: 4.67102, Valid loss: 4.92395, Elapsed_time: 0.97391',
         want={"TrainLoss": 4.67102, "ValLoss": 4.92395}, optional={"Step": 1}),
    dict(fw='deep-text-recognition-benchmark', src='https://github.com/Ajitashoka/dtrb/blob/dbaedb1f5a12ed062c69eca51ab0fba5b52b0544/log_train.txt',
         line='[10/10] Train loss: 0.00000, Valid loss: 0.00261, Elapsed_time: 12.04758',
         want={"TrainLoss": 0.0, "ValLoss": 0.00261}, optional={"Step": 10}),
    # ---------------------------------------------------------------- point-cloud classifier (ad-hoc loop, log_train.txt): epoch means, one value a line
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/494935318/pointclass2/blob/873531e99445526432ff1e42033cfae8641eead6/log_train.txt',
         line='train_mean loss: 0.281639',
         want={"TrainLoss": 0.281639}),
    # the loss on the test split
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/494935318/pointclass2/blob/873531e99445526432ff1e42033cfae8641eead6/log_train.txt',
         line='test_mean loss: 0.504793',
         want={"ValLoss": 0.504793}),
    # ---------------------------------------------------------------- BrainFormer (fMRI transformer, ad-hoc loop, log_train.txt): validation and test passes
    # the loss of the validation pass; the NaN belongs to recall and F1, not to the loss
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/harini-si/BrainFormer/blob/84a2c4359e9efeed4437c0d47c84e043a6d2dffd/log_train.txt',
         line='Val loss: 0.637, Acc: 1.000, precision: 0.500, recall: nan, F1_score: nan',
         want={"ValLoss": 0.637}),
    dict(fw='ad-hoc PyTorch loop', src='https://github.com/harini-si/BrainFormer/blob/84a2c4359e9efeed4437c0d47c84e043a6d2dffd/log_train.txt',
         line='Test loss: 0.634, Acc: 1.000, precision: 0.500, recall: nan, F1_score: nan',
         want={}, optional={"ValLoss": 0.634}),
]
