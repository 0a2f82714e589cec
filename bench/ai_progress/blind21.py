# A twenty-first blind held-out set of progress lines for the AI-training
# pack, collected on 2026-12-07. Every line was copied verbatim from a
# public GitHub issue or pull request in which someone pasted part of a
# training log (no committed log files), and `src` names the thread. No
# source used in heldout.py, fresh.py, devset.py, devset2.py or blind.py ..
# blind20.py was taken again: the trackers of trainers used before appear
# only through new threads. At most five lines come from one source. The set
# was written without looking at the pack or its tests, each expectation
# decided from what the line itself prints, and it was frozen before it was
# scored even once.
# Same fields as heldout.py: the framework, where the line was seen, the line
# as printed (tabs, the `\r` that starts a progress-bar refresh, ANSI escapes
# and leading or trailing blanks kept), the progress metrics it must yield
# (`want`) and metrics it may yield or not (`optional`: an in-epoch batch or
# sample counter, a boosting-round or trainer-iteration counter, a tqdm bar's
# rate, a time whose unit or span the line does not print, a loss whose
# meaning the line leaves open, a value in an unlabeled column row or CSV
# row). `want={}` marks a line that holds no training progress: the pack
# stays quiet. StepTime is in milliseconds. A NaN or inf value yields no
# metric.
# Where a thread shows tqdm refreshes one per line (the `\r` already turned
# into a newline by the paste), the case keeps the line as pasted. Lines that
# sit inside markdown (backticks, a leading `#`) keep that markup. Some
# threads had lost the escape bytes of coloured output; no line here carries
# an ANSI escape.

CASES = [
    # ---------------------------------------------------------------- EPOS object-pose trainer (TensorFlow print loop and estimator hook), issue
    # total loss and its three parts
    dict(fw='TF print loop (EPOS)', src='https://github.com/thodan/epos/issues/9',
         line='step: 0 total_loss: 9.5576973 obj_cls: 2.77258897 frag_cls: 4.15888262 frag_loc: 2.37503433',
         want={"Step": 0, "TrainLoss": 9.5576973}),
    dict(fw='TF print loop (EPOS)', src='https://github.com/thodan/epos/issues/9',
         line='step: 100 total_loss: nan obj_cls: nan frag_cls: nan frag_loc: nan',
         want={"Step": 100}),
    # the total is nan; only one part is finite
    dict(fw='TF print loop (EPOS)', src='https://github.com/thodan/epos/issues/9',
         line='step: 400 total_loss: nan obj_cls: nan frag_cls: nan frag_loc: 2.52651024',
         want={"Step": 400}),
    dict(fw='TF print loop (EPOS)', src='https://github.com/thodan/epos/issues/9',
         line='INFO:tensorflow:global_step/sec: 2.1272',
         want={"IterationsPerSecond": 2.1272}),
    dict(fw='TF print loop (EPOS)', src='https://github.com/thodan/epos/issues/9',
         line='INFO:tensorflow:global_step/sec: 2.22972',
         want={"IterationsPerSecond": 2.22972}),
    # ---------------------------------------------------------------- Textual Inversion on latent diffusion (Lightning bar), issue
    # a pasted bar inside a sentence; the bar counts batches of the epoch, global_step is the step; loss= is a
    # smoothed value next to the per-step train/loss_step
    dict(fw='Lightning (latent diffusion)', src='https://github.com/rinongal/textual_inversion/issues/98',
         line='example: `Epoch 0:   6%|██▌                                      | 19/303 [05:27<1:21:41, 17.26s/it, loss=1, v_num=0, train/loss_simple_step=1.010, train/loss_vlb_step=0.00473, train/loss_step=1.010, global_step=18.00`',
         want={"Step": 18}, optional={"TrainLoss": 1.01, "IterationsPerSecond": 1/17.26}),
    # ---------------------------------------------------------------- Detectron (Caffe2) json stats pasted without prefix, issue
    # values quoted as strings; `time` has no unit
    dict(fw='Detectron (Caffe2)', src='https://github.com/ethanhe42/KL-Loss/issues/15',
         line='`{"accuracy_cls": "1.000000", "bbox_pred_std_abs_logw_loss": "0.000000", "bbox_pred_std_abs_mulw_loss": "0.000000", "eta": "0:00:41", "iter": 89920, "loss": "0.005503", "loss_bbox": "0.000000", "loss_cls": "0.000000", "loss_rpn_bbox_fpn2": "0.000000", "loss_rpn_bbox_fpn3": "0.000959", "loss_rpn_bbox_fpn4": "0.000380", "loss_rpn_bbox_fpn5": "0.000077", "loss_rpn_bbox_fpn6": "0.000000", "loss_rpn_cls_fpn2": "0.000117", "loss_rpn_cls_fpn3": "0.000207", "loss_rpn_cls_fpn4": "0.000185", "loss_rpn_cls_fpn5": "0.000018", "loss_rpn_cls_fpn6": "0.000000", "lr": "0.000100", "mb_qsize": 64, "mem": 13183, "time": "0.515552"}`',
         want={"Step": 89920, "TrainLoss": 0.005503}, optional={"StepTime": 515.552}),
    # ---------------------------------------------------------------- Detectron (Caffe2) json stats pretty-printed over several lines, issue
    dict(fw='Detectron (Caffe2)', src='https://github.com/facebookresearch/Detectron/issues/247',
         line='  "iter": 120000,',
         want={"Step": 120000}),
    # a lone loss key: train or eval is not on the line
    dict(fw='Detectron (Caffe2)', src='https://github.com/facebookresearch/Detectron/issues/247',
         line='  "loss": 0.562384, ',
         want={}, optional={"TrainLoss": 0.562384}),
    dict(fw='Detectron (Caffe2)', src='https://github.com/facebookresearch/Detectron/issues/247',
         line='  "mem": 6407, ',
         want={}),
    # ---------------------------------------------------------------- FPN in Caffe (solver log), issue
    dict(fw='Caffe', src='https://github.com/unsky/FPN/issues/41',
         line='I0314 11:00:26.190989 18580 solver.cpp:229] Iteration 0, loss = 2.42246',
         want={"Step": 0, "TrainLoss": 2.42246}),
    # one weighted part of the loss
    dict(fw='Caffe', src='https://github.com/unsky/FPN/issues/41',
         line='I0314 11:00:26.191026 18580 solver.cpp:245]     Train net output #0: loss_bbox = 0 (* 0.5 = 0 loss)',
         want={}),
    dict(fw='Caffe', src='https://github.com/unsky/FPN/issues/41',
         line='I0314 11:00:26.191049 18580 sgd_solver.cpp:107] Iteration 0, lr = 0.001',
         want={"Step": 0}),
    dict(fw='Caffe', src='https://github.com/unsky/FPN/issues/41',
         line='I0314 11:00:34.803771 18580 solver.cpp:229] Iteration 20, loss = 1.20221',
         want={"Step": 20, "TrainLoss": 1.20221}),
    # ---------------------------------------------------------------- attribute Mask R-CNN on a pytorch-template trainer (one key per line), issue
    dict(fw='pytorch-template trainer', src='https://github.com/facebookresearch/maskrcnn-benchmark/issues/1334',
         line='2022-03-09 08:31:05,490 - trainer - INFO -     epoch          : 12',
         want={}),
    # one part of the detection loss
    dict(fw='pytorch-template trainer', src='https://github.com/facebookresearch/maskrcnn-benchmark/issues/1334',
         line='2022-03-09 08:31:05,490 - trainer - INFO -     loss_classifier: 0.03030693158507347',
         want={}),
    # ---------------------------------------------------------------- Light-Head R-CNN (TensorFlow loop with a tqdm bar behind it), issue
    dict(fw='TF loop + tqdm (Light-Head R-CNN)', src='https://github.com/zengarden/light_head_rcnn/issues/44',
         line='iter 9071, rpn_loss_cls: 0.0063, rpn_loss_box: 9.4851, loss_cls: 0.2539, loss_box: 0.0000, tot_losses: 9.7453, lr: 0.0006, speed: 0.782s/iter:  11%|█▋             | 9071/80000 [2:01:21<15:48:55,  1.25it/s]',
         want={"Step": 9071, "TrainLoss": 9.7453, "StepTime": 782}, optional={"IterationsPerSecond": 1.25}),
    # ---------------------------------------------------------------- EfficientDet (zylo117) tqdm description and validation summary, issue
    # the bar line was cut by the terminal width
    dict(fw='EfficientDet (tqdm loop)', src='https://github.com/zylo117/Yet-Another-EfficientDet-Pytorch/issues/274',
         line='Step: 3540. Epoch: 0/10. Iteration: 3541/3541. Cls loss: 2.30212. Reg loss: 0.08922. Total loss: 2.39134: 100%|█| 3541/3541 [1:12:08<',
         want={"Step": 3540, "TrainLoss": 2.39134}),
    dict(fw='EfficientDet (tqdm loop)', src='https://github.com/zylo117/Yet-Another-EfficientDet-Pytorch/issues/274',
         line='Val. Epoch: 0/10. Classification loss: 2.28463. Regression loss: 0.09227. Total loss: 2.37690',
         want={"ValLoss": 2.3769}),
    dict(fw='EfficientDet (tqdm loop)', src='https://github.com/zylo117/Yet-Another-EfficientDet-Pytorch/issues/274',
         line='Step: 7081. Epoch: 1/10. Iteration: 3541/3541. Cls loss: 2.30212. Reg loss: 0.09391. Total loss: 2.39603: 100%|█| 3541/3541 [1:11:47<',
         want={"Step": 7081, "TrainLoss": 2.39603}),
    dict(fw='EfficientDet (tqdm loop)', src='https://github.com/zylo117/Yet-Another-EfficientDet-Pytorch/issues/274',
         line='Val. Epoch: 2/10. Classification loss: 2.28463. Regression loss: 0.09089. Total loss: 2.37552',
         want={"ValLoss": 2.37552}),
    # ---------------------------------------------------------------- speech-command tutorial (PyTorch print loop over samples), pull request
    # the counter is samples seen in the epoch
    dict(fw='PyTorch print loop (tutorial)', src='https://github.com/pytorch/tutorials/pull/1204',
         line='Train Epoch: 14 [17920/84843 (21%)]\tLoss: 0.522528',
         want={"TrainLoss": 0.522528}, optional={"Step": 17920}),
    dict(fw='PyTorch print loop (tutorial)', src='https://github.com/pytorch/tutorials/pull/1204',
         line='Train Epoch: 14 [66560/84843 (78%)]\tLoss: 0.932327',
         want={"TrainLoss": 0.932327}, optional={"Step": 66560}),
    dict(fw='PyTorch print loop (tutorial)', src='https://github.com/pytorch/tutorials/pull/1204',
         line='Train Epoch: 14 [81920/84843 (97%)]\tLoss: 0.571553',
         want={"TrainLoss": 0.571553}, optional={"Step": 81920}),
    # ---------------------------------------------------------------- deepspeech.pytorch (AverageMeter print loop, tab-separated), issue
    # current value, running mean in parentheses; Time has no unit
    dict(fw='deepspeech.pytorch', src='https://github.com/SeanNaren/deepspeech.pytorch/issues/127',
         line='Epoch: [11][2/48]\tTime 0.407 (1.204)\tData 0.002 (0.004)\tLoss 3.6915 (37.0201)\t',
         want={"TrainLoss": 3.6915}, optional={"Step": 2, "StepTime": 407}),
    dict(fw='deepspeech.pytorch', src='https://github.com/SeanNaren/deepspeech.pytorch/issues/127',
         line='Epoch: [11][10/48]\tTime 0.806 (1.194)\tData 0.002 (0.004)\tLoss 5.7821 (36.5248)\t',
         want={"TrainLoss": 5.7821}, optional={"Step": 10, "StepTime": 806}),
    dict(fw='deepspeech.pytorch', src='https://github.com/SeanNaren/deepspeech.pytorch/issues/127',
         line='Epoch: [11][14/48]\tTime 0.943 (1.192)\tData 0.002 (0.004)\tLoss 14.8824 (36.3139)\t',
         want={"TrainLoss": 14.8824}, optional={"Step": 14, "StepTime": 943}),
    # ---------------------------------------------------------------- Speech-Transformer (print loop with a validation summary), issue
    # Iter restarts every epoch
    dict(fw='Speech-Transformer', src='https://github.com/kaituoxu/Speech-Transformer/issues/18',
         line='Epoch 150 | Iter 1 | Average Loss 1.144 | Current Loss 1.144481 | 367.8 ms/batch',
         want={"TrainLoss": 1.144481, "StepTime": 367.8}, optional={"Step": 1}),
    dict(fw='Speech-Transformer', src='https://github.com/kaituoxu/Speech-Transformer/issues/18',
         line='Epoch 150 | Iter 11 | Average Loss 1.146 | Current Loss 1.145341 | 209.1 ms/batch',
         want={"TrainLoss": 1.145341, "StepTime": 209.1}, optional={"Step": 11}),
    dict(fw='Speech-Transformer', src='https://github.com/kaituoxu/Speech-Transformer/issues/18',
         line='Valid Summary | End of Epoch 149 | Time 121.37s | Valid Loss 1.209',
         want={"ValLoss": 1.209}),
    dict(fw='Speech-Transformer', src='https://github.com/kaituoxu/Speech-Transformer/issues/18',
         line='Epoch 150 | Iter 41 | Average Loss 1.146 | Current Loss 1.145543 | 202.6 ms/batch',
         want={"TrainLoss": 1.145543, "StepTime": 202.6}, optional={"Step": 41}),
    dict(fw='Speech-Transformer', src='https://github.com/kaituoxu/Speech-Transformer/issues/18',
         line='Epoch 149 | Iter 51 | Average Loss 1.209 | Current Loss 1.260853 | 78.9 ms/batch',
         want={"TrainLoss": 1.260853, "StepTime": 78.9}, optional={"Step": 51}),
    # ---------------------------------------------------------------- DeepFM on OneFlow (rank-prefixed print loop; eval lines share the step), pull request
    # throughput without a unit
    dict(fw='OneFlow DeepFM (recommendation)', src='https://github.com/Oneflow-Inc/models/pull/385',
         line='Rank[0], Step 22, Loss 3.2065, Latency 18.266 ms, Throughput 3503.8, 2022-09-07 07:53:28',
         want={"Step": 22, "TrainLoss": 3.2065, "StepTime": 18.266}, optional={"SamplesPerSecond": 3503.8}),
    # evaluation record: AUC, times and memory
    dict(fw='OneFlow DeepFM (recommendation)', src='https://github.com/Oneflow-Inc/models/pull/385',
         line='Rank[0], Step 21, AUC 0.60486, Eval_time 0.02 s, AUC_time 0.00 s, Eval_samples 640, GPU_Memory 4238 MiB, Host_Memory 29851 MiB, 2022-09-07 07:53:28',
         want={}, optional={"Step": 21}),
    dict(fw='OneFlow DeepFM (recommendation)', src='https://github.com/Oneflow-Inc/models/pull/385',
         line='Rank[0], Step 25, Loss 3.3795, Latency 18.651 ms, Throughput 3431.4, 2022-09-07 07:53:29',
         want={"Step": 25, "TrainLoss": 3.3795, "StepTime": 18.651}, optional={"SamplesPerSecond": 3431.4}),
    dict(fw='OneFlow DeepFM (recommendation)', src='https://github.com/Oneflow-Inc/models/pull/385',
         line='Rank[0], Step 23, Loss 2.9332, Latency 18.447 ms, Throughput 3469.5, 2022-09-07 07:53:29',
         want={"Step": 23, "TrainLoss": 2.9332, "StepTime": 18.447}, optional={"SamplesPerSecond": 3469.5}),
    dict(fw='OneFlow DeepFM (recommendation)', src='https://github.com/Oneflow-Inc/models/pull/385',
         line='Rank[0], Step 26, Loss 3.3579, Latency 18.242 ms, Throughput 3508.3, 2022-09-07 07:53:29',
         want={"Step": 26, "TrainLoss": 3.3579, "StepTime": 18.242}, optional={"SamplesPerSecond": 3508.3}),
    # ---------------------------------------------------------------- ctrNet-tool NFFM (TensorFlow print loop, two-blank indent), issue
    # gN is an abbreviation the line does not explain
    dict(fw='ctrNet NFFM (recommendation, TF loop)', src='https://github.com/guoday/ctrNet-tool/issues/8',
         line='  epoch 0 step 200 lr 0.001 logloss 0.191605 gN 0.28, Wed Jul  3 17:13:58 2019',
         want={"Step": 200, "TrainLoss": 0.191605}, optional={"GradNorm": 0.28}),
    dict(fw='ctrNet NFFM (recommendation, TF loop)', src='https://github.com/guoday/ctrNet-tool/issues/8',
         line='# Epcho-time 355.16s Eval AUC 0.982286. Best AUC 0.982286.',
         want={}),
    dict(fw='ctrNet NFFM (recommendation, TF loop)', src='https://github.com/guoday/ctrNet-tool/issues/8',
         line='  epoch 0 step 1000 lr 0.001 logloss 0.158251 gN 0.17, Wed Jul  3 17:24:11 2019',
         want={"Step": 1000, "TrainLoss": 0.158251}, optional={"GradNorm": 0.17}),
    dict(fw='ctrNet NFFM (recommendation, TF loop)', src='https://github.com/guoday/ctrNet-tool/issues/8',
         line='  epoch 0 step 500 lr 0.001 logloss 0.167133 gN 0.21, Wed Jul  3 17:17:36 2019',
         want={"Step": 500, "TrainLoss": 0.167133}, optional={"GradNorm": 0.21}),
    # ---------------------------------------------------------------- DCGAN-tensorflow (discriminator and generator losses), issue
    # two adversarial losses, no single training loss; time is the elapsed total
    dict(fw='DCGAN (TF)', src='https://github.com/carpedm20/DCGAN-tensorflow/issues/175',
         line='Epoch: [14] [ 398/1093] time: 18566.6816, d_loss: 1.38566971, g_loss: 0.67304140',
         want={}, optional={"Step": 398}),
    dict(fw='DCGAN (TF)', src='https://github.com/carpedm20/DCGAN-tensorflow/issues/175',
         line='[Sample] d_loss: 1.34017193, g_loss: 0.73472393',
         want={}),
    # ---------------------------------------------------------------- TRACE continual-learning LLM fine-tune (DeepSpeed, tqdm description), issue
    dict(fw='DeepSpeed loop + tqdm (TRACE)', src='https://github.com/BeyonderXX/TRACE/issues/5',
         line='***** Running training *****',
         want={}),
    dict(fw='DeepSpeed loop + tqdm (TRACE)', src='https://github.com/BeyonderXX/TRACE/issues/5',
         line='  1%|          | 1/144 [00:01<02:35,  1.09s/it]',
         want={}, optional={"Step": 1, "IterationsPerSecond": 1/1.09}),
    # Step restarts each epoch; the bar counts all steps
    dict(fw='DeepSpeed loop + tqdm (TRACE)', src='https://github.com/BeyonderXX/TRACE/issues/5',
         line='Epoch 1, Step 0, Loss: 0.9741:   1%|▏         | 2/144 [00:02<02:20,  1.01it/s]',
         want={"TrainLoss": 0.9741}, optional={"Step": 0, "IterationsPerSecond": 1.01}),
    # a print glued to the end of the bar
    dict(fw='DeepSpeed loop + tqdm (TRACE)', src='https://github.com/BeyonderXX/TRACE/issues/5',
         line='Epoch 1, Step 6, Loss: 1.2240:   6%|▌         | 8/144 [00:12<03:45,  1.66s/it]Beginning of Epoch 2/18, Total Micro Batches 8',
         want={"TrainLoss": 1.224}, optional={"Step": 6, "IterationsPerSecond": 1/1.66}),
    dict(fw='DeepSpeed loop + tqdm (TRACE)', src='https://github.com/BeyonderXX/TRACE/issues/5',
         line='Epoch 2, Step 3, Loss: 0.9670:   9%|▉         | 13/144 [00:19<03:25,  1.57s/it]',
         want={"TrainLoss": 0.967}, optional={"Step": 3, "IterationsPerSecond": 1/1.57}),
    # ---------------------------------------------------------------- ILM-ASSL semi-supervised segmentation (logging), issue
    # supervised, unsupervised and contrastive losses, no total
    dict(fw='semi-supervised segmentation loop', src='https://github.com/licongguan/ILM-ASSL/issues/2',
         line='[2023-03-13 12:07:37,358][       train.py][line: 833][    INFO] [3:20 high] iter [13040/49000] LR 0.00189 Sup 1.2862 Unsup 0.2131 Contra 1.6378 mIoU 86.49',
         want={"Step": 13040}),
    dict(fw='semi-supervised segmentation loop', src='https://github.com/licongguan/ILM-ASSL/issues/2',
         line='[2023-03-13 12:13:38,319][       train.py][line: 833][    INFO] [3:20 high] iter [13100/49000] LR 0.00189 Sup 1.4166 Unsup 0.2648 Contra 1.6171 mIoU 87.30',
         want={"Step": 13100}),
    # ---------------------------------------------------------------- Turi Create object detector (table), issue
    dict(fw='Turi Create', src='https://github.com/apple/turicreate/issues/2771',
         line='| Iteration    | Loss         | Elapsed Time |',
         want={}),
    # a table row: the header is elsewhere; elapsed time is cumulative
    dict(fw='Turi Create', src='https://github.com/apple/turicreate/issues/2771',
         line='| 1            | 5.2557       | 1.36s        |',
         want={}, optional={"Step": 1, "TrainLoss": 5.2557}),
    # ---------------------------------------------------------------- MMDetection 2.x Cascade R-CNN (logging, tab after the counter), issue
    dict(fw='MMDetection 2.x', src='https://github.com/open-mmlab/mmdetection/issues/3924',
         line='2020-10-13 20:26:40,945 - mmdet - INFO - Epoch [1][3750/4015]\tlr: 2.000e-02, eta: 5:37:51, time: 0.554, data_time: 0.007, memory: 3862, loss_rpn_cls: 0.0364, loss_rpn_bbox: 0.0321, s0.loss_cls: 0.1863, s0.acc: 92.7559, s0.loss_bbox: 0.1591, s1.loss_cls: 0.0991, s1.acc: 92.2643, s1.loss_bbox: 0.1734, s2.loss_cls: 0.0504, s2.acc: 91.5080, s2.loss_bbox: 0.0940, loss: 0.8308',
         want={"TrainLoss": 0.8308}, optional={"Step": 3750, "StepTime": 554}),
    dict(fw='MMDetection 2.x', src='https://github.com/open-mmlab/mmdetection/issues/3924',
         line='2020-10-13 20:27:08,272 - mmdet - INFO - Epoch [1][3800/4015]\tlr: 2.000e-02, eta: 5:37:18, time: 0.546, data_time: 0.007, memory: 3862, loss_rpn_cls: 0.0249, loss_rpn_bbox: 0.0231, s0.loss_cls: 0.1557, s0.acc: 93.7461, s0.loss_bbox: 0.1352, s1.loss_cls: 0.0759, s1.acc: 93.8317, s1.loss_bbox: 0.1814, s2.loss_cls: 0.0429, s2.acc: 93.0209, s2.loss_bbox: 0.1143, loss: 0.7533',
         want={"TrainLoss": 0.7533}, optional={"Step": 3800, "StepTime": 546}),
    dict(fw='MMDetection 2.x', src='https://github.com/open-mmlab/mmdetection/issues/3924',
         line='2020-10-13 20:27:35,978 - mmdet - INFO - Epoch [1][3850/4015]\tlr: 2.000e-02, eta: 5:36:49, time: 0.554, data_time: 0.007, memory: 3862, loss_rpn_cls: 0.0293, loss_rpn_bbox: 0.0217, s0.loss_cls: 0.1832, s0.acc: 92.7207, s0.loss_bbox: 0.1465, s1.loss_cls: 0.0912, s1.acc: 92.8188, s1.loss_bbox: 0.1720, s2.loss_cls: 0.0466, s2.acc: 92.1128, s2.loss_bbox: 0.1011, loss: 0.7916',
         want={"TrainLoss": 0.7916}, optional={"Step": 3850, "StepTime": 554}),
    # ---------------------------------------------------------------- XGBoost Python (boosting rounds with eval and train logloss), issue
    dict(fw='XGBoost', src='https://github.com/dmlc/xgboost/issues/2777',
         line="Will train until train-logloss hasn't improved in 1000 rounds.",
         want={}),
    dict(fw='XGBoost', src='https://github.com/dmlc/xgboost/issues/2777',
         line='[500]\teval-logloss:0.41906\ttrain-logloss:0.160439',
         want={"TrainLoss": 0.160439, "ValLoss": 0.41906}, optional={"Step": 500}),
    dict(fw='XGBoost', src='https://github.com/dmlc/xgboost/issues/2777',
         line='[3000]\teval-logloss:0.631688\ttrain-logloss:0.022858',
         want={"TrainLoss": 0.022858, "ValLoss": 0.631688}, optional={"Step": 3000}),
    dict(fw='XGBoost', src='https://github.com/dmlc/xgboost/issues/2777',
         line='[1000]\teval-logloss:0.468176\ttrain-logloss:0.093267',
         want={"TrainLoss": 0.093267, "ValLoss": 0.468176}, optional={"Step": 1000}),
    # ---------------------------------------------------------------- XGBoost R xgb.cv (mean+std over folds), issue
    # fold mean, then the standard deviation after +
    dict(fw='XGBoost (R, cv)', src='https://github.com/dmlc/xgboost/issues/807',
         line='[2135]\ttrain-logloss:0.528952+0.000417\ttest-logloss:0.529975+0.002922',
         want={"TrainLoss": 0.528952, "ValLoss": 0.529975}, optional={"Step": 2135}),
    dict(fw='XGBoost (R, cv)', src='https://github.com/dmlc/xgboost/issues/807',
         line='[2150]\ttrain-logloss:0.528952+0.000417\ttest-logloss:0.529977+0.002925',
         want={"TrainLoss": 0.528952, "ValLoss": 0.529977}, optional={"Step": 2150}),
    # ---------------------------------------------------------------- XGBoost ranking metrics (space-separated), issue
    # the metric name is empty (MAP); not a loss
    dict(fw='XGBoost', src='https://github.com/dmlc/xgboost/issues/1478',
         line='[0]     train-:0.314844 eval-:0.019878',
         want={}, optional={"Step": 0}),
    dict(fw='XGBoost', src='https://github.com/dmlc/xgboost/issues/1478',
         line='[0]     train-auc:0.880601      eval-auc:0.822077',
         want={}, optional={"Step": 0}),
    # ---------------------------------------------------------------- Ray Tune status table for RLlib Ape-X, issue
    dict(fw='RLlib / Ray Tune', src='https://github.com/ray-project/ray/issues/8247',
         line='Memory usage on this node: 13.9/503.8 GiB',
         want={}),
    # trial row: iteration, total seconds, env timesteps, reward
    dict(fw='RLlib / Ray Tune', src='https://github.com/ray-project/ray/issues/8247',
         line='| APEX_PongNoFrameskip-v4_00000 | RUNNING  | 10.198.141.203:23844 |      1 |           40.204 | 39200 |      -21 |',
         want={}, optional={"Step": 1}),
    # ---------------------------------------------------------------- Ray Tune status table for RLlib APPO (columns without borders), issue
    dict(fw='RLlib / Ray Tune', src='https://github.com/ray-project/ray/issues/33150',
         line='APPO_CartPole-v1_29116_00000  RUNNING        3           30.3035  46550  190.75                     440                    33            190.75                      71',
         want={}, optional={"Step": 3}),
    # ---------------------------------------------------------------- DocTamper (logging, with tensor prints between records), issue
    dict(fw='ad-hoc document-forensics loop', src='https://github.com/qcf-568/DocTamper/issues/85',
         line='[2025-03-03 20:44:45,640][cfpns_cov_mulc_75_load.py][INFO] [train] epoch:1 iter:15360/20000 76.80% lr:0.000288 loss:0.923080 0 ETA:17.0min',
         want={"TrainLoss": 0.92308}, optional={"Step": 15360}),
    dict(fw='ad-hoc document-forensics loop', src='https://github.com/qcf-568/DocTamper/issues/85',
         line='qs tensor([ 93,  96,  85, 100,  99,  89])',
         want={}),
    dict(fw='ad-hoc document-forensics loop', src='https://github.com/qcf-568/DocTamper/issues/85',
         line='[2025-03-03 20:45:00,168][cfpns_cov_mulc_75_load.py][INFO] [train] epoch:1 iter:15424/20000 77.12% lr:0.000288 loss:0.926222 0 ETA:17.0min',
         want={"TrainLoss": 0.926222}, optional={"Step": 15424}),
    dict(fw='ad-hoc document-forensics loop', src='https://github.com/qcf-568/DocTamper/issues/85',
         line='[2025-03-03 20:45:15,215][cfpns_cov_mulc_75_load.py][INFO] [train] epoch:1 iter:15488/20000 77.44% lr:0.000287 loss:0.921420 0 ETA:17.0min',
         want={"TrainLoss": 0.92142}, optional={"Step": 15488}),
    # ---------------------------------------------------------------- stable-baselines PPO2 (SB2 table), issue
    dict(fw='Stable-Baselines PPO2', src='https://github.com/hill-a/stable-baselines/issues/339',
         line='| nupdates           | 77746        |',
         want={}, optional={"Step": 77746}),
    # one part of the PPO objective
    dict(fw='Stable-Baselines PPO2', src='https://github.com/hill-a/stable-baselines/issues/339',
         line='| policy_loss        | 0.0          |',
         want={}),
    # ---------------------------------------------------------------- LightGBM CLI (higgs benchmark) in a scikit-learn pull request
    dict(fw='LightGBM (CLI)', src='https://github.com/scikit-learn/scikit-learn/pull/12807',
         line='[LightGBM] [Info] Number of positive: 5564616, number of negative: 4935384',
         want={}),
    dict(fw='LightGBM (CLI)', src='https://github.com/scikit-learn/scikit-learn/pull/12807',
         line='[LightGBM] [Info] Iteration:1, valid_1 auc : 0.77191',
         want={}, optional={"Step": 1}),
    # ---------------------------------------------------------------- LightGBM Python (valid AUC per round), issues
    dict(fw='LightGBM', src='https://github.com/lightgbm-org/LightGBM/issues/441',
         line="[50]    valid_0's auc: 0.841734 valid_1's auc: 0.836171",
         want={}, optional={"Step": 50}),
    dict(fw='LightGBM', src='https://github.com/lightgbm-org/LightGBM/issues/646',
         line="[392]\tvalid_0's binary_error: 0.199585\tvalid_0's auc: 0.869714",
         want={}, optional={"Step": 392}),
    dict(fw='LightGBM', src='https://github.com/lightgbm-org/LightGBM/issues/127',
         line="[1]:\ttest's auc:1 ",
         want={}, optional={"Step": 1}),
    # ---------------------------------------------------------------- kohya_ss GUI (dataset scan before training), issue
    dict(fw='kohya_ss (LoRA)', src='https://github.com/kohya-ss/sd-scripts/issues/1226',
         line='06:34:57-537652 INFO     Folder 40_4urel1emoeramans women: 40 images found',
         want={}),
    # ---------------------------------------------------------------- nanoGPT GPT-2 fine-tune that goes nan, issue
    dict(fw='nanoGPT', src='https://github.com/karpathy/nanoGPT/issues/210',
         line='gradient_accumulation_steps = 32',
         want={}),
    dict(fw='nanoGPT', src='https://github.com/karpathy/nanoGPT/issues/210',
         line='number of parameters: 123.65M',
         want={}),
    # evaluation of both splits
    dict(fw='nanoGPT', src='https://github.com/karpathy/nanoGPT/issues/210',
         line='step 0: train loss 4.1872, val loss 4.0326',
         want={"Step": 0, "TrainLoss": 4.1872, "ValLoss": 4.0326}),
    dict(fw='nanoGPT', src='https://github.com/karpathy/nanoGPT/issues/210',
         line='iter 0: loss 4.8131, time 36410.71ms, mfu -100.00%',
         want={"Step": 0, "TrainLoss": 4.8131, "StepTime": 36410.71}),
    # ---------------------------------------------------------------- scikit-learn MLPRegressor verbose, issue
    dict(fw='scikit-learn MLP', src='https://github.com/scikit-learn/scikit-learn/issues/10236',
         line=' fitting  adam',
         want={}),
    # an iteration is an epoch here
    dict(fw='scikit-learn MLP', src='https://github.com/scikit-learn/scikit-learn/issues/10236',
         line='Iteration 1, loss = 0.20245204',
         want={"TrainLoss": 0.20245204}, optional={"Step": 1}),
    dict(fw='scikit-learn MLP', src='https://github.com/scikit-learn/scikit-learn/issues/10236',
         line='Iteration 10, loss = 0.14593360',
         want={"TrainLoss": 0.1459336}, optional={"Step": 10}),
    # ---------------------------------------------------------------- scikit-learn gradient boosting verbose output (new table and old lines), pull request
    dict(fw='scikit-learn GBRT', src='https://github.com/scikit-learn/scikit-learn/pull/2220',
         line='  Iter       Train Loss   Estimated Time ',
         want={}),
    # unlabeled row; the last column is time left
    dict(fw='scikit-learn GBRT', src='https://github.com/scikit-learn/scikit-learn/pull/2220',
         line='     1           1.2980            7.89m',
         want={}, optional={"Step": 1, "TrainLoss": 1.298}),
    # "train score" is the deviance
    dict(fw='scikit-learn GBRT', src='https://github.com/scikit-learn/scikit-learn/pull/2220',
         line='built tree 1 of 100, train score = 1.297973e+00',
         want={}, optional={"Step": 1, "TrainLoss": 1.297973}),
    # ---------------------------------------------------------------- InsightFace arcface_torch (logging), issue
    dict(fw='InsightFace arcface_torch', src='https://github.com/deepinsight/insightface/issues/1996',
         line='Training: 2022-05-05 03:07:49,673-Speed 725.36 samples/sec   Loss 43.4988   LearningRate 0.1000   Epoch: 0   Global Step: 650   Fp16 Grad Scale: 131072   Required: 388 hours',
         want={"Step": 650, "TrainLoss": 43.4988, "SamplesPerSecond": 725.36}),
    dict(fw='InsightFace arcface_torch', src='https://github.com/deepinsight/insightface/issues/1996',
         line='Training: 2022-05-05 03:08:07,346-Speed 724.55 samples/sec   Loss 43.3464   LearningRate 0.1000   Epoch: 0   Global Step: 700   Fp16 Grad Scale: 131072   Required: 384 hours',
         want={"Step": 700, "TrainLoss": 43.3464, "SamplesPerSecond": 724.55}),
    dict(fw='InsightFace arcface_torch', src='https://github.com/deepinsight/insightface/issues/1996',
         line='Training: 2022-05-05 03:07:53,208-Speed 724.32 samples/sec   Loss 43.3166   LearningRate 0.1000   Epoch: 0   Global Step: 660   Fp16 Grad Scale: 131072   Required: 387 hours',
         want={"Step": 660, "TrainLoss": 43.3166, "SamplesPerSecond": 724.32}),
    # ---------------------------------------------------------------- InsightFace on MXNet (Speedometer, accuracy only), issues
    dict(fw='InsightFace (MXNet)', src='https://github.com/deepinsight/insightface/issues/1092',
         line='INFO:root:Epoch[0] Batch [40-60]\tSpeed: 0.95 samples/sec\tacc=0.000000\t',
         want={"SamplesPerSecond": 0.95}),
    # three unlabeled values: learning rate, batch, epoch
    dict(fw='InsightFace (MXNet)', src='https://github.com/deepinsight/insightface/issues/517',
         line='lr-batch-epoch: 0.1 999 0',
         want={}),
    dict(fw='InsightFace (MXNet)', src='https://github.com/deepinsight/insightface/issues/517',
         line='INFO:root:Epoch[0] Batch [980-1000]\tSpeed: 1104.30 samples/sec\tacc=0.000879',
         want={"SamplesPerSecond": 1104.3}),
    # ---------------------------------------------------------------- StableSR metrics CSV (Lightning CSVLogger rows), issue
    dict(fw='Lightning CSVLogger (StableSR)', src='https://github.com/IceClear/StableSR/issues/161',
         line='train/loss_simple_step,train/loss_vlb_step,train/loss_step,global_step,epoch,created_at',
         want={}),
    # a CSV row; the names are in the header line
    dict(fw='Lightning CSVLogger (StableSR)', src='https://github.com/IceClear/StableSR/issues/161',
         line='0.25144094228744507,0.001727868104353547,0.25144094228744507,49.0,0,2025-11-07 06:02:10.484610',
         want={}, optional={"Step": 49, "TrainLoss": 0.25144094228744507}),
    # ---------------------------------------------------------------- HF Trainer dicts with a nan gradient norm (Pink, multimodal LLM), issue
    # padded with blanks to the bar width
    dict(fw='HF Trainer', src='https://github.com/SY-Xuan/Pink/issues/6',
         line="{'loss': 0.0, 'grad_norm': nan, 'learning_rate': 0.00012142857142857143, 'epoch': 0.0}                    ",
         want={"TrainLoss": 0.0}),
    dict(fw='HF Trainer', src='https://github.com/SY-Xuan/Pink/issues/6',
         line="{'loss': 0.0, 'grad_norm': nan, 'learning_rate': 0.00015, 'epoch': 0.0}                                   ",
         want={"TrainLoss": 0.0}),
    # ---------------------------------------------------------------- HF Trainer dict for a Qwen2.5-VL grounding fine-tune, issue
    dict(fw='HF Trainer', src='https://github.com/828Tina/textvqa_grounding_task_qwen2.5-vl-ft/issues/7',
         line="{'loss': 0.0, 'grad_norm': 0.0, 'learning_rate': 9.701440635052094e-06, 'epoch': 0.4}",
         want={"TrainLoss": 0.0, "GradNorm": 0.0}),
    # ---------------------------------------------------------------- time-series model trainer (print), issue
    # quoted inside the issue text
    dict(fw='ad-hoc time-series loop', src='https://github.com/gautham20/pytorch-ts/issues/4',
         line='Training loss at epoch 25 - nan',
         want={}),
    # ---------------------------------------------------------------- CatBoost (metric name not printed), issues
    # best is the highest test value: a score, not a loss
    dict(fw='CatBoost', src='https://github.com/catboost/catboost/issues/1028',
         line='34:     learn: 0.9508429        test: 0.8235312 best: 0.8356368 (1)     total: 17.5s    remaining: 1h 39m 38s',
         want={}, optional={"Step": 34}),
    # old format: the value runs into "passed", the time of this iteration
    dict(fw='CatBoost', src='https://github.com/catboost/catboost/issues/274',
         line='0:      learn 0.6355974416passed: 17.4 sec      total: 3m 13s   remaining: 3h 42m 6s',
         want={}, optional={"Step": 0, "TrainLoss": 0.6355974416, "StepTime": 17400}),
    # ---------------------------------------------------------------- YOLOv5 DDP launch (setup output before the first epoch), pull request
    dict(fw='YOLOv5', src='https://github.com/ultralytics/yolov5/pull/500',
         line="Namespace(adam=False, batch_size=4, bucket='', cache_images=False, cfg='', data='data/coco128.yaml', device='0,1,2,3', epochs=3, evolve=False, global_rank=0, hyp='data/hyp.finetune.yaml', img_size=[320, 320], local_rank=0, logdir='runs/', multi_scale=False, name='', noautoanchor=False, nosave=False, notest=False, rect=False, resume=False, single_cls=False, sync_bn=False, total_batch_size=16, weights='yolov5s.pt', world_size=4)",
         want={}),
    dict(fw='YOLOv5', src='https://github.com/ultralytics/yolov5/pull/500',
         line='2020-08-11 13:11:57.526967: I tensorflow/stream_executor/platform/default/dso_loader.cc:48] Successfully opened dynamic library libcudart.so.10.1',
         want={}),
]
