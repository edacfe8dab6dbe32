#include "cli/coding_engine.h"

#include <sys/stat.h>

#include <cstdio>

#include "base/data_dir.h"
#include "cli/commands.h"

namespace entente::cli {

void AddCodingFlags(CLI::App* cmd, CodingFlags* flags) {
  cmd->add_option("--dict", flags->dict,
                  std::string("The dictionaries: phoenix:DIR (CAMEO.2.0.txt, Phoenix.*.actors.txt, "
                              "Phoenix.agents.txt, Phoenix.discards.txt in DIR), tabari:PROJECT "
                              "(the files a TABARI .project names), petrarch1:DIR, petrarch2:DIR, "
                              "udpetrarch:DIR, or a native dictionary folder (docs/DICTIONARIES.md)") +
                      ". Default: entente's own, <data dir>/" + kDefaultDictionaries);
  cmd->add_flag("--dict-strict", flags->dict_strict,
                "Stop at the first bad dictionary line instead of skipping and counting it");
  cmd->add_option("--goldstein", flags->goldstein,
                  "Goldstein table: phoenix (default; as GDELT 2.0) or icews");
  cmd->add_option("--quad", flags->quad,
                  "Quad-class convention: gdelt (default), icews or phoenix");
  cmd->add_option("--model", flags->model,
                  "The syntax model (default: <data dir>/models/en_syntax.model)");
}

void ReportDictionary(const lexicon::Dictionary& dict, size_t limit) {
  size_t shown = 0;
  for (const lexicon::Diagnostic& d : dict.diagnostics) {
    if (!d.error) continue;
    if (shown++ >= limit) break;
    std::fprintf(stderr, "%s\n", d.message.c_str());
  }
  const uint32_t skipped = dict.TotalSkipped();
  if (skipped > 0) {
    std::fprintf(stderr, "entente: dictionary %s: %u bad line%s skipped%s\n", dict.spec.c_str(),
                 skipped, skipped == 1 ? "" : "s",
                 skipped > limit ? " (the first ones shown above)" : " (shown above)");
  }
}

void AnalyzeForCoding(const CodingEngine& engine, const Document& doc, TextAnalysis* text,
                      coding::CodingScratch* scratch, std::vector<uint8_t>* names,
                      SyntaxAnalysis* syntax, std::vector<uint8_t>* only_codable) {
  engine.pipeline->AnalyzeText(doc, text);
  engine.coder->MarkNames(*text, scratch, names);
  if (only_codable != nullptr) engine.coder->SentencesToParse(*text, scratch, only_codable);
  engine.pipeline->AnalyzeSyntax(*text, *names, syntax, only_codable);
}

StatusOr<CodingEngine> LoadCodingEngine(const PipelineOptions& pipeline_options,
                                        const CodingFlags& flags,
                                        std::unique_ptr<lexicon::Lexicon> lexicon) {
  CodingEngine e;
  coding::CodeTablesOptions topts;
  auto g = coding::ParseGoldsteinTable(flags.goldstein);
  if (!g) return InvalidArgumentError("--goldstein: unknown table '" + flags.goldstein +
                                      "' (phoenix or icews)");
  auto q = coding::ParseQuadScheme(flags.quad);
  if (!q) return InvalidArgumentError("--quad: unknown convention '" + flags.quad +
                                      "' (gdelt, icews or phoenix)");
  topts.goldstein_table = *g;
  topts.quad_scheme = *q;
  if (lexicon == nullptr) {
    std::string spec = flags.dict;
    if (spec.empty()) {
      // The project's own dictionaries (issue 5), beside the syntax model in data/.
      auto data_dir = base::ResolveDataDir(pipeline_options.data_dir);
      if (!data_dir.ok()) return data_dir.status();
      spec = *data_dir + "/" + kDefaultDictionaries;
      struct stat st;
      if (stat(spec.c_str(), &st) != 0) {
        return NotFoundError(spec + ": the default dictionaries are missing; pass --dict (for "
                             "example --dict phoenix:../shared/data/petrarch2; see "
                             "docs/DICTIONARIES.md)");
      }
    }
    lexicon::LoadOptions lopts;
    lopts.strict = flags.dict_strict;
    auto lex = lexicon::LoadDictionary(spec, lopts);
    if (!lex.ok()) return lex.status();
    lexicon = std::move(*lex);
  }
  ReportDictionary(lexicon->dictionary());
  auto pipeline = LoadParsingPipeline(pipeline_options, flags.model);
  if (!pipeline.ok()) return pipeline.status();
  auto tables = coding::CodeTables::Load((*pipeline)->data_dir(), topts);
  if (!tables.ok()) return tables.status();
  e.pipeline = std::move(*pipeline);
  e.lexicon = std::move(lexicon);
  e.tables = std::move(*tables);
  e.coder = std::make_unique<coding::Coder>(*e.lexicon, *e.tables, e.pipeline->syntax_tags());
  return e;
}

}  // namespace entente::cli
