// The `entente segment` record: one JSON object per sentence.
//
//   {"doc":"wire-1","index":0,"text":"Japan and India signed ...","span":[0,52]}
//   with tokens: ...,"tokens":[{"text":"Japan","span":[0,5]},...]   ("norm" when folding changed it)
//   a dropped segment: {"doc":"wire-1","dropped":true,"kind":"interface","text":"Read more","span":[..]}
//
// `index` counts the analysed sentences of a document from 0; dropped segments have no index.
// Spans are byte offsets into the document's text; `text` is exactly that range.
#ifndef ENTENTE_OUTPUT_SEGMENT_JSONL_H_
#define ENTENTE_OUTPUT_SEGMENT_JSONL_H_

#include <string>

#include "entente/document.h"
#include "entente/text.h"

namespace entente::output {

struct SegmentJsonlOptions {
  bool tokens = false;   // add the tokens of each sentence
  bool dropped = false;  // also print interface lines and datelines, marked "dropped":true
};

// Appends the records of one analysed document to *out, one line each.
void AppendSegmentJsonl(const Document& doc, const TextAnalysis& analysis,
                        const SegmentJsonlOptions& options, std::string* out);

}  // namespace entente::output

#endif  // ENTENTE_OUTPUT_SEGMENT_JSONL_H_
