// The ingestion handlers. They run on the connection's strand: auth, decode,
// parse and validate there (bounded by the server's body limit and
// max_decoded_body_bytes), then hand one whole batch to the IngestSink and
// answer from its `done` callback, which may run on the engine strand. The
// answer therefore means "counted": nothing acknowledged is dropped.
#include "daemon/ingest/ingest_routes.h"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <memory>
#include <string>
#include <utility>

#include "daemon/export/metrics_registry.h"
#include "daemon/ingest/auth.h"
#include "daemon/ingest/aws_logs_api.h"
#include "daemon/ingest/aws_logs_catalog_ops.h"
#include "daemon/ingest/aws_logs_filter_ops.h"
#include "daemon/ingest/aws_logs_read_ops.h"
#include "daemon/ingest/gzip_decode.h"
#include "daemon/ingest/push_body.h"

namespace tailwatch::daemon {
namespace {

using http::HttpRequest;
using http::HttpResponse;
using http::Responder;

constexpr std::string_view kPushEndpoint = "/v1/logs";
constexpr std::string_view kDefaultStream = "default";

// The AWS operations we answer; anything else is one "unknown" label so the
// label set stays bounded whatever clients send.
enum Op {
  kPush,
  kPutLogEvents,
  kTestMetricFilter,
  kGetLogEvents,
  kFilterLogEvents,
  kPutMetricFilter,
  kDescribeMetricFilters,
  kDeleteMetricFilter,
  kCreateLogGroup,  // this and the rest up to kUnknownOp: catalog operations
  kCreateLogStream,
  kDescribeLogGroups,
  kDescribeLogStreams,
  kDeleteLogGroup,
  kDeleteLogStream,
  kPutRetentionPolicy,
  kDeleteRetentionPolicy,
  kTagResource,
  kUntagResource,
  kListTagsForResource,
  kTagLogGroup,
  kUntagLogGroup,
  kListTagsLogGroup,
  kUnknownOp,
  kOpCount
};
constexpr std::array<std::string_view, kOpCount> kOpNames = {"/v1/logs",
                                                             "PutLogEvents",
                                                             "TestMetricFilter",
                                                             "GetLogEvents",
                                                             "FilterLogEvents",
                                                             "PutMetricFilter",
                                                             "DescribeMetricFilters",
                                                             "DeleteMetricFilter",
                                                             "CreateLogGroup",
                                                             "CreateLogStream",
                                                             "DescribeLogGroups",
                                                             "DescribeLogStreams",
                                                             "DeleteLogGroup",
                                                             "DeleteLogStream",
                                                             "PutRetentionPolicy",
                                                             "DeleteRetentionPolicy",
                                                             "TagResource",
                                                             "UntagResource",
                                                             "ListTagsForResource",
                                                             "TagLogGroup",
                                                             "UntagLogGroup",
                                                             "ListTagsLogGroup",
                                                             "unknown"};
constexpr std::array<int, 10> kCodes = {200, 400, 401, 404, 413, 415, 429, 500, 503, 408};

enum Reason {
  kTooOld,
  kTooNew,
  kUnknownGroup,
  kOverloadedReason,
  kShuttingDownReason,
  kReasonCount
};
constexpr std::array<std::string_view, kReasonCount> kReasonNames = {
    "too_old", "too_new", "unknown_log_group", "overloaded", "shutting_down"};

// Event counters of one event-carrying endpoint (/v1/logs or PutLogEvents).
struct EventCounters {
  prometheus::Counter* accepted = nullptr;
  std::array<prometheus::Counter*, kReasonCount> rejected{};
  prometheus::Counter* truncated = nullptr;
  prometheus::Counter* decoded_bytes = nullptr;
  prometheus::Counter* event_bytes = nullptr;
};

// Shared by every handler; lives as long as the routes (captured by value).
struct IngestState {
  IngestSink* sink = nullptr;
  IngestOptions options;
  prometheus::Family<prometheus::Counter>* requests_family = nullptr;
  std::array<std::array<prometheus::Counter*, kCodes.size()>, kOpCount> requests{};
  EventCounters push_events;
  EventCounters aws_events;
  // tailwatch_lines_dropped_total{reason="too_old"|"too_new"}: PutLogEvents
  // events outside CloudWatch's time window, answered as rejected and never
  // run through the filters. The other rejections are errors the client sees
  // and can retry, so they are not drops.
  prometheus::Counter* dropped_too_old = nullptr;
  prometheus::Counter* dropped_too_new = nullptr;
  std::array<prometheus::Counter*, kOpCount> aws_decoded_bytes{};
  std::atomic<uint64_t> sequence{0};
  // options.catalog, or a memory-only one when none was given.
  std::unique_ptr<LogsCatalog> own_catalog;
  LogsCatalog* catalog = nullptr;

  std::vector<std::string> ConfiguredGroups() const {
    std::vector<std::string> names;
    if (options.log_group_names) names = options.log_group_names();
    std::sort(names.begin(), names.end());
    return names;
  }
  CatalogOpContext CatalogContext() const {
    CatalogOpContext context;
    context.catalog = catalog;
    context.configured = ConfiguredGroups();
    context.tailed_files = options.tailed_files;
    return context;
  }
  // A group PutLogEvents and /v1/logs accept: configured or created over the API.
  bool GroupExists(std::string_view group) const {
    return sink->HasLogGroup(group) || catalog->GroupExists(group, false);
  }
  // Registers the pushed stream: kOk, kGroupNotFound (the group was deleted
  // meanwhile) or kWriteFailed.
  CatalogOutcome RegisterStream(const IngestBatch& batch) {
    return catalog->RegisterPushStream(batch.log_group, batch.log_stream,
                                       sink->HasLogGroup(batch.log_group));
  }
  void NoteAccepted(const IngestBatch& batch, std::string_view sequence_token) {
    if (batch.events.empty()) return;
    int64_t first = INT64_MAX, last = INT64_MIN;
    const int64_t now = NowMs();
    for (const IngestEvent& e : batch.events) {
      const int64_t t = e.timestamp_ms >= 0 ? e.timestamp_ms : now;
      first = std::min(first, t);
      last = std::max(last, t);
    }
    catalog->NotePut(batch.log_group, batch.log_stream, first, last, now, batch.bytes,
                     sequence_token);
  }

  void CountRequest(Op op, int code) {
    for (size_t i = 0; i < kCodes.size(); ++i) {
      if (kCodes[i] == code) {
        requests[op][i]->Increment();
        return;
      }
    }
    // A code outside the table: resolve it now (family mutex, once per request).
    requests_family->Add({{"endpoint", std::string(kOpNames[op])}, {"code", std::to_string(code)}})
        .Increment();
  }

  int64_t NowMs() const {
    if (options.wall_clock_ms) return options.wall_clock_ms();
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  }

  std::string NextSequenceToken() {
    // Opaque to clients; AWS's tokens are long decimal strings, so are ours.
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "4960%052" PRIu64, ++sequence);
    return buffer;
  }
};

simdjson::dom::parser& ThreadParser() {
  // One parser per io thread: handlers run synchronously on it, and the
  // parser's buffers are reused across requests.
  thread_local simdjson::dom::parser parser;
  return parser;
}

std::string JsonErrorBody(std::string_view message) {
  std::string body = "{\"error\":";
  AppendJsonText(body, message);
  body += '}';
  return body;
}

HttpResponse PushError(int status, std::string_view message) {
  HttpResponse response;
  response.status = status;
  response.body = JsonErrorBody(message);
  return response;
}

HttpResponse AwsErrorResponse(int status, std::string_view type, std::string message) {
  HttpResponse response;
  response.status = status;
  response.content_type = std::string(kAwsJsonContentType);
  response.body = AwsErrorBody(AwsError{std::string(type), std::move(message)});
  return response;
}

HttpResponse AwsOk(std::string body) {
  HttpResponse response;
  response.content_type = std::string(kAwsJsonContentType);
  response.body = std::move(body);
  return response;
}

void AddRetryAfter(HttpResponse& response, int seconds) {
  response.headers.emplace_back("Retry-After", std::to_string(seconds));
}

// Decodes the body in place per Content-Encoding. On failure fills `*status`
// and `*message`.
bool DecodeBody(const HttpRequest& request, size_t max_decoded, std::string* body, int* status,
                std::string* message) {
  std::string encoding = request.Header("Content-Encoding");
  for (char& c : encoding) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!encoding.empty() && (encoding.back() == ' ' || encoding.back() == '\t'))
    encoding.pop_back();
  if (encoding.empty() || encoding == "identity") return true;
  if (encoding != "gzip" && encoding != "x-gzip") {
    *status = 415;
    *message = "unsupported Content-Encoding '" + encoding + "' (use gzip or none)";
    return false;
  }
  std::string decoded;
  switch (GunzipCapped(*body, max_decoded, &decoded)) {
    case GzipStatus::kOk:
      *body = std::move(decoded);
      return true;
    case GzipStatus::kTooLarge:
      *status = 413;
      *message = "gzip body decodes to more than " + std::to_string(max_decoded) + " bytes";
      return false;
    case GzipStatus::kCorrupt:
      break;
  }
  *status = 400;
  *message = "body is not valid gzip";
  return false;
}

// Records the answer, then sends it.
Responder Counted(const std::shared_ptr<IngestState>& state, Op op, Responder respond) {
  return [state, op, respond = std::move(respond)](HttpResponse response) {
    state->CountRequest(op, response.status);
    respond(std::move(response));
  };
}

void CountRejected(EventCounters& counters, Reason reason, size_t events) {
  counters.rejected[reason]->Increment(static_cast<double>(events));
}

// ---- POST /v1/logs ----------------------------------------------------------

void HandlePush(const std::shared_ptr<IngestState>& state, HttpRequest&& request,
                Responder raw_respond) {
  Responder respond = Counted(state, kPush, std::move(raw_respond));
  if (!IsAuthorized(request, state->options.auth_token)) {
    HttpResponse response =
        PushError(401, "missing or wrong token (Authorization: Bearer <token>)");
    response.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"tailwatch\"");
    respond(std::move(response));
    return;
  }
  IngestBatch batch;
  batch.log_group = request.QueryParam("group");
  batch.log_stream = request.QueryParam("stream");
  if (batch.log_stream.empty()) batch.log_stream = std::string(kDefaultStream);
  if (batch.log_group.empty()) {
    respond(PushError(400, "missing query parameter 'group' (POST /v1/logs?group=G&stream=S)"));
    return;
  }
  if (!state->GroupExists(batch.log_group)) {
    respond(PushError(404, "unknown log group '" + batch.log_group +
                               "': the configuration defines no such log group"));
    return;
  }
  std::string body = std::move(request.body);
  int status = 0;
  std::string message;
  if (!DecodeBody(request, state->options.max_decoded_body_bytes, &body, &status, &message)) {
    respond(PushError(status, message));
    return;
  }
  state->push_events.decoded_bytes->Increment(static_cast<double>(body.size()));
  PushBodyError error;
  const PushBodyFormat format = PushFormatFromContentType(request.Header("Content-Type"));
  if (!ParsePushBody(body, format, state->options.max_line_bytes, ThreadParser(), &batch, &error)) {
    respond(PushError(400, error.message));
    return;
  }
  if (const CatalogOutcome registered = state->RegisterStream(batch);
      registered != CatalogOutcome::kOk) {
    respond(registered == CatalogOutcome::kGroupNotFound
                ? PushError(404, "unknown log group '" + batch.log_group + "'")
                : PushError(503, "the log catalog could not be written: retry later"));
    return;
  }
  const size_t events = batch.events.size();
  const size_t bytes = batch.bytes;
  auto stats = std::make_shared<IngestBatch>();
  stats->log_group = batch.log_group;
  stats->log_stream = batch.log_stream;
  stats->bytes = batch.bytes;
  stats->events.reserve(2);
  if (!batch.events.empty()) {
    stats->events.push_back({batch.events.front().timestamp_ms, {}});
    stats->events.push_back({batch.events.back().timestamp_ms, {}});
  }
  state->sink->Submit(std::move(batch), [state, respond, events, bytes,
                                         stats](IngestResult result) {
    EventCounters& counters = state->push_events;
    HttpResponse response;
    switch (result) {
      case IngestResult::kAccepted:
        state->NoteAccepted(*stats, "");
        counters.accepted->Increment(static_cast<double>(events));
        counters.event_bytes->Increment(static_cast<double>(bytes));
        response.body = "{\"accepted\":" + std::to_string(events) + "}";
        break;
      case IngestResult::kUnknownLogGroup:
        CountRejected(counters, kUnknownGroup, events);
        response = PushError(404, "unknown log group: the configuration defines no such log group");
        break;
      case IngestResult::kOverloaded:
        CountRejected(counters, kOverloadedReason, events);
        response = PushError(429, "the engine is behind: retry later");
        AddRetryAfter(response, state->options.retry_after_seconds);
        break;
      case IngestResult::kShuttingDown:
        CountRejected(counters, kShuttingDownReason, events);
        response = PushError(503, "tailwatchd is shutting down: retry later");
        AddRetryAfter(response, state->options.retry_after_seconds);
        break;
    }
    respond(std::move(response));
  });
}

// ---- POST / (AWS JSON 1.1) ---------------------------------------------------

constexpr std::string_view kResourceNotFound = "ResourceNotFoundException";
constexpr std::string_view kNoSuchGroup = "The specified log group does not exist.";

void HandlePutLogEvents(const std::shared_ptr<IngestState>& state, std::string_view body,
                        Responder respond) {
  auto plan = ParsePutLogEvents(body, state->NowMs(), PutLogEventsLimits{}, ThreadParser());
  if (!plan) {
    respond(AwsErrorResponse(400, plan.error().type, plan.error().message));
    return;
  }
  EventCounters& counters = state->aws_events;
  if (!state->GroupExists(plan->log_group)) {
    CountRejected(counters, kUnknownGroup, plan->total_events);
    respond(AwsErrorResponse(400, kResourceNotFound, std::string(kNoSuchGroup)));
    return;
  }
  if (plan->too_old_end > 0) {
    CountRejected(counters, kTooOld, plan->too_old_end);
    state->dropped_too_old->Increment(static_cast<double>(plan->too_old_end));
  }
  if (plan->too_new_start) {
    const size_t too_new = plan->total_events - *plan->too_new_start;
    CountRejected(counters, kTooNew, too_new);
    state->dropped_too_new->Increment(static_cast<double>(too_new));
  }
  auto shared_plan = std::make_shared<PutLogEventsPlan>(std::move(*plan));
  if (shared_plan->events.empty()) {
    // Every event was outside the window: nothing to count, AWS still answers 200.
    respond(AwsOk(PutLogEventsResponse(*shared_plan, state->NextSequenceToken())));
    return;
  }
  IngestBatch batch;
  batch.log_group = shared_plan->log_group;
  batch.log_stream = shared_plan->log_stream;
  batch.events = std::move(shared_plan->events);
  size_t truncated = 0;
  for (IngestEvent& event : batch.events) {
    if (TruncateUtf8(&event.message, state->options.max_line_bytes)) ++truncated;
    batch.bytes += event.message.size();
  }
  if (truncated > 0) counters.truncated->Increment(static_cast<double>(truncated));
  if (const CatalogOutcome registered = state->RegisterStream(batch);
      registered != CatalogOutcome::kOk) {
    respond(registered == CatalogOutcome::kGroupNotFound
                ? AwsErrorResponse(400, kResourceNotFound, std::string(kNoSuchGroup))
                : AwsErrorResponse(503, "ServiceUnavailableException",
                                   "The log catalog could not be written; retry later."));
    return;
  }
  const size_t events = batch.events.size();
  const size_t bytes = batch.bytes;
  auto stats = std::make_shared<IngestBatch>();
  stats->log_group = batch.log_group;
  stats->log_stream = batch.log_stream;
  stats->bytes = batch.bytes;
  stats->events.push_back({batch.events.front().timestamp_ms, {}});
  stats->events.push_back({batch.events.back().timestamp_ms, {}});
  state->sink->Submit(
      std::move(batch), [state, respond, shared_plan, events, bytes, stats](IngestResult result) {
        EventCounters& event_counters = state->aws_events;
        HttpResponse response;
        switch (result) {
          case IngestResult::kAccepted: {
            event_counters.accepted->Increment(static_cast<double>(events));
            event_counters.event_bytes->Increment(static_cast<double>(bytes));
            const std::string token = state->NextSequenceToken();
            state->NoteAccepted(*stats, token);
            response = AwsOk(PutLogEventsResponse(*shared_plan, token));
            break;
          }
          case IngestResult::kUnknownLogGroup:
            CountRejected(event_counters, kUnknownGroup, events);
            response = AwsErrorResponse(400, kResourceNotFound, std::string(kNoSuchGroup));
            break;
          case IngestResult::kOverloaded:
            CountRejected(event_counters, kOverloadedReason, events);
            response = AwsErrorResponse(503, "ServiceUnavailableException",
                                        "The engine is behind; retry later.");
            AddRetryAfter(response, state->options.retry_after_seconds);
            break;
          case IngestResult::kShuttingDown:
            CountRejected(event_counters, kShuttingDownReason, events);
            response = AwsErrorResponse(503, "ServiceUnavailableException",
                                        "tailwatchd is shutting down; retry later.");
            AddRetryAfter(response, state->options.retry_after_seconds);
            break;
        }
        respond(std::move(response));
      });
}

// PutMetricFilter and DeleteMetricFilter: validated here, applied on the
// engine strand (definitions_editor.h), answered once in force.
void HandleFilterEdit(const std::shared_ptr<IngestState>& state, Op op, std::string_view body,
                      simdjson::dom::parser& parser, Responder respond) {
  DefinitionsEditor::Edit edit;
  if (op == kPutMetricFilter) {
    auto filter = ParsePutMetricFilter(body, parser);
    if (!filter) {
      respond(AwsErrorResponse(400, filter.error().type, filter.error().message));
      return;
    }
    LogsCatalog* catalog = state->catalog;
    edit = [filter = std::move(*filter), catalog](config::ApiDefinitions& document,
                                                  const config::Config& running) {
      const bool created = catalog->GroupExists(filter.log_group, /*configured=*/false);
      return PutFilterEdit(filter, created, document, running);
    };
  } else {
    auto request = ParseDeleteMetricFilter(body, parser);
    if (!request) {
      respond(AwsErrorResponse(400, request.error().type, request.error().message));
      return;
    }
    edit = [request = std::move(*request)](config::ApiDefinitions& document,
                                           const config::Config& running) {
      return DeleteFilterEdit(request, document, running);
    };
  }
  if (state->options.definitions == nullptr) {
    respond(AwsErrorResponse(503, "ServiceUnavailableException",
                             "Metric filters cannot be defined over the API here."));
    return;
  }
  state->options.definitions->EditDefinitions(
      std::move(edit), [respond = std::move(respond)](DefinitionsOutcome outcome) {
        AwsError error;
        const int status = FilterEditStatus(outcome, &error);
        respond(status == 200 ? AwsOk("{}") : AwsErrorResponse(status, error.type, error.message));
      });
}

Op OpFromTarget(std::string_view target) {
  if (target.substr(0, kAwsTargetPrefix.size()) != kAwsTargetPrefix) return kUnknownOp;
  const std::string_view name = target.substr(kAwsTargetPrefix.size());
  for (int op = kPutLogEvents; op < kUnknownOp; ++op) {
    if (kOpNames[op] == name) return static_cast<Op>(op);
  }
  return kUnknownOp;
}

void HandleAws(const std::shared_ptr<IngestState>& state, HttpRequest&& request,
               Responder raw_respond) {
  if (state->options.other_service && state->options.other_service_accepts &&
      state->options.other_service_accepts(request)) {
    state->options.other_service(std::move(request), std::move(raw_respond));
    return;
  }
  const std::string target = request.Header("X-Amz-Target");
  const Op op = OpFromTarget(target);
  Responder respond = Counted(state, op, std::move(raw_respond));
  if (!IsAuthorized(request, state->options.auth_token)) {
    respond(AwsErrorResponse(401, "UnrecognizedClientException",
                             "The security token included in the request is invalid."));
    return;
  }
  if (op == kUnknownOp) {
    respond(AwsErrorResponse(
        400, "UnknownOperationException",
        target.empty() ? "Missing X-Amz-Target header" : "Unknown operation " + target));
    return;
  }
  std::string body = std::move(request.body);
  int status = 0;
  std::string message;
  if (!DecodeBody(request, state->options.max_decoded_body_bytes, &body, &status, &message)) {
    respond(AwsErrorResponse(status, "SerializationException", message));
    return;
  }
  state->aws_decoded_bytes[op]->Increment(static_cast<double>(body.size()));
  simdjson::dom::parser& parser = ThreadParser();
  switch (op) {
    case kPutLogEvents:
      HandlePutLogEvents(state, body, std::move(respond));
      return;
    case kTestMetricFilter: {
      auto parsed = ParseTestMetricFilter(body, parser);
      if (!parsed) {
        respond(AwsErrorResponse(400, parsed.error().type, parsed.error().message));
        return;
      }
      auto answer = RunTestMetricFilter(*parsed);
      if (!answer) {
        respond(AwsErrorResponse(400, answer.error().type, answer.error().message));
        return;
      }
      respond(AwsOk(std::move(*answer)));
      return;
    }
    case kGetLogEvents:
    case kFilterLogEvents: {
      ReadOpContext context;
      context.catalog = state->CatalogContext();
      context.read_journal = state->options.read_journal;
      context.now_ms = state->NowMs();
      auto answer = op == kGetLogEvents ? RunGetLogEvents(body, context, parser)
                                        : RunFilterLogEvents(body, context, parser);
      if (!answer) {
        const int code = answer.error().type == "ServiceUnavailableException" ? 503 : 400;
        respond(AwsErrorResponse(code, answer.error().type, answer.error().message));
        return;
      }
      respond(AwsOk(std::move(*answer)));
      return;
    }
    case kPutMetricFilter:
    case kDeleteMetricFilter:
      HandleFilterEdit(state, op, body, parser, std::move(respond));
      return;
    case kDescribeMetricFilters: {
      static const std::vector<engine::FilterSpec> kNone;
      const auto filters =
          state->options.metric_filters ? state->options.metric_filters() : nullptr;
      auto answer = RunDescribeMetricFilters(body, filters ? *filters : kNone, parser);
      if (!answer) {
        respond(AwsErrorResponse(400, answer.error().type, answer.error().message));
        return;
      }
      respond(AwsOk(std::move(*answer)));
      return;
    }
    case kPush:
    case kUnknownOp:
    case kOpCount:
      break;
    default: {
      // docs/ingestion.md: the group and stream operations, over the catalog.
      auto answer = RunCatalogOperation(kOpNames[op], body, state->CatalogContext(), parser);
      if (!answer) {
        const int code = answer.error().type == "ServiceUnavailableException" ? 503 : 400;
        respond(AwsErrorResponse(code, answer.error().type, answer.error().message));
        return;
      }
      respond(AwsOk(std::move(*answer)));
      return;
    }
  }
  respond(AwsErrorResponse(500, "InternalFailure", "unhandled operation"));
}

EventCounters ResolveEventCounters(prometheus::Family<prometheus::Counter>& accepted,
                                   prometheus::Family<prometheus::Counter>& rejected,
                                   prometheus::Family<prometheus::Counter>& truncated,
                                   prometheus::Family<prometheus::Counter>& decoded,
                                   prometheus::Family<prometheus::Counter>& event_bytes,
                                   std::string_view endpoint) {
  const std::string name(endpoint);
  EventCounters counters;
  counters.accepted = &accepted.Add({{"endpoint", name}});
  for (int reason = 0; reason < kReasonCount; ++reason) {
    counters.rejected[reason] =
        &rejected.Add({{"endpoint", name}, {"reason", std::string(kReasonNames[reason])}});
  }
  counters.truncated = &truncated.Add({{"endpoint", name}});
  counters.decoded_bytes = &decoded.Add({{"endpoint", name}});
  counters.event_bytes = &event_bytes.Add({{"endpoint", name}});
  return counters;
}

}  // namespace

void RegisterIngestRoutes(http::HttpServer& server, IngestSink& sink, IngestOptions options,
                          exporter::MetricsRegistry& metrics) {
  auto state = std::make_shared<IngestState>();
  state->sink = &sink;
  state->options = std::move(options);
  state->catalog = state->options.catalog;
  if (state->catalog == nullptr) {
    IngestState* raw = state.get();
    state->own_catalog = std::move(*LogsCatalog::Open("", [raw] { return raw->NowMs(); }));
    state->catalog = state->own_catalog.get();
  }

  state->requests_family = metrics.self().push_requests;
  for (int op = 0; op < kOpCount; ++op) {
    for (size_t i = 0; i < kCodes.size(); ++i) {
      state->requests[op][i] = &state->requests_family->Add(
          {{"endpoint", std::string(kOpNames[op])}, {"code", std::to_string(kCodes[i])}});
    }
  }
  auto& accepted = metrics.AddCounterFamily(
      "tailwatch_push_events_accepted_total",
      "Pushed log events run through the filters, by endpoint (/v1/logs or PutLogEvents).");
  auto& rejected = metrics.AddCounterFamily(
      "tailwatch_push_events_rejected_total",
      "Pushed log events not counted, by endpoint and reason (too_old, too_new, "
      "unknown_log_group, overloaded, shutting_down).");
  auto& truncated =
      metrics.AddCounterFamily("tailwatch_push_events_truncated_total",
                               "Pushed log events cut at max_line_bytes, by endpoint.");
  auto& decoded = metrics.AddCounterFamily(
      "tailwatch_push_decoded_bytes_total",
      "Ingestion request bodies after Content-Encoding decoding, by endpoint.");
  auto& event_bytes = metrics.AddCounterFamily(
      "tailwatch_push_event_bytes_total", "Message bytes of accepted pushed events, by endpoint.");
  state->dropped_too_old = &metrics.self().lines_dropped->Add({{"reason", "too_old"}});
  state->dropped_too_new = &metrics.self().lines_dropped->Add({{"reason", "too_new"}});
  state->push_events =
      ResolveEventCounters(accepted, rejected, truncated, decoded, event_bytes, kPushEndpoint);
  state->aws_events =
      ResolveEventCounters(accepted, rejected, truncated, decoded, event_bytes, "PutLogEvents");
  for (int op = 0; op < kOpCount; ++op) {
    state->aws_decoded_bytes[op] = op == kPutLogEvents
                                       ? state->aws_events.decoded_bytes
                                       : &decoded.Add({{"endpoint", std::string(kOpNames[op])}});
  }

  metrics.AddCollectHook([state] {
    using exporter::DynamicFamily;
    using exporter::SeriesType;
    const std::vector<std::string> configured = state->ConfiguredGroups();
    DynamicFamily groups{"tailwatch_log_groups",
                         "Log groups known to the CloudWatch Logs API, by origin (config: the "
                         "configuration, api: CreateLogGroup).",
                         SeriesType::kGauge,
                         {}};
    DynamicFamily streams{"tailwatch_log_streams",
                          "Log streams known to the CloudWatch Logs API, by log group.",
                          SeriesType::kGauge,
                          {}};
    double api = 0;
    for (const LogGroupInfo& group : state->catalog->Groups(configured)) {
      if (group.api_created) ++api;
      streams.series.push_back(
          {{{"log_group", group.name}}, static_cast<double>(group.streams.size())});
    }
    groups.series.push_back({{{"origin", "config"}}, static_cast<double>(configured.size())});
    groups.series.push_back({{{"origin", "api"}}, api});
    return std::vector<DynamicFamily>{std::move(groups), std::move(streams)};
  });

  server.Route("POST", std::string(kPushEndpoint),
               [state](HttpRequest&& request, Responder respond) {
                 HandlePush(state, std::move(request), std::move(respond));
               });
  server.Route("POST", "/", [state](HttpRequest&& request, Responder respond) {
    HandleAws(state, std::move(request), std::move(respond));
  });
}

bool IsAuthorized(const http::HttpRequest& request, std::string_view token) {
  if (token.empty()) return true;
  return TokenMatches(PresentedToken(request.Header("Authorization")), token);
}

}  // namespace tailwatch::daemon
