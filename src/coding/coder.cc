#include "coding/coder.h"

#include <algorithm>
#include <cstdlib>
#include <tuple>

#include "base/date.h"
#include "coding/clause.h"
#include "coding/headline_states.h"
#include "coding/mood.h"
#include "entente/pipeline.h"

namespace entente::coding {

namespace {

int32_t DateNumber(const std::string& iso) {
  auto d = base::ParseDate(iso);
  if (!d.ok()) return 0;
  return d->year * 10000 + d->month * 100 + d->day;
}

// Whether token `tok` sits in a clause that `verb` embeds (a complement or adverbial clause, a
// clausal subject, a parenthetical, a clause modifying a noun): that clause has a verb of its
// own, whose event it describes. "Iran announced that its offensive against Iraq had ended" does
// not announce anything *to* Iraq. Controlled clauses (xcomp) are not embedded in this sense:
// "vowed to attack Iraq" is one event.
bool InEmbeddedClause(const SentenceView& v, size_t verb, size_t tok) {
  for (int x = static_cast<int>(tok), hops = 0; x >= 0 && hops < 64; x = v.head[x], ++hops) {
    if (static_cast<size_t>(x) == verb) return false;
    const int h = v.head[x];
    if (h < 0) return false;
    // A coordinated clause ("supported X and attacked Gondor") counts as embedded too.
    const bool clause_conj = v.rel[x] == Rel::kConj && v.IsVerbal(x);
    switch (clause_conj ? Rel::kCcomp : v.rel[x]) {
      case Rel::kCcomp: case Rel::kAdvcl: case Rel::kCsubj: case Rel::kParataxis:
      case Rel::kAcl: case Rel::kAclRelcl: {
        // Embedded, if the embedding clause is the verb's own (the verb governs it).
        for (int y = h, k = 0; y >= 0 && k < 64; y = v.head[y], ++k) {
          if (static_cast<size_t>(y) == verb) return true;
        }
        return false;
      }
      default:
        break;
    }
  }
  return false;
}

// Whether `tok` lies in an adverbial, relative or coordinated clause that the phrase of `verb`
// embeds (not a reported clause: "said it was ready to talk"). A participle that only sizes its
// noun is no clause: "receive loans totalling 390 mln dlrs from Japan".
bool InAdjunctClause(const SentenceView& v, size_t verb, size_t tok) {
  for (int x = static_cast<int>(tok), hops = 0; x >= 0 && hops < 64; x = v.head[x], ++hops) {
    if (static_cast<size_t>(x) == verb) return false;
    const bool clause_conj = v.rel[x] == Rel::kConj && v.IsVerbal(x);
    const bool sizing = v.rel[x] == Rel::kAcl &&
                        LowerIsAny(v.lemma[x], {"total", "amount", "value", "worth"});
    if (clause_conj || v.rel[x] == Rel::kAdvcl || (v.rel[x] == Rel::kAcl && !sizing) ||
        v.rel[x] == Rel::kAclRelcl || v.rel[x] == Rel::kParataxis) {
      for (int y = v.head[x], k = 0; y >= 0 && k < 64; y = v.head[y], ++k) {
        if (static_cast<size_t>(y) == verb) return true;
      }
      return false;
    }
  }
  return false;
}

// What later sentences' "its" and "the two sides" refer to: the sentence's last actor and its
// last compound of two or more actors (kept when the sentence names none). A sentence that names
// no compound but exactly two states or groups ("Xi held talks with his Russian counterpart
// Vladimir Putin in Moscow") gives the pair: "the two presidents" in the next sentence are
// those two.
void RememberActors(const MentionSet& ms, std::string* last_actor,
                    std::vector<std::string>* last_compound) {
  for (size_t k = ms.mentions.size(); k-- > 0;) {
    const Mention& m = ms.mentions[k];
    if ((m.actor >= 0 || m.learned) && !m.null_actor) {
      *last_actor = m.base;
      break;
    }
  }
  std::vector<std::string> pair = NamedPair(ms.mentions, UINT32_MAX);
  if (!pair.empty()) *last_compound = std::move(pair);
  for (size_t g = ms.groups.size(); g-- > 0;) {
    const CompoundGroup& group = ms.groups[g];
    std::vector<std::string> codes;
    for (uint32_t k = group.first; k <= group.last; ++k) {
      const Mention& m = ms.mentions[k];
      if (m.resolved && m.expanded.size() > 1) codes = m.expanded;
      if ((m.actor < 0 && !m.learned) || m.null_actor) continue;
      if (std::find(codes.begin(), codes.end(), m.base) == codes.end()) codes.push_back(m.base);
    }
    if (codes.size() > 1) {
      *last_compound = std::move(codes);
      break;
    }
  }
}

// Tokens the coder treats as the head of a clause: verbs, and words the parser gave a subject or
// an object (a verb the tagger mistook for a noun). Participles used as adjectives are not.
bool IsVerbToken(const SentenceView& v, size_t t) {
  if (v.rel[t] == Rel::kAmod || v.rel[t] == Rel::kCompound) return false;
  // "a sign of the commitment": a word right after an article is a noun, whatever the tagger
  // said.
  if (t > 0 && v.pos[t - 1] == Pos::kDet &&
      (LowerIs(v.forms[t - 1], "a") || LowerIs(v.forms[t - 1], "an") ||
       LowerIs(v.forms[t - 1], "the"))) {
    return false;
  }
  if (v.pos[t] == Pos::kVerb) return true;
  for (uint16_t c : v.Children(t)) {
    if (v.rel[c] == Rel::kNsubj || v.rel[c] == Rel::kNsubjPass || v.rel[c] == Rel::kObj) {
      return v.pos[t] != Pos::kAux;
    }
  }
  return false;
}

// The subject of the verb that reports the clause of `verb` ("Iran said [U.S. forces attacked
// ...]"): up through coordinated and controlled verbs to a complement clause; -1 if none.
int ReportingSubject(const SentenceView& v, size_t verb) {
  int t = static_cast<int>(verb);
  for (int hops = 0; hops < 6 && t >= 0; ++hops) {
    if (v.rel[t] == Rel::kCcomp && v.head[t] >= 0) return v.Child(v.head[t], Rel::kNsubj);
    if (v.rel[t] != Rel::kConj && v.rel[t] != Rel::kXcomp) return -1;
    t = v.head[t];
  }
  return -1;
}

bool IsSpeakerPronoun(std::string_view f) {
  for (std::string_view p : {"i", "we", "you", "me", "us"}) {
    if (LowerIs(f, p)) return true;
  }
  return false;
}

// The first "of" phrase of `noun` ("the gratitude of the Guinean authorities"), or -1.
int OfPhrase(const SentenceView& v, size_t noun) {
  for (uint16_t c : v.Children(noun)) {
    const int cs = v.Child(c, Rel::kCase);
    if (v.rel[c] == Rel::kNmod && cs >= 0 && LowerIs(v.forms[cs], "of")) return c;
  }
  return -1;
}

// The first phrase on `head` opened by `preposition` (given in lower case: a nominal or oblique
// child whose case marker it is: "proposed by China", "talks between Chile and Peru"), or -1.
int PrepositionalChild(const SentenceView& v, size_t head, std::string_view preposition) {
  for (uint16_t c : v.Children(head)) {
    const Rel r = v.rel[c];
    if (r != Rel::kNmod && r != Rel::kObl && r != Rel::kOblAgent) continue;
    const int cs = v.Child(c, Rel::kCase);
    if (cs >= 0 && LowerIs(v.forms[cs], preposition)) return c;
  }
  return -1;
}

// Whether pattern `p` names, after its verb, a word the token `a` can be ("* THROUGH" names the
// "through" of an oblique; "* HELP" the infinitive "help").
bool NamesWordAfter(const lexicon::Pattern* p, const lexicon::AnalyzedToken& a) {
  if (p == nullptr) return false;
  for (const lexicon::PatternItem& it : p->after) {
    if (it.kind != lexicon::PatternItem::Kind::kWord) continue;
    for (uint8_t k = 0; k < a.count; ++k) {
      if (a.candidates[k].token == it.token) return true;
    }
  }
  return false;
}

// "On behalf of the delegation of the Kingdom of Thailand, allow me to congratulate ...": the
// "of" phrase of an "on behalf of" phrase on the verb or on the verbs governing it (through
// complements, up to three), or -1.
int OnBehalfOf(const SentenceView& v, size_t verb) {
  size_t t = verb;
  for (int hops = 0; hops < 6; ++hops) {
    for (uint16_t c : v.Children(t)) {
      if ((v.rel[c] != Rel::kObl && v.rel[c] != Rel::kAdvcl) || !LowerIs(v.lemma[c], "behalf")) {
        continue;
      }
      const int cs = v.Child(c, Rel::kCase);
      if (cs < 0 || !LowerIs(v.forms[cs], "on")) continue;
      if (const int of = OfPhrase(v, c); of >= 0) return of;
    }
    // Up through the clauses that carry the act ("allow me to congratulate"), and through an
    // opportunity taken to do it: "On behalf of the people of Madagascar, I would like to take
    // the opportunity provided by this forum to reiterate our condolences" (the purpose clause
    // hangs on "provided", which hangs on the taken noun).
    const Rel r = v.rel[t];
    if (v.head[t] < 0 || (r != Rel::kXcomp && r != Rel::kCcomp && r != Rel::kConj &&
                          r != Rel::kAdvcl && r != Rel::kAcl && r != Rel::kObj)) {
      break;
    }
    t = static_cast<size_t>(v.head[t]);
  }
  return -1;
}

// "each other", "one another": the object of a reciprocal act.
bool IsEachOther(const SentenceView& v, int object) {
  if (object < 0) return false;
  // UD makes "each" the object and "other" its `fixed` part; a parser may pick either word.
  const size_t first = object > 0 && v.rel[object] != Rel::kObj ? object - 1 : object;
  if (first + 1 >= v.size()) return false;
  const std::string_view before = v.forms[first], w = v.forms[first + 1];
  return (LowerIs(w, "other") && LowerIs(before, "each")) ||
         (LowerIs(w, "another") && LowerIs(before, "one"));
}

// A noun that names something two sides share: in `option: reciprocal_verbs` ("relations",
// "cooperation") or marked "joint", "bilateral", "mutual" ("joint exercises").
bool IsMutualNoun(const SentenceView& v, int noun, const std::vector<std::string>& mutual_words) {
  if (noun < 0 || !v.IsNominal(static_cast<size_t>(noun))) return false;
  if (InUpperList(v.lemma[noun], mutual_words)) return true;
  for (uint16_t c : v.Children(static_cast<size_t>(noun))) {
    if (v.rel[c] == Rel::kAmod && (UpperIs(v.forms[c], "JOINT") ||
                                   UpperIs(v.forms[c], "BILATERAL") ||
                                   UpperIs(v.forms[c], "MUTUAL"))) {
      return true;
    }
  }
  return false;
}

// Whether the act of `verb` (a verb, or a noun anchor) is about something its sides share: the
// noun itself, its object, or the object of its infinitive complement ("vowed to strengthen
// military cooperation", "restored relations", "began joint exercises"). A meeting as the object
// is not: attending or skipping one is each side's own act ("Belgium and Switzerland attended the
// meeting"); holding one is mutual by its verb.
bool ActsOnAMutualThing(const SentenceView& v, size_t verb, int object,
                        const std::vector<std::string>& mutual_words,
                        const std::vector<std::string>& meeting_words) {
  if (v.IsNominal(verb)) return IsMutualNoun(v, static_cast<int>(verb), mutual_words);
  if (object < 0) {
    const int xcomp = v.Child(verb, Rel::kXcomp);
    if (xcomp >= 0) object = v.Child(static_cast<size_t>(xcomp), Rel::kObj);
  }
  return IsMutualNoun(v, object, mutual_words) && !InUpperList(v.lemma[object], meeting_words);
}

// A pronoun subject in a complement or adverbial clause ("Ethiopia indicated it would act")
// stands for the subject of the clause that governs it: the side `side_of(token)` finds there
// (-1 for none). A misparse may give that clause two subjects ("Manila - The Asian Development
// Bank said it had approved ...": a dateline's city read as a subject; "French bank Credit
// Lyonnais said it signed ..."): the nearest to the verb that is a side.
template <typename SideOf>
int GoverningSubjectSide(const SentenceView& v, const Clause& cl, size_t verb, SideOf side_of) {
  if (cl.subject < 0 || v.pos[cl.subject] != Pos::kPron) return -1;
  size_t t = verb;
  for (int hops = 0; hops < 6; ++hops) {
    const Rel r = v.rel[t];
    if (v.head[t] < 0 || (r != Rel::kCcomp && r != Rel::kXcomp && r != Rel::kAdvcl)) return -1;
    t = static_cast<size_t>(v.head[t]);
    int subjects[4];
    int count = 0;
    for (uint16_t c : v.Children(t)) {
      if ((v.rel[c] == Rel::kNsubj || v.rel[c] == Rel::kNsubjPass) && v.pos[c] != Pos::kPron &&
          count < 4) {
        subjects[count++] = c;
      }
    }
    if (count == 0) continue;
    // Nearest first: those before the verb from right to left, then those after it.
    auto nearer = [&](int a, int b) {
      const bool ab = a < static_cast<int>(t), bb = b < static_cast<int>(t);
      if (ab != bb) return ab;
      return ab ? a > b : a < b;
    };
    for (int k = 1; k < count; ++k) {
      for (int j = k; j > 0 && nearer(subjects[j], subjects[j - 1]); --j) {
        std::swap(subjects[j], subjects[j - 1]);
      }
    }
    for (int k = 0; k < count; ++k) {
      const int m = side_of(subjects[k]);
      if (m >= 0) return m;
    }
    return -1;
  }
  return -1;
}

// PETRARCH's comma rule (DOMAIN.md §3.7): a comma-delimited phrase of comma_min..comma_max
// words inside the sentence, of comma_bmin..comma_bmax words before the first comma, or of
// comma_emin..comma_emax words after the last one, is left out of coding ("..., a senior
// official said."). A phrase that is only an actor name is a list member ("Mordor, the Shire,
// Fornost and Bree") and stays.
void MarkCommaClauses(const SentenceView& v, const lexicon::Options& o,
                      const lexicon::Lexicon& lex, std::vector<lexicon::PhraseHit>* hits,
                      std::vector<uint8_t>* excluded) {
  const size_t n = v.size();
  excluded->assign(n, 0);
  if (o.comma_off) return;
  std::vector<uint32_t> commas;
  for (uint32_t t = 0; t < n; ++t) {
    if (v.forms[t] == ",") commas.push_back(t);
  }
  if (commas.empty()) return;
  size_t end = n;
  while (end > 0 && v.pos[end - 1] == Pos::kPunct && v.forms[end - 1] != ",") --end;
  std::span<const lexicon::AnalyzedToken> toks(v.analyzed);
  auto words = [&](uint32_t b, uint32_t e) {
    uint32_t w = 0;
    for (uint32_t t = b; t < e; ++t) w += v.pos[t] != Pos::kPunct ? 1 : 0;
    return w;
  };
  // A list member: the phrase opens with an actor and the comma follows one ("with Mordor,
  // Rohan, Fornost and Bree after ...").
  auto list_member = [&](uint32_t b, uint32_t e) {
    if (b < e && v.pos[b] == Pos::kDet) ++b;
    hits->clear();
    if (b >= e || lex.FindActorsStartingAt(toks, b, hits) == 0) return false;
    const uint32_t comma = b > 0 && v.forms[b - 1] == "," ? b - 1 : UINT32_MAX;
    if (comma == UINT32_MAX || comma == 0) return false;
    for (uint32_t s = comma >= 4 ? comma - 4 : 0; s < comma; ++s) {
      hits->clear();
      if (lex.FindActorsStartingAt(toks, s, hits) > 0 && (*hits)[0].end == comma) return true;
    }
    return false;
  };
  // Only a whole phrase of the tree goes (as PETRARCH removes a constituent): one word of
  // [b, e) hangs outside it, it is not the root, and nothing outside hangs inside.
  auto detachable = [&](uint32_t b, uint32_t e) {
    int heads_outside = 0;
    for (uint32_t t = b; t < e; ++t) {
      if (v.pos[t] == Pos::kPunct) continue;
      const int h = v.head[t];
      if (h < 0) return false;
      if (static_cast<uint32_t>(h) < b || static_cast<uint32_t>(h) >= e) ++heads_outside;
    }
    if (heads_outside != 1) return false;
    for (uint32_t t = 0; t < n; ++t) {
      if ((t >= b && t < e) || v.pos[t] == Pos::kPunct) continue;
      const int h = v.head[t];
      if (h >= 0 && static_cast<uint32_t>(h) >= b && static_cast<uint32_t>(h) < e) return false;
    }
    return true;
  };
  auto exclude = [&](uint32_t b, uint32_t e, int lo, int hi) {
    const int w = static_cast<int>(words(b, e));
    if (hi <= 0 || w < lo || w > hi || list_member(b, e) || !detachable(b, e)) return;
    for (uint32_t t = b; t < e; ++t) (*excluded)[t] = 1;
  };
  exclude(0, commas.front(), o.comma_bmin, o.comma_bmax);
  for (size_t k = 0; k + 1 < commas.size(); ++k) {
    exclude(commas[k] + 1, commas[k + 1], o.comma_min, o.comma_max);
  }
  if (commas.back() + 1 < end) exclude(commas.back() + 1, end, o.comma_emin, o.comma_emax);
  // A misparse can make the main clause look like a detachable phrase ("Kendor, a small state,
  // condemned Valeria." with "condemned" under "state"): never leave the sentence without a verb.
  for (uint32_t t = 0; t < n; ++t) {
    if ((*excluded)[t] == 0 && v.pos[t] == Pos::kVerb) return;
  }
  excluded->assign(n, 0);
}

// Whether a pattern names a word (not only `*` and actor slots).
bool NamesWords(const lexicon::Pattern& p) {
  auto any = [](const std::vector<lexicon::PatternItem>& items) {
    for (const auto& it : items) {
      if (it.kind == lexicon::PatternItem::Kind::kWord ||
          it.kind == lexicon::PatternItem::Kind::kSynset ||
          it.kind == lexicon::PatternItem::Kind::kAlternatives ||
          it.kind == lexicon::PatternItem::Kind::kNounPhrase ||
          it.kind == lexicon::PatternItem::Kind::kPrepPhrase) {
        return true;
      }
    }
    return false;
  };
  return any(p.before) || any(p.after);
}

// The word before the mention's phrase (its determiners skipped): the preposition of "in the
// Gulf", "from Helsinki", "on Gibraltar"; empty at the start of the sentence.
std::string_view WordBeforePhrase(const SentenceView& v, const Mention& m) {
  uint32_t t = m.begin;
  while (t > 0 && v.pos[t - 1] == Pos::kDet) --t;
  return t > 0 ? v.forms[t - 1] : std::string_view();
}

// "together with our fellow CARICOM partners": a "with" phrase under "together" or "along"
// names who else acts.
bool IsTogetherWith(const SentenceView& v, int tok) {
  const int c = v.Child(static_cast<size_t>(tok), Rel::kCase);
  if (c < 0 || !LowerIs(v.forms[c], "with")) return false;
  for (uint16_t k : v.Children(static_cast<size_t>(tok))) {
    if (v.rel[k] == Rel::kAdvmod && LowerIsAny(v.forms[k], {"together", "along"})) return true;
  }
  return false;
}

// "as a member of the Council", "as host of the talks": a phrase naming its clause's subject's
// capacity; "at a trade meeting" its occasion; "after Washington's withdrawal from the treaty",
// "despite U.S. pressure": one naming the circumstances; "along with Britain", "alongside its
// allies" who else acts. None names whom the act is done to.
bool IsCapacityOrCircumstance(const SentenceView& v, int tok) {
  if (tok < 0) return false;
  const int c = v.Child(static_cast<size_t>(tok), Rel::kCase);
  if (c < 0) return false;
  if (IsTogetherWith(v, tok)) return true;
  // "made his remarks at a U.S.-Israeli trade meeting": where it was said, among whom. (A
  // meeting "of" a body is the body addressed: "called at a meeting of EC ministers for ...".)
  if (LowerIs(v.forms[c], "at") && OfPhrase(v, static_cast<size_t>(tok)) < 0 &&
      LowerIsAny(v.lemma[tok], {"meeting", "conference", "summit", "session", "forum",
                                "ceremony", "dinner", "luncheon", "gathering"})) {
    return true;
  }
  for (std::string_view w : {"as", "after", "before", "since", "following", "despite", "amid",
                             "until", "unlike", "like", "along", "alongside", "together"}) {
    if (LowerIs(v.forms[c], w)) return true;
  }
  return false;
}

// The verb's first oblique after `after` that can name a side (not a capacity or a
// circumstance), or -1.
int SideOblique(const SentenceView& v, size_t verb, int agent, int after = -1) {
  for (uint16_t c : v.Children(verb)) {
    if (v.rel[c] == Rel::kObl && static_cast<int>(c) > after && static_cast<int>(c) != agent &&
        !IsCapacityOrCircumstance(v, c)) {
      return c;
    }
  }
  return -1;
}

// Whether a role code (what follows a country in an actor code) names those who take up arms
// against their state: rebels, insurgents, separatists, unaligned armed forces. (Not the
// opposition: "Democrats praised the U.S. strike" is no event of USAOPP's.)
bool IsAgainstTheState(std::string_view role) {
  for (std::string_view r : {"REB", "INS", "SEP", "UAF"}) {
    if (role.starts_with(r)) return true;
  }
  return false;
}

// The code of an agent with no actor: "---GOV", or "NGO---" for a role that is prepended
// ("pressure groups").
bool IsLoneAgentCode(std::string_view code) { return code.find("---") != std::string_view::npos; }

// Whether a member of compound group `g` stands for `side` (a state with any of its roles).
bool GroupHasSide(const MentionSet& ms, uint32_t g, std::string_view side) {
  for (uint32_t k = ms.groups[g].first; k <= ms.groups[g].last; ++k) {
    if (SideOf(ms.mentions[k].base) == side) return true;
  }
  return false;
}

// An attack or a weapon: its owner is who acts when it is a verb's subject.
bool IsForceNoun(const SentenceView& v, size_t noun) {
  for (std::string_view w : {"strike", "airstrike", "attack", "raid", "bombing", "shelling",
                             "bombardment", "offensive", "assault", "missile", "rocket", "drone",
                             "artillery", "gunfire", "warplane", "jet", "troops", "force"}) {
    if (LowerIs(v.lemma[noun], w)) return true;
  }
  return false;
}

// Whether noun anchor `noun` names its own doer: a possessor or modifier that is an actor
// ("Russia's blockade", "a Taiwanese boycott"), or a "by" phrase, returned in *by ("a threat of
// force by Turkey"; -1 for none).
bool NamesItsDoer(const SentenceView& v, size_t noun, const std::vector<Mention>& ms, int* by) {
  bool doer = false;
  *by = -1;
  for (uint16_t c : v.Children(noun)) {
    doer = doer || ((v.rel[c] == Rel::kNmodPoss || v.rel[c] == Rel::kAmod ||
                     v.rel[c] == Rel::kCompound) &&
                    MentionSet::MentionAtRaw(ms, c) >= 0);
    const int cs = v.rel[c] == Rel::kNmod ? v.Child(c, Rel::kCase) : -1;
    if (cs >= 0 && LowerIs(v.forms[cs], "by")) {
      *by = c;
      doer = true;
    }
  }
  return doer;
}

// Whether the mention stands in a place phrase ("met in Tokyo", "talks near the border"): a
// place is where the event happened, not its target.
bool IsPlacePhrase(const SentenceView& v, const Mention& m) {
  const std::string_view p = WordBeforePhrase(v, m);
  for (std::string_view w : {"in", "In", "IN", "near", "inside", "outside", "during", "across",
                             "throughout", "within", "around", "via"}) {
    if (p == w) return true;
  }
  return false;
}

// "friends in Africa", "countries struggling ... in Africa": a place phrase naming where the
// people or states a noun names are, who are then the side.
bool PeopleThere(const SentenceView& v, const Mention& m) {
  const int h = MentionHead(v, m);
  if (h < 0 || v.head[h] < 0) return false;
  return LowerIsAny(v.lemma[v.head[h]],
                    {"friend", "brother", "sister", "country", "people", "partner", "state",
                     "nation", "neighbour", "neighbor", "government", "leader"});
}

// Verbs whose "in"/"at" phrase is where something takes place ("to be held in the United Arab
// Emirates"), not whom it concerns (unlike "aimed at a loudspeaker in South Korea", "put forward
// in the report of the Secretary-General").
bool IsVenueVerb(std::string_view lemma) {
  for (std::string_view w : {"hold", "host", "convene", "organize", "organise", "schedule",
                             "locate", "base", "stage"}) {
    if (LowerIs(lemma, w)) return true;
  }
  return false;
}

// A preposition that links a noun to its setting or topic ("a crime under the International
// Criminal Court", "work towards a solution in Myanmar", "concern regarding conflicts across the
// continent"), not to its owner or party ("of", "by", "with", "against", "for", "to").
bool IsLoosePreposition(std::string_view w) {
  return LowerIsAny(w, {"towards", "toward", "under", "about", "over", "through", "among",
                        "across", "around", "throughout", "regarding", "concerning"});
}

// Whether mention `m`, inside the phrase headed by `tok`, belongs to that phrase closely enough
// to be its side: at most kMaxPhraseDepth nominal modifiers down ("the removal of Cuba from the
// list" yes; "the thirtieth anniversary of its accession as the 184th Member of the United
// Nations" no), lists and appositions free, and not inside a clause the phrase embeds ("the
// reforms he has implemented ... within the United Nations system").
constexpr int kMaxPhraseDepth = 3;
bool NearInPhrase(const SentenceView& v, uint32_t tok, const Mention& m,
                  const std::vector<std::string>& content_words) {
  int t = MentionHead(v, m);
  int depth = 0;
  int prev = -1;  // the node the walk came from
  bool loose = false;  // a link of purpose, place or topic passed
  for (int hops = 0; t >= 0 && t != static_cast<int>(tok) && hops < 32; ++hops) {
    switch (v.rel[t]) {
      case Rel::kConj: case Rel::kAppos: case Rel::kFlat: case Rel::kCompound: case Rel::kAmod:
      case Rel::kDet: case Rel::kCc: case Rel::kPunct:
        break;
      // A participle phrase is part of the noun phrase: "the plan launched by President Trump",
      // "the work being carried out by the WHO" name their authors.
      case Rel::kNmod: case Rel::kNmodPoss: case Rel::kObl: case Rel::kOblAgent: case Rel::kOther: {
        const int c = v.Child(static_cast<size_t>(t), Rel::kCase);
        // "within the United Nations" is where; "as coordinator of ... in Africa" a capacity
        // (but "his election as President of the General Assembly" names that President).
        if (c >= 0 && LowerIsAny(v.forms[c], {"within", "alongside"})) return false;
        if (IsTogetherWith(v, t)) return false;
        if (c >= 0 && LowerIs(v.forms[c], "as") && t != MentionHead(v, m)) return false;
        // (The phrase's own link may be loose, "concern about Russia"; one further down names
        // where or what about: "a crime under the International Criminal Court".)
        int h = v.head[t];
        for (int k = 0; k < 8 && h >= 0 && v.rel[h] == Rel::kConj; ++k) h = v.head[h];
        loose = loose || (c >= 0 && h != static_cast<int>(tok) && IsLoosePreposition(v.forms[c]));
        ++depth;
        break;
      }
      case Rel::kAcl:  // a participle, not a clause with its own object ("doubts about removing
                       // U.S. missiles from Europe"), nor where it happens ("the conference, to be
                       // held in the United Arab Emirates")
        if (v.Child(static_cast<size_t>(t), Rel::kObj) >= 0) return false;
        if (prev >= 0 && v.rel[prev] == Rel::kObl && IsVenueVerb(v.lemma[t])) {
          const int c = v.Child(static_cast<size_t>(prev), Rel::kCase);
          if (c >= 0 && (LowerIs(v.forms[c], "in") || LowerIs(v.forms[c], "at"))) return false;
        }
        ++depth;
        break;
      case Rel::kNsubj: {  // the "subject" of a noun that is no predicate is a misread modifier
        const int h = v.head[t];                // ("attacked Ostria near the border")
        if (h < 0 || (v.pos[h] != Pos::kNoun && v.pos[h] != Pos::kPropn) ||
            v.Child(static_cast<size_t>(h), Rel::kCop) >= 0) {
          return false;
        }
        ++depth;
        break;
      }
      case Rel::kAclRelcl:  // without a subject it is such a participle, misread
        if (v.Child(static_cast<size_t>(t), Rel::kNsubj) >= 0 ||
            v.Child(static_cast<size_t>(t), Rel::kNsubjPass) >= 0) {
          return false;
        }
        ++depth;
        break;
      default:
        return false;  // a clause or a verb's own argument inside the phrase
    }
    if (depth > kMaxPhraseDepth || loose) return false;
    // "the principles of the Charter of the United Nations": what the phrase is about.
    if (depth > 0 && v.head[t] >= 0 && v.pos[v.head[t]] != Pos::kVerb &&
        InUpperList(v.lemma[v.head[t]], content_words)) {
      return false;
    }
    prev = t;
    t = v.head[t];
  }
  return t == static_cast<int>(tok);
}

// A one-word time adjunct: "Peking Review yesterday accused".
bool IsTimeWord(std::string_view w) {
  for (std::string_view t : {"yesterday", "today", "tonight", "tomorrow", "monday", "tuesday",
                             "wednesday", "thursday", "friday", "saturday", "sunday", "now"}) {
    if (LowerIs(w, t)) return true;
  }
  return false;
}

// Whether mention `m` lies inside the phrase of noun anchor `noun`, when that phrase is one of
// circumstance ("during the U.S. bombing of ...", "after the attack on ..."): the clause around
// it is another act. Any mention is, otherwise.
bool InAnchorPhrase(const SentenceView& v, size_t noun, const Mention& m) {
  int top = static_cast<int>(noun);
  for (int hops = 0; hops < 8 && v.head[top] >= 0 && !v.IsVerbal(v.head[top]); ++hops) {
    top = v.head[top];
  }
  const int c = v.Child(static_cast<size_t>(top), Rel::kCase);
  const bool circumstance = IsCapacityOrCircumstance(v, top) ||
                            (c >= 0 && LowerIs(v.forms[c], "during"));
  if (v.head[top] < 0 || !circumstance) return true;
  uint32_t lo, hi;
  v.SubtreeRange(static_cast<size_t>(top), &lo, &hi);
  return m.begin >= lo && m.end <= hi + 1;
}

// Whether mention `m` hangs below verb `verb` through a "for" phrase of a noun other than an
// appeal ("a response for Haiti's recovery"; not "a call for Taiwan's inclusion"), or through an
// "against" phrase of a noun: who suffers what the appeal would end ("urges the end of the
// embargo against Cuba" asks nothing of Cuba).
bool ForABeneficiary(const SentenceView& v, size_t verb, const Mention& m) {
  int t = MentionHead(v, m);
  for (int hops = 0; t >= 0 && t != static_cast<int>(verb) && hops < 16; ++hops) {
    const int h = v.head[t];
    const int c = v.Child(static_cast<size_t>(t), Rel::kCase);
    if ((v.rel[t] == Rel::kNmod || v.rel[t] == Rel::kObl) && c >= 0 && h >= 0 &&
        h != static_cast<int>(verb) && !v.IsVerbal(static_cast<size_t>(h))) {
      if (LowerIs(v.forms[c], "against")) return true;
      if (LowerIs(v.forms[c], "for") &&
          !LowerIsAny(v.lemma[h], {"call", "appeal", "request", "demand", "plea"})) {
        return true;
      }
    }
    t = h;
  }
  return false;
}

// Whether the mention is a possessor ("during Thatcher's visit").
bool IsPossessor(const SentenceView& v, const Mention& m) {
  const int h = MentionHead(v, m);
  return h >= 0 && v.rel[h] == Rel::kNmodPoss;
}

// "arrived from Helsinki", "speaking from Washington": where the actor came or spoke from.
bool IsOriginPhrase(const SentenceView& v, const Mention& m) {
  return LowerIs(WordBeforePhrase(v, m), "from");
}

// "talks on Gibraltar", "an agreement about trade": what an accord or a meeting is about.
bool IsTopicPhrase(const SentenceView& v, const Mention& m) {
  const std::string_view p = WordBeforePhrase(v, m);
  for (std::string_view w : {"on", "about", "over", "regarding", "concerning"}) {
    if (LowerIs(p, w)) return true;
  }
  return false;
}

// Whether mention `m` hangs from a participle on the way up to `verb` ("restored relations in a
// deal brokered by China"): the participle's agent made or brokered the thing, it is not a side
// of the act itself.
bool UnderParticiple(const SentenceView& v, size_t verb, const Mention& m) {
  int t = MentionHead(v, m);
  for (int hops = 0; t >= 0 && t != static_cast<int>(verb) && hops < 32; ++hops) {
    if (v.rel[t] == Rel::kAcl || v.rel[t] == Rel::kAclRelcl) return true;
    t = v.head[t];
  }
  return false;
}

// TABARI's complexity filter (`COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR` in a .options file): a
// sentence with more verbs or conjunctions than allowed, or with no actor before its first verb,
// is diverted for human review instead of coded. Returns the reason, or "" when the sentence
// passes (or the dictionary sets no filter).
std::string ComplexReason(const SentenceView& v, const MentionSet& ms,
                          const lexicon::Options& o, const lexicon::Lexicon& lex,
                          std::vector<lexicon::PhraseHit>* hits) {
  const lexicon::Options::Command* cmd = nullptr;
  for (const auto& c : o.commands) {
    if (c.name == "COMPLEX") cmd = &c;
  }
  if (cmd == nullptr) return "";
  auto limit = [&](std::string_view key) -> int {
    const size_t k = cmd->value.find(key);
    if (k == std::string::npos) return -1;
    const size_t open = cmd->value.find('[', k);
    if (open == std::string::npos) return -1;
    return std::atoi(cmd->value.c_str() + open + 1);
  };
  const int max_verbs = limit("VERBS"), max_conj = limit("CONJ");
  const bool no_act_prior = cmd->value.find("NOACTPRIOR") != std::string::npos;
  std::span<const lexicon::AnalyzedToken> toks(v.analyzed);
  int verbs = 0, conj = 0, first_verb = -1;
  for (size_t t = 0; t < v.size(); ++t) {
    if (v.pos[t] == Pos::kCconj) ++conj;
    hits->clear();
    if (ms.MentionAt(t) < 0 && lex.FindVerbFormsAt(toks, t, hits) > 0 && IsVerbToken(v, t)) {
      ++verbs;
      if (first_verb < 0) first_verb = static_cast<int>(t);
    }
  }
  if (max_verbs >= 0 && verbs > max_verbs) {
    return std::to_string(verbs) + " verbs, over the COMPLEX limit " + std::to_string(max_verbs);
  }
  if (max_conj >= 0 && conj > max_conj) {
    return std::to_string(conj) + " conjunctions, over the COMPLEX limit " +
           std::to_string(max_conj);
  }
  if (no_act_prior && first_verb >= 0) {
    bool prior = false;
    for (const Mention& m : ms.mentions) prior = prior || m.begin < static_cast<uint32_t>(first_verb);
    if (!prior) return "no actor before the first verb (COMPLEX NOACTPRIOR)";
  }
  return "";
}

// Whether the verb has an "if", "unless" or "should" clause: what it would do is conditional.
bool HasConditionClause(const SentenceView& v, size_t verb) {
  for (uint16_t c : v.Children(verb)) {
    if (v.rel[c] != Rel::kAdvcl) continue;
    for (uint16_t m : v.Children(c)) {
      if (v.rel[m] == Rel::kMark && LowerIsAny(v.forms[m], {"if", "unless", "should"})) {
        return true;
      }
    }
  }
  return false;
}

struct Flagged {
  bool subordinate = false;
  bool dominant = false;
};

}  // namespace

Coder::Coder(const lexicon::Lexicon& lex, const CodeTables& tables, const SyntaxTags& tags)
    : lex_(lex), tables_(tables), schema_(tags), synsets_(lex.dictionary()) {}

void Coder::Enrich(Event* e) const {
  if (auto r = tables_.Root(e->code); r.ok()) e->root.assign(r.value);
  else e->root = e->code.substr(0, std::min<size_t>(2, e->code.size()));
  if (auto q = tables_.QuadClass(e->code); q.ok()) e->quad = q.value;
  if (auto g = tables_.Goldstein(e->code); g.ok()) {
    e->goldstein = g.value;
    e->goldstein_known = true;
  }
  if (auto p = tables_.Plover(e->code); p.ok()) {
    e->plover_type.assign(p.value.type);
    e->plover_mode.assign(p.value.mode);
  }
}

void Coder::MarkNames(const TextAnalysis& text, CodingScratch* scratch,
                      std::vector<uint8_t>* names) const {
  names->assign(text.tokens.size(), 0);
  const bool learn_names = lex_.dictionary().format == "native" && lex_.dictionary().options.learn_names;
  scratch->name_words.clear();
  auto IsNotName = [&](std::string_view f) {
    return InUpperList(f, lex_.dictionary().options.not_names);
  };
  std::vector<lexicon::AnalyzedToken>& all = scratch->doc_analyzed;
  all.resize(text.tokens.size());
  const lexicon::TokenAnalyzer& analyzer = lex_.lookup().analyzer();
  for (const Sentence& s : text.sentences) {
    if (!s.analysed()) continue;
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      all[t] = analyzer.Analyze(text.Form(text.tokens[t]));
    }
    std::span<const lexicon::AnalyzedToken> toks(all.data() + s.token_begin,
                                                 s.token_end - s.token_begin);
    const std::span<const Token> tokens(text.tokens.data() + s.token_begin, toks.size());
    auto form = [&](size_t k) { return text.Form(tokens[k]); };
    for (size_t i = 0; i < toks.size();) {
      scratch->hits.clear();
      if (lex_.FindActorsStartingAt(toks, i, &scratch->hits) == 0) {
        // A person introduced after a title ("Iranian Oil Minister Gholamreza Aqazadeh"): the
        // surname, alone at the start of a later sentence, is a name too (learned_names.h).
        scratch->hits.clear();
        if (learn_names && lex_.FindAgentsStartingAt(toks, i, &scratch->hits) > 0) {
          const size_t end = scratch->hits[0].end;
          size_t b = end;
          while (b < toks.size() && b < end + 4 && IsNameLike(form(b)) &&
                 !IsNotName(form(b))) {
            ++b;
          }
          if (b - end >= 2 &&
              (b == toks.size() || !StartsUpper(form(b)) || IsNotName(form(b)))) {
            scratch->name_words.emplace_back(form(b - 1));
          }
          i = end;
          continue;
        }
        ++i;
        continue;
      }
      const size_t end = scratch->hits[0].end;
      for (size_t k = i; k < end; ++k) {
        const std::string_view f = form(k);
        if (!f.empty() && f[0] >= 'A' && f[0] <= 'Z') (*names)[s.token_begin + k] |= kNameProper;
      }
      // An actor phrase of several words is one phrase to the parser: "Japanese Prime Minister
      // Yasuhiro Nakasone" is otherwise read as a subject "Japanese" with an apposition. Not an
      // article the phrase opens with: "the US" in "the US policy" is no phrase.
      size_t first = i;
      if (first + 1 < end && LowerIsAny(form(first), {"the", "a", "an"})) ++first;
      for (size_t k = first; k + 1 < end; ++k) (*names)[s.token_begin + k] |= kNameJoined;
      i = end;
    }
    // A person introduced by an apposition ("Lena Brisk, a senior envoy of Ostria,"): a name of
    // two to four words before a comma, with an agent phrase before the next comma.
    if (learn_names) {
      for (size_t a = 0; a < toks.size();) {
        size_t b = a;
        while (b < toks.size() && b < a + 4 && IsNameLike(form(b)) && !IsNotName(form(b))) ++b;
        if (b - a < 2 || b >= toks.size() || form(b) != "," ||
            (a > 0 && StartsUpper(form(a - 1)))) {
          a = b > a ? b : a + 1;
          continue;
        }
        for (size_t k = b + 1; k < toks.size() && k < b + 17 && form(k) != ","; ++k) {
          scratch->hits.clear();
          if (lex_.FindAgentsStartingAt(toks, k, &scratch->hits) > 0) {
            scratch->name_words.emplace_back(form(b - 1));
            break;
          }
        }
        a = b;
      }
    }
  }
  if (!scratch->name_words.empty()) {
    for (const Sentence& s : text.sentences) {
      if (!s.analysed()) continue;
      for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
        const std::string_view f = text.Form(text.tokens[t]);
        if (!StartsUpper(f)) continue;
        for (const std::string& w : scratch->name_words) {
          if (w == f) (*names)[t] |= kNameProper;
        }
      }
    }
  }
  scratch->analyzed_text = &text;
  scratch->analyzed_tokens = text.tokens.size();
}

void Coder::Code(const Document& doc, const TextAnalysis& text, const SyntaxAnalysis& syntax,
                 const lexicon::Options& options, CodingScratch* scratch,
                 std::vector<Event>* events, std::vector<SentenceNote>* notes,
                 CodingTrace* trace) const {
  const int32_t date = DateNumber(doc.date);
  const bool reuse = scratch->analyzed_text == &text &&
                     scratch->analyzed_tokens == text.tokens.size();
  scratch->analyzed_text = nullptr;  // good for this call only
  const size_t first_event = events->size();
  const size_t first_note = notes->size();
  scratch->last_actor.clear();
  scratch->last_compound.clear();
  scratch->learned_names.clear();
  scratch->headline_states.clear();
  if (lex_.dictionary().format == "native" && options.learn_names && !doc.title.empty()) {
    scratch->headline_states = HeadlineStates(lex_, doc.title, date);
  }
  for (uint32_t si = 0; si < text.sentences.size(); ++si) {
    const Sentence& s = text.sentences[si];
    if (!s.analysed()) continue;
    std::string detail;
    if (trace != nullptr) trace->sentence_starts.emplace_back(si, trace->lines.size());
    BuildSentenceView(text, syntax, schema_, lex_.lookup().analyzer(), s,
                      reuse ? &scratch->doc_analyzed : nullptr, &scratch->view);
    scratch->sentence_events.clear();
    const SentenceOutcome outcome =
        CodeSentence(doc, date, doc.date, text, si, options, scratch, &detail, trace);
    if (outcome == SentenceOutcome::kDiscardStory) {
      // The whole story goes: earlier events too, and every sentence says so.
      events->resize(first_event);
      for (size_t k = first_note; k < notes->size(); ++k) {
        (*notes)[k].outcome = SentenceOutcome::kDiscardStory;
        (*notes)[k].detail = detail;
      }
      for (uint32_t sj = si; sj < text.sentences.size(); ++sj) {
        if (text.sentences[sj].analysed()) {
          notes->push_back({sj, SentenceOutcome::kDiscardStory, detail});
        }
      }
      return;
    }
    for (Event& e : scratch->sentence_events) events->push_back(std::move(e));
    notes->push_back({si, outcome, std::move(detail)});
  }
}

SentenceOutcome Coder::CodeSentence(const Document& doc, int32_t date, const std::string& iso_date,
                                    const TextAnalysis& text, uint32_t sentence_index,
                                    const lexicon::Options& options, CodingScratch* scratch,
                                    std::string* detail, CodingTrace* trace) const {
  (void)doc;
  const lexicon::Dictionary& dict = lex_.dictionary();
  const SentenceView& view = scratch->view;
  const Sentence& sentence = text.sentences[sentence_index];
  const size_t n = view.size();
  auto note = [&](std::string line) {
    if (trace != nullptr) trace->lines.push_back(std::move(line));
  };
  if (options.minimum_words > 0 && n < static_cast<size_t>(options.minimum_words)) {
    *detail = std::to_string(n) + " words, fewer than the minimum " +
              std::to_string(options.minimum_words);
    return SentenceOutcome::kTooShort;
  }

  // 1. Discards.
  std::span<const lexicon::AnalyzedToken> toks(view.analyzed);
  for (size_t t = 0; t < n; ++t) {
    scratch->hits.clear();
    if (lex_.FindDiscardsStartingAt(toks, t, &scratch->hits) == 0) continue;
    const lexicon::DiscardEntry& d = dict.discards[scratch->hits[0].entry];
    *detail = "discard phrase \"" + dict.PhraseText(d.phrase) + "\" (" + dict.Where(d.source) +
              ")";
    note(*detail);
    return d.story ? SentenceOutcome::kDiscardStory : SentenceOutcome::kDiscardSentence;
  }

  // 2. Actor mentions.
  MarkCommaClauses(view, options, lex_, &scratch->hits, &scratch->excluded);
  MentionOptions mo;
  mo.date = date;
  mo.excluded = &scratch->excluded;
  // Where the formats' semantics differ (docs/CODING.md §9): agent phrases nested in agent
  // phrases count in PETRARCH-1 and TABARI only; UD-PETRARCH keeps coded compounds whole.
  const bool ud_flavour = dict.format == "udpetrarch";
  mo.nested_agents = dict.format == "petrarch1" || dict.format == "tabari";
  // entente's own convention (native dictionaries): a verb's fallback target does not come from
  // a clause it embeds, so reported speech codes the reported event, not a statement to its
  // actors. The field's suites code the other way ("Arnor believes Dagolath can cope" is
  // ARN DAG 023), so their formats keep it.
  const bool own_clauses = dict.format == "native";
  mo.resolve_possessives = own_clauses;
  mo.igo_leaders = own_clauses;
  mo.named_person_wins = own_clauses;
  mo.lists_by_tree = own_clauses;
  mo.previous_actor = scratch->last_actor;
  mo.previous_compound = &scratch->last_compound;
  if (!options.document_words.empty()) mo.document_words = &options.document_words;
  if (!options.institution_words.empty()) mo.institution_words = &options.institution_words;
  if (!options.meeting_words.empty()) mo.meeting_words = &options.meeting_words;
  if (!options.origin_words.empty()) mo.origin_words = &options.origin_words;
  MentionSet& ms = scratch->mentions;
  const bool learn_names = own_clauses && options.learn_names;
  if (learn_names) mo.learned_names = &scratch->learned_names;
  if (learn_names && !scratch->headline_states.empty()) {
    mo.headline_states = &scratch->headline_states;
  }
  FindMentions(lex_, view, mo, &scratch->hits, &ms);
  if (own_clauses) RememberActors(ms, &scratch->last_actor, &scratch->last_compound);
  auto mention_text = [&](const Mention& m) {
    std::string s;
    for (uint32_t t = m.begin; t < m.end; ++t) {
      if (!s.empty()) s += ' ';
      s.append(view.forms[t]);
    }
    return s;
  };
  if (trace != nullptr) {
    for (const Mention& m : ms.mentions) {
      note("actor \"" + mention_text(m) + "\" = " + m.code + " (" + m.where + ")" +
           (ms.groups[m.group].size() > 1 ? " [compound " + std::to_string(m.group) + "]" : ""));
    }
  }
  if (learn_names) {
    const size_t known = scratch->learned_names.size();
    LearnNames(view, ms, options.not_names, options.family_name_first, sentence_index,
               &scratch->learned_names);
    for (size_t k = known; k < scratch->learned_names.size(); ++k) {
      const LearnedName& ln = scratch->learned_names[k];
      note("learned person \"" + ln.surname + "\" = " + ln.code + ": " + ln.where);
    }
  }
  // TABARI dictionaries: an actor coded `[###]` discards the sentence, `[+++]` makes it complex.
  if (dict.format == "tabari") {
    for (const Mention& m : ms.mentions) {
      if (m.base == "###" || m.base == "+++") {
        *detail = "actor coded [" + m.base + "] (" + m.where + ")";
        return m.base == "###" ? SentenceOutcome::kDiscardSentence : SentenceOutcome::kComplex;
      }
    }
  }
  if (std::string why = ComplexReason(view, ms, options, lex_, &scratch->hits); !why.empty()) {
    *detail = why;
    return SentenceOutcome::kComplex;
  }
  if (ms.mentions.empty() && options.new_actor_length <= 0 && options.default_source.empty()) {
    *detail = "no actor found";
    return SentenceOutcome::kNoActor;
  }
  // One mention with one code cannot be both sides of an event (an actor does nothing to itself)
  // and, without new or default actors, nothing else can be the other side: whatever the tree
  // says, require_dyad leaves no event. Said here, before the tree is read, so that the note is
  // the same whether or not the sentence was parsed (Coder::SentencesToParse does not parse it).
  if (options.require_dyad && ms.mentions.size() == 1 &&
      options.new_actor_length <= 0 && options.default_source.empty() &&
      options.default_target.empty()) {
    const Mention& m = ms.mentions[0];
    if (m.expanded.size() <= 1 && lexicon::CompoundParts(m.code).size() <= 1) {
      *detail = "one actor only (\"" + mention_text(m) + "\"): an event needs two (require_dyad)";
      return SentenceOutcome::kNoDyad;
    }
  }
  auto span_of = [&](uint32_t b, uint32_t e) {
    const Token& first = text.tokens[view.token_begin + b];
    const Token& last = text.tokens[view.token_begin + e - 1];
    return Span{first.span.begin, last.span.end};
  };  // new_actor_length > 0: a side without a dictionary actor may be the text of its noun phrase
  // (up to that many words), quoted: "\"THE MINISTRY OF MAGIC\"". Indexes kNewSource and
  // kNewTarget stand for them below.
  constexpr int kNewSource = -2, kNewTarget = -3;
  std::string new_code[2];
  Span new_span[2];
  auto new_actor = [&](int tok, int which) -> bool {
    if (tok < 0 || options.new_actor_length <= 0 || view.pos[tok] == Pos::kPron) return false;
    // The noun phrase: the head with what precedes it, and an "of" phrase after it.
    uint32_t lo, hi;
    view.SubtreeRange(tok, &lo, &hi);
    while (lo < static_cast<uint32_t>(tok) &&
           (view.rel[lo] == Rel::kCase || view.rel[lo] == Rel::kMark)) {
      ++lo;  // "for the Ministry": the preposition is not part of the name
    }
    uint32_t end = static_cast<uint32_t>(tok);
    for (uint16_t c : view.Children(tok)) {
      if (c > tok && (view.rel[c] == Rel::kAppos || view.rel[c] == Rel::kFlat ||
                      view.rel[c] == Rel::kCompound)) {
        uint32_t l, h;
        view.SubtreeRange(c, &l, &h);
        end = std::max(end, h);
      } else if (c > tok && view.rel[c] == Rel::kNmod) {
        const int cs = view.Child(c, Rel::kCase);
        if (cs >= 0 && (view.forms[cs] == "of" || view.forms[cs] == "OF")) {
          uint32_t l, h;
          view.SubtreeRange(c, &l, &h);
          end = std::max(end, h);
        }
      }
    }
    std::string phrase;
    int words = 0;
    for (uint32_t t = lo; t <= end; ++t) {
      if (view.pos[t] == Pos::kPunct || view.forms[t] == "'s" || view.forms[t] == "'") continue;
      if (!phrase.empty()) phrase += ' ';
      for (char ch : view.forms[t])phrase += (ch >= 'a' && ch <= 'z') ? static_cast<char>(ch - 32) : ch;
      ++words;
    }
    if (words == 0 || words > options.new_actor_length) {
      note("  no new actor from \"" + phrase + "\": " + std::to_string(words) + " words, over "
           "new_actor_length " + std::to_string(options.new_actor_length));
      return false;
    }
    new_code[which] = "\"" + phrase + "\"";
    new_span[which] = span_of(lo, end + 1);
    return true;
  };


  auto make_actor = [&](int m, std::string_view code) {
    EventActor a;
    a.code.assign(code);
    if (m == kNewSource || m == kNewTarget) a.span = new_span[m == kNewSource ? 0 : 1];
    if (m < 0) return a;
    const Mention& mm = ms.mentions[m];
    a.span = span_of(mm.begin, mm.end);
    a.where = mm.where;
    a.compound = ms.groups[mm.group].size() > 1;
    size_t i = 0;
    // The first element is the country (or the actor's own root code, e.g. a fictional state or
    // an IGO) unless it is a role code ("GOV" in "GOVMIL").
    const std::string_view first3 = std::string_view(a.code).substr(0, 3);
    if (a.code.size() >= 3 && first3 != "---" &&
        (tables_.CountryName(first3).known() || !tables_.ActorTypeName(first3).known())) {
      a.country = a.code.substr(0, 3);
      i = 3;
    }
    for (; i + 3 <= a.code.size(); i += 3) a.roles.push_back(a.code.substr(i, 3));
    return a;
  };
  // An event of this sentence between two mentions (with the codes chosen for them).
  auto pair_event = [&](int from, std::string_view from_code, int to, std::string_view to_code,
                        const std::string& code, const std::string& modality) {
    Event e;
    e.sentence = sentence_index;
    e.sentence_span = sentence.span;
    e.date = iso_date;
    e.source = make_actor(from, from_code);
    e.target = make_actor(to, to_code);
    e.code = code;
    e.modality = modality;
    return e;
  };
  // The mention heading token `tok`'s phrase: the one covering it, else the first inside its
  // subtree ("the ambassador of Arnor" headed by an uncoded word).
  // `verb` (when >= 0) is the verb being coded: a phrase that contains it (a noun the verb
  // modifies, "a small state condemned ...") is searched only up to it.
  // With `lone_agents = false` an agent with no actor ("artillery", "police") is no side: it is
  // passed over when looking for a source or target, so that the search goes on.
  auto passed_over = [&](size_t k) {
    const Mention& m = ms.mentions[k];
    return !options.lone_agents && IsLoneAgentCode(m.code) && !m.resolved && m.expanded.empty();
  };
  auto side_of_token = [&](int tok, int verb = -1) -> int {
    if (tok < 0) return -1;
    const int m = ms.MentionAt(tok);
    // A phrase the dictionaries name as no actor ("the African Common Position", `---`) is no
    // side, but in entente's own convention the search goes on inside it ("... and the
    // aspirations of Brazil and India").
    if (m >= 0 && !passed_over(m)) return m;
    uint32_t l, h;
    view.SubtreeRange(tok, &l, &h);
    if (m >= 0) {
      const bool null_phrase = own_clauses && ms.mentions[m].actor >= 0 && ms.mentions[m].null_actor;
      if (!null_phrase) {
        // entente's own convention: an agent alone whose phrase lists its members in an
        // apposition stands for them ("The leaders of the G-7, the United States, Britain,
        // Canada, ..., are expected to discuss").
        for (size_t k = 0; own_clauses && k < ms.mentions.size(); ++k) {
          const Mention& x = ms.mentions[k];
          if (x.begin < l || x.end > h + 1 || passed_over(k)) continue;
          for (int a = MentionHead(view, x), hops = 0; a >= 0 && a != tok && hops < 8;
               a = view.head[a], ++hops) {
            if (view.rel[a] == Rel::kAppos) return static_cast<int>(k);
          }
        }
        return -1;
      }
    }
    if (verb >= 0 && static_cast<uint32_t>(verb) >= l && static_cast<uint32_t>(verb) <= h) {
      h = static_cast<uint32_t>(verb) - 1;
    }
    for (size_t k = 0; k < ms.mentions.size(); ++k) {
      if (ms.mentions[k].begin >= l && ms.mentions[k].end <= h + 1 && !passed_over(k) &&
          (!own_clauses || NearInPhrase(view, static_cast<uint32_t>(tok), ms.mentions[k],
                                          options.content_words))) {
        return static_cast<int>(k);
      }
    }
    // An apposition names the same thing as its head: "Kendor, a small state".
    if (view.rel[tok] == Rel::kAppos && view.head[tok] >= 0) {
      return ms.MentionAt(view.head[tok]);
    }
    return -1;
  };
  // entente's own convention: the subject "Japanese crushers" or "Bolivia's bank committee" is
  // not Japan or Bolivia: a state that only modifies a noun naming no actor is not the one acting.
  // (As a target it still is: "welcomed Soviet proposals".)
  auto source_of_subject = [&](int tok, int verb) -> int {
    const int m = side_of_token(tok, verb);
    // "around 600 Venezuelans have been arriving": people counted are no state acting.
    if (own_clauses && m >= 0 && ms.mentions[m].agents.empty() &&
        ms.mentions[m].expanded.empty()) {
      // (A plural people, after a count: not "since 2007 Burundi has provided".)
      const Mention& x = ms.mentions[m];
      const std::string_view last = view.forms[x.end - 1];
      const std::string_view num = x.begin > 0 ? view.forms[x.begin - 1] : std::string_view();
      const bool year = num.size() == 4 && (num.starts_with("19") || num.starts_with("20"));
      if (x.begin > 0 && view.pos[x.begin - 1] == Pos::kNum && !year && last.ends_with("s")) {
        return -1;
      }
    }
    if (!own_clauses || m < 0 || tok < 0 || ms.MentionAt(tok) >= 0) return m;
    if (view.pos[tok] != Pos::kNoun && view.pos[tok] != Pos::kPropn) return m;
    const Mention& x = ms.mentions[m];
    if (!x.agents.empty() || !x.expanded.empty()) return m;
    // A weapon or an attack acts for its owner: "Israeli air strikes killed", "Russia's missiles
    // hit", "missiles from Iran hit" (not its victim: "an attack on Russia killed"; and "Chinese
    // exports rose" names no act of China).
    if (IsForceNoun(view, static_cast<size_t>(tok))) {
      const int h = MentionHead(view, x);
      if (h >= 0 && view.head[h] == tok) {
        const Rel r = view.rel[h];
        const std::string_view by = WordBeforePhrase(view, x);
        if (r == Rel::kAmod || r == Rel::kCompound || r == Rel::kNmodPoss ||
            (r == Rel::kNmod && (LowerIs(by, "by") || LowerIs(by, "from")))) {
          return m;
        }
      }
    }
    // A common noun heading the subject ("coups in Mali threaten ...", "talks between Russia and
    // Ukraine collapsed"): a state anywhere inside it is not the one acting — unless it lists the
    // members ("the six states - Bahrain, Kuwait, ... - agreed").
    if (view.pos[tok] == Pos::kNoun &&
        (view.rel[tok] == Rel::kNsubj || view.rel[tok] == Rel::kNsubjPass)) {
      // ... except a text speaking for its author: "a commentary in the Global Times accused",
      // "a statement by the ministry condemned".
      const std::string_view by = WordBeforePhrase(view, x);
      if (IsAuthoredText(view, static_cast<size_t>(tok)) &&
          view.head[MentionHead(view, x)] == tok &&
          (LowerIs(by, "in") || LowerIs(by, "by") || LowerIs(by, "from") || LowerIs(by, "of"))) {
        return m;
      }
      bool listed = false;
      for (int a = static_cast<int>(x.begin), hops = 0; a >= 0 && a != tok && hops < 8;
           a = view.head[a], ++hops) {
        listed = listed || view.rel[a] == Rel::kAppos;
      }
      // ... or names them as examples: "international organisations such as the World Bank
      // pledged ...", "countries including Japan".
      const int xh = MentionHead(view, x);
      if (xh >= 0 && view.head[xh] == tok && view.rel[xh] == Rel::kNmod) {
        const int c = view.Child(static_cast<size_t>(xh), Rel::kCase);
        listed = listed || (c >= 0 && LowerIsAny(view.forms[c], {"such", "including", "like"}));
      }
      // ... or names who the noun is in an apposition: "Fellow OPEC member Venezuela has agreed
      // to lend Ecuador ..." is Venezuela's act.
      for (uint16_t c : view.Children(static_cast<size_t>(tok))) {
        const int a = view.rel[c] == Rel::kAppos ? ms.MentionAt(c) : -1;
        // (Right after the noun, or after its comma and "the": not "Our work with the United Nations
        // and the Office of Mr. Filippo Grandi, United Nations High Commissioner ...".)
        bool next = a >= 0;
        for (uint32_t k = tok + 1; next && k < ms.mentions[a].begin; ++k) {
          next = view.forms[k] == "," || LowerIs(view.forms[k], "the");
        }
        if (!listed && next && a != m && !passed_over(a)) return a;
      }
      if (!listed) return -1;
    }
    // (A body's own committee acts for it: "the U.S. Senate Finance Committee called on".)
    if (LowerIsAny(view.lemma[tok], {"committee", "subcommittee", "commission", "panel",
                                     "caucus"})) {
      return m;
    }
    for (uint32_t k = x.begin; k < x.end; ++k) {
      if (view.head[k] == tok && (view.rel[k] == Rel::kAmod || view.rel[k] == Rel::kCompound ||
                                  view.rel[k] == Rel::kNmodPoss)) {
        return -1;
      }
    }
    return m;
  };
  // The members a side stands for: the whole compound it belongs to.
  auto members = [&](int m, std::vector<int>* out) {
    out->clear();
    if (m < 0) return;
    const CompoundGroup& g = ms.groups[ms.mentions[m].group];
    for (uint32_t k = g.first; k <= g.last; ++k) {
      if (!ms.mentions[k].absorbed) out->push_back(static_cast<int>(k));
    }
  };
  // The codes a member stands for: an expanded compound's, a coded compound's parts
  // (`[FRO/BIL/SAM]`), or its own.
  auto codes_of = [&](int m, std::vector<std::string_view>* out) {
    out->clear();
    if (m < 0) {
      out->push_back(m == kNewSource ? std::string_view(new_code[0])
                     : m == kNewTarget ? std::string_view(new_code[1])
                                       : std::string_view("---"));
      return;
    }
    const Mention& x = ms.mentions[m];
    if (!x.expanded.empty()) {
      for (const std::string& c : x.expanded) out->push_back(c);
      return;
    }
    if (ud_flavour) {
      out->push_back(x.code);
      return;
    }
    for (std::string_view p : lexicon::CompoundParts(x.code)) out->push_back(p);
  };
  std::vector<std::string_view> from_codes, to_codes;

  // 3-6. Verbs and their clauses.
  std::vector<Event>& out = scratch->sentence_events;
  std::vector<Flagged> flags;
  bool any_verb = false, dyad_failed = false, null_coded = false, hypothetical = false;
  std::vector<int> sources, targets;
  // Whether codes `fp` and `tp` can be the two sides of an event.
  auto dyad_ok = [&](std::string_view fp, std::string_view tp) {
    if (fp == tp) return false;
    // entente's own convention: an actor does nothing to a part of itself ("Iraq said its
    // warplanes ...", IRQ -> IRQMIL): such a dyad is a reading error. Rebels, insurgents,
    // separatists and armed groups are no part of the state they fight ("attacks perpetrated by
    // Al-Shabaab in Somalia", SOMREB -> SOM).
    if (own_clauses && (fp.starts_with(tp) || tp.starts_with(fp)) &&
        !IsAgainstTheState(fp.size() > tp.size() ? fp.substr(tp.size()) : tp.substr(fp.size()))) {
      return false;
    }
    // A null actor ([---], or a name outside its dated codes: "Soviet" in 2020) is no actor:
    // with require_dyad it cannot be a side of an event. A lone agent ("---GOV") still is one.
    if ((options.require_dyad && (fp == "---" || tp == "---")) ||
        (!options.lone_agents && (IsLoneAgentCode(fp) || IsLoneAgentCode(tp)))) {
      dyad_failed = true;
      return false;
    }
    return true;
  };
  PatternMatcher matcher(dict, synsets_, view, ms);
  std::vector<uint8_t>& blocked = scratch->blocked;
  // Verbs that were coded (an event or a null code): a noun anchored in their clause is not.
  std::vector<uint8_t>& claimed = scratch->claimed;
  claimed.assign(n, 0);
  std::vector<uint8_t>& produced = scratch->produced;  // verbs that gave an event
  produced.assign(n, 0);
  for (uint32_t t = 0; t < n; ++t) {
    scratch->hits.clear();
    if (lex_.FindVerbFormsAt(toks, t, &scratch->hits) == 0) continue;
    if (ms.MentionAt(t) >= 0) continue;
    // An auxiliary ("have agreed", "was attacked", "is a member") is never the event's verb,
    // even when the tagger calls it VERB.
    if (view.rel[t] == Rel::kAux || view.rel[t] == Rel::kAuxPass || view.rel[t] == Rel::kCop) {
      continue;
    }
    if (scratch->excluded[t] != 0) {
      note("verb \"" + std::string(view.forms[t]) + "\" is in a comma clause left out");
      continue;
    }
    // A dictionary verb the tagger does not call a verb ("show no SIGN", "raised its VOICE":
    // TABARI dictionaries anchor patterns on nouns) codes only through a pattern that names
    // words around it, in the clause of the nearest verb above it.
    const bool verbal = IsVerbToken(view, t);
    int anchor = static_cast<int>(t);
    if (!verbal) {
      anchor = -1;
      for (int a = view.head[t], hops = 0; a >= 0 && hops < 6; a = view.head[a], ++hops) {
        if (IsVerbToken(view, a)) {
          anchor = a;
          break;
        }
      }
    }
    // The longest form whose verb word is t.
    const lexicon::PhraseHit* best = &scratch->hits[0];
    for (const auto& h : scratch->hits) {
      if (h.words > best->words) best = &h;
    }
    const auto& ref = lex_.lookup().verb_forms()[best->entry];
    const uint32_t form_begin = t - ref.verb_word;
    const uint32_t form_end = best->end;
    const lexicon::VerbBlock& block = dict.verb_blocks[ref.block];
    const lexicon::Verb& verb = block.verbs[ref.verb];
    any_verb = true;
    Clause cl;
    int anchor_subject = -1;  // a noun anchor's governing verb's subject, when the anchor is its
                              // object or oblique ("Shultz drove to a meeting with Shevardnadze")
    int anchor_by = -1;       // a noun anchor's own "by" phrase ("a threat of force by Turkey")
    if (verbal) {
      cl = AnalyzeClause(view, t, form_begin, form_end);
    } else {
      if (anchor >= 0) {
        cl = AnalyzeClause(view, anchor, anchor, anchor + 1);
        cl.object = cl.oblique = -1;
        cl.window.lo = std::min(cl.window.lo, form_begin);
        cl.window.hi = std::max(cl.window.hi, form_end - 1);
      } else {
        cl.window = ClauseWindow{0, static_cast<uint32_t>(n - 1), 0, form_begin, form_end};
      }
      cl.window.verb_begin = form_begin;
      cl.window.verb_end = form_end;
      // entente's own convention: "the risk of an Iranian attack on U.S. warships" is no attack.
      if (own_clauses && view.head[t] >= 0 && view.rel[t] == Rel::kNmod &&
          IsHypotheticalNoun(view, static_cast<size_t>(view.head[t])) &&
          (cl.mood == Mood::kFactual || cl.mood == Mood::kIntended)) {
        cl.mood = Mood::kConditional;
        cl.modality = std::string(view.lemma[view.head[t]]);
      }
      // "he plans a July trip to China", "scheduled talks with Japan": what is planned is
      // intended.
      if (own_clauses && anchor >= 0 && view.head[t] == anchor && view.rel[t] == Rel::kObj &&
          cl.mood == Mood::kFactual &&
          LowerIsAny(view.lemma[anchor], {"plan", "schedule", "propose", "prepare"})) {
        cl.mood = Mood::kIntended;
        cl.modality = std::string(view.lemma[anchor]);
      }
      // "Aqazadeh is expected here on Friday for talks with his Algerian counterpart": who is
      // expected for talks is to hold them.
      if (own_clauses && anchor >= 0 && view.head[t] == anchor &&
          (view.rel[t] == Rel::kObl || view.rel[t] == Rel::kNmod) && cl.mood == Mood::kFactual &&
          cl.passive && LowerIs(view.lemma[anchor], "expect")) {
        cl.mood = Mood::kIntended;
        cl.modality = "expect";
      }
      // A noun anchor is coded the shallow way: the actor before it is the source, the one
      // after it the target (the governing verb's subject may be anything) — except, in
      // entente's own convention, the subject of the verb whose object or oblique the anchor is
      // ("Shultz flew in from Helsinki and drove to a meeting with Shevardnadze": Shultz's
      // meeting, not Helsinki's) — unless the noun names its own doer ("given Russia's blockade
      // of Ukrainian ports", "caused a Taiwanese boycott").
      if (own_clauses) {
        const bool own_doer = NamesItsDoer(view, t, ms.mentions, &anchor_by);
        if (anchor >= 0 && view.head[t] == anchor && !cl.passive && !own_doer &&
            (view.rel[t] == Rel::kObj || view.rel[t] == Rel::kObl)) {
          anchor_subject = cl.subject;
        }
        // A noun owned by "his", "her", "its" or "their", however deep in the clause, is the
        // act of the clause's subject, not of the actor named last before it ("Thatcher left
        // Bonn after talks with Kohl ahead of her visit to Moscow").
        const int owner = view.Child(t, Rel::kNmodPoss);
        if (anchor >= 0 && anchor_subject < 0 && !cl.passive && !own_doer && owner >= 0 &&
            view.pos[owner] == Pos::kPron &&
            LowerIsAny(view.forms[owner], {"his", "her", "its", "their"})) {
          anchor_subject = cl.subject;
        }
      }
      cl.window.lo = 0;
      cl.subject = cl.subject2 = cl.agent = -1;
      cl.passive = false;
    }

    // entente's own convention: pattern items after a verb stay out of the adverbial, relative
    // and coordinated clauses its phrase embeds (a reported clause, ccomp, stays open: "said it
    // was ready to talk" names what was said).
    // A noun anchor's items after it stay inside its own phrase: "the military attacks against
    // X significantly ... violate humanitarian law" is no "* LAW"; and out of the clauses the
    // phrase embeds: "the talks that the ministers referred back to X" are no talks with X.
    if (own_clauses) {
      blocked.assign(n, 0);
      if (verbal) {
        for (uint32_t k = form_end; k <= cl.window.hi && k < n; ++k) {
          blocked[k] = InAdjunctClause(view, t, k) ? 1 : 0;
        }
      } else {
        uint32_t lo, hi;
        view.SubtreeRange(t, &lo, &hi);
        for (uint32_t k = form_end; k <= hi && k < n; ++k) {
          blocked[k] = InAdjunctClause(view, t, k) ? 1 : 0;
        }
        for (uint32_t k = std::max(hi + 1, form_end); k < n; ++k) blocked[k] = 1;
      }
      cl.window.blocked = &blocked;
    }
    const lexicon::Pattern* matched = nullptr;
    PatternSlots slots;
    for (uint32_t pi : block.by_length) {
      const lexicon::Pattern& pat = block.patterns[pi];
      if (!verbal && !NamesWords(pat)) continue;
      if (matcher.Match(pat, cl.window, &slots)) {
        matched = &pat;
        break;
      }
    }
    // (entente's own convention: a verb coded by its default code alone that gave no event —
    // a side missing — leaves the nouns of its clause's phrases free: "Baker appeared to patch
    // over the rift at a meeting with West German officials" is a meeting; its object is still
    // what it acts on: "its warplanes attacked two large naval targets".)
    if (!verbal && anchor >= 0 &&
        (claimed[anchor] == 1 ||
         (claimed[anchor] == 2 && (produced[anchor] != 0 ||
                                   (view.head[t] == anchor && view.rel[t] == Rel::kObj))))) {
      note("verb form \"" + std::string(view.forms[t]) + "\" is not a verb here, and its "
           "clause's verb is already coded");
      continue;
    }
    if (verbal) claimed[t] = matched != nullptr || !own_clauses ? 1 : 2;
    // A controlled verb ("called on Gondor to leave", "pledged to expand") is the content of the
    // event its governor coded, not an event of its own. In entente's own convention so is a
    // purpose ("met in Paris to discuss currencies" is one meeting, not a meeting and a plan to
    // discuss).
    auto purpose = [&](int c) {
      return own_clauses && view.rel[c] == Rel::kAdvcl && MarkedTo(view, static_cast<size_t>(c));
    };
    if (verbal) {
      bool governed = false;
      for (int c = static_cast<int>(t), hops = 0;
           hops < 4 && view.head[c] >= 0 && (view.rel[c] == Rel::kXcomp || purpose(c));
           ++hops) {
        c = view.head[c];
        if (produced[c] != 0) {
          governed = true;
          break;
        }
      }
      if (governed) {
        note("verb \"" + std::string(view.forms[t]) + "\" completes an event already coded");
        continue;
      }
    }
    if (!verbal && matched == nullptr) {
      note("verb form \"" + std::string(view.forms[t]) + "\" is not a verb here, and no pattern "
           "names the words around it");
      continue;
    }
    const lexicon::EventCode& code =
        matched != nullptr ? matched->code : (verb.has_code ? verb.code : block.code);
    const std::string where =
        dict.Where(matched != nullptr ? matched->source : (verb.has_code ? verb.source : block.source));
    note("verb \"" + std::string(view.forms[t]) + "\" (" + block.name + "), clause tokens " +
         std::to_string(cl.window.lo) + "-" + std::to_string(cl.window.hi) +
         (matched != nullptr ? ", pattern \"" + matched->text + "\"" : ", no pattern") + " -> " +
         code.ToString() + " (" + where + ")");
    // entente's own convention: a verb that says nothing by itself (its default code is null,
    // no pattern matched: "repeated", "said") leaves the nouns of its clause free to anchor
    // ("launched repeated attacks on Syria").
    if (own_clauses && verbal && matched == nullptr &&
        code.kind == lexicon::EventCode::Kind::kNull) {
      claimed[t] = 0;
    }
    switch (code.kind) {
      case lexicon::EventCode::Kind::kNull:
        null_coded = true;
        continue;
      case lexicon::EventCode::Kind::kDiscard:
        out.clear();
        *detail = "discard code " + code.ToString() + " (" + where + ")";
        return SentenceOutcome::kDiscardSentence;
      case lexicon::EventCode::Kind::kComplex:
        out.clear();
        *detail = "complex code " + code.ToString() + " (" + where + ")";
        return SentenceOutcome::kComplex;
      case lexicon::EventCode::Kind::kTimeShift:
        continue;
      case lexicon::EventCode::Kind::kEvent:
        break;
    }

    // entente's own convention: what the verb's mood does to its code (docs/CODING.md §9).
    std::string primary_code = code.primary, paired_code = code.paired;
    // Sanctions fixed for a day are imposed, not threatened ("is due to slap 100 pct tariffs on
    // Japanese products on Friday", "Washington announced plans to put tariffs on ..."): the
    // data/eval coders' convention; a threat is conditional ("will retaliate if ...") or vaguer.
    const int mood_verb = verbal ? static_cast<int>(t) : anchor;  // whose mood the clause has
    const bool scheduled_sanction =
        own_clauses && cl.mood == Mood::kIntended && code.primary.starts_with("16") &&
        mood_verb >= 0 &&
        (cl.modality == "due" || cl.modality == "set" || cl.modality == "schedule" ||
         cl.modality == "plan" || cl.modality == "is to" || cl.modality == "future" ||
         (cl.modality == "to" && view.head[mood_verb] >= 0 &&
          LowerIsAny(view.lemma[view.head[mood_verb]],
                     {"plan", "decision", "due", "set", "schedule"}))) &&
        !HasConditionClause(view, static_cast<size_t>(mood_verb));
    if (own_clauses && cl.mood != Mood::kFactual && !scheduled_sanction) {
      const bool kept = ApplyMood(cl.mood, options.intent_codes, &primary_code) &&
                        ApplyMood(cl.mood, options.intent_codes, &paired_code);
      if (!kept) {
        note("  " + std::string(MoodName(cl.mood)) + " (" + cl.modality +
             "): not an event in entente's own convention");
        hypothetical = true;
        continue;
      }
      if (primary_code != code.primary) {
        note("  " + std::string(MoodName(cl.mood)) + " (" + cl.modality + "): coded " +
             primary_code + " instead of " + code.primary);
      }
    }

    // Actors: the pattern's slots, else the tree's roles, else position in the clause.
    // `%`: the compound is the source; the target is found as usual, else the compound codes
    // against itself.
    int src = slots.source >= 0 ? slots.source : slots.compound;
    int tgt = slots.target;
    if (src < 0 && anchor_by >= 0) src = side_of_token(anchor_by);
    if (src < 0 && anchor_subject >= 0) src = source_of_subject(anchor_subject, anchor);
    // entente's own convention: a pattern's target slot that falls on the "by" phrase of a
    // passive ("Iranian platforms blamed by Washington for the attack") is the doer; the one
    // done to is the passive's subject (or the noun the participle modifies).
    if (own_clauses && verbal && src < 0 && tgt >= 0 &&
        (cl.passive || view.rel[t] == Rel::kAcl)) {  // not "stands by Ukraine"
      const int by = AgentOf(view, t);
      if (by >= 0 && ms.mentions[tgt].begin <= static_cast<uint32_t>(by) &&
          static_cast<uint32_t>(by) < ms.mentions[tgt].end) {
        src = tgt;
        tgt = cl.subject >= 0 ? side_of_token(cl.subject) : -1;
      }
    }
    // entente's own convention: a pattern's target that is an agent alone, modifying a noun
    // phrase that names an actor further on ("an attack against military positions and
    // civilians of Azerbaijan"), is that actor.
    if (own_clauses && tgt >= 0 && passed_over(tgt)) {
      int tok = static_cast<int>(ms.mentions[tgt].end) - 1;
      if (view.rel[tok] == Rel::kAmod || view.rel[tok] == Rel::kCompound) tok = view.head[tok];
      if (tok >= 0) {
        uint32_t lo, hi;
        view.SubtreeRange(tok, &lo, &hi);
        for (size_t k = 0; k < ms.mentions.size(); ++k) {
          const Mention& m = ms.mentions[k];
          if (static_cast<int>(k) != tgt && m.begin >= lo && m.end <= hi + 1 && !passed_over(k)) {
            tgt = static_cast<int>(k);
            break;
          }
        }
      }
    }
    // entente's own convention: a subject the tree gives but that names no actor (an agent
    // alone: "the Finance Ministry said") is the source; nothing else is looked for.
    // So is "I", "we", "you": the speaker is not resolved (a UN speech's "we welcome" is no
    // event of the speaker's state).
    const bool subject_given =
        own_clauses && !cl.passive && cl.subject >= 0 &&
        (view.pos[cl.subject] != Pos::kPron || IsSpeakerPronoun(view.forms[cl.subject]));
    // ... but a speaker who names the state whose feeling or position the object is, speaks
    // for it: "I express Kuwait's deep appreciation to the Sultanate of Oman" (data/eval
    // guidelines: "I ... reiterate Cameroon's support" is Cameroon's).
    bool speaker_state = false;
    if (own_clauses && src < 0 && !cl.passive && cl.subject >= 0 && cl.object >= 0 &&
        LowerIsAny(view.forms[cl.subject], {"i", "we"}) &&
        LowerIsAny(view.lemma[t], {"express", "extend", "convey", "reiterate", "reaffirm",
                                   "renew", "voice", "affirm", "offer"}) &&
        LowerIsAny(view.lemma[cl.object], {"appreciation", "gratitude", "thanks", "support",
                                           "solidarity", "condolence", "sympathy", "position",
                                           "commitment", "congratulation", "concern",
                                           "condemnation", "rejection", "readiness", "appeal",
                                           "call"})) {
      // The state is the object's possessor, or its "of" phrase ("the deep gratitude of the
      // Guinean authorities to the Secretary-General", "the appeal of the Central African people
      // to the Security Council"), also on a noun coordinated with the object.
      int poss = view.Child(static_cast<size_t>(cl.object), Rel::kNmodPoss);
      if (poss < 0) poss = OfPhrase(view, static_cast<size_t>(cl.object));
      for (uint16_t c : view.Children(static_cast<size_t>(cl.object))) {
        if (poss < 0 && view.rel[c] == Rel::kConj) poss = OfPhrase(view, c);
      }
      int m = poss >= 0 ? MentionSet::MentionAtRaw(ms.mentions, poss) : -1;
      if (m < 0 && poss >= 0) m = side_of_token(poss);  // "of the Central African people"
      // Not when a pattern took that state as whom the act is for ("* +_'S CALL FOR" is
      // support for another's call): "I reiterate Palau's call for Taiwan ..." is Palau's call,
      // which that pattern would code as support.
      if (m >= 0 && !ms.mentions[m].null_actor && slots.target != m) {
        src = m;
        speaker_state = true;
        if (tgt == m) tgt = -1;
        // Whom the feeling is for: a phrase of the object ("support for Ostria"), a "to" phrase
        // the parser hung on the state ("of the Guinean authorities to the Secretary-General"),
        // else (below) the verb's oblique ("appreciation ... to the Sultanate of Oman").
        for (uint16_t c : view.Children(static_cast<size_t>(cl.object))) {
          if (tgt >= 0) break;
          if (view.rel[c] == Rel::kNmod && static_cast<int>(c) != poss) {
            const int k = side_of_token(c);
            if (k != src) tgt = k;
          }
        }
        // (However deep in the "of" phrase: "the gratitude of the people of Chile to the
        // Government of Peru", with "to" hung on Chile.)
        uint32_t plo = 0, phi = 0;
        if (poss >= 0) view.SubtreeRange(static_cast<size_t>(poss), &plo, &phi);
        for (uint32_t c = plo; poss >= 0 && c <= phi && tgt < 0; ++c) {
          const int cs = view.Child(c, Rel::kCase);
          if (view.rel[c] == Rel::kNmod && cs >= 0 && LowerIs(view.forms[cs], "to")) {
            const int k = side_of_token(static_cast<int>(c));
            if (k != src) tgt = k;
          }
        }
      }
    }
    // ... so does one speaking "on behalf of" a state: "On behalf of the delegation of the
    // Kingdom of Thailand, allow me to congratulate Mr. Dennis Francis" (the blind check sets'
    // coders code it the state's).
    if (own_clauses && src < 0 && !cl.passive &&
        (cl.subject < 0 || IsSpeakerPronoun(view.forms[cl.subject]))) {
      const int behalf = OnBehalfOf(view, t);
      const int m = behalf >= 0 ? side_of_token(behalf) : -1;
      if (m >= 0 && !ms.mentions[m].null_actor) {
        src = m;
        speaker_state = true;
        if (tgt == m || (tgt >= 0 && ms.mentions[tgt].group == ms.mentions[m].group)) tgt = -1;
      }
    }
    if (src < 0) {
      src = source_of_subject(cl.passive ? cl.agent : cl.subject, static_cast<int>(form_begin));
      if (src < 0 && !cl.passive) src = side_of_token(cl.subject2, static_cast<int>(form_begin));
      if (src < 0 && !cl.passive) {
        src = GoverningSubjectSide(view, cl, t, [&](int tok) { return side_of_token(tok); });
        // "He", "she" and "it" stand for one actor, not for a list ("Norway, Egypt and the
        // Soviet Union agreed ... after he visited them").
        const std::string_view p = view.forms[cl.subject >= 0 ? cl.subject : t];
        if (src >= 0 && ms.groups[ms.mentions[src].group].size() > 1 &&
            (LowerIs(p, "he") || LowerIs(p, "she") || LowerIs(p, "it"))) {
          src = -1;
        }
      }
      // Nor, in entente's own convention, does a verb take its source by position alone (like
      // its target, below): on news outside the development set most such sources were wrong.
      if (src < 0 && !cl.passive && !subject_given && !(own_clauses && verbal)) {
        // The first actor before the verb in its clause; for a noun anchor, the nearest one.
        // (A list's place phrase is its first member's: "in Ethiopia and Yemen".)
        auto first_of = [&](size_t k) -> const Mention& {
          return ms.mentions[ms.groups[ms.mentions[k].group].first];
        };
        for (size_t k = 0; k < ms.mentions.size(); ++k) {
          // Not where the actor was or came from: "contacted him from New Zealand, where he is
          // attending a meeting".
          if (ms.mentions[k].begin >= cl.window.lo && ms.mentions[k].end <= form_begin &&
              !passed_over(k) &&
              !(own_clauses && (InEmbeddedClause(view, t, ms.mentions[k].end - 1) ||
                                ((IsPlacePhrase(view, first_of(k)) ||
                                  IsOriginPhrase(view, first_of(k))) &&
                                 !IsPossessor(view, ms.mentions[k]))))) {
            src = static_cast<int>(k);
            if (verbal) break;
          }
        }
        // Nor, for a noun anchor, an actor inside its governing verb's subject, which was tried
        // and names no one acting: "the secret approach to Iran had resulted in the release of
        // three American hostages" is no release by Iran.
        if (own_clauses && src >= 0 && anchor_subject >= 0 &&
            view.pos[anchor_subject] != Pos::kPron) {
          uint32_t lo, hi;
          view.SubtreeRange(static_cast<size_t>(anchor_subject), &lo, &hi);
          if (ms.mentions[src].begin >= lo && ms.mentions[src].end <= hi + 1) src = -1;
        }
      }
    }
    // entente's own convention: a verb to which the tree gives no subject at all, right after an
    // actor ("at a ceremony hosted by President Trump, Israel signed ...", where the parser made
    // Israel an apposition), takes that actor; only auxiliaries and adverbs may stand between.
    // Not an infinitive or a dependent verb: "urged the United States to normalize" and "a law
    // enacted by the U.S. to protest" name no doer of the act.
    // A controlled verb ("continues to stand with") looks before the verb controlling it.
    uint32_t head_verb = t;
    for (int hops = 0; hops < 4 && view.rel[head_verb] == Rel::kXcomp && view.head[head_verb] >= 0;
         ++hops) {
      head_verb = static_cast<uint32_t>(view.head[head_verb]);
    }
    const Rel verb_rel = view.rel[head_verb];
    const bool finite_context =
        verb_rel == Rel::kRoot || verb_rel == Rel::kCcomp || verb_rel == Rel::kConj ||
        verb_rel == Rel::kParataxis;
    bool infinitive = false;
    for (uint16_t c : view.Children(head_verb)) {
      infinitive = infinitive || (view.rel[c] == Rel::kMark && LowerIs(view.forms[c], "to"));
    }
    if (src < 0 && own_clauses && verbal && !cl.passive && cl.subject < 0 && cl.subject2 < 0 &&
        finite_context && !infinitive) {
      uint32_t b = head_verb == t ? form_begin : head_verb;
      // Auxiliaries, adverbs and a one-word time ("Peking Review yesterday accused") may stand
      // between.
      auto one_word_adjunct = [&](uint32_t k) {
        return (view.pos[k] == Pos::kNoun || view.pos[k] == Pos::kPropn) &&
               view.head[k] == static_cast<int>(head_verb) && view.rel[k] == Rel::kObl &&
               IsTimeWord(view.forms[k]);  // not "Singapore inter-bank offered rate"
      };
      // ... and a two-word one: "The World Bank last month granted Indonesia a loan" (the
      // parser hangs the name on "month").
      auto two_word_adjunct = [&](uint32_t k) {
        return k >= cl.window.lo + 1 && view.pos[k] == Pos::kNoun &&
               view.head[k] == static_cast<int>(head_verb) && view.rel[k] == Rel::kObl &&
               LowerIsAny(view.forms[k], {"week", "month", "year", "weekend", "night",
                                          "morning", "afternoon", "evening"}) &&
               LowerIsAny(view.forms[k - 1], {"last", "next", "this", "early", "late"});
      };
      while (b > cl.window.lo) {
        if (view.pos[b - 1] == Pos::kAux || view.pos[b - 1] == Pos::kAdv ||
            view.pos[b - 1] == Pos::kPart || one_word_adjunct(b - 1)) {
          --b;
        } else if (two_word_adjunct(b - 1)) {
          b -= 2;
        } else {
          break;
        }
      }
      // A list of actors may end in a stray comma: "At a meeting in Paris last month, Britain,
      // Canada, France, Japan, the United States and West Germany, agreed to cooperate".
      if (b >= 2 && view.forms[b - 1] == ",") {
        const int l = ms.MentionAt(b - 2);
        if (l >= 0 && ms.mentions[l].end == b - 1 &&
            ms.groups[ms.mentions[l].group].size() > 1) {
          --b;
        }
      }
      const int m = b > 0 ? ms.MentionAt(b - 1) : -1;
      // Not an actor inside a prepositional phrase: "whether U.S. corn exports to Canada have
      // injured ..." is no act of Canada's.
      auto in_prepositional_phrase = [&](const Mention& x) {
        const int k = MentionHead(view, x);
        const int c = k >= 0 ? view.Child(static_cast<size_t>(k), Rel::kCase) : -1;
        // "as" is a misread conjunction more often ("as Nakasone prepares to visit").
        return c >= 0 && !LowerIs(view.forms[c], "as");
      };
      if (m >= 0 && ms.mentions[m].end == b && !passed_over(m) &&
          !in_prepositional_phrase(ms.mentions[m])) {
        src = m;
      }
    }
    if (tgt < 0) {
      tgt = cl.passive ? side_of_token(cl.subject) : side_of_token(cl.object);
      if (tgt == src) tgt = -1;  // "I express Kuwait's appreciation to Oman": the next role
      // The oblique is kept even when it is a place: "arrived in Gondor" visits Gondor. In
      // entente's own convention not an "as" phrase, which names the subject's own capacity
      // ("As a three-time host of the UN climate conferences, Poland is committed to ..."), nor
      // one of circumstance ("After Washington's withdrawal from the treaty, Russia made a
      // commitment"): the next oblique then.
      if (tgt < 0 && !cl.passive) {
        int o = own_clauses ? SideOblique(view, t, cl.agent) : cl.oblique;
        tgt = side_of_token(o);
        // One that frames the clause from before the verb or is a bare time and names no one
        // ("In this context, Ghana calls on the United Nations ...", "Thailand will this week
        // seek clarification from the U.S.") lets the next one speak. (Any oblique that names
        // no one letting the next speak was wrong about half the time on unseen news: "celebrates
        // 60 years of membership in the United Nations".)
        // So does one whose preposition the pattern names and that names no one: "marched
        // through Kiel in a protest against EC policies" by "* THROUGH".
        auto pattern_names_case = [&](int obl) {
          const int c = view.Child(static_cast<size_t>(obl), Rel::kCase);
          return c >= 0 && NamesWordAfter(matched, view.analyzed[static_cast<size_t>(c)]);
        };
        while (own_clauses && tgt < 0 && o >= 0 &&
               (o < static_cast<int>(t) || view.Child(static_cast<size_t>(o), Rel::kCase) < 0 ||
                pattern_names_case(o))) {
          o = SideOblique(view, t, cl.agent, o);
          tgt = side_of_token(o);
        }
        // (For a speaker's state, an oblique that names no one, "In this context, ...", lets
        // the next one speak; so does one the parser hung on "would like": "To the Secretary-
        // General, I would like to reiterate the Central African Republic's gratitude".)
        for (uint16_t c : view.Children(t)) {
          if (!speaker_state || tgt >= 0) break;
          if (view.rel[c] == Rel::kObl && static_cast<int>(c) != cl.agent &&
              !IsCapacityOrCircumstance(view, c)) {
            tgt = side_of_token(c);
          }
        }
        if (speaker_state && tgt < 0 && head_verb != t) {
          for (uint16_t c : view.Children(head_verb)) {
            const int cs = view.Child(c, Rel::kCase);
            if (tgt < 0 && view.rel[c] == Rel::kObl && cs >= 0 && LowerIs(view.forms[cs], "to")) {
              tgt = side_of_token(c);
            }
          }
        }
      }
      // entente's own convention: when the pattern names the verb's infinitive complement
      // ("agreed to help OPEC" by "* HELP"), that complement's object is the target.
      if (own_clauses && verbal && tgt < 0 && !cl.passive && cl.object < 0 && matched != nullptr) {
        const int x = view.Child(t, Rel::kXcomp);
        if (x >= 0 && NamesWordAfter(matched, view.analyzed[static_cast<size_t>(x)])) {
          const int xo = view.Child(static_cast<size_t>(x), Rel::kObj);
          tgt = side_of_token(xo);
          // ... or, when that object names no one, a "from" or "to" phrase of the object or of
          // the complement: "intended to increase imports from Pakistan". (Not any phrase:
          // "declined to elaborate on Vietnam" is no comment to Vietnam.)
          auto from_or_to = [&](int head, Rel rel) {
            for (uint16_t c : view.Children(static_cast<size_t>(head))) {
              const int cs = view.Child(c, Rel::kCase);
              if (tgt < 0 && view.rel[c] == rel && cs >= 0 &&
                  LowerIsAny(view.forms[cs], {"from", "to"})) {
                tgt = side_of_token(c);
              }
            }
          };
          if (tgt < 0 && xo >= 0) from_or_to(xo, Rel::kNmod);
          if (tgt < 0) from_or_to(x, Rel::kObl);
          if (tgt == src) tgt = -1;
        }
      }
      // But in entente's own convention a place is no target of a compound source, which acts
      // on itself: "China and Russia held talks in Moscow", "Bush, Musharraf and Karzai held a
      // meeting in New York" are between the members.
      if (own_clauses && tgt >= 0 && src >= 0 && IsPlacePhrase(view, ms.mentions[tgt]) &&
          ms.groups[ms.mentions[src].group].size() > 1) {
        tgt = -1;
      }
      if (tgt == src) tgt = -1;
      // entente's own convention: a target of the source's own state that only modifies the
      // phrase ("the continuing U.S. trade deficits with South Korea and Taiwan", said by a U.S.
      // official) gives way to another state the same phrase names.
      // (A bare state, not one of its roles: "the Reagan administration" stays; not for a
      // compound source, whose members act on each other.)
      if (own_clauses && tgt >= 0 && src >= 0 && ms.mentions[tgt].code.size() == 3 &&
          ms.groups[ms.mentions[src].group].size() == 1) {
        auto state_of = [&](int m) {
          const std::string& c = ms.mentions[m].code;
          return std::string_view(c).substr(0, c.starts_with("IGO") ? 6 : 3);
        };
        int p = MentionHead(view, ms.mentions[tgt]);
        for (int hops = 0; p >= 0 && hops < 4 &&
                           (view.rel[p] == Rel::kCompound || view.rel[p] == Rel::kAmod ||
                            view.rel[p] == Rel::kFlat);
             ++hops) {
          p = view.head[p];
        }
        if (state_of(tgt) == state_of(src) && p >= 0 && view.IsNominal(static_cast<size_t>(p)) &&
            ms.MentionAt(static_cast<size_t>(p)) != tgt) {
          uint32_t lo, hi;
          view.SubtreeRange(static_cast<size_t>(p), &lo, &hi);
          // ... named as the phrase's other side: "deficits with", "exports to", "sanctions
          // against" (not "talked about the Tajik-Kyrgyz border", "a service in Denmark").
          auto other_side = [&](const Mention& x) {
            int a = MentionHead(view, x);
            for (int hops = 0; a >= 0 && hops < 4 && view.head[a] != p; ++hops) a = view.head[a];
            if (a < 0 || view.head[a] != p || view.rel[a] != Rel::kNmod) return false;
            const int cs = view.Child(static_cast<size_t>(a), Rel::kCase);
            return cs >= 0 && LowerIsAny(view.forms[cs], {"with", "to", "against", "from"});
          };
          for (size_t k = 0; k < ms.mentions.size(); ++k) {
            const Mention& x = ms.mentions[k];
            if (static_cast<int>(k) != tgt && x.begin > ms.mentions[tgt].begin && x.begin >= lo &&
                x.end <= hi + 1 && !passed_over(k) && !x.null_actor &&
                state_of(static_cast<int>(k)) != state_of(src) && other_side(x)) {
              tgt = static_cast<int>(k);
              break;
            }
          }
        }
      }
      // entente's own convention: "Iran said U.S. forces attacked its platforms": an object owned
      // by "its"/"their" in a reported clause belongs to the reporter. Not in a cooperative act
      // (roots 01-09), where "its" is the doer's own: "OPEC has reaffirmed its commitment to
      // fixed prices, its president Rilwanu Lukman said".
      const bool conflictual = code.primary.compare(0, 2, "10") >= 0;
      if (own_clauses && conflictual && tgt < 0 && cl.object >= 0) {
        uint32_t lo, hi;
        view.SubtreeRange(cl.object, &lo, &hi);
        bool owned = false;
        for (uint32_t k = lo; k <= hi && !owned; ++k) {
          owned = view.rel[k] == Rel::kNmodPoss && view.pos[k] == Pos::kPron &&
                  (LowerIs(view.forms[k], "its") || LowerIs(view.forms[k], "their"));
        }
        if (owned) {
          const int reporter = ReportingSubject(view, t);
          const int m = reporter >= 0 ? side_of_token(reporter) : -1;
          if (m >= 0 && m != src) tgt = m;
        }
      }
      // entente's own convention: a verb's target comes from the tree (object, oblique, a
      // pattern's slot), never from position alone — on news outside the development set most
      // positional targets of verbs were wrong (docs/BENCHMARKS.md). A noun anchor ("tariffs on
      // Japanese imports") has no such roles and keeps the positional target.
      if (tgt < 0 && !(own_clauses && verbal)) {
        const std::string* src_code = src >= 0 ? &ms.mentions[src].code : nullptr;
        const uint32_t src_group = src >= 0 ? ms.mentions[src].group : UINT32_MAX;
        for (size_t k = 0; k < ms.mentions.size(); ++k) {
          const Mention& m = ms.mentions[k];
          if (m.begin < form_end || m.end > cl.window.hi + 1) continue;
          if (src_code != nullptr && (m.code == *src_code || m.group == src_group)) continue;
          if (IsPlacePhrase(view, m) || passed_over(k)) continue;
          if (own_clauses && InEmbeddedClause(view, t, m.end - 1)) continue;
          // Nor beyond the anchor's own phrase when that phrase hangs on a verb: "During the
          // U.S. bombing of targets in Libya, France refused ..." is no bombing of France.
          if (own_clauses && !InAnchorPhrase(view, t, m)) continue;
          tgt = static_cast<int>(k);
          break;
        }
      }
    }
    // entente's own convention: a coordinated appeal, demand, complaint, rejection or threat with
    // no object of its own is addressed to its first conjunct's: "praised South Korea's policies
    // but warned of retaliation", "accused Japan of reneging ... and has threatened to take
    // retaliatory action". (Not other acts: on unseen news those were mostly someone else's,
    // "discussed Brazil's debt but declined to give details".)
    const std::string_view root2 = std::string_view(code.primary).substr(0, 2);
    const bool addressed = root2 == "02" || (root2 >= "10" && root2 <= "14");
    if (own_clauses && verbal && addressed && tgt < 0 && !cl.passive && cl.object < 0 &&
        view.rel[t] == Rel::kConj && view.head[t] >= 0 && view.head[t] < static_cast<int>(t) &&
        view.IsVerbal(static_cast<size_t>(view.head[t])) &&
        view.Child(static_cast<size_t>(view.head[t]), Rel::kAuxPass) < 0) {
      const int o = view.Child(static_cast<size_t>(view.head[t]), Rel::kObj);
      if (o >= 0) tgt = side_of_token(o);
      if (tgt == src) tgt = -1;
    }
    // entente's own convention: aid goes to whom its object or its purpose names, however deep:
    // "approved two loans for agricultural projects in Bangladesh and Nepal", "approved 125.9 mln
    // SDRs to assist development in Jamaica".
    // (So does an economic concession: "will cut import taxes on 50 goods to help reduce its
    // trade surplus with the United States", "plans tariff cuts to narrow its surplus with the
    // U.S.".)
    const bool aid = code.primary.starts_with("07") || code.primary.starts_with("033") ||
                     code.primary.starts_with("085") || code.primary.starts_with("031");
    // The first mention in the phrase of `tok` that is not the source's.
    auto first_in = [&](int tok) {
      uint32_t l, h;
      view.SubtreeRange(static_cast<size_t>(tok), &l, &h);
      for (size_t k = 0; k < ms.mentions.size(); ++k) {
        const Mention& m = ms.mentions[k];
        if (m.begin < l || m.end > h + 1 || passed_over(k)) continue;
        if (src >= 0 && (m.code == ms.mentions[src].code ||
                         m.group == ms.mentions[src].group)) {
          continue;
        }
        return static_cast<int>(k);
      }
      return -1;
    };
    if (own_clauses && verbal && aid && tgt < 0 && !cl.passive) {
      if (cl.object >= 0) tgt = first_in(cl.object);
      // (A purpose that helps: not "providing for family members to fly home from Japan".)
      for (uint16_t c : view.Children(t)) {
        if (tgt >= 0) break;
        if (view.rel[c] != Rel::kAdvcl) continue;
        // (And a participle sizing the object that the parser hung on the verb: "approved two
        // loans amounting to 75.7 mln dlrs for agricultural projects in Bangladesh".)
        if (LowerIsAny(view.lemma[c], {"total", "amount", "value", "worth"})) {
          tgt = first_in(c);
          continue;
        }
        const int mk = view.Child(c, Rel::kMark);
        if (mk >= 0 && LowerIs(view.forms[mk], "to") &&
            LowerIsAny(view.lemma[c], {"help", "assist", "support", "finance", "fund", "aid",
                                       "develop", "relieve", "alleviate", "rebuild",
                                       "reconstruct", "rehabilitate", "meet", "fight", "combat",
                                       "ease", "strengthen", "modernize", "modernise", "build",
                                       "construct", "cover", "stabilize", "stabilise",
                                       "narrow", "reduce", "shrink", "trim", "redress",
                                       "correct", "try", "seek", "attempt"})) {
          tgt = first_in(c);
        }
      }
      // Peacekeepers serve where their mission is: "contributes troops to the peacekeeping
      // mission in Lebanon", "deployed peacekeepers with the UN in Mali".
      for (uint16_t c : view.Children(t)) {
        if (tgt >= 0 || code.primary != "074") break;
        const int cs = view.Child(c, Rel::kCase);
        if (view.rel[c] == Rel::kObl && cs >= 0 &&
            LowerIsAny(view.forms[cs], {"to", "in", "with", "into"})) {
          tgt = first_in(c);
        }
      }
    }
    // entente's own convention: an appeal, an intent, a meeting or support is towards whom its
    // purpose names as the partner of a relation when the verb names no one: "South Korea
    // proposed a meeting of prime ministers to improve relations with North Korea" (the purpose
    // hung on the verb or on its object; the partner a "with" phrase). Not what a meeting is to
    // discuss: "met to discuss tension between Greece and Turkey" is no meeting with them.
    const bool relational = code.primary.starts_with("02") || code.primary.starts_with("03") ||
                            code.primary.starts_with("04") || code.primary.starts_with("05");
    if (own_clauses && verbal && relational && tgt < 0 && src >= 0 && !cl.passive) {
      auto relational_purpose = [&](int c) {
        const int mk = view.Child(static_cast<size_t>(c), Rel::kMark);
        return mk >= 0 && LowerIs(view.forms[mk], "to") &&
               LowerIsAny(view.lemma[c],
                          {"improve", "strengthen", "boost", "expand", "normalize", "normalise",
                           "restore", "mend", "repair", "promote", "deepen", "enhance", "foster",
                           "broaden", "bolster", "upgrade", "resolve", "settle", "solve",
                           "defuse"});
      };
      // The first side named by a "with" phrase inside the purpose clause `c`.
      auto partner_in = [&](int c) {
        uint32_t l, h;
        view.SubtreeRange(static_cast<size_t>(c), &l, &h);
        for (uint32_t k = l; k <= h; ++k) {
          if (view.rel[k] != Rel::kNmod && view.rel[k] != Rel::kObl) continue;
          const int cs = view.Child(k, Rel::kCase);
          if (cs < 0 || !LowerIs(view.forms[cs], "with")) continue;
          const int m = first_in(static_cast<int>(k));
          if (m >= 0) return m;
        }
        return -1;
      };
      for (uint16_t c : view.Children(t)) {
        if (tgt >= 0) break;
        if (view.rel[c] == Rel::kAdvcl && relational_purpose(c)) tgt = partner_in(c);
      }
      for (int o : {cl.object, cl.oblique}) {
        if (tgt >= 0 || o < 0) continue;
        for (uint16_t c : view.Children(static_cast<size_t>(o))) {
          if (tgt >= 0) break;
          if (view.rel[c] == Rel::kAcl && relational_purpose(c)) tgt = partner_in(c);
        }
      }
    }
    // entente's own convention: an attack that kills or destroys falls on its own victim when
    // the verb names no side: "Israel's bombardment of Lebanon has killed over 500 people" =
    // ISR -> LBN (its owner acts: "Texts and weapons act for their owners").
    const bool force = code.primary.compare(0, 2, "18") >= 0 &&
                       code.primary.compare(0, 2, "21") < 0;
    if (own_clauses && verbal && force && tgt < 0 && src >= 0 && !cl.passive &&
        cl.subject >= 0 && view.pos[cl.subject] == Pos::kNoun &&
        IsForceNoun(view, static_cast<size_t>(cl.subject))) {
      for (uint16_t c : view.Children(static_cast<size_t>(cl.subject))) {
        const int cs = view.rel[c] == Rel::kNmod ? view.Child(c, Rel::kCase) : -1;
        if (cs < 0 || !LowerIsAny(view.forms[cs], {"of", "on", "against"})) continue;
        const int m = side_of_token(c);
        if (m >= 0 && ms.mentions[m].group != ms.mentions[src].group &&
            ms.mentions[m].code != ms.mentions[src].code) {
          tgt = m;
          break;
        }
      }
    }
    // entente's own convention: an appeal is addressed to its target, not to whom it would
    // benefit ("calls for a stronger global response for Haiti's recovery", "its call for a fair
    // transition for Africa").
    if (own_clauses && tgt >= 0 && slots.target < 0 &&
        (code.primary.starts_with("02") || code.primary.starts_with("10")) &&
        ForABeneficiary(view, t, ms.mentions[tgt])) {
      tgt = -1;
    }
    // Which events a compound with no target does to itself: with `option: reciprocal`, only
    // those of the listed roots, or any done to "each other".
    // The act is judged before its mood: "China and Russia will hold talks" (04, intended as
    // 036) is reciprocal, "Reagan and the Republicans would endorse a bill" (051 as 030) is not.
    const bool each_other = IsEachOther(view, cl.object);
    // (The root first: the word lists are longer.)
    const bool reciprocal =
        options.reciprocal_roots.empty() || each_other ||
        (std::any_of(options.reciprocal_roots.begin(), options.reciprocal_roots.end(),
                     [&](const std::string& r) { return code.primary.starts_with(r); }) &&
         (options.reciprocal_verbs.empty() ||
          InUpperList(view.lemma[t], options.reciprocal_verbs) ||
          ActsOnAMutualThing(view, t, cl.object, options.reciprocal_verbs,
                             options.meeting_words)));
    // entente's own convention: what a compound's accord or meeting is about is not a side
    // ("Spain and the United Kingdom concluded an agreement on Gibraltar"), nor who brokered it
    // ("restored relations in a deal brokered by China").
    if (own_clauses && reciprocal && !options.reciprocal_roots.empty() && src >= 0 &&
        tgt >= 0 && slots.target < 0 && ms.groups[ms.mentions[src].group].size() > 1 &&
        (IsTopicPhrase(view, ms.mentions[tgt]) || UnderParticiple(view, t, ms.mentions[tgt]))) {
      tgt = -1;
    }
    // Nor is one of the compound itself, named again after the verb: "China and the European
    // Community signed an agreement on the establishment of an EC office" is China <-> EC.
    if (own_clauses && reciprocal && !options.reciprocal_roots.empty() && src >= 0 &&
        tgt >= 0 && slots.target < 0 && ms.mentions[src].group != ms.mentions[tgt].group) {
      const uint32_t g = ms.mentions[src].group;
      if (ms.groups[g].size() > 1 && GroupHasSide(ms, g, SideOf(ms.mentions[tgt].base))) tgt = -1;
    }
    // Nor is what partners organise ("co-chaired the Preparatory Committee for the Third United
    // Nations Conference", "will host the second United Nations Ocean Conference"): the partner
    // is named by "with", wherever the parser hung it ("co-chairing the meeting of the ...
    // Process on Oceans and the Law of the Sea with Monaco"), or the compound acts on itself
    // (`option: partner_verbs`). Who takes part still is a side: the "of" phrase of what is
    // organised ("hosting an informal meeting of European Community finance ministers") and
    // those it is held between ("hosts talks between the government and the opposition"); so
    // is an object that is itself an actor ("hosted the Peruvian president").
    if (own_clauses && verbal && tgt >= 0 && slots.target < 0 && cl.object >= 0 &&
        ms.MentionAt(cl.object) < 0 && InUpperList(view.lemma[t], options.partner_verbs) &&
        !LowerIs(WordBeforePhrase(view, ms.mentions[tgt]), "with")) {
      uint32_t lo, hi;
      view.SubtreeRange(static_cast<size_t>(cl.object), &lo, &hi);
      const Mention& first = ms.mentions[ms.groups[ms.mentions[tgt].group].first];
      if (ms.mentions[tgt].begin >= lo && ms.mentions[tgt].end <= hi + 1 &&
          !LowerIs(WordBeforePhrase(view, first), "between")) {
        int partner = -1;
        for (size_t k = 0; k < ms.mentions.size() && partner < 0; ++k) {
          const Mention& m = ms.mentions[k];
          if (m.begin >= lo && m.end <= hi + 1 && !passed_over(k) &&
              LowerIs(WordBeforePhrase(view, m), "with")) {
            partner = static_cast<int>(k);
          }
        }
        const int of = OfPhrase(view, static_cast<size_t>(cl.object));
        const bool participant =
            of >= 0 && static_cast<int>(MentionHead(view, ms.mentions[tgt])) == of;
        if (partner >= 0 || !participant) tgt = partner;
      }
    }
    // entente's own convention: a statement or a visit is not done to the place its actor came
    // or spoke from ("Shultz arrived from Helsinki", "said Shultz, speaking from Washington");
    // a pattern's slot still is ("talks with counterparts from Europe").
    if (own_clauses && tgt >= 0 && slots.target < 0 &&
        (code.primary.starts_with("01") || code.primary.starts_with("04")) &&
        IsOriginPhrase(view, ms.mentions[tgt])) {
      tgt = -1;
    }
    // Nor is a statement, an appeal, an agreement, a meeting or aid done to the city it happens
    // in ("told reporters in Geneva", "signed the accord in Paris", "the leaders of ASEAN met in
    // Jakarta"): a city or province in a place phrase is where, not whom. Visits and hosting
    // ("arrived in Algiers") and force, which falls on the place's people ("shelled positions in
    // Donetsk"), keep it.
    const bool local_ok = code.primary.starts_with("042") || code.primary.starts_with("043") ||
                          code.primary.compare(0, 2, "14") >= 0;
    // A region is where whatever the act ("waging war in Europe", "investment in Europe").
    const lexicon::ActorEntry* place =
        tgt >= 0 && ms.mentions[tgt].actor >= 0
            ? &lex_.dictionary().actors[static_cast<size_t>(ms.mentions[tgt].actor)]
            : nullptr;
    // (A city "at" which something happens is a place too: "talking to bank creditors at
    // Miami".)
    if (own_clauses && slots.target < 0 && place != nullptr &&
        ((place->local && !local_ok) || (place->region && !PeopleThere(view, ms.mentions[tgt]))) &&
        (IsPlacePhrase(view, ms.mentions[tgt]) ||
         (place->local && LowerIs(WordBeforePhrase(view, ms.mentions[tgt]), "at")))) {
      tgt = -1;
    }
    // Nor is a pair a statement, an intent or support is about, when the source is not one of
    // them: "welcomes the agreement between Israel and the United Arab Emirates", "supports the
    // dialogue between Kosovo and Serbia" (but "a memorandum between Britain and Japan", sought
    // by Britain, is with Japan; and an appeal or a mediation is addressed to the pair: "urges
    // negotiations between Azerbaijan and Armenia", "brokering a deal between Ukraine and Russia").
    // (Nor a pair what is discussed: "met to discuss tension between Greece and Turkey".)
    const bool about_pair = code.primary.starts_with("01") || code.primary.starts_with("03") ||
                            code.primary.starts_with("05") ||
                            LowerIsAny(view.lemma[t], {"discuss", "debate", "review", "examine"});
    if (own_clauses && about_pair && tgt >= 0 && slots.target < 0 && src >= 0) {
      const CompoundGroup& g = ms.groups[ms.mentions[tgt].group];
      if (LowerIs(WordBeforePhrase(view, ms.mentions[g.first]), "between")) {
        if (!GroupHasSide(ms, ms.mentions[tgt].group, SideOf(ms.mentions[src].base))) tgt = -1;
      }
    }
    if (trace != nullptr) {
      note("  source " + (src >= 0 ? mention_text(ms.mentions[src]) : std::string("none")) +
           ", target " + (tgt >= 0 ? mention_text(ms.mentions[tgt]) : std::string("none")) +
           (cl.passive ? " (passive)" : "") + (cl.negated ? " (negated)" : "") +
           (cl.modality.empty() ? "" : " (modality " + cl.modality + ")"));
    }
    members(src, &sources);
    members(tgt, &targets);
    if (sources.empty() && new_actor(cl.passive ? cl.agent : cl.subject, 0)) {
      sources.push_back(kNewSource);
    }
    if (targets.empty() &&
        new_actor(cl.passive ? cl.subject : (cl.object >= 0 ? cl.object : cl.oblique), 1)) {
      targets.push_back(kNewTarget);
    }
    // TABARI `DEFAULT: SOURCE [X] TARGET [Y]`: the code of a side no actor fills.
    if (sources.empty() && !options.default_source.empty()) {
      new_code[0] = options.default_source;
      new_span[0] = Span{};
      sources.push_back(kNewSource);
    }
    if (targets.empty() && !options.default_target.empty()) {
      new_code[1] = options.default_target;
      new_span[1] = Span{};
      targets.push_back(kNewTarget);
    }
    // "The two sides signed": a resolved anaphor stands for a compound acting on itself.
    // So does, in entente's own convention, a coded compound ("North and South Korea" =
    // PRK/KOR exchanged fire).
    const bool self_anaphor =
        src >= 0 && tgt < 0 &&
        ((ms.mentions[src].resolved && ms.mentions[src].expanded.size() > 1) ||
         (own_clauses && ms.mentions[src].expanded.empty() &&
          lexicon::CompoundParts(ms.mentions[src].code).size() > 1));
    // entente's own convention: a list that is both the doer and the one done to acts on
    // itself only in a mutual act; "visiting the U.S., England, France ..., Italy and
    // Switzerland" misread with Italy as the subject is no visit among them.
    if (own_clauses && !reciprocal && src >= 0 && tgt >= 0 && src != tgt &&
        ms.mentions[src].group == ms.mentions[tgt].group) {
      dyad_failed = true;
      continue;
    }
    const bool self_compound =
        (src >= 0 && tgt >= 0 && ms.mentions[src].group == ms.mentions[tgt].group) ||
        (reciprocal && ((tgt < 0 && sources.size() > 1) || self_anaphor));
    if (self_compound && !(targets.size() == 1 && targets[0] == kNewTarget)) targets = sources;
    if (sources.empty()) sources.push_back(-1);
    if (targets.empty()) targets.push_back(-1);

    for (int s : sources) {
      for (int g : targets) {
        if (self_compound && s == g && !(self_anaphor && reciprocal)) continue;
        if ((s == -1 || g == -1) && options.require_dyad) {
          dyad_failed = true;
          continue;
        }

        auto emit_one = [&](const std::string& c, int from, int to, bool paired,
                            std::string_view from_code, std::string_view to_code) {
          Event e = pair_event(from, from_code, to, to_code, c, cl.modality);
          e.negated = cl.negated;
          e.paired = paired;
          e.verb = span_of(form_begin, form_end);
          e.pattern = matched != nullptr ? "- " + matched->text
                                         : block.name + " " + code.ToString();
          e.pattern_where = where;
          Enrich(&e);
          out.push_back(std::move(e));
          flags.push_back({code.subordinate, code.dominant});
          produced[t] = 1;
        };
        auto emit = [&](const std::string& c, int from, int to, bool paired) {
          if (c.empty()) return;
          codes_of(from, &from_codes);
          codes_of(to, &to_codes);
          for (std::string_view fp : from_codes) {
            for (std::string_view tp : to_codes) {
              if (dyad_ok(fp, tp)) emit_one(c, from, to, paired, fp, tp);
            }
          }
        };
        emit(primary_code, s, g, false);
        emit(paired_code, g, s, true);
      }
    }
  }

  // The events an option's convention adds between member `from` and member `to` (every code on
  // the date), unless `skip_known` and the sentence already codes something between the two.
  auto add_member_events = [&](int from, int to, const std::string& code,
                               const std::string& modality, Span verb, const std::string& pattern,
                               const lexicon::SourceRef& where, bool skip_known = false) {
    codes_of(from, &from_codes);
    codes_of(to, &to_codes);
    for (std::string_view fp : from_codes) {
      for (std::string_view tp : to_codes) {
        if (!dyad_ok(fp, tp)) continue;
        if (skip_known && std::any_of(out.begin(), out.end(), [&](const Event& x) {
              return x.source.code == fp && x.target.code == tp;
            })) {
          continue;
        }
        Event e = pair_event(from, fp, to, tp, code, modality);
        e.verb = verb;
        e.pattern = pattern;
        e.pattern_where = dict.Where(where);
        Enrich(&e);
        out.push_back(std::move(e));
        flags.push_back({});
      }
    }
  };
  // The same between two mentions: every member of each compound.
  auto add_pair_events = [&](int src, int tgt, const std::string& code,
                             const std::string& modality, Span verb, const std::string& pattern,
                             const lexicon::SourceRef& where, bool skip_known) {
    members(src, &sources);
    members(tgt, &targets);
    for (int from : sources) {
      for (int to : targets) {
        add_member_events(from, to, code, modality, verb, pattern, where, skip_known);
      }
    }
  };

  // entente's own convention: "in partnership with X" (`option: partners`) names a partner of
  // the subject of the verb the phrase hangs on (or whose subject it hangs on: "Tuvalu, in
  // collaboration with Antigua and Barbuda, established ..."): the subject cooperates with it,
  // and no event of the verb is done to it.
  if (own_clauses && !options.partner_words.empty()) {
    for (uint32_t p = 0; p < n; ++p) {
      if (!InUpperList(view.lemma[p], options.partner_words)) continue;
      const int c = view.Child(p, Rel::kCase);
      if (c < 0 || !LowerIs(view.forms[c], "in")) continue;
      int with = -1;
      for (uint16_t k : view.Children(p)) {
        const int kc = view.Child(k, Rel::kCase);
        if (with < 0 && view.rel[k] == Rel::kNmod && kc >= 0 && LowerIs(view.forms[kc], "with")) {
          with = k;
        }
      }
      int verb = view.head[p];
      for (int hops = 0; verb >= 0 && !IsVerbToken(view, verb) && hops < 3; ++hops) {
        verb = view.head[verb];
      }
      if (with < 0 || verb < 0 || !IsVerbToken(view, verb)) continue;
      const Clause pc = AnalyzeClause(view, verb, verb, verb + 1);
      std::string code = options.partner_code;
      if (pc.negated || pc.passive || !ApplyMood(pc.mood, options.intent_codes, &code)) continue;
      uint32_t lo, hi;  // the partner phrase, "in" to the partner's last word
      view.SubtreeRange(with, &lo, &hi);
      lo = static_cast<uint32_t>(c);
      int src = source_of_subject(pc.subject, verb);
      // A subject the tree lost is the actor right before the verb, the phrase and its commas
      // passed over ("Tuvalu, in collaboration with ..., established", where the parser hung
      // Tuvalu on the year before it).
      if (pc.subject < 0 && pc.subject2 < 0) {
        uint32_t b = static_cast<uint32_t>(verb);
        while (b > 0 && (view.pos[b - 1] == Pos::kAux || view.pos[b - 1] == Pos::kAdv ||
                         view.forms[b - 1] == "," || (b - 1 >= lo && b - 1 <= hi))) {
          --b;
        }
        const int m = b > 0 ? ms.MentionAt(b - 1) : -1;
        if (m >= 0 && ms.mentions[m].end == b && !passed_over(m)) src = m;
      }
      const int partner = side_of_token(with);
      if (src < 0 || partner < 0) continue;
      const Span phrase = span_of(lo, hi + 1);
      // The verb's events do nothing to the partner (`flags` runs parallel to `out`).
      size_t kept = 0;
      for (size_t i = 0; i < out.size(); ++i) {
        const Span ts = out[i].target.span;
        if (ts.begin >= phrase.begin && ts.end <= phrase.end) continue;
        if (kept != i) {
          out[kept] = std::move(out[i]);
          flags[kept] = flags[i];
        }
        ++kept;
      }
      out.resize(kept);
      flags.resize(kept);
      add_pair_events(src, partner, code, pc.modality, span_of(p, p + 1),
                      "option: partners (\"in " + std::string(view.forms[p]) + " with\")",
                      options.partner_source, false);
    }
  }

  // entente's own convention: an official said to be in another state or its capital is
  // visiting it (`option: presence`): "Greek Industry Undersecretary George Petsos, who was in
  // Moscow", "The U.S. Commerce Secretary is in Hong Kong". Read from the words, not the tree
  // (a greedy parser hangs "in Moscow" on the name as often as on "was"), so that sentences with
  // no dictionary verb get it too. Only persons and bodies acting for a state (an agent of
  // government, legislature, judiciary or elite, or a named official): troops, firms and
  // citizens in a country are not visiting it.
  if (own_clauses && !options.presence_code.empty()) {
    auto role_of = [](const Mention& x) {
      const size_t cut = x.code.starts_with("IGO") ? 6 : 3;
      return x.code.size() > cut ? std::string_view(x.code).substr(cut) : std::string_view();
    };
    for (uint32_t v = 1; v + 2 < n; ++v) {
      // (Or set off by commas: "Saouma, in Brazil for talks with agriculture officials, said".)
      const std::string_view f = view.forms[v];
      if (f.size() > 4) continue;  // (most words: the cheap test first)
      const bool aside = f == "," && LowerIs(view.forms[v + 1], "in");
      if (!aside && !LowerIsAny(f, {"is", "was", "are", "were"})) continue;
      uint32_t p = v + 1;
      while (!aside && p < n && InUpperList(view.forms[p], options.presence_adverbs)) ++p;
      if (p + 1 >= n || !LowerIs(view.forms[p], "in")) continue;
      uint32_t a = p + 1;
      if (LowerIs(view.forms[a], "the") && a + 1 < n) ++a;
      const int place = ms.MentionAt(a);
      // The subject right before "is", or before ", who was".
      uint32_t e = v;
      if (!aside && LowerIs(view.forms[e - 1], "who") && e >= 2) --e;
      if (e < v && view.forms[e - 1] == "," && e >= 2) --e;
      const int who = ms.MentionAt(e - 1);
      if (place < 0 || who < 0 || ms.mentions[place].begin != a ||
          ms.mentions[who].end != e || passed_over(place) || passed_over(who)) {
        continue;
      }
      const Mention& x = ms.mentions[who];
      const Mention& y = ms.mentions[place];
      if (aside && (y.end >= n || !LowerIsAny(view.forms[y.end], {",", "for", "to", "on"}))) {
        continue;
      }
      // (Not a city standing for its government: "in Cairo, in Tunis".)
      const bool city = x.actor >= 0 && x.agents.empty() &&
                        lex_.dictionary().actors[static_cast<size_t>(x.actor)].local;
      if (city || IsPlacePhrase(view, x)) continue;
      const std::string_view role = role_of(x);
      const bool official = (role.starts_with("GOV") || role.starts_with("LEG") ||
                             role.starts_with("JUD") || role.starts_with("ELI")) ||
                            (x.code.starts_with("IGO") && !x.agents.empty());
      const std::string_view there = SideOf(y.code);
      if (!official || y.actor < 0 || y.null_actor || there.size() != 3 || there == "---" ||
          there == SideOf(x.code)) {
        continue;
      }
      add_pair_events(who, place, options.presence_code, "", span_of(v, p + 1),
                      "option: presence (\"" + std::string(view.forms[v]) + " in\")",
                      options.presence_source, true);
    }
  }

  // entente's own convention: what one actor says another should or must do is an appeal to
  // it (`option: norm_appeals`): "West German finance minister Gerhard Stoltenberg suggested
  // that the U.K. Should join the European Monetary System" = DEUGOV -> GBR 020; also with the
  // saying after the clause ("Japan should step up the pace of its financial liberalisation,
  // a leading U.S. banker said"). The norm itself is no event (Mood::kObliged).
  if (own_clauses && !options.norm_appeal_verbs.empty()) {
    // (What one hopes another will do is asked of it too: "Armacost said the U.S. Hopes Japan
    // will take steps to lift its domestic economy".)
    auto is_norm = [&](uint32_t c, uint32_t said_by) {
      // (Not a hope that something be done: "is hoping Volcker will be re-appointed".)
      bool passive = false;
      for (uint16_t a : view.Children(c)) {
        passive = passive || view.rel[a] == Rel::kAuxPass || view.rel[a] == Rel::kNsubjPass;
      }
      const bool hope = LowerIs(view.lemma[said_by], "hope") && !passive;
      for (uint16_t a : view.Children(c)) {
        if (view.rel[a] == Rel::kAux &&
            (LowerIsAny(view.forms[a], {"should", "must", "ought"}) ||
             (hope && LowerIsAny(view.forms[a], {"will", "would"})))) {
          return true;
        }
      }
      return false;
    };
    for (uint32_t v = 0; v < n; ++v) {
      if (!IsVerbToken(view, v) || !InUpperList(view.lemma[v], options.norm_appeal_verbs)) {
        continue;
      }
      int said_clause = -1;  // the clause said
      for (uint16_t c : view.Children(v)) {
        if (said_clause < 0 && view.rel[c] == Rel::kCcomp && is_norm(c, v)) said_clause = c;
      }
      if (said_clause < 0 && view.head[v] >= 0 && view.head[v] < static_cast<int>(v) &&
          (view.rel[v] == Rel::kParataxis || view.rel[v] == Rel::kCcomp) &&
          is_norm(static_cast<uint32_t>(view.head[v]), v)) {
        said_clause = view.head[v];
      }
      // "reiterated Canada's position that the United States should adhere to the treaty": the
      // norm in a stated position's "that" clause, asked by the position's owner if it names one.
      // (The parser may hang the clause on the verb: the owner still speaks.)
      int owner = -1;
      for (uint16_t o : view.Children(v)) {
        if (view.rel[o] != Rel::kObj ||
            !LowerIsAny(view.lemma[o], {"position", "view", "belief", "conviction", "stance",
                                        "opinion", "insistence"})) {
          continue;
        }
        owner = view.Child(o, Rel::kNmodPoss);
        for (uint16_t c : view.Children(o)) {
          const int mark = view.Child(c, Rel::kMark);
          // (Read as acl, a relative clause, a complement or an apposition.)
          if (said_clause < 0 && c > o && view.IsVerbal(c) &&
              mark >= 0 && LowerIs(view.forms[mark], "that") && is_norm(c, v)) {
            said_clause = c;
          }
        }
      }
      if (said_clause < 0) continue;
      const Clause said = AnalyzeClause(view, v, v, v + 1);
      std::string code = options.norm_appeal_code;
      if (said.negated || said.passive || !ApplyMood(said.mood, options.intent_codes, &code)) {
        continue;
      }
      const Clause norm = AnalyzeClause(view, said_clause, said_clause, said_clause + 1);
      // Both sides are the subjects themselves, not actors inside them: "the Canadian and
      // Israeli pacts should serve as precedents", "Australia's economy should manage modest
      // growth" foretell, they ask nothing of anyone; nor is one who "should be allowed" to act
      // asked to.
      // Nor is one who "must have permanent seats" on the Council: a claim for it.
      if (said.subject < 0 || norm.subject < 0 ||
          (norm.passive && LowerIsAny(view.lemma[said_clause], {"allow", "permit", "give",
                                                                  "grant", "offer"})) ||
          (!norm.passive && LowerIsAny(view.lemma[said_clause], {"have", "get", "receive",
                                                                   "enjoy", "deserve"}))) {
        continue;
      }
      int src = ms.MentionAt(said.subject);
      if (src < 0 && owner >= 0) src = ms.MentionAt(static_cast<size_t>(owner));
      const int tgt = ms.MentionAt(norm.subject);
      if (src < 0 || tgt < 0 || passed_over(src) || passed_over(tgt) ||
          ms.mentions[src].group == ms.mentions[tgt].group) {
        continue;
      }
      // Not again when the sentence already codes something between them ("urged that Japan
      // should open its market" is the urging's): the last argument.
      add_pair_events(src, tgt, code, said.modality, span_of(v, v + 1),
                      "option: norm_appeals (\"" + std::string(view.forms[v]) + " ... should\")",
                      options.norm_appeal_source, true);
    }
  }

  // entente's own convention: a list of actors who jointly proposed, sponsored, launched or led
  // something (`option: joint_authors`, the "by" phrase of such a participle) worked together:
  // "the six-point understanding jointly proposed by China and Brazil" = CHN <-> BRA 050.
  if (own_clauses && !options.joint_author_verbs.empty()) {
    for (uint32_t v = 0; v < n; ++v) {
      if (!IsVerbToken(view, v) || !InUpperList(view.lemma[v], options.joint_author_verbs)) {
        continue;
      }
      // A participle that modifies what was done ("the understanding proposed by"), or a passive.
      bool passive = view.rel[v] == Rel::kAcl;
      for (uint16_t c : view.Children(v)) {
        passive = passive || view.rel[c] == Rel::kAuxPass || view.rel[c] == Rel::kNsubjPass;
      }
      if (!passive) continue;
      // Not a group with leaders: "a group of EC members led by West Germany, the Netherlands,
      // Denmark and Norway were opposed", "producer countries, led by Brazil and Colombia".
      if (view.rel[v] == Rel::kAcl && view.head[v] >= 0) {
        const size_t h = static_cast<size_t>(view.head[v]);
        const std::string_view f = view.forms[h], l = view.lemma[h];
        if (LowerIsAny(l, {"group", "bloc", "camp", "majority", "minority"}) ||
            (f.size() > l.size() && (f.back() == 's' || f.back() == 'S'))) {
          continue;
        }
      }
      const int by = PrepositionalChild(view, v, "by");
      const int m = by >= 0 ? ms.MentionAt(static_cast<uint32_t>(by)) : -1;
      if (m < 0 || passed_over(m)) continue;
      std::vector<int>& list = sources;
      members(m, &list);
      if (list.size() < 2) continue;
      for (int a : list) {
        for (int b : list) {
          if (a == b || ms.mentions[a].code == ms.mentions[b].code) continue;
          add_member_events(a, b, options.joint_author_code, "", span_of(v, v + 1),
                            "option: joint_authors (\"" + std::string(view.forms[v]) + " by\")",
                            options.joint_author_source);
        }
      }
    }
  }

  // entente's own convention: who facilitated, brokered or mediated talks or an accord between
  // two sides (`option: mediators`, the "by" phrase of such a participle; the sides named by
  // "between" on the participle or on the noun it modifies) mediated between them: "the
  // dialogue between the Government of Venezuela and the opposition, facilitated by Norway" =
  // NOR -> VENGOV 045, NOR -> VENOPP 045.
  if (own_clauses && !options.mediator_verbs.empty()) {
    for (uint32_t v = 0; v < n; ++v) {
      if (!IsVerbToken(view, v) || !InUpperList(view.lemma[v], options.mediator_verbs)) continue;
      const int by = PrepositionalChild(view, v, "by");
      const int m = by >= 0 ? ms.MentionAt(static_cast<uint32_t>(by)) : -1;
      if (m < 0 || passed_over(m)) continue;
      // (On the participle, or on a noun above it: the parser may hang the participle on the
      // last side, "between the Government and the opposition, facilitated by Norway".)
      int between = PrepositionalChild(view, v, "between");
      for (int h = view.head[v], up = 0; between < 0 && h >= 0 && up < 4; h = view.head[h], ++up) {
        if (view.IsVerbal(static_cast<size_t>(h)) && view.rel[v] != Rel::kAcl) break;
        const int cs = view.Child(static_cast<size_t>(h), Rel::kCase);
        between = cs >= 0 && LowerIs(view.forms[cs], "between")
                      ? h
                      : PrepositionalChild(view, static_cast<size_t>(h), "between");
      }
      const int side = between >= 0 ? side_of_token(between) : -1;
      if (side < 0) continue;
      members(side, &targets);
      for (int to : targets) {
        if (ms.mentions[to].group == ms.mentions[m].group) continue;
        add_member_events(m, to, options.mediator_code, "", span_of(v, v + 1),
                          "option: mediators (\"" + std::string(view.forms[v]) + " by\")",
                          options.mediator_source, true);
      }
    }
  }

  // Subordinate and dominant codes, then duplicates.
  const bool has_dominant = std::any_of(flags.begin(), flags.end(), [](const Flagged& f) {
    return f.dominant;
  });
  const bool has_main = std::any_of(flags.begin(), flags.end(), [](const Flagged& f) {
    return !f.subordinate;
  });
  size_t w = 0;
  for (size_t i = 0; i < out.size(); ++i) {
    if (has_dominant && !flags[i].dominant) continue;
    if (has_main && flags[i].subordinate) continue;
    bool dup = false;
    for (size_t j = 0; j < w; ++j) {
      if (out[j].source.code == out[i].source.code && out[j].target.code == out[i].target.code &&
          out[j].code == out[i].code) {
        dup = true;
        break;
      }
    }
    if (dup) continue;
    if (w != i) out[w] = std::move(out[i]);
    ++w;
  }
  out.resize(w);
  if (!out.empty()) return SentenceOutcome::kEvents;
  if (dyad_failed) {
    *detail = "a pattern matched but a side has no actor (require_dyad)";
    return SentenceOutcome::kNoDyad;
  }
  if (null_coded) {
    *detail = "the matching pattern is coded [---]";
    return SentenceOutcome::kNullCode;
  }
  if (hypothetical) {
    *detail = "the verb is conditional, only possible or a norm (entente's own convention)";
    return SentenceOutcome::kHypothetical;
  }
  if (any_verb) {
    *detail = "no pattern or verb code gave an event";
    return SentenceOutcome::kNoPattern;
  }
  *detail = "no dictionary verb";
  return SentenceOutcome::kNoVerb;
}

}  // namespace entente::coding
