#include "tools/export/grafana_dashboard.h"

#include <yaml-cpp/yaml.h>

#include <charconv>

#include "engine/alarm/format.h"
#include "tools/export/prometheus_rules.h"

namespace tailwatch::exporter {
namespace {

std::string Json(std::string_view text) {
  std::string out;
  engine::AppendJsonString(out, text);
  return out;
}

std::string Number(double v) {
  char buffer[64];
  auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
  return std::string(buffer, ptr);
}

constexpr std::string_view kDatasource = R"({"type":"prometheus","uid":"${DS_PROMETHEUS}"})";

struct Target {
  std::string expr;
  std::string legend;
};

class PanelWriter {
 public:
  explicit PanelWriter(GrafanaDashboard& dashboard) : dashboard_(dashboard) {}

  void Row(const std::string& title) {
    Begin("row", title, 24, 1);
    panels_ += R"(,"collapsed":false,"panels":[]})";
    y_ += 1;
    x_ = 0;
  }

  // `extra` holds further members of the panel object, each starting with ','.
  void Panel(std::string_view type, const std::string& title, int width,
             const std::vector<Target>& targets, const std::string& extra,
             const std::string& description = "") {
    if (x_ + width > 24) {
      x_ = 0;
      y_ += kHeight;
    }
    Begin(type, title, width, kHeight);
    panels_ += ",\"datasource\":" + std::string(kDatasource);
    if (!description.empty()) panels_ += ",\"description\":" + Json(description);
    panels_ += ",\"targets\":[";
    char ref = 'A';
    for (size_t i = 0; i < targets.size(); ++i) {
      if (i > 0) panels_ += ',';
      panels_ += "{\"refId\":\"" + std::string(1, ref++) +
                 "\",\"datasource\":" + std::string(kDatasource) +
                 ",\"expr\":" + Json(targets[i].expr) +
                 ",\"legendFormat\":" + Json(targets[i].legend) + "}";
      dashboard_.expressions.push_back(targets[i].expr);
    }
    panels_ += "]" + extra + "}";
    x_ += width;
  }

  void EndRowBlock() {
    if (x_ > 0) {
      x_ = 0;
      y_ += kHeight;
    }
  }

  const std::string& panels() const { return panels_; }

 private:
  static constexpr int kHeight = 8;

  void Begin(std::string_view type, const std::string& title, int width, int height) {
    if (!panels_.empty()) panels_ += ',';
    panels_ += "{\"id\":" + std::to_string(++id_) + ",\"type\":" + Json(type) +
               ",\"title\":" + Json(title) + ",\"gridPos\":{\"h\":" + std::to_string(height) +
               ",\"w\":" + std::to_string(width) + ",\"x\":" + std::to_string(x_) +
               ",\"y\":" + std::to_string(y_) + "}";
  }

  GrafanaDashboard& dashboard_;
  std::string panels_;
  int id_ = 0;
  int x_ = 0;
  int y_ = 0;
};

bool Greater(engine::ComparisonOperator op) {
  return op == engine::ComparisonOperator::kGreaterThanThreshold ||
         op == engine::ComparisonOperator::kGreaterThanOrEqualToThreshold;
}

std::string ThresholdField(const engine::AlarmSpec& spec) {
  // Grafana colours from each step's value upwards: breaching above or below.
  const std::string steps = Greater(spec.comparison_operator)
                                ? R"([{"color":"green","value":null},{"color":"red","value":)" +
                                      Number(spec.threshold) + "}]"
                                : R"([{"color":"red","value":null},{"color":"green","value":)" +
                                      Number(spec.threshold) + "}]";
  return R"(,"fieldConfig":{"defaults":{"custom":{"thresholdsStyle":{"mode":"line+area"}},)"
         R"("thresholds":{"mode":"absolute","steps":)" +
         steps +
         R"(}},"overrides":[]},"options":{"legend":{"displayMode":"list","placement":"bottom"},)"
         R"("tooltip":{"mode":"multi","sort":"none"}})";
}

constexpr std::string_view kStateField =
    R"(,"fieldConfig":{"defaults":{"color":{"mode":"thresholds"},)"
    R"("mappings":[{"type":"value","options":{"0":{"text":"OK","color":"green","index":0},)"
    R"("1":{"text":"INSUFFICIENT_DATA","color":"text","index":1},)"
    R"("2":{"text":"ALARM","color":"red","index":2}}}],)"
    R"("thresholds":{"mode":"absolute","steps":[{"color":"green","value":null}]}},)"
    R"("overrides":[]},"options":{"showValue":"never","mergeValues":true,)"
    R"("legend":{"displayMode":"list","placement":"bottom","showLegend":false}})";

}  // namespace

GrafanaDashboard BuildGrafanaDashboard(const config::Config& config) {
  GrafanaDashboard dashboard;
  PanelWriter writer(dashboard);
  RulesOptions per_node;  // by instance
  for (const engine::AlarmSpec& spec : config.alarms) {
    writer.Row("Alarm " + spec.name);
    const std::string alarm = PromQlString(spec.name);
    const std::string datapoint = DatapointExpression(config, spec, per_node);
    if (datapoint.empty()) {
      dashboard.skipped.push_back("alarm '" + spec.name + "': " + RefusalReason(spec));
    } else {
      writer.Panel("timeseries",
                   spec.name + ": " + std::string(engine::StatisticName(*spec.statistic)) + " of " +
                       spec.metric_namespace + "/" + spec.metric_name + " per " +
                       std::to_string(spec.period_seconds) + " s",
                   16, {{datapoint, "{{instance}}"}}, ThresholdField(spec),
                   "Per node, from tailwatch_metric_value_total and "
                   "tailwatch_metric_samples_total; the line is the alarm's threshold.");
    }
    writer.Panel("state-timeline", spec.name + ": state", datapoint.empty() ? 24 : 8,
                 {{"2 * max by (instance) (tailwatch_alarm_state{alarm=" + alarm +
                       ",state=\"ALARM\"})\n+ max by (instance) (tailwatch_alarm_state{alarm=" +
                       alarm + ",state=\"INSUFFICIENT_DATA\"})",
                   "{{instance}}"}},
                 std::string(kStateField), "Each node's own evaluation (tailwatch_alarm_state).");
    writer.EndRowBlock();
  }
  for (const config::LogGroupConfig& group : config.log_groups) {
    writer.Row("Log group " + group.name);
    const std::string g = PromQlString(group.name);
    writer.Panel("timeseries", group.name + ": read rate", 8,
                 {{"sum by (instance) (rate(tailwatch_read_lines_total{log_group=" + g + "}[5m]))",
                   "{{instance}} lines/s"},
                  {"sum by (instance) (rate(tailwatch_read_bytes_total{log_group=" + g + "}[5m]))",
                   "{{instance}} bytes/s"}},
                 "");
    writer.Panel("timeseries", group.name + ": filter matches", 8,
                 {{"sum by (instance, filter) (rate(tailwatch_filter_matches_total{log_group=" + g +
                       "}[5m]))",
                   "{{instance}} {{filter}}"}},
                 "");
    writer.Panel("timeseries", "processing latency p99 (all log groups)", 8,
                 {{"histogram_quantile(0.99, sum by (instance, le) "
                   "(rate(tailwatch_processing_latency_seconds_bucket[5m])))",
                   "{{instance}}"}},
                 R"(,"fieldConfig":{"defaults":{"unit":"s"},"overrides":[]})",
                 "How long one poll (read + match) takes: how far behind the files the "
                 "counters are. tailwatch measures it per daemon, not per log group.");
    writer.EndRowBlock();
  }

  std::string title = "tailwatch: " + config.source_name;
  dashboard.json =
      std::string(R"({"__inputs":[{"name":"DS_PROMETHEUS","label":"Prometheus",)") +
      R"("description":"","type":"datasource","pluginId":"prometheus","pluginName":"Prometheus"}],)" +
      R"("__requires":[{"type":"grafana","id":"grafana","name":"Grafana","version":"10.0.0"},)" +
      R"({"type":"datasource","id":"prometheus","name":"Prometheus","version":"1.0.0"},)" +
      R"({"type":"panel","id":"timeseries","name":"Time series","version":""},)" +
      R"({"type":"panel","id":"state-timeline","name":"State timeline","version":""}],)" +
      R"("annotations":{"list":[]},"editable":true,"graphTooltip":1,"links":[],)" + "\"panels\":[" +
      writer.panels() + "]," + R"("refresh":"30s","schemaVersion":)" +
      std::to_string(kGrafanaSchemaVersion) +
      R"(,"tags":["tailwatch"],"templating":{"list":[]},"time":{"from":"now-6h","to":"now"},)" +
      R"("timepicker":{},"timezone":"utc","title":)" + Json(title) + R"(,"version":1})" + "\n";
  return dashboard;
}

std::string ExpressionsAsRules(const std::vector<std::string>& expressions) {
  YAML::Emitter out;
  out << YAML::BeginMap << YAML::Key << "groups" << YAML::Value << YAML::BeginSeq;
  out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << "grafana-dashboard-queries";
  out << YAML::Key << "rules" << YAML::Value << YAML::BeginSeq;
  for (size_t i = 0; i < expressions.size(); ++i) {
    out << YAML::BeginMap;
    out << YAML::Key << "record" << YAML::Value << "grafana:query_" + std::to_string(i + 1);
    out << YAML::Key << "expr" << YAML::Value << YAML::Literal << expressions[i];
    out << YAML::EndMap;
  }
  out << YAML::EndSeq << YAML::EndMap << YAML::EndSeq << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

}  // namespace tailwatch::exporter
