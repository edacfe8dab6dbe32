// Event output: the coder's events of one document written as native JSONL, GDELT 2.0 event rows,
// PLOVER JSONL or Phoenix rows (`entente code --format jsonl|gdelt|plover|phoenix`).
//
//   EventOutputContext ctx;
//   ctx.entente_version = "0.1.0";
//   ctx.model_version = "en-ud-1";
//   ctx.dictionary_version = "default-1";
//   ctx.tables = tables->provenance();  // code-table versions, Goldstein and quad choices
//   ctx.date_added = "20240506120000";  // GDELT DATEADDED: fixed once per run by the caller
//   uint64_t next_id = 1;               // the running event id, shared by a run's documents
//   std::string out;
//   size_t skipped = AppendEvents(EventFormat::kGdelt, doc, events, ctx, &next_id, &out);
//
// Every field and every choice is documented in docs/FORMATS.md ("Output: events"); the
// native record's JSON Schema is docs/event.schema.json. In short:
//  * kJsonl: one object per event, every field of Event (DESIGN.md §5), codes always strings,
//    absent values as null, never omitted.
//  * kGdelt: GDELT 2.0 event table rows, 61 tab-separated columns, no header; fields we do not
//    produce (actor names, ethnic/religion/known-group codes, tone, geography) are empty, and the
//    three geography types are 0 as GDELT writes them for "no location".
//  * kPlover: PLOVER JSONL (actor/recipient lists, event type, mode, PLOVER quad, sentence text,
//    cite_info); events without a PLOVER type (CAMEO roots 01 and 02, ...) are not written.
//  * kPhoenix: Phoenix data set rows, 26 tab-separated columns, no header.
//
// Ids: each event consumes one id from *next_id, in every format and whether it is written or
// not, so that one run numbers the same event the same way in all four formats. Only GDELT
// (GLOBALEVENTID), Phoenix (EventID) and PLOVER ("id") print it.
//
// Negated events ("did not attack") are written with "negated":true in native JSONL. GDELT,
// Phoenix and PLOVER have no field for negation, so by default they leave negated events out
// rather than report an attack that did not happen; EventOutputContext::write_negated keeps them.
//
// Tab-separated fields never contain a tab or a line break: ASCII control characters, U+0085,
// U+2028 and U+2029 are written as spaces. JSON strings are escaped by base::AppendJsonString.
//
// Thread safety: the functions keep no state; concurrent calls with distinct outputs are safe.
#ifndef ENTENTE_OUTPUT_EVENT_WRITERS_H_
#define ENTENTE_OUTPUT_EVENT_WRITERS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "entente/document.h"
#include "entente/event.h"

namespace entente::output {

enum class EventFormat : uint8_t { kJsonl, kGdelt, kPlover, kPhoenix };

// "jsonl", "gdelt", "plover", "phoenix" (the --format names); std::nullopt for anything else.
std::optional<EventFormat> ParseEventFormat(std::string_view name);
// The inverse of ParseEventFormat.
std::string_view EventFormatName(EventFormat format);

// What the writers record besides the events: fixed for a whole run.
struct EventOutputContext {
  // For the native record's "versions" and PLOVER's cite_info.coder.
  std::string entente_version, model_version, dictionary_version;
  // Code-table provenance ("cameo_events 1, ...; goldstein=phoenix; quad=gdelt"): native
  // "versions.tables" and PLOVER cite_info.codebook.
  std::string tables;
  // GDELT DATEADDED, UTC YYYYMMDDHHMMSS. Fixed by the caller (once per run) so that the output
  // is a function of the input; tests pass a constant.
  std::string date_added;
  // GDELT, Phoenix and PLOVER: also write negated events (unflagged in GDELT and Phoenix, with
  // "negated":true in PLOVER). Default false: they are skipped and counted.
  bool write_negated = false;
};

// Appends the events of one document to *out, one line each, in the given format. Each event
// takes the id *next_id and increments it. Returns the number of events not written: for
// kPlover those without a PLOVER type, and for kGdelt, kPhoenix and kPlover the negated ones
// unless ctx.write_negated; always 0 for kJsonl.
size_t AppendEvents(EventFormat format, const Document& doc, std::span<const Event> events,
                    const EventOutputContext& ctx, uint64_t* next_id, std::string* out);

}  // namespace entente::output

#endif  // ENTENTE_OUTPUT_EVENT_WRITERS_H_
