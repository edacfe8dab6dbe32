// Feature hashing for the tagger, parser and labeller.
//
// A feature is a template number and up to three values (a word's hash, a tag id, a distance),
// mixed into one 64-bit key. Word strings are hashed once per token (HashBytes); the templates then
// only combine integers, so extracting a feature costs a few multiplications and no allocation.
// Keys are never 0 (0 marks an empty slot in the weight tables).
#ifndef ENTENTE_SYNTAX_FEATURE_HASH_H_
#define ENTENTE_SYNTAX_FEATURE_HASH_H_

#include <cstdint>
#include <string_view>

namespace entente::syntax {

// The finaliser of SplitMix64: every input bit affects every output bit.
inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBull;
  x ^= x >> 31;
  return x;
}

// FNV-1a over the bytes, then mixed. Stable across platforms and runs (model files depend on it).
inline uint64_t HashBytes(std::string_view s) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return Mix64(h);
}

inline uint64_t Feature(uint32_t tmpl, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  uint64_t h = Mix64(a + 0x9E3779B97F4A7C15ull * (tmpl + 1));
  h = Mix64(h ^ (b + 0xD6E8FEB86659FD93ull));
  if (c != 0) h = Mix64(h ^ (c + 0xA0761D6478BD642Full));
  return h | 1;  // never 0
}

}  // namespace entente::syntax

#endif  // ENTENTE_SYNTAX_FEATURE_HASH_H_
