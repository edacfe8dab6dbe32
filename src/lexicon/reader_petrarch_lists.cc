// PETRARCH's plain lists: discards, issue phrases, and the PETR_config.ini options.
#include <algorithm>
#include <cstdlib>
#include <string>

#include "lexicon/reader_util.h"
#include "lexicon/readers.h"

namespace entente::lexicon {

namespace {

CommentRules PetrarchComments() {
  CommentRules r;
  r.hash = true;
  r.xml_blocks = true;
  return r;
}

// Issue phrase expansions (PETRARCH docs, "Issues List"): `n:WORD` gives the word and its plural,
// `v:WORD` the word and its S/ED/ING forms, `A+B` both "A B" and "A-B". Every combination of the
// markers on a line is produced.
void ExpandIssue(const std::string& text, std::vector<std::string>* out) {
  // Find the first marker.
  size_t plus = text.find('+');
  size_t n = std::string::npos, v = std::string::npos;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    const bool at_word = i == 0 || text[i - 1] == ' ';
    if (at_word && text[i + 1] == ':' && (text[i] == 'N' || text[i] == 'V')) {
      (text[i] == 'N' ? n : v) = i;
      break;
    }
  }
  const size_t first = std::min({plus, n, v});
  if (first == std::string::npos) {
    out->push_back(text);
    return;
  }
  if (first == plus) {
    ExpandIssue(text.substr(0, plus) + " " + text.substr(plus + 1), out);
    ExpandIssue(text.substr(0, plus) + "-" + text.substr(plus + 1), out);
    return;
  }
  const size_t word_begin = first + 2;
  size_t word_end = text.find(' ', word_begin);
  if (word_end == std::string::npos) word_end = text.size();
  const std::string word = text.substr(word_begin, word_end - word_begin);
  const std::string before = text.substr(0, first), after = text.substr(word_end);
  std::vector<std::string> forms{word};
  if (!word.empty()) {
    if (first == n) {
      forms.push_back(PluralOf(word));
    } else {
      for (std::string& f : RegularVerbForms(word)) forms.push_back(std::move(f));
    }
  }
  for (const std::string& f : forms) ExpandIssue(before + f + after, out);
}

}  // namespace

Status ReadPetrarchDiscards(const std::string& path, const LoadOptions& options, Dictionary* dict) {
  auto content = ReadDictionaryFile(path);
  if (!content.ok()) return content.status();
  SourceFile f(dict, options, path, "discards", std::move(*content), PetrarchComments());
  std::string why;
  std::string_view line;
  while (!f.failed() && f.Next(&line)) {
    std::string_view t = Trim(line);
    if (t.empty()) continue;
    DiscardEntry d;
    d.source = f.Here();
    if (t[0] == '+') {
      d.story = true;
      t = Trim(t.substr(1));
    }
    // PETRARCH matches " PHRASE" inside the sentence: words in a row, the last one a stem unless
    // it ends in `_` (then it must end a word).
    const bool whole_last = EndsWith(t, "_");
    if (!ParsePhrase(t, PhraseStyle::kPetrarch, &dict->vocabulary, &d.phrase, &why)) {
      f.Error(why);
      continue;
    }
    if (!whole_last) d.phrase.words.back().match = WordMatch::kPrefix;
    dict->discards.push_back(std::move(d));
    ++f.report().entries;
  }
  return f.Finish();
}

Status ReadPetrarchIssues(const std::string& path, const LoadOptions& options, Dictionary* dict) {
  auto content = ReadDictionaryFile(path);
  if (!content.ok()) return content.status();
  CommentRules rules;
  rules.hash = true;  // no XML comments here: `<ISSUE ...>` tags are content
  SourceFile f(dict, options, path, "issues", std::move(*content), rules);
  int64_t category = -1;
  std::vector<std::string_view> blocks;
  std::string outside, why;
  std::string_view line;
  auto attribute = [](std::string_view tag, std::string_view name) {
    const std::string key = std::string(name) + "=\"";
    const size_t a = tag.find(key);
    if (a == std::string_view::npos) return std::string();
    const size_t b = tag.find('"', a + key.size());
    if (b == std::string_view::npos) return std::string();
    return std::string(tag.substr(a + key.size(), b - a - key.size()));
  };
  while (!f.failed() && f.Next(&line)) {
    std::string_view t = Trim(line);
    if (t.empty()) continue;
    if (StartsWith(t, "<ISSUE")) {
      IssueCategory c;
      c.name = attribute(t, "CATEGORY");
      c.type = attribute(t, "TYPE");
      c.source = f.Here();
      if (c.name.empty()) {
        f.Error("<ISSUE> without CATEGORY=\"...\"");
        category = -1;
        continue;
      }
      dict->issue_categories.push_back(std::move(c));
      category = static_cast<int64_t>(dict->issue_categories.size() - 1);
      continue;
    }
    if (StartsWith(t, "</ISSUE")) {
      category = -1;
      continue;
    }
    IssueEntry e;
    e.source = f.Here();
    if (category < 0) {
      // Lines outside a section go to an unnamed category rather than being lost.
      if (dict->issue_categories.empty() || !dict->issue_categories.back().name.empty() ||
          dict->issue_categories.back().source.file != f.Here().file) {
        dict->issue_categories.push_back(IssueCategory{"", "", f.Here()});
      }
      category = static_cast<int64_t>(dict->issue_categories.size() - 1);
    }
    e.category = static_cast<uint32_t>(category);
    std::string text;
    if (StartsWith(t, "~~")) {
      e.kind = IssueEntry::Kind::kCancelStory;
      text = std::string(Trim(t.substr(2)));
    } else if (t[0] == '~') {
      e.kind = IssueEntry::Kind::kCancelSentence;
      text = std::string(Trim(t.substr(1)));
    } else {
      const size_t open = t.find('[');
      if (open == std::string_view::npos) {
        // PETRARCH-2 skips such a line too (only lines with `[` are read).
        f.Error("issue phrase '" + std::string(t) + "' has no [CODE]");
        continue;
      }
      if (!CodeBlocks(t.substr(open), &blocks, &outside, &why)) {
        f.Error(why);
        continue;
      }
      e.code = std::string(Trim(blocks[0]));
      if (e.code.empty()) {
        f.Error("empty issue code []");
        continue;
      }
      if (blocks.size() > 1) f.Warning("more than one code; the first is used");
      if (!Trim(outside).empty()) {
        f.Warning("text after the code: '" + std::string(Trim(outside)) + "'");
      }
      text = std::string(Trim(t.substr(0, open)));
    }
    std::vector<std::string> forms;
    ExpandIssue(ToUpper(text), &forms);
    bool ok = true;
    for (const std::string& form : forms) {
      Phrase p;
      if (!ParsePhrase(form, PhraseStyle::kPetrarch, &dict->vocabulary, &p, &why)) {
        f.Error(why);
        ok = false;
        break;
      }
      p.generated = forms.size() > 1;
      e.phrases.push_back(std::move(p));
    }
    if (!ok) continue;
    f.report().phrases += static_cast<uint32_t>(e.phrases.size());
    dict->issues.push_back(std::move(e));
    ++f.report().entries;
  }
  return f.Finish();
}

Status ReadPetrarchConfig(const std::string& path, const LoadOptions& options, Dictionary* dict,
                          std::vector<std::pair<std::string, std::string>>* files) {
  auto content = ReadDictionaryFile(path);
  if (!content.ok()) return content.status();
  CommentRules rules;
  rules.hash = true;
  rules.semicolon = true;
  SourceFile f(dict, options, path, "options", std::move(*content), rules);
  std::string section;
  std::string_view line;
  Options& o = dict->options;
  auto to_bool = [](std::string v, bool* out) {
    v = ToUpper(v);
    if (v == "TRUE" || v == "1" || v == "YES") return *out = true, true;
    if (v == "FALSE" || v == "0" || v == "NO") return *out = false, true;
    return false;
  };
  while (!f.failed() && f.Next(&line)) {
    std::string_view t = Trim(line);
    if (t.empty()) continue;
    if (t.front() == '[' && t.back() == ']') {
      section = std::string(t.substr(1, t.size() - 2));
      continue;
    }
    const size_t eq = t.find('=');
    if (eq == std::string_view::npos) {
      f.Error("expected 'name = value'");
      continue;
    }
    const std::string key(Trim(t.substr(0, eq)));
    const std::string value(Trim(t.substr(eq + 1)));
    if (section == "Dictionaries") {
      if (files != nullptr) files->emplace_back(key, value);
      continue;
    }
    if (section != "Options") continue;  // [StanfordNLP] and the like concern other programs
    o.commands.push_back(Options::Command{key, value, f.Here()});
    ++f.report().entries;
    char* end = nullptr;
    const long number = std::strtol(value.c_str(), &end, 10);
    const bool is_number = !value.empty() && end != nullptr && *end == '\0';
    auto set_int = [&](int* field) {
      if (!is_number) return f.Error(key + " needs a whole number, not '" + value + "'");
      *field = static_cast<int>(number);
    };
    if (key == "require_dyad") {
      if (!to_bool(value, &o.require_dyad)) f.Error("require_dyad needs True or False");
    } else if (key == "new_actor_length") {
      set_int(&o.new_actor_length);
    } else if (key == "comma_min") {
      set_int(&o.comma_min);
    } else if (key == "comma_max") {
      set_int(&o.comma_max);
    } else if (key == "comma_bmin") {
      set_int(&o.comma_bmin);
    } else if (key == "comma_bmax") {
      set_int(&o.comma_bmax);
    } else if (key == "comma_emin") {
      set_int(&o.comma_emin);
    } else if (key == "comma_emax") {
      set_int(&o.comma_emax);
    }
  }
  return f.Finish();
}

}  // namespace entente::lexicon
