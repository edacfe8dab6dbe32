// Benchmark: loading dictionaries (read + parse + compile), the start-up cost of every coding run.
//
//   dictionary_load [--rounds N] [--report] [--diagnostics N] [--strict] SPEC...
//
// Loads each spec N times (default 5) and prints the best wall time, the entry counts and, with
// --report, one line per file (entries read, lines skipped, warnings); --diagnostics N prints the
// first N messages. Peak memory: run under `/usr/bin/time -f %M` (kilobytes).
// Target (issue 4): the full Phoenix set in <= 1 s and <= 300 MB; PETRARCH-2 takes ~1.8 s.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "lexicon/lexicon.h"

namespace {

using Clock = std::chrono::steady_clock;
namespace lx = entente::lexicon;

void PrintCounts(const lx::Dictionary& d, const lx::Lexicon& lex) {
  size_t phrases = 0, codes = 0, agent_phrases = 0, verbs = 0, forms = 0, patterns = 0;
  for (const auto& a : d.actors) phrases += a.phrases.size(), codes += a.codes.size();
  for (const auto& a : d.agents) agent_phrases += a.phrases.size();
  for (const auto& b : d.verb_blocks) {
    patterns += b.patterns.size();
    verbs += b.verbs.size();
    for (const auto& v : b.verbs) forms += 1 + v.forms.size();
  }
  size_t issue_phrases = 0;
  for (const auto& i : d.issues) issue_phrases += i.phrases.size();
  std::printf("  actors %zu (phrases %zu, codes %zu)  agents %zu (phrases %zu)\n", d.actors.size(),
              phrases, codes, d.agents.size(), agent_phrases);
  std::printf(
      "  verb blocks %zu  verbs %zu (forms %zu)  patterns %zu  synsets %zu  "
      "transformations %zu\n",
      d.verb_blocks.size(), verbs, forms, patterns, d.synsets.size(), d.transformations.size());
  std::printf(
      "  discards %zu  issues %zu (phrases %zu, categories %zu)  words %zu  "
      "trie nodes: actors %zu agents %zu\n",
      d.discards.size(), d.issues.size(), issue_phrases, d.issue_categories.size(),
      d.vocabulary.size(), lex.lookup().actors().nodes(), lex.lookup().agents().nodes());
  std::printf("  lines skipped %u\n", d.TotalSkipped());
}

}  // namespace

int main(int argc, char** argv) {
  int rounds = 5;
  bool report = false;
  size_t diagnostics = 0;
  lx::LoadOptions options;
  std::vector<std::string> specs;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--rounds" && i + 1 < argc)
      rounds = std::max(1, std::atoi(argv[++i]));
    else if (a == "--report")
      report = true;
    else if (a == "--strict")
      options.strict = true;
    else if (a == "--diagnostics" && i + 1 < argc)
      diagnostics = std::strtoul(argv[++i], nullptr, 10);
    else if (a == "--help" || a == "-h") {
      std::printf(
          "usage: dictionary_load [--rounds N] [--report] [--diagnostics N] [--strict] SPEC...\n");
      return 0;
    } else
      specs.push_back(a);
  }
  if (specs.empty()) {
    std::fprintf(
        stderr, "dictionary_load: give at least one spec, e.g. phoenix:../shared/data/petrarch2\n");
    return 2;
  }
  options.max_messages = std::max<size_t>(diagnostics, 1);
  int status = 0;
  for (const std::string& spec : specs) {
    double best = 1e30;
    std::unique_ptr<lx::Lexicon> last;
    for (int r = 0; r < rounds; ++r) {
      last.reset();  // free the previous copy first, so that peak memory is one dictionary
      const auto t0 = Clock::now();
      auto lex = lx::LoadDictionary(spec, options);
      const double s = std::chrono::duration<double>(Clock::now() - t0).count();
      if (!lex.ok()) {
        std::fprintf(stderr, "%s\n", lex.status().ToString().c_str());
        status = 1;
        break;
      }
      best = std::min(best, s);
      last = std::move(*lex);
    }
    if (!last) continue;
    std::printf("%s: best of %d: %.3f s\n", spec.c_str(), rounds, best);
    PrintCounts(last->dictionary(), *last);
    if (report) std::printf("%s", lx::DescribeReports(last->dictionary()).c_str());
    const auto& diags = last->dictionary().diagnostics;
    for (size_t i = 0; i < diags.size() && i < diagnostics; ++i)
      std::printf("  %s\n", diags[i].message.c_str());
  }
  return status;
}
