// entente's own coding convention (docs/CODING.md §9), which the coder follows with native
// dictionaries: moods (future, possible, conditional, obliged), embedded clauses, "its troops"
// and "the two sides". Sentences written for this test, with the invented states of
// tests/data/coding/native and the shipped syntax model (skipped when it is absent).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "coding/code_tables.h"
#include "coding/coder.h"
#include "coding/mood.h"
#include "entente/pipeline.h"
#include "lexicon/lexicon.h"
#include "coder_fixture.h"
#include "test_support.h"

namespace entente::coding {
namespace {

struct Coded {
  std::vector<Event> events;
  std::vector<SentenceNote> notes;
  std::vector<std::string> Triples() const {
    std::vector<std::string> out;
    for (const Event& e : events) out.push_back(e.source.code + " " + e.target.code + " " + e.code);
    std::sort(out.begin(), out.end());
    return out;
  }
};
using Triples = std::vector<std::string>;

class OwnConventionTest : public CoderFixture<OwnConventionTest> {
 protected:
  static void SetUpTestSuite() { LoadWith(testing::TestDataPath("coding/native")); }

  static Coded Code(const std::string& text) {
    Coded c;
    Document doc;
    doc.id = "test";
    doc.date = "2015-06-01";
    doc.text = text;
    CodeDocument(doc, DictOptions(), &c.events, &c.notes);
    return c;
  }
};

TEST_F(OwnConventionTest, TheIntentLinesAreRead) {
  const auto& intents = lex_->dictionary().options.intent_codes;
  EXPECT_EQ(intents.size(), 7u);
  EXPECT_EQ(IntentCode(intents, "042"), "036");   // by the root's line
  EXPECT_EQ(IntentCode(intents, "0571"), "030");  // the longest prefix wins over 05
  EXPECT_EQ(IntentCode(intents, "111"), "111");   // no line: the code itself
}

TEST_F(OwnConventionTest, FactualActsKeepTheirCodes) {
  EXPECT_EQ(Code("Valeria visited Ostria.").Triples(), (Triples{"VAL OST 042"}));
  EXPECT_EQ(Code("Valeria has attacked Ostria.").Triples(), (Triples{"VAL OST 190"}));
}

TEST_F(OwnConventionTest, FutureActsTakeTheirIntentCode) {
  Coded c = Code("Valeria will visit Ostria next week.");
  ASSERT_EQ(c.Triples(), (Triples{"VAL OST 036"}));
  EXPECT_EQ(c.events[0].modality, "will");
  EXPECT_EQ(c.events[0].root, "03");
  EXPECT_EQ(Code("Valeria said it would sign an accord with Ostria.").Triples(),
            (Triples{"VAL OST 030"}));
  EXPECT_EQ(Code("Valeria will attack Ostria.").Triples(), (Triples{"VAL OST 138"}));
}

TEST_F(OwnConventionTest, IntentVerbsMakeTheirComplementIntended) {
  EXPECT_EQ(Code("Valeria plans to visit Ostria.").Triples(), (Triples{"VAL OST 036"}));
  EXPECT_EQ(Code("Valeria is expected to meet Ostria.").Triples(), (Triples{"VAL OST 036"}));
  // Planned sanctions are imposed, not threatened (the data/eval coders' convention), unless
  // conditional.
  EXPECT_EQ(Code("Valeria plans to sanction Ostria.").Triples(), (Triples{"VAL OST 163"}));
  EXPECT_EQ(Code("Valeria will sanction Ostria if it refuses.").Triples(),
            (Triples{"VAL OST 1312"}));
  EXPECT_EQ(Code("Valeria is likely to visit Ostria soon.").Triples(), (Triples{"VAL OST 036"}));
}

TEST_F(OwnConventionTest, ACoordinatedVerbSharesTheMood) {
  EXPECT_EQ(Code("Valeria will visit Kendor and meet Ostria.").Triples(),
            (Triples{"VAL KEN 036", "VAL OST 036"}));
}

TEST_F(OwnConventionTest, PossibleActsAreCodedOnlyAsThreats) {
  EXPECT_EQ(Code("Valeria may attack Ostria.").Triples(), (Triples{"VAL OST 138"}));
  EXPECT_EQ(Code("Valeria could sanction Ostria.").Triples(), (Triples{"VAL OST 1312"}));
  Coded c = Code("Valeria might visit Ostria.");
  EXPECT_TRUE(c.events.empty());
  ASSERT_EQ(c.notes.size(), 1u);
  EXPECT_EQ(c.notes[0].outcome, SentenceOutcome::kHypothetical);
}

TEST_F(OwnConventionTest, ConditionalsAndNormsAreNotEvents) {
  Coded cond = Code("If Valeria attacks Ostria, Kendor will condemn it.");
  for (const Event& e : cond.events) EXPECT_NE(e.code, "190") << e.source.code << " " << e.target.code;
  Coded norm = Code("Valeria must support Ostria.");
  EXPECT_TRUE(norm.events.empty());
  ASSERT_EQ(norm.notes.size(), 1u);
  EXPECT_EQ(norm.notes[0].outcome, SentenceOutcome::kHypothetical);
}

TEST_F(OwnConventionTest, SpokenActsKeepTheirCodesInTheFuture) {
  // Roots without an intent line (111 here) are acts when spoken, whatever the tense.
  EXPECT_EQ(Code("Valeria will condemn Ostria.").Triples(), (Triples{"VAL OST 111"}));
}

TEST_F(OwnConventionTest, ReportedFutureKeepsTheReporterOut) {
  // The announcement embeds the visit: no VAL -> OST announcement, and the visit is an intent.
  EXPECT_EQ(Code("Valeria announced that Kendor will visit Ostria.").Triples(),
            (Triples{"KEN OST 036"}));
}

TEST_F(OwnConventionTest, TheTwoSidesStandForTheCompound) {
  Coded c = Code("Valeria and Ostria held talks. The two sides signed an accord.");
  std::vector<std::string> t = c.Triples();
  EXPECT_NE(std::find(t.begin(), t.end(), "VAL OST 057"), t.end());
  EXPECT_NE(std::find(t.begin(), t.end(), "OST VAL 057"), t.end());
}

TEST_F(OwnConventionTest, ThePairNounGivesItsRoleToEveryMember) {
  // "ministers" is an agent: the phrase stands for both states with the agent's role.
  // (The talks give VAL OST 040 and OST VAL 040.)
  EXPECT_EQ(Code("Valeria and Ostria held talks. The two ministers signed an accord.").Triples(),
            (Triples{"OST VAL 040", "OSTGOV VALGOV 057", "VAL OST 040", "VALGOV OSTGOV 057"}));
  EXPECT_EQ(Code("Valeria and Ostria held talks. Both ministers signed an accord.").Triples(),
            (Triples{"OST VAL 040", "OSTGOV VALGOV 057", "VAL OST 040", "VALGOV OSTGOV 057"}));
  // Any plural agent phrase is a pair noun, not only the usual ones ("the two envoys").
  EXPECT_EQ(Code("Valeria and Ostria held talks. The two envoys signed an accord.").Triples(),
            (Triples{"OST VAL 040", "OSTGOV VALGOV 057", "VAL OST 040", "VALGOV OSTGOV 057"}));
}

TEST_F(OwnConventionTest, TheTwoSidesAreThePairNamedBefore) {
  // No compound: the two sides the sentence before named (Valeria, Ostria), or this sentence.
  EXPECT_EQ(Code("Valeria held talks with Ostria. The two ministers signed an accord.").Triples(),
            (Triples{"OSTGOV VALGOV 057", "VAL OST 040", "VALGOV OSTGOV 057"}));
  EXPECT_EQ(Code("Valeria met Ostria, and both sides signed an accord.").Triples(),
            (Triples{"OST VAL 057", "VAL OST 040", "VAL OST 057"}));
  // Three sides named and no compound: no pair.
  EXPECT_EQ(Code("Valeria met Ostria in Kendor. The two sides signed an accord.").Triples(),
            (Triples{"VAL OST 040"}));
}

TEST_F(OwnConventionTest, ACompoundActsOnWhatItShares) {
  // "cooperation" is a mutual noun (`reciprocal_verbs`): the compound acts on itself although
  // "strengthen" is not a mutual verb.
  EXPECT_EQ(Code("Valeria and Ostria strengthened their cooperation.").Triples(),
            (Triples{"OST VAL 050", "VAL OST 050"}));
  // What the statement is about is no act, also when the parser hangs the gerund on the verb:
  // "on supporting ... Kendor" gives no support.
  EXPECT_EQ(Code("Valeria and Ostria signed a joint statement on supporting the comprehensive "
                 "strategic partnership with Kendor.").Triples(),
            (Triples{"OST VAL 057", "VAL OST 057"}));
  // Who brokered the accord is no side of its signing.
  EXPECT_EQ(Code("Valeria and Ostria signed an accord brokered by Kendor.").Triples(),
            (Triples{"OST VAL 057", "VAL OST 057"}));
}

TEST_F(OwnConventionTest, ATextOrAWeaponActsForItsOwner) {
  // A common noun heading the subject names no act of the state inside it ...
  EXPECT_TRUE(Code("Valerian exports supported Ostria.").Triples().empty());
  // ... unless it is a text speaking for its author or a weapon acting for its owner.
  EXPECT_EQ(Code("A statement by Valeria condemned Ostria.").Triples(), (Triples{"VAL OST 111"}));
  EXPECT_EQ(Code("Valerian missiles attacked Ostria.").Triples(), (Triples{"VAL OST 190"}));
  EXPECT_EQ(Code("Missiles from Valeria attacked Ostria.").Triples(), (Triples{"VAL OST 190"}));
}

TEST_F(OwnConventionTest, AnAsPhraseNamesTheSubjectsCapacity) {
  // "As a member of the League" says who Valeria is, not whom she condemns.
  EXPECT_TRUE(
      Code("As a member of the League of States, Valeria condemned the plan.").events.empty());
  EXPECT_EQ(Code("As a member of the League of States, Valeria condemned Ostria.").Triples(),
            (Triples{"VAL OST 111"}));
  // Nor do phrases of circumstance name the target, nor where a thing takes place.
  EXPECT_TRUE(Code("Despite pressure from Kendor, Valeria supported the plan.").events.empty());
  EXPECT_TRUE(Code("Valeria supported the conference, to be held in Ostria next year.")
                  .events.empty());
}

TEST_F(OwnConventionTest, WhoAfterACommaIsThePersonBeforeIt) {
  // The parser reads the relative clause as an adverbial one; "who" is still Brisk (unknown),
  // not Kendor.
  EXPECT_TRUE(Code("Kendor convinced Brisk, who condemned Ostria, that peace was near.")
                  .events.empty());
}

TEST_F(OwnConventionTest, APairTheSupportIsAboutIsNoTarget) {
  // Kendor supports the dialogue, not Valeria or Ostria; Valeria supports its own dialogue with
  // Ostria.
  EXPECT_TRUE(Code("Kendor supported the dialogue between Valeria and Ostria.").events.empty());
  EXPECT_EQ(Code("Valeria supported the dialogue between Valeria and Ostria.").Triples(),
            (Triples{"VAL OST 051"}));
}

TEST_F(OwnConventionTest, AQuestionIsNoAct) {
  // A whether-clause asks; nobody attacked.
  EXPECT_TRUE(Code("Kendor will decide whether Valeria attacked Ostria.").events.empty());
  // The purpose of an act a question names is no act either (not even an intent).
  EXPECT_TRUE(Code("Asked if Valeria would again start a campaign to attack Ostria, Kendor said "
                   "no.").events.empty());
}

TEST_F(OwnConventionTest, ANounAnchorIsItsVerbsSubjectsAct) {
  // The talks are Valeria's, not those of Kendor, the nearest actor before them.
  EXPECT_EQ(Code("Valeria flew in from Kendor and went straight to talks with Ostria.").Triples(),
            (Triples{"VAL OST 040"}));
  // ... unless the noun has its own "by" phrase: Kendor's attack, which Valeria reported.
  Coded c = Code("Valeria reported the attack on Ostria by Kendor.");
  std::vector<std::string> t = c.Triples();
  EXPECT_NE(std::find(t.begin(), t.end(), "KEN OST 190"), t.end());
  EXPECT_EQ(std::find(t.begin(), t.end(), "VAL OST 190"), t.end());
}

TEST_F(OwnConventionTest, AHyphenatedTwoIsNoAnaphor) {
  // "the two-day meeting" names no compound: Kendor met nobody.
  Coded c = Code("Valeria and Ostria held talks. Kendor attended the two-day meeting.");
  for (const std::string& t : c.Triples()) EXPECT_NE(t.rfind("KEN ", 0), 0u) << t;
  Coded d = Code("Valeria and Ostria held talks. Kendor met the two.");
  std::vector<std::string> t = d.Triples();
  EXPECT_NE(std::find(t.begin(), t.end(), "KEN VAL 040"), t.end());
}

TEST_F(OwnConventionTest, ItsTroopsBelongToTheActorBefore) {
  EXPECT_EQ(Code("Valeria said on Monday that its troops had attacked Ostria.").Triples(),
            (Triples{"VALMIL OST 190"}));
}

TEST_F(OwnConventionTest, AReportedSubjectMisreadAsAnObjectIsRepaired) {
  // The parser reads "its troops" as the object of "said" (obj + ccomp/xcomp without a
  // subject); the coder's view moves it back into the reported clause.
  EXPECT_EQ(Code("Valeria said its troops attacked Ostria.").Triples(),
            (Triples{"VALMIL OST 190"}));
  EXPECT_EQ(Code("Valeria said its troops had attacked Ostria near the border.").Triples(),
            (Triples{"VALMIL OST 190"}));
}

TEST_F(OwnConventionTest, ACodedCompoundWithNoTargetActsOnItself) {
  EXPECT_EQ(Code("The twin republics signed an accord.").Triples(),
            (Triples{"OST VAL 057", "VAL OST 057"}));
}

TEST_F(OwnConventionTest, ALoneAgentIsNoSide) {
  // "troops" names no state (lone_agents = false): it is passed over as source and target.
  Coded source = Code("Troops attacked Ostria.");
  EXPECT_TRUE(source.events.empty());
  ASSERT_EQ(source.notes.size(), 1u);
  EXPECT_EQ(source.notes[0].outcome, SentenceOutcome::kNoDyad);
  EXPECT_TRUE(Code("Valeria attacked rebel troops, Ostria said.").events.empty());
  // Passed over, it leaves a coded compound acting on itself.
  EXPECT_EQ(Code("The twin republics exchanged fire with troops.").Triples().size(), 2u);
}

TEST_F(OwnConventionTest, ACompoundActsOnItselfOnlyInReciprocalEvents) {
  // `option: reciprocal = 03 04 050 057 06 19` in the test dictionary.
  EXPECT_EQ(Code("Valeria and Ostria signed an accord.").Triples(),
            (Triples{"OST VAL 057", "VAL OST 057"}));
  EXPECT_TRUE(Code("Valeria, Ostria and Kendor supported the plan.").events.empty());
  // Whatever is done to "each other" is reciprocal.
  EXPECT_EQ(Code("Valeria and Ostria condemned each other.").Triples(),
            (Triples{"OST VAL 111", "VAL OST 111"}));
  EXPECT_EQ(lex_->dictionary().options.reciprocal_roots.size(), 6u);
  // What the accord is about is no side of it.
  EXPECT_EQ(Code("Valeria and Ostria signed an accord on Kendor.").Triples(),
            (Triples{"OST VAL 057", "VAL OST 057"}));
}

TEST_F(OwnConventionTest, ItsInAReportedClauseIsTheReporters) {
  EXPECT_EQ(Code("Valeria said Ostrian troops attacked two of its border posts.").Triples(),
            (Triples{"OSTMIL VAL 190"}));
}

TEST_F(OwnConventionTest, AppealsAndFutureTimesSetTheMood) {
  // What Kendor is urged to do is a wish, not an act; the appeal itself has no verb here.
  EXPECT_TRUE(Code("Valeria urged Kendor to attack Ostria.").events.empty());
  // A time still to come makes the act intended.
  EXPECT_EQ(Code("Valeria and Ostria hold talks tomorrow.").Triples(),
            (Triples{"OST VAL 036", "VAL OST 036"}));
  // Above an intent verb, a condition still counts.
  for (const Event& e : Code("If Valeria agrees to attack Ostria, Kendor will condemn it.").events) {
    EXPECT_FALSE(e.root == "19" || e.root == "13") << e.code;
  }
  EXPECT_EQ(Code("Valeria will meet Ostria next week.").Triples(), (Triples{"VAL OST 036"}));
}

TEST_F(OwnConventionTest, APurposeIsIntended) {
  EXPECT_EQ(Code("The Valerian envoy arrived on Monday to meet Ostria.").Triples(),
            (Triples{"VALGOV OST 036"}));
}

TEST_F(OwnConventionTest, DeniedActsAreNotEvents) {
  EXPECT_TRUE(Code("Kendor denied reports that Valeria had attacked Ostria.").events.empty());
  EXPECT_TRUE(Code("Valeria denied that its troops attacked Ostria.").events.empty());
  EXPECT_EQ(Code("Valeria said that its troops attacked Ostria.").Triples(),
            (Triples{"VALMIL OST 190"}));
}

TEST_F(OwnConventionTest, APlaceNamingADocumentIsNoActor) {
  // `option: document_words = AGREEMENT STATUTE` in the test dictionary.
  EXPECT_TRUE(Code("Kendor supports the Valeria Agreement.").events.empty());
  EXPECT_TRUE(Code("Kendor supports the Valeria trade agreement.").events.empty());
  EXPECT_EQ(Code("Kendor supports Valeria.").Triples(), (Triples{"KEN VAL 051"}));
}

TEST_F(OwnConventionTest, AStateModifyingASubjectIsNotTheSource) {
  // "Valerian farmers" are not Valeria; "Valerian troops" are (an agent binds the state).
  EXPECT_TRUE(Code("Valerian farmers attacked Ostria.").events.empty());
  EXPECT_TRUE(Code("Valeria's farmers attacked Ostria.").events.empty());
  EXPECT_EQ(Code("Valerian troops attacked Ostria.").Triples(), (Triples{"VALMIL OST 190"}));
  // As a target it still counts: what is done to Valeria's farmers is done to Valeria.
  EXPECT_EQ(Code("Ostria attacked Valerian farmers.").Triples(), (Triples{"OST VAL 190"}));
}

TEST_F(OwnConventionTest, AStateInsideACommonNounSubjectIsNotTheSource) {
  EXPECT_TRUE(Code("Farmers in Valeria attacked Ostria.").events.empty());
  // Unless the noun lists its members.
  EXPECT_EQ(Code("The three states - Valeria, Kendor and Ostria - signed an accord.").Triples().size(),
            6u);
}

TEST_F(OwnConventionTest, AListEndsAtTheMemberAfterItsConjunction) {
  // "Valeria and Kendor, Ostria ...": Ostria is not a third member.
  EXPECT_EQ(Code("After visits to Valeria and Kendor, Ostria signed an accord with Valeria.")
                .Triples(),
            (Triples{"OST VAL 057"}));
}

TEST_F(OwnConventionTest, AnActorThatIsAlsoARoleTakesTheOwnerAfterOf) {
  // "THE ENVOY" alone is Valeria's (as "the Secretary-General" alone is the UN's).
  EXPECT_EQ(Code("Kendor met the envoy.").Triples(), (Triples{"KEN VALGOV 040"}));
  EXPECT_EQ(Code("Kendor met the envoy of Ostria.").Triples(), (Triples{"KEN OSTGOV 040"}));
}

TEST_F(OwnConventionTest, AnIgosOfficialsAreTheIgo) {
  EXPECT_EQ(Code("Kendor met the envoy of the League of States.").Triples(),
            (Triples{"KEN IGOLOS 040"}));
  EXPECT_EQ(Code("Kendor met the envoy of Ostria.").Triples(), (Triples{"KEN OSTGOV 040"}));
}

TEST_F(OwnConventionTest, AKnownPersonAfterATitleGivesTheCode) {
  // The title alone would be VALGOV; the person's own entry says VALELI.
  EXPECT_EQ(Code("The Valerian envoy Mara Vel met Ostria.").Triples(),
            (Triples{"VALELI OST 040"}));
  // The state's name right before its own person is part of the name: one mention, so the
  // target is the person, not the bare state.
  EXPECT_EQ(Code("Ostria met Valerian Mara Vel.").Triples(), (Triples{"OST VALELI 040"}));
}

TEST_F(OwnConventionTest, AFamilyNameWrittenFirstNamesThePersonLater) {
  // Kendor (`family_name_first`) writes the family name first: "Tan" is the person later on.
  EXPECT_EQ(Code("Foreign Minister Tan Wei met Valeria. Tan condemned Ostria.").Triples(),
            (Triples{"KENGOV OST 111", "KENGOV VAL 040"}));
}

TEST_F(OwnConventionTest, AnAgentWithAPrependedRoleIsNoSide) {
  // "charities" alone is NGO--- : no actor, as "---GOV" is none.
  EXPECT_TRUE(Code("Valeria condemned the charities.").events.empty());
}

TEST_F(OwnConventionTest, TheSpeakerIsNotResolved) {
  EXPECT_TRUE(Code("In Ostria, we supported Valeria.").events.empty());
  EXPECT_TRUE(Code("I condemn Valeria.").events.empty());
}

TEST_F(OwnConventionTest, APersonIntroducedWithARoleIsThatRoleLaterInTheDocument) {
  // After a title: the surname alone, with an honorific, or with the given name.
  EXPECT_EQ(Code("Valerian Foreign Minister Tomas Ardent visited Ostria. Ardent met Kendor.")
                .Triples(),
            (Triples{"VALGOV KEN 040", "VALGOV OST 042"}));
  EXPECT_EQ(Code("Valerian Foreign Minister Tomas Ardent visited Ostria. Later, Mr. Ardent "
                 "condemned Kendor.")
                .Triples(),
            (Triples{"VALGOV KEN 111", "VALGOV OST 042"}));
  // After a name and a comma: an apposition naming an actor with a role.
  EXPECT_EQ(Code("Lena Brisk, a senior envoy of Ostria, said nothing. Brisk condemned Valeria.")
                .Triples(),
            (Triples{"OSTGOV VAL 111"}));
  // A calendar word ends the name; the surname stays learned.
  EXPECT_EQ(Code("Valerian Foreign Minister Tomas Ardent Monday visited Ostria. Ardent met "
                 "Kendor.")
                .Triples(),
            (Triples{"VALGOV KEN 040", "VALGOV OST 042"}));
}

TEST_F(OwnConventionTest, ALearnedNameHoldsOnlyForItsPersonAndDocument) {
  // Another document: nobody introduced Ardent.
  EXPECT_TRUE(Code("Ardent met Kendor.").events.empty());
  // Another person with the same word in the name.
  EXPECT_EQ(Code("Valerian Foreign Minister Tomas Ardent visited Ostria. Paul Ardent met Kendor.")
                .Triples(),
            (Triples{"VALGOV OST 042"}));
  // An institution is no person: "Fund" ends the name (not_names), and one word is no name.
  EXPECT_TRUE(Code("The Valerian envoy Growth Fund said nothing. Fund met Kendor.").events.empty());
  // An apposition with a verb is a clause, not a description.
  EXPECT_TRUE(
      Code("Lena Brisk, who met an envoy of Ostria, said nothing. Brisk condemned Valeria.")
          .events.empty());
}

TEST_F(OwnConventionTest, ARelativePronounStandsForTheNounItsClauseModifies) {
  EXPECT_EQ(Code("Kendor, which has condemned Valeria, said nothing.").Triples(),
            (Triples{"KEN VAL 111"}));
  // A restrictive clause describes its noun: no report of what the noun did.
  EXPECT_TRUE(Code("Envoys who condemned Valeria were absent.").events.empty());
}

TEST_F(OwnConventionTest, AVerbWithNoSubjectTakesTheActorRightBeforeIt) {
  // The tree gave "visited" no subject here only if the parser misread the apposition; either
  // way the event is Ostria's.
  EXPECT_EQ(Code("At a ceremony hosted by the envoy, Ostria visited Kendor.").Triples(),
            (Triples{"OST KEN 042"}));
  // Not an actor inside a prepositional phrase.
  EXPECT_TRUE(Code("Valeria will rule whether shipments to Ostria have attacked Kendor.").events.empty());
  // Not an infinitive: "urged Ostria to visit Kendor" names an appeal, not a visit.
  EXPECT_TRUE(Code("The envoy urged Ostria to visit Kendor.").events.empty());
}

TEST_F(OwnConventionTest, ReciprocityIsJudgedBeforeTheMood) {
  // A meeting is reciprocal, intended or not; a condemnation is not, even when intended.
  EXPECT_EQ(Code("Valeria and Ostria will meet next week.").Triples(),
            (Triples{"OST VAL 036", "VAL OST 036"}));
  EXPECT_TRUE(Code("Valeria and Ostria will condemn the report.").events.empty());
}

TEST_F(OwnConventionTest, PatternWordsStayInTheVerbsOwnClause) {
  // "* HELP" may not find its word in a coordinated clause the verb's phrase embeds.
  EXPECT_EQ(Code("Valeria supports Ostria and believes that Kendor will help.").Triples(),
            (Triples{"VAL OST 051"}));
  EXPECT_EQ(Code("Valeria supports Ostria with help.").Triples(), (Triples{"VAL OST 070"}));
  // A noun anchor's pattern words stay inside its own phrase.
  EXPECT_EQ(Code("Valeria launched an offensive against Ostria.").Triples(),
            (Triples{"VAL OST 190"}));
  EXPECT_TRUE(
      Code("Valeria's offensive against Ostria failed, and Kendor announced a plan.").events.empty());
  // ... and out of the clauses its phrase embeds.
  EXPECT_EQ(Code("Valeria's talks with Ostria ended.").Triples(), (Triples{"VAL OST 040"}));
  EXPECT_TRUE(Code("Valeria joined the talks that Kendor opened with Ostria.").events.empty());
}

TEST_F(OwnConventionTest, APlaceIsNoTargetOfACompound) {
  EXPECT_EQ(Code("Valeria and Ostria signed an accord in Kendor.").Triples(),
            (Triples{"OST VAL 057", "VAL OST 057"}));
}

TEST_F(OwnConventionTest, ACityIsWhereAStatementIsMadeNotItsTarget) {
  // Port Aurel is `place: local`: a city in a place phrase is no target of a condemnation...
  EXPECT_TRUE(Code("Valeria condemned the report in Port Aurel.").events.empty());
  // ... but a country is ("the situation in Kendor"), and so is the city as an actor.
  EXPECT_EQ(Code("Valeria condemned the report in Kendor.").Triples(), (Triples{"VAL KEN 111"}));
  EXPECT_EQ(Code("Port Aurel condemned Valeria.").Triples(), (Triples{"KENGOV VAL 111"}));
  // With a role a capital is its country's: the role replaces the government.
  EXPECT_EQ(Code("Port Aurel traders condemned Valeria.").Triples(), (Triples{"KENBUS VAL 111"}));
  // A city before a meeting word names the meeting; a country keeps its own.
  EXPECT_TRUE(Code("Valeria condemned the Port Aurel summit.").events.empty());
  EXPECT_EQ(Code("Valeria condemned the Kendor summit.").Triples(), (Triples{"VAL KEN 111"}));
  // Visits keep the city they go to; meetings do not.
  EXPECT_EQ(Code("Valeria arrived in Port Aurel.").Triples(), (Triples{"VAL KENGOV 042"}));
  EXPECT_TRUE(Code("Valeria met in Port Aurel.").events.empty());
}

TEST_F(OwnConventionTest, AStatementIsNotMadeToWhereItsActorSpokeFrom) {
  EXPECT_TRUE(Code("Valeria announced the plan from Ostria.").events.empty());
  EXPECT_EQ(Code("Valeria announced the plan to Ostria.").Triples(), (Triples{"VAL OST 010"}));
}

TEST_F(OwnConventionTest, OnlyMutualVerbsMakeACompoundActOnItself) {
  // PROPOSE (030) is not in `reciprocal_verbs`: a joint proposal is made to someone else.
  EXPECT_TRUE(Code("Valeria and Ostria proposed a plan.").events.empty());
  EXPECT_EQ(Code("Valeria and Ostria proposed a plan to Kendor.").Triples(),
            (Triples{"OST KEN 030", "VAL KEN 030"}));
  EXPECT_EQ(Code("Valeria and Ostria signed a plan.").Triples(),
            (Triples{"OST VAL 057", "VAL OST 057"}));
  // A noun anchor too: "the promise of peace" (037) is no promise they make each other.
  EXPECT_TRUE(Code("Valeria and Ostria hold the promise of peace.").events.empty());
}

TEST_F(OwnConventionTest, APlaceBeginningACompanysNameIsNoActor) {
  // `institution_words = CO BANK`.
  EXPECT_TRUE(Code("The Ostria Trading Co condemned Kendor.").events.empty());
  EXPECT_TRUE(Code("The Valerian Bank condemned Kendor.").events.empty());
  EXPECT_EQ(Code("Ostria Trading condemned Kendor.").Triples(), (Triples{"OST KEN 111"}));
  // "... Bank of" a place, after another capitalised word, is a company too; a bare "Bank of
  // Kendor" is mostly the central bank and keeps its place.
  EXPECT_TRUE(Code("The Trading Bank of Kendor condemned Valeria.").events.empty());
  EXPECT_EQ(Code("The Bank of Kendor condemned Valeria.").Triples(), (Triples{"KEN VAL 111"}));
}

TEST_F(OwnConventionTest, ASingularPronounDoesNotStandForAList) {
  EXPECT_EQ(Code("Valeria and Ostria met after he visited Kendor.").Triples(),
            (Triples{"OST VAL 040", "VAL OST 040"}));
  EXPECT_EQ(Code("Valeria and Ostria met after they visited Kendor.").Triples(),
            (Triples{"OST KEN 042", "OST VAL 040", "VAL KEN 042", "VAL OST 040"}));
}

TEST_F(OwnConventionTest, AnActPlannedForLaterIsIntended) {
  // "visit" modifies "plans" (acl), marked "to": still to come.
  EXPECT_EQ(Code("Valeria set out plans for Ostria to visit Kendor.").Triples(),
            (Triples{"OST KEN 036"}));
  // "The first ... to visit" tells what was done.
  EXPECT_EQ(Code("He was the first Valerian envoy to visit Ostria.").Triples(),
            (Triples{"VALGOV OST 042"}));
  EXPECT_EQ(Code("He was a Valerian envoy to visit Ostria.").Triples(),
            (Triples{"VALGOV OST 036"}));
  // An appeal's complement read as a purpose is still what someone is urged to do.
  EXPECT_TRUE(Code("Valeria called on Kendor to visit Ostria.").events.empty());
}

TEST_F(OwnConventionTest, AnActSomeoneFailedOrRefusedToDoIsNegated) {
  for (const char* text : {"Valeria failed to visit Ostria.", "Valeria refused to visit Ostria.",
                           "Valeria was unable to visit Ostria.",
                           "Valeria is reluctant to visit Ostria."}) {
    const Coded c = Code(text);
    ASSERT_EQ(c.Triples(), (Triples{"VAL OST 042"})) << text;
    EXPECT_TRUE(c.events[0].negated) << text;
  }
  EXPECT_FALSE(Code("Valeria visited Ostria.").events.at(0).negated);
  // An act controlled by a negated verb is negated; two negations are none; a reported act keeps
  // its own polarity.
  EXPECT_TRUE(Code("Valeria has not tried to attack Ostria.").events.at(0).negated);
  EXPECT_TRUE(Code("Valeria has stopped visiting Ostria.").events.at(0).negated);
  EXPECT_FALSE(Code("Valeria will not stop trying to attack Ostria.").events.at(0).negated);
  EXPECT_FALSE(Code("Valeria did not say that Kendor attacked Ostria.").events.at(0).negated);
}

TEST_F(OwnConventionTest, AComplementThePatternNamesGivesTheTarget) {
  // "* HELP" names "help": its object is the target, not the compound itself.
  EXPECT_EQ(Code("Valeria and Ostria agreed to help Kendor.").Triples(),
            (Triples{"OST KEN 033", "VAL KEN 033"}));
  EXPECT_EQ(Code("Valeria and Ostria agreed.").Triples(), (Triples{"OST VAL 030", "VAL OST 030"}));
}

TEST_F(OwnConventionTest, APatternSlotOnThePassivesAgentIsTheDoer) {
  EXPECT_EQ(Code("Valeria blamed Ostria for the attack.").Triples(), (Triples{"VAL OST 1123"}));
  EXPECT_EQ(Code("Ostria was blamed by Valeria for the attack.").Triples(),
            (Triples{"VAL OST 1123"}));
}

TEST_F(OwnConventionTest, AWordAfterAnArticleIsNoVerb) {
  // Whatever the tagger makes of "sign" here, "a sign" is a noun and names no signing.
  EXPECT_TRUE(Code("Valeria and Ostria feel represented, which is a sign of the commitment of our "
                   "region.")
                  .events.empty());
  EXPECT_EQ(Code("Valeria and Ostria sign an accord.").Triples(),
            (Triples{"OST VAL 057", "VAL OST 057"}));
}

TEST_F(OwnConventionTest, APurposeIsPartOfTheEventItServes) {
  // One meeting, not a meeting and an intent to sign.
  EXPECT_EQ(Code("Valeria met Ostria to sign an accord.").Triples(), (Triples{"VAL OST 040"}));
}

TEST_F(OwnConventionTest, TheContentOfARumourIsNoAct) {
  EXPECT_TRUE(Code("There is speculation that Valeria will attack Ostria.").events.empty());
  EXPECT_EQ(Code("Valeria said that Kendor attacked Ostria.").Triples(), (Triples{"KEN OST 190"}));
}

TEST_F(OwnConventionTest, AnActReportedUnderIfIsConditional) {
  // The attack is what Kendor would say in the "if" clause: no event, though it has its own
  // "will".
  EXPECT_EQ(Code("Valeria will condemn Ostria if Kendor says it will attack Ostria.").Triples(),
            (Triples{"VAL OST 111"}));
}

TEST_F(OwnConventionTest, ATargetInsideAnObjectBelongsToItsPhrase) {
  // Three nominal modifiers down is still the object's phrase; four is not.
  EXPECT_EQ(Code("Valeria supported the friends of the allies of the neighbours of Ostria.")
                .Triples(),
            (Triples{"VAL OST 051"}));
  EXPECT_TRUE(
      Code("Valeria supported the anniversary of the founding of the league of the friends of "
           "Ostria.")
          .events.empty());
  // A participle names the object's author; a relative clause with its own subject is another
  // statement.
  EXPECT_EQ(Code("Valeria supported the plan launched by Ostria.").Triples(),
            (Triples{"VAL OST 051"}));
  EXPECT_TRUE(Code("Valeria supported the report that the envoys wrote about Ostria.").events.empty());
  EXPECT_TRUE(Code("Valeria supported the report, which praises Ostria.").events.empty());
  // Nor is a clause with its own object a participle.
  EXPECT_TRUE(Code("Valeria condemned plans about sending envoys to Ostria.").events.empty());
}

TEST_F(OwnConventionTest, OnlySentencesThatCanGiveAnEventAreParsed) {
  Document doc;
  doc.id = "filter";
  doc.date = "2015-06-01";
  doc.text =
      "Valeria visited Ostria. The weather was fine. Valerian Foreign Minister Tomas Ardent "
      "spoke at length. Ardent met Kendor. Both sides met again. Kendor met reporters. Ardent "
      "met reporters. The Twin Republics met again.";
  TextAnalysis text;
  CodingScratch scratch;
  std::vector<uint8_t> names, depth;
  pipeline_->AnalyzeText(doc, &text);
  coder_->MarkNames(text, &scratch, &names);
  coder_->SentencesToParse(text, &scratch, &depth);
  ASSERT_EQ(depth.size(), 8u);
  EXPECT_EQ(depth[0], kSyntaxFull);  // actors and a verb
  EXPECT_EQ(depth[1], kSyntaxNone);  // no actor, agent, anaphor or learned name
  EXPECT_EQ(depth[2], kSyntaxTags);  // actors, no dictionary verb
  EXPECT_EQ(depth[3], kSyntaxFull);  // a name the sentence before may introduce, and an actor
  EXPECT_EQ(depth[4], kSyntaxFull);  // "both sides"
  EXPECT_EQ(depth[5], kSyntaxTags);  // one actor: no dyad whatever the tree
  EXPECT_EQ(depth[6], kSyntaxTags);  // one learned name alone
  EXPECT_EQ(depth[7], kSyntaxFull);  // one actor, but a coded compound (two sides)
  // The events and notes are those of every sentence fully parsed.
  auto code = [&](const std::vector<uint8_t>* only) {
    SyntaxAnalysis syntax;
    CodingScratch cs;
    std::vector<uint8_t> n;
    std::vector<Event> events;
    std::vector<SentenceNote> notes;
    coder_->MarkNames(text, &cs, &n);
    pipeline_->AnalyzeSyntax(text, n, &syntax, only);
    coder_->Code(doc, text, syntax, DictOptions(), &cs, &events, &notes);
    std::vector<std::string> out;
    for (const Event& e : events) out.push_back(e.source.code + " " + e.target.code + " " + e.code);
    for (const SentenceNote& note : notes) {
      out.push_back(std::to_string(note.sentence) + " " + SentenceOutcomeName(note.outcome) + " " +
                    note.detail);
    }
    return out;
  };
  const std::vector<std::string> all = code(nullptr);
  EXPECT_EQ(code(&depth), all);
  EXPECT_NE(std::find(all.begin(), all.end(), "VALGOV KEN 040"), all.end());
  EXPECT_NE(std::find(all.begin(), all.end(), "VAL OST 040"), all.end());
  const std::string one_side =
      "5 no dyad one actor only (\"Kendor\"): an event needs two (require_dyad)";
  EXPECT_NE(std::find(all.begin(), all.end(), one_side), all.end());
}

TEST_F(OwnConventionTest, TheIdealsOrReformOfAnInstitutionAreNoSide) {
  // `option: content_words`: what the act is about, not whom it is done to.
  EXPECT_EQ(Code("Valeria supports the League of States.").Triples(),
            (Triples{"VAL IGOLOS 051"}));
  EXPECT_EQ(Code("Valeria supports the principles of the League of States.").Triples(),
            Triples{});
  EXPECT_EQ(Code("Valeria supports the reform of the League of States.").Triples(), Triples{});
}

TEST_F(OwnConventionTest, APlaceOrTopicDeepInThePhraseIsNoSide) {
  // "under", "towards", "about" further down the object name its setting, not a side; the
  // object's own link still can ("support for Ostria" is support of Ostria).
  EXPECT_EQ(Code("Valeria supports the creation of a tribunal under the League of States.")
                .Triples(),
            Triples{});
  EXPECT_EQ(Code("Valeria supports the plans for Ostria.").Triples(), (Triples{"VAL OST 051"}));
  // Nor what a capacity ("as ...") names further down.
  EXPECT_EQ(
      Code("Kendor supported the choice of a mediator as coordinator of the League of States.")
          .Triples(),
      Triples{});
}

TEST_F(OwnConventionTest, ACompanionIsNoTarget) {
  // "along with Kendor" names who else acts.
  for (const char* text : {"Valeria supported the plan, along with Kendor.",
                           "Valeria supported the plan, together with Kendor."}) {
    const Triples t = Code(text).Triples();
    EXPECT_EQ(std::count(t.begin(), t.end(), "VAL KEN 051"), 0) << text;
  }
}

TEST_F(OwnConventionTest, AFiniteVerbAfterANounHasThatNounForSubject) {
  // The parser hangs "began" on "looked" with no subject; the rebels began it, not Valeria.
  const Triples t = Code("Valeria looked on in silence as the rebels began attacking Ostria.")
                        .Triples();
  EXPECT_EQ(std::count(t.begin(), t.end(), "VAL OST 190"), 0);
  EXPECT_EQ(Code("Valeria visited Kendor and attacked Ostria.").Triples(),
            (Triples{"VAL KEN 042", "VAL OST 190"}));
}

TEST_F(OwnConventionTest, AParticipleWithAByPhraseIsPassive) {
  EXPECT_EQ(Code("Valeria, supported by Kendor, attacked Ostria.").Triples(),
            (Triples{"KEN VAL 051", "VAL OST 190"}));
  // Done to the port before the comma, not by Kendor to the troops.
  const Triples t =
      Code("Ostria said Kendor would visit the port, attacked by Valerian troops, next week.")
          .Triples();
  EXPECT_EQ(std::count(t.begin(), t.end(), "KEN VALMIL 190"), 0);
  EXPECT_EQ(std::count(t.begin(), t.end(), "VALMIL KEN 190"), 0);
}

TEST_F(OwnConventionTest, APrepositionsSlotStaysInItsPhrase) {
  // "* WITH +" across a gap: someone in the "with" phrase, not an actor further down it.
  EXPECT_EQ(Code("Valeria said the talks with officials of Ostria were useful.").Triples(),
            (Triples{"VAL OST 040"}));
  const Triples t =
      Code("Valeria said the talks with commercial banks for loans to Ostria were useful.")
          .Triples();
  EXPECT_EQ(std::count(t.begin(), t.end(), "VAL OST 040"), 0);
}

TEST_F(OwnConventionTest, APurposeOfTheFirstMeetingIsIntended) {
  // "the first official to visit" tells what was done; "the first meeting to ..." a purpose.
  EXPECT_EQ(Code("Valeria held the first meeting to strengthen and support Ostria.").Triples(),
            (Triples{"VAL OST 030"}));
}

TEST_F(OwnConventionTest, AnEnvoyForAStateIsNotItsEnvoy) {
  EXPECT_EQ(Code("Kendor supported an envoy of Ostria.").Triples(), (Triples{"KEN OSTGOV 051"}));
  const Triples t = Code("Kendor supported an envoy for Ostria.").Triples();
  EXPECT_EQ(std::count(t.begin(), t.end(), "KEN OSTGOV 051"), 0);
}

TEST_F(OwnConventionTest, ARegionIsWhereNotWhom) {
  // `place: region`: "in the Northern Reaches" is where, unless it says where a noun's people are.
  EXPECT_EQ(Code("Valeria supported the Northern Reaches.").Triples(), (Triples{"VAL NRE 051"}));
  EXPECT_EQ(Code("Valeria supported peace efforts in the Northern Reaches.").Triples(), Triples{});
  EXPECT_EQ(Code("Valeria supported its friends in the Northern Reaches.").Triples(),
            (Triples{"VAL NRE 051"}));
  // Like a city, a region before a meeting word names the meeting.
  EXPECT_EQ(Code("Valeria hosted the Northern Reaches Summit.").Triples(), Triples{});
}

TEST_F(OwnConventionTest, AWhenClauseInThePresentTakesItsTimeFromAbove) {
  EXPECT_EQ(Code("Valeria is likely to support Kendor when Valerian troops visit Ostria.")
                .Triples(),
            (Triples{"VAL KEN 030", "VALMIL OST 036"}));
  EXPECT_EQ(Code("Valeria supported Kendor when Valerian troops visited Ostria.").Triples(),
            (Triples{"VAL KEN 051", "VALMIL OST 042"}));
}

TEST_F(OwnConventionTest, WouldLikeToIsASpeechActOrAWish) {
  // Done by saying it: a welcome (051, not the intent 030); a visit one would like to make is
  // only intended.
  EXPECT_EQ(Code("Valeria would like to welcome Ostria.").Triples(), (Triples{"VAL OST 051"}));
  EXPECT_EQ(Code("Valeria would like to visit Ostria.").Triples(), (Triples{"VAL OST 036"}));
}

TEST_F(OwnConventionTest, WhereAThingWasMadeIsNoSide) {
  // `option: origin_words`: "Ostrian-made" says where the tanks come from.
  EXPECT_EQ(Code("Valeria attacked Ostrian tanks.").Triples(), (Triples{"VAL OST 190"}));
  EXPECT_EQ(Code("Valeria attacked Ostrian-made tanks.").Triples(), Triples{});
  // A city joined by a hyphen to a name begins a company's name ("Bristol-Myers").
  EXPECT_EQ(Code("Port Aurel supported Valeria.").Triples(), (Triples{"KENGOV VAL 051"}));
  EXPECT_EQ(Code("Port Aurel-Mersey supported Valeria.").Triples(), Triples{});
}

TEST_F(OwnConventionTest, AnUnlikelyActIsNoEvent) {
  EXPECT_EQ(Code("Valeria is likely to visit Ostria.").Triples(), (Triples{"VAL OST 036"}));
  EXPECT_EQ(Code("Valeria is unlikely to visit Ostria.").Triples(), Triples{});
  EXPECT_EQ(Code("It is unlikely that Valeria will visit Ostria.").Triples(), Triples{});
}

TEST_F(OwnConventionTest, ANounAnchorOfCircumstanceKeepsItsTargetInsideItsPhrase) {
  // "During the bombing of the port" is another act than the clause around it.
  EXPECT_EQ(Code("During the Valerian bombing of the port, Ostria visited Kendor.").Triples(),
            (Triples{"OST KEN 042"}));
  EXPECT_EQ(Code("The Valerian bombing of the port hit Ostria.").Triples(),
            (Triples{"VAL OST 195"}));
}

TEST_F(OwnConventionTest, AnActorInAnAdverbialPhraseJoinsNoListAfterIt) {
  // The comma after "the League of States" ends the phrase; the list is Valeria and Ostria.
  EXPECT_EQ(
      Code("Despite a dispute with the League of States, Valeria and Ostria signed an accord.")
          .Triples(),
      (Triples{"OST VAL 057", "VAL OST 057"}));
}

TEST_F(OwnConventionTest, PeopleCountedAreNoStateActing) {
  EXPECT_EQ(Code("Valerians visited Ostria.").Triples(), (Triples{"VAL OST 042"}));
  EXPECT_EQ(Code("Around 600 Valerians visited Ostria.").Triples(), Triples{});
}

TEST_F(OwnConventionTest, AnAppealIsNotAddressedToWhomItWouldBenefit) {
  EXPECT_EQ(Code("Valeria called for Ostria's inclusion.").Triples(), (Triples{"VAL OST 020"}));
  EXPECT_EQ(Code("Valeria called for more help for Ostria's recovery.").Triples(), Triples{});
}

TEST_F(OwnConventionTest, ASlotRightAfterTheVerbStaysInItsClause) {
  EXPECT_EQ(Code("Valeria told Ostria to leave.").Triples(), (Triples{"VAL OST 100"}));
  // Ostria is in what was said, not the one told.
  EXPECT_EQ(Code("Valeria told reporters: \"Kendor must give Ostria to its neighbours.\"")
                .Triples(),
            Triples{});
}

TEST_F(OwnConventionTest, WhatSomeoneNeedsOrHasToDoIsNotDone) {
  EXPECT_EQ(Code("Valeria and Ostria need to meet soon.").Triples(), Triples{});
  EXPECT_EQ(Code("Valeria has to sanction Ostria.").Triples(), Triples{});
  EXPECT_EQ(Code("Valeria has long supported Ostria.").Triples(), (Triples{"VAL OST 051"}));
}

TEST_F(OwnConventionTest, AForToClauseIsWantedOrPlanned) {
  EXPECT_EQ(Code("The only way out is for Valeria to attack Ostria.").Triples(), Triples{});
  // (The announcement itself is another event, not what this test is about.)
  const Triples planned = Code("Kendor announced plans for Valeria to visit Ostria.").Triples();
  EXPECT_NE(std::find(planned.begin(), planned.end(), "VAL OST 036"), planned.end());
  EXPECT_EQ(Code("There are no plans for Valeria to visit Ostria.").Triples(), Triples{});
}

TEST_F(OwnConventionTest, ASubjectHungOnAParticipleBetweenCommasIsTheVerbs) {
  EXPECT_EQ(Code("Valeria, trying to stem pressure at home, has called for talks with Ostria.")
                .Triples(),
            (Triples{"VAL OST 020"}));
}

TEST_F(OwnConventionTest, WhoSuffersWhatAnAppealWouldEndIsNotAskedAnything) {
  EXPECT_EQ(Code("Valeria called for an end to the embargo against Ostria.").Triples(),
            Triples{});
  // Nor is a companion, however deep its phrase.
  EXPECT_EQ(Code("Valeria condemned the decision in the strongest terms alongside Ostria.")
                .Triples(),
            Triples{});
}

TEST_F(OwnConventionTest, AParticipleWithAByPhraseOnItsNounIsPassive) {
  EXPECT_EQ(Code("Kendor attacked the troops of Ostria supported by Valeria.").Triples(),
            (Triples{"KEN OSTMIL 190", "VAL OSTMIL 051"}));
}

TEST_F(OwnConventionTest, WhoAfterANameIsThatPerson) {
  EXPECT_EQ(Code("The blame lay with Mara Vel who had condemned Ostria.").Triples(),
            (Triples{"VALELI OST 111"}));
}

TEST_F(OwnConventionTest, AStatementsParticipleIsItsAuthorsAct) {
  EXPECT_EQ(Code("Valeria issued a statement condemning Ostria.").Triples(),
            (Triples{"VAL OST 111"}));
}

TEST_F(OwnConventionTest, ASpeakerVoicingTheirStatesFeelingSpeaksForIt) {
  EXPECT_EQ(Code("I reiterate Valeria's support for Ostria.").Triples(),
            (Triples{"VAL OST 051"}));
  // Welcoming someone's support is no statement of the welcomer's state.
  EXPECT_EQ(Code("I welcome Valeria's support for Ostria.").Triples(), Triples{});
}

TEST_F(OwnConventionTest, WhatSomeoneRemainsCommittedToDoingIsTheirIntent) {
  EXPECT_EQ(Code("Valeria remains committed to supporting Ostria.").Triples(),
            (Triples{"VAL OST 030"}));
}

TEST_F(OwnConventionTest, WhatSomethingWasUsedForWasDone) {
  EXPECT_EQ(Code("Valeria has used its troops to attack Ostria.").Triples(),
            (Triples{"VAL OST 190"}));
  EXPECT_EQ(Code("Valeria sent its troops to attack Ostria.").Triples(),
            (Triples{"VAL OST 138"}));
}

TEST_F(OwnConventionTest, RejectingAThingDeniesNothingDoneToIt) {
  EXPECT_EQ(Code("Ostria rejects the troops of Kendor supported by Valeria.").Triples(),
            (Triples{"VAL KENMIL 051"}));
  EXPECT_EQ(Code("Ostria rejected reports that Valeria attacked Kendor.").Triples(), Triples{});
}

TEST_F(OwnConventionTest, ACompoundSlotBeforeTheVerbIsNoPrepositionsPhrase) {
  EXPECT_EQ(Code("Valeria and Ostria settled last year.").Triples(),
            (Triples{"OST VAL 057", "VAL OST 057"}));
  EXPECT_EQ(Code("All the states except Valeria and Ostria settled last year.").Triples(),
            Triples{});
}

TEST_F(OwnConventionTest, AGerundOnAnOwnedNounIsTheOwnersAct) {
  EXPECT_EQ(Code("We noted Valeria's firm position in condemning Ostria.").Triples(),
            (Triples{"VAL OST 111"}));
}

TEST(MoodTest, ApplyMoodFollowsTheConvention) {
  const std::map<std::string, std::string> intents = {{"04", "036"}, {"19", "138"}};
  std::string code = "042";
  EXPECT_TRUE(ApplyMood(Mood::kIntended, intents, &code));
  EXPECT_EQ(code, "036");
  code = "042";
  EXPECT_FALSE(ApplyMood(Mood::kPossible, intents, &code));  // "may visit": no event yet
  code = "193";
  EXPECT_TRUE(ApplyMood(Mood::kPossible, intents, &code));
  EXPECT_EQ(code, "138");
  code = "190";
  EXPECT_FALSE(ApplyMood(Mood::kConditional, intents, &code));
  EXPECT_FALSE(ApplyMood(Mood::kObliged, intents, &code));
  EXPECT_FALSE(ApplyMood(Mood::kDenied, intents, &code));
  std::string none;
  EXPECT_TRUE(ApplyMood(Mood::kIntended, intents, &none));  // no paired code: nothing to do
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(MoodName(Mood::kConditional), "conditional");
}

}  // namespace
}  // namespace entente::coding
