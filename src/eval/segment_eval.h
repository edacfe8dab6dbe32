// Sentence-splitting accuracy against a UD treebank.
//
// The treebank's documents are rebuilt as a page would show them: the "# text" of each sentence,
// sentences of a paragraph ("# newpar") joined by a space, paragraphs by a blank line, documents at
// "# newdoc". The splitter runs on that text; every segment it produces counts (interface lines and
// datelines too, since they are segments of the text). Two scores:
//  - boundary F1: gold sentence ends found. A predicted boundary is the gap between a segment's
//    last token and the next segment's first token; it matches a gold end that falls inside it
//    (the gap holds white space and what cleaning masked, such as a citation marker "[17]" that
//    one treebank counts with the sentence before it);
//  - exact F1: segments whose start and end both match a gold sentence that way (the CoNLL 2018
//    sentence measure, up to masked markers).
#ifndef ENTENTE_EVAL_SEGMENT_EVAL_H_
#define ENTENTE_EVAL_SEGMENT_EVAL_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "entente/pipeline.h"
#include "entente/status.h"

namespace entente::eval {

struct SegmentScore {
  std::string name;  // the treebank file's name
  uint64_t documents = 0;
  uint64_t gold = 0;       // gold sentences
  uint64_t predicted = 0;  // segments produced
  uint64_t boundary_hits = 0;
  uint64_t exact_hits = 0;
  uint64_t skipped = 0;  // malformed treebank sentences

  static double F1(uint64_t hits, uint64_t gold, uint64_t predicted) {
    return gold + predicted == 0 ? 0.0 : 2.0 * static_cast<double>(hits) / static_cast<double>(gold + predicted);
  }
  double boundary_f1() const { return F1(boundary_hits, gold, predicted); }
  double exact_f1() const { return F1(exact_hits, gold, predicted); }
  double boundary_precision() const { return predicted ? double(boundary_hits) / double(predicted) : 0; }
  double boundary_recall() const { return gold ? double(boundary_hits) / double(gold) : 0; }
};

// A gold sentence end missed or a predicted end not in gold, with its context, for error analysis.
struct SegmentError {
  bool missed;  // true: gold boundary not found; false: boundary predicted where gold has none
  std::string context;
};

// Scores the pipeline's splitting on `conllu_path`. `errors`, when given, receives every error.
StatusOr<SegmentScore> EvaluateSegmentation(const Pipeline& pipeline, const std::string& conllu_path,
                                            std::vector<SegmentError>* errors,
                                            const std::function<void(const std::string&)>& warn);

}  // namespace entente::eval

#endif  // ENTENTE_EVAL_SEGMENT_EVAL_H_
