// HTML: a file is one web page and gives one document, its main text (see html_extract.h).
#include <string>

#include "base/date.h"
#include "base/input_stream.h"
#include "base/utf8.h"
#include "ingest/html_extract.h"
#include "ingest/readers.h"

namespace entente::ingest {

namespace {

// Metadata values quoted in messages are cut to this many bytes: a page controls their length.
constexpr size_t kMaxQuoted = 80;

std::string Quote(std::string_view s) {
  // Built with append: GCC 12 warns falsely (-Wrestrict) on "literal" + std::string here.
  const bool cut = s.size() > kMaxQuoted;
  std::string q = "\"";
  q.append(cut ? s.substr(0, base::Utf8SafePrefix(s, kMaxQuoted)) : s);
  q.append(cut ? "...\"" : "\"");
  return q;
}

class HtmlReader final : public DocumentReader {
 public:
  explicit HtmlReader(ReaderArgs args)
      : DocumentReader(args.path, InputFormat::kHtml, std::move(args.sink)),
        stream_(std::move(args.stream)),
        options_(std::move(args.options)),
        name_(base::BaseName(path_)) {}

  bool Next(Document* doc) override {
    doc->Clear();
    if (done_) return false;
    done_ = true;

    // A page is parsed whole, so unlike plain text it is not cut into parts: what lies beyond
    // the limit is read past and ignored (a page's main text rarely sits megabytes down).
    const size_t max = options_.max_document_bytes;
    std::string page;
    stream_->ReadSome(&page, max);
    bool cut = false;
    if (std::string_view next = stream_->Peek(1); !next.empty()) {
      cut = true;
      // Do not end inside a UTF-8 sequence: that would count as invalid input.
      page.push_back(next[0]);
      page.resize(base::Utf8SafePrefix(page, page.size() - 1));
      std::string scratch;
      while (stream_->ReadSome(&scratch, size_t{1} << 20) > 0) scratch.clear();
    }
    counts_.bytes = stream_->bytes_consumed();
    if (!stream_->status().ok()) {
      status_ = stream_->status();
      return false;
    }
    if (cut) {
      Warn(0, "page larger than " + std::to_string(max) + " bytes; only its first " +
                  std::to_string(max) + " bytes were read, the rest was ignored "
                  "(raise --max-doc-bytes to read it whole)");
    }
    if (page.empty()) {
      Warn(0, "empty input: no document");
      return false;
    }

    HtmlPage extracted = ExtractHtml(page);
    page.clear();
    page.shrink_to_fit();
    if (extracted.flattened_tags > 0) {
      Warn(0, "elements nested deeper than " + std::to_string(kMaxHtmlNesting) + " levels: " +
                  std::to_string(extracted.flattened_tags) +
                  " start tags ignored (their text is kept)");
    }
    if (extracted.ignored_tags > 0) {
      Warn(0, "more than " + std::to_string(kMaxHtmlElements) + " elements: the last " +
                  std::to_string(extracted.ignored_tags) +
                  " tags and comments ignored (their text is kept)");
    }
    doc->id = name_;
    doc->origin = Where(0);
    doc->title = std::move(extracted.title);
    doc->url = std::move(extracted.url);
    doc->source = std::move(extracted.source);
    doc->text = std::move(extracted.text);
    if (!extracted.date.empty()) {
      auto date = base::ParseDate(extracted.date);
      if (date.ok()) {
        doc->date = date->ToIso();
      } else {
        Warn(0, "unreadable publication date " + Quote(extracted.date) + " in the page metadata (" +
                    date.status().message() + "); date left empty");
      }
    }
    if (doc->text.empty()) {
      Warn(0, "no main text found (the page holds only navigation or other furniture)");
    }
    RepairText(doc);
    // ExtractHtml repaired the page before parsing it; RepairText found nothing left to repair.
    doc->repaired_utf8 += extracted.invalid_utf8;
    counts_.repaired_utf8 += extracted.invalid_utf8;
    ++counts_.documents;
    return true;
  }

 private:
  std::unique_ptr<base::InputStream> stream_;
  ReaderOptions options_;
  std::string name_;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<DocumentReader> NewHtmlReader(ReaderArgs args) {
  return std::make_unique<HtmlReader>(std::move(args));
}

}  // namespace entente::ingest
