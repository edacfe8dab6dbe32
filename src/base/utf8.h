// UTF-8 decoding, validation and repair.
//
// Invalid input is replaced, never rejected: each maximal ill-formed subsequence becomes one U+FFFD
// (the practice recommended by Unicode §3.9 and the WHATWG encoding standard), so a stray byte in
// a 10-million-article corpus costs one character, not the article.
#ifndef ENTENTE_BASE_UTF8_H_
#define ENTENTE_BASE_UTF8_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace entente::base {

inline constexpr char32_t kReplacementChar = 0xFFFD;

struct Decoded {
  char32_t cp;   // the code point, or kReplacementChar when invalid
  uint8_t len;   // bytes consumed, 1..4 (the maximal ill-formed subpart when invalid)
  bool valid;
};

// Decodes the code point starting at p (p < end).
Decoded DecodeUtf8(const char* p, const char* end);

// Writes cp as UTF-8 into out (4 bytes of room); returns the length. Surrogates and values above
// U+10FFFF are written as U+FFFD.
int EncodeUtf8(char32_t cp, char* out);
void AppendUtf8(std::string* out, char32_t cp);

bool IsValidUtf8(std::string_view s);

// Replaces every invalid sequence in *s by U+FFFD; returns how many were replaced.
uint32_t RepairUtf8(std::string* s);

// Length of the longest prefix of s, at most max_bytes long, that does not end inside a
// multi-byte sequence (for cutting valid UTF-8 at a byte budget).
size_t Utf8SafePrefix(std::string_view s, size_t max_bytes);

}  // namespace entente::base

#endif  // ENTENTE_BASE_UTF8_H_
