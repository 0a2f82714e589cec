#include "daemon/notify/outbox.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "daemon/common/posix_file.h"
#include "engine/common/byte_codec.h"
#include "engine/common/fnv1a.h"

namespace tailwatch::notify {
namespace {

constexpr std::string_view kMagic = "TWOUTBOX1";

std::string ErrnoText(const std::string& what) { return what + ": " + std::strerror(errno); }

}  // namespace

std::string EncodeOutboxRecord(const OutboxRecord& r) {
  engine::ByteWriter w;
  w.PutString(kMagic);
  w.Put<uint64_t>(r.seq);
  w.PutString(r.destination);
  w.PutString(r.event_id);
  w.PutString(r.alarm_name);
  w.Put<uint64_t>(static_cast<uint64_t>(r.new_state));
  w.Put<uint64_t>(static_cast<uint64_t>(r.created_ms));
  w.PutString(r.body);
  w.PutString(r.subject);
  w.PutString(r.topic_arn);
  return w.Take();
}

Result<OutboxRecord> DecodeOutboxRecord(std::string_view bytes) {
  engine::ByteReader r(bytes);
  OutboxRecord out;
  if (r.GetString() != kMagic || !r.ok()) return MakeError("not an outbox record");
  out.seq = r.Get<uint64_t>();
  out.destination = r.GetString();
  out.event_id = r.GetString();
  out.alarm_name = r.GetString();
  const auto state = r.Get<uint64_t>();
  const auto created = r.Get<uint64_t>();
  out.body = r.GetString();
  out.subject = r.GetString();
  out.topic_arn = r.GetString();
  if (!r.ok()) return MakeError("truncated outbox record");
  if (state > static_cast<uint64_t>(engine::AlarmState::kInsufficientData)) {
    return MakeError("bad state in outbox record");
  }
  out.new_state = static_cast<engine::AlarmState>(state);
  out.created_ms = static_cast<int64_t>(created);
  return out;
}

std::string OutboxDirName(std::string_view destination) {
  std::string out;
  for (unsigned char c : destination) {
    out += (std::isalnum(c) || c == '-' || c == '_' || c == '.') ? static_cast<char>(c) : '_';
    if (out.size() >= 64) break;
  }
  const uint64_t h = Fnv1a(destination);
  char hex[20];
  std::snprintf(hex, sizeof hex, "-%08llx", static_cast<unsigned long long>(h & 0xffffffffULL));
  return out + hex;
}

Result<std::unique_ptr<Outbox>> Outbox::Open(std::string dir, size_t max_events) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return MakeError("outbox " + dir + ": " + ec.message());
  std::unique_ptr<Outbox> box(new Outbox(std::move(dir), max_events == 0 ? 1 : max_events));
  std::vector<std::pair<uint64_t, fs::path>> files;
  for (fs::directory_iterator it(box->dir_, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path& p = it->path();
    const std::string name = p.filename().string();
    if (p.extension() == ".tmp") {
      fs::remove(p, ec);  // an Append that never completed: it was not acknowledged
      ec.clear();
      continue;
    }
    if (p.extension() != ".ev") continue;
    char* end_ptr = nullptr;
    const unsigned long long seq = std::strtoull(name.c_str(), &end_ptr, 10);
    if (end_ptr == name.c_str()) continue;
    files.emplace_back(seq, p);
  }
  if (ec) return MakeError("outbox " + box->dir_ + ": " + ec.message());
  std::sort(files.begin(), files.end());
  for (const auto& [seq, path] : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    auto record = DecodeOutboxRecord(bytes.str());
    if (!in || !record || record->seq != seq) {
      ++box->corrupt_files_;
      fs::rename(path, fs::path(path).concat(".corrupt"), ec);
      continue;
    }
    box->records_.push_back(std::move(*record));
    box->next_seq_ = std::max<uint64_t>(box->next_seq_, seq + 1);
  }
  return box;
}

std::string Outbox::PathFor(uint64_t seq) const {
  char name[32];
  std::snprintf(name, sizeof name, "/%020llu.ev", static_cast<unsigned long long>(seq));
  return dir_ + name;
}

Status Outbox::Append(OutboxRecord record, std::vector<OutboxRecord>* dropped) {
  record.seq = next_seq_;
  if (Status s = WriteRecord(record); !s) return s;
  ++next_seq_;
  records_.push_back(std::move(record));
  DropForRoom(dropped);
  return OkStatus();
}

void Outbox::Stage(OutboxRecord record, std::vector<OutboxRecord>* dropped) {
  record.seq = next_seq_++;
  staged_.insert(record.seq);
  records_.push_back(std::move(record));
  DropForRoom(dropped);
}

std::vector<OutboxRecord> Outbox::Staged() const {
  std::vector<OutboxRecord> out;
  for (const OutboxRecord& r : records_) {
    if (staged_.contains(r.seq)) out.push_back(r);
  }
  return out;
}

Status Outbox::WriteRecord(const OutboxRecord& record) const {
  return daemon::WriteFileAtomically(PathFor(record.seq), EncodeOutboxRecord(record));
}

void Outbox::MarkDurable(uint64_t seq) {
  if (staged_.erase(seq) == 0) ::unlink(PathFor(seq).c_str());  // delivered or dropped meanwhile
}

void Outbox::DropForRoom(std::vector<OutboxRecord>* dropped) {
  while (records_.size() > max_events_) {
    // Never the record just appended: it is the newest.
    auto victim = std::find_if(records_.begin(), records_.end() - 1, [](const OutboxRecord& r) {
      return r.new_state != engine::AlarmState::kAlarm;
    });
    if (victim == records_.end() - 1) victim = records_.begin();
    if (staged_.erase(victim->seq) == 0) ::unlink(PathFor(victim->seq).c_str());
    if (dropped != nullptr) dropped->push_back(std::move(*victim));
    records_.erase(victim);
  }
}

Status Outbox::Remove(uint64_t seq) {
  auto it = std::find_if(records_.begin(), records_.end(),
                         [seq](const OutboxRecord& r) { return r.seq == seq; });
  if (it == records_.end()) return OkStatus();  // already dropped to make room
  records_.erase(it);
  if (staged_.erase(seq) > 0) return OkStatus();  // never written
  if (::unlink(PathFor(seq).c_str()) != 0 && errno != ENOENT) {
    return MakeError(ErrnoText("unlink " + PathFor(seq)));
  }
  return OkStatus();
}

int64_t Outbox::OldestCreatedMs() const {
  return records_.empty() ? 0 : records_.front().created_ms;
}

}  // namespace tailwatch::notify
