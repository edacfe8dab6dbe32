// CoNLL-U treebank files (universaldependencies.org/format.html), read one sentence at a time.
//
// Used for gold data: sentence texts and paragraph breaks for evaluating the splitter, words, tags
// and trees for training and evaluating the syntax stage. Malformed lines are reported as
// "file:line: reason" and the sentence holding them is skipped; reading goes on.
#ifndef ENTENTE_TREEBANK_CONLLU_H_
#define ENTENTE_TREEBANK_CONLLU_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/input_stream.h"
#include "entente/status.h"

namespace entente::treebank {

struct ConlluWord {
  // ID: a word index ("3"), a multiword token range ("1-2", surface form only) or an empty node
  // ("3.1"). For words, `index` is the number; ranges keep first/last.
  enum class Kind : uint8_t { kWord, kRange, kEmpty };
  Kind kind = Kind::kWord;
  int index = 0;  // kWord: 1-based position; kRange: first word; kEmpty: the word it follows
  int last = 0;   // kRange: last word
  std::string form, lemma, upos, xpos, feats, deprel, deps, misc;
  int head = -1;  // -1 when "_" (unannotated)
};

struct ConlluSentence {
  std::string sent_id;
  std::string text;       // "# text = ..."
  std::string newdoc_id;  // set when this sentence opens a document
  bool newdoc = false;
  bool newpar = false;
  std::vector<std::string> comments;  // every comment line, without "# "
  std::vector<ConlluWord> words;      // all lines in order (words, ranges, empty nodes)
  uint64_t line = 0;                  // line of the sentence's first line
};

class ConlluReader {
 public:
  using ErrorSink = std::function<void(const std::string& message)>;
  static StatusOr<std::unique_ptr<ConlluReader>> Open(const std::string& path, ErrorSink sink);

  // Reads the next well-formed sentence. Returns false at the end (or on an I/O error: status()).
  bool Next(ConlluSentence* sentence);

  uint64_t skipped() const { return skipped_; }
  const Status& status() const { return status_; }

 private:
  ConlluReader(std::unique_ptr<base::InputStream> stream, ErrorSink sink)
      : stream_(std::move(stream)), sink_(std::move(sink)) {}
  bool ParseWord(const std::string& line, ConlluWord* word, std::string* error);

  std::unique_ptr<base::InputStream> stream_;
  ErrorSink sink_;
  uint64_t skipped_ = 0;
  Status status_;
};

}  // namespace entente::treebank

#endif  // ENTENTE_TREEBANK_CONLLU_H_
