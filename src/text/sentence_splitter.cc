#include "text/sentence_splitter.h"

#include <algorithm>

#include "text/chars.h"

namespace entente::text {

namespace {

enum class Terminal { kNone, kStop, kEllipsis };

Terminal TerminalKind(std::string_view form) {
  if (form.empty()) return Terminal::kNone;
  bool dots = true, marks = true;
  for (char c : form) {
    dots = dots && c == '.';
    marks = marks && (c == '!' || c == '?' || c == '.');
  }
  if (dots) return form.size() == 2 || form.size() == 3 ? Terminal::kEllipsis : Terminal::kStop;
  return marks ? Terminal::kStop : Terminal::kNone;
}

bool IsClosing(std::string_view form) {
  return form == ")" || form == "]" || form == "}" || form == "\"" || form == "'";
}

// "***", "=====", "_____": a separator line that lost its line breaks stands alone.
bool IsSeparator(std::string_view form) {
  if (form.size() < 3) return false;
  const char c = form[0];
  // Not "---": plain text writes dashes that way inside sentences.
  if (c != '*' && c != '=' && c != '_' && c != '~' && c != '#') return false;
  return form.find_first_not_of(c) == std::string_view::npos;
}

bool EndsInTwoLowercase(std::string_view form) {
  return form.size() >= 2 && IsAsciiLower(form[form.size() - 1]) && IsAsciiLower(form[form.size() - 2]);
}

bool StartsLowercase(std::string_view form) {
  size_t len;
  return !form.empty() && KindAt(form, 0, &len) == CharKind::kLower;
}

}  // namespace

bool SentenceSplitter::CanOpen(std::string_view norm, const Token& t) const {
  std::string_view form = norm.substr(t.norm.begin, t.norm.size());
  const char c = form[0];
  if (c == '"' || c == '\'' || c == '(' || c == '[' || c == '`') return true;
  size_t len;
  CharKind k = KindAt(form, 0, &len);
  return k == CharKind::kUpper || k == CharKind::kDigit || k == CharKind::kOtherLetter;
}

bool SentenceSplitter::AbbreviationEnds(std::string_view norm, const Token& abbrev,
                                        const Token& next) const {
  std::string_view a = norm.substr(abbrev.norm.begin, abbrev.norm.size() - 1);
  std::string_view n = norm.substr(next.norm.begin, next.norm.size());
  const AbbrevClass cls = tokenizer_.AbbreviationOf(a, IsAsciiDigit(n[0]));
  switch (cls) {
    case AbbrevClass::kOther:
    case AbbrevClass::kMonth:
      if (IsAsciiDigit(n[0])) return false;
      if (n[0] == '"') return true;
      return IsAsciiUpper(n[0]) && resources_.IsSentenceOpener(n);
    default:
      return false;  // titles, initials, "No." before numbers, "e.g."
  }
}

void SentenceSplitter::Run(std::string_view norm, const std::vector<Token>& tokens, uint32_t first,
                           uint32_t last, const std::vector<uint32_t>& breaks,
                           std::vector<SentenceRange>* out, TextStats* stats) const {
  auto brk = std::lower_bound(breaks.begin(), breaks.end(), tokens[first].norm.begin);
  auto at_break = [&](uint32_t pos) {
    while (brk != breaks.end() && *brk < pos) ++brk;
    return brk != breaks.end() && *brk == pos;
  };

  uint32_t start = first;
  bool start_after_break = false;
  for (uint32_t i = first; i < last; ++i) {
    const Token& t = tokens[i];
    uint32_t end = 0;  // when set, the sentence is [start, end)
    bool hard = false;
    if (i + 1 < last && at_break(t.norm.end)) {
      end = i + 1;
      hard = true;
    } else {
      std::string_view form = norm.substr(t.norm.begin, t.norm.size());
      Terminal term = TerminalKind(form);
      bool abbrev = (t.flags & Token::kAbbreviation) != 0;
      if (IsSeparator(form)) {
        // Boundaries on both sides of the separator where white space sets it apart; attached
        // to a word ("*****Footer*****") it decorates that word instead.
        if (i > start && tokens[i - 1].space_after()) {
          Cap(norm, tokens, {start, i, false, start_after_break, false}, out, stats);
          start = i;
          start_after_break = false;
        }
        if (i + 1 < last && t.space_after()) end = i + 1;
      } else if (term != Terminal::kNone || abbrev) {
        uint32_t j = i + 1;
        // Closing brackets always belong to the sentence; a closing quote only when attached
        // (no space before it), else it opens the next one.
        while (j < last) {
          std::string_view f = norm.substr(tokens[j].norm.begin, tokens[j].norm.size());
          if (!IsClosing(f)) break;
          bool quote = f == "\"" || f == "'";
          if (quote && tokens[j - 1].space_after()) break;
          ++j;
        }
        if (j < last) {
          const Token& next = tokens[j];
          bool boundary;
          if (term == Terminal::kNone) {
            boundary = j == i + 1 && AbbreviationEnds(norm, t, next);
          } else {
            boundary = CanOpen(norm, next);
            // Informal text starts sentences in lower case. In the UD English training data a
            // lower-case word after "?" or "!" opens a sentence 96% of the time, after a "."
            // that follows an ordinary word (two lower-case letters) 86% of the time; a quote
            // closed after the mark makes it a speech tag instead ("Why?" he asked).
            if (!boundary && term == Terminal::kStop && j == i + 1 &&
                StartsLowercase(norm.substr(next.norm.begin, next.norm.size()))) {
              if (form == ".") {
                boundary = i > first && EndsInTwoLowercase(norm.substr(
                                            tokens[i - 1].norm.begin, tokens[i - 1].norm.size()));
              } else {
                boundary = form.find_first_of("!?") != std::string_view::npos;
              }
            }
          }
          if (boundary) end = j;
        }
        i = j - 1;
      }
    }
    if (end != 0) {
      Cap(norm, tokens, {start, end, false, start_after_break, hard}, out, stats);
      start = end;
      start_after_break = hard;
    }
  }
  if (start < last) Cap(norm, tokens, {start, last, false, start_after_break, false}, out, stats);
}

void SentenceSplitter::Cap(std::string_view norm, const std::vector<Token>& tokens,
                           SentenceRange range, std::vector<SentenceRange>* out,
                           TextStats* stats) const {
  const uint32_t max = std::max<uint32_t>(options_.max_sentence_tokens, 2);
  while (range.last - range.first > max) {
    // Best cut in the second half of the window: after ";" then ":" then ",".
    const uint32_t lo = range.first + max / 2, hi = range.first + max;
    uint32_t cut = 0;
    for (std::string_view mark : {";", ":", ","}) {
      for (uint32_t k = hi; k > lo; --k) {
        const Token& t = tokens[k - 1];
        if (norm.substr(t.norm.begin, t.norm.size()) == mark) {
          cut = k;
          break;
        }
      }
      if (cut != 0) break;
    }
    if (cut == 0) cut = hi;
    out->push_back({range.first, cut, true, range.after_break, false});
    ++stats->capped;
    range.first = cut;
    range.after_break = false;
    range.capped = true;
  }
  out->push_back(range);
  if (range.capped) ++stats->capped;
}

}  // namespace entente::text
