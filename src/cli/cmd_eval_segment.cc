// entente eval-segment: sentence-splitting accuracy against UD treebanks.
#include <cstdio>
#include <string>
#include <vector>

#include "base/json.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "eval/segment_eval.h"

namespace entente::cli {

namespace {
struct EvalFlags {
  std::vector<std::string> files;
  std::string data_dir;
  bool json = false;
  bool errors = false;
  double min_f1 = 0.0;
};
}  // namespace

CLI::App* AddEvalSegmentCommand(CLI::App* app, std::function<int()>* run) {
  static EvalFlags storage;
  EvalFlags* flags = &storage;
  CLI::App* cmd = app->add_subcommand(
      "eval-segment",
      "Score sentence splitting against CoNLL-U treebanks: each document is rebuilt from its "
      "'# text' lines (sentences of a paragraph joined by a space, paragraphs by a blank line) "
      "and split; prints boundary precision, recall and F1 (sentence ends) and exact-span F1 per "
      "file.");
  cmd->add_option("files", flags->files, "CoNLL-U files (e.g. ../shared/data/ud/en_ewt-ud-test.conllu)")
      ->required();
  cmd->add_option("--data-dir", flags->data_dir, "entente's data directory");
  cmd->add_flag("--json", flags->json, "Print one JSON object per file instead of a table");
  cmd->add_flag("--errors", flags->errors,
                "Also print every boundary missed (MISS) or added (EXTRA), with context; '||' marks "
                "the boundary");
  cmd->add_option("--min-f1", flags->min_f1,
                  "Exit with status 1 when a file's boundary F1 is below this (for tests)");
  *run = [flags]() -> int {
    PipelineOptions options;
    options.data_dir = flags->data_dir;
    auto pipeline = Pipeline::Load(options);
    if (!pipeline.ok()) {
      std::fprintf(stderr, "entente: error: %s\n", pipeline.status().ToString().c_str());
      return 1;
    }
    int status = 0;
    if (!flags->json) {
      std::printf("%-32s %6s %7s %7s %9s %9s %9s %9s\n", "treebank", "docs", "gold", "found",
                  "precision", "recall", "F1", "exact F1");
    }
    for (const std::string& path : flags->files) {
      std::vector<eval::SegmentError> errors;
      auto score = eval::EvaluateSegmentation(
          **pipeline, path, flags->errors ? &errors : nullptr,
          [](const std::string& m) { std::fprintf(stderr, "%s\n", m.c_str()); });
      if (!score.ok()) {
        std::fprintf(stderr, "entente: error: %s\n", score.status().ToString().c_str());
        status = 1;
        continue;
      }
      const eval::SegmentScore& s = *score;
      if (flags->json) {
        std::string line = "{\"treebank\":";
        base::AppendJsonString(&line, s.name);
        char buf[256];
        std::snprintf(buf, sizeof buf,
                      ",\"documents\":%llu,\"gold\":%llu,\"found\":%llu,\"precision\":%.4f,"
                      "\"recall\":%.4f,\"f1\":%.4f,\"exact_f1\":%.4f}",
                      static_cast<unsigned long long>(s.documents),
                      static_cast<unsigned long long>(s.gold),
                      static_cast<unsigned long long>(s.predicted), s.boundary_precision(),
                      s.boundary_recall(), s.boundary_f1(), s.exact_f1());
        std::printf("%s%s\n", line.c_str(), buf);
      } else {
        std::printf("%-32s %6llu %7llu %7llu %9.4f %9.4f %9.4f %9.4f\n", s.name.c_str(),
                    static_cast<unsigned long long>(s.documents),
                    static_cast<unsigned long long>(s.gold),
                    static_cast<unsigned long long>(s.predicted), s.boundary_precision(),
                    s.boundary_recall(), s.boundary_f1(), s.exact_f1());
      }
      for (const auto& e : errors) {
        std::printf("%s\t%s\n", e.missed ? "MISS" : "EXTRA", e.context.c_str());
      }
      if (s.boundary_f1() < flags->min_f1) {
        std::fprintf(stderr, "entente: %s: boundary F1 %.4f is below --min-f1 %.4f\n",
                     s.name.c_str(), s.boundary_f1(), flags->min_f1);
        status = 1;
      }
    }
    return status;
  };
  return cmd;
}

}  // namespace entente::cli
