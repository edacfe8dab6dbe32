#include "coding/learned_names.h"

#include <algorithm>

namespace entente::coding {

namespace {

// A document names few persons; past this many, later introductions are not remembered (the
// scan of every capitalised word against the list stays cheap on enormous documents).
constexpr size_t kMaxLearnedNames = 64;

bool Covered(const std::vector<Mention>& ms, uint32_t t) {
  return MentionSet::MentionAtRaw(ms, t) >= 0;
}

// A word that can be part of a person's name: a capitalised proper noun with a lower-case
// letter ("Funaro", "McPherson"; not "GATT"), no dictionary phrase on it, not a calendar word.
bool NameWord(const SentenceView& v, const std::vector<Mention>& ms, uint32_t t,
              const std::vector<std::string>& not_names) {
  return v.pos[t] == Pos::kPropn && IsNameLike(v.forms[t]) && !Covered(ms, t) &&
         !InUpperList(v.forms[t], not_names);
}

// Whether the persons of the state of actor code `base` are named family name first.
bool FamilyNameFirst(std::string_view base, const std::vector<std::string>& family_first) {
  return InUpperList(SideOf(base), family_first);
}

void Learn(const SentenceView& v, uint32_t begin, uint32_t end, const Mention& role,
           const std::vector<std::string>& family_first, std::string_view how,
           uint32_t sentence, std::vector<LearnedName>* names) {
  if (names->size() >= kMaxLearnedNames) return;
  const bool first = FamilyNameFirst(role.base, family_first);
  const uint32_t family = first ? begin : end - 1;
  const std::string_view surname = v.forms[family];
  for (const LearnedName& n : *names) {
    if (n.surname == surname) return;  // the first introduction stands
  }
  LearnedName n;
  n.surname.assign(surname);
  n.family_first = first;
  std::string full;
  for (uint32_t t = begin; t < end; ++t) {
    if (t != family) n.given.emplace_back(v.forms[t]);
    if (!full.empty()) full += ' ';
    full.append(v.forms[t]);
  }
  std::string role_text;
  for (uint32_t t = role.begin; t < role.end; ++t) {
    if (!role_text.empty()) role_text += ' ';
    role_text.append(v.forms[t]);
  }
  n.code = role.code;
  n.base = role.base;
  n.where = "\"" + full + "\" " + std::string(how) + " \"" + role_text + "\" in sentence " +
            std::to_string(sentence + 1) + " (" + role.where + ")";
  names->push_back(std::move(n));
}

// A mention that can introduce a person: an actor with a code on the date and a role.
bool IsRoleMention(const Mention& m) {
  return m.actor >= 0 && !m.null_actor && !m.agents.empty() && m.expanded.empty() &&
         m.base != "---";
}

}  // namespace

bool IsNameLike(std::string_view f) {
  if (f.size() < 2 || !StartsUpper(f)) return false;
  bool lower = false;
  for (const char c : f) {
    const bool lc = c >= 'a' && c <= 'z';
    lower = lower || lc;
    if (!lc && !(c >= 'A' && c <= 'Z') && c != '-' && c != '\'' &&
        static_cast<unsigned char>(c) < 0x80) {
      return false;
    }
  }
  return lower;
}

void LearnNames(const SentenceView& view, const MentionSet& set,
                const std::vector<std::string>& not_names,
                const std::vector<std::string>& family_first, uint32_t sentence,
                std::vector<LearnedName>* names) {
  const std::vector<Mention>& ms = set.mentions;
  const uint32_t n = static_cast<uint32_t>(view.size());
  auto name_word = [&](uint32_t t) { return NameWord(view, ms, t, not_names); };

  // 1. Title, then name: "Italian Treasury Minister Giovanni Goria", "U.S. Undersecretary of
  // State for Economic Affairs Allen Wallis" (the name is the run's proper nouns at its end).
  for (const Mention& m : ms) {
    if (!IsRoleMention(m) || m.end >= n) continue;
    // The title may go on with "of/for [the]" and capitalised words ("Undersecretary of State
    // for Economic Affairs"); the name is then the proper nouns at the end of the run.
    const uint32_t a = m.end;
    uint32_t b = a, after_connector = a;
    while (b < n) {
      const std::string_view f = view.forms[b];
      if ((f == "of" || f == "for" || f == "the") && b + 1 < n &&
          StartsUpper(view.forms[b + 1])) {
        after_connector = ++b;
        continue;
      }
      if (!StartsUpper(f) || Covered(ms, b) || InUpperList(f, not_names)) break;
      ++b;
    }
    uint32_t s = b;
    while (s > after_connector && name_word(s - 1)) --s;
    // Without a connector the whole run is the name: "Finance Minister Economic Affairs ..." is none.
    if (after_connector == a && s != a) continue;
    if (b - s < 2 || b - s > 4) continue;
    Learn(view, s, b, m, family_first, "introduced as", sentence, names);
  }

  // 2. A person the dictionaries know by full name, after a title ("British corporate affairs
  // minister Michael Howard"): the surname alone is that person in the rest of the document.
  // So is a family name written first, after a title the entry itself lists ("Foreign Minister
  // Wang Yi", then "Wang"), which the dictionaries cannot list alone (too many Wangs). (Other
  // persons' surnames the dictionaries list where they are unambiguous: "Putin".)
  for (const Mention& m : ms) {
    const bool family_named =
        m.dated && m.base.size() == 6 && FamilyNameFirst(m.base, family_first);
    // (Also a dated person whose entry carries the title: "British corporate affairs minister
    // Michael Howard", then "Howard has accused Japan".)
    const bool dated_person = m.dated && m.agents.empty() && m.end - m.begin >= 3;
    if (!(m.titled || family_named || dated_person) || m.null_actor || m.end - m.begin < 3) {
      continue;
    }
    if (!IsNameLike(view.forms[m.end - 1]) || !IsNameLike(view.forms[m.end - 2])) continue;
    if (InUpperList(view.forms[m.end - 1], not_names)) continue;
    Learn(view, m.end - 2, m.end, m, family_first, "named as", sentence, names);
  }

  // 3. Name, then apposition: "Alexander Ivanov, head of the Gulf desk at the Soviet Foreign
  // Ministry, told ...": the apposition has no verb, conjunction or pronoun, ends at a comma or
  // the sentence's end, and names an actor with a role.
  for (uint32_t s = 0; s < n; ++s) {
    if (!name_word(s)) continue;
    if (s > 0 && StartsUpper(view.forms[s - 1])) continue;  // inside a longer capitalised run
    uint32_t b = s;
    while (b < n && name_word(b)) ++b;
    const uint32_t len = b - s;
    const uint32_t name_begin = s;
    s = b;
    if (len < 2 || len > 4 || b >= n || view.forms[b] != ",") continue;
    uint32_t stop = b + 1;
    bool clean = true;
    while (stop < n && stop < b + 17 && view.forms[stop] != "," && view.forms[stop] != ";" &&
           view.forms[stop] != ")") {
      const Pos p = view.pos[stop];
      if (p == Pos::kVerb || p == Pos::kAux || p == Pos::kCconj || p == Pos::kPron ||
          p == Pos::kSconj) {
        clean = false;
        break;
      }
      ++stop;
    }
    if (!clean || stop == b + 17) continue;
    if (stop < n && view.forms[stop] != ",") continue;
    for (const Mention& m : ms) {
      if (m.begin > b && m.end <= stop && IsRoleMention(m)) {
        Learn(view, name_begin, b, m, family_first, "described as", sentence, names);
        break;
      }
    }
  }
}

void AddLearnedMentions(const SentenceView& view, const std::vector<LearnedName>& names,
                        const std::vector<uint8_t>* excluded, std::vector<Mention>* ms) {
  if (names.empty()) return;
  const uint32_t n = static_cast<uint32_t>(view.size());
  const std::vector<std::string> no_words;
  std::vector<Mention> found;
  for (uint32_t t = 0; t < n; ++t) {
    if (excluded != nullptr && (*excluded)[t] != 0) continue;
    if (!StartsUpper(view.forms[t]) || Covered(*ms, t)) continue;
    const LearnedName* name = nullptr;
    for (const LearnedName& x : names) {
      if (x.surname == view.forms[t]) {
        name = &x;
        break;
      }
    }
    if (name == nullptr) continue;
    // "Dilson Funaro", "Wang Yi": the given names of the introduction join the mention.
    uint32_t begin = t, end = t + 1;
    if (name->family_first) {
      for (size_t g = 0; g < name->given.size() && end < n; ++g, ++end) {
        if (view.forms[end] != name->given[g]) break;
      }
    } else {
      for (size_t g = name->given.size(); g-- > 0 && begin > 0;) {
        if (view.forms[begin - 1] != name->given[g]) break;
        --begin;
      }
    }
    // "Howard Baker", "Leslie Howard": another capitalised name word around it is another person.
    if (end < n && NameWord(view, *ms, end, no_words)) continue;
    if (begin > 0 && NameWord(view, *ms, begin - 1, no_words)) continue;
    Mention m;
    m.begin = begin;
    m.end = end;
    m.code = name->code;
    m.base = name->base;
    m.where = name->where;
    m.learned = true;
    found.push_back(std::move(m));
  }
  if (found.empty()) return;
  // "Minister Funaro", "Mr. Funaro": an agent alone right before the name is the person's title;
  // the person's code stands.
  for (Mention& m : found) {
    for (size_t k = 0; k < ms->size(); ++k) {
      Mention& title = (*ms)[k];
      if (title.end == m.begin && title.actor < 0 && title.null_actor && title.expanded.empty()) {
        m.begin = title.begin;
        ms->erase(ms->begin() + static_cast<ptrdiff_t>(k));
        break;
      }
    }
  }
  for (Mention& m : found) ms->push_back(std::move(m));
  std::stable_sort(ms->begin(), ms->end(),
                   [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

}  // namespace entente::coding
