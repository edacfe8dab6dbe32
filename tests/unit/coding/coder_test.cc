// The event coder end to end on sentences written for this test, with the dictionary in
// tests/data/coding (PETRARCH-1 format; invented countries VAL, OST, KEN and a dated person) and
// the shipped syntax model. Skipped when data/models/en_syntax.model is absent.
//
// Each test states what a sentence must give as "SOURCE TARGET CODE" triples, plus the fields
// (spans, flags, code-table facts, notes) the behaviour under test is about.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "coding/code_tables.h"
#include "coding/coder.h"
#include "coding/mentions.h"
#include "coding/pattern_matcher.h"
#include "coding/sentence_view.h"
#include "entente/pipeline.h"
#include "lexicon/lexicon.h"
#include "coder_fixture.h"
#include "test_support.h"

namespace entente::coding {
namespace {

// Time limits for the hostile-input tests: generous, since Debug builds run with ASan and UBSan
// (where one Match of `- * + WITH &WEAPONRY` over a 2,000-token window took ~15 s).
#ifdef NDEBUG
constexpr double kSlowLimitSeconds = 10.0;
#else
constexpr double kSlowLimitSeconds = 90.0;
#endif

std::string DictDir() { return testing::TestDataPath("coding"); }

// What coding one document gave.
struct Coded {
  Document doc;
  std::vector<Event> events;
  std::vector<SentenceNote> notes;

  // "SRC TGT CODE" per event, sorted (order is not what these tests are about).
  std::vector<std::string> Triples() const {
    std::vector<std::string> out;
    for (const Event& e : events) out.push_back(e.source.code + " " + e.target.code + " " + e.code);
    std::sort(out.begin(), out.end());
    return out;
  }
  std::string Text(const Span& s) const {
    if (s.end < s.begin || s.end > doc.text.size()) return "<bad span>";
    return doc.text.substr(s.begin, s.size());
  }
  // The event with this code and source, or nullptr.
  const Event* Find(const std::string& source, const std::string& code) const {
    for (const Event& e : events) {
      if (e.source.code == source && e.code == code) return &e;
    }
    return nullptr;
  }
  // The single note's outcome (the documents here are one sentence unless said otherwise).
  SentenceOutcome Outcome() const {
    EXPECT_EQ(notes.size(), 1u);
    return notes.empty() ? SentenceOutcome::kEvents : notes[0].outcome;
  }
};

using Triples = std::vector<std::string>;

class CoderTest : public CoderFixture<CoderTest> {
 protected:
  static void SetUpTestSuite() { LoadWith("petrarch1:" + DictDir()); }

  static Coded Code(const std::string& text, const std::string& date = "2012-05-01") {
    return CodeWith(text, DictOptions(), date);
  }
  static Coded CodeWith(const std::string& text, const lexicon::Options& options,
                        const std::string& date = "2012-05-01") {
    Coded c;
    c.doc.id = "test";
    c.doc.date = date;
    c.doc.text = text;
    CodeDocument(c.doc, options, &c.events, &c.notes);
    return c;
  }
};

TEST_F(CoderTest, DictionaryLoadsWithoutSkippedLines) {
  const lexicon::Dictionary& d = lex_->dictionary();
  EXPECT_EQ(d.TotalSkipped(), 0u) << lexicon::DescribeReports(d);
  EXPECT_GE(d.actors.size(), 4u);
  EXPECT_GE(d.agents.size(), 5u);
  EXPECT_GE(d.discards.size(), 2u);
}

TEST_F(CoderTest, SubjectVerbObject) {
  Coded c = Code("Valeria attacked Ostria.");
  ASSERT_EQ(c.Triples(), (Triples{"VAL OST 190"}));
  const Event& e = c.events[0];
  EXPECT_EQ(c.Text(e.source.span), "Valeria");
  EXPECT_EQ(c.Text(e.target.span), "Ostria");
  EXPECT_EQ(c.Text(e.verb), "attacked");
  EXPECT_EQ(c.Text(e.sentence_span), "Valeria attacked Ostria.");
  EXPECT_EQ(e.sentence, 0u);
  EXPECT_EQ(e.date, "2012-05-01");
  EXPECT_FALSE(e.negated);
  EXPECT_EQ(e.modality, "");
  EXPECT_FALSE(e.paired);
  EXPECT_FALSE(e.source.compound);
  EXPECT_NE(e.source.where.find("PETR.Validate.actors.txt:"), std::string::npos) << e.source.where;
  EXPECT_NE(e.pattern_where.find("PETR.Validate.verbs.txt:"), std::string::npos) << e.pattern_where;
  EXPECT_EQ(c.Outcome(), SentenceOutcome::kEvents);
}

TEST_F(CoderTest, SpansPointIntoTheDocumentInLaterSentences) {
  Coded c = Code("Talks went on all day. Then Kendor condemned Valeria.");
  ASSERT_EQ(c.Triples(), (Triples{"KEN VAL 111"}));
  const Event& e = c.events[0];
  EXPECT_EQ(e.sentence, 1u);
  EXPECT_EQ(c.Text(e.source.span), "Kendor");
  EXPECT_EQ(c.Text(e.target.span), "Valeria");
  EXPECT_EQ(c.Text(e.verb), "condemned");
  EXPECT_EQ(c.Text(e.sentence_span), "Then Kendor condemned Valeria.");
  ASSERT_EQ(c.notes.size(), 2u);
  EXPECT_EQ(c.notes[0].outcome, SentenceOutcome::kNoActor);
  EXPECT_EQ(c.notes[1].outcome, SentenceOutcome::kEvents);
}

// PETRARCH's comma rule leaves out short comma-delimited phrases ("..., officials said."), but
// never the main clause: an opening adverbial or an inner apposition is not what ends the sentence.
TEST_F(CoderTest, CommaRuleKeepsTheMainClause) {
  EXPECT_EQ(Code("Kendor condemned Valeria, officials said.").Triples(), (Triples{"KEN VAL 111"}));
  EXPECT_EQ(Code("On Monday, Kendor condemned Valeria.").Triples(), (Triples{"KEN VAL 111"}));
  EXPECT_EQ(Code("Kendor, a small state, condemned Valeria.").Triples(), (Triples{"KEN VAL 111"}));
}

TEST_F(CoderTest, PassiveWithByAgentSwapsSourceAndTarget) {
  Coded c = Code("Ostria was attacked by Kendor.");
  ASSERT_EQ(c.Triples(), (Triples{"KEN OST 190"}));
  EXPECT_EQ(c.Text(c.events[0].source.span), "Kendor");
  EXPECT_EQ(c.Text(c.events[0].target.span), "Ostria");
}

TEST_F(CoderTest, PassiveWithAgentBoundByAdjective) {
  Coded c = Code("Kendor was attacked by the Valerian army.");
  ASSERT_EQ(c.Triples(), (Triples{"VALMIL KEN 190"}));
  EXPECT_EQ(c.Text(c.events[0].source.span), "Valerian army");
}

TEST_F(CoderTest, PatternWithTargetBeforeTheVerb) {
  // `- + WAS * BY $ [112]`: only the pattern gives 112 (the verb's block code is 111).
  Coded c = Code("Ostria was criticized by Valeria.");
  ASSERT_EQ(c.Triples(), (Triples{"VAL OST 112"}));
  EXPECT_NE(c.events[0].pattern.find("+ WAS * BY $"), std::string::npos) << c.events[0].pattern;
  // Active voice: the pattern cannot match, the block code applies.
  EXPECT_EQ(Code("Valeria criticized Ostria.").Triples(), (Triples{"VAL OST 111"}));
}

TEST_F(CoderTest, CoordinatedSubjectsGiveOneEventEach) {
  Coded c = Code("Valeria and Kendor attacked Ostria.");
  ASSERT_EQ(c.Triples(), (Triples{"KEN OST 190", "VAL OST 190"}));
  for (const Event& e : c.events) {
    EXPECT_TRUE(e.source.compound) << e.source.code;
    EXPECT_EQ(c.Text(e.source.span), e.source.code == "VAL" ? "Valeria" : "Kendor");
    EXPECT_EQ(c.Text(e.target.span), "Ostria");
  }
}

TEST_F(CoderTest, AgentsBindToTheirActor) {
  Coded army = Code("The Valerian army attacked Kendor.");
  ASSERT_EQ(army.Triples(), (Triples{"VALMIL KEN 190"}));
  EXPECT_EQ(army.Text(army.events[0].source.span), "Valerian army");
  // Kenya's code KEN is in the country table: country and roles are split.
  Coded ken = Code("The Kendoran army attacked Ostria.");
  ASSERT_EQ(ken.Triples(), (Triples{"KENMIL OST 190"}));
  EXPECT_EQ(ken.events[0].source.country, "KEN");
  EXPECT_EQ(ken.events[0].source.roles, (std::vector<std::string>{"MIL"}));
  // [NGO~] prepends.
  EXPECT_EQ(Code("An Ostrian charity condemned Kendor.").Triples(), (Triples{"NGOOST KEN 111"}));
}

// An agent after conjoined adjectives is shared ("the Valerian and Ostrian armies"); an agent on
// the last member of a list of countries is that member's alone.
TEST_F(CoderTest, CompoundMembersKeepTheirOwnAgents) {
  EXPECT_EQ(Code("The Valerian and Ostrian armies attacked Kendor.").Triples(),
            (Triples{"OSTMIL KEN 190", "VALMIL KEN 190"}));
  EXPECT_EQ(Code("Valeria attacked Ostria, Kendor and the Ostrian army.").Triples(),
            (Triples{"VAL KEN 190", "VAL OST 190", "VAL OSTMIL 190"}));
}

TEST_F(CoderTest, DateRestrictedPersonCode) {
  const std::string s = "Marik Tollan criticized Ostria.";
  EXPECT_EQ(Code(s, "2012-05-01").Triples(), (Triples{"VALGOV OST 111"}));
  EXPECT_EQ(Code(s, "2014-12-31").Triples(), (Triples{"VALGOV OST 111"}));  // inclusive
  EXPECT_EQ(Code(s, "2015-01-01").Triples(), (Triples{"VALOPP OST 111"}));  // >D inclusive
  EXPECT_EQ(Code(s, "2016-05-01").Triples(), (Triples{"VALOPP OST 111"}));
  EXPECT_EQ(Code(s, "2005-05-01").Triples(), (Triples{"VAL OST 111"}));  // the default
  Coded c = Code(s, "2016-05-01");
  ASSERT_EQ(c.events.size(), 1u);
  EXPECT_EQ(c.Text(c.events[0].source.span), "Marik Tollan");
  EXPECT_EQ(c.events[0].date, "2016-05-01");
}

TEST_F(CoderTest, SynsetInAPattern) {
  EXPECT_EQ(Code("Valeria attacked Ostria with drones.").Triples(), (Triples{"VAL OST 195"}));
  EXPECT_EQ(Code("Valeria shelled Ostria with artillery.").Triples(), (Triples{"VAL OST 195"}));
  // A word outside the synset: the block's code.
  EXPECT_EQ(Code("Valeria attacked Ostria with leaflets.").Triples(), (Triples{"VAL OST 190"}));
}

TEST_F(CoderTest, SkippedActorInAPattern) {
  // `- * ^ TO_PUNISH + [163]`: Kendor is skipped, Ostria is the target.
  EXPECT_EQ(Code("Valeria urged Kendor to punish Ostria.").Triples(), (Triples{"VAL OST 163"}));
}

TEST_F(CoderTest, CompoundSlotCodesAgainstItself) {
  EXPECT_EQ(Code("Valeria and Ostria met in secret.").Triples(),
            (Triples{"OST VAL 043", "VAL OST 043"}));
}

TEST_F(CoderTest, PairedCodeGivesBothDirections) {
  Coded c = Code("The Valerian minister traveled to Kendor.");
  ASSERT_EQ(c.Triples(), (Triples{"KEN VALGOV 033", "VALGOV KEN 032"}));
  const Event* there = c.Find("VALGOV", "032");
  const Event* back = c.Find("KEN", "033");
  ASSERT_NE(there, nullptr);
  ASSERT_NE(back, nullptr);
  EXPECT_FALSE(there->paired);
  EXPECT_TRUE(back->paired);
  EXPECT_EQ(c.Text(back->source.span), "Kendor");
  EXPECT_EQ(c.Text(back->target.span), "Valerian minister");
  EXPECT_EQ(back->verb, there->verb);
}

TEST_F(CoderTest, SubordinateCodeOnlyWhenAlone) {
  Coded alone = Code("Kendor asked Valeria for aid.");
  ASSERT_EQ(alone.Triples(), (Triples{"KEN VAL 023"}));
  EXPECT_EQ(alone.Outcome(), SentenceOutcome::kEvents);
  Coded with_other = Code("Kendor asked Valeria for aid after Ostria attacked Kendor.");
  EXPECT_EQ(with_other.Triples(), (Triples{"OST KEN 190"}));
}

TEST_F(CoderTest, NullCodedPatternGivesNoEvent) {
  Coded c = Code("Valeria attacked Ostria in jest.");
  EXPECT_TRUE(c.events.empty()) << c.Triples()[0];
  EXPECT_EQ(c.Outcome(), SentenceOutcome::kNullCode);
}

TEST_F(CoderTest, DiscardPhraseDropsTheSentence) {
  Coded c = Code("Valeria attacked Ostria during a friendly match.");
  EXPECT_TRUE(c.events.empty());
  EXPECT_EQ(c.Outcome(), SentenceOutcome::kDiscardSentence);
  ASSERT_FALSE(c.notes.empty());
  EXPECT_NE(c.notes[0].detail.find("FRIENDLY MATCH"), std::string::npos) << c.notes[0].detail;
  EXPECT_NE(c.notes[0].detail.find("PETR.Validate.discards.txt:"), std::string::npos);
  // Only that sentence: the next one is coded.
  Coded two = Code("Valeria attacked Ostria during a friendly match. Kendor condemned Valeria.");
  EXPECT_EQ(two.Triples(), (Triples{"KEN VAL 111"}));
}

TEST_F(CoderTest, DiscardCodeDropsTheSentence) {
  Coded c = Code("Valeria attacked Ostria in a video game.");
  EXPECT_TRUE(c.events.empty());
  EXPECT_EQ(c.Outcome(), SentenceOutcome::kDiscardSentence);
}

TEST_F(CoderTest, StoryDiscardDropsEarlierEventsToo) {
  Coded c = Code("Valeria attacked Ostria. Kendor hosted the chess olympiad.");
  EXPECT_TRUE(c.events.empty()) << c.Triples()[0];
  ASSERT_EQ(c.notes.size(), 2u);
  for (const SentenceNote& n : c.notes) EXPECT_EQ(n.outcome, SentenceOutcome::kDiscardStory);
}

TEST_F(CoderTest, NegationIsFlagged) {
  Coded c = Code("Valeria did not attack Ostria.");
  ASSERT_EQ(c.Triples(), (Triples{"VAL OST 190"}));
  EXPECT_TRUE(c.events[0].negated);
  EXPECT_EQ(c.Text(c.events[0].verb), "attack");
  Coded never = Code("Kendor never condemned Ostria.");
  ASSERT_EQ(never.events.size(), 1u);
  EXPECT_TRUE(never.events[0].negated);
}

TEST_F(CoderTest, ModalityIsFlagged) {
  Coded c = Code("Valeria may attack Ostria.");
  ASSERT_EQ(c.Triples(), (Triples{"VAL OST 190"}));
  EXPECT_EQ(c.events[0].modality, "may");
  EXPECT_FALSE(c.events[0].negated);
  Coded could = Code("Valeria could attack Ostria.");
  ASSERT_EQ(could.events.size(), 1u);
  EXPECT_EQ(could.events[0].modality, "could");
}

TEST_F(CoderTest, NoActor) {
  Coded c = Code("The weather was mild on Tuesday.");
  EXPECT_TRUE(c.events.empty());
  EXPECT_EQ(c.Outcome(), SentenceOutcome::kNoActor);
  // A dictionary verb without any actor is still "no actor".
  EXPECT_EQ(Code("Somebody attacked the village.").Outcome(), SentenceOutcome::kNoActor);
}

TEST_F(CoderTest, NoDictionaryVerb) {
  Coded c = Code("Valeria borders Ostria.");
  EXPECT_TRUE(c.events.empty());
  EXPECT_EQ(c.Outcome(), SentenceOutcome::kNoVerb);
}

TEST_F(CoderTest, RequireDyad) {
  lexicon::Options on = DictOptions();
  on.require_dyad = true;
  Coded strict = CodeWith("Valeria attacked the village.", on);
  EXPECT_TRUE(strict.events.empty());
  EXPECT_EQ(strict.Outcome(), SentenceOutcome::kNoDyad);

  lexicon::Options off = DictOptions();
  off.require_dyad = false;
  Coded lax = CodeWith("Valeria attacked the village.", off);
  ASSERT_EQ(lax.Triples(), (Triples{"VAL --- 190"}));
  EXPECT_EQ(lax.events[0].target.span.size(), 0u);
  EXPECT_EQ(lax.Text(lax.events[0].source.span), "Valeria");
  EXPECT_EQ(lax.Outcome(), SentenceOutcome::kEvents);
}

TEST_F(CoderTest, CodeTableFactsAreFilled) {
  Coded c = Code("Valeria attacked Ostria.");
  ASSERT_EQ(c.events.size(), 1u);
  const Event& e = c.events[0];
  EXPECT_EQ(e.root, "19");
  EXPECT_EQ(e.quad, 4);
  EXPECT_TRUE(e.goldstein_known);
  EXPECT_DOUBLE_EQ(e.goldstein, -10.0);
  EXPECT_EQ(e.plover_type, tables_->Plover("190").value.type);
  // A cooperative code, through a paired pattern.
  Coded v = Code("The Valerian minister traveled to Kendor.");
  const Event* visit = v.Find("VALGOV", "032");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->root, "03");
  EXPECT_EQ(visit->quad, 1);
  EXPECT_TRUE(visit->goldstein_known);
  EXPECT_GT(visit->goldstein, 0.0);
}

TEST_F(CoderTest, CodeIsDeterministicAndReusesScratch) {
  // One scratch for several documents gives what fresh scratch gives.
  const std::vector<std::string> texts = {
      "Valeria and Kendor attacked Ostria.", "The weather was mild.",
      "The Valerian minister traveled to Kendor.", "Valeria attacked Ostria."};
  CodingScratch scratch;
  for (const std::string& t : texts) {
    Coded fresh = Code(t);
    Document doc;
    doc.id = "again";
    doc.date = "2012-05-01";
    doc.text = t;
    TextAnalysis analysis;
    SyntaxAnalysis syntax;
    std::vector<uint8_t> names;
    std::vector<Event> events;
    std::vector<SentenceNote> notes;
    pipeline_->AnalyzeText(doc, &analysis);
    coder_->MarkNames(analysis, &scratch, &names);
    pipeline_->AnalyzeSyntax(analysis, names, &syntax);
    coder_->Code(doc, analysis, syntax, DictOptions(), &scratch, &events, &notes);
    ASSERT_EQ(events.size(), fresh.events.size()) << t;
    for (size_t i = 0; i < events.size(); ++i) {
      EXPECT_EQ(events[i].source.code, fresh.events[i].source.code) << t;
      EXPECT_EQ(events[i].target.code, fresh.events[i].target.code) << t;
      EXPECT_EQ(events[i].code, fresh.events[i].code) << t;
    }
  }
}

// A 2,000-token sentence of repeated words (a scraped page without punctuation, say): every
// "attacked" is a verb whose patterns see hundreds of candidate positions. Coding must finish in
// bounded time and give sane events.
TEST_F(CoderTest, VeryLongSentenceCodesInBoundedTime) {
  std::string text;
  for (int i = 0; i < 400; ++i) text += "Valeria attacked Ostria in a ";  // 5 tokens each
  text += "game.";
  Document doc;
  doc.id = "long";
  doc.date = "2012-05-01";
  doc.text = text;
  TextAnalysis analysis;
  pipeline_->AnalyzeText(doc, &analysis);
  ASSERT_GE(analysis.tokens.size(), 2000u);
  // The splitter caps sentences at 200 tokens; make the whole text one sentence again, as a
  // caller with a larger cap would.
  for (const Sentence& s : analysis.sentences) ASSERT_TRUE(s.analysed());
  Sentence all = analysis.sentences.front();
  all.span.end = analysis.sentences.back().span.end;
  all.token_end = analysis.sentences.back().token_end;
  all.capped = false;
  analysis.sentences.assign(1, all);
  CodingScratch scratch;
  std::vector<uint8_t> names;
  SyntaxAnalysis syntax;
  coder_->MarkNames(analysis, &scratch, &names);
  pipeline_->AnalyzeSyntax(analysis, names, &syntax);
  std::vector<Event> events;
  std::vector<SentenceNote> notes;
  const auto start = std::chrono::steady_clock::now();
  coder_->Code(doc, analysis, syntax, DictOptions(), &scratch, &events, &notes);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, kSlowLimitSeconds);
  ASSERT_EQ(notes.size(), 1u);
  for (const Event& e : events) {
    EXPECT_TRUE(e.source.code == "VAL" || e.source.code == "OST") << e.source.code;
    EXPECT_LE(e.verb.end, text.size());
    EXPECT_EQ(text.substr(e.verb.begin, e.verb.size()), "attacked");
  }
}

// The matcher alone, on a hand-built 2,000-token view (no parse): patterns with gaps over many
// repeats of their words would backtrack combinatorially without the step budget.
TEST_F(CoderTest, PatternMatcherHostileInput) {
  std::vector<std::string> words = {"VALERIA", "ATTACKED"};
  while (words.size() < 2000) {
    for (const char* w : {"OSTRIA", "IN", "A", "WITH", "BY", "WAS", "VIDEO", "TO"}) {
      words.push_back(w);
    }
  }
  SentenceView view;
  for (const std::string& w : words) view.forms.push_back(w);
  const size_t n = view.size();
  lex_->Analyze(view.forms, &view.analyzed);
  view.head.assign(n, -1);
  view.rel.assign(n, Rel::kOther);
  view.pos.assign(n, Pos::kOther);
  view.lemma = view.forms;
  view.child_begin.assign(n + 1, 0);
  view.child_index.clear();
  MentionSet ms;
  std::vector<lexicon::PhraseHit> hits;
  FindMentions(*lex_, view, MentionOptions{}, &hits, &ms);
  ASSERT_GT(ms.mentions.size(), 200u);

  const lexicon::Dictionary& dict = lex_->dictionary();
  SynsetIndex synsets(dict);
  PatternMatcher matcher(dict, synsets, view, ms);
  ClauseWindow w;
  w.lo = 0;
  w.lo_before = 0;
  w.hi = static_cast<uint32_t>(n - 1);
  w.verb_begin = 1;
  w.verb_end = 2;
  size_t tried = 0;
  const auto start = std::chrono::steady_clock::now();
  for (const lexicon::VerbBlock& b : dict.verb_blocks) {
    for (const lexicon::Pattern& p : b.patterns) {
      PatternSlots slots;
      const bool ok = matcher.Match(p, w, &slots);
      ++tried;
      // No VIDEO_GAME, IN_JEST or TO_PUNISH sequence exists in the text.
      if (p.text.find("VIDEO_GAME") != std::string::npos ||
          p.text.find("IN_JEST") != std::string::npos ||
          p.text.find("TO_PUNISH") != std::string::npos) {
        EXPECT_FALSE(ok) << p.text;
      }
      if (ok) {
        for (int m : {slots.source, slots.target, slots.compound}) {
          EXPECT_LT(m, static_cast<int>(ms.mentions.size())) << p.text;
        }
      }
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_GE(tried, 8u);
  EXPECT_LT(seconds, kSlowLimitSeconds);
}

// ---- CombineCodes ------------------------------------------------------------------------

TEST(CombineCodes, AppendsATrailingRole) {
  EXPECT_EQ(CombineCodes("VAL", "MIL", false), "VALMIL");
  EXPECT_EQ(CombineCodes("VALGOV", "MIL", false), "VALGOVMIL");
  EXPECT_EQ(CombineCodes("VAL", "GOVATG", false), "VALGOVATG");
}

TEST(CombineCodes, PrependsALeadingRole) {
  EXPECT_EQ(CombineCodes("OST", "NGO", true), "NGOOST");
  EXPECT_EQ(CombineCodes("OSTGOV", "NGO", true), "NGOOSTGOV");
}

TEST(CombineCodes, DoesNotRepeatARoleOnAThreeCharacterBoundary) {
  EXPECT_EQ(CombineCodes("LKAREB", "REB", false), "LKAREB");
  EXPECT_EQ(CombineCodes("VALGOVMIL", "GOV", false), "VALGOVMIL");
  EXPECT_EQ(CombineCodes("REB", "REB", false), "REB");
  // "REB" inside XREBAB is not on a boundary: a different role, appended.
  EXPECT_EQ(CombineCodes("XREBAB", "REB", false), "XREBABREB");
}

TEST(CombineCodes, EmptyAgentKeepsTheActor) {
  EXPECT_EQ(CombineCodes("VAL", "", false), "VAL");
  EXPECT_EQ(CombineCodes("VAL", "", true), "VAL");
}

}  // namespace
}  // namespace entente::coding
