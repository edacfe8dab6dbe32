// TABARI text records (DOMAIN.md §4.2, TABARI manual ch. 3):
//
//   950103  DEMO-04                    <- a line starting with a digit opens a record: date, ID
//   First line of the story text       <- text lines, up to a blank line
//   /* not text: expectations, notes */
//                                      <- a blank line ends the record
//
// Read a line at a time; only the text of the current record is held in memory.
#include <algorithm>
#include <string>

#include "base/date.h"
#include "base/input_stream.h"
#include "ingest/readers.h"

namespace entente::ingest {

namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (!IsSpace(c)) return false;
  }
  return true;
}

class TabariReader final : public DocumentReader {
 public:
  explicit TabariReader(ReaderArgs args)
      : DocumentReader(args.path, InputFormat::kTabari, std::move(args.sink)),
        stream_(std::move(args.stream)),
        options_(std::move(args.options)),
        name_(base::BaseName(path_)) {}

  bool Next(Document* doc) override {
    doc->Clear();
    std::string line;
    while (true) {
      auto r = stream_->ReadLine(&line, options_.max_document_bytes);
      counts_.bytes = stream_->bytes_consumed();
      if (r == base::InputStream::LineResult::kError) {
        status_ = stream_->status();
        return false;
      }
      if (r == base::InputStream::LineResult::kEnd) {
        // The last record needs no blank line after it.
        const bool in_record = state_ == State::kInRecord;
        state_ = State::kOutside;
        return in_record && FinishRecord(doc);
      }
      const uint64_t n = stream_->line_number();
      if (r == base::InputStream::LineResult::kTooLong) {
        if (state_ == State::kInRecord) {
          Skip(record_line_, TooLongMessage("record"));
          text_.clear();
        } else if (state_ == State::kOutside) {
          // The lost line may have been a record's first line; its text lines follow up to the
          // next blank line, and are dropped with it.
          Skip(n, TooLongMessage("line"));
        }
        state_ = State::kDiscarding;
        continue;
      }
      if (IsBlank(line)) {
        const bool in_record = state_ == State::kInRecord;
        state_ = State::kOutside;
        if (in_record && FinishRecord(doc)) return true;
        continue;
      }
      switch (state_) {
        case State::kOutside:
          if (IsDigit(line[0])) {
            StartRecord(line, n);
          } else {
            StrayLine(line, n);
          }
          break;
        case State::kInRecord:
          AddText(line, n);
          if (text_.size() > options_.max_document_bytes) {
            Skip(record_line_, TooLongMessage("record"));
            text_.clear();
            state_ = State::kDiscarding;
          }
          break;
        case State::kDiscarding:
          break;
      }
    }
  }

 private:
  enum class State {
    kOutside,     // between records
    kInRecord,    // reading a record's text lines
    kDiscarding,  // in a record already reported: skip to the blank line that ends it
  };

  std::string TooLongMessage(std::string_view what) const {
    return std::string(what) + " longer than " + std::to_string(options_.max_document_bytes) +
           " bytes; skipped (raise --max-doc-bytes to read it)";
  }

  // A non-blank line outside a record. TABARI skips these silently (its manual: a block of lines
  // between blank lines that does not start with a digit is in effect a comment). Before the
  // first record such lines are a file header and get one warning in all, so that a file in
  // another format read as TABARI does not pass unnoticed. Later, Validate.text separates groups
  // of records with "####" banners, passed over in silence; anything else gets one warning per
  // stretch between records.
  void StrayLine(std::string_view line, uint64_t n) {
    if (stray_reported_) return;
    if (seen_record_ && line[0] == '#') return;
    stray_reported_ = true;
    Warn(n, seen_record_ ? "text outside a record (records start with a \"YYMMDD ID\" line "
                           "after a blank line); ignored"
                         : "lines before the first \"YYMMDD ID\" record line; ignored");
  }

  // The first line: "YYMMDD ID [anything]". Validate.text also writes 8-digit dates (YYYY-01),
  // one or two spaces between date and ID, and more words after the ID (FBIS document numbers,
  // "950101  950101  AGENTS-11"): the ID is the first word only. TABARI.Demo.text writes
  // "950101*INTRO", with no space: the date is the leading digits, wherever they stop, and the ID
  // the rest of that word. (TABARI itself cuts the date at 6 or 8 characters; reading all the
  // digits lets a mistyped "9501201" be reported rather than silently redated.)
  void StartRecord(std::string_view line, uint64_t n) {
    seen_record_ = true;
    stray_reported_ = false;
    text_.clear();
    in_comment_ = false;
    pending_space_ = false;
    comment_end_ = std::string::npos;
    record_line_ = n;
    size_t i = 0;
    while (i < line.size() && IsDigit(line[i])) ++i;
    const std::string_view raw_date = line.substr(0, i);
    while (i < line.size() && IsSpace(line[i])) ++i;
    const size_t id_begin = i;
    while (i < line.size() && !IsSpace(line[i])) ++i;
    id_.assign(line.substr(id_begin, i - id_begin));
    // The rest of the line is not text, but a comment opened there goes on to later lines.
    TrackComments(line.substr(i));

    auto date = base::ParseDate(raw_date);
    if (!date.ok()) {
      Skip(n, date.status().message() + "; record skipped");
      state_ = State::kDiscarding;
      return;
    }
    date_ = date->ToIso();
    state_ = State::kInRecord;
  }

  // Follows a comment opened on the record's first line, whose text is not part of the story.
  void TrackComments(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
      const size_t mark = s.find(in_comment_ ? "*/" : "/*", i);
      if (mark == std::string_view::npos) return;
      in_comment_ = !in_comment_;
      i = mark + 2;
    }
  }

  // Adds one text line to text_: /* ... */ comments removed (each leaves a word break), "\n"
  // read as the line break TABARI displays it as (FINAL-01 has them outside comments), white
  // space collapsed, lines joined by one space.
  //
  // A comment may span lines (in_comment_ carries it over); one never closed ends with its record,
  // at the blank line (Validate.text has two: COMPOUND-06 and DEFAULT-06b). A "*/" with no comment
  // open means a comment's lines were duplicated after its end (Validate.text's PATTERN-26 and
  // AGENTS-11 repeat their last expected events and the "*/"): the text since the previous
  // comment's end is taken back out as part of it, with a warning, rather than coded as story.
  void AddText(std::string_view line, uint64_t n) {
    pending_space_ = true;
    size_t i = 0;
    while (i < line.size()) {
      if (in_comment_) {
        const size_t close = line.find("*/", i);
        if (close == std::string_view::npos) return;
        in_comment_ = false;
        i = close + 2;
        comment_end_ = text_.size();
        pending_space_ = true;
        continue;
      }
      const size_t open = std::min(line.find("/*", i), line.size());
      const size_t stray = std::min(line.find("*/", i), line.size());
      const size_t end = std::min(open, stray);
      AppendCollapsed(line.substr(i, end - i));
      if (end == line.size()) return;
      if (end == open) {
        in_comment_ = true;
        i = open + 2;
        pending_space_ = true;
        continue;
      }
      if (comment_end_ != std::string::npos) {
        text_.resize(comment_end_);
        Warn(n, "\"*/\" with no comment open: the text since the previous comment's end is "
                "taken as part of that comment");
      } else {
        Warn(n, "\"*/\" with no comment open; ignored");
      }
      i = stray + 2;
      pending_space_ = true;
    }
  }

  void AppendCollapsed(std::string_view piece) {
    for (size_t i = 0; i < piece.size(); ++i) {
      char c = piece[i];
      if (c == '\\' && i + 1 < piece.size() && piece[i + 1] == 'n') {
        ++i;
        c = ' ';
      }
      if (IsSpace(c)) {
        pending_space_ = true;
        continue;
      }
      if (pending_space_ && !text_.empty()) text_.push_back(' ');
      pending_space_ = false;
      text_.push_back(c);
    }
  }

  bool FinishRecord(Document* doc) {
    if (text_.empty()) {
      Skip(record_line_, "no text (the record holds only comments); skipped");
      return false;
    }
    if (id_.empty()) {
      id_ = name_ + ":" + std::to_string(record_line_);
      Warn(record_line_, "record has no ID after its date; using \"" + id_ + "\"");
    }
    doc->id = std::move(id_);
    doc->date = std::move(date_);
    doc->text = std::move(text_);
    doc->origin = Where(record_line_);
    id_.clear();
    date_.clear();
    text_.clear();
    RepairText(doc);
    ++counts_.documents;
    return true;
  }

  std::unique_ptr<base::InputStream> stream_;
  ReaderOptions options_;
  std::string name_;

  State state_ = State::kOutside;
  bool seen_record_ = false;     // a record line has been read
  bool stray_reported_ = false;  // the current stretch of non-record lines has been warned about
  bool in_comment_ = false;      // inside /* ... */
  bool pending_space_ = false;   // white space seen since the last character added to text_
  size_t comment_end_ = std::string::npos;  // text_.size() when the last comment closed
  uint64_t record_line_ = 0;
  std::string id_, date_, text_;
};

}  // namespace

std::unique_ptr<DocumentReader> NewTabariReader(ReaderArgs args) {
  return std::make_unique<TabariReader>(std::move(args));
}

}  // namespace entente::ingest
