// entente validate: runs one of the field's validation suites (PETRARCH XML records, a TABARI
// .project with its Validate.text, UD-PETRARCH records) through our own tokeniser, parser and
// coder, with the suite's own dictionaries and options, and scores it.
#include <cstdio>
#include <string>

#include "cli/coding_engine.h"
#include "cli/commands.h"
#include "eval/suite_score.h"
#include "eval/suites.h"

namespace entente::cli {

namespace {

struct ValidateFlags {
  std::string suite;
  bool json = false;
  bool failures_only = false;
  bool trace = false;
  std::string data_dir;
  CodingFlags coding;
  double min_passed = -1, min_recall = -1, max_extra = -1;
};

std::string IsoDate(int32_t yyyymmdd) {
  if (yyyymmdd <= 0) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", yyyymmdd / 10000, yyyymmdd / 100 % 100,
                yyyymmdd % 100);
  return buf;
}

StatusOr<std::unique_ptr<lexicon::Lexicon>> LoadSuiteDictionary(const eval::Suite& suite,
                                                                bool strict) {
  lexicon::LoadOptions lopts;
  lopts.strict = strict;
  if (suite.kind == eval::SuiteKind::kTabari) {
    if (suite.tabari_project.empty()) {
      return NotFoundError(suite.path + ": no TABARI .project beside it names the dictionaries");
    }
    return lexicon::LoadDictionary("tabari:" + suite.tabari_project, lopts);
  }
  ENTENTE_ASSIGN_OR_RETURN(lexicon::Dictionary dict,
                           lexicon::ReadDictionaryFiles(suite.dictionaries, lopts));
  dict.format = suite.name;
  dict.spec = suite.path + " <Environment>";
  return lexicon::CompileDictionary(std::move(dict));
}

}  // namespace

CLI::App* AddValidateCommand(CLI::App* app, std::function<int()>* run) {
  static ValidateFlags storage;
  ValidateFlags* flags = &storage;
  CLI::App* cmd = app->add_subcommand(
      "validate",
      "Run a validation suite: a PETRARCH XML records file (PETRARCH-1, PETRARCH-2 or "
      "UD-PETRARCH; its <Environment> dictionaries and <Config> options are used), or a TABARI "
      ".project or Validate.text (the project's dictionaries and options, and the records' "
      "{ OPTION: } changes). Each record's text is tokenised, parsed and coded by entente itself "
      "(the suites' supplied parses are ignored). Prints PASS/FAIL per enabled record with "
      "expected versus produced events, then records passed per category, event recall, "
      "precision and extra events per record.");
  cmd->add_option("suite", flags->suite, "The suite file")->required();
  cmd->add_flag("--json", flags->json,
                "Print only a JSON summary: {\"suite\", \"passed\", \"total\", \"recall\", "
                "\"extra_per_record\", \"precision\", \"categories\"}");
  cmd->add_flag("--failures", flags->failures_only, "Print only the records that fail");
  cmd->add_flag("--trace", flags->trace,
                "Under each failing record, print the coder's account of it (as 'entente "
                "explain' does: actors, verbs, clauses, patterns, sides)");
  cmd->add_option("--min-passed", flags->min_passed,
                  "Exit with status 1 when the fraction of records passed is below this");
  cmd->add_option("--min-recall", flags->min_recall,
                  "Exit with status 1 when event recall is below this");
  cmd->add_option("--max-extra", flags->max_extra,
                  "Exit with status 1 when extra events per record are above this");
  cmd->add_option("--data-dir", flags->data_dir, "Where data/ is");
  cmd->add_option("--model", flags->coding.model,
                  "The syntax model (default: <data dir>/models/en_syntax.model)");
  cmd->add_flag("--dict-strict", flags->coding.dict_strict,
                "Stop at the first bad line of the suite's dictionaries");
  *run = [flags]() -> int {
    auto suite = eval::ReadSuite(flags->suite);
    if (!suite.ok()) {
      std::fprintf(stderr, "entente: error: %s\n", suite.status().ToString().c_str());
      return 1;
    }
    size_t shown = 0;
    for (const std::string& d : suite->diagnostics) {
      if (shown++ < 20) std::fprintf(stderr, "%s\n", d.c_str());
    }
    auto lex = LoadSuiteDictionary(*suite, flags->coding.dict_strict);
    if (!lex.ok()) {
      std::fprintf(stderr, "entente: error: %s\n", lex.status().ToString().c_str());
      return 1;
    }
    PipelineOptions popts;
    popts.data_dir = flags->data_dir;
    auto engine = LoadCodingEngine(popts, flags->coding, std::move(*lex));
    if (!engine.ok()) {
      std::fprintf(stderr, "entente: error: %s\n", engine.status().ToString().c_str());
      return 1;
    }
    lexicon::Options options = engine->lexicon->dictionary().options;
    eval::SuiteScorer scorer(*suite);
    TextAnalysis text;
    SyntaxAnalysis syntax;
    coding::CodingScratch scratch;
    std::vector<uint8_t> names;
    std::vector<Event> events;
    std::vector<SentenceNote> notes;
    size_t unsupported_options = 0;
    for (const eval::SuiteRecord& r : suite->records) {
      for (const eval::OptionChange& c : r.options) {
        Status s = eval::ApplyOption(c, &options);
        if (!s.ok()) {
          ++unsupported_options;
          if (!flags->json) std::fprintf(stderr, "%s\n", s.ToString().c_str());
        }
      }
      if (!r.enabled) continue;
      Document doc;
      doc.id = r.id;
      doc.date = IsoDate(r.date);
      doc.text = r.text;
      AnalyzeForCoding(*engine, doc, &text, &scratch, &names, &syntax);
      events.clear();
      notes.clear();
      coding::CodingTrace trace;
      engine->coder->Code(doc, text, syntax, options, &scratch, &events, &notes,
                          flags->trace ? &trace : nullptr);
      eval::RecordOutcome outcome;
      for (const SentenceNote& n : notes) {
        if (n.outcome == SentenceOutcome::kComplex) outcome.complex = true;
        if (n.outcome == SentenceOutcome::kDiscardSentence ||
            n.outcome == SentenceOutcome::kDiscardStory) {
          outcome.discarded = true;
        }
      }
      for (const Event& e : events) {
        outcome.events.push_back({e.source.code, e.target.code, e.code});
      }
      const eval::RecordResult res = scorer.Add(r, outcome);
      if (!flags->json && (!res.pass || !flags->failures_only)) {
        std::printf("%s\n", eval::FormatRecordResult(res, outcome).c_str());
        if (!res.pass) {
          for (const std::string& line : trace.lines) std::printf("    %s\n", line.c_str());
          for (const SentenceNote& n : notes) {
            std::printf("    sentence %u: %s%s%s\n", n.sentence, SentenceOutcomeName(n.outcome),
                        n.detail.empty() ? "" : ": ", n.detail.c_str());
          }
        }
      }
    }
    if (flags->json) {
      std::printf("%s\n", scorer.SummaryJson().c_str());
    } else {
      std::printf("%s", scorer.SummaryText().c_str());
      if (unsupported_options > 0) {
        std::printf("%zu option change%s not supported (listed on stderr)\n", unsupported_options,
                    unsupported_options == 1 ? "" : "s");
      }
    }
    const double passed =
        scorer.total() == 0 ? 0.0 : static_cast<double>(scorer.passed()) / scorer.total();
    int status = 0;
    if (flags->min_passed >= 0 && passed < flags->min_passed) {
      std::fprintf(stderr, "entente validate: %.4f of records passed, below --min-passed %.4f\n",
                   passed, flags->min_passed);
      status = 1;
    }
    if (flags->min_recall >= 0 && scorer.recall() < flags->min_recall) {
      std::fprintf(stderr, "entente validate: recall %.4f, below --min-recall %.4f\n",
                   scorer.recall(), flags->min_recall);
      status = 1;
    }
    if (flags->max_extra >= 0 && scorer.extra_per_record() > flags->max_extra) {
      std::fprintf(stderr, "entente validate: %.4f extra events per record, above --max-extra %.4f\n",
                   scorer.extra_per_record(), flags->max_extra);
      status = 1;
    }
    return status;
  };
  return cmd;
}

}  // namespace entente::cli
