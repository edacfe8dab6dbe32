#include "lexicon/reader_util.h"

#include <zlib.h>

#include <cctype>
#include <cstring>

#include "base/input_stream.h"

namespace entente::lexicon {

namespace {

uint32_t Le16(const unsigned char* p) { return p[0] | (p[1] << 8); }
uint32_t Le32(const unsigned char* p) {
  return p[0] | (p[1] << 8) | (p[2] << 16) | (static_cast<uint32_t>(p[3]) << 24);
}

// The first member of a .zip archive. The TABARI distribution ships CountryInfo.*.actors as a
// one-file zip; reading it in place saves users an unzip step and keeps line numbers exact.
StatusOr<std::string> UnzipFirstMember(const std::string& path, const std::string& zip) {
  const auto* p = reinterpret_cast<const unsigned char*>(zip.data());
  if (zip.size() < 30 || Le32(p) != 0x04034b50u) {
    return DataLossError(path + ": not a zip archive");
  }
  const uint32_t flags = Le16(p + 6), method = Le16(p + 8);
  uint32_t csize = Le32(p + 18);
  const uint32_t name_len = Le16(p + 26), extra_len = Le16(p + 28);
  const size_t data = 30 + static_cast<size_t>(name_len) + extra_len;
  if (data > zip.size()) return DataLossError(path + ": truncated zip header");
  if ((flags & 1u) != 0) return DataLossError(path + ": encrypted zip members are not supported");
  if ((flags & 8u) != 0 || csize == 0) csize = static_cast<uint32_t>(zip.size() - data);
  if (data + csize > zip.size()) return DataLossError(path + ": truncated zip member");
  if (method == 0) return std::string(zip.data() + data, csize);
  if (method != 8) {
    return DataLossError(path + ": zip compression method " + std::to_string(method) +
                         " is not supported (only stored and deflate)");
  }
  z_stream zs;
  std::memset(&zs, 0, sizeof(zs));
  if (inflateInit2(&zs, -MAX_WBITS) != Z_OK) return DataLossError(path + ": cannot inflate");
  zs.next_in = const_cast<Bytef*>(p + data);
  zs.avail_in = csize;
  std::string out;
  char buf[1 << 16];
  int rc = Z_OK;
  while (rc == Z_OK) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof(buf);
    rc = inflate(&zs, Z_NO_FLUSH);
    out.append(buf, sizeof(buf) - zs.avail_out);
  }
  inflateEnd(&zs);
  if (rc != Z_STREAM_END) return DataLossError(path + ": corrupt zip member");
  return out;
}

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

StatusOr<std::string> ReadDictionaryFile(const std::string& path) {
  auto in = base::InputStream::Open(path);
  if (!in.ok()) return in.status();
  std::string content;
  while ((*in)->ReadSome(&content, 1 << 20) > 0) {
  }
  if (!(*in)->status().ok()) return (*in)->status();
  if (content.size() >= 4 && std::memcmp(content.data(), "PK\x03\x04", 4) == 0) {
    return UnzipFirstMember(path, content);
  }
  return content;
}

SourceFile::SourceFile(Dictionary* dict, const LoadOptions& options, std::string path,
                       std::string role, std::string content, CommentRules rules)
    : dict_(dict),
      options_(options),
      path_(std::move(path)),
      content_(std::move(content)),
      rules_(rules) {
  file_index_ = dict_->AddFile(path_);
  report_index_ = dict_->reports.size();
  FileReport r;
  r.path = path_;
  r.role = std::move(role);
  dict_->reports.push_back(std::move(r));
}

bool SourceFile::Next(std::string_view* line) {
  if (finished_ || pos_ >= content_.size()) return false;
  size_t end = content_.find('\n', pos_);
  if (end == std::string::npos) end = content_.size();
  raw_ = std::string_view(content_).substr(pos_, end - pos_);
  pos_ = end + 1;
  ++line_number_;
  if (!raw_.empty() && raw_.back() == '\r') raw_.remove_suffix(1);

  cleaned_.assign(raw_);
  if (rules_.xml_blocks) {
    // Remove `<!-- ... -->` pieces; a comment left open continues on the next lines. PETRARCH
    // only looks for `-->` as the terminator, and PETR.Validate.actors.txt opens one `<! --`.
    std::string out;
    size_t i = 0;
    while (i < cleaned_.size()) {
      if (in_xml_comment_) {
        size_t close = cleaned_.find("-->", i);
        if (close == std::string::npos) {
          i = cleaned_.size();
        } else {
          in_xml_comment_ = false;
          i = close + 3;
        }
        continue;
      }
      size_t open = cleaned_.find("<!", i);
      if (open == std::string::npos) {
        out.append(cleaned_, i, std::string::npos);
        break;
      }
      out.append(cleaned_, i, open - i);
      in_xml_comment_ = true;
      i = open + 2;
    }
    cleaned_ = std::move(out);
  }
  std::string_view t = Trim(cleaned_);
  if (rules_.tilde_finish && StartsWith(t, "~~")) {
    finished_ = true;
    return false;
  }
  if ((rules_.hash_line && StartsWith(t, "#")) || (rules_.slash_line && StartsWith(t, "/"))) {
    cleaned_.clear();
  }
  if (rules_.hash) {
    // `#` inside a code block is the discard code `[###]` (PETR.Validate.actors.txt writes
    // `[### <890101]`), not a comment.
    int depth = 0;
    for (size_t h = 0; h < cleaned_.size(); ++h) {
      if (cleaned_[h] == '[')
        ++depth;
      else if (cleaned_[h] == ']' && depth > 0)
        --depth;
      else if (cleaned_[h] == '#' && depth == 0) {
        cleaned_.resize(h);
        break;
      }
    }
  }
  if (rules_.semicolon) {
    size_t s = cleaned_.find(';');
    if (s != std::string::npos) cleaned_.resize(s);
  }
  if (rules_.slashslash) {
    size_t s = cleaned_.find("//");
    if (s != std::string::npos) cleaned_.resize(s);
  }
  while (!cleaned_.empty() && IsBlank(cleaned_.back())) cleaned_.pop_back();
  *line = cleaned_;
  return true;
}

void SourceFile::ErrorAt(uint32_t line, const std::string& reason) {
  std::string msg = path_ + ":" + std::to_string(line) + ": " + reason;
  ++report().skipped;
  if (dict_->diagnostics.size() < options_.max_messages) {
    dict_->diagnostics.push_back(Diagnostic{true, msg});
  }
  if (options_.strict && status_.ok()) status_ = DataLossError(std::move(msg));
}

void SourceFile::WarningAt(uint32_t line, const std::string& reason) {
  ++report().warnings;
  if (dict_->diagnostics.size() < options_.max_messages) {
    dict_->diagnostics.push_back(
        Diagnostic{false, path_ + ":" + std::to_string(line) + ": warning: " + reason});
  }
}

Status SourceFile::Finish() {
  report().lines = line_number_;
  return status_;
}

// ---- small parsers ----------------------------------------------------------------------------

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (IsBlank(s.front()) || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (IsBlank(s.back()) || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::vector<std::string_view> SplitBlanks(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsBlank(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && !IsBlank(s[j])) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

int32_t ParseRestrictionDate(std::string_view text, bool iso, std::string* why,
                             std::string* warning) {
  std::string digits;
  if (iso) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
      *why = "date '" + std::string(text) + "' is not YYYY-MM-DD";
      return -1;
    }
    digits = std::string(text.substr(0, 4)) + std::string(text.substr(5, 2)) +
             std::string(text.substr(8, 2));
  } else {
    digits = std::string(text);
  }
  for (char c : digits) {
    if (c < '0' || c > '9') {
      *why = "date '" + std::string(text) + "' is not a number";
      return -1;
    }
  }
  int year, month, day;
  if (digits.size() == 6) {
    // TABARI manual §6.5.2 note 1: years 00 through 30 are 2000 through 2030.
    const int yy = std::stoi(digits.substr(0, 2));
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    month = std::stoi(digits.substr(2, 2));
    day = std::stoi(digits.substr(4, 2));
  } else if (digits.size() == 8) {
    year = std::stoi(digits.substr(0, 4));
    month = std::stoi(digits.substr(4, 2));
    day = std::stoi(digits.substr(6, 2));
  } else {
    *why = "date '" + std::string(text) + "' has " + std::to_string(digits.size()) +
           " digits (YYMMDD or YYYYMMDD expected)";
    return -1;
  }
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month < 1 || month > 12 || day < 1 || day > 31) {
    *why = "date '" + std::string(text) + "' does not exist";
    return -1;
  }
  const int last = month == 2 && !leap ? 28 : kDays[month - 1];
  if (day > last) {
    // CountryInfo writes the end of a month as day 31 (`030931`, `090231`) on thousands of lines;
    // TABARI only checks that a day is 1-31. Read it as the month's last day, and say so.
    if (warning == nullptr) {
      *why = "date '" + std::string(text) + "' does not exist";
      return -1;
    }
    *warning = "date '" + std::string(text) + "' does not exist; read as " + std::to_string(year) +
               "-" + (month < 10 ? "0" : "") + std::to_string(month) + "-" + std::to_string(last);
    day = last;
  }
  return year * 10000 + month * 100 + day;
}

namespace {

// Actor codes: letters and digits, `/` between compound parts, optionally led by a special code
// (`---GOV` = a role without a country; `###`, `+++`).
bool ValidActorCode(std::string_view code) {
  if (code.empty()) return false;
  if (StartsWith(code, "---") || StartsWith(code, "###") || StartsWith(code, "+++")) {
    code.remove_prefix(3);
  }
  for (char c : code) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '/') return false;
  }
  return true;
}

bool HasDigitOnly(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

}  // namespace

bool ParseActorCodeBlock(std::string_view inside, ActorCode* out, std::string* why,
                         std::string* warning) {
  std::string_view s = Trim(inside);
  size_t i = 0;
  while (i < s.size() && !IsBlank(s[i]) && s[i] != '<' && s[i] != '>') ++i;
  std::string_view code = s.substr(0, i);
  std::string_view rest = Trim(s.substr(i));
  if (code.empty()) {
    *why = "code block [" + std::string(inside) + "] has no code";
    return false;
  }
  if (HasDigitOnly(code.substr(0, std::min<size_t>(code.size(), 6))) && rest.empty() &&
      code.find('-') != std::string_view::npos) {
    *why = "code block [" + std::string(inside) + "] has a date but no code";
    return false;
  }
  if (!ValidActorCode(code)) {
    *why = "malformed code '" + std::string(code) + "' in [" + std::string(inside) + "]";
    return false;
  }
  out->code = std::string(code);
  out->dates = DateRange{};
  if (rest.empty()) return true;
  if (rest[0] == '<' || rest[0] == '>') {
    const bool until = rest[0] == '<';
    const int32_t d = ParseRestrictionDate(Trim(rest.substr(1)), false, why, warning);
    if (d < 0) return false;
    out->dates.kind = until ? DateRange::Kind::kUntil : DateRange::Kind::kFrom;
    (until ? out->dates.last : out->dates.first) = d;
    return true;
  }
  const size_t dash = rest.find('-');
  if (dash == std::string_view::npos) {
    *why = "unreadable date restriction '" + std::string(rest) + "' (expected <D, >D or D1-D2)";
    return false;
  }
  const int32_t a = ParseRestrictionDate(Trim(rest.substr(0, dash)), false, why, warning);
  if (a < 0) return false;
  const int32_t b = ParseRestrictionDate(Trim(rest.substr(dash + 1)), false, why, warning);
  if (b < 0) return false;
  if (b < a) {
    *why = "date interval '" + std::string(rest) + "' ends before it starts";
    return false;
  }
  out->dates.kind = DateRange::Kind::kBetween;
  out->dates.first = a;
  out->dates.last = b;
  return true;
}

bool ParseEventCode(std::string_view inside, bool time_shift, EventCode* out, std::string* why) {
  std::string s;
  for (char c : inside) {
    if (!IsBlank(c)) s.push_back(c);  // `[- - -]` in TABARI.Demo.verbs is the null code
  }
  *out = EventCode{};
  if (s.empty()) {
    *why = "empty code []";
    return false;
  }
  if (time_shift && (s[0] == '+' || s[0] == '-') && s.size() > 1 && HasDigitOnly(s.substr(1))) {
    out->kind = EventCode::Kind::kTimeShift;
    out->shift_days = std::stoi(s);
    return true;
  }
  if (s == "---") return out->kind = EventCode::Kind::kNull, true;
  if (s == "###") return out->kind = EventCode::Kind::kDiscard, true;
  if (s == "+++") return out->kind = EventCode::Kind::kComplex, true;
  if (s.back() == '?' || s.back() == '!') {
    (s.back() == '?' ? out->subordinate : out->dominant) = true;
    s.pop_back();
  }
  const size_t colon = s.find(':');
  std::string primary = s.substr(0, colon);
  std::string paired = colon == std::string::npos ? "" : s.substr(colon + 1);
  auto valid = [](const std::string& part) {
    if (part == "---") return true;
    for (char c : part) {
      if (!std::isalnum(static_cast<unsigned char>(c))) return false;
    }
    return true;
  };
  if ((primary.empty() && paired.empty()) || !valid(primary) || !valid(paired) ||
      (colon != std::string::npos && paired.empty())) {
    *why = "malformed event code [" + std::string(inside) + "]";
    return false;
  }
  out->kind = EventCode::Kind::kEvent;
  out->primary = std::move(primary);
  out->paired = std::move(paired);
  return true;
}

bool ParsePhrase(std::string_view text, PhraseStyle style, Vocabulary* vocab, Phrase* out,
                 std::string* why) {
  out->words.clear();
  struct Piece {
    std::string_view word;
    char after;  // '_', ' ' or '\0' (end)
  };
  std::vector<Piece> pieces;
  text = Trim(text);
  size_t i = 0;
  while (i < text.size()) {
    size_t j = i;
    const bool underscore_splits = style != PhraseStyle::kNative;
    while (j < text.size() && !IsBlank(text[j]) && !(underscore_splits && text[j] == '_')) ++j;
    std::string_view w = text.substr(i, j - i);
    char after = '\0';
    size_t k = j;
    // A run of separators: `_` anywhere in it makes the words consecutive.
    bool saw_underscore = false, saw_blank = false;
    while (k < text.size() && (IsBlank(text[k]) || (underscore_splits && text[k] == '_'))) {
      (text[k] == '_' ? saw_underscore : saw_blank) = true;
      ++k;
    }
    if (saw_underscore) {
      after = '_';
    } else if (saw_blank) {
      after = ' ';
    }
    if (!w.empty()) {
      pieces.push_back(Piece{w, k >= text.size() ? (saw_underscore ? '_' : '\0') : after});
    } else if (!pieces.empty() && saw_underscore) {
      pieces.back().after = '_';
    }
    i = k;
  }
  bool next_gap = false;
  for (size_t p = 0; p < pieces.size(); ++p) {
    std::string_view w = pieces[p].word;
    const bool last = p + 1 == pieces.size();
    PhraseWord pw;
    pw.gap_before = next_gap;
    next_gap = false;
    switch (style) {
      case PhraseStyle::kTabari: {
        // TABARI §5.2.2-5.2.3: a word followed by `_` is whole; otherwise it is a stem. Regular
        // endings apply to the last word only, and not when it ends in `=`.
        bool exact = false;
        if (EndsWith(w, "=")) {
          w.remove_suffix(1);
          exact = true;
        }
        if (exact) {
          pw.match = WordMatch::kExact;
        } else if (pieces[p].after == '_') {
          pw.match = last ? WordMatch::kEndings : WordMatch::kExact;
        } else {
          pw.match = WordMatch::kPrefix;
        }
        next_gap = pieces[p].after == ' ';
        break;
      }
      case PhraseStyle::kPetrarch:
        pw.match = WordMatch::kExact;
        break;
      case PhraseStyle::kPetrarchAgent:
        pw.match = WordMatch::kExact;
        next_gap = pieces[p].after == ' ';
        break;
      case PhraseStyle::kNative:
        if (w == "..") {
          if (out->words.empty() || last) {
            *why = "a gap '..' must stand between two words";
            return false;
          }
          next_gap = true;
          continue;
        }
        if (EndsWith(w, "*") && w.size() > 1) {
          w.remove_suffix(1);
          pw.match = WordMatch::kPrefix;
        } else if (EndsWith(w, "~") && w.size() > 1) {
          w.remove_suffix(1);
          pw.match = WordMatch::kEndings;
        }
        break;
    }
    if (w.empty()) continue;
    pw.token = vocab->Intern(ToUpper(w));
    out->words.push_back(pw);
  }
  if (out->words.empty()) {
    *why = "phrase has no words";
    return false;
  }
  out->words[0].gap_before = false;
  return true;
}

std::string PluralOf(std::string_view word) {
  std::string w(word);
  auto vowel = [](char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; };
  if (w.size() >= 2 && w.back() == 'Y' && !vowel(w[w.size() - 2])) {
    w.pop_back();
    return w + "IES";
  }
  if (EndsWith(w, "S") || EndsWith(w, "X") || EndsWith(w, "Z") || EndsWith(w, "CH") ||
      EndsWith(w, "SH")) {
    return w + "ES";
  }
  return w + "S";
}

std::vector<std::string> RegularVerbForms(std::string_view verb) {
  std::string v(verb);
  auto vowel = [](char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; };
  std::vector<std::string> out;
  out.push_back(PluralOf(v));  // third person singular follows the plural spelling rules
  if (EndsWith(v, "E")) {
    out.push_back(v + "D");
  } else if (v.size() >= 2 && v.back() == 'Y' && !vowel(v[v.size() - 2])) {
    out.push_back(v.substr(0, v.size() - 1) + "IED");
  } else {
    out.push_back(v + "ED");
  }
  if (EndsWith(v, "IE")) {
    out.push_back(v.substr(0, v.size() - 2) + "YING");
  } else if (EndsWith(v, "E") && !EndsWith(v, "EE") && !EndsWith(v, "YE") && !EndsWith(v, "OE") &&
             v.size() > 2) {
    out.push_back(v.substr(0, v.size() - 1) + "ING");
  } else {
    out.push_back(v + "ING");
  }
  return out;
}

Phrase WithLastWord(const Phrase& phrase, std::string_view last, Vocabulary* vocab) {
  Phrase p = phrase;
  p.generated = true;
  p.words.back().token = vocab->Intern(last);
  return p;
}

}  // namespace entente::lexicon
