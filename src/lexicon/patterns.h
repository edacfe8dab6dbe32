// Verb patterns as TABARI, PETRARCH-1 and PETRARCH-2 write them, parsed into Pattern items.
//
//   TABARI / PETRARCH-1:  - SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS  [111]
//   PETRARCH-2:           - * (TO {BANNED PARTIES}) $                                   [1722]
//
// One grammar covers all three: `{ ... | ... }` holds alternatives (TABARI), `{ ... }` without `|`
// a noun phrase whose last word is the head (PETRARCH-2), `( PREP ... )` a prepositional phrase
// (PETRARCH-2). `_` joins an item to the previous one (no words between); a blank allows a gap.
#ifndef ENTENTE_LEXICON_PATTERNS_H_
#define ENTENTE_LEXICON_PATTERNS_H_

#include <string>
#include <string_view>

#include "lexicon/model.h"

namespace entente::lexicon {

enum class PatternWords : uint8_t {
  kTabari,  // a word not followed by `_` is a stem (TABARI §5.2.2); `XXXX~` takes endings
  kWhole,   // PETRARCH and native: whole words; `XXXX~` takes endings
};

// Parses the text between the leading `-` and the code block. `&NAME` references are resolved
// against dict->synsets (the longest defined name wins, so `&TIETYPES_MEMOS` is the synset
// TIETYPES followed by the word MEMOS). Returns false with *why on a malformed pattern.
bool ParsePattern(std::string_view text, PatternWords words, Dictionary* dict, Pattern* out,
                  std::string* why);

// Splits a pattern line "- ITEMS [CODE] rest" into items and code text; false when no `[...]`.
bool SplitPatternLine(std::string_view line, std::string_view* items, std::string_view* code,
                      std::string_view* rest);

// TABARI's ordering key (DOMAIN.md §3.3): alphanumeric characters of the literal words, counting
// the longest alternative of `{a|b}` and the longest member of a synset.
uint32_t PatternLength(const Pattern& pattern, const Dictionary& dict);

// Fills every block's `by_length` (longest first, ties in file order) and pattern lengths.
void OrderPatterns(Dictionary* dict);

}  // namespace entente::lexicon

#endif  // ENTENTE_LEXICON_PATTERNS_H_
