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

  std::vector<std::pair<CLI::App*, std::function<int()>>> commands(8);
  commands[0].first = entente::cli::AddSegmentCommand(&app, &commands[0].second);
  commands[1].first = entente::cli::AddEvalSegmentCommand(&app, &commands[1].second);
  commands[2].first = entente::cli::AddParseCommand(&app, &commands[2].second);
  commands[3].first = entente::cli::AddEvalSyntaxCommand(&app, &commands[3].second);
  commands[4].first = entente::cli::AddTrainCommand(&app, &commands[4].second);
  commands[5].first = entente::cli::AddExplainCommand(&app, &commands[5].second);
  commands[6].first = entente::cli::AddValidateCommand(&app, &commands[6].second);
  commands[7].first = entente::cli::AddCodeCommand(&app, &commands[7].second);

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
