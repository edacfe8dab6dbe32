// The text front end: normalise, lay out, tokenise, split, classify segments, map spans back.
#ifndef ENTENTE_TEXT_ANALYZER_H_
#define ENTENTE_TEXT_ANALYZER_H_

#include <memory>
#include <string_view>

#include "entente/text.h"
#include "text/layout.h"
#include "text/sentence_splitter.h"
#include "text/text_resources.h"
#include "text/tokenizer.h"

namespace entente::text {

class TextAnalyzer {
 public:
  // `resources` must outlive the analyzer.
  TextAnalyzer(const TextResources& resources, const TextOptions& options);
  // The tokenizer and splitter refer to options_: not copyable, not movable.
  TextAnalyzer(const TextAnalyzer&) = delete;
  TextAnalyzer& operator=(const TextAnalyzer&) = delete;

  // Analyses `text` into *out (cleared first). Thread-safe: scratch space is per thread.
  void Analyze(std::string_view text, TextAnalysis* out) const;

  const TextOptions& options() const { return options_; }

 private:
  const TextResources& resources_;
  TextOptions options_;
  LayoutAnalyzer layout_;
  Tokenizer tokenizer_;
  SentenceSplitter splitter_;
};

}  // namespace entente::text

#endif  // ENTENTE_TEXT_ANALYZER_H_
