// Main text and metadata of a web page: see html_extract.h.
//
// Five steps over one page, each linear in its size:
//   1. NestingGuard scans the bytes once and leaves out start tags nested beyond the depth cap
//      (libgumbo 0.10 has none and spends time quadratic in the depth) or coming after the
//      element cap (each element costs gumbo a few hundred bytes).
//   2. gumbo parses, allocating through TrackedHeap, so the tree is freed block by block at the
//      end: gumbo_destroy_output frees it recursively and overflows the stack on deep trees.
//   3. Survey walks the whole tree once: metadata, the text size of the elements that matter,
//      and which elements are marked as furniture.
//   4. The content root is chosen: the largest <article>, else the largest <main> (or
//      role="main"), else <body>; candidates inside furniture (teaser cards in a "related" box)
//      do not count.
//   5. Extractor walks the root and writes the paragraphs.
// Every walk keeps its own stack on the heap: the depth of the tree is the page's choice, not ours.
#include "ingest/html_extract.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/utf8.h"

namespace entente::ingest {

namespace {

// ----------------------------------------------------------------------------------------------
// Furniture vocabulary.
//
// These tables describe how web pages are built — the names CMS themes, ad systems and
// accessibility labels give to navigation, banners and sign-up boxes — not the language of the
// news, which is why they are constants here and not a data file: they are part of what the HTML
// reader does, change with its code and are tested with it.

// A marker matches an element when it is a whole word of the element's id, class or aria-label.
// Words are the runs of ASCII letters and digits, also cut where a lower-case letter meets an
// upper-case one ("shareBar" -> "share", "bar"), compared in lower case; a final "s" is allowed
// ("comments", "ads"). A hyphenated marker matches consecutive words: "skip-link" matches
// "skip-link", "skip_link" and "SkipLink". Whole words keep "share" from marking
// "shareholders-report" and "ad" from marking "headline".
constexpr std::string_view kFurnitureMarkers[] = {
    // navigation
    "nav", "navbar", "navigation", "topnav", "subnav", "sidenav", "menu", "menubar", "megamenu",
    "breadcrumb", "pagination", "skip-link", "skiplink", "skip-to-content",
    // the page frame
    "footer", "masthead", "sidebar", "banner", "toolbar",
    // consent, sign-up and accounts
    "cookie", "consent", "gdpr", "subscribe", "subscription", "newsletter", "signup", "sign-up",
    "login",
    // sharing, engagement, advertising
    "share", "sharing", "social", "comment", "disqus", "related", "recommended", "trending",
    "most-read", "most-popular", "promo", "advert", "advertisement", "ad", "sponsored",
    "outbrain", "taboola", "popup", "modal",
};

// ARIA roles of page furniture (landmarks and dialogs), matched as whole tokens of `role`.
constexpr std::string_view kFurnitureRoles[] = {
    "navigation", "banner", "contentinfo", "complementary", "search",
    "dialog",     "alertdialog", "menu", "menubar",
};

// Meta tags read, by their name= or property= value (compared in lower case).
enum MetaKey : uint8_t {
  kMetaOgTitle,
  kMetaOgUrl,
  kMetaOgSiteName,
  kMetaPublisher,
  kMetaDcPublisher,
  kMetaArticlePublished,
  kMetaOgPublished,
  kMetaPubdate,
  kMetaDate,
  kMetaDcDate,
  kMetaDcDateIssued,
  kMetaKeyCount,
};
constexpr std::string_view kMetaNames[kMetaKeyCount] = {
    "og:title",  "og:url",  "og:site_name", "publisher", "dc.publisher", "article:published_time",
    "og:published_time", "pubdate", "date", "dc.date", "dc.date.issued",
};
// Publication date metas, most specific first.
constexpr MetaKey kDateMetas[] = {kMetaArticlePublished, kMetaOgPublished, kMetaPubdate,
                                  kMetaDate, kMetaDcDate, kMetaDcDateIssued};

// A block that is mostly link text is navigation when it is short; a long paragraph with many
// links is still prose.
constexpr size_t kLinkDenseMaxChars = 200;
constexpr size_t kLinkDensePercent = 60;  // more than this share of the characters inside <a href>

// ----------------------------------------------------------------------------------------------
// Characters.

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
// The HTML tokenizer's white space.
bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Bytes of the white-space character starting at p (0 when there is none): ASCII white space,
// no-break space and the Unicode space separators, which pages use for layout and which mean no
// more than a space in running text.
size_t SpaceAt(const char* p, const char* end) {
  const auto b = [p](int i) { return static_cast<unsigned char>(p[i]); };
  const unsigned char c = b(0);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && end - p >= 2 && b(1) == 0xA0) return 2;  // U+00A0
  if (c == 0xE2 && end - p >= 3) {
    if (b(1) == 0x80 && ((b(2) >= 0x80 && b(2) <= 0x8A) || b(2) == 0xA8 || b(2) == 0xA9 ||
                         b(2) == 0xAF)) {
      return 3;  // U+2000-200A, U+2028, U+2029, U+202F
    }
    if (b(1) == 0x81 && b(2) == 0x9F) return 3;  // U+205F
  }
  if (c == 0xE3 && end - p >= 3 && b(1) == 0x80 && b(2) == 0x80) return 3;  // U+3000
  return 0;
}

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Collapses white-space runs to one space and trims (for titles and metadata values).
std::string CollapseSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    if (size_t n = SpaceAt(p, end); n > 0) {
      space = true;
      p += n;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += *p++;
  }
  return out;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

// ----------------------------------------------------------------------------------------------
// Tags.

bool IsHeading(GumboTag t) {
  return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 ||
         t == GUMBO_TAG_H5 || t == GUMBO_TAG_H6;
}

// Elements that end the paragraph before them and start a new one.
bool IsBlock(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML: case GUMBO_TAG_LEGEND: case GUMBO_TAG_LI: case GUMBO_TAG_LISTING:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL:
    case GUMBO_TAG_P: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD: case GUMBO_TAG_TR:
    case GUMBO_TAG_UL: case GUMBO_TAG_XMP: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_CANVAS: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
      return true;
    default:
      return false;
  }
}

// Elements without readable text of their own: code, embedded objects, form controls, document
// metadata. Dropped without counting them as furniture.
bool IsSilentlyDropped(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_META: case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_APPLET: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_MAP: case GUMBO_TAG_AREA:
    case GUMBO_TAG_IMG: case GUMBO_TAG_IMAGE: case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK:
    case GUMBO_TAG_PARAM: case GUMBO_TAG_INPUT: case GUMBO_TAG_OPTION: case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_DATALIST: case GUMBO_TAG_KEYGEN: case GUMBO_TAG_OUTPUT:
    case GUMBO_TAG_PROGRESS: case GUMBO_TAG_METER: case GUMBO_TAG_FRAMESET: case GUMBO_TAG_FRAME:
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOEMBED:
      return true;
    default:
      return false;
  }
}

// Visible page furniture, dropped and counted. <header> is decided by its place (see Classify).
bool IsFurnitureTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_MENU:
    case GUMBO_TAG_MENUITEM: case GUMBO_TAG_FORM: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
      return true;
    default:
      return false;
  }
}

const GumboNode* Child(const GumboVector& children, size_t i) {
  return static_cast<const GumboNode*>(children.data[i]);
}

bool IsElement(const GumboNode* n) {
  return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE;
}

const char* Attr(const GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a == nullptr ? nullptr : a->value;
}

// The lower-case name of an element gumbo 0.10 does not know (<dialog>, <search>, custom
// elements); empty when the parser made the element up.
std::string UnknownTagName(const GumboNode* n) {
  GumboStringPiece piece = n->v.element.original_tag;
  if (piece.length == 0) return "";
  gumbo_tag_from_original_text(&piece);
  return Lower(std::string_view(piece.data, std::min<size_t>(piece.length, 32)));
}

bool HasToken(std::string_view list, std::string_view token) {
  size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && IsHtmlSpace(list[i])) ++i;
    size_t j = i;
    while (j < list.size() && !IsHtmlSpace(list[j])) ++j;
    if (j > i && Lower(list.substr(i, j - i)) == token) return true;
    i = j;
  }
  return false;
}

// ----------------------------------------------------------------------------------------------
// Furniture markers.

// The marker table, sorted once for binary search.
const std::vector<std::string_view>& SortedMarkers() {
  static const std::vector<std::string_view> sorted = [] {
    std::vector<std::string_view> v(std::begin(kFurnitureMarkers), std::end(kFurnitureMarkers));
    std::sort(v.begin(), v.end());
    return v;
  }();
  return sorted;
}

bool IsMarker(std::string_view word) {
  const auto& markers = SortedMarkers();
  if (std::binary_search(markers.begin(), markers.end(), word)) return true;
  return word.size() > 1 && word.back() == 's' &&
         std::binary_search(markers.begin(), markers.end(), word.substr(0, word.size() - 1));
}

// Appends the words of an attribute value (see kFurnitureMarkers) to *words.
void SplitWords(std::string_view value, std::vector<std::string>* words) {
  std::string word;
  char prev = 0;
  for (char c : value) {
    const bool alnum = IsAsciiAlpha(c) || IsAsciiDigit(c);
    const bool camel_cut = alnum && c >= 'A' && c <= 'Z' && prev >= 'a' && prev <= 'z';
    if ((!alnum || camel_cut) && !word.empty()) {
      words->push_back(std::move(word));
      word.clear();
    }
    if (alnum) word += AsciiLower(c);
    prev = c;
  }
  if (!word.empty()) words->push_back(std::move(word));
}

bool HasFurnitureMarker(const GumboNode* n) {
  std::vector<std::string> words;
  for (const char* name : {"id", "class", "aria-label"}) {
    if (const char* v = Attr(n, name); v != nullptr) SplitWords(v, &words);
  }
  std::string joined;
  for (size_t i = 0; i < words.size(); ++i) {
    joined.clear();
    // Markers have at most three words ("skip-to-content").
    for (size_t k = i; k < words.size() && k < i + 3; ++k) {
      if (k > i) joined += '-';
      joined += words[k];
      if (IsMarker(joined)) return true;
    }
  }
  return false;
}

bool HasFurnitureRole(const GumboNode* n) {
  const char* role = Attr(n, "role");
  if (role == nullptr) return false;
  for (std::string_view r : kFurnitureRoles) {
    if (HasToken(role, r)) return true;
  }
  return false;
}

bool IsMainRole(const GumboNode* n) {
  const char* role = Attr(n, "role");
  return role != nullptr && HasToken(role, "main");
}

// ----------------------------------------------------------------------------------------------
// Step 1: the nesting cap.
//
// A single forward scan that follows the HTML tokenizer closely enough to tell start tags, end
// tags, comments and raw text (script, style, ...) apart, and keeps a model of the parser's
// stack of open elements: end tags close what the tree builder would close (stopping where its
// scope rules stop), and <p>, <li>, <dd>, <dt> and <option> are closed implicitly by the tags
// that close them in the tree builder. Formatting elements (<b>, <font>, <a>, ...) closed
// implicitly stay pending, because the tree builder reopens them at the next text ("reconstructs
// the active formatting elements", at most three identical ones: the Noah's Ark clause), so
// they count towards the depth until their end tag. The model is not a parser — it only bounds
// the depth:
// where it cannot tell, it keeps elements open, so it errs towards a deeper estimate. A start tag
// that would open an element beyond the depth cap is left out of the bytes handed to gumbo; its
// end tag, if any, then closes nothing or an ancestor, as stray end tags do in browsers. Past the
// element cap, every start tag and comment is left out (with a script's or style's content, which
// would otherwise turn into text). Text is never touched.
class NestingGuard {
 public:
  NestingGuard(std::string_view in, const HtmlLimits& limits)
      : in_(in), limits_(limits), max_open_(4 * limits.max_nesting) {}
  NestingGuard(const NestingGuard&) = delete;
  NestingGuard& operator=(const NestingGuard&) = delete;

  // Returns the bytes to parse: `in` itself, or a copy in *storage without the tags past the caps
  // (counted in page->flattened_tags and page->ignored_tags).
  std::string_view Run(std::string* storage, HtmlPage* page) {
    Scan();
    page->flattened_tags = flattened_;
    page->ignored_tags = ignored_;
    if (!cut_) return in_;
    out_.append(in_.substr(copied_));
    *storage = std::move(out_);
    return *storage;
  }

 private:
  enum class Ns : uint8_t { kHtml, kSvg, kMath };
  struct OpenElement {
    GumboTag tag;
    uint64_t name_hash;  // tells apart elements gumbo does not know (GUMBO_TAG_UNKNOWN)
    bool weighted;       // counts towards the depth (not p, li, dd, dt, option: closed implicitly)
    Ns ns;
    bool integration;    // an SVG or MathML element whose children are HTML (foreignObject, mi)
    uint64_t attr_hash;  // of the attribute bytes, for formatting elements (Noah's Ark)
  };

  static constexpr size_t kNpos = std::string_view::npos;

  void Scan() {
    const size_t n = in_.size();
    size_t i = 0;
    while (true) {
      const size_t lt = in_.find('<', i);
      if (lt == kNpos || lt + 1 >= n) return;
      const char c = in_[lt + 1];
      size_t next = kNpos;
      if (c == '!' || c == '?') {
        // Comments, doctypes and bogus comments ("<?xml ...>") become nodes too.
        next = c == '!' ? SkipMarkupDeclaration(lt) : After('>', lt + 2);
        if (next != kNpos && nodes_ >= limits_.max_elements) {
          LeaveOut(lt, next, &ignored_);
        } else {
          ++nodes_;
        }
      } else if (c == '/') {
        if (lt + 2 < n && IsAsciiAlpha(in_[lt + 2])) {
          next = TagEnd(ReadName(lt + 2), nullptr);
          if (next != kNpos) EndTag();
        } else {
          next = After('>', lt + 2);
        }
      } else if (IsAsciiAlpha(c)) {
        const size_t name_end = ReadName(lt + 1);
        bool self_closing = false;
        const size_t end = TagEnd(name_end, &self_closing);
        if (end != kNpos) next = StartTag(lt, name_end, end, self_closing);
      } else {
        next = lt + 1;  // a '<' in text
      }
      if (next == kNpos) return;  // the rest is one unfinished construct (or plain text)
      i = next;
    }
  }

  // The position after the next `c` at or after `from`.
  size_t After(char c, size_t from) const {
    const size_t p = in_.find(c, from);
    return p == kNpos ? kNpos : p + 1;
  }

  // "<!--...-->", "<![CDATA[...]]>" in SVG or MathML, else "<!...>" (doctype, bogus comment).
  size_t SkipMarkupDeclaration(size_t lt) const {
    if (in_.compare(lt + 2, 2, "--") == 0) {
      // "<!-->" and "<!--->" are complete (empty) comments; "--!>" also ends one.
      const size_t a = in_.find("-->", lt + 2);
      const size_t b = in_.find("--!>", lt + 4);
      if (a == kNpos && b == kNpos) return kNpos;
      return a <= b ? a + 3 : b + 4;
    }
    if (InForeignContent() && in_.compare(lt + 2, 7, "[CDATA[") == 0) {
      const size_t e = in_.find("]]>", lt + 9);
      return e == kNpos ? kNpos : e + 3;
    }
    return After('>', lt + 2);
  }

  // Reads the tag name starting at `from` into name_ (lower case, bounded) and name_hash_ (the
  // whole name); returns where the name ends.
  size_t ReadName(size_t from) {
    name_.clear();
    name_hash_ = 14695981039346656037ull;  // FNV-1a
    size_t j = from;
    while (j < in_.size() && !IsHtmlSpace(in_[j]) && in_[j] != '/' && in_[j] != '>') {
      const char c = AsciiLower(in_[j]);
      if (name_.size() < kMaxName) name_ += c;
      name_hash_ = (name_hash_ ^ static_cast<unsigned char>(c)) * 1099511628211ull;
      ++j;
    }
    tag_ = (j - from > kMaxName)
               ? GUMBO_TAG_UNKNOWN
               : gumbo_tagn_enum(name_.data(), static_cast<unsigned int>(name_.size()));
    return j;
  }

  // Skips the attributes from `from` to the end of the tag; returns the position after '>', or
  // npos when the tag never ends. Quotes count only where an attribute value starts, as in the
  // tokenizer ("<a title=x"y>" ends at the '>').
  size_t TagEnd(size_t from, bool* self_closing) const {
    const size_t n = in_.size();
    size_t j = from;
    while (j < n) {
      const char c = in_[j];
      if (c == '>') return j + 1;
      if (c == '/' && j + 1 < n && in_[j + 1] == '>') {
        if (self_closing != nullptr) *self_closing = true;
        return j + 2;
      }
      if (c == '=') {
        ++j;
        while (j < n && IsHtmlSpace(in_[j])) ++j;
        if (j < n && (in_[j] == '"' || in_[j] == '\'')) {
          const size_t q = in_.find(in_[j], j + 1);
          if (q == kNpos) return kNpos;
          j = q + 1;
        } else {
          while (j < n && !IsHtmlSpace(in_[j]) && in_[j] != '>') ++j;
        }
        continue;
      }
      ++j;
    }
    return kNpos;
  }

  bool InForeignContent() const {
    return !open_.empty() && open_.back().ns != Ns::kHtml && !open_.back().integration;
  }

  // Handles the start tag [lt, end); returns where scanning resumes. A tag left out has no
  // effect at all — the parser never sees it — so the cap is checked before anything else, which
  // also keeps the implicit closing below from scanning the stack for tags that go anyway.
  size_t StartTag(size_t lt, size_t name_end, size_t end, bool self_closing) {
    const GumboTag tag = tag_;
    // The namespace the element is created in, as the tree builder decides it.
    bool in_foreign = InForeignContent();
    if (!in_foreign && !open_.empty() && open_.back().ns == Ns::kMath &&
        (tag == GUMBO_TAG_MGLYPH || tag == GUMBO_TAG_MALIGNMARK)) {
      in_foreign = true;  // MathML even inside <mi>, <mo>, ...
    }
    const bool breaks_out = in_foreign && BreaksOutOfForeign(tag, name_end, end);
    Ns ns = tag == GUMBO_TAG_SVG ? Ns::kSvg : tag == GUMBO_TAG_MATH ? Ns::kMath : Ns::kHtml;
    if (in_foreign && !breaks_out) {
      const OpenElement& parent = open_.back();
      const bool svg_in_annotation = parent.ns == Ns::kMath &&
                                     parent.tag == GUMBO_TAG_ANNOTATION_XML &&
                                     tag == GUMBO_TAG_SVG;
      ns = svg_in_annotation ? Ns::kSvg : parent.ns;
    }
    const bool foreign = ns != Ns::kHtml;
    if (nodes_ >= limits_.max_elements) {
      // A script or style goes with its content and end tag.
      size_t e = (!foreign && IsRawText(tag)) ? SkipRawText(tag, end) : end;
      if (e == kNpos) e = in_.size();
      LeaveOut(lt, e, &ignored_);
      return e == in_.size() ? kNpos : e;
    }
    // In SVG and MathML "<path/>" closes itself; in HTML the slash means nothing ("<div/>" opens a
    // div) and only void elements stay empty.
    const bool opens = foreign ? !self_closing
                               : !IsVoid(tag) && !IsRawText(tag) && !IsNeverNested(tag) &&
                                     tag != GUMBO_TAG_PLAINTEXT;
    const bool weighted = foreign || !IsImplicitlyClosed(tag);
    if (opens && ((weighted && depth_ + pending_ >= limits_.max_nesting) ||
                  open_.size() >= max_open_)) {
      LeaveOut(lt, end, &flattened_);
      return end;
    }
    ++nodes_;
    if (breaks_out) {
      while (InForeignContent()) Pop(open_.size() - 1);
    }
    if (!foreign) {
      if (tag == GUMBO_TAG_PLAINTEXT) return kNpos;  // everything after it is text
      if (IsRawText(tag)) return SkipRawText(tag, end);
      if (!opens) return end;
      if (ClosesP(tag)) CloseInScope(GUMBO_TAG_P, GUMBO_TAG_LAST, Scope::kButton);
      if (tag == GUMBO_TAG_LI) CloseListItem(GUMBO_TAG_LI, GUMBO_TAG_LI);
      if (tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT) CloseListItem(GUMBO_TAG_DD, GUMBO_TAG_DT);
      if (IsHeading(tag) && !open_.empty() && open_.back().ns == Ns::kHtml &&
          IsHeading(open_.back().tag)) {
        Pop(open_.size() - 1);
      }
      if ((tag == GUMBO_TAG_OPTION || tag == GUMBO_TAG_OPTGROUP) && !open_.empty() &&
          open_.back().tag == GUMBO_TAG_OPTION) {
        Pop(open_.size() - 1);
      }
      if (tag == GUMBO_TAG_A) CloseOpenLink();
    } else if (!opens) {
      return end;
    }
    bool integration = false;
    if (ns == Ns::kSvg) {
      integration =
          tag == GUMBO_TAG_FOREIGNOBJECT || tag == GUMBO_TAG_DESC || tag == GUMBO_TAG_TITLE;
    } else if (ns == Ns::kMath) {
      integration = tag == GUMBO_TAG_MI || tag == GUMBO_TAG_MO || tag == GUMBO_TAG_MN ||
                    tag == GUMBO_TAG_MS || tag == GUMBO_TAG_MTEXT ||
                    (tag == GUMBO_TAG_ANNOTATION_XML && HasHtmlEncoding(name_end, end));
    }
    const uint64_t attr_hash =
        (!foreign && IsFormatting(tag)) ? Hash(in_.substr(name_end, end - name_end)) : 0;
    open_.push_back({tag, name_hash_, weighted, ns, integration, attr_hash});
    ++count_[tag];
    depth_ += weighted;
    return end;
  }

  void EndTag() {
    const GumboTag tag = tag_;
    if (count_[tag] == 0) {
      // Closes a reopened formatting element, which the model has as pending.
      if (IsFormatting(tag)) RemovePending(tag);
      return;
    }
    if (tag == GUMBO_TAG_FORM) {
      // </form> removes the form element alone, not what was opened inside it.
      for (size_t k = open_.size(); k-- > 0;) {
        if (Matches(open_[k], tag)) {
          Erase(k);
          return;
        }
        if (IsScopeBoundary(open_[k], Scope::kDefault)) return;
      }
      return;
    }
    if (IsSpecial(tag)) {
      const Scope scope = tag == GUMBO_TAG_P    ? Scope::kButton
                          : tag == GUMBO_TAG_LI ? Scope::kListItem
                                                : Scope::kDefault;
      const GumboTag also = IsHeading(tag) ? GUMBO_TAG_H1 : tag;  // any heading closes a heading
      CloseInScope(tag, also, scope);
      return;
    }
    // Any other end tag closes the nearest element of its name, unless a special element is
    // open above it (then the tree builder ignores it).
    for (size_t k = open_.size(); k-- > 0;) {
      if (Matches(open_[k], tag)) {
        Pop(k);
        return;
      }
      if (IsSpecial(open_[k])) return;
    }
  }

  enum class Scope { kDefault, kListItem, kButton };

  bool Matches(const OpenElement& e, GumboTag tag) const {
    return e.tag == tag && (tag != GUMBO_TAG_UNKNOWN || e.name_hash == name_hash_);
  }

  // Closes the nearest open `tag` (or, with `also` == H1, any heading) unless a scope boundary
  // comes first.
  void CloseInScope(GumboTag tag, GumboTag also, Scope scope) {
    if (count_[tag] == 0 && also != GUMBO_TAG_H1) return;
    for (size_t k = open_.size(); k-- > 0;) {
      const OpenElement& e = open_[k];
      if (e.ns == Ns::kHtml && (Matches(e, tag) || (also == GUMBO_TAG_H1 && IsHeading(e.tag)))) {
        Pop(k);
        return;
      }
      if (IsScopeBoundary(e, scope)) return;
    }
  }

  // <li> closes an open <li> (<dd>/<dt> an open <dd> or <dt>) unless a special element other
  // than address, div or p is open above it.
  void CloseListItem(GumboTag a, GumboTag b) {
    if (count_[a] == 0 && count_[b] == 0) return;
    for (size_t k = open_.size(); k-- > 0;) {
      const OpenElement& e = open_[k];
      if (e.ns == Ns::kHtml && (e.tag == a || e.tag == b)) {
        Pop(k);
        return;
      }
      if (IsSpecial(e) && e.tag != GUMBO_TAG_ADDRESS && e.tag != GUMBO_TAG_DIV &&
          e.tag != GUMBO_TAG_P) {
        return;
      }
    }
  }

  // Closes open_[k] and everything above it; formatting elements above it stay pending.
  void Pop(size_t k) {
    for (size_t i = open_.size(); i-- > k;) {
      const OpenElement& e = open_[i];
      depth_ -= e.weighted;
      --count_[e.tag];
      if (i > k && e.ns == Ns::kHtml && IsFormatting(e.tag)) AddPending(e);
    }
    open_.resize(k);
  }

  void AddPending(const OpenElement& e) {
    const uint64_t key = e.attr_hash ^ (static_cast<uint64_t>(e.tag) * 0x9E3779B97F4A7C15ull);
    uint8_t& same = pending_same_[key];
    if (same >= 3) return;  // Noah's Ark: the list keeps three identical elements at most
    ++same;
    pending_keys_[e.tag].push_back(key);
    ++pending_;
  }

  // Forgets the most recent pending element of `tag`.
  void RemovePending(GumboTag tag) {
    std::vector<uint64_t>& keys = pending_keys_[tag];
    if (keys.empty()) return;
    auto it = pending_same_.find(keys.back());
    if (it != pending_same_.end() && --it->second == 0) pending_same_.erase(it);
    keys.pop_back();
    --pending_;
  }

  // <a> inside an open or pending <a> closes it first (the tree builder runs the adoption agency
  // for it); when a special element is open above the old link, that is not modelled.
  void CloseOpenLink() {
    while (!pending_keys_[GUMBO_TAG_A].empty()) RemovePending(GUMBO_TAG_A);
    if (count_[GUMBO_TAG_A] == 0) return;
    for (size_t k = open_.size(); k-- > 0;) {
      const OpenElement& e = open_[k];
      if (e.ns == Ns::kHtml && e.tag == GUMBO_TAG_A) {
        Pop(k);
        return;
      }
      if (IsSpecial(e)) return;
    }
  }

  static uint64_t Hash(std::string_view s) {
    uint64_t h = 14695981039346656037ull;  // FNV-1a
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
  }

  void Erase(size_t k) {
    depth_ -= open_[k].weighted;
    --count_[open_[k].tag];
    open_.erase(open_.begin() + static_cast<std::ptrdiff_t>(k));
  }

  void LeaveOut(size_t begin, size_t end, uint32_t* counter) {
    if (!cut_) out_.reserve(in_.size());
    out_.append(in_.substr(copied_, begin - copied_));
    copied_ = end;
    cut_ = true;
    ++*counter;
  }

  // Script, style and the like hold text up to their end tag; the end tag is consumed here.
  size_t SkipRawText(GumboTag tag, size_t from) {
    const std::string_view name = gumbo_normalized_tagname(tag);
    size_t k = from;
    while (true) {
      const size_t p = in_.find("</", k);
      if (p == kNpos) return kNpos;
      const size_t e = p + 2 + name.size();
      bool match = e <= in_.size() && (e == in_.size() || IsHtmlSpace(in_[e]) || in_[e] == '/' ||
                                       in_[e] == '>');
      for (size_t j = 0; match && j < name.size(); ++j) match = AsciiLower(in_[p + 2 + j]) == name[j];
      if (match) return TagEnd(e, nullptr);
      k = p + 2;
    }
  }

  // <annotation-xml encoding="text/html"> holds HTML (looked for loosely).
  bool HasHtmlEncoding(size_t name_end, size_t end) const {
    const std::string attrs = Lower(in_.substr(name_end, end - name_end));
    return attrs.find("text/html") != std::string::npos ||
           attrs.find("application/xhtml+xml") != std::string::npos;
  }

  // In SVG or MathML, these HTML tags end the foreign element (<font> only with color, face or
  // size attributes; looked for loosely, which errs towards ending it).
  bool BreaksOutOfForeign(GumboTag t, size_t name_end, size_t end) const {
    switch (t) {
      case GUMBO_TAG_B: case GUMBO_TAG_BIG: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY:
      case GUMBO_TAG_BR: case GUMBO_TAG_CENTER: case GUMBO_TAG_CODE: case GUMBO_TAG_DD:
      case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_EM:
      case GUMBO_TAG_EMBED: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
      case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEAD:
      case GUMBO_TAG_HR: case GUMBO_TAG_I: case GUMBO_TAG_IMG: case GUMBO_TAG_LI:
      case GUMBO_TAG_LISTING: case GUMBO_TAG_MENU: case GUMBO_TAG_META: case GUMBO_TAG_NOBR:
      case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_RUBY:
      case GUMBO_TAG_S: case GUMBO_TAG_SMALL: case GUMBO_TAG_SPAN: case GUMBO_TAG_STRONG:
      case GUMBO_TAG_STRIKE: case GUMBO_TAG_SUB: case GUMBO_TAG_SUP: case GUMBO_TAG_TABLE:
      case GUMBO_TAG_TT: case GUMBO_TAG_U: case GUMBO_TAG_UL: case GUMBO_TAG_VAR:
        return true;
      case GUMBO_TAG_FONT: {
        const std::string attrs = Lower(in_.substr(name_end, end - name_end));
        return attrs.find("color") != std::string::npos ||
               attrs.find("face") != std::string::npos || attrs.find("size") != std::string::npos;
      }
      default:
        return false;
    }
  }

  static bool IsVoid(GumboTag t) {
    switch (t) {
      case GUMBO_TAG_AREA: case GUMBO_TAG_BASE: case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND:
      case GUMBO_TAG_BR: case GUMBO_TAG_COL: case GUMBO_TAG_EMBED: case GUMBO_TAG_FRAME:
      case GUMBO_TAG_HR: case GUMBO_TAG_IMAGE: case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT:
      case GUMBO_TAG_KEYGEN: case GUMBO_TAG_LINK: case GUMBO_TAG_META: case GUMBO_TAG_PARAM:
      case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_WBR:
        return true;
      default:
        return false;
    }
  }

  // Elements whose content the tokenizer reads as text up to their end tag. (<noscript> is not
  // one: gumbo parses with scripting off, so its content is markup.)
  static bool IsRawText(GumboTag t) {
    return t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_XMP ||
           t == GUMBO_TAG_IFRAME || t == GUMBO_TAG_NOEMBED || t == GUMBO_TAG_NOFRAMES ||
           t == GUMBO_TAG_TEXTAREA || t == GUMBO_TAG_TITLE;
  }

  // Elements that cannot nest in themselves without another, counted, element between: the
  // document and table structure (tables nest only through <table>), which is not modelled.
  static bool IsNeverNested(GumboTag t) {
    switch (t) {
      case GUMBO_TAG_HTML: case GUMBO_TAG_HEAD: case GUMBO_TAG_BODY: case GUMBO_TAG_FRAMESET:
      case GUMBO_TAG_CAPTION: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_TBODY:
      case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
      case GUMBO_TAG_TH:
        return true;
      default:
        return false;
    }
  }

  // The elements the tree builder reopens when they were closed implicitly.
  static bool IsFormatting(GumboTag t) {
    switch (t) {
      case GUMBO_TAG_A: case GUMBO_TAG_B: case GUMBO_TAG_BIG: case GUMBO_TAG_CODE:
      case GUMBO_TAG_EM: case GUMBO_TAG_FONT: case GUMBO_TAG_I: case GUMBO_TAG_NOBR:
      case GUMBO_TAG_S: case GUMBO_TAG_SMALL: case GUMBO_TAG_STRIKE: case GUMBO_TAG_STRONG:
      case GUMBO_TAG_TT: case GUMBO_TAG_U:
        return true;
      default:
        return false;
    }
  }

  static bool IsImplicitlyClosed(GumboTag t) {
    return t == GUMBO_TAG_P || t == GUMBO_TAG_LI || t == GUMBO_TAG_DD || t == GUMBO_TAG_DT ||
           t == GUMBO_TAG_OPTION;
  }

  // Start tags that close an open <p> in button scope. (<table> does too, but not in quirks
  // mode; leaving it out errs towards a deeper estimate.)
  static bool ClosesP(GumboTag t) {
    switch (t) {
      case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
      case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS:
      case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_FIELDSET:
      case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER:
      case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU:
      case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_SECTION:
      case GUMBO_TAG_SUMMARY: case GUMBO_TAG_UL: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
      case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
      case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_FORM: case GUMBO_TAG_HR:
      case GUMBO_TAG_XMP: case GUMBO_TAG_LI: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
        return true;
      default:
        return false;
    }
  }

  // The HTML standard's "special" category (for HTML elements).
  static bool IsSpecial(GumboTag t) {
    switch (t) {
      case GUMBO_TAG_ADDRESS: case GUMBO_TAG_APPLET: case GUMBO_TAG_AREA: case GUMBO_TAG_ARTICLE:
      case GUMBO_TAG_ASIDE: case GUMBO_TAG_BASE: case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND:
      case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_BR: case GUMBO_TAG_BUTTON:
      case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER: case GUMBO_TAG_COL: case GUMBO_TAG_COLGROUP:
      case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR: case GUMBO_TAG_DIV:
      case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_EMBED: case GUMBO_TAG_FIELDSET:
      case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
      case GUMBO_TAG_FRAME: case GUMBO_TAG_FRAMESET: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
      case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
      case GUMBO_TAG_HEAD: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR:
      case GUMBO_TAG_HTML: case GUMBO_TAG_IFRAME: case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT:
      case GUMBO_TAG_KEYGEN: case GUMBO_TAG_LI: case GUMBO_TAG_LINK: case GUMBO_TAG_LISTING:
      case GUMBO_TAG_MAIN: case GUMBO_TAG_MARQUEE: case GUMBO_TAG_MENU: case GUMBO_TAG_META:
      case GUMBO_TAG_NAV: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES:
      case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_OBJECT: case GUMBO_TAG_OL: case GUMBO_TAG_P:
      case GUMBO_TAG_PARAM: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_PRE: case GUMBO_TAG_SCRIPT:
      case GUMBO_TAG_SECTION: case GUMBO_TAG_SELECT: case GUMBO_TAG_SOURCE:
      case GUMBO_TAG_STYLE: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
      case GUMBO_TAG_TD: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_TFOOT:
      case GUMBO_TAG_TH: case GUMBO_TAG_THEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_TR:
      case GUMBO_TAG_TRACK: case GUMBO_TAG_UL: case GUMBO_TAG_WBR: case GUMBO_TAG_XMP:
        return true;
      default:
        return false;
    }
  }

  static bool IsSpecial(const OpenElement& e) {
    // annotation-xml counts whatever its encoding: the scope lists name it.
    if (e.ns != Ns::kHtml) return e.integration || e.tag == GUMBO_TAG_ANNOTATION_XML;
    return IsSpecial(e.tag);
  }

  static bool IsScopeBoundary(const OpenElement& e, Scope scope) {
    if (e.ns != Ns::kHtml) return e.integration || e.tag == GUMBO_TAG_ANNOTATION_XML;
    switch (e.tag) {
      case GUMBO_TAG_APPLET: case GUMBO_TAG_CAPTION: case GUMBO_TAG_HTML: case GUMBO_TAG_TABLE:
      case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_MARQUEE: case GUMBO_TAG_OBJECT:
      case GUMBO_TAG_TEMPLATE:
        return true;
      case GUMBO_TAG_OL: case GUMBO_TAG_UL:
        return scope == Scope::kListItem;
      case GUMBO_TAG_BUTTON:
        return scope == Scope::kButton;
      default:
        return false;
    }
  }

  static constexpr size_t kMaxName = 16;  // longer than any name gumbo knows

  std::string_view in_;
  const HtmlLimits limits_;
  // Past this many open elements of any kind, nothing more is opened (a backstop for the
  // implicitly closed ones, which do not count towards the depth).
  const size_t max_open_;
  size_t nodes_ = 0;  // elements and comments kept so far
  std::vector<OpenElement> open_;
  std::array<uint32_t, GUMBO_TAG_LAST + 1> count_{};
  size_t depth_ = 0;
  std::string name_;
  uint64_t name_hash_ = 0;
  GumboTag tag_ = GUMBO_TAG_UNKNOWN;
  std::string out_;
  size_t copied_ = 0;
  bool cut_ = false;
  uint32_t flattened_ = 0;
  uint32_t ignored_ = 0;
  // Formatting elements closed implicitly but still active: how many, by tag (most recent last),
  // and by tag and attributes.
  size_t pending_ = 0;
  std::array<std::vector<uint64_t>, GUMBO_TAG_LAST + 1> pending_keys_;
  std::unordered_map<uint64_t, uint8_t> pending_same_;
};

// ----------------------------------------------------------------------------------------------
// Step 2: gumbo's memory.
//
// gumbo_destroy_output frees the tree recursively, one stack frame per level, and overflows an
// 8 MB stack somewhere between 200,000 and 400,000 levels (sooner on a thread's smaller stack).
// The nesting cap keeps trees far shallower, but it models the parser rather than being it; so
// every block gumbo allocates is linked into a list instead, and the list is freed at the end:
// no recursion whatever the depth, and nothing can leak.
class TrackedHeap {
 public:
  TrackedHeap() = default;
  ~TrackedHeap() {
    Header* h = head_.next;
    while (h != &head_) {
      Header* next = h->next;
      std::free(h);
      h = next;
    }
  }
  // The list head points at itself.
  TrackedHeap(const TrackedHeap&) = delete;
  TrackedHeap& operator=(const TrackedHeap&) = delete;

  static void* Allocate(void* self, size_t size) {
    auto* heap = static_cast<TrackedHeap*>(self);
    auto* h = static_cast<Header*>(std::malloc(sizeof(Header) + size));
    // gumbo does not check for failure; stopping here beats a crash at a random place.
    if (h == nullptr) std::abort();
    h->prev = &heap->head_;
    h->next = heap->head_.next;
    heap->head_.next->prev = h;
    heap->head_.next = h;
    return h + 1;
  }

  static void Deallocate(void* /*self*/, void* ptr) {
    if (ptr == nullptr) return;
    Header* h = static_cast<Header*>(ptr) - 1;
    h->prev->next = h->next;
    h->next->prev = h->prev;
    std::free(h);
  }

 private:
  // Aligned like malloc's blocks, so the bytes after the header are too.
  struct alignas(std::max_align_t) Header {
    Header* prev;
    Header* next;
  };
  Header head_{&head_, &head_};
};

// ----------------------------------------------------------------------------------------------
// Step 3: the survey.

struct ElementFacts {
  size_t text_bytes = 0;  // visible text below the element, in non-space bytes
  bool marked = false;  // has a furniture marker in its id, class or aria-label
};

struct Survey {
  const GumboNode* body = nullptr;
  const GumboNode* first_h1 = nullptr;
  std::string title;  // <title>
  std::string canonical;
  std::array<std::string, kMetaKeyCount> meta;
  // Content-root candidates, marked elements and <body>; other elements are not looked up.
  std::unordered_map<const GumboNode*, ElementFacts> facts;
  std::vector<const GumboNode*> articles, mains;  // in document order
};

// Elements whose text never reaches the output, so it does not count towards sizes either.
bool IsInvisible(const GumboNode* n) {
  if (n->type == GUMBO_NODE_TEMPLATE) return true;
  const GumboElement& e = n->v.element;
  if (e.tag_namespace != GUMBO_NAMESPACE_HTML) return true;
  return e.tag == GUMBO_TAG_SCRIPT || e.tag == GUMBO_TAG_STYLE || e.tag == GUMBO_TAG_NOSCRIPT ||
         e.tag == GUMBO_TAG_TEXTAREA || e.tag == GUMBO_TAG_OPTION || e.tag == GUMBO_TAG_TITLE;
}

size_t NonSpaceBytes(std::string_view s) {
  size_t n = 0;
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    if (size_t sp = SpaceAt(p, end); sp > 0) {
      p += sp;
    } else {
      ++n;
      ++p;
    }
  }
  return n;
}

// The text directly inside an element (for <title>, whose content is text only).
std::string OwnText(const GumboNode* n) {
  std::string s;
  const GumboVector& children = n->v.element.children;
  for (size_t i = 0; i < children.length; ++i) {
    const GumboNode* c = Child(children, i);
    if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE) s += c->v.text.text;
  }
  return CollapseSpaces(s);
}

void ReadMeta(const GumboNode* n, Survey* survey) {
  const char* content = Attr(n, "content");
  if (content == nullptr) return;
  for (const char* attr : {"property", "name"}) {
    const char* key = Attr(n, attr);
    if (key == nullptr) continue;
    const std::string lower = Lower(CollapseSpaces(key));
    for (size_t k = 0; k < kMetaKeyCount; ++k) {
      if (lower == kMetaNames[k] && survey->meta[k].empty()) {
        survey->meta[k] = CollapseSpaces(content);
      }
    }
  }
}

void SurveyElement(const GumboNode* n, Survey* survey) {
  const GumboElement& e = n->v.element;
  if (e.tag_namespace != GUMBO_NAMESPACE_HTML) return;
  switch (e.tag) {
    case GUMBO_TAG_META:
      ReadMeta(n, survey);
      return;
    case GUMBO_TAG_LINK:
      if (const char* rel = Attr(n, "rel"); rel != nullptr && survey->canonical.empty() &&
                                            HasToken(rel, "canonical")) {
        if (const char* href = Attr(n, "href"); href != nullptr) {
          survey->canonical = CollapseSpaces(href);
        }
      }
      return;
    case GUMBO_TAG_TITLE:
      if (survey->title.empty()) survey->title = OwnText(n);
      return;
    case GUMBO_TAG_BODY:
      if (survey->body == nullptr) survey->body = n;
      survey->facts[n];
      return;
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_HEAD:
      return;
    case GUMBO_TAG_H1:
      if (survey->first_h1 == nullptr) survey->first_h1 = n;
      break;
    default:
      break;
  }
  const bool main_role = IsMainRole(n);
  if (e.tag == GUMBO_TAG_ARTICLE) survey->articles.push_back(n);
  if (e.tag == GUMBO_TAG_MAIN || main_role) survey->mains.push_back(n);
  const bool marked = HasFurnitureMarker(n);
  if (marked || e.tag == GUMBO_TAG_ARTICLE || e.tag == GUMBO_TAG_MAIN || main_role) {
    survey->facts[n].marked = marked;
  }
}

Survey TakeSurvey(const GumboNode* document) {
  Survey survey;
  struct Frame {
    const GumboNode* node;
    size_t next_child;
    size_t text_bytes;
  };
  std::vector<Frame> stack;
  stack.push_back({document, 0, 0});
  while (!stack.empty()) {
    Frame& top = stack.back();
    const GumboVector& children = top.node->type == GUMBO_NODE_DOCUMENT
                                      ? top.node->v.document.children
                                      : top.node->v.element.children;
    if (top.next_child < children.length) {
      const GumboNode* c = Child(children, top.next_child++);
      if (c->type == GUMBO_NODE_TEXT) {
        top.text_bytes += NonSpaceBytes(c->v.text.text);
      } else if (IsElement(c)) {
        if (c->type == GUMBO_NODE_ELEMENT) SurveyElement(c, &survey);
        // <head> is walked too, for its metadata (<title> was read by SurveyElement).
        if (!IsInvisible(c)) stack.push_back({c, 0, 0});
      }
      continue;
    }
    const Frame done = top;
    stack.pop_back();
    if (auto it = survey.facts.find(done.node); it != survey.facts.end()) {
      it->second.text_bytes = done.text_bytes;
    }
    if (!stack.empty()) stack.back().text_bytes += done.text_bytes;
  }
  return survey;
}

// ----------------------------------------------------------------------------------------------
// Steps 4 and 5: choosing the root and extracting its text.

enum class Verdict : uint8_t { kKeep, kSkip, kFurniture };

// Whether an element's subtree goes into the text. `in_section` says whether it lies inside an
// <article> or <main> (where a <header> holds the headline). A marked element holding more than
// half of `root_bytes` is kept: it is a layout wrapper ("page has-sidebar"), not a box beside the
// story.
Verdict Classify(const GumboNode* n, const Survey& survey, bool in_section, size_t root_bytes) {
  if (IsInvisible(n)) return Verdict::kSkip;
  const GumboElement& e = n->v.element;
  if (IsSilentlyDropped(e.tag)) return Verdict::kSkip;
  if (IsFurnitureTag(e.tag)) return Verdict::kFurniture;
  if (e.tag == GUMBO_TAG_HEADER && !in_section) return Verdict::kFurniture;
  if (e.tag == GUMBO_TAG_UNKNOWN) {
    const std::string name = UnknownTagName(n);
    if (name == "dialog" || name == "search") return Verdict::kFurniture;
  }
  if (Attr(n, "hidden") != nullptr) return Verdict::kSkip;
  if (HasFurnitureRole(n)) return Verdict::kFurniture;
  if (auto it = survey.facts.find(n); it != survey.facts.end() && it->second.marked) {
    if (it->second.text_bytes > root_bytes / 2) return Verdict::kKeep;
    return Verdict::kFurniture;
  }
  return Verdict::kKeep;
}

size_t TextBytes(const Survey& survey, const GumboNode* n) {
  auto it = survey.facts.find(n);
  return it == survey.facts.end() ? 0 : it->second.text_bytes;
}

bool IsSection(const GumboNode* n) {
  const GumboTag t = n->v.element.tag;
  return t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN || IsMainRole(n);
}

// The largest of `nodes` that is reachable from <body> without passing through furniture. Here
// every marked element is furniture, wrapper or not: a teaser card in a large "related" box must
// not become the content root. (A story inside a marked wrapper is then found from <body>, where
// the wrapper is kept.)
const GumboNode* LargestVisible(const Survey& survey, const std::vector<const GumboNode*>& nodes) {
  if (nodes.empty() || survey.body == nullptr) return nullptr;
  std::unordered_map<const GumboNode*, bool> wanted;
  for (const GumboNode* n : nodes) wanted[n] = true;
  constexpr size_t kNoWrappers = SIZE_MAX;  // no element holds half of this
  const GumboNode* best = nullptr;
  size_t best_bytes = 0;
  struct Frame {
    const GumboNode* node;
    size_t next_child;
    bool in_section;
  };
  std::vector<Frame> stack;
  stack.push_back({survey.body, 0, false});
  while (!stack.empty()) {
    Frame& top = stack.back();
    const GumboVector& children = top.node->v.element.children;
    if (top.next_child >= children.length) {
      stack.pop_back();
      continue;
    }
    const GumboNode* c = Child(children, top.next_child++);
    if (!IsElement(c)) continue;
    const bool in_section = top.in_section;
    if (Classify(c, survey, in_section, kNoWrappers) != Verdict::kKeep) continue;
    if (wanted.count(c) != 0) {
      const size_t bytes = TextBytes(survey, c);
      if (best == nullptr || bytes > best_bytes) {
        best = c;
        best_bytes = bytes;
      }
    }
    stack.push_back({c, 0, in_section || IsSection(c)});
  }
  return best;
}

// One paragraph being written: white space collapsed as it comes, link text counted.
class Paragraph {
 public:
  // Appends text; returns the number of characters added (white space not counted).
  size_t Append(std::string_view s, bool in_link, bool keep_newlines) {
    size_t added = 0;
    const char* p = s.data();
    const char* end = p + s.size();
    while (p < end) {
      if (size_t sp = SpaceAt(p, end); sp > 0) {
        if (keep_newlines && *p == '\n') {
          LineBreak();
        } else {
          pending_space_ = true;
        }
        p += sp;
        continue;
      }
      if (pending_space_ && !text_.empty() && text_.back() != '\n') text_ += ' ';
      pending_space_ = false;
      if (!IsContinuationByte(*p)) ++added;
      text_ += *p++;
    }
    chars_ += added;
    if (in_link) link_chars_ += added;
    return added;
  }

  // <br>: a line break, at most one empty line in a row, none at the start.
  void LineBreak() {
    pending_space_ = false;
    if (text_.empty()) return;
    const size_t last = text_.find_last_not_of('\n');
    if (text_.size() - 1 - last < 2) text_ += '\n';
  }

  // Mostly link text and short: a navigation block.
  bool LinkDense() const {
    return chars_ < kLinkDenseMaxChars && link_chars_ * 100 > chars_ * kLinkDensePercent;
  }

  // The finished paragraph without trailing line breaks (white space is never trailing).
  std::string_view Text() {
    while (!text_.empty() && text_.back() == '\n') text_.pop_back();
    return text_;
  }

  void Clear() {
    text_.clear();
    pending_space_ = false;
    chars_ = link_chars_ = 0;
  }

 private:
  std::string text_;
  bool pending_space_ = false;
  size_t chars_ = 0;
  size_t link_chars_ = 0;
};

class Extractor {
 public:
  Extractor(const Survey& survey, const GumboNode* root)
      : survey_(survey), root_(root), root_bytes_(TextBytes(survey, root)) {}
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  void Run() {
    Enter(root_, /*is_root=*/true);
    while (!stack_.empty()) {
      Frame& top = stack_.back();
      const GumboVector& children = top.node->v.element.children;
      if (top.next_child >= children.length) {
        const Frame done = top;
        stack_.pop_back();
        Leave(done);
        continue;
      }
      const GumboNode* c = Child(children, top.next_child++);
      switch (c->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
          AddText(c->v.text.text);
          break;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
          Enter(c, /*is_root=*/false);
          break;
        default:  // comments, CDATA (only in SVG and MathML, which are dropped)
          break;
      }
    }
  }

  std::string& text() { return text_; }
  uint32_t dropped() const { return dropped_; }
  const std::string& first_h1() const { return first_h1_; }
  const std::string& first_time() const { return first_time_; }

 private:
  enum Flag : uint8_t {
    kBlock = 1,
    kLink = 2,
    kPre = 4,
    kList = 8,
    kItem = 16,
    kSection = 32,
  };
  struct Frame {
    const GumboNode* node;
    size_t next_child;
    uint8_t flags;
  };
  // A <ul> or <ol> being written: dropped whole when every item with text is link-dense.
  struct OpenList {
    size_t text_size;  // text_.size() when the list started
    uint32_t dropped;  // dropped_ when the list started
    size_t items = 0;
    size_t dense_items = 0;
  };
  // An <li> being written: its characters, nested lists included.
  struct OpenItem {
    size_t chars = 0;
    size_t link_chars = 0;
  };

  void Enter(const GumboNode* n, bool is_root) {
    const GumboTag tag = n->v.element.tag;
    if (!is_root) {
      const Verdict v = Classify(n, survey_, sections_ > 0, root_bytes_);
      if (v != Verdict::kKeep) {
        if (v == Verdict::kFurniture) ++dropped_;
        if (IsBlock(tag) || tag == GUMBO_TAG_UNKNOWN) Flush();
        return;
      }
    }
    if (tag == GUMBO_TAG_BR) {
      paragraph_.LineBreak();
      return;
    }
    if (tag == GUMBO_TAG_HR) {
      Flush();
      return;
    }
    uint8_t flags = 0;
    if (IsBlock(tag)) {
      Flush();
      flags |= kBlock;
      blocks_.push_back(tag);
    }
    if (tag == GUMBO_TAG_A && Attr(n, "href") != nullptr) {
      flags |= kLink;
      ++links_;
    }
    if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING || tag == GUMBO_TAG_XMP ||
        tag == GUMBO_TAG_PLAINTEXT) {
      flags |= kPre;
      ++pre_;
    }
    if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) {
      flags |= kList;
      lists_.push_back({text_.size(), dropped_});
    }
    if (tag == GUMBO_TAG_LI) {
      flags |= kItem;
      items_.push_back({});
    }
    if (IsSection(n)) {
      flags |= kSection;
      ++sections_;
    }
    if (tag == GUMBO_TAG_TIME && sections_ > 0 && first_time_.empty()) {
      if (const char* dt = Attr(n, "datetime"); dt != nullptr) first_time_ = CollapseSpaces(dt);
    }
    stack_.push_back({n, 0, flags});
  }

  void Leave(const Frame& f) {
    if (f.flags & kBlock) {
      Flush();
      blocks_.pop_back();
    }
    if (f.flags & kLink) --links_;
    if (f.flags & kPre) --pre_;
    if (f.flags & kSection) --sections_;
    if (f.flags & kItem) {
      const OpenItem item = items_.back();
      items_.pop_back();
      if (!items_.empty()) {
        items_.back().chars += item.chars;
        items_.back().link_chars += item.link_chars;
      }
      if (!lists_.empty() && item.chars > 0) {
        ++lists_.back().items;
        if (item.link_chars * 100 > item.chars * kLinkDensePercent) ++lists_.back().dense_items;
      }
    }
    if (f.flags & kList) {
      const OpenList list = lists_.back();
      lists_.pop_back();
      if (list.items > 0 && list.dense_items == list.items) {
        // A list of links (menu, "read more", tags): drop it whole, counted once.
        text_.resize(list.text_size);
        dropped_ = list.dropped + 1;
      }
    }
  }

  void AddText(std::string_view s) {
    const size_t added = paragraph_.Append(s, links_ > 0, pre_ > 0);
    if (!items_.empty() && added > 0) {
      items_.back().chars += added;
      if (links_ > 0) items_.back().link_chars += added;
    }
  }

  // Ends the paragraph written so far; it belongs to the innermost open block.
  void Flush() {
    const std::string_view p = paragraph_.Text();
    if (!p.empty()) {
      const GumboTag owner = blocks_.empty() ? GUMBO_TAG_BODY : blocks_.back();
      // Headings are exempt: a headline linked to its own page is still the headline.
      if (!IsHeading(owner) && paragraph_.LinkDense()) {
        ++dropped_;
      } else {
        if (owner == GUMBO_TAG_H1 && first_h1_.empty()) first_h1_.assign(p);
        if (!text_.empty()) text_ += "\n\n";
        text_ += p;
      }
    }
    paragraph_.Clear();
  }

  const Survey& survey_;
  const GumboNode* root_;
  size_t root_bytes_;
  std::vector<Frame> stack_;
  std::vector<GumboTag> blocks_;  // open block elements, innermost last
  std::vector<OpenList> lists_;
  std::vector<OpenItem> items_;
  int links_ = 0;     // open <a href> elements
  int pre_ = 0;       // open preformatted elements
  int sections_ = 0;  // open <article>, <main>, role=main elements
  Paragraph paragraph_;
  std::string text_;
  uint32_t dropped_ = 0;
  std::string first_h1_;
  std::string first_time_;
};

// The text of an element (for a title taken from a heading outside the content root).
std::string TextOf(const GumboNode* n) {
  std::string s;
  std::vector<std::pair<const GumboNode*, size_t>> stack;
  stack.push_back({n, 0});
  while (!stack.empty()) {
    auto& [node, next] = stack.back();
    const GumboVector& children = node->v.element.children;
    if (next >= children.length) {
      stack.pop_back();
      continue;
    }
    const GumboNode* c = Child(children, next++);
    if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE) {
      s += c->v.text.text;
    } else if (IsElement(c) && !IsInvisible(c)) {
      stack.push_back({c, 0});
    }
  }
  return CollapseSpaces(s);
}

const std::string& FirstOf(std::initializer_list<const std::string*> values) {
  for (const std::string* v : values) {
    if (!v->empty()) return *v;
  }
  return **values.begin();
}

}  // namespace

HtmlPage ExtractHtml(std::string_view html, const HtmlLimits& limits) {
  HtmlPage page;
  // gumbo would replace invalid UTF-8 too, but silently; repairing first counts what was lost.
  std::string repaired;
  if (!base::IsValidUtf8(html)) {
    repaired.assign(html);
    page.invalid_utf8 = base::RepairUtf8(&repaired);
    html = repaired;
  }
  if (html.substr(0, 3) == "\xEF\xBB\xBF") html.remove_prefix(3);
  std::string capped;
  html = NestingGuard(html, limits).Run(&capped, &page);

  TrackedHeap heap;  // owns everything gumbo allocates; freed on return
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &TrackedHeap::Allocate;
  options.deallocator = &TrackedHeap::Deallocate;
  options.userdata = &heap;
  options.max_errors = 0;  // parse errors are not reported: do not keep them
  const GumboOutput* output =
      gumbo_parse_with_options(&options, html.empty() ? "" : html.data(), html.size());
  if (output == nullptr || output->document == nullptr) return page;

  const Survey survey = TakeSurvey(output->document);
  const GumboNode* body = survey.body != nullptr ? survey.body : output->root;

  // Try the most specific root first; fall back when it yields nothing (an <article> holding
  // only a video player, say).
  std::vector<const GumboNode*> roots;
  for (const GumboNode* r : {LargestVisible(survey, survey.articles),
                             LargestVisible(survey, survey.mains), body}) {
    if (r != nullptr && std::find(roots.begin(), roots.end(), r) == roots.end()) {
      roots.push_back(r);
    }
  }
  std::string first_h1, first_time;
  for (const GumboNode* root : roots) {
    Extractor extractor(survey, root);
    extractor.Run();
    page.text = std::move(extractor.text());
    page.dropped_blocks = extractor.dropped();
    first_h1 = extractor.first_h1();
    first_time = extractor.first_time();
    if (!page.text.empty()) break;
  }

  if (first_h1.empty() && survey.first_h1 != nullptr) first_h1 = TextOf(survey.first_h1);
  page.title = FirstOf({&survey.meta[kMetaOgTitle], &survey.title, &first_h1});
  for (MetaKey k : kDateMetas) {
    if (page.date.empty()) page.date = survey.meta[k];
  }
  if (page.date.empty()) page.date = first_time;
  page.url = FirstOf({&survey.canonical, &survey.meta[kMetaOgUrl]});
  page.source = FirstOf({&survey.meta[kMetaOgSiteName], &survey.meta[kMetaPublisher],
                         &survey.meta[kMetaDcPublisher]});
  return page;
}

}  // namespace entente::ingest
