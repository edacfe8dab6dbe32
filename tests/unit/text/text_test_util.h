// Helpers shared by the text-stage tests: a pipeline over the source tree's data/ directory.
#ifndef ENTENTE_TESTS_UNIT_TEXT_TEXT_TEST_UTIL_H_
#define ENTENTE_TESTS_UNIT_TEXT_TEXT_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "entente/pipeline.h"
#include "test_support.h"

namespace entente::text {

// A pipeline with `text_options`, loaded from the source tree's data/; aborts the test binary when
// the word lists cannot be loaded (nothing in this stage can be tested without them).
inline std::unique_ptr<Pipeline> LoadTestPipeline(const TextOptions& text_options = TextOptions()) {
  PipelineOptions options;
  options.data_dir = entente::testing::SourceDir() + "/data";
  options.text = text_options;
  auto p = Pipeline::Load(options);
  if (!p.ok()) {
    ADD_FAILURE() << p.status().ToString();
    std::abort();
  }
  return std::move(*p);
}

// The default pipeline, loaded once (Pipeline is read-only after Load and safe to share).
inline const Pipeline& DefaultTestPipeline() {
  static const Pipeline* pipeline = LoadTestPipeline().release();
  return *pipeline;
}

inline TextAnalysis Analyze(std::string_view text, const Pipeline& pipeline = DefaultTestPipeline()) {
  Document doc;
  doc.text = std::string(text);
  TextAnalysis a;
  pipeline.AnalyzeText(doc, &a);
  return a;
}

}  // namespace entente::text

#endif  // ENTENTE_TESTS_UNIT_TEXT_TEXT_TEST_UTIL_H_
