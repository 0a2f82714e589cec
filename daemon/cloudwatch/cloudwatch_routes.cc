#include "daemon/cloudwatch/cloudwatch_routes.h"

#include <array>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <utility>

#include "daemon/cloudwatch/alarm_definition_ops.h"
#include "daemon/cloudwatch/cloudwatch_ops.h"
#include "daemon/cloudwatch/wire_codecs.h"
#include "daemon/ingest/gzip_decode.h"
#include "daemon/ingest/ingest_routes.h"

namespace tailwatch::daemon::cloudwatch {

enum class Wire { kQuery, kJson10, kCbor };

class CloudWatchApi {
 public:
  explicit CloudWatchApi(CloudWatchApiOptions options) : options_(std::move(options)) {}
  void Handle(Wire wire, std::string op, http::HttpRequest&& request, http::Responder respond);

 private:
  // Encodes an answer in the request's protocol.
  struct Reply {
    Wire wire;
    std::string op;
    std::string request_id;
    http::Responder respond;
    void operator()(const CwResult<AwsValue>& result) const;
  };
  void Dispatch(const Reply& reply, const AwsValue& params);
  int64_t NowMs() const;
  std::string NextRequestId();

  CloudWatchApiOptions options_;
  std::atomic<uint64_t> requests_{0};
};

namespace {

constexpr std::array<std::string_view, 13> kOperations = {
    "DescribeAlarms", "DescribeAlarmHistory", "ListMetrics",         "GetMetricStatistics",
    "GetMetricData",  "PutMetricData",        "PutMetricAlarm",      "DeleteAlarms",
    "SetAlarmState",  "EnableAlarmActions",   "DisableAlarmActions", "DescribeAlarmsForMetric",
    "TagResource"};

bool IsKnownOperation(std::string_view op) {
  for (std::string_view known : kOperations) {
    if (known == op) return true;
  }
  return false;
}

std::string Lowercase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

CloudWatchError ServiceUnavailable() {
  return CloudWatchError{503, "ServiceUnavailable", "tailwatchd is shutting down; retry later.",
                         false};
}

}  // namespace

void CloudWatchApi::Reply::operator()(const CwResult<AwsValue>& result) const {
  http::HttpResponse response;
  const CloudWatchError* error = result ? nullptr : &result.error();
  if (error != nullptr) response.status = error->status;
  switch (wire) {
    case Wire::kQuery:
      response.content_type = std::string(kQueryContentType);
      response.body = error != nullptr ? QueryErrorXml(*error, request_id)
                                       : QueryResponseXml(op, *result, request_id);
      break;
    case Wire::kJson10:
      response.content_type = std::string(kJson10ContentType);
      response.body = Json10Body(error != nullptr ? ErrorStructure(*error) : *result);
      break;
    case Wire::kCbor:
      response.content_type = std::string(kCborContentType);
      response.headers.emplace_back("smithy-protocol", "rpc-v2-cbor");
      response.body = CborBody(error != nullptr ? ErrorStructure(*error) : *result);
      break;
  }
  response.headers.emplace_back("x-amzn-RequestId", request_id);
  if (error != nullptr && wire != Wire::kQuery) {
    response.headers.emplace_back("x-amzn-query-error", QueryErrorHeader(*error));
  }
  respond(std::move(response));
}

int64_t CloudWatchApi::NowMs() const {
  if (options_.wall_clock_ms) return options_.wall_clock_ms();
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string CloudWatchApi::NextRequestId() {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "7a11a7c4-0000-4000-8000-%012" PRIx64, ++requests_);
  return buffer;
}

void CloudWatchApi::Handle(Wire wire, std::string op, http::HttpRequest&& request,
                           http::Responder respond) {
  Reply reply{wire, op, NextRequestId(), std::move(respond)};
  if (!IsAuthorized(request, options_.auth_token)) {
    reply(tl::unexpected(CloudWatchError{403, "InvalidClientTokenId",
                                         "The security token included in the request is invalid.",
                                         true}));
    return;
  }
  std::string body = std::move(request.body);
  const std::string encoding = Lowercase(request.Header("Content-Encoding"));
  if (encoding == "gzip" || encoding == "x-gzip") {
    std::string decoded;
    const GzipStatus status = GunzipCapped(body, options_.max_decoded_body_bytes, &decoded);
    if (status != GzipStatus::kOk) {
      reply(tl::unexpected(CloudWatchError{
          status == GzipStatus::kTooLarge ? 413 : 400, "InvalidParameterValue",
          status == GzipStatus::kTooLarge ? "The gzip body decodes past the size limit."
                                          : "The body is not valid gzip.",
          true}));
      return;
    }
    body = std::move(decoded);
  } else if (!encoding.empty() && encoding != "identity") {
    reply(tl::unexpected(CloudWatchError{415, "InvalidParameterValue",
                                         "Unsupported Content-Encoding " + encoding + ".", true}));
    return;
  }
  CwResult<AwsValue> params = AwsValue::Map();
  switch (wire) {
    case Wire::kQuery: {
      auto form = ParseQueryForm(body);
      if (!form) {
        params = tl::unexpected(form.error());
        break;
      }
      reply.op = form->action;
      params = std::move(form->params);
      if (reply.op.empty()) {
        params = tl::unexpected(MissingParameter("Action"));
      } else if (!form->version.empty() && form->version != kApiVersion) {
        params = tl::unexpected(CloudWatchError{
            400, "InvalidAction",
            "Version " + form->version + " is not " + std::string(kApiVersion) + ".", true});
      }
      break;
    }
    case Wire::kJson10:
      params = ParseJson10Body(body);
      break;
    case Wire::kCbor:
      params = ParseCborBody(body);
      break;
  }
  if (!params) {
    reply(tl::unexpected(params.error()));
    return;
  }
  if (!IsKnownOperation(reply.op)) {
    reply(tl::unexpected(
        CloudWatchError{400, wire == Wire::kQuery ? "InvalidAction" : "UnknownOperationException",
                        "The action " + reply.op + " is not valid for this web service.", true}));
    return;
  }
  Dispatch(reply, *params);
}

void CloudWatchApi::Dispatch(const Reply& reply, const AwsValue& params) {
  const std::string& op = reply.op;
  const auto snapshot = options_.snapshots ? options_.snapshots->Get() : nullptr;
  if (op == "DescribeAlarms") {
    static const std::vector<AlarmStatusRecord> kNone;
    reply(DescribeAlarms(params,
                         snapshot && snapshot->alarm_records ? *snapshot->alarm_records : kNone,
                         options_.region));
    return;
  }
  if (op == "DescribeAlarmHistory") {
    reply(DescribeAlarmHistory(params, snapshot ? snapshot->alarm_history.get() : nullptr));
    return;
  }
  if (options_.engine == nullptr) {
    reply(tl::unexpected(ServiceUnavailable()));
    return;
  }
  if (op == "ListMetrics") {
    auto query = ParseListMetrics(params);
    if (!query) return reply(tl::unexpected(query.error()));
    options_.engine->WithMetricStore(
        [reply, query = std::move(*query)](engine::MetricStore* store) {
          if (store == nullptr) return reply(tl::unexpected(ServiceUnavailable()));
          reply(RunListMetrics(query, *store));
        },
        false);
    return;
  }
  if (op == "GetMetricStatistics") {
    auto query = ParseGetMetricStatistics(params);
    if (!query) return reply(tl::unexpected(query.error()));
    options_.engine->WithMetricStore(
        [reply, query = std::move(*query)](engine::MetricStore* store) {
          if (store == nullptr) return reply(tl::unexpected(ServiceUnavailable()));
          reply(RunGetMetricStatistics(query, *store));
        },
        false);
    return;
  }
  if (op == "GetMetricData") {
    auto query = ParseGetMetricData(params);
    if (!query) return reply(tl::unexpected(query.error()));
    options_.engine->WithMetricsAndBands(
        [reply, query = std::move(*query)](const engine::MetricStore* store,
                                           const engine::anomaly::BandTracker* bands) {
          if (store == nullptr) return reply(tl::unexpected(ServiceUnavailable()));
          reply(RunGetMetricData(query, *store, bands));
        });
    return;
  }
  if (op == "PutMetricData") {
    auto data = ParsePutMetricData(params, NowMs());
    if (!data) return reply(tl::unexpected(data.error()));
    options_.engine->WithMetricStore(
        [reply, data = std::move(*data)](engine::MetricStore* store) {
          if (store == nullptr) return reply(tl::unexpected(ServiceUnavailable()));
          ApplyPutMetricData(data, *store);
          reply(AwsValue::Map());
        },
        true);
    return;
  }
  if (op == "SetAlarmState") {
    auto set = ParseSetAlarmState(params);
    if (!set) return reply(tl::unexpected(set.error()));
    const std::string name = set->alarm_name;
    options_.engine->SetAlarmState(
        set->alarm_name, set->state, std::move(set->reason), std::move(set->reason_data_json),
        [reply, name](bool found, bool stopping) {
          if (stopping) return reply(tl::unexpected(ServiceUnavailable()));
          if (!found)
            return reply(tl::unexpected(ResourceNotFound("Alarm " + name + " not found")));
          reply(AwsValue::Map());
        });
    return;
  }
  if (options_.definitions == nullptr) {
    reply(tl::unexpected(ServiceUnavailable()));
    return;
  }
  const auto answer = [reply](DefinitionsOutcome outcome) { reply(DefinitionsAnswer(outcome)); };
  if (op == "EnableAlarmActions" || op == "DisableAlarmActions" || op == "DeleteAlarms") {
    auto names = ParseAlarmNames(params);
    if (!names) return reply(tl::unexpected(names.error()));
    DefinitionsEditor::Edit edit;
    if (op == "DeleteAlarms") {
      edit = [names = *names](config::ApiDefinitions& document, const config::Config& running) {
        return DeleteAlarmsEdit(names, document, running);
      };
    } else {
      edit = [names = *names, enabled = op == "EnableAlarmActions"](
                 config::ApiDefinitions& document, const config::Config& running) {
        return SetActionsEnabledEdit(names, enabled, document, running);
      };
    }
    options_.definitions->EditDefinitions(std::move(edit), answer);
    return;
  }
  if (op == "PutMetricAlarm") {
    auto alarm = ParsePutMetricAlarm(params);
    if (!alarm) return reply(tl::unexpected(alarm.error()));
    options_.definitions->EditDefinitions(
        [alarm = std::move(*alarm)](config::ApiDefinitions& document,
                                    const config::Config& running) {
          return PutAlarmEdit(alarm, document, running);
        },
        answer);
    return;
  }
  reply(tl::unexpected(CloudWatchError{
      400, "InvalidAction", "The action " + op + " is not implemented by tailwatch yet.", true}));
}

std::shared_ptr<CloudWatchApi> RegisterCloudWatchRoutes(http::HttpServer& server,
                                                        CloudWatchApiOptions options) {
  auto api = std::make_shared<CloudWatchApi>(std::move(options));
  for (std::string_view op : kOperations) {
    server.Route("POST", std::string(kCborPathPrefix) + std::string(op),
                 [api, op = std::string(op)](http::HttpRequest&& request, http::Responder respond) {
                   api->Handle(Wire::kCbor, op, std::move(request), std::move(respond));
                 });
  }
  return api;
}

bool IsCloudWatchRequest(const http::HttpRequest& request) {
  const std::string target = request.Header("X-Amz-Target");
  if (!target.empty()) return target.compare(0, kJsonTargetPrefix.size(), kJsonTargetPrefix) == 0;
  const std::string type = Lowercase(request.Header("Content-Type"));
  return type.compare(0, 33, "application/x-www-form-urlencoded") == 0;
}

void HandleCloudWatchRequest(const std::shared_ptr<CloudWatchApi>& api, http::HttpRequest&& request,
                             http::Responder respond) {
  const std::string target = request.Header("X-Amz-Target");
  if (!target.empty()) {
    api->Handle(Wire::kJson10, target.substr(kJsonTargetPrefix.size()), std::move(request),
                std::move(respond));
    return;
  }
  api->Handle(Wire::kQuery, "", std::move(request), std::move(respond));
}

}  // namespace tailwatch::daemon::cloudwatch
