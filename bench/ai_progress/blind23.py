# A twenty-third blind held-out set of progress lines for the AI-training
# pack, collected on 2026-12-08. Every line was copied verbatim from a public
# GitHub issue or pull-request thread in which someone pasted part of a
# training log or console output (no committed log files), and `src` names
# the thread. No source used in heldout.py, fresh.py, devset.py, devset2.py
# or blind.py .. blind22.py was taken again; trainers seen in earlier sets
# appear only through new threads, and most repositories here were read by
# no earlier set. At most five lines come from one source (one thread). The
# set was written without looking at the pack or its tests, each expectation
# decided from what the line itself prints, and it was frozen before it was
# scored even once.
# Same fields as heldout.py: the framework or trainer style, where the line
# was seen, the line as printed (tabs and leading or trailing blanks kept),
# the progress metrics it must yield (`want`) and metrics it may yield or not
# (`optional`: an in-epoch batch or sample counter, an environment-step or
# boosting-round counter, a tqdm bar's rate, a time whose unit or span the
# line does not print, a running mean next to or instead of a per-step
# value, a loss whose meaning the line leaves open, an evaluation loss the
# line does not label as one, a value in an unlabeled column). `want={}`
# marks a line that holds no training progress: the pack stays quiet.
# StepTime is in milliseconds. A NaN or inf value yields no metric.
# Where a thread shows tqdm refreshes one per line (the `\r` already turned
# into a newline by the paste), the case keeps the line as pasted. Where a
# pasted line was wrapped in Markdown emphasis or inline-code marks, those
# marks are left out: the line is the text the program printed. The threads
# had lost the escape bytes of coloured output, so no line here carries an
# ANSI escape.
# blind24 was collected at the same time by someone else, without
# coordination; lines the two sets share are to be removed afterwards.

CASES = [
    # ---------------------------------------------------------------- DeepSpeech test run after training, mozilla/DeepSpeech#1867
    # test-set loss after training (pasted in bold)
    dict(fw='DeepSpeech (TensorFlow 1)', src='https://github.com/mozilla/DeepSpeech/issues/1867',
         line='Test - WER: 0.213015, CER: 3.542373, loss: 25.164192',
         want={}, optional={"ValLoss": 25.164192}),
    # ---------------------------------------------------------------- deepspeech.torch (Lua, xlua progress bar), SeanNaren/deepspeech.torch#98
    # the bar may cover training or validation; Step is the time of the last step
    dict(fw='Torch7 (deepspeech.torch)', src='https://github.com/SeanNaren/deepspeech.torch/issues/98',
         line=' [==================== 136/136 ================>]  Tot: 1m13s | Step: 646ms',
         want={}, optional={"Step": 136, "StepTime": 646}),
    dict(fw='Torch7 (deepspeech.torch)', src='https://github.com/SeanNaren/deepspeech.torch/issues/98',
         line='Training Epoch: 1 Average Loss: nan Average Validation WER: 100.09 Average Validation CER: 62.14',
         want={}),
    dict(fw='Torch7 (deepspeech.torch)', src='https://github.com/SeanNaren/deepspeech.torch/issues/98',
         line='Training Epoch: 2 Average Loss: 7047724391721807312664730917666816.000000 Average Validation WER: 100.05 Average Validation CER: 61.98',
         want={"TrainLoss": 7047724391721807312664730917666816.0}),
    # ---------------------------------------------------------------- FuxiCTR click-through-rate models (logging), reczoo/BARS#7
    dict(fw='FuxiCTR (recommendation)', src='https://github.com/reczoo/BARS/issues/7',
         line='2020-02-25 22:14:12,339 P590 INFO Train loss: 0.448891',
         want={"TrainLoss": 0.448891}),
    # validation logloss, printed as [Metrics]
    dict(fw='FuxiCTR (recommendation)', src='https://github.com/reczoo/BARS/issues/7',
         line='2020-02-25 23:56:14,466 P590 INFO [Metrics] logloss: 0.442748 - AUC: 0.808801',
         want={}, optional={"ValLoss": 0.442748}),
    dict(fw='FuxiCTR (recommendation)', src='https://github.com/reczoo/BARS/issues/7',
         line='2020-02-25 23:56:16,640 P590 INFO --- 12225/12225 batches finished ---',
         want={}, optional={"Step": 12225}),
    dict(fw='FuxiCTR (recommendation)', src='https://github.com/reczoo/BARS/issues/7',
         line='2020-02-26 01:40:08,126 P590 INFO Train loss: 0.446761',
         want={"TrainLoss": 0.446761}),
    # ---------------------------------------------------------------- FuxiCTR AFN on Criteo, WeiyuCheng/AFN-AAAI-20#11
    dict(fw='FuxiCTR (recommendation)', src='https://github.com/WeiyuCheng/AFN-AAAI-20/issues/11',
         line='2022-01-24 13:10:37,311 P834 INFO Start training: 8058 batches/epoch',
         want={}),
    dict(fw='FuxiCTR (recommendation)', src='https://github.com/WeiyuCheng/AFN-AAAI-20/issues/11',
         line='2022-01-24 13:34:08,692 P834 INFO Train loss: 0.456468',
         want={"TrainLoss": 0.456468}),
    dict(fw='FuxiCTR (recommendation)', src='https://github.com/WeiyuCheng/AFN-AAAI-20/issues/11',
         line='2022-01-24 13:22:26,561 P834 INFO Train loss: 0.461620',
         want={"TrainLoss": 0.46162}),
    # ---------------------------------------------------------------- ElasticDL parameter-server CTR job (logging), sql-machine-learning/elasticdl#1954
    # evaluation at model version 10000
    dict(fw='ElasticDL (recommendation)', src='https://github.com/sql-machine-learning/elasticdl/pull/1954',
         line="[2020-05-29 05:31:45,852] [INFO] [evaluation_service.py:214:complete_task] Evaluation metrics[v=10000]: {'logits': {'accuracy': 0.7749472}, 'probs': {'auc': 0.786958}}",
         want={}, optional={"Step": 10000}),
    # ---------------------------------------------------------------- DiLoCo pre-training loop (logging), PrimeIntellect-ai/prime-diloco#25
    dict(fw='ad-hoc logging (DiLoCo pre-training)', src='https://github.com/PrimeIntellect-ai/prime-diloco/pull/25',
         line='17:45:05 [INFO] [Rank 0] step: 1, loss: 10.8585, tokens_per_second: 49722.00, mfu: 4.02',
         want={"Step": 1, "TrainLoss": 10.8585, "TokensPerSecond": 49722.0}),
    dict(fw='ad-hoc logging (DiLoCo pre-training)', src='https://github.com/PrimeIntellect-ai/prime-diloco/pull/25',
         line='17:45:20 [INFO] [Rank 0] step: 5, loss: 10.8539, tokens_per_second: 627185.73, mfu: 50.70',
         want={"Step": 5, "TrainLoss": 10.8539, "TokensPerSecond": 627185.73}),
    dict(fw='ad-hoc logging (DiLoCo pre-training)', src='https://github.com/PrimeIntellect-ai/prime-diloco/pull/25',
         line='17:45:09 [INFO] [Rank 0] step: 2, loss: 10.8607, tokens_per_second: 628145.53, mfu: 50.78',
         want={"Step": 2, "TrainLoss": 10.8607, "TokensPerSecond": 628145.53}),
    dict(fw='ad-hoc logging (DiLoCo pre-training)', src='https://github.com/PrimeIntellect-ai/prime-diloco/pull/25',
         line='17:45:16 [INFO] [Rank 0] step: 4, loss: 10.8560, tokens_per_second: 625376.60, mfu: 50.55',
         want={"Step": 4, "TrainLoss": 10.856, "TokensPerSecond": 625376.6}),
    # ---------------------------------------------------------------- ChainerRL PPO on Pong (tab-separated evaluation scores), chainer/chainerrl#126
    # unlabeled columns; the first counts environment steps
    dict(fw='ChainerRL', src='https://github.com/chainer/chainerrl/pull/126',
         line='100524\t96\t2090.0018689632416\t-18.6\t-19.0\t1.6465452046971292\t-16.0\t-21.0\t[-1.29867995]\t-0.120943714859\t0.0741552147957\t0.57762032483',
         want={}, optional={"Step": 100524}),
    # ---------------------------------------------------------------- PPO on Pong (print loop), yao-jason/MLDS2018SPRING#3
    # per-episode reward and wall time, no loss
    dict(fw='ad-hoc print (PPO)', src='https://github.com/yao-jason/MLDS2018SPRING/issues/3',
         line='Episode: 60, Actions: 1738, reward: -21, Avg. reward: -19.900, Time: 3.09, T/A: 1.78ms',
         want={}),
    # ---------------------------------------------------------------- PyTorch-StudioGAN DCGAN (logging), POSTECH-CVLab/PyTorch-StudioGAN#112
    # generator and discriminator losses, no single training loss
    dict(fw='PyTorch-StudioGAN', src='https://github.com/POSTECH-CVLab/PyTorch-StudioGAN/issues/112',
         line='[INFO] 2021-11-28 10:56:36 > Step:    100 Progress: 0.1% Elapsed: 0:00:57 Gen_loss: -0.0 Dis_loss: 13.82 Cls_loss: N/A Topk:  N/A ada_p: N/A',
         want={"Step": 100}),
    dict(fw='PyTorch-StudioGAN', src='https://github.com/POSTECH-CVLab/PyTorch-StudioGAN/issues/112',
         line='[INFO] 2021-11-28 11:00:06 > Step:    500 Progress: 0.5% Elapsed: 0:04:27 Gen_loss: -0.0 Dis_loss: 13.82 Cls_loss: N/A Topk:  N/A ada_p: N/A',
         want={"Step": 500}),
    # ---------------------------------------------------------------- XGBoost sklearn API with two eval sets (tab-separated), dmlc/xgboost#4982
    # boosting round and evaluation metrics only
    dict(fw='XGBoost', src='https://github.com/dmlc/xgboost/issues/4982',
         line='[6529]\tvalidation_0-mae:72.4097\tvalidation_0-rmse:132.844\tvalidation_1-mae:70.3759\tvalidation_1-rmse:128.804',
         want={}, optional={"Step": 6529}),
    # ---------------------------------------------------------------- PaddleClas static-graph trainer (logging), PaddlePaddle/PaddleClas#525
    # step counts batches within the epoch; batch_cost is seconds per batch
    dict(fw='PaddleClas', src='https://github.com/PaddlePaddle/PaddleClas/pull/525',
         line='2020-12-30 06:13:33 INFO: epoch:0   train step:10   top1: 0.0000 top5: 0.0312 loss: 11.5920 lr: 0.100000, batch_cost: 0.08779 s, reader_cost: 0.00010 s, ips: 121.41242 images/sec.',
         want={"TrainLoss": 11.592, "StepTime": 87.79, "SamplesPerSecond": 121.41242}, optional={"Step": 10}),
    # epoch summary: mean loss and mean batch time
    dict(fw='PaddleClas', src='https://github.com/PaddlePaddle/PaddleClas/pull/525',
         line='2020-12-30 06:13:38 INFO: END epoch:0   train top1: 0.0071 top5: 0.0373 loss:  9.4002  batch_cost: 0.26346 s, reader_cost: 0.00012 s, batch_cost_sum: 6.84987 s, ips: 121.46222 images/sec.',
         want={"TrainLoss": 9.4002}, optional={"StepTime": 263.46, "SamplesPerSecond": 121.46222}),
    # validation batch
    dict(fw='PaddleClas', src='https://github.com/PaddlePaddle/PaddleClas/pull/525',
         line='2020-12-30 06:13:39 INFO: valid step:10   top1: 0.0625 top5: 0.0625 loss: 5481.1924 lr: 0.000000, batch_cost: 0.07791 s, reader_cost: 0.00010 s, ips: 409.91649 images/sec.',
         want={}, optional={"ValLoss": 5481.1924}),
    dict(fw='PaddleClas', src='https://github.com/PaddlePaddle/PaddleClas/pull/525',
         line='2020-12-30 06:13:41 INFO: END valid top1: 0.0127 top5: 0.0569 loss: 8773.9191  batch_cost: 0.09155 s, reader_cost: 0.00009 s, batch_cost_sum: 2.47194 s, ips: 305.83228 images/sec.',
         want={"ValLoss": 8773.9191}),
    # ---------------------------------------------------------------- PaddlePaddle v2 API event handler (logging), PaddlePaddle/Paddle#2974
    # cost of the current batch; the batch counter restarts each pass
    dict(fw='PaddlePaddle v2', src='https://github.com/PaddlePaddle/Paddle/issues/2974',
         line="[INFO 2017-07-20 08:13:54,714 train.py:70] Pass 133, Batch 650, Cost 35.525531, {'classification_error_evaluator': 0.7351384162902832}",
         want={"TrainLoss": 35.525531}, optional={"Step": 650}),
    dict(fw='PaddlePaddle v2', src='https://github.com/PaddlePaddle/Paddle/issues/2974',
         line="[INFO 2017-07-20 08:14:05,056 train.py:70] Pass 133, Batch 660, Cost 35.666832, {'classification_error_evaluator': 0.7405670285224915}",
         want={"TrainLoss": 35.666832}, optional={"Step": 660}),
    dict(fw='PaddlePaddle v2', src='https://github.com/PaddlePaddle/Paddle/issues/2974',
         line="[INFO 2017-07-20 08:13:59,905 train.py:70] Pass 133, Batch 655, Cost 35.517285, {'classification_error_evaluator': 0.7425796985626221}",
         want={"TrainLoss": 35.517285}, optional={"Step": 655}),
    # ---------------------------------------------------------------- OpenSeq2Seq speech recognition transfer learning (deco_print), NVIDIA/OpenSeq2Seq#355
    dict(fw='OpenSeq2Seq', src='https://github.com/NVIDIA/OpenSeq2Seq/issues/355',
         line='*** Epoch 10, global step 21: ***     Train loss: 148.8157 ',
         want={"Step": 21, "TrainLoss": 148.8157}),
    # h:mm:s.fff
    dict(fw='OpenSeq2Seq', src='https://github.com/NVIDIA/OpenSeq2Seq/issues/355',
         line='time per step = 0:00:0.230',
         want={"StepTime": 230}),
    dict(fw='OpenSeq2Seq', src='https://github.com/NVIDIA/OpenSeq2Seq/issues/355',
         line='***     Validation loss: 250.1655 ',
         want={"ValLoss": 250.1655}),
    dict(fw='OpenSeq2Seq', src='https://github.com/NVIDIA/OpenSeq2Seq/issues/355',
         line='*** Epoch 12, global step 24: ***     Train loss: 328.6400 ',
         want={"Step": 24, "TrainLoss": 328.64}),
    dict(fw='OpenSeq2Seq', src='https://github.com/NVIDIA/OpenSeq2Seq/issues/355',
         line='***     Validation loss: 276.5779 ',
         want={"ValLoss": 276.5779}),
    # ---------------------------------------------------------------- cu2rec matrix factorisation in CUDA (test binary), nickgreenquist/cu2rec#3
    # losses of ten iterations on one line
    dict(fw='ad-hoc CUDA (matrix factorisation)', src='https://github.com/nickgreenquist/cu2rec/issues/3',
         line='Losses: 161.9 160.99 160.988 160.076 160.072 159.159 159.153 158.238 158.23 157.314',
         want={}),
    # ---------------------------------------------------------------- Text GCN (TensorFlow 1), yao8839836/text_gcn#2
    # a printed scipy sparse matrix entry
    dict(fw='TensorFlow 1 (Text GCN)', src='https://github.com/yao8839836/text_gcn/issues/2',
         line='  (0, 84)\t7.7466377018461055',
         want={}),
    # ---------------------------------------------------------------- spaCy v3 train table, explosion/spaCy#7083
    dict(fw='spaCy 3', src='https://github.com/explosion/spaCy/issues/7083',
         line='E    #       LOSS TOK2VEC  LOSS NER  ENTS_F  ENTS_P  ENTS_R  SCORE ',
         want={}),
    # unlabeled columns under the header: epoch, step, two component losses, dev scores
    dict(fw='spaCy 3', src='https://github.com/explosion/spaCy/issues/7083',
         line='  0     200         35.70   2163.45   83.16   83.79   82.53    0.83',
         want={}, optional={"Step": 200}),
    dict(fw='spaCy 3', src='https://github.com/explosion/spaCy/issues/7083',
         line='  0    1000         25.08   1343.08   93.06   92.75   93.38    0.93',
         want={}, optional={"Step": 1000}),
    # ---------------------------------------------------------------- spaCy v2 training example (losses dict), explosion/spaCy#2048
    # the NER component's loss, unlabeled as training loss
    dict(fw='spaCy 2 (example script)', src='https://github.com/explosion/spaCy/issues/2048',
         line="        {u'ner': 9.619517890899863e-09}",
         want={}, optional={"TrainLoss": 9.619517890899863e-09}),
    # ---------------------------------------------------------------- spaCy v2 train CLI (tab-separated header), explosion/spaCy#2185
    dict(fw='spaCy 2', src='https://github.com/explosion/spaCy/issues/2185',
         line='Itn.\tP.Loss\tN.Loss\tUAS\tNER P.\tNER R.\tNER F.\tTag %\tToken %',
         want={}),
    # ---------------------------------------------------------------- llama.cpp LoRA finetune example, ggml-org/llama.cpp#7611
    dict(fw='llama.cpp finetune', src='https://github.com/ggml-org/llama.cpp/issues/7611',
         line='train_opt_callback: iter=    71 sample=73/5608 sched=0.710000 loss=7.699281 dt=00:04:59 eta=03:24:38 |>',
         want={"Step": 71, "TrainLoss": 7.699281, "StepTime": 299000}),
    dict(fw='llama.cpp finetune', src='https://github.com/ggml-org/llama.cpp/issues/7611',
         line='train_opt_callback: iter=    74 sample=76/5608 sched=0.740000 loss=8.693038 dt=00:04:57 eta=03:08:40 |>',
         want={"Step": 74, "TrainLoss": 8.693038, "StepTime": 297000}),
    dict(fw='llama.cpp finetune', src='https://github.com/ggml-org/llama.cpp/issues/7611',
         line='train_opt_callback: iter=    75 sample=77/5608 sched=0.750000 loss=6.879135 dt=00:04:54 eta=03:01:41 |>',
         want={"Step": 75, "TrainLoss": 6.879135, "StepTime": 294000}),
    # ---------------------------------------------------------------- fastText supervised on a large corpus, facebookresearch/fastText#451
    dict(fw='fastText', src='https://github.com/facebookresearch/fastText/issues/451',
         line='Read 1569M words',
         want={}),
    # ---------------------------------------------------------------- HF Trainer LoRA fine-tune of an audio LLM, OpenMOSS/MOSS-Audio#26
    dict(fw='HF Trainer', src='https://github.com/OpenMOSS/MOSS-Audio/issues/26',
         line="{'loss': 17.0996, 'grad_norm': 14.1919527053833, 'learning_rate': 4.9146347821251266e-05, 'epoch': 0.55}",
         want={"TrainLoss": 17.0996, "GradNorm": 14.1919527053833}),
    # ---------------------------------------------------------------- TRL SFTTrainer with PEFT, huggingface/trl#3926
    dict(fw='TRL SFTTrainer', src='https://github.com/huggingface/trl/issues/3926',
         line="{'loss': 0.3771, 'grad_norm': 0.6300405859947205, 'learning_rate': 0.0001891006524188368, 'entropy': 1.9093962386250496, 'num_tokens': 5734.0, 'mean_token_accuracy': 0.8984374925494194, 'epoch': 0.01}           ",
         want={"TrainLoss": 0.3771, "GradNorm": 0.6300405859947205}),
    # ---------------------------------------------------------------- Vicuna LoRA SFT (HF Trainer, older log dict), jackaduma/Vicuna-LoRA-RLHF-PyTorch#11
    dict(fw='HF Trainer', src='https://github.com/jackaduma/Vicuna-LoRA-RLHF-PyTorch/issues/11',
         line="{'loss': 240023.775, 'learning_rate': 0.0002762320648783531, 'epoch': 0.47}",
         want={"TrainLoss": 240023.775}),
    dict(fw='HF Trainer', src='https://github.com/jackaduma/Vicuna-LoRA-RLHF-PyTorch/issues/11',
         line="{'loss': inf, 'learning_rate': 0.0002743605739238927, 'epoch': 0.49}",
         want={}),
    dict(fw='HF Trainer', src='https://github.com/jackaduma/Vicuna-LoRA-RLHF-PyTorch/issues/11',
         line="{'loss': nan, 'learning_rate': 0.00027248908296943227, 'epoch': 0.51}",
         want={}),
    # ---------------------------------------------------------------- ms-swift Megatron SFT of an MoE model, modelscope/ms-swift#6836
    # LM loss and load-balancing loss; the LM loss is the training loss
    dict(fw='Megatron (ms-swift)', src='https://github.com/modelscope/ms-swift/issues/6836',
         line=' [2025-12-01 16:59:08] iteration     1530/    1926 | consumed samples:        24480 | elapsed time per iteration (ms): 85938.4 | memory(GiB): 72.89 | elapsed time: 1d 6h 54m 11s | remaining time: 7h 59m 54s | learning rate: 4.001458E-06 | global batch size:    16 | lm loss: 3.515074E-01 | load_balancing_loss: 2.801638E+00 | loss scale: 1.0 | grad norm: 11.293 | number of skipped iterations:   0 | number of nan iterations:   0 |',
         want={"Step": 1530, "StepTime": 85938.4, "TrainLoss": 0.3515074, "GradNorm": 11.293}),
    # ---------------------------------------------------------------- StyleGAN3 training loop, NVlabs/stylegan3#216
    # progress per tick; sec/kimg is seconds per thousand images shown
    dict(fw='StyleGAN3', src='https://github.com/NVlabs/stylegan3/issues/216',
         line='tick 14    kimg 70.1     time 1h 38m 21s   sec/tick 366.1   sec/kimg 73.10   maintenance 0.1    cpumem 5.88   gpumem 9.79   reserved 10.64  augment 0.052',
         want={}, optional={"SamplesPerSecond": 13.679890560875513}),
    # ---------------------------------------------------------------- StyleGAN2 (TensorFlow) fork on Colab, skyflynil/stylegan2#2
    dict(fw='StyleGAN2 (TensorFlow)', src='https://github.com/skyflynil/stylegan2/issues/2',
         line='tick 1     kimg 6.1      lod 0.00  minibatch 32   time 12m 16s      sec/tick 648.1   sec/kimg 107.73  maintenance 30.5   gpumem 5.1',
         want={}, optional={"SamplesPerSecond": 9.282465422816301}),
    dict(fw='StyleGAN2 (TensorFlow)', src='https://github.com/skyflynil/stylegan2/issues/2',
         line='tick 0     kimg 0.1      lod 0.00  minibatch 32   time 58s          sec/tick 57.7    sec/kimg 450.76  maintenance 0.0    gpumem 5.1',
         want={}, optional={"SamplesPerSecond": 2.2184754636613718}),
    # ---------------------------------------------------------------- Informer time-series forecaster (print loop), zhouhaoyi/Informer2020#112
    # iters counts batches within the epoch
    dict(fw='ad-hoc print (Informer)', src='https://github.com/zhouhaoyi/Informer2020/issues/112',
         line='        iters: 100, epoch: 3 | loss: 0.1210482',
         want={"TrainLoss": 0.1210482}, optional={"Step": 100}),
    # mean time per iteration since the last print, validation included
    dict(fw='ad-hoc print (Informer)', src='https://github.com/zhouhaoyi/Informer2020/issues/112',
         line='        speed: 0.3345s/iter; left time: 267.9004s',
         want={}, optional={"StepTime": 334.5}),
    # epoch summary; Steps is the number of batches per epoch, Test Loss is on the test split
    dict(fw='ad-hoc print (Informer)', src='https://github.com/zhouhaoyi/Informer2020/issues/112',
         line='Epoch: 3, Steps: 225 | Train Loss: 0.1493344 Vali Loss: 0.1429051 Test Loss: 0.2010405',
         want={"TrainLoss": 0.1493344, "ValLoss": 0.1429051}, optional={"Step": 225}),
    dict(fw='ad-hoc print (Informer)', src='https://github.com/zhouhaoyi/Informer2020/issues/112',
         line='Validation loss decreased (0.161065 --> 0.141613).  Saving model ...',
         want={}, optional={"ValLoss": 0.141613}),
    dict(fw='ad-hoc print (Informer)', src='https://github.com/zhouhaoyi/Informer2020/issues/112',
         line='Epoch: 2 cost time: 40.37169551849365',
         want={}),
    # ---------------------------------------------------------------- mlx_lm LoRA through the Python train() API, ml-explore/mlx-examples#849
    dict(fw='mlx_lm LoRA', src='https://github.com/ml-explore/mlx-examples/issues/849',
         line='Starting training..., iters: 1000',
         want={}),
    # validation before the first update; "Val took" is evaluation time
    dict(fw='mlx_lm LoRA', src='https://github.com/ml-explore/mlx-examples/issues/849',
         line='Iter 1: Val loss 199.480, Val took 0.785s',
         want={"Step": 1, "ValLoss": 199.48}),
    # ---------------------------------------------------------------- YOLOv7 training start-up, WongKinYiu/yolov7#251
    dict(fw='YOLOv7', src='https://github.com/WongKinYiu/yolov7/issues/251',
         line='     Epoch   gpu_mem       box       obj       cls     total    labels  img_size',
         want={}),
    # ---------------------------------------------------------------- Darknet YOLOv3 (AlexeyAB fork), AlexeyAB/darknet#897
    # iteration, loss, running average loss, lr, seconds for the iteration, images seen; two printed lines pasted as one
    dict(fw='Darknet', src='https://github.com/AlexeyAB/darknet/issues/897',
         line='9002: 0.211667, 0.060730 avg, 0.001000 rate, 3.868000 seconds, 576128 images Loaded: 0.000000 seconds',
         want={"Step": 9002, "TrainLoss": 0.211667}, optional={"StepTime": 3868}),
    dict(fw='Darknet', src='https://github.com/AlexeyAB/darknet/issues/897',
         line='Region Avg IOU: 0.798363, Class: 0.893232, Obj: 0.700808, No Obj: 0.004567, Avg Recall: 1.000000, count: 8 Region Avg IOU: 0.800677, Class: 0.892181, Obj: 0.701590, No Obj: 0.004574, Avg Recall: 1.000000, count: 8',
         want={}),
    # ---------------------------------------------------------------- DexiNed edge detector (print loop, pasted in italics), xavysp/DexiNed#55
    # Sample counts batches within the epoch
    dict(fw='ad-hoc print (edge detection)', src='https://github.com/xavysp/DexiNed/issues/55',
         line='Mon Nov 16 01:53:58 2020 Epoch: 0 Sample 75/76 Loss: 30482.720703125',
         want={"TrainLoss": 30482.720703125}, optional={"Step": 75}),
    # ---------------------------------------------------------------- Lightning 2.3 tqdm bar pasted line by line, Lightning-AI/pytorch-lightning#20344
    dict(fw='PyTorch Lightning', src='https://github.com/Lightning-AI/pytorch-lightning/issues/20344',
         line='Epoch 0:   9%|▉         | 66/704 [00:30<04:54,  2.17it/s, v_num=11, train_loss=4.600]',
         want={"TrainLoss": 4.6}, optional={"Step": 66, "IterationsPerSecond": 2.17}),
    dict(fw='PyTorch Lightning', src='https://github.com/Lightning-AI/pytorch-lightning/issues/20344',
         line='Epoch 0:  10%|█         | 72/704 [00:33<04:49,  2.18it/s, v_num=11, train_loss=4.600]',
         want={"TrainLoss": 4.6}, optional={"Step": 72, "IterationsPerSecond": 2.18}),
    dict(fw='PyTorch Lightning', src='https://github.com/Lightning-AI/pytorch-lightning/issues/20344',
         line='Epoch 0:  10%|▉         | 70/704 [00:31<04:47,  2.20it/s, v_num=11, train_loss=4.600]',
         want={"TrainLoss": 4.6}, optional={"Step": 70, "IterationsPerSecond": 2.2}),
    # ---------------------------------------------------------------- PSENet text detection (logging), WenmuZhou/PSENet.pytorch#41
    # batch loss with its two parts; time covers the last logging interval
    dict(fw='ad-hoc logging (PSENet)', src='https://github.com/WenmuZhou/PSENet.pytorch/issues/41',
         line='2019-10-13 05:41:30 INFO      train.py: [8/100], [10/11], step: 98, 3.163 samples/sec, batch_loss: 0.4755, batch_loss_c: 0.4429, batch_loss_s: 0.5517, time:3.1618, lr:0.0001',
         want={"Step": 98, "TrainLoss": 0.4755, "SamplesPerSecond": 3.163}, optional={"StepTime": 3161.8}),
    dict(fw='ad-hoc logging (PSENet)', src='https://github.com/WenmuZhou/PSENet.pytorch/issues/41',
         line='2019-10-13 05:41:31 INFO      train.py: [9/100], [0/11], step: 99, 24.169 samples/sec, batch_loss: 0.5055, batch_loss_c: 0.4494, batch_loss_s: 0.6363, time:0.4138, lr:0.0001',
         want={"Step": 99, "TrainLoss": 0.5055, "SamplesPerSecond": 24.169}, optional={"StepTime": 413.8}),
    # epoch summary; time is the epoch's
    dict(fw='ad-hoc logging (PSENet)', src='https://github.com/WenmuZhou/PSENet.pytorch/issues/41',
         line='2019-10-13 05:41:34 INFO      train.py: [9/100], train_loss: 0.5373, time: 3.5255, lr: 0.0001',
         want={"TrainLoss": 0.5373}),
    dict(fw='ad-hoc logging (PSENet)', src='https://github.com/WenmuZhou/PSENet.pytorch/issues/41',
         line='2019-10-13 05:41:34 INFO      train.py: [10/100], [0/11], step: 110, 26.647 samples/sec, batch_loss: 0.6993, batch_loss_c: 0.6000, batch_loss_s: 0.9310, time:0.3753, lr:0.0001',
         want={"Step": 110, "TrainLoss": 0.6993, "SamplesPerSecond": 26.647}, optional={"StepTime": 375.3}),
    dict(fw='ad-hoc logging (PSENet)', src='https://github.com/WenmuZhou/PSENet.pytorch/issues/41',
         line='2019-10-13 05:41:37 INFO      train.py: [10/100], train_loss: 0.5155, time: 3.4844, lr: 0.0001',
         want={"TrainLoss": 0.5155}),
    # ---------------------------------------------------------------- AR-Net in fastai (tab-separated fit table), ourownstory/neural_prophet#210
    dict(fw='fastai', src='https://github.com/ourownstory/neural_prophet/issues/210',
         line='epoch\ttrain_loss\tvalid_loss\tmae\tsTPE of AR coeff\ttime',
         want={}),
    # unlabeled columns under the header
    dict(fw='fastai', src='https://github.com/ourownstory/neural_prophet/issues/210',
         line='3\t0.012762\t0.010338\t0.081312\t9.736054\t00:01',
         want={}, optional={"TrainLoss": 0.012762, "ValLoss": 0.010338}),
    # ---------------------------------------------------------------- long-context continued pre-training (wandb summary pasted as text), FranxYao/Long-Context-Data-Engineering#13
    dict(fw='ad-hoc print (LLM continued pre-training)', src='https://github.com/FranxYao/Long-Context-Data-Engineering/issues/13',
         line='step 50 token 250m ',
         want={"Step": 50}),
    dict(fw='ad-hoc print (LLM continued pre-training)', src='https://github.com/FranxYao/Long-Context-Data-Engineering/issues/13',
         line='train/loss 2.2328 ',
         want={"TrainLoss": 2.2328}),
    dict(fw='ad-hoc print (LLM continued pre-training)', src='https://github.com/FranxYao/Long-Context-Data-Engineering/issues/13',
         line='train/grad_norm 249.4825 ',
         want={"GradNorm": 249.4825}),
    # loss restricted to one context length
    dict(fw='ad-hoc print (LLM continued pre-training)', src='https://github.com/FranxYao/Long-Context-Data-Engineering/issues/13',
         line='train/per_length_loss/loss@4096 3.4491 ',
         want={}),
    dict(fw='ad-hoc print (LLM continued pre-training)', src='https://github.com/FranxYao/Long-Context-Data-Engineering/issues/13',
         line='train/loss 5.5021 ',
         want={"TrainLoss": 5.5021}),
    # ---------------------------------------------------------------- LXMERT pre-training (print loop), airsplay/lxmert#22
    dict(fw='ad-hoc print (LXMERT)', src='https://github.com/airsplay/lxmert/issues/22',
         line='The training loss for Epoch 1 is 7.3978',
         want={"TrainLoss": 7.3978}),
    dict(fw='ad-hoc print (LXMERT)', src='https://github.com/airsplay/lxmert/issues/22',
         line='The valid loss is 5.3834',
         want={"ValLoss": 5.3834}),
    # the parts of the loss above
    dict(fw='ad-hoc print (LXMERT)', src='https://github.com/airsplay/lxmert/issues/22',
         line='The losses are Mask_LM: 1.7000 Matched: 0.3337 Obj: 1.5459 Attr: 0.5252 Feat: 0.2981 QA: 2.9949 ',
         want={}),
    dict(fw='ad-hoc print (LXMERT)', src='https://github.com/airsplay/lxmert/issues/22',
         line='The training loss for Epoch 2 is 4.8495',
         want={"TrainLoss": 4.8495}),
    dict(fw='ad-hoc print (LXMERT)', src='https://github.com/airsplay/lxmert/issues/22',
         line='The valid loss is 5.0167',
         want={"ValLoss": 5.0167}),
    # ---------------------------------------------------------------- Acme DQN on Atari, google-deepmind/acme#51
    dict(fw='Acme (DQN)', src='https://github.com/google-deepmind/acme/issues/51',
         line='[Learner] Loss = 0.058 | Steps = 70 | Walltime = 4.277',
         want={"Step": 70, "TrainLoss": 0.058}),
    dict(fw='Acme (DQN)', src='https://github.com/google-deepmind/acme/issues/51',
         line='[Learner] Loss = 0.163 | Steps = 104 | Walltime = 6.357',
         want={"Step": 104, "TrainLoss": 0.163}),
    # actor side: environment steps and their rate
    dict(fw='Acme (DQN)', src='https://github.com/google-deepmind/acme/issues/51',
         line='[Environment Loop] Episode Length = 764 | Episode Return = -21.000 | Episodes = 2 | Steps = 1528 | Steps Per Second = 37.277',
         want={}, optional={"Step": 1528, "SamplesPerSecond": 37.277}),
    dict(fw='Acme (DQN)', src='https://github.com/google-deepmind/acme/issues/51',
         line='[Learner] Loss = 0.052 | Steps = 173 | Walltime = 10.452',
         want={"Step": 173, "TrainLoss": 0.052}),
    dict(fw='Acme (DQN)', src='https://github.com/google-deepmind/acme/issues/51',
         line='[Learner] Loss = 0.054 | Steps = 190 | Walltime = 11.485',
         want={"Step": 190, "TrainLoss": 0.054}),
    # ---------------------------------------------------------------- TF-Agents DQN tutorial, tensorflow/agents#316
    dict(fw='TF-Agents', src='https://github.com/tensorflow/agents/issues/316',
         line='step = 73200: loss = 234161.796875',
         want={"Step": 73200, "TrainLoss": 234161.796875}),
    dict(fw='TF-Agents', src='https://github.com/tensorflow/agents/issues/316',
         line='step = 74800: loss = 1741.2977294921875',
         want={"Step": 74800, "TrainLoss": 1741.2977294921875}),
    # evaluation of the policy at that step
    dict(fw='TF-Agents', src='https://github.com/tensorflow/agents/issues/316',
         line='step = 74000: Average Return = 200.0',
         want={}, optional={"Step": 74000}),
    dict(fw='TF-Agents', src='https://github.com/tensorflow/agents/issues/316',
         line='step = 75400: loss = 3474.28564453125',
         want={"Step": 75400, "TrainLoss": 3474.28564453125}),
    dict(fw='TF-Agents', src='https://github.com/tensorflow/agents/issues/316',
         line='step = 77000: loss = 253.21737670898438',
         want={"Step": 77000, "TrainLoss": 253.21737670898438}),
    # ---------------------------------------------------------------- SANAS keyword spotting (sacred logging and tqdm), TomVeniat/SANAS#1
    # train-validation-test losses joined by dashes
    dict(fw='ad-hoc logging (sacred)', src='https://github.com/TomVeniat/SANAS/issues/1',
         line='INFO - __main__ - Losses: 2.009(-1.107E+00)-2.046-2.051, Accuracies: 0.533-0.529-0.529, Avg cost: 1.246E+08-1.246E+08-1.246E+08',
         want={}, optional={"TrainLoss": 2.009, "ValLoss": 2.046}),
    dict(fw='tqdm loop (keyword spotting)', src='https://github.com/TomVeniat/SANAS/issues/1',
         line='Train: 100%|██████████| 348/348 [05:16<00:00,  2.18it/s]',
         want={}, optional={"Step": 348, "IterationsPerSecond": 2.18}),
    # ---------------------------------------------------------------- DCGAN on MNIST (print loop, pasted as inline code), znxlwm/pytorch-MNIST-CelebA-GAN-DCGAN#1
    # discriminator and generator losses; ptime is the epoch's time
    dict(fw='ad-hoc print (DCGAN)', src='https://github.com/znxlwm/pytorch-MNIST-CelebA-GAN-DCGAN/issues/1',
         line='[1/20] - ptime: 372.38, loss_d: 0.597, loss_g: 5.759',
         want={}),
    # ---------------------------------------------------------------- PyTorch MNIST example on an OpenCL backend, artyom-beilis/pytorch_dlprim#34
    # the bracket counts samples, not steps
    dict(fw='PyTorch examples (MNIST)', src='https://github.com/artyom-beilis/pytorch_dlprim/issues/34',
         line='Train Epoch: 2 [640/60000 (1%)] Loss: 0.039748',
         want={"TrainLoss": 0.039748}),
    dict(fw='PyTorch examples (MNIST)', src='https://github.com/artyom-beilis/pytorch_dlprim/issues/34',
         line='Train Epoch: 2 [1280/60000 (2%)]        Loss: 0.026082',
         want={"TrainLoss": 0.026082}),
    dict(fw='PyTorch examples (MNIST)', src='https://github.com/artyom-beilis/pytorch_dlprim/issues/34',
         line='Train Epoch: 2 [10880/60000 (18%)]      Loss: 0.108077',
         want={"TrainLoss": 0.108077}),
    dict(fw='PyTorch examples (MNIST)', src='https://github.com/artyom-beilis/pytorch_dlprim/issues/34',
         line='Train Epoch: 2 [3200/60000 (5%)]        Loss: 0.052024',
         want={"TrainLoss": 0.052024}),
    dict(fw='PyTorch examples (MNIST)', src='https://github.com/artyom-beilis/pytorch_dlprim/issues/34',
         line='Train Epoch: 2 [5120/60000 (9%)]        Loss: 0.008801',
         want={"TrainLoss": 0.008801}),
    # ---------------------------------------------------------------- DLRM on Criteo Kaggle, facebookresearch/dlrm#41
    dict(fw='DLRM (recommendation)', src='https://github.com/facebookresearch/dlrm/issues/41',
         line='Finished training it 297984/306969 of epoch 0, 41.97 ms/it, loss 0.449257, accuracy 79.112 %',
         want={"Step": 297984, "StepTime": 41.97, "TrainLoss": 0.449257}),
    dict(fw='DLRM (recommendation)', src='https://github.com/facebookresearch/dlrm/issues/41',
         line='Finished training it 306969/306969 of epoch 0, 41.33 ms/it, loss 0.445721, accuracy 79.342 %',
         want={"Step": 306969, "StepTime": 41.33, "TrainLoss": 0.445721}),
    dict(fw='DLRM (recommendation)', src='https://github.com/facebookresearch/dlrm/issues/41',
         line='Finished training it 301056/306969 of epoch 0, 41.56 ms/it, loss 0.447720, accuracy 79.162 %',
         want={"Step": 301056, "StepTime": 41.56, "TrainLoss": 0.44772}),
    # ---------------------------------------------------------------- BERT pre-training evaluation summary (TF Estimator), google-research/bert#90
    # the loss of an evaluation block; the line does not say so
    dict(fw='BERT (TensorFlow Estimator)', src='https://github.com/google-research/bert/issues/90',
         line='  loss = 0.0979674',
         want={}, optional={"ValLoss": 0.0979674, "TrainLoss": 0.0979674}),
    dict(fw='BERT (TensorFlow Estimator)', src='https://github.com/google-research/bert/issues/90',
         line='  global_step = 20',
         want={}, optional={"Step": 20}),
]
