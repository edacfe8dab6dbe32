// Reading the validation suites (DOMAIN.md §4.1-4.3) and applying their option changes.
#include "eval/suites.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string_view>
#include <system_error>

#include "base/date.h"
#include "base/input_stream.h"
#include "base/utf8.h"
#include "ingest/xml_text.h"

namespace entente::eval {

namespace fs = std::filesystem;

namespace {

constexpr size_t kMaxSuiteBytes = size_t{256} << 20;

// ---- small text helpers ----------------------------------------------------------------------

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::string ToUpper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string ToLower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsFile(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec);
}

// A code as the suites write it, for comparison: blanks around it and one pair of surrounding
// quotes removed (`'"INJURY TOLL"'` decodes to `"INJURY TOLL"`, compared as `INJURY TOLL`).
std::string CleanCode(std::string_view s) {
  s = Trim(s);
  if (s.size() >= 2 &&
      ((s.front() == '"' && s.back() == '"') || (s.front() == '\'' && s.back() == '\''))) {
    s = Trim(s.substr(1, s.size() - 2));
  }
  return std::string(s);
}

// "DEMO-04" -> "DEMO"; an ID without '-' is its own category.
std::string CategoryOfId(std::string_view id) {
  const size_t dash = id.rfind('-');
  if (dash == std::string_view::npos || dash == 0) return std::string(id);
  return std::string(id.substr(0, dash));
}

StatusOr<std::string> ReadWholeFile(const std::string& path) {
  auto in = base::InputStream::Open(path);
  if (!in.ok()) return in.status();
  std::string content;
  while ((*in)->ReadSome(&content, 1 << 20) > 0) {
    if (content.size() > kMaxSuiteBytes) {
      return ResourceExhaustedError(path + ": larger than " + std::to_string(kMaxSuiteBytes >> 20) +
                                    " MiB; not a validation suite");
    }
  }
  if (!(*in)->status().ok()) return (*in)->status();
  return content;
}

// Byte offset -> 1-based line number.
class LineIndex {
 public:
  explicit LineIndex(std::string_view s) {
    starts_.push_back(0);
    for (size_t i = 0; i < s.size(); ++i)
      if (s[i] == '\n') starts_.push_back(i + 1);
  }
  size_t LineOf(size_t offset) const {
    return static_cast<size_t>(std::upper_bound(starts_.begin(), starts_.end(), offset) -
                               starts_.begin());
  }

 private:
  std::vector<size_t> starts_;
};

int32_t DateToInt(const base::CivilDate& d) { return d.year * 10000 + d.month * 100 + d.day; }

// ---- PETRARCH XML ----------------------------------------------------------------------------

// The element name of the tag at s[p] ('<'), or "" for an end tag, comment, declaration or text
// that is not a tag (`<` followed by a blank).
std::string_view TagNameAt(std::string_view s, size_t p) {
  size_t i = p + 1;
  if (i >= s.size() || !IsAlpha(s[i])) return {};
  const size_t b = i;
  while (i < s.size() && (IsAlpha(s[i]) || IsDigit(s[i]) || s[i] == '_' || s[i] == '-' ||
                          s[i] == '.' || s[i] == ':')) {
    ++i;
  }
  return s.substr(b, i - b);
}

// The flag attribute that enables a record, one per flavour.
struct RecordFlags {
  std::optional<std::string> valid, sentence, evaluate;
  bool has_coding = false;
  bool after_stop = false;
};

class PetrarchSuiteReader {
 public:
  PetrarchSuiteReader(const std::string& path, std::string_view content, Suite* suite)
      : path_(path), s_(content), lines_(content), suite_(suite) {}

  void Read() {
    size_t pos = 0;
    ingest::XmlOpenMarkup open = ingest::XmlOpenMarkup::kNone;
    while (true) {
      const size_t p = ingest::FindXmlMarkup(s_, pos, &open);
      if (p == std::string_view::npos) break;
      const std::string_view name = TagNameAt(s_, p);
      if (name == "Environment") {
        pos = ReadEnvironment(p);
      } else if (name == "Config") {
        pos = ReadConfig(s_, 0, p, &pending_);
      } else if (name == "Sentence") {
        pos = ReadRecord(p);
      } else if (name == "Stop") {
        if (!stopped_) Note(p, "<Stop>: the records after it are read but not enabled");
        stopped_ = true;
        pos = p + 1;
      } else {
        pos = p + 1;
      }
      open = ingest::XmlOpenMarkup::kNone;  // every stop above is outside comments
    }
    if (!pending_.empty()) {
      NoteFile(pending_.size() == 1 ? "a <Config> after the last record applies to none"
                                    : std::to_string(pending_.size()) +
                                          " <Config> elements after the last record apply to "
                                          "none");
    }
    Finish();
  }

 private:
  std::string Where(size_t offset) const {
    return path_ + ":" + std::to_string(lines_.LineOf(offset));
  }
  void Note(size_t offset, std::string_view reason) {
    suite_->diagnostics.push_back(Where(offset) + ": " + std::string(reason));
  }
  void NoteFile(const std::string& reason) { suite_->diagnostics.push_back(path_ + ": " + reason); }

  // A <Config option= value=> at s[p] (`base` is the offset of `s` in the file); returns where to
  // go on.
  size_t ReadConfig(std::string_view s, size_t base, size_t p, std::vector<OptionChange>* out) {
    auto tag = ingest::ParseXmlStartTag(s, p, "Config");
    if (!tag) {
      Note(base + p, "malformed <Config> tag (unbalanced quotes or no '>'); ignored");
      return p + 1;
    }
    const std::string* option = tag->Find("option");
    const std::string* value = tag->Find("value");
    if (option == nullptr || value == nullptr || Trim(*option).empty()) {
      Note(base + p, "<Config> without option= and value=; ignored");
    } else {
      out->push_back(
          OptionChange{std::string(Trim(*option)), std::string(Trim(*value)), Where(base + p)});
    }
    return tag->end;
  }

  // <Environment> ... </Environment>: dictionary files, <Include>/<Exclude>, <Config>.
  size_t ReadEnvironment(size_t p) {
    auto tag = ingest::ParseXmlStartTag(s_, p, "Environment");
    if (!tag) {
      Note(p, "malformed <Environment> tag; ignored");
      return p + 1;
    }
    size_t after = 0;
    size_t end = ingest::FindXmlEndTag(s_, "Environment", tag->end, &after);
    if (end == std::string_view::npos) {
      Note(p, "<Environment> not closed; read up to the first <Sentence>");
      auto first = ingest::FindXmlStartTag(s_, "Sentence", tag->end);
      end = after = first ? first->begin : s_.size();
    }
    const std::string_view env = s_.substr(0, end);
    size_t pos = tag->end;
    ingest::XmlOpenMarkup open = ingest::XmlOpenMarkup::kNone;
    while (true) {
      const size_t q = ingest::FindXmlMarkup(env, pos, &open);
      if (q == std::string_view::npos) break;
      const std::string name(TagNameAt(env, q));
      open = ingest::XmlOpenMarkup::kNone;
      if (name.empty()) {
        pos = q + 1;
        continue;
      }
      if (name == "Config") {
        pos = ReadConfig(env, 0, q, &pending_);
        continue;
      }
      auto child = ingest::ParseXmlStartTag(env, q, name);
      if (!child) {
        Note(q, "malformed <" + name + "> tag in <Environment>; ignored");
        pos = q + 1;
        continue;
      }
      std::string value;
      pos = child->end;
      if (!child->self_closing) {
        size_t child_after = 0;
        const size_t child_end = ingest::FindXmlEndTag(env, name, child->end, &child_after);
        if (child_end == std::string_view::npos) {
          Note(q, "<" + name + "> not closed in <Environment>; ignored");
          continue;
        }
        value = ingest::CollapseXmlWhiteSpace(
            ingest::XmlTextContent(env.substr(child->end, child_end - child->end)));
        pos = child_after;
      }
      EnvironmentEntry(name, value, q);
    }
    return after;
  }

  void EnvironmentEntry(const std::string& name, const std::string& value, size_t at) {
    auto files = [&](lexicon::FileRole role, bool list) {
      std::vector<std::string> names;
      if (list) {
        size_t b = 0;
        while (b <= value.size()) {
          size_t e = value.find(',', b);
          if (e == std::string::npos) e = value.size();
          const std::string_view n = Trim(std::string_view(value).substr(b, e - b));
          if (!n.empty()) names.emplace_back(n);
          b = e + 1;
        }
      } else if (!value.empty()) {
        names.push_back(value);
      }
      if (names.empty()) Note(at, "<" + name + "> names no file");
      for (const std::string& n : names) env_files_.push_back({role, n, at});
    };
    if (name == "Verbfile") {
      files(lexicon::FileRole::kVerbs, false);
    } else if (name == "Actorfile") {
      files(lexicon::FileRole::kActors, true);
    } else if (name == "Agentfile") {
      files(lexicon::FileRole::kAgents, true);
    } else if (name == "Discardfile") {
      files(lexicon::FileRole::kDiscards, false);
    } else if (name == "Issuefile") {
      files(lexicon::FileRole::kIssues, false);
    } else if (name == "Include" || name == "Exclude") {
      std::vector<std::string>& list = name == "Include" ? include_ : exclude_;
      has_include_ |= name == "Include";
      size_t i = 0;
      while (i < value.size()) {
        while (i < value.size() && IsSpace(value[i])) ++i;
        size_t j = i;
        while (j < value.size() && !IsSpace(value[j])) ++j;
        if (j > i) {
          std::string cat = value.substr(i, j - i);
          // PETRARCH-1's "valid" means "only records with valid=true", which every flavour's
          // enable flag already requires: not a category.
          if (!(name == "Include" && cat == "valid")) list.push_back(std::move(cat));
        }
        i = j;
      }
    } else if (name == "PICOfile") {
      Note(at, "<PICOfile> " + value +
                   " (UD-PETRARCH's internal coding ontology) is not a dictionary entente reads; "
                   "ignored");
    } else if (name == "Errorfile" || name == "Pause" || name == "Textfile" ||
               name == "P1Verbfile") {
      // Where PETRARCH wrote its errors, and its interactive pauses: nothing to read.
    } else {
      Note(at, "unknown element <" + name + "> in <Environment>; ignored");
    }
  }

  // One <Sentence ...> ... </Sentence> at s_[p]; returns where to go on.
  size_t ReadRecord(size_t p) {
    auto tag = ingest::ParseXmlStartTag(s_, p, "Sentence");
    if (!tag) {
      Note(p, "malformed <Sentence> start tag (unbalanced quotes or no '>'); record skipped");
      return p + 1;
    }
    if (tag->self_closing) {
      Note(p, "empty <Sentence/> record: no <Text>; skipped");
      return tag->end;
    }
    // The first </Sentence> after the start tag ends the record; a <Sentence> before it means
    // this one was never closed.
    size_t end = std::string_view::npos, after = 0;
    {
      size_t pos = tag->end;
      ingest::XmlOpenMarkup open = ingest::XmlOpenMarkup::kNone;
      while (true) {
        const size_t q = ingest::FindXmlMarkup(s_, pos, &open);
        if (q == std::string_view::npos) break;
        if (ingest::IsXmlEndTag(s_, q, "Sentence", &after)) {
          end = q;
          break;
        }
        if (ingest::IsXmlStartTag(s_, q, "Sentence")) {
          Note(p, "record not closed (no </Sentence>) before the next <Sentence> at line " +
                      std::to_string(lines_.LineOf(q)) + "; skipped");
          return q;
        }
        pos = q + 1;
      }
    }
    if (end == std::string_view::npos) {
      Note(p, "record not closed (no </Sentence>) before the end of the file; skipped");
      return s_.size();
    }

    SuiteRecord rec;
    RecordFlags flags;
    rec.where = Where(p);
    const std::string* raw_date = tag->Find("date");
    if (raw_date == nullptr) {
      Note(p, "<Sentence> has no date attribute; record skipped");
      return after;
    }
    auto date = base::ParseDate(Trim(*raw_date));
    if (!date.ok()) {
      Note(p, date.status().message() + "; record skipped");
      return after;
    }
    rec.date = DateToInt(*date);
    if (const std::string* id = tag->Find("id"); id != nullptr && !Trim(*id).empty()) {
      rec.id = std::string(Trim(*id));
    } else {
      rec.id = base::BaseName(path_) + ":" + std::to_string(lines_.LineOf(p));
      Note(p, "<Sentence> has no id; using \"" + rec.id + "\"");
    }
    if (const std::string* cat = tag->Find("category"); cat != nullptr && !Trim(*cat).empty()) {
      rec.category = std::string(Trim(*cat));
    } else {
      rec.category = CategoryOfId(rec.id);
    }
    auto flag = [&](const char* attr, std::optional<std::string>* out) {
      if (const std::string* v = tag->Find(attr)) *out = ToLower(Trim(*v));
    };
    flag("valid", &flags.valid);
    flag("sentence", &flags.sentence);
    flag("evaluate", &flags.evaluate);
    flags.after_stop = stopped_;

    // The record's content, scanned for <EventCoding>, <Text>, <Config>; <Parse> is stepped over
    // (a CoNLL-U or Penn tree may hold '<').
    const size_t base = tag->end;
    const std::string_view body = s_.substr(base, end - base);
    bool have_text = false, noevents = false;
    std::vector<ExpectedEvent> events;
    std::string error;
    size_t pos = 0;
    ingest::XmlOpenMarkup open = ingest::XmlOpenMarkup::kNone;
    while (true) {
      const size_t q = ingest::FindXmlMarkup(body, pos, &open);
      if (q == std::string_view::npos) break;
      open = ingest::XmlOpenMarkup::kNone;
      const std::string_view name = TagNameAt(body, q);
      pos = q + 1;
      if (name == "EventCoding") {
        auto ec = ingest::ParseXmlStartTag(body, q, "EventCoding");
        if (!ec) {
          Note(base + q, "malformed <EventCoding> tag; ignored");
          continue;
        }
        pos = ec->end;
        flags.has_coding = true;
        const std::string* err = ec->Find("error");
        const std::string* none = ec->Find("noevents");
        const std::string* src = ec->Find("sourcecode");
        const std::string* tgt = ec->Find("targetcode");
        const std::string* code = ec->Find("eventcode");
        if (err != nullptr) {
          if (error.empty()) error = std::string(Trim(*err));
        } else if (none != nullptr) {
          if (ToLower(Trim(*none)) == "true") {
            noevents = true;
          } else {
            Note(base + q, "noevents=\"" + *none + "\" is not \"True\"; ignored");
          }
        } else if (src != nullptr && tgt != nullptr && code != nullptr) {
          events.push_back(ExpectedEvent{CleanCode(*src), CleanCode(*tgt), CleanCode(*code)});
        } else {
          Note(base + q,
               "<EventCoding> needs sourcecode=, targetcode= and eventcode=, or noevents= or "
               "error=; ignored");
        }
      } else if (name == "Text") {
        auto t = ingest::ParseXmlStartTag(body, q, "Text");
        if (!t) continue;
        pos = t->end;
        if (have_text) {
          Note(base + q, "a second <Text> in the record; ignored");
          continue;
        }
        have_text = true;
        if (t->self_closing) continue;
        size_t t_after = 0;
        const size_t t_end = ingest::FindXmlEndTag(body, "Text", t->end, &t_after);
        if (t_end == std::string_view::npos) {
          Note(p, "<Text> not closed (no </Text>) within the record; record skipped");
          return after;
        }
        rec.text = ingest::CollapseXmlWhiteSpace(
            ingest::XmlTextContent(body.substr(t->end, t_end - t->end)));
        base::RepairUtf8(&rec.text);
        pos = t_after;
      } else if (name == "Parse") {
        auto t = ingest::ParseXmlStartTag(body, q, "Parse");
        if (!t || t->self_closing) continue;
        size_t t_after = 0;
        if (ingest::FindXmlEndTag(body, "Parse", t->end, &t_after) != std::string_view::npos) {
          pos = t_after;
        }
      } else if (name == "Config") {
        pos = ReadConfig(body, base, q, &pending_);
      }
    }
    if (!have_text || rec.text.empty()) {
      Note(p, have_text ? "<Text> is empty; record skipped" : "record has no <Text>; skipped");
      return after;
    }
    if (!error.empty()) {
      rec.expect = SuiteRecord::Expect::kError;
      rec.error = error;
      if (!events.empty() || noevents) {
        Note(p, "error=\"" + error + "\" with other <EventCoding> elements: the error is expected");
      }
    } else if (!events.empty()) {
      rec.expect = SuiteRecord::Expect::kEvents;
      rec.expected = std::move(events);
      if (noevents) Note(p, "noevents=\"True\" beside expected events; the events are expected");
    } else if (noevents) {
      rec.expect = SuiteRecord::Expect::kNoEvents;
    } else {
      rec.expect = SuiteRecord::Expect::kNoEvents;
    }
    rec.options = std::move(pending_);
    pending_.clear();
    suite_->records.push_back(std::move(rec));
    flags_.push_back(std::move(flags));
    return after;
  }

  // Flavour, dictionary formats and enable flags, once every record is read.
  void Finish() {
    size_t n_valid = 0, n_sentence = 0, n_evaluate = 0;
    for (const RecordFlags& f : flags_) {
      n_valid += f.valid.has_value();
      n_sentence += f.sentence.has_value();
      n_evaluate += f.evaluate.has_value();
    }
    enum class Flavour { kP1, kP2, kUd } flavour = Flavour::kP2;
    if (n_evaluate > 0 && n_evaluate >= n_valid && n_evaluate >= n_sentence) {
      flavour = Flavour::kUd;
    } else if (n_valid > n_sentence) {
      flavour = Flavour::kP1;
    } else if (n_sentence == 0) {
      NoteFile("no record has valid=, sentence= or evaluate=; read as PETRARCH-2");
    }
    suite_->name = flavour == Flavour::kP1   ? "petrarch1"
                   : flavour == Flavour::kUd ? "udpetrarch"
                                             : "petrarch2";
    const lexicon::Format format =
        flavour == Flavour::kP1 ? lexicon::Format::kPetrarch1 : lexicon::Format::kPetrarch2;
    const fs::path dir = fs::path(path_).parent_path();
    for (const EnvFile& f : env_files_) {
      const fs::path p = dir / f.name;
      if (!IsFile(p)) Note(f.at, "<Environment> names " + p.string() + ", which is not there");
      suite_->dictionaries.push_back(lexicon::DictionaryFile{f.role, format, p.string()});
    }
    suite_->include = include_;

    const char* attr = flavour == Flavour::kP1   ? "valid"
                       : flavour == Flavour::kUd ? "evaluate"
                                                 : "sentence";
    for (size_t i = 0; i < suite_->records.size(); ++i) {
      SuiteRecord& r = suite_->records[i];
      const RecordFlags& f = flags_[i];
      const std::optional<std::string>& v = flavour == Flavour::kP1   ? f.valid
                                            : flavour == Flavour::kUd ? f.evaluate
                                                                      : f.sentence;
      const std::string head = r.where + ": " + r.id + ": ";
      if (flavour == Flavour::kUd) {
        r.enabled = !v.has_value() || *v != "false";
      } else {
        r.enabled = v.has_value() && *v == "true";
        if (!v.has_value()) {
          suite_->diagnostics.push_back(head + "no " + attr + "= attribute; not enabled");
        }
      }
      if (!r.enabled) continue;
      if (has_include_ &&
          std::find(include_.begin(), include_.end(), r.category) == include_.end()) {
        r.enabled = false;
        suite_->diagnostics.push_back(head + "category " + r.category +
                                      " is not in <Include>; not enabled");
      } else if (std::find(exclude_.begin(), exclude_.end(), r.category) != exclude_.end()) {
        r.enabled = false;
        suite_->diagnostics.push_back(head + "category " + r.category +
                                      " is in <Exclude>; not enabled");
      } else if (!f.has_coding) {
        // PETRARCH-1 and -2 run such a record and expect nothing (PATTERN-06, whose expectation
        // is commented out, and which UD-PETRARCH's file rewrites as noevents="True");
        // UD-PETRARCH's validation.py skips a record without events.
        if (flavour == Flavour::kUd) {
          r.enabled = false;
          suite_->diagnostics.push_back(head + "no <EventCoding>: not evaluated");
        } else {
          suite_->diagnostics.push_back(head + "no <EventCoding>: expects no events");
        }
      } else if (f.after_stop) {
        r.enabled = false;
      }
    }
  }

  struct EnvFile {
    lexicon::FileRole role;
    std::string name;
    size_t at;
  };

  const std::string& path_;
  std::string_view s_;
  LineIndex lines_;
  Suite* suite_;
  std::vector<OptionChange> pending_;
  std::vector<EnvFile> env_files_;
  std::vector<std::string> include_, exclude_;
  bool has_include_ = false;
  bool stopped_ = false;
  std::vector<RecordFlags> flags_;  // parallel to suite_->records
};

// ---- TABARI ----------------------------------------------------------------------------------

// One `{...}` of a TABARI record.
struct TabariSpec {
  enum class Kind : uint8_t { kEvent, kNull, kDiscard, kComplex, kOption } kind = Kind::kEvent;
  bool stop = false;  // written `-{`
  ExpectedEvent event;
  OptionChange option;
};

class TabariSuiteReader {
 public:
  TabariSuiteReader(const std::string& path, Suite* suite) : path_(path), suite_(suite) {}

  void Read(std::string_view content) {
    size_t pos = 0, line_no = 0;
    bool in_record = false;
    while (pos < content.size()) {
      size_t end = content.find('\n', pos);
      if (end == std::string_view::npos) end = content.size();
      std::string_view line = content.substr(pos, end - pos);
      pos = end + 1;
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (Trim(line).empty()) {
        if (in_record) FinishRecord();
        in_record = false;
        continue;
      }
      if (!in_record) {
        // TABARI: a block between blank lines that does not start with a digit is a comment.
        if (IsDigit(line[0])) {
          StartRecord(line, line_no);
          in_record = true;
        }
        continue;
      }
      BodyLine(line, line_no);
    }
    if (in_record) FinishRecord();
    if (after_final_ > 0) {
      suite_->diagnostics.push_back(
          final_where_ + ": FINAL-01 ends the standard records; the " +
          std::to_string(after_final_) +
          " after it need other options or crash TABARI: read, not enabled");
    }
  }

 private:
  std::string Where(size_t line) const { return path_ + ":" + std::to_string(line); }
  void Note(size_t line, const std::string& reason) {
    suite_->diagnostics.push_back(Where(line) + ": " + reason);
  }

  // "YYMMDD ID [anything]": Validate.text also writes 8-digit dates (YYYY-01), a 7-digit one
  // (ACTORSYN-01: TABARI reads the first 6), a 9-digit one in YYYY mode (YYYY-03: the first 8),
  // the date twice (AGENTS-11), and TABARI.Demo.text writes "950101*INTRO".
  void StartRecord(std::string_view line, size_t line_no) {
    cur_ = SuiteRecord();
    cur_.where = Where(line_no);
    cur_line_ = line_no;
    specs_.clear();
    spec_lines_.clear();
    in_comment_ = false;
    comment_end_ = std::string::npos;
    pending_space_ = false;
    bad_ = false;
    size_t i = 0;
    while (i < line.size() && IsDigit(line[i])) ++i;
    std::string_view raw_date = line.substr(0, i);
    if (raw_date.size() == 7 || raw_date.size() > 8) {
      const size_t keep = raw_date.size() == 7 ? 6 : 8;
      Note(line_no, "date '" + std::string(raw_date) + "' has " + std::to_string(raw_date.size()) +
                        " digits; read as '" + std::string(raw_date.substr(0, keep)) +
                        "' as TABARI does");
      raw_date = raw_date.substr(0, keep);
    }
    auto word = [&]() {
      while (i < line.size() && IsSpace(line[i])) ++i;
      const size_t b = i;
      while (i < line.size() && !IsSpace(line[i])) ++i;
      return line.substr(b, i - b);
    };
    std::string_view id = word();
    if (id == line.substr(0, raw_date.size()) || id == raw_date) {
      const size_t save = i;
      std::string_view next = word();
      if (!next.empty()) {
        Note(line_no, "the date is written twice; the ID is '" + std::string(next) + "'");
        id = next;
      } else {
        i = save;
      }
    }
    cur_.id = std::string(id);
    // The rest of the line is not text, but it may open a comment or hold an expectation.
    const std::string_view rest = line.substr(i);
    ScanSpecs(rest, line_no);
    TrackComments(rest);

    auto date = base::ParseDate(raw_date);
    if (!date.ok()) {
      Note(line_no, date.status().message() + "; record skipped");
      bad_ = true;
      return;
    }
    cur_.date = DateToInt(*date);
    if (cur_.id.empty()) {
      cur_.id = base::BaseName(path_) + ":" + std::to_string(line_no);
      Note(line_no, "record has no ID after its date; using \"" + cur_.id + "\"");
    }
    cur_.category = CategoryOfId(cur_.id);
  }

  void TrackComments(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
      const size_t mark = s.find(in_comment_ ? "*/" : "/*", i);
      if (mark == std::string_view::npos) return;
      in_comment_ = !in_comment_;
      i = mark + 2;
    }
  }

  void BodyLine(std::string_view line, size_t line_no) {
    ScanSpecs(line, line_no);
    AddText(line, line_no);
  }

  // The text outside comments. A comment never closed ends with its record (COMPOUND-06,
  // DEFAULT-06b); a "*/" with no comment open means the comment's last lines were repeated after
  // its end (PATTERN-26, AGENTS-11), so the text since that end is taken back out.
  void AddText(std::string_view line, size_t line_no) {
    pending_space_ = true;
    size_t i = 0;
    while (i < line.size()) {
      if (in_comment_) {
        const size_t close = line.find("*/", i);
        if (close == std::string_view::npos) return;
        in_comment_ = false;
        i = close + 2;
        comment_end_ = cur_.text.size();
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
        cur_.text.resize(comment_end_);
        Note(line_no,
             "\"*/\" with no comment open: the lines since the previous comment's end "
             "are taken as part of it");
      } else {
        Note(line_no, "\"*/\" with no comment open; ignored");
      }
      i = stray + 2;
      pending_space_ = true;
    }
  }

  void AppendCollapsed(std::string_view piece) {
    std::string& text = cur_.text;
    for (size_t i = 0; i < piece.size(); ++i) {
      char c = piece[i];
      if (c == '\\' && i + 1 < piece.size() && piece[i + 1] == 'n') {
        ++i;
        c = ' ';  // a display break
      }
      if (IsSpace(c)) {
        pending_space_ = true;
        continue;
      }
      if (pending_space_ && !text.empty()) text.push_back(' ');
      pending_space_ = false;
      text.push_back(c);
    }
  }

  // Finds `{...}` and `-{...}` in a line of the record, comment or not (expectations repeated
  // after a comment's end count too). A `{` left open runs to "*/" or the end of the line
  // (`{ OPTION: SET: MINIMUM WORDS = 4  */`).
  void ScanSpecs(std::string_view line, size_t line_no) {
    size_t i = 0;
    while ((i = line.find('{', i)) != std::string_view::npos) {
      const bool stop = i > 0 && line[i - 1] == '-';
      size_t close = line.find('}', i + 1);
      std::string_view inside;
      if (close == std::string_view::npos) {
        size_t e = line.find("*/", i + 1);
        if (e == std::string_view::npos) e = line.size();
        inside = line.substr(i + 1, e - i - 1);
        Note(line_no, "'{' not closed by '}' on its line; read up to " +
                          std::string(e == line.size() ? "the end of the line" : "\"*/\""));
        close = e;
      } else {
        inside = line.substr(i + 1, close - i - 1);
      }
      i = close + (close < line.size() ? 1 : 0);
      ParseSpec(Trim(inside), stop, line_no);
    }
  }

  void ParseSpec(std::string_view s, bool stop, size_t line_no) {
    if (s.empty()) return;  // START-00's "the events ... coded in {}" is prose
    TabariSpec spec;
    spec.stop = stop;
    const std::string upper = ToUpper(s);
    std::string_view after_word = upper.rfind("OPTION", 0) == 0 ? Trim(s.substr(6)) : "";
    if (!after_word.empty() && after_word.front() == ':') {
      const std::string_view rest = Trim(after_word.substr(1));
      const size_t colon = rest.find(':');
      if (colon == std::string_view::npos) {
        Note(line_no, "OPTION without 'COMMAND:' ('" + std::string(s) + "'); ignored");
        return;
      }
      spec.kind = TabariSpec::Kind::kOption;
      spec.option.name = ToUpper(Trim(rest.substr(0, colon)));
      spec.option.value = std::string(Trim(rest.substr(colon + 1)));
      spec.option.where = Where(line_no);
    } else if (s == "---") {
      spec.kind = TabariSpec::Kind::kNull;
    } else if (s == "###") {
      spec.kind = TabariSpec::Kind::kDiscard;
    } else if (s == "+++") {
      spec.kind = TabariSpec::Kind::kComplex;
    } else {
      const size_t a = s.find('/');
      const size_t b = a == std::string_view::npos ? a : s.find('/', a + 1);
      if (b == std::string_view::npos || s.find('/', b + 1) != std::string_view::npos) {
        Note(line_no, "'{" + std::string(s) +
                          "}' is not SOURCE / TARGET / CODE, ---, ###, +++ or OPTION:; ignored");
        return;
      }
      spec.event = ExpectedEvent{CleanCode(s.substr(0, a)), CleanCode(s.substr(a + 1, b - a - 1)),
                                 CleanCode(s.substr(b + 1))};
      if (spec.event.source.empty() || spec.event.target.empty() || spec.event.code.empty()) {
        Note(line_no, "'{" + std::string(s) + "}' has an empty code; ignored");
        return;
      }
    }
    specs_.push_back(std::move(spec));
    spec_lines_.push_back(line_no);
  }

  void FinishRecord() {
    if (bad_) {
      // The record is lost, its option changes are not: they apply from the next one on.
      for (const TabariSpec& spec : specs_)
        if (spec.kind == TabariSpec::Kind::kOption) pending_.push_back(spec.option);
      return;
    }
    SuiteRecord& r = cur_;
    r.options = std::move(pending_);
    pending_.clear();
    base::RepairUtf8(&r.text);
    using Kind = TabariSpec::Kind;
    bool decided = false, stopped = false, any_check = false;
    for (size_t k = 0; k < specs_.size(); ++k) {
      const TabariSpec& spec = specs_[k];
      if (spec.kind == Kind::kOption) {
        r.options.push_back(spec.option);
        continue;
      }
      any_check = true;
      if (spec.stop && !stopped) {
        stopped = true;
        r.subset = true;
        if (!decided) r.expect = SuiteRecord::Expect::kEvents;  // unchecked
        decided = true;
      }
      if (stopped) continue;
      if (!decided) {
        decided = true;
        r.expect = spec.kind == Kind::kNull      ? SuiteRecord::Expect::kNoEvents
                   : spec.kind == Kind::kDiscard ? SuiteRecord::Expect::kDiscard
                   : spec.kind == Kind::kComplex ? SuiteRecord::Expect::kComplex
                                                 : SuiteRecord::Expect::kEvents;
      } else if (spec.kind != Kind::kEvent) {
        Note(spec_lines_[k], r.id + ": {" +
                                 std::string(spec.kind == Kind::kNull      ? "---"
                                             : spec.kind == Kind::kDiscard ? "###"
                                                                           : "+++") +
                                 "} after the record's first expectation; ignored");
        continue;
      }
      if (spec.kind == Kind::kEvent) {
        if (r.expect == SuiteRecord::Expect::kEvents || r.expect == SuiteRecord::Expect::kComplex) {
          r.expected.push_back(spec.event);
        } else {
          Note(spec_lines_[k], r.id + ": an event after {---} or {###}; ignored");
        }
      }
    }
    if (!any_check) {
      // Nothing to check: an OPTION record (coded so that TABARI's sequence is kept) or FINAL-01.
      r.expect = SuiteRecord::Expect::kEvents;
      r.subset = true;
      if (r.options.empty()) Note(cur_line_, r.id + ": no expected events given; not checked");
    }
    if (r.text.empty()) {
      Note(cur_line_, r.id + ": no text (the record holds only comments); not enabled");
      r.enabled = false;
    }
    if (seen_final_) {
      r.enabled = false;
      ++after_final_;
    }
    if (r.id == "FINAL-01") {
      seen_final_ = true;
      final_where_ = r.where;
    }
    suite_->records.push_back(std::move(cur_));
    cur_ = SuiteRecord();
  }

  const std::string& path_;
  Suite* suite_;
  SuiteRecord cur_;
  size_t cur_line_ = 0;
  std::vector<TabariSpec> specs_;
  std::vector<size_t> spec_lines_;
  bool in_comment_ = false;
  size_t comment_end_ = std::string::npos;
  bool pending_space_ = false;
  bool bad_ = false;
  bool seen_final_ = false;
  size_t after_final_ = 0;
  std::string final_where_;
  std::vector<OptionChange> pending_;  // from records skipped for a bad date
};

// The <textfile> a TABARI .project names, or "".
std::string ProjectTextFile(const std::string& project, std::string_view content) {
  size_t pos = 0;
  while (pos < content.size()) {
    size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    const std::string_view line = Trim(content.substr(pos, end - pos));
    pos = end + 1;
    if (line.size() < 2 || line[0] != '<') continue;
    const size_t close = line.find('>');
    if (close == std::string_view::npos) continue;
    if (ToLower(line.substr(1, close - 1)) != "textfile") continue;
    const std::string_view name = Trim(line.substr(close + 1));
    if (name.empty()) return "";
    return (fs::path(project).parent_path() / std::string(name)).string();
  }
  return "";
}

std::string WithExtension(const std::string& path, const char* ext) {
  fs::path p(path);
  p.replace_extension(ext);
  return p.string();
}

StatusOr<Suite> ReadTabari(const std::string& given, std::string content_of_given,
                           bool given_is_project) {
  Suite suite;
  suite.kind = SuiteKind::kTabari;
  suite.name = "tabari";
  std::string text_path = given, content = std::move(content_of_given);
  if (given_is_project) {
    suite.tabari_project = given;
    text_path = ProjectTextFile(given, content);
    if (text_path.empty() || !IsFile(text_path)) {
      const std::string beside = WithExtension(given, ".text");
      if (!IsFile(beside)) {
        return NotFoundError(
            given + ": the project's <textfile> " +
            (text_path.empty() ? std::string("entry is missing") : text_path + " is not there") +
            ", and there is no " + beside);
      }
      if (!text_path.empty()) {
        suite.diagnostics.push_back(given + ": <textfile> " + text_path +
                                    " is not there; reading " + beside);
      }
      text_path = beside;
    }
    ENTENTE_ASSIGN_OR_RETURN(content, ReadWholeFile(text_path));
  } else {
    const std::string project = WithExtension(given, ".project");
    if (IsFile(project)) {
      suite.tabari_project = project;
    } else {
      suite.diagnostics.push_back(given + ": no " + project +
                                  " beside it: the suite's dictionaries are unknown");
    }
  }
  suite.path = text_path;
  TabariSuiteReader(text_path, &suite).Read(content);
  if (suite.records.empty()) {
    return DataLossError(text_path +
                         ": no TABARI records (a \"YYMMDD ID\" line after a blank "
                         "line) in the file");
  }
  return suite;
}

// ---- options ---------------------------------------------------------------------------------

Status Unimplemented(const OptionChange& c, const std::string& why) {
  return Status(StatusCode::kUnimplemented,
                c.where + ": " + c.name + (c.value.empty() ? "" : " " + c.value) + ": " + why);
}

Status BadValue(const OptionChange& c, const std::string& why) {
  return InvalidArgumentError(c.where + ": " + c.name + " = '" + c.value + "': " + why);
}

bool ParseBool(std::string_view v, bool* out) {
  const std::string u = ToUpper(Trim(v));
  if (u == "TRUE" || u == "1" || u == "YES") return *out = true, true;
  if (u == "FALSE" || u == "0" || u == "NO") return *out = false, true;
  return false;
}

bool ParseInt(std::string_view v, int* out) {
  v = Trim(v);
  size_t i = 0;
  bool neg = false;
  if (i < v.size() && (v[i] == '-' || v[i] == '+')) neg = v[i++] == '-';
  if (i == v.size() || v.size() - i > 9) return false;
  int n = 0;
  for (; i < v.size(); ++i) {
    if (!IsDigit(v[i])) return false;
    n = n * 10 + (v[i] - '0');
  }
  *out = neg ? -n : n;
  return true;
}

// The integer after `key` (and blanks or '='), e.g. "MINIMUM WORDS = 4".
bool NumberAfter(std::string_view s, std::string_view key, int* out) {
  const size_t k = s.find(key);
  if (k == std::string_view::npos) return false;
  size_t i = k + key.size();
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '=')) ++i;
  size_t j = i;
  while (j < s.size() && IsDigit(s[j]) && j - i < 9) ++j;
  if (j == i) return false;
  *out = std::atoi(std::string(s.substr(i, j - i)).c_str());
  return true;
}

Status ApplyPetrarch(const OptionChange& c, const std::string& name, lexicon::Options* o) {
  if (name == "stop_on_error") return Status::Ok();  // stops PETRARCH's run; nothing to code
  if (name == "require_dyad") {
    bool b = false;
    if (!ParseBool(c.value, &b)) return BadValue(c, "needs true or false");
    o->require_dyad = b;
    return Status::Ok();
  }
  int* field = name == "new_actor_length" ? &o->new_actor_length
               : name == "comma_min"      ? &o->comma_min
               : name == "comma_max"      ? &o->comma_max
               : name == "comma_bmin"     ? &o->comma_bmin
               : name == "comma_bmax"     ? &o->comma_bmax
               : name == "comma_emin"     ? &o->comma_emin
               : name == "comma_emax"     ? &o->comma_emax
                                          : nullptr;
  if (field == nullptr) return Unimplemented(c, "not a PETRARCH option entente knows");
  int n = 0;
  if (!ParseInt(c.value, &n) || n < 0) return BadValue(c, "needs a whole number >= 0");
  *field = n;
  return Status::Ok();
}

Status ApplyTabari(const OptionChange& c, const std::string& command, lexicon::Options* o) {
  const std::string v = ToUpper(Trim(c.value));
  // TABARI manual §8.1.1: only the first four letters of a command name count.
  const std::string key = command.substr(0, 4);
  if (key == "SET") {
    if (v.find("CODE BY CLAUSE") != std::string::npos) {
      o->code_by = lexicon::Options::CodeBy::kClause;
    } else if (v.find("CODE BY SENTENCE") != std::string::npos) {
      o->code_by = lexicon::Options::CodeBy::kSentence;
    } else if (v.find("CODE ALL") != std::string::npos) {
      o->code_by = lexicon::Options::CodeBy::kAll;
    } else if (v.find("MINIMUM WORDS") != std::string::npos) {
      int n = 0;
      if (!NumberAfter(v, "MINIMUM WORDS", &n)) return BadValue(c, "MINIMUM WORDS needs a number");
      o->minimum_words = n;
    } else if (v.find("CONVERT AGENT") != std::string::npos) {
      // Validate.text writes CONVERT AGENT, the manual CONVERT AGENTS.
      const size_t eq = v.find('=');
      bool b = false;
      if (eq == std::string::npos || !ParseBool(std::string_view(v).substr(eq + 1), &b)) {
        return BadValue(c, "CONVERT AGENTS needs = TRUE or = FALSE");
      }
      o->convert_agents = b;
    } else {
      return Unimplemented(c, "lexicon::Options has no field for this SET: command");
    }
    return Status::Ok();
  }
  if (key == "COMM") {
    if (v.find("OFF") != std::string::npos) {
      o->comma_off = true;
      return Status::Ok();
    }
    // BMIN/EMIN contain MIN: read the prefixed ones first, then blank them out.
    std::string w = v;
    bool any = false;
    any |= NumberAfter(w, "BMIN", &o->comma_bmin);
    any |= NumberAfter(w, "BMAX", &o->comma_bmax);
    any |= NumberAfter(w, "EMIN", &o->comma_emin);
    any |= NumberAfter(w, "EMAX", &o->comma_emax);
    for (const char* k : {"BMIN", "BMAX", "EMIN", "EMAX"}) {
      for (size_t p = w.find(k); p != std::string::npos; p = w.find(k)) w.replace(p, 4, "....");
    }
    any |= NumberAfter(w, "MIN", &o->comma_min);
    any |= NumberAfter(w, "MAX", &o->comma_max);
    if (!any) return BadValue(c, "COMMA: needs OFF or MIN/MAX/EMIN/EMAX/BMIN/BMAX = N");
    o->comma_off = false;
    return Status::Ok();
  }
  if (key == "DEFA") {
    if (v == "OFF") {
      o->default_source.clear();
      o->default_target.clear();
      return Status::Ok();
    }
    auto code_after = [&](std::string_view word, std::string* out) {
      const size_t k = v.find(word);
      if (k == std::string::npos) return;
      const size_t a = v.find('[', k), b = v.find(']', k);
      if (a == std::string::npos || b == std::string::npos || b < a) return;
      *out = std::string(Trim(std::string_view(c.value).substr(a + 1, b - a - 1)));
    };
    std::string source, target;
    code_after("SOURCE", &source);
    code_after("TARGET", &target);
    if (source.empty() && target.empty()) {
      return BadValue(c, "DEFAULT: needs OFF, SOURCE [CODE] or TARGET [CODE]");
    }
    if (!source.empty()) o->default_source = source;
    if (!target.empty()) o->default_target = target;
    if (v.find("PRIOR") != std::string::npos || v.find("AFTER") != std::string::npos) {
      return Unimplemented(c,
                           "the default codes were set, but lexicon::Options has no field for "
                           "PRIOR/AFTER");
    }
    return Status::Ok();
  }
  if (key == "LABE") {
    const size_t eq = c.value.find('=');
    if (eq == std::string::npos) return BadValue(c, "LABEL: needs CODE=TEXT");
    o->labels[std::string(Trim(std::string_view(c.value).substr(0, eq)))] =
        std::string(Trim(std::string_view(c.value).substr(eq + 1)));
    return Status::Ok();
  }
  if (key == "OUTP") return Status::Ok();  // the output file's fields; coding is unchanged
  return Unimplemented(c, "lexicon::Options has no field for this TABARI command");
}

}  // namespace

size_t Suite::EnabledCount() const {
  size_t n = 0;
  for (const SuiteRecord& r : records) n += r.enabled;
  return n;
}

StatusOr<Suite> ReadSuite(const std::string& path) {
  ENTENTE_ASSIGN_OR_RETURN(std::string content, ReadWholeFile(path));
  const std::string lower = ToLower(path);
  if (EndsWith(lower, ".project")) return ReadTabari(path, std::move(content), true);
  std::string_view head = content;
  if (head.size() >= 3 && head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  head = Trim(head);
  const bool xml = EndsWith(lower, ".xml") || EndsWith(lower, ".xml.gz") ||
                   (!head.empty() && head.front() == '<');
  if (!xml) return ReadTabari(path, std::move(content), false);

  Suite suite;
  suite.kind = SuiteKind::kPetrarchXml;
  suite.path = path;
  PetrarchSuiteReader(path, content, &suite).Read();
  if (suite.records.empty()) {
    return DataLossError(
        path + ": no <Sentence> records could be read" +
        (suite.diagnostics.empty() ? std::string() : " (" + suite.diagnostics.front() + ")"));
  }
  return suite;
}

Status ApplyOption(const OptionChange& change, lexicon::Options* options) {
  options->commands.push_back(lexicon::Options::Command{change.name, change.value, {}});
  const std::string trimmed(Trim(change.name));
  if (trimmed.empty()) return BadValue(change, "no option name");
  // PETRARCH names are lower case with '_'; TABARI commands are upper-case words.
  const bool petrarch =
      trimmed.find('_') != std::string::npos || (trimmed.front() >= 'a' && trimmed.front() <= 'z');
  if (petrarch) return ApplyPetrarch(change, ToLower(trimmed), options);
  return ApplyTabari(change, ToUpper(trimmed), options);
}

}  // namespace entente::eval
