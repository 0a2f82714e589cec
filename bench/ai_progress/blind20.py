# A twentieth blind held-out set of progress lines for the AI-training pack,
# collected on 2026-12-07 (UTC evening). About three quarters of the lines
# come from training logs that people committed to their repositories
# (train.log, training.log, logs/train.log, logs/training.log,
# logs/output.log, log/train.log, log_train.txt, output/train.log,
# train.out, nohup.out, output.log, run.log), read from the repository at
# the commit named in `src`; the others were copied verbatim from public
# GitHub issues and pull requests in which users pasted part of a training
# log, and `src` then names the thread. No source (repository file, issue or
# pull request) used in heldout.py, fresh.py, devset.py, devset2.py or
# blind.py .. blind18.py was taken again: a repository file counts as used
# whatever commit an earlier set read it at, and lines from issue trackers
# of trainers used before come from new threads. At most five lines come
# from one source. The set was written without looking at the pack or its
# tests, each expectation decided from what the line itself prints, and it
# was frozen before it was scored even once.
# Same fields as heldout.py: the framework, where the line was seen, the line
# as printed (tabs, the `\r` that starts a progress-bar refresh, ANSI escapes
# and leading or trailing blanks kept), the progress metrics it must yield
# (`want`) and metrics it may yield or not (`optional`: an in-epoch batch
# counter, an environment-step or boosting-round counter, a tqdm bar's rate,
# a time whose unit or span the line does not print, a running mean next to
# or instead of a per-step value, a loss whose meaning the line leaves open,
# a value in an unlabeled column row). `want={}` marks a line that holds no
# training progress: the pack stays quiet. StepTime is in milliseconds. A NaN
# or inf value yields no metric.
# A case holds one record: where several `\r` refreshes share a physical
# line, the refresh the case names, from its `\r` up to the next `\r` or
# newline.
# blind19 was collected at the same time. Five repository files were read
# for both sets; their fifteen lines were removed from this set, which was
# collected second (the two sets had been scored once as collected; see
# docs/ai-pack.md).

CASES = [
    # ---------------------------------------------------------------- D4PG biped walker (tqdm over environment steps), committed train.log
    # environment steps and the bar's rate only
    dict(fw='RL D4PG (tqdm)', src='https://github.com/AsterisCrack/BipedRobot/blob/1cc45e9637cef6fe05723b38d094b338b9d41be4/train.log',
         line='\rTraining:   1%|          | 265728/30000000 [07:52<15:10:23, 544.35step/s]',
         want={}, optional={"Step": 265728, "IterationsPerSecond": 544.35}),
    dict(fw='RL D4PG (tqdm)', src='https://github.com/AsterisCrack/BipedRobot/blob/1cc45e9637cef6fe05723b38d094b338b9d41be4/train.log',
         line='\rTraining:   3%|▎         | 1033728/30000000 [31:28<14:50:36, 542.07step/s]',
         want={}, optional={"Step": 1033728, "IterationsPerSecond": 542.07}),
    dict(fw='RL D4PG (tqdm)', src='https://github.com/AsterisCrack/BipedRobot/blob/1cc45e9637cef6fe05723b38d094b338b9d41be4/train.log',
         line='NaN or Inf found in input tensor.',
         want={}),
    # ---------------------------------------------------------------- PDPP-style procedure planner (tqdm over epochs), committed nohup.out
    # the bar counts epochs
    dict(fw='tqdm loop (procedure planning)', src='https://github.com/WiserZhou/MTID/blob/7485c8b6e1013dd1e316956dd4a00d3674f68f98/nohup.out',
         line='\rtotal train:   1%|          | 2/200 [01:10<1:56:14, 35.22s/it]',
         want={}, optional={"Step": 2, "IterationsPerSecond": 1/35.22}),
    dict(fw='tqdm loop (procedure planning)', src='https://github.com/WiserZhou/MTID/blob/7485c8b6e1013dd1e316956dd4a00d3674f68f98/nohup.out',
         line='\rtotal train:   0%|          | 0/200 [00:00<?, ?it/s]Loaded /home/zhouyufan/Projects/PDPP/dataset/crosstask/crosstask_release/train_list.json',
         want={}),
    # ---------------------------------------------------------------- ssd.pytorch on VOC, committed train.log
    # a NumPy warning is printed on the same line after the loss
    dict(fw='ssd.pytorch', src='https://github.com/2014Vee/ssd-pytorch/blob/1982d59deccd94c50584b84cba50ce7c02261f8e/train.log',
         line="iter 0 || Loss: 19.4798 || /usr/idip/idip/liuping/code/ssd.pytorch/utils/augmentations.py:238: VisibleDeprecationWarning: Creating an ndarray from ragged nested sequences (which is a list-or-tuple of lists-or-tuples-or ndarrays with different lengths or shapes) is deprecated. If you meant to do this, you must specify 'dtype=object' when creating the ndarray",
         want={"Step": 0, "TrainLoss": 19.4798}),
    dict(fw='ssd.pytorch', src='https://github.com/2014Vee/ssd-pytorch/blob/1982d59deccd94c50584b84cba50ce7c02261f8e/train.log',
         line="iter 7000 || Loss: 0.1123 || /usr/idip/idip/liuping/code/ssd.pytorch/utils/augmentations.py:238: VisibleDeprecationWarning: Creating an ndarray from ragged nested sequences (which is a list-or-tuple of lists-or-tuples-or ndarrays with different lengths or shapes) is deprecated. If you meant to do this, you must specify 'dtype=object' when creating the ndarray",
         want={"Step": 7000, "TrainLoss": 0.1123}),
    # time of the last iteration before the print; the line does not say so
    dict(fw='ssd.pytorch', src='https://github.com/2014Vee/ssd-pytorch/blob/1982d59deccd94c50584b84cba50ce7c02261f8e/train.log',
         line='timer: 0.5149 sec.',
         want={}, optional={"StepTime": 514.9}),
    # the checkpoint message repeats the iteration
    dict(fw='ssd.pytorch', src='https://github.com/2014Vee/ssd-pytorch/blob/1982d59deccd94c50584b84cba50ce7c02261f8e/train.log',
         line='iter 12000 || Loss: 0.0438 || Saving state, iter: 12000',
         want={"Step": 12000, "TrainLoss": 0.0438}),
    dict(fw='ssd.pytorch', src='https://github.com/2014Vee/ssd-pytorch/blob/1982d59deccd94c50584b84cba50ce7c02261f8e/train.log',
         line="iter 2500 || Loss: 0.9835 || /usr/idip/idip/liuping/code/ssd.pytorch/utils/augmentations.py:238: VisibleDeprecationWarning: Creating an ndarray from ragged nested sequences (which is a list-or-tuple of lists-or-tuples-or ndarrays with different lengths or shapes) is deprecated. If you meant to do this, you must specify 'dtype=object' when creating the ndarray",
         want={"Step": 2500, "TrainLoss": 0.9835}),
    # ---------------------------------------------------------------- GraphNovo (graph model for de novo peptide sequencing), committed train.log
    # bare loss with classification scores; train or evaluation is not said
    dict(fw='GraphNovo', src='https://github.com/AmadeusloveIris/GraphNovo/blob/fa43fb0c28bde852e89b210de8e28318c7c987b7/train.log',
         line='loss:0.007478983821019938, accuracy:0.9972057342529297, recall:0.9870195388793945, precision:0.9871930480003357',
         want={}, optional={"TrainLoss": 0.007478983821019938}),
    # ---------------------------------------------------------------- DQN recommender simulation, committed output.log
    dict(fw='ad-hoc DQN recommender', src='https://github.com/123lichen114/rec_rl_1/blob/b212636a0707422327e7262a629333d2f0d42011/output.log',
         line='recommended items : 11,  epsilon : 1.000, reward : +1',
         want={}),
    # ---------------------------------------------------------------- NFFM click-through model (TensorFlow print loop), committed log/train.log
    dict(fw='NFFM (recommendation, TF loop)', src='https://github.com/hanxu0721/NFFM/blob/1e797b78298f87ccfd4bd0857f0da8134fc410ea/log/train.log',
         line='step=36 ,loss=0.46530, auc=0.53723',
         want={"Step": 36, "TrainLoss": 0.4653}),
    dict(fw='NFFM (recommendation, TF loop)', src='https://github.com/hanxu0721/NFFM/blob/1e797b78298f87ccfd4bd0857f0da8134fc410ea/log/train.log',
         line='step=16 ,loss=3.53340, auc=0.53903',
         want={"Step": 16, "TrainLoss": 3.5334}),
    dict(fw='NFFM (recommendation, TF loop)', src='https://github.com/hanxu0721/NFFM/blob/1e797b78298f87ccfd4bd0857f0da8134fc410ea/log/train.log',
         line='step=75 ,loss=0.40494, auc=0.50914',
         want={"Step": 75, "TrainLoss": 0.40494}),
    dict(fw='NFFM (recommendation, TF loop)', src='https://github.com/hanxu0721/NFFM/blob/1e797b78298f87ccfd4bd0857f0da8134fc410ea/log/train.log',
         line='step=153 ,loss=0.39584, auc=0.50103',
         want={"Step": 153, "TrainLoss": 0.39584}),
    dict(fw='NFFM (recommendation, TF loop)', src='https://github.com/hanxu0721/NFFM/blob/1e797b78298f87ccfd4bd0857f0da8134fc410ea/log/train.log',
         line='step=192 ,loss=0.55919, auc=0.50727',
         want={"Step": 192, "TrainLoss": 0.55919}),
    # ---------------------------------------------------------------- PPO trading agent (print loop), committed logs/training.log
    # actor and critic losses of one PPO epoch: no single training loss
    dict(fw='ad-hoc PPO loop', src='https://github.com/MathysVinatier/PPO_finance/blob/c7dba9cd23d317d16f198620c7b4120b7123da2a/logs/training.log',
         line='     | Epoch 162/200 - Actor loss : -0.1775, Critic loss : 0.0252',
         want={}),
    dict(fw='ad-hoc PPO loop', src='https://github.com/MathysVinatier/PPO_finance/blob/c7dba9cd23d317d16f198620c7b4120b7123da2a/logs/training.log',
         line='     | Epoch 5/100 - Actor loss : -0.1715, Critic loss : 2.6374',
         want={}),
    # ---------------------------------------------------------------- Keras 2 sound classifier (bar counts samples), committed log/train.log
    # the counter is samples, and us/step is per sample
    dict(fw='Keras', src='https://github.com/EsArtic/Sound_Classification/blob/0352b58f5e8d3725b6c9fbc71d85f5ab84d18245/log/train.log',
         line='7844/7844 [==============================] - 4s 517us/step - loss: 0.7835 - acc: 0.7446 - val_loss: 1.9289 - val_acc: 0.5372',
         want={"TrainLoss": 0.7835, "ValLoss": 1.9289}, optional={"Step": 7844, "StepTime": 0.517}),
    dict(fw='Keras', src='https://github.com/EsArtic/Sound_Classification/blob/0352b58f5e8d3725b6c9fbc71d85f5ab84d18245/log/train.log',
         line='2944/7844 [==========>...................] - ETA: 2s - loss: 0.7676 - acc: 0.7463',
         want={"TrainLoss": 0.7676}, optional={"Step": 2944}),
    dict(fw='Keras', src='https://github.com/EsArtic/Sound_Classification/blob/0352b58f5e8d3725b6c9fbc71d85f5ab84d18245/log/train.log',
         line='7742/7742 [==============================] - 5s 662us/step - loss: 2.5692 - acc: 0.1807 - val_loss: 2.2395 - val_acc: 0.2596',
         want={"TrainLoss": 2.5692, "ValLoss": 2.2395}, optional={"Step": 7742, "StepTime": 0.662}),
    dict(fw='Keras', src='https://github.com/EsArtic/Sound_Classification/blob/0352b58f5e8d3725b6c9fbc71d85f5ab84d18245/log/train.log',
         line='7742/7742 [==============================] - 4s 521us/step - loss: 2.1255 - acc: 0.2749 - val_loss: 2.1624 - val_acc: 0.2929',
         want={"TrainLoss": 2.1255, "ValLoss": 2.1624}, optional={"Step": 7742, "StepTime": 0.521}),
    dict(fw='Keras', src='https://github.com/EsArtic/Sound_Classification/blob/0352b58f5e8d3725b6c9fbc71d85f5ab84d18245/log/train.log',
         line='7742/7742 [==============================] - 4s 522us/step - loss: 1.9487 - acc: 0.3327 - val_loss: 1.9528 - val_acc: 0.3212',
         want={"TrainLoss": 1.9487, "ValLoss": 1.9528}, optional={"Step": 7742, "StepTime": 0.522}),
    # ---------------------------------------------------------------- Qwen2.5-VL teacher-student fine-tune (HF Trainer dicts), committed run.log
    # total, student and teacher losses in one dict; `loss` is the one optimized
    dict(fw='HF Trainer (Qwen2.5-VL distillation)', src='https://github.com/Pein2017/Qwen2.5Vl/blob/0e3fa8b633012472669955818e25a237e6332464/run.log',
         line="{'loss': 0.6483418941497803, 'grad_norm': 26.618043899536133, 'lm_loss': 0.6483418941497803, 'teacher_lm_loss': 0.5809226781129837, 'student_lm_loss': 0.6599636152386665, 'remaining_hr': 0.782, 'lr/vision': 4.285714285714285e-07, 'lr/merger': 1.0714285714285714e-05, 'lr/llm': 2.6785714285714285e-06, 'epoch': 1.9655172413793105}",
         want={"TrainLoss": 0.6483418941497803, "GradNorm": 26.618043899536133}),
    dict(fw='HF Trainer (Qwen2.5-VL distillation)', src='https://github.com/Pein2017/Qwen2.5Vl/blob/0e3fa8b633012472669955818e25a237e6332464/run.log',
         line="{'eval_loss': 1.3577035665512085, 'eval_runtime': 1.918, 'eval_samples_per_second': 19.813, 'eval_steps_per_second': 2.086, 'lr/vision': 7.18853002889169e-07, 'lr/merger': 1.7971325072229227e-05, 'lr/llm': 4.492831268057307e-06, 'epoch': 10.0}",
         want={"ValLoss": 1.3577035665512085}),
    dict(fw='HF Trainer (Qwen2.5-VL distillation)', src='https://github.com/Pein2017/Qwen2.5Vl/blob/0e3fa8b633012472669955818e25a237e6332464/run.log',
         line='\rLoading checkpoint shards:   0%|          | 0/2 [00:00<?, ?it/s]',
         want={}),
    dict(fw='HF Trainer (Qwen2.5-VL distillation)', src='https://github.com/Pein2017/Qwen2.5Vl/blob/0e3fa8b633012472669955818e25a237e6332464/run.log',
         line="{'loss': 0.24445324391126633, 'grad_norm': 31.653186798095703, 'lm_loss': 0.24445324391126633, 'teacher_lm_loss': 0.05910974554717541, 'student_lm_loss': 0.4547908753156662, 'remaining_hr': 0.502, 'lr/vision': 5.956660004437158e-07, 'lr/merger': 1.4891650011092896e-05, 'lr/llm': 3.722912502773224e-06, 'epoch': 14.137931034482758}",
         want={"TrainLoss": 0.24445324391126633, "GradNorm": 31.653186798095703}),
    dict(fw='HF Trainer (Qwen2.5-VL distillation)', src='https://github.com/Pein2017/Qwen2.5Vl/blob/0e3fa8b633012472669955818e25a237e6332464/run.log',
         line="{'loss': 0.08933000732213259, 'grad_norm': 29.553356170654297, 'lm_loss': 0.08933000732213259, 'teacher_lm_loss': 0.004770954757987056, 'student_lm_loss': 0.37823736388236284, 'remaining_hr': 0.3, 'lr/vision': 2.7260533989932626e-07, 'lr/merger': 6.815133497483157e-06, 'lr/llm': 1.7037833743707892e-06, 'epoch': 22.551724137931036}",
         want={"TrainLoss": 0.08933000732213259, "GradNorm": 29.553356170654297}),
    # ---------------------------------------------------------------- XGBoost pipeline for column strength (logging), committed logs/training.log
    dict(fw='XGBoost pipeline (tabular)', src='https://github.com/HhJjPp32/NGBoost/blob/d9ca9923bc77e75d74da6ac1aea9a08745578edd/logs/training.log',
         line='2026-03-14 14:32:31,171 - train - INFO - Best RMSE: 384.036130',
         want={}),
    # ---------------------------------------------------------------- Marian NMT (updates, cost, words per second; Time spans the display interval)
    dict(fw='Marian', src='https://github.com/marian-nmt/marian/issues/120',
         line='[2017-10-18 18:14:31] Ep. 7 : Up. 306350 : Sen. 5630845 : Cost 34.46 : Time 6.91s : 13596.73 words/s',
         want={"Step": 306350, "TrainLoss": 34.46, "TokensPerSecond": 13596.73}, optional={"StepTime": 6910}),
    dict(fw='Marian', src='https://github.com/marian-nmt/marian/issues/120',
         line='[2017-10-18 18:14:48] Ep. 7 : Up. 306380 : Sen. 5645115 : Cost 31.29 : Time 5.46s : 13058.30 words/s',
         want={"Step": 306380, "TrainLoss": 31.29, "TokensPerSecond": 13058.30}, optional={"StepTime": 5460}),
    dict(fw='Marian', src='https://github.com/marian-nmt/marian/issues/120',
         line='[2017-10-18 18:14:37] Ep. 7 : Up. 306360 : Sen. 5635375 : Cost 41.04 : Time 6.20s : 14970.67 words/s',
         want={"Step": 306360, "TrainLoss": 41.04, "TokensPerSecond": 14970.67}, optional={"StepTime": 6200.0}),
    dict(fw='Marian', src='https://github.com/marian-nmt/marian/issues/120',
         line='[2017-10-18 18:15:01] Ep. 7 : Up. 306400 : Sen. 5654715 : Cost 39.17 : Time 6.18s : 14526.57 words/s',
         want={"Step": 306400, "TrainLoss": 39.17, "TokensPerSecond": 14526.57}, optional={"StepTime": 6180.0}),
    dict(fw='Marian', src='https://github.com/marian-nmt/marian-dev/issues/195',
         line='Ep. 1 : Up. 6000 : Sen. 1193481 : Cost 2.68 : Time 86.83s : 32988.54 words/s',
         want={"Step": 6000, "TrainLoss": 2.68, "TokensPerSecond": 32988.54}, optional={"StepTime": 86830}),
    # cost per target word times the number of target words it was measured on, then the learning rate
    dict(fw='Marian', src='https://github.com/marian-nmt/marian-dev/issues/195',
         line='[2018-02-22 20:39:54] Ep. 1 : Up. 500 : Sen. 350559 : Cost 9.89 * 10696858 : Time 482.42s : 22173.46 words/s : L.r. 9.3750e-06',
         want={"Step": 500, "TrainLoss": 9.89, "TokensPerSecond": 22173.46}, optional={"StepTime": 482420}),
    dict(fw='Marian', src='https://github.com/marian-nmt/marian-dev/issues/195',
         line='[2018-02-22 20:47:18] Ep. 1 : Up. 1000 : Sen. 699788 : Cost 8.54 * 10581251 : Time 444.68s : 23794.96 words/s : L.r. 1.8750e-05',
         want={"Step": 1000, "TrainLoss": 8.54, "TokensPerSecond": 23794.96}, optional={"StepTime": 444680}),
    # ---------------------------------------------------------------- GNMT reference (TensorFlow nmt) in an MLPerf pull request
    dict(fw='TensorFlow NMT (GNMT)', src='https://github.com/mlcommons/training/pull/100',
         line='  global step 100 lr 1 step-time 0.91s wps 8.00K ppl 211545.75 bleu 0.00',
         want={"Step": 100, "StepTime": 910, "TokensPerSecond": 8000}),
    dict(fw='TensorFlow NMT (GNMT)', src='https://github.com/mlcommons/training/pull/100',
         line='  global step 1000 lr 1 step-time 0.91s wps 8.01K ppl 2476.29 bleu 0.00',
         want={"Step": 1000, "StepTime": 910, "TokensPerSecond": 8010}),
    dict(fw='TensorFlow NMT (GNMT)', src='https://github.com/mlcommons/training/pull/100',
         line='  global step 500 lr 1 step-time 0.91s wps 7.94K ppl 8044.02 bleu 0.00',
         want={"Step": 500, "StepTime": 910, "TokensPerSecond": 7940}),
    dict(fw='TensorFlow NMT (GNMT)', src='https://github.com/mlcommons/training/pull/100',
         line='  global step 800 lr 1 step-time 0.90s wps 7.96K ppl 2693.59 bleu 0.00',
         want={"Step": 800, "StepTime": 900, "TokensPerSecond": 7960}),
    dict(fw='TensorFlow NMT (GNMT)', src='https://github.com/mlcommons/training/pull/100',
         line='2017-09-12 12:03:25.075547: W tensorflow/core/kernels/lookup_table_init_op.cc:347] Table trying to initialize from file /home/levinth/WMT/vocab.bpe.32000.en is already initialized.',
         want={}),
    # ---------------------------------------------------------------- fastai v1 (results table row and fastprogress bar, both nan)
    dict(fw='fastai', src='https://github.com/fastai/fastai/issues/941',
         line='0 nan nan 0.997788 0.000000',
         want={}),
    dict(fw='fastai', src='https://github.com/fastai/fastai/issues/941',
         line='71.39% [6930/9707 3:56:27<1:34:45 nan]',
         want={}, optional={"Step": 6930}),
    # ---------------------------------------------------------------- radar detector (print loop after a tqdm bar)
    dict(fw='ad-hoc radar detector loop', src='https://github.com/ravikothari510/crossattention_radar_detector/issues/3',
         line='Mean Training loss : nan',
         want={}),
    # loss components of the epoch
    dict(fw='ad-hoc radar detector loop', src='https://github.com/ravikothari510/crossattention_radar_detector/issues/3',
         line='mean MSE : 778027.0 mean focal : 2242658.0 mean center loss : 2638.1787109375 mean orent loss : 19.774333953857422',
         want={}),
    # ---------------------------------------------------------------- CatBoost (iteration, learn and test metric, tab-separated)
    # which metric is shown is not printed
    dict(fw='CatBoost', src='https://github.com/catboost/catboost/issues/541',
         line='0:\tlearn: 0.6569860\ttest: 0.6570642\tbest: 0.6570642 (0)\ttotal: 70.1ms\tremaining: 1m 10s',
         want={}, optional={"Step": 0, "TrainLoss": 0.6569860, "ValLoss": 0.6570642}),
    dict(fw='CatBoost', src='https://github.com/catboost/catboost/issues/541',
         line='300:\tlearn: 0.1553371\ttest: 0.1382992\tbest: 0.1382986 (299)\ttotal: 12.8s\tremaining: 29.7s',
         want={}, optional={"Step": 300, "TrainLoss": 0.1553371, "ValLoss": 0.1382992}),
    # ---------------------------------------------------------------- XGBoost4J-Spark (boosting round and train RMSE behind the tracker prefix)
    dict(fw='XGBoost4J-Spark', src='https://github.com/salesforce/TransmogrifAI/issues/370',
         line='[INFO] [07/22/2019 17:10:30.177] [RabitTracker-akka.actor.default-dispatcher-15] [akka://RabitTracker/user/Handler] [64]        train-rmse:1.665028',
         want={}, optional={"Step": 64, "TrainLoss": 1.665028}),
    dict(fw='XGBoost4J-Spark', src='https://github.com/salesforce/TransmogrifAI/issues/370',
         line='[17:10:30] /xgboost/src/tree/updater_prune.cc:74: tree pruning end, 1 roots, 14 extra nodes, 0 pruned nodes, max_depth=3',
         want={}),
    # ---------------------------------------------------------------- MedSAM2 with an RL memory agent (print loop), committed log_train.txt
    # epoch dict of the training loss and its parts
    dict(fw='ad-hoc MedSAM2 loop', src='https://github.com/UreMine02/DQN-MedSAM2/blob/320c03d7b2319fa118b3336b9d35ab1996b22139/log_train.txt',
         line="{'train/loss': 0.6507002163632232, 'train/dice loss': 0.40878378379970004, 'train/focal loss': 0.18341900384639484, 'train/mae_loss': 0.04400928473749597, 'train/bce_loss': 0.014488143979632296, 'train/actor_loss': 0}",
         want={"TrainLoss": 0.6507002163632232}),
    # the epoch's training time
    dict(fw='ad-hoc MedSAM2 loop', src='https://github.com/UreMine02/DQN-MedSAM2/blob/320c03d7b2319fa118b3336b9d35ab1996b22139/log_train.txt',
         line='time_for_training  28.283672332763672',
         want={}),
    # unlabeled evaluation scores
    dict(fw='ad-hoc MedSAM2 loop', src='https://github.com/UreMine02/DQN-MedSAM2/blob/320c03d7b2319fa118b3336b9d35ab1996b22139/log_train.txt',
         line='0.5282  0.6217    0.7607          75.6587',
         want={}),
    # ---------------------------------------------------------------- accelerate + DeepSpeed launch of a video-model fine-tune, committed output/train.log
    # coloured DeepSpeed op-builder warning
    dict(fw='accelerate + DeepSpeed', src='https://github.com/tangyipeng100/Modelscope_sora_solution5/blob/200ca7f34b0d006e0ed9471961bac7dc2aad3260/output/train.log',
         line='\x1b[93m [WARNING] \x1b[0m async_io requires the dev libaio .so object and headers but these were not found.',
         want={}),
    # ---------------------------------------------------------------- coreset robust-training experiments (logging, tab-separated), committed logs/output.log
    dict(fw='ad-hoc robust-training loop (logging)', src='https://github.com/MaxHeuillet/robust_training/blob/ce0eb147ae9fcb4566214162ef460f8bc22f46b3/logs/output.log',
         line='08/08/2024 17:47:01 - INFO - logs-2024-08-08-17-46-26 -   Epoch 0:\tTrain Loss: 2.637128\tTrain Acc: 0.093555\tVal Loss: 2.450430\tVal Acc: 0.099000',
         want={"TrainLoss": 2.637128, "ValLoss": 2.45043}),
    # time split of the epoch into loading, forward and backward
    dict(fw='ad-hoc robust-training loop (logging)', src='https://github.com/MaxHeuillet/robust_training/blob/ce0eb147ae9fcb4566214162ef460f8bc22f46b3/logs/output.log',
         line='08/08/2024 17:47:01 - INFO - logs-2024-08-08-17-46-26 -   Epoch 0:\tData Loading Time: 0.001780\tForward Time: 0.027479\tBackward Time: 0.023171',
         want={}),
    dict(fw='ad-hoc robust-training loop (logging)', src='https://github.com/MaxHeuillet/robust_training/blob/ce0eb147ae9fcb4566214162ef460f8bc22f46b3/logs/output.log',
         line='08/09/2024 15:53:01 - INFO - logs-2024-08-09-15-33-58 -   Epoch 5:\tTrain Loss: 2.174307\tTrain Acc: 0.186914\tVal Loss: 2.027471\tVal Acc: 0.261500',
         want={"TrainLoss": 2.174307, "ValLoss": 2.027471}),
    dict(fw='ad-hoc robust-training loop (logging)', src='https://github.com/MaxHeuillet/robust_training/blob/ce0eb147ae9fcb4566214162ef460f8bc22f46b3/logs/output.log',
         line='08/08/2024 17:48:58 - INFO - logs-2024-08-08-17-47-48 -   Epoch 0:\tTrain Loss: 2.493462\tTrain Acc: 0.099805\tVal Loss: 2.405247\tVal Acc: 0.104200',
         want={"TrainLoss": 2.493462, "ValLoss": 2.405247}),
    # ---------------------------------------------------------------- MTCNN face detector (TensorFlow print loop), committed train.out
    # Step restarts each epoch; all_loss is the sum of the parts
    dict(fw='MTCNN (TF loop)', src='https://github.com/Enderfga/mtCNN_sysu/blob/23e237deceefb27932d8cd0512acb0f28d3c601a/train.out',
         line='2022-11-21 19:30:05.052381 : Epoch: 1, Step: 4000, accuracy: 0.93846154, det loss: 0.15973765, bbox loss: 0.017046608, all_loss: 0.16826095, lr:0.01 ',
         want={"TrainLoss": 0.16826095}, optional={"Step": 4000}),
    dict(fw='MTCNN (TF loop)', src='https://github.com/Enderfga/mtCNN_sysu/blob/23e237deceefb27932d8cd0512acb0f28d3c601a/train.out',
         line='2022-11-21 19:27:39.088521 : Epoch: 1, Step: 0, accuracy: 0.80357146, det loss: 0.6803159, bbox loss: 0.04483776, all_loss: 0.70273477, lr:0.01 ',
         want={"TrainLoss": 0.70273477}, optional={"Step": 0}),
    dict(fw='MTCNN (TF loop)', src='https://github.com/Enderfga/mtCNN_sysu/blob/23e237deceefb27932d8cd0512acb0f28d3c601a/train.out',
         line='cost time  0.11984419822692871',
         want={}),
    dict(fw='MTCNN (TF loop)', src='https://github.com/Enderfga/mtCNN_sysu/blob/23e237deceefb27932d8cd0512acb0f28d3c601a/train.out',
         line='2022-11-21 19:43:11.427129 : Epoch: 5, Step: 4000, accuracy: 0.96501464, det loss: 0.10447467, bbox loss: 0.019245606, all_loss: 0.114097476, lr:0.01 ',
         want={"TrainLoss": 0.114097476}, optional={"Step": 4000}),
    dict(fw='MTCNN (TF loop)', src='https://github.com/Enderfga/mtCNN_sysu/blob/23e237deceefb27932d8cd0512acb0f28d3c601a/train.out',
         line='2022-11-21 19:57:12.144473 : Epoch: 10, Step: 0, accuracy: 0.9247649, det loss: 0.16662484, bbox loss: 0.01830697, all_loss: 0.17577833, lr:0.001 ',
         want={"TrainLoss": 0.17577833}, optional={"Step": 0}),
    # ---------------------------------------------------------------- DISGEN (graph classification, print loop), committed logs/output.log
    # train, validation and two test losses on one line
    dict(fw='DISGEN (GNN loop)', src='https://github.com/GraphmindDartmouth/DISGEN/blob/3f768c7b0c081e7def6acc74a492c64612ce26fe/logs/output.log',
         line='Epoch: 10, trloss: 1.4387, trroc: 0.6298, trf1: 0.1026, tracc: 0.5607, valloss: 0.7404, valroc: 0.7160, valf1: 0.0971, valacc: 0.2051, testloss_1: 0.7468, testroc_1: 0.6089, testf1_1: 0.0820, testacc_1: 0.2113, testloss_2: 0.7553, testroc_2: 0.4740, testf1_2: 0.0167, testacc_2: 0.1719.',
         want={"TrainLoss": 1.4387, "ValLoss": 0.7404}),
    dict(fw='DISGEN (GNN loop)', src='https://github.com/GraphmindDartmouth/DISGEN/blob/3f768c7b0c081e7def6acc74a492c64612ce26fe/logs/output.log',
         line='Epoch: 05, trloss: 1.4733, trroc: 0.5806, trf1: 0.0000, tracc: 0.5420, valloss: 0.7265, valroc: 0.5902, valf1: 0.0000, valacc: 0.1709, testloss_1: 0.7269, testroc_1: 0.5597, testf1_1: 0.0000, testacc_1: 0.1761, testloss_2: 0.7265, testroc_2: 0.3634, testf1_2: 0.0000, testacc_2: 0.1649.',
         want={"TrainLoss": 1.4733, "ValLoss": 0.7265}),
    dict(fw='DISGEN (GNN loop)', src='https://github.com/GraphmindDartmouth/DISGEN/blob/3f768c7b0c081e7def6acc74a492c64612ce26fe/logs/output.log',
         line='Epoch: 25, trloss: 1.2404, trroc: 0.7789, trf1: 0.7254, tracc: 0.7349, valloss: 0.5618, valroc: 0.7683, valf1: 0.7857, valacc: 0.6923, testloss_1: 0.5032, testroc_1: 0.8301, testf1_1: 0.8436, testacc_1: 0.7676, testloss_2: 0.8263, testroc_2: 0.6776, testf1_2: 0.6339, testacc_2: 0.5298.',
         want={"TrainLoss": 1.2404, "ValLoss": 0.5618}),
    dict(fw='DISGEN (GNN loop)', src='https://github.com/GraphmindDartmouth/DISGEN/blob/3f768c7b0c081e7def6acc74a492c64612ce26fe/logs/output.log',
         line='Epoch: 50, trloss: 1.0511, trroc: 0.8397, trf1: 0.7444, tracc: 0.7691, valloss: 0.5603, valroc: 0.8010, valf1: 0.7805, valacc: 0.6923, testloss_1: 0.5198, testroc_1: 0.8533, testf1_1: 0.8406, testacc_1: 0.7676, testloss_2: 0.8895, testroc_2: 0.6749, testf1_2: 0.6301, testacc_2: 0.5263.',
         want={"TrainLoss": 1.0511, "ValLoss": 0.5603}),
    # ---------------------------------------------------------------- Stable-Baselines3 PPO for a robotaxi agent, committed train.out
    dict(fw='Stable-Baselines3 PPO', src='https://github.com/cristianbautista123/hierarchical_rl_robotaxi/blob/69238972227863dcc3e1c0ad43d6193dfe001f5e/train.out',
         line='|    loss                 | 86.8         |',
         want={"TrainLoss": 86.8}),
    # number of gradient updates so far
    dict(fw='Stable-Baselines3 PPO', src='https://github.com/cristianbautista123/hierarchical_rl_robotaxi/blob/69238972227863dcc3e1c0ad43d6193dfe001f5e/train.out',
         line='|    n_updates            | 50          |',
         want={}, optional={"Step": 50}),
    # ---------------------------------------------------------------- text-independent speaker verification (TensorFlow print loop), committed train.log
    dict(fw='speaker verification (TF loop)', src='https://github.com/BAI-Yeqi/TI_SV/blob/5784cec9ab3898c5d572c063b35014cd76535a59/train.log',
         line='current step: 1970th step',
         want={"Step": 1970}),
    dict(fw='speaker verification (TF loop)', src='https://github.com/BAI-Yeqi/TI_SV/blob/5784cec9ab3898c5d572c063b35014cd76535a59/train.log',
         line='batch loss:4.0292044',
         want={"TrainLoss": 4.0292044}),
    dict(fw='speaker verification (TF loop)', src='https://github.com/BAI-Yeqi/TI_SV/blob/5784cec9ab3898c5d572c063b35014cd76535a59/train.log',
         line='batch loss:0.0814034',
         want={"TrainLoss": 0.0814034}),
    dict(fw='speaker verification (TF loop)', src='https://github.com/BAI-Yeqi/TI_SV/blob/5784cec9ab3898c5d572c063b35014cd76535a59/train.log',
         line='2018-08-31 14:02:21.135314: I tensorflow/core/platform/cpu_feature_guard.cc:140] Your CPU supports instructions that this TensorFlow binary was not compiled to use: AVX2 FMA',
         want={}),
    dict(fw='speaker verification (TF loop)', src='https://github.com/BAI-Yeqi/TI_SV/blob/5784cec9ab3898c5d572c063b35014cd76535a59/train.log',
         line='current step: 9891th step',
         want={"Step": 9891}),
    # ---------------------------------------------------------------- habitat-baselines PPO in home-robot, committed train.log
    # policy updates; fps counts environment frames
    dict(fw='habitat-baselines PPO', src='https://github.com/AnandSingh-0619/home-robot/blob/6816b9011ef64a8555107ff42e5a13f35c500e23/train.log',
         line='2024-03-20 16:51:22,459 update: 10\tfps: 26.673\t',
         want={"Step": 10}),
    dict(fw='habitat-baselines PPO', src='https://github.com/AnandSingh-0619/home-robot/blob/6816b9011ef64a8555107ff42e5a13f35c500e23/train.log',
         line='2024-03-20 16:51:22,459 Num updates: 10\tNum frames 5120',
         want={"Step": 10}),
    # seconds spent in each phase since the last report
    dict(fw='habitat-baselines PPO', src='https://github.com/AnandSingh-0619/home-robot/blob/6816b9011ef64a8555107ff42e5a13f35c500e23/train.log',
         line='2024-03-20 16:51:22,460 \tPerf Stats: trainer.rollout_collect: 18.088 trainer.sample_action: 0.007 trainer.obs_insert: 0.000 trainer.step_env: 0.127 trainer.update_stats: 0.005 trainer.update_agent: 0.707',
         want={}),
    # ---------------------------------------------------------------- LLaMA-Factory (its own callback line; the loss prints as zero)
    dict(fw='LLaMA-Factory', src='https://github.com/hiyouga/LlamaFactory/issues/6286',
         line="[INFO|2024-12-08 01:09:59] llamafactory.train.callbacks:157 >> {'loss': 0.0000, 'learning_rate': 4.9985e-05, 'epoch': 0.03}",
         want={"TrainLoss": 0.0}),
    # ---------------------------------------------------------------- scikit-learn random forest (classification report), committed training.log
    dict(fw='scikit-learn (tabular)', src='https://github.com/18684031838/WBSID/blob/f59ad9031a35178cfa4edf22288df1e2896bfb0d/training.log',
         line='           0       1.00      1.00      1.00      3895',
         want={}),
    dict(fw='scikit-learn (tabular)', src='https://github.com/18684031838/WBSID/blob/f59ad9031a35178cfa4edf22288df1e2896bfb0d/training.log',
         line='    accuracy                           1.00      6184',
         want={}),
    # ---------------------------------------------------------------- Coqui TTS trainer (YourTTS), evaluation block at the start of a run
    # average of the first optimizer's loss over the evaluation; the line alone does not say it is an evaluation
    dict(fw='Coqui TTS', src='https://github.com/coqui-ai/TTS/issues/4327',
         line='     | > avg_loss_0: 2.7281397639251335 (+0)',
         want={}, optional={"ValLoss": 2.7281397639251335, "TrainLoss": 2.7281397639251335}),
]
