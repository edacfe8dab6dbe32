#include "eval/event_gold.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_support.h"

namespace entente::eval {
namespace {

constexpr char kHeader[] = "# a comment before the format line\nentente-event-gold 1\n";

// One gold line from its columns.
std::string Line(const std::vector<std::string>& cols) {
  std::string out;
  for (size_t i = 0; i < cols.size(); ++i) {
    if (i > 0) out += '\t';
    out += cols[i];
  }
  return out + "\n";
}

const char kHash[] = "0123456789abcdef";

GoldFile Parse(const std::string& body, const GoldReadOptions& options = {}) {
  auto f = ParseEventGold(kHeader + body, "dir/gold.tsv", options);
  EXPECT_TRUE(f.ok()) << f.status().ToString();
  return f.ok() ? *f : GoldFile{};
}

// The only error of a one-line body, which must be skipped.
std::string OnlyError(const std::string& line) {
  GoldFile f = Parse(line);
  EXPECT_TRUE(f.sentences.empty()) << line;
  EXPECT_EQ(f.errors.size(), 1u) << line;
  return f.errors.empty() ? "" : f.errors[0];
}

TEST(Fnv1a64, KnownValues) {
  // Reference values of FNV-1a 64 (the offset basis for the empty input).
  EXPECT_EQ(Fnv1a64(""), 14695981039346656037ULL);
  EXPECT_EQ(FormatHash(Fnv1a64("a")), "af63dc4c8601ec8c");
  EXPECT_EQ(FormatHash(Fnv1a64("foobar")), "85944171f73967e8");
  EXPECT_EQ(FormatHash(1), "0000000000000001");
}

TEST(EventGold, GoodLines) {
  GoldFile f = Parse(
      Line({"reuters21578", "reuters-12", "140", kHash, "-",
            "USAGOV>CHNGOV:036 CHNGOV>USAGOV:036", "talks in Beijing"}) +
      "\n# a comment between lines\n" +
      Line({"ungdc", "ungdc-USA_75_2020.txt", "0", kHash, "2020-09-22", "IGOUNO>USA:0211"}) +
      Line({"ud:en_ewt-ud-test.conllu", "email-0001", "0", kHash, "-", "-"}) +
      Line({"jsonl:docs.jsonl", "d1", "7", kHash, "-", "-", "note\twith a tab"}) +
      "reuters21578\treuters-12\t200\t" + kHash + "\t-\t-\r\n");
  EXPECT_TRUE(f.errors.empty()) << f.errors[0];
  ASSERT_EQ(f.sentences.size(), 5u);

  const GoldSentence& a = f.sentences[0];
  EXPECT_EQ(a.Where(), "dir/gold.tsv:3");
  EXPECT_EQ(a.corpus.kind, GoldCorpusKind::kReuters);
  EXPECT_EQ(a.doc, "reuters-12");
  EXPECT_EQ(a.offset, 140u);
  EXPECT_EQ(a.hash, 0x0123456789abcdefULL);
  EXPECT_EQ(a.date, "");
  ASSERT_EQ(a.events.size(), 2u);
  EXPECT_EQ(a.events[0].source, "USAGOV");
  EXPECT_EQ(a.events[0].target, "CHNGOV");
  EXPECT_EQ(a.events[0].code, "036");
  EXPECT_EQ(a.events[1].ToString(), "CHNGOV>USAGOV:036");
  EXPECT_EQ(a.note, "talks in Beijing");

  EXPECT_EQ(f.sentences[1].corpus.kind, GoldCorpusKind::kUngdc);
  EXPECT_EQ(f.sentences[1].date, "2020-09-22");
  EXPECT_EQ(f.sentences[1].events[0].code, "0211");
  EXPECT_EQ(f.sentences[2].corpus.Key(), "ud:en_ewt-ud-test.conllu");
  EXPECT_TRUE(f.sentences[2].events.empty());
  // A relative jsonl path is relative to the gold file's folder; the note keeps its tabs.
  EXPECT_EQ(f.sentences[3].corpus.path, "dir/docs.jsonl");
  EXPECT_EQ(f.sentences[3].corpus_spec, "jsonl:docs.jsonl");
  EXPECT_EQ(f.sentences[3].note, "note\twith a tab");
  EXPECT_EQ(f.sentences[4].line, 9u);  // CR LF tolerated
  EXPECT_EQ(f.sentences[4].offset, 200u);
}

TEST(EventGold, KnownCodes) {
  GoldReadOptions options;
  options.known_code = [](std::string_view c) { return c == "036" || c == "190"; };
  GoldFile f = Parse(Line({"ungdc", "u", "0", kHash, "-", "USA>CHN:036"}) +
                         Line({"ungdc", "u", "5", kHash, "-", "USA>CHN:037"}),
                     options);
  EXPECT_EQ(f.sentences.size(), 1u);
  ASSERT_EQ(f.errors.size(), 1u);
  EXPECT_NE(f.errors[0].find("gold.tsv:4: event 1 'USA>CHN:037': event code '037' is not in"),
            std::string::npos)
      << f.errors[0];
}

TEST(EventGold, KnownActorStarts) {
  GoldReadOptions options;
  options.known_actor_start = [](std::string_view c) { return c == "USA" || c == "CHN"; };
  GoldFile f = Parse(Line({"ungdc", "u", "0", kHash, "-", "USAGOV>CHN:036"}) +
                         Line({"ungdc", "u", "5", kHash, "-", "USA>XYZGOV:036"}),
                     options);
  EXPECT_EQ(f.sentences.size(), 1u);
  ASSERT_EQ(f.errors.size(), 1u);
  EXPECT_NE(f.errors[0].find("gold.tsv:4: event 1 'USA>XYZGOV:036': actor code 'XYZGOV' does "
                             "not begin with a country"),
            std::string::npos)
      << f.errors[0];
}

TEST(EventGold, EachKindOfBadLine) {
  const std::string h = kHash;
  struct Case {
    std::string line, reason;
  };
  const std::vector<Case> cases = {
      {"reuters21578 reuters-1 0 " + h + " - -\n", "1 column, expected 6 or 7 separated by tabs"},
      {Line({"reuters21578", "reuters-1", "0", h, "-"}), "5 columns, expected 6 or 7"},
      {Line({"nytimes", "n-1", "0", h, "-", "-"}), "unknown corpus 'nytimes'"},
      {Line({"ud:", "s1", "0", h, "-", "-"}), "corpus 'ud:' names no file"},
      {Line({"jsonl:", "s1", "0", h, "-", "-"}), "corpus 'jsonl:' names no file"},
      {Line({"ungdc", "", "0", h, "-", "-"}), "no document id"},
      {Line({"ungdc", "u", "-3", h, "-", "-"}), "offset '-3' is not a byte offset"},
      {Line({"ungdc", "u", "12a", h, "-", "-"}), "offset '12a' is not a byte offset"},
      {Line({"ud:x.conllu", "s1", "4", h, "-", "-"}), "offset 4 in a ud corpus"},
      {Line({"ungdc", "u", "0", "0123456789ABCDEF", "-", "-"}), "is not 16 lower-case hex"},
      {Line({"ungdc", "u", "0", "0123", "-", "-"}), "hash '0123' is not 16 lower-case hex"},
      {Line({"ungdc", "u", "0", h, "2020-02-30", "-"}), "date '2020-02-30' is not a YYYY-MM-DD"},
      {Line({"ungdc", "u", "0", h, "20200101", "-"}), "date '20200101' is not a YYYY-MM-DD"},
      {Line({"ungdc", "u", "0", h, "-", ""}), "no events column: write - for a sentence"},
      {Line({"ungdc", "u", "0", h, "-", "USA>CHN:036  CHN>USA:036"}), "event 2 is empty"},
      {Line({"ungdc", "u", "0", h, "-", "USA>CHN:036 "}), "event 2 is empty"},
      {Line({"ungdc", "u", "0", h, "-", "USA>CHN:036 -"}), "'-' stands alone"},
      {Line({"ungdc", "u", "0", h, "-", "USA-CHN:036"}), "not SOURCE>TARGET:CODE"},
      {Line({"ungdc", "u", "0", h, "-", "USA>CHN"}), "not SOURCE>TARGET:CODE"},
      {Line({"ungdc", "u", "0", h, "-", "usa>CHN:036"}), "actor code 'usa' is not upper-case"},
      {Line({"ungdc", "u", "0", h, "-", "USAG>CHN:036"}), "actor code 'USAG'"},
      {Line({"ungdc", "u", "0", h, "-", ">CHN:036"}), "actor code ''"},
      {Line({"ungdc", "u", "0", h, "-", "USA>CHN:36a"}), "event code '36a' is not a CAMEO code"},
      {Line({"ungdc", "u", "0", h, "-", "USA>CHN:03611"}), "event code '03611'"},
  };
  for (const Case& c : cases) {
    const std::string error = OnlyError(c.line);
    EXPECT_NE(error.find("dir/gold.tsv:3: "), std::string::npos) << error;
    EXPECT_NE(error.find(c.reason), std::string::npos)
        << "line: " << c.line << "error: " << error << "\nexpected: " << c.reason;
  }
}

TEST(EventGold, BadLinesAreSkippedAndReadingGoesOn) {
  GoldFile f = Parse(Line({"ungdc", "u", "0", kHash, "-", "-"}) +
                     Line({"ungdc", "u", "x", kHash, "-", "-"}) +
                     Line({"ungdc", "u", "0", kHash, "-", "USA>CHN:036"}) +  // given on line 3
                     Line({"ungdc", "u", "9", kHash, "-", "-"}));
  ASSERT_EQ(f.sentences.size(), 2u);
  EXPECT_EQ(f.sentences[1].offset, 9u);
  ASSERT_EQ(f.errors.size(), 2u);
  EXPECT_NE(f.errors[0].find("gold.tsv:4: offset"), std::string::npos) << f.errors[0];
  EXPECT_NE(f.errors[1].find("gold.tsv:5: sentence u @0 already given on line 3"),
            std::string::npos)
      << f.errors[1];
}

TEST(EventGold, FileLevelErrors) {
  auto no_header = ParseEventGold("# only a comment\nreuters21578\tr\t0\t" +
                                      std::string(kHash) + "\t-\t-\n",
                                  "g.tsv");
  ASSERT_FALSE(no_header.ok());
  EXPECT_NE(no_header.status().message().find("g.tsv:2: not an event gold file"),
            std::string::npos)
      << no_header.status().ToString();
  auto newer = ParseEventGold("entente-event-gold 2\n", "g.tsv");
  ASSERT_FALSE(newer.ok());
  EXPECT_NE(newer.status().message().find("g.tsv:1: gold format version 2"), std::string::npos);
  auto empty = ParseEventGold("# nothing\n\n", "g.tsv");
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.status().message().find("g.tsv: empty"), std::string::npos);
  auto missing = ReadEventGold(testing::TestDataPath("eval/no-such-file.tsv"));
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("cannot open"), std::string::npos);
}

TEST(EventGold, ReadsTheTestFile) {
  auto f = ReadEventGold(testing::TestDataPath("eval/mini_gold.tsv"));
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  // Without the code table, code 999 has a CAMEO code's shape, so its line (17) is read, and
  // found to give the sentence of line 9 a second time.
  ASSERT_EQ(f->errors.size(), 1u);
  EXPECT_NE(f->errors[0].find("mini_gold.tsv:17: sentence z-2 @0 already given on line 9"),
            std::string::npos)
      << f->errors[0];
  EXPECT_EQ(f->sentences.size(), 10u);
  EXPECT_EQ(f->sentences[0].corpus.path, testing::TestDataPath("eval/docs.jsonl"));
}

TEST(GoldCorpus, Specs) {
  auto a = ParseGoldCorpus("jsonl:/abs/docs.jsonl", "base");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->path, "/abs/docs.jsonl");
  auto b = ParseGoldCorpus("jsonl:docs.jsonl", "");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->Key(), "jsonl:docs.jsonl");
  EXPECT_FALSE(ParseGoldCorpus("reuters", "").ok());
  EXPECT_FALSE(ParseGoldCorpus("", "").ok());
}

}  // namespace
}  // namespace entente::eval
