// The subcommands. Each Add*Command registers its flags on `app` and sets *run to the function
// that executes it once the command line is parsed.
#ifndef ENTENTE_CLI_COMMANDS_H_
#define ENTENTE_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "entente/pipeline.h"

namespace entente::treebank {
struct ConlluSentence;
}

namespace entente::cli {

CLI::App* AddSegmentCommand(CLI::App* app, std::function<int()>* run);
CLI::App* AddEvalSegmentCommand(CLI::App* app, std::function<int()>* run);
CLI::App* AddParseCommand(CLI::App* app, std::function<int()>* run);
CLI::App* AddEvalSyntaxCommand(CLI::App* app, std::function<int()>* run);
CLI::App* AddTrainCommand(CLI::App* app, std::function<int()>* run);
CLI::App* AddTrainClustersCommand(CLI::App* app, std::function<int()>* run);
CLI::App* AddExplainCommand(CLI::App* app, std::function<int()>* run);
CLI::App* AddValidateCommand(CLI::App* app, std::function<int()>* run);
CLI::App* AddCodeCommand(CLI::App* app, std::function<int()>* run);
CLI::App* AddEvalEventsCommand(CLI::App* app, std::function<int()>* run);
CLI::App* AddActorsCommand(CLI::App* app, std::function<int()>* run);

// Shared by parse and eval-syntax (defined in cmd_parse.cc).

// The Pipeline with the syntax model: `model` when not empty, else <data dir>/models/
// en_syntax.model. A missing model file gives a message saying how to get one.
StatusOr<std::unique_ptr<Pipeline>> LoadParsingPipeline(PipelineOptions options,
                                                        const std::string& model);

// Tags, lemmatises and parses the words of a CoNLL-U sentence as they are (gold tokenisation):
// each FORM folded as the text front end folds text (curly quotes, dashes), one sentence.
// syntax->words[i] is the i-th word (ranges and empty nodes are not words).
void ParseGoldWords(const Pipeline& pipeline, const treebank::ConlluSentence& sentence,
                    TextAnalysis* text, SyntaxAnalysis* syntax);

// Runs fn(0) ... fn(n - 1) on up to `threads` threads (on the caller's when threads <= 1).
void ParallelFor(size_t n, unsigned threads, const std::function<void(size_t)>& fn);

}  // namespace entente::cli

#endif  // ENTENTE_CLI_COMMANDS_H_
