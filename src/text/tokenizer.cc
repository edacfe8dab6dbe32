#include "text/tokenizer.h"

#include <algorithm>

#include "base/utf8.h"
#include "text/chars.h"

namespace entente::text {

namespace {

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsAsciiDigit(c)) return false;
  }
  return true;
}

bool AllAsciiLetters(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsAsciiAlpha(c)) return false;
  }
  return true;
}

// "853-3242", "713-853-1234": digit groups joined by hyphens, the first short, the last long.
bool PhoneLike(std::string_view s) {
  size_t first = s.find('-');
  size_t last = s.rfind('-');
  if (first == std::string_view::npos || first == 0 || first > 3 || s.size() - last - 1 < 4) {
    return false;
  }
  for (char c : s) {
    if (!IsAsciiDigit(c) && c != '-') return false;
  }
  return s.find("--") == std::string_view::npos && s.back() != '-';
}

bool LooksLikeAddress(std::string_view s) {
  if (s.find("://") != std::string_view::npos) return true;
  if (s.size() > 4 && (s.substr(0, 4) == "www." || s.substr(0, 4) == "WWW.")) return true;
  size_t at = s.find('@');
  if (at != std::string_view::npos && at > 0) {
    size_t dot = s.find('.', at);
    return dot != std::string_view::npos && dot > at + 1 && dot + 1 < s.size();
  }
  return false;
}

// Letters and periods with at least one inner period, every part at most three letters:
// "U.S", "e.g", "a.m", "Ph.D", "D.C".
bool DottedAbbreviation(std::string_view w) {
  if (w.find('.') == std::string_view::npos) return false;
  size_t part = 0;
  for (char c : w) {
    if (c == '.') {
      if (part == 0) return false;
      part = 0;
    } else if (IsAsciiAlpha(c)) {
      if (++part > 3) return false;
    } else {
      return false;
    }
  }
  return part > 0;
}

constexpr std::string_view kClitics[] = {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"};

bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (IsAsciiUpper(x)) x = static_cast<char>(x + 32);
    if (IsAsciiUpper(y)) y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

}  // namespace

AbbrevClass Tokenizer::AbbreviationOf(std::string_view w, bool next_is_digit) const {
  if (w.empty()) return AbbrevClass::kNone;
  if (w.size() == 1 && IsAsciiUpper(w[0])) return AbbrevClass::kInitial;
  AbbrevClass c = resources_.Abbreviation(w);
  if (c == AbbrevClass::kNumber) return next_is_digit ? c : AbbrevClass::kNone;
  if (c != AbbrevClass::kNone) return c;
  if (DottedAbbreviation(w)) return AbbrevClass::kOther;
  return AbbrevClass::kNone;
}

// One run of non-space characters, split into tokens.
class Tokenizer::Chunk {
 public:
  Chunk(const Tokenizer& tk, std::string_view s, std::vector<Token>* out)
      : tk_(tk), s_(s), out_(out) {}

  void Run(uint32_t b, uint32_t e, bool next_is_digit) {
    b = Leading(b, e);
    // Trailing punctuation is found right to left, emitted after the core.
    uint16_t core_flags = 0;
    e = Trailing(b, e, next_is_digit, &core_flags);
    if (b < e) Core(b, e, core_flags);
    // Emit the trailing tokens in text order.
    for (size_t k = tail_.size(); k-- > 0;) Emit(tail_[k].first, tail_[k].second, 0);
    tail_.clear();
  }

 private:
  void Emit(uint32_t b, uint32_t e, uint16_t flags) {
    Token t;
    t.norm = {b, e};
    t.flags = flags;
    out_->push_back(t);
  }

  uint32_t Leading(uint32_t b, uint32_t e) {
    while (b < e) {
      const char c = s_[b];
      if (c == '"' || c == '(' || c == '[' || c == '{' || c == '`' || c == '<') {
        Emit(b, b + 1, 0);
        ++b;
        continue;
      }
      if (c == '\'') {
        // A clitic standing alone ("'s") or a decade ("'90s") is a word, not a quote.
        std::string_view rest = s_.substr(b, e - b);
        bool word = b + 1 < e && IsAsciiDigit(s_[b + 1]);
        for (std::string_view cl : kClitics) word = word || EqualsIgnoreAsciiCase(rest, cl);
        if (word) break;
        Emit(b, b + 1, 0);
        ++b;
        continue;
      }
      if ((c == '$' || c == '#') && b + 1 < e && IsAsciiDigit(s_[b + 1])) {
        Emit(b, b + 1, 0);
        ++b;
        continue;
      }
      // Runs of "-", ".", "*", "=", "~" stay one token: "--", "...", and separators such as
      // "***" and "=====" (UD keeps them whole; the splitter makes them stand alone).
      if ((c == '-' || c == '.' || c == '*' || c == '=' || c == '~') && b + 1 < e &&
          s_[b + 1] == c) {
        uint32_t r = b;
        while (r < e && s_[r] == c) ++r;
        Emit(b, r, 0);
        b = r;
        continue;
      }
      if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '*' || c == '|' ||
          c == '=' || c == '~' || c == '^' || c == '\\' || c == '>' || c == '%' || c == '&') {
        if (c == '&' && b + 1 < e && IsAsciiAlpha(s_[b + 1])) break;  // "&amp"-like words
        Emit(b, b + 1, 0);
        ++b;
        continue;
      }
      if (static_cast<unsigned char>(c) >= 0x80) {
        size_t len;
        CharKind k = KindAt(s_, b, &len);
        if (k == CharKind::kPunct || k == CharKind::kSymbol || k == CharKind::kOther) {
          Emit(b, b + static_cast<uint32_t>(len), 0);
          b += static_cast<uint32_t>(len);
          continue;
        }
      }
      break;
    }
    return b;
  }

  // Peels punctuation off the end of [b, e); returns the new end.
  uint32_t Trailing(uint32_t b, uint32_t e, bool next_is_digit, uint16_t* core_flags) {
    while (e > b) {
      const char c = s_[e - 1];
      if (c == '"' || c == ')' || c == ']' || c == '}' || c == '\'' || c == '>') {
        // An apostrophe after "s" is the possessive of a plural ("leaders'"): UD splits it too.
        Push(e - 1, e);
        --e;
        continue;
      }
      if (c == '!' || c == '?') {
        uint32_t r = e;
        while (r > b && (s_[r - 1] == '!' || s_[r - 1] == '?')) --r;
        Push(r, e);
        e = r;
        continue;
      }
      if (c == '*') {  // a run of stars is one token ("**" closing bold, "***")
        uint32_t r = e;
        while (r > b && s_[r - 1] == '*') --r;
        Push(r, e);
        e = r;
        continue;
      }
      if (c == ',' || c == ';' || c == ':' || c == '%') {
        Push(e - 1, e);
        --e;
        continue;
      }
      if (c == '.') {
        uint32_t r = e;
        while (r > b && s_[r - 1] == '.') --r;
        if (e - r >= 2) {  // an ellipsis
          Push(r, e);
          e = r;
          continue;
        }
        std::string_view word = s_.substr(b, e - 1 - b);
        if (!word.empty() && !AllDigits(word) &&
            tk_.AbbreviationOf(word, next_is_digit) != AbbrevClass::kNone) {
          *core_flags |= Token::kAbbreviation;
          return e;
        }
        Push(e - 1, e);
        --e;
        continue;
      }
      if (static_cast<unsigned char>(c) >= 0x80) {
        size_t len;
        CharKind k = KindBefore(s_, e, &len);
        if (k == CharKind::kPunct || k == CharKind::kSymbol || k == CharKind::kOther) {
          Push(e - static_cast<uint32_t>(len), e);
          e -= static_cast<uint32_t>(len);
          continue;
        }
      }
      break;
    }
    return e;
  }

  void Push(uint32_t b, uint32_t e) { tail_.emplace_back(b, e); }

  // The word left after the punctuation around it: clitics, contractions, inner splits.
  void Core(uint32_t b, uint32_t e, uint16_t flags) {
    std::string_view w = s_.substr(b, e - b);
    if (LooksLikeAddress(w)) {
      Emit(b, e, flags);
      return;
    }
    if (flags == 0) {
      if (size_t split = tk_.resources_.ContractionSplit(w); split > 0) {
        Emit(b, b + static_cast<uint32_t>(split), 0);
        Emit(b + static_cast<uint32_t>(split), e, Token::kClitic);
        return;
      }
      for (std::string_view cl : kClitics) {
        if (w.size() <= cl.size()) continue;
        std::string_view tail = w.substr(w.size() - cl.size());
        if (!EqualsIgnoreAsciiCase(tail, cl)) continue;
        char before = w[w.size() - cl.size() - 1];
        if (!IsAsciiAlpha(before) && !(cl == "'s" && IsAsciiDigit(before))) continue;
        uint32_t split = e - static_cast<uint32_t>(cl.size());
        Inner(b, split);
        Emit(split, e, Token::kClitic);
        return;
      }
    }
    Inner(b, e, flags);
  }

  // Splits inside a word: hyphens, "--", commas and colons between non-digits, slashes between
  // words, brackets and quotes, inner ellipses. The last piece gets `last_flags`.
  void Inner(uint32_t b, uint32_t e, uint16_t last_flags = 0) {
    std::string_view w = s_.substr(b, e - b);
    const bool keep_hyphens = PhoneLike(w);
    uint32_t start = b;
    bool first_hyphen = true;
    for (uint32_t i = b; i < e; ++i) {
      const char c = s_[i];
      uint32_t cut_end = 0;  // when set, [i, cut_end) is a token of its own
      if (c == '-') {
        if (i + 1 < e && s_[i + 1] == '-') {
          cut_end = i + 1;
          while (cut_end < e && s_[cut_end] == '-') ++cut_end;
        } else if (!keep_hyphens && i > start && i + 1 < e) {
          std::string_view left = s_.substr(start, i - start);
          bool prefix = first_hyphen && tk_.resources_.IsHyphenPrefix(left);
          first_hyphen = false;
          if (prefix) continue;
          cut_end = i + 1;
        } else if (!keep_hyphens && i > start && i + 1 == e && IsAsciiAlpha(s_[i - 1])) {
          // A word broken at its hyphen by a line end ("the Secretary- General", "Guinea-
          // Bissau" in text from PDFs): the hyphen is a token of its own, as inside a word.
          cut_end = i + 1;
        }
      } else if (c == ',' || c == ':') {
        bool digits = i > b && i + 1 < e && IsAsciiDigit(s_[i - 1]) && IsAsciiDigit(s_[i + 1]);
        if (!digits && i > start && i + 1 < e) cut_end = i + 1;
      } else if (c == '/') {
        uint32_t r = i + 1;
        while (r < e && s_[r] != '/') ++r;
        std::string_view left = s_.substr(start, i - start);
        std::string_view right = s_.substr(i + 1, r - i - 1);
        if (left.size() >= 2 && right.size() >= 2 && AllAsciiLetters(left) && AllAsciiLetters(right)) {
          cut_end = i + 1;
        }
      } else if (c == '(' || c == ')' || c == '[' || c == ']' || c == '"' || c == ';' ||
                 c == '!' || c == '?' || c == '{' || c == '}') {
        cut_end = i + 1;
      } else if (c == '.' && i + 1 < e && s_[i + 1] == '.') {
        cut_end = i + 1;
        while (cut_end < e && s_[cut_end] == '.') ++cut_end;
      } else if (static_cast<unsigned char>(c) >= 0x80) {
        size_t len;
        CharKind k = KindAt(s_, i, &len);
        if (k == CharKind::kPunct || k == CharKind::kSymbol) cut_end = i + static_cast<uint32_t>(len);
        else i += static_cast<uint32_t>(len) - 1;
      }
      if (cut_end == 0) continue;
      if (i > start) Emit(start, i, 0);
      Emit(i, cut_end, 0);
      start = cut_end;
      i = cut_end - 1;
    }
    if (start < e) Emit(start, e, last_flags);
  }

  const Tokenizer& tk_;
  std::string_view s_;
  std::vector<Token>* out_;
  std::vector<std::pair<uint32_t, uint32_t>> tail_;
};

void Tokenizer::Run(std::string_view s, uint32_t begin, uint32_t end,
                    const std::vector<uint32_t>& breaks, const OffsetMap& map,
                    std::vector<Token>* out, TextStats* stats) const {
  auto next_break = std::upper_bound(breaks.begin(), breaks.end(), begin);
  Chunk chunk(*this, s, out);
  uint32_t pos = begin;
  while (pos < end) {
    while (pos < end && IsSpace(s[pos])) ++pos;
    if (pos >= end) break;
    // The chunk ends at white space or at the next hard break, whichever comes first (found in
    // that order, so that a long run cut by many breaks is not rescanned for each piece).
    while (next_break != breaks.end() && *next_break <= pos) ++next_break;
    const uint32_t limit = next_break != breaks.end() && *next_break < end ? *next_break : end;
    uint32_t e = pos;
    while (e < limit && !IsSpace(s[e])) ++e;

    const size_t first = out->size();
    if (e - pos > options_.max_token_bytes) {
      // No word is this long: cut into pieces at character boundaries.
      ++stats->long_tokens;
      uint32_t p = pos;
      while (p < e) {
        uint32_t len = static_cast<uint32_t>(
            base::Utf8SafePrefix(s.substr(p, e - p), options_.max_token_bytes));
        if (len == 0) len = std::min<uint32_t>(e - p, 4);
        // Not inside an edit of the normaliser ("--" from one "—"): back to its start when the
        // piece keeps something; an edit longer than a whole piece has to be cut.
        if (p + len < e) {
          const uint32_t edit = map.EditStart(p + len);
          if (edit > p) len = edit - p;
        }
        Token t;
        t.norm = {p, p + len};
        out->push_back(t);
        p += len;
      }
    } else {
      uint32_t after = e;
      while (after < end && s[after] == ' ') ++after;
      bool next_is_digit = after < end && IsAsciiDigit(s[after]);
      chunk.Run(pos, e, next_is_digit);
    }
    // White space after the chunk's last token (the text ends in white space or the block ends).
    if (out->size() > first) {
      bool space = e >= s.size() || IsSpace(s[e]);
      if (space) out->back().flags |= Token::kSpaceAfter;
    }
    pos = e;
  }
}

}  // namespace entente::text
