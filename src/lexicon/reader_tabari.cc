// TABARI dictionaries (TABARI 0.8.4b2 manual, chapters 5, 6 and 8): .verbs and .options; the
// .project file that names them is read by the loader. Actors and agents: reader_actors.cc and
// reader_agents.cc.
//
// .verbs layout:
//   <SYNSETS> &NAME / +MEMBER ... </SYNSETS>     synsets first
//   <TIME> LAST_WEEK [-7] ... </TIME>            date-shifting phrases (and their patterns)
//   ABANDON  [345] ;comment                      a verb (a stem unless it ends in `_`)
//   { BROKE_ BROKEN_ }                           its irregular forms, on the next line
//   - * NEW_&TIETYPES_RELATIONS [903]            its patterns
//   ~~FINISH                                     end of file
#include <cstdlib>
#include <string>

#include "lexicon/patterns.h"
#include "lexicon/reader_util.h"
#include "lexicon/readers.h"

namespace entente::lexicon {

Status ReadTabariVerbs(const std::string& path, const LoadOptions& options, Dictionary* dict) {
  auto content = ReadDictionaryFile(path);
  if (!content.ok()) return content.status();
  PredeclareSynsets(*content, dict);
  CommentRules rules;
  rules.semicolon = rules.hash_line = rules.tilde_finish = true;
  SourceFile f(dict, options, path, "verbs", std::move(*content), rules);
  enum class Section { kVerbs, kSynsets, kTime } section = Section::kVerbs;
  int64_t block = -1;
  bool have_synset = false;
  uint32_t synset = 0;
  std::string why;
  std::string_view line;
  while (!f.failed() && f.Next(&line)) {
    std::string_view t = Trim(line);
    if (t.empty()) continue;
    if (t[0] == '<') {
      if (t == "<SYNSETS>")
        section = Section::kSynsets;
      else if (t == "<TIME>")
        section = Section::kTime;
      else if (t == "</SYNSETS>" || t == "</TIME>")
        section = Section::kVerbs;
      else
        f.Error("unknown section tag " + std::string(t));
      block = -1;
      have_synset = false;
      continue;
    }
    if (section == Section::kSynsets) {
      if (t[0] == '&') {
        BeginSynset(t, f.Here(), dict, &synset);
        have_synset = true;
        ++f.report().synsets;
      } else if (t[0] == '+' && have_synset) {
        if (!AddSynsetMember(t.substr(1), Flavor::kTabari, dict, synset, &why))
          f.Error(why);
        else
          ++f.report().phrases;
      } else {
        f.Error("expected '&NAME' or '+MEMBER' inside <SYNSETS>");
      }
      continue;
    }
    if (t[0] == '-') {
      if (block < 0) {
        f.Error("pattern without a verb before it");
        continue;
      }
      std::string_view items, code, rest;
      if (!SplitPatternLine(t.substr(1), &items, &code, &rest)) {
        f.Error("pattern without a [code]");
        continue;
      }
      Pattern p;
      if (!ParseEventCode(code, section == Section::kTime, &p.code, &why) ||
          !ParsePattern(items, PatternWords::kTabari, dict, &p, &why)) {
        f.Error(why);
        continue;
      }
      if (!rest.empty()) f.Warning("text after the code: '" + std::string(rest) + "'");
      p.text = std::string(Trim(t.substr(1)));
      p.source = f.Here();
      dict->verb_blocks[block].patterns.push_back(std::move(p));
      ++f.report().codes;
      continue;
    }
    if (t[0] == '{') {
      // Irregular forms of the verb just read (§5.5.1), e.g. `{ BROKE_ BROKEN_ BROKEN_DOWN_ }`.
      if (block < 0 || dict->verb_blocks[block].verbs.empty()) {
        f.Error("verb forms without a verb before them");
        continue;
      }
      const size_t close = t.find('}');
      if (close == std::string_view::npos) {
        f.Error("forms '{' are not closed");
        continue;
      }
      Verb& v = dict->verb_blocks[block].verbs.back();
      for (std::string_view piece : SplitBlanks(t.substr(1, close - 1))) {
        VerbForm vf;
        if (!ParsePhrase(piece, PhraseStyle::kTabari, &dict->vocabulary, &vf.phrase, &why)) {
          f.Error(why);
          continue;
        }
        v.forms.push_back(std::move(vf));
        ++f.report().phrases;
      }
      continue;
    }
    // A verb (or in <TIME> a time phrase) with an optional code; none means `[---]`.
    const size_t open = t.find('[');
    std::string_view phrase_text = Trim(t.substr(0, open));
    VerbBlock b;
    b.kind = section == Section::kTime ? VerbBlock::Kind::kTimeShift : VerbBlock::Kind::kVerbs;
    b.source = f.Here();
    b.code.kind = EventCode::Kind::kNull;
    if (open != std::string_view::npos) {
      const size_t close = t.find(']', open);
      if (close == std::string_view::npos) {
        f.Error("code '[' is not closed");
        block = -1;
        continue;
      }
      if (!ParseEventCode(t.substr(open + 1, close - open - 1), section == Section::kTime, &b.code,
                          &why)) {
        f.Error(why);
        block = -1;
        continue;
      }
      if (!Trim(t.substr(close + 1)).empty()) {
        f.Warning("text after the code: '" + std::string(Trim(t.substr(close + 1))) + "'");
      }
    }
    Verb v;
    v.source = f.Here();
    if (!ParsePhrase(phrase_text, PhraseStyle::kTabari, &dict->vocabulary, &v.base.phrase, &why)) {
      f.Error(why);
      block = -1;
      continue;
    }
    b.name = dict->PhraseText(v.base.phrase);
    b.verbs.push_back(std::move(v));
    dict->verb_blocks.push_back(std::move(b));
    block = static_cast<int64_t>(dict->verb_blocks.size() - 1);
    ++f.report().entries;
  }
  return f.Finish();
}

Status ReadTabariOptions(const std::string& path, const LoadOptions& options, Dictionary* dict) {
  auto content = ReadDictionaryFile(path);
  if (!content.ok()) return content.status();
  CommentRules rules;
  rules.slashslash = rules.tilde_finish = true;
  rules.hash = true;  // §8.1.1 note 5: text after `#` or `//` is a comment
  SourceFile f(dict, options, path, "options", std::move(*content), rules);
  Options& o = dict->options;
  // TABARI's own comma defaults (§8.6) replace PETRARCH's when a TABARI options file is read.
  o.comma_min = 2, o.comma_max = 10, o.comma_emin = 2, o.comma_emax = 10;
  o.comma_bmin = 128, o.comma_bmax = 0;
  std::string_view line;
  auto number_after = [](std::string_view s, std::string_view key, int* out) {
    const size_t k = s.find(key);
    if (k == std::string_view::npos) return false;
    size_t i = k + key.size();
    while (i < s.size() && (s[i] == ' ' || s[i] == '=')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
    if (j == i) return false;
    *out = std::atoi(std::string(s.substr(i, j - i)).c_str());
    return true;
  };
  while (!f.failed() && f.Next(&line)) {
    std::string_view t = Trim(line);
    if (t.empty()) continue;
    const size_t colon = t.find(':');
    if (colon == std::string_view::npos) {
      f.Error("expected 'COMMAND: ...'");
      continue;
    }
    const std::string name = ToUpper(Trim(t.substr(0, colon)));
    const std::string value(Trim(t.substr(colon + 1)));
    const std::string upper = ToUpper(value);
    // §8.1.1 note 2: only the first four letters of a command name count.
    const std::string key = name.substr(0, 4);
    static const char* const kKnown[] = {"SET",  "LABE", "FORW", "DEFA", "COMM",
                                         "COMP", "NONE", "OUTP", "REPL"};
    bool known = false;
    for (const char* k : kKnown) known |= key == k;
    if (!known) {
      f.Error("unknown options command '" + name + ":'");
      continue;
    }
    o.commands.push_back(Options::Command{name, value, f.Here()});
    ++f.report().entries;
    if (key == "SET") {
      std::string v = upper;
      if (v.find("CODE BY CLAUSE") != std::string::npos)
        o.code_by = Options::CodeBy::kClause;
      else if (v.find("CODE BY SENTENCE") != std::string::npos)
        o.code_by = Options::CodeBy::kSentence;
      else if (v.find("CODE ALL") != std::string::npos)
        o.code_by = Options::CodeBy::kAll;
      else if (v.find("MINIMUM WORDS") != std::string::npos)
        number_after(v, "MINIMUM WORDS", &o.minimum_words);
      else if (v.find("CONVERT AGENTS") != std::string::npos)
        o.convert_agents = v.find("TRUE") != std::string::npos;
    } else if (key == "LABE") {
      const size_t eq = value.find('=');
      if (eq == std::string::npos) {
        f.Warning("LABEL without '='");
      } else {
        o.labels[std::string(Trim(std::string_view(value).substr(0, eq)))] =
            std::string(Trim(std::string_view(value).substr(eq + 1)));
      }
    } else if (key == "DEFA") {
      auto code_after = [&](std::string_view word) {
        const size_t k = upper.find(word);
        if (k == std::string::npos) return std::string();
        const size_t a = upper.find('[', k), b = upper.find(']', k);
        if (a == std::string::npos || b == std::string::npos || b < a) return std::string();
        return std::string(Trim(std::string_view(value).substr(a + 1, b - a - 1)));
      };
      o.default_source = code_after("SOURCE");
      o.default_target = code_after("TARGET");
    } else if (key == "COMM") {
      if (upper.find("OFF") != std::string::npos) {
        o.comma_off = true;
      } else {
        // BMIN/EMIN contain MIN: read the prefixed ones first, then blank them out.
        std::string v = upper;
        number_after(v, "BMIN", &o.comma_bmin);
        number_after(v, "BMAX", &o.comma_bmax);
        number_after(v, "EMIN", &o.comma_emin);
        number_after(v, "EMAX", &o.comma_emax);
        for (const char* k : {"BMIN", "BMAX", "EMIN", "EMAX"}) {
          for (size_t p = v.find(k); p != std::string::npos; p = v.find(k)) v.replace(p, 4, "....");
        }
        number_after(v, "MIN", &o.comma_min);
        number_after(v, "MAX", &o.comma_max);
      }
    }
  }
  return f.Finish();
}

}  // namespace entente::lexicon
