// entente/ingest.h — reading documents from files and streams.
//
// A DocumentReader streams Documents out of one input (a file or "-" for stdin), in memory bounded
// by the configured limits whatever the input's size. gzip-compressed input is recognised by its
// content and decompressed on the fly.
//
//   ReaderOptions options;                       // format detected from the name or the content
//   auto reader = DocumentReader::Open("news.jsonl.gz", options, [](const Diagnostic& d) {
//     std::cerr << d.where << ": " << d.message << "\n";
//   });
//   if (!reader.ok()) return reader.status();
//   Document doc;
//   while ((*reader)->Next(&doc)) { ... }
//   if (!(*reader)->status().ok()) ...            // an I/O error ended the input early
//
// A malformed record (a line that is not JSON, a broken XML record, an invalid date, a line over
// the length limit) is reported to the diagnostic sink as "file:line: reason", counted in
// counts().skipped, and skipped; reading goes on with the next record.
//
// Thread safety: a reader is used by one thread at a time; distinct readers are independent.
#ifndef ENTENTE_INGEST_H_
#define ENTENTE_INGEST_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "entente/document.h"
#include "entente/status.h"

namespace entente {

enum class InputFormat : uint8_t {
  kAuto,         // from the file name (.txt .jsonl .ndjson .html .htm .xml .text, with or without .gz),
                 // else from the first bytes of the content
  kText,         // plain text: a file is one document
  kLines,        // plain text: each non-blank line is one document
  kJsonl,        // one JSON object per line
  kHtml,         // a web page: main text only, boilerplate dropped
  kPetrarchXml,  // PETRARCH <Sentence date= id=><Text>...</Text></Sentence> records
  kTabari,       // TABARI text records: "YYMMDD ID" line, text, blank line
};

// "auto", "text", "lines", "jsonl", "html", "petrarch", "tabari".
const char* InputFormatName(InputFormat format);
std::optional<InputFormat> ParseInputFormat(std::string_view name);

struct ReaderOptions {
  InputFormat format = InputFormat::kAuto;

  // JSONL: the JSON key read into each Document field (`--field text=body`). Values may be strings;
  // id and date may also be numbers. Records without a text field are skipped and reported.
  std::string id_field = "id";
  std::string date_field = "date";
  std::string title_field = "title";
  std::string text_field = "text";
  std::string url_field = "url";
  std::string source_field = "source";

  // A record (JSONL line, XML record, TABARI record, line in `lines` mode) longer than this is
  // reported and skipped. A plain-text or HTML file longer than this is read as several documents
  // ("<id>#1", "<id>#2", ...) cut at line ends, with a warning. Analysing a document costs about
  // ten times its size in memory (its text, the normalised copy, tokens, output), so the default
  // keeps a single document near 170 MB; a news story is rarely above 100 KB.
  size_t max_document_bytes = size_t{16} << 20;
};

// A message about the input, tied to where it was found.
struct Diagnostic {
  enum class Severity : uint8_t { kWarning, kError };
  Severity severity = Severity::kError;
  std::string where;    // "path:line" ("path" alone when no line applies)
  std::string message;  // what is wrong and what was done about it
};
using DiagnosticSink = std::function<void(const Diagnostic&)>;

struct IngestCounts {
  uint64_t documents = 0;      // documents returned by Next()
  uint64_t skipped = 0;        // malformed records reported and skipped
  uint64_t warnings = 0;       // problems reported that did not cost a record
  uint64_t repaired_utf8 = 0;  // invalid UTF-8 sequences replaced by U+FFFD
  uint64_t bytes = 0;          // input bytes consumed (after decompression)
};

class DocumentReader {
 public:
  // Opens `path` ("-" reads standard input). Fails when the file cannot be opened, or the format
  // cannot be determined. `sink` may be empty (diagnostics are then only counted).
  static StatusOr<std::unique_ptr<DocumentReader>> Open(const std::string& path,
                                                       const ReaderOptions& options,
                                                       DiagnosticSink sink);

  virtual ~DocumentReader();
  DocumentReader(const DocumentReader&) = delete;
  DocumentReader& operator=(const DocumentReader&) = delete;

  // Reads the next document into *doc (which is cleared first). Returns false at the end of the
  // input, or when an I/O error stopped reading (then status() says why).
  virtual bool Next(Document* doc) = 0;

  InputFormat format() const { return format_; }
  const std::string& path() const { return path_; }
  const IngestCounts& counts() const { return counts_; }
  const Status& status() const { return status_; }

 protected:
  DocumentReader(std::string path, InputFormat format, DiagnosticSink sink)
      : path_(std::move(path)), format_(format), sink_(std::move(sink)) {}

  // Reports a malformed record at `line` (0 = no line) and counts it as skipped.
  void Skip(uint64_t line, std::string message);
  // Reports a problem that did not cost a record.
  void Warn(uint64_t line, std::string message);
  // Replaces invalid UTF-8 in every field of *doc, counting the repairs.
  void RepairText(Document* doc);
  std::string Where(uint64_t line) const;

  std::string path_;
  InputFormat format_;
  DiagnosticSink sink_;
  IngestCounts counts_;
  Status status_;
};

}  // namespace entente

#endif  // ENTENTE_INGEST_H_
