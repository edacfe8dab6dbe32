// Token flags and abbreviation classes: what the segment dump of the case files does not show.
#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/text_resources.h"
#include "unit/text/text_test_util.h"

namespace entente::text {
namespace {

struct Expected {
  const char* form;
  uint16_t flags;
};

constexpr uint16_t S = Token::kSpaceAfter;
constexpr uint16_t C = Token::kClitic;
constexpr uint16_t A = Token::kAbbreviation;

// Checks the forms and flags of every token of `text`.
void ExpectTokens(const std::string& text, const std::vector<Expected>& expected) {
  SCOPED_TRACE(text);
  const TextAnalysis a = Analyze(text);
  ASSERT_EQ(a.tokens.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(a.Form(a.tokens[i]), expected[i].form) << "token " << i;
    EXPECT_EQ(a.tokens[i].flags, expected[i].flags) << "token " << i << " " << expected[i].form;
  }
}

TEST(TokenFlags, SpaceAfterFollowsTheText) {
  // The last token of the text is followed by nothing and keeps no flag of its own here: the
  // tests end every text with a space so that only white space in the text decides.
  ExpectTokens("The envoy (Mr. Ruiz) said: \"no.\" Then--quietly--he left. ",
               {{"The", S}, {"envoy", S}, {"(", 0}, {"Mr.", S | A}, {"Ruiz", 0}, {")", S},
                {"said", 0}, {":", S}, {"\"", 0}, {"no", 0}, {".", 0}, {"\"", S}, {"Then", 0},
                {"--", 0}, {"quietly", 0}, {"--", 0}, {"he", S}, {"left", 0}, {".", S}});
}

TEST(TokenFlags, AHyphenBrokenOffAtALineEndIsATokenOfItsOwn) {
  // As inside a word ("Secretary-General"): text from PDFs keeps the space of the line break.
  ExpectTokens("The Secretary- General met Guinea-Bissau. ",
               {{"The", S}, {"Secretary", 0}, {"-", S}, {"General", S}, {"met", S},
                {"Guinea", 0}, {"-", 0}, {"Bissau", 0}, {".", S}});
}

TEST(TokenFlags, NoSpaceAfterAGluedPageJoin) {
  ExpectTokens("Subscribe nowThe talks resumed. ",
               {{"Subscribe", S}, {"now", 0}, {"The", S}, {"talks", S}, {"resumed", 0}, {".", S}});
}

TEST(TokenFlags, CliticsAreMarked) {
  ExpectTokens("They don't know Russia's plans, can't say and won't ask. ",
               {{"They", S}, {"do", 0}, {"n't", C | S}, {"know", S}, {"Russia", 0}, {"'s", C | S},
                {"plans", 0}, {",", S}, {"ca", 0}, {"n't", C | S}, {"say", S}, {"and", S},
                {"wo", 0}, {"n't", C | S}, {"ask", 0}, {".", S}});
  ExpectTokens("We're sure I'm right, you've seen she'd go and I'll stay. ",
               {{"We", 0}, {"'re", C | S}, {"sure", S}, {"I", 0}, {"'m", C | S}, {"right", 0},
                {",", S}, {"you", 0}, {"'ve", C | S}, {"seen", S}, {"she", 0}, {"'d", C | S},
                {"go", S}, {"and", S}, {"I", 0}, {"'ll", C | S}, {"stay", 0}, {".", S}});
}

TEST(TokenFlags, ContractionsWrittenAsOneWordAreMarked) {
  ExpectTokens("We cannot wait, we're gonna vote. ",
               {{"We", S}, {"can", 0}, {"not", C | S}, {"wait", 0}, {",", S}, {"we", 0},
                {"'re", C | S}, {"gon", 0}, {"na", C | S}, {"vote", 0}, {".", S}});
}

TEST(TokenFlags, NotClitics) {
  // A possessive after a digit is split; "'90s" and a quoted word are not clitics.
  ExpectTokens("The 1990's crisis, the '90s and 'peace' talks. ",
               {{"The", S}, {"1990", 0}, {"'s", C | S}, {"crisis", 0}, {",", S}, {"the", S},
                {"'90s", S}, {"and", S}, {"'", 0}, {"peace", 0}, {"'", S}, {"talks", 0}, {".", S}});
}

TEST(TokenFlags, AbbreviationsKeepTheirPeriod) {
  ExpectTokens("Gen. Okoye met U.S. and U.K. envoys at 10 a.m. on Jan. 3, e.g. in No. 10 with J. "
               "Smith etc. and said no. ",
               {{"Gen.", S | A}, {"Okoye", S}, {"met", S}, {"U.S.", S | A}, {"and", S},
                {"U.K.", S | A}, {"envoys", S}, {"at", S}, {"10", S}, {"a.m.", S | A}, {"on", S},
                {"Jan.", S | A}, {"3", 0}, {",", S}, {"e.g.", S | A}, {"in", S}, {"No.", S | A},
                {"10", S}, {"with", S}, {"J.", S | A}, {"Smith", S}, {"etc.", S | A}, {"and", S},
                {"said", S}, {"no", 0}, {".", S}});
}

TEST(TokenFlags, OrdinaryWordsAndNumbersLoseTheirPeriod) {
  ExpectTokens("Dr. Ruiz arrived in 2024. Talks in Oslo. ",
               {{"Dr.", S | A}, {"Ruiz", S}, {"arrived", S}, {"in", S}, {"2024", 0}, {".", S},
                {"Talks", S}, {"in", S}, {"Oslo", 0}, {".", S}});
}

class AbbreviationClassTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto r = TextResources::Load(entente::testing::SourceDir() + "/data");
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    resources_ = std::move(*r).release();
  }
  static void TearDownTestSuite() {
    delete resources_;
    resources_ = nullptr;
  }
  static TextResources* resources_;
};

TextResources* AbbreviationClassTest::resources_ = nullptr;

TEST_F(AbbreviationClassTest, ClassesFromTheListAndByShape) {
  const TextOptions options;
  const Tokenizer tk(*resources_, options);
  struct Row {
    const char* word;
    bool next_is_digit;
    AbbrevClass expected;
  };
  const Row rows[] = {
      {"Mr", false, AbbrevClass::kTitle},   {"GEN", false, AbbrevClass::kTitle},
      {"No", true, AbbrevClass::kNumber},   {"No", false, AbbrevClass::kNone},
      {"p", true, AbbrevClass::kNumber},    {"c", true, AbbrevClass::kNumber},
      {"Jan", false, AbbrevClass::kMonth},  {"Sept", true, AbbrevClass::kMonth},
      {"e.g", false, AbbrevClass::kInner},  {"vs", false, AbbrevClass::kInner},
      {"etc", false, AbbrevClass::kOther},  {"Inc", false, AbbrevClass::kOther},
      {"U.S", false, AbbrevClass::kOther},  {"a.m", false, AbbrevClass::kOther},
      {"Ph.D", false, AbbrevClass::kOther}, {"J", false, AbbrevClass::kInitial},
      {"said", false, AbbrevClass::kNone},  {"", false, AbbrevClass::kNone},
      {"j", false, AbbrevClass::kNone},     {"U.S.A.B.C.D", false, AbbrevClass::kOther},
      {"Govt.Dept", false, AbbrevClass::kNone},  // parts longer than three letters
      {"1.5", false, AbbrevClass::kNone},
  };
  for (const Row& r : rows) {
    EXPECT_EQ(static_cast<int>(tk.AbbreviationOf(r.word, r.next_is_digit)),
              static_cast<int>(r.expected))
        << r.word << (r.next_is_digit ? " before a number" : "");
  }
}

}  // namespace
}  // namespace entente::text
