#include "text/chars.h"

#include <utf8proc.h>

#include "base/utf8.h"

namespace entente::text {

namespace {
CharKind KindOfCp(char32_t cp) {
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT:
      return CharKind::kUpper;
    case UTF8PROC_CATEGORY_LL:
      return CharKind::kLower;
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
      return CharKind::kOtherLetter;
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return CharKind::kDigit;
    case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
      return CharKind::kPunct;
    case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SC: case UTF8PROC_CATEGORY_SK:
    case UTF8PROC_CATEGORY_SO:
      return CharKind::kSymbol;
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
      return CharKind::kSpace;
    default:
      return CharKind::kOther;
  }
}

CharKind KindOfAscii(char c) {
  if (IsAsciiUpper(c)) return CharKind::kUpper;
  if (IsAsciiLower(c)) return CharKind::kLower;
  if (IsAsciiDigit(c)) return CharKind::kDigit;
  if (c == ' ' || c == '\n' || c == '\t' || c == '\r') return CharKind::kSpace;
  if (c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' || c == '`' ||
      c == '|' || c == '~') {
    return CharKind::kSymbol;
  }
  if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return CharKind::kOther;
  return CharKind::kPunct;
}
}  // namespace

CharKind KindAt(std::string_view s, size_t i, size_t* len) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    return KindOfAscii(static_cast<char>(c));
  }
  base::Decoded d = base::DecodeUtf8(s.data() + i, s.data() + s.size());
  *len = d.len;
  return d.valid ? KindOfCp(d.cp) : CharKind::kOther;
}

CharKind KindBefore(std::string_view s, size_t end, size_t* len) {
  size_t start = end - 1;
  while (start > 0 && end - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
    --start;
  }
  CharKind k = KindAt(s, start, len);
  if (start + *len != end) {  // not a whole character (invalid input): treat the byte alone
    *len = 1;
    return CharKind::kOther;
  }
  return k;
}

}  // namespace entente::text
