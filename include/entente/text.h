// entente/text.h — the text front end's result: sentences and tokens with exact spans.
//
// Every Token and Sentence carries `span`, a byte range of Document::text (the text as read):
// doc.text.substr(span.begin, span.size()) is exactly what it covers, so results can always be
// highlighted in the original. Tokens also carry `norm`, a byte range of TextAnalysis::normalized,
// the folded text used for matching: NFC, typographic quotes and guillemets as ASCII quotes,
// dashes as "-" (en) or "--" (em), non-breaking and other Unicode spaces as " ", soft hyphens and
// zero-width characters removed, control characters as spaces.
//
// A TextAnalysis is reused across documents (Pipeline::AnalyzeText clears it first); its vectors
// keep their capacity, so a thread analysing many documents stops allocating after the first few.
#ifndef ENTENTE_TEXT_H_
#define ENTENTE_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool operator==(const Span&) const = default;
};

struct Token {
  enum Flag : uint16_t {
    kSpaceAfter = 1 << 0,    // white space follows in the text (CoNLL-U lacks SpaceAfter=No)
    kClitic = 1 << 1,        // split from the word before it ("n't", "'s"): a UD multiword part
    kAbbreviation = 1 << 2,  // a word with its abbreviation period ("U.S.", "Gen.")
  };
  Span span;  // in Document::text
  Span norm;  // in TextAnalysis::normalized
  uint16_t flags = 0;
  bool space_after() const { return (flags & kSpaceAfter) != 0; }
};

// What a segment of the text is. Only kSentence segments are analysed by later stages; the
// others are kept (with their spans) so that nothing disappears without a trace.
enum class SegmentKind : uint8_t {
  kSentence,   // a sentence, or a headline
  kInterface,  // a page-interface line: "Read more", "Share", "Sign up for our newsletter"
  kDateline,   // "MOSCOW, June 25 (Reuters) -" at the start of a story
};
const char* SegmentKindName(SegmentKind kind);

struct Sentence {
  Span span;                 // in Document::text
  uint32_t token_begin = 0;  // tokens [token_begin, token_end) of TextAnalysis::tokens
  uint32_t token_end = 0;
  SegmentKind kind = SegmentKind::kSentence;
  bool capped = false;  // ended by the length cap (TextOptions::max_sentence_tokens), not the text
  bool analysed() const { return kind == SegmentKind::kSentence; }
};

struct TextStats {
  uint32_t sentences = 0;        // kSentence segments
  uint32_t tokens = 0;           // tokens of all segments
  uint32_t interface_lines = 0;  // kInterface segments
  uint32_t datelines = 0;        // kDateline segments
  uint32_t citations = 0;        // citation markers removed: "[2]", "[1, p. 45]", a dangling "[1, p."
  uint32_t bullets = 0;          // list markers removed
  uint32_t glued_words = 0;      // page joins split: "Subscribe nowThe minister" -> two segments
  uint32_t capped = 0;           // sentences cut by the length cap
  uint32_t long_tokens = 0;      // runs without spaces cut into tokens of TextOptions::max_token_bytes
  uint32_t repaired_utf8 = 0;    // invalid UTF-8 sequences met (readers normally repair them first)
};

struct TextAnalysis {
  std::string normalized;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;  // every segment in document order, dropped ones included
  TextStats stats;

  std::string_view Form(const Token& t) const {
    return std::string_view(normalized).substr(t.norm.begin, t.norm.size());
  }
  void Clear() {
    normalized.clear();
    tokens.clear();
    sentences.clear();
    stats = TextStats();
  }
};

struct TextOptions {
  // A sentence longer than this many tokens is cut (a parser's cost and errors grow with length,
  // and run-on "sentences" are mostly tables or lists that lost their line breaks). The cut goes
  // after the last ";" in the second half of the window, else the last ":", else the last ",",
  // else exactly at the limit; the pieces are flagged `capped`.
  uint32_t max_sentence_tokens = 200;
  // A run of non-space characters longer than this is cut into tokens of at most this many bytes
  // (at character boundaries): base64 blobs and joined tables must not make one giant token.
  uint32_t max_token_bytes = 256;
  bool drop_interface_lines = true;  // mark interface lines as kInterface instead of kSentence
  bool detect_datelines = true;      // mark a leading dateline as kDateline
};

}  // namespace entente

#endif  // ENTENTE_TEXT_H_
