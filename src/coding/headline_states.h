// The states a story's headline names with an official's title (entente's own convention,
// with `option: learn_names = true`).
//
// A wire story often names an official's state only in its headline: "VENEZUELA FINANCE MINISTER
// TO JAPAN IN MID-MAY" over "Finance Minister Manuel Azpurua said today he will travel to Japan".
// The text's title with no state ("Finance Minister Manuel Azpurua") is then the headline's
// state's. Only a title the headline joins to a state counts: a headline naming a state and no
// title ("EGYPT, SOVIET UNION TO RENEGOTIATE ARMS DEBT TERMS") says nothing of whose minister the
// text's minister is.
#ifndef ENTENTE_CODING_HEADLINE_STATES_H_
#define ENTENTE_CODING_HEADLINE_STATES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lexicon/lexicon.h"

namespace entente::coding {

// (agent entry, the state's base code on `date`) for every state actor of `headline` followed
// by an agent phrase ("VENEZUELA FINANCE MINISTER", "JAPANESE TRADE OFFICIAL", "ITALY'S TREASURY
// MINISTER"). A state is an actor whose code on the date is three letters and no region.
std::vector<std::pair<uint32_t, std::string>> HeadlineStates(const lexicon::Lexicon& lex,
                                                             std::string_view headline,
                                                             int32_t date);

}  // namespace entente::coding

#endif  // ENTENTE_CODING_HEADLINE_STATES_H_
