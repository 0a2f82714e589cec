# A tenth blind held-out set of progress lines for the AI-training pack,
# collected on 2026-12-07 (UTC morning). The lines come from training logs
# that people committed to their repositories (train.out, train.log,
# training.log, nohup.out, log files under logs/ and output/), read byte for
# byte from the repository at the commit named in `src`. No source
# (repository file, issue or pull request) used in heldout.py, fresh.py,
# devset.py, devset2.py or blind.py .. blind9.py was taken again, and no
# repository either. The set was written without looking at the pack or its
# tests, and frozen before it was scored even once.
# Same fields as heldout.py: the framework, where the line was seen, the line
# as printed (tabs, the `\r` that starts a progress-bar refresh, ANSI colour
# codes and trailing blanks kept), the progress metrics it must yield
# (`want`) and metrics it may yield or not (`optional`: an in-epoch batch
# counter, a tqdm bar's rate, an it/s derived from `s/it`, a whole-run
# average, a loss whose meaning the line leaves open). `want={}` marks a line
# that holds no training progress: the pack stays quiet.
# A case holds one record: where several `\r` refreshes share a physical
# line, the refresh the case names, from its `\r` up to the next `\r` or
# newline. StepTime is in milliseconds.
CASES = [
    # ---------------------------------------------------------------- verl GRPO (Qwen2.5-1.5B, math, one GPU, Ray actor prefixes in colour): console logger step lines and the Training Progress bar
    # the bar before the first step, after the Ray actor prefix
    dict(fw='verl', src='https://github.com/Foo1szz/verl/blob/0adc23fd7421b4b3c85cf0ba059003f201cc5ccf/train.out',
         line='\rTraining Progress:   0%|          | 0/3746 [00:00<?, ?it/s]',
         want={}, optional={"Step": 0}),
    # weight sync into the rollout engine: a part of a step, not a step time
    dict(fw='verl', src='https://github.com/Foo1szz/verl/blob/0adc23fd7421b4b3c85cf0ba059003f201cc5ccf/train.out',
         line='\x1b[36m(WorkerDict pid=626895)\x1b[0m INFO:2026-04-03 07:02:25,774:update_weights done, time cost: 2.19s',
         want={}),
    # first step; actor/loss is the policy loss of an RL update (its meaning as a train loss is open); perf/throughput is tokens per second per GPU
    dict(fw='verl', src='https://github.com/Foo1szz/verl/blob/0adc23fd7421b4b3c85cf0ba059003f201cc5ccf/train.out',
         line='\x1b[36m(TaskRunner pid=625502)\x1b[0m step:1 - global_seqlen/min:2578 - global_seqlen/max:2578 - global_seqlen/minmax_diff:0 - global_seqlen/balanced_min:2578 - global_seqlen/balanced_max:2578 - global_seqlen/mean:2578.0 - actor/entropy:0.463403582572937 - perf/mfu/actor_infer:0.0 - actor/pg_clipfrac:0.0 - actor/ppo_kl:0.0 - actor/pg_clipfrac_lower:0.0 - actor/pg_loss:0.0 - actor/entropy_loss:0.4634036049246788 - actor/kl_loss:0.0 - actor/kl_coef:0.001 - actor/loss:-0.00046340361586771905 - actor/grad_norm:0.009721037931740284 - actor/lr:3e-05 - perf/mfu/actor:0.0 - training/global_step:1 - training/epoch:0 - critic/score/mean:0.0 - critic/score/max:0.0 - critic/score/min:0.0 - critic/rewards/mean:0.0 - critic/rewards/max:0.0 - critic/rewards/min:0.0 - critic/advantages/mean:0.0 - critic/advantages/max:0.0 - critic/advantages/min:0.0 - critic/returns/mean:0.0 - critic/returns/max:0.0 - critic/returns/min:0.0 - response_length/mean:512.0 - response_length/max:512.0 - response_length/min:512.0 - response_length/clip_ratio:1.0 - response_length_non_aborted/mean:512.0 - response_length_non_aborted/max:512.0 - response_length_non_aborted/min:512.0 - response_length_non_aborted/clip_ratio:1.0 - response/aborted_ratio:0.0 - prompt_length/mean:132.5 - prompt_length/max:147.0 - prompt_length/min:118.0 - prompt_length/clip_ratio:0.0 - num_turns/min:2 - num_turns/max:2 - num_turns/mean:2.0 - timing_s/start_profile:0.0002850599121302366 - timing_s/agent_loop/num_preempted/min:-1 - timing_s/agent_loop/num_preempted/max:-1 - timing_s/agent_loop/num_preempted/mean:-1.0 - timing_s/agent_loop/generate_sequences/min:2.162939936039038 - timing_s/agent_loop/generate_sequences/max:2.1746522299945354 - timing_s/agent_loop/generate_sequences/mean:2.168596760748187 - timing_s/agent_loop/tool_calls/min:0.0 - timing_s/agent_loop/tool_calls/max:0.0 - timing_s/agent_loop/tool_calls/mean:0.0 - timing_s/agent_loop/slowest/generate_sequences:2.1746522299945354 - timing_s/agent_loop/slowest/tool_calls:0.0 - timing_s/agent_loop/slowest/num_preempted:-1 - timing_s/agent_loop/slowest/prompt_length:147 - timing_s/agent_loop/slowest/response_length:512 - timing_s/gen:6.633056213031523 - timing_s/reward:3.426196053624153e-05 - timing_s/old_log_prob:2.5926124119432643 - timing_s/ref:13.521606551017612 - timing_s/adv:0.0012904739705845714 - timing_s/update_actor:10.361888915067539 - timing_s/update_weights:3.1497976899845526 - timing_s/step:36.26888222503476 - timing_s/stop_profile:6.798200774937868e-05 - timing_per_token_ms/gen:3.2387969790192983 - timing_per_token_ms/update_actor:4.019351790173599 - timing_per_token_ms/ref:5.244998662148027 - timing_per_token_ms/adv:0.0005005717496449075 - perf/total_num_tokens:2578 - perf/time_per_step:36.26888222503476 - perf/throughput:71.0802164788118',
         want={"Step": 1, "GradNorm": 0.009721037931740284, "StepTime": 36.26888222503476 * 1000}, optional={"TrainLoss": -0.00046340361586771905, "TokensPerSecond": 71.0802164788118}),
    dict(fw='verl', src='https://github.com/Foo1szz/verl/blob/0adc23fd7421b4b3c85cf0ba059003f201cc5ccf/train.out',
         line='\rTraining Progress:   0%|          | 1/3746 [00:36<37:53:29, 36.42s/it]',
         want={}, optional={"Step": 1, "IterationsPerSecond": 1 / 36.42}),
    # the step that saved a checkpoint: its step time includes the save
    dict(fw='verl', src='https://github.com/Foo1szz/verl/blob/0adc23fd7421b4b3c85cf0ba059003f201cc5ccf/train.out',
         line='\x1b[36m(TaskRunner pid=625502)\x1b[0m step:20 - global_seqlen/min:2426 - global_seqlen/max:2426 - global_seqlen/minmax_diff:0 - global_seqlen/balanced_min:2426 - global_seqlen/balanced_max:2426 - global_seqlen/mean:2426.0 - actor/entropy:11.623860359191895 - perf/mfu/actor_infer:0.0 - actor/pg_clipfrac:0.0 - actor/ppo_kl:0.0 - actor/pg_clipfrac_lower:0.0 - actor/pg_loss:0.0 - actor/entropy_loss:11.623860597610474 - actor/kl_loss:0.9542375355958939 - actor/kl_coef:0.001 - actor/loss:-0.010669623501598835 - actor/grad_norm:0.005057428497821093 - actor/lr:3e-05 - perf/mfu/actor:0.0 - training/global_step:20 - training/epoch:0 - critic/score/mean:0.0 - critic/score/max:0.0 - critic/score/min:0.0 - critic/rewards/mean:0.0 - critic/rewards/max:0.0 - critic/rewards/min:0.0 - critic/advantages/mean:0.0 - critic/advantages/max:0.0 - critic/advantages/min:0.0 - critic/returns/mean:0.0 - critic/returns/max:0.0 - critic/returns/min:0.0 - response_length/mean:512.0 - response_length/max:512.0 - response_length/min:512.0 - response_length/clip_ratio:1.0 - response_length_non_aborted/mean:512.0 - response_length_non_aborted/max:512.0 - response_length_non_aborted/min:512.0 - response_length_non_aborted/clip_ratio:1.0 - response/aborted_ratio:0.0 - prompt_length/mean:94.5 - prompt_length/max:116.0 - prompt_length/min:73.0 - prompt_length/clip_ratio:0.0 - num_turns/min:2 - num_turns/max:2 - num_turns/mean:2.0 - timing_s/start_profile:6.015098188072443e-05 - timing_s/agent_loop/num_preempted/min:-1 - timing_s/agent_loop/num_preempted/max:-1 - timing_s/agent_loop/num_preempted/mean:-1.0 - timing_s/agent_loop/generate_sequences/min:2.0990262519335374 - timing_s/agent_loop/generate_sequences/max:2.1107228690525517 - timing_s/agent_loop/generate_sequences/mean:2.105095826962497 - timing_s/agent_loop/tool_calls/min:0.0 - timing_s/agent_loop/tool_calls/max:0.0 - timing_s/agent_loop/tool_calls/mean:0.0 - timing_s/agent_loop/slowest/generate_sequences:2.1107228690525517 - timing_s/agent_loop/slowest/tool_calls:0.0 - timing_s/agent_loop/slowest/num_preempted:-1 - timing_s/agent_loop/slowest/prompt_length:73 - timing_s/agent_loop/slowest/response_length:512 - timing_s/gen:2.515619485056959 - timing_s/reward:1.4001037925481796e-05 - timing_s/old_log_prob:0.795885066036135 - timing_s/ref:0.6033994898898527 - timing_s/adv:0.0007724760798737407 - timing_s/update_actor:1.7712375350529328 - timing_s/save_checkpoint:28.736737434985116 - timing_s/update_weights:3.4881946680834517 - timing_s/step:37.91462458996102 - timing_s/stop_profile:7.220904808491468e-05 - timing_per_token_ms/gen:1.2283298266879683 - timing_per_token_ms/update_actor:0.7301061562460563 - timing_per_token_ms/ref:0.24872196615410253 - timing_per_token_ms/adv:0.0003184155316874446 - perf/total_num_tokens:2426 - perf/time_per_step:37.91462458996102 - perf/throughput:63.98586366703345',
         want={"Step": 20, "GradNorm": 0.005057428497821093, "StepTime": 37.91462458996102 * 1000}, optional={"TrainLoss": -0.010669623501598835, "TokensPerSecond": 63.98586366703345}),
    # ---------------------------------------------------------------- MobileVLM v2 pretraining (DeepSpeed ZeRO-2, HF Trainer, logging every step): tqdm refreshes, the cleared bar, then the logged dict
    # the dict printed after the bar was cleared; the step is not in the record
    dict(fw='HF Trainer', src='https://github.com/Jingchensun/MobileVLM/blob/a0c6edbfaae9cf7b5d2b703a444940219813c9e0/train.out',
         line="\r{'loss': 4.5547, 'learning_rate': 6.825938566552902e-08, 'epoch': 0.0}",
         want={"TrainLoss": 4.5547}),
    dict(fw='HF Trainer', src='https://github.com/Jingchensun/MobileVLM/blob/a0c6edbfaae9cf7b5d2b703a444940219813c9e0/train.out',
         line='\r  0%|          | 16/9742 [00:45<5:57:07,  2.20s/it]',
         want={}, optional={"Step": 16, "IterationsPerSecond": 1 / 2.20}),
    dict(fw='HF Trainer', src='https://github.com/Jingchensun/MobileVLM/blob/a0c6edbfaae9cf7b5d2b703a444940219813c9e0/train.out',
         line="\r{'loss': 0.3916, 'learning_rate': 1.0211108385909046e-05, 'epoch': 0.51}",
         want={"TrainLoss": 0.3916}),
    # the last step: learning rate decayed to 0.0
    dict(fw='HF Trainer', src='https://github.com/Jingchensun/MobileVLM/blob/a0c6edbfaae9cf7b5d2b703a444940219813c9e0/train.out',
         line="\r{'loss': 0.3311, 'learning_rate': 0.0, 'epoch': 1.0}",
         want={"TrainLoss": 0.3311}),
    # end-of-training summary: whole-run averages only
    dict(fw='HF Trainer', src='https://github.com/Jingchensun/MobileVLM/blob/a0c6edbfaae9cf7b5d2b703a444940219813c9e0/train.out',
         line="\r{'train_runtime': 20936.2422, 'train_samples_per_second': 59.557, 'train_steps_per_second': 0.465, 'train_loss': 0.4188246957038467, 'epoch': 1.0}",
         want={}, optional={"TrainLoss": 0.4188246957038467, "SamplesPerSecond": 59.557, "IterationsPerSecond": 0.465}),
]
