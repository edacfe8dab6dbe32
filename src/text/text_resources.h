// The word lists the text rules consult, loaded once from data/text/ and read-only afterwards.
#ifndef ENTENTE_TEXT_TEXT_RESOURCES_H_
#define ENTENTE_TEXT_TEXT_RESOURCES_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "entente/status.h"

namespace entente::text {

enum class AbbrevClass : uint8_t { kNone, kTitle, kNumber, kMonth, kInner, kOther, kInitial };

enum class InterfaceWordClass : uint8_t { kNone, kCallToAction, kInterface, kFunction };

class TextResources {
 public:
  // Loads data_dir/text/*.txt. Fails with path:line when a list is missing or malformed.
  static StatusOr<std::unique_ptr<TextResources>> Load(const std::string& data_dir);

  // `word` without its final period, any case ("Mr", "u.s", "JAN").
  AbbrevClass Abbreviation(std::string_view word) const;
  bool IsSentenceOpener(std::string_view word) const;
  bool IsHyphenPrefix(std::string_view word) const;
  InterfaceWordClass InterfaceWord(std::string_view word) const;
  // The split of a contraction written as one word ("cannot" -> 3, "can"+"not"), or 0.
  size_t ContractionSplit(std::string_view word) const;

  // Versions of the loaded lists, for provenance ("abbreviations=1 ...").
  const std::string& versions() const { return versions_; }

 private:
  TextResources() = default;

  // Heterogeneous lookup: string_view keys without building a std::string.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Set = std::unordered_set<std::string, Hash, std::equal_to<>>;
  template <typename V>
  using Map = std::unordered_map<std::string, V, Hash, std::equal_to<>>;

  Map<AbbrevClass> abbreviations_;
  Set openers_;
  Set hyphen_prefixes_;
  Map<InterfaceWordClass> interface_words_;
  Map<size_t> contractions_;
  // Lengths of the shortest and longest contraction: most words skip the hash lookup.
  size_t contraction_min_ = ~size_t{0}, contraction_max_ = 0;
  std::string versions_;
};

// Lower-cases ASCII letters of s into buf (at most buf_size bytes); returns the view, or an empty
// view when s is longer than the buffer (no word list holds such words).
std::string_view AsciiLower(std::string_view s, char* buf, size_t buf_size);

}  // namespace entente::text

#endif  // ENTENTE_TEXT_TEXT_RESOURCES_H_
