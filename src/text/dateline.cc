#include "text/dateline.h"

#include "text/chars.h"

namespace entente::text {

namespace {

constexpr std::string_view kMonths[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december"};

bool IsMonth(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.size() < 3 || w.size() > 9) return false;
  char buf[16];
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    buf[i] = IsAsciiUpper(c) ? static_cast<char>(c + 32) : c;
  }
  std::string_view lower(buf, w.size());
  for (std::string_view m : kMonths) {
    if (lower == m) return true;
  }
  return false;
}

// An upper-case place word: at least two letters, all capitals, inner . ' allowed ("ST.", "D.C.").
bool IsUpperWord(std::string_view w) {
  int letters = 0;
  for (char c : w) {
    if (IsAsciiUpper(c)) ++letters;
    else if (c != '.' && c != '\'') return false;
  }
  return letters >= 2 || (letters == 1 && w.size() >= 2);
}

bool IsTitleWord(std::string_view w) {
  if (w.empty() || !IsAsciiUpper(w[0])) return false;
  for (char c : w.substr(1)) {
    if (!IsAsciiAlpha(c) && c != '.') return false;
  }
  return true;
}

bool IsNumber(std::string_view w) {
  if (w.empty() || w.size() > 4) return false;
  for (char c : w) {
    if (!IsAsciiDigit(c)) return false;
  }
  return true;
}

class Scanner {
 public:
  Scanner(std::string_view norm, const std::vector<Token>& tokens, uint32_t first, uint32_t last)
      : norm_(norm), tokens_(tokens), pos_(first), last_(last) {}
  bool done() const { return pos_ >= last_; }
  uint32_t pos() const { return pos_; }
  void set_pos(uint32_t p) { pos_ = p; }
  std::string_view Form(uint32_t i) const {
    return norm_.substr(tokens_[i].norm.begin, tokens_[i].norm.size());
  }
  std::string_view Peek() const { return done() ? std::string_view() : Form(pos_); }
  bool Accept(std::string_view w) {
    if (Peek() != w) return false;
    ++pos_;
    return true;
  }
  const Token& Prev() const { return tokens_[pos_ - 1]; }

  // "(" one to four words ")".
  bool Agency() {
    uint32_t save = pos_;
    if (!Accept("(")) return false;
    int words = 0;
    while (!done() && Peek() != ")" && words < 5) {
      if (!IsTitleWord(Peek()) && !IsUpperWord(Peek())) break;
      ++pos_;
      ++words;
    }
    if (words >= 1 && words <= 4 && Accept(")")) return true;
    pos_ = save;
    return false;
  }

  // A dash with a space before it (an em dash "--" may be attached), or ":" after a place.
  bool Dash(bool after_upper_place) {
    if (done() || pos_ == 0) return false;
    std::string_view w = Peek();
    bool spaced = Prev().space_after();
    if ((w == "-" && spaced) || w == "--" || (w == ":" && after_upper_place && !spaced)) {
      ++pos_;
      return true;
    }
    return false;
  }

 private:
  std::string_view norm_;
  const std::vector<Token>& tokens_;
  uint32_t pos_;
  uint32_t last_;
};

}  // namespace

uint32_t DatelineLength(std::string_view norm, const std::vector<Token>& tokens, uint32_t first,
                        uint32_t last) {
  Scanner sc(norm, tokens, first, last);
  // "(Reuters) -" alone.
  if (sc.Agency() && sc.Dash(false) && !sc.done()) return sc.pos() - first;
  sc.set_pos(first);

  int place = 0;
  while (!sc.done() && place < 6) {
    std::string_view w = sc.Peek();
    if (IsUpperWord(w)) {
      sc.set_pos(sc.pos() + 1);
      ++place;
      continue;
    }
    // "PORT-AU-PRINCE": attached hyphens between upper-case words.
    if (w == "-" && place > 0 && !sc.Prev().space_after() && sc.pos() + 1 < last &&
        IsUpperWord(sc.Form(sc.pos() + 1)) && !tokens[sc.pos()].space_after()) {
      sc.set_pos(sc.pos() + 1);
      continue;
    }
    break;
  }
  if (place == 0 || place > 5) return 0;
  const uint32_t after_place = sc.pos();
  auto finish = [&](bool upper_place_only) -> uint32_t {
    sc.Agency();
    if (sc.Dash(upper_place_only) && !sc.done()) return sc.pos() - first;
    return 0;
  };
  if (uint32_t n = finish(true)) return n;

  // ", Region" and/or ", Month Day[, Year]".
  sc.set_pos(after_place);
  if (sc.Accept(",")) {
    uint32_t save = sc.pos();
    int region = 0;
    while (!sc.done() && region < 3 && IsTitleWord(sc.Peek()) && !IsMonth(sc.Peek())) {
      sc.set_pos(sc.pos() + 1);
      ++region;
    }
    if (region > 0) {
      if (uint32_t n = finish(false)) return n;
      if (!sc.Accept(",")) return 0;
    } else {
      sc.set_pos(save);
    }
    if (!sc.done() && IsMonth(sc.Peek())) {
      sc.set_pos(sc.pos() + 1);
      if (!sc.done() && IsNumber(sc.Peek())) {
        sc.set_pos(sc.pos() + 1);
        if (sc.Peek() == ",") {
          uint32_t s2 = sc.pos();
          sc.set_pos(sc.pos() + 1);
          if (!IsNumber(sc.Peek())) sc.set_pos(s2);
          else sc.set_pos(sc.pos() + 1);
        }
        if (uint32_t n = finish(false)) return n;
      }
    }
  }
  return 0;
}

}  // namespace entente::text
