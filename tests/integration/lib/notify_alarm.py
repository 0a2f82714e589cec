"""Shared set-up for the notify_*.sh tests: a tailwatchd config whose alarm
`notifyAlarm` (Sum of ERROR lines over 10 s > 0, missing = notBreaching)
goes to ALARM one period after an ERROR line and back to OK one period
after the last one, with the given actions and targets."""

import os

import twd

CONFIG = """\
server: {{listen: "127.0.0.1:0"}}
state_dir: ./state
checkpoint_interval_ms: 200
region: us-east-1
account_id: "000000000000"
log_groups:
  - name: app
    files: ["{logdir}/*.log"]
    start_at: beginning
    poll_interval_ms: 50
metric_filters:
  - name: errors
    log_group: app
    pattern: "ERROR"
    metric_transformation: {{name: ErrorCount, namespace: NotifyTest, value: "1", unit: Count}}
alarms:
  - name: notifyAlarm
    namespace: NotifyTest
    metric_name: ErrorCount
    statistic: Sum
    period: 10
    evaluation_periods: 1
    threshold: 0
    comparison_operator: GreaterThanThreshold
    treat_missing_data: notBreaching
    alarm_actions: {alarm_actions}
    ok_actions: {ok_actions}
{extra_alarm}targets:
{targets}
"""


EXTRA_ALARM = """\
  - name: notifyAlarmSns
    namespace: NotifyTest
    metric_name: ErrorCount
    statistic: Sum
    period: 10
    evaluation_periods: 1
    threshold: 0
    comparison_operator: GreaterThanThreshold
    treat_missing_data: notBreaching
    alarm_actions: {actions}
"""


def write_config(path, logdir, alarm_actions, ok_actions, targets, sns_alarm_actions=()):
    """targets: list of YAML flow mappings (strings), one per target. CloudWatch
    allows 5 actions per state, so `sns_alarm_actions` go to a second alarm,
    notifyAlarmSns, on the same metric."""
    extra = EXTRA_ALARM.format(actions=_list(sns_alarm_actions)) if sns_alarm_actions else ""
    text = CONFIG.format(logdir=logdir, alarm_actions=_list(alarm_actions),
                         ok_actions=_list(ok_actions), extra_alarm=extra,
                         targets="\n".join("  - " + t for t in targets))
    twd.write_config(path, text)


def _list(items):
    return "[" + ", ".join('"%s"' % i for i in items) + "]"


def append_error(logdir, text="ERROR boom"):
    with open(os.path.join(logdir, "app.log"), "a") as f:
        f.write(text + "\n")


def transitions(log_path):
    """[(from, to)] of every 'alarm notifyAlarm: A -> B' line the daemon logged."""
    out = []
    with open(log_path, errors="replace") as f:
        for line in f:
            i = line.find("alarm notifyAlarm: ")
            if i < 0:
                continue
            rest = line[i + len("alarm notifyAlarm: "):].split(":", 1)[0]
            a, _, b = rest.partition(" -> ")
            out.append((a.strip(), b.strip()))
    return out
