// Training the syntax model from CoNLL-U treebanks (`entente train`).
//
// Deterministic: the same files, options and seed give a byte-identical model. The tagger is an
// averaged perceptron (Collins 2002) trained for `tagger_epochs` passes with the dev files used to
// keep the best epoch; the parser is arc-hybrid with a dynamic oracle (Goldberg & Nivre 2013) trained
// on the tagger's own predicted tags (jack-knifed), the labeller on gold trees.
#ifndef ENTENTE_SYNTAX_TRAINER_H_
#define ENTENTE_SYNTAX_TRAINER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "entente/status.h"

namespace entente::syntax {

struct TrainOptions {
  std::vector<std::string> train_files;  // CoNLL-U, e.g. EWT train + GUM CC-BY train
  std::vector<std::string> dev_files;    // for choosing the best epoch
  std::vector<std::string> test_files;   // scored at the end and written into the header
  std::string exceptions_file;           // lemma exceptions (data/syntax/lemma_exceptions.txt)
  std::string clusters_file;             // word clusters (entente train-clusters); empty: none
  std::string output;                    // model file to write
  uint64_t seed = 1;
  int tagger_epochs = 8;
  int parser_epochs = 12;
  // Progress and results, one line per call ("epoch 3: dev UPOS 95.12 ...").
  std::function<void(const std::string&)> log;
};

Status Train(const TrainOptions& options);

}  // namespace entente::syntax

#endif  // ENTENTE_SYNTAX_TRAINER_H_
