#include "lexicon/patterns.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <numeric>

#include "lexicon/reader_util.h"

namespace entente::lexicon {

namespace {

struct Lex {
  char kind;  // 'w' word, '&' synset, or one of * $ + % ^ { } | ( )
  std::string_view text;
  uint32_t synset = 0;
  bool joined = false;            // `_` between this and the previous token
  bool underscore_after = false;  // `_` right after (TABARI: the word is whole, not a stem)
};

bool IsSep(char c) { return c == ' ' || c == '\t' || c == '_'; }
bool IsSpecial(char c) { return std::strchr("*$+%^{}|()", c) != nullptr; }

class PatternParser {
 public:
  PatternParser(std::string_view text, PatternWords words, Dictionary* dict)
      : text_(text), words_(words), dict_(dict) {}

  bool Run(Pattern* out, std::string* why) {
    if (!Tokenize(why)) return false;
    std::vector<PatternItem> items;
    if (!ParseSeq(&items, '\0', why)) return false;
    if (pos_ != toks_.size()) {
      *why = "unexpected '" + std::string(toks_[pos_].text) + "'";
      return false;
    }
    int verb = -1;
    for (size_t i = 0; i < items.size(); ++i) {
      if (items[i].kind != PatternItem::Kind::kVerb) continue;
      if (verb >= 0) {
        *why = "pattern has two verb markers '*'";
        return false;
      }
      verb = static_cast<int>(i);
    }
    if (verb < 0) {
      *why = "pattern has no verb marker '*'";
      return false;
    }
    out->verb_gap_before = items[verb].gap_before;
    out->before.assign(items.begin(), items.begin() + verb);
    // Whether the first item after the verb is joined to it matters (`*_TALKS`), so keep it.
    out->after.assign(items.begin() + verb + 1, items.end());
    return true;
  }

 private:
  bool Tokenize(std::string* why) {
    size_t i = 0;
    bool joined = false;
    while (i < text_.size()) {
      bool saw_underscore = false;
      while (i < text_.size() && IsSep(text_[i])) {
        saw_underscore |= text_[i] == '_';
        ++i;
      }
      if (saw_underscore && !toks_.empty()) toks_.back().underscore_after = true;
      joined = saw_underscore;
      if (i >= text_.size()) break;
      const char c = text_[i];
      Lex t;
      t.joined = joined;
      if (IsSpecial(c)) {
        t.kind = c;
        t.text = text_.substr(i, 1);
        ++i;
      } else if (c == '&') {
        size_t j = i + 1;
        while (j < text_.size() &&
               (std::isalnum(static_cast<unsigned char>(text_[j])) || text_[j] == '_')) {
          ++j;
        }
        // The longest defined synset name that ends at a `_` boundary (or the end).
        std::string_view full = text_.substr(i + 1, j - i - 1);
        int found = -1;
        size_t used = 0;
        for (size_t len = full.size(); len > 0; --len) {
          if (len < full.size() && full[len] != '_') continue;
          std::string_view name = full.substr(0, len);
          while (!name.empty() && name.back() == '_') name.remove_suffix(1);
          found = dict_->FindSynset(name);
          if (found >= 0) {
            used = len;
            break;
          }
        }
        if (found < 0) {
          *why = "undefined synset &" + std::string(full);
          return false;
        }
        t.kind = '&';
        t.text = text_.substr(i, used + 1);
        t.synset = static_cast<uint32_t>(found);
        i = i + 1 + used;  // a `_WORD` rest is scanned next, joined
      } else {
        size_t j = i;
        while (j < text_.size() && !IsSep(text_[j]) && !IsSpecial(text_[j])) ++j;
        t.kind = 'w';
        t.text = text_.substr(i, j - i);
        i = j;
      }
      toks_.push_back(t);
    }
    return true;
  }

  PatternItem Word(const Lex& t) {
    PatternItem it;
    it.kind = PatternItem::Kind::kWord;
    it.gap_before = !t.joined;
    std::string_view w = t.text;
    if (w.size() > 1 && w.back() == '~') {
      w.remove_suffix(1);
      it.match = WordMatch::kEndings;
    } else if (words_ == PatternWords::kTabari && !t.underscore_after) {
      it.match = WordMatch::kPrefix;  // TABARI: a word not ending in `_` is a stem
    } else {
      it.match = WordMatch::kExact;
    }
    it.token = dict_->vocabulary.Intern(ToUpper(w));
    return it;
  }

  // Items up to `close` (`}` `)` or `|`, not consumed) or the end.
  bool ParseSeq(std::vector<PatternItem>* out, char close, std::string* why) {
    while (pos_ < toks_.size()) {
      const Lex& t = toks_[pos_];
      if (t.kind == '}' || t.kind == ')' || t.kind == '|') {
        if (close == '\0' || (t.kind != close && !(close == '}' && t.kind == '|'))) {
          *why = "unbalanced '" + std::string(t.text) + "'";
          return false;
        }
        return true;
      }
      ++pos_;
      PatternItem it;
      it.gap_before = !t.joined;
      switch (t.kind) {
        case 'w':
          it = Word(t);
          break;
        case '&':
          it.kind = PatternItem::Kind::kSynset;
          it.synset = t.synset;
          break;
        case '*':
          it.kind = PatternItem::Kind::kVerb;
          break;
        case '$':
          it.kind = PatternItem::Kind::kSource;
          break;
        case '+':
          it.kind = PatternItem::Kind::kTarget;
          break;
        case '%':
          it.kind = PatternItem::Kind::kCompound;
          break;
        case '^':
          it.kind = PatternItem::Kind::kSkip;
          break;
        case '{': {
          std::vector<std::vector<PatternItem>> alts(1);
          if (!ParseSeq(&alts.back(), '}', why)) return false;
          while (pos_ < toks_.size() && toks_[pos_].kind == '|') {
            ++pos_;
            alts.emplace_back();
            if (!ParseSeq(&alts.back(), '}', why)) return false;
          }
          if (pos_ >= toks_.size() || toks_[pos_].kind != '}') {
            *why = "'{' without '}'";
            return false;
          }
          ++pos_;
          for (const auto& a : alts) {
            if (a.empty()) {
              *why = "empty alternative in '{ ... }'";
              return false;
            }
            for (const PatternItem& x : a) {
              if (x.kind == PatternItem::Kind::kVerb) {
                *why = "verb marker '*' inside '{ ... }'";
                return false;
              }
            }
          }
          if (alts.size() > 1) {
            it.kind = PatternItem::Kind::kAlternatives;
            it.alternatives = std::move(alts);
          } else {
            it.kind = PatternItem::Kind::kNounPhrase;  // PETRARCH-2: the last word is the head
            it.children = std::move(alts[0]);
          }
          break;
        }
        case '(': {
          it.kind = PatternItem::Kind::kPrepPhrase;
          if (!ParseSeq(&it.children, ')', why)) return false;
          if (pos_ >= toks_.size() || toks_[pos_].kind != ')') {
            *why = "'(' without ')'";
            return false;
          }
          ++pos_;
          if (it.children.empty() || it.children[0].kind != PatternItem::Kind::kWord) {
            *why = "a prepositional phrase '( ... )' must start with its preposition";
            return false;
          }
          break;
        }
        default:
          *why = "unexpected '" + std::string(t.text) + "'";
          return false;
      }
      if (t.kind != 'w') it.gap_before = !t.joined;
      out->push_back(std::move(it));
    }
    if (close != '\0') {
      *why = std::string("missing '") + (close == '|' ? '}' : close) + "'";
      return false;
    }
    return true;
  }

  std::string_view text_;
  PatternWords words_;
  Dictionary* dict_;
  std::vector<Lex> toks_;
  size_t pos_ = 0;
};

uint32_t Alnum(std::string_view s) {
  uint32_t n = 0;
  for (char c : s) n += std::isalnum(static_cast<unsigned char>(c)) ? 1 : 0;
  return n;
}

uint32_t SynsetLength(const Dictionary& dict, uint32_t synset, int depth) {
  if (synset >= dict.synsets.size() || depth > 8) return 0;
  uint32_t best = 0;
  const Synset& s = dict.synsets[synset];
  for (const Phrase& p : s.members) {
    uint32_t n = 0;
    for (const PhraseWord& w : p.words) n += Alnum(dict.vocabulary.Word(w.token));
    best = std::max(best, n);
  }
  for (uint32_t m : s.member_synsets) best = std::max(best, SynsetLength(dict, m, depth + 1));
  return best;
}

uint32_t ItemsLength(const std::vector<PatternItem>& items, const Dictionary& dict) {
  uint32_t n = 0;
  for (const PatternItem& it : items) {
    switch (it.kind) {
      case PatternItem::Kind::kWord:
        n += Alnum(dict.vocabulary.Word(it.token));
        break;
      case PatternItem::Kind::kSynset:
        n += SynsetLength(dict, it.synset, 0);
        break;
      case PatternItem::Kind::kAlternatives: {
        uint32_t best = 0;
        for (const auto& a : it.alternatives) best = std::max(best, ItemsLength(a, dict));
        n += best;
        break;
      }
      case PatternItem::Kind::kNounPhrase:
      case PatternItem::Kind::kPrepPhrase:
        n += ItemsLength(it.children, dict);
        break;
      default:
        break;
    }
  }
  return n;
}

}  // namespace

bool ParsePattern(std::string_view text, PatternWords words, Dictionary* dict, Pattern* out,
                  std::string* why) {
  PatternParser parser(text, words, dict);
  return parser.Run(out, why);
}

bool SplitPatternLine(std::string_view line, std::string_view* items, std::string_view* code,
                      std::string_view* rest) {
  // The code is the last `[...]` block: words never contain brackets.
  const size_t open = line.rfind('[');
  if (open == std::string_view::npos) return false;
  const size_t close = line.find(']', open);
  if (close == std::string_view::npos) return false;
  *items = Trim(line.substr(0, open));
  *code = line.substr(open + 1, close - open - 1);
  *rest = Trim(line.substr(close + 1));
  return true;
}

uint32_t PatternLength(const Pattern& pattern, const Dictionary& dict) {
  return ItemsLength(pattern.before, dict) + ItemsLength(pattern.after, dict);
}

void OrderPatterns(Dictionary* dict) {
  for (VerbBlock& b : dict->verb_blocks) {
    for (Pattern& p : b.patterns) p.length = PatternLength(p, *dict);
    b.by_length.resize(b.patterns.size());
    std::iota(b.by_length.begin(), b.by_length.end(), 0u);
    std::stable_sort(b.by_length.begin(), b.by_length.end(), [&](uint32_t x, uint32_t y) {
      return b.patterns[x].length > b.patterns[y].length;
    });
  }
}

}  // namespace entente::lexicon
