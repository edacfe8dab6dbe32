// What the tagger and parser know about a word before looking at weights: hashes of its form,
// lower-cased form, affixes and shape, computed once per token (no allocation).
#ifndef ENTENTE_SYNTAX_TOKEN_INFO_H_
#define ENTENTE_SYNTAX_TOKEN_INFO_H_

#include <cstdint>
#include <string_view>

namespace entente::syntax {

struct TokenInfo {
  uint64_t form = 0;       // the form as written
  uint64_t lower = 0;      // lower-cased (ASCII letters), digits kept: the word feature
  uint64_t suffix[4] = {};  // last 1..4 bytes of the lower-cased form
  uint64_t prefix[3] = {};  // first 1..3 bytes
  uint64_t shape = 0;      // "Xx", "dd.dd", "X.X." ... (runs of a class collapsed to two)
  uint32_t flags = 0;      // kCapitalised | kAllCaps | kHasDigit | kHasHyphen | kPunctuation
  uint16_t coarse = 0;     // word clusters (syntax/word_clusters.h); 0 = unknown word
  uint16_t fine = 0;
  enum : uint32_t { kCapitalised = 1, kAllCaps = 2, kHasDigit = 4, kHasHyphen = 8, kPunctuation = 16 };
};

void ComputeTokenInfo(std::string_view form, TokenInfo* out);

// Stand-ins for positions before the first and after the last word.
const TokenInfo& SentenceStartToken();
const TokenInfo& SentenceEndToken();

}  // namespace entente::syntax

#endif  // ENTENTE_SYNTAX_TOKEN_INFO_H_
