#include "daemon/sink/sink_state.h"

#include <charconv>
#include <cstring>
#include <filesystem>

#include "daemon/common/posix_file.h"
#include "daemon/sink/object_key.h"

namespace tailwatch::sink {
namespace {

constexpr std::string_view kHeader = "tailwatch-sink-state 1";

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= line.size()) {
    const size_t end = std::min(line.find(' ', start), line.size());
    out.push_back(line.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

bool Uint(std::string_view text, uint64_t* out) {
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return !text.empty() && ec == std::errc() && ptr == text.data() + text.size();
}

bool Int(std::string_view text, int64_t* out) {
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return !text.empty() && ec == std::errc() && ptr == text.data() + text.size();
}

bool Text(std::string_view text, std::string* out) {
  auto decoded = UnescapeKeySegment(text);
  if (!decoded) return false;
  *out = std::move(*decoded);
  return true;
}

}  // namespace

std::string EncodeSinkState(const SinkState& state) {
  std::string out(kHeader);
  out += "\njournal_resume " + std::to_string(state.journal_resume);
  out += "\nfiles_seen " + std::string(state.files_seen ? "1" : "0") + "\n";
  for (const FileCursor& f : state.files) {
    out += "file " + EscapeKeySegment(f.log_group) + " " + EscapeKeySegment(f.path) + " " +
           std::to_string(f.dev) + " " + std::to_string(f.inode) + " " +
           std::to_string(f.generation) + " " + std::to_string(f.cut_through) + "\n";
  }
  for (const StreamCursor& s : state.streams) {
    out += "stream " + EscapeKeySegment(s.log_group) + " " + EscapeKeySegment(s.log_stream) + " " +
           std::to_string(s.cut_through) + "\n";
  }
  for (const PendingBatch& p : state.pending) {
    out += std::string("pending ") + (p.kind == SourceKind::kFile ? "file" : "journal") + " " +
           EscapeKeySegment(p.log_group) + " " + EscapeKeySegment(p.log_stream) + " " +
           EscapeKeySegment(p.source_id) + " " + std::to_string(p.first) + " " +
           std::to_string(p.last) + " " + std::to_string(p.hour_ms) + " " + std::to_string(p.dev) +
           " " + std::to_string(p.inode) + "\n";
  }
  out += "end\n";
  return out;
}

Result<SinkState> DecodeSinkState(std::string_view text) {
  SinkState state;
  size_t pos = 0;
  int line_number = 0;
  bool ended = false;
  while (pos < text.size()) {
    const size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) break;
    const std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    auto bad = [&] { return MakeError("sink state: bad line " + std::to_string(line_number)); };
    if (line_number == 1) {
      if (line != kHeader) return MakeError("sink state: not a tailwatch sink state (version?)");
      continue;
    }
    const std::vector<std::string_view> f = Fields(line);
    if (f[0] == "end" && f.size() == 1) {
      ended = true;
      break;
    }
    if (f[0] == "journal_resume" && f.size() == 2) {
      if (!Uint(f[1], &state.journal_resume)) return bad();
    } else if (f[0] == "files_seen" && f.size() == 2) {
      state.files_seen = f[1] == "1";
    } else if (f[0] == "file" && f.size() == 7) {
      FileCursor c;
      if (!Text(f[1], &c.log_group) || !Text(f[2], &c.path) || !Uint(f[3], &c.dev) ||
          !Uint(f[4], &c.inode) || !Uint(f[5], &c.generation) || !Uint(f[6], &c.cut_through)) {
        return bad();
      }
      state.files.push_back(std::move(c));
    } else if (f[0] == "stream" && f.size() == 4) {
      StreamCursor c;
      if (!Text(f[1], &c.log_group) || !Text(f[2], &c.log_stream) || !Uint(f[3], &c.cut_through)) {
        return bad();
      }
      state.streams.push_back(std::move(c));
    } else if (f[0] == "pending" && f.size() == 10) {
      PendingBatch p;
      if (f[1] == "file") {
        p.kind = SourceKind::kFile;
      } else if (f[1] == "journal") {
        p.kind = SourceKind::kJournal;
      } else {
        return bad();
      }
      if (!Text(f[2], &p.log_group) || !Text(f[3], &p.log_stream) || !Text(f[4], &p.source_id) ||
          !Uint(f[5], &p.first) || !Uint(f[6], &p.last) || !Int(f[7], &p.hour_ms) ||
          !Uint(f[8], &p.dev) || !Uint(f[9], &p.inode)) {
        return bad();
      }
      state.pending.push_back(std::move(p));
    } else {
      return bad();
    }
  }
  // The state is replaced by rename, so a file without its last line was
  // not written by this code: refuse it rather than guess.
  if (!ended) return MakeError("sink state: truncated (no 'end' line)");
  return state;
}

Status WriteSinkState(const std::string& path, const SinkState& state) {
  return daemon::WriteFileAtomically(path, EncodeSinkState(state));
}

Result<std::optional<SinkState>> ReadSinkState(const std::string& path) {
  auto text = daemon::ReadFileIfExists(path);
  if (!text) return tl::unexpected(text.error());
  if (!text->has_value()) return std::optional<SinkState>();
  auto state = DecodeSinkState(**text);
  if (!state) return MakeError(path + ": " + state.error().message);
  return std::optional<SinkState>(std::move(*state));
}

}  // namespace tailwatch::sink
