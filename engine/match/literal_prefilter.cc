#include "engine/match/literal_prefilter.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <unordered_map>

#ifdef TAILWATCH_HAVE_HYPERSCAN
#include <hs/hs.h>
#endif

#include "engine/match/cloudwatch_regex.h"

namespace tailwatch::engine {

struct LiteralPrefilter::SetHolder {
  explicit SetHolder(const re2::RE2::Options& options) : set(options, re2::RE2::UNANCHORED) {}
  re2::RE2::Set set;
};

namespace {

std::atomic<uint64_t> next_generation{1};

// A regex entry whose meaning depends on where the text starts or ends
// cannot be scanned inside a bigger buffer.
bool MayBeAnchored(std::string_view regex) {
  return regex.find_first_of("^$") != std::string_view::npos ||
         regex.find("\\A") != std::string_view::npos ||
         regex.find("\\z") != std::string_view::npos || regex.find("\\Z") != std::string_view::npos;
}

#ifdef TAILWATCH_HAVE_HYPERSCAN
// Every byte as \xHH: the literal needs no knowledge of PCRE metacharacters
// and may hold NULs or Latin-1 bytes.
std::string EscapeForHyperscan(std::string_view literal) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(literal.size() * 4);
  for (const char c : literal) {
    const auto byte = static_cast<unsigned char>(c);
    out += "\\x";
    out += kHex[byte >> 4];
    out += kHex[byte & 15];
  }
  return out;
}

int OnHyperscanMatch(unsigned int id, unsigned long long /*from*/, unsigned long long /*to*/,
                     unsigned int /*flags*/, void* context) {
  auto* bits = static_cast<uint64_t*>(context);
  bits[id >> 6] |= uint64_t{1} << (id & 63);
  return 0;  // keep scanning: every entry's hit is needed
}

int OnBufferMatch(unsigned int id, unsigned long long /*from*/, unsigned long long to,
                  unsigned int /*flags*/, void* context) {
  auto* matches = static_cast<std::vector<LiteralPrefilter::BufferMatch>*>(context);
  matches->push_back({static_cast<uint32_t>(id), static_cast<uint32_t>(to)});
  return 0;
}
#endif

}  // namespace

PrefilterScratch::PrefilterScratch() = default;

PrefilterScratch::~PrefilterScratch() {
#ifdef TAILWATCH_HAVE_HYPERSCAN
  if (hs_scratch_ != nullptr) hs_free_scratch(static_cast<hs_scratch_t*>(hs_scratch_));
#endif
}

LiteralPrefilter::~LiteralPrefilter() {
#ifdef TAILWATCH_HAVE_HYPERSCAN
  if (hs_database_ != nullptr) hs_free_database(static_cast<hs_database_t*>(hs_database_));
#endif
}

namespace {

// The prefilters alive in this process, by what they were built from. A
// reload (or an API change to one log group) compiles every group's filters
// again; groups whose entries did not change get the prefilter already in
// use instead of a second Hyperscan compile. Only weak references: a
// prefilter lives exactly as long as some FilterSet uses it. Built
// prefilters are immutable, so sharing one changes no result.
struct BuiltPrefilters {
  std::mutex mutex;
  std::unordered_map<std::string, std::weak_ptr<const LiteralPrefilter>> by_key;
};

BuiltPrefilters& Built() {
  static auto* built = new BuiltPrefilters();  // never destroyed: no exit-order hazard
  return *built;
}

std::string BuildKey(const std::vector<LiteralPrefilter::Entry>& entries,
                     LiteralPrefilter::Engine engine) {
  std::string key(1, engine == LiteralPrefilter::Engine::kAuto ? 'a' : 's');
  for (const LiteralPrefilter::Entry& entry : entries) {
    key += entry.is_regex ? 'r' : entry.caseless ? 'i' : 'l';
    key += std::to_string(entry.text.size());
    key += ':';
    key += entry.text;
  }
  return key;
}

}  // namespace

std::shared_ptr<const LiteralPrefilter> LiteralPrefilter::Build(std::vector<Entry> entries,
                                                                Engine engine) {
  BuiltPrefilters& built = Built();
  std::string key = BuildKey(entries, engine);
  {
    std::lock_guard lock(built.mutex);
    if (auto it = built.by_key.find(key); it != built.by_key.end()) {
      if (auto alive = it->second.lock()) return alive;
    }
  }
  std::shared_ptr<const LiteralPrefilter> out = BuildNew(std::move(entries), engine);
  std::lock_guard lock(built.mutex);
  std::erase_if(built.by_key, [](const auto& item) { return item.second.expired(); });
  built.by_key[std::move(key)] = out;
  return out;
}

std::shared_ptr<const LiteralPrefilter> LiteralPrefilter::BuildNew(std::vector<Entry> entries,
                                                                   Engine engine) {
  std::shared_ptr<LiteralPrefilter> out(new LiteralPrefilter());
  out->entries_ = std::move(entries);
  out->always_hit_.assign(out->entries_.size(), 0);
  out->literal_length_.assign(out->entries_.size(), 0);
  for (size_t i = 0; i < out->entries_.size(); ++i) {
    const Entry& entry = out->entries_[i];
    if (!entry.is_regex) out->literal_length_[i] = static_cast<uint32_t>(entry.text.size());
  }
  out->generation_ = next_generation.fetch_add(1);
  static_cast<void>(engine);  // unused without Hyperscan
  if (!out->entries_.empty()) {
    bool built = false;
#ifdef TAILWATCH_HAVE_HYPERSCAN
    built = engine == Engine::kAuto && out->BuildHyperscan();
#endif
    if (!built) out->BuildRe2Set();
  }
  out->always_hit_bits_.assign((out->entries_.size() + 63) / 64, 0);
  for (size_t i = 0; i < out->entries_.size(); ++i) {
    if (out->always_hit_[i] != 0) out->always_hit_bits_[i >> 6] |= uint64_t{1} << (i & 63);
  }
  return out;
}

#ifdef TAILWATCH_HAVE_HYPERSCAN
namespace {

// Hyperscan flags for `entry`. With `single_match` each entry reports its
// first match only and regexes may match the empty string.
unsigned int HyperscanFlags(const LiteralPrefilter::Entry& entry, bool single_match) {
  unsigned int flags = single_match ? HS_FLAG_SINGLEMATCH : 0U;
  if (entry.is_regex) {
    // Prefilter mode may over-report but never misses; RE2 confirms.
    flags |= HS_FLAG_DOTALL | HS_FLAG_PREFILTER;
    if (single_match) flags |= HS_FLAG_ALLOWEMPTY;
  } else if (entry.caseless) {
    flags |= HS_FLAG_CASELESS;
  }
  return flags;
}

// Compiles the entries `live` (ids into `entries`, `expressions` their
// Hyperscan text) into one block-mode database. On failure returns null and
// sets `*bad` to the index into `live` of the expression refused, or -1.
hs_database_t* CompileHyperscan(const std::vector<LiteralPrefilter::Entry>& entries,
                                const std::vector<std::string>& expressions,
                                const std::vector<size_t>& live, bool single_match, int* bad) {
  std::vector<const char*> pointers;
  std::vector<unsigned int> flags;
  std::vector<unsigned int> ids;
  for (const size_t id : live) {
    pointers.push_back(expressions[id].c_str());
    flags.push_back(HyperscanFlags(entries[id], single_match));
    ids.push_back(static_cast<unsigned int>(id));
  }
  hs_database_t* database = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_compile_multi(pointers.data(), flags.data(), ids.data(),
                       static_cast<unsigned int>(live.size()), HS_MODE_BLOCK, nullptr, &database,
                       &error) == HS_SUCCESS) {
    return database;
  }
  *bad = error != nullptr ? error->expression : -1;
  if (error != nullptr) hs_free_compile_error(error);
  return nullptr;
}

}  // namespace

bool LiteralPrefilter::BuildHyperscan() {
  std::vector<size_t> live;  // entry ids still in the database
  std::vector<std::string> expressions;
  for (size_t i = 0; i < entries_.size(); ++i) {
    live.push_back(i);
    expressions.push_back(entries_[i].is_regex ? entries_[i].text
                                               : EscapeForHyperscan(entries_[i].text));
  }
  // First choice: one database that reports every match end (no
  // SINGLEMATCH) and no empty matches. It serves per-record scans (a
  // repeated match only sets the same bit again) and whole-buffer scans,
  // where every end offset is needed to place hits in records. Regexes
  // that may be anchored keep it per-record only.
  int bad = -1;
  if (hs_database_t* database =
          CompileHyperscan(entries_, expressions, live, /*single_match=*/false, &bad)) {
    hs_database_ = database;
    block_capable_ = std::none_of(entries_.begin(), entries_.end(), [](const Entry& entry) {
      return entry.is_regex && MayBeAnchored(entry.text);
    });
    return true;
  }
  // Else (an entry Hyperscan refuses, or a regex that can match the empty
  // string): first-match-only flags, per-record scans only. A refused
  // expression is dropped and reported as always hit; then the rest is
  // compiled again.
  while (!live.empty()) {
    bad = -1;
    if (hs_database_t* database =
            CompileHyperscan(entries_, expressions, live, /*single_match=*/true, &bad)) {
      hs_database_ = database;
      return true;
    }
    if (bad < 0 || static_cast<size_t>(bad) >= live.size()) break;  // fall back to RE2::Set
    always_hit_[live[static_cast<size_t>(bad)]] = 1;
    live.erase(live.begin() + bad);
  }
  if (live.empty()) return true;  // every entry always hits
  std::fill(always_hit_.begin(), always_hit_.end(), 0);
  return false;
}
#endif

void LiteralPrefilter::BuildRe2Set() {
  // RE2::Set over escaped literals (and the regexes themselves, which makes
  // their hits exact). Latin-1 so that every byte is one character.
  auto holder = std::make_unique<SetHolder>(CloudWatchRegex::Re2Options());
  for (size_t i = 0; i < entries_.size(); ++i) {
    const Entry& entry = entries_[i];
    const std::string pattern = entry.is_regex   ? entry.text
                                : entry.caseless ? "(?i)" + re2::RE2::QuoteMeta(entry.text)
                                                 : re2::RE2::QuoteMeta(entry.text);
    if (holder->set.Add(pattern, nullptr) < 0) {
      always_hit_[i] = 1;
      continue;
    }
    set_ids_.push_back(i);
  }
  if (set_ids_.empty()) return;
  if (holder->set.Compile()) {
    set_ = std::move(holder);
  } else {
    for (const size_t id : set_ids_) always_hit_[id] = 1;
    set_ids_.clear();
  }
}

void LiteralPrefilter::Scan(std::string_view text, PrefilterScratch* scratch) const {
  const size_t words = (entries_.size() + 63) / 64;
  if (scratch->bits_.size() < words) scratch->bits_.resize(words);
  bool any = false;
  for (size_t w = 0; w < words; ++w) {
    scratch->bits_[w] = always_hit_bits_[w];
    any = any || always_hit_bits_[w] != 0;
  }
  scratch->any_hit_ = any;
#ifdef TAILWATCH_HAVE_HYPERSCAN
  if (hs_database_ != nullptr) {
    auto* database = static_cast<const hs_database_t*>(hs_database_);
    auto* hs_scratch = static_cast<hs_scratch_t*>(HyperscanScratch(scratch));
    if (hs_scratch == nullptr ||
        hs_scan(database, text.data(), static_cast<unsigned int>(text.size()), 0, hs_scratch,
                OnHyperscanMatch, scratch->bits_.data()) != HS_SUCCESS) {
      // Cannot scan: claim every entry so no filter is skipped wrongly.
      // Literals then look present, so the caller must not trust them; this
      // only happens on out-of-memory.
      std::fill(scratch->bits_.begin(), scratch->bits_.begin() + static_cast<ptrdiff_t>(words),
                ~uint64_t{0});
      scratch->scan_failed_ = true;
      scratch->any_hit_ = true;
      return;
    }
    scratch->scan_failed_ = false;
    for (size_t w = 0; w < words; ++w) any = any || scratch->bits_[w] != 0;
    scratch->any_hit_ = any;
    return;
  }
#endif
  scratch->scan_failed_ = false;
  if (set_ != nullptr) {
    scratch->set_matches_.clear();
    set_->set.Match(re2::StringPiece(text.data(), text.size()), &scratch->set_matches_);
    for (const int index : scratch->set_matches_) {
      const size_t id = set_ids_[static_cast<size_t>(index)];
      scratch->bits_[id >> 6] |= uint64_t{1} << (id & 63);
      any = true;
    }
  }
  scratch->any_hit_ = any;
}

void* LiteralPrefilter::HyperscanScratch(PrefilterScratch* scratch) const {
#ifdef TAILWATCH_HAVE_HYPERSCAN
  auto* database = static_cast<const hs_database_t*>(hs_database_);
  auto* hs_scratch = static_cast<hs_scratch_t*>(scratch->hs_scratch_);
  if (hs_scratch == nullptr || scratch->scratch_generation_ != generation_) {
    // Grows the scratch when this database needs more than it has.
    if (hs_alloc_scratch(database, &hs_scratch) != HS_SUCCESS) hs_scratch = nullptr;
    scratch->hs_scratch_ = hs_scratch;
    scratch->scratch_generation_ = hs_scratch != nullptr ? generation_ : 0;
  }
  return hs_scratch;
#else
  static_cast<void>(scratch);
  return nullptr;
#endif
}

bool LiteralPrefilter::ScanBuffer(std::string_view text, PrefilterScratch* scratch,
                                  std::vector<BufferMatch>* matches) const {
#ifdef TAILWATCH_HAVE_HYPERSCAN
  if (!block_capable_ || text.size() > kMaxBufferBytes) return false;
  void* hs_scratch = HyperscanScratch(scratch);
  if (hs_scratch == nullptr) return false;
  return hs_scan(static_cast<const hs_database_t*>(hs_database_), text.data(),
                 static_cast<unsigned int>(text.size()), 0, static_cast<hs_scratch_t*>(hs_scratch),
                 OnBufferMatch, matches) == HS_SUCCESS;
#else
  static_cast<void>(text);
  static_cast<void>(scratch);
  static_cast<void>(matches);
  return false;
#endif
}

}  // namespace tailwatch::engine
