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
  // `names`: SyntaxModel's per-word name bits (kProperName, kJoinedName), or empty.
  static Parsed Parse(const std::string& sentence, const std::vector<uint8_t>& names = {}) {
    Parsed p;
    std::istringstream in(sentence);
    std::string tok;
    while (in >> tok) p.forms.push_back(tok);
    std::vector<std::string_view> views(p.forms.begin(), p.forms.end());
    std::vector<Word> words(views.size());
    std::string lemmas;
    SyntaxScratch scratch;
    model_->AnalyzeSentence(views, &scratch, words.data(), &lemmas,
                            names.empty() ? nullptr : names.data());
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

// Words [b, e) form one subtree: exactly one of them has its head outside.
bool OneSubtree(const std::vector<int>& heads, int b, int e) {
  int outside = 0;
  for (int i = b; i < e; ++i) outside += heads[i] < b || heads[i] >= e;
  return outside == 1;
}

TEST_F(Constructions, KnownNamesStayOnePhrase) {
  // Titles and names the dictionary knows, marked as the coder marks them.
  // Unmarked, the shipped model reads "Dutch" as the subject and "Henk" as its apposition.
  const std::string s =
      "Dutch Finance Minister Henk Vos discussed the need to cut spending in talks here today "
      "with Chilean Finance Minister Ana Rojas , a spokesman said .";
  constexpr uint8_t P = SyntaxModel::kProperName, J = SyntaxModel::kJoinedName;
  std::vector<uint8_t> names(26, 0);
  for (int i : {0, 1, 2, 3, 16, 17, 18, 19}) names[i] = P | J;
  names[4] = names[20] = P;
  Parsed p = Parse(s, names);
  ASSERT_EQ(p.heads.size(), names.size());
  EXPECT_TRUE(OneSubtree(p.heads, 0, 5));
  EXPECT_TRUE(OneSubtree(p.heads, 16, 21));
  EXPECT_EQ(p.Arc("discussed"), "discussed root ROOT");
  // The first name's head is the subject of the verb.
  int head = -1;
  for (int i = 0; i < 5; ++i) {
    if (p.heads[i] < 0 || p.heads[i] >= 5) head = i;
  }
  ASSERT_GE(head, 0);
  EXPECT_EQ(p.deprel[head], "nsubj");
  EXPECT_EQ(p.forms[p.heads[head]], "discussed");
}

TEST_F(Constructions, AnyMarkedSpanIsOneSubtree) {
  // Whatever span is marked (most of these are no phrase at all, as a broken dictionary might
  // mark them), the parse keeps it one subtree and stays one tree with one root.
  const std::string s = "Officials met in Rome on Monday to discuss the accord with Peru .";
  const int n = 13;
  int marked = 0;
  for (int len = 2; len <= 5; ++len) {
    for (int b = 0; b + len <= n; ++b) {
      std::vector<uint8_t> names(n, 0);
      for (int k = b; k + 1 < b + len; ++k) names[k] = SyntaxModel::kJoinedName;
      Parsed p = Parse(s, names);
      int roots = 0;
      for (int h : p.heads) roots += h < 0;
      EXPECT_EQ(roots, 1) << "span " << b << "+" << len;
      EXPECT_TRUE(OneSubtree(p.heads, b, b + len)) << "span " << b << "+" << len;
      ++marked;
    }
  }
  EXPECT_EQ(marked, 12 + 11 + 10 + 9);
  // Joined marks alone do not make words proper nouns.
  std::vector<uint8_t> all(n, SyntaxModel::kJoinedName);
  EXPECT_EQ(Parse(s, all).upos[1], "VERB");
}

}  // namespace
}  // namespace entente::syntax
