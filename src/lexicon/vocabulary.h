// Interned dictionary words: each distinct upper-case word gets a small integer id, so phrases are
// vectors of ids, tries are keyed by ids, and a text token is looked up once per sentence.
#ifndef ENTENTE_LEXICON_VOCABULARY_H_
#define ENTENTE_LEXICON_VOCABULARY_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace entente::lexicon {

using TokenId = uint32_t;
inline constexpr TokenId kNoToken = 0xFFFFFFFFu;

class Vocabulary {
 public:
  Vocabulary() = default;
  // Movable, not copyable: the map's keys view strings owned by `words_`, which a move keeps in
  // place and a copy would not.
  Vocabulary(const Vocabulary&) = delete;
  Vocabulary& operator=(const Vocabulary&) = delete;
  Vocabulary(Vocabulary&&) = default;
  Vocabulary& operator=(Vocabulary&&) = default;

  // The id of `word` (already upper-case), adding it when new.
  TokenId Intern(std::string_view word);
  // The id of `word`, or kNoToken. Does not allocate (heterogeneous lookup).
  TokenId Find(std::string_view word) const;
  const std::string& Word(TokenId id) const { return *words_[id]; }
  size_t size() const { return words_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept {
      return std::hash<std::string_view>()(s);
    }
  };
  // Strings live in individually allocated nodes so that the string_view keys stay valid while
  // the vector grows.
  std::vector<std::unique_ptr<std::string>> words_;
  std::unordered_map<std::string_view, TokenId, Hash, std::equal_to<>> ids_;
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
