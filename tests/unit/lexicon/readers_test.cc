// Each dictionary reader on small dictionaries written for these tests (tests/data/lexicon), the
// native example shipped in data/dictionaries/example, malformed lines, and strict mode.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "lexicon/lexicon.h"
#include "test_support.h"

namespace entente::lexicon {
namespace {

using entente::testing::SourceDir;
using entente::testing::TestDataPath;
using entente::testing::WriteTempFile;

const FileReport* Report(const Dictionary& d, const std::string& suffix) {
  for (const FileReport& r : d.reports) {
    if (r.path.size() >= suffix.size() &&
        r.path.compare(r.path.size() - suffix.size(), suffix.size(), suffix) == 0)
      return &r;
  }
  return nullptr;
}

bool HasMessage(const Dictionary& d, const std::string& needle) {
  for (const Diagnostic& m : d.diagnostics) {
    if (m.message.find(needle) != std::string::npos) return true;
  }
  return false;
}

const ActorEntry* Actor(const Dictionary& d, const std::string& head) {
  for (const ActorEntry& a : d.actors) {
    if (d.PhraseText(a.phrases[0]) == head) return &a;
  }
  return nullptr;
}

const VerbBlock* Block(const Dictionary& d, const std::string& name) {
  for (const VerbBlock& b : d.verb_blocks) {
    if (b.name == name) return &b;
  }
  return nullptr;
}

std::string CodeOn(const ActorEntry& a, int32_t date) {
  const ActorCode* c = a.CodeOn(date);
  return c == nullptr ? "---" : c->code;
}

// ---- TABARI -------------------------------------------------------------------------------

class TabariTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto d = ReadDictionary("tabari:" + TestDataPath("lexicon/tabari/Test.project"));
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    dict_ = std::move(*d);
  }
  Dictionary dict_;
};

TEST_F(TabariTest, ActorsWithStemsEndingsGapsAndDates) {
  const Dictionary& d = dict_;
  const FileReport* r = Report(d, "Test.actors");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->entries, 12u);
  EXPECT_EQ(r->skipped, 1u);   // LOST_: an inverted interval
  EXPECT_EQ(r->warnings, 1u);  // BROKEN_: 990229 read as 1999-02-28
  EXPECT_TRUE(HasMessage(d, "Test.actors:23: date interval '990101-980101' ends before it starts"));
  // Whole word with endings; a stem; `=` exact; a blank allows a gap.
  EXPECT_NE(Actor(d, "ZENDARIA~"), nullptr);
  EXPECT_EQ(Actor(d, "ZENDARIA~")->phrases.size(), 2u);
  EXPECT_NE(Actor(d, "VOLT*"), nullptr);
  EXPECT_NE(Actor(d, "MOUSE"), nullptr);
  EXPECT_NE(Actor(d, "RIVER* .. GUARD*"), nullptr);
  EXPECT_NE(Actor(d, "HARBOR MASTER~"), nullptr);
  const ActorEntry* orin = Actor(d, "ORIN TALL~");
  ASSERT_NE(orin, nullptr);
  ASSERT_EQ(orin->codes.size(), 3u);
  EXPECT_EQ(CodeOn(*orin, 19970101), "ZNDGOV");
  EXPECT_EQ(CodeOn(*orin, 20011231), "ZNDGOV");
  EXPECT_EQ(CodeOn(*orin, 20020101), "ZNDELI");
  EXPECT_EQ(CodeOn(*orin, 19960101), "ZND");
  const ActorEntry* kestrel = Actor(d, "KESTREL~");
  ASSERT_NE(kestrel, nullptr);
  EXPECT_EQ(CodeOn(*kestrel, 19991231), "VLT");
  EXPECT_EQ(CodeOn(*kestrel, 20000101), "ZND");
  EXPECT_EQ(CodeOn(*kestrel, 20000101 - 8870), "VLT");
  EXPECT_EQ(Actor(d, "TOWER COUNCIL~")->codes[0].code, "ZND/VLT");
  EXPECT_EQ(Actor(d, "PIER~")->codes[0].dates.first, 19950101);
  EXPECT_EQ(Actor(d, "PIER~")->codes[0].dates.last, 19950630);
  EXPECT_EQ(Actor(d, "BROKEN~")->codes[0].dates.last, 19990228);
  EXPECT_TRUE(Actor(d, "LOST~")->codes.empty());
  EXPECT_EQ(Actor(d, "NOCODE LINE~")->phrases.size(), 2u);
  // `#` lines are comments and ~~FINISH ends the file.
  EXPECT_EQ(Actor(d, "BADENTRY~"), nullptr);
  EXPECT_EQ(Actor(d, "IGNORED AFTER FINISH~"), nullptr);
  ASSERT_EQ(d.nouns.size(), 1u);
  ASSERT_EQ(d.adjectives.size(), 1u);
}

TEST_F(TabariTest, VerbsSynsetsTimeAndPatterns) {
  const Dictionary& d = dict_;
  const FileReport* r = Report(d, "Test.verbs");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->entries, 7u);
  EXPECT_EQ(r->codes, 8u);  // patterns
  EXPECT_EQ(r->skipped, 1u);
  EXPECT_TRUE(HasMessage(d, "Test.verbs:24: missing '}'"));
  const int coin = d.FindSynset("COIN"), gifts = d.FindSynset("GIFTS");
  ASSERT_GE(coin, 0);
  ASSERT_GE(gifts, 0);
  EXPECT_EQ(d.synsets[coin].members.size(), 2u);
  ASSERT_EQ(d.synsets[gifts].member_synsets.size(), 1u);
  EXPECT_EQ(d.synsets[gifts].member_synsets[0], static_cast<uint32_t>(coin));
  const VerbBlock* week = Block(d, "LAST WEEK*");  // LAST_ is whole, WEEK a stem
  ASSERT_NE(week, nullptr);
  EXPECT_EQ(week->kind, VerbBlock::Kind::kTimeShift);
  EXPECT_EQ(week->code.kind, EventCode::Kind::kTimeShift);
  EXPECT_EQ(week->code.shift_days, -7);
  const VerbBlock* promis = Block(d, "PROMIS*");
  ASSERT_NE(promis, nullptr);
  EXPECT_EQ(promis->code.primary, "050");
  ASSERT_EQ(promis->patterns.size(), 5u);
  const Pattern& alt = promis->patterns[2];  // - $ ^ * { HELP | AID_ }  [052:053]
  ASSERT_EQ(alt.before.size(), 2u);
  EXPECT_EQ(alt.before[0].kind, PatternItem::Kind::kSource);
  EXPECT_EQ(alt.before[1].kind, PatternItem::Kind::kSkip);
  ASSERT_EQ(alt.after.size(), 1u);
  EXPECT_EQ(alt.after[0].kind, PatternItem::Kind::kAlternatives);
  EXPECT_EQ(alt.after[0].alternatives.size(), 2u);
  EXPECT_EQ(alt.code.primary, "052");
  EXPECT_EQ(alt.code.paired, "053");
  const Pattern& joined = promis->patterns[1];  // - * TO_SEND_+  [0331]
  ASSERT_EQ(joined.after.size(), 3u);
  EXPECT_EQ(joined.after[0].match, WordMatch::kExact);  // TO_ is a whole word
  EXPECT_FALSE(joined.after[1].gap_before);
  EXPECT_EQ(joined.after[2].kind, PatternItem::Kind::kTarget);
  EXPECT_FALSE(joined.after[2].gap_before);
  EXPECT_TRUE(promis->patterns[3].code.subordinate);
  EXPECT_TRUE(promis->patterns[4].code.dominant);
  EXPECT_EQ(promis->patterns[4].before[0].kind, PatternItem::Kind::kCompound);
  // Longest first: `{ HELP | AID_ }` counts its longer alternative.
  EXPECT_EQ(promis->patterns[2].length, 4u);
  // A synset counts its longest member (SILVER_MARK_: 10), so `* &COIN` is tried first.
  EXPECT_EQ(promis->patterns[promis->by_length[0]].text, "* &COIN  [071]");
  EXPECT_EQ(promis->patterns[promis->by_length[1]].text, "* TO_SEND_+  [0331]");
  const VerbBlock* left = Block(d, "LEFT~");
  ASSERT_NE(left, nullptr);
  EXPECT_EQ(left->verbs[0].forms.size(), 2u);
  EXPECT_EQ(Block(d, "FOOTBALL*")->code.kind, EventCode::Kind::kDiscard);
  EXPECT_EQ(Block(d, "RIOT*")->code.kind, EventCode::Kind::kComplex);
  EXPECT_EQ(Block(d, "RIOT*")->patterns[0].code.paired, "173");
  EXPECT_EQ(Block(d, "SHOUT*")->code.kind, EventCode::Kind::kNull);
}

TEST_F(TabariTest, AgentsAndOptions) {
  const Dictionary& d = dict_;
  ASSERT_EQ(d.agents.size(), 2u);
  EXPECT_EQ(d.agents[0].code, "MIL");
  EXPECT_FALSE(d.agents[0].prepend);
  EXPECT_EQ(d.agents[1].code, "REL");
  EXPECT_TRUE(d.agents[1].prepend);
  EXPECT_TRUE(HasMessage(d, "Test.agents:3: agent code [BUS] needs exactly one '~'"));
  const Options& o = d.options;
  EXPECT_EQ(o.code_by, Options::CodeBy::kClause);
  EXPECT_EQ(o.minimum_words, 6);
  EXPECT_EQ(o.default_source, "ZND");
  EXPECT_EQ(o.default_target, "VLT");
  EXPECT_EQ(o.comma_min, 3);
  EXPECT_EQ(o.comma_max, 9);
  EXPECT_EQ(o.comma_bmin, 1);
  EXPECT_EQ(o.comma_bmax, 4);
  EXPECT_EQ(o.comma_emin, 2);
  EXPECT_EQ(o.comma_emax, 7);
  EXPECT_EQ(o.labels.at("050"), "PROMISE");
  EXPECT_EQ(Report(d, "Test.options")->entries, 6u);
  EXPECT_TRUE(HasMessage(d, "Test.options:8: expected 'COMMAND: ...'"));
}

TEST(TabariProject, MissingFileIsNotFound) {
  const std::string p = WriteTempFile("missing.project", "<actorsfile> nowhere.actors\n");
  auto d = ReadDictionary("tabari:" + p);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), StatusCode::kNotFound);
  EXPECT_NE(d.status().message().find("missing.project:1:"), std::string::npos);
}

// ---- PETRARCH-1 ---------------------------------------------------------------------------

class Petrarch1Test : public ::testing::Test {
 protected:
  void SetUp() override {
    auto d = ReadDictionary("petrarch1:" + TestDataPath("lexicon/petrarch1"));
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    dict_ = std::move(*d);
  }
  Dictionary dict_;
};

TEST_F(Petrarch1Test, VerbBlocksMembersAndPatterns) {
  const Dictionary& d = dict_;
  const FileReport* r = Report(d, "PETR.Validate.verbs.txt");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->entries, 3u);
  EXPECT_EQ(r->codes, 5u);
  EXPECT_EQ(r->skipped, 3u);
  EXPECT_EQ(r->warnings, 1u);
  EXPECT_TRUE(HasMessage(d, "PETR.Validate.verbs.txt:24: missing ')'"));
  EXPECT_TRUE(HasMessage(d, "PETR.Validate.verbs.txt:28: undefined synset &UNKNOWN"));
  EXPECT_TRUE(HasMessage(d, "PETR.Validate.verbs.txt:29: pattern without a [code]"));
  const VerbBlock* pledge = Block(d, "PLEDGE");
  ASSERT_NE(pledge, nullptr);
  ASSERT_EQ(pledge->verbs.size(), 4u);
  EXPECT_TRUE(pledge->verbs[0].forms_generated);
  std::vector<std::string> forms;
  for (const VerbForm& f : pledge->verbs[0].forms) forms.push_back(d.PhraseText(f.phrase));
  EXPECT_EQ(forms, (std::vector<std::string>{"PLEDGES", "PLEDGED", "PLEDGING"}));
  EXPECT_EQ(pledge->verbs[1].code.primary, "051");
  EXPECT_EQ(pledge->verbs[1].forms.size(), 3u);
  EXPECT_EQ(pledge->verbs[2].base.verb_word, 0);
  EXPECT_EQ(d.PhraseText(pledge->verbs[2].base.phrase), "CALL FOR");
  EXPECT_EQ(pledge->verbs[3].base.verb_word, 1);                        // SIGN_+OFF
  EXPECT_EQ(pledge->patterns[3].code.kind, EventCode::Kind::kDiscard);  // `[###]` is not a comment
  // Synset plurals: generated unless the member or the name ends in `_`.
  const Synset& wealth = d.synsets[d.FindSynset("WEALTH")];
  EXPECT_EQ(wealth.members.size(), 3u);  // DUCAT DUCATS SILVER MARK
  EXPECT_EQ(d.synsets[d.FindSynset("NOPLURAL")].members.size(), 2u);
  EXPECT_EQ(Block(d, "GATHER")->code.primary, "031");
  EXPECT_EQ(Block(d, "EMPTY")->code.kind, EventCode::Kind::kNull);
}

TEST_F(Petrarch1Test, ActorsAgentsDiscardsAndConfig) {
  const Dictionary& d = dict_;
  const ActorEntry* z = Actor(d, "ZENDARIA");
  ASSERT_NE(z, nullptr);
  EXPECT_EQ(z->phrases.size(), 3u);
  EXPECT_EQ(d.PhraseText(z->phrases[2]), "THE NORTHERN REALM");  // `;` is a legacy comment
  const ActorEntry* orin = Actor(d, "ORIN TALL");  // PETRARCH: blank and `_` both consecutive
  ASSERT_NE(orin, nullptr);
  EXPECT_EQ(CodeOn(*orin, 20020101), "ZNDELI");
  const ActorEntry* nasgar = Actor(d, "NASGAR");
  ASSERT_NE(nasgar, nullptr);
  EXPECT_EQ(CodeOn(*nasgar, 19880101), "###");
  EXPECT_EQ(CodeOn(*nasgar, 19900101), "NSG");
  const ActorEntry* keep = Actor(d, "DRAGON KEEP");
  ASSERT_NE(keep, nullptr);
  EXPECT_EQ(keep->codes.size(), 1u);  // the bad date line is skipped, the entry kept
  EXPECT_TRUE(HasMessage(d, "PETR.Validate.actors.txt:11: date '2004017' has 7 digits"));
  // Agents: plurals, `{}`, `{PLURAL}`, substitution sets, prepended codes, bad lines.
  ASSERT_EQ(d.agents.size(), 5u);
  EXPECT_EQ(d.PhraseText(d.agents[0].phrases[1]), "HARBOR GUARDS");
  EXPECT_EQ(d.PhraseText(d.agents[1].phrases[1]), "ATTORNEYS GENERAL");
  EXPECT_EQ(d.agents[2].phrases.size(), 1u);
  ASSERT_EQ(d.agents[3].phrases.size(), 4u);
  EXPECT_EQ(d.PhraseText(d.agents[3].phrases[1]), "FISHERMEN");
  EXPECT_TRUE(d.agents[4].prepend);
  EXPECT_EQ(d.PhraseText(d.agents[4].phrases[1]), "ENVOYS");
  EXPECT_EQ(Report(d, "PETR.Validate.agents.txt")->skipped, 3u);
  EXPECT_TRUE(
      HasMessage(d, "PETR.Validate.agents.txt:7: undeclared substitution marker !CAPTAIN!"));
  EXPECT_TRUE(HasMessage(d, "PETR.Validate.agents.txt:9: code block '[' closed with '}'"));
  ASSERT_EQ(d.discards.size(), 3u);
  EXPECT_TRUE(d.discards[0].story);
  EXPECT_EQ(d.PhraseText(d.discards[0].phrase), "CHESS TOURNAMENT*");
  EXPECT_EQ(d.PhraseText(d.discards[2].phrase), "GOLF");
  EXPECT_EQ(d.options.new_actor_length, 3);
  EXPECT_FALSE(d.options.require_dyad);
  EXPECT_EQ(d.options.comma_min, 1);
  EXPECT_TRUE(HasMessage(d, "PETR_config.ini:7: comma_max needs a whole number"));
}

TEST(Strict, FirstBadLineIsFatalWithItsPlace) {
  LoadOptions strict;
  strict.strict = true;
  auto d = ReadDictionary("petrarch1:" + TestDataPath("lexicon/petrarch1"), strict);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), StatusCode::kDataLoss);
  EXPECT_NE(d.status().message().find("PETR.Validate.verbs.txt:24: missing ')'"), std::string::npos)
      << d.status().message();
}

// ---- PETRARCH-2 ---------------------------------------------------------------------------

TEST(Petrarch2, NounAndPrepositionalPhrasesAndTransformations) {
  auto d = ReadDictionaryFiles(
      {{FileRole::kVerbs, Format::kPetrarch2, TestDataPath("lexicon/petrarch2/CAMEO.test.txt")},
       {FileRole::kIssues, Format::kPetrarch2, TestDataPath("lexicon/petrarch2/Test.issues.txt")}});
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  const VerbBlock* send = Block(*d, "SEND");
  ASSERT_NE(send, nullptr);
  EXPECT_EQ(send->verbs[1].code.primary, "072");
  EXPECT_EQ(d->PhraseText(send->verbs[1].forms[1].phrase), "SHIPPED OUT");
  ASSERT_EQ(send->patterns.size(), 3u);
  const Pattern& aid = send->patterns[0];  // * {HUMANITARIAN AID} (TO $)
  ASSERT_EQ(aid.after.size(), 2u);
  EXPECT_EQ(aid.after[0].kind, PatternItem::Kind::kNounPhrase);
  ASSERT_EQ(aid.after[0].children.size(), 2u);
  EXPECT_EQ(d->vocabulary.Word(aid.after[0].children[1].token), "AID");  // the head noun
  EXPECT_EQ(aid.after[1].kind, PatternItem::Kind::kPrepPhrase);
  EXPECT_EQ(d->vocabulary.Word(aid.after[1].children[0].token), "TO");
  EXPECT_EQ(aid.after[1].children[1].kind, PatternItem::Kind::kSource);
  const Pattern& troops = send->patterns[1];
  EXPECT_EQ(troops.after[0].kind, PatternItem::Kind::kSynset);
  EXPECT_EQ(troops.after[1].children[1].kind, PatternItem::Kind::kNounPhrase);
  const Pattern& from = send->patterns[2];  // (FROM ^) * [:074]
  EXPECT_EQ(from.before[0].children[1].kind, PatternItem::Kind::kSkip);
  EXPECT_TRUE(from.code.primary.empty());
  EXPECT_EQ(from.code.paired, "074");
  EXPECT_EQ(d->synsets[d->FindSynset("TROOPS")].members.size(), 2u);  // `&TROOPS_`: no plurals
  ASSERT_EQ(d->transformations.size(), 2u);
  const Transformation& t = d->transformations[0];
  EXPECT_EQ(t.pattern.source, "a");
  ASSERT_EQ(t.pattern.nested.size(), 1u);
  EXPECT_EQ(t.pattern.nested[0].target, "b");
  EXPECT_EQ(t.pattern.nested[0].verb, "SEND");
  EXPECT_EQ(t.pattern.verb, "SAY");
  EXPECT_EQ(t.out_code, "070");
  EXPECT_EQ(d->transformations[1].pattern.nested[0].target, ".");
  EXPECT_EQ(d->transformations[1].out_code, "Q");
  const FileReport* r = Report(*d, "CAMEO.test.txt");
  EXPECT_EQ(r->skipped, 2u);
  EXPECT_EQ(r->transformations, 2u);
  // Issues: n: v: and + expansions, cancels, a phrase without a code.
  ASSERT_EQ(d->issues.size(), 5u);
  EXPECT_EQ(d->issues[0].phrases.size(), 2u);
  EXPECT_EQ(d->PhraseText(d->issues[0].phrases[1]), "HARVESTS");
  EXPECT_EQ(d->issues[1].phrases.size(), 4u);
  EXPECT_EQ(d->PhraseText(d->issues[1].phrases[2]), "PLANTED");
  ASSERT_EQ(d->issues[2].phrases.size(), 2u);
  EXPECT_EQ(d->PhraseText(d->issues[2].phrases[1]), "GRAIN-SILO");
  EXPECT_EQ(d->issues[3].kind, IssueEntry::Kind::kCancelSentence);
  EXPECT_EQ(d->issues[4].kind, IssueEntry::Kind::kCancelStory);
  EXPECT_EQ(d->issue_categories[0].name, "HARVESTS");
  EXPECT_TRUE(HasMessage(*d, "Test.issues.txt:7: issue phrase 'barley' has no [CODE]"));
}

// ---- native -------------------------------------------------------------------------------

// The shipped default dictionaries load with no line skipped and no warning: a block that
// hides another's verb form, an option the reader does not know, are mistakes of ours.
TEST(Native, DefaultDictionariesLoadWithoutRemarks) {
  auto lex = LoadDictionary(SourceDir() + "/data/dictionaries/default");
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  const Dictionary& d = (*lex)->dictionary();
  uint32_t warnings = 0;
  for (const FileReport& r : d.reports) warnings += r.warnings;
  std::string messages;
  for (const Diagnostic& m : d.diagnostics) messages += m.message + "\n";
  EXPECT_EQ(d.TotalSkipped(), 0u) << messages;
  EXPECT_EQ(warnings, 0u) << messages;
}

TEST(Native, ExampleDictionaryLoads) {
  auto lex = LoadDictionary(SourceDir() + "/data/dictionaries/example");
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  const Dictionary& d = (*lex)->dictionary();
  EXPECT_EQ(d.TotalSkipped(), 0u);
  const ActorEntry* orin = Actor(d, "ORIN TALL");
  ASSERT_NE(orin, nullptr);
  EXPECT_EQ(CodeOn(*orin, 19970101), "ZNDGOV");
  EXPECT_EQ(CodeOn(*orin, 20011231), "ZNDGOV");
  EXPECT_EQ(CodeOn(*orin, 20020101), "ZNDELI");
  EXPECT_EQ(CodeOn(*orin, 19900101), "ZND");
  EXPECT_NE(Actor(d, "VOLT*"), nullptr);
  EXPECT_EQ(d.PhraseText(Actor(d, "ZENDARIA")->phrases[1]), "ZENDARIAN~");
  ASSERT_EQ(d.agents.size(), 2u);
  EXPECT_TRUE(d.agents[1].prepend);
  const VerbBlock* pledge = Block(d, "PLEDGE");
  ASSERT_NE(pledge, nullptr);
  EXPECT_EQ(pledge->patterns.size(), 3u);
  EXPECT_EQ(pledge->verbs[1].code.primary, "051");
  EXPECT_EQ(d.PhraseText(pledge->verbs[1].forms[1].phrase), "CALLED FOR");
  EXPECT_EQ(Block(d, "LAST WEEK")->code.shift_days, -7);
  EXPECT_EQ(d.transformations.size(), 1u);
  ASSERT_EQ(d.discards.size(), 2u);
  EXPECT_TRUE(d.discards[1].phrase.words[1].gap_before);
  EXPECT_EQ(d.issues.size(), 2u);
  EXPECT_EQ(d.nouns.size(), 1u);
  EXPECT_TRUE(d.options.require_dyad);
}

TEST(Native, BadLinesAreReportedAndCounted) {
  auto d = ReadDictionaryFiles(
      {{FileRole::kActors, Format::kNative, TestDataPath("lexicon/native/bad.dict")}});
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(Report(*d, "bad.dict")->skipped, 9u);
  EXPECT_TRUE(HasMessage(*d, "bad.dict:3: date '2001-02-30' does not exist"));
  EXPECT_TRUE(HasMessage(*d, "bad.dict:4: date range '2001-01-01' needs '..'"));
  EXPECT_TRUE(
      HasMessage(*d, "bad.dict:5: date range '2005-01-01..2004-01-01' ends before it starts"));
  EXPECT_TRUE(HasMessage(*d, "bad.dict:7: 'plural:' does not belong in this entry"));
  EXPECT_TRUE(HasMessage(*d, "bad.dict:10: agent code needs exactly one '~'"));
  EXPECT_TRUE(HasMessage(*d, "bad.dict:11: unknown entry 'frobnicate:'"));
  EXPECT_TRUE(HasMessage(*d, "bad.dict:13: require_dyad needs true or false"));
  ASSERT_EQ(d->actors.size(), 1u);
  EXPECT_EQ(d->actors[0].codes.size(), 1u);
}

TEST(Native, ConventionOptionsAreReadAndCheckedLineByLine) {
  const std::string path = WriteTempFile(
      "options.dict",
      "entente-dictionary 1\n"
      "intent: 04 036\n"
      "intent: 19 138\n"
      "intent: 04 040\n"          // 4: the same prefix again: warned, the first is kept
      "intent: 4x 036\n"          // 5: not a code
      "intent: 04\n"              // 6: one code only
      "option: reciprocal = 04 057 19\n"
      "option: reciprocal = four\n"  // 8
      "option: document_words = Agreement treaty\n"
      "option: document_words =\n"   // 10
      "option: institution_words = inc Bank\n"
      "option: reciprocal_verbs = agree MEET\n"
      "option: reciprocal_verbs =\n"  // 13
      "option: meeting_words = summit\n"
      "actor: PORT AUREL\n"
      "  place: local\n"
      "  code: KENGOV\n"
      "actor: AUREL HARBOUR\n"
      "  place: harbour\n"             // 19
      "  code: KEN\n"
      "actor: NORTHERN REACHES\n"
      "  place: region\n"
      "  code: NRE\n"
      "option: content_words = principles Goals\n"
      "option: origin_words = made\n"
      "option: partners = 050 partnership Collaboration\n"
      "option: partners = PARTNERSHIP\n"  // 27: no code
      "option: partners = 050\n"          // 28: no words
      "option: partner_verbs = co-chair\n"
      "option: norm_appeals = 020 say Suggest\n"
      "option: norm_appeals = SAY\n"  // 31: no code
      "option: presence = 042 still\n"
      "option: presence = STILL\n"  // 33: no code
      "option: presence = 042\n"  // 34: a code alone is enough
      "option: joint_authors = 050 sponsor Propose\n"
      "option: joint_authors = 050\n"  // 36: no verbs
      "option: mediators = 045 broker\n"
      "option: mediators = BROKER\n");  // 38: no code
  auto d = ReadDictionaryFiles({{FileRole::kActors, Format::kNative, path}});
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(Report(*d, "options.dict")->skipped, 12u);
  EXPECT_TRUE(HasMessage(*d, "options.dict:38: mediators needs a CAMEO code, then verbs"));
  EXPECT_EQ(d->options.mediator_code, "045");
  EXPECT_EQ(d->options.mediator_verbs, (std::vector<std::string>{"BROKER"}));
  EXPECT_TRUE(HasMessage(*d, "options.dict:36: joint_authors needs a CAMEO code, then verbs"));
  EXPECT_EQ(d->options.joint_author_code, "050");
  EXPECT_EQ(d->options.joint_author_verbs, (std::vector<std::string>{"SPONSOR", "PROPOSE"}));
  EXPECT_EQ(d->options.joint_author_source.line, 35u);
  EXPECT_TRUE(HasMessage(*d, "options.dict:33: presence needs a CAMEO code"));
  EXPECT_EQ(d->options.presence_code, "042");
  EXPECT_TRUE(d->options.presence_adverbs.empty());  // the last line read wins
  EXPECT_EQ(d->options.presence_source.line, 34u);
  EXPECT_TRUE(HasMessage(*d, "options.dict:31: norm_appeals needs a CAMEO code, then verbs"));
  EXPECT_EQ(d->options.norm_appeal_code, "020");
  EXPECT_EQ(d->options.norm_appeal_verbs, (std::vector<std::string>{"SAY", "SUGGEST"}));
  EXPECT_EQ(d->options.norm_appeal_source.line, 30u);
  EXPECT_TRUE(HasMessage(*d, "options.dict:28: partners needs a CAMEO code, then words"));
  EXPECT_TRUE(HasMessage(*d, "options.dict:27: partners needs a CAMEO code, then words"));
  EXPECT_EQ(d->options.partner_code, "050");
  EXPECT_EQ(d->options.partner_words, (std::vector<std::string>{"PARTNERSHIP", "COLLABORATION"}));
  EXPECT_EQ(d->options.partner_source.line, 26u);
  EXPECT_EQ(d->options.partner_verbs, (std::vector<std::string>{"CO-CHAIR"}));
  EXPECT_TRUE(HasMessage(*d, "options.dict:13: reciprocal_verbs needs words separated by blanks (AGREE MEET)"));
  EXPECT_TRUE(HasMessage(*d, "options.dict:19: place: is 'local'"));
  EXPECT_EQ(d->options.institution_words, (std::vector<std::string>{"INC", "BANK"}));
  EXPECT_EQ(d->options.reciprocal_verbs, (std::vector<std::string>{"AGREE", "MEET"}));
  EXPECT_EQ(d->options.meeting_words, (std::vector<std::string>{"SUMMIT"}));
  ASSERT_EQ(d->actors.size(), 3u);
  EXPECT_TRUE(d->actors[0].local);
  EXPECT_FALSE(d->actors[1].local);
  EXPECT_TRUE(d->actors[2].region);
  EXPECT_FALSE(d->actors[2].local);
  EXPECT_FALSE(d->actors[0].region);
  EXPECT_EQ(d->options.content_words, (std::vector<std::string>{"PRINCIPLES", "GOALS"}));
  EXPECT_EQ(d->options.origin_words, (std::vector<std::string>{"MADE"}));
  EXPECT_TRUE(HasMessage(*d, "options.dict:4: warning: intent code for 04 given again"));
  EXPECT_TRUE(HasMessage(*d, "options.dict:5: expected 'intent: CODE INTENT_CODE'"));
  EXPECT_TRUE(HasMessage(*d, "options.dict:6: expected 'intent: CODE INTENT_CODE'"));
  EXPECT_TRUE(HasMessage(*d, "options.dict:8: reciprocal needs CAMEO codes"));
  EXPECT_TRUE(HasMessage(*d, "options.dict:10: document_words needs words"));
  ASSERT_EQ(d->options.intent_codes.size(), 2u);
  EXPECT_EQ(d->options.intent_codes.at("04"), "036");
  EXPECT_EQ(d->options.reciprocal_roots, (std::vector<std::string>{"04", "057", "19"}));
  EXPECT_EQ(d->options.document_words, (std::vector<std::string>{"AGREEMENT", "TREATY"}));
}

TEST(Native, AFileWithoutHeaderIsRefused) {
  auto d = ReadDictionaryFiles(
      {{FileRole::kActors, Format::kNative, TestDataPath("lexicon/native/noheader.dict")}});
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.status().message().find("noheader.dict:1: not an entente dictionary"),
            std::string::npos);
  const std::string newer = WriteTempFile("newer.dict", "entente-dictionary 2\n");
  auto n = ReadDictionaryFiles({{FileRole::kActors, Format::kNative, newer}});
  ASSERT_FALSE(n.ok());
  EXPECT_NE(n.status().message().find("newer than this program reads"), std::string::npos);
}

TEST(Loader, SpecErrorsAreStatuses) {
  EXPECT_EQ(LoadDictionary("/no/such/folder").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(LoadDictionary("phoenix:/no/such/folder").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(LoadDictionary("tabari:/no/such.project").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(LoadDictionary("phoenix:").status().code(), StatusCode::kInvalidArgument);
  // A foreign dictionary without verb patterns codes nothing: refused.
  const std::string dir = TestDataPath("lexicon/petrarch2");
  auto empty = ReadDictionaryFiles({{FileRole::kActors, Format::kPetrarch2,
                                     TestDataPath("lexicon/petrarch1/PETR.Validate.actors.txt")}});
  ASSERT_TRUE(empty.ok());
  empty->format = "petrarch2";
  auto lex = CompileDictionary(std::move(*empty));
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().code(), StatusCode::kFailedPrecondition);
}

}  // namespace
}  // namespace entente::lexicon
