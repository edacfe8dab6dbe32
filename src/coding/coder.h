// The event coder: sentences (tokens + dependency tree) in, CAMEO events out.
//
// For every analysed sentence:
//   1. discards: a discard phrase drops the sentence (or, `+PHRASE`, the story);
//   2. actor mentions (mentions.h): longest dictionary match, agents bound, compounds;
//   3. verbs: tokens the tagger calls verbs (or that govern a subject/object) whose form is in the
//      dictionary; each is coded in its clause (clause.h: the verb's subtree without coordinated
//      clauses, with the subject it inherits from a coordinated or controlling verb);
//   4. patterns of the verb's block, longest first (pattern_matcher.h); the first that matches
//      gives the code and any `$` `+` `%` actors; no match: the verb's own code;
//   5. default actors from the tree: the subject (the `by` agent for a passive, whose subject is
//      then the target), the object or first oblique; else the first actor before / after the
//      verb in the clause with a different code;
//   6. compounds expand to one event per member; paired codes add the reverse event; `?`
//      (subordinate) events are kept only when nothing else is coded, `!` (dominant) ones
//      displace the rest; duplicates are merged;
//   7. negation and modality are flagged on the event; root, quad class, Goldstein score and
//      PLOVER type come from the code tables.
// No catch-all code: a sentence with nothing matched yields no event, and a SentenceNote says why.
//
// Thread safety: a Coder is immutable after construction; Code() is const and may run on any
// number of threads, each with its own CodingScratch.
#ifndef ENTENTE_CODING_CODER_H_
#define ENTENTE_CODING_CODER_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "coding/code_tables.h"
#include "coding/learned_names.h"
#include "coding/mentions.h"
#include "coding/pattern_matcher.h"
#include "coding/sentence_view.h"
#include "entente/document.h"
#include "entente/event.h"
#include "entente/syntax.h"
#include "entente/text.h"
#include "lexicon/lexicon.h"

namespace entente::coding {

// Per-thread buffers, reused across sentences and documents.
struct CodingScratch {
  SentenceView view;
  MentionSet mentions;
  std::vector<lexicon::PhraseHit> hits;
  std::vector<Event> sentence_events;
  std::vector<uint8_t> excluded;  // tokens of deleted comma clauses
  // The dictionary analysis of every token of the text MarkNames last saw (`analyzed_text`,
  // `analyzed_tokens` tokens), reused by the next Code() of the same text.
  std::vector<lexicon::AnalyzedToken> doc_analyzed;
  const TextAnalysis* analyzed_text = nullptr;
  size_t analyzed_tokens = 0;
  std::vector<uint8_t> claimed;   // verbs already coded in this sentence (2: by default code)
  std::vector<uint8_t> produced;  // verbs that gave an event
  std::vector<uint8_t> blocked;   // tokens a verb's pattern items may not start on
  std::string last_actor;  // base code of the document's last actor so far ("its troops")
  std::vector<std::string> last_compound;  // ... and of its last compound ("the two sides")
  std::vector<LearnedName> learned_names;  // persons the document introduced so far
  // titles the document's headline joins to a state (headline_states.h)
  std::vector<std::pair<uint32_t, std::string>> headline_states;
  std::vector<std::string> name_words;     // their surnames as MarkNames saw them (for the tagger)
  std::vector<uint8_t> parse_state;                // SentencesToParse's per-sentence state,
  std::vector<uint8_t> parse_sides;                //   the sides its phrases may give,
  std::vector<uint8_t> parse_covered;              //   the words inside its phrases,
  std::vector<std::pair<std::string_view, uint32_t>> name_candidates;  //   and the words a
                                                   //   learned name may be (with the sentence)
};

// A human-readable account of every step, for `entente explain` and `--why` (optional: pass
// nullptr to Code() to skip it).
struct CodingTrace {
  std::vector<std::string> lines;
  // Where each analysed sentence's lines begin: (sentence index, first line), in order.
  std::vector<std::pair<uint32_t, size_t>> sentence_starts;
};

class Coder {
 public:
  // `lex`, `tables` and `tags` must outlive the Coder.
  Coder(const lexicon::Lexicon& lex, const CodeTables& tables, const SyntaxTags& tags);

  // Codes every analysed sentence of `doc`, appending to *events and *notes (one note per
  // analysed sentence). `options` are the coding options in force (the dictionary's own, or a
  // validation suite's as changed by its records).
  void Code(const Document& doc, const TextAnalysis& text, const SyntaxAnalysis& syntax,
            const lexicon::Options& options, CodingScratch* scratch, std::vector<Event>* events,
            std::vector<SentenceNote>* notes, CodingTrace* trace = nullptr) const;

  // Marks (*names, parallel to text.tokens) the capitalised tokens of the actor phrases the
  // dictionary finds, for Pipeline::AnalyzeSyntax: the tagger then reads them as proper names.
  // The dictionary analysis of the tokens is kept in *scratch for the Code() of the same text
  // that follows (the text must not change in between).
  void MarkNames(const TextAnalysis& text, CodingScratch* scratch,
                 std::vector<uint8_t>* names) const;

  // After MarkNames on the same text: *needed (parallel to text.sentences, SyntaxDepth values for
  // Pipeline::AnalyzeSyntax) says how much syntax each sentence needs for Code() to give the same
  // events and notes as with every sentence fully parsed: none for a sentence that can give no
  // event whatever its tree (no actor, agent, "both"/"two" or earlier-learned name in it, or a
  // discard phrase), tags only for one without any dictionary verb, else the full tree. With
  // entente's own dictionaries only; other formats need every tree (parse_filter.cc).
  void SentencesToParse(const TextAnalysis& text, CodingScratch* scratch,
                        std::vector<uint8_t>* needed) const;

  const lexicon::Lexicon& lexicon() const { return lex_; }
  const CodeTables& tables() const { return tables_; }

 private:
  struct VerbCandidate;
  SentenceOutcome CodeSentence(const Document& doc, int32_t date, const std::string& iso_date,
                               const TextAnalysis& text, uint32_t sentence_index,
                               const lexicon::Options& options, CodingScratch* scratch,
                               std::string* detail, CodingTrace* trace) const;
  void Enrich(Event* e) const;

  const lexicon::Lexicon& lex_;
  const CodeTables& tables_;
  SyntaxSchema schema_;
  SynsetIndex synsets_;
};

}  // namespace entente::coding

#endif  // ENTENTE_CODING_CODER_H_
