// The field's validation suites, read into one model: PETRARCH XML records (PETRARCH-1,
// PETRARCH-2, UD-PETRARCH) and TABARI's Validate.text (DOMAIN.md §4).
//
//   auto suite = ReadSuite("../shared/data/petrarch1/PETR.UnitTest.records.xml");
//   if (!suite.ok()) { std::cerr << suite.status().ToString() << "\n"; return 1; }
//   // Load suite->dictionaries with lexicon::ReadDictionaryFiles (PETRARCH) or
//   // lexicon::LoadDictionary("tabari:" + suite->tabari_project) (TABARI), then, in file order:
//   lexicon::Options options = dictionary.options;
//   for (const SuiteRecord& r : suite->records) {
//     for (const OptionChange& c : r.options) {
//       Status s = ApplyOption(c, &options);   // Unimplemented: count it and go on
//     }
//     if (!r.enabled) continue;
//     ... code r.text on r.date with `options`, then score with SuiteScorer (suite_score.h)
//   }
//
// Options are applied for every record, enabled or not: a <Config> or `{ OPTION: }` change is
// persistent from where it stands in the file, whether or not the record it precedes is run.
//
// The files are scanned, not parsed: UD-PETRARCH's records file is not well-formed XML,
// Validate.text has comments left open and expectations duplicated after a comment's end. What
// cannot be read is reported in Suite::diagnostics ("file:line: reason") and skipped; ReadSuite
// fails only when the file cannot be read or holds no record at all.
//
// Thread safety: ReadSuite and ApplyOption keep no state; a Suite is a plain value.
#ifndef ENTENTE_EVAL_SUITES_H_
#define ENTENTE_EVAL_SUITES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "entente/status.h"
#include "lexicon/lexicon.h"
#include "lexicon/model.h"

namespace entente::eval {

// One expected event. Quotes around a code (PETRARCH's `sourcecode='"INJURY TOLL"'`, written for
// new_actor_length > 0) are stripped; null-based codes (`---GOV`) and `~` agents are kept as
// written.
struct ExpectedEvent {
  std::string source, target, code;
};

enum class SuiteKind : uint8_t { kPetrarchXml, kTabari };

// A persistent option change.
//   PETRARCH <Config option="require_dyad" value="false">: name "require_dyad", value "false".
//   TABARI `{ OPTION: SET: CODE BY CLAUSE }`: name "SET" (the command, upper case), value
//   "CODE BY CLAUSE" (the rest, as written).
struct OptionChange {
  std::string name, value;
  std::string where;  // "file:line"
};

struct SuiteRecord {
  std::string id;
  // PETRARCH: the category attribute. TABARI: the ID before its last '-' ("DEMO-04" -> "DEMO",
  // "TIME-Modify" -> "TIME"); an ID without '-' is its own category.
  std::string category;
  int32_t date = 0;  // YYYYMMDD
  // The text to code. PETRARCH: <Text>, entities decoded, white space collapsed. TABARI: the text
  // lines without /* */ comments, "\n" display breaks read as spaces, white space collapsed.
  std::string text;
  // Whether the suite runs this record:
  //   PETRARCH-1 valid="true", PETRARCH-2 sentence="true", UD-PETRARCH evaluate != "false"
  //   (case-insensitive); and the category is in <Include> when the suite has one (and not in
  //   <Exclude>); and it comes before any <Stop>; and, for UD-PETRARCH, it has an <EventCoding>
  //   (PETRARCH-1 and -2 run a record without one, expecting no events: PATTERN-06).
  //   TABARI: records up to and including `FINAL-01`, which ends the standard records; those after
  //   it need other options or crash TABARI.
  bool enabled = true;
  // What the record expects:
  //   kEvents    `expected` (PETRARCH <EventCoding sourcecode= targetcode= eventcode=>, TABARI
  //              `{ SRC / TGT / CODE }`)
  //   kNoEvents  PETRARCH noevents="True", TABARI `{---}`
  //   kDiscard   TABARI `{###}`
  //   kComplex   TABARI `{+++}`
  //   kError     PETRARCH error="dateline|bad_input_parse|storydiscard|sentencediscard" (`error`)
  // For TABARI the first `{...}` decides (DEBUG-11 writes `{+++}` and then the events it would give
  // with the complex filter off: kComplex, with those events in `expected` for information).
  enum class Expect : uint8_t { kEvents, kNoEvents, kDiscard, kComplex, kError };
  Expect expect = Expect::kEvents;
  std::string error;                    // the error="..." value, for kError
  std::vector<ExpectedEvent> expected;  // for kEvents, duplicates kept as written
  // TABARI `-{`: checking stops there, so `expected` holds the events before it and must be a
  // subset of what is produced. A record whose first expectation is `-{` is unchecked (TABARI:
  // DEMO-05, COMPOUND-08, COMPOUND-23, TIME-06, TIME-07): `expected` is empty and any output
  // passes. A TABARI record without any `{...}` expectation (its `{ OPTION: }` records, FINAL-01)
  // is unchecked the same way.
  bool subset = false;
  // Option changes to apply before coding this record: PETRARCH <Config> elements since the
  // previous record (those inside <Environment> go with the first record); the record's own TABARI
  // `{ OPTION: ... }` lines.
  std::vector<OptionChange> options;
  std::string where;  // "file:line" of the record's start
};

struct Suite {
  SuiteKind kind = SuiteKind::kPetrarchXml;
  // The records file read (PETRARCH XML, or the TABARI text file even when a .project was given).
  std::string path;
  // "petrarch1", "petrarch2", "udpetrarch" (from the records' enable attribute: valid=,
  // sentence=, evaluate=) or "tabari". For a Dictionary read with lexicon::ReadDictionaryFiles,
  // which leaves Dictionary::format empty, this is the value to put there.
  std::string name;
  // PETRARCH: the <Environment> files (<Verbfile> <Actorfile> <Agentfile> <Discardfile>
  // <Issuefile>; comma-separated lists allowed), relative to the suite's folder, in the format of
  // the suite's flavour: Format::kPetrarch1 for petrarch1, kPetrarch2 for petrarch2 and udpetrarch
  // (as LoadDictionary("udpetrarch:DIR") reads them). Empty for TABARI.
  std::vector<lexicon::DictionaryFile> dictionaries;
  // TABARI: the .project to load with lexicon::LoadDictionary("tabari:" + tabari_project); empty
  // (with a diagnostic) when a .text file has no .project beside it.
  std::string tabari_project;
  std::vector<std::string>
      include;  // <Include> categories (PETRARCH-1's pseudo-category "valid" removed)
  std::vector<SuiteRecord> records;      // every record read, in file order, enabled or not
  std::vector<std::string> diagnostics;  // "file:line: reason": skipped, disabled and odd records

  size_t EnabledCount() const;
};

// Reads a suite. `path` is a PETRARCH XML records file (recognised by a .xml name or content
// starting with '<'), a TABARI .project (its <textfile> entry, or the .text file of the same stem
// beside it, holds the records), or a TABARI text file (the .project of the same stem beside it
// names the dictionaries). gzip-compressed files are read too.
// Errors: NotFound (no such file), IoError, ResourceExhausted (over 256 MiB), DataLoss (no record).
StatusOr<Suite> ReadSuite(const std::string& path);

// Applies one option change to `options`, as the suite asks before a record.
//
// PETRARCH names (case-insensitive): require_dyad (true/True/TRUE/false/..., also 1/0/yes/no),
// new_actor_length, comma_min, comma_max, comma_bmin, comma_bmax, comma_emin, comma_emax
// (integers), stop_on_error (accepted and ignored: it only stops PETRARCH's run).
// TABARI commands: SET: CODE BY CLAUSE | CODE BY SENTENCE | CODE ALL, SET: MINIMUM WORDS = N,
// SET: CONVERT AGENT[S] = TRUE|FALSE, COMMA: OFF, COMMA: MIN = a MAX = b EMIN = .. EMAX = ..
// BMIN = .. BMAX = .. (any subset; re-enables commas), DEFAULT: OFF, DEFAULT: SOURCE [X] TARGET
// [Y], LABEL: code=text, OUTPUT: ... (accepted and ignored: it changes only the output file).
//
// Every change is also appended to options->commands (as the dictionary readers do for the files'
// own options; its SourceRef is {0, 0}, the change's place being OptionChange::where), so that a
// coder may honour what lexicon::Options has no field for.
//
// Returns Unimplemented, with "where: ... reason", for what lexicon::Options cannot hold: TABARI
// SET: TIME SHIFT, SET: YYYY, COMPLEX:, FORWARD:, and DEFAULT:'s PRIOR/AFTER qualifiers (the
// default codes themselves are set) and for any other name or command it does not know;
// InvalidArgument for a bad value (e.g. require_dyad="maybe"). Options are then unchanged but for
// `commands`.
Status ApplyOption(const OptionChange& change, lexicon::Options* options);

}  // namespace entente::eval

#endif  // ENTENTE_EVAL_SUITES_H_
