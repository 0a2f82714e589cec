// What each target type sends for one alarm event (docs/notifications.md; the JSON is
// docs/cloudwatch-semantics.md §5).
// Pure functions; the notifier renders an event once, when it is written to
// the outbox, and signs it (webhook HMAC, SNS SigV4) at each attempt.
//
//  - webhook: the CloudWatch SNS message JSON (engine::AlarmEventToCloudWatchJson)
//    as the body, plus
//      X-Tailwatch-Event-Id:  the event id (receivers deduplicate on it)
//      X-Tailwatch-Timestamp: Unix seconds of this attempt
//      X-Tailwatch-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>
//    (the signature only with hmac_secret_file).
//  - alertmanager: POST /api/v2/alerts with a one-alert array (AlertmanagerAlertsJson).
//  - sns: Publish, query protocol (SnsPublishBody), SigV4-signed, Subject and
//    Message exactly as CloudWatch publishes them.
#ifndef TAILWATCH_DAEMON_NOTIFY_PAYLOADS_H_
#define TAILWATCH_DAEMON_NOTIFY_PAYLOADS_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "engine/alarm/alarm_event.h"
#include "engine/alarm/alarm_spec.h"

namespace tailwatch::notify {

// arn:aws:sns:REGION:ACCOUNT:NAME (any partition: aws, aws-cn, aws-us-gov).
struct SnsTopicArn {
  std::string partition, region, account, name;
};
std::optional<SnsTopicArn> ParseSnsTopicArn(std::string_view arn);

// The regional SNS endpoint: https://sns.REGION.amazonaws.com/ (.com.cn in China).
std::string DefaultSnsEndpoint(const SnsTopicArn& arn, std::string_view region);

// "sha256=" + lower-case hex HMAC-SHA256 keyed by `secret` over the exact
// bytes `timestamp` "." `body`.
std::string WebhookSignature(std::string_view secret, std::string_view timestamp,
                             std::string_view body);

// The Alertmanager v2 alerts body for `event`: [{"labels":{...},"annotations":{...},
// "startsAt":...,("endsAt":...)}].
//   labels: alertname (the alarm name), namespace, metric_name, then one label
//     per alarm dimension (name sanitised to [a-zA-Z_][a-zA-Z0-9_]*, prefixed
//     "dimension_" when it would clash with the others). No state label: the
//     firing and the resolving post must carry the same label set.
//   annotations: summary (the SNS subject), description (the reason),
//     alarm_description (when set), new_state, old_state, event_id,
//     reason_data (when set), sample_lines (when the event carries any:
//     SampleLinesAnnotation).
//   ALARM -> firing: startsAt = the event time, no endsAt (Alertmanager
//     keeps it firing for its resolve_timeout, 5 min by default).
//   OK / INSUFFICIENT_DATA -> resolved: endsAt = `now_ms`, no startsAt
//     (Alertmanager then sets startsAt = endsAt for unknown alerts).
std::string AlertmanagerAlertsJson(const engine::AlarmEvent& event, const engine::AlarmSpec& spec,
                                   const engine::NotificationContext& context, int64_t now_ms);

// Sample lines as one annotation text, a line each:
// "2026-01-01T00:01:02.000Z api /var/log/api.log: <message>" (the source only
// when known; " [truncated]" after a cut message).
std::string SampleLinesAnnotation(std::span<const engine::SampleLine> lines);

// base URL + "/api/v2/alerts" unless it already ends with it.
std::string AlertmanagerAlertsUrl(std::string_view base_url);

// Action=Publish&Version=2010-03-31&TopicArn=..&Message=..&Subject=.. (the
// parameter order and encoding of botocore's query serializer).
std::string SnsPublishBody(std::string_view topic_arn, std::string_view subject,
                           std::string_view message);

}  // namespace tailwatch::notify

#endif  // TAILWATCH_DAEMON_NOTIFY_PAYLOADS_H_
