// The main text and metadata of one web page, for the HTML reader (InputFormat::kHtml).
//
// ExtractHtml parses the page with libgumbo, an HTML5-conformant parser, so broken markup
// (unclosed tags, stray end tags, misnested formatting) is repaired the way browsers repair it
// and entities are decoded. It then picks a content root — the largest <article>, else the largest
// <main> or role="main" element, else <body> — and keeps the root's text:
//
//   * one paragraph per block element (p, h1-h6, li, blockquote, pre, td, th, and div or other
//     containers for the text of their own), paragraphs joined by a blank line ("\n\n");
//   * inline elements (a, span, em, ...) contribute their text in place; <br> is a line break;
//     runs of white space within a paragraph become one space; empty paragraphs are skipped;
//   * page furniture is dropped: scripts, styles, forms and embedded objects; nav, menus, page
//     headers (a <header> inside an <article> or <main> is kept: it holds the headline), footers,
//     asides, dialogs and figure captions; elements marked as furniture by their id, class, role
//     or aria-label (cookie banners, newsletter boxes, share bars, related links, comments, ...);
//     short blocks that are mostly link text, and lists whose items all are.
//
//   HtmlPage page = ExtractHtml(bytes);
//   if (page.text.empty()) ...  // navigation only, or not a page at all
//
// ExtractHtml accepts any bytes (binary garbage, NUL bytes, invalid UTF-8, hostile nesting) and
// never fails; what it could not use is simply absent from the result. It keeps no state: calls
// may run concurrently.
#ifndef ENTENTE_INGEST_HTML_EXTRACT_H_
#define ENTENTE_INGEST_HTML_EXTRACT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace entente::ingest {

// Elements nested deeper than this are not opened: their start tags are left out before parsing
// and their text stays where it is, inside the deepest allowed element. Chromium and WebKit cap
// the tree at the same depth (512); real pages stay far below it. The cap protects against
// libgumbo 0.10, which has no depth limit of its own and spends time quadratic in the depth
// (google/gumbo-parser#393): 100,000 nested <div>s take it about 40 seconds.
inline constexpr size_t kMaxHtmlNesting = 512;

// After this many elements and comments, further tags are left out (their text is kept). A
// parsed element costs libgumbo a few hundred bytes, so 20 MB of "<p>x" would cost gigabytes;
// a long real page has tens of thousands of elements.
inline constexpr size_t kMaxHtmlElements = 1'000'000;

struct HtmlLimits {
  size_t max_nesting = kMaxHtmlNesting;
  size_t max_elements = kMaxHtmlElements;
};

struct HtmlPage {
  std::string title;   // og:title, else <title>, else the first <h1>; white space collapsed
  std::string date;    // as written in the page metadata (not normalised), or empty
  std::string url;     // <link rel="canonical">, else og:url, or empty
  std::string source;  // og:site_name, else the publisher meta, or empty
  std::string text;    // the main text, valid UTF-8; empty when the page has none
  uint32_t dropped_blocks = 0;  // furniture elements and link-dense blocks removed from the text
  uint32_t invalid_utf8 = 0;    // invalid UTF-8 sequences in the page, replaced by U+FFFD
  uint32_t flattened_tags = 0;  // start tags left out because they nested beyond max_nesting
  uint32_t ignored_tags = 0;    // start tags and comments left out after max_elements
};

HtmlPage ExtractHtml(std::string_view html, const HtmlLimits& limits = HtmlLimits());

}  // namespace entente::ingest

#endif  // ENTENTE_INGEST_HTML_EXTRACT_H_
