#include "engine/match/literal_prefilter.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <atomic>

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

std::shared_ptr<const LiteralPrefilter> LiteralPrefilter::Build(std::vector<Entry> entries,
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
  // Sets always_hit_bits_ from always_hit_ on every way out of Build.
  struct FinishBits {
    LiteralPrefilter* p;
    ~FinishBits() {
      p->always_hit_bits_.assign((p->entries_.size() + 63) / 64, 0);
      for (size_t i = 0; i < p->entries_.size(); ++i) {
        if (p->always_hit_[i] != 0) p->always_hit_bits_[i >> 6] |= uint64_t{1} << (i & 63);
      }
    }
  } finish_bits{out.get()};
  static_cast<void>(engine);  // unused without Hyperscan
  if (out->entries_.empty()) return out;

#ifdef TAILWATCH_HAVE_HYPERSCAN
  if (engine == Engine::kAuto) {
    std::vector<size_t> live;  // entry ids still in the database
    for (size_t i = 0; i < out->entries_.size(); ++i) live.push_back(i);
    std::vector<std::string> expressions;
    for (const Entry& entry : out->entries_) {
      expressions.push_back(entry.is_regex ? entry.text : EscapeForHyperscan(entry.text));
    }
    // First choice: one database that reports every match end (no
    // SINGLEMATCH) and no empty matches. It serves per-record scans (a
    // repeated match only sets the same bit again) and whole-buffer scans,
    // where every end offset is needed to place hits in records. Regexes
    // that may be anchored keep it per-record only.
    {
      std::vector<const char*> pointers;
      std::vector<unsigned int> flags;
      std::vector<unsigned int> ids;
      bool block_capable = true;
      for (const size_t id : live) {
        const Entry& entry = out->entries_[id];
        pointers.push_back(expressions[id].c_str());
        flags.push_back(entry.is_regex   ? HS_FLAG_DOTALL | HS_FLAG_PREFILTER
                        : entry.caseless ? HS_FLAG_CASELESS
                                         : 0U);
        ids.push_back(static_cast<unsigned int>(id));
        if (entry.is_regex && MayBeAnchored(entry.text)) block_capable = false;
      }
      hs_database_t* database = nullptr;
      hs_compile_error_t* error = nullptr;
      if (hs_compile_multi(pointers.data(), flags.data(), ids.data(),
                           static_cast<unsigned int>(live.size()), HS_MODE_BLOCK, nullptr,
                           &database, &error) == HS_SUCCESS) {
        out->hs_database_ = database;
        out->block_capable_ = block_capable;
        return out;
      }
      if (error != nullptr) hs_free_compile_error(error);
    }
    // Else (an entry Hyperscan refuses, or a regex that can match the empty
    // string): first-match-only flags, per-record scans only. A refused
    // expression is dropped and reported as always hit; then the rest is
    // compiled again.
    while (!live.empty()) {
      std::vector<const char*> pointers;
      std::vector<unsigned int> flags;
      std::vector<unsigned int> ids;
      for (const size_t id : live) {
        pointers.push_back(expressions[id].c_str());
        unsigned int f = HS_FLAG_SINGLEMATCH;
        if (out->entries_[id].is_regex) {
          // Prefilter mode may over-report but never misses; RE2 confirms.
          f |= HS_FLAG_DOTALL | HS_FLAG_PREFILTER | HS_FLAG_ALLOWEMPTY;
        } else if (out->entries_[id].caseless) {
          f |= HS_FLAG_CASELESS;
        }
        flags.push_back(f);
        ids.push_back(static_cast<unsigned int>(id));
      }
      hs_database_t* database = nullptr;
      hs_compile_error_t* error = nullptr;
      const hs_error_t rc = hs_compile_multi(pointers.data(), flags.data(), ids.data(),
                                             static_cast<unsigned int>(live.size()), HS_MODE_BLOCK,
                                             nullptr, &database, &error);
      if (rc == HS_SUCCESS) {
        out->hs_database_ = database;
        break;
      }
      const int bad = error != nullptr ? error->expression : -1;
      if (error != nullptr) hs_free_compile_error(error);
      if (bad < 0 || static_cast<size_t>(bad) >= live.size()) break;  // fall back to RE2::Set
      out->always_hit_[live[static_cast<size_t>(bad)]] = 1;
      live.erase(live.begin() + bad);
    }
    if (out->hs_database_ != nullptr || live.empty()) return out;
    std::fill(out->always_hit_.begin(), out->always_hit_.end(), 0);
  }
#endif

  // RE2::Set over escaped literals (and the regexes themselves, which makes
  // their hits exact). Latin-1 so that every byte is one character.
  auto holder = std::make_unique<SetHolder>(CloudWatchRegex::Re2Options());
  for (size_t i = 0; i < out->entries_.size(); ++i) {
    const Entry& entry = out->entries_[i];
    const std::string pattern = entry.is_regex   ? entry.text
                                : entry.caseless ? "(?i)" + re2::RE2::QuoteMeta(entry.text)
                                                 : re2::RE2::QuoteMeta(entry.text);
    if (holder->set.Add(pattern, nullptr) < 0) {
      out->always_hit_[i] = 1;
      continue;
    }
    out->set_ids_.push_back(i);
  }
  if (!out->set_ids_.empty()) {
    if (holder->set.Compile()) {
      out->set_ = std::move(holder);
    } else {
      for (const size_t id : out->set_ids_) out->always_hit_[id] = 1;
      out->set_ids_.clear();
    }
  }
  return out;
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
