# A twenty-fifth blind held-out set of progress lines for the AI-training
# pack, collected on 2026-12-08. Every line was copied verbatim from a public
# GitHub issue or pull-request thread in which someone pasted part of a
# training log (a question about a loss that went to nan or zero, slow
# training, a progress bar, a custom loop); `src` is the address of the
# thread. No committed log file was used. Markdown quote markers (`> `) in
# front of a pasted line are not part of the log and were left out; nothing
# else was changed, and blanks at the end of a line were kept. No source used
# in heldout.py, fresh.py, devset.py, devset2.py or blind.py .. blind24.py was
# taken again. At most five lines come from one thread. The set was written
# without looking at the pack or its tests, each expectation decided from what
# the line itself prints, and it was frozen before it was scored even once.
# Same fields as heldout.py: the framework or trainer style, where the line was
# seen, the line as printed (tabs, the `\r` that starts a progress-bar
# refresh, backspaces and leading or trailing blanks kept), the progress
# metrics it must yield (`want`) and metrics it may yield or not (`optional`:
# an in-epoch batch counter, an environment-step counter, a tqdm bar's rate, a
# time whose unit or span the line does not print, a running mean over a run
# instead of a per-step value, a loss whose meaning the line leaves open, an
# evaluation loss the line does not label as one, a value in an unlabeled
# column). `want={}` marks a line that holds no training progress: the pack
# stays quiet. StepTime is in milliseconds. A NaN or inf value yields no
# metric.
# A case holds one record: where several `\r` refreshes share a physical
# line, the refresh the case names, from its `\r` up to the next `\r` or
# newline.
# blind26 was collected at the same time by someone else, without
# coordination; lines the two sets share are to be removed afterwards.

CASES = [
    # ---------------------------------------------------------------- torchtitan on a small C4 test set (PR thread)
    dict(fw='torchtitan', src='https://github.com/pytorch/torchtitan/pull/950',
         line='[rank0]:[titan] 2025-03-12 11:10:21,511 - root - INFO - step: 22  loss:  6.2250  memory:  1.41GiB(1.79%)  tps: 193,831  tflops: 18.36  mfu: 1.86%',
         want={"Step": 22, "TrainLoss": 6.225, "TokensPerSecond": 193831}),
    dict(fw='torchtitan', src='https://github.com/pytorch/torchtitan/pull/950',
         line='[rank0]:[titan] 2025-03-12 11:10:21,589 - root - INFO - step: 23  loss:  6.2236  memory:  1.41GiB(1.79%)  tps: 212,462  tflops: 20.12  mfu: 2.03%',
         want={"Step": 23, "TrainLoss": 6.2236, "TokensPerSecond": 212462}),
    # the data loader starts the data set again
    dict(fw='torchtitan', src='https://github.com/pytorch/torchtitan/pull/950',
         line='[rank0]:[titan] 2025-03-12 11:10:21,603 - root - WARNING - Dataset c4_test is being re-looped',
         want={}),
    dict(fw='torchtitan', src='https://github.com/pytorch/torchtitan/pull/950',
         line='[rank0]:[titan] 2025-03-12 11:10:21,751 - root - INFO - step: 25  loss:  6.1657  memory:  1.41GiB(1.79%)  tps: 197,367  tflops: 18.69  mfu: 1.89%',
         want={"Step": 25, "TrainLoss": 6.1657, "TokensPerSecond": 197367}),
    dict(fw='torchtitan', src='https://github.com/pytorch/torchtitan/pull/950',
         line='[rank0]:[titan] 2025-03-12 11:10:21,848 - root - INFO - step: 26  loss:  6.1338  memory:  1.41GiB(1.79%)  tps: 169,197  tflops: 16.03  mfu: 1.62%',
         want={"Step": 26, "TrainLoss": 6.1338, "TokensPerSecond": 169197}),
    # ---------------------------------------------------------------- TensorFlow seq2seq chatbot (logging module, issue thread)
    # the time carries no unit
    dict(fw='ad-hoc logging (TF seq2seq chatbot)', src='https://github.com/chiphuyen/stanford-tensorflow-tutorials/issues/149',
         line='2019-10-09 14:01:09,550 -- INFO -- Iter 981000: loss 2.2273828502893447, time 0.08978772163391113',
         want={"Step": 981000, "TrainLoss": 2.2273828502893447}, optional={"StepTime": 89.78772163391113}),
    dict(fw='ad-hoc logging (TF seq2seq chatbot)', src='https://github.com/chiphuyen/stanford-tensorflow-tutorials/issues/149',
         line='2019-10-09 14:03:29,982 -- INFO -- Iter 982000: loss 2.251806115269661, time 0.1407618522644043',
         want={"Step": 982000, "TrainLoss": 2.251806115269661}, optional={"StepTime": 140.7618522644043}),
    dict(fw='ad-hoc logging (TF seq2seq chatbot)', src='https://github.com/chiphuyen/stanford-tensorflow-tutorials/issues/149',
         line='2019-10-09 14:12:52,848 -- INFO -- Iter 986000: loss 2.229316849589348, time 0.09166932106018066',
         want={"Step": 986000, "TrainLoss": 2.229316849589348}, optional={"StepTime": 91.66932106018066}),
    dict(fw='ad-hoc logging (TF seq2seq chatbot)', src='https://github.com/chiphuyen/stanford-tensorflow-tutorials/issues/149',
         line='2019-10-09 14:15:12,966 -- INFO -- Iter 987000: loss 2.238621209859848, time 0.0910036563873291',
         want={"Step": 987000, "TrainLoss": 2.238621209859848}, optional={"StepTime": 91.0036563873291}),
    # a chat with the trained bot
    dict(fw='ad-hoc logging (TF seq2seq chatbot)', src='https://github.com/chiphuyen/stanford-tensorflow-tutorials/issues/149',
         line='HUMAN ++++ whats your name',
         want={}),
    # ---------------------------------------------------------------- ReLERNN recombination-rate network (Keras fit, verbose=1)
    dict(fw='Keras (verbose=1)', src='https://github.com/kr-colab/ReLERNN/issues/26',
         line=' Epoch 308/1000',
         want={}),
    # the last bar refresh runs into the next "Epoch" header; the bar counts batches of the epoch
    dict(fw='Keras (verbose=1)', src='https://github.com/kr-colab/ReLERNN/issues/26',
         line=' 99/100 [============================>.] - ETA: 2s - loss: 0.2445Epoch 1/1000',
         want={"TrainLoss": 0.2445}, optional={"Step": 99}),
    dict(fw='Keras (verbose=1)', src='https://github.com/kr-colab/ReLERNN/issues/26',
         line='100/100 [==============================] - 328s 3s/step - loss: 0.2445 - val_loss: 0.2342',
         want={"TrainLoss": 0.2445, "ValLoss": 0.2342, "StepTime": 3000}, optional={"Step": 100}),
    dict(fw='Keras (verbose=1)', src='https://github.com/kr-colab/ReLERNN/issues/26',
         line=' 99/100 [============================>.] - ETA: 3s - loss: nanEpoch 1/1000',
         want={}, optional={"Step": 99}),
    dict(fw='Keras (verbose=1)', src='https://github.com/kr-colab/ReLERNN/issues/26',
         line='100/100 [==============================] - 332s 3s/step - loss: nan - val_loss: nan',
         want={"StepTime": 3000}, optional={"Step": 100}),
    # ---------------------------------------------------------------- IMC_Denoise (Keras fit on Windows, issue thread)
    dict(fw='Keras (verbose=1)', src='https://github.com/PENGLU-WashU/IMC_Denoise/issues/11',
         line=r'Epoch 00022: saving model to C:\Users\antho\Documents\GithubRepos\IMC_Denoise\Jupyter_Notebook_examples\trained_weights\weights_144Nd-CD14.hdf5',
         want={}),
    dict(fw='Keras (verbose=1)', src='https://github.com/PENGLU-WashU/IMC_Denoise/issues/11',
         line='124/124 [==============================] - 72s 582ms/step - loss: nan - val_loss: nan',
         want={"StepTime": 582}, optional={"Step": 124}),
    dict(fw='Keras (verbose=1)', src='https://github.com/PENGLU-WashU/IMC_Denoise/issues/11',
         line='124/124 [==============================] - 74s 601ms/step - loss: nan - val_loss: nan',
         want={"StepTime": 601}, optional={"Step": 124}),
    dict(fw='Keras (verbose=1)', src='https://github.com/PENGLU-WashU/IMC_Denoise/issues/11',
         line='124/124 [==============================] - 73s 586ms/step - loss: nan - val_loss: nan',
         want={"StepTime": 586}, optional={"Step": 124}),
    # ---------------------------------------------------------------- KGRec knowledge-graph recommender (prettytable per epoch)
    # one table row: epoch, training and testing seconds, a list of three losses, ranking metrics
    dict(fw='ad-hoc print (prettytable, KG recommender)', src='https://github.com/HKUDS/KGRec/issues/5',
         line='|   6   | 1016.8289427757263 | 78.96694374084473 | [332.3973051458597, 132.3633598163724, 1.551181080925744] | [0.03213073] | [0.0189466] | [0.0102556] | [0.17893179] |',
         want={}, optional={"TrainLoss": 332.3973051458597}),
    # ---------------------------------------------------------------- MBHT sequential recommender (RecBole logger)
    # the time is the epoch's wall time
    dict(fw='RecBole', src='https://github.com/yuh-yang/MBHT-KDD22/issues/9',
         line='Mon 10 Jan 2022 17:42:14 INFO  epoch 23 training [time: 6577.31s, train loss: 160524.9026]',
         want={"TrainLoss": 160524.9026}),
    dict(fw='RecBole', src='https://github.com/yuh-yang/MBHT-KDD22/issues/9',
         line='Mon 10 Jan 2022 17:42:41 INFO  epoch 23 evaluating [time: 26.84s, valid_score: 0.280400]',
         want={}),
    dict(fw='RecBole', src='https://github.com/yuh-yang/MBHT-KDD22/issues/9',
         line='recall@5 : 0.3308    recall@10 : 0.4284    recall@101 : 1.0    ndcg@5 : 0.2491    ndcg@10 : 0.2804    ndcg@101 : 0.3921    mrr@5 : 0.2221    mrr@10 : 0.2349    mrr@101 : 0.2536    ',
         want={}),
    dict(fw='RecBole', src='https://github.com/yuh-yang/MBHT-KDD22/issues/9',
         line='Mon 10 Jan 2022 19:31:34 INFO  epoch 24 training [time: 6533.29s, train loss: 160444.3326]',
         want={"TrainLoss": 160444.3326}),
    dict(fw='RecBole', src='https://github.com/yuh-yang/MBHT-KDD22/issues/9',
         line='Mon 10 Jan 2022 21:21:14 INFO  epoch 25 training [time: 6552.19s, train loss: 160406.6953]',
         want={"TrainLoss": 160406.6953}),
    # ---------------------------------------------------------------- RGCF graph recommender (RecBole logger)
    dict(fw='RecBole', src='https://github.com/ChangxinTian/RGCF/issues/2',
         line='Sat 23 Apr 2022 00:39:03 INFO  epoch 34 training [time: 20.51s, train loss: 26.3362]',
         want={"TrainLoss": 26.3362}),
    dict(fw='RecBole', src='https://github.com/ChangxinTian/RGCF/issues/2',
         line='Sat 23 Apr 2022 00:39:25 INFO  epoch 35 training [time: 20.58s, train loss: 26.1838]',
         want={"TrainLoss": 26.1838}),
    dict(fw='RecBole', src='https://github.com/ChangxinTian/RGCF/issues/2',
         line='Sat 23 Apr 2022 00:39:26 INFO  epoch 35 evaluating [time: 1.00s, valid_score: 0.363100]',
         want={}),
    dict(fw='RecBole', src='https://github.com/ChangxinTian/RGCF/issues/2',
         line='Sat 23 Apr 2022 00:39:46 INFO  epoch 36 training [time: 20.78s, train loss: 26.0578]',
         want={"TrainLoss": 26.0578}),
    # ---------------------------------------------------------------- RecBole-GNN (short timestamp format)
    dict(fw='RecBole', src='https://github.com/RUCAIBox/RecBole-GNN/issues/66',
         line='23 May 14:00    INFO  epoch 5 training [time: 0.98s, train loss: 7450.7010]',
         want={"TrainLoss": 7450.701}),
    dict(fw='RecBole', src='https://github.com/RUCAIBox/RecBole-GNN/issues/66',
         line='23 May 14:00    INFO  epoch 5 evaluating [time: 0.05s, valid_score: 0.130400]',
         want={}),
    # ---------------------------------------------------------------- Stable-Baselines3 PPO logger table (verbose=1)
    dict(fw='Stable-Baselines3', src='https://github.com/hill-a/stable-baselines/issues/1169',
         line='|    loss                 | 0.0227     |',
         want={"TrainLoss": 0.0227}),
    # environment steps so far
    dict(fw='Stable-Baselines3', src='https://github.com/hill-a/stable-baselines/issues/1169',
         line='|    total_timesteps      | 9000       |',
         want={}, optional={"Step": 9000}),
    # ---------------------------------------------------------------- Stable Baselines (v2) PPO2 logger table
    dict(fw='Stable Baselines (v2)', src='https://github.com/hill-a/stable-baselines/issues/1035',
         line='| policy_loss               | -2.9802322e-08 |',
         want={}, optional={"TrainLoss": -2.9802322e-08}),
    # ---------------------------------------------------------------- LightGBM command-line trainer
    dict(fw='LightGBM (CLI)', src='https://github.com/lightgbm-org/LightGBM/issues/39',
         line="[LightGBM] [Info] Iteration:998, training's auc: 1.000000",
         want={"Step": 998}),
    dict(fw='LightGBM (CLI)', src='https://github.com/lightgbm-org/LightGBM/issues/39',
         line="[LightGBM] [Info] Iteration:998, training's log loss: 0.004594",
         want={"Step": 998, "TrainLoss": 0.004594}),
    # seconds since the start of training
    dict(fw='LightGBM (CLI)', src='https://github.com/lightgbm-org/LightGBM/issues/39',
         line='[LightGBM] [Info] 2.432232 seconds elapsed, finished 998 iteration',
         want={"Step": 998}),
    dict(fw='LightGBM (CLI)', src='https://github.com/lightgbm-org/LightGBM/issues/39',
         line='[LightGBM] [Info] cannot find more split with gain = -inf , current #leaves=16',
         want={}),
    dict(fw='LightGBM (CLI)', src='https://github.com/lightgbm-org/LightGBM/issues/39',
         line="[LightGBM] [Info] Iteration:1000, training's log loss: 0.004583",
         want={"Step": 1000, "TrainLoss": 0.004583}),
    # ---------------------------------------------------------------- LightGBM in Python, pasted from a Kaggle log (seconds | log line | message)
    # the bracket is the boosting round
    dict(fw='LightGBM (Python, Kaggle log)', src='https://github.com/lightgbm-org/LightGBM/issues/5940',
         line="13129.7s | 202 | [365]\tvalid_0's auc: 0.610046\tvalid_0's binary_logloss: 0.180457",
         want={"ValLoss": 0.180457}, optional={"Step": 365}),
    dict(fw='LightGBM (Python, Kaggle log)', src='https://github.com/lightgbm-org/LightGBM/issues/5940',
         line="13129.7s | 203 | [366]\tvalid_0's auc: 0.610046\tvalid_0's binary_logloss: 0.180457",
         want={"ValLoss": 0.180457}, optional={"Step": 366}),
    dict(fw='LightGBM (Python, Kaggle log)', src='https://github.com/lightgbm-org/LightGBM/issues/5940',
         line="13129.7s | 214 | [377]\tvalid_0's auc: 0.610046\tvalid_0's binary_logloss: 0.180457",
         want={"ValLoss": 0.180457}, optional={"Step": 377}),
    # ---------------------------------------------------------------- LightGBM multiclass through a patched scikit-learn (quote markers dropped)
    dict(fw='LightGBM (Python, multiclass)', src='https://github.com/uxlfoundation/scikit-learn-intelex/pull/295',
         line="[32]\ttraining's multi_logloss: 0.0699909",
         want={"TrainLoss": 0.0699909}, optional={"Step": 32}),
    dict(fw='LightGBM (Python, multiclass)', src='https://github.com/uxlfoundation/scikit-learn-intelex/pull/295',
         line="[40]\ttraining's multi_logloss: 0.0542363",
         want={"TrainLoss": 0.0542363}, optional={"Step": 40}),
    dict(fw='LightGBM (Python, multiclass)', src='https://github.com/uxlfoundation/scikit-learn-intelex/pull/295',
         line="[50]\ttraining's multi_logloss: 0.0444481",
         want={"TrainLoss": 0.0444481}, optional={"Step": 50}),
    dict(fw='LightGBM (Python, multiclass)', src='https://github.com/uxlfoundation/scikit-learn-intelex/pull/295',
         line="[60]\ttraining's multi_logloss: 0.0391643",
         want={"TrainLoss": 0.0391643}, optional={"Step": 60}),
    # ---------------------------------------------------------------- XGBoost JVM package (error rates only)
    dict(fw='XGBoost (JVM)', src='https://github.com/dmlc/xgboost/issues/4252',
         line='[0]\ttest-merror:0.330769\ttrain-merror:0.191715',
         want={}, optional={"Step": 0}),
    # ---------------------------------------------------------------- detectron2 plain_train_net (colour code left as pasted)
    dict(fw='detectron2', src='https://github.com/facebookresearch/detectron2/issues/1345',
         line='[32m[05/01 07:04:51 d2.utils.events]:  eta: N/A  iter: 197900  total_loss: 0.035  loss_box_reg: 0.015  loss_cls: 0.017      lr: 0.002500  max_mem: 5937M',
         want={"Step": 197900, "TrainLoss": 0.035}),
    # ---------------------------------------------------------------- BMSG-GAN (print loop): discriminator and generator losses on one line
    dict(fw='ad-hoc print (GAN)', src='https://github.com/akanimax/BMSG-GAN/issues/40',
         line='Elapsed [0:05:20.807550] batch: 252  d_loss: 0.000000  g_loss: 9.195433',
         want={}, optional={"Step": 252, "TrainLoss": 9.195433}),
    # ---------------------------------------------------------------- PaddleClas image classification
    # the step counts batches of epoch 0; batch_cost is seconds per batch
    dict(fw='PaddleClas', src='https://github.com/PaddlePaddle/PaddleClas/issues/590',
         line='2021-01-31 06:32:43 INFO: epoch:0  , train step:260 , top1: 0.34375, top5: 0.54688, loss: 3.33287, lr: 0.003750, batch_cost: 0.59293 s, reader_cost: 0.00416 s, ips: 107.93876 images/sec.',
         want={"TrainLoss": 3.33287, "StepTime": 592.93, "SamplesPerSecond": 107.93876}, optional={"Step": 260}),
    dict(fw='PaddleClas', src='https://github.com/PaddlePaddle/PaddleClas/issues/590',
         line='2021-01-31 06:32:49 INFO: epoch:0  , train step:270 , top1: 0.42188, top5: 0.67188, loss: 2.83522, lr: 0.003750, batch_cost: 0.59300 s, reader_cost: 0.00417 s, ips: 107.92617 images/sec.',
         want={"TrainLoss": 2.83522, "StepTime": 593.0, "SamplesPerSecond": 107.92617}, optional={"Step": 270}),
    dict(fw='PaddleClas', src='https://github.com/PaddlePaddle/PaddleClas/issues/590',
         line='2021-01-31 06:32:55 INFO: epoch:0  , train step:280 , top1: 0.35938, top5: 0.60938, loss: 3.29248, lr: 0.003750, batch_cost: 0.59318 s, reader_cost: 0.00415 s, ips: 107.89305 images/sec.',
         want={"TrainLoss": 3.29248, "StepTime": 593.18, "SamplesPerSecond": 107.89305}, optional={"Step": 280}),
    dict(fw='PaddleClas', src='https://github.com/PaddlePaddle/PaddleClas/issues/590',
         line='2021-01-31 06:33:01 INFO: epoch:0  , train step:290 , top1: 0.39062, top5: 0.57812, loss: 3.29120, lr: 0.003750, batch_cost: 0.59336 s, reader_cost: 0.00415 s, ips: 107.85952 images/sec.',
         want={"TrainLoss": 3.2912, "StepTime": 593.36, "SamplesPerSecond": 107.85952}, optional={"Step": 290}),
    dict(fw='PaddleClas', src='https://github.com/PaddlePaddle/PaddleClas/issues/590',
         line='2021-01-31 06:33:07 INFO: epoch:0  , train step:300 , top1: 0.39062, top5: 0.64062, loss: 3.06950, lr: 0.003750, batch_cost: 0.59353 s, reader_cost: 0.00418 s, ips: 107.83008 images/sec.',
         want={"TrainLoss": 3.0695, "StepTime": 593.53, "SamplesPerSecond": 107.83008}, optional={"Step": 300}),
    # ---------------------------------------------------------------- PaddleVideo PP-TSM with @to_static (PR thread)
    dict(fw='PaddleVideo', src='https://github.com/PaddlePaddle/PaddleVideo/pull/526',
         line='[09/19 06:12:34] epoch:[  1/120] train step:0    loss: 6.73109 lr: 0.005000 top1: 0.00000 top5: 0.00000 batch_cost: 6.66994 sec, reader_cost: 2.35108 sec, ips: 2.39882 instance/sec, eta: 4 days, 10:43:02',
         want={"TrainLoss": 6.73109, "StepTime": 6669.94, "SamplesPerSecond": 2.39882}, optional={"Step": 0}),
    dict(fw='PaddleVideo', src='https://github.com/PaddlePaddle/PaddleVideo/pull/526',
         line='[09/19 06:12:38] epoch:[  1/120] train step:10   loss: 0.64441 lr: 0.005010 top1: 0.68359 top5: 1.00000 batch_cost: 0.34460 sec, reader_cost: 0.00044 sec, ips: 46.43097 instance/sec, eta: 14:49:41',
         want={"TrainLoss": 0.64441, "StepTime": 344.6, "SamplesPerSecond": 46.43097}, optional={"Step": 10}),
    dict(fw='PaddleVideo', src='https://github.com/PaddlePaddle/PaddleVideo/pull/526',
         line='[09/19 06:12:41] epoch:[  1/120] train step:20   loss: 1.77272 lr: 0.005020 top1: 0.31850 top5: 1.00000 batch_cost: 0.35524 sec, reader_cost: 0.01112 sec, ips: 45.04014 instance/sec, eta: 10:25:10',
         want={"TrainLoss": 1.77272, "StepTime": 355.24, "SamplesPerSecond": 45.04014}, optional={"Step": 20}),
    dict(fw='PaddleVideo', src='https://github.com/PaddlePaddle/PaddleVideo/pull/526',
         line='[09/19 06:12:45] epoch:[  1/120] train step:30   loss: 0.66177 lr: 0.005030 top1: 0.62500 top5: 1.00000 batch_cost: 0.35329 sec, reader_cost: 0.00018 sec, ips: 45.28862 instance/sec, eta: 8:51:52',
         want={"TrainLoss": 0.66177, "StepTime": 353.29, "SamplesPerSecond": 45.28862}, optional={"Step": 30}),
    # ---------------------------------------------------------------- sentence-transformers subclass with its own fit() logging (rank prefix)
    # the bracket counts batches of the epoch
    dict(fw='sentence-transformers (custom fit)', src='https://github.com/izhx/uni-rep/issues/2',
         line='0 | 2023-05-31 22:13:22,478 - INFO - UniSentenceTransformer.fit() : [Iter 228 / 762] loss: 1.39199960231781',
         want={"TrainLoss": 1.39199960231781}, optional={"Step": 228}),
    dict(fw='sentence-transformers (custom fit)', src='https://github.com/izhx/uni-rep/issues/2',
         line='0 | 2023-06-01 00:35:26,532 - INFO - UniSentenceTransformer.fit() : [Iter 532 / 762] loss: 1.076464056968689',
         want={"TrainLoss": 1.076464056968689}, optional={"Step": 532}),
    dict(fw='sentence-transformers (custom fit)', src='https://github.com/izhx/uni-rep/issues/2',
         line='0 | 2023-06-01 01:46:35,112 - INFO - UniSentenceTransformer.fit() : [Iter 684 / 762] loss: 1.0662236213684082',
         want={"TrainLoss": 1.0662236213684082}, optional={"Step": 684}),
    dict(fw='sentence-transformers (custom fit)', src='https://github.com/izhx/uni-rep/issues/2',
         line='0 | 2023-06-01 02:22:03,322 - INFO - UniSentenceTransformer.fit() : [Iter 760 / 762] loss: 1.1571944952011108',
         want={"TrainLoss": 1.1571944952011108}, optional={"Step": 760}),
    # ---------------------------------------------------------------- MMDetection3D MVXNet (mmcv text logger)
    # the bracket counts batches of epoch 6; time is seconds per iteration
    dict(fw='MMDetection3D (mmcv)', src='https://github.com/open-mmlab/mmdetection3d/issues/496',
         line='2021-04-24 14:46:51,719 - mmdet - INFO - Epoch [6][3950/8195]   lr: 2.886e-03, eta: 2 days, 12:01:48, time: 0.764, data_time: 0.006, memory: 4553, loss_cls: 0.3132, loss_bbox: 0.8662, loss_dir: 0.0910, loss: 1.2704, grad_norm: 2.3257',
         want={"TrainLoss": 1.2704, "GradNorm": 2.3257}, optional={"Step": 3950, "StepTime": 764}),
    dict(fw='MMDetection3D (mmcv)', src='https://github.com/open-mmlab/mmdetection3d/issues/496',
         line='2021-04-24 14:47:31,521 - mmdet - INFO - Epoch [6][4000/8195]   lr: 2.886e-03, eta: 2 days, 12:01:20, time: 0.796, data_time: 0.006, memory: 4553, loss_cls: 0.3746, loss_bbox: 0.9762, loss_dir: 0.0898, loss: 1.4406, grad_norm: 2.3565',
         want={"TrainLoss": 1.4406, "GradNorm": 2.3565}, optional={"Step": 4000, "StepTime": 796}),
    dict(fw='MMDetection3D (mmcv)', src='https://github.com/open-mmlab/mmdetection3d/issues/496',
         line='2021-04-24 14:48:11,032 - mmdet - INFO - Epoch [6][4050/8195]   lr: 2.886e-03, eta: 2 days, 12:00:50, time: 0.790, data_time: 0.006, memory: 4553, loss_cls: 0.3404, loss_bbox: 0.8319, loss_dir: 0.0908, loss: 1.2632, grad_norm: 2.4758',
         want={"TrainLoss": 1.2632, "GradNorm": 2.4758}, optional={"Step": 4050, "StepTime": 790}),
    dict(fw='MMDetection3D (mmcv)', src='https://github.com/open-mmlab/mmdetection3d/issues/496',
         line='2021-04-24 14:48:50,557 - mmdet - INFO - Epoch [6][4100/8195]   lr: 2.886e-03, eta: 2 days, 12:00:20, time: 0.790, data_time: 0.006, memory: 4553, loss_cls: 0.3433, loss_bbox: 0.8730, loss_dir: 0.0953, loss: 1.3115, grad_norm: 2.6249',
         want={"TrainLoss": 1.3115, "GradNorm": 2.6249}, optional={"Step": 4100, "StepTime": 790}),
    dict(fw='MMDetection3D (mmcv)', src='https://github.com/open-mmlab/mmdetection3d/issues/496',
         line='2021-04-24 14:49:29,933 - mmdet - INFO - Epoch [6][4150/8195]   lr: 2.886e-03, eta: 2 days, 11:59:49, time: 0.788, data_time: 0.006, memory: 4553, loss_cls: 0.3695, loss_bbox: 0.8402, loss_dir: 0.0922, loss: 1.3018, grad_norm: 2.6444',
         want={"TrainLoss": 1.3018, "GradNorm": 2.6444}, optional={"Step": 4150, "StepTime": 788}),
    # ---------------------------------------------------------------- Ultralytics YOLOv8 (unlabeled loss columns; the bar counts batches of the epoch)
    dict(fw='Ultralytics YOLOv8', src='https://github.com/ultralytics/ultralytics/issues/3075',
         line='        1/8       2.8G     0.4452      1.629      1.087         18        704: 100%|██████████| 25848/25848 [5:32:46<00:00,  1.29it/s]',
         want={}, optional={"Step": 25848, "IterationsPerSecond": 1.29}),
    # the validation summary row: images, instances, P, R, mAP50, mAP50-95
    dict(fw='Ultralytics YOLOv8', src='https://github.com/ultralytics/ultralytics/issues/3075',
         line='                   all     206780     411952      0.532      0.358      0.398      0.371',
         want={}),
    # Colab output, the bar drawn without blocks
    dict(fw='Ultralytics YOLOv8', src='https://github.com/ultralytics/ultralytics/issues/863',
         line='       1/70      2.59G      2.285      4.207      2.061         76        640: 100% 60/60 [00:30<00:00,  1.96it/s]',
         want={}, optional={"Step": 60, "IterationsPerSecond": 1.96}),
    # ---------------------------------------------------------------- accelerate example with loguru (epoch wall time only)
    dict(fw='accelerate (loguru print)', src='https://github.com/huggingface/accelerate/issues/485',
         line='2022-07-02 07:42:09.937 | INFO     | __main__:training_function:68 - time : 0:00:10.736053',
         want={}),
    # ---------------------------------------------------------------- DistributedDataParallel loop, both ranks print the epoch-mean loss
    dict(fw='ad-hoc print (DDP loop)', src='https://github.com/pytorch/pytorch/issues/14628',
         line='Loss in epoch 0  =  2.16241826098016',
         want={"TrainLoss": 2.16241826098016}),
    dict(fw='ad-hoc print (DDP loop)', src='https://github.com/pytorch/pytorch/issues/14628',
         line='Loss in epoch 1  =  1.2776704367170943',
         want={"TrainLoss": 1.2776704367170943}),
    dict(fw='ad-hoc print (DDP loop)', src='https://github.com/pytorch/pytorch/issues/14628',
         line='Loss in epoch 2  =  0.8121602121819841',
         want={"TrainLoss": 0.8121602121819841}),
    dict(fw='ad-hoc print (DDP loop)', src='https://github.com/pytorch/pytorch/issues/14628',
         line='Loss in epoch 3  =  0.663035316162921',
         want={"TrainLoss": 0.663035316162921}),
    # ---------------------------------------------------------------- PyTorch Lightning 0.6 progress bar: a smoothed loss and the logged train_loss disagree
    dict(fw='PyTorch Lightning', src='https://github.com/Lightning-AI/pytorch-lightning/issues/1238',
         line='Epoch 1:  79%|███████▉  | 691/870 [00:07<00:01, 100.85batch/s, accuracy=0.7, batch_idx=690, gpu=0, loss=0.442, train_loss=0.535, v_num=2]  ',
         want={}, optional={"TrainLoss": 0.535, "Step": 691, "IterationsPerSecond": 100.85}),
    # ---------------------------------------------------------------- nanochat base_train on one RTX 4090
    dict(fw='nanochat', src='https://github.com/karpathy/nanochat/issues/157',
         line='step 04245/21400 (19.84%) | loss: 3.012123 | lrm: 1.00 | dt: 13776.73ms | tok/sec: 594 | mfu: 13.44 | total time: 971.74m',
         want={"Step": 4245, "TrainLoss": 3.012123, "StepTime": 13776.73, "TokensPerSecond": 594}),
    # ---------------------------------------------------------------- NER toolkit (logging with | separators); batch counts batches of the epoch
    dict(fw='ad-hoc logging (NER)', src='https://github.com/EdisonChen0816/ner_toolkit/issues/1',
         line='2021-01-05 15:21:22,065|INFO|epoch:0, batch: 1, current loss: 4.891431',
         want={"TrainLoss": 4.891431}, optional={"Step": 1}),
    dict(fw='ad-hoc logging (NER)', src='https://github.com/EdisonChen0816/ner_toolkit/issues/1',
         line='2021-01-05 15:21:27,084|INFO|epoch:0, batch: 11, current loss: 2.107296',
         want={"TrainLoss": 2.107296}, optional={"Step": 11}),
    dict(fw='ad-hoc logging (NER)', src='https://github.com/EdisonChen0816/ner_toolkit/issues/1',
         line='2021-01-05 15:21:47,082|INFO|epoch:0, batch: 51, current loss: 1.633699',
         want={"TrainLoss": 1.633699}, optional={"Step": 51}),
    dict(fw='ad-hoc logging (NER)', src='https://github.com/EdisonChen0816/ner_toolkit/issues/1',
         line='2021-01-05 15:22:12,263|INFO|epoch:0, batch: 101, current loss: 1.551381',
         want={"TrainLoss": 1.551381}, optional={"Step": 101}),
    dict(fw='ad-hoc logging (NER)', src='https://github.com/EdisonChen0816/ner_toolkit/issues/1',
         line='2021-01-05 15:22:37,528|INFO|epoch:0, batch: 151, current loss: 1.410269',
         want={"TrainLoss": 1.410269}, optional={"Step": 151}),
    # ---------------------------------------------------------------- HF Trainer evaluation on a test split (distilling step-by-step)
    dict(fw='HF Trainer', src='https://github.com/google-research/distilling-step-by-step/issues/1',
         line="{'eval_test_loss': 0.593071460723877, 'eval_test_accuracy': 0.6142506142506142, 'eval_test_runtime': 8.4268, 'eval_test_samples_per_second': 144.895, 'eval_test_steps_per_second': 4.628, 'epoch': 36.5} ",
         want={"ValLoss": 0.593071460723877}),
    # ---------------------------------------------------------------- TRL SFTTrainer (HF Trainer dicts padded by the bar's width)
    dict(fw='TRL SFTTrainer', src='https://github.com/huggingface/trl/issues/733',
         line="{'loss': 1.0037, 'learning_rate': 1e-05, 'epoch': 0.01}                                                                   ",
         want={"TrainLoss": 1.0037}),
    dict(fw='TRL SFTTrainer', src='https://github.com/huggingface/trl/issues/733',
         line="{'loss': 0.7644, 'learning_rate': 1e-05, 'epoch': 0.03}                                                                   ",
         want={"TrainLoss": 0.7644}),
    dict(fw='TRL SFTTrainer', src='https://github.com/huggingface/trl/issues/733',
         line="{'loss': 0.613, 'learning_rate': 1e-05, 'epoch': 0.07}                                                                    ",
         want={"TrainLoss": 0.613}),
    dict(fw='TRL SFTTrainer', src='https://github.com/huggingface/trl/issues/733',
         line="{'loss': 0.5651, 'learning_rate': 1e-05, 'epoch': 0.1}                                                                    ",
         want={"TrainLoss": 0.5651}),
    # ---------------------------------------------------------------- LLaMA-Factory LoRA on ChatGLM3 (HF Trainer dicts, grad_norm nan)
    dict(fw='LLaMA-Factory (HF Trainer)', src='https://github.com/hiyouga/LlamaFactory/issues/4031',
         line="{'loss': 2.6257, 'grad_norm': nan, 'learning_rate': 6.666666666666667e-08, 'epoch': 0.07}                                                                                                    ",
         want={"TrainLoss": 2.6257}),
    dict(fw='LLaMA-Factory (HF Trainer)', src='https://github.com/hiyouga/LlamaFactory/issues/4031',
         line="{'loss': 0.0, 'grad_norm': nan, 'learning_rate': 1.3333333333333334e-07, 'epoch': 0.14}                                                                                                      ",
         want={"TrainLoss": 0.0}),
    dict(fw='LLaMA-Factory (HF Trainer)', src='https://github.com/hiyouga/LlamaFactory/issues/4031',
         line="{'loss': 0.0, 'grad_norm': nan, 'learning_rate': 2e-07, 'epoch': 0.21}                                                                                                                       ",
         want={"TrainLoss": 0.0}),
    dict(fw='LLaMA-Factory (HF Trainer)', src='https://github.com/hiyouga/LlamaFactory/issues/4031',
         line='/usr/local/lib/python3.10/dist-packages/torch/nn/parallel/_functions.py:68: UserWarning: Was asked to gather along dimension 0, but all input tensors were scalars; will instead unsqueeze and return a vector.',
         want={}),
    # ---------------------------------------------------------------- fastai v1 fit_one_cycle under distributed launch (table header)
    dict(fw='fastai', src='https://github.com/fastai/fastai/issues/2512',
         line='epoch     train_loss  valid_loss  error_rate  time    ',
         want={}),
]
