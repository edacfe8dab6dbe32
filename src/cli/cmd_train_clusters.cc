// entente train-clusters: learns word clusters from unannotated text (syntax/word_clusters.h) and
// writes them as TSV for `entente train --clusters`.
#include <cstdio>
#include <fstream>

#include "cli/commands.h"
#include "cli/common.h"
#include "syntax/word_clusters.h"

namespace entente::cli {

namespace {
struct TrainClustersFlags {
  InputFlags input;
  std::vector<std::string> conllu;
  std::string output;
  syntax::ClusterTrainingOptions options;
};

// Lower-cases ASCII letters, as TokenInfo::lower does, so that the model finds the words.
std::string_view Lower(std::string_view form, std::string* buffer) {
  buffer->assign(form);
  for (char& c : *buffer) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return *buffer;
}

// The FORM column of a CoNLL-U file's word lines, sentence by sentence.
Status AddConllu(const std::string& path, syntax::ClusterCorpus* corpus) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open");
  std::string line;
  std::vector<std::string> words;
  std::vector<std::string_view> views;
  auto flush = [&] {
    views.assign(words.begin(), words.end());
    if (!views.empty()) corpus->AddSentence(views);
    words.clear();
  };
  std::string lower;
  while (std::getline(in, line)) {
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#') continue;
    const size_t t1 = line.find('\t');
    const size_t t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string::npos) continue;
    const std::string_view id = std::string_view(line).substr(0, t1);
    if (id.find_first_of("-.") != std::string_view::npos) continue;  // ranges, empty nodes
    words.emplace_back(Lower(std::string_view(line).substr(t1 + 1, t2 - t1 - 1), &lower));
  }
  flush();
  return Status::Ok();
}
}  // namespace

CLI::App* AddTrainClustersCommand(CLI::App* app, std::function<int()>* run) {
  static TrainClustersFlags storage;
  TrainClustersFlags* flags = &storage;
  CLI::App* cmd = app->add_subcommand(
      "train-clusters",
      "Learn word clusters from unannotated text for the syntax model: documents are split into "
      "sentences and tokens as everywhere else, words are lower-cased, and the exchange algorithm "
      "groups words that occur in the same contexts (a coarse and a fine clustering). Writes "
      "word<TAB>coarse<TAB>fine lines; 'entente train --clusters FILE' uses them. The same input "
      "gives the same file.");
  AddInputFlags(cmd, &flags->input);
  cmd->add_option("--conllu", flags->conllu,
                  "Also read the words of these CoNLL-U files (e.g. the treebanks' training files)");
  cmd->add_option("-o,--output", flags->output, "The cluster file to write")->required();
  cmd->add_option("--coarse", flags->options.coarse_classes, "Classes of the coarse clustering")
      ->check(CLI::Range(2, 4096))
      ->capture_default_str();
  cmd->add_option("--fine", flags->options.fine_classes, "Classes of the fine clustering")
      ->check(CLI::Range(2, 4096))
      ->capture_default_str();
  cmd->add_option("--iterations", flags->options.iterations, "Exchange iterations (at most)")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  cmd->add_option("--min-count", flags->options.min_count,
                  "Words seen fewer times are left out of the clusters")
      ->check(CLI::Range(1, 1000000))
      ->capture_default_str();
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
    syntax::ClusterCorpus corpus;
    // One thread: the runner then calls this on the reading thread, in order.
    OrderedRunner runner(
        1,
        [&p, &corpus](const Document& doc, DocResult* result) {
          thread_local TextAnalysis analysis;
          p.AnalyzeText(doc, &analysis);
          result->stats = analysis.stats;
          std::vector<std::string> words;
          std::vector<std::string_view> views;
          std::string lower;
          for (const Sentence& s : analysis.sentences) {
            if (!s.analysed()) continue;
            words.clear();
            for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
              words.emplace_back(Lower(analysis.Form(analysis.tokens[t]), &lower));
            }
            views.assign(words.begin(), words.end());
            corpus.AddSentence(views);
          }
        },
        stdout);
    DiagnosticPrinter printer;
    ReadTotals read;
    if (!flags->input.files.empty()) read = ReadAll(flags->input, *reader_options, &printer, &runner);
    runner.Finish();
    for (const std::string& path : flags->conllu) {
      Status s = AddConllu(path, &corpus);
      if (!s.ok()) {
        std::fprintf(stderr, "entente: error: %s\n", s.ToString().c_str());
        return 1;
      }
    }
    PrintSummary("train-clusters", read, runner.totals());
    if (corpus.tokens().size() < 2) {
      std::fprintf(stderr, "entente: error: no text to learn clusters from\n");
      return 1;
    }
    flags->options.log = [](const std::string& m) {
      std::fprintf(stderr, "train-clusters: %s\n", m.c_str());
    };
    const std::vector<syntax::ClusteredWord> words = TrainWordClusters(corpus, flags->options);
    std::FILE* out = std::fopen(flags->output.c_str(), "wb");
    if (out == nullptr) {
      std::fprintf(stderr, "entente: error: %s: cannot write\n", flags->output.c_str());
      return 1;
    }
    std::fprintf(out,
                 "# entente word clusters: word<TAB>coarse class<TAB>fine class, most frequent "
                 "first\n# %zu words (seen at least %llu times) in %zu tokens; %d coarse and %d "
                 "fine classes, exchange algorithm, at most %d iterations\n",
                 words.size(), static_cast<unsigned long long>(flags->options.min_count),
                 corpus.tokens().size(), flags->options.coarse_classes,
                 flags->options.fine_classes, flags->options.iterations);
    for (const syntax::ClusteredWord& w : words) {
      std::fprintf(out, "%s\t%u\t%u\n", w.word.c_str(), w.ids.coarse, w.ids.fine);
    }
    if (std::fclose(out) != 0) {
      std::fprintf(stderr, "entente: error: %s: write failed\n", flags->output.c_str());
      return 1;
    }
    std::fprintf(stderr, "train-clusters: wrote %zu words to %s\n", words.size(),
                 flags->output.c_str());
    return 0;
  };
  return cmd;
}

}  // namespace entente::cli
