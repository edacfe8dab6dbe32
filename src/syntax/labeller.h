// Dependency relations for a finished tree. Labelling after parsing lets every decision see the
// whole tree: the dependent's own children ("by" under an agent, "to" under an xcomp), its
// siblings (a passive auxiliary beside a subject), the head's head, and the relations already given
// to the siblings on its left. Words are labelled left to right by an averaged perceptron.
#ifndef ENTENTE_SYNTAX_LABELLER_H_
#define ENTENTE_SYNTAX_LABELLER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "entente/status.h"
#include "syntax/model_io.h"
#include "syntax/parser.h"
#include "syntax/perceptron.h"

namespace entente::syntax {

// Children of every word in order (compressed rows), rebuilt per sentence without reallocating.
struct TreeIndex {
  std::vector<int> begin;     // children of i are list[begin[i], begin[i+1])
  std::vector<int> list;
  std::vector<int> fill;
  void Build(const int16_t* heads, int n);
};

// Features for labelling word d. labels[] holds the relations given so far (words < d).
void LabellerFeatures(std::span<const ParserWord> words, const int16_t* heads,
                      const TreeIndex& tree, const uint8_t* labels, int d,
                      std::vector<uint64_t>* out);

class Labeller {
 public:
  Labeller(Weights weights, uint8_t root_label)
      : weights_(std::move(weights)), root_(root_label) {}

  void Label(std::span<const ParserWord> words, const int16_t* heads, TreeIndex* tree,
             std::vector<uint64_t>* features, std::vector<int32_t>* scores, uint8_t* labels) const;

  uint8_t root_label() const { return root_; }
  const Weights& weights() const { return weights_; }
  void Write(ModelWriter* w) const;
  static StatusOr<std::unique_ptr<Labeller>> Read(ModelReader* r, size_t deprel_count);

 private:
  Weights weights_;
  uint8_t root_;
};

}  // namespace entente::syntax

#endif  // ENTENTE_SYNTAX_LABELLER_H_
