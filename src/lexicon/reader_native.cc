// entente's own dictionary format (docs/DICTIONARIES.md): one entry per small block, a keyword
// on every line, explicit ISO date ranges, `#` comments. Example:
//
//   entente-dictionary 1
//   actor: XI JINPING
//     also: PRESIDENT XI JINPING
//     code: CHNELI ..2012-11-14
//     code: CHNGOV 2012-11-15..
//   agent: ATTORNEY GENERAL
//     plural: ATTORNEYS GENERAL
//     code: ~GOVATG
#include <algorithm>
#include <cstdlib>
#include <span>
#include <string>

#include "lexicon/patterns.h"
#include "lexicon/reader_util.h"
#include "lexicon/readers.h"

namespace entente::lexicon {

namespace {

enum class Entry { kNone, kActor, kAgent, kSynset, kVerbs, kIssue };

// `CODE`, `CODE 2012-11-15..`, `CODE ..2012-11-14`, `CODE 2008-01-20..2012-11-09`.
bool ParseNativeActorCode(std::string_view text, ActorCode* out, std::string* why) {
  std::vector<std::string_view> parts = SplitBlanks(text);
  if (parts.empty() || parts.size() > 2) {
    *why = "expected 'code: CODE [FROM..TO]'";
    return false;
  }
  ActorCode probe;
  if (!ParseActorCodeBlock(parts[0], &probe, why)) return false;
  out->code = probe.code;
  out->dates = DateRange{};
  if (parts.size() == 1) return true;
  const std::string_view r = parts[1];
  const size_t dots = r.find("..");
  if (dots == std::string_view::npos) {
    *why = "date range '" + std::string(r) + "' needs '..' (FROM.., ..TO or FROM..TO)";
    return false;
  }
  const std::string_view a = r.substr(0, dots), b = r.substr(dots + 2);
  if (a.empty() && b.empty()) {
    *why = "date range '..' names no date";
    return false;
  }
  if (!a.empty()) {
    out->dates.first = ParseRestrictionDate(a, true, why);
    if (out->dates.first < 0) return false;
  }
  if (!b.empty()) {
    out->dates.last = ParseRestrictionDate(b, true, why);
    if (out->dates.last < 0) return false;
  }
  if (out->dates.last < out->dates.first) {
    *why = "date range '" + std::string(r) + "' ends before it starts";
    return false;
  }
  out->dates.kind = a.empty()   ? DateRange::Kind::kUntil
                    : b.empty() ? DateRange::Kind::kFrom
                                : DateRange::Kind::kBetween;
  return true;
}

// The `[CODE]` at the end of a line, if any: *rest gets the text before it.
bool TrailingCode(std::string_view text, std::string_view* rest, std::string_view* code) {
  text = Trim(text);
  if (text.empty() || text.back() != ']') {
    *rest = text;
    return false;
  }
  const size_t open = text.rfind('[');
  if (open == std::string_view::npos) {
    *rest = text;
    return false;
  }
  *rest = Trim(text.substr(0, open));
  *code = text.substr(open + 1, text.size() - open - 2);
  return true;
}

// The `option:` lines that give a list of upper-case words, where they go and an example for
// the error message.
struct WordListOption {
  std::string_view name;
  std::vector<std::string> Options::*member;
  const char* example;
};
constexpr WordListOption kWordListOptions[] = {
    {"document_words", &Options::document_words, "AGREEMENT TREATY"},
    {"not_names", &Options::not_names, "MONDAY MR"},
    {"institution_words", &Options::institution_words, "INC BANK"},
    {"reciprocal_verbs", &Options::reciprocal_verbs, "AGREE MEET"},
    {"meeting_words", &Options::meeting_words, "SUMMIT TALKS"},
    {"content_words", &Options::content_words, "PRINCIPLES GOALS"},
    {"origin_words", &Options::origin_words, "MADE BUILT"},
    {"partner_verbs", &Options::partner_verbs, "CO-CHAIR CO-HOST"},
    {"family_name_first", &Options::family_name_first, "CHN KOR"},
};

// The words of an option's value in upper case, as the coder compares them.
std::vector<std::string> UpperWords(std::span<const std::string_view> words) {
  std::vector<std::string> out;
  for (std::string_view w : words) {
    std::string u(w);
    for (char& c : u) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    out.push_back(std::move(u));
  }
  return out;
}

// "050 PARTNERSHIP COLLABORATION": a CAMEO code, then at least one word (or none, when
// `words_optional`). False when malformed.
bool CodeThenWords(std::string_view value, std::string* code, std::vector<std::string>* words,
                   bool words_optional = false) {
  const std::vector<std::string_view> w = SplitBlanks(value);
  const bool code_ok = !w.empty() && w[0].size() >= 2 && w[0].size() <= 4 &&
                       std::all_of(w[0].begin(), w[0].end(),
                                   [](char c) { return c >= '0' && c <= '9'; });
  if (!code_ok || (w.size() < 2 && !words_optional)) return false;
  *code = std::string(w[0]);
  *words = UpperWords(std::span(w).subspan(1));
  return true;
}

const WordListOption* FindWordListOption(std::string_view name) {
  for (const WordListOption& o : kWordListOptions) {
    if (o.name == name) return &o;
  }
  return nullptr;
}

}  // namespace

Status ReadNativeFile(const std::string& path, const LoadOptions& options, Dictionary* dict) {
  auto content = ReadDictionaryFile(path);
  if (!content.ok()) return content.status();
  CommentRules rules;
  rules.hash = true;
  SourceFile f(dict, options, path, "native", std::move(*content), rules);
  Entry entry = Entry::kNone;
  size_t index = 0;  // of the current entry in its vector
  bool header = false;
  std::string why;
  std::string_view line;
  while (!f.failed() && f.Next(&line)) {
    std::string_view t = Trim(line);
    if (t.empty()) continue;
    if (!header) {
      std::vector<std::string_view> h = SplitBlanks(t);
      if (h.size() != 2 || h[0] != "entente-dictionary") {
        // Not a dictionary at all: refuse the file rather than report every line.
        f.Error("the first line must be 'entente-dictionary 1'");
        (void)f.Finish();
        return DataLossError(path + ":" + std::to_string(f.line_number()) +
                             ": not an entente dictionary (the first line must be "
                             "'entente-dictionary 1')");
      }
      if (h[1] != "1") {
        return FailedPreconditionError(path + ":" + std::to_string(f.line_number()) +
                                       ": dictionary format version " + std::string(h[1]) +
                                       " is newer than this program reads (1)");
      }
      header = true;
      continue;
    }
    const size_t colon = t.find(':');
    if (colon == std::string_view::npos) {
      f.Error("expected 'keyword: value'");
      continue;
    }
    const std::string key(Trim(t.substr(0, colon)));
    const std::string_view value = Trim(t.substr(colon + 1));
    const bool field = line[0] == ' ' || line[0] == '\t';
    if (field) {
      if (entry == Entry::kNone) {
        f.Error("indented '" + key + ":' line without an entry above it");
        continue;
      }
      if (entry == Entry::kActor && (key == "also" || key == "code" || key == "place")) {
        ActorEntry& a = dict->actors[index];
        if (key == "place") {
          if (value == "local")
            a.local = true;
          else if (value == "region")
            a.region = true;
          else
            f.Error("place: is 'local' (a city, capital, seat of government or province) or "
                    "'region' (a continent or a region of several states)");
        } else if (key == "also") {
          Phrase p;
          if (!ParsePhrase(value, PhraseStyle::kNative, &dict->vocabulary, &p, &why))
            f.Error(why);
          else
            a.phrases.push_back(std::move(p)), ++f.report().phrases;
        } else {
          ActorCode c;
          if (!ParseNativeActorCode(value, &c, &why)) {
            f.Error(why);
          } else {
            c.source = f.Here();
            a.codes.push_back(std::move(c));
            ++f.report().codes;
          }
        }
      } else if (entry == Entry::kAgent && (key == "plural" || key == "code")) {
        AgentEntry& a = dict->agents[index];
        if (key == "plural") {
          if (value == "none") continue;
          Phrase p;
          if (!ParsePhrase(value, PhraseStyle::kNative, &dict->vocabulary, &p, &why))
            f.Error(why);
          else
            a.phrases.push_back(std::move(p)), ++f.report().phrases;
        } else {
          const bool lead = StartsWith(value, "~"), trail = EndsWith(value, "~");
          std::string_view c = value;
          if (lead == trail || (c = Trim(lead ? c.substr(1) : c.substr(0, c.size() - 1))).empty()) {
            f.Error("agent code needs exactly one '~': ~GOV appends, NGO~ prepends");
          } else {
            a.code = std::string(c);
            a.prepend = trail;
          }
        }
      } else if (entry == Entry::kSynset && key == "member") {
        if (!AddSynsetMember(value, Flavor::kNative, dict, static_cast<uint32_t>(index), &why)) {
          f.Error(why);
        } else {
          ++f.report().phrases;
        }
      } else if (entry == Entry::kVerbs && (key == "verb" || key == "pattern")) {
        VerbBlock& b = dict->verb_blocks[index];
        if (key == "verb") {
          Verb v;
          if (!ParseVerbLine(value, Flavor::kNative, dict, &v, &why)) {
            f.Error(why);
          } else {
            v.source = f.Here();
            dict->verb_blocks[index].verbs.push_back(std::move(v));
            ++f.report().phrases;
          }
        } else {
          std::string_view items, code;
          Pattern p;
          if (!TrailingCode(value, &items, &code)) {
            f.Error("pattern without a [code]");
          } else if (!ParseEventCode(code, b.kind == VerbBlock::Kind::kTimeShift, &p.code, &why) ||
                     !ParsePattern(items, PatternWords::kWhole, dict, &p, &why)) {
            f.Error(why);
          } else {
            p.text = std::string(value);
            p.source = f.Here();
            dict->verb_blocks[index].patterns.push_back(std::move(p));
            ++f.report().codes;
          }
        }
      } else if (entry == Entry::kIssue &&
                 (key == "phrase" || key == "cancel" || key == "cancel-story")) {
        IssueEntry e;
        e.source = f.Here();
        e.category = static_cast<uint32_t>(index);
        std::string_view text = value, code;
        if (key == "phrase") {
          if (!TrailingCode(value, &text, &code) || Trim(code).empty()) {
            f.Error("issue phrase without a [CODE]");
            continue;
          }
          e.code = std::string(Trim(code));
        } else {
          e.kind =
              key == "cancel" ? IssueEntry::Kind::kCancelSentence : IssueEntry::Kind::kCancelStory;
        }
        Phrase p;
        if (!ParsePhrase(text, PhraseStyle::kNative, &dict->vocabulary, &p, &why)) {
          f.Error(why);
          continue;
        }
        e.phrases.push_back(std::move(p));
        dict->issues.push_back(std::move(e));
        ++f.report().phrases;
      } else {
        f.Error("'" + key + ":' does not belong in this entry");
      }
      continue;
    }
    // A new entry.
    entry = Entry::kNone;
    if (key == "actor" || key == "agent") {
      Phrase p;
      if (!ParsePhrase(value, PhraseStyle::kNative, &dict->vocabulary, &p, &why)) {
        f.Error(why);
        continue;
      }
      if (key == "actor") {
        ActorEntry a;
        a.source = f.Here();
        a.phrases.push_back(std::move(p));
        dict->actors.push_back(std::move(a));
        index = dict->actors.size() - 1;
        entry = Entry::kActor;
      } else {
        AgentEntry a;
        a.source = f.Here();
        a.phrases.push_back(std::move(p));
        dict->agents.push_back(std::move(a));
        index = dict->agents.size() - 1;
        entry = Entry::kAgent;
      }
      ++f.report().entries;
    } else if (key == "synset") {
      uint32_t s = 0;
      BeginSynset(value, f.Here(), dict, &s);
      index = s;
      entry = Entry::kSynset;
      ++f.report().synsets;
    } else if (key == "verbs" || key == "time") {
      VerbBlock b;
      b.source = f.Here();
      b.kind = key == "time" ? VerbBlock::Kind::kTimeShift : VerbBlock::Kind::kVerbs;
      std::string_view name, code;
      b.code.kind = EventCode::Kind::kNull;
      if (TrailingCode(value, &name, &code) &&
          !ParseEventCode(code, key == "time", &b.code, &why)) {
        f.Error(why);
        continue;
      }
      b.name = ToUpper(name);
      if (b.name.empty()) {
        f.Error("'" + key + ":' needs a name");
        continue;
      }
      if (key == "time") {
        Verb v;
        v.source = f.Here();
        if (!ParsePhrase(name, PhraseStyle::kNative, &dict->vocabulary, &v.base.phrase, &why)) {
          f.Error(why);
          continue;
        }
        b.verbs.push_back(std::move(v));
      }
      dict->verb_blocks.push_back(std::move(b));
      index = dict->verb_blocks.size() - 1;
      entry = Entry::kVerbs;
      ++f.report().entries;
    } else if (key == "transformation") {
      Transformation tr;
      if (!ParseTransformation(value, &tr, &why)) {
        f.Error(why);
        continue;
      }
      tr.source = f.Here();
      dict->transformations.push_back(std::move(tr));
      ++f.report().transformations;
    } else if (key == "discard" || key == "discard-story") {
      DiscardEntry d;
      d.source = f.Here();
      d.story = key == "discard-story";
      if (!ParsePhrase(value, PhraseStyle::kNative, &dict->vocabulary, &d.phrase, &why)) {
        f.Error(why);
        continue;
      }
      dict->discards.push_back(std::move(d));
      ++f.report().entries;
    } else if (key == "issue") {
      std::vector<std::string_view> parts = SplitBlanks(value);
      if (parts.empty() || parts.size() > 2) {
        f.Error("expected 'issue: CATEGORY [TYPE]'");
        continue;
      }
      dict->issue_categories.push_back(IssueCategory{
          std::string(parts[0]), parts.size() > 1 ? std::string(parts[1]) : "ALL", f.Here()});
      index = dict->issue_categories.size() - 1;
      entry = Entry::kIssue;
      ++f.report().entries;
    } else if (key == "noun" || key == "adjective") {
      Phrase p;
      if (!ParsePhrase(value, PhraseStyle::kNative, &dict->vocabulary, &p, &why)) {
        f.Error(why);
        continue;
      }
      (key == "noun" ? dict->nouns : dict->adjectives).push_back(std::move(p));
      ++f.report().phrases;
    } else if (key == "intent") {
      const std::vector<std::string_view> parts = SplitBlanks(value);
      auto digits = [](std::string_view c) {
        return c.size() >= 2 && c.size() <= 4 &&
               std::all_of(c.begin(), c.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
      };
      if (parts.size() != 2 || !digits(parts[0]) || !digits(parts[1])) {
        f.Error("expected 'intent: CODE INTENT_CODE' (CAMEO codes of 2-4 digits)");
        continue;
      }
      auto [it, fresh] = dict->options.intent_codes.emplace(parts[0], parts[1]);
      if (!fresh) {
        f.Warning("intent code for " + std::string(parts[0]) + " given again; the first (" +
               it->second + ") is kept");
        continue;
      }
      ++f.report().entries;
    } else if (key == "option") {
      const size_t eq = value.find('=');
      if (eq == std::string_view::npos) {
        f.Error("expected 'option: NAME = VALUE'");
        continue;
      }
      const std::string name(Trim(value.substr(0, eq)));
      const std::string v(Trim(value.substr(eq + 1)));
      Options& o = dict->options;
      char* end = nullptr;
      const long n = std::strtol(v.c_str(), &end, 10);
      const bool number = !v.empty() && *end == '\0';
      int* int_field = name == "new_actor_length" ? &o.new_actor_length
                       : name == "comma_min"      ? &o.comma_min
                       : name == "comma_max"      ? &o.comma_max
                       : name == "comma_bmin"     ? &o.comma_bmin
                       : name == "comma_bmax"     ? &o.comma_bmax
                       : name == "comma_emin"     ? &o.comma_emin
                       : name == "comma_emax"     ? &o.comma_emax
                       : name == "minimum_words"  ? &o.minimum_words
                                                  : nullptr;
      if (int_field != nullptr) {
        if (!number) {
          f.Error(name + " needs a whole number");
          continue;
        }
        *int_field = static_cast<int>(n);
      } else if (name == "require_dyad" || name == "convert_agents" || name == "comma_off" ||
                 name == "lone_agents" || name == "learn_names") {
        if (v != "true" && v != "false") {
          f.Error(name + " needs true or false");
          continue;
        }
        (name == "require_dyad"     ? o.require_dyad
         : name == "convert_agents" ? o.convert_agents
         : name == "lone_agents"    ? o.lone_agents
         : name == "learn_names"    ? o.learn_names
                                    : o.comma_off) = v == "true";
      } else if (name == "code_by") {
        if (v == "sentence")
          o.code_by = Options::CodeBy::kSentence;
        else if (v == "clause")
          o.code_by = Options::CodeBy::kClause;
        else if (v == "all")
          o.code_by = Options::CodeBy::kAll;
        else {
          f.Error("code_by is sentence, clause or all");
          continue;
        }
      } else if (const WordListOption* wl = FindWordListOption(name)) {
        std::vector<std::string> words = UpperWords(SplitBlanks(v));
        if (words.empty()) {
          f.Error(name + " needs words separated by blanks (" + wl->example + ")");
          continue;
        }
        o.*(wl->member) = std::move(words);
      } else if (name == "reciprocal") {
        std::vector<std::string> roots;
        bool ok = true;
        for (std::string_view r : SplitBlanks(v)) {
          ok = ok && r.size() >= 2 && r.size() <= 4 &&
               std::all_of(r.begin(), r.end(), [](char c) { return c >= '0' && c <= '9'; });
          roots.emplace_back(r);
        }
        if (!ok || roots.empty()) {
          f.Error("reciprocal needs CAMEO codes of 2-4 digits separated by blanks (03 04 057 19)");
          continue;
        }
        o.reciprocal_roots = std::move(roots);
      } else if (name == "partners") {
        if (!CodeThenWords(v, &o.partner_code, &o.partner_words)) {
          f.Error("partners needs a CAMEO code, then words separated by blanks (050 PARTNERSHIP)");
          continue;
        }
        o.partner_source = f.Here();
      } else if (name == "presence") {
        if (!CodeThenWords(v, &o.presence_code, &o.presence_adverbs, /*words_optional=*/true)) {
          f.Error("presence needs a CAMEO code, then optional adverbs separated by blanks (042 STILL)");
          continue;
        }
        o.presence_source = f.Here();
      } else if (name == "norm_appeals") {
        if (!CodeThenWords(v, &o.norm_appeal_code, &o.norm_appeal_verbs)) {
          f.Error("norm_appeals needs a CAMEO code, then verbs separated by blanks (020 SAY)");
          continue;
        }
        o.norm_appeal_source = f.Here();
      } else if (name == "joint_authors") {
        if (!CodeThenWords(v, &o.joint_author_code, &o.joint_author_verbs)) {
          f.Error("joint_authors needs a CAMEO code, then verbs separated by blanks (050 SPONSOR)");
          continue;
        }
        o.joint_author_source = f.Here();
      } else if (name == "mediators") {
        if (!CodeThenWords(v, &o.mediator_code, &o.mediator_verbs)) {
          f.Error("mediators needs a CAMEO code, then verbs separated by blanks (045 BROKER)");
          continue;
        }
        o.mediator_source = f.Here();
      } else if (name == "default_source" || name == "default_target") {
        (name == "default_source" ? o.default_source : o.default_target) = v;
      } else {
        f.Error("unknown option '" + name + "'");
        continue;
      }
      o.commands.push_back(Options::Command{name, v, f.Here()});
      ++f.report().entries;
    } else {
      f.Error("unknown entry '" + key + ":'");
    }
  }
  if (!header && !f.failed())
    f.ErrorAt(1, "empty file: the first line must be 'entente-dictionary 1'");
  return f.Finish();
}

}  // namespace entente::lexicon
