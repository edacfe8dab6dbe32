// CoNLL-U output (universaldependencies.org/format.html) for `entente parse`.
//
//   # newdoc id = wire-1
//   # sent_id = wire-1-1
//   # text = Japan signed the deal.
//   1	Japan	Japan	PROPN	NNP	_	2	nsubj	_	TokenRange=0:5
//   2	signed	sign	VERB	VBD	_	0	root	_	TokenRange=6:12
//   3	the	the	DET	DT	_	4	det	_	TokenRange=13:16
//   4	deal	deal	NOUN	NN	_	2	obj	_
//   SpaceAfter=No|TokenRange=17:21 5	.	.	PUNCT	.	_	2	punct	_
//   TokenRange=21:22
//
// HEAD is 0 for the root, else the 1-based id of the head word; FEATS and DEPS are "_" (the
// model predicts neither). MISC carries TokenRange=begin:end, the byte range of the token in the
// document's text, when spans are given, and SpaceAfter=No when no white space follows the
// token. The output is valid CoNLL-U whatever the input: tabs, line breaks and other control
// characters in forms, lemmas and comments are written as spaces, and an empty field as "_".
//
// The writer takes plain data (forms, spans, the Word array of the syntax stage and the model's
// tag names), so it does not depend on the syntax library.
#ifndef ENTENTE_OUTPUT_CONLLU_WRITER_H_
#define ENTENTE_OUTPUT_CONLLU_WRITER_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "entente/document.h"
#include "entente/syntax.h"
#include "entente/text.h"

namespace entente::output {

// A multiword token line ("1-2	don't	_	..."), written before its first word.
struct ConlluRange {
  uint32_t first = 0;  // 1-based ids of its first and last words
  uint32_t last = 0;
  std::string_view form;
  bool space_after = true;  // SpaceAfter=No goes on the range line, not on its words
};

// One sentence to write; the views must stay valid during the call.
struct ConlluSentenceData {
  std::span<const std::string> comments;    // written first, each as "# " + comment (e.g. kept
                                            // from an input file, or "newdoc id = ...")
  std::string_view sent_id;                 // "# sent_id = ..." when not empty
  std::string_view text;                    // "# text = ..." when not empty
  std::span<const std::string_view> forms;  // one per word
  std::span<const Word> words;              // one per word
  std::string_view lemmas;                  // Word::lemma_begin/end index it
  const SyntaxTags* tags = nullptr;         // names for Word::upos, xpos, deprel
  std::span<const Span> spans;              // empty, or one per word: TokenRange=begin:end
  std::span<const uint8_t> space_after;     // empty (space after every word), or one per word
  std::span<const ConlluRange> ranges;      // sorted by `first`, not overlapping
};

// Appends the sentence's lines and the blank line that ends it to *out.
void AppendConlluSentence(const ConlluSentenceData& sentence, std::string* out);

// Appends every analysed sentence of a document: "# newdoc id = <doc.id>" before the first one,
// "# sent_id = <doc.id>-<n>" with n counting the document's analysed sentences from 1, "# text" as
// the sentence's text in the document, FORM as each token's text in the document (the model saw
// its folded form), TokenRange and SpaceAfter from the tokens. `words` is parallel to
// `text.tokens` (SyntaxAnalysis::words) and `lemmas` is SyntaxAnalysis::lemmas. Writes nothing
// for a document without analysed sentences.
void AppendConlluDocument(const Document& doc, const TextAnalysis& text,
                          std::span<const Word> words, std::string_view lemmas,
                          const SyntaxTags& tags, std::string* out);

}  // namespace entente::output

#endif  // ENTENTE_OUTPUT_CONLLU_WRITER_H_
