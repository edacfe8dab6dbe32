// Tagging, lemmatisation and parsing accuracy against UD treebanks, measured as the CoNLL 2018
// shared task scorer (conll18_ud_eval.py) does.
//
// Two modes:
//  - gold tokenisation (EvaluateGoldTokens, EvaluateSyntaxFiles, ScoreSentence): the system
//    analysed the gold words, so system word i is gold word i. Every word counts, punctuation
//    included; multiword token lines and empty nodes are ignored. The F1 values below are then
//    plain accuracies.
//  - raw text (EvaluateRawText; PlaceGoldWords, ScoreDocument): the system segmented and
//    tokenised the text itself. A system word is aligned to the gold word with the same byte
//    range of the document text; precision is over system words, recall over gold words, and a
//    tag or arc counts only on aligned words (CoNLL 2018 "aligned F1").
//
// Comparisons, as in CoNLL 2018: UPOS and XPOS exactly; LEMMA exactly, except that a gold "_"
// accepts any lemma; UAS: the head is the word aligned to the gold head (or both are the root);
// LAS: UAS and the universal part of the relation ("nsubj:pass" and "nsubj" are equal). We also
// report LAS with subtypes, where the whole relation must match.
//
//   eval::SyntaxScore score;
//   Status s = eval::ScoreSentence(gold, system, "en_ewt-ud-test.conllu:120", &score);
//   if (!s.ok()) report(s);   // "en_ewt-ud-test.conllu:120: word count differs ...", skipped
//   std::printf("%.4f\n", score.las_f1());
#ifndef ENTENTE_EVAL_SYNTAX_EVAL_H_
#define ENTENTE_EVAL_SYNTAX_EVAL_H_

#include <cstdint>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "entente/document.h"
#include "entente/status.h"
#include "entente/text.h"
#include "treebank/conllu.h"

namespace entente::eval {

struct RelationCounts {
  uint64_t gold = 0;     // gold words with this relation
  uint64_t system = 0;   // system words with it
  uint64_t correct = 0;  // aligned words with the right head and this relation on both sides
};

struct SyntaxScore {
  std::string name;        // the gold file's name
  uint64_t sentences = 0;  // gold sentences scored
  uint64_t skipped = 0;    // sentences not scored: malformed, or word count differs

  // Words and sentences found (raw-text mode; in gold-tokenisation mode all three are equal).
  uint64_t gold_words = 0, system_words = 0, aligned_words = 0;
  uint64_t gold_sentences = 0, system_sentences = 0, matched_sentences = 0;

  // Aligned words that are right.
  uint64_t upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, las_subtypes = 0;

  // LAS by universal relation (the part before ':'), for error analysis.
  std::map<std::string, RelationCounts> relations;

  // CoNLL 2018 F1: 2 * hits / (gold + system).
  static double F1(uint64_t hits, uint64_t gold, uint64_t system) {
    return gold + system == 0
               ? 0.0
               : 2.0 * static_cast<double>(hits) / static_cast<double>(gold + system);
  }
  double WordF1(uint64_t hits) const { return F1(hits, gold_words, system_words); }
  double words_f1() const { return WordF1(aligned_words); }
  double sentences_f1() const { return F1(matched_sentences, gold_sentences, system_sentences); }
  double upos_f1() const { return WordF1(upos); }
  double xpos_f1() const { return WordF1(xpos); }
  double lemma_f1() const { return WordF1(lemma); }
  double uas_f1() const { return WordF1(uas); }
  double las_f1() const { return WordF1(las); }
  double las_subtypes_f1() const { return WordF1(las_subtypes); }

  void Add(const SyntaxScore& other);  // sums the counts (name is kept)
};

// Gold tokenisation: scores `system` against `gold`, word i against word i. When the sentences
// do not have the same number of words, nothing is scored, the sentence is counted as skipped and
// the result is DataLoss "<where>: word count differs (gold N, system M); sentence skipped".
// `where` is the gold sentence's "file:line".
Status ScoreSentence(const treebank::ConlluSentence& gold, const treebank::ConlluSentence& system,
                     std::string_view where, SyntaxScore* score);

// Gold tokenisation, from two files: the sentences of `system_path` are paired in order with
// those of `gold_path`. Malformed sentences (either file) and sentences whose word counts differ
// are reported through `warn` as "file:line: reason" and counted as skipped. When both sentences
// of a pair have a sent_id and the ids differ, the files are not parallel: DataLoss.
StatusOr<SyntaxScore> EvaluateSyntaxFiles(const std::string& gold_path,
                                          const std::string& system_path,
                                          const std::function<void(const std::string&)>& warn);

// Gold tokenisation over a treebank file: reads it in batches of up to 1,024 sentences and has
// `parse` analyse the words of each batch (system[i] for gold[i], with the same words; a batch may
// be processed in parallel), then scores them. Malformed gold sentences and word count differences
// are reported through `warn` and counted as skipped.
using ParseBatchFn = std::function<void(std::span<const treebank::ConlluSentence> gold,
                                        std::vector<treebank::ConlluSentence>* system)>;
StatusOr<SyntaxScore> EvaluateGoldTokens(const std::string& gold_path, const ParseBatchFn& parse,
                                         const std::function<void(const std::string&)>& warn);

// Raw text: a sentence with the byte range of each of its words (kWord entries, in order) in the
// document text.
struct PlacedSentence {
  treebank::ConlluSentence sentence;
  std::vector<Span> spans;  // one per word
};

// The text of a gold sentence: its "# text", else its tokens joined as their SpaceAfter says.
std::string SentenceText(const treebank::ConlluSentence& sentence);

// Finds the byte range of every word of `sentence` in `text`, where the sentence's text begins at
// `offset`: tokens are matched in order, their non-space characters against the text's with white
// space skipped (so FORMs with spaces are found too). The words of a multiword token ("don't" =
// "do" + "n't") get their own parts when their forms spell the token, else all of them get the
// token's range. DataLoss "<where>: FORM \"x\" not found in the sentence text" when a token does
// not match.
Status PlaceGoldWords(const treebank::ConlluSentence& sentence, std::string_view text,
                      uint32_t offset, std::string_view where, std::vector<Span>* spans);

// Raw text: aligns the system words of one document to its gold words and adds the counts. A
// system word is aligned to the gold word with the same range; gold words that share a range (a
// multiword token whose parts could not be placed) are aligned to the system words inside that
// range by the longest common subsequence of their lower-cased forms, as CoNLL 2018 does. A
// sentence matches when its first and last word ranges do.
void ScoreDocument(std::span<const PlacedSentence> gold, std::span<const PlacedSentence> system,
                   SyntaxScore* score);

// Raw text over a treebank file: rebuilds each document as EvaluateSegmentation does (the
// sentences' texts, joined by a space within a paragraph and by a blank line between paragraphs;
// a document at each "# newdoc"; Document::id is the newdoc id), has `analyze` segment, tokenise
// and parse it (each system word with its range in doc.text), and scores with ScoreDocument. A
// gold sentence whose words cannot be placed in its text is reported and left out (skipped).
using AnalyzeDocumentFn =
    std::function<void(const Document& doc, std::vector<PlacedSentence>* system)>;
StatusOr<SyntaxScore> EvaluateRawText(const std::string& gold_path,
                                      const AnalyzeDocumentFn& analyze,
                                      const std::function<void(const std::string&)>& warn);

}  // namespace entente::eval

#endif  // ENTENTE_EVAL_SYNTAX_EVAL_H_
