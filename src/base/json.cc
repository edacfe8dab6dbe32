#include "base/json.h"

#include <cstring>

#include "base/utf8.h"

namespace entente::base {

const JsonValue* JsonValue::Find(std::string_view key) const {
  for (const auto& [k, v] : members_) {
    if (k == key) return &v;
  }
  return nullptr;
}

class JsonParser {
 public:
  JsonParser(std::string_view text, int max_depth) : s_(text), max_depth_(max_depth) {}

  StatusOr<JsonValue> Parse() {
    JsonValue v;
    SkipSpace();
    if (!ParseValue(&v, 0)) return Error();
    SkipSpace();
    if (pos_ != s_.size()) {
      Fail("unexpected text after the JSON value");
      return Error();
    }
    return v;
  }

 private:
  Status Error() const {
    return DataLossError("column " + std::to_string(error_pos_ + 1) + ": " + error_);
  }
  bool Fail(const char* what) {
    if (error_.empty()) {
      error_ = what;
      error_pos_ = pos_;
    }
    return false;
  }
  void SkipSpace() {
    while (pos_ < s_.size()) {
      char c = s_[pos_];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
      ++pos_;
    }
  }
  bool Literal(const char* word) {
    size_t n = std::strlen(word);
    if (s_.compare(pos_, n, word) != 0) return Fail("expected a JSON value");
    pos_ += n;
    return true;
  }

  bool ParseValue(JsonValue* v, int depth) {
    if (pos_ >= s_.size()) return Fail("unexpected end of line, expected a value");
    switch (s_[pos_]) {
      case '{': return ParseObject(v, depth);
      case '[': return ParseArray(v, depth);
      case '"': v->type_ = JsonValue::Type::kString; return ParseString(&v->text_);
      case 't': v->type_ = JsonValue::Type::kBool; v->bool_ = true; return Literal("true");
      case 'f': v->type_ = JsonValue::Type::kBool; return Literal("false");
      case 'n': v->type_ = JsonValue::Type::kNull; return Literal("null");
      default: return ParseNumber(v);
    }
  }

  bool ParseObject(JsonValue* v, int depth) {
    if (depth >= max_depth_) return Fail("nesting too deep");
    v->type_ = JsonValue::Type::kObject;
    ++pos_;
    SkipSpace();
    if (pos_ < s_.size() && s_[pos_] == '}') { ++pos_; return true; }
    while (true) {
      SkipSpace();
      if (pos_ >= s_.size() || s_[pos_] != '"') return Fail("expected a member name in double quotes");
      std::string key;
      if (!ParseString(&key)) return false;
      SkipSpace();
      if (pos_ >= s_.size() || s_[pos_] != ':') return Fail("expected ':' after a member name");
      ++pos_;
      SkipSpace();
      v->members_.emplace_back(std::move(key), JsonValue());
      if (!ParseValue(&v->members_.back().second, depth + 1)) return false;
      SkipSpace();
      if (pos_ >= s_.size()) return Fail("unexpected end of line inside an object");
      if (s_[pos_] == ',') { ++pos_; continue; }
      if (s_[pos_] == '}') { ++pos_; return true; }
      return Fail("expected ',' or '}' in an object");
    }
  }

  bool ParseArray(JsonValue* v, int depth) {
    if (depth >= max_depth_) return Fail("nesting too deep");
    v->type_ = JsonValue::Type::kArray;
    ++pos_;
    SkipSpace();
    if (pos_ < s_.size() && s_[pos_] == ']') { ++pos_; return true; }
    while (true) {
      SkipSpace();
      v->items_.emplace_back();
      if (!ParseValue(&v->items_.back(), depth + 1)) return false;
      SkipSpace();
      if (pos_ >= s_.size()) return Fail("unexpected end of line inside an array");
      if (s_[pos_] == ',') { ++pos_; continue; }
      if (s_[pos_] == ']') { ++pos_; return true; }
      return Fail("expected ',' or ']' in an array");
    }
  }

  bool ParseNumber(JsonValue* v) {
    const size_t start = pos_;
    auto digits = [&] {
      size_t n = 0;
      while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') { ++pos_; ++n; }
      return n;
    };
    if (pos_ < s_.size() && s_[pos_] == '-') ++pos_;
    if (pos_ < s_.size() && s_[pos_] == '0') {
      ++pos_;
    } else if (digits() == 0) {
      pos_ = start;
      return Fail("expected a JSON value");
    }
    if (pos_ < s_.size() && s_[pos_] == '.') {
      ++pos_;
      if (digits() == 0) return Fail("expected digits after '.'");
    }
    if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
      ++pos_;
      if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
      if (digits() == 0) return Fail("expected digits in the exponent");
    }
    v->type_ = JsonValue::Type::kNumber;
    v->text_.assign(s_.substr(start, pos_ - start));
    return true;
  }

  bool Hex4(char32_t* out) {
    if (pos_ + 4 > s_.size()) return Fail("incomplete \\u escape");
    char32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      char c = s_[pos_ + i];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= c - '0';
      else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
      else return Fail("bad hex digit in \\u escape");
    }
    pos_ += 4;
    *out = v;
    return true;
  }

  // Strings are decoded into out. Raw control characters (such as tabs) are accepted, because
  // scraped dumps are full of them and refusing a whole article for a tab helps nobody.
  bool ParseString(std::string* out) {
    ++pos_;  // opening quote
    while (true) {
      size_t run = pos_;
      while (run < s_.size() && s_[run] != '"' && s_[run] != '\\') ++run;
      out->append(s_.data() + pos_, run - pos_);
      pos_ = run;
      if (pos_ >= s_.size()) return Fail("unterminated string");
      if (s_[pos_] == '"') { ++pos_; return true; }
      ++pos_;  // backslash
      if (pos_ >= s_.size()) return Fail("unterminated string");
      char e = s_[pos_++];
      switch (e) {
        case '"': out->push_back('"'); break;
        case '\\': out->push_back('\\'); break;
        case '/': out->push_back('/'); break;
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'n': out->push_back('\n'); break;
        case 'r': out->push_back('\r'); break;
        case 't': out->push_back('\t'); break;
        case 'u': {
          char32_t cp;
          if (!Hex4(&cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF && pos_ + 1 < s_.size() && s_[pos_] == '\\' &&
              s_[pos_ + 1] == 'u') {
            size_t save = pos_;
            pos_ += 2;
            char32_t lo;
            if (!Hex4(&lo)) return false;
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
              cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            } else {
              pos_ = save;  // a lone high surrogate: replaced below, the next escape read alone
            }
          }
          AppendUtf8(out, cp);  // lone surrogates become U+FFFD
          break;
        }
        default:
          --pos_;
          return Fail("unknown escape in string");
      }
    }
  }

  std::string_view s_;
  int max_depth_;
  size_t pos_ = 0;
  std::string error_;
  size_t error_pos_ = 0;
};

StatusOr<JsonValue> ParseJson(std::string_view text, int max_depth) {
  return JsonParser(text, max_depth).Parse();
}

void AppendJsonString(std::string* out, std::string_view s) {
  static const char kHex[] = "0123456789abcdef";
  out->push_back('"');
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    const char* run = p;
    while (run < end) {
      unsigned char c = static_cast<unsigned char>(*run);
      if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) break;
      ++run;
    }
    out->append(p, static_cast<size_t>(run - p));
    p = run;
    if (p >= end) break;
    unsigned char c = static_cast<unsigned char>(*p);
    if (c >= 0x80) {
      Decoded d = DecodeUtf8(p, end);
      if (d.valid) out->append(p, d.len);
      else AppendUtf8(out, kReplacementChar);
      p += d.len;
      continue;
    }
    ++p;
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\t': out->append("\\t"); break;
      case '\r': out->append("\\r"); break;
      default:
        out->append("\\u00");
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 15]);
    }
  }
  out->push_back('"');
}

}  // namespace entente::base
