// Averaged perceptron weights (Collins 2002; Freund & Schapire 1999), sparse by feature.
//
// Training keeps, for every feature, only the classes it was ever updated for, with the lazy
// averaging trick (a weight's running total is brought up to date only when the weight changes).
// Freeze() turns the averaged weights into the compact inference table: an open-addressing hash
// from feature key to a run of (class, weight) pairs, weights quantised to 16 bits with one scale
// per table. A feature costs one probe and a run of a few 4-byte entries: small enough that the
// hot part of a model stays in cache. Features absent from the table score nothing.
#ifndef ENTENTE_SYNTAX_PERCEPTRON_H_
#define ENTENTE_SYNTAX_PERCEPTRON_H_

#include <algorithm>
#include <cstdint>
#include <memory>
#include <span>
#include <unordered_map>
#include <vector>

#include "entente/status.h"
#include "syntax/model_io.h"

namespace entente::syntax {

class Weights {
 public:
  Weights() = default;
  uint32_t classes() const { return classes_; }
  size_t features() const { return keys_.size(); }
  size_t entries() const { return entries_.size(); }

  // scores[c] += sum of the weights of `features` for class c (in units of scale()).
  //
  // Memory latency, not arithmetic, bounds this loop: a model's tables are tens of megabytes and
  // most lookups miss the cache. So the lookups are done in batches: first every slot is
  // prefetched, then the slots are probed (and their entries prefetched), then the weights are
  // added — the misses of a batch overlap instead of queueing one after another.
  void Score(std::span<const uint64_t> features, int32_t* scores) const {
    constexpr size_t kBatch = 32;
    const Slot* slots = slots_.data();
    for (size_t start = 0; start < features.size(); start += kBatch) {
      const size_t n = std::min(kBatch, features.size() - start);
      const uint64_t* f = features.data() + start;
      for (size_t k = 0; k < n; ++k) __builtin_prefetch(slots + (f[k] & mask_));
      const Slot* found[kBatch];
      size_t m = 0;
      for (size_t k = 0; k < n; ++k) {
        const uint16_t tag = TagOf(f[k]);
        size_t i = f[k] & mask_;
        for (;;) {
          const Slot& s = slots[i];
          if (s.tag == tag) {
            found[m++] = &s;
            if (!inline_) __builtin_prefetch(entries_.data() + s.begin());
            break;
          }
          if (s.tag == 0) break;
          i = (i + 1) & mask_;
        }
      }
      for (size_t k = 0; k < m; ++k) {
        const Slot& s = *found[k];
        if (inline_) {
          for (uint32_t c = 0; c < classes_; ++c) scores[c] += s.v[c];
        } else {
          const Entry* e = entries_.data() + s.begin();
          const uint32_t count = static_cast<uint16_t>(s.v[0]);
          for (uint32_t j = 0; j < count; ++j) scores[e[j].cls] += e[j].w;
        }
      }
    }
  }
  float scale() const { return scale_; }

  void Write(ModelWriter* w) const;
  static Status Read(ModelReader* r, Weights* out);

 private:
  friend class TrainingWeights;
  struct Entry {
    int16_t w;
    uint16_t cls;
  };
  // A slot is 8 bytes, so that more of a table stays in cache. It keeps 16 bits of its feature's
  // key (the slot's position gives the low bits): two features collide only if they share the
  // home slot and those 16 bits, rare enough to be noise next to the hashing of the features
  // themselves. A table with at most kInlineClasses classes (the parser's transitions) keeps its
  // weights in the slot itself, one cache access per feature instead of two; the others keep
  // the run length in v[0] and the run's start in v[1] (low) and v[2] (high).
  static constexpr uint32_t kInlineClasses = 3;
  struct Slot {
    uint16_t tag;  // 0: empty
    int16_t v[kInlineClasses];
    uint32_t begin() const {
      return static_cast<uint32_t>(static_cast<uint16_t>(v[1])) |
             static_cast<uint32_t>(static_cast<uint16_t>(v[2])) << 16;
    }
  };
  static_assert(sizeof(Slot) == 8);
  static uint16_t TagOf(uint64_t key) {
    const uint16_t t = static_cast<uint16_t>(key >> 48);
    return t == 0 ? 1 : t;
  }
  void BuildSlots();

  uint32_t classes_ = 0;
  float scale_ = 1.0f;
  std::vector<uint64_t> keys_;     // sorted
  std::vector<uint32_t> begins_;   // keys_[i]'s entries are [begins_[i], begins_[i+1])
  std::vector<Entry> entries_;
  std::vector<Slot> slots_;        // built at load
  uint64_t mask_ = 0;
  bool inline_ = false;
};

class TrainingWeights {
 public:
  explicit TrainingWeights(uint32_t classes) : classes_(classes) {}
  uint32_t classes() const { return classes_; }

  // scores[c] += current (not averaged) weights.
  void Score(std::span<const uint64_t> features, float* scores) const;
  // The perceptron step: +1 for `truth`, -1 for `guess` on every feature.
  void Update(std::span<const uint64_t> features, uint32_t truth, uint32_t guess);
  // Advances the clock by one training instance (for averaging).
  void Tick() { ++now_; }

  // The averaged weights, quantised; entries whose averaged weight rounds to 0 are dropped.
  Weights Freeze() const;
  size_t features() const { return rows_.size(); }

 private:
  struct Entry {
    uint32_t cls;
    float w;
    double total;
    uint64_t stamp;
  };
  uint32_t classes_;
  uint64_t now_ = 1;
  std::unordered_map<uint64_t, std::vector<Entry>> rows_;
};

}  // namespace entente::syntax

#endif  // ENTENTE_SYNTAX_PERCEPTRON_H_
