// Plain text: a whole file is one document, or (`lines`) each non-blank line is one.
#include <algorithm>
#include <string>

#include "base/input_stream.h"
#include "base/utf8.h"
#include "ingest/readers.h"

namespace entente::ingest {

namespace {

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

class TextReader final : public DocumentReader {
 public:
  TextReader(ReaderArgs args, bool lines)
      : DocumentReader(args.path, lines ? InputFormat::kLines : InputFormat::kText,
                       std::move(args.sink)),
        stream_(std::move(args.stream)),
        options_(std::move(args.options)),
        lines_(lines),
        name_(base::BaseName(path_)) {}

  bool Next(Document* doc) override {
    doc->Clear();
    bool ok = lines_ ? NextLine(doc) : NextFile(doc);
    counts_.bytes = stream_->bytes_consumed();
    if (!stream_->status().ok()) status_ = stream_->status();
    if (ok) {
      RepairText(doc);
      ++counts_.documents;
    }
    return ok;
  }

 private:
  bool NextLine(Document* doc) {
    std::string line;
    while (true) {
      auto r = stream_->ReadLine(&line, options_.max_document_bytes);
      if (r == base::InputStream::LineResult::kEnd || r == base::InputStream::LineResult::kError) {
        return false;
      }
      uint64_t n = stream_->line_number();
      if (r == base::InputStream::LineResult::kTooLong) {
        Skip(n, "line longer than " + std::to_string(options_.max_document_bytes) +
                    " bytes; skipped (raise --max-doc-bytes to read it)");
        continue;
      }
      if (IsBlank(line)) continue;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      doc->id = name_ + ":" + std::to_string(n);
      doc->origin = Where(n);
      doc->text = std::move(line);
      return true;
    }
  }

  // Reads the file in parts of at most max_document_bytes (plus the rest of the line being read),
  // so a huge file costs bounded memory and nothing of it is lost. A part ends at a line end when
  // there is one within reach, else after white space, else at a character boundary; what is cut
  // off is carried into the next part.
  bool NextFile(Document* doc) {
    if (done_) return false;
    const uint64_t start_line = line_ + 1;
    const size_t max = options_.max_document_bytes;
    doc->text.swap(carry_);
    carry_.clear();
    if (doc->text.size() < max) stream_->ReadSome(&doc->text, max - doc->text.size());
    if (doc->text.size() >= max) stream_->ReadRestOfLine(&doc->text, max / 8 + 1);
    bool more = !stream_->Peek(1).empty();
    if (more && !doc->text.empty() && doc->text.back() != '\n') {
      std::string& t = doc->text;
      size_t window = std::min<size_t>(t.size(), 4096);
      size_t space = t.find_last_of(" \t", t.size() - 1);
      size_t cut = (space != std::string::npos && space + window >= t.size())
                       ? space + 1
                       : base::Utf8SafePrefix(t, t.size() - 1);
      if (cut == 0) cut = t.size();  // a single character longer than the window: keep it whole
      carry_.assign(t, cut, std::string::npos);
      t.resize(cut);
    }
    for (char c : doc->text) line_ += (c == '\n');
    if (!more && carry_.empty()) done_ = true;
    if (part_ == 0 && done_) {
      if (doc->text.empty()) {
        Warn(0, "empty input: no document");
        return false;
      }
      doc->id = name_;
    } else {
      ++part_;
      if (part_ == 1) {
        Warn(0, "larger than " + std::to_string(max) + " bytes; read as several documents (" +
                    name_ + "#1, #2, ...; raise --max-doc-bytes to keep it whole)");
      }
      doc->id = name_ + "#" + std::to_string(part_);
    }
    doc->origin = Where(start_line);
    return true;
  }

  std::unique_ptr<base::InputStream> stream_;
  ReaderOptions options_;
  bool lines_;
  std::string name_;
  bool done_ = false;
  int part_ = 0;
  uint64_t line_ = 0;
  std::string carry_;
};

}  // namespace

std::unique_ptr<DocumentReader> NewTextReader(ReaderArgs args, bool lines) {
  return std::make_unique<TextReader>(std::move(args), lines);
}

}  // namespace entente::ingest
