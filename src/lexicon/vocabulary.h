// Interned dictionary words: each distinct upper-case word gets a small integer id, so phrases are
// vectors of ids, tries are keyed by ids, and a text token is looked up once per sentence.
#ifndef ENTENTE_LEXICON_VOCABULARY_H_
#define ENTENTE_LEXICON_VOCABULARY_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace entente::lexicon {

using TokenId = uint32_t;
inline constexpr TokenId kNoToken = 0xFFFFFFFFu;

class Vocabulary {
 public:
  Vocabulary() = default;
  // Movable, not copyable (like the dictionary that owns it).
  Vocabulary(const Vocabulary&) = delete;
  Vocabulary& operator=(const Vocabulary&) = delete;
  Vocabulary(Vocabulary&&) = default;
  Vocabulary& operator=(Vocabulary&&) = default;

  // The id of `word` (already upper-case), adding it when new.
  TokenId Intern(std::string_view word);
  // The id of `word`, or kNoToken. Does not allocate.
  TokenId Find(std::string_view word) const { return FindHashed(word, Hash(word)); }
  const std::string& Word(TokenId id) const { return words_[id]; }
  size_t size() const { return words_.size(); }

  // The hash Find uses, in steps, so that a caller can look up every prefix of a token in one
  // pass over its bytes (TokenAnalyzer's stems): Hash(w) == Finish(Step(...Step(kStart, w[0])...)).
  static constexpr uint64_t kStart = 14695981039346656037ull;  // FNV-1a
  static uint64_t Step(uint64_t h, unsigned char c) { return (h ^ c) * 1099511628211ull; }
  static uint64_t Finish(uint64_t h) {  // mixed, so that the low bits index the table well
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    return h;
  }
  static uint64_t Hash(std::string_view word) {
    uint64_t h = kStart;
    for (unsigned char c : word) h = Step(h, c);
    return Finish(h);
  }
  // Find with the word's Hash already computed.
  TokenId FindHashed(std::string_view word, uint64_t hash) const {
    if (slots_.empty()) return kNoToken;
    for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.id == kNoToken) return kNoToken;
      if (s.hash == hash && words_[s.id] == word) return s.id;
    }
  }

 private:
  // Open addressing with linear probing, at most half full: a lookup is one hash over the word,
  // usually one slot and one string compare (the tokenised text is looked up word by word, and
  // every prefix of a token for the stems, so this is on the coder's hot path).
  struct Slot {
    uint64_t hash = 0;
    TokenId id = kNoToken;
  };
  void Place(TokenId id, uint64_t hash);

  std::deque<std::string> words_;  // a deque: Word() references stay valid as words are added
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

// Upper-casing for case-insensitive matching: ASCII letters, and the lower-case letters of the
// UTF-8 Latin-1 Supplement, Latin Extended-A, Greek and Cyrillic blocks ("Pérez" = "PÉREZ",
// "Türk" = "TÜRK", "Лавров" = "ЛАВРОВ"). Turkish dotted and dotless i (İ, ı) become ASCII "I", so
// "Kalın" matches "KALIN". Writes at most in.size() bytes to `out`; returns how many. Other bytes,
// and malformed UTF-8, are copied as they are.
size_t FoldUpper(std::string_view in, char* out);
void AppendUpper(std::string_view in, std::string* out);
std::string ToUpper(std::string_view in);

}  // namespace entente::lexicon

#endif  // ENTENTE_LEXICON_VOCABULARY_H_
