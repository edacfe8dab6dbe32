#include "eval/event_score.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace entente::eval {
namespace {

// "USAGOV>CHNGOV:036 CHN>USA:190" -> events.
std::vector<CodedEvent> Events(const std::string& text) {
  std::vector<CodedEvent> out;
  std::string error;
  EXPECT_TRUE(ParseGoldEvents(text, {}, &out, &error)) << error;
  return out;
}

TEST(EventScore, PrimaryActorAndRoot) {
  EXPECT_EQ(PrimaryActor("USAGOV"), "USA");
  EXPECT_EQ(PrimaryActor("USA"), "USA");
  EXPECT_EQ(PrimaryActor("IGOUNOKID"), "IGOUNO");
  EXPECT_EQ(PrimaryActor("IGONAT"), "IGONAT");
  EXPECT_EQ(PrimaryActor("NGOAMN"), "NGOAMN");
  EXPECT_EQ(PrimaryActor("IMGMUS"), "IMGMUS");
  EXPECT_EQ(PrimaryActor("MNCUSA"), "MNCUSA");
  EXPECT_EQ(PrimaryActor("IGO"), "IGO");
  EXPECT_EQ(PrimaryActor("---GOV"), "---");
  EXPECT_EQ(EventRoot("0211"), "02");
  EXPECT_EQ(EventRoot("190"), "19");
}

TEST(EventScore, PerfectSentence) {
  // Roles beyond the primary actor do not matter: USAGOV and USAMIL are both USA.
  SentenceScore s = ScoreSentence(Events("USAGOV>CHNGOV:036 CHNGOV>USAGOV:036"),
                                  Events("CHN>USAMIL:036 USA>CHN:036"));
  EXPECT_EQ(s.gold, 2u);
  EXPECT_EQ(s.produced, 2u);
  EXPECT_EQ(s.root, 2u);
  EXPECT_EQ(s.full, 2u);
  EXPECT_EQ(s.code_only, 2u);
  EXPECT_EQ(s.dyad_correct, 2u);
  EXPECT_TRUE(s.exact());
}

TEST(EventScore, LevelsDiffer) {
  // Gold: USA>CHN 0311 (root 03) and IGOUNO>SYR 020.
  // Produced: USA>CHN 036 (root 03: root level yes, full no), SYR>IGOUNO 020 (reversed dyad:
  // code only), IGONAT>SYR 020 (IGONAT is not IGOUNO: code only, but only one gold 020 left).
  SentenceScore s = ScoreSentence(Events("USA>CHN:0311 IGOUNO>SYR:020"),
                                  Events("USAGOV>CHN:036 SYR>IGOUNO:020 IGONAT>SYR:020"));
  EXPECT_EQ(s.root, 1u);
  EXPECT_EQ(s.full, 0u);
  EXPECT_EQ(s.code_only, 2u);  // 03=03, and one of the two 020s (one-to-one)
  EXPECT_EQ(s.dyad_correct, 1u);
  EXPECT_EQ(s.missing, (std::vector<size_t>{0, 1}));
  EXPECT_EQ(s.extra, (std::vector<size_t>{0, 1, 2}));
}

TEST(EventScore, OneToOneWithDuplicates) {
  // Two gold events of one key need two produced events; one produced event matches once.
  SentenceScore s = ScoreSentence(Events("USA>CHN:190 USA>CHN:190"), Events("USA>CHN:190"));
  EXPECT_EQ(s.full, 1u);
  EXPECT_EQ(s.missing, (std::vector<size_t>{1}));
  EXPECT_TRUE(s.extra.empty());
  // Two produced events of one key against one gold event: one is extra, but both have the
  // right dyad (dyad correct is not one-to-one).
  s = ScoreSentence(Events("USA>CHN:190"), Events("USAGOV>CHN:190 USAMIL>CHN:190"));
  EXPECT_EQ(s.full, 1u);
  EXPECT_EQ(s.extra, (std::vector<size_t>{1}));
  EXPECT_EQ(s.dyad_correct, 2u);
}

TEST(EventScore, EmptySides) {
  SentenceScore none = ScoreSentence({}, {});
  EXPECT_TRUE(none.exact());
  EXPECT_EQ(none.full, 0u);
  SentenceScore missed = ScoreSentence(Events("USA>CHN:190"), {});
  EXPECT_EQ(missed.missing.size(), 1u);
  SentenceScore extra = ScoreSentence({}, Events("USA>CHN:190"));
  EXPECT_EQ(extra.extra.size(), 1u);
  EXPECT_EQ(extra.dyad_correct, 0u);
}

TEST(EventScore, Totals) {
  // Sentence 1: gold 2, produced 2, full 1 root 2 code-only 2 dyad 2.
  // Sentence 2: gold 1, produced 0.
  // Sentence 3: gold 0, produced 1 (wrong dyad).
  // Sentence 4: gold 1, produced 1, reversed dyad, same code: code-only 1.
  EventScorer scorer;
  scorer.CountFile();
  scorer.Add(ScoreSentence(Events("USA>CHN:036 CHN>USA:036"), Events("USA>CHN:036 CHN>USA:0311")));
  scorer.Add(ScoreSentence(Events("RUS>UKR:190"), {}));
  scorer.Add(ScoreSentence({}, Events("FRA>DEU:040")));
  scorer.Add(ScoreSentence(Events("ISR>PSE:173"), Events("PSE>ISR:173")));
  scorer.CountNotFound();
  scorer.CountHashMismatch();
  scorer.CountBadLines(2);
  // gold 4, produced 4: root 2 (P = R = F1 = 0.5), full 1 (0.25), code only 3 (0.75),
  // dyad correct 2/4.
  EXPECT_EQ(scorer.root().matched, 2u);
  EXPECT_DOUBLE_EQ(scorer.root().precision(), 0.5);
  EXPECT_DOUBLE_EQ(scorer.root().recall(), 0.5);
  EXPECT_DOUBLE_EQ(scorer.root().f1(), 0.5);
  EXPECT_DOUBLE_EQ(scorer.full().f1(), 0.25);
  EXPECT_DOUBLE_EQ(scorer.code_only().precision(), 0.75);
  EXPECT_DOUBLE_EQ(scorer.dyad_ratio(), 0.5);
  EXPECT_EQ(scorer.sentences(), 4u);
  EXPECT_EQ(scorer.exact_sentences(), 0u);
  EXPECT_EQ(scorer.SummaryText(),
            "gold: 1 file, 4 sentences scored (not scored: 1 not found, 1 hash differs, 2 bad "
            "lines)\n"
            "events: 4 gold, 4 produced; sentences with every event right: 0/4\n"
            "level          matched  precision  recall      F1\n"
            "root level           2     0.5000  0.5000  0.5000\n"
            "full code            1     0.2500  0.2500  0.2500\n"
            "code only            3     0.7500  0.7500  0.7500\n"
            "dyad correct         2     0.5000       -       -\n");
  EXPECT_EQ(scorer.SummaryJson(),
            "{\"files\":1,\"sentences\":4,\"not_found\":1,\"hash_mismatch\":1,\"bad_lines\":2,"
            "\"gold_events\":4,\"produced_events\":4,\"exact_sentences\":0,"
            "\"root\":{\"matched\":2,\"precision\":0.5000,\"recall\":0.5000,\"f1\":0.5000},"
            "\"full\":{\"matched\":1,\"precision\":0.2500,\"recall\":0.2500,\"f1\":0.2500},"
            "\"code_only\":{\"matched\":3,\"precision\":0.7500,\"recall\":0.7500,\"f1\":0.7500},"
            "\"dyad\":{\"correct\":2,\"ratio\":0.5000}}");
}

TEST(EventScore, UnequalPrecisionAndRecall) {
  // Gold 3, produced 1, matched 1: P = 1, R = 1/3, F1 = 2 * 1 * (1/3) / (4/3) = 0.5.
  EventScorer scorer;
  scorer.Add(ScoreSentence(Events("USA>CHN:036 USA>CHN:040 USA>CHN:190"), Events("USA>CHN:190")));
  EXPECT_DOUBLE_EQ(scorer.full().precision(), 1.0);
  EXPECT_DOUBLE_EQ(scorer.full().recall(), 1.0 / 3);
  EXPECT_DOUBLE_EQ(scorer.full().f1(), 0.5);
  // Nothing to count: every ratio is 0.
  EventScorer empty;
  EXPECT_EQ(empty.full().f1(), 0.0);
  EXPECT_EQ(empty.dyad_ratio(), 0.0);
}

}  // namespace
}  // namespace entente::eval
