// Numbers as CloudWatch filter patterns and metric values read them.
#ifndef TAILWATCH_ENGINE_MATCH_NUMBER_H_
#define TAILWATCH_ENGINE_MATCH_NUMBER_H_

#include <optional>
#include <string_view>

namespace tailwatch::engine {

// Parses the whole of `text` as a CloudWatch number:
//   [+-] ( digits ["." digits] | "." digits ) [ ("e"|"E") [+-] digits ]
// Returns nullopt unless every character belongs to the number (no spaces,
// no "inf"/"nan", no hex). Never allocates, never throws.
std::optional<double> ParseCloudWatchNumber(std::string_view text);

// True when `text` is a number by the rule above (cheaper than parsing).
bool IsCloudWatchNumber(std::string_view text);

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_MATCH_NUMBER_H_
