// Unicode normalisation and folding for matching, with a map back to the original offsets.
//
// Steps, in one pass: invalid UTF-8 -> U+FFFD (counted); NFC (utf8proc), applied only to words
// holding characters outside the ranges known to be NFC-stable, so English news pays almost
// nothing; then folding: ‘ ’ ‚ ‛ ′ ´ ʼ ‹ › -> ', “ ” „ ‟ ″ « » -> ", ‐ ‑ ‒ – − -> -, — ― -> --,
// … -> ..., Unicode spaces -> space, U+2028/U+0085 -> newline, U+2029 -> blank line, soft hyphen,
// zero-width space, word joiner and BOM removed; CR LF -> LF, lone CR -> LF, tab and other control
// characters, C1 controls included, -> space (vertical tab and form feed -> newline).
// Every change is recorded in the OffsetMap at the finest unit that can be mapped exactly (one
// character, or one grapheme cluster that NFC changed), so that tokens keep exact spans.
#ifndef ENTENTE_TEXT_NORMALIZER_H_
#define ENTENTE_TEXT_NORMALIZER_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "text/offset_map.h"

namespace entente::text {

// Writes the normalised form of `in` to *out and the offsets to *map (both cleared first).
// Returns the number of invalid UTF-8 sequences replaced.
uint32_t Normalize(std::string_view in, std::string* out, OffsetMap* map);

}  // namespace entente::text

#endif  // ENTENTE_TEXT_NORMALIZER_H_
