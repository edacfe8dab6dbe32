// A deterministic, readable dump of a text analysis: one line per segment,
//   <kind>[*]<TAB><tokens separated by single spaces>
// where kind is sentence, interface or dateline, "*" marks a sentence cut by the length cap, and
// tokens are their normalised forms. Golden .case files under tests/cases/text/ use it.
#ifndef ENTENTE_TEXT_DUMP_H_
#define ENTENTE_TEXT_DUMP_H_

#include <string>

#include "entente/text.h"

namespace entente::text {

std::string DumpSegments(const TextAnalysis& analysis);

}  // namespace entente::text

#endif  // ENTENTE_TEXT_DUMP_H_
