// Actor dictionaries: TABARI .actors and PETRARCH *.actors.txt share one layout (TABARI manual
// §5.3 and §6.5.2; PETRARCH's docs): an entry line, `+` synonyms, and code lines that start with
// a blank or tab. TABARI also allows all codes inline (`BOUTROS-GHALI [EGY <911231] [UNO >920101]`)
// and <NOUN>/<ADJECTIVE> sections of uncoded words.
#include <string>

#include "lexicon/reader_util.h"
#include "lexicon/readers.h"

namespace entente::lexicon {

bool CodeBlocks(std::string_view text, std::vector<std::string_view>* blocks, std::string* outside,
                std::string* why) {
  blocks->clear();
  outside->clear();
  size_t i = 0;
  while (i < text.size()) {
    const size_t open = text.find('[', i);
    if (open == std::string_view::npos) {
      outside->append(text.substr(i));
      break;
    }
    outside->append(text.substr(i, open - i));
    const size_t close = text.find(']', open + 1);
    const size_t next_open = text.find('[', open + 1);
    if (close == std::string_view::npos ||
        (next_open != std::string_view::npos && next_open < close)) {
      const size_t brace = text.find('}', open + 1);
      *why = brace != std::string_view::npos && (close == std::string_view::npos || brace < close)
                 ? "code block '[' closed with '}'"
                 : "code block '[' is not closed";
      return false;
    }
    blocks->push_back(text.substr(open + 1, close - open - 1));
    outside->push_back(' ');
    i = close + 1;
  }
  return true;
}

namespace {

PhraseStyle ActorStyle(Flavor flavor) {
  return flavor == Flavor::kTabari ? PhraseStyle::kTabari : PhraseStyle::kPetrarch;
}

CommentRules ActorComments(Flavor flavor) {
  CommentRules r;
  r.semicolon = true;  // PETRARCH keeps `;` as a legacy comment for TABARI dictionaries
  if (flavor == Flavor::kTabari) {
    r.hash_line = true;
    r.slash_line = true;
    r.tilde_finish = true;
  } else {
    r.hash = true;
    r.xml_blocks = true;
  }
  return r;
}

bool IsIndented(std::string_view line) {
  return !line.empty() && (line[0] == ' ' || line[0] == '\t');
}

}  // namespace

Status ReadActors(const std::string& path, Flavor flavor, const LoadOptions& options,
                  Dictionary* dict) {
  auto content = ReadDictionaryFile(path);
  if (!content.ok()) return content.status();
  SourceFile f(dict, options, path, "actors", std::move(*content), ActorComments(flavor));
  const PhraseStyle style = ActorStyle(flavor);
  int64_t current = -1;          // index of the entry being read
  uint32_t dead_entry_line = 0;  // an entry line that was skipped: its synonyms and codes go too
  enum class Section { kActors, kNouns, kAdjectives } section = Section::kActors;
  std::vector<std::string_view> blocks;
  std::string outside, why;
  std::string_view line;

  // Adds the code blocks of the current line to the current entry.
  auto add_codes = [&](const std::vector<std::string_view>& bl) {
    for (std::string_view b : bl) {
      ActorCode code;
      std::string warning;
      if (!ParseActorCodeBlock(b, &code, &why, &warning)) {
        f.Error(why);
        continue;
      }
      if (!warning.empty()) f.Warning(warning);
      code.source = f.Here();
      dict->actors[current].codes.push_back(std::move(code));
      ++f.report().codes;
    }
  };

  while (!f.failed() && f.Next(&line)) {
    std::string_view t = Trim(line);
    if (t.empty()) continue;
    if (flavor == Flavor::kTabari && t[0] == '<') {
      if (t == "<NOUN>")
        section = Section::kNouns;
      else if (t == "<ADJECTIVE>")
        section = Section::kAdjectives;
      else if (t == "</NOUN>" || t == "</ADJECTIVE>")
        section = Section::kActors;
      else
        f.Error("unknown section tag " + std::string(t));
      current = -1;
      continue;
    }
    if (section != Section::kActors) {
      Phrase p;
      if (!ParsePhrase(t, style, &dict->vocabulary, &p, &why)) {
        f.Error(why);
        continue;
      }
      (section == Section::kNouns ? dict->nouns : dict->adjectives).push_back(std::move(p));
      ++f.report().phrases;
      continue;
    }
    const size_t open = t.find('[');
    const std::string_view code_part =
        open == std::string_view::npos ? std::string_view() : t.substr(open);
    const bool continuation = t[0] == '[' || t[0] == '+';
    if (continuation && current < 0 && dead_entry_line > 0) {
      f.Error("belongs to the entry skipped at line " + std::to_string(dead_entry_line));
      continue;
    }
    if (!CodeBlocks(code_part, &blocks, &outside, &why)) {
      f.Error(why);
      if (!continuation) {
        current = -1;
        dead_entry_line = f.line_number();
      }
      continue;
    }
    if (!Trim(outside).empty()) {
      // Whatever follows the codes is a remark: Phoenix.International has company sectors and
      // revenues there, Phoenix.IssueCoding a missing line break.
      f.Warning("text after the code: '" + std::string(Trim(outside)) + "'");
    }
    if (t[0] == '[') {
      // A code line: TABARI requires a leading blank or tab (§5.3.1); a flush-left one is read.
      if (current < 0) {
        f.Error("code line without an actor before it");
        continue;
      }
      if (!IsIndented(line)) f.Warning("code line does not start with a blank or tab");
      add_codes(blocks);
      continue;
    }
    const bool synonym = t[0] == '+';
    if (synonym && current < 0) {
      f.Error("synonym '+' without an actor before it");
      continue;
    }
    const size_t skip = synonym ? 1 : 0;
    std::string_view phrase_text =
        Trim(t.substr(skip, open == std::string_view::npos ? std::string_view::npos : open - skip));
    Phrase p;
    if (!ParsePhrase(phrase_text, style, &dict->vocabulary, &p, &why)) {
      f.Error(why);
      if (!synonym) {
        current = -1;
        dead_entry_line = f.line_number();
      }
      continue;
    }
    if (synonym) {
      dict->actors[current].phrases.push_back(std::move(p));
      ++f.report().phrases;
      if (!blocks.empty()) {
        // A code on a synonym line belongs to the whole entry; TABARI does not write it so.
        f.Warning("code on a synonym line applies to the whole entry");
        add_codes(blocks);
      }
      continue;
    }
    ActorEntry e;
    e.source = f.Here();
    e.phrases.push_back(std::move(p));
    dict->actors.push_back(std::move(e));
    current = static_cast<int64_t>(dict->actors.size() - 1);
    dead_entry_line = 0;
    ++f.report().entries;
    ++f.report().phrases;
    add_codes(blocks);
  }
  return f.Finish();
}

}  // namespace entente::lexicon
