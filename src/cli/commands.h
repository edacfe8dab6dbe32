// The subcommands. Each Add*Command registers its flags on `app` and sets *run to the function
// that executes it once the command line is parsed.
#ifndef ENTENTE_CLI_COMMANDS_H_
#define ENTENTE_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

#include <functional>

namespace entente::cli {

CLI::App* AddSegmentCommand(CLI::App* app, std::function<int()>* run);
CLI::App* AddEvalSegmentCommand(CLI::App* app, std::function<int()>* run);

}  // namespace entente::cli

#endif  // ENTENTE_CLI_COMMANDS_H_
