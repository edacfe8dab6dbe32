// Persons a document introduces with their role and later names alone (entente's own
// convention, `option: learn_names = true`).
//
// News introduces a person the dictionaries cannot know once, with a title or an apposition —
// "Brazilian Finance Minister Dilson Funaro", "Alexander Ivanov, head of the Gulf desk at the
// Soviet Foreign Ministry," — and then writes "Funaro said", "Ivanov also accused ...". Without
// the introduction those sentences have no source. The introduction is remembered for the rest
// of the document only: another story's "Funaro" is not assumed to be the same person.
#ifndef ENTENTE_CODING_LEARNED_NAMES_H_
#define ENTENTE_CODING_LEARNED_NAMES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "coding/mentions.h"
#include "coding/sentence_view.h"

namespace entente::coding {

// A word that can be part of a person's name as written: capitalised, letters (and hyphens,
// apostrophes) only, with a lower-case letter: "Funaro", "O'Neill"; not "GATT", "Mr.", "U.S.".
bool IsNameLike(std::string_view form);

struct LearnedName {
  std::string surname;             // the family name, as written ("Funaro"; "Wang" of "Wang Yi")
  std::vector<std::string> given;  // the other words of the introduction ("Dilson"; "Yi")
  bool family_first = false;       // the given names follow the family name ("Wang Yi")
  std::string code, base;          // the role's code ("BRAGOV") and its actor ("BRA")
  std::string where;               // how it was learned, for --why
};

// Adds to *names the persons that the mentions `ms` of sentence `sentence` introduce: a name of
// two to four capitalised proper nouns right after an actor mention with a role ("Italian
// Treasury Minister Giovanni Goria"; "U.S. Undersecretary of State for Economic Affairs Allen
// Wallis" across an "of/for" title), or before a comma and an apposition naming an actor with a
// role and no verb ("Alexander Ivanov, head of the Gulf desk at the Soviet Foreign Ministry,").
// Words in `not_names` (upper case: days, months) end a name. A surname learned before keeps
// its first introduction. A person of a state in `family_first` (upper-case codes: CHN, KOR)
// is named by the first word of the name, the others following it.
void LearnNames(const SentenceView& view, const MentionSet& ms,
                const std::vector<std::string>& not_names,
                const std::vector<std::string>& family_first, uint32_t sentence,
                std::vector<LearnedName>* names);

// Adds a mention for every later use of a learned surname that no dictionary mention covers
// ("Funaro", "Mr. Funaro", "Dilson Funaro", "Minister Funaro": a title or honorific agent right
// before it joins the mention). A surname followed or preceded by another capitalised name word
// that is not part of the introduction names someone else and is left alone. Keeps *ms in text
// order.
void AddLearnedMentions(const SentenceView& view, const std::vector<LearnedName>& names,
                        const std::vector<uint8_t>* excluded, std::vector<Mention>* ms);

}  // namespace entente::coding

#endif  // ENTENTE_CODING_LEARNED_NAMES_H_
