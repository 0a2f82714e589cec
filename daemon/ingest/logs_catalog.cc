#include "daemon/ingest/logs_catalog.h"

#include <simdjson.h>

#include <utility>

#include "daemon/common/posix_file.h"
#include "daemon/ingest/aws_logs_api.h"

namespace tailwatch::daemon {
namespace {

void AppendInt(std::string& out, int64_t value) { out += std::to_string(value); }

}  // namespace

void AppendTagsJson(std::string& out, const std::map<std::string, std::string>& tags) {
  out += '{';
  bool first = true;
  for (const auto& [key, value] : tags) {
    if (!first) out += ',';
    first = false;
    AppendJsonText(out, key);
    out += ':';
    AppendJsonText(out, value);
  }
  out += '}';
}

namespace {

std::string Serialize(const std::map<std::string, LogGroupInfo, std::less<>>& groups) {
  std::string out = "{\"version\":1,\"groups\":[";
  bool first_group = true;
  for (const auto& [name, group] : groups) {
    if (!first_group) out += ',';
    first_group = false;
    out += "\n{\"name\":";
    AppendJsonText(out, name);
    out += group.api_created ? ",\"api_created\":true" : ",\"api_created\":false";
    out += ",\"creation_time\":";
    AppendInt(out, group.creation_ms);
    if (group.retention_days) {
      out += ",\"retention_in_days\":";
      AppendInt(out, *group.retention_days);
    }
    out += ",\"tags\":";
    AppendTagsJson(out, group.tags);
    out += ",\"streams\":[";
    bool first = true;
    for (const auto& [stream_name, stream] : group.streams) {
      if (!first) out += ',';
      first = false;
      out += "{\"name\":";
      AppendJsonText(out, stream_name);
      out += ",\"creation_time\":";
      AppendInt(out, stream.creation_ms);
      out += ",\"first_event\":";
      AppendInt(out, stream.first_event_ms);
      out += ",\"last_event\":";
      AppendInt(out, stream.last_event_ms);
      out += ",\"last_ingestion\":";
      AppendInt(out, stream.last_ingestion_ms);
      out += ",\"stored_bytes\":";
      out += std::to_string(stream.stored_bytes);
      out += ",\"upload_sequence_token\":";
      AppendJsonText(out, stream.upload_sequence_token);
      out += '}';
    }
    out += "]}";
  }
  out += "\n]}\n";
  return out;
}

int64_t IntOr(simdjson::dom::object object, std::string_view key, int64_t fallback) {
  int64_t value = 0;
  if (object[key].get(value) != simdjson::SUCCESS) return fallback;
  return value;
}

std::string StringOr(simdjson::dom::object object, std::string_view key) {
  std::string_view value;
  if (object[key].get(value) != simdjson::SUCCESS) return {};
  return std::string(value);
}

}  // namespace

LogsCatalog::LogsCatalog(std::string path, std::function<int64_t()> now_ms)
    : path_(std::move(path)), now_ms_(std::move(now_ms)) {}

Result<std::unique_ptr<LogsCatalog>> LogsCatalog::Open(std::string path,
                                                       std::function<int64_t()> now_ms) {
  std::unique_ptr<LogsCatalog> catalog(new LogsCatalog(std::move(path), std::move(now_ms)));
  if (Status s = catalog->Load(); !s) return tl::unexpected(s.error());
  return catalog;
}

Status LogsCatalog::Load() {
  if (path_.empty()) return OkStatus();
  auto text = ReadFileIfExists(path_);
  if (!text) return tl::unexpected(text.error());
  if (!text->has_value()) return OkStatus();
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  const std::string& body = **text;
  auto bad = [this](const std::string& why) {
    return MakeError(path_ + ": " + why + " (move the file away to start with no API groups)");
  };
  if (auto err = parser.parse(body.data(), body.size(), true).get(root); err) {
    return bad(std::string("not valid JSON: ") + simdjson::error_message(err));
  }
  simdjson::dom::array groups;
  if (root["groups"].get(groups) != simdjson::SUCCESS) return bad("no 'groups' list");
  for (simdjson::dom::element element : groups) {
    simdjson::dom::object object;
    if (element.get(object) != simdjson::SUCCESS) return bad("a group is not an object");
    LogGroupInfo group;
    group.name = StringOr(object, "name");
    if (group.name.empty()) return bad("a group has no name");
    bool api_created = false;
    if (object["api_created"].get(api_created) == simdjson::SUCCESS) {
      group.api_created = api_created;
    }
    group.creation_ms = IntOr(object, "creation_time", 0);
    if (int64_t days = IntOr(object, "retention_in_days", 0); days > 0) {
      group.retention_days = static_cast<int>(days);
    }
    simdjson::dom::object tags;
    if (object["tags"].get(tags) == simdjson::SUCCESS) {
      for (auto field : tags) {
        std::string_view value;
        if (field.value.get(value) == simdjson::SUCCESS) {
          group.tags[std::string(field.key)] = std::string(value);
        }
      }
    }
    simdjson::dom::array streams;
    if (object["streams"].get(streams) == simdjson::SUCCESS) {
      for (simdjson::dom::element stream_element : streams) {
        simdjson::dom::object stream_object;
        if (stream_element.get(stream_object) != simdjson::SUCCESS) continue;
        LogStreamInfo stream;
        stream.name = StringOr(stream_object, "name");
        if (stream.name.empty()) continue;
        stream.creation_ms = IntOr(stream_object, "creation_time", 0);
        stream.first_event_ms = IntOr(stream_object, "first_event", -1);
        stream.last_event_ms = IntOr(stream_object, "last_event", -1);
        stream.last_ingestion_ms = IntOr(stream_object, "last_ingestion", -1);
        stream.stored_bytes = static_cast<uint64_t>(IntOr(stream_object, "stored_bytes", 0));
        stream.upload_sequence_token = StringOr(stream_object, "upload_sequence_token");
        stats_[StatsKey(group.name, stream.name)] =
            StreamStats{stream.first_event_ms, stream.last_event_ms, stream.last_ingestion_ms,
                        stream.stored_bytes, stream.upload_sequence_token};
        std::string key = stream.name;
        group.streams.emplace(std::move(key), std::move(stream));
      }
    }
    std::string key = group.name;
    groups_.emplace(std::move(key), std::move(group));
  }
  return OkStatus();
}

Status LogsCatalog::SaveLocked() const {
  if (path_.empty()) return OkStatus();
  std::map<std::string, LogGroupInfo, std::less<>> groups = groups_;
  for (auto& [name, group] : groups) OverlayStats(group);
  return WriteFileAtomically(path_, Serialize(groups));
}

LogGroupInfo* LogsCatalog::EntryLocked(std::string_view group, bool configured) {
  auto it = groups_.find(group);
  if (it != groups_.end()) {
    if (it->second.api_created || configured) return &it->second;
    return nullptr;  // an entry left from a configured group that is gone
  }
  if (!configured) return nullptr;
  LogGroupInfo info;
  info.name = std::string(group);
  return &groups_.emplace(std::string(group), std::move(info)).first->second;
}

CatalogOutcome LogsCatalog::CreateGroup(std::string_view group, bool configured,
                                        const std::map<std::string, std::string>& tags) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = groups_.find(group);
  if (it != groups_.end() && it->second.api_created) return CatalogOutcome::kAlreadyExists;
  if (configured) {
    // The configuration created it: CreateLogGroup is a no-op that keeps tags.
    if (tags.empty()) return CatalogOutcome::kOk;
    LogGroupInfo* entry = EntryLocked(group, true);
    for (const auto& [key, value] : tags) entry->tags[key] = value;
    return SaveLocked() ? CatalogOutcome::kOk : CatalogOutcome::kWriteFailed;
  }
  if (it != groups_.end()) ForgetGroupStats(it->second);
  LogGroupInfo info;
  info.name = std::string(group);
  info.api_created = true;
  info.creation_ms = Now();
  info.tags = tags;
  groups_[std::string(group)] = std::move(info);
  return SaveLocked() ? CatalogOutcome::kOk : CatalogOutcome::kWriteFailed;
}

CatalogOutcome LogsCatalog::DeleteGroup(std::string_view group, bool configured) {
  std::lock_guard<std::mutex> lock(mu_);
  if (configured) return CatalogOutcome::kConfigured;
  auto it = groups_.find(group);
  if (it == groups_.end() || !it->second.api_created) return CatalogOutcome::kGroupNotFound;
  ForgetGroupStats(it->second);
  groups_.erase(it);
  return SaveLocked() ? CatalogOutcome::kOk : CatalogOutcome::kWriteFailed;
}

CatalogOutcome LogsCatalog::CreateStream(std::string_view group, std::string_view stream,
                                         bool configured) {
  std::lock_guard<std::mutex> lock(mu_);
  LogGroupInfo* entry = EntryLocked(group, configured);
  if (entry == nullptr) return CatalogOutcome::kGroupNotFound;
  if (entry->streams.find(stream) != entry->streams.end()) return CatalogOutcome::kAlreadyExists;
  ForgetStats(group, stream);
  LogStreamInfo info;
  info.name = std::string(stream);
  info.creation_ms = Now();
  entry->streams.emplace(std::string(stream), std::move(info));
  return SaveLocked() ? CatalogOutcome::kOk : CatalogOutcome::kWriteFailed;
}

CatalogOutcome LogsCatalog::DeleteStream(std::string_view group, std::string_view stream,
                                         bool configured) {
  std::lock_guard<std::mutex> lock(mu_);
  LogGroupInfo* entry = EntryLocked(group, configured);
  if (entry == nullptr) return CatalogOutcome::kGroupNotFound;
  auto it = entry->streams.find(stream);
  if (it == entry->streams.end()) return CatalogOutcome::kStreamNotFound;
  ForgetStats(group, stream);
  entry->streams.erase(it);
  return SaveLocked() ? CatalogOutcome::kOk : CatalogOutcome::kWriteFailed;
}

CatalogOutcome LogsCatalog::SetRetention(std::string_view group, bool configured,
                                         std::optional<int> days) {
  std::lock_guard<std::mutex> lock(mu_);
  LogGroupInfo* entry = EntryLocked(group, configured);
  if (entry == nullptr) return CatalogOutcome::kGroupNotFound;
  entry->retention_days = days;
  return SaveLocked() ? CatalogOutcome::kOk : CatalogOutcome::kWriteFailed;
}

CatalogOutcome LogsCatalog::Tag(std::string_view group, bool configured,
                                const std::map<std::string, std::string>& tags) {
  std::lock_guard<std::mutex> lock(mu_);
  LogGroupInfo* entry = EntryLocked(group, configured);
  if (entry == nullptr) return CatalogOutcome::kGroupNotFound;
  for (const auto& [key, value] : tags) entry->tags[key] = value;
  return SaveLocked() ? CatalogOutcome::kOk : CatalogOutcome::kWriteFailed;
}

CatalogOutcome LogsCatalog::Untag(std::string_view group, bool configured,
                                  const std::vector<std::string>& keys) {
  std::lock_guard<std::mutex> lock(mu_);
  LogGroupInfo* entry = EntryLocked(group, configured);
  if (entry == nullptr) return CatalogOutcome::kGroupNotFound;
  for (const std::string& key : keys) entry->tags.erase(key);
  return SaveLocked() ? CatalogOutcome::kOk : CatalogOutcome::kWriteFailed;
}

CatalogOutcome LogsCatalog::RegisterPushStream(std::string_view group, std::string_view stream,
                                               bool configured) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = groups_.find(group);
  if (it != groups_.end() && (it->second.api_created || configured) &&
      it->second.streams.find(stream) != it->second.streams.end()) {
    return CatalogOutcome::kOk;  // the common case: nothing to write
  }
  LogGroupInfo* entry = EntryLocked(group, configured);
  if (entry == nullptr) return CatalogOutcome::kGroupNotFound;
  ForgetStats(group, stream);
  LogStreamInfo info;
  info.name = std::string(stream);
  info.creation_ms = Now();
  entry->streams.emplace(std::string(stream), std::move(info));
  return SaveLocked() ? CatalogOutcome::kOk : CatalogOutcome::kWriteFailed;
}

void LogsCatalog::NotePut(std::string_view group, std::string_view stream, int64_t first_event_ms,
                          int64_t last_event_ms, int64_t ingestion_ms, uint64_t bytes,
                          std::string_view sequence_token) {
  std::lock_guard<std::mutex> lock(stats_mu_);
  StreamStats& stats = stats_[StatsKey(group, stream)];
  if (stats.first_event_ms < 0 || first_event_ms < stats.first_event_ms) {
    stats.first_event_ms = first_event_ms;
  }
  stats.last_event_ms = std::max(stats.last_event_ms, last_event_ms);
  stats.last_ingestion_ms = std::max(stats.last_ingestion_ms, ingestion_ms);
  stats.stored_bytes += bytes;
  if (!sequence_token.empty()) stats.upload_sequence_token = std::string(sequence_token);
}

std::string LogsCatalog::StatsKey(std::string_view group, std::string_view stream) {
  std::string key(group);
  key += '\n';
  key += stream;
  return key;
}

void LogsCatalog::OverlayStats(LogGroupInfo& group) const {
  std::lock_guard<std::mutex> lock(stats_mu_);
  for (auto& [name, stream] : group.streams) {
    auto it = stats_.find(StatsKey(group.name, name));
    const StreamStats stats = it == stats_.end() ? StreamStats{} : it->second;
    stream.first_event_ms = stats.first_event_ms;
    stream.last_event_ms = stats.last_event_ms;
    stream.last_ingestion_ms = stats.last_ingestion_ms;
    stream.stored_bytes = stats.stored_bytes;
    stream.upload_sequence_token = stats.upload_sequence_token;
  }
}

void LogsCatalog::ForgetStats(std::string_view group, std::string_view stream) {
  std::lock_guard<std::mutex> lock(stats_mu_);
  stats_.erase(StatsKey(group, stream));
}

void LogsCatalog::ForgetGroupStats(const LogGroupInfo& group) {
  std::lock_guard<std::mutex> lock(stats_mu_);
  for (const auto& [name, stream] : group.streams) stats_.erase(StatsKey(group.name, name));
}

bool LogsCatalog::GroupExists(std::string_view group, bool configured) const {
  if (configured) return true;
  std::lock_guard<std::mutex> lock(mu_);
  auto it = groups_.find(group);
  return it != groups_.end() && it->second.api_created;
}

std::optional<int> LogsCatalog::RetentionDays(std::string_view group) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = groups_.find(group);
  if (it == groups_.end()) return std::nullopt;
  return it->second.retention_days;
}

std::optional<LogGroupInfo> LogsCatalog::FindGroup(std::string_view group, bool configured) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = groups_.find(group);
  if (it != groups_.end() && (it->second.api_created || configured)) {
    LogGroupInfo copy = it->second;
    OverlayStats(copy);
    return copy;
  }
  if (!configured) return std::nullopt;
  LogGroupInfo info;
  info.name = std::string(group);
  return info;
}

std::vector<LogGroupInfo> LogsCatalog::Groups(const std::vector<std::string>& configured) const {
  std::map<std::string, LogGroupInfo, std::less<>> all;
  {
    std::lock_guard<std::mutex> lock(mu_);
    for (const auto& [name, group] : groups_) {
      if (group.api_created) all.emplace(name, group);
    }
    for (const std::string& name : configured) {
      auto it = groups_.find(name);
      LogGroupInfo info;
      if (it != groups_.end()) info = it->second;
      info.name = name;
      info.api_created = false;
      all[name] = std::move(info);
    }
  }
  std::vector<LogGroupInfo> out;
  out.reserve(all.size());
  for (auto& [name, group] : all) {
    OverlayStats(group);
    out.push_back(std::move(group));
  }
  return out;
}

std::vector<std::string> LogsCatalog::CreatedGroupNames() const {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<std::string> out;
  for (const auto& [name, group] : groups_) {
    if (group.api_created) out.push_back(name);
  }
  return out;
}

}  // namespace tailwatch::daemon
