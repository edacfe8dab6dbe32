// What the training data says about a word's tags: its ambiguity class (the set of tags it took,
// as one hash), its most frequent tag, and — for frequent words that always took one tag — that
// tag, which the tagger then assigns without scoring (Ratnaparkhi's tag dictionary; the shortcut
// is Honnibal's). The ambiguity classes of the next words stand in for the right-context tags a
// greedy left-to-right tagger cannot see.
#ifndef ENTENTE_SYNTAX_TAG_DICTIONARY_H_
#define ENTENTE_SYNTAX_TAG_DICTIONARY_H_

#include <cstdint>
#include <map>
#include <vector>

#include "entente/status.h"
#include "syntax/model_io.h"

namespace entente::syntax {

class TagDictionary {
 public:
  static constexpr uint16_t kNone = 0xFFFF;
  struct Info {
    uint32_t ambiguity = 0;  // hash of the sorted set of tags seen (each at least 5% of uses)
    uint16_t top = kNone;    // most frequent tag
    uint16_t sure = kNone;   // the tag, when the word is frequent and unambiguous
  };

  // counts[word lower hash][tag] = count. Deterministic.
  static TagDictionary Build(const std::map<uint64_t, std::map<uint16_t, uint32_t>>& counts);

  const Info* Find(uint64_t word) const {
    if (slots_.empty()) return nullptr;
    size_t i = word & mask_;
    for (;;) {
      const uint32_t k = slots_[i];
      if (k == kEmpty) return nullptr;
      if (keys_[k] == word) return &infos_[k];
      i = (i + 1) & mask_;
    }
  }
  size_t size() const { return keys_.size(); }
  // Whether every tag named is below `n` (kNone aside).
  bool TagsBelow(size_t n) const {
    for (const Info& i : infos_) {
      if ((i.top != kNone && i.top >= n) || (i.sure != kNone && i.sure >= n)) return false;
    }
    return true;
  }

  void Write(ModelWriter* w) const;
  static Status Read(ModelReader* r, TagDictionary* out);

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFF;
  void BuildSlots();
  std::vector<uint64_t> keys_;  // sorted
  std::vector<Info> infos_;
  std::vector<uint32_t> slots_;
  uint64_t mask_ = 0;
};

}  // namespace entente::syntax

#endif  // ENTENTE_SYNTAX_TAG_DICTIONARY_H_
