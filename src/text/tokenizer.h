// Tokenisation in the Penn Treebank / Universal Dependencies English convention.
//
// - punctuation is split from words; runs of "!" and "?", of dots ("..."), and of "*", "=" or "~"
//   ("***", "=====", as in the treebanks) stay one token;
// - clitics split: "don't" -> do n't, "can't" -> ca n't, "won't" -> wo n't, "Russia's" -> Russia 's,
//   "they're" "we've" "I'll" "she'd" "I'm"; written-together forms from data/text/contractions.txt
//   ("cannot" -> can not, "gonna" -> gon na); the second part carries Token::kClitic;
// - hyphenated words split ("search-engine" -> search - engine) except after a prefix from
//   data/text/hyphen_prefixes.txt ("co-workers", "e-mail") and in phone-like numbers ("853-3242");
//   "--" (an em dash after folding) is a token of its own;
// - numbers keep their inner "." "," ":" ("3.5", "1,000", "10:30"); "$5" -> $ 5;
// - a word with a final period keeps it when it is an abbreviation (data/text/abbreviations.txt,
//   or by shape: "U.S.", "e.g.", single initials "J."), and carries Token::kAbbreviation;
// - web addresses and e-mail addresses stay whole;
// - slashes split between words ("and/or") but not in dates or short forms ("02/13/2001", "b/c").
#ifndef ENTENTE_TEXT_TOKENIZER_H_
#define ENTENTE_TEXT_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "entente/text.h"
#include "text/offset_map.h"
#include "text/text_resources.h"

namespace entente::text {

class Tokenizer {
 public:
  Tokenizer(const TextResources& resources, const TextOptions& options)
      : resources_(resources), options_(options) {}

  // Appends the tokens of norm[begin, end) to *out (norm spans and flags only; the caller maps
  // spans to the original text). `breaks` holds sorted offsets where a token must end; `map` is
  // the normaliser's offset map, so that a cut of an overlong run does not fall inside one
  // original character that became several ("…" -> "...").
  void Run(std::string_view norm, uint32_t begin, uint32_t end, const std::vector<uint32_t>& breaks,
           const OffsetMap& map, std::vector<Token>* out, TextStats* stats) const;

  // Whether `word` (without its final period) followed by "." is an abbreviation; `next_is_digit`
  // tells whether a number follows (for "No. 5", "p. 45").
  AbbrevClass AbbreviationOf(std::string_view word, bool next_is_digit) const;

 private:
  class Chunk;
  const TextResources& resources_;
  const TextOptions& options_;
};

}  // namespace entente::text

#endif  // ENTENTE_TEXT_TOKENIZER_H_
