// Time zones from the system's time zone database, for anomaly detectors'
// `metric_timezone`.
//
// A zone is read from its TZif file (RFC 8536) under $TZDIR, else
// /usr/share/zoneinfo: the explicit transitions, then the footer's POSIX TZ
// rule (RFC 8536 §3.3, e.g. `CET-1CEST,M3.5.0,M10.5.0/3`) expanded year by
// year through kLastRuleYear. This is how the C library reads the same
// files. The date library that Debian ships stops at the last explicit
// transition (2037 in Debian's files), so it would put every later summer
// on standard time; the footer is why this is read here.
#ifndef TAILWATCH_CONFIG_TIME_ZONE_H_
#define TAILWATCH_CONFIG_TIME_ZONE_H_

#include <string>
#include <string_view>

#include "engine/anomaly/utc_offsets.h"
#include "engine/common/status.h"

namespace tailwatch::config {

inline constexpr int kLastRuleYear = 2200;

// "UTC" (and an empty name) is UTC without reading anything.
Result<engine::anomaly::UtcOffsets> LoadTimeZone(const std::string& name);

// The parts, for tests.
Result<engine::anomaly::UtcOffsets> ParseTzif(std::string_view bytes);
// Changes of a POSIX TZ rule from `first_year` through kLastRuleYear
// appended to `out`; `*standard` gets the rule's standard offset.
Status ExpandPosixTz(std::string_view tz, int first_year,
                     std::vector<engine::anomaly::UtcOffsets::Change>* out, int32_t* standard);

}  // namespace tailwatch::config

#endif  // TAILWATCH_CONFIG_TIME_ZONE_H_
