// LogsCatalog: what the CloudWatch Logs API knows about log groups and
// streams beyond the configuration: groups created with CreateLogGroup,
// streams (created with CreateLogStream or first seen in a push), retention
// policies and tags. The configuration stays the source of metric filters;
// a group created over the API has none, but takes pushes, and its events
// are kept in the push journal and readable with GetLogEvents /
// FilterLogEvents.
//
// Configured groups always exist: the caller says whether a name is
// configured (from the published snapshot), and the catalog keeps an entry
// for a configured group only when it holds streams, tags or a retention.
//
// Durability: every structural change (group, stream, retention, tag) is
// written to `path` before the call returns: a temporary file, fsync,
// rename, fsync of the directory, so a crash leaves the old or the new
// catalog, never a torn one. Stream statistics (first/last event time,
// stored bytes, the last sequence token) change with every push and are
// kept in memory, written along with the next structural change.
//
// Creation times let a deleted and re-created group or stream start empty:
// readers show only events ingested at or after the creation time.
//
// Thread-safe: structural methods take mu_ and write the file under it
// (structural changes are rare), so call them from HTTP threads, never from
// the engine strand. Stream statistics live under their own stats_mu_, which
// is never held across I/O: NotePut() (called when the engine strand
// acknowledges a push) never waits for a file write. Lock order: mu_, then
// stats_mu_. No callback runs under either.
#ifndef TAILWATCH_DAEMON_INGEST_LOGS_CATALOG_H_
#define TAILWATCH_DAEMON_INGEST_LOGS_CATALOG_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/common/status.h"

namespace tailwatch::daemon {

struct LogStreamInfo {
  std::string name;
  int64_t creation_ms = 0;
  int64_t first_event_ms = -1;  // -1: no event yet
  int64_t last_event_ms = -1;
  int64_t last_ingestion_ms = -1;
  uint64_t stored_bytes = 0;
  std::string upload_sequence_token;  // the last nextSequenceToken handed out
};

struct LogGroupInfo {
  std::string name;
  bool api_created = false;  // false: the configuration defines it
  int64_t creation_ms = 0;
  std::optional<int> retention_days;
  std::map<std::string, std::string> tags;
  std::map<std::string, LogStreamInfo, std::less<>> streams;
};

// Appends `tags` as a JSON object (keys in order), as both the catalog file
// and GET /api/v1/log_groups write them.
void AppendTagsJson(std::string& out, const std::map<std::string, std::string>& tags);

enum class CatalogOutcome {
  kOk,
  kGroupNotFound,
  kStreamNotFound,
  kAlreadyExists,
  kConfigured,  // the configuration owns this group: it cannot be deleted here
  kWriteFailed,
};

class LogsCatalog {
 public:
  // Reads `path` when it exists. Empty path: memory only (tests).
  [[nodiscard]] static Result<std::unique_ptr<LogsCatalog>> Open(std::string path,
                                                                 std::function<int64_t()> now_ms);

  // `configured`: whether the configuration defines the group.
  CatalogOutcome CreateGroup(std::string_view group, bool configured,
                             const std::map<std::string, std::string>& tags);
  CatalogOutcome DeleteGroup(std::string_view group, bool configured);
  CatalogOutcome CreateStream(std::string_view group, std::string_view stream, bool configured);
  CatalogOutcome DeleteStream(std::string_view group, std::string_view stream, bool configured);
  // nullopt: delete the policy.
  CatalogOutcome SetRetention(std::string_view group, bool configured, std::optional<int> days);
  CatalogOutcome Tag(std::string_view group, bool configured,
                     const std::map<std::string, std::string>& tags);
  CatalogOutcome Untag(std::string_view group, bool configured,
                       const std::vector<std::string>& keys);

  // Registers the stream of a push when it is new (written at once), so a
  // shipper that pushes without CreateLogStream finds it in
  // DescribeLogStreams. kGroupNotFound when neither configured nor created.
  CatalogOutcome RegisterPushStream(std::string_view group, std::string_view stream,
                                    bool configured);
  // Statistics of an accepted push (memory only).
  void NotePut(std::string_view group, std::string_view stream, int64_t first_event_ms,
               int64_t last_event_ms, int64_t ingestion_ms, uint64_t bytes,
               std::string_view sequence_token);

  bool GroupExists(std::string_view group, bool configured) const;
  // A copy of the group's entry; a configured group without one gets an
  // empty entry with api_created = false; nullopt when the group does not exist.
  std::optional<LogGroupInfo> FindGroup(std::string_view group, bool configured) const;
  // The group's retention policy in days; nullopt when it has none or there
  // is no such entry. No copy of the entry: the push journal asks per segment.
  std::optional<int> RetentionDays(std::string_view group) const;
  // Every API-created group and every configured group in `configured`, by name.
  std::vector<LogGroupInfo> Groups(const std::vector<std::string>& configured) const;
  // Names of the API-created groups, sorted.
  std::vector<std::string> CreatedGroupNames() const;

 private:
  LogsCatalog(std::string path, std::function<int64_t()> now_ms);
  Status Load();
  Status SaveLocked() const;                                           // needs mu_
  LogGroupInfo* EntryLocked(std::string_view group, bool configured);  // creates for configured
  int64_t Now() const { return now_ms_(); }
  // The key of a stream's statistics ('\n' is in no group name).
  static std::string StatsKey(std::string_view group, std::string_view stream);
  // Copies the statistics into `group`'s streams (takes stats_mu_).
  void OverlayStats(LogGroupInfo& group) const;
  void ForgetStats(std::string_view group, std::string_view stream);  // takes stats_mu_
  void ForgetGroupStats(const LogGroupInfo& group);                   // takes stats_mu_

  struct StreamStats {
    int64_t first_event_ms = -1;
    int64_t last_event_ms = -1;
    int64_t last_ingestion_ms = -1;
    uint64_t stored_bytes = 0;
    std::string upload_sequence_token;
  };

  const std::string path_;
  const std::function<int64_t()> now_ms_;
  mutable std::mutex mu_;
  // Streams' statistics fields here are unused: stats_ holds them.
  std::map<std::string, LogGroupInfo, std::less<>> groups_;  // GUARDED_BY(mu_)
  mutable std::mutex stats_mu_;
  std::map<std::string, StreamStats, std::less<>> stats_;  // GUARDED_BY(stats_mu_)
};

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_INGEST_LOGS_CATALOG_H_
