// entente's dictionaries: loading any supported format into one model and compiling it for the
// coder.
//
//   LoadOptions opt;                       // opt.strict = true makes the first bad line fatal
//   auto lex = LoadDictionary("phoenix:../shared/data/petrarch2", opt);
//   if (!lex.ok()) { std::cerr << lex.status().ToString() << "\n"; return 1; }
//   const Dictionary& d = (*lex)->dictionary();   // actors, agents, verbs, reports, diagnostics
//   std::vector<AnalyzedToken> toks;  std::vector<PhraseHit> hits;
//   (*lex)->Analyze(words, &toks);
//   (*lex)->FindActorsStartingAt(toks, 0, &hits);  // longest match first
//
// Specs (docs/DICTIONARIES.md):
//   phoenix:DIR        CAMEO.2.0.txt, Phoenix.*.actors.txt, Phoenix.agents.txt and
//                      Phoenix.discards.txt in DIR (Phoenix.IssueCoding.txt too when present)
//   petrarch2:DIR      the PETRARCH-2 files of DIR by name (verbs *.verbs.txt or CAMEO.2.0.txt,
//                      *actors*.txt, *agents*.txt, *discards*.txt), e.g. the Validate set
//   udpetrarch:DIR     UD-PETRARCH's PETR_Validate_*_2_02.txt files
//   tabari:FILE        the files a TABARI .project names (actors, verbs, agents, options)
//   petrarch1:DIR      PETR.*.verbs/actors/agents/discards.txt in DIR, or PETR_config.ini's files
//   petrarch1:FILE.ini the files a PETR_config.ini names, relative to its folder
//   DIR or native:DIR  a native dictionary: every *.dict file in DIR, in name order
//
// Thread safety: a loaded Lexicon is immutable; all const methods may be called from any thread.
#ifndef ENTENTE_LEXICON_LEXICON_H_
#define ENTENTE_LEXICON_LEXICON_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"
#include "lexicon/compiled_lookup.h"
#include "lexicon/model.h"

namespace entente::lexicon {

struct LoadOptions {
  // Stop at the first bad line and return it as the error (default: skip, count and report).
  bool strict = false;
  // How many diagnostics are kept as text in Dictionary::diagnostics (all are counted).
  size_t max_messages = 500;
};

// The formats a file may be in, and what a file holds: for loading an explicit list of files, as
// a PETRARCH validation suite's <Environment> names them.
enum class Format : uint8_t { kNative, kTabari, kPetrarch1, kPetrarch2 };
enum class FileRole : uint8_t { kActors, kAgents, kVerbs, kDiscards, kIssues, kOptions };
struct DictionaryFile {
  FileRole role;
  Format format;
  std::string path;
};

class Lexicon {
 public:
  explicit Lexicon(Dictionary dict);
  // Not copyable: the compiled lookups refer to the dictionary they were built from.
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  const Dictionary& dictionary() const { return dict_; }
  const CompiledLookup& lookup() const { return *lookup_; }

  void Analyze(std::span<const std::string_view> tokens, std::vector<AnalyzedToken>* out) const {
    lookup_->analyzer().AnalyzeAll(tokens, out);
  }
  // Every actor phrase starting at tokens[i], longest first; `entry` indexes dictionary().actors.
  size_t FindActorsStartingAt(std::span<const AnalyzedToken> tokens, size_t i,
                              std::vector<PhraseHit>* out) const {
    return lookup_->actors().FindStartingAt(tokens, i, out);
  }
  size_t FindAgentsStartingAt(std::span<const AnalyzedToken> tokens, size_t i,
                              std::vector<PhraseHit>* out) const {
    return lookup_->agents().FindStartingAt(tokens, i, out);
  }
  size_t FindDiscardsStartingAt(std::span<const AnalyzedToken> tokens, size_t i,
                                std::vector<PhraseHit>* out) const {
    return lookup_->discards().FindStartingAt(tokens, i, out);
  }
  // Verb forms whose verb word is tokens[i] (multi-word forms may start before i); a hit's
  // `entry` indexes lookup().verb_forms().
  size_t FindVerbFormsAt(std::span<const AnalyzedToken> tokens, size_t i,
                         std::vector<PhraseHit>* out) const;

 private:
  Dictionary dict_;
  std::unique_ptr<CompiledLookup> lookup_;
};

// Reads the dictionaries named by `spec` into one Dictionary (no compilation).
StatusOr<Dictionary> ReadDictionary(const std::string& spec, const LoadOptions& options = {});

// Reads an explicit list of files into one Dictionary (in list order).
StatusOr<Dictionary> ReadDictionaryFiles(const std::vector<DictionaryFile>& files,
                                         const LoadOptions& options = {});

// Reads and compiles. Errors: NotFound (a missing file or folder), InvalidArgument (an unknown
// spec), FailedPrecondition (a dictionary without actors or verb patterns), DataLoss (strict mode).
StatusOr<std::unique_ptr<Lexicon>> LoadDictionary(const std::string& spec,
                                                  const LoadOptions& options = {});

// Compiles an already read dictionary (see ReadDictionaryFiles); checks that it is not empty.
StatusOr<std::unique_ptr<Lexicon>> CompileDictionary(Dictionary dict);

// One line per file: "path: role, N entries, ... , K lines skipped".
std::string DescribeReports(const Dictionary& dict);

}  // namespace entente::lexicon

#endif  // ENTENTE_LEXICON_LEXICON_H_
