#include <cctype>
#include <string_view>

#include "base/utf8.h"
#include "entente/ingest.h"
#include "ingest/readers.h"

namespace entente {

const char* InputFormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kText: return "text";
    case InputFormat::kLines: return "lines";
    case InputFormat::kJsonl: return "jsonl";
    case InputFormat::kHtml: return "html";
    case InputFormat::kPetrarchXml: return "petrarch";
    case InputFormat::kTabari: return "tabari";
  }
  return "auto";
}

std::optional<InputFormat> ParseInputFormat(std::string_view name) {
  for (InputFormat f : {InputFormat::kAuto, InputFormat::kText, InputFormat::kLines,
                        InputFormat::kJsonl, InputFormat::kHtml, InputFormat::kPetrarchXml,
                        InputFormat::kTabari}) {
    if (name == InputFormatName(f)) return f;
  }
  return std::nullopt;
}

DocumentReader::~DocumentReader() = default;

std::string DocumentReader::Where(uint64_t line) const {
  return line == 0 ? path_ : path_ + ":" + std::to_string(line);
}

void DocumentReader::Skip(uint64_t line, std::string message) {
  ++counts_.skipped;
  if (sink_) sink_({Diagnostic::Severity::kError, Where(line), std::move(message)});
}

void DocumentReader::Warn(uint64_t line, std::string message) {
  ++counts_.warnings;
  if (sink_) sink_({Diagnostic::Severity::kWarning, Where(line), std::move(message)});
}

void DocumentReader::RepairText(Document* doc) {
  uint32_t n = 0;
  for (std::string* s : {&doc->id, &doc->date, &doc->source, &doc->url, &doc->title}) {
    n += base::RepairUtf8(s);
  }
  uint32_t body = base::RepairUtf8(&doc->text);
  doc->repaired_utf8 = body;
  counts_.repaired_utf8 += n + body;
}

StatusOr<std::unique_ptr<DocumentReader>> DocumentReader::Open(const std::string& path,
                                                              const ReaderOptions& options,
                                                              DiagnosticSink sink) {
  ENTENTE_ASSIGN_OR_RETURN(std::unique_ptr<base::InputStream> stream, base::InputStream::Open(path));
  InputFormat format = options.format;
  if (format == InputFormat::kAuto) format = ingest::FormatFromName(path);
  if (format == InputFormat::kAuto) {
    std::string_view head = stream->Peek(4096);
    if (!stream->status().ok()) return stream->status();
    format = ingest::FormatFromContent(head);
    if (format == InputFormat::kAuto) {
      // Unrecognised content is read as plain text: the most forgiving choice, and said aloud.
      format = InputFormat::kText;
      if (sink) {
        sink({Diagnostic::Severity::kWarning, path,
              "format not recognised from the name or content; reading as plain text "
              "(use --input to choose)"});
      }
    }
  }
  ingest::ReaderArgs args{path, std::move(stream), options, std::move(sink)};
  switch (format) {
    case InputFormat::kText: return ingest::NewTextReader(std::move(args), false);
    case InputFormat::kLines: return ingest::NewTextReader(std::move(args), true);
    case InputFormat::kJsonl: return ingest::NewJsonlReader(std::move(args));
    case InputFormat::kHtml: return ingest::NewHtmlReader(std::move(args));
    case InputFormat::kPetrarchXml: return ingest::NewPetrarchXmlReader(std::move(args));
    case InputFormat::kTabari: return ingest::NewTabariReader(std::move(args));
    case InputFormat::kAuto: break;
  }
  return InvalidArgumentError(path + ": cannot determine the input format");
}

}  // namespace entente

namespace entente::ingest {

namespace {
bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])) != suffix[i]) {
      return false;
    }
  }
  return true;
}
}  // namespace

InputFormat FormatFromName(const std::string& path) {
  std::string_view name = path;
  if (EndsWith(name, ".gz")) name.remove_suffix(3);
  if (EndsWith(name, ".jsonl") || EndsWith(name, ".ndjson") || EndsWith(name, ".json")) {
    return InputFormat::kJsonl;
  }
  if (EndsWith(name, ".html") || EndsWith(name, ".htm") || EndsWith(name, ".xhtml")) {
    return InputFormat::kHtml;
  }
  if (EndsWith(name, ".xml")) return InputFormat::kPetrarchXml;
  if (EndsWith(name, ".txt")) return InputFormat::kText;
  return InputFormat::kAuto;  // includes TABARI's ".text": decided by content
}

InputFormat FormatFromContent(std::string_view head) {
  // Skip a byte-order mark and leading white space.
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  size_t i = 0;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  std::string_view s = head.substr(i);
  if (s.empty()) return InputFormat::kAuto;
  if (s[0] == '{') return InputFormat::kJsonl;
  if (s[0] == '<') {
    std::string lower;
    for (char c : s.substr(0, 1024)) {
      lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    if (lower.find("<sentence") != std::string::npos || lower.find("<validation") != std::string::npos) {
      return InputFormat::kPetrarchXml;
    }
    if (lower.find("<html") != std::string::npos || lower.find("<!doctype html") != std::string::npos ||
        lower.find("<body") != std::string::npos || lower.find("<p>") != std::string::npos ||
        lower.find("<div") != std::string::npos) {
      return InputFormat::kHtml;
    }
    return InputFormat::kAuto;
  }
  // TABARI: the first record line is "YYMMDD ID" or "YYYYMMDD ID" (digits, then white space or
  // "*"); blank lines and "#" banner lines may come before it, as in the TABARI suite files.
  size_t line = 0;
  while (line < s.size()) {
    size_t eol = s.find('\n', line);
    std::string_view l = s.substr(line, eol == std::string_view::npos ? s.size() - line : eol - line);
    while (!l.empty() && (l.back() == '\r' || l.back() == ' ' || l.back() == '\t')) l.remove_suffix(1);
    if (!l.empty() && l[0] != '#') {
      size_t digits = 0;
      while (digits < l.size() && std::isdigit(static_cast<unsigned char>(l[digits]))) ++digits;
      if ((digits == 6 || digits == 8) && digits < l.size() &&
          (l[digits] == ' ' || l[digits] == '\t' || l[digits] == '*')) {
        return InputFormat::kTabari;
      }
      break;
    }
    if (eol == std::string_view::npos) break;
    line = eol + 1;
  }
  return InputFormat::kAuto;
}

}  // namespace entente::ingest
