// The per-thread buffers behind SyntaxScratch.
#ifndef ENTENTE_SYNTAX_SYNTAX_SCRATCH_H_
#define ENTENTE_SYNTAX_SYNTAX_SCRATCH_H_

#include <cstdint>
#include <vector>

#include "syntax/arc_hybrid.h"
#include "syntax/labeller.h"
#include "syntax/parser.h"
#include "syntax/syntax_model.h"
#include "syntax/token_info.h"

namespace entente::syntax {

struct SyntaxScratch::Impl {
  std::vector<TokenInfo> infos;
  std::vector<uint16_t> classes;
  std::vector<uint16_t> forced;  // classes imposed on words (proper names), kNone elsewhere
  std::vector<uint8_t> joined;   // words joined to the next word of the same name (Parser::Parse)
  std::vector<ParserWord> words;
  std::vector<uint64_t> features;
  std::vector<int32_t> scores;
  std::vector<int16_t> heads;
  std::vector<uint8_t> labels;
  ParseState state;
  TreeIndex tree;
};

}  // namespace entente::syntax

#endif  // ENTENTE_SYNTAX_SYNTAX_SCRATCH_H_
