// entente train: builds the syntax model (tagger, lemmatizer, parser) from UD treebanks.
#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "base/data_dir.h"
#include "cli/commands.h"
#include "syntax/syntax_model.h"
#include "syntax/trainer.h"

namespace entente::cli {

namespace {

struct TrainFlags {
  std::vector<std::string> train, dev, test;
  std::string exceptions;
  std::string clusters;
  std::string output;
  std::string data_dir;
  uint64_t seed = 1;
  int tagger_epochs = syntax::TrainOptions().tagger_epochs;
  int parser_epochs = syntax::TrainOptions().parser_epochs;
};

bool Exists(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0;
}

// <data dir>/../../shared/data: the shared data directory beside the checkout (data/ is in the
// source tree, which sits beside shared/). Shown without the "..", when it exists.
std::string SharedDataDir(const std::string& data_dir) {
  const std::filesystem::path p = std::filesystem::path(data_dir) / ".." / ".." / "shared" / "data";
  std::error_code ec;
  std::filesystem::path canonical = std::filesystem::weakly_canonical(p, ec);
  return (ec ? p : canonical).string();
}

}  // namespace

CLI::App* AddTrainCommand(CLI::App* app, std::function<int()>* run) {
  static TrainFlags storage;
  TrainFlags* flags = &storage;
  CLI::App* cmd = app->add_subcommand(
      "train",
      "Train the syntax model (tagger, lemmatizer, dependency parser) on CoNLL-U treebanks and "
      "write it. The same files, options and seed give the same model. Progress and the scores "
      "on the test files go to stderr; they are also written into the model's header ('head -30 "
      "MODEL'). Defaults use the UD English treebanks in SHARED = <data dir>/../../shared/data "
      "(the shared/data directory beside the source tree).");
  cmd->add_option("--train", flags->train,
                  "Training files (default: SHARED/ud/en_ewt-ud-train.conllu and "
                  "SHARED/ud/en_gum-ccby-ud-train.conllu)");
  cmd->add_option("--dev", flags->dev,
                  "Development files, to choose the best epoch (default: SHARED/ud/"
                  "en_ewt-ud-dev.conllu and SHARED/ud/en_gum-ccby-ud-dev.conllu)");
  cmd->add_option("--test", flags->test,
                  "Test files, scored at the end (default: SHARED/ud/en_ewt-ud-test.conllu, "
                  "SHARED/ud/en_gum-ccby-ud-test.conllu and SHARED/ud/en_pud-ud-test.conllu)");
  cmd->add_option("--exceptions", flags->exceptions,
                  "Lemma exception list (default: <data dir>/syntax/lemma_exceptions.txt)");
  cmd->add_option("--clusters", flags->clusters,
                  "Word clusters from 'entente train-clusters' (default: <data dir>/models/"
                  "en_word_clusters.tsv; 'none' trains without clusters)");
  cmd->add_option("--output,-o", flags->output,
                  "The model file to write (default: <data dir>/models/en_syntax.model, the model "
                  "'entente parse' uses)");
  cmd->add_option("--data-dir", flags->data_dir,
                  "entente's data directory (default: $ENTENTE_DATA, else the one built in)");
  cmd->add_option("--seed", flags->seed,
                  "Random seed (the order of the training sentences in each epoch)")
      ->capture_default_str();
  cmd->add_option("--tagger-epochs", flags->tagger_epochs,
                  "Passes over the training data for the tagger")
      ->capture_default_str()
      ->check(CLI::Range(1, 100));
  cmd->add_option("--parser-epochs", flags->parser_epochs,
                  "Passes over the training data for the parser")
      ->capture_default_str()
      ->check(CLI::Range(1, 100));
  *run = [flags]() -> int {
    auto data_dir = base::ResolveDataDir(flags->data_dir);
    if (!data_dir.ok()) {
      std::fprintf(stderr, "entente: error: %s\n", data_dir.status().ToString().c_str());
      return 1;
    }
    const std::string ud = SharedDataDir(*data_dir) + "/ud/";
    syntax::TrainOptions options;
    options.train_files = !flags->train.empty()
                              ? flags->train
                              : std::vector<std::string>{ud + "en_ewt-ud-train.conllu",
                                                         ud + "en_gum-ccby-ud-train.conllu"};
    options.dev_files = !flags->dev.empty()
                            ? flags->dev
                            : std::vector<std::string>{ud + "en_ewt-ud-dev.conllu",
                                                       ud + "en_gum-ccby-ud-dev.conllu"};
    options.test_files = !flags->test.empty()
                             ? flags->test
                             : std::vector<std::string>{ud + "en_ewt-ud-test.conllu",
                                                        ud + "en_gum-ccby-ud-test.conllu",
                                                        ud + "en_pud-ud-test.conllu"};
    options.exceptions_file =
        !flags->exceptions.empty() ? flags->exceptions : *data_dir + "/syntax/lemma_exceptions.txt";
    if (flags->clusters != "none") {
      options.clusters_file = !flags->clusters.empty()
                                  ? flags->clusters
                                  : *data_dir + "/models/en_word_clusters.tsv";
    }
    options.output = !flags->output.empty() ? flags->output
                                            : *data_dir + "/" + syntax::SyntaxModel::kDefaultFile;
    options.seed = flags->seed;
    options.tagger_epochs = flags->tagger_epochs;
    options.parser_epochs = flags->parser_epochs;
    options.log = [](const std::string& line) {
      std::fprintf(stderr, "entente train: %s\n", line.c_str());
      std::fflush(stderr);
    };

    // Say which input is missing before hours of work, and where the defaults come from.
    int missing = 0;
    for (const auto* list : {&options.train_files, &options.dev_files, &options.test_files}) {
      for (const std::string& f : *list) {
        if (!Exists(f)) {
          std::fprintf(stderr, "entente: error: %s: no such file\n", f.c_str());
          ++missing;
        }
      }
    }
    if (!Exists(options.exceptions_file)) {
      std::fprintf(stderr, "entente: error: %s: no such file (the lemma exception list)\n",
                   options.exceptions_file.c_str());
      ++missing;
    }
    if (!options.clusters_file.empty() && !Exists(options.clusters_file)) {
      std::fprintf(stderr,
                   "entente: error: %s: no such file (word clusters; make them with 'entente "
                   "train-clusters', or pass --clusters none)\n",
                   options.clusters_file.c_str());
      ++missing;
    }
    if (missing > 0) {
      std::fprintf(stderr,
                   "entente: the default treebanks are the UD English EWT, GUM (CC BY) and PUD "
                   "files in %s; pass --train, --dev and --test to use others\n",
                   ud.c_str());
      return 1;
    }
    options.log("writing " + options.output + " (seed " + std::to_string(options.seed) + ", " +
                std::to_string(options.tagger_epochs) + " tagger epochs, " +
                std::to_string(options.parser_epochs) + " parser epochs)");
    Status status = syntax::Train(options);
    if (!status.ok()) {
      std::fprintf(stderr, "entente: error: %s\n", status.ToString().c_str());
      return 1;
    }
    return 0;
  };
  return cmd;
}

}  // namespace entente::cli
