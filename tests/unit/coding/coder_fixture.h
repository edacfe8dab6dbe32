// The shared set-up of the coder tests: the shipped syntax model and code tables, one dictionary,
// and a Coder over them, loaded once per test suite. A test whose model is absent is skipped.
//
//   class MyTest : public CoderFixture<MyTest> {
//    protected:
//     static void SetUpTestSuite() { LoadWith("petrarch1:" + DictDir()); }
//   };
#ifndef ENTENTE_TESTS_UNIT_CODING_CODER_FIXTURE_H_
#define ENTENTE_TESTS_UNIT_CODING_CODER_FIXTURE_H_

#include <gtest/gtest.h>

#include <string>
#include <sys/stat.h>
#include <vector>

#include "coding/code_tables.h"
#include "coding/coder.h"
#include "entente/pipeline.h"
#include "lexicon/lexicon.h"
#include "test_support.h"

namespace entente::coding {

// Each test suite (Suite = the test class) keeps its own pipeline, tables, dictionary and coder.
template <typename Suite>
class CoderFixture : public ::testing::Test {
 protected:
  static void LoadWith(const std::string& dict_spec) {
    const std::string data = testing::SourceDir() + "/data";
    struct stat st;
    if (stat((data + "/models/en_syntax.model").c_str(), &st) != 0) return;  // each test skips
    PipelineOptions po;
    po.data_dir = data;
    po.syntax = true;
    auto p = Pipeline::Load(po);
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    pipeline_ = std::move(*p).release();
    auto t = CodeTables::Load(pipeline_->data_dir());
    ASSERT_TRUE(t.ok()) << t.status().ToString();
    tables_ = std::move(*t).release();
    auto d = lexicon::LoadDictionary(dict_spec);
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    lex_ = std::move(*d).release();
    coder_ = new Coder(*lex_, *tables_, pipeline_->syntax_tags());
  }
  static void TearDownTestSuite() {
    delete coder_;
    delete lex_;
    delete tables_;
    delete pipeline_;
    coder_ = nullptr;
    lex_ = nullptr;
    tables_ = nullptr;
    pipeline_ = nullptr;
  }
  void SetUp() override {
    if (pipeline_ == nullptr) {
      GTEST_SKIP() << "skipped: " << testing::SourceDir()
                   << "/data/models/en_syntax.model not found";
    }
  }

  static const lexicon::Options& DictOptions() { return lex_->dictionary().options; }

  // AnalyzeText -> MarkNames -> AnalyzeSyntax -> Code, as `entente code` does.
  static void CodeDocument(const Document& doc, const lexicon::Options& options,
                           std::vector<Event>* events, std::vector<SentenceNote>* notes) {
    TextAnalysis analysis;
    SyntaxAnalysis syntax;
    CodingScratch scratch;
    std::vector<uint8_t> names;
    pipeline_->AnalyzeText(doc, &analysis);
    coder_->MarkNames(analysis, &scratch, &names);
    pipeline_->AnalyzeSyntax(analysis, names, &syntax);
    coder_->Code(doc, analysis, syntax, options, &scratch, events, notes);
  }

  static inline Pipeline* pipeline_ = nullptr;
  static inline CodeTables* tables_ = nullptr;
  static inline lexicon::Lexicon* lex_ = nullptr;
  static inline Coder* coder_ = nullptr;
};

}  // namespace entente::coding

#endif  // ENTENTE_TESTS_UNIT_CODING_CODER_FIXTURE_H_
