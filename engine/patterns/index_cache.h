// A bounded map from a nonzero 64-bit key to a pattern index, for the
// miner's fast paths: open addressing with linear probing, key 0 marks an
// empty slot. It grows by doubling up to twice its entry limit in slots;
// an insert into a full table empties it first.
//
// Pure; allocates only when it grows.
#ifndef TAILWATCH_ENGINE_PATTERNS_INDEX_CACHE_H_
#define TAILWATCH_ENGINE_PATTERNS_INDEX_CACHE_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace tailwatch::engine::patterns {

class IndexCache {
 public:
  explicit IndexCache(size_t max_entries) : max_entries_(max_entries) {}

  // The index stored under `key`, or nullptr.
  const uint32_t* Find(uint64_t key) const {
    if (slots_.empty()) return nullptr;
    const size_t mask = slots_.size() - 1;
    for (size_t slot = key & mask;; slot = (slot + 1) & mask) {
      if (slots_[slot].key == key) return &slots_[slot].index;
      if (slots_[slot].key == 0) return nullptr;
    }
  }

  // Stores `index` under `key` (nonzero). Returns false when the table was
  // full and was emptied to make room.
  bool Insert(uint64_t key, uint32_t index) {
    bool kept = true;
    if (2 * (used_ + 1) > slots_.size()) {
      if (slots_.size() >= 2 * max_entries_) {
        Clear();
        kept = false;
      } else {
        // Double the table and re-insert what it holds.
        std::vector<Slot> old(std::max<size_t>(1024, 2 * slots_.size()));
        old.swap(slots_);
        used_ = 0;
        for (const Slot& slot : old) {
          if (slot.key != 0) Insert(slot.key, slot.index);
        }
      }
    }
    const size_t mask = slots_.size() - 1;
    size_t slot = key & mask;
    while (slots_[slot].key != 0 && slots_[slot].key != key) slot = (slot + 1) & mask;
    if (slots_[slot].key == 0) ++used_;
    slots_[slot] = {key, index};
    return kept;
  }

  // Empties the table, keeping its slots.
  void Clear() {
    slots_.assign(slots_.size(), Slot{});
    used_ = 0;
  }

  // Empties the table down to no slots; the next insert sizes it anew.
  void Drop() {
    slots_.clear();
    used_ = 0;
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t index = 0;
  };
  size_t max_entries_;
  std::vector<Slot> slots_;
  size_t used_ = 0;
};

}  // namespace tailwatch::engine::patterns

#endif  // TAILWATCH_ENGINE_PATTERNS_INDEX_CACHE_H_
