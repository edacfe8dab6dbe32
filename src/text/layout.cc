#include "text/layout.h"

#include <algorithm>
#include <cstring>

#include "text/chars.h"

namespace entente::text {

namespace {

// Bullet characters that open a list item when followed by a space (UTF-8).
constexpr const char* kBullets[] = {
    "*", "-", "+", "\xE2\x80\xA2" /* • */, "\xE2\x80\xA3" /* ‣ */, "\xE2\x81\x83" /* ⁃ */,
    "\xE2\x97\xA6" /* ◦ */, "\xE2\x96\xAA" /* ▪ */, "\xE2\x96\xA0" /* ■ */, "\xE2\x97\x8F" /* ● */,
    "\xE2\x97\x8B" /* ○ */, "\xE2\x96\xBA" /* ► */, "\xE2\x96\xB8" /* ▸ */, "\xC2\xB7" /* · */,
    "\xE2\x9E\xA2" /* ➢ */, "\xE2\x9C\x93" /* ✓ */,
};

bool StartsLower(const std::string& norm, uint32_t pos, uint32_t end) {
  if (pos >= end) return false;
  size_t len;
  return KindAt(norm, pos, &len) == CharKind::kLower;
}

// The line's first word (its leading ASCII letters).
std::string_view FirstWord(const std::string& norm, const auto& line) {
  uint32_t end = line.text_begin;
  while (end < line.text_end && IsAsciiAlpha(norm[end])) ++end;
  return std::string_view(norm.data() + line.text_begin, end - line.text_begin);
}

// No lower-case letter: a heading in capitals ("BAHIA COCOA REVIEW").
bool AllCaps(const std::string& norm, uint32_t pos, uint32_t end) {
  for (uint32_t p = pos; p < end;) {
    size_t len;
    if (KindAt(norm, p, &len) == CharKind::kLower) return false;
    p += static_cast<uint32_t>(len > 0 ? len : 1);
  }
  return true;
}

bool EndsSentencePunct(const std::string& norm, const auto& line) {
  if (line.text_end <= line.text_begin) return false;
  char c = norm[line.text_end - 1];
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '\'';
}

}  // namespace

bool LayoutAnalyzer::MaskBullet(std::string* norm, Line* line) const {
  std::string& s = *norm;
  for (const char* b : kBullets) {
    const size_t n = std::strlen(b);
    const uint32_t p = line->text_begin;
    if (p + n < line->text_end && s.compare(p, n, b) == 0 && s[p + n] == ' ') {
      // "--" (an em dash) and "**" are not bullets; neither is "-5".
      if (n == 1 && p + 1 < line->text_end && s[p + 1] == s[p]) return false;
      for (size_t k = 0; k < n; ++k) s[p + k] = ' ';
      line->text_begin = static_cast<uint32_t>(p + n);
      while (line->text_begin < line->text_end && s[line->text_begin] == ' ') ++line->text_begin;
      line->bullet = true;
      return true;
    }
  }
  return false;
}

// Citation markers: "[" digits, with commas, semicolons, ranges and page references ("p.", "pp.",
// "ff"), closed by "]" — or running to the end of the line unclosed, as when a page was cut
// after "[1, p.". Brackets holding words ("[the minister]") are text and stay.
uint32_t LayoutAnalyzer::MaskCitations(std::string* norm, const Line& line) const {
  std::string& s = *norm;
  uint32_t count = 0;
  for (uint32_t k = line.text_begin; k < line.text_end; ++k) {
    if (s[k] != '[') continue;
    uint32_t p = k + 1;
    while (p < line.text_end && s[p] == ' ') ++p;
    if (p >= line.text_end || !IsAsciiDigit(s[p])) continue;
    bool closed = false;
    bool ok = true;
    while (p < line.text_end && p - k < 48) {
      char c = s[p];
      if (c == ']') { closed = true; break; }
      if (IsAsciiDigit(c) || c == ' ' || c == ',' || c == ';' || c == '-' || c == ':' || c == '.') {
        ++p;
        continue;
      }
      // Page references: p, pp, ff (lower case letters only in those words).
      if (c == 'p' || c == 'f') {
        uint32_t q = p;
        while (q < line.text_end && (s[q] == 'p' || s[q] == 'f')) ++q;
        std::string_view w(s.data() + p, q - p);
        if (w == "p" || w == "pp" || w == "ff") {
          p = q;
          continue;
        }
      }
      ok = false;
      break;
    }
    if (!ok) continue;
    uint32_t end;
    if (closed) end = p + 1;
    else if (p >= line.text_end) end = line.text_end;  // dangling at the end of the line
    else continue;                                     // too long to be a marker
    for (uint32_t q = k; q < end; ++q) s[q] = ' ';
    ++count;
    k = end - 1;
  }
  return count;
}

// Page joins glue the last word of one element to the first of the next: "nowThe",
// "SubscribeThe", "said.The". Breaks go before the capital. Brand names in camel case survive:
// a glue needs at least two lower-case letters before the capital and a lower-case letter after
// it ("iPhone", "eBay", "macOS" stay), and a capitalised first part must be an interface word
// followed by a sentence opener ("ShareThe" splits, "PlayStation" and "LinkedIn" do not).
//
// Linear in the line: a run without spaces can be megabytes long (a base64 image, a joined table),
// so nothing here rescans the word for every capital in it. The letter run before a capital is
// tracked as the scan goes, the word's extent and address test are computed once per word, and
// the word after a capital is read only as far as the rules look (3 letters for the period case;
// 64, the longest word a list lookup accepts, for the interface-word case).
void LayoutAnalyzer::FindGlue(const std::string& s, const Line& line,
                              std::vector<uint32_t>* breaks) const {
  constexpr uint32_t kLongestListWord = 64;  // TextResources looks up no longer word
  uint32_t word_start = line.text_begin;
  // The ASCII letter run ending before q: [run, q), holding `uppers` capitals.
  uint32_t run = line.text_begin;
  uint32_t uppers = 0;
  // The extent of the word at word_start and whether it is a web or e-mail address, once per word.
  uint32_t checked_word = UINT32_MAX;
  bool address = false;
  auto letters_after = [&](uint32_t q, uint32_t limit) {
    uint32_t end = q + 1;
    while (end < line.text_end && end - q <= limit && IsAsciiAlpha(s[end])) ++end;
    return end;
  };
  for (uint32_t q = line.text_begin + 1; q + 1 < line.text_end; ++q) {
    if (IsAsciiAlpha(s[q - 1])) {
      uppers += IsAsciiUpper(s[q - 1]) ? 1 : 0;
    } else {
      run = q;
      uppers = 0;
    }
    char c = s[q];
    if (c == ' ') {
      word_start = q + 1;
      continue;
    }
    if (!IsAsciiUpper(c) || !IsAsciiLower(s[q + 1])) continue;
    char prev = s[q - 1];
    if (prev == '.' || prev == '!' || prev == '?' || prev == '"' || prev == '\'' || prev == ')') {
      // "said.The", "said."The" is not this case: the capital must follow the punctuation.
      uint32_t p = q - 1;
      while (p > word_start && (s[p] == '"' || s[p] == '\'' || s[p] == ')')) --p;
      if (s[p] != '.' && s[p] != '!' && s[p] != '?') continue;
      if (p < word_start + 2) continue;
      char a = s[p - 1], b = s[p - 2];
      bool letters = (IsAsciiLower(a) || IsAsciiDigit(a)) && (IsAsciiLower(b) || IsAsciiDigit(b));
      if (!letters) continue;
      // Not inside a web or e-mail address ("Vangie.McGilloway@...", "Newsfeed.Com"): the whole
      // word is checked, and a short capitalised word after the period must open a sentence.
      if (checked_word != word_start) {
        checked_word = word_start;
        const void* space = std::memchr(s.data() + q, ' ', line.text_end - q);
        const uint32_t word_end =
            space ? static_cast<uint32_t>(static_cast<const char*>(space) - s.data()) : line.text_end;
        std::string_view word(s.data() + word_start, word_end - word_start);
        address = word.find("://") != std::string_view::npos ||
                  word.find('@') != std::string_view::npos || word.substr(0, 4) == "www.";
      }
      if (address) continue;
      uint32_t right_end = letters_after(q, 3);
      if (right_end - q <= 3 && !resources_.IsSentenceOpener(std::string_view(s.data() + q, right_end - q))) {
        continue;
      }
      breaks->push_back(q);
      continue;
    }
    if (!IsAsciiLower(prev)) continue;
    // The letters before the capital, back to the start of the letter run.
    if (q - run < 2) continue;
    if (uppers == 0) {
      breaks->push_back(q);
      continue;
    }
    // A capitalised word ("Subscribe") glued to a sentence opener ("The").
    const bool capitalised = IsAsciiUpper(s[run]) && uppers == 1;
    if (!capitalised) continue;
    std::string_view left(s.data() + run, q - run);
    const InterfaceWordClass left_class = resources_.InterfaceWord(left);
    if (left_class != InterfaceWordClass::kInterface &&
        left_class != InterfaceWordClass::kCallToAction) {
      continue;
    }
    uint32_t right_end = letters_after(q, kLongestListWord);
    std::string_view right(s.data() + q, right_end - q);
    if (resources_.IsSentenceOpener(right)) breaks->push_back(q);
  }
}

// Hard-wrapped text (newswire, e-mail, plain-text reports): most lines that continue a paragraph
// are of similar length below ~110 characters, and a fair share of them are followed by a line
// starting in lower case. Lists of short lines and one-paragraph-per-line text fail one test.
bool LayoutAnalyzer::Wrapped(const std::string& norm, const std::vector<Line>& lines,
                             uint32_t* width) {
  std::vector<uint32_t> lengths;
  size_t lower_next = 0;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const Line& a = lines[i];
    const Line& b = lines[i + 1];
    if (a.blank || b.blank) continue;
    lengths.push_back(a.text_end - a.text_begin);
    if (StartsLower(norm, b.text_begin, b.text_end)) ++lower_next;
  }
  if (lengths.size() < 3) return false;
  std::sort(lengths.begin(), lengths.end());
  const uint32_t w = lengths[lengths.size() * 9 / 10];
  const uint32_t median = lengths[lengths.size() / 2];
  *width = w;
  return w >= 30 && w <= 110 && median * 2 >= w && lower_next * 5 >= lengths.size();
}

void LayoutAnalyzer::Run(std::string* norm, Layout* layout) const {
  layout->Clear();
  std::string& s = *norm;
  thread_local std::vector<Line> lines;
  lines.clear();
  const uint32_t n = static_cast<uint32_t>(s.size());
  for (uint32_t pos = 0; pos <= n;) {
    const void* nl = std::memchr(s.data() + pos, '\n', n - pos);
    uint32_t end = nl ? static_cast<uint32_t>(static_cast<const char*>(nl) - s.data()) : n;
    Line line{pos, end, pos, end, true, false};
    while (line.text_begin < end && s[line.text_begin] == ' ') ++line.text_begin;
    while (line.text_end > line.text_begin && s[line.text_end - 1] == ' ') --line.text_end;
    line.blank = line.text_begin == line.text_end;
    lines.push_back(line);
    pos = end + 1;
    if (!nl) break;
  }

  for (Line& line : lines) {
    if (line.blank) continue;
    if (MaskBullet(norm, &line)) ++layout->bullets;
    uint32_t c = MaskCitations(norm, line);
    if (c > 0) {
      layout->citations += c;
      while (line.text_end > line.text_begin && s[line.text_end - 1] == ' ') --line.text_end;
      while (line.text_begin < line.text_end && s[line.text_begin] == ' ') ++line.text_begin;
      line.blank = line.text_begin == line.text_end;
    }
    if (!line.blank) FindGlue(s, line, &layout->breaks);
  }

  uint32_t width = 0;
  const bool wrapped = Wrapped(s, lines, &width);

  // Group lines into blocks.
  size_t first_text_line = 0;
  while (first_text_line < lines.size() && lines[first_text_line].blank) ++first_text_line;
  bool open = false;
  Block block{0, 0};
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (line.blank) {
      if (open) layout->blocks.push_back(block);
      open = false;
      continue;
    }
    if (open) {
      const Line& prev = lines[i - 1];
      bool soft;
      if (line.bullet) {
        soft = false;
      } else if (wrapped) {
        const uint32_t prev_indent = prev.text_begin - prev.begin;
        const uint32_t indent = line.text_begin - line.begin;
        const bool short_line = (prev.text_end - prev.text_begin) * 10 < width * 6;
        // The document's first line is short when a dateline was cut off before it (newswire
        // archives keep "CLEVELAND, Feb 26 -" apart): unless it is a heading in capitals or ends
        // a sentence, the next line continues it ("... BP North America / Inc said ...").
        // A next line opening a sentence ("The rebel coalition said ...") leaves a title-case
        // headline above it alone.
        const bool cut_first_line = i == first_text_line + 1 && !EndsSentencePunct(s, prev) &&
                                    !AllCaps(s, prev.text_begin, prev.text_end) &&
                                    !resources_.IsSentenceOpener(FirstWord(s, line));
        soft = indent <= prev_indent + 1 &&
               (!short_line || cut_first_line || StartsLower(s, line.text_begin, line.text_end));
      } else {
        soft = StartsLower(s, line.text_begin, line.text_end) && !EndsSentencePunct(s, prev);
      }
      if (soft) {
        block.end = line.text_end;
        continue;
      }
      layout->blocks.push_back(block);
    }
    block = {line.text_begin, line.text_end};
    open = true;
  }
  if (open) layout->blocks.push_back(block);
}

}  // namespace entente::text
