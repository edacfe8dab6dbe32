// Noun phrases that look like actors but match nothing in the dictionaries, for
// `entente actors --unknown`: the list a maintainer reads to extend the dictionaries where a real
// corpus needs it.
//
// A candidate is a capitalised noun phrase (a proper noun with its flat/compound name parts) that
// is the subject, object, indirect object or oblique of a dictionary verb, and that no actor or
// agent phrase of the dictionary covers. "Valdai Club" in "the Valdai Club criticised Japan" is
// one; "Monday" in "met on Monday" is not capitalised as a name by the tagger and rarely one.
#ifndef ENTENTE_CODING_UNKNOWN_ACTORS_H_
#define ENTENTE_CODING_UNKNOWN_ACTORS_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "coding/sentence_view.h"
#include "entente/document.h"
#include "entente/syntax.h"
#include "entente/text.h"
#include "lexicon/lexicon.h"

namespace entente::coding {

struct UnknownActor {
  std::string text;     // as first seen
  uint64_t count = 0;   // occurrences
  uint64_t as_subject = 0;
  std::string example;  // "DOC:SENTENCE" of the first occurrence
};

class UnknownActorCounter {
 public:
  UnknownActorCounter(const lexicon::Lexicon& lex, const SyntaxTags& tags)
      : lex_(lex), schema_(tags) {}

  // Adds the candidates of every analysed sentence of the document.
  void Add(const Document& doc, const TextAnalysis& text, const SyntaxAnalysis& syntax);
  // Merges another counter's counts (one counter per thread).
  void Merge(const UnknownActorCounter& other);

  // Most frequent first (ties by text); at most `limit`, only those seen `min_count` times.
  std::vector<UnknownActor> Top(size_t limit, uint64_t min_count) const;
  uint64_t sentences() const { return sentences_; }

 private:
  const lexicon::Lexicon& lex_;
  SyntaxSchema schema_;
  SentenceView view_;
  std::vector<lexicon::PhraseHit> hits_;
  std::vector<uint8_t> covered_;
  std::unordered_map<std::string, UnknownActor> counts_;  // key: the phrase in upper case
  uint64_t sentences_ = 0;
};

}  // namespace entente::coding

#endif  // ENTENTE_CODING_UNKNOWN_ACTORS_H_
