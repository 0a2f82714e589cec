// Text formats CloudWatch uses in alarm reasons and notifications.
// Pure functions; no locale, no clock.
#ifndef TAILWATCH_ENGINE_ALARM_FORMAT_H_
#define TAILWATCH_ENGINE_ALARM_FORMAT_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace tailwatch::engine {

// Java's Double.toString: shortest round-trip digits with at least one
// decimal ("21.5", "2.0", "0.002"), E-notation for |x| >= 1e7 or < 1e-3
// ("1.0E7", "1.5E-4"), "NaN", "Infinity", "-0.0".
std::string JavaDouble(double value);

// "26/10/23 16:42:00" (dd/MM/yy HH:mm:ss, UTC): datapoint times in reasons.
std::string FormatReasonTime(int64_t time_ms);

// "2022-09-25T18:50:37.811+0000": StateChangeTime and reason-data dates.
std::string FormatCloudWatchTime(int64_t time_ms);

// "2022-09-25T18:50:37.811Z" (ISO 8601 UTC with milliseconds).
std::string FormatIso8601(int64_t time_ms);

// Appends `text` as a JSON string literal (quotes included) to `out`.
void AppendJsonString(std::string& out, std::string_view text);

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_ALARM_FORMAT_H_
