// Character classes for the text rules: ASCII fast paths, utf8proc categories beyond ASCII.
#ifndef ENTENTE_TEXT_CHARS_H_
#define ENTENTE_TEXT_CHARS_H_

#include <cstddef>
#include <string_view>

namespace entente::text {

inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiAlpha(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsSpace(char c) { return c == ' ' || c == '\n'; }  // after normalisation

enum class CharKind : unsigned char { kUpper, kLower, kOtherLetter, kDigit, kPunct, kSymbol, kSpace, kOther };

// The kind of the character starting at s[i] (s is valid UTF-8); *len receives its byte length.
CharKind KindAt(std::string_view s, size_t i, size_t* len);
// The kind of the character ending at s[end - 1]; *len receives its byte length.
CharKind KindBefore(std::string_view s, size_t end, size_t* len);

inline bool IsLetterKind(CharKind k) {
  return k == CharKind::kUpper || k == CharKind::kLower || k == CharKind::kOtherLetter;
}
inline bool IsWordKind(CharKind k) { return IsLetterKind(k) || k == CharKind::kDigit; }

}  // namespace entente::text

#endif  // ENTENTE_TEXT_CHARS_H_
