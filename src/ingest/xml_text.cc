#include "ingest/xml_text.h"

#include <algorithm>

#include "base/utf8.h"

namespace entente::ingest {

namespace {

constexpr std::string_view kCommentOpen = "<!--";
constexpr std::string_view kCommentClose = "-->";
constexpr std::string_view kPiOpen = "<?";
constexpr std::string_view kPiClose = "?>";
constexpr std::string_view kCdataOpen = "<![CDATA[";
constexpr std::string_view kCdataClose = "]]>";

// The longest character reference we decode is "&#1114111;" or "&#x0010FFFF;" with a few leading
// zeros; anything longer before its ';' is copied as text rather than searched for further.
constexpr size_t kMaxReferenceLength = 32;

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool StartsWithAt(std::string_view s, size_t pos, std::string_view prefix) {
  return pos <= s.size() && s.substr(pos, prefix.size()) == prefix;
}

std::string_view CloserOf(XmlOpenMarkup open) {
  switch (open) {
    case XmlOpenMarkup::kComment: return kCommentClose;
    case XmlOpenMarkup::kProcessingInstruction: return kPiClose;
    case XmlOpenMarkup::kCdata: return kCdataClose;
    case XmlOpenMarkup::kNone: break;
  }
  return {};
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes the reference body between '&' and ';' ("amp", "#233", "#xE9") into *out; false when it
// is not one we know, so the caller copies it as written.
bool DecodeReference(std::string_view body, std::string* out) {
  if (body == "amp") { out->push_back('&'); return true; }
  if (body == "lt") { out->push_back('<'); return true; }
  if (body == "gt") { out->push_back('>'); return true; }
  if (body == "quot") { out->push_back('"'); return true; }
  if (body == "apos") { out->push_back('\''); return true; }
  if (body.size() < 2 || body[0] != '#') return false;
  uint32_t cp = 0;
  // XML writes only "&#x"; "&#X" is accepted too, as HTML does, since nothing else could be meant.
  const bool hex = body[1] == 'x' || body[1] == 'X';
  std::string_view digits = body.substr(hex ? 2 : 1);
  if (digits.empty()) return false;
  for (char c : digits) {
    const int v = hex ? HexValue(c) : (c >= '0' && c <= '9' ? c - '0' : -1);
    if (v < 0) return false;
    cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(v);
    if (cp > 0x10FFFF) return false;  // also stops the accumulation from overflowing
  }
  if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
  base::AppendUtf8(out, static_cast<char32_t>(cp));
  return true;
}

}  // namespace

size_t FindXmlMarkup(std::string_view s, size_t pos, XmlOpenMarkup* open) {
  while (pos < s.size()) {
    if (*open != XmlOpenMarkup::kNone) {
      const size_t close = s.find(CloserOf(*open), pos);
      if (close == std::string_view::npos) return std::string_view::npos;
      pos = close + CloserOf(*open).size();
      *open = XmlOpenMarkup::kNone;
      continue;
    }
    const size_t lt = s.find('<', pos);
    if (lt == std::string_view::npos) return std::string_view::npos;
    if (StartsWithAt(s, lt, kCommentOpen)) {
      *open = XmlOpenMarkup::kComment;
      pos = lt + kCommentOpen.size();
    } else if (StartsWithAt(s, lt, kCdataOpen)) {
      *open = XmlOpenMarkup::kCdata;
      pos = lt + kCdataOpen.size();
    } else if (StartsWithAt(s, lt, kPiOpen)) {
      *open = XmlOpenMarkup::kProcessingInstruction;
      pos = lt + kPiOpen.size();
    } else {
      return lt;
    }
  }
  return std::string_view::npos;
}

bool IsXmlStartTag(std::string_view s, size_t pos, std::string_view name) {
  if (pos >= s.size() || s[pos] != '<' || !StartsWithAt(s, pos + 1, name)) return false;
  const size_t next = pos + 1 + name.size();
  return next == s.size() || IsSpace(s[next]) || s[next] == '>' || s[next] == '/';
}

bool IsXmlEndTag(std::string_view s, size_t pos, std::string_view name, size_t* after) {
  if (!StartsWithAt(s, pos, "</") || !StartsWithAt(s, pos + 2, name)) return false;
  size_t i = pos + 2 + name.size();
  while (i < s.size() && IsSpace(s[i])) ++i;
  if (i >= s.size() || s[i] != '>') return false;
  if (after != nullptr) *after = i + 1;
  return true;
}

const std::string* XmlStartTag::Find(std::string_view name) const {
  for (const XmlAttribute& a : attributes) {
    if (a.name == name) return &a.value;
  }
  return nullptr;
}

std::optional<XmlStartTag> ParseXmlStartTag(std::string_view s, size_t pos, std::string_view name) {
  if (!IsXmlStartTag(s, pos, name)) return std::nullopt;
  XmlStartTag tag;
  tag.begin = pos;
  size_t i = pos + 1 + name.size();
  auto skip_space = [&] {
    while (i < s.size() && IsSpace(s[i])) ++i;
  };
  while (true) {
    skip_space();
    if (i >= s.size()) return std::nullopt;
    const char c = s[i];
    if (c == '>') {
      tag.end = i + 1;
      return tag;
    }
    // A '<' outside a quoted value means this tag was never finished; stopping here keeps a
    // search over a broken file linear.
    if (c == '<') return std::nullopt;
    if (c == '/') {
      if (i + 1 < s.size() && s[i + 1] == '>') {
        tag.self_closing = true;
        tag.end = i + 2;
        return tag;
      }
      ++i;  // a stray '/': ignored
      continue;
    }
    const size_t name_begin = i;
    while (i < s.size() && !IsSpace(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/' &&
           s[i] != '<' && s[i] != '"' && s[i] != '\'') {
      ++i;
    }
    if (i == name_begin) {  // a stray quote or '=': ignored
      ++i;
      continue;
    }
    XmlAttribute attr;
    attr.name.assign(s.substr(name_begin, i - name_begin));
    skip_space();
    if (i < s.size() && s[i] == '=') {
      ++i;
      skip_space();
      if (i >= s.size()) return std::nullopt;
      if (s[i] == '"' || s[i] == '\'') {
        const char quote = s[i];
        const size_t value_begin = ++i;
        while (i < s.size() && s[i] != quote && s[i] != '<') ++i;
        if (i >= s.size() || s[i] != quote) return std::nullopt;
        AppendXmlDecoded(s.substr(value_begin, i - value_begin), &attr.value);
        ++i;
      } else {
        const size_t value_begin = i;
        while (i < s.size() && !IsSpace(s[i]) && s[i] != '>' && s[i] != '<') ++i;
        AppendXmlDecoded(s.substr(value_begin, i - value_begin), &attr.value);
      }
    }
    tag.attributes.push_back(std::move(attr));
  }
}

std::optional<XmlStartTag> FindXmlStartTag(std::string_view s, std::string_view name, size_t from) {
  XmlOpenMarkup open = XmlOpenMarkup::kNone;
  size_t pos = from;
  while (true) {
    pos = FindXmlMarkup(s, pos, &open);
    if (pos == std::string_view::npos) return std::nullopt;
    if (IsXmlStartTag(s, pos, name)) {
      if (auto tag = ParseXmlStartTag(s, pos, name)) return tag;
    }
    ++pos;
  }
}

size_t FindXmlEndTag(std::string_view s, std::string_view name, size_t from, size_t* after) {
  XmlOpenMarkup open = XmlOpenMarkup::kNone;
  size_t pos = from;
  int depth = 0;
  while (true) {
    pos = FindXmlMarkup(s, pos, &open);
    if (pos == std::string_view::npos) return pos;
    size_t end = 0;
    if (IsXmlEndTag(s, pos, name, &end)) {
      if (depth == 0) {
        if (after != nullptr) *after = end;
        return pos;
      }
      --depth;
      pos = end;
      continue;
    }
    if (IsXmlStartTag(s, pos, name)) {
      if (auto tag = ParseXmlStartTag(s, pos, name)) {
        if (!tag->self_closing) ++depth;
        pos = tag->end;
        continue;
      }
    }
    ++pos;
  }
}

void AppendXmlDecoded(std::string_view text, std::string* out) {
  size_t i = 0;
  while (i < text.size()) {
    const size_t amp = text.find('&', i);
    if (amp == std::string_view::npos) {
      out->append(text.substr(i));
      return;
    }
    out->append(text.substr(i, amp - i));
    const size_t limit = std::min(text.size(), amp + 1 + kMaxReferenceLength);
    size_t semi = amp + 1;
    while (semi < limit && text[semi] != ';' && text[semi] != '&' && !IsSpace(text[semi])) ++semi;
    if (semi < limit && text[semi] == ';' &&
        DecodeReference(text.substr(amp + 1, semi - amp - 1), out)) {
      i = semi + 1;
    } else {
      out->push_back('&');
      i = amp + 1;
    }
  }
}

std::string DecodeXmlEntities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendXmlDecoded(text, &out);
  return out;
}

std::string XmlTextContent(std::string_view content) {
  std::string out;
  out.reserve(content.size());
  size_t i = 0;
  while (i < content.size()) {
    size_t lt = content.find('<', i);
    // Markup we act on starts "<!" or "<?"; any other '<' is kept as text.
    while (lt != std::string_view::npos && !StartsWithAt(content, lt, kCommentOpen) &&
           !StartsWithAt(content, lt, kCdataOpen) && !StartsWithAt(content, lt, kPiOpen)) {
      lt = content.find('<', lt + 1);
    }
    if (lt == std::string_view::npos) {
      AppendXmlDecoded(content.substr(i), &out);
      break;
    }
    AppendXmlDecoded(content.substr(i, lt - i), &out);
    if (StartsWithAt(content, lt, kCdataOpen)) {
      const size_t begin = lt + kCdataOpen.size();
      const size_t close = content.find(kCdataClose, begin);
      if (close == std::string_view::npos) {
        out.append(content.substr(begin));
        break;
      }
      out.append(content.substr(begin, close - begin));
      i = close + kCdataClose.size();
      continue;
    }
    const bool comment = StartsWithAt(content, lt, kCommentOpen);
    const std::string_view close_mark = comment ? kCommentClose : kPiClose;
    const size_t begin = lt + (comment ? kCommentOpen.size() : kPiOpen.size());
    const size_t close = content.find(close_mark, begin);
    if (close == std::string_view::npos) break;
    // As in XML, a dropped comment separates nothing: "a<!-- x -->b" reads "ab".
    i = close + close_mark.size();
  }
  return out;
}

std::string CollapseXmlWhiteSpace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (IsSpace(c)) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace entente::ingest
