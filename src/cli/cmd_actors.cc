// entente actors --unknown: the capitalised noun phrases around dictionary verbs that no
// dictionary entry covers, with counts, for maintainers extending the dictionaries.
#include <cstdio>
#include <mutex>

#include "cli/coding_engine.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "coding/unknown_actors.h"

namespace entente::cli {

namespace {
struct ActorsFlags {
  InputFlags input;
  CodingFlags coding;
  bool unknown = false;
  size_t limit = 200;
  uint64_t min_count = 2;
};
}  // namespace

CLI::App* AddActorsCommand(CLI::App* app, std::function<int()>* run) {
  static ActorsFlags storage;
  ActorsFlags* flags = &storage;
  CLI::App* cmd = app->add_subcommand(
      "actors",
      "List what the dictionaries miss in a corpus. With --unknown (required for now): the "
      "capitalised noun phrases (proper names) that are the subject, object or oblique of a "
      "dictionary verb but match no actor or agent, most frequent first, as TSV lines "
      "count<TAB>as subject<TAB>phrase<TAB>first seen (DOC:SENTENCE), so that maintainers can "
      "extend the dictionaries where a real corpus needs it.");
  AddInputFlags(cmd, &flags->input);
  AddCodingFlags(cmd, &flags->coding);
  cmd->add_flag("--unknown", flags->unknown, "List the actor-like phrases no dictionary entry matches");
  cmd->add_option("--limit", flags->limit, "Print at most this many phrases")->capture_default_str();
  cmd->add_option("--min-count", flags->min_count, "Print only phrases seen at least this often")
      ->capture_default_str();
  *run = [flags]() -> int {
    if (!flags->unknown) {
      std::fprintf(stderr, "entente: error: actors: say what to list: --unknown\n");
      return 2;
    }
    auto reader_options = MakeReaderOptions(flags->input);
    if (!reader_options.ok()) {
      std::fprintf(stderr, "entente: error: %s\n", reader_options.status().ToString().c_str());
      return 2;
    }
    auto engine = LoadCodingEngine(MakePipelineOptions(flags->input), flags->coding);
    if (!engine.ok()) {
      std::fprintf(stderr, "entente: error: %s\n", engine.status().ToString().c_str());
      return 1;
    }
    const Pipeline& p = *engine->pipeline;
    coding::UnknownActorCounter total(*engine->lexicon, p.syntax_tags());
    std::mutex mu;
    OrderedRunner runner(
        flags->input.threads,
        [&](const Document& doc, DocResult* result) {
          thread_local TextAnalysis text;
          thread_local SyntaxAnalysis syntax;
          thread_local coding::CodingScratch scratch;
          thread_local std::vector<uint8_t> names;
          AnalyzeForCoding(*engine, doc, &text, &scratch, &names, &syntax);
          result->stats = text.stats;
          coding::UnknownActorCounter mine(*engine->lexicon, p.syntax_tags());
          mine.Add(doc, text, syntax);
          std::lock_guard<std::mutex> lock(mu);
          total.Merge(mine);
        },
        stdout);
    DiagnosticPrinter printer;
    ReadTotals read = ReadAll(flags->input, *reader_options, &printer, &runner);
    runner.Finish();
    PrintSummary("actors", read, runner.totals());
    const std::vector<coding::UnknownActor> top = total.Top(flags->limit, flags->min_count);
    std::printf("# count\tas subject\tphrase\tfirst seen\n");
    for (const coding::UnknownActor& u : top) {
      std::printf("%llu\t%llu\t%s\t%s\n", static_cast<unsigned long long>(u.count),
                  static_cast<unsigned long long>(u.as_subject), u.text.c_str(), u.example.c_str());
    }
    std::fprintf(stderr, "entente actors: %zu phrases listed (seen at least %llu times)\n",
                 top.size(), static_cast<unsigned long long>(flags->min_count));
    return ExitStatus(flags->input, read, runner);
  };
  return cmd;
}

}  // namespace entente::cli
