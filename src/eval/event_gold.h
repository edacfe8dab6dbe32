// Hand-coded event gold files (docs/EVALUATION.md): one sentence of a news corpus per line, with
// the CAMEO events a human coder found in it.
//
//   entente-event-gold 1
//   # corpus   doc          offset  hash              date  events                 note
//   reuters21578  reuters-12  140  9ae1c3f0d2b4a657  -  USAGOV>CHNGOV:036 CHNGOV>USAGOV:036  talks
//
// (columns separated by single tabs). A sentence is addressed by corpus, document id and the byte
// offset of its first byte in the document text; the FNV-1a hash of its text proves that it is
// still the sentence that was annotated.
//
//   GoldReadOptions options;
//   options.known_code = [&](std::string_view c) { return tables.IsKnown(c); };
//   auto gold = ReadEventGold("data/eval/news.tsv", options);
//   if (!gold.ok()) ...                       // unreadable file, or not a gold file
//   for (const std::string& e : gold->errors) report(e);   // "file:line: reason", line skipped
//   for (const GoldSentence& s : gold->sentences) ...
//
// A bad line (wrong column count, unknown corpus, bad offset, hash, date or event, a sentence
// already given) is reported with its file:line and reason, counted and skipped; reading goes on.
// Only a file that cannot be read or does not start with the format line is an error.
//
// Thread safety: free functions without shared state.
#ifndef ENTENTE_EVAL_EVENT_GOLD_H_
#define ENTENTE_EVAL_EVENT_GOLD_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"

namespace entente::eval {

// FNV-1a, 64 bits (offset basis 14695981039346656037, prime 1099511628211): the sentence hash.
uint64_t Fnv1a64(std::string_view bytes);
// 16 lower-case hex digits, as the gold file writes it.
std::string FormatHash(uint64_t hash);

enum class GoldCorpusKind : uint8_t {
  kReuters,  // "reuters21578": <shared>/news/reuters21578/reuters21578_sgm.tar.gz
  kUngdc,    // "ungdc": <shared>/news/ungdc-2020-2024/ungdc_sessions75-79_txt.tar.gz
  kUd,       // "ud:FILE": <shared>/ud/FILE; a document is one sentence (its `# text`)
  kJsonl,    // "jsonl:PATH": a JSONL document file
};

struct GoldCorpus {
  GoldCorpusKind kind = GoldCorpusKind::kReuters;
  // ud: FILE as written (relative to <shared>/ud); jsonl: PATH resolved against the gold file's
  // folder (kept as written when absolute).
  std::string path;
  // Names the corpus uniquely within a run: "reuters21578", "ungdc", "ud:FILE", "jsonl:<resolved>".
  std::string Key() const;
};

// Reads a corpus column: "reuters21578", "ungdc", "ud:FILE" or "jsonl:PATH"; a relative jsonl PATH
// is taken relative to `base_dir` ("" = as written, i.e. the working directory).
StatusOr<GoldCorpus> ParseGoldCorpus(std::string_view spec, const std::string& base_dir);

// One gold event: SOURCE>TARGET:CODE.
struct GoldEvent {
  std::string source, target, code;
  std::string ToString() const;  // "USAGOV>CHNGOV:036"
};

struct GoldSentence {
  std::string file;  // the gold file, for messages
  uint64_t line = 0;
  std::string corpus_spec;  // column 1 as written
  GoldCorpus corpus;
  std::string doc;
  uint64_t offset = 0;
  uint64_t hash = 0;
  std::string date;  // "YYYY-MM-DD", or "" for the document's own date (`-`)
  std::vector<GoldEvent> events;  // empty for `-`
  std::string note;

  std::string Where() const { return file + ":" + std::to_string(line); }
};

struct GoldFile {
  std::string path;
  std::vector<GoldSentence> sentences;  // in file order
  std::vector<std::string> errors;      // "file:line: reason", one per bad line (skipped)
};

struct GoldReadOptions {
  // Says whether a CAMEO event code exists (data/tables/cameo_events.tsv); when empty, only the
  // shape of a code (2 to 4 digits) is checked.
  std::function<bool(std::string_view code)> known_code;
  // Says whether an actor code's first three letters name a country, an IGO/NGO/MNC prefix or a
  // role (data/tables/cameo_countries.tsv, cameo_actor_types.tsv); when empty, only the shape.
  std::function<bool(std::string_view first3)> known_actor_start;
};

// Parses the events column: "-" (none) or SOURCE>TARGET:CODE items separated by single blanks.
// On error, returns false with *error saying what is wrong ("event 2 'USA>CHN': no ':CODE'").
bool ParseGoldEvents(std::string_view column, const GoldReadOptions& options,
                     std::vector<GoldEvent>* events, std::string* error);

// Parses gold file `content`; `path` names it in messages and anchors relative jsonl paths.
StatusOr<GoldFile> ParseEventGold(std::string_view content, const std::string& path,
                                  const GoldReadOptions& options = {});
// Reads and parses the file at `path`.
StatusOr<GoldFile> ReadEventGold(const std::string& path, const GoldReadOptions& options = {});

}  // namespace entente::eval

#endif  // ENTENTE_EVAL_EVENT_GOLD_H_
