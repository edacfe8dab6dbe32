// The field's own dictionaries (../shared/data) load with the expected counts, and every skipped
// line is one of the known, genuine errors. Skipped when ../shared/data is absent.
#include <gtest/gtest.h>

#include <string>

#include "lexicon/lexicon.h"
#include "test_support.h"

namespace entente::lexicon {
namespace {

std::string Shared(const std::string& rel) {
  const std::string dir = entente::testing::SharedDataDir();
  return dir.empty() ? "" : dir + "/" + rel;
}

const FileReport& Report(const Dictionary& d, const std::string& name) {
  for (const FileReport& r : d.reports) {
    if (r.path.size() >= name.size() &&
        r.path.compare(r.path.size() - name.size(), name.size(), name) == 0)
      return r;
  }
  ADD_FAILURE() << "no report for " << name;
  static FileReport none;
  return none;
}

size_t Patterns(const Dictionary& d) {
  size_t n = 0;
  for (const VerbBlock& b : d.verb_blocks) n += b.patterns.size();
  return n;
}

#define SKIP_WITHOUT(rel) \
  if (Shared(rel).empty()) GTEST_SKIP() << "skipped: ../shared/data/" rel " not found"

TEST(RealDictionaries, PhoenixSet) {
  SKIP_WITHOUT("petrarch2");
  auto lex = LoadDictionary("phoenix:" + Shared("petrarch2"));
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  const Dictionary& d = (*lex)->dictionary();
  // CAMEO.2.0.txt: 397 blocks, 4,668 pattern lines of which 4 are broken (two `VISIT)[` typos and
  // two synsets that are never defined), 40 synsets, 8 transformations.
  const FileReport& verbs = Report(d, "CAMEO.2.0.txt");
  EXPECT_EQ(verbs.entries, 397u);
  EXPECT_EQ(verbs.codes, 4664u);
  EXPECT_EQ(verbs.skipped, 4u);
  EXPECT_EQ(verbs.synsets, 40u);
  EXPECT_EQ(verbs.transformations, 8u);
  EXPECT_EQ(Patterns(d), 4664u);
  // Phoenix.Countries: 18,390 entries; 8 code lines with impossible dates are skipped.
  EXPECT_EQ(Report(d, "Phoenix.Countries.actors.txt").entries, 18390u);
  EXPECT_EQ(Report(d, "Phoenix.Countries.actors.txt").skipped, 8u);
  EXPECT_EQ(Report(d, "Phoenix.International.actors.txt").entries, 7841u);
  EXPECT_EQ(Report(d, "Phoenix.International.actors.txt").skipped, 1u);
  EXPECT_EQ(Report(d, "Phoenix.MilNonState.actors.txt").entries, 1021u);
  EXPECT_EQ(Report(d, "Phoenix.MilNonState.actors.txt").skipped, 0u);
  EXPECT_EQ(d.actors.size(), 27252u);
  // Agents: `[~ENV}` and an agent without a code are the two bad lines.
  EXPECT_EQ(Report(d, "Phoenix.agents.txt").entries, 2243u);
  EXPECT_EQ(Report(d, "Phoenix.agents.txt").skipped, 2u);
  EXPECT_EQ(d.discards.size(), 506u);
  size_t story = 0;
  for (const DiscardEntry& e : d.discards) story += e.story ? 1 : 0;
  EXPECT_EQ(story, 64u);
  EXPECT_EQ(d.issue_categories.size(), 52u);
  EXPECT_EQ(Report(d, "Phoenix.IssueCoding.txt").skipped, 13u);  // phrases without a code
  // The duplicate the DOMAIN primer names is reported.
  bool xi = false;
  for (const Diagnostic& m : d.diagnostics)
    xi |= m.message.find("'XI JINPING' is also") != std::string::npos;
  EXPECT_TRUE(xi);
}

TEST(RealDictionaries, TabariValidationProject) {
  SKIP_WITHOUT("tabari");
  auto lex = LoadDictionary("tabari:" + Shared("tabari/Validate.project"));
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  const Dictionary& d = (*lex)->dictionary();
  EXPECT_EQ(d.TotalSkipped(), 0u);
  EXPECT_EQ(d.actors.size(), 120u);
  EXPECT_EQ(d.agents.size(), 86u);
  EXPECT_EQ(d.verb_blocks.size(), 293u);
  EXPECT_EQ(Patterns(d), 409u);
  EXPECT_EQ(d.synsets.size(), 5u);
  // GOLLUM: [HOB < 950601] [HOBGOV 950601 - 990815] [HOBREB > 990816]
  for (const ActorEntry& a : d.actors) {
    if (d.PhraseText(a.phrases[0]) != "GOLLUM*") continue;
    ASSERT_EQ(a.codes.size(), 3u);
    EXPECT_EQ(a.CodeOn(19950601)->code, "HOB");
    EXPECT_EQ(a.CodeOn(19950602)->code, "HOBGOV");
    EXPECT_EQ(a.CodeOn(19990816)->code, "HOBREB");
  }
}

TEST(RealDictionaries, TabariMasterVerbsAndDictionaries) {
  SKIP_WITHOUT("tabari/dictionaries");
  auto d = ReadDictionaryFiles(
      {{FileRole::kVerbs, Format::kTabari, Shared("tabari/CAMEO.091003.master.verbs")}});
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  // 15,582 pattern lines; 13 are broken (`{ WAS | WERE ]`, two `*`).
  EXPECT_EQ(Patterns(*d), 15569u);
  EXPECT_EQ(d->TotalSkipped(), 13u);
  auto all = ReadDictionary("tabari:" + Shared("tabari/dictionaries"));
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  // CountryInfo is read straight from its .zip. Its two-digit years 17-30 mean 2017-2030 by the
  // manual's window, so 237 intervals written for the 1920s come out inverted and are skipped.
  const FileReport& ci = Report(*all, "CountryInfo.120116.actors.zip");
  EXPECT_EQ(ci.entries, 22830u);
  EXPECT_EQ(ci.skipped, 237u);
  EXPECT_EQ(Report(*all, "CAMEO.080612.verbs").codes, 14612u);
  EXPECT_EQ(Report(*all, "PSU.120522.agents").entries, 2131u);
  EXPECT_EQ(Report(*all, "Levant.080629.actors").skipped, 5u);
}

TEST(RealDictionaries, PetrarchValidationSets) {
  SKIP_WITHOUT("petrarch1");
  auto p1 = LoadDictionary("petrarch1:" + Shared("petrarch1"));
  ASSERT_TRUE(p1.ok()) << p1.status().ToString();
  const Dictionary& d1 = (*p1)->dictionary();
  EXPECT_EQ(d1.TotalSkipped(), 0u);
  EXPECT_EQ(d1.actors.size(), 127u);
  EXPECT_EQ(d1.agents.size(), 88u);
  EXPECT_EQ(d1.verb_blocks.size(), 261u);
  EXPECT_EQ(Patterns(d1), 474u);  // the `<!--` header does not hide them (PETRARCH-2 loads none)
  auto p2 = LoadDictionary("petrarch2:" + Shared("petrarch2"));
  ASSERT_TRUE(p2.ok()) << p2.status().ToString();
  EXPECT_EQ((*p2)->dictionary().actors.size(), 128u);
  EXPECT_EQ((*p2)->dictionary().TotalSkipped(), 0u);
  auto ud = LoadDictionary("udpetrarch:" + Shared("universal-petrarch"));
  ASSERT_TRUE(ud.ok()) << ud.status().ToString();
  const Dictionary& du = (*ud)->dictionary();
  EXPECT_EQ(du.verb_blocks.size(), 69u);
  EXPECT_EQ(Patterns(du), 353u);
  EXPECT_EQ(du.TotalSkipped(), 5u);  // synsets used but only defined in CAMEO.2.0.txt
}

}  // namespace
}  // namespace entente::lexicon
