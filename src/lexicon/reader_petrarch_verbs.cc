// PETRARCH-1 and PETRARCH-2 verb dictionaries (PETR.Validate.verbs.txt,
// CAMEO.verbpatterns.150430.txt, CAMEO.2.0.txt, UD-PETRARCH's PETR_Validate_verbs_2_02.txt):
//
//   &CURRENCY                         a synset: `+` members follow; a trailing `_` on the name
//   +DOLLAR                           or a member suppresses generated plurals
//   --- ACCELERATE [---] ---          a verb block with its default code
//   HURRY {HURRIES HURRYING HURRIED}  a member verb; without {...} its regular forms are made
//   +ASK_FOR {+ASKED_FOR} [020]       a multi-word verb, `+` marks the verb word; its own code
//   - * (TO {BANNED PARTIES}) $ [1722]   a pattern (patterns.h)
//   ~ a (a b ATTACK) SAY = a b 015    a PETRARCH-2 transformation
//
// Synsets, patterns and transformations may stand anywhere; a synset may be used before the line
// that defines it.
#include <string>

#include "lexicon/patterns.h"
#include "lexicon/reader_util.h"
#include "lexicon/readers.h"

namespace entente::lexicon {

namespace {

std::string SynsetName(std::string_view text, bool* plurals) {
  std::string_view n = Trim(text);
  if (!n.empty() && n[0] == '&') n.remove_prefix(1);
  const size_t blank = n.find_first_of(" \t");
  if (blank != std::string_view::npos) n = n.substr(0, blank);
  *plurals = !EndsWith(n, "_");
  while (!n.empty() && n.back() == '_') n.remove_suffix(1);
  return ToUpper(n);
}

bool ParseVerbForm(std::string_view text, Flavor flavor, Vocabulary* vocab, VerbForm* out,
                   std::string* why) {
  // The `+` marks the verb word; without it the first word is the verb.
  std::string plain;
  int verb_word = -1, word = 0;
  bool at_word_start = true;
  for (char c : text) {
    const bool sep = c == ' ' || c == '\t' || (flavor != Flavor::kNative && c == '_');
    if (sep) {
      if (!at_word_start) ++word;
      at_word_start = true;
      plain.push_back(c);
      continue;
    }
    if (c == '+' && at_word_start) {
      if (verb_word >= 0) {
        *why = "verb '" + std::string(text) + "' marks two words with '+'";
        return false;
      }
      verb_word = word;
      continue;
    }
    at_word_start = false;
    plain.push_back(c);
  }
  const PhraseStyle style =
      flavor == Flavor::kNative ? PhraseStyle::kNative : PhraseStyle::kPetrarch;
  if (!ParsePhrase(plain, style, vocab, &out->phrase, why)) return false;
  if (verb_word >= static_cast<int>(out->phrase.words.size())) {
    *why = "'+' does not mark a word in '" + std::string(text) + "'";
    return false;
  }
  out->verb_word = static_cast<uint16_t>(verb_word < 0 ? 0 : verb_word);
  return true;
}

bool ParseTransformNode(const std::vector<std::string>& toks, size_t* pos, TransformNode* out,
                        std::string* why) {
  auto is_var = [](const std::string& s) {
    return s.size() == 1 && ((s[0] >= 'a' && s[0] <= 'z') || s[0] == '.' || s[0] == '_');
  };
  if (*pos >= toks.size() || !is_var(toks[*pos])) {
    *why = "transformation: expected a source variable (a letter, '.' or '_')";
    return false;
  }
  out->source = toks[(*pos)++];
  if (*pos < toks.size() && toks[*pos] == "(") {
    ++*pos;
    out->nested.emplace_back();
    if (!ParseTransformNode(toks, pos, &out->nested.back(), why)) return false;
    if (*pos >= toks.size() || toks[*pos] != ")") {
      *why = "transformation: missing ')'";
      return false;
    }
    ++*pos;
  } else if (*pos < toks.size() && is_var(toks[*pos])) {
    out->target = toks[(*pos)++];
  } else {
    *why = "transformation: expected a target variable or '( ... )'";
    return false;
  }
  if (*pos >= toks.size() || toks[*pos] == "(" || toks[*pos] == ")") {
    *why = "transformation: expected a verb";
    return false;
  }
  out->verb = ToUpper(toks[(*pos)++]);
  return true;
}

bool ParseTransformationImpl(std::string_view text, Transformation* out, std::string* why) {
  const size_t eq = text.find('=');
  if (eq == std::string_view::npos) {
    *why = "transformation without '='";
    return false;
  }
  std::vector<std::string> toks;
  for (std::string_view piece : SplitBlanks(text.substr(0, eq))) {
    std::string cur;
    for (char c : piece) {
      if (c == '(' || c == ')') {
        if (!cur.empty()) toks.push_back(cur), cur.clear();
        toks.emplace_back(1, c);
      } else {
        cur.push_back(c);
      }
    }
    if (!cur.empty()) toks.push_back(cur);
  }
  size_t pos = 0;
  if (!ParseTransformNode(toks, &pos, &out->pattern, why)) return false;
  if (pos != toks.size()) {
    *why = "transformation: unexpected '" + toks[pos] + "'";
    return false;
  }
  std::vector<std::string_view> rhs = SplitBlanks(text.substr(eq + 1));
  if (rhs.size() != 3) {
    *why = "transformation result must be 'SOURCE TARGET CODE'";
    return false;
  }
  out->out_source = std::string(rhs[0]);
  out->out_target = std::string(rhs[1]);
  out->out_code = std::string(rhs[2]);
  out->text = std::string(Trim(text));
  return true;
}

}  // namespace

bool ParseTransformation(std::string_view text, Transformation* out, std::string* why) {
  return ParseTransformationImpl(text, out, why);
}

void PredeclareSynsets(std::string_view content, Dictionary* dict) {
  size_t i = 0;
  while (i < content.size()) {
    size_t end = content.find('\n', i);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(i, end - i);
    if (!line.empty() && line[0] == '&') {
      bool plurals;
      std::string name = SynsetName(line, &plurals);
      const size_t hash = name.find_first_of("#;");
      if (hash != std::string::npos) name.resize(hash);
      if (!name.empty() && dict->FindSynset(name) < 0) {
        Synset s;
        s.name = name;
        s.plurals = plurals;
        dict->synsets.push_back(std::move(s));
      }
    }
    i = end + 1;
  }
}

void BeginSynset(std::string_view name_text, const SourceRef& where, Dictionary* dict,
                 uint32_t* current) {
  bool plurals;
  const std::string name = SynsetName(name_text, &plurals);
  int idx = dict->FindSynset(name);
  if (idx < 0) {
    Synset s;
    s.name = name;
    dict->synsets.push_back(std::move(s));
    idx = static_cast<int>(dict->synsets.size() - 1);
  }
  dict->synsets[idx].plurals = plurals;
  dict->synsets[idx].source = where;
  *current = static_cast<uint32_t>(idx);
}

bool AddSynsetMember(std::string_view member, Flavor flavor, Dictionary* dict, uint32_t synset,
                     std::string* why) {
  member = Trim(member);
  if (member.empty()) {
    *why = "empty synset member";
    return false;
  }
  if (member.find('&') != std::string_view::npos) {
    // A whole synset (`+&TIETYPES`), or words and synsets mixed (TABARI `+MEMOS_ON_&TIETYPES`).
    Pattern p;
    const std::string as_pattern = "* " + std::string(member);
    if (!ParsePattern(as_pattern,
                      flavor == Flavor::kTabari ? PatternWords::kTabari : PatternWords::kWhole,
                      dict, &p, why)) {
      return false;
    }
    for (const PatternItem& it : p.after) {
      if (it.kind == PatternItem::Kind::kSynset && it.synset == synset) {
        *why = "synset &" + dict->synsets[synset].name + " includes itself";
        return false;
      }
      if (it.kind != PatternItem::Kind::kWord && it.kind != PatternItem::Kind::kSynset) {
        *why = "a synset member may hold only words and synsets";
        return false;
      }
    }
    if (p.after.size() == 1 && p.after[0].kind == PatternItem::Kind::kSynset) {
      dict->synsets[synset].member_synsets.push_back(p.after[0].synset);
    } else {
      dict->synsets[synset].sequences.push_back(std::move(p.after));
    }
    return true;
  }
  const bool no_plural = EndsWith(member, "_");
  Phrase ph;
  const PhraseStyle style = flavor == Flavor::kTabari   ? PhraseStyle::kTabari
                            : flavor == Flavor::kNative ? PhraseStyle::kNative
                                                        : PhraseStyle::kPetrarch;
  if (!ParsePhrase(member, style, &dict->vocabulary, &ph, why)) return false;
  Synset& s = dict->synsets[synset];
  // PETRARCH generates regular plurals unless the name or the member ends in `_`; TABARI stems
  // and endings cover plurals at match time instead.
  const bool plural =
      flavor != Flavor::kTabari && flavor != Flavor::kNative && s.plurals && !no_plural;
  if (plural) {
    Phrase pl =
        WithLastWord(ph, PluralOf(dict->vocabulary.Word(ph.words.back().token)), &dict->vocabulary);
    s.members.push_back(std::move(ph));
    s.members.push_back(std::move(pl));
  } else {
    s.members.push_back(std::move(ph));
  }
  return true;
}

bool ParseVerbLine(std::string_view text, Flavor flavor, Dictionary* dict, Verb* out,
                   std::string* why) {
  text = Trim(text);
  const size_t brace = text.find('{');
  const size_t bracket = text.find('[');
  const size_t head_end = std::min(brace, bracket);
  std::string_view head = Trim(text.substr(0, head_end));
  if (!ParseVerbForm(head, flavor, &dict->vocabulary, &out->base, why)) return false;
  if (bracket != std::string_view::npos) {
    const size_t close = text.find(']', bracket);
    if (close == std::string_view::npos) {
      *why = "code '[' is not closed";
      return false;
    }
    if (!ParseEventCode(text.substr(bracket + 1, close - bracket - 1), false, &out->code, why)) {
      return false;
    }
    out->has_code = true;
    if (!Trim(text.substr(close + 1)).empty()) {
      *why = "text after the code: '" + std::string(Trim(text.substr(close + 1))) + "'";
      return false;
    }
  }
  if (brace != std::string_view::npos && brace < bracket) {
    const size_t close = text.find('}', brace);
    if (close == std::string_view::npos || close > bracket) {
      *why = "forms '{' are not closed";
      return false;
    }
    std::string inside(text.substr(brace + 1, close - brace - 1));
    std::vector<std::string_view> pieces;
    if (flavor == Flavor::kNative) {
      // Native forms may have several words, so commas separate them.
      std::string_view rest = inside;
      while (!rest.empty()) {
        const size_t comma = rest.find(',');
        std::string_view piece = Trim(rest.substr(0, comma));
        if (!piece.empty()) pieces.push_back(piece);
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
      }
    } else {
      for (char& c : inside) {
        if (c == ',') c = ' ';  // CAMEO.2.0 separates some forms with commas too
      }
      pieces = SplitBlanks(inside);
    }
    for (std::string_view piece : pieces) {
      VerbForm vf;
      if (!ParseVerbForm(piece, flavor, &dict->vocabulary, &vf, why)) return false;
      if (piece.find('+') == std::string_view::npos &&
          vf.phrase.words.size() == out->base.phrase.words.size()) {
        vf.verb_word = out->base.verb_word;
      }
      out->forms.push_back(std::move(vf));
    }
  } else if (flavor != Flavor::kTabari) {
    // No {...}: the regular forms of the verb word (PETRARCH generates S, ED and ING).
    const std::string verb =
        dict->vocabulary.Word(out->base.phrase.words[out->base.verb_word].token);
    for (const std::string& form : RegularVerbForms(verb)) {
      VerbForm vf = out->base;
      vf.phrase.generated = true;
      vf.phrase.words[vf.verb_word].token = dict->vocabulary.Intern(form);
      out->forms.push_back(std::move(vf));
    }
    out->forms_generated = true;
  }
  return true;
}

Status ReadPetrarchVerbs(const std::string& path, Flavor flavor, const LoadOptions& options,
                         Dictionary* dict) {
  auto content = ReadDictionaryFile(path);
  if (!content.ok()) return content.status();
  PredeclareSynsets(*content, dict);
  CommentRules rules;
  rules.hash = rules.xml_blocks = rules.semicolon = true;
  SourceFile f(dict, options, path, "verbs", std::move(*content), rules);
  int64_t block = -1;
  bool in_synset = false;
  uint32_t synset = 0;
  std::vector<std::string_view> blocks;
  std::string outside, why;
  std::string_view line;
  while (!f.failed() && f.Next(&line)) {
    std::string_view t = Trim(line);
    if (t.empty()) continue;
    if (StartsWith(t, "---")) {
      in_synset = false;
      std::string_view h = t;
      while (!h.empty() && (h.front() == '-' || h.front() == ' ' || h.front() == '\t'))
        h.remove_prefix(1);
      while (!h.empty() && (h.back() == '-' || h.back() == ' ' || h.back() == '\t'))
        h.remove_suffix(1);
      const size_t open = h.find('[');
      VerbBlock b;
      b.source = f.Here();
      b.name = ToUpper(Trim(h.substr(0, open)));
      if (b.name.empty()) {
        f.Error("verb block header without a name");
        block = -1;
        continue;
      }
      b.code.kind = EventCode::Kind::kNull;  // no code: the null code (PETRARCH docs)
      if (open != std::string_view::npos) {
        if (!CodeBlocks(h.substr(open), &blocks, &outside, &why)) {
          f.Error(why);
          block = -1;
          continue;
        }
        if (!ParseEventCode(blocks[0], false, &b.code, &why)) {
          f.Error(why);
          block = -1;
          continue;
        }
        if (blocks.size() > 1) {
          f.Warning("block header has " + std::to_string(blocks.size()) +
                    " codes; the first is the block's code");
        }
      }
      dict->verb_blocks.push_back(std::move(b));
      block = static_cast<int64_t>(dict->verb_blocks.size() - 1);
      ++f.report().entries;
      continue;
    }
    if (t[0] == '&') {
      BeginSynset(t, f.Here(), dict, &synset);
      in_synset = true;
      ++f.report().synsets;
      continue;
    }
    if (t[0] == '+' && in_synset) {
      if (!AddSynsetMember(t.substr(1), flavor, dict, synset, &why))
        f.Error(why);
      else
        ++f.report().phrases;
      continue;
    }
    in_synset = false;
    if (t[0] == '~') {
      Transformation tr;
      if (!ParseTransformation(t.substr(1), &tr, &why)) {
        f.Error(why);
        continue;
      }
      tr.source = f.Here();
      dict->transformations.push_back(std::move(tr));
      ++f.report().transformations;
      continue;
    }
    if (block < 0) {
      f.Error(t[0] == '-' ? "pattern outside a verb block" : "verb outside a verb block");
      continue;
    }
    VerbBlock& b = dict->verb_blocks[block];
    if (t[0] == '-') {
      std::string_view items, code, rest;
      if (!SplitPatternLine(t.substr(1), &items, &code, &rest)) {
        f.Error("pattern without a [code]");
        continue;
      }
      Pattern p;
      if (!ParseEventCode(code, false, &p.code, &why) ||
          !ParsePattern(items, PatternWords::kWhole, dict, &p, &why)) {
        f.Error(why);
        continue;
      }
      if (!rest.empty()) f.Warning("text after the code: '" + std::string(rest) + "'");
      p.text = std::string(Trim(t.substr(1)));
      p.source = f.Here();
      b.patterns.push_back(std::move(p));
      ++f.report().codes;
      continue;
    }
    Verb v;
    if (!ParseVerbLine(t, flavor, dict, &v, &why)) {
      f.Error(why);
      continue;
    }
    v.source = f.Here();
    b.verbs.push_back(std::move(v));
    ++f.report().phrases;
  }
  return f.Finish();
}

}  // namespace entente::lexicon
