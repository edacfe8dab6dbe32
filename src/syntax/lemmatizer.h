// Lemmas for English words: a lexicon learnt from the training treebanks, an exception list of
// irregular forms (data/syntax/lemma_exceptions.txt: went→go, men→man, was→be), and regular
// inflection rules for words neither knows (studies→study, stopped→stop, bigger→big).
//
// Lookup order: exception list (form+XPOS), learnt lexicon (form+XPOS, then lower-cased form+XPOS),
// rules by XPOS, else the form itself (lower-cased except for proper nouns). The lexicon and the
// exceptions travel inside the model file, so a model lemmatises the same way whatever data/ holds.
//
// Thread safety: a built Lemmatizer is immutable; Lemmatize may be called from any thread.
#ifndef ENTENTE_SYNTAX_LEMMATIZER_H_
#define ENTENTE_SYNTAX_LEMMATIZER_H_

#include <memory>
#include <string>
#include <string_view>

#include "entente/status.h"
#include "syntax/model_io.h"

namespace entente::syntax {

class Lemmatizer {
 public:
  // Collects training examples, then builds the lemmatizer.
  class Builder {
   public:
    Builder();
    ~Builder();
    // One word of the training data (form, Penn XPOS, gold lemma).
    void Add(std::string_view form, std::string_view xpos, std::string_view lemma);
    // Reads the exception list ("form<TAB>xpos<TAB>lemma" lines, '#' comments; xpos may be '*').
    // Errors are "file:line: reason".
    Status LoadExceptions(const std::string& path);
    // Keeps a lexicon entry only where the rules would get it wrong (a small model) and the pair
    // was seen at least `min_count` times or is the only lemma seen for the form.
    std::unique_ptr<Lemmatizer> Build() const;

   private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
  };

  ~Lemmatizer();
  Lemmatizer(const Lemmatizer&) = delete;
  Lemmatizer& operator=(const Lemmatizer&) = delete;

  // Appends the lemma of `form` tagged `xpos` (Penn tag, e.g. "VBD") to *out. No allocation once
  // *out has capacity.
  void Lemmatize(std::string_view form, std::string_view xpos, std::string* out) const;

  void Write(ModelWriter* w) const;
  static StatusOr<std::unique_ptr<Lemmatizer>> Read(ModelReader* r);

  size_t lexicon_size() const;

 private:
  struct Impl;
  explicit Lemmatizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace entente::syntax

#endif  // ENTENTE_SYNTAX_LEMMATIZER_H_
