// Page-interface lines: "Read more", "Share", "Sign up for our newsletter", "Download PDF",
// "Contact us", "Follow us on X", "All rights reserved", "» | «".
//
// A segment is one when it stands alone (a whole block, or a piece cut off by a glued page join),
// has no final period, and either has no letters at all (at most 6 tokens of symbols, arrows,
// pipes or numbers) or has at most 8 words of which at least one is an interface word and at
// least 3/4 are interface or function words (data/text/interface_words.txt), or it begins with a
// call-to-action verb ("Subscribe to our weekly briefing"). Headlines survive: "Share prices fall"
// has one such word in three and "share" is not a call-to-action verb.
#ifndef ENTENTE_TEXT_INTERFACE_LINES_H_
#define ENTENTE_TEXT_INTERFACE_LINES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "entente/text.h"
#include "text/text_resources.h"

namespace entente::text {

bool IsInterfaceSegment(std::string_view norm, const std::vector<Token>& tokens, uint32_t first,
                        uint32_t last, const TextResources& resources);

}  // namespace entente::text

#endif  // ENTENTE_TEXT_INTERFACE_LINES_H_
