// The shipped model on the constructions the event coder relies on. Sentences written for this
// test; tokens are given already split (as the text front end would split them).
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "syntax/syntax_model.h"
#include "test_support.h"

namespace entente::syntax {
namespace {

class Constructions : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto m = SyntaxModel::Load(testing::SourceDir() + "/data/" + SyntaxModel::kDefaultFile);
    ASSERT_TRUE(m.ok()) << m.status().ToString();
    model_ = std::move(*m).release();
  }
  static void TearDownTestSuite() {
    delete model_;
    model_ = nullptr;
  }

  // Parses space-separated tokens; returns "form<-head:deprel" for each word (head "ROOT").
  struct Parsed {
    std::vector<std::string> forms, lemmas, upos, deprel;
    std::vector<int> heads;
    // "dependent deprel head" for the word `form` (first occurrence).
    std::string Arc(const std::string& form) const {
      for (size_t i = 0; i < forms.size(); ++i) {
        if (forms[i] != form) continue;
        return form + " " + deprel[i] + " " + (heads[i] < 0 ? "ROOT" : forms[heads[i]]);
      }
      return form + " missing";
    }
  };
  static Parsed Parse(const std::string& sentence) {
    Parsed p;
    std::istringstream in(sentence);
    std::string tok;
    while (in >> tok) p.forms.push_back(tok);
    std::vector<std::string_view> views(p.forms.begin(), p.forms.end());
    std::vector<Word> words(views.size());
    std::string lemmas;
    SyntaxScratch scratch;
    model_->AnalyzeSentence(views, &scratch, words.data(), &lemmas);
    for (const Word& w : words) {
      p.heads.push_back(w.head);
      p.deprel.push_back(model_->tags().deprel[w.deprel]);
      p.upos.push_back(model_->tags().upos[w.upos]);
      p.lemmas.push_back(lemmas.substr(w.lemma_begin, w.lemma_end - w.lemma_begin));
    }
    return p;
  }

  static SyntaxModel* model_;
};

SyntaxModel* Constructions::model_ = nullptr;

TEST_F(Constructions, PassiveWithByAgent) {
  Parsed p = Parse("The embassy was attacked by gunmen on Sunday .");
  EXPECT_EQ(p.Arc("attacked"), "attacked root ROOT");
  EXPECT_EQ(p.Arc("embassy"), "embassy nsubj:pass attacked");
  EXPECT_EQ(p.Arc("was"), "was aux:pass attacked");
  EXPECT_EQ(p.Arc("by"), "by case gunmen");
  EXPECT_EQ(p.Arc("gunmen").substr(0, 10), "gunmen obl");  // obl or obl:agent
  EXPECT_EQ(p.Arc("gunmen").substr(p.Arc("gunmen").size() - 8), "attacked");
}

TEST_F(Constructions, CoordinatedSubjects) {
  Parsed p = Parse("Brazil and Indonesia signed a fisheries agreement on Monday .");
  EXPECT_EQ(p.Arc("signed"), "signed root ROOT");
  EXPECT_EQ(p.Arc("Brazil"), "Brazil nsubj signed");
  EXPECT_EQ(p.Arc("Indonesia"), "Indonesia conj Brazil");
  EXPECT_EQ(p.Arc("and"), "and cc Indonesia");
  EXPECT_EQ(p.Arc("agreement"), "agreement obj signed");
}

TEST_F(Constructions, ReportedSpeech) {
  Parsed p = Parse("The spokesman said that rebels attacked a police convoy .");
  EXPECT_EQ(p.Arc("said"), "said root ROOT");
  EXPECT_EQ(p.Arc("spokesman"), "spokesman nsubj said");
  EXPECT_EQ(p.Arc("attacked"), "attacked ccomp said");
  EXPECT_EQ(p.Arc("that"), "that mark attacked");
  EXPECT_EQ(p.Arc("rebels"), "rebels nsubj attacked");
  EXPECT_EQ(p.Arc("convoy"), "convoy obj attacked");
}

TEST_F(Constructions, OpenClausalComplement) {
  Parsed p = Parse("Canada pledged to expand its trade with Mexico .");
  EXPECT_EQ(p.Arc("pledged"), "pledged root ROOT");
  EXPECT_EQ(p.Arc("Canada"), "Canada nsubj pledged");
  EXPECT_EQ(p.Arc("expand"), "expand xcomp pledged");
  EXPECT_EQ(p.Arc("to"), "to mark expand");
  EXPECT_EQ(p.Arc("trade"), "trade obj expand");
}

TEST_F(Constructions, Apposition) {
  Parsed p = Parse("Maria Lopez , Spain 's defence minister , met the envoy in Madrid .");
  EXPECT_EQ(p.Arc("met"), "met root ROOT");
  EXPECT_EQ(p.Arc("Maria"), "Maria nsubj met");
  EXPECT_EQ(p.Arc("Lopez"), "Lopez flat Maria");
  EXPECT_EQ(p.Arc("minister"), "minister appos Maria");
  EXPECT_EQ(p.Arc("Spain"), "Spain nmod:poss minister");
  EXPECT_EQ(p.Arc("envoy"), "envoy obj met");
}

TEST_F(Constructions, Possessive) {
  Parsed p = Parse("Kenya 's president visited Ethiopia last week .");
  EXPECT_EQ(p.Arc("Kenya"), "Kenya nmod:poss president");
  EXPECT_EQ(p.Arc("'s"), "'s case Kenya");
  EXPECT_EQ(p.Arc("president"), "president nsubj visited");
  EXPECT_EQ(p.Arc("Ethiopia"), "Ethiopia obj visited");
}

TEST_F(Constructions, Negation) {
  Parsed p = Parse("The government did not sign the treaty .");
  EXPECT_EQ(p.Arc("sign"), "sign root ROOT");
  EXPECT_EQ(p.Arc("not"), "not advmod sign");
  EXPECT_EQ(p.Arc("did"), "did aux sign");
  EXPECT_EQ(p.Arc("treaty"), "treaty obj sign");
  EXPECT_EQ(p.lemmas[3], "not");
}

TEST_F(Constructions, IrregularLemmas) {
  Parsed p = Parse("The men went home and said they were tired .");
  EXPECT_EQ(p.lemmas[1], "man");
  EXPECT_EQ(p.lemmas[2], "go");
  EXPECT_EQ(p.lemmas[5], "say");
  EXPECT_EQ(p.lemmas[7], "be");
  EXPECT_EQ(p.upos[2], "VERB");
}

TEST_F(Constructions, NewswireCapitalAfterUS) {
  // Wire copy capitalises the word after "U.S.": a verb or function word there is no name.
  Parsed p = Parse("Chile said the U.S. May lift the ban next month .");
  EXPECT_EQ(p.upos[4], "AUX");
  EXPECT_EQ(p.Arc("May"), "May aux lift");
  // A noun keeps its capital.
  Parsed q = Parse("The U.S. Treasury said it would act .");
  EXPECT_EQ(q.upos[2], "PROPN");
}

}  // namespace
}  // namespace entente::syntax
