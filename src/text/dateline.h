// Datelines at the start of a story: "MOSCOW, June 25 (Reuters) -", "BEIJING --",
// "KYIV, Ukraine (AP) --", "NEW DELHI:", "(Reuters) -".
//
// Shape: a place of one to five upper-case words (with inner "." "'" "-" allowed: "ST. LOUIS",
// "PORT-AU-PRINCE"), optionally ", Region" in title case (up to three words), optionally ", Month
// Day" (and ", Year"), optionally a parenthesised agency of up to four words, then a dash ("-" or
// "--") with space before it, or a colon after an upper-case place. Or just the agency and dash.
#ifndef ENTENTE_TEXT_DATELINE_H_
#define ENTENTE_TEXT_DATELINE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "entente/text.h"

namespace entente::text {

// The number of tokens, from `first`, that form a dateline (including its dash), or 0. At least
// one token must remain after it.
uint32_t DatelineLength(std::string_view norm, const std::vector<Token>& tokens, uint32_t first,
                        uint32_t last);

}  // namespace entente::text

#endif  // ENTENTE_TEXT_DATELINE_H_
