// Part-of-speech tagger: a greedy left-to-right averaged perceptron over joint (UPOS, XPOS)
// classes, with word, affix, shape, context-word, previous-tag and ambiguity-class features
// (Collins 2002; the feature set follows Ratnaparkhi 1996 and Toutanova et al. 2003 in spirit).
#ifndef ENTENTE_SYNTAX_TAGGER_H_
#define ENTENTE_SYNTAX_TAGGER_H_

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "entente/status.h"
#include "syntax/model_io.h"
#include "syntax/perceptron.h"
#include "syntax/tag_dictionary.h"
#include "syntax/token_info.h"

namespace entente::syntax {

struct TagClass {
  uint8_t upos;
  uint8_t xpos;
};

// The features of word i given the classes already chosen for words i-1 and i-2
// (TagDictionary::kNone before the sentence). Appends to *out.
void TaggerFeatures(std::span<const TokenInfo> words, size_t i, uint16_t prev1, uint16_t prev2,
                    const TagDictionary& dict, std::vector<uint64_t>* out);

class Tagger {
 public:
  Tagger(std::vector<TagClass> classes, TagDictionary dict, Weights weights)
      : classes_(std::move(classes)), dict_(std::move(dict)), weights_(std::move(weights)) {}

  // Writes the class of every word into out[i]. *features and *scores are scratch. When
  // `forced` is given, a word with forced[i] != TagDictionary::kNone gets that class (the words
  // after it see it as their left context).
  void Tag(std::span<const TokenInfo> words, std::vector<uint64_t>* features,
           std::vector<int32_t>* scores, uint16_t* out, const uint16_t* forced = nullptr) const;

  const std::vector<TagClass>& classes() const { return classes_; }
  const TagDictionary& dictionary() const { return dict_; }
  const Weights& weights() const { return weights_; }

  void Write(ModelWriter* w) const;
  static StatusOr<std::unique_ptr<Tagger>> Read(ModelReader* r, size_t upos_count,
                                                size_t xpos_count);

 private:
  std::vector<TagClass> classes_;
  TagDictionary dict_;
  Weights weights_;
};

}  // namespace entente::syntax

#endif  // ENTENTE_SYNTAX_TAGGER_H_
