// The clause of a verb, read off the dependency tree: its window of tokens for pattern matching,
// its subject (inherited from a coordinated or controlling verb when it has none of its own),
// whether it is passive, its `by` agent, objects and obliques, negation and modality.
#ifndef ENTENTE_CODING_CLAUSE_H_
#define ENTENTE_CODING_CLAUSE_H_

#include <cstdint>
#include <string>

#include "coding/pattern_matcher.h"
#include "coding/sentence_view.h"

namespace entente::coding {

// What the verb's clause says of its event, read off auxiliaries, `if` and governing verbs.
enum class Mood : uint8_t {
  kFactual,      // "signed", "has signed"
  kIntended,     // future or intended: will/shall/would, "plans/vowed/is due/is likely to visit"
  kPossible,     // may, might, could, can
  kObliged,      // should, must, ought to: a norm, not an act
  kConditional,  // the verb heads an if/unless clause: "if Gondor attacks"
  kDenied,       // the verb is what someone denies: "denied a report that Gondor attacked"
  kHabitual,     // a habit in the present tense: "Gondor and Arnor normally meet in June"
};

struct Clause {
  ClauseWindow window;
  int subject = -1;   // token heading the subject, -1 for none
  int subject2 = -1;  // another subject child (a misparse gives two), tried when the first has no actor
  bool passive = false;
  int agent = -1;     // token heading the `by` phrase of a passive
  int object = -1;    // obj, else iobj
  int oblique = -1;   // the first obl (not the agent)
  bool negated = false;
  std::string modality;  // lemma of a modal auxiliary or of an intent verb governing this one
  Mood mood = Mood::kFactual;
};

// The `by` agent of a passive verb `t`: obl:agent, or an obl whose case is "by"; -1 for none.
int AgentOf(const SentenceView& v, size_t t);

// Whether verb `t` is marked by an infinitive "to" ("to improve", "met ... to discuss").
bool MarkedTo(const SentenceView& v, size_t t);

// Whether token `n` is a noun whose content is no fact ("rumors that ...", "the risk of an
// attack", "the possibility that ...").
bool IsHypotheticalNoun(const SentenceView& v, size_t n);

// A text that speaks for its author or publisher: "a commentary in the Global Times", "a
// statement by the ministry", "issued a statement deploring ...".
bool IsAuthoredText(const SentenceView& v, size_t noun);

// The clause of the verb whose form covers [form_begin, form_end) with its verb word at `verb`.
Clause AnalyzeClause(const SentenceView& view, uint32_t verb, uint32_t form_begin,
                     uint32_t form_end);

}  // namespace entente::coding

#endif  // ENTENTE_CODING_CLAUSE_H_
