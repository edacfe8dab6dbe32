// Tolerant scanning of XML-like record files (PETRARCH validation suites).
//
// This is not an XML parser and does not check well-formedness: the suites it serves are not
// well-formed (UD-PETRARCH's PETR_Validate_records_2_02.xml has bare `<PLEvent {json}>` lines and
// a header comment holding a nested `<!-- ... -->`), yet every record in them must be read. The
// helpers find what a record reader needs (a start tag by name, its attributes, the matching end
// tag, the decoded text) and step over comments, processing instructions and CDATA sections, which
// may hide tag-like text. Names are matched case-sensitively, as the suite files spell them.
//
// All functions work on byte offsets into the caller's text and never throw; malformed input
// yields "not found" (std::nullopt or npos), never a crash.
#ifndef ENTENTE_INGEST_XML_TEXT_H_
#define ENTENTE_INGEST_XML_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace entente::ingest {

// Markup that can span lines and inside which '<' is not a tag: what is still open at the end of
// one line, when a file is scanned line by line.
enum class XmlOpenMarkup : uint8_t {
  kNone,
  kComment,                // <!-- ... -->
  kProcessingInstruction,  // <? ... ?>, including the <?xml ...?> declaration
  kCdata,                  // <![CDATA[ ... ]]>
};

// Returns the offset of the next '<' at or after `pos` that is outside comments, processing
// instructions and CDATA sections, or npos when `s` has none. *open says what was open when `s`
// began (kNone for a fresh text) and, on return, what is still open at the end of `s`, so that a
// caller can feed a file one line at a time.
//
// A comment ends at the first "-->" after "<!--": a "--" inside it (which strict XML forbids and
// the suites contain) does not end it.
size_t FindXmlMarkup(std::string_view s, size_t pos, XmlOpenMarkup* open);

// True when s[pos] begins a start tag `<name` (followed by white space, '>', '/' or the end of
// `s`, where the tag continues on a later line). "<Sentences>" is not a start tag of "Sentence".
bool IsXmlStartTag(std::string_view s, size_t pos, std::string_view name);

// True when s[pos] begins an end tag `</name>` (white space allowed before '>'). On success
// *after (when not null) is set to the offset just past '>'.
bool IsXmlEndTag(std::string_view s, size_t pos, std::string_view name, size_t* after = nullptr);

struct XmlAttribute {
  std::string name;
  std::string value;  // entities decoded
};

struct XmlStartTag {
  size_t begin = 0;  // offset of '<'
  size_t end = 0;    // offset just past '>'
  bool self_closing = false;  // <name ... />
  std::vector<XmlAttribute> attributes;

  // The value of the first attribute called `name`, or nullptr.
  const std::string* Find(std::string_view name) const;
};

// Reads the start tag `<name ...>` beginning at s[pos]. Attributes are name="value" or
// name='value', with white space allowed around '=' (PETRARCH-1's PARSING records write
// `date = "20080801" id ="..."`); an unquoted value runs to the next white space or '>'; a name
// without '=' gets an empty value. Returns nullopt when s[pos] is not such a tag or its '>' is
// missing. A '>' inside a quoted value does not end the tag.
std::optional<XmlStartTag> ParseXmlStartTag(std::string_view s, size_t pos, std::string_view name);

// Finds the next start tag `<name ...>` at or after `from`, outside comments, processing
// instructions and CDATA sections.
std::optional<XmlStartTag> FindXmlStartTag(std::string_view s, std::string_view name,
                                           size_t from = 0);

// Finds the end tag matching an element of `name` whose content begins at `from` (just past its
// start tag): same-named elements nested inside are skipped over. Returns the offset of the end
// tag's '<' and sets *after (when not null) just past its '>'; npos when it is missing.
size_t FindXmlEndTag(std::string_view s, std::string_view name, size_t from,
                     size_t* after = nullptr);

// Appends `text` to *out with the character references decoded: &amp; &lt; &gt; &quot; &apos;,
// &#NNN; and &#xHH; (as UTF-8). Anything else beginning with '&' (an unknown or unterminated
// entity, a reference to code point 0, a surrogate or a value past U+10FFFF) is copied unchanged,
// since a stray '&' in a news text is more likely than a typo in an entity.
void AppendXmlDecoded(std::string_view text, std::string* out);
std::string DecodeXmlEntities(std::string_view text);

// The character data of element content: entities decoded (as AppendXmlDecoded), CDATA sections
// copied literally, comments and processing instructions dropped (an unterminated one drops the
// rest). Tags inside are kept as written: the suites' <Text> elements hold none, and keeping them
// loses nothing if one ever does.
std::string XmlTextContent(std::string_view content);

// Replaces each run of ASCII white space (space, tab, CR, LF, FF, VT) by one space and trims both
// ends: the suites wrap <Text> at arbitrary points, and a line break there means a space.
std::string CollapseXmlWhiteSpace(std::string_view text);

}  // namespace entente::ingest

#endif  // ENTENTE_INGEST_XML_TEXT_H_
