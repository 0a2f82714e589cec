// GetLogEvents and FilterLogEvents over the pushed events tailwatch holds:
// the push journal's records (PushJournal::Read), as far back as the
// journal's retention keeps them, narrowed by the group's retention policy
// (events older than retentionInDays are not shown) and by creation times
// (a deleted and re-created group or stream starts empty).
//
// GetLogEvents (one stream, in the order the events were ingested):
//   tokens "f/<sequence>/<index>" and "b/<sequence>/<index>" name a position
//   in the journal; a forward read returns events at or after it, a backward
//   read events before it. Without a token: the newest `limit` events, or
//   the oldest with startFromHead. At the end of the stream the
//   nextForwardToken is the token that was passed in (AWS's documented end of
//   pagination), and likewise the nextBackwardToken at the beginning.
//   startTime inclusive, endTime exclusive; limit 1-10,000 (default 10,000)
//   and at most 1 MB of messages per answer.
// FilterLogEvents (a group, optionally some streams or a stream prefix):
//   the same filter engine as metric filters runs filterPattern; events are
//   interleaved by timestamp (ties in ingestion order); `nextToken`
//   "t/<timestamp>/<sequence>/<index>" is the last event returned and is
//   absent on the last page; startTime and endTime inclusive; limit 1-10,000
//   (default 10,000) and at most 1 MB of messages per answer.
//
// Every call reads the journal from its start: cost grows with the journal
// (bounded by ingest.journal.max_bytes), not with the answer.
//
// Thread-safe: PushJournal::Read and the catalog lock for themselves.
#ifndef TAILWATCH_DAEMON_INGEST_AWS_LOGS_READ_OPS_H_
#define TAILWATCH_DAEMON_INGEST_AWS_LOGS_READ_OPS_H_

#include <simdjson.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "daemon/ingest/aws_logs_api.h"
#include "daemon/ingest/aws_logs_catalog_ops.h"
#include "daemon/ingest/push_journal.h"

namespace tailwatch::daemon {

// Walks every journal record in order until `fn` returns false.
using JournalReader = std::function<Status(const std::function<bool(const JournalRecord&)>& fn)>;

struct ReadOpContext {
  CatalogOpContext catalog;
  JournalReader read_journal;  // null: nothing pushed is readable
  int64_t now_ms = 0;          // for retention
};

AwsResult<std::string> RunGetLogEvents(std::string_view body, const ReadOpContext& context,
                                       simdjson::dom::parser& parser);
AwsResult<std::string> RunFilterLogEvents(std::string_view body, const ReadOpContext& context,
                                          simdjson::dom::parser& parser);

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_INGEST_AWS_LOGS_READ_OPS_H_
