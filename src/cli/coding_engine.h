// What `code`, `explain` and `validate` load: the parsing pipeline, a dictionary, the code tables
// and the coder over them.
#ifndef ENTENTE_CLI_CODING_ENGINE_H_
#define ENTENTE_CLI_CODING_ENGINE_H_

#include <CLI/CLI.hpp>

#include <memory>
#include <string>

#include "coding/code_tables.h"
#include "coding/coder.h"
#include "entente/pipeline.h"
#include "lexicon/lexicon.h"

namespace entente::cli {

struct CodingFlags {
  std::string dict;  // spec for lexicon::LoadDictionary
  bool dict_strict = false;
  std::string goldstein = "phoenix";
  std::string quad = "gdelt";
  std::string model;
};

// Adds --dict (default: entente's own dictionaries), --dict-strict, --goldstein, --quad, --model.
void AddCodingFlags(CLI::App* cmd, CodingFlags* flags);

// The native dictionary folder used when --dict is not given, under the data directory.
inline constexpr const char* kDefaultDictionaries = "dictionaries/default";

struct CodingEngine {
  std::unique_ptr<Pipeline> pipeline;
  std::unique_ptr<lexicon::Lexicon> lexicon;
  std::unique_ptr<coding::CodeTables> tables;
  std::unique_ptr<coding::Coder> coder;
};

// Loads the dictionary (`lexicon` when given: a validation suite's own), the syntax model and the
// tables. Dictionary problems are printed (file:line, at most 20, then counted); an empty or
// unreadable dictionary, or --dict-strict with a bad line, is an error.
// What every coding command does to a document before Coder::Code: sentences and tokens, the
// names the dictionary knows (so the tagger reads them as names), then tags, lemmas and trees.
// With `only_codable` (scratch for Coder::SentencesToParse), sentences that can give no event are
// not parsed — the events and notes Code() gives are the same; commands that show or count the
// trees of every sentence (explain, actors --unknown) pass nullptr.
void AnalyzeForCoding(const CodingEngine& engine, const Document& doc, TextAnalysis* text,
                      coding::CodingScratch* scratch, std::vector<uint8_t>* names,
                      SyntaxAnalysis* syntax, std::vector<uint8_t>* only_codable = nullptr);

StatusOr<CodingEngine> LoadCodingEngine(const PipelineOptions& pipeline_options,
                                        const CodingFlags& flags,
                                        std::unique_ptr<lexicon::Lexicon> lexicon = nullptr);

// Prints the dictionary's skipped-line messages (at most `limit`) and a one-line summary.
void ReportDictionary(const lexicon::Dictionary& dict, size_t limit = 20);

}  // namespace entente::cli

#endif  // ENTENTE_CLI_CODING_ENGINE_H_
