// entente/syntax.h — the syntax stage's result: tags, lemmas and a dependency tree per sentence.
//
// Words are the tokens of the text front end (one Word per Token, same index). For a sentence with
// tokens [token_begin, token_end), words[token_begin + i].head is the index i' (0-based, within the
// sentence) of the head word, or -1 for the root. Tags and relations are small ids; their names come
// from the model (SyntaxTags), e.g. upos "NOUN", xpos "NNS", deprel "nsubj:pass".
//
// A SyntaxAnalysis is reused across documents like TextAnalysis; it keeps its capacity.
#ifndef ENTENTE_SYNTAX_H_
#define ENTENTE_SYNTAX_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

namespace syntax {
class SyntaxScratch;
}

struct Word {
  int16_t head = -1;       // within the sentence; -1 = root
  uint8_t upos = 0;        // SyntaxTags::upos
  uint8_t xpos = 0;        // SyntaxTags::xpos
  uint8_t deprel = 0;      // SyntaxTags::deprel
  uint32_t lemma_begin = 0;  // lemma = SyntaxAnalysis::lemmas[lemma_begin, lemma_end)
  uint32_t lemma_end = 0;
};

// The names behind the ids, as the model defines them.
struct SyntaxTags {
  std::vector<std::string> upos;    // the 17 UD tags
  std::vector<std::string> xpos;    // Penn Treebank tags seen in training
  std::vector<std::string> deprel;  // UD relations seen in training, with subtypes
};

struct SyntaxAnalysis {
  SyntaxAnalysis();
  ~SyntaxAnalysis();
  SyntaxAnalysis(SyntaxAnalysis&&) noexcept;
  SyntaxAnalysis& operator=(SyntaxAnalysis&&) noexcept;

  std::vector<Word> words;  // parallel to TextAnalysis::tokens; only analysed sentences are filled
  std::string lemmas;
  // The parser's buffers, kept between documents (one SyntaxAnalysis per thread).
  std::unique_ptr<syntax::SyntaxScratch> scratch;
  std::vector<std::string_view> forms;

  std::string_view Lemma(const Word& w) const {
    return std::string_view(lemmas).substr(w.lemma_begin, w.lemma_end - w.lemma_begin);
  }
  void Clear() {
    words.clear();
    lemmas.clear();
  }
};

}  // namespace entente

#endif  // ENTENTE_SYNTAX_H_
