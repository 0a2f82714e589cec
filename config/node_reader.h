// Reading YAML nodes into config values, with every problem reported as a
// positioned Diagnostic (never thrown, never stopping at the first one).
//
// Internal to config/: the loader (config.cc) and the section decoders
// (sections.cc) share it. yaml-cpp positions are 0-based; Diagnostics holds
// them 1-based as they are printed.
#ifndef TAILWATCH_CONFIG_NODE_READER_H_
#define TAILWATCH_CONFIG_NODE_READER_H_

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"

namespace tailwatch::config {

// One YAML file being loaded. Nodes keep referring to `root`'s memory, so a
// SourceFile outlives every node taken from it (the loader keeps them all in a
// std::deque for the whole load).
struct SourceFile {
  std::string name;       // as diagnostics print it
  std::string text;       // the raw YAML, to place errors inside scalars
  std::string base_dir;   // folder of relative includes ("" = working directory)
  bool embedded = false;  // an embedded file: relative includes are embedded too
  YAML::Node root;
};

struct Position {
  int line = 0;    // 1-based
  int column = 0;  // 1-based
};

// Where `node` starts (its key for a mapping entry, its first character for a
// scalar, including an opening quote).
Position PositionOf(const YAML::Node& node);

// Where character `column` (1-based) of a scalar's value is in the file: exact
// for a plain or quoted scalar written on one line without escapes, else the
// scalar's start (block scalars, folded lines, escapes change the offsets).
Position ScalarTextPosition(const SourceFile& file, const YAML::Node& node, int column);

class Diagnostics {
 public:
  void Error(const SourceFile& file, Position pos, std::string message);
  void Error(const SourceFile& file, const YAML::Node& node, std::string message) {
    Error(file, PositionOf(node), std::move(message));
  }
  void FileError(std::string file, std::string message);  // no position
  void Warning(const SourceFile& file, const YAML::Node& node, std::string message);

  size_t error_count() const { return errors_.size(); }
  std::vector<Diagnostic>& errors() { return errors_; }
  std::vector<Diagnostic>& warnings() { return warnings_; }

 private:
  std::vector<Diagnostic> errors_;
  std::vector<Diagnostic> warnings_;
};

// "a mapping", "a list", "nothing", or the quoted scalar (shortened).
std::string Describe(const YAML::Node& node);

// The scalar as a string, or empty. Only for nodes known to be scalars.
std::string ScalarOr(const YAML::Node& node, std::string fallback = "");

// Reads one YAML mapping whose keys are a fixed set. The constructor reports a
// node that is not a mapping (as "<what>: expected a mapping"), every key not
// in `known_keys` ("unknown key 'x'; did you mean 'y'?") and repeated keys.
// Getters report a missing required key at the mapping and a wrong type at the
// value; on any error they leave `*out` as it was and return false.
class MapReader {
 public:
  // With `check_keys` false, unknown and repeated keys are skipped silently
  // (the caller reports them itself).
  MapReader(Diagnostics& diags, const SourceFile& file, const YAML::Node& node,
            std::span<const std::string_view> known_keys, std::string_view what,
            bool check_keys = true);

  bool is_map() const { return is_map_; }
  const YAML::Node& node() const { return node_; }
  const SourceFile& file() const { return file_; }
  Diagnostics& diags() const { return diags_; }

  bool Has(std::string_view key) const;
  // The value / key node of `key` (first occurrence), or an invalid node.
  YAML::Node Value(std::string_view key) const;
  YAML::Node KeyNode(std::string_view key) const;
  // Where an error about `key` goes: its value when present, else the mapping.
  Position PositionFor(std::string_view key) const;

  // Whether an error was reported about `key` (through Require, ErrorAt or a
  // getter), so later checks can skip what is already known to be wrong.
  bool Failed(std::string_view key) const;
  const std::vector<std::string>& failed_keys() const { return failed_keys_; }

  // Reports "missing required key 'k'" at the mapping when absent.
  bool Require(std::string_view key);
  void ErrorAt(std::string_view key, std::string message);

  bool String(std::string_view key, std::string* out, bool required = false);
  // One of `values` (case-sensitive), with a "did you mean".
  bool Enum(std::string_view key, std::span<const std::string_view> values, std::string* out,
            bool required = false);
  bool Int(std::string_view key, int* out, long long min, long long max, bool required = false);
  bool Size(std::string_view key, size_t* out, long long min, long long max, bool required = false);
  bool Double(std::string_view key, double* out, bool required = false);
  bool Bool(std::string_view key, bool* out, bool required = false);
  bool StringList(std::string_view key, std::vector<std::string>* out, bool required = false);
  // A mapping of string -> string, in file order, keys unique.
  bool StringMap(std::string_view key, std::vector<std::pair<std::string, std::string>>* out,
                 bool required = false);

 private:
  // The value of `key` when it is present and a scalar; reports otherwise.
  bool ScalarValue(std::string_view key, bool required, std::string_view expected,
                   YAML::Node* value);

  Diagnostics& diags_;
  const SourceFile& file_;
  YAML::Node node_;
  bool is_map_ = false;
  std::vector<std::pair<YAML::Node, YAML::Node>> entries_;  // known keys, first occurrence
  std::vector<std::string> failed_keys_;
};

// Checks a scalar as an integer / number without a mapping around it.
bool ParseInteger(std::string_view text, long long* out);

}  // namespace tailwatch::config

#endif  // TAILWATCH_CONFIG_NODE_READER_H_
