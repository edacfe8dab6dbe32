#include "lexicon/vocabulary.h"

#include <algorithm>

namespace entente::lexicon {

TokenId Vocabulary::Intern(std::string_view word) {
  const uint64_t hash = Hash(word);
  if (const TokenId id = FindHashed(word, hash); id != kNoToken) return id;
  const TokenId id = static_cast<TokenId>(words_.size());
  words_.emplace_back(word);
  if (words_.size() * 2 > slots_.size()) {
    // Grow to keep the table at most half full; rebuild from the words.
    const size_t size = std::max<size_t>(64, slots_.size() * 2);
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    for (TokenId k = 0; k < id; ++k) Place(k, Hash(words_[k]));
  }
  Place(id, hash);
  return id;
}

void Vocabulary::Place(TokenId id, uint64_t hash) {
  size_t i = hash & mask_;
  while (slots_[i].id != kNoToken) i = (i + 1) & mask_;
  slots_[i] = Slot{hash, id};
}

namespace {
// The upper-case code point of a two-byte lower-case letter, or `cp` itself.
uint32_t UpperOf(uint32_t cp) {
  if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) return cp - 0x20;          // à-þ
  if (cp >= 0x100 && cp <= 0x137) return (cp & 1) ? cp - 1 : cp;          // ā ... ķ
  if (cp >= 0x139 && cp <= 0x148) return (cp & 1) ? cp : cp - 1;          // ĺ ... ň
  if (cp >= 0x14A && cp <= 0x177) return (cp & 1) ? cp - 1 : cp;          // ŋ ... ŷ
  if (cp >= 0x179 && cp <= 0x17E) return (cp & 1) ? cp : cp - 1;          // ź ... ž
  if (cp == 0x3C2) return 0x3A3;                                           // final sigma
  if (cp >= 0x3B1 && cp <= 0x3C9) return cp - 0x20;                        // α-ω
  if (cp >= 0x430 && cp <= 0x44F) return cp - 0x20;                        // а-я
  if (cp >= 0x450 && cp <= 0x45F) return cp - 0x50;                        // ѐ-џ
  return cp;
}
}  // namespace

size_t FoldUpper(std::string_view in, char* out) {
  size_t o = 0;
  for (size_t i = 0; i < in.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(in[i]);
    if (c < 0x80) {
      out[o++] = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : static_cast<char>(c);
      continue;
    }
    const bool two_byte = c >= 0xC2 && c <= 0xDF && i + 1 < in.size() &&
                          (static_cast<unsigned char>(in[i + 1]) & 0xC0) == 0x80;
    if (!two_byte) {
      out[o++] = static_cast<char>(c);
      continue;
    }
    const uint32_t cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(in[i + 1]) & 0x3Fu);
    ++i;
    if (cp == 0x130 || cp == 0x131) {  // İ ı
      out[o++] = 'I';
      continue;
    }
    const uint32_t up = UpperOf(cp);
    out[o++] = static_cast<char>(0xC0 | (up >> 6));
    out[o++] = static_cast<char>(0x80 | (up & 0x3F));
  }
  return o;
}

void AppendUpper(std::string_view in, std::string* out) {
  const size_t at = out->size();
  out->resize(at + in.size());
  out->resize(at + FoldUpper(in, out->data() + at));
}

std::string ToUpper(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  AppendUpper(in, &out);
  return out;
}

}  // namespace entente::lexicon
