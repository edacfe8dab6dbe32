// What the dictionary readers share: loading a file (plain, gzip, or a one-member .zip, as the
// TABARI distribution ships CountryInfo), walking its lines with the format's comment rules,
// reporting bad lines as "file:line: reason", and the small parsers every format needs (codes in
// brackets, phrases, dates).
#ifndef ENTENTE_LEXICON_READER_UTIL_H_
#define ENTENTE_LEXICON_READER_UTIL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"
#include "lexicon/lexicon.h"
#include "lexicon/model.h"

namespace entente::lexicon {

// Reads a whole file into memory: plain or gzip (through base::InputStream), or the single
// member of a .zip archive (deflate or stored).
StatusOr<std::string> ReadDictionaryFile(const std::string& path);

// Comment conventions (DOMAIN.md §3): TABARI `;` to end of line and lines starting `#` or `/`;
// PETRARCH `#` to end of line, `<!-- ... -->` blocks (possibly over several lines, and the
// malformed `<! --` opener of PETR.Validate.actors.txt), and the legacy `;`.
struct CommentRules {
  bool semicolon = false;     // `;` starts a comment
  bool hash = false;          // `#` starts a comment (anywhere)
  bool hash_line = false;     // a line starting with `#` is a comment
  bool slash_line = false;    // a line starting with `/` is a comment (TABARI)
  bool slashslash = false;    // `//` starts a comment (TABARI .options)
  bool xml_blocks = false;    // `<!-- ... -->`
  bool tilde_finish = false;  // a line starting `~~` ends the file (TABARI `~~FINISH`)
};

// One file being read: its lines, the entry counts and diagnostics it produces.
class SourceFile {
 public:
  SourceFile(Dictionary* dict, const LoadOptions& options, std::string path, std::string role,
             std::string content, CommentRules rules);

  // The next line with comments removed and trailing blanks trimmed; false at the end. Blank
  // lines are returned (some formats end blocks with them).
  bool Next(std::string_view* line);
  uint32_t line_number() const { return line_number_; }
  // The line as written (comments included), for messages and `Pattern::text`.
  std::string_view raw() const { return raw_; }
  SourceRef Here() const { return SourceRef{file_index_, line_number_}; }

  // A bad line: reported as "path:line: reason", counted, skipped. In strict mode the first one
  // becomes the Status the reader returns (see status()).
  void Error(const std::string& reason) { ErrorAt(line_number_, reason); }
  void ErrorAt(uint32_t line, const std::string& reason);
  // A questionable line that was read anyway (text after a code, a duplicate, ...).
  void Warning(const std::string& reason) { WarningAt(line_number_, reason); }
  void WarningAt(uint32_t line, const std::string& reason);
  // Ok, or the first error in strict mode.
  const Status& status() const { return status_; }
  bool failed() const { return !status_.ok(); }

  FileReport& report() { return dict_->reports[report_index_]; }
  Dictionary& dict() { return *dict_; }
  const std::string& path() const { return path_; }
  const LoadOptions& options() const { return options_; }
  // Finishes the report (line count); returns status().
  Status Finish();

 private:
  Dictionary* dict_;
  const LoadOptions& options_;
  std::string path_;
  std::string content_;
  CommentRules rules_;
  uint32_t file_index_ = 0;
  size_t report_index_ = 0;
  size_t pos_ = 0;
  uint32_t line_number_ = 0;
  bool in_xml_comment_ = false;
  bool finished_ = false;
  std::string_view raw_;
  std::string cleaned_;
  Status status_;
};

// ---- small parsers ----------------------------------------------------------------------------

std::string_view Trim(std::string_view s);
bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);
// Splits on blanks and tabs, dropping empty pieces.
std::vector<std::string_view> SplitBlanks(std::string_view s);

// A date of 6 (YYMMDD, two-digit years 00-30 = 2000-2030 and 31-99 = 1931-1999, TABARI manual
// §6.5.2 note 1) or 8 digits (YYYYMMDD), or an ISO date YYYY-MM-DD when `iso` is set. Returns
// YYYYMMDD, or -1 with *why set. A day 29-31 past the month's end is read as its last day with
// *warning set, when `warning` is not null (CountryInfo's `030931`); otherwise it is an error.
int32_t ParseRestrictionDate(std::string_view text, bool iso, std::string* why,
                             std::string* warning = nullptr);

// The inside of an actor code block: `CODE`, `CODE <D`, `CODE >D`, `CODE D1-D2` (blanks allowed
// around `<`, `>` and `-`, TABARI's Validate suite writes `[HOB < 950601]`). Returns false with
// *why set when the block is malformed (bad date, missing code, a date in place of a code).
bool ParseActorCodeBlock(std::string_view inside, ActorCode* out, std::string* why,
                         std::string* warning = nullptr);

// The inside of a verb/pattern code block (`032:033`, `023?`, `---`, `###`, `+++`, `:173`, and in
// <TIME> sections `-7` / `+30` when `time_shift` is set).
bool ParseEventCode(std::string_view inside, bool time_shift, EventCode* out, std::string* why);

// Phrase conventions of a format.
enum class PhraseStyle : uint8_t {
  kTabari,    // `_` consecutive, blank = gap; stems unless `_`; `=` exact; endings on the last word
  kPetrarch,  // `_` and blank both consecutive; whole words (actors, synset members)
  kPetrarchAgent,  // `_` consecutive, blank = gap; whole words (PETRARCH agents, discards)
  kNative,         // blank consecutive; `..` a gap; `WORD*` prefix, `WORD~` endings, `WORD` exact
};

// Parses a phrase into *out; false with *why when it has no word.
bool ParsePhrase(std::string_view text, PhraseStyle style, Vocabulary* vocab, Phrase* out,
                 std::string* why);

// Regular English plural of an upper-case noun (PETRARCH's rule: +S, Y -> IES, S/SS/X/Z/CH/SH ->
// +ES), applied to the last word.
std::string PluralOf(std::string_view word);
// Regular verb forms (S, ED, ING) of an upper-case verb, for PETRARCH verbs without `{...}`.
std::vector<std::string> RegularVerbForms(std::string_view verb);

// A copy of `phrase` whose last word is replaced by `last`.
Phrase WithLastWord(const Phrase& phrase, std::string_view last, Vocabulary* vocab);

}  // namespace entente::lexicon

#endif  // ENTENTE_LEXICON_READER_UTIL_H_
