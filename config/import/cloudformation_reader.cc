// CloudFormation and SAM templates, JSON or YAML: AWS::Logs::LogGroup,
// AWS::Logs::MetricFilter and AWS::CloudWatch::Alarm resources, with the
// intrinsic functions resolved between the template's own resources where
// the value is known before deployment.
#include <map>

#include "config/import/import_context.h"

namespace tailwatch::config::import {
namespace {

constexpr int kMaxDepth = 32;  // Ref chains; also stops cycles

std::string FunctionName(const Node& node, Node* args) {
  const std::string tag = node.Tag();
  if (!tag.empty() && tag.front() == '!') {
    *args = node;
    const std::string name = tag.substr(1);
    return name == "Ref" || name == "Condition" ? name : "Fn::" + name;
  }
  if (node.IsMap()) {
    const auto entries = node.Entries();
    if (entries.size() == 1 &&
        (entries[0].first == "Ref" || entries[0].first.starts_with("Fn::"))) {
      *args = entries[0].second;
      return entries[0].first;
    }
  }
  return "";
}

class TemplateResolver : public Resolver {
 public:
  TemplateResolver(const Node& root, const ImportSink& sink)
      : resources_(root.Get("Resources")), parameters_(root.Get("Parameters")), sink_(sink) {}

  std::optional<std::string> Text(const Node& node, std::string* why) const override {
    if (++depth_ > kMaxDepth) {
      --depth_;
      *why = "references nest too deep (a cycle?)";
      return std::nullopt;
    }
    std::optional<std::string> out = Evaluate(node, why);
    --depth_;
    return out;
  }

  // The value Ref gives for `name` (a parameter, pseudo parameter or resource).
  std::optional<std::string> Ref(const std::string& name, std::string* why) const {
    if (name == "AWS::Region") return sink_.region();
    if (name == "AWS::AccountId") return sink_.account();
    if (name == "AWS::Partition") return std::string("aws");
    if (name == "AWS::URLSuffix") return std::string("amazonaws.com");
    if (name.starts_with("AWS::")) {
      *why = "Ref " + name + " is only known once the stack is deployed";
      return std::nullopt;
    }
    const Node parameter = parameters_.Get(name);
    if (parameter.Present()) {
      const Node fallback = parameter.Get("Default");
      if (!fallback.Present()) {
        *why = "parameter " + name + " has no Default";
        return std::nullopt;
      }
      return Text(fallback, why);
    }
    const Node resource = resources_.Get(name);
    if (!resource.Present()) {
      *why = "Ref " + name + ": no such parameter or resource";
      return std::nullopt;
    }
    const std::string type = resource.Get("Type").Scalar();
    const Node props = resource.Get("Properties");
    if (type == "AWS::Logs::LogGroup") return NamedBy(props, "LogGroupName", name, why);
    if (type == "AWS::Logs::MetricFilter") return NamedBy(props, "FilterName", name, why);
    if (type == "AWS::CloudWatch::Alarm") return NamedBy(props, "AlarmName", name, why);
    if (type == "AWS::Lambda::Function" || type == "AWS::Serverless::Function") {
      return NamedBy(props, "FunctionName", name, why);
    }
    if (type == "AWS::SNS::Topic") {
      const std::optional<std::string> topic = NamedBy(props, "TopicName", name, why);
      if (!topic) return std::nullopt;
      return "arn:aws:sns:" + sink_.region() + ":" + sink_.account() + ":" + *topic;
    }
    *why = "Ref " + name + " (" + type + ") is only known once the stack is deployed";
    return std::nullopt;
  }

 private:
  std::optional<std::string> Evaluate(const Node& node, std::string* why) const {
    Node args = node;
    const std::string function = FunctionName(node, &args);
    if (function.empty()) return Resolver::Text(node, why);
    if (function == "Ref") {
      if (!args.IsScalar()) return Fail("Ref takes a name", why);
      return Ref(args.Scalar(), why);
    }
    if (function == "Fn::GetAtt") {
      std::string resource;
      std::string attribute;
      if (args.IsScalar()) {
        const std::string text = args.Scalar();
        const size_t dot = text.find('.');
        if (dot == std::string::npos) return Fail("Fn::GetAtt takes RESOURCE.ATTRIBUTE", why);
        resource = text.substr(0, dot);
        attribute = text.substr(dot + 1);
      } else if (args.Items().size() == 2) {
        resource = args.Items()[0].Scalar();
        std::optional<std::string> a = Text(args.Items()[1], why);
        if (!a) return std::nullopt;
        attribute = *a;
      } else {
        return Fail("Fn::GetAtt takes [RESOURCE, ATTRIBUTE]", why);
      }
      return GetAtt(resource, attribute, why);
    }
    if (function == "Fn::Sub") return Sub(args, why);
    if (function == "Fn::Join") {
      const std::vector<Node> parts = args.Items();
      if (parts.size() != 2 || !parts[1].IsList()) {
        return Fail("Fn::Join takes [DELIMITER, [VALUES]]", why);
      }
      std::string out;
      bool first = true;
      for (const Node& part : parts[1].Items()) {
        std::optional<std::string> text = Text(part, why);
        if (!text) return std::nullopt;
        out += (first ? "" : parts[0].Scalar()) + *text;
        first = false;
      }
      return out;
    }
    if (function == "Fn::Select") {
      const std::vector<Node> parts = args.Items();
      if (parts.size() != 2) return Fail("Fn::Select takes [INDEX, [VALUES]]", why);
      std::optional<std::string> index = Text(parts[0], why);
      if (!index) return std::nullopt;
      const std::vector<Node> values = parts[1].Items();
      const size_t i = std::strtoul(index->c_str(), nullptr, 10);
      if (i >= values.size()) return Fail("Fn::Select: index out of range", why);
      return Text(values[i], why);
    }
    return Fail(function + " is only known once the stack is deployed", why);
  }

  static std::optional<std::string> Fail(std::string message, std::string* why) {
    *why = std::move(message);
    return std::nullopt;
  }

  // A resource's name property, or its logical ID when the template leaves
  // the name to CloudFormation.
  std::optional<std::string> NamedBy(const Node& props, const char* key, const std::string& id,
                                     std::string* why) const {
    const Node name = props.Get(key);
    if (!name.Present()) return id;
    return Text(name, why);
  }

  std::optional<std::string> GetAtt(const std::string& resource, const std::string& attribute,
                                    std::string* why) const {
    const std::string type = resources_.Get(resource).Get("Type").Scalar();
    const std::string arn_head = ":" + sink_.region() + ":" + sink_.account() + ":";
    if (type == "AWS::SNS::Topic" && attribute == "TopicArn") return Ref(resource, why);
    if (type == "AWS::SNS::Topic" && attribute == "TopicName") {
      return NamedBy(resources_.Get(resource).Get("Properties"), "TopicName", resource, why);
    }
    if (type == "AWS::Logs::LogGroup" && attribute == "Arn") {
      std::optional<std::string> name = Ref(resource, why);
      if (!name) return std::nullopt;
      return "arn:aws:logs" + arn_head + "log-group:" + *name + ":*";
    }
    if (type == "AWS::CloudWatch::Alarm" && attribute == "Arn") {
      std::optional<std::string> name = Ref(resource, why);
      if (!name) return std::nullopt;
      return "arn:aws:cloudwatch" + arn_head + "alarm:" + *name;
    }
    if ((type == "AWS::Lambda::Function" || type == "AWS::Serverless::Function") &&
        attribute == "Arn") {
      std::optional<std::string> name = Ref(resource, why);
      if (!name) return std::nullopt;
      return "arn:aws:lambda" + arn_head + "function:" + *name;
    }
    return Fail(
        "Fn::GetAtt " + resource + "." + attribute + " is only known once the stack is deployed",
        why);
  }

  std::optional<std::string> Sub(const Node& args, std::string* why) const {
    std::string text;
    Node variables = args.Get("");  // none
    if (args.IsScalar()) {
      text = args.Scalar();
    } else if (args.Items().size() == 2 && args.Items()[0].IsScalar()) {
      text = args.Items()[0].Scalar();
      variables = args.Items()[1];
    } else {
      return Fail("Fn::Sub takes a string or [STRING, {VARIABLES}]", why);
    }
    std::string out;
    size_t at = 0;
    while (true) {
      const size_t open = text.find("${", at);
      if (open == std::string::npos) break;
      const size_t close = text.find('}', open);
      if (close == std::string::npos) break;
      out += text.substr(at, open - at);
      const std::string name = text.substr(open + 2, close - open - 2);
      at = close + 1;
      if (!name.empty() && name.front() == '!') {  // ${!Literal} is written as ${Literal}
        out += "${" + name.substr(1) + "}";
        continue;
      }
      std::optional<std::string> value;
      const Node variable = variables.Get(name);
      if (variable.Present()) {
        value = Text(variable, why);
      } else if (const size_t dot = name.find('.'); dot != std::string::npos) {
        value = GetAtt(name.substr(0, dot), name.substr(dot + 1), why);
      } else {
        value = Ref(name, why);
      }
      if (!value) return std::nullopt;
      out += *value;
    }
    return out + text.substr(at);
  }

  Node resources_;
  Node parameters_;
  const ImportSink& sink_;
  mutable int depth_ = 0;
};

void ReadLogGroup(const std::string& id, Fields& fields, const TemplateResolver& resolver,
                  ImportSink& sink) {
  const Node name = fields.Take("LogGroupName");
  std::optional<std::string> text = name.Present() ? ReadText(name, resolver, sink, fields.what())
                                                   : std::optional<std::string>(id);
  fields.Finish(sink);
  if (text) sink.AddLogGroup(*text, fields.map());
}

void ReadMetricFilter(const std::string& id, Fields& fields, const TemplateResolver& resolver,
                      ImportSink& sink) {
  engine::FilterSpec f;
  const Node name = fields.Take("FilterName");
  f.name = name.Present() ? ReadText(name, resolver, sink, fields.what()).value_or(id) : id;
  const std::string what = "metric filter '" + f.name + "'";
  const auto pattern = ReadText(fields.Take("FilterPattern"), resolver, sink, what);
  const auto group = ReadText(fields.Take("LogGroupName"), resolver, sink, what + ": LogGroupName");
  const std::vector<Node> items = fields.Take("MetricTransformations").Items();
  bool complete = pattern && group && !items.empty();
  if (complete) {
    f.pattern = *pattern;
    f.log_group = *group;
    for (size_t i = 1; i < items.size(); ++i) {
      sink.NotCarried(items[i], what +
                                    ": a second metric transformation; tailwatch filters, "
                                    "like CloudWatch's, emit one");
    }
    Fields t(items[0], what + ": metric transformation");
    engine::MetricTransformationSpec& mt = f.transformation;
    const auto metric = ReadText(t.Take("MetricName"), resolver, sink, what);
    const auto space = ReadText(t.Take("MetricNamespace"), resolver, sink, what);
    const auto value = ReadText(t.Take("MetricValue"), resolver, sink, what);
    complete = metric && space && value;
    mt.metric_name = metric.value_or("");
    mt.metric_namespace = space.value_or("");
    mt.metric_value = value.value_or("");
    mt.default_value = ReadNumber(t.Take("DefaultValue"), resolver, sink, what + ": DefaultValue");
    for (const Node& d : t.Take("Dimensions").Items()) {
      const auto key = ReadText(d.Get("Key"), resolver, sink, what + ": dimension Key");
      const auto ref = ReadText(d.Get("Value"), resolver, sink, what + ": dimension Value");
      if (key && ref) mt.dimensions.emplace_back(*key, *ref);
    }
    if (auto unit = ReadText(t.Take("Unit"), resolver, sink, what + ": Unit")) mt.unit = *unit;
    t.Finish(sink);
  }
  fields.Finish(sink);
  if (complete) {
    sink.AddFilter(std::move(f), fields.map());
  } else {
    sink.NotCarried(fields.map(), what +
                                      ": needs FilterPattern, LogGroupName and a metric "
                                      "transformation with MetricName, MetricNamespace and "
                                      "MetricValue");
  }
}

}  // namespace

void ReadCloudFormation(const Node& root, ImportSink& sink) {
  const TemplateResolver resolver(root, sink);
  for (const auto& [id, resource] : root.Get("Resources").Entries()) {
    const std::string type = resource.Get("Type").Scalar();
    if (const Node condition = resource.Get("Condition"); condition.Present()) {
      sink.Warn(condition, "resource '" + id + "' exists only when condition " +
                               condition.Scalar() + " holds; imported as if it does");
    }
    const Node props = resource.Get("Properties");
    if (type == "AWS::Logs::LogGroup") {
      Fields fields(props, "log group '" + id + "'");
      ReadLogGroup(id, fields, resolver, sink);
    } else if (type == "AWS::Logs::MetricFilter") {
      Fields fields(props, "metric filter '" + id + "'");
      ReadMetricFilter(id, fields, resolver, sink);
    } else if (type == "AWS::CloudWatch::Alarm") {
      Fields fields(props, "alarm '" + id + "'");
      ReadPascalAlarm(fields, resolver, sink, id);
    } else {
      sink.NotCarried(resource, "resource '" + id + "' (" + type +
                                    ") is not a log group, metric filter or alarm");
    }
  }
}

}  // namespace tailwatch::config::import
