// Layout and cleaning counts (TextStats), the TextOptions switches, and masking in place: what the
// segment dump of the case files does not show.
#include "text/layout.h"

#include <gtest/gtest.h>

#include <string>

#include "text/dump.h"
#include "text/text_resources.h"
#include "unit/text/text_test_util.h"

namespace entente::text {
namespace {

std::string Repeat(const std::string& unit, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += unit;
  return s;
}

// A page with one of everything the stats count. Expected counts are written next to each part.
std::string PageWithEverything() {
  return "Advertisement\n"                                          // interface 1, tokens 1
         "\n"
         "MOSCOW, June 25 (Reuters) - Russia recalled its envoy.[1][2] "  // dateline 1 (8 tokens)
         "Talks stalled.[3, p. 4]\n"                                 // citations 3, sentences 2 (8)
         "\n"
         "\xE2\x80\xA2 first item\n"                                  // bullets 3, sentences 3 (6)
         "* second item\n"
         "- third item\n"
         "\n"
         "ShareThe talks collapsed.\n"                               // glued 1, interface 1 (1)
         "\n"                                                        //   sentences 1 (4)
         + Repeat("x", 300) + "\n"                                   // long_tokens 1, sentences 1 (2)
         "\n"
         + Repeat("talks ", 250) + "\n"                              // capped 2, sentences 2 (250)
         "\n"
         "bad \xFF byte and \xC3.\n";                                // repaired 2, sentences 1 (6)
}

TEST(LayoutStats, EveryCountOnOnePage) {
  const std::string page = PageWithEverything();
  const TextAnalysis a = Analyze(page);
  const TextStats& s = a.stats;
  EXPECT_EQ(s.interface_lines, 2u);
  EXPECT_EQ(s.datelines, 1u);
  EXPECT_EQ(s.citations, 3u);
  EXPECT_EQ(s.bullets, 3u);
  EXPECT_EQ(s.glued_words, 1u);
  EXPECT_EQ(s.long_tokens, 1u);
  EXPECT_EQ(s.capped, 2u);
  EXPECT_EQ(s.repaired_utf8, 2u);
  EXPECT_EQ(s.sentences, 10u);
  EXPECT_EQ(s.tokens, 1u + 16u + 6u + 5u + 2u + 250u + 6u);
  EXPECT_EQ(s.tokens, a.tokens.size());
  EXPECT_EQ(a.sentences.size(), s.sentences + s.interface_lines + s.datelines);
}

TEST(LayoutStats, CountsOfEachKindAlone) {
  EXPECT_EQ(Analyze("One.[1] Two.[2][3] Three.[4, pp. 5-6] Four.[7; 8] Five.[9").stats.citations, 6u);
  EXPECT_EQ(Analyze("No markers [here] or [1 word].").stats.citations, 0u);
  EXPECT_EQ(Analyze("\xE2\x80\xA2 a\n\xE2\x96\xAA b\n\xE2\x96\xBA c\n* d\n- e\n+ f\n-- g\n-5 h\n").stats.bullets,
            6u);
  EXPECT_EQ(Analyze("Read moreThe envoy said.The talks SubscribeThe iPhone eBay PlayStation")
                .stats.glued_words,
            3u);
  EXPECT_EQ(Analyze("Share\n\nRead more\n\nShare prices fall\n\nRead more.").stats.interface_lines, 2u);
  EXPECT_EQ(Analyze("(Reuters) - Prices rose.").stats.datelines, 1u);
  EXPECT_EQ(Analyze(Repeat("a ", 450)).stats.capped, 3u);  // 200 + 200 + 50
  EXPECT_EQ(Analyze(Repeat("a", 1000) + " " + Repeat("b", 257)).stats.long_tokens, 2u);
  EXPECT_EQ(Analyze("\xFF\xFE \xC0\xAF").stats.repaired_utf8, 4u);
}

TEST(LayoutStats, InterfaceLinesCanBeKept) {
  TextOptions options;
  options.drop_interface_lines = false;
  const auto pipeline = LoadTestPipeline(options);
  const TextAnalysis a = Analyze(PageWithEverything(), *pipeline);
  EXPECT_EQ(a.stats.interface_lines, 0u);
  EXPECT_EQ(a.stats.sentences, 12u);
  EXPECT_EQ(a.stats.glued_words, 1u);  // the join is still split, only not dropped
  EXPECT_EQ(DumpSegments(Analyze("Read more\n\nThe talks resumed.", *pipeline)),
            "sentence\tRead more\nsentence\tThe talks resumed .\n");
}

TEST(LayoutStats, DatelinesCanBeLeftInTheirSentence) {
  TextOptions options;
  options.detect_datelines = false;
  const auto pipeline = LoadTestPipeline(options);
  const TextAnalysis a = Analyze(PageWithEverything(), *pipeline);
  EXPECT_EQ(a.stats.datelines, 0u);
  EXPECT_EQ(a.stats.sentences, 10u);
  EXPECT_EQ(DumpSegments(Analyze("BEIJING -- China protested.", *pipeline)),
            "sentence\tBEIJING -- China protested .\n");
}

TEST(LayoutStats, LimitsAreOptions) {
  TextOptions options;
  options.max_sentence_tokens = 100;
  options.max_token_bytes = 100;
  const auto pipeline = LoadTestPipeline(options);
  const TextAnalysis a = Analyze(PageWithEverything(), *pipeline);
  EXPECT_EQ(a.stats.capped, 3u);       // 250 tokens: 100 + 100 + 50
  EXPECT_EQ(a.stats.long_tokens, 1u);  // 300 bytes: 100 + 100 + 100
  EXPECT_EQ(a.stats.tokens, 1u + 16u + 6u + 5u + 3u + 250u + 6u);
  // Load refuses limits too small to work with.
  PipelineOptions bad;
  bad.data_dir = entente::testing::SourceDir() + "/data";
  bad.text.max_sentence_tokens = 1;
  EXPECT_FALSE(Pipeline::Load(bad).ok());
  bad.text.max_sentence_tokens = 2;
  bad.text.max_token_bytes = 3;
  EXPECT_FALSE(Pipeline::Load(bad).ok());
}

// Bullets and citation markers are overwritten with spaces in the normalised text, so offsets do
// not move, and the spans of the remaining tokens still point at the right bytes.
TEST(LayoutMasking, MarkersBecomeSpacesInPlace) {
  const std::string text = "\xE2\x80\xA2 Aid arrived.[12]\n[3] Talks [the envoy] resumed.";
  const TextAnalysis a = Analyze(text);
  EXPECT_EQ(a.normalized, "    Aid arrived.    \n    Talks [the envoy] resumed.");
  EXPECT_EQ(a.normalized.size(), text.size());
  for (const Token& t : a.tokens) {
    EXPECT_EQ(text.substr(t.span.begin, t.span.size()), a.Form(t));
  }
  EXPECT_EQ(DumpSegments(a),
            "sentence\tAid arrived .\nsentence\tTalks [ the envoy ] resumed .\n");
}

// The layout analyser on its own: blocks and the breaks of glued words.
TEST(LayoutAnalyzer, BlocksAndBreaks) {
  auto resources = TextResources::Load(entente::testing::SourceDir() + "/data");
  ASSERT_TRUE(resources.ok()) << resources.status().ToString();
  const LayoutAnalyzer layout(**resources);
  Layout out;
  std::string text = "Headline Here\n\n  First line of text\ncontinues here.ShareThe end";
  layout.Run(&text, &out);
  ASSERT_EQ(out.blocks.size(), 2u);
  EXPECT_EQ(text.substr(out.blocks[0].begin, out.blocks[0].end - out.blocks[0].begin),
            "Headline Here");
  EXPECT_EQ(text.substr(out.blocks[1].begin, out.blocks[1].end - out.blocks[1].begin),
            "First line of text\ncontinues here.ShareThe end");
  ASSERT_EQ(out.breaks.size(), 2u);
  EXPECT_EQ(text.substr(out.breaks[0], 5), "Share");
  EXPECT_EQ(text.substr(out.breaks[1], 3), "The");
  // Run clears what it filled before.
  std::string empty;
  layout.Run(&empty, &out);
  EXPECT_TRUE(out.blocks.empty());
  EXPECT_TRUE(out.breaks.empty());
  EXPECT_EQ(out.citations + out.bullets, 0u);
}

}  // namespace
}  // namespace entente::text
