// Names of the coder's sentence outcomes (include/entente/event.h), as `--why` and `explain` print them.
#include "entente/event.h"

namespace entente {

const char* SentenceOutcomeName(SentenceOutcome outcome) {
  switch (outcome) {
    case SentenceOutcome::kEvents: return "events";
    case SentenceOutcome::kNoActor: return "no actor";
    case SentenceOutcome::kNoVerb: return "no verb";
    case SentenceOutcome::kNoPattern: return "no pattern";
    case SentenceOutcome::kNoDyad: return "no dyad";
    case SentenceOutcome::kNullCode: return "null code";
    case SentenceOutcome::kDiscardSentence: return "discarded sentence";
    case SentenceOutcome::kDiscardStory: return "discarded story";
    case SentenceOutcome::kComplex: return "complex";
    case SentenceOutcome::kTooShort: return "too short";
    case SentenceOutcome::kHypothetical: return "hypothetical";
  }
  return "?";
}

}  // namespace entente
