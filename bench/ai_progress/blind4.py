# A fifth held-out set of progress lines for the AI-training pack, collected
# blind on 2026-12-06: real lines copied verbatim from public issue threads,
# pull requests, Q&A pages, pastes and training logs committed to public
# repositories (source URL per line, pinned to a commit for files), taken from
# threads, files, framework versions and configurations not used in
# heldout.py, fresh.py, devset.py, blind.py, blind2.py, blind3.py or
# devset2.py. It was written by looking only at what real logs print, without
# looking at the pack or its tests, and frozen before it was scored even once.
# Same fields as blind2.py: the framework, where the line was seen, the line as
# printed (tabs, tqdm/Keras padding, glued output and paste damage kept; a
# Markdown quote "> " or list number the page put in front of a line is not
# part of it; a colour code pasted from a Windows console keeps the ESC shown
# as "←"), the progress metrics it must yield (`want`, times in milliseconds)
# and metrics it may yield or not (`optional`: an in-epoch batch counter, an
# it/s derived from `s/it`, an epoch average, a value from an unlabeled column,
# a throughput whose unit is ambiguous). `want={}` marks a line that holds no
# training progress: the pack stays quiet.
CASES = [
    # ---------------------------------------------------------------- detectron2 / d2go
    dict(fw="detectron2", src="https://github.com/facebookresearch/d2go/issues/19",
         line="[03/15 07:48:04 d2.utils.events]:  eta: 0:01:23  iter: 19  total_loss: 1.475  loss_cls: 0.7214  loss_box_reg: 0.6375  loss_rpn_cls: 0.07351  loss_rpn_loc: 0.004179  time: 0.2951  data_time: 0.0589  lr: 6.1638e-06  max_mem: 824M",
         want={"Step": 19, "TrainLoss": 1.475, "StepTime": 295.1}),
    # pasted from a narrow terminal: the wrap left a run of blanks between `time:` and `data_time:`
    dict(fw="detectron2", src="https://github.com/Therock90421/DA-Ada/issues/8",
         line="[08/25 12:23:03 d2.utils.events]:  eta: 5:33:34  iter: 479  total_loss: 11.47  loss_cls: 4.133  loss_box_reg: 6.927  loss_di_0: 0.2532  loss_di_1: 0.2469  time: 0.8208                                data_time: 0.0332  lr: 4.8352e-05  max_mem: 5069M",
         want={"Step": 479, "TrainLoss": 11.47, "StepTime": 820.8}),
    # no `time:`/`data_time:` at all in this trainer's events line
    dict(fw="detectron2", src="https://github.com/fpv-iplab/DA-RetinaNet/issues/7",
         line="[11/17 01:19:07 d2.utils.events]:  eta: 16:59:41  iter: 38  total_loss: 1.915  loss_cls: 1.102  loss_box_reg: 0.4451  loss_r3: 0.08663  loss_r4: 0.08424  loss_r5: 0.1648     lr: 7.7924e-06  max_mem: 22645M",
         want={"Step": 38, "TrainLoss": 1.915}),
    # ---------------------------------------------------------------- fairseq (json epoch summary)
    # end-of-epoch averages: the update counter is exact, the rest are epoch means
    dict(fw="fairseq", src="https://github.com/facebookresearch/fairseq/issues/2493",
         line='2021-01-05 21:54:56 | INFO | train | {"epoch": 21, "train_loss": "816.933", "train_ntokens": "9392.23", "train_nsentences": "87.1935", "train_nll_loss": "7.584", "train_wps": "2990.8", "train_ups": "0.32", "train_wpb": "9392.2", "train_bsz": "87.2", "train_num_updates": "643", "train_lr": "2.49835e-05", "train_gnorm": "1000.72", "train_loss_scale": "0.5", "train_train_wall": "97", "train_wall": "2448"}',
         want={"Step": 643},
         optional={"TrainLoss": 816.933, "TokensPerSecond": 2990.8, "IterationsPerSecond": 0.32, "GradNorm": 1000.72}),
    # ---------------------------------------------------------------- MMEngine: a validation iteration (its `time` is not a training step)
    dict(fw="MMEngine", src="https://github.com/jbwang1997/CrossKD/issues/15",
         line="2024/11/09 16:46:55 - mmengine - INFO - Epoch(val)  [2][ 3100/21046]    eta: 0:19:06  time: 0.0638  data_time: 0.0020  memory: 797  ",
         want={}),
    # ---------------------------------------------------------------- DeepSpeed: timer breakdowns (`step` is the optimizer step alone)
    dict(fw="DeepSpeed", src="https://github.com/deepspeedai/DeepSpeed/issues/1436",
         line="[2021-10-08 20:18:46,393] [INFO] [logging.py:68:log_dist] [Rank 0] rank=0 time (ms) | forward: 316.00 | backward: 747.31 | backward_inner: 514.96 | backward_allreduce: 232.28 | step: 663.59",
         want={}),
    # ---------------------------------------------------------------- Keras (fit, per-epoch summary lines)
    dict(fw="Keras", src="https://github.com/inspirehep/magpie/issues/183",
         line="6072/6072 [==============================] - 110s 18ms/step - loss: 0.6284 - top_k_categorical_accuracy: 1.0000 - val_loss: 0.5469 - val_top_k_categorical_accuracy: 1.0000",
         want={"TrainLoss": 0.6284, "ValLoss": 0.5469, "StepTime": 18}),
    dict(fw="Keras", src="https://github.com/keras-team/keras/issues/8680",
         line="1562/1562 [==============================] - 484s - loss: 0.7744 - acc: 0.7344 - val_loss: 0.6673 - val_acc: 0.7737",
         want={"TrainLoss": 0.7744, "ValLoss": 0.6673}),
    dict(fw="Keras", src="https://github.com/keras-team/keras/issues/10506",
         line="423/423 [==============================] - 192s 454ms/step - loss: 1.8386 - mean_squared_error: 0.0049 - acc: 0.6136",
         want={"TrainLoss": 1.8386, "StepTime": 454}),
    # ---------------------------------------------------------------- Megatron-LM (GPT-2-era fork: `learning rate 6.300E-06 | lm loss ...` without colons)
    dict(fw="Megatron-LM", src="https://github.com/THUDM/Chinese-Transformer-XL/issues/7",
         line=" iteration      600/    3000 | elapsed time per iteration (ms): 11052.7 | learning rate 9.517E-06 | lm loss 5.763325E+00 | loss scale 4.0 |",
         want={"Step": 600, "StepTime": 11052.7, "TrainLoss": 5.763325}),
    # the loss is NAN (upper case): step and time still count, no loss may come out
    dict(fw="Megatron-LM", src="https://github.com/THUDM/Chinese-Transformer-XL/issues/7",
         line=" iteration      700/    3000 | elapsed time per iteration (ms): 12932.3 | learning rate 9.773E-06 | lm loss NAN | loss scale 4.0 |",
         want={"Step": 700, "StepTime": 12932.3}),
    dict(fw="Megatron-LM", src="https://github.com/THUDM/Chinese-Transformer-XL/issues/7",
         line=" validation loss at iteration 1000 | LM loss: 4.503653E+00 | LM PPL: 9.034661E+01",
         want={"ValLoss": 4.503653}, optional={"Step": 1000}),
    dict(fw="Megatron-LM", src="https://github.com/THUDM/Chinese-Transformer-XL/issues/7",
         line="Warning: NaN or Inf found in input tensor.",
         want={}),
    # ---------------------------------------------------------------- NVIDIA DLLogger (BERT pretraining): step_loss is this step's loss, average_loss a running mean
    dict(fw="DLLogger", src="https://github.com/NVIDIA/DeepLearningExamples/issues/543",
         line="DLL 2020-05-29 11:31:45.763470 - Training Epoch: 0 Training Iteration: 1787  average_loss : 2.354230079650879  step_loss : 3.146484375  learning_rate : 0.005360045911827694 ",
         want={"Step": 1787, "TrainLoss": 3.146484375}),
    dict(fw="DLLogger", src="https://github.com/NVIDIA/DeepLearningExamples/issues/543",
         line="DLL 2020-05-29 11:31:45.763713 - PARAMETER checkpoint_step : 1787 ",
         want={}),
    # ---------------------------------------------------------------- Tacotron (keithito): seconds per step in brackets, loss and running avg_loss
    dict(fw="Tacotron", src="https://github.com/keithito/tacotron/issues/183",
         line="Step 117     [2.900 sec/step, loss=0.29457, avg_loss=0.56148]",
         want={"Step": 117, "StepTime": 2900, "TrainLoss": 0.29457}),
    dict(fw="Tacotron", src="https://github.com/keithito/tacotron/issues/183",
         line="Step 11344   [1.746 sec/step, loss=0.12565, avg_loss=0.12844]",
         want={"Step": 11344, "StepTime": 1746, "TrainLoss": 0.12565}),
    # ---------------------------------------------------------------- HF Trainer: eval dict with a task prefix; its samples/s is evaluation throughput
    dict(fw="HF Trainer", src="https://github.com/huggingface/transformers/issues/11323",
         line="{'mrpc_en_eval_loss': 4.203643321990967, 'mrpc_en_eval_f1': 0.0, 'mrpc_en_eval_accuracy': 0.0, 'mrpc_en_eval_gen_len': 3.0098039215686274, 'mrpc_en_eval_runtime': 2.0033, 'mrpc_en_eval_samples_per_second': 101.834, 'epoch': 0.87}",
         want={"ValLoss": 4.203643321990967}),
    # ---------------------------------------------------------------- PyTorch Lightning 1.x tqdm bar (s/it; the counter is the batch within the epoch)
    dict(fw="PyTorch Lightning", src="https://github.com/Lightning-AI/pytorch-lightning/issues/7775",
         line="Epoch 0:  23%|██▎       | 3/13 [01:38<05:27, 32.75s/it, loss=4.73, v_num=7]",
         want={"TrainLoss": 4.73}, optional={"Step": 3, "IterationsPerSecond": 1 / 32.75}),
    dict(fw="PyTorch Lightning", src="https://github.com/Lightning-AI/pytorch-lightning/issues/7775",
         line="Epoch 0:  85%|████████▍ | 11/13 [02:52<00:31, 15.71s/it, loss=4.73, v_num=7]",
         want={"TrainLoss": 4.73}, optional={"Step": 11, "IterationsPerSecond": 1 / 15.71}),
    # ---------------------------------------------------------------- HF Trainer (LLaVA LoRA fine-tune): the bar and the log dict on their own lines
    dict(fw="HF Trainer", src="https://github.com/haotian-liu/LLaVA/issues/918",
         line=" 25%|██▍       | 2588/10485 [3:17:04<9:56:44,  4.53s/it] ",
         want={}, optional={"Step": 2588, "IterationsPerSecond": 1 / 4.53}),
    dict(fw="HF Trainer", src="https://github.com/haotian-liu/LLaVA/issues/918",
         line="{'loss': 6.6635, 'learning_rate': 0.00017634569655424395, 'epoch': 0.25}",
         want={"TrainLoss": 6.6635}),
    # ---------------------------------------------------------------- DARTS (ad-hoc logging): unlabeled columns `train <batch> <loss avg> <top1> <top5>`
    dict(fw="ad-hoc logging (DARTS)", src="https://github.com/quark0/darts/issues/62",
         line="01/02 02:18:44 PM train 000 9.666612e+00 0.000000 0.000000",
         want={}, optional={"TrainLoss": 9.666612, "Step": 0}),
    dict(fw="ad-hoc logging (DARTS)", src="https://github.com/quark0/darts/issues/62",
         line="01/03 01:51:20 AM valid 100 3.575097e+00 24.234220 50.092822",
         want={}, optional={"ValLoss": 3.575097}),
    # ---------------------------------------------------------------- PyTorch ImageNet-example-style loop: value (running average); Time is the batch time
    dict(fw="PyTorch ImageNet example", src="https://github.com/D-X-Y/NAS-Bench-201/issues/15",
         line="Epoch: [0][200/5005]\tTime 0.550 (12.315)\tData 0.001 (11.761)\tLoss 6.7401 (6.8409)\tPrec@1 0.781 (0.274)\tPrec@5 1.562 (1.215)",
         want={"TrainLoss": 6.7401, "StepTime": 550}, optional={"Step": 200}),
    dict(fw="PyTorch ImageNet example", src="https://github.com/D-X-Y/NAS-Bench-201/issues/15",
         line=" [simplenet_imagenet] ::   0/100 ----- [[2018-05-05 06:47:27]] [Need: 00:00:00]",
         want={}),
    # ---------------------------------------------------------------- fairseq (XLM): end-of-epoch summary; `ups 0` is a rounded rate
    dict(fw="fairseq", src="https://github.com/facebookresearch/XLM/issues/168",
         line="| epoch 002 | loss 11.040 | nll_loss 10.356 | ppl 1310.37 | wps 16220 | ups 0 | wpb 275435.075 | bsz 6681.955 | num_updates 134 | lr 3.35966e-05 | gnorm 1.137 | clip 0.000 | oom 0.000 | wall 2440 | train_wall 2232",
         want={"Step": 134},
         optional={"TrainLoss": 11.040, "TokensPerSecond": 16220, "IterationsPerSecond": 0, "GradNorm": 1.137}),
    # ---------------------------------------------------------------- ESPnet (v1 chainer-style reporter, quoted in a PR; and the ESPnet2 epoch banner)
    dict(fw="ESPnet", src="https://github.com/espnet/espnet/pull/1717",
         line="   0.71428 iters/sec. Estimated time to finish: 2 days, 16:23:34.613215.",
         want={"IterationsPerSecond": 0.71428}),
    dict(fw="ESPnet", src="https://github.com/espnet/espnet/pull/1717",
         line="     91300 iter, 7 epoch / 20 epochs",
         want={"Step": 91300}),
    dict(fw="ESPnet", src="https://github.com/espnet/espnet/pull/1717",
         line="[kamo-desktop] 2020-03-24 01:41:04,798 (trainer:192) INFO: 2/200epoch started. Estimated time to finish: 1 hour, 31 minutes and 58.52 seconds",
         want={}),
    # ---------------------------------------------------------------- icefall (k2): the AMP grad scale is not a gradient norm
    dict(fw="icefall", src="https://github.com/k2-fsa/icefall/issues/1463",
         line="2024-01-14 01:03:00,826 WARNING [train.py:1057] (2/4) Grad scale is small: 1.2924697071141057e-26",
         want={}),
    # ---------------------------------------------------------------- MMCV (mmdet 2.x text logger, tab after the counter)
    dict(fw="MMCV", src="https://github.com/ViTAE-Transformer/ViTAE-Transformer-Remote-Sensing/issues/18",
         line="2022-03-02 12:13:32,447 - mmdet - INFO - Epoch [1][2900/6400]\tlr: 5.000e-03, eta: 6:58:33, time: 0.311, data_time: 0.010, memory: 4760, loss_rpn_cls: 0.1116, loss_rpn_bbox: 0.2469, loss_cls: 0.2352, acc: 92.9004, loss_bbox: 0.2599, loss: 0.8536, grad_norm: 4.2074",
         want={"TrainLoss": 0.8536, "StepTime": 311, "GradNorm": 4.2074}, optional={"Step": 2900}),
    # ---------------------------------------------------------------- LLaMA-Factory (HF Trainer underneath): loss 0.0 is a real value
    dict(fw="LLaMA-Factory", src="https://github.com/hiyouga/LlamaFactory/issues/2726",
         line="{'loss': 0.0, 'grad_norm': 0.011261959990093523, 'learning_rate': 1e-05, 'epoch': 0.04}                                                                                                     ",
         want={"TrainLoss": 0.0, "GradNorm": 0.011261959990093523}),
    # ---------------------------------------------------------------- HF Trainer in fine-tuning repos (ChatGLM-Tuning, Qwen finetune.py, Process_Q_Model, self-llm)
    dict(fw="HF Trainer", src="https://github.com/mymusise/ChatGLM-Tuning/issues/271",
         line="{'loss': 0.0003, 'learning_rate': 6.7e-05, 'epoch': 100.0}                                                                                                                                ",
         want={"TrainLoss": 0.0003}),
    dict(fw="HF Trainer", src="https://github.com/QwenLM/Qwen/issues/672",
         line="{'loss': 0.193, 'learning_rate': 0.0003, 'epoch': 74.67}",
         want={"TrainLoss": 0.193}),
    dict(fw="HF Trainer", src="https://github.com/WindyLee0822/Process_Q_Model/issues/7",
         line="{'loss': 6.12, 'grad_norm': 24.29961280262384, 'learning_rate': 2.3012552301255228e-07, 'epoch': 1.8}",
         want={"TrainLoss": 6.12, "GradNorm": 24.29961280262384}),
    dict(fw="HF Trainer", src="https://github.com/WindyLee0822/Process_Q_Model/issues/7",
         line=" 90%|████████▉ | 478/532 [2:03:07<13:48, 15.34s/it]",
         want={}, optional={"Step": 478, "IterationsPerSecond": 1 / 15.34}),
    # grad_norm nan: the loss counts, no GradNorm may come out
    dict(fw="HF Trainer", src="https://github.com/datawhalechina/self-llm/issues/362",
         line="{'loss': 418.7236, 'grad_norm': nan, 'learning_rate': 9.856938483547926e-05, 'epoch': 0.04}",
         want={"TrainLoss": 418.7236}),
    dict(fw="HF Trainer", src="https://github.com/datawhalechina/self-llm/issues/362",
         line="{'loss': 0.0, 'grad_norm': nan, 'learning_rate': 9.713876967095852e-05, 'epoch': 0.09}",
         want={"TrainLoss": 0.0}),
    dict(fw="HF Trainer", src="https://github.com/QwenLM/Qwen3/issues/771",
         line="{'loss': 1.7328, 'grad_norm': 1.9622441768332994e-05, 'learning_rate': 9.919354838709679e-06, 'epoch': 0.02}",
         want={"TrainLoss": 1.7328, "GradNorm": 1.9622441768332994e-05}),
    dict(fw="HF Trainer", src="https://github.com/QwenLM/Qwen3/issues/771",
         line="  4%|████▉                                                                                                              | 16/376 [17:36<6:36:00, 66.00s/it]",
         want={}, optional={"Step": 16, "IterationsPerSecond": 1 / 66.00}),
    # ---------------------------------------------------------------- TRL GRPOTrainer: many reward/length fields; only loss and grad_norm are progress
    dict(fw="TRL", src="https://github.com/huggingface/trl/issues/3857",
         line="{'loss': 0.0, 'grad_norm': 0.0, 'learning_rate': 1.7050844078611056e-06, 'num_tokens': 1751675.0, 'completions/mean_length': 701.8125, 'completions/min_length': 307.0, 'completions/max_length': 1013.0, 'completions/clipped_ratio': 0.0, 'completions/mean_terminated_length': 701.8125, 'completions/min_terminated_length': 307.0, 'completions/max_terminated_length': 1013.0, 'rewards/if_rewrite_reward/mean': -3.0, 'rewards/if_rewrite_reward/std': 5.080004692077637, 'rewards/json_format_reward/mean': 2.0, 'rewards/json_format_reward/std': 0.0, 'rewards/think_response_format_reward/mean': 2.0, 'rewards/think_response_format_reward/std': 0.0, 'rewards/language_ratio_reward/mean': 2.0, 'rewards/language_ratio_reward/std': 0.0, 'rewards/length_penalty_reward/mean': 0.0, 'rewards/length_penalty_reward/std': 0.0, 'reward': 3.0, 'reward_std': 0.0, 'frac_reward_zero_std': 1.0, 'clip_ratio/low_mean': 0.0, 'clip_ratio/low_min': 0.0, 'clip_ratio/high_mean': 0.0, 'clip_ratio/high_max': 0.0, 'clip_ratio/region_mean': 0.0, 'epoch': 0.33}",
         want={"TrainLoss": 0.0, "GradNorm": 0.0}),
    # ---------------------------------------------------------------- ms-swift (GRPO): JSON with double quotes, global_step/max_steps and iter/s
    dict(fw="ms-swift", src="https://github.com/modelscope/ms-swift/issues/5890",
         line='{"loss": 1e-08, "grad_norm": 0.03865505, "learning_rate": 1e-08, "reward": 0.65625, "reward_std": 0.13814646, "frac_reward_zero_std": 0.625, "rewards/PointwiseRMAccuracyORM/mean": 0.65625, "rewards/PointwiseRMAccuracyORM/std": 0.42950645, "completions/mean_length": 2362.40625, "completions/min_length": 1310.0, "completions/max_length": 3962.0, "completions/clipped_ratio": 0.75, "kl": 0.0, "clip_ratio/low_mean": 0.0, "clip_ratio/low_min": 0.0, "clip_ratio/high_mean": 0.0, "clip_ratio/high_max": 0.0, "clip_ratio/region_mean": 0.0, "epoch": 0.00045568, "global_step/max_steps": "2/4389", "percentage": "0.05%", "elapsed_time": "6m 50s", "remaining_time": "10d 9h 50m 13s", "train_speed(iter/s)": 0.004878}',
         want={"TrainLoss": 1e-08, "GradNorm": 0.03865505, "Step": 2, "IterationsPerSecond": 0.004878}),
    # pasted without its opening brace; the loss prints as -0.0
    dict(fw="ms-swift", src="https://github.com/modelscope/ms-swift/issues/5571",
         line="'loss': -0.0, 'grad_norm': 0.0, 'learning_rate': 2.6e-07, 'reward': 0.34375, 'reward_std': 0.4397946, 'frac_reward_zero_std': 0.0, 'rewards/StructureInfoFormatReward/mean': 0.34375, 'rewards/StructureInfoFormatReward/std': 0.43979461, 'completions/mean_length': 357.5, 'completions/min_length': 323.75, 'completions/max_length': 401.75, 'completions/clipped_ratio': 0.0, 'kl': 0.0, 'clip_ratio/low_mean': 0.0, 'clip_ratio/low_min': 0.0, 'clip_ratio/high_mean': 0.0, 'clip_ratio/high_max': 0.0, 'clip_ratio/region_mean': 0.0, 'epoch': 0.0, 'global_step/max_steps': '5/3766', 'percentage': '0.13%', 'elapsed_time': '1m 29s', 'remaining_time': '18h 37m 22s', 'memory(GiB)': 56.74, 'train_speed(iter/s)': 0.056099}",
         want={"TrainLoss": 0.0, "GradNorm": 0.0, "Step": 5, "IterationsPerSecond": 0.056099}),
    # ---------------------------------------------------------------- Ultralytics (YOLOv8 segment): per-part losses only, no total; the counter is the batch in the epoch
    dict(fw="Ultralytics", src="https://github.com/ultralytics/ultralytics/issues/21748",
         line="       4/10      3.84G      1.123      1.564      0.917      1.099         68        640: 100%|██████████| 77/77 [00:22<00:00,  3.50it/s]",
         want={"IterationsPerSecond": 3.50}, optional={"Step": 77}),
    # the validation bar's rate is not the training rate
    dict(fw="Ultralytics", src="https://github.com/ultralytics/ultralytics/issues/21748",
         line="                 Class     Images  Instances      Box(P          R      mAP50  mAP50-95)     Mask(P          R      mAP50  mAP50-95): 100%|██████████| 5/5 [00:03<00:00,  1.30it/s]",
         want={}),
    dict(fw="Ultralytics", src="https://github.com/ultralytics/ultralytics/pull/20893",
         line="        1/5      5.23G     0.9426      2.309      1.233      1.093         82        640: 100%|██████████| 16/16 [02:10<00:00,  8.15s/it]",
         want={}, optional={"Step": 16, "IterationsPerSecond": 1 / 8.15}),
    # YOLOv5-cls results.csv row (OneFlow port): unlabeled columns epoch, train/loss, val/loss, top1, top5, lr
    dict(fw="Ultralytics", src="https://github.com/Oneflow-Inc/one-yolov5/pull/111",
         line="                      1,                 2.7672,                 2.6174,                0.59452,                0.83316,                 0.0978",
         want={}, optional={"TrainLoss": 2.7672, "ValLoss": 2.6174}),
    # ---------------------------------------------------------------- steppy (open-solution): the maintainer says `sum` is the epoch training loss
    dict(fw="steppy", src="https://github.com/minerva-ml/open-solution-googleai-object-detection/issues/87",
         line="2018-08-18 09:23:40 steps >>> epoch 1 batch 12 sum:       10.1",
         want={}, optional={"TrainLoss": 10.1, "Step": 12}),
    # ---------------------------------------------------------------- ad-hoc print (RSC domain generalisation): `class : 0.014` is the class loss
    dict(fw="ad-hoc print", src="https://github.com/DeLightCMU/RSC/issues/2",
         line="30/42 of epoch 28/30 class : 0.014 - acc class : 100.00 [bs:128]",
         want={}, optional={"TrainLoss": 0.014, "Step": 30}),
    # ---------------------------------------------------------------- axolotl startup: thousands separators in a parameter count, not progress
    dict(fw="axolotl", src="https://github.com/axolotl-ai-cloud/axolotl/issues/1153",
         line="trainable params: 746,610,688 || all params: 47,449,419,776 || trainable%: 1.5734874978969438",
         want={}),
    # ---------------------------------------------------------------- Keras (old fit output, copied from Q&A pages and pastes; the trailing blanks are Keras's own padding)
    dict(fw="Keras", src="https://newbetuts.com/34673396-what-does-the-standard-keras-model-output-mean-what-is-epoch-and-loss-in-keras",
         line="1213/1213 [==============================] - 0s - loss: 0.1760     ",
         want={"TrainLoss": 0.1760}),
    dict(fw="Keras", src="https://pastebin.com/jJEF4uvZ",
         line="576/576 [==============================] - 185s 321ms/step - loss: 4.4855 - acc: 0.0208 - val_loss: 4.4852 - val_acc: 0.0000e+00",
         want={"TrainLoss": 4.4855, "ValLoss": 4.4852, "StepTime": 321}),
    dict(fw="Keras", src="https://gist.github.com/juliensimon/963522ca6db35431544cf88bb130e8a4",
         line="10000/10000 [==============================] - 13s - loss: 4.5779 - acc: 0.9894 - val_loss: 4.5872 - val_acc: 0.9845",
         want={"TrainLoss": 4.5779, "ValLoss": 4.5872}),
    # ---------------------------------------------------------------- nanoGPT (custom GPT-2 run on 2x TITAN Xp)
    dict(fw="nanoGPT", src="https://github.com/karpathy/nanoGPT/issues/466",
         line="iter 380: loss 5.7851, time 33648.24ms, mfu 0.96%",
         want={"Step": 380, "TrainLoss": 5.7851, "StepTime": 33648.24}),
    dict(fw="nanoGPT", src="https://github.com/karpathy/nanoGPT/issues/466",
         line="iter 390: loss 4.6022, time 33637.29ms, mfu 0.96%",
         want={"Step": 390, "TrainLoss": 4.6022, "StepTime": 33637.29}),
    # start-up summary (quoted in the issue with a leading "> "): thousands separators, no progress
    dict(fw="nanoGPT", src="https://github.com/karpathy/nanoGPT/issues/466",
         line="tokens per iteration will be: 262,144",
         want={}),
    # ---------------------------------------------------------------- YOLOX (loguru): iter_time in seconds, the counter is the batch within the epoch
    dict(fw="YOLOX", src="https://github.com/open-mmlab/mmdetection/issues/5993",
         line="2021-08-31 07:08:06.767 | INFO     | yolox.core.trainer:after_iter:246 - epoch: 1/300, iter: 10/1849, mem: 6357Mb, iter_time: 0.588s, data_time: 0.001s, total_loss: 16.9, iou_loss: 4.7, l1_loss: 0.0, conf_loss: 10.2, cls_loss: 2.0, lr: 1.170e-08, size: 640, ETA: 3 days, 18:38:06",
         want={"TrainLoss": 16.9, "StepTime": 588}, optional={"Step": 10}),
    dict(fw="YOLOX", src="https://github.com/Megvii-BaseDetection/YOLOX/issues/327",
         line="2021-08-03 08:09:00 | INFO     | yolox.core.trainer:259 - epoch: 1/100, iter: 250/983, mem: 7746Mb, iter_time: 14.433s, data_time: 0.002s, total_loss: 6.1, iou_loss: 2.9, l1_loss: 0.0, conf_loss: 2.4, cls_loss: 0.7, lr: 2.587e-05, size: 768, ETA: 5 days, 13:18:34",
         want={"TrainLoss": 6.1, "StepTime": 14433}, optional={"Step": 250}),
    # ---------------------------------------------------------------- PaddleOCR (PP-OCRv5 det): global_step, seconds per batch, ips in samples/s
    dict(fw="PaddleOCR", src="https://github.com/PaddlePaddle/PaddleOCR/issues/16562",
         line="[2025/09/24 12:13:19] ppocr INFO: epoch: [3/500], global_step: 500, lr: 0.005000, loss: 0.609742, loss_shrink_maps: 0.291145, loss_threshold_maps: 0.247570, loss_binary_maps: 0.058635, loss_cbn: 0.000000, avg_reader_cost: 1.81036 s, avg_batch_cost: 2.03538 s, avg_samples: 16.0, ips: 7.86095 samples/s, eta: 2 days, 20:01:28, max_mem_reserved: 11326 MB, max_mem_allocated: 10599 MB",
         want={"Step": 500, "TrainLoss": 0.609742, "StepTime": 2035.38, "SamplesPerSecond": 7.86095}),
    # ---------------------------------------------------------------- PaddleSeg (older `key=value` format, tab after [INFO])
    dict(fw="PaddleSeg", src="https://github.com/PaddlePaddle/PaddleSeg/pull/792",
         line="2021-01-19 07:02:44 [INFO]\t[TRAIN] epoch=1, iter=10/100, loss=2.2584, lr=0.009186, batch_cost=0.6143, reader_cost=0.0000 | ETA 00:00:55",
         want={"Step": 10, "TrainLoss": 2.2584, "StepTime": 614.3}),
    # ---------------------------------------------------------------- DeepSpeed pipeline engine (diffusion-pipe): `steps:` line and the engine's own step= line
    dict(fw="DeepSpeed", src="https://github.com/tdrussell/diffusion-pipe/issues/531",
         line="steps: 16 loss: 0.7332 iter time (s): 3.181 samples/sec: 0.314",
         want={"Step": 16, "TrainLoss": 0.7332, "StepTime": 3181, "SamplesPerSecond": 0.314}),
    dict(fw="DeepSpeed", src="https://github.com/tdrussell/diffusion-pipe/issues/531",
         line="steps: 18 loss: nan iter time (s): 3.235 samples/sec: 0.309",
         want={"Step": 18, "StepTime": 3235, "SamplesPerSecond": 0.309}),
    dict(fw="DeepSpeed", src="https://github.com/tdrussell/diffusion-pipe/issues/531",
         line="[2026-07-30 09:16:29,681] [INFO] [logging.py:123:log_dist] [Rank 0] step=17, skipped=0, lr=[1e-06], mom=[0.0]",
         want={"Step": 17}),
    # ---------------------------------------------------------------- ktrain (Keras underneath): final bar of an epoch
    dict(fw="ktrain", src="https://github.com/laxmimerit/IMDB-Movie-Reviews-Large-Dataset-50k/issues/3",
         line="4167/4167 [==============================] - ETA: 0s - loss: 0.2588 - accuracy: 0.8906",
         want={"TrainLoss": 0.2588}),
    # ---------------------------------------------------------------- GluonNLP (SQuAD fine-tune): three losses slash-joined, the last is the total; `Time cost` covers the whole log interval
    dict(fw="GluonNLP", src="https://github.com/dmlc/gluon-nlp/pull/1261",
         line="2020-07-11 00:37:18,464 - root - INFO - Epoch: 1, Batch: 3900/8164, Loss span/answer/total=0.7729/0.1773/0.9502, LR=0.00001868, grad_norm=21.5925. Time cost=90.67, Throughput=52.94 samples/s ETA=1.70h",
         want={"TrainLoss": 0.9502, "GradNorm": 21.5925, "SamplesPerSecond": 52.94}, optional={"Step": 3900}),
    # ---------------------------------------------------------------- fairseq (Apollo optimizer experiments, WMT): train_inner with large wps
    dict(fw="fairseq", src="https://github.com/XuezheMax/apollo/issues/4",
         line="2020-10-18 02:51:05 | INFO | train_inner | epoch 002:    225 / 1975 loss=7.137, nll_loss=5.804, ppl=55.87, wps=133180, ups=2.19, wpb=60897.9, bsz=1977.7, num_updates=2200, lr=10, gnorm=0.443, clip=0, train_wall=46, wall=1025",
         want={"TrainLoss": 7.137, "TokensPerSecond": 133180, "IterationsPerSecond": 2.19, "Step": 2200, "GradNorm": 0.443}),
    # ---------------------------------------------------------------- NeMo 1.x (Megatron GPT) Lightning bar: nan.0 loss, global_step in e-notation, step time in s, a carried-over val_loss
    dict(fw="NeMo", src="https://github.com/NVIDIA-NeMo/Speech/issues/7957",
         line="Epoch 0: :   3%|▎         | 9000/301500 [1:42:42<55:37:46, v_num=0-56, reduced_train_loss=nan.0, global_step=9e+3, consumed_samples=6.3e+5, train_step_timing in s=0.615, val_loss=7.040]",
         want={"Step": 9000, "StepTime": 615}, optional={"ValLoss": 7.040}),
    # checkpoint callback: the monitored val_loss; the file name repeats it rounded
    dict(fw="NeMo", src="https://github.com/NVIDIA-NeMo/Speech/issues/7957",
         line="Epoch 0, global step 9000: 'val_loss' reached 7.04238 (best 7.04238), saving model to '/data/nemo_megatron/nemo_experiments/megatron_gpt/2023-11-29_23-30-56/checkpoints/megatron_gpt--val_loss=7.04-step=9000-consumed_samples=630000.0.ckpt' as top 3",
         want={}, optional={"ValLoss": 7.04238, "Step": 9000}),
    # ---------------------------------------------------------------- detectron2: the anomaly message names an iteration but is no progress
    dict(fw="detectron2", src="https://github.com/facebookresearch/detectron2/issues/838",
         line="FloatingPointError: Loss became infinite or NaN at iteration=2137!",
         want={}),
    # ---------------------------------------------------------------- MMCV (mmcls): evaluation progress glued to the Epoch(val) line, and a train line
    dict(fw="MMCV", src="https://github.com/open-mmlab/mmpretrain/issues/360",
         line="[>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>] 50/50, 163.1 task/s, elapsed: 0s, ETA:     0s2021-07-14 13:52:36,901 - mmcls - INFO - Epoch(val) [1][2]\taccuracy_top-1: 22.0000, accuracy_top-3: 38.0000",
         want={}),
    dict(fw="MMCV", src="https://github.com/open-mmlab/mmpretrain/issues/360",
         line="2021-07-14 13:52:26,135 - mmcls - INFO - Epoch [1][10/35]\tlr: 1.000e-02, eta: 0:10:35, time: 0.611, data_time: 0.212, memory: 2962, loss: 1.4048",
         want={"TrainLoss": 1.4048, "StepTime": 611}, optional={"Step": 10}),
    # ---------------------------------------------------------------- Keras progbar when stdout is piped (`| tee`): one line per update, running loss of the epoch so far
    dict(fw="Keras", src="https://github.com/keras-team/keras/issues/8414",
         line="  128/60000 [..............................] - ETA: 5:17 - loss: 2.3093 - acc: 0.1094",
         want={"TrainLoss": 2.3093}),
    dict(fw="Keras", src="https://github.com/keras-team/keras/issues/8414",
         line=" 7296/60000 [==>...........................] - ETA: 9s - loss: 1.0361 - acc: 0.6771",
         want={"TrainLoss": 1.0361}),
    # ---------------------------------------------------------------- ad-hoc TF loop (AUTOMAP): per-epoch `Loss`/`ValLoss`
    dict(fw="ad-hoc epoch print", src="https://github.com/MattRosenLab/AUTOMAP/issues/4",
         line="Epoch 3, Loss: 0.0006540745962411165, ValLoss: 0.0005262654740363359",
         want={"TrainLoss": 0.0006540745962411165, "ValLoss": 0.0005262654740363359}),
    dict(fw="ad-hoc epoch print", src="https://github.com/MattRosenLab/AUTOMAP/issues/4",
         line="Epoch 17, Loss: 0.0003113432030659169, ValLoss: 0.0002497326349839568",
         want={"TrainLoss": 0.0003113432030659169, "ValLoss": 0.0002497326349839568}),
    # ---------------------------------------------------------------- OpenNMT-py 1.x: xent is the loss; `6909/7255 tok/s` is source/target tokens per second
    dict(fw="OpenNMT-py", src="https://github.com/OpenNMT/OpenNMT-py/issues/1663",
         line="[2019-12-04 15:33:53,389 INFO] Step 50/10000; acc:   0.01; ppl: 9227.77; xent: 9.13; lr: 0.00001; 6909/7255 tok/s;    206 sec",
         want={"Step": 50, "TrainLoss": 9.13}, optional={"TokensPerSecond": 6909}),
    # ---------------------------------------------------------------- kohya_ss GUI: a colour code pasted from a Windows console (ESC shown as ←) and a configured total
    dict(fw="kohya sd-scripts", src="https://github.com/kohya-ss/sd-scripts/issues/550",
         line="←[33mWarning: GPU VRAM is less than 8GB and will likelly result in proper operations.←[0m",
         want={}),
    dict(fw="kohya sd-scripts", src="https://github.com/bmaltais/kohya_ss/issues/3128",
         line="08:36:05-220855 INFO     Total steps: 480",
         want={}),
    # ---------------------------------------------------------------- faceswap (a user's added log call): iteration count on its own line
    dict(fw="faceswap", src="https://github.com/deepfakes/faceswap/issues/775",
         line="06/26/2019 07:32:18 INFO     iterations: 29107 ",
         want={"Step": 29107}),
    # ---------------------------------------------------------------- DeepSpeed engine timer (launcher prefixes `stdout: `): current vs running-average samples/s
    dict(fw="DeepSpeed", src="https://github.com/deepspeedai/DeepSpeed/issues/2629",
         line="stdout: [2022-12-20 08:26:26,101] [INFO] [timer.py:197:stop] 0/17, RunningAvgSamplesPerSec=158.31157878546472, CurrSamplesPerSec=159.628891629629, MemAllocated=1.75GB, MaxMemAllocated=2.6GB",
         want={"SamplesPerSecond": 159.628891629629}, optional={"Step": 17}),
    # ---------------------------------------------------------------- llama-recipes (llama-cookbook) finetuning bar: loss in the description, step is within the epoch
    dict(fw="llama-recipes", src="https://github.com/meta-llama/llama-cookbook/pull/206",
         line="Training Epoch: 2/3, step 49/50 completed (loss: 1.035962462425232): 100%|████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████| 50/50 [09:01<00:00, 10.82s/it]",
         want={"TrainLoss": 1.035962462425232}, optional={"Step": 49, "IterationsPerSecond": 1 / 10.82}),
    # ---------------------------------------------------------------- Keras with nan / inf losses and print() output glued onto the bar
    dict(fw="Keras", src="https://github.com/ageron/handson-ml2/issues/398",
         line="413/413 [==============================] - 1s 2ms/step - loss: nan",
         want={"StepTime": 2}),
    dict(fw="Keras", src="https://github.com/ZhengPeng7/CSRNet-Keras/issues/5",
         line="1/700 [..............................] - ETA: 2:54:46 - loss: 0.0024 - mean_squared_error: 4.1646e-05",
         want={"TrainLoss": 0.0024}, optional={"Step": 1}),
    dict(fw="Keras", src="https://github.com/ZhengPeng7/CSRNet-Keras/issues/5",
         line="  2/700 [..............................] - ETA: 2:36:14 - loss: nan - mean_squared_error: nan          ",
         want={}, optional={"Step": 2}),
    dict(fw="Keras", src="https://github.com/Neerajj9/CSRNet-keras/issues/17",
         line=r" 71/700 [==>...........................] - ETA: 1:28:09 - loss: nan - mean_squared_error: nan['data\\part_A_final/train_data\\images\\IMG_139.jpg']",
         want={}, optional={"Step": 71}),
    # ---------------------------------------------------------------- ad-hoc TF loop (CIKM Cup 2017): both losses nan, only the step counts
    dict(fw="ad-hoc print", src="https://github.com/yaoyichen/CIKM-Cup-2017/issues/7",
         line="step 750, training mse loss nan, val mse loss nan",
         want={"Step": 750}),
    # ---------------------------------------------------------------- torchtitan (debug / flex-attention runs): thousands separators in tps; the first step's tps is tiny
    dict(fw="torchtitan", src="https://github.com/pytorch/torchtitan/pull/1437",
         line="[rank0]:[titan] 2025-07-21 15:57:42,774 - root - INFO - step:  3  loss:  4.9925  grad_norm:  2.6422  memory:  0.00GiB(0.00%)  tps: 30,768  tflops: 3.15  mfu: 0.32%",
         want={"Step": 3, "TrainLoss": 4.9925, "GradNorm": 2.6422, "TokensPerSecond": 30768}),
    dict(fw="torchtitan", src="https://github.com/pytorch/torchtitan/pull/1461",
         line="[rank0]:[titan] 2025-06-16 16:24:23,544 - root - INFO - step:  1  loss:  8.1880  memory:  4.88GiB(6.16%)  tps: 28",
         want={"Step": 1, "TrainLoss": 8.1880, "TokensPerSecond": 28}),
    dict(fw="torchtitan", src="https://github.com/pytorch/torchtitan/pull/1461",
         line="[rank0]:[titan] 2025-06-16 16:24:23,842 - root - INFO - step:  2  loss:  8.1610  memory:  4.90GiB(6.20%)  tps: 13,785",
         want={"Step": 2, "TrainLoss": 8.1610, "TokensPerSecond": 13785}),
    # ---------------------------------------------------------------- tinygrad MLPerf examples: loss first, then LR, memory and the step's wall time in seconds
    dict(fw="tinygrad", src="https://github.com/tinygrad/tinygrad/pull/11467",
         line="10.4828 loss, 0.000025033951 LR, 124.27 GB used, 12.50 s                                                                                                      ",
         want={"TrainLoss": 10.4828}, optional={"StepTime": 12500}),
    dict(fw="tinygrad", src="https://github.com/tinygrad/tinygrad/pull/14871",
         line="step 3:     96.02 GFLOPS, loss: 8.65903",
         want={"Step": 3, "TrainLoss": 8.65903}),
    # ---------------------------------------------------------------- MMCV (BEVFormer-style mmdet 2.x): the total loss is the last `loss:`, grad_norm nan
    dict(fw="MMCV", src="https://github.com/OpenDriveLab/Birds-eye-view-Perception/issues/13",
         line="2022-12-05 16:28:38,593 - mmdet - INFO - Epoch [12][700/3953]\tlr: 3.604e-06, eta: 3:08:55, time: 3.157, data_time: 0.852, memory: 19582, loss_cls: 0.2271, loss_bbox: 0.4775, d0.loss_cls: 0.2535, d0.loss_bbox: 0.5138, d1.loss_cls: 0.2498, d1.loss_bbox: 0.4906, d2.loss_cls: 0.2389, d2.loss_bbox: 0.4845, d3.loss_cls: 0.2293, d3.loss_bbox: 0.4818, d4.loss_cls: 0.2278, d4.loss_bbox: 0.4785, loss: 4.3531, grad_norm: nan",
         want={"TrainLoss": 4.3531, "StepTime": 3157}, optional={"Step": 700}),
    # ---------------------------------------------------------------- MMEngine (mmdet 3.x VarifocalNet): the total `loss:` comes first, parts after
    dict(fw="MMEngine", src="https://github.com/open-mmlab/mmdetection/issues/10164",
         line="04/16 17:58:16 - mmengine - INFO - Epoch(train)  [1][8650/8930]  lr: 1.0000e-02  eta: 2 days, 1:47:04  time: 0.8467  data_time: 0.0130  memory: 5493  loss: 0.4560  loss_cls: 0.2140  loss_bbox: 0.1033  loss_bbox_rf: 0.1387",
         want={"TrainLoss": 0.4560, "StepTime": 846.7}, optional={"Step": 8650}),
    # COCO evaluation summary printed during training
    dict(fw="MMEngine", src="https://github.com/KyanChen/RSPrompter/issues/45",
         line=" Average Precision  (AP) @[ IoU=0.50:0.95 | area=   all | maxDets=100 ] = 0.571",
         want={}),
    # ---------------------------------------------------------------- HF Trainer (TPU bf16 run: grad_norm in bf16 steps; PEFT LoRA-GA run)
    dict(fw="HF Trainer", src="https://github.com/huggingface/transformers/issues/29659",
         line="{'loss': 2.3307, 'grad_norm': 1.0, 'learning_rate': 9.117647058823527e-05, 'epoch': 0.7}                                            ",
         want={"TrainLoss": 2.3307, "GradNorm": 1.0}),
    dict(fw="HF Trainer", src="https://github.com/huggingface/peft/pull/2926",
         line="{'loss': 5.1448, 'grad_norm': 26.43104362487793, 'learning_rate': 1.5142857142857142e-05, 'epoch': 0.584}",
         want={"TrainLoss": 5.1448, "GradNorm": 26.43104362487793}),
    # TFTrainer start-up: a configured total, not progress
    dict(fw="HF Trainer", src="https://github.com/huggingface/transformers/pull/4946",
         line="06/12/2020 10:05:38 - INFO - transformers.trainer_tf -     Total optimization steps = 29",
         want={}),
    # ---------------------------------------------------------------- axolotl: dataset preparation bar (ASCII fill) before training starts
    dict(fw="axolotl", src="https://github.com/axolotl-ai-cloud/axolotl/pull/3506",
         line="100%|_____________________________________________________________________________________________________________________________________| 324/324 [00:01<00:00, 200.47it/s]",
         want={}, optional={"Step": 324, "IterationsPerSecond": 200.47}),
    # ---------------------------------------------------------------- GPT-2 reproduction scripts (build-nanogpt style), committed logs
    dict(fw="build-nanogpt", src="https://github.com/dhairyag/ShakespeareGPT-Forge/blob/99d081c69174cb3b0019182fb3fd5c85f3972869/log.md",
         line="step 40 | loss: 5.6547 | dt: 19595.06ms | tok/sec: 6689.03 | norm: 1.76 | lr: 0.000410",
         want={"Step": 40, "TrainLoss": 5.6547, "StepTime": 19595.06, "TokensPerSecond": 6689.03, "GradNorm": 1.76}),
    # ---------------------------------------------------------------- wav2letter / flashlight: one epoch summary; nupdates is the global step, bch(ms) the mean batch time
    dict(fw="wav2letter (flashlight)", src="https://github.com/flashlight/wav2letter/issues/728",
         line="epoch:       56 | nupdates:      1933583 | lr: 0.000015 | lrcriterion: 0.000015 | runtime: 03:51:15 | bch(ms): 394.69 | smp(ms): 0.83 | fwd(ms): 111.46 | crit-fwd(ms): 7.28 | bwd(ms): 190.78 | optim(ms): 68.15 | loss:  262.54934 | train-TER: 108.17 | train-WER: 195.99 | dev-clean-loss:  155.33469 | dev-clean-TER: 115.00 | dev-clean-WER: 191.11 | dev-other-loss:  136.31209 | dev-other-TER: 104.57 | dev-other-WER: 160.46 | avg-isz: 1229 | avg-tsz: 041 | max-tsz: 102 | hrs:  960.47 | thrpt(sec/sec): 249.19",
         want={"Step": 1933583, "StepTime": 394.69}, optional={"TrainLoss": 262.54934, "ValLoss": 155.33469}),
    # ---------------------------------------------------------------- ad-hoc epoch prints (PaiNN run, committed output): Train Loss next to an L1 metric, a separate validation line
    dict(fw="ad-hoc epoch print", src="https://github.com/MrCogito/Deep_learning_2023/blob/e0fd1ea0d0e1dc50b481e9f0515cc7ef9209fd44/outputs/WorkingSetup/Markdown/fixWorkingSetup_6.md",
         line="Epoch [1/650], Train Loss: 0.0212, Train L1 Loss: 0.1813",
         want={"TrainLoss": 0.0212}),
    dict(fw="ad-hoc epoch print", src="https://github.com/MrCogito/Deep_learning_2023/blob/e0fd1ea0d0e1dc50b481e9f0515cc7ef9209fd44/outputs/WorkingSetup/Markdown/fixWorkingSetup_6.md",
         line="Epoch [1/650], Validation Loss: 0.0000, Validation L1: 0.0361, Smoothed Validation Loss: 0.0000",
         want={"ValLoss": 0.0}),
    # ReduceLROnPlateau(verbose=True) message: no progress
    dict(fw="ad-hoc epoch print", src="https://github.com/MrCogito/Deep_learning_2023/blob/e0fd1ea0d0e1dc50b481e9f0515cc7ef9209fd44/outputs/WorkingSetup/Markdown/fixWorkingSetup_6.md",
         line="Epoch 00007: reducing learning rate of group 0 to 5.0000e-04.",
         want={}),
    # ---------------------------------------------------------------- W&B console run summary at the end of the same job: last logged values, not a new step
    dict(fw="wandb", src="https://github.com/MrCogito/Deep_learning_2023/blob/e0fd1ea0d0e1dc50b481e9f0515cc7ef9209fd44/outputs/WorkingSetup/Markdown/fixWorkingSetup_6.md",
         line="wandb:        train_loss 1e-05",
         want={}, optional={"TrainLoss": 1e-05}),
    # ---------------------------------------------------------------- torchvision detection reference (MetricLogger): median (global average); time includes data loading
    dict(fw="torchvision references", src="https://github.com/beijn/bachelor-thesis/blob/e93898f78241e968a33574c6344707811e65712c/detection/traingraph.py",
         line="Epoch: [0]  [1/6]  eta: 0:00:11  lr: 0.002003  loss: 7.5953 (7.9363)  loss_classifier: 0.7068 (0.7149)  loss_box_reg: 0.7579 (0.7598)  loss_mask: 1.8035 (1.8298)  loss_objectness: 4.1360 (4.4435)  loss_rpn_box_reg: 0.1873 (0.1884)  time: 2.2824  data: 0.6244  max mem: 2648",
         want={"TrainLoss": 7.5953, "StepTime": 2282.4}, optional={"Step": 1}),
    dict(fw="torchvision references", src="https://github.com/beijn/bachelor-thesis/blob/e93898f78241e968a33574c6344707811e65712c/detection/traingraph.py",
         line="Epoch: [0] Total time: 0:00:05 (0.9880 s / it)",
         want={}, optional={"StepTime": 988, "IterationsPerSecond": 1 / 0.9880}),
    # ---------------------------------------------------------------- cgcnn2 (committed console output): epoch line with both losses and an LR list
    dict(fw="ad-hoc logging (cgcnn2)", src="https://github.com/CaryBond/data-science-project/blob/203df93a67bc57cb833ba3b51e149e78ef6a6a37/test_result_CGCNN/R2_0.9384/readme_output_aws.txt",
         line="2025-07-07 13:55:26.649 INFO: Epoch [001/300] - Train Loss: 145.13359, Valid Loss: 70.66399, LR: [0.001]",
         want={"TrainLoss": 145.13359, "ValLoss": 70.66399}),
]
