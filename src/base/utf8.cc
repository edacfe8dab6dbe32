#include "base/utf8.h"

#include <cstring>

namespace entente::base {

Decoded DecodeUtf8(const char* p, const char* end) {
  const auto* s = reinterpret_cast<const unsigned char*>(p);
  const size_t avail = static_cast<size_t>(end - p);
  const unsigned char b0 = s[0];
  if (b0 < 0x80) return {b0, 1, true};

  // The valid range of the second byte depends on the lead byte (Unicode Table 3-7).
  int need;
  unsigned char lo = 0x80, hi = 0xBF;
  char32_t cp;
  if (b0 >= 0xC2 && b0 <= 0xDF) { need = 1; cp = b0 & 0x1F; }
  else if (b0 == 0xE0) { need = 2; lo = 0xA0; cp = b0 & 0x0F; }
  else if (b0 == 0xED) { need = 2; hi = 0x9F; cp = b0 & 0x0F; }
  else if (b0 >= 0xE1 && b0 <= 0xEF) { need = 2; cp = b0 & 0x0F; }
  else if (b0 == 0xF0) { need = 3; lo = 0x90; cp = b0 & 0x07; }
  else if (b0 == 0xF4) { need = 3; hi = 0x8F; cp = b0 & 0x07; }
  else if (b0 >= 0xF1 && b0 <= 0xF3) { need = 3; cp = b0 & 0x07; }
  else return {kReplacementChar, 1, false};

  uint8_t len = 1;
  for (int i = 0; i < need; ++i) {
    if (len >= avail) return {kReplacementChar, len, false};
    const unsigned char b = s[len];
    const unsigned char l = (i == 0) ? lo : 0x80, h = (i == 0) ? hi : 0xBF;
    if (b < l || b > h) return {kReplacementChar, len, false};
    cp = (cp << 6) | (b & 0x3F);
    ++len;
  }
  return {cp, len, true};
}

int EncodeUtf8(char32_t cp, char* out) {
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = kReplacementChar;
  if (cp < 0x80) { out[0] = static_cast<char>(cp); return 1; }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

void AppendUtf8(std::string* out, char32_t cp) {
  char buf[4];
  out->append(buf, static_cast<size_t>(EncodeUtf8(cp, buf)));
}

namespace {

// Index of the first byte that is not ASCII, scanning 8 bytes at a time.
size_t AsciiPrefix(const char* p, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ULL) break;
  }
  while (i < n && static_cast<unsigned char>(p[i]) < 0x80) ++i;
  return i;
}

}  // namespace

bool IsValidUtf8(std::string_view s) {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    p += AsciiPrefix(p, static_cast<size_t>(end - p));
    if (p >= end) break;
    Decoded d = DecodeUtf8(p, end);
    if (!d.valid) return false;
    p += d.len;
  }
  return true;
}

uint32_t RepairUtf8(std::string* s) {
  if (IsValidUtf8(*s)) return 0;
  std::string out;
  out.reserve(s->size() + 16);
  const char* p = s->data();
  const char* end = p + s->size();
  uint32_t repaired = 0;
  while (p < end) {
    size_t a = AsciiPrefix(p, static_cast<size_t>(end - p));
    out.append(p, a);
    p += a;
    if (p >= end) break;
    Decoded d = DecodeUtf8(p, end);
    if (d.valid) {
      out.append(p, d.len);
    } else {
      AppendUtf8(&out, kReplacementChar);
      ++repaired;
    }
    p += d.len;
  }
  s->swap(out);
  return repaired;
}

size_t Utf8SafePrefix(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s.size();
  size_t n = max_bytes;
  // Step back over continuation bytes to the start of the sequence that would be cut.
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return n;
}

}  // namespace entente::base
