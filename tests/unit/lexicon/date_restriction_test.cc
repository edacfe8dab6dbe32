// Date restrictions on actor codes, per the TABARI manual 0.8.4b2 §6.5.2.
#include <gtest/gtest.h>

#include "lexicon/model.h"
#include "lexicon/reader_util.h"

namespace entente::lexicon {
namespace {

ActorCode Block(const std::string& inside) {
  ActorCode c;
  std::string why;
  EXPECT_TRUE(ParseActorCodeBlock(inside, &c, &why)) << inside << ": " << why;
  return c;
}

std::string Error(const std::string& inside) {
  ActorCode c;
  std::string why;
  EXPECT_FALSE(ParseActorCodeBlock(inside, &c, &why)) << inside;
  return why;
}

TEST(DateRestriction, ParsesTheThreeFormsAndTheDefault) {
  ActorCode until = Block("EGY <911231");
  EXPECT_EQ(until.code, "EGY");
  EXPECT_EQ(until.dates.kind, DateRange::Kind::kUntil);
  EXPECT_EQ(until.dates.last, 19911231);
  ActorCode from = Block("UNO >920101");
  EXPECT_EQ(from.dates.kind, DateRange::Kind::kFrom);
  EXPECT_EQ(from.dates.first, 19920101);
  ActorCode between = Block("HOBGOV 950601-990815");
  EXPECT_EQ(between.dates.kind, DateRange::Kind::kBetween);
  EXPECT_EQ(between.dates.first, 19950601);
  EXPECT_EQ(between.dates.last, 19990815);
  EXPECT_EQ(Block("GON").dates.kind, DateRange::Kind::kDefault);
  // Blanks around the operators, as TABARI's own Validate dictionaries write them.
  EXPECT_EQ(Block("HOB < 950601").dates.last, 19950601);
  EXPECT_EQ(Block("HOBGOV 950601 - 990815").dates.first, 19950601);
  EXPECT_EQ(Block(" ARN ").code, "ARN");
}

TEST(DateRestriction, SixAndEightDigitDatesMix) {
  ActorCode c = Block("PRR 19950101-950630");
  EXPECT_EQ(c.dates.first, 19950101);
  EXPECT_EQ(c.dates.last, 19950630);
  EXPECT_EQ(Block("X >20121115").dates.first, 20121115);
}

TEST(DateRestriction, TwoDigitYearWindowIsTabarisOwn) {
  // §6.5.2 note 1: years 00 through 30 are 2000 through 2030.
  EXPECT_EQ(Block("X <000101").dates.last, 20000101);
  EXPECT_EQ(Block("X <301231").dates.last, 20301231);
  EXPECT_EQ(Block("X <310101").dates.last, 19310101);
  EXPECT_EQ(Block("X <991231").dates.last, 19991231);
  // `600101-000101` is 1960-2000, but `270101-730717` (meant as 1927) is an inverted interval.
  EXPECT_EQ(Block("X 600101-000101").dates.last, 20000101);
  EXPECT_NE(Error("X 270101-730717").find("ends before it starts"), std::string::npos);
}

TEST(DateRestriction, BadDatesAreErrorsWithReasons) {
  EXPECT_NE(Error("KORGOVBUS 2004017-20061201").find("7 digits"), std::string::npos);
  EXPECT_NE(Error("X <991301").find("does not exist"), std::string::npos);
  EXPECT_NE(Error("X 20121204").find("unreadable date restriction"), std::string::npos);
  EXPECT_NE(Error("X <99123A").find("not a number"), std::string::npos);
  EXPECT_NE(Error("991201-010114").find("no code"), std::string::npos);
  EXPECT_NE(Error("AAA950601-990815").find("malformed code"), std::string::npos);
  EXPECT_NE(Error("").find("no code"), std::string::npos);
}

TEST(DateRestriction, DayPastMonthEndIsClampedWithAWarningOnlyWhenAllowed) {
  ActorCode c;
  std::string why, warning;
  ASSERT_TRUE(ParseActorCodeBlock("X 030101-030931", &c, &why, &warning));
  EXPECT_EQ(c.dates.last, 20030930);
  EXPECT_NE(warning.find("does not exist"), std::string::npos);
  EXPECT_FALSE(ParseActorCodeBlock("X 030101-030931", &c, &why));  // no warning sink: an error
  EXPECT_FALSE(ParseActorCodeBlock("X 030101-030932", &c, &why, &warning));
}

ActorEntry Entry(std::initializer_list<const char*> blocks) {
  ActorEntry e;
  for (const char* b : blocks) e.codes.push_back(Block(b));
  return e;
}

std::string CodeOn(const ActorEntry& e, int32_t date, DateSemantics s = DateSemantics::kTabari) {
  const ActorCode* c = e.CodeOn(date, s);
  return c == nullptr ? "---" : c->code;
}

TEST(DateRestriction, BoundsAreInclusive) {
  ActorEntry e = Entry({"EGY <911231", "UNO >920101"});
  EXPECT_EQ(CodeOn(e, 19911231), "EGY");
  EXPECT_EQ(CodeOn(e, 19920101), "UNO");
  EXPECT_EQ(CodeOn(e, 19920000 + 100 + 1), "UNO");
  EXPECT_EQ(CodeOn(e, 19911230), "EGY");
  ActorEntry b = Entry({"HOBGOV 950601-990815"});
  EXPECT_EQ(CodeOn(b, 19950601), "HOBGOV");
  EXPECT_EQ(CodeOn(b, 19990815), "HOBGOV");
  EXPECT_EQ(CodeOn(b, 19950531), "---");
  EXPECT_EQ(CodeOn(b, 19990816), "---");
}

TEST(DateRestriction, FirstMatchingRestrictionWinsAndTheDefaultComesLast) {
  // §6.5.2 note 4, and the PETRARCH-1 DATE records: the default listed first is used only when
  // no restriction matches.
  ActorEntry sam =
      Entry({"HOB", "HOBCIV <20080120", "ORCHOB 20100109-20100112", "HOBMIL 20080120-20121109",
             "HOBGOV 20121109-20130119", "HOBELI >20130119"});
  EXPECT_EQ(CodeOn(sam, 20070101), "HOBCIV");
  EXPECT_EQ(CodeOn(sam, 20080120), "HOBCIV");  // both HOBCIV and HOBMIL hold: the first listed
  EXPECT_EQ(CodeOn(sam, 20100110), "ORCHOB");  // overrides the next, wider restriction
  EXPECT_EQ(CodeOn(sam, 20100113), "HOBMIL");
  EXPECT_EQ(CodeOn(sam, 20121109), "HOBMIL");
  EXPECT_EQ(CodeOn(sam, 20130119), "HOBGOV");
  EXPECT_EQ(CodeOn(sam, 20140101), "HOBELI");
  ActorEntry with_default = Entry({"UNO 920101-991231", "EGY"});
  EXPECT_EQ(CodeOn(with_default, 19950101), "UNO");
  EXPECT_EQ(CodeOn(with_default, 20050101), "EGY");
  // No restriction matches and no default: the null actor.
  EXPECT_EQ(CodeOn(Entry({"XXX <920101", "YYY >950101"}), 19930101), "---");
}

TEST(DateRestriction, Petrarch2SemanticsAreKeptApart) {
  // PETRARCH-2: the default listed first always wins; `<D` and the end of `D1-D2` exclude D.
  ActorEntry sam = Entry({"HOB", "HOBCIV <20080120"});
  EXPECT_EQ(CodeOn(sam, 20070101, DateSemantics::kPetrarch2), "HOB");
  EXPECT_EQ(CodeOn(sam, 20070101, DateSemantics::kTabari), "HOBCIV");
  ActorEntry until = Entry({"A <20080120", "B"});
  EXPECT_EQ(CodeOn(until, 20080120, DateSemantics::kPetrarch2), "B");
  EXPECT_EQ(CodeOn(until, 20080120, DateSemantics::kTabari), "A");
  ActorEntry between = Entry({"A 20080101-20080120"});
  EXPECT_EQ(CodeOn(between, 20080120, DateSemantics::kPetrarch2), "---");
  EXPECT_EQ(CodeOn(between, 20080120, DateSemantics::kTabari), "A");
}

TEST(DateRestriction, CompoundCodesSplit) {
  auto parts = CompoundParts("USA/GMW/FRN");
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0], "USA");
  EXPECT_EQ(parts[2], "FRN");
  EXPECT_EQ(CompoundParts("ISR").size(), 1u);
}

}  // namespace
}  // namespace entente::lexicon
