// JSONL: one JSON object per line, fields mapped by ReaderOptions (`--field text=body`).
#include <string>

#include "base/date.h"
#include "base/input_stream.h"
#include "base/json.h"
#include "ingest/readers.h"

namespace entente::ingest {

namespace {

class JsonlReader final : public DocumentReader {
 public:
  explicit JsonlReader(ReaderArgs args)
      : DocumentReader(args.path, InputFormat::kJsonl, std::move(args.sink)),
        stream_(std::move(args.stream)),
        options_(std::move(args.options)),
        name_(base::BaseName(path_)) {}

  bool Next(Document* doc) override {
    std::string line;
    while (true) {
      doc->Clear();
      auto r = stream_->ReadLine(&line, options_.max_document_bytes);
      counts_.bytes = stream_->bytes_consumed();
      if (r == base::InputStream::LineResult::kEnd) return false;
      if (r == base::InputStream::LineResult::kError) {
        status_ = stream_->status();
        return false;
      }
      const uint64_t n = stream_->line_number();
      if (r == base::InputStream::LineResult::kTooLong) {
        Skip(n, "record longer than " + std::to_string(options_.max_document_bytes) +
                    " bytes; skipped (raise --max-doc-bytes to read it)");
        continue;
      }
      // A UTF-8 byte-order mark (written by some Windows tools) is not JSON; without this the
      // first record would be reported as malformed and lost.
      if (n == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
      if (IsBlank(line)) continue;
      if (Parse(line, n, doc)) {
        RepairText(doc);
        ++counts_.documents;
        return true;
      }
    }
  }

 private:
  static bool IsBlank(std::string_view s) {
    for (char c : s) {
      if (c != ' ' && c != '\t' && c != '\r') return false;
    }
    return true;
  }

  // Copies a string (or, for id and date, a number) member into *out. Returns false and reports
  // when the member has another type.
  bool Field(const base::JsonValue& obj, const std::string& key, uint64_t n, bool numbers_ok,
             std::string* out) {
    const base::JsonValue* v = obj.Find(key);
    if (v == nullptr || v->is_null()) return true;
    if (v->is_string() || (numbers_ok && v->is_number())) {
      *out = v->text();
      return true;
    }
    Skip(n, "field \"" + key + "\" is not a string");
    return false;
  }

  bool Parse(const std::string& line, uint64_t n, Document* doc) {
    auto parsed = base::ParseJson(line);
    if (!parsed.ok()) {
      Skip(n, "not a JSON object: " + parsed.status().message());
      return false;
    }
    const base::JsonValue& obj = *parsed;
    if (!obj.is_object()) {
      Skip(n, "expected a JSON object, found another JSON value");
      return false;
    }
    // "text": null is no text, as null is for the optional fields: reported, not an empty doc.
    if (const base::JsonValue* text = obj.Find(options_.text_field);
        text == nullptr || text->is_null()) {
      Skip(n, "no \"" + options_.text_field + "\" field (choose another with --field text=NAME)");
      return false;
    }
    std::string raw_date;
    if (!Field(obj, options_.text_field, n, false, &doc->text) ||
        !Field(obj, options_.id_field, n, true, &doc->id) ||
        !Field(obj, options_.date_field, n, true, &raw_date) ||
        !Field(obj, options_.title_field, n, false, &doc->title) ||
        !Field(obj, options_.url_field, n, false, &doc->url) ||
        !Field(obj, options_.source_field, n, false, &doc->source)) {
      return false;
    }
    if (!raw_date.empty()) {
      auto date = base::ParseDate(raw_date);
      if (!date.ok()) {
        Skip(n, date.status().message());
        return false;
      }
      doc->date = date->ToIso();
    }
    if (doc->id.empty()) doc->id = name_ + ":" + std::to_string(n);
    doc->origin = Where(n);
    return true;
  }

  std::unique_ptr<base::InputStream> stream_;
  ReaderOptions options_;
  std::string name_;
};

}  // namespace

std::unique_ptr<DocumentReader> NewJsonlReader(ReaderArgs args) {
  return std::make_unique<JsonlReader>(std::move(args));
}

}  // namespace entente::ingest
