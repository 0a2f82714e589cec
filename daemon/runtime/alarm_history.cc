#include "daemon/runtime/alarm_history.h"

#include <fcntl.h>
#include <simdjson.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string_view>
#include <system_error>

#include "daemon/common/posix_file.h"
#include "engine/alarm/alarm_spec.h"
#include "engine/alarm/format.h"

namespace tailwatch::daemon {
namespace {

std::string Hex(std::string_view text) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(text.size() * 2);
  for (const unsigned char c : text) {
    out += kDigits[c >> 4];
    out += kDigits[c & 15];
  }
  return out;
}

Status ErrnoError(const std::string& what) { return MakeError(what + ": " + std::strerror(errno)); }

// Appends `data` to `path`.
Status AppendTo(const std::string& path, std::string_view data) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) return ErrnoError("open " + path);
  Status written = WriteAll(fd, data);
  ::close(fd);
  return written;
}

}  // namespace

std::string AlarmTransitionJson(const engine::AlarmEvent& e) {
  std::string out = "{\"id\":";
  engine::AppendJsonString(out, e.id);
  out += ",\"alarm\":";
  engine::AppendJsonString(out, e.alarm_name);
  out += ",\"from\":\"";
  out += engine::AlarmStateName(e.old_state);
  out += "\",\"to\":\"";
  out += engine::AlarmStateName(e.new_state);
  out += "\",\"time\":";
  engine::AppendJsonString(out, engine::FormatIso8601(e.time_ms));
  out += ",\"reason\":";
  engine::AppendJsonString(out, e.reason);
  out += '}';
  return out;
}

std::string AlarmHistoryJson(const AlarmHistoryView* view, const std::string& alarm) {
  std::string out = "{\"alarm\":";
  engine::AppendJsonString(out, alarm);
  out += ",\"transitions\":[";
  if (view) {
    if (auto it = view->find(alarm); it != view->end() && it->second) {
      const std::vector<std::string>& lines = *it->second;
      for (size_t i = lines.size(); i-- > 0;) {
        out += lines[i];
        if (i) out += ',';
      }
    }
  }
  out += "]}";
  return out;
}

Result<std::unique_ptr<AlarmHistoryStore>> AlarmHistoryStore::Open(const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return MakeError("alarm history " + dir + ": " + ec.message());
  std::unique_ptr<AlarmHistoryStore> store(new AlarmHistoryStore(dir));
  auto view = std::make_shared<AlarmHistoryView>();
  simdjson::dom::parser parser;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string path = entry.path().string();
    if (entry.path().extension() != ".jsonl") continue;
    auto text = ReadFileIfExists(path);
    if (!text) return tl::unexpected(text.error());
    if (!*text) continue;
    std::string_view rest = **text;
    std::vector<std::string> lines;
    std::string alarm;
    bool torn = false;
    size_t in_file = 0;
    while (!rest.empty()) {
      const size_t end = rest.find('\n');
      if (end == std::string_view::npos) {
        torn = true;  // a crash during the last append
        break;
      }
      const std::string_view line = rest.substr(0, end);
      rest.remove_prefix(end + 1);
      ++in_file;
      simdjson::dom::element root;
      std::string_view name;
      if (parser.parse(line.data(), line.size()).get(root) != simdjson::SUCCESS ||
          root["alarm"].get_string().get(name) != simdjson::SUCCESS) {
        torn = true;
        continue;
      }
      alarm = std::string(name);
      lines.emplace_back(line);
      if (lines.size() > kAlarmHistoryLength) lines.erase(lines.begin());
    }
    if (alarm.empty() || store->PathFor(alarm) != path) continue;  // not one of ours
    store->lines_in_file_[alarm] = in_file;
    if (torn) {
      if (Status s = store->Rewrite(alarm, lines); !s) return tl::unexpected(s.error());
    }
    (*view)[alarm] = std::make_shared<const std::vector<std::string>>(std::move(lines));
  }
  if (ec) return MakeError("alarm history " + dir + ": " + ec.message());
  store->view_ = std::move(view);
  return store;
}

std::string AlarmHistoryStore::PathFor(const std::string& alarm) const {
  return dir_ + "/" + Hex(alarm) + ".jsonl";
}

Status AlarmHistoryStore::Rewrite(const std::string& alarm, const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) (text += line) += '\n';
  if (Status s = WriteFileAtomically(PathFor(alarm), text); !s) return s;
  lines_in_file_[alarm] = lines.size();
  return OkStatus();
}

Status AlarmHistoryStore::Append(const engine::AlarmEvent& event) {
  std::string line = AlarmTransitionJson(event);
  auto next_view = std::make_shared<AlarmHistoryView>(*view_);
  std::vector<std::string> lines;
  if (auto it = next_view->find(event.alarm_name); it != next_view->end() && it->second) {
    lines = *it->second;
  }
  lines.push_back(line);
  if (lines.size() > kAlarmHistoryLength) lines.erase(lines.begin());
  size_t& in_file = lines_in_file_[event.alarm_name];
  const bool created = in_file == 0;
  Status status;
  if (in_file + 1 > 2 * kAlarmHistoryLength) {
    status = Rewrite(event.alarm_name, lines);
  } else {
    line += '\n';
    const std::string path = PathFor(event.alarm_name);
    status = AppendTo(path, line);
    if (status) {
      ++in_file;
      std::lock_guard<std::mutex> lock(unsynced_mu_);
      unsynced_files_.insert(path);
      unsynced_dir_ = unsynced_dir_ || created;
    }
  }
  (*next_view)[event.alarm_name] =
      std::make_shared<const std::vector<std::string>>(std::move(lines));
  view_ = std::move(next_view);
  return status;
}

Status AlarmHistoryStore::Sync() {
  std::set<std::string> files;
  bool dir = false;
  {
    std::lock_guard<std::mutex> lock(unsynced_mu_);
    files.swap(unsynced_files_);
    std::swap(dir, unsynced_dir_);
  }
  Status first = OkStatus();
  for (const std::string& path : files) {
    // fdatasync through any descriptor flushes the file's data.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    Status s = fd < 0 ? ErrnoError("open " + path) : OkStatus();
    if (fd >= 0 && ::fdatasync(fd) != 0) s = ErrnoError("fdatasync " + path);
    if (fd >= 0) ::close(fd);
    if (!s && first) first = s;
  }
  if (dir) {
    if (Status s = SyncDirectory(dir_); !s && first) first = s;
  }
  return first;
}

}  // namespace tailwatch::daemon
