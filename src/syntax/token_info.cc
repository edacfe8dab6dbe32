#include "syntax/token_info.h"

#include <algorithm>

#include "syntax/feature_hash.h"

namespace entente::syntax {

namespace {
constexpr size_t kMaxWordBytes = 64;  // longer words are hashed by their first 64 bytes

char ShapeClass(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return 'u';  // any non-ASCII byte
  return static_cast<char>(c);
}
}  // namespace

void ComputeTokenInfo(std::string_view form, TokenInfo* out) {
  char lower[kMaxWordBytes];
  char shape[16];
  const size_t n = std::min(form.size(), kMaxWordBytes);
  size_t shape_len = 0;
  char prev_class = 0;
  int run = 0;
  uint32_t flags = 0;
  bool all_caps = n > 0;
  bool punctuation = n > 0;
  for (size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(form[i]);
    lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
    if (c >= '0' && c <= '9') flags |= TokenInfo::kHasDigit;
    if (c == '-') flags |= TokenInfo::kHasHyphen;
    if (c >= 'a' && c <= 'z') all_caps = false;
    if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z')) {
      punctuation = false;
    }
    const char cls = ShapeClass(c);
    run = cls == prev_class ? run + 1 : 1;
    prev_class = cls;
    if (run <= 2 && shape_len < sizeof shape) shape[shape_len++] = cls;
  }
  if (n > 0 && form[0] >= 'A' && form[0] <= 'Z') flags |= TokenInfo::kCapitalised;
  if (all_caps && (flags & TokenInfo::kCapitalised)) flags |= TokenInfo::kAllCaps;
  if (punctuation) flags |= TokenInfo::kPunctuation;
  const std::string_view low(lower, n);
  out->form = HashBytes(form.substr(0, n));
  out->lower = HashBytes(low);
  for (size_t k = 0; k < 4; ++k) {
    out->suffix[k] = k < n ? HashBytes(low.substr(n - k - 1)) : 0;
  }
  for (size_t k = 0; k < 3; ++k) out->prefix[k] = k < n ? HashBytes(low.substr(0, k + 1)) : 0;
  out->shape = HashBytes(std::string_view(shape, shape_len));
  out->flags = flags;
}

namespace {
TokenInfo Boundary(std::string_view marker) {
  TokenInfo t;
  ComputeTokenInfo(marker, &t);
  return t;
}
}  // namespace

const TokenInfo& SentenceStartToken() {
  static const TokenInfo t = Boundary("\x01<s>");
  return t;
}
const TokenInfo& SentenceEndToken() {
  static const TokenInfo t = Boundary("\x01</s>");
  return t;
}

}  // namespace entente::syntax
