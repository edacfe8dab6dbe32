// PETRARCH validation records: <Sentence date="YYYYMMDD" id="..."> ... <Text>...</Text> ...
// </Sentence>, as in the PETRARCH-1, PETRARCH-2 and UD-PETRARCH suites (DOMAIN.md §4.1, §4.3).
//
// The files are scanned, not parsed: UD-PETRARCH's records file is not well-formed XML (bare
// `<PLEvent {json}>` lines inside records, a header comment holding a nested `<!-- ... -->`), and
// one broken record must not cost the rest of the file. The input is read a line at a time and
// only the record being collected is held in memory. Everything outside <Sentence> records
// (<Environment>, <Config> options, comments, <?xml ...?>) belongs to the evaluator, not here.
#include <string>

#include "base/date.h"
#include "base/input_stream.h"
#include "ingest/readers.h"
#include "ingest/xml_text.h"

namespace entente::ingest {

namespace {

constexpr std::string_view kRecordTag = "Sentence";
constexpr std::string_view kTextTag = "Text";
constexpr size_t kNoLine = std::string::npos;

class PetrarchXmlReader final : public DocumentReader {
 public:
  explicit PetrarchXmlReader(ReaderArgs args)
      : DocumentReader(args.path, InputFormat::kPetrarchXml, std::move(args.sink)),
        stream_(std::move(args.stream)),
        options_(std::move(args.options)),
        name_(base::BaseName(path_)) {}

  bool Next(Document* doc) override {
    doc->Clear();
    while (true) {
      if (pos_ == kNoLine && !ReadNextLine()) return false;
      if (ScanLine(doc)) {
        RepairText(doc);
        ++counts_.documents;
        return true;
      }
    }
  }

 private:
  enum class State {
    kOutside,     // between records
    kInRecord,    // collecting a record into record_
    kDiscarding,  // inside a record already reported as too long: wait for its end
  };

  std::string TooLongMessage(std::string_view what) const {
    return std::string(what) + " longer than " + std::to_string(options_.max_document_bytes) +
           " bytes; skipped (raise --max-doc-bytes to read it)";
  }

  // Reads the next line into line_ and sets pos_ to its start; false at the end of the input or on
  // an I/O error. A record left open at the end of the file is reported here.
  bool ReadNextLine() {
    while (true) {
      auto r = stream_->ReadLine(&line_, options_.max_document_bytes);
      counts_.bytes = stream_->bytes_consumed();
      if (r == base::InputStream::LineResult::kError) {
        status_ = stream_->status();
        return false;
      }
      if (r == base::InputStream::LineResult::kEnd) {
        if (state_ == State::kInRecord) {
          Skip(record_line_, "record not closed (no </Sentence>) before the end of the file; "
                             "skipped");
        }
        state_ = State::kOutside;
        record_.clear();
        return false;
      }
      line_number_ = stream_->line_number();
      if (r == base::InputStream::LineResult::kTooLong) {
        // The line is gone, so whatever record it belonged to or held is lost: say so. Inside a
        // comment it held nothing of ours.
        if (state_ == State::kInRecord) {
          Skip(record_line_, TooLongMessage("record"));
          record_.clear();
          state_ = State::kDiscarding;
        } else if (state_ == State::kOutside && open_ == XmlOpenMarkup::kNone) {
          Skip(line_number_, TooLongMessage("line"));
        }
        continue;
      }
      if (!line_.empty() && line_.back() == '\r') line_.pop_back();
      pos_ = 0;
      record_from_ = 0;
      return true;
    }
  }

  void StartRecord(size_t at) {
    state_ = State::kInRecord;
    record_.clear();
    record_line_ = line_number_;
    record_from_ = at;
  }

  // Scans line_ from pos_ for record boundaries. Returns true when a record ended and was read
  // into *doc (pos_ is then just past its </Sentence>, as a line may hold several records); false
  // when the line is used up (pos_ is then kNoLine).
  bool ScanLine(Document* doc) {
    while (true) {
      const size_t p = FindXmlMarkup(line_, pos_, &open_);
      if (p == std::string::npos) {
        if (state_ == State::kInRecord) {
          AppendToRecord(std::string_view(line_).substr(record_from_));
        }
        pos_ = kNoLine;
        return false;
      }
      if (IsXmlStartTag(line_, p, kRecordTag)) {
        if (state_ == State::kInRecord) {
          Skip(record_line_,
               "record not closed (no </Sentence>) before the next <Sentence> at line " +
                   std::to_string(line_number_) + "; skipped");
        }
        // <Sentence .../> has no content, so it cannot be collected up to a </Sentence>.
        auto tag = ParseXmlStartTag(line_, p, kRecordTag);
        if (tag && tag->self_closing) {
          Skip(line_number_, "empty <Sentence/> record: no <Text>; skipped");
          state_ = State::kOutside;
          pos_ = tag->end;
          continue;
        }
        StartRecord(p);
        pos_ = p + 1;
        continue;
      }
      size_t after = 0;
      if (state_ != State::kOutside && IsXmlEndTag(line_, p, kRecordTag, &after)) {
        pos_ = after;
        const bool collecting = state_ == State::kInRecord;
        state_ = State::kOutside;
        if (!collecting) continue;
        if (record_.size() + (after - record_from_) > options_.max_document_bytes) {
          Skip(record_line_, TooLongMessage("record"));
          record_.clear();
          continue;
        }
        record_.append(line_, record_from_, after - record_from_);
        const bool ok = ReadRecord(doc);
        record_.clear();
        if (ok) return true;
        continue;
      }
      pos_ = p + 1;
    }
  }

  // Adds the rest of a line to the record being collected, or drops the record when it grows past
  // the limit (it is then skipped up to its </Sentence>).
  void AppendToRecord(std::string_view piece) {
    if (record_.size() + piece.size() + 1 > options_.max_document_bytes) {
      Skip(record_line_, TooLongMessage("record"));
      record_.clear();
      state_ = State::kDiscarding;
      return;
    }
    record_.append(piece);
    record_.push_back('\n');
  }

  // Reads the collected record (from "<Sentence" to "</Sentence>") into *doc, or reports why not.
  bool ReadRecord(Document* doc) {
    const uint64_t n = record_line_;
    std::string_view rec = record_;
    auto tag = ParseXmlStartTag(rec, 0, kRecordTag);
    if (!tag) {
      Skip(n, "malformed <Sentence> start tag (unbalanced quotes or no '>'); skipped");
      return false;
    }
    const std::string* raw_date = tag->Find("date");
    if (raw_date == nullptr) {
      Skip(n, "<Sentence> has no date attribute; skipped");
      return false;
    }
    auto date = base::ParseDate(*raw_date);
    if (!date.ok()) {
      Skip(n, date.status().message() + "; skipped");
      return false;
    }
    auto text_tag = FindXmlStartTag(rec, kTextTag, tag->end);
    if (!text_tag) {
      Skip(n, "record has no <Text> element; skipped");
      return false;
    }
    std::string text;
    if (!text_tag->self_closing) {
      const size_t end = FindXmlEndTag(rec, kTextTag, text_tag->end);
      if (end == std::string::npos) {
        Skip(n, "<Text> not closed (no </Text>) within the record; skipped");
        return false;
      }
      text = CollapseXmlWhiteSpace(XmlTextContent(rec.substr(text_tag->end, end - text_tag->end)));
    }
    if (text.empty()) {
      Skip(n, "<Text> is empty; skipped");
      return false;
    }
    const std::string* id = tag->Find("id");
    if (id != nullptr && !CollapseXmlWhiteSpace(*id).empty()) {
      doc->id = *id;
    } else {
      doc->id = name_ + ":" + std::to_string(n);
      Warn(n, "<Sentence> has no id; using \"" + doc->id + "\"");
    }
    doc->date = date->ToIso();
    doc->text = std::move(text);
    doc->origin = Where(n);
    return true;
  }

  std::unique_ptr<base::InputStream> stream_;
  ReaderOptions options_;
  std::string name_;

  std::string line_;              // the line being scanned
  size_t pos_ = kNoLine;          // where scanning resumes in line_; kNoLine: read the next line
  uint64_t line_number_ = 0;      // of line_
  XmlOpenMarkup open_ = XmlOpenMarkup::kNone;  // comment etc. still open at pos_

  State state_ = State::kOutside;
  std::string record_;            // the record so far, from "<Sentence"
  uint64_t record_line_ = 0;      // line of its "<Sentence"
  size_t record_from_ = 0;        // where the record starts in line_ (0 after its first line)
};

}  // namespace

std::unique_ptr<DocumentReader> NewPetrarchXmlReader(ReaderArgs args) {
  return std::make_unique<PetrarchXmlReader>(std::move(args));
}

}  // namespace entente::ingest
