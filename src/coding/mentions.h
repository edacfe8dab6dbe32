// Actor mentions in a sentence: dictionary actors and agents found by longest match, agents bound
// to the actor before or after them ("Arnorian police", "the police of Arnor", "Gondor's army"),
// codes chosen for the document's date, and compound actors from conjunctions and comma lists
// ("Arnor, Gondor and Rohan").
#ifndef ENTENTE_CODING_MENTIONS_H_
#define ENTENTE_CODING_MENTIONS_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "coding/sentence_view.h"
#include "lexicon/lexicon.h"

namespace entente::coding {

struct Mention {
  uint32_t begin = 0, end = 0;  // tokens [begin, end) of the sentence, agent included
  int32_t actor = -1;           // dictionary().actors index, -1 for an agent alone
  int32_t agent = -1;           // dictionary().agents index, -1 for none
  std::string code;             // the combined code on the date; "---" + role for an agent alone
  std::string where;            // the actor's (else the agent's) dictionary file:line
  uint32_t group = 0;           // compound group id: mentions with the same id form one compound
  bool null_actor = false;      // no actor code (agent alone, or the actor's code is null on the date)
  bool agent_after = false;     // the agent follows the actor ("Gondor ambassadors")
  std::string base;             // the actor's code alone ("---" for none)
  std::vector<uint32_t> agents;  // every agent entry bound, in text order
  // A compound of actors and bare agents ("Danish media and government", "lawmakers and
  // officials in Fornost and Gondor") stands for every actor with every agent: the codes are
  // listed on the group's first member and the other members are `absorbed`.
  std::vector<std::string> expanded;
  bool absorbed = false;
  bool resolved = false;  // the actor came from a possessive pronoun ("its troops"); `actor` may be -1
  bool learned = false;   // a person the document introduced earlier (learned_names.h); actor -1
  bool titled = false;    // a known person after a title ("Hezbollah leader Hassan Nasrallah")
  bool dated = false;     // the actor's entry has several codes by date (a person's roles)
};

struct CompoundGroup {
  uint32_t first = 0, last = 0;  // mention indexes [first, last]
  size_t size() const { return last - first + 1; }
};

struct MentionSet {
  std::vector<Mention> mentions;     // in text order, non-overlapping
  std::vector<CompoundGroup> groups;  // groups[m.group]
  std::vector<int32_t> at_token;      // mention index covering each token, -1 for none

  void Clear() {
    mentions.clear();
    groups.clear();
    at_token.clear();
  }
  // The mention covering token t, or -1.
  int MentionAt(size_t t) const { return t < at_token.size() ? at_token[t] : -1; }
  // The same, while at_token is not built yet (FindMentions): a scan of `ms`.
  static int MentionAtRaw(const std::vector<Mention>& ms, uint32_t t) {
    for (size_t k = 0; k < ms.size(); ++k) {
      if (ms[k].begin <= t && t < ms[k].end) return static_cast<int>(k);
    }
    return -1;
  }
};

struct LearnedName;  // learned_names.h

struct MentionOptions {
  int32_t date = 0;  // YYYYMMDD, picks date-restricted codes
  const std::vector<uint8_t>* excluded = nullptr;  // tokens not to look at (comma clauses)
  // Whether an agent phrase also contributes the agent phrases nested in it ("main opposition
  // group" = MOP + OPP), as PETRARCH-1 and TABARI do; PETRARCH-2 and UD-PETRARCH do not.
  bool nested_agents = true;
  lexicon::DateSemantics semantics = lexicon::DateSemantics::kTabari;
  // "its troops" / "their envoys" take the actor before them (entente's own dictionaries; the
  // suites of the other formats were coded without it), else `previous_actor`: the base code of
  // the last actor of the document's earlier sentences ("" for none).
  bool resolve_possessives = false;
  std::string_view previous_actor;
  // "The two sides", "both countries": the base codes of the last compound of the document's
  // earlier sentences (used with resolve_possessives).
  const std::vector<std::string>* previous_compound = nullptr;
  // Capitalised words after which a place names a document, not an actor ("Paris Agreement");
  // upper case, from `option: document_words`. Null: none.
  const std::vector<std::string>* document_words = nullptr;
  // Capitalised words that end the name of a company or institution a place begins ("HMO America
  // Inc"); upper case, from `option: institution_words`. Null: none.
  const std::vector<std::string>* institution_words = nullptr;
  // Words after which a `place: local` actor names a meeting held there ("the Venice summit");
  // upper case, from `option: meeting_words`. Null: none.
  const std::vector<std::string>* meeting_words = nullptr;
  // Words after which a place and a hyphen name where a thing comes from ("Soviet-made"); upper
  // case, from `option: origin_words`. Null: none.
  const std::vector<std::string>* origin_words = nullptr;
  // An IGO's leaders and officials are the IGO ("UN Secretary-General" = IGOUNO): entente's own
  // convention. Off, the role is appended as the field's coders do (IGOUNOGOV).
  bool igo_leaders = false;
  // "Hezbollah leader Hassan Nasrallah": a known person after a title gives the mention the
  // person's code rather than the title's (entente's own convention).
  bool named_person_wins = false;
  // A comma does not join into a list a verb's subject and an actor in an adverbial phrase of
  // that verb before it ("in the light of the United Kingdom's exit from the European Union,
  // Spain and the United Kingdom reached" lists Spain and the United Kingdom, not the European
  // Union): entente's own convention.
  bool lists_by_tree = false;
  // Persons the document introduced in earlier sentences ("Finance Minister Dilson Funaro", then
  // "Funaro said"): their later uses are mentions (learned_names.h). Null: none.
  const std::vector<LearnedName>* learned_names = nullptr;
  // (agent entry, state base code) pairs the story's headline names ("VENEZUELA FINANCE
  // MINISTER"): an agent of such an entry with no state of its own is that state's
  // (headline_states.h). Null: none.
  const std::vector<std::pair<uint32_t, std::string>>* headline_states = nullptr;
};

// The token heading the mention's words (the first whose head lies outside them), or -1.
int MentionHead(const SentenceView& v, const Mention& m);

// Finds the mentions of `view` into *out (cleared first). `hits` is scratch.
void FindMentions(const lexicon::Lexicon& lex, const SentenceView& view,
                  const MentionOptions& options, std::vector<lexicon::PhraseHit>* hits,
                  MentionSet* out);

// Actor code + agent code: `[~GOV]` appends, `[NGO~]` prepends; a role already present on a
// 3-character boundary is not repeated (LKAREB + REB = LKAREB).
std::string CombineCodes(std::string_view actor, std::string_view agent, bool prepend);

// The side an actor code stands for when a later "the two sides" pairs actors: its state
// (CHNGOV and CHN are one side, CHN), or an organisation's whole code (IGOUNO and IGOEEC differ).
std::string_view SideOf(std::string_view code);

// The two sides the mentions of `ms` that end before token `before` name, in text order, when
// they name exactly two ("Xi held talks with his Russian counterpart Putin": CHN, RUS); else
// empty.
std::vector<std::string> NamedPair(const std::vector<Mention>& ms, uint32_t before);

}  // namespace entente::coding

#endif  // ENTENTE_CODING_MENTIONS_H_
