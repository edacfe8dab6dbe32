// entente code: documents in, CAMEO events out (native JSONL, GDELT 2.0 TSV, PLOVER JSONL or
// Phoenix TSV).
#include <array>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <string>

#include "cli/coding_engine.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "entente/version.h"
#include "output/event_writers.h"

namespace entente::cli {

namespace {

struct CodeFlags {
  InputFlags input;
  CodingFlags coding;
  std::string format = "jsonl";
  bool why = false;
  bool write_negated = false;
};

std::string UtcNow() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%d%H%M%S", &tm);
  return buf;
}

}  // namespace

CLI::App* AddCodeCommand(CLI::App* app, std::function<int()>* run) {
  static CodeFlags storage;
  CodeFlags* flags = &storage;
  CLI::App* cmd = app->add_subcommand(
      "code",
      "Read documents and print the CAMEO events they report, one per line: who did what to "
      "whom, with root, quad class, Goldstein score and PLOVER type, the sentence, verb and "
      "actor spans, and the pattern and dictionary lines that produced each event. Sentences "
      "without events are counted by reason in the summary on stderr (--why lists each).");
  AddInputFlags(cmd, &flags->input);
  AddCodingFlags(cmd, &flags->coding);
  cmd->get_option("--strict")->description(
      "Stop at the first malformed record, unreadable file or bad dictionary line, and exit "
      "with status 1");
  cmd->add_option("--format", flags->format,
                  "Output: jsonl (native records, docs/event.schema.json; default), gdelt (GDELT "
                  "2.0 events, 61 tab-separated columns), plover (PLOVER JSONL), phoenix (Phoenix "
                  "TSV, 26 columns)");
  cmd->add_flag("--why", flags->why,
                "Also print, on stderr, why each sentence without events has none: "
                "'DOC:SENTENCE: reason: detail'");
  cmd->add_flag("--write-negated", flags->write_negated,
                "GDELT, Phoenix and PLOVER: also write negated events (the native format always "
                "writes them, with \"negated\": true)");
  *run = [flags]() -> int {
    auto format = output::ParseEventFormat(flags->format);
    if (!format) {
      std::fprintf(stderr, "entente: error: --format: unknown format '%s' (jsonl, gdelt, plover "
                           "or phoenix)\n", flags->format.c_str());
      return 2;
    }
    auto reader_options = MakeReaderOptions(flags->input);
    if (!reader_options.ok()) {
      std::fprintf(stderr, "entente: error: %s\n", reader_options.status().ToString().c_str());
      return 2;
    }
    // --strict covers the dictionaries too: a bad dictionary line stops the run.
    CodingFlags coding = flags->coding;
    coding.dict_strict = coding.dict_strict || flags->input.strict;
    auto engine = LoadCodingEngine(MakePipelineOptions(flags->input), coding);
    if (!engine.ok()) {
      std::fprintf(stderr, "entente: error: %s\n", engine.status().ToString().c_str());
      return 1;
    }
    const coding::Coder& coder = *engine->coder;
    const lexicon::Options& options = engine->lexicon->dictionary().options;
    output::EventOutputContext ctx;
    ctx.entente_version = ENTENTE_VERSION;
    ctx.model_version = "en_syntax";
    ctx.dictionary_version = engine->lexicon->dictionary().spec;
    ctx.tables = engine->tables->provenance();
    ctx.date_added = UtcNow();
    ctx.write_negated = flags->write_negated;
    // Event ids are unique in a run; with one thread they follow the input order.
    std::atomic<uint64_t> next_id{1};
    std::mutex mu;
    std::array<uint64_t, kSentenceOutcomeCount> outcomes{};
    uint64_t events_total = 0, skipped_total = 0;
    const bool why = flags->why;
    const auto fmt = *format;
    OrderedRunner runner(
        flags->input.threads,
        [&](const Document& doc, DocResult* result) {
          thread_local TextAnalysis text;
          thread_local SyntaxAnalysis syntax;
          thread_local coding::CodingScratch scratch;
          thread_local std::vector<Event> events;
          thread_local std::vector<SentenceNote> notes;
          thread_local std::vector<uint8_t> names;
          thread_local std::vector<uint8_t> codable;
          AnalyzeForCoding(*engine, doc, &text, &scratch, &names, &syntax, &codable);
          result->stats = text.stats;
          events.clear();
          notes.clear();
          coder.Code(doc, text, syntax, options, &scratch, &events, &notes);
          uint64_t id = next_id.fetch_add(events.size());
          const size_t skipped =
              output::AppendEvents(fmt, doc, events, ctx, &id, &result->output);
          std::lock_guard<std::mutex> lock(mu);
          events_total += events.size();
          skipped_total += skipped;
          for (const SentenceNote& n : notes) {
            ++outcomes[static_cast<size_t>(n.outcome)];
            if (why && n.outcome != SentenceOutcome::kEvents) {
              std::fprintf(stderr, "%s:%u: %s: %s\n", doc.id.c_str(), n.sentence,
                           SentenceOutcomeName(n.outcome), n.detail.c_str());
            }
          }
        },
        stdout);
    DiagnosticPrinter printer;
    ReadTotals read = ReadAll(flags->input, *reader_options, &printer, &runner);
    runner.Finish();
    PrintSummary("code", read, runner.totals());
    std::string by_reason;
    for (size_t k = 0; k < outcomes.size(); ++k) {
      if (outcomes[k] == 0) continue;
      if (!by_reason.empty()) by_reason += ", ";
      by_reason += std::to_string(outcomes[k]) + " " +
                   SentenceOutcomeName(static_cast<SentenceOutcome>(k));
    }
    std::fprintf(stderr, "entente code: %llu events (%llu not written in this format); sentences: %s\n",
                 static_cast<unsigned long long>(events_total),
                 static_cast<unsigned long long>(skipped_total),
                 by_reason.empty() ? "none" : by_reason.c_str());
    return ExitStatus(flags->input, read, runner);
  };
  return cmd;
}

}  // namespace entente::cli
