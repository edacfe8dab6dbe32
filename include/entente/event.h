// entente/event.h — the coder's result: CAMEO events, each traceable to its sentence, verb, pattern
// and dictionary entries.
//
// Spans are byte ranges of Document::text (the text as read), like Token::span: an event can be
// highlighted in its original sentence. Codes are strings ("0211" and "211" differ; leading zeros
// are kept). The code-table facts (root, quad class, Goldstein, PLOVER) are filled by the coder
// from data/tables with the tables chosen at load; `goldstein_known` is false for codes the table
// leaves unscored — never a silent 0.
#ifndef ENTENTE_EVENT_H_
#define ENTENTE_EVENT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "entente/text.h"

namespace entente {

// One side of an event.
struct EventActor {
  // The CAMEO actor code valid on the event date: "JPNGOV", "ARN", "---GOV" (an agent without a
  // known actor when require_dyad is off), "---" (no actor), or a new actor's quoted text
  // ("\"INJURY TOLL\"") when new_actor_length allows one.
  std::string code;
  std::string country;             // the leading 3-letter country/IGO code, "" when none
  std::vector<std::string> roles;  // the 3-letter role codes after it ("GOV", "MIL")
  Span span;                       // the mention in Document::text; {0,0} when absent
  std::string where;               // dictionary "file:line" of the actor entry, "" when none
  bool compound = false;           // one member of a compound actor ("Arnor and Gondor")
};

struct Event {
  uint32_t sentence = 0;  // index into TextAnalysis::sentences
  Span sentence_span;
  std::string date;  // event date "YYYY-MM-DD" (the document date, shifted by TIME phrases)
  EventActor source, target;

  std::string code;  // CAMEO event code as a string: "0211"
  std::string root;  // "02"
  int quad = 0;      // quad class under the tables' scheme (0 neutral only in the Phoenix scheme)
  double goldstein = 0.0;
  bool goldstein_known = false;
  std::string plover_type;  // "CONSULT"; "" when PLOVER has no equivalent
  std::string plover_mode;  // "visit"; "" when none

  bool negated = false;  // "did not attack": coded, but flagged
  // "" (an asserted event), or the modal/intent word that qualifies it: "may", "could", "plan",
  // "threaten", ... (lower-case lemma)
  std::string modality;
  bool paired = false;   // the second event of a paired code `[032:033]` (target -> source)

  Span verb;            // the verb (or noun) the pattern is anchored on
  std::string pattern;  // the pattern as written in the dictionary, "- * + [040]"
  std::string pattern_where;  // its dictionary "file:line"
};

// Why a sentence produced what it did (the coder's `--why`, `explain`).
enum class SentenceOutcome : uint8_t {
  kEvents,         // one or more events
  kNoActor,        // no actor mention found
  kNoVerb,         // actors, but no dictionary verb
  kNoPattern,      // verbs, but no pattern or verb code gave an event
  kNoDyad,         // a pattern matched but a side was missing and require_dyad is on
  kNullCode,       // the matching pattern is coded [---]
  kDiscardSentence,  // a discard phrase or a [###] pattern: the sentence is not coded
  kDiscardStory,     // a story discard phrase: the whole document is not coded
  kComplex,        // a [+++] pattern: diverted for human review
  kTooShort,       // fewer words than the dictionary's minimum
  kHypothetical,   // entente's own convention: the verbs are conditional, only possible or norms
};
inline constexpr size_t kSentenceOutcomeCount = 11;
const char* SentenceOutcomeName(SentenceOutcome outcome);

struct SentenceNote {
  uint32_t sentence = 0;
  SentenceOutcome outcome = SentenceOutcome::kNoActor;
  std::string detail;  // e.g. the discard phrase and its file:line, or the verb tried
};

}  // namespace entente

#endif  // ENTENTE_EVENT_H_
