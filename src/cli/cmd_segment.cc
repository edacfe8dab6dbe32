// entente segment: documents in, one JSON object per sentence out.
#include "cli/commands.h"
#include "cli/common.h"
#include "output/segment_jsonl.h"

namespace entente::cli {

namespace {
struct SegmentFlags {
  InputFlags input;
  bool tokens = false;
  bool dropped = false;
};
}  // namespace

CLI::App* AddSegmentCommand(CLI::App* app, std::function<int()>* run) {
  static SegmentFlags storage;  // the command is registered once and runs at most once
  SegmentFlags* flags = &storage;
  CLI::App* cmd = app->add_subcommand(
      "segment",
      "Read documents and print their sentences as JSON lines: "
      "{\"doc\",\"index\",\"text\",\"span\":[begin,end]} (byte offsets into the document text). "
      "Interface lines (\"Read more\", \"Share\") and datelines are dropped from the sentences "
      "(--dropped prints them marked \"dropped\":true). A summary with counts goes to stderr.");
  AddInputFlags(cmd, &flags->input);
  cmd->add_flag("--tokens", flags->tokens,
                "Add each sentence's tokens: \"tokens\":[{\"text\",\"span\"},...] (\"norm\" when "
                "folding changed the token)");
  cmd->add_flag("--dropped", flags->dropped,
                "Also print dropped segments (interface lines, datelines) with \"dropped\":true and "
                "their \"kind\"");
  *run = [flags]() -> int {
    auto reader_options = MakeReaderOptions(flags->input);
    if (!reader_options.ok()) {
      std::fprintf(stderr, "entente: error: %s\n", reader_options.status().ToString().c_str());
      return 2;
    }
    auto pipeline = Pipeline::Load(MakePipelineOptions(flags->input));
    if (!pipeline.ok()) {
      std::fprintf(stderr, "entente: error: %s\n", pipeline.status().ToString().c_str());
      return 1;
    }
    const Pipeline& p = **pipeline;
    output::SegmentJsonlOptions out_options{flags->tokens, flags->dropped};
    OrderedRunner runner(
        flags->input.threads,
        [&p, out_options](const Document& doc, DocResult* result) {
          thread_local TextAnalysis analysis;
          p.AnalyzeText(doc, &analysis);
          result->stats = analysis.stats;
          output::AppendSegmentJsonl(doc, analysis, out_options, &result->output);
        },
        stdout);
    DiagnosticPrinter printer;
    ReadTotals read = ReadAll(flags->input, *reader_options, &printer, &runner);
    runner.Finish();
    PrintSummary("segment", read, runner.totals());
    return ExitStatus(flags->input, read, runner);
  };
  return cmd;
}

}  // namespace entente::cli
