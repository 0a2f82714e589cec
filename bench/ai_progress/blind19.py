# A nineteenth blind held-out set of progress lines for the AI-training pack,
# collected on 2026-12-07 (UTC evening). About two thirds of the lines were
# copied verbatim from public GitHub issues and pull requests in which users
# pasted part of a training log, and `src` then names the thread; the others
# come from training logs that people committed to their repositories
# (training.log, train.log, nohup.out, logs/train.log, logs/training.log),
# read from the repository at the commit named in `src`. No source
# (repository file, issue or pull request) used in heldout.py, fresh.py,
# devset.py, devset2.py or blind.py .. blind18.py was taken again; lines from
# issue trackers of trainers used before come from new threads, and most
# sources come from repositories no earlier set used. At most five lines come
# from one source. The set was written without looking at the pack or its
# tests, each expectation decided from what the line itself prints, and it
# was frozen before it was scored even once.
# Same fields as heldout.py: the framework, where the line was seen, the line
# as printed (tabs, the `\r` that starts a progress-bar refresh, ANSI escapes
# and leading or trailing blanks kept), the progress metrics it must yield
# (`want`) and metrics it may yield or not (`optional`: an in-epoch batch
# counter, an environment-step counter, a tqdm bar's rate, a time whose unit
# or span the line does not print, a running or whole-run average next to a
# per-step value, a loss whose meaning the line leaves open, an evaluation
# metric that may or may not be the objective, a value in an unlabeled column
# row). `want={}` marks a line that holds no training progress: the pack
# stays quiet. StepTime is in milliseconds. A NaN or inf value yields no
# metric.
# A case holds one record: where several `\r` refreshes share a physical
# line, the refresh the case names, from its `\r` up to the next `\r` or
# newline. The stored text of some committed logs and pasted threads shows
# consecutive progress-bar refreshes run together without their carriage
# returns; those refreshes are written here with the `\r` that tqdm (or the
# trainer's own bar or print loop) prints before each of them.
# blind20 was collected at the same time; lines the two sets share are
# removed afterwards.

CASES = [
    # ---------------------------------------------------------------- nanoGPT-style loop on a multi-node guide (iter line with time in ms)
    dict(fw='nanoGPT loop', src='https://github.com/modal-labs/multinode-training-guide/pull/26',
         line='iter 64: loss 8.6740, time 119.74ms, mfu 35.40%',
         want={"Step": 64, "TrainLoss": 8.674, "StepTime": 119.74}),
    dict(fw='nanoGPT loop', src='https://github.com/modal-labs/multinode-training-guide/pull/26',
         line='iter 67: loss 8.7104, time 120.16ms, mfu 35.40%',
         want={"Step": 67, "TrainLoss": 8.7104, "StepTime": 120.16}),
    dict(fw='nanoGPT loop', src='https://github.com/modal-labs/multinode-training-guide/pull/26',
         line='iter 65: loss 8.6446, time 119.72ms, mfu 35.41%',
         want={"Step": 65, "TrainLoss": 8.6446, "StepTime": 119.72}),
    # ---------------------------------------------------------------- GCA-Matting: a TEST pass summary (evaluation, not training)
    # the loss of a test pass over the validation images; REC/MSE/SAD are metrics
    dict(fw='GCA-Matting', src='https://github.com/Yaoyi-Li/GCA-Matting/issues/4',
         line='[03-16 22:13:43] INFO: TEST: LOSS: 0.0446 REC: 0.0446 MSE: 0.0090 SAD: 35.0133 ',
         want={}, optional={"ValLoss": 0.0446}),
    # ---------------------------------------------------------------- Keras 2.0 (LSTM time series example), progbar lines as pasted in the PR
    # end of the epoch: 3523 samples seen, epoch seconds; training and validation loss
    dict(fw='Keras', src='https://github.com/jaungiers/LSTM-Neural-Network-for-Time-Series-Prediction/pull/17',
         line='3523/3523 [==============================] - 17s - loss: 0.0024 - val_loss: 9.8068e-04',
         want={"TrainLoss": 0.0024, "ValLoss": 9.8068e-04}, optional={"Step": 3523}),
    # in-epoch refresh: 512 is a sample count, the loss is the epoch's running mean
    dict(fw='Keras', src='https://github.com/jaungiers/LSTM-Neural-Network-for-Time-Series-Prediction/pull/17',
         line=' 512/3523 [===>..........................] - ETA: 25s - loss: 0.0051',
         want={"TrainLoss": 0.0051}, optional={"Step": 512}),
    dict(fw='Keras', src='https://github.com/jaungiers/LSTM-Neural-Network-for-Time-Series-Prediction/pull/17',
         line='1536/3523 [============>.................] - ETA: 11s - loss: 0.0039',
         want={"TrainLoss": 0.0039}, optional={"Step": 1536}),
    # the script's own timing prints: no progress
    dict(fw='Keras', src='https://github.com/jaungiers/LSTM-Neural-Network-for-Time-Series-Prediction/pull/17',
         line='> Compilation Time :  0.04687857627868652',
         want={}),
    # ---------------------------------------------------------------- Keras (PredNet): epoch-end rows
    dict(fw='Keras (PredNet)', src='https://github.com/coxlab/prednet/issues/20',
         line='500/500 [==============================] - 1486s - loss: 0.1379 - val_loss: 0.1444',
         want={"TrainLoss": 0.1379, "ValLoss": 0.1444}, optional={"Step": 500}),
    dict(fw='Keras (PredNet)', src='https://github.com/coxlab/prednet/issues/20',
         line='500/500 [==============================] - 1486s - loss: 0.1402 - val_loss: 0.2258',
         want={"TrainLoss": 0.1402, "ValLoss": 0.2258}, optional={"Step": 500}),
    dict(fw='Keras (PredNet)', src='https://github.com/coxlab/prednet/issues/20',
         line='Epoch 53/150',
         want={}),
    # ---------------------------------------------------------------- tf.keras 2.1 progbar refreshes (run together in the paste, written with their \r)
    dict(fw='tf.keras', src='https://github.com/tensorflow/tensorflow/issues/36332',
         line='\r61/82 [=====================>........] - ETA: 37s - loss: 0.6016 - accuracy: 0.9260',
         want={"TrainLoss": 0.6016}, optional={"Step": 61}),
    dict(fw='tf.keras', src='https://github.com/tensorflow/tensorflow/issues/36332',
         line='\r64/82 [======================>.......] - ETA: 31s - loss: 0.5735 - accuracy: 0.9295',
         want={"TrainLoss": 0.5735}, optional={"Step": 64}),
    # TF device setup line: memory and PCI numbers, no progress
    dict(fw='tf.keras', src='https://github.com/DaiCapra/Natural-Mouse-Movements-Neural-Networks/issues/1',
         line='2020-05-24 10:46:52.179714: I tensorflow/core/common_runtime/gpu/gpu_device.cc:1247] Created TensorFlow device (/job:localhost/replica:0/task:0/device:GPU:0 with 2255 MB memory) -> physical GPU (device: 0, name: GeForce GTX 1650, pci bus id: 0000:2d:00.0, compute capability: 7.5)',
         want={}),
    dict(fw='tf.keras', src='https://github.com/DaiCapra/Natural-Mouse-Movements-Neural-Networks/issues/1',
         line='Train on 20346 samples, validate on 1071 samples',
         want={}),
    # ---------------------------------------------------------------- HF Trainer on Gaudi (optimum-habana): the eval metrics block printed at the end
    dict(fw='HF Trainer (optimum-habana)', src='https://github.com/huggingface/optimum-habana/pull/704',
         line='  eval_loss                   =     0.7318',
         want={"ValLoss": 0.7318}),
    # eval throughput and runtime: no training progress
    dict(fw='HF Trainer (optimum-habana)', src='https://github.com/huggingface/optimum-habana/pull/704',
         line='  eval_samples_per_second     =      0.845',
         want={}),
    dict(fw='HF Trainer (optimum-habana)', src='https://github.com/huggingface/optimum-habana/pull/704',
         line='  eval_runtime                = 0:57:04.04',
         want={}),
    # ---------------------------------------------------------------- IQN (DQN-family RL, print loop), committed training.log
    # Frame counts environment frames; the score is a 100-episode average reward
    dict(fw='IQN (RL print loop)', src='https://github.com/0xsamgreen/IQN-and-Extensions/blob/606a4335bd83f00b2c55d761554accb02bd3aeb4/training.log',
         line='\rEpisode 100\tFrame 2457\tAverage100 Score: 24.57',
         want={}, optional={"Step": 2457}),
    # the per-episode refresh, printed with a leading \r and run together in the stored file
    dict(fw='IQN (RL print loop)', src='https://github.com/0xsamgreen/IQN-and-Extensions/blob/606a4335bd83f00b2c55d761554accb02bd3aeb4/training.log',
         line='\rEpisode 101\tFrame 2481 \tAverage100 Score: 24.61',
         want={}, optional={"Step": 2481}),
    # ---------------------------------------------------------------- QLoRA fine-tune of Qwen3-8B (HF Trainer), committed training.log
    # the Trainer's bar: 100 of 1755 optimizer steps at 21.58 s each
    dict(fw='HF Trainer (QLoRA)', src='https://github.com/Ariz-Mohammadi/finetuned-qwen3-medical-qlora/blob/4acf92298af8fa9fbf93dc44271e2462b03111b0/training.log',
         line='\r  6%|▌         | 100/1755 [35:47<9:55:22, 21.58s/it]',
         want={}, optional={"Step": 100, "IterationsPerSecond": 1/21.58, "StepTime": 21580}),
    # checkpoint shard loading bar before training
    dict(fw='HF Trainer (QLoRA)', src='https://github.com/Ariz-Mohammadi/finetuned-qwen3-medical-qlora/blob/4acf92298af8fa9fbf93dc44271e2462b03111b0/training.log',
         line='\rLoading checkpoint shards:  40%|████      | 2/5 [00:07<00:11,  3.82s/it]',
         want={}),
    dict(fw='HF Trainer (QLoRA)', src='https://github.com/Ariz-Mohammadi/finetuned-qwen3-medical-qlora/blob/4acf92298af8fa9fbf93dc44271e2462b03111b0/training.log',
         line='INFO:__main__:   Trainable params: 3,833,856 (0.08%)',
         want={}),
    # ---------------------------------------------------------------- Hyper_CDR (cross-domain recommendation), committed training.log
    # epoch mean loss of the target domain; the time is the epoch's, no step time
    dict(fw='cross-domain recommender loop', src='https://github.com/BZX667/Hyper_CDR/blob/53c98b12625196486c5e0bdb61fd677622c517f9/training.log',
         line='INFO:__main__:Epoch: 0003 avg_loss_tgt: 151.978 time: 9.3542s',
         want={"TrainLoss": 151.978}),
    # the total and its three parts on one line
    dict(fw='cross-domain recommender loop', src='https://github.com/BZX667/Hyper_CDR/blob/53c98b12625196486c5e0bdb61fd677622c517f9/training.log',
         line='INFO:__main__:Epoch: 0012 avg_loss_tgt: 337.317 origin_loss_tgt: 95.605 cluster_loss_tgt: 18.701 trans_loss_tgt: 223.011 time: 12.9874s',
         want={"TrainLoss": 337.317}),
    dict(fw='cross-domain recommender loop', src='https://github.com/BZX667/Hyper_CDR/blob/53c98b12625196486c5e0bdb61fd677622c517f9/training.log',
         line='INFO:__main__:Epoch: 0099 avg_loss_tgt: 35.674 origin_loss_tgt: 33.786 cluster_loss_tgt: 1.881 trans_loss_tgt: 0.006 time: 12.1005s',
         want={"TrainLoss": 35.674}),
    # ranking metrics of an evaluation pass, run together as printed
    dict(fw='cross-domain recommender loop', src='https://github.com/BZX667/Hyper_CDR/blob/53c98b12625196486c5e0bdb61fd677622c517f9/training.log',
         line='INFO:__main__:0.0399recall_tgt:0.0629recall_tgt:0.096recall_tgt:0.1605',
         want={}),
    dict(fw='cross-domain recommender loop', src='https://github.com/BZX667/Hyper_CDR/blob/53c98b12625196486c5e0bdb61fd677622c517f9/training.log',
         line='INFO:__main__:best_eval_tgt:[0.06289642179822769, 0.09600771620655661, 0.048618338964638845, 0.05960464952768937]',
         want={}),
    # ---------------------------------------------------------------- LightGBM (Python and R packages, CLI distributed mode)
    # boosting round in brackets; the training set's and the validation set's log loss
    dict(fw='LightGBM', src='https://github.com/lightgbm-org/LightGBM/issues/742',
         line="[1]\ttraining's binary_logloss: 0.712679\tvalid_1's binary_logloss: 0.712513",
         want={"TrainLoss": 0.712679, "ValLoss": 0.712513}, optional={"Step": 1}),
    dict(fw='LightGBM', src='https://github.com/lightgbm-org/LightGBM/issues/742',
         line="[3]\ttraining's binary_logloss: 0.751667\tvalid_1's binary_logloss: 0.751244",
         want={"TrainLoss": 0.751667, "ValLoss": 0.751244}, optional={"Step": 3}),
    # R package: l2 is the evaluation metric here, whether it is the objective the line does not say
    dict(fw='LightGBM', src='https://github.com/lightgbm-org/LightGBM/issues/3145',
         line="[5]:    train's l2:0.0950898    valid's l2:0.100327",
         want={}, optional={"Step": 5, "TrainLoss": 0.0950898, "ValLoss": 0.100327}),
    # CLI in distributed mode: one metric per line
    dict(fw='LightGBM', src='https://github.com/lightgbm-org/LightGBM/issues/886',
         line='[LightGBM] [Info] Iteration:2, training binary_logloss : 0.499464',
         want={"TrainLoss": 0.499464}, optional={"Step": 2}),
    dict(fw='LightGBM', src='https://github.com/lightgbm-org/LightGBM/issues/886',
         line='[LightGBM] [Info] Iteration:1, valid_1 binary_logloss : 0.582968',
         want={"ValLoss": 0.582968}, optional={"Step": 1}),
    dict(fw='LightGBM', src='https://github.com/lightgbm-org/LightGBM/issues/886',
         line='[LightGBM] [Info] Iteration:1, training auc : 0.641065',
         want={}, optional={"Step": 1}),
    # seconds since training started, not the round's time
    dict(fw='LightGBM', src='https://github.com/lightgbm-org/LightGBM/issues/886',
         line='[LightGBM] [Info] 15.374525 seconds elapsed, finished iteration 1',
         want={}, optional={"Step": 1}),
    # validation only, three metrics; which of them is the loss the line leaves open
    dict(fw='LightGBM', src='https://github.com/lightgbm-org/LightGBM/issues/1296',
         line="[1]     valid_0's l2: 0.128616  valid_0's auc: 0.538306 valid_0's binary_logloss: 0.436842",
         want={}, optional={"Step": 1, "ValLoss": 0.436842}),
    # custom objective: two training metrics, the first negative
    dict(fw='LightGBM', src='https://github.com/lightgbm-org/LightGBM/issues/5380',
         line="[2]     training's binary_logloss: -0.0636605   training's focal_loss: 0.00258841",
         want={}, optional={"Step": 2, "TrainLoss": 0.00258841}),
    # ---------------------------------------------------------------- ESPnet2 (transducer ASR): the per-epoch summary with train and valid halves
    # train_time is the mean seconds per iteration; total_count counts iterations so far
    dict(fw='ESPnet2', src='https://github.com/espnet/espnet/issues/4813',
         line='7epoch results: [train] iter_time=0.002, forward_time=0.032, loss_ctc=17.181, loss_transducer=10.153, loss=15.307, backward_time=0.042, optim_step_time=0.037, optim0_lr0=4.951e-04, train_time=0.608, time=3 hours, 11 minutes and 16.97 seconds, total_count=527961, gpu_max_cached_mem_GB=13.770, [valid] loss_ctc=9.870, cer_ctc=nan, loss_transducer=6.520, cer_transducer=0.083, wer_transducer=0.629, loss=9.481, time=3 minutes and 24.54 seconds, total_count=5677, gpu_max_cached_mem_GB=13.770',
         want={"TrainLoss": 15.307, "ValLoss": 9.481}, optional={"Step": 527961, "StepTime": 608}),
    dict(fw='ESPnet2', src='https://github.com/espnet/espnet/issues/4813',
         line='8epoch results: [train] iter_time=0.003, forward_time=0.032, loss_ctc=16.270, loss_transducer=9.544, loss=14.425, backward_time=0.042, optim_step_time=0.037, optim0_lr0=4.608e-04, train_time=0.618, time=3 hours, 14 minutes and 26.73 seconds, total_count=603384, gpu_max_cached_mem_GB=13.770, [valid] loss_ctc=9.242, cer_ctc=nan, loss_transducer=6.179, cer_transducer=0.074, wer_transducer=0.611, loss=8.952, time=3 minutes and 30.88 seconds, total_count=6488, gpu_max_cached_mem_GB=13.770',
         want={"TrainLoss": 14.425, "ValLoss": 8.952}, optional={"Step": 603384, "StepTime": 618}),
    # ---------------------------------------------------------------- icefall (k2, conformer CTC): decoding results between epochs
    dict(fw='icefall', src='https://github.com/k2-fsa/icefall/pull/3',
         line='[test-clean-no_rescore] %WER 34.43% [18104 / 52576, 56 ins, 13896 del, 4152 sub ]',
         want={}),
    # ---------------------------------------------------------------- DCGAN-tensorflow (TF1 print loop), committed nohup.out
    # a running counter, epoch and batch, seconds since start, and the two GAN losses (no total)
    dict(fw='DCGAN-tensorflow', src='https://github.com/XBisATrouble/DCGAN-NPU/blob/cb97a0913b44f924d13fd271b6e0103d05f8266d/nohup.out',
         line='[     300 Epoch:[ 1/25] [  26/ 273] time: 229.3281, d_loss: 1.39250314, g_loss: 0.69378167',
         want={}, optional={"Step": 300}),
    dict(fw='DCGAN-tensorflow', src='https://github.com/XBisATrouble/DCGAN-NPU/blob/cb97a0913b44f924d13fd271b6e0103d05f8266d/nohup.out',
         line='[     361 Epoch:[ 1/25] [  87/ 273] time: 275.5834, d_loss: 1.38630962, g_loss: 0.69235110',
         want={}, optional={"Step": 361}),
    # the last progress print with a TensorFlow warning glued to it (no newline between them)
    dict(fw='DCGAN-tensorflow', src='https://github.com/XBisATrouble/DCGAN-NPU/blob/cb97a0913b44f924d13fd271b6e0103d05f8266d/nohup.out',
         line='[     393 Epoch:[ 1/25] [ 119/ 273] time: 299.8392, d_loss: 1.39557624, g_loss: 0.69223416WARNING:tensorflow:From /home/chenxubin/anaconda3/lib/python3.7/site-packages/tensorflow_core/python/training/saver.py:963: remove_checkpoint (from tensorflow.python.training.checkpoint_management) is deprecated and will be removed in a future version.',
         want={}, optional={"Step": 393}),
    # GPU discovery: clock rate and PCI id
    dict(fw='DCGAN-tensorflow', src='https://github.com/XBisATrouble/DCGAN-NPU/blob/cb97a0913b44f924d13fd271b6e0103d05f8266d/nohup.out',
         line='name: GeForce RTX 2080 Ti major: 7 minor: 5 memoryClockRate(GHz): 1.545',
         want={}),
    # ---------------------------------------------------------------- stable-baselines3 PPO (traffic-light env), committed logs/train.log
    dict(fw='stable-baselines3', src='https://github.com/FlashDW/TrafficLightRL/blob/7008ea1c2de685ae21cae32ad350c12ebb76ad8a/logs/train.log',
         line='|    total_timesteps      | 8384        |',
         want={}, optional={"Step": 8384}),
    dict(fw='stable-baselines3', src='https://github.com/FlashDW/TrafficLightRL/blob/7008ea1c2de685ae21cae32ad350c12ebb76ad8a/logs/train.log',
         line='|    loss                 | -0.0393     |',
         want={}, optional={"TrainLoss": -0.0393}),
    dict(fw='stable-baselines3', src='https://github.com/FlashDW/TrafficLightRL/blob/7008ea1c2de685ae21cae32ad350c12ebb76ad8a/logs/train.log',
         line='|    ep_rew_mean          | -4.82e+03   |',
         want={}),
    # ---------------------------------------------------------------- CVR ranking model (ad recommendation, hand-written trainer), committed logs/train.log
    dict(fw='ad-hoc recommender trainer', src='https://github.com/Le-Dai/advertisement_recommendation/blob/8a4596312bf6aa730346c2e3b3d2dadfbfab6072/logs/train.log',
         line='05/21/26 16:20:49 - 0:01:42 - Epoch 1, Average Loss: 0.4466252699494362',
         want={"TrainLoss": 0.4466252699494362}),
    # validation pass: AUC and the validation log loss
    dict(fw='ad-hoc recommender trainer', src='https://github.com/Le-Dai/advertisement_recommendation/blob/8a4596312bf6aa730346c2e3b3d2dadfbfab6072/logs/train.log',
         line='05/21/26 16:20:53 - 0:01:46 - Epoch 1 Validation | AUC: 0.976644203859184, LogLoss: 0.31357982754707336',
         want={"ValLoss": 0.31357982754707336}),
    dict(fw='ad-hoc recommender trainer', src='https://github.com/Le-Dai/advertisement_recommendation/blob/8a4596312bf6aa730346c2e3b3d2dadfbfab6072/logs/train.log',
         line='05/21/26 16:19:13 - 0:00:05 - LR scheduler: cosine, warmup_steps=199, total_optimizer_steps=3996',
         want={}),
    # a step number inside a checkpoint path
    dict(fw='ad-hoc recommender trainer', src='https://github.com/Le-Dai/advertisement_recommendation/blob/8a4596312bf6aa730346c2e3b3d2dadfbfab6072/logs/train.log',
         line='05/21/26 16:20:55 - 0:01:47 - Saved checkpoint to /Users/ledai/PycharmProjects/advertisement_recommendation/checkpoints/global_step4.layer=2.head=4.hidden=64.best_model/model.pt',
         want={}),
    # ---------------------------------------------------------------- recommendation fine-tune writing JSON lines, committed logs/train.log
    # steps_per_sec is computed over the whole run so far; time is a Unix timestamp
    dict(fw='JSONL step logger', src='https://github.com/GPT-AGI/Tencent_rec/blob/edda7c23712746786c16042c2122578032f3e907/logs/train.log',
         line='{"global_step": 5, "loss": 1.4094581604003906, "epoch": 1, "time": 1754068203.6035836, "elapsed_time": "00:00:03", "eta": "00:00:07", "progress_pct": 28.57, "steps_per_sec": 1.99}',
         want={"Step": 5, "TrainLoss": 1.4094581604003906}, optional={"IterationsPerSecond": 1.99}),
    dict(fw='JSONL step logger', src='https://github.com/GPT-AGI/Tencent_rec/blob/edda7c23712746786c16042c2122578032f3e907/logs/train.log',
         line='{"global_step": 14, "loss": 2.59089994430542, "epoch": 3, "time": 1754068225.0665376, "elapsed_time": "00:00:24", "eta": "00:00:09", "progress_pct": 71.43, "steps_per_sec": 0.61}',
         want={"Step": 14, "TrainLoss": 2.59089994430542}, optional={"IterationsPerSecond": 0.61}),
    dict(fw='JSONL step logger', src='https://github.com/GPT-AGI/Tencent_rec/blob/edda7c23712746786c16042c2122578032f3e907/logs/train.log',
         line='{"global_step": 0, "loss": 1.5906437635421753, "epoch": 1, "time": 1754068201.3119402, "elapsed_time": "00:00:00", "eta": "00:00:14", "progress_pct": 4.76, "steps_per_sec": 1.39}',
         want={"Step": 0, "TrainLoss": 1.5906437635421753}, optional={"IterationsPerSecond": 1.39}),
    dict(fw='JSONL step logger', src='https://github.com/GPT-AGI/Tencent_rec/blob/edda7c23712746786c16042c2122578032f3e907/logs/train.log',
         line='{"global_step": 20, "loss": 1.126600980758667, "epoch": 3, "time": 1754068227.7331626, "elapsed_time": "00:00:27", "eta": "00:00:00", "progress_pct": 100.0, "steps_per_sec": 0.77}',
         want={"Step": 20, "TrainLoss": 1.126600980758667}, optional={"IterationsPerSecond": 0.77}),
    # ---------------------------------------------------------------- DE-ViT (detectron2 EventWriter): many loss terms, total_loss first
    # time is detectron2's seconds per iteration; eta counts days
    dict(fw='detectron2 (DE-ViT)', src='https://github.com/mlzxy/devit/issues/67',
         line='[10/19 00:46:12 d2.utils.events]:  eta: 2 days, 10:38:57  iter: 59  cls_acc: 0.3584  fg_cls_acc: 0.125  false_neg_ratio: 0.4171  total_loss: 14.39  region_bce_loss_0: 0.8151  region_dice_loss_0: 0.4544  rg_l1_loss_0: 0.1679  rg_giou_loss_0: 0.6379  region_bce_loss_1: 0.7727  region_dice_loss_1: 0.4719  rg_l1_loss_1: 0.1642  rg_giou_loss_1: 0.7096  region_bce_loss_2: 0.8102  region_dice_loss_2: 0.4621  rg_l1_loss_2: 0.1567  rg_giou_loss_2: 0.641  focal_loss_0: 1.844  focal_loss_1: 2.557  focal_loss_2: 2.027  bbox_loss: 1.625  time: 2.4189  data_time: 0.0072  lr: 2.5576e-07  max_mem: 13446M',
         want={"Step": 59, "TrainLoss": 14.39, "StepTime": 2418.9}),
    dict(fw='detectron2 (DE-ViT)', src='https://github.com/mlzxy/devit/issues/67',
         line='[10/19 00:47:01 d2.utils.events]:  eta: 2 days, 10:38:11  iter: 79  cls_acc: 0.3486  fg_cls_acc: 0.125  false_neg_ratio: 0.4303  total_loss: 14.3  region_bce_loss_0: 0.8158  region_dice_loss_0: 0.4548  rg_l1_loss_0: 0.1692  rg_giou_loss_0: 0.6417  region_bce_loss_1: 0.7775  region_dice_loss_1: 0.4684  rg_l1_loss_1: 0.1591  rg_giou_loss_1: 0.6956  region_bce_loss_2: 0.8036  region_dice_loss_2: 0.46  rg_l1_loss_2: 0.1536  rg_giou_loss_2: 0.6177  focal_loss_0: 1.811  focal_loss_1: 2.528  focal_loss_2: 2.053  bbox_loss: 1.59  time: 2.4277  data_time: 0.0084  lr: 3.3568e-07  max_mem: 13446M',
         want={"Step": 79, "TrainLoss": 14.3, "StepTime": 2427.7}),
    # ---------------------------------------------------------------- OpenDet2 (detectron2): the divergence report
    dict(fw='detectron2 (OpenDet2)', src='https://github.com/csuhan/opendet2/issues/29',
         line="loss_dict = {'loss_cls_ce': nan, 'loss_box_reg': nan, 'loss_ins_con': 0.0, 'loss_cls_up': nan}",
         want={}),
    dict(fw='detectron2 (OpenDet2)', src='https://github.com/csuhan/opendet2/issues/29',
         line='Runtime Error: floatingPointError: Loss became infinite or NaN at iteration=166!',
         want={}, optional={"Step": 166}),
    # ---------------------------------------------------------------- XGBoost (through SQLFlow): boosting rounds with RMSE on the train and validate sets
    # RMSE is the evaluation metric, not necessarily the objective's loss
    dict(fw='XGBoost', src='https://github.com/sql-machine-learning/sqlflow/issues/1875',
         line='[0]\ttrain-rmse:17.1167\tvalidate-rmse:17.1167',
         want={}, optional={"Step": 0, "TrainLoss": 17.1167, "ValLoss": 17.1167}),
    dict(fw='XGBoost', src='https://github.com/sql-machine-learning/sqlflow/issues/1875',
         line='[15]\ttrain-rmse:0.981582\tvalidate-rmse:0.981582',
         want={}, optional={"Step": 15, "TrainLoss": 0.981582, "ValLoss": 0.981582}),
    # ---------------------------------------------------------------- LightGBM (ASHRAE energy model): a training set named "train_loss"
    dict(fw='LightGBM', src='https://github.com/energeeks/ashrae-energy-prediction/pull/63',
         line="[25]    train_loss's rmse: 1.33226      eval's rmse: 1.46993",
         want={}, optional={"Step": 25, "TrainLoss": 1.33226, "ValLoss": 1.46993}),
    dict(fw='LightGBM', src='https://github.com/energeeks/ashrae-energy-prediction/pull/63',
         line="Training until validation scores don't improve for 100 rounds",
         want={}),
    # ---------------------------------------------------------------- Unsloth Studio (HF Trainer log dict with string values)
    # the values are printed as strings; train_tokens_per_second is a whole-run figure (tokens seen over train_runtime)
    dict(fw='Unsloth (HF Trainer)', src='https://github.com/unslothai/unsloth/pull/4547',
         line="{'loss': '14.88', 'grad_norm': '2.578', 'learning_rate': '0.000156', 'epoch': '0.00748', 'num_input_tokens_seen': 286019, 'train_runtime': '110.7', 'train_tokens_per_second': '2583'}",
         want={"TrainLoss": 14.88, "GradNorm": 2.578}, optional={"TokensPerSecond": 2583}),
    dict(fw='Unsloth (HF Trainer)', src='https://github.com/unslothai/unsloth/pull/4547',
         line="{'loss': '14.64', 'grad_norm': '2.938', 'learning_rate': '0.000144', 'epoch': '0.007895', 'num_input_tokens_seen': 302403, 'train_runtime': '112.2', 'train_tokens_per_second': '2695'}",
         want={"TrainLoss": 14.64, "GradNorm": 2.938}, optional={"TokensPerSecond": 2695}),
    # ---------------------------------------------------------------- unsloth_train loop: the bar refresh followed by the user's own unlabeled "step, loss" print
    dict(fw='Unsloth (unsloth_train)', src='https://github.com/unslothai/unsloth/issues/1145',
         line='\r  4%|▎         | 11/312 [02:27<1:00:48, 12.12s/it]10, 2.2398',
         want={}, optional={"Step": 11, "IterationsPerSecond": 1/12.12, "StepTime": 12120, "TrainLoss": 2.2398}),
    dict(fw='Unsloth (unsloth_train)', src='https://github.com/unslothai/unsloth/issues/1145',
         line='\r 26%|██▌       | 81/312 [16:42<47:00, 12.21s/it]80, 2.0887',
         want={}, optional={"Step": 81, "IterationsPerSecond": 1/12.21, "StepTime": 12210, "TrainLoss": 2.0887}),
    # the startup banner: batch sizes and step totals
    dict(fw='Unsloth (unsloth_train)', src='https://github.com/unslothai/unsloth/issues/1145',
         line='\\        /    Total batch size = 16 | Total steps = 312',
         want={}),
    # ---------------------------------------------------------------- Ray RLlib / Tune: result dumps printed by tune.run
    # the learner's total loss inside the nested result; meaning depends on the section above it
    dict(fw='RLlib', src='https://github.com/ray-project/ray/pull/27093',
         line='          total_loss: 8.862993240356445',
         want={}, optional={"TrainLoss": 8.862993240356445}),
    dict(fw='RLlib', src='https://github.com/ray-project/ray/pull/27093',
         line='  episode_reward_mean: 22.577142857142857',
         want={}),
    dict(fw='RLlib', src='https://github.com/ray-project/ray/pull/27093',
         line='  agent_timesteps_total: 4000',
         want={}, optional={"Step": 4000}),
    # Tune status line: seconds, iterations, environment steps, reward
    dict(fw='RLlib', src='https://github.com/ray-project/ray/pull/3498',
         line=' - DDPG_Pendulum-v0_0:\tRUNNING [pid=86], 313 s, 7 iter, 7000 ts, -1.07e+03 rew',
         want={}, optional={"Step": 7000}),
    dict(fw='RLlib', src='https://github.com/ray-project/ray/pull/3498',
         line='  time_this_iter_s: 53.974600076675415',
         want={}, optional={"StepTime": 53974.600076675415}),
    # ---------------------------------------------------------------- BERT text classifier (hand-written loop, Chinese log messages), committed logs/training.log
    # Batch counts within the epoch
    dict(fw='ad-hoc BERT classifier loop', src='https://github.com/Gonghysin/weitiao_BERT/blob/624b164a26aebec2181705dc89fb132d30800f60/logs/training.log',
         line='2025-05-17 13:51:30 - MedicalClassifier - INFO - Epoch 1, Batch 400, Loss: 1.9237',
         want={"TrainLoss": 1.9237}, optional={"Step": 400}),
    dict(fw='ad-hoc BERT classifier loop', src='https://github.com/Gonghysin/weitiao_BERT/blob/624b164a26aebec2181705dc89fb132d30800f60/logs/training.log',
         line='2025-05-17 14:00:17 - MedicalClassifier - INFO - Epoch 3, Batch 0, Loss: 0.4243',
         want={"TrainLoss": 0.4243}, optional={"Step": 0}),
    dict(fw='ad-hoc BERT classifier loop', src='https://github.com/Gonghysin/weitiao_BERT/blob/624b164a26aebec2181705dc89fb132d30800f60/logs/training.log',
         line='2025-05-17 15:14:50 - MedicalClassifier - INFO - Epoch 2, Batch 1500, Loss: 0.6200',
         want={"TrainLoss": 0.62}, optional={"Step": 1500}),
    # validation metrics only, no loss
    dict(fw='ad-hoc BERT classifier loop', src='https://github.com/Gonghysin/weitiao_BERT/blob/624b164a26aebec2181705dc89fb132d30800f60/logs/training.log',
         line='2025-05-17 13:55:31 - MedicalClassifier - INFO - Epoch 1 - Validation Accuracy: 0.7876, F1: 0.7864',
         want={}),
    # test-set accuracy and F1 printed as nan
    dict(fw='ad-hoc BERT classifier loop', src='https://github.com/Gonghysin/weitiao_BERT/blob/624b164a26aebec2181705dc89fb132d30800f60/logs/training.log',
         line='2025-05-17 14:05:03 - MedicalClassifier - INFO - 测试集准确率: nan, F1分数: nan',
         want={}),
    # ---------------------------------------------------------------- torchrun (knowledge distillation run that failed to start), committed logs/training.log
    dict(fw='torchrun', src='https://github.com/JVrabel/LLM_KD/blob/1db1b06ed4a82b2c362ca1804640d92a5c641743/logs/training.log',
         line='E0210 14:23:38.250077 23456244216256 torch/distributed/elastic/multiprocessing/api.py:833] failed (exitcode: 1) local_rank: 2 (pid: 3032304) of binary: /usr/bin/python',
         want={}),
    # ---------------------------------------------------------------- fairseq (wav2vec 2.0 pretraining, hydra JSON log)
    # num_updates is the optimizer step; ups is updates per second; wps counts audio frames per second here
    dict(fw='fairseq (wav2vec 2.0)', src='https://github.com/facebookresearch/fairseq/issues/3391',
         line='[2021-03-24 14:33:12,269][train_inner][INFO] - {"epoch": 2, "update": 1.946, "loss": "3.449", "ntokens": "6249.34", "nsentences": "77.8", "prob_perplexity": "25.864", "code_perplexity": "25.847", "temp": "1.791", "loss_0": "3.296", "loss_1": "0.138", "loss_2": "0.015", "accuracy": "0.48972", "wps": "6723.9", "ups": "1.08", "wpb": "6249.3", "bsz": "77.8", "num_updates": "22200", "lr": "3.46875e-05", "gnorm": "1.383", "train_wall": "183", "gb_free": "11.1", "wall": "14803"}',
         want={"Step": 22200, "TrainLoss": 3.449, "GradNorm": 1.383, "IterationsPerSecond": 1.08}, optional={"TokensPerSecond": 6723.9}),
    # ---------------------------------------------------------------- MLX LM (LoRA fine-tune on Apple silicon)
    dict(fw='mlx-lm', src='https://github.com/ml-explore/mlx-examples/issues/620',
         line='Iter 75: Train loss 3.316, Learning Rate 7.000e-05, It/sec 0.933, Tokens/sec 366.098, Trained Tokens 29327, Peak mem 8.104 GB',
         want={"Step": 75, "TrainLoss": 3.316, "IterationsPerSecond": 0.933, "TokensPerSecond": 366.098}),
    dict(fw='mlx-lm', src='https://github.com/ml-explore/mlx-examples/issues/620',
         line='Iter 150: Train loss 4.857, Learning Rate 7.000e-05, It/sec 0.973, Tokens/sec 367.105, Trained Tokens 58811, Peak mem 8.626 GB',
         want={"Step": 150, "TrainLoss": 4.857, "IterationsPerSecond": 0.973, "TokensPerSecond": 367.105}),
    # validation pass at iteration 1; the seconds are the validation's duration
    dict(fw='mlx-lm', src='https://github.com/ml-explore/mlx-examples/issues/620',
         line='Iter 1: Val loss 2.086, Val took 17.177s',
         want={"ValLoss": 2.086}, optional={"Step": 1}),
    dict(fw='mlx-lm', src='https://github.com/ml-explore/mlx-examples/issues/620',
         line='Iter 100: Saved adapter weights to checkpoints/100_adapters.npz.',
         want={}, optional={"Step": 100}),
    # ---------------------------------------------------------------- YOLOv5 (train.py): the epoch row under its column header, then the validation summary
    # unlabeled columns: epoch, GPU memory, box/obj/cls/total loss, labels in the batch, image size; 294/294 batches of the epoch
    dict(fw='YOLOv5', src='https://github.com/ultralytics/yolov5/issues/5050',
         line='\r    14/299    0.468G   0.05096   0.01756   0.02623   0.09476         1       416: 100%|█████████████████████████| 294/294 [00:29<00:00, 10.01it/s]',
         want={}, optional={"TrainLoss": 0.09476, "Step": 294, "IterationsPerSecond": 10.01}),
    dict(fw='YOLOv5', src='https://github.com/ultralytics/yolov5/issues/5050',
         line='                 all          66          66       0.537       0.562       0.491       0.218',
         want={}),
    # ---------------------------------------------------------------- OpenRLHF (PPO with Ray and vLLM)
    # the actor's episode bar: 11 of 12 rollout batches, 19.50 s each
    dict(fw='OpenRLHF', src='https://github.com/OpenRLHF/OpenRLHF/issues/350',
         line='\rEpisode [1/1]:  92%|█████████▏| 11/12 [03:32<00:19, 19.50s/it]',
         want={}, optional={"Step": 11, "IterationsPerSecond": 1/19.50, "StepTime": 19500}),
    # vLLM generation bar inside the rollout: prompts, not training steps
    dict(fw='OpenRLHF', src='https://github.com/OpenRLHF/OpenRLHF/issues/350',
         line='\rProcessed prompts: 100%|██████████| 16/16 [00:12<00:00,  1.25it/s]',
         want={}),
    dict(fw='OpenRLHF', src='https://github.com/OpenRLHF/OpenRLHF/issues/350',
         line='(RayWorkerWrapper pid=676716) init_process_group: master_address=0.0.0.0, master_port=50949,  rank=2, world_size=5, group_name=openrlhf [repeated 3x across cluster]',
         want={}),
    # ---------------------------------------------------------------- PyTorch/XLA MNIST test (per-device print)
    # Rate and GlobalRate are examples per second (unit not printed); Time is the wall clock
    dict(fw='PyTorch/XLA', src='https://github.com/pytorch/xla/pull/4112',
         line='| Training Device=xla:0/6 Epoch=1 Step=20 Loss=0.01571 Rate=798.11 GlobalRate=981.24 Time=21:35:09',
         want={"Step": 20, "TrainLoss": 0.01571}, optional={"SamplesPerSecond": 798.11}),
    dict(fw='PyTorch/XLA', src='https://github.com/pytorch/xla/pull/4112',
         line='| Training Device=xla:0/5 Epoch=1 Step=0 Loss=2.30627 Rate=55.19 GlobalRate=55.19 Time=21:35:07',
         want={"Step": 0, "TrainLoss": 2.30627}, optional={"SamplesPerSecond": 55.19}),
    # ---------------------------------------------------------------- pytorch-template (epoch summary block)
    # the epoch's mean training loss and the validation loss, one key per line
    dict(fw='pytorch-template', src='https://github.com/victoresque/pytorch-template/pull/31',
         line='    loss           : 1.0713483376323052',
         want={"TrainLoss": 1.0713483376323052}),
    dict(fw='pytorch-template', src='https://github.com/victoresque/pytorch-template/pull/31',
         line='    val_loss       : 0.2415582835674286',
         want={"ValLoss": 0.2415582835674286}),
    dict(fw='pytorch-template', src='https://github.com/victoresque/pytorch-template/pull/31',
         line='Saving checkpoint: saved/Mnist_LeNet/1026_042054/checkpoint-epoch1.pth ...',
         want={}),
]
