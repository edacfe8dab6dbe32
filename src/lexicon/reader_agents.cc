// Agent dictionaries. TABARI (manual §5.4): `PHRASE [~CODE]` or `[CODE~]`. PETRARCH adds an
// optional plural in braces (`ATTORNEY_GENERAL {ATTORNEYS_GENERAL}`, `{}` = no plural, absent =
// the regular plural is generated) and substitution sets: `!PERSON! = MAN, MEN, WOMAN` declares a
// marker, and `CATTLE!PERSON!` stands for CATTLEMAN, CATTLEMEN, ... with no further plurals.
#include <map>
#include <string>

#include "lexicon/reader_util.h"
#include "lexicon/readers.h"

namespace entente::lexicon {

namespace {

bool IsCodeChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// `~GOV`, `GOV~` (blanks allowed inside the brackets: TABARI's Validate.agents writes `[ ~OPP]`).
bool ParseAgentCode(std::string_view inside, AgentEntry* out, std::string* why) {
  std::string_view s = Trim(inside);
  const bool lead = !s.empty() && s.front() == '~';
  const bool trail = !s.empty() && s.back() == '~';
  if (lead == trail) {
    *why = s.empty() ? "agent code [] is empty"
                     : "agent code [" + std::string(s) +
                           "] needs exactly one '~' (leading: appended, trailing: prepended)";
    return false;
  }
  s = Trim(lead ? s.substr(1) : s.substr(0, s.size() - 1));
  for (char c : s) {
    if (!IsCodeChar(c)) {
      *why = "malformed agent code [" + std::string(inside) + "]";
      return false;
    }
  }
  if (s.empty()) {
    *why = "agent code [" + std::string(inside) + "] has no code";
    return false;
  }
  out->code = std::string(s);
  out->prepend = trail;
  return true;
}

// Replaces the first `!NAME!` marker of `text` by each value of its set (recursively for the
// rest). False with *why for an undeclared marker.
bool ExpandMarkers(const std::string& text,
                   const std::map<std::string, std::vector<std::string>>& sets,
                   std::vector<std::string>* out, std::string* why) {
  const size_t a = text.find('!');
  if (a == std::string::npos) {
    out->push_back(text);
    return true;
  }
  const size_t b = text.find('!', a + 1);
  if (b == std::string::npos) {
    *why = "unclosed substitution marker in '" + text + "'";
    return false;
  }
  const std::string name = text.substr(a, b - a + 1);
  auto it = sets.find(name);
  if (it == sets.end()) {
    *why = "undeclared substitution marker " + name;
    return false;
  }
  for (const std::string& v : it->second) {
    if (!ExpandMarkers(text.substr(0, a) + v + text.substr(b + 1), sets, out, why)) return false;
  }
  return true;
}

}  // namespace

Status ReadAgents(const std::string& path, Flavor flavor, const LoadOptions& options,
                  Dictionary* dict) {
  auto content = ReadDictionaryFile(path);
  if (!content.ok()) return content.status();
  CommentRules rules;
  rules.semicolon = true;
  if (flavor == Flavor::kTabari) {
    rules.hash_line = rules.slash_line = rules.tilde_finish = true;
  } else {
    rules.hash = rules.xml_blocks = true;
  }
  SourceFile f(dict, options, path, "agents", std::move(*content), rules);
  const PhraseStyle style =
      flavor == Flavor::kTabari ? PhraseStyle::kTabari : PhraseStyle::kPetrarchAgent;
  std::map<std::string, std::vector<std::string>> sets;
  std::vector<std::string_view> blocks;
  std::string outside, why;
  std::string_view line;
  while (!f.failed() && f.Next(&line)) {
    std::string_view t = Trim(line);
    if (t.empty()) continue;
    if (flavor != Flavor::kTabari && t[0] == '!' && t.find('=') != std::string_view::npos) {
      const size_t eq = t.find('=');
      std::string name = ToUpper(Trim(t.substr(0, eq)));
      if (name.size() < 3 || name.back() != '!' || name.find('!', 1) != name.size() - 1) {
        f.Error("malformed substitution set name '" + name + "' (expected !NAME!)");
        continue;
      }
      std::vector<std::string> values;
      std::string_view rest = t.substr(eq + 1);
      size_t i = 0;
      while (i <= rest.size()) {
        size_t j = rest.find(',', i);
        if (j == std::string_view::npos) j = rest.size();
        std::string_view v = Trim(rest.substr(i, j - i));
        if (!v.empty()) values.push_back(ToUpper(v));
        i = j + 1;
      }
      if (values.empty()) {
        f.Error("substitution set " + name + " has no values");
        continue;
      }
      sets[name] = std::move(values);
      continue;
    }
    const size_t open = t.find('[');
    if (open == std::string_view::npos) {
      f.Error("agent '" + std::string(t) + "' has no [code]");
      continue;
    }
    if (!CodeBlocks(t.substr(open), &blocks, &outside, &why)) {
      f.Error(why);
      continue;
    }
    AgentEntry e;
    e.source = f.Here();
    if (!ParseAgentCode(blocks[0], &e, &why)) {
      f.Error(why);
      continue;
    }
    if (blocks.size() > 1) f.Warning("more than one code; the first is used");
    if (!Trim(outside).empty())
      f.Warning("text after the code: '" + std::string(Trim(outside)) + "'");
    std::string_view head = Trim(t.substr(0, open));
    // An optional plural in braces after the phrase.
    bool plural_given = false;
    std::string plural_text;
    const size_t brace = head.find('{');
    if (brace != std::string_view::npos) {
      const size_t close = head.find('}', brace);
      if (close == std::string_view::npos) {
        f.Error("plural '{' is not closed");
        continue;
      }
      plural_given = true;
      plural_text = std::string(Trim(head.substr(brace + 1, close - brace - 1)));
      head = Trim(head.substr(0, brace));
    }
    std::vector<std::string> forms;
    const std::string head_upper = ToUpper(head);
    const bool has_marker = head_upper.find('!') != std::string::npos;
    if (!ExpandMarkers(head_upper, sets, &forms, &why)) {
      f.Error(why);
      continue;
    }
    bool ok = true;
    for (size_t k = 0; k < forms.size() && ok; ++k) {
      Phrase p;
      if (!ParsePhrase(forms[k], style, &dict->vocabulary, &p, &why)) {
        f.Error(why);
        ok = false;
        break;
      }
      p.generated = has_marker;
      e.phrases.push_back(std::move(p));
    }
    if (!ok) continue;
    if (flavor != Flavor::kTabari && !has_marker) {
      // PETRARCH plurals; TABARI agents get regular endings from the matcher instead (§5.2.3).
      if (plural_given && !plural_text.empty()) {
        Phrase p;
        if (!ParsePhrase(plural_text, style, &dict->vocabulary, &p, &why)) {
          f.Error("plural: " + why);
          continue;
        }
        e.phrases.push_back(std::move(p));
      } else if (!plural_given) {
        const Phrase& base = e.phrases[0];
        e.phrases.push_back(WithLastWord(
            base, PluralOf(dict->vocabulary.Word(base.words.back().token)), &dict->vocabulary));
      }
    }
    f.report().phrases += static_cast<uint32_t>(e.phrases.size());
    dict->agents.push_back(std::move(e));
    ++f.report().entries;
  }
  return f.Finish();
}

}  // namespace entente::lexicon
