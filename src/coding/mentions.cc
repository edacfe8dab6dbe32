#include "coding/mentions.h"

#include <algorithm>

#include "coding/learned_names.h"

namespace entente::coding {

namespace {

using lexicon::PhraseHit;

struct RawItem {
  bool agent = false;
  uint32_t entry = 0;
  uint32_t begin = 0, end = 0;
};

// Capitalised words before a place's name that are no given name: days and months ("on Monday
// Japan said"), directions and other name parts ("South Ukraine", "the One China principle").
bool IsNotAGivenName(std::string_view w) {
  return LowerIsAny(w, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "january", "february", "march", "april", "may", "june", "july",
                        "august", "september", "october", "november", "december", "north",
                        "south", "east", "west", "central", "northern", "southern", "eastern",
                        "western", "one", "new", "greater", "upper", "lower", "great", "free",
                        "united", "democratic", "people", "federal", "republic", "kingdom"});
}

bool IsPossessive(std::string_view form) { return form == "'s" || form == "'" || form == "'S"; }

// Words that may stand between an actor and the agent that follows it: "Arnor's first deputy
// prime minister", "Gondor's new army chief".
bool IsModifierBetween(const SentenceView& v, size_t t) {
  if (IsPossessive(v.forms[t])) return true;
  // A rank before a title, whatever its tag: "U.S. Deputy Trade Representative Michael Smith".
  if (LowerIsAny(v.forms[t], {"deputy", "acting", "assistant", "vice", "senior", "chief",
                              "interim", "principal", "associate"})) {
    return true;
  }
  // "awful and evil", "old, tired": a conjunction or comma between two adjectives.
  if ((UpperIs(v.forms[t], "AND") || v.forms[t] == ",") && t > 0 && t + 1 < v.size() &&
      v.pos[t - 1] == Pos::kAdj && v.pos[t + 1] == Pos::kAdj) {
    return true;
  }
  return v.pos[t] == Pos::kAdj || v.pos[t] == Pos::kNum ||
         (v.pos[t] == Pos::kNoun && t + 1 < v.size() && v.pos[t + 1] != Pos::kVerb);
}

// "the Paris Agreement", "the Paris Climate Agreement", "the Rome Statute": the actor phrase
// ending before `end` is followed by a capitalised document word (at most one capitalised word
// in between); or by a run of at most four common nouns ending in a document word, "the Paris
// currency stabilization accord" (tags only: the mentions are found before the tree is).
bool NamesADocument(const SentenceView& v, uint32_t end,
                    const std::vector<std::string>* document_words) {
  if (document_words == nullptr) return false;
  for (uint32_t t = end; t < v.size() && t < end + 2; ++t) {
    if (!StartsUpper(v.forms[t])) break;
    if (InUpperList(v.forms[t], *document_words)) return true;
  }
  for (uint32_t t = end; t < v.size() && t < end + 4 && v.pos[t] == Pos::kNoun; ++t) {
    if (InUpperList(v.forms[t], *document_words)) return true;
  }
  return false;
}

// Whether the tree keeps list members `a` and `b` (b after a comma) apart: b is a verb's subject
// (or an apposition of a) and a sits in an adverbial phrase of that verb ("in the light of the
// United Kingdom's exit from the European Union, Spain and the United Kingdom reached ...").
// Lists the parser hangs anywhere else stay lists (it often misreads them).
bool SplitByTree(const SentenceView& v, const Mention& a, const Mention& b) {
  const int ha = MentionHead(v, a), hb = MentionHead(v, b);
  if (ha < 0 || hb < 0 || v.head[hb] < 0) return false;
  // The parser often makes the subject an apposition of the phrase's last noun ("Despite a
  // dispute with the League of States, Valeria and Ostria signed"): two actors are no apposition.
  const bool appos_of_a = v.rel[hb] == Rel::kAppos &&
                          static_cast<uint32_t>(v.head[hb]) >= a.begin &&
                          static_cast<uint32_t>(v.head[hb]) < a.end;
  if (v.rel[hb] != Rel::kNsubj && !appos_of_a) return false;
  bool adverbial = false;
  int t = ha;
  if (appos_of_a) {  // up to the verb the phrase hangs on
    for (int hops = 0; hops < 12 && t >= 0 && !v.IsVerbal(static_cast<size_t>(t)); ++hops) {
      adverbial = v.rel[t] == Rel::kObl && v.Child(static_cast<size_t>(t), Rel::kCase) >= 0;
      t = v.head[t];
    }
    return t >= 0 && adverbial;
  }
  const int verb = v.head[hb];
  for (int hops = 0; hops < 12 && t >= 0 && t != verb; ++hops) {
    // A real prepositional phrase: a bare noun read as an oblique ("Representatives of the
    // U.S., the Soviet Union ... agreed") is the parser's mistake for the subject.
    adverbial = v.rel[t] == Rel::kObl && v.Child(static_cast<size_t>(t), Rel::kCase) >= 0;
    t = v.head[t];
  }
  return t == verb && adverbial;
}

// "HMO America Inc", "Manufacturers Hanover Trust Co", "the Inter African Coffee Organisation":
// the actor phrase ending before `end` is followed by at most three capitalised words, the last
// one an institution word, that begin no agent phrase ("the Brazilian Central Bank" is the
// central bank's agent, "the Japanese Foreign Ministry" keeps its ministry).
bool NamesAnInstitution(const lexicon::Lexicon& lex, const SentenceView& v, uint32_t end,
                        const std::vector<std::string>* institution_words,
                        std::vector<PhraseHit>* hits) {
  if (institution_words == nullptr) return false;
  for (uint32_t t = end; t < v.size() && t < end + 3; ++t) {
    if (!StartsUpper(v.forms[t])) return false;
    if (InUpperList(v.forms[t], *institution_words)) {
      hits->clear();
      return lex.FindAgentsStartingAt(std::span<const lexicon::AnalyzedToken>(v.analyzed), end,
                                      hits) == 0;
    }
  }
  return false;
}

// The separators of a compound: "," "and" "or" "&" (and a determiner after them), or a hyphen
// joining two names.
enum class Sep { kNone, kComma, kConj };

Sep SeparatorBetween(const SentenceView& v, uint32_t from, uint32_t to) {
  if (from >= to) return Sep::kNone;
  Sep kind = Sep::kNone;
  for (uint32_t t = from; t < to; ++t) {
    const std::string_view f = v.forms[t];
    if (f == ",") {
      if (kind == Sep::kNone) kind = Sep::kComma;
    } else if (f == "-" && to == from + 1 && from > 0 && from + 1 < v.size() &&
               v.forms[from - 1].data() + v.forms[from - 1].size() == f.data() &&
               f.data() + 1 == v.forms[from + 1].data()) {
      // "the French-Mexican initiative", "U.S.-Japan talks"; not a dateline's "WASHINGTON - ".
      kind = Sep::kConj;
    } else if (UpperIs(f, "AND") || UpperIs(f, "OR") || f == "&") {
      kind = Sep::kConj;
    } else if ((v.pos[t] == Pos::kDet || v.pos[t] == Pos::kAdj) && kind != Sep::kNone) {
      continue;  // "Fornost and the evil Gondor
    } else {
      return Sep::kNone;
    }
  }
  return kind;
}

// Where the gap after mention `m` begins for a compound: past the person's name that follows a
// title ("Nigerian Finance Minister Chu Okongwu and senior French Treasury officials signed"):
// up to four name-like proper nouns after a mention whose role follows its actor.
uint32_t AfterTitledName(const SentenceView& v, const Mention& m) {
  uint32_t t = m.end;
  if (m.agents.empty() || !m.agent_after) return t;
  for (int k = 0; k < 4 && t < v.size() && v.pos[t] == Pos::kPropn && IsNameLike(v.forms[t]);
       ++k) {
    ++t;
  }
  return t;
}

// An agent's role added to a code. With `igo_leaders` (entente's own convention) an
// international organisation's leaders and officials are the organisation itself ("the UN
// Secretary-General" = IGOUNO, not IGOUNOGOV); its other roles (IGOUNOPKO) are kept.
std::string AddRole(std::string_view code, const lexicon::AgentEntry& ag, bool igo_leaders) {
  if (igo_leaders && !ag.prepend && code.size() == 6 && code.substr(0, 3) == "IGO" &&
      (ag.code == "GOV" || ag.code == "ELI")) {
    return std::string(code);
  }
  return CombineCodes(code, ag.code, ag.prepend);
}

void ExpandAgentCompound(const lexicon::Dictionary& dict, size_t first, size_t last,
                         bool igo_leaders, std::vector<Mention>* ms) {
  std::vector<std::string> bases;
  std::vector<const std::vector<uint32_t>*> role_sets;
  bool lone = false;
  for (size_t m = first; m <= last; ++m) {
    const Mention& x = (*ms)[m];
    if (x.actor < 0 && !x.learned) lone = true;
    if ((x.actor >= 0 || x.learned) && !x.null_actor &&
        std::find(bases.begin(), bases.end(), x.base) == bases.end()) {
      bases.push_back(x.base);
    }
    if (!x.agents.empty()) role_sets.push_back(&x.agents);
  }
  if (!lone || bases.empty() || role_sets.empty()) return;
  std::vector<std::string> codes;
  for (const std::string& b : bases) {
    for (const auto* roles : role_sets) {
      std::string c = b;
      for (uint32_t a : *roles) c = AddRole(c, dict.agents[a], igo_leaders);
      if (std::find(codes.begin(), codes.end(), c) == codes.end()) codes.push_back(std::move(c));
    }
  }
  (*ms)[first].expanded = std::move(codes);
  for (size_t m = first + 1; m <= last; ++m) (*ms)[m].absorbed = true;
}

// Nouns that "both" and "the two" pair with when they stand for two actors named before.
bool IsPairNoun(std::string_view w) {
  for (std::string_view n : {"SIDES", "COUNTRIES", "NATIONS", "GOVERNMENTS", "STATES", "LEADERS",
                             "PARTIES", "PRESIDENTS", "NEIGHBOURS", "NEIGHBORS", "CAPITALS",
                             "ALLIES", "RIVALS", "DELEGATIONS", "MINISTERS"}) {
    if (UpperIs(w, n)) return true;
  }
  return false;
}

// The base codes of the last compound of actors (two or more mentions joined by a conjunction)
// ending before token `before`; empty when there is none.
std::vector<std::string> LastCompoundBefore(const SentenceView& view,
                                            const std::vector<Mention>& ms, uint32_t before) {
  std::vector<std::string> codes, chain;
  size_t k = 0;
  while (k < ms.size() && ms[k].end <= before) {
    size_t last = k;
    bool conj = false;
    while (last + 1 < ms.size() && ms[last + 1].end <= before) {
      const Sep s = SeparatorBetween(view, ms[last].end, ms[last + 1].begin);
      if (s == Sep::kNone) break;
      conj = conj || s == Sep::kConj;
      ++last;
    }
    chain.clear();
    for (size_t j = k; j <= last; ++j) {
      const Mention& m = ms[j];
      if (m.actor < 0 || m.null_actor) continue;
      if (std::find(chain.begin(), chain.end(), m.base) == chain.end()) chain.push_back(m.base);
    }
    if (conj && chain.size() > 1) codes = chain;
    k = last + 1;
  }
  return codes;
}

}  // namespace

int MentionHead(const SentenceView& v, const Mention& m) {
  for (uint32_t k = m.begin; k < m.end; ++k) {
    const int h = v.head[k];
    if (h < static_cast<int>(m.begin) || h >= static_cast<int>(m.end)) return static_cast<int>(k);
  }
  return -1;
}

std::string_view SideOf(std::string_view code) {
  if (code.size() > 3 && !code.starts_with("IGO") && !code.starts_with("NGO") &&
      !code.starts_with("MNC")) {
    return code.substr(0, 3);
  }
  return code;
}

std::vector<std::string> NamedPair(const std::vector<Mention>& ms, uint32_t before) {
  std::string_view sides[2];
  size_t count = 0;
  for (const Mention& m : ms) {
    if (m.end > before) break;
    if ((m.actor < 0 && !m.learned) || m.null_actor) continue;
    const std::string_view side = SideOf(m.base);
    if (std::find(sides, sides + count, side) != sides + count) continue;
    if (count == 2) return {};
    sides[count++] = side;
  }
  if (count != 2) return {};
  return {std::string(sides[0]), std::string(sides[1])};
}

std::string CombineCodes(std::string_view actor, std::string_view agent, bool prepend) {
  if (agent.empty()) return std::string(actor);
  if (prepend) return std::string(agent) + std::string(actor);
  // Do not repeat a role the code already has on a 3-character boundary.
  for (size_t i = 0; i + agent.size() <= actor.size(); i += 3) {
    if (actor.substr(i, agent.size()) == agent && (i + agent.size()) % 3 == 0) {
      return std::string(actor);
    }
  }
  return std::string(actor) + std::string(agent);
}

void FindMentions(const lexicon::Lexicon& lex, const SentenceView& view,
                  const MentionOptions& options, std::vector<PhraseHit>* hits, MentionSet* out) {
  out->Clear();
  const auto& dict = lex.dictionary();
  const size_t n = view.size();
  std::span<const lexicon::AnalyzedToken> toks(view.analyzed);

  // 1. Longest dictionary match at each position, actors winning ties.
  std::vector<RawItem> items;
  for (uint32_t i = 0; i < n;) {
    if (options.excluded != nullptr && (*options.excluded)[i] != 0) {
      ++i;
      continue;
    }
    hits->clear();
    uint32_t actor_end = 0, agent_end = 0;
    uint32_t actor_entry = 0, agent_entry = 0;
    if (lex.FindActorsStartingAt(toks, i, hits) > 0) {
      actor_end = (*hits)[0].end;
      actor_entry = (*hits)[0].entry;
    }
    hits->clear();
    if (lex.FindAgentsStartingAt(toks, i, hits) > 0) {
      agent_end = (*hits)[0].end;
      agent_entry = (*hits)[0].entry;
    }
    if (actor_end == 0 && agent_end == 0) {
      ++i;
      continue;
    }
    if (actor_end >= agent_end) {
      // "the Secretary-General of the OIC": an actor phrase that is also a role ("THE
      // SECRETARY-GENERAL" stands for the UN's) followed by "of" and another actor is that
      // actor's role.
      uint32_t role_begin = i;
      if (role_begin + 1 < actor_end && view.pos[role_begin] == Pos::kDet) ++role_begin;
      uint32_t owner = actor_end + 1;
      if (owner < n && view.pos[owner] == Pos::kDet) ++owner;
      if (actor_end < n && UpperIs(view.forms[actor_end], "OF") && owner < n) {
        hits->clear();
        const bool role = lex.FindAgentsStartingAt(toks, role_begin, hits) > 0 &&
                          (*hits)[0].end == actor_end;
        const uint32_t role_entry = role ? (*hits)[0].entry : 0;
        hits->clear();
        if (role && lex.FindActorsStartingAt(toks, owner, hits) > 0) {
          items.push_back({true, role_entry, role_begin, actor_end});
          i = actor_end;
          continue;
        }
      }
      const bool names_a_meeting = (dict.actors[actor_entry].local ||
                                    dict.actors[actor_entry].region) &&
                                   NamesADocument(view, actor_end, options.meeting_words);
      // "Commonwealth Bank of Australia", "Union Bank of Switzerland": a place after a
      // capitalised name ending in an institution word, and "of", names the institution. A bare
      // "Bank of Zambia" is mostly the central bank and keeps its place.
      const bool of_an_institution =
          options.institution_words != nullptr && i >= 3 && UpperIs(view.forms[i - 1], "OF") &&
          InUpperList(view.forms[i - 2], *options.institution_words) &&
          StartsUpper(view.forms[i - 2]) && StartsUpper(view.forms[i - 3]) &&
          view.pos[i - 3] != Pos::kDet;  // not "The Bank of Zambia"
      // "Czechoslovak-made bombers": where the bombers were made.
      const bool names_an_origin = options.origin_words != nullptr && actor_end + 1 < n &&
                                   view.forms[actor_end] == "-" &&
                                   InUpperList(view.forms[actor_end + 1], *options.origin_words);
      // "Bristol-Myers Co": a city joined by a hyphen to a capitalised word that is no actor
      // begins a company's name ("U.S.-Japan talks" join two actors).
      bool hyphen_name = false;
      if (dict.actors[actor_entry].local && actor_end + 1 < n && view.forms[actor_end] == "-" &&
          StartsUpper(view.forms[actor_end + 1])) {
        hits->clear();
        hyphen_name = lex.FindActorsStartingAt(toks, actor_end + 1, hits) == 0;
      }
      if (!names_a_meeting && !of_an_institution && !names_an_origin && !hyphen_name &&
          !NamesADocument(view, actor_end, options.document_words) &&
          !NamesAnInstitution(lex, view, actor_end, options.institution_words, hits)) {
        items.push_back({false, actor_entry, i, actor_end});
      }
      i = actor_end;
    } else {
      items.push_back({true, agent_entry, i, agent_end});
      i = agent_end;
    }
  }

  // 2. Bind agents to actors: one noun phrase is [agents] actor [agents] ("an MSF Arnor
  // diplomat"), or agents "of/in/from/for" an actor ("the ambassadors of Arnor"). Every agent
  // adds its role, in text order; an agent phrase also contributes the shorter agent phrases
  // inside it ("main opposition group" is MOP and, through "opposition group", OPP), as the
  // PETRARCH suites expect.
  auto actor_code = [&](uint32_t entry, std::string* code, bool* null_actor) {
    const lexicon::ActorCode* c = dict.actors[entry].CodeOn(options.date, options.semantics);
    if (c == nullptr || c->code.empty() || c->code == "---") {
      *code = "---";
      *null_actor = true;
    } else {
      *code = c->code;
    }
  };
  std::vector<uint32_t> agents;  // agent entries of the phrase being built, in text order
  auto add_agent = [&](const RawItem& it) {
    agents.push_back(it.entry);
    if (!options.nested_agents) return;
    for (uint32_t t = it.begin + 1; t < it.end; ++t) {
      hits->clear();
      if (lex.FindAgentsStartingAt(toks, t, hits) == 0) continue;
      if ((*hits)[0].end <= it.end) agents.push_back((*hits)[0].entry);
    }
  };
  auto close_to = [&](uint32_t end, uint32_t begin) {
    if (begin < end || begin - end > 4) return false;
    for (uint32_t t = end; t < begin; ++t) {
      if (!IsModifierBetween(view, t)) return false;
    }
    return true;
  };
  auto connector = [&](uint32_t end, uint32_t begin) {
    uint32_t t = end;
    if (t >= begin) return false;
    const std::string_view f = view.forms[t];
    // Not "for": "the Special Envoy for Yemen" is someone else's envoy to Yemen.
    if (!(UpperIs(f, "OF") || UpperIs(f, "IN") || UpperIs(f, "FROM"))) {
      return false;
    }
    // Nor "in" after a visiting party: "the UN mission in Libya", "the IMF team in Lusaka".
    if (UpperIs(f, "IN") && end > 0 &&
        LowerIsAny(view.forms[end - 1], {"mission", "missions", "team", "teams"})) {
      return false;
    }
    ++t;
    if (t < begin && view.pos[t] == Pos::kDet) ++t;
    return t == begin;
  };
  // `titles`: how many of `agents` stand before the actor (its titles).
  auto emit = [&](int actor, uint32_t begin, uint32_t end, bool agent_after, size_t titles) {
    Mention m;
    m.begin = begin;
    m.end = end;
    m.actor = actor;
    m.agent = agents.empty() ? -1 : static_cast<int32_t>(agents.front());
    m.agent_after = agent_after;
    std::string code;
    if (actor >= 0) {
      actor_code(static_cast<uint32_t>(actor), &code, &m.null_actor);
      m.where = dict.Where(dict.actors[actor].source);
      m.dated = dict.actors[actor].codes.size() > 1;
    } else {
      code = "---";
      m.null_actor = true;
      m.where = dict.Where(dict.agents[agents.front()].source);
    }
    // "London traders", "army units in Buenos Aires": a capital stands for its government only
    // alone; with a role the role is the country's (GBRBUS, not GBRGOVBUS).
    if (actor >= 0 && !agents.empty() && dict.actors[actor].local && code.size() == 6 &&
        code.ends_with("GOV")) {
      code.resize(3);
    }
    m.base = code;
    // A leader's title before an actor the dictionary already gives a role adds nothing:
    // "Republican leader Bob Dole" is USALEG, not USALEGGOV ("opposition leader X" still adds
    // OPP).
    const bool has_role = actor >= 0 && code.size() >= 6 && !code.starts_with("IGO");
    for (size_t a = 0; a < agents.size(); ++a) {
      const lexicon::AgentEntry& ag = dict.agents[agents[a]];
      if (a < titles && has_role && !ag.prepend && (ag.code == "GOV" || ag.code == "ELI")) {
        continue;
      }
      code = AddRole(code, ag, options.igo_leaders);
    }
    m.code = std::move(code);
    m.agents = agents;
    out->mentions.push_back(std::move(m));
    agents.clear();
  };
  for (size_t k = 0; k < items.size();) {
    agents.clear();
    size_t j = k;
    if (items[k].agent) {
      add_agent(items[k]);
      while (j + 1 < items.size() && items[j + 1].agent && close_to(items[j].end, items[j + 1].begin)) {
        add_agent(items[++j]);
      }
      const bool actor_next = j + 1 < items.size() && !items[j + 1].agent;
      // A plural role right before a state's name is no title of it: "told reporters West
      // Germany would provide 300 mln marks" (a title precedes a person: "Foreign Minister Wang
      // Yi"; a state's people or officials are "West German reporters").
      bool plural_before_state = false;
      if (actor_next && items[j + 1].begin == items[j].end) {
        const std::string_view last = view.forms[items[j].end - 1];
        const lexicon::ActorCode* c =
            dict.actors[items[j + 1].entry].CodeOn(options.date, options.semantics);
        plural_before_state = last.size() > 3 && (last.back() == 's' || last.back() == 'S') &&
                              view.pos[items[j].end - 1] == Pos::kNoun && c != nullptr &&
                              c->code.size() == 3;
      }
      if (!actor_next || plural_before_state ||
          !(items[j + 1].begin == items[j].end || connector(items[j].end, items[j + 1].begin))) {
        emit(-1, items[k].begin, items[j].end, false, 0);
        k = j + 1;
        continue;
      }
      ++j;  // the actor
    }
    // items[j] is the actor; agents after it.
    const size_t titles = agents.size();
    const RawItem& actor = items[j];
    size_t last = j;
    bool after = false;
    while (last + 1 < items.size() && items[last + 1].agent &&
           close_to(items[last].end, items[last + 1].begin)) {
      add_agent(items[++last]);
      after = true;
    }
    emit(static_cast<int>(actor.entry), items[k].begin, items[last].end, after, titles);
    k = last + 1;
  }

  // 2a. A place's name as a person's surname, after a given name: "Mr. Dennis France" (a
  // misspelt "Francis" in a UN speech), "chief Portuguese negotiator Rui Medina" are no actors.
  // The given name is a capitalised proper noun no mention covers, at the sentence's start or
  // after an honorific or a word in lower case (IsNotAGivenName: "on Monday Japan said").
  if (options.resolve_possessives) {
    auto& all = out->mentions;
    all.erase(std::remove_if(all.begin(), all.end(),
                             [&](const Mention& m) {
                               if (m.actor < 0 || !m.agents.empty() || m.base.size() != 3 ||
                                   m.begin < 1) {
                                 return false;
                               }
                               const uint32_t g = m.begin - 1;
                               const std::string_view before =
                                   g > 0 ? view.forms[g - 1] : std::string_view();
                               return view.pos[g] == Pos::kPropn && IsNameLike(view.forms[g]) &&
                                      MentionSet::MentionAtRaw(all, g) < 0 &&
                                      !IsNotAGivenName(view.forms[g]) &&
                                      (g == 0 ||
                                       LowerIsAny(before, {"mr.", "mr", "mrs.", "mrs", "ms.", "ms",
                                                           "dr.", "sir"}) ||
                                       (!before.empty() && before[0] >= 'a' && before[0] <= 'z'));
                             }),
              all.end());
  }

  // 2b. "The Government and people of Cuba", "the respective Governments and peoples of the
  // Kingdom of Morocco": one actor, the state's government (the development set's guidelines).
  if (options.resolve_possessives) {
    auto& all = out->mentions;
    for (size_t k = 0; k + 1 < all.size(); ++k) {
      Mention& m = all[k];
      if (m.actor >= 0 || m.agents.size() != 1 || dict.agents[m.agents[0]].code != "GOV") continue;
      uint32_t t = m.end;
      if (t >= n || !UpperIs(view.forms[t], "AND")) continue;
      ++t;
      if (t < n && UpperIs(view.forms[t], "THE")) ++t;
      if (t >= n || (!UpperIs(view.forms[t], "PEOPLE") && !UpperIs(view.forms[t], "PEOPLES"))) {
        continue;
      }
      ++t;
      if (t >= n || !UpperIs(view.forms[t], "OF")) continue;
      ++t;
      Mention& x = all[k + 1];
      if (x.begin < t || x.begin > t + 1 || x.actor < 0 || x.null_actor || !x.agents.empty()) {
        continue;
      }
      m.actor = x.actor;
      m.base = x.base;
      m.code = AddRole(x.base, dict.agents[m.agents[0]], options.igo_leaders);
      m.null_actor = false;
      m.where = x.where;
      m.end = x.end;
      all.erase(all.begin() + static_cast<std::ptrdiff_t>(k) + 1);
    }
  }

  // 2c. A title with no state that the story's headline joins to a state: "Finance Minister
  // Manuel Azpurua said" under "VENEZUELA FINANCE MINISTER TO JAPAN IN MID-MAY".
  if (options.headline_states != nullptr) {
    for (Mention& m : out->mentions) {
      if (m.actor >= 0 || m.agents.empty()) continue;
      for (const auto& [agent, state] : *options.headline_states) {
        if (agent != m.agents.front()) continue;
        std::string code = state;
        for (uint32_t a : m.agents) code = AddRole(code, dict.agents[a], options.igo_leaders);
        m.base = state;
        m.code = std::move(code);
        m.null_actor = false;
        m.resolved = true;
        m.where = "the headline's " + state;
        break;
      }
    }
  }

  // 3. One noun phrase, one actor: "Bree Prime Minister Romendacil" is the first mention's
  // actor, the person named after the title adds nothing (the suites' convention; with
  // named_person_wins the person's own code is taken).
  auto& ms = out->mentions;
  {
    size_t w = 0;
    for (size_t k = 0; k < ms.size(); ++k) {
      if (w > 0 && ms[w - 1].end == ms[k].begin && ms[w - 1].agent >= 0 && ms[k].actor >= 0 &&
          ms[k].agent < 0 && !ms[w - 1].null_actor) {
        // entente's own convention: a person the dictionaries know, with a code on the date,
        // is more exact than the title before the name ("Hezbollah leader Hassan Nasrallah").
        if (options.named_person_wins && !ms[k].null_actor) {
          const uint32_t begin = ms[w - 1].begin;
          ms[w - 1] = std::move(ms[k]);
          ms[w - 1].begin = begin;
          ms[w - 1].titled = true;
          continue;
        }
        ms[w - 1].end = ms[k].end;
        continue;
      }
      // entente's own convention: a state's name right before an actor of that state is part
      // of its name ("Chinese President Xi Jinping", where the person's entry carries the
      // title): one mention, the more exact one.
      if (options.named_person_wins && w > 0 && ms[w - 1].end == ms[k].begin &&
          ms[w - 1].actor >= 0 && ms[w - 1].agents.empty() && !ms[w - 1].null_actor &&
          ms[w - 1].code.size() == 3 && ms[k].actor >= 0 && !ms[k].null_actor &&
          ms[k].code.size() > 3 && ms[k].code.starts_with(ms[w - 1].code)) {
        const uint32_t begin = ms[w - 1].begin;
        ms[w - 1] = std::move(ms[k]);
        ms[w - 1].begin = begin;
        continue;
      }
      if (w != k) ms[w] = std::move(ms[k]);
      ++w;
    }
    ms.resize(w);
  }

  // 3a. Persons the document introduced earlier, named alone ("Funaro said").
  if (options.learned_names != nullptr) {
    AddLearnedMentions(view, *options.learned_names, options.excluded, &ms);
  }

  // 3b. "Its troops", "their envoys": an agent whose owner is a possessive pronoun belongs to the
  // nearest actor before it in the sentence ("Iraq said its forces ..."), else to the last actor
  // of the sentences before (options.previous_actor). Only "its" and "their": "his" and "her"
  // point at persons, whose role the agent would wrongly extend.
  if (options.resolve_possessives) {
    for (size_t k = 0; k < ms.size(); ++k) {
      Mention& m = ms[k];
      if (m.actor >= 0 || m.begin == 0 || m.agents.empty() || m.agent_after) continue;
      const std::string_view owner = view.forms[m.begin - 1];
      if (!UpperIs(owner, "ITS") && !UpperIs(owner, "THEIR")) continue;
      std::string_view base;
      int32_t actor = -1;
      for (size_t j = k; j-- > 0;) {
        if (ms[j].actor >= 0 && !ms[j].null_actor) {
          base = ms[j].base;
          actor = ms[j].actor;
          break;
        }
      }
      if (actor < 0 && !options.previous_actor.empty()) base = options.previous_actor;
      if (base.empty()) continue;
      std::string code(base);
      for (uint32_t a : m.agents) code = AddRole(code, dict.agents[a], options.igo_leaders);
      m.base.assign(base);
      m.code = std::move(code);
      m.actor = actor;
      m.null_actor = false;
      m.resolved = true;
    }
  }

  // 3c. "The two sides", "both countries", "the two": the compound actor named last — in this
  // sentence before the phrase, else in the sentences before (options.previous_compound). The
  // phrase becomes one mention standing for every member ("expanded").
  if (options.resolve_possessives) {
    std::vector<Mention> anaphors;
    std::vector<uint32_t> replaced;  // agent mentions the phrases took over
    for (uint32_t i = 0; i + 1 < n; ++i) {
      if (out->MentionAtRaw(ms, i) >= 0) continue;
      uint32_t end = 0;
      // The pair noun may be an agent phrase of several words: "the two heads of state", "both
      // foreign ministers" — plural ("both military and civilian" is a conjunction), and not
      // companies ("the two companies" are two firms, not the states named before).
      auto agent_at = [&](uint32_t t) -> uint32_t {
        const int k = t < n ? out->MentionAtRaw(ms, t) : -1;
        if (k < 0 || ms[k].begin != t || ms[k].actor >= 0 || ms[k].agents.empty()) return 0;
        bool plural = false;
        for (uint32_t w = ms[k].begin; w < ms[k].end; ++w) {
          const std::string_view f = view.forms[w];
          plural = plural || (view.pos[w] == Pos::kNoun && (f.back() == 's' || f.back() == 'S'));
        }
        const uint32_t e = ms[k].end;
        if (!plural || (e < n && (UpperIs(view.forms[e], "AND") || UpperIs(view.forms[e], "OR")))) {
          return 0;
        }
        for (uint32_t a : ms[k].agents) {
          if (dict.agents[a].code == "BUS") return 0;
        }
        return e;
      };
      if (UpperIs(view.forms[i], "BOTH") &&
          (IsPairNoun(view.forms[i + 1]) || agent_at(i + 1) > 0)) {
        end = std::max(i + 2, agent_at(i + 1));
      } else if (UpperIs(view.forms[i], "THE") && UpperIs(view.forms[i + 1], "TWO")) {
        end = i + 2 < n && IsPairNoun(view.forms[i + 2]) ? i + 3 : i + 2;
        if (agent_at(i + 2) > 0) end = agent_at(i + 2);
        // "the two" alone must stand as a noun phrase: followed by a verb or punctuation (not
        // a hyphen: "the two-day talks").
        if (end == i + 2 && i + 2 < n &&
            ((view.pos[i + 2] != Pos::kVerb && view.pos[i + 2] != Pos::kAux &&
              view.pos[i + 2] != Pos::kPunct) ||
             view.forms[i + 2] == "-")) {
          end = 0;
        }
      }
      if (end == 0) continue;
      // The pair noun may itself be an agent ("the two ministers", "both governments"): the
      // phrase replaces that mention and gives its role to every member (JPNGOV, INDGOV). A
      // mention that names an actor or reaches outside the phrase leaves the phrase alone.
      const int inner = out->MentionAtRaw(ms, end - 1);
      if (inner >= 0 && (ms[inner].actor >= 0 || ms[inner].begin < i || ms[inner].end > end)) {
        continue;
      }
      // The pair: a compound before the phrase, else the two sides the sentence named before it
      // ("Turkey accused Greece of breaching the accord under which both sides agreed"), else
      // the sentences before.
      std::vector<std::string> codes = LastCompoundBefore(view, ms, i);
      if (codes.size() < 2) codes = NamedPair(ms, i);
      if (codes.size() < 2 && options.previous_compound != nullptr) codes = *options.previous_compound;
      if (codes.size() < 2) continue;
      const std::string base = codes[0];
      if (inner >= 0) {
        for (std::string& c : codes) {
          for (uint32_t a : ms[inner].agents) c = AddRole(c, dict.agents[a], options.igo_leaders);
        }
        replaced.push_back(static_cast<uint32_t>(inner));
      }
      // An agent alone "of" the phrase is the pair's: "the authorized representatives of the
      // two sides signed a protocol" = both sides' governments.
      uint32_t begin = i;
      if (i >= 2 && UpperIs(view.forms[i - 1], "OF")) {
        const int owner = out->MentionAtRaw(ms, i - 2);
        if (owner >= 0 && ms[owner].end == i - 1 && ms[owner].actor < 0 &&
            !ms[owner].agents.empty()) {
          for (std::string& c : codes) {
            for (uint32_t a : ms[owner].agents) {
              c = AddRole(c, dict.agents[a], options.igo_leaders);
            }
          }
          replaced.push_back(static_cast<uint32_t>(owner));
          begin = ms[owner].begin;
        }
      }
      Mention m;
      m.begin = begin;
      m.end = end;
      m.code = codes[0];
      m.base = base;
      m.expanded = std::move(codes);
      m.resolved = true;
      anaphors.push_back(std::move(m));
      i = end - 1;
    }
    if (!anaphors.empty()) {
      std::sort(replaced.begin(), replaced.end());
      for (size_t r = replaced.size(); r-- > 0;) ms.erase(ms.begin() + replaced[r]);
      for (Mention& m : anaphors) ms.push_back(std::move(m));
      std::stable_sort(ms.begin(), ms.end(),
                       [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
    }
  }

  // 4. Compounds: mentions joined by "," "and" "or"; a comma-only chain is not a compound
  // (an apposition or a list of clauses), so chains without a conjunction are split.
  size_t start = 0;
  while (start < ms.size()) {
    size_t end = start;
    bool has_conj = false;
    while (end + 1 < ms.size()) {
      const Sep s = SeparatorBetween(view, AfterTitledName(view, ms[end]), ms[end + 1].begin);
      if (s == Sep::kNone) break;
      // "France, Germany and Italy, Funaro hopes ...": a list ends at the member after its
      // conjunction; a comma after it starts something else.
      if (has_conj && s == Sep::kComma) break;
      if (s == Sep::kComma && options.lists_by_tree && SplitByTree(view, ms[end], ms[end + 1])) {
        break;
      }
      has_conj = has_conj || s == Sep::kConj;
      ++end;
    }
    // "Zambia, Canada and other cooperating partners held ...": a comma list whose conjunction
    // joins a last member that names no actor ("and other partners", "and others") is a list.
    if (!has_conj && end > start) {
      const uint32_t e = ms[end].end;
      has_conj = e + 1 < view.size() && LowerIsAny(view.forms[e], {"and", "or"}) &&
                 LowerIsAny(view.forms[e + 1], {"other", "others"});
    }
    if (!has_conj) end = start;
    const uint32_t gid = static_cast<uint32_t>(out->groups.size());
    out->groups.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
    for (size_t m = start; m <= end; ++m) ms[m].group = gid;
    // "the Arnor, Gondor and Rohan ambassadors", "the ambassadors of Arnor, Gondor and Rohan":
    // an agent on the last member (after its actor) or on the first (before it) applies to all.
    if (end > start) {
      int from = -1;
      // The last member's agent is shared only when it is plural and the member is not a noun
      // phrase of its own: "the Arnor, Gondor and Rohan ambassadors", not "Ostria, Kendor and
      // the Ostrian army".
      if (ms[end].agent_after) {
        const std::string_view last_word = view.forms[ms[end].end - 1];
        const bool plural = !last_word.empty() && (last_word.back() == 's' ||
                                                    last_word.back() == 'S');
        const bool own_np = ms[end].begin > 0 && view.pos[ms[end].begin - 1] == Pos::kDet;
        if (plural && !own_np) from = static_cast<int>(end);
      }
      if (ms[start].agent >= 0 && ms[start].actor >= 0 && !ms[start].agent_after) {
        from = static_cast<int>(start);
      }
      if (from >= 0) {
        const lexicon::AgentEntry& ag = dict.agents[ms[from].agent];
        for (size_t m = start; m <= end; ++m) {
          if (ms[m].agent < 0 && ms[m].actor >= 0) {
            ms[m].agent = ms[from].agent;
            ms[m].code = AddRole(ms[m].code, ag, options.igo_leaders);
          }
        }
      }
    }
    if (end > start) ExpandAgentCompound(dict, start, end, options.igo_leaders, &ms);
    start = end + 1;
  }
  out->at_token.assign(n, -1);
  for (size_t m = 0; m < ms.size(); ++m) {
    for (uint32_t t = ms[m].begin; t < ms[m].end && t < n; ++t) {
      out->at_token[t] = static_cast<int32_t>(m);
    }
  }
}

}  // namespace entente::coding
