// entente: political event data from news text. The command line is a thin layer over the
// library: each subcommand parses its flags and calls the Pipeline.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <functional>
#include <utility>
#include <vector>

#include "cli/commands.h"
#include "entente/version.h"

int main(int argc, char** argv) {
  // Large output buffer: sentence records are small and many.
  static char out_buffer[1 << 20];
  std::setvbuf(stdout, out_buffer, _IOFBF, sizeof out_buffer);

  CLI::App app{"entente " ENTENTE_VERSION
               " - turns news and reports into political event data.\n"
               "Run 'entente COMMAND --help' for a command's options."};
  app.set_version_flag("--version", "entente " ENTENTE_VERSION);
  app.require_subcommand(1, 1);

  std::vector<std::pair<CLI::App*, std::function<int()>>> commands;
  using Adder = CLI::App* (*)(CLI::App*, std::function<int()>*);
  for (Adder add : {entente::cli::AddSegmentCommand, entente::cli::AddEvalSegmentCommand,
                    entente::cli::AddParseCommand, entente::cli::AddEvalSyntaxCommand,
                    entente::cli::AddTrainCommand, entente::cli::AddTrainClustersCommand,
                    entente::cli::AddExplainCommand, entente::cli::AddValidateCommand,
                    entente::cli::AddCodeCommand, entente::cli::AddEvalEventsCommand,
                    entente::cli::AddActorsCommand}) {
    commands.emplace_back();
    commands.back().first = add(&app, &commands.back().second);
  }

  // CLI11 reports bad command lines with exceptions; they end here, at the edge.
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  for (auto& [cmd, run] : commands) {
    if (cmd->parsed()) return run();
  }
  return 2;
}
