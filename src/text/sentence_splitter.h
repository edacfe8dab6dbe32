// Sentence boundaries within a block of tokens (block ends are boundaries already).
//
// A sentence ends after ".", "!", "?" (runs such as "?!" too) or "...", together with the closing
// quotes and brackets attached to it, when the next token can open a sentence: a capital, a
// digit, an opening quote or bracket, or a letter of a script without case. Informal text also
// opens sentences in lower case: a lower-case word directly after "?" or "!", or after a "." that
// follows a word ending in two lower-case letters, opens one ("it was huge. nobody came"), but not
// after a closing quote ("Why?" he asked). A separator ("***", "=====") set apart by white
// space is a segment of its own. An abbreviation that
// keeps its period ends a sentence only when it may (by its class in data/text/abbreviations.txt)
// and a common sentence opener follows: "in the U.S. The ..." splits, "the U.S. Congress" and
// "Gen. Petraeus" do not. A hard break (a glued page join) always ends a sentence. Sentences over
// TextOptions::max_sentence_tokens are cut as documented there.
#ifndef ENTENTE_TEXT_SENTENCE_SPLITTER_H_
#define ENTENTE_TEXT_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "entente/text.h"
#include "text/tokenizer.h"

namespace entente::text {

struct SentenceRange {
  uint32_t first;  // token indices [first, last)
  uint32_t last;
  bool capped;
  bool after_break;   // begins at a hard break
  bool before_break;  // ends at a hard break
};

class SentenceSplitter {
 public:
  SentenceSplitter(const TextResources& resources, const Tokenizer& tokenizer,
                   const TextOptions& options)
      : resources_(resources), tokenizer_(tokenizer), options_(options) {}

  // Appends the sentences of tokens [first, last) to *out.
  void Run(std::string_view norm, const std::vector<Token>& tokens, uint32_t first, uint32_t last,
           const std::vector<uint32_t>& breaks, std::vector<SentenceRange>* out,
           TextStats* stats) const;

 private:
  bool CanOpen(std::string_view norm, const Token& t) const;
  bool AbbreviationEnds(std::string_view norm, const Token& abbrev, const Token& next) const;
  void Cap(std::string_view norm, const std::vector<Token>& tokens, SentenceRange range,
           std::vector<SentenceRange>* out, TextStats* stats) const;

  const TextResources& resources_;
  const Tokenizer& tokenizer_;
  const TextOptions& options_;
};

}  // namespace entente::text

#endif  // ENTENTE_TEXT_SENTENCE_SPLITTER_H_
