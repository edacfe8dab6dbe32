// entente/pipeline.h — the engine, built once and then used read-only from any number of threads.
//
//   PipelineOptions options;                      // data_dir: "" finds data/ (see below)
//   auto pipeline = Pipeline::Load(options);
//   if (!pipeline.ok()) { report(pipeline.status()); return; }
//   TextAnalysis analysis;                        // one per thread, reused for every document
//   SyntaxAnalysis syntax;                        // likewise, with options.syntax = true
//   for (const Document& doc : docs) {
//     (*pipeline)->AnalyzeText(doc, &analysis);
//     (*pipeline)->AnalyzeSyntax(analysis, &syntax);  // tags, lemmas, trees (include/entente/syntax.h)
//     for (const Sentence& s : analysis.sentences) {
//       if (s.analysed()) use(doc.text.substr(s.span.begin, s.span.size()));
//     }
//   }
//
// Thread safety: after Load, every const method may be called concurrently. Pipeline is neither
// copyable nor movable (its parts refer to each other); hold it in the unique_ptr Load returns.
#ifndef ENTENTE_PIPELINE_H_
#define ENTENTE_PIPELINE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "entente/document.h"
#include "entente/status.h"
#include "entente/syntax.h"
#include "entente/text.h"

namespace entente {

struct PipelineOptions {
  // Where data/ is (word lists now; models and dictionaries later). Empty: $ENTENTE_DATA, else the
  // data/ directory of the source tree the program was built from.
  std::string data_dir;
  TextOptions text;
  // Load the tagger/parser model (needed by AnalyzeSyntax). Empty syntax_model: the default
  // <data_dir>/models/en_syntax.model.
  bool syntax = false;
  std::string syntax_model;
};

// How far AnalyzeSyntax analyses a sentence (its optional per-sentence list).
enum SyntaxDepth : uint8_t {
  kSyntaxNone = 0,  // nothing
  kSyntaxFull = 1,  // tags, lemmas and the dependency tree
  kSyntaxTags = 2,  // tags and lemmas only
};

// Bits of AnalyzeSyntax's `names`: the token is (part of) a proper name; it belongs to the same
// name as the next token.
inline constexpr uint8_t kNameProper = 1;
inline constexpr uint8_t kNameJoined = 2;

class Pipeline {
 public:
  static StatusOr<std::unique_ptr<Pipeline>> Load(const PipelineOptions& options);
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Normalises, cleans, splits and tokenises doc.text into *out (cleared first).
  void AnalyzeText(const Document& doc, TextAnalysis* out) const;

  // Tags, lemmatises and parses every analysed sentence of `text` into *out (cleared first;
  // out->words is parallel to text.tokens). Needs options.syntax.
  void AnalyzeSyntax(const TextAnalysis& text, SyntaxAnalysis* out) const;
  // The same, with `names` (parallel to text.tokens): a token with bit kNameProper is part of a
  // proper name, e.g. an actor the dictionary names, and is tagged PROPN whatever the tagger
  // would say (unknown names opening a sentence, "Arnor signed ...", otherwise mislead the
  // parse); a token with bit kNameJoined belongs to the same name as the next token, and the
  // parse keeps such a name one subtree.
  // `sentences` (parallel to text.sentences, values of SyntaxDepth), when given: how far each
  // sentence is analysed. Words not analysed keep no tags and no tree (every word its own root).
  void AnalyzeSyntax(const TextAnalysis& text, const std::vector<uint8_t>& names,
                     SyntaxAnalysis* out, const std::vector<uint8_t>* sentences = nullptr) const;
  // The tag and relation names of the loaded model (empty lists without options.syntax).
  const SyntaxTags& syntax_tags() const;

  const PipelineOptions& options() const { return options_; }
  // The data directory in use and the versions of the data files loaded, for provenance.
  const std::string& data_dir() const { return data_dir_; }
  const std::string& data_versions() const;

 private:
  struct Impl;
  explicit Pipeline(const PipelineOptions& options);

  PipelineOptions options_;
  std::string data_dir_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace entente

#endif  // ENTENTE_PIPELINE_H_
