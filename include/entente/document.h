// entente/document.h — one news story, report or speech, as read from the input.
//
// A Document owns its text. Every later structure (sentences, tokens, and in later stages actor
// mentions, events and quotations) refers to it by byte offsets into `text`, so any result can be
// shown in its original sentence.
#ifndef ENTENTE_DOCUMENT_H_
#define ENTENTE_DOCUMENT_H_

#include <cstdint>
#include <string>

namespace entente {

struct Document {
  std::string id;      // from the record; generated as "<file name>:<line>" when it has none
  std::string date;    // publication date "YYYY-MM-DD" (UTC), or empty when unknown
  std::string source;  // publisher or feed
  std::string url;
  std::string title;   // metadata only: the analysed text is `text`
  std::string text;    // the body, always valid UTF-8 (invalid bytes were replaced by U+FFFD)
  std::string origin;  // where it was read, "path:line", for messages
  uint32_t repaired_utf8 = 0;  // invalid UTF-8 sequences replaced when the document was read

  void Clear() {
    id.clear(); date.clear(); source.clear(); url.clear(); title.clear(); text.clear();
    origin.clear(); repaired_utf8 = 0;
  }
};

}  // namespace entente

#endif  // ENTENTE_DOCUMENT_H_
