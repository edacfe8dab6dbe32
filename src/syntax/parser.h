// Greedy arc-hybrid dependency parser scored by an averaged perceptron over hashed features of the
// stack, the buffer and the children built so far (the unlabelled templates of Zhang & Nivre 2011:
// words, tags, pairs and triples, distance, valency, leftmost/rightmost children). Relations are
// assigned afterwards by the Labeller, which sees the whole tree.
#ifndef ENTENTE_SYNTAX_PARSER_H_
#define ENTENTE_SYNTAX_PARSER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "entente/status.h"
#include "syntax/arc_hybrid.h"
#include "syntax/model_io.h"
#include "syntax/perceptron.h"
#include "syntax/token_info.h"

namespace entente::syntax {

// The parser's view of a word: its hashes and its tags (ids + 1; 0 = no word).
struct ParserWord {
  const TokenInfo* info;
  uint32_t xpos;
  uint32_t upos;
};

void ParserFeatures(const ParseState& state, std::span<const ParserWord> words,
                    std::vector<uint64_t>* out);

class Parser {
 public:
  explicit Parser(Weights weights) : weights_(std::move(weights)) {}

  // Parses the words; heads[i] = head index or -1 for the root. `joined`, when given, marks
  // words that belong to the same name as the next word (joined[i] != 0, i + 1 < words): each
  // such name is parsed as one subtree (its inner structure is the parser's), so a name the
  // dictionary knows ("French Finance Minister Edouard Balladur") is not split between a
  // subject and an apposition.
  void Parse(std::span<const ParserWord> words, ParseState* state, std::vector<uint64_t>* features,
             int16_t* heads, const uint8_t* joined = nullptr) const;

  const Weights& weights() const { return weights_; }
  void Write(ModelWriter* w) const;
  static StatusOr<std::unique_ptr<Parser>> Read(ModelReader* r);

 private:
  Weights weights_;
};

// The best valid transition by score (ties: shift < left < right).
template <typename Score>
Transition BestValid(const ParseState& state, const Score* scores) {
  Transition best = kTransitions;
  for (int t = 0; t < kTransitions; ++t) {
    if (!state.Can(static_cast<Transition>(t))) continue;
    if (best == kTransitions || scores[t] > scores[best]) best = static_cast<Transition>(t);
  }
  return best;
}

}  // namespace entente::syntax

#endif  // ENTENTE_SYNTAX_PARSER_H_
