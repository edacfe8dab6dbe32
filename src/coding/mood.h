// What a verb's mood does to its event in entente's own convention (docs/CODING.md §9): a future
// or intended act is coded with its intent code ("will visit" = 036, "vowed to strike" = 138), a
// merely possible one only when that code is a threat ("may retaliate" = 13x), and a conditional
// act, a norm or a denied claim not at all ("if Gondor attacks", "Gondor must withdraw",
// "denied that Gondor attacked").
#ifndef ENTENTE_CODING_MOOD_H_
#define ENTENTE_CODING_MOOD_H_

#include <map>
#include <string>
#include <string_view>

#include "coding/clause.h"

namespace entente::coding {

// "factual", "intended", "possible", "obliged", "conditional", "denied", "habitual".
std::string_view MoodName(Mood mood);

// The intent code of `code` under the dictionary's `intent:` lines (longest prefix), or `code`
// itself when none applies.
std::string_view IntentCode(const std::map<std::string, std::string>& intent_codes,
                            std::string_view code);

// Rewrites *code for `mood`; false when the event is not coded at all. An empty code (no paired
// event) stays empty and is kept.
bool ApplyMood(Mood mood, const std::map<std::string, std::string>& intent_codes,
               std::string* code);

}  // namespace entente::coding

#endif  // ENTENTE_CODING_MOOD_H_
