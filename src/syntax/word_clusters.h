// Word clusters: distributional classes of words learned from unannotated text, as features for
// the tagger, parser and labeller (Koo, Carreras & Collins 2008 used Brown clusters the same way).
// A treebank of 400,000 words has not seen most words of the news; a corpus of millions has, and
// words that occur in the same contexts ("Ankara", "Tehran", "Pyongyang") fall into one class, so
// what the treebank taught about one carries over to the others.
//
// Two clusterings of the same vocabulary are kept: a coarse one (few classes, roughly parts of
// speech) and a fine one (many classes, roughly semantic fields). They are learned by the exchange
// algorithm for the predictive class bigram model (Uszkoreit & Brants 2008): each word moves to
// the class that most increases the likelihood of the corpus under
//   P(w_i | w_{i-1}) = P(c(w_i) | w_{i-1}) · P(w_i | c(w_i)).
//
// Files: `entente train-clusters` writes a TSV (word, coarse, fine; header lines start with '#');
// `entente train` reads it and stores the table in the syntax model, so a model file stays
// self-contained.
#ifndef ENTENTE_SYNTAX_WORD_CLUSTERS_H_
#define ENTENTE_SYNTAX_WORD_CLUSTERS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entente/status.h"
#include "syntax/model_io.h"

namespace entente::syntax {

class WordClusters {
 public:
  // Class ids start at 1; 0 means "not in the vocabulary".
  struct Ids {
    uint16_t coarse = 0;
    uint16_t fine = 0;
  };

  // Looks a word up by the hash of its lower-cased form (TokenInfo::lower).
  Ids Find(uint64_t lower_hash) const {
    if (keys_.empty()) return {};
    for (size_t i = lower_hash & mask_;; i = (i + 1) & mask_) {
      if (keys_[i] == lower_hash) return ids_[i];
      if (keys_[i] == 0) return {};
    }
  }
  bool empty() const { return words_ == 0; }
  size_t words() const { return words_; }

  void Add(uint64_t lower_hash, Ids ids);  // builds the table (training and reading)

  // "word<TAB>coarse<TAB>fine" lines; '#' lines are comments. Errors give file:line.
  static StatusOr<WordClusters> ReadTsv(const std::string& path);
  void Write(ModelWriter* w) const;
  static Status Read(ModelReader* r, WordClusters* out);

 private:
  void Grow();
  std::vector<uint64_t> keys_;  // open addressing, 0 = empty
  std::vector<Ids> ids_;
  uint64_t mask_ = 0;
  size_t words_ = 0;
};

struct ClusterTrainingOptions {
  int coarse_classes = 64;
  int fine_classes = 512;
  int iterations = 8;
  uint64_t min_count = 3;  // rarer words are left out (they share one "rare" word in training)
  std::function<void(const std::string&)> log;
};

// The unannotated text, as word ids; sentences are kept apart so that no bigram spans two.
class ClusterCorpus {
 public:
  static constexpr uint32_t kBoundary = 0;  // id 0: the sentence boundary
  ClusterCorpus() : vocab_{""} {}
  // Adds one sentence of words (lower-cased by the caller, as TokenInfo::lower is).
  void AddSentence(const std::vector<std::string_view>& words);
  const std::vector<std::string>& vocab() const { return vocab_; }
  const std::vector<uint32_t>& tokens() const { return tokens_; }

 private:
  std::vector<std::string> vocab_;
  std::unordered_map<std::string, uint32_t> index_;
  std::vector<uint32_t> tokens_;  // boundary, words, boundary, words, ...
};

struct ClusteredWord {
  std::string word;
  uint64_t count;
  WordClusters::Ids ids;
};

// Learns both clusterings. Returns the words seen at least min_count times with their classes,
// most frequent first (ties by spelling). Deterministic for the same corpus.
std::vector<ClusteredWord> TrainWordClusters(const ClusterCorpus& corpus,
                                             const ClusterTrainingOptions& options);

}  // namespace entente::syntax

#endif  // ENTENTE_SYNTAX_WORD_CLUSTERS_H_
