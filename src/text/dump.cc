#include "text/dump.h"

namespace entente::text {

std::string DumpSegments(const TextAnalysis& a) {
  std::string out;
  for (const Sentence& s : a.sentences) {
    out += SegmentKindName(s.kind);
    if (s.capped) out += '*';
    out += '\t';
    for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
      if (i > s.token_begin) out += ' ';
      out += a.Form(a.tokens[i]);
    }
    out += '\n';
  }
  return out;
}

}  // namespace entente::text
