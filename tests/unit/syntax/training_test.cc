// Training on a tiny treebank written for this test: deterministic, loadable, and a model file
// that is damaged is refused with a message instead of crashing.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "syntax/arc_hybrid.h"
#include "syntax/syntax_model.h"
#include "syntax/trainer.h"
#include "test_support.h"

namespace entente::syntax {
namespace {

// Six short sentences: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC.
constexpr const char* kTinyTreebank =
    "# text = Ministers met in Lima .\n"
    "1\tMinisters\tminister\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tLima\tLima\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# text = The envoy was recalled by Chile .\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tenvoy\tenvoy\tNOUN\tNN\t_\t4\tnsubj:pass\t_\t_\n"
    "3\twas\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
    "4\trecalled\trecall\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "5\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tChile\tChile\tPROPN\tNNP\t_\t4\tobl:agent\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# text = Peru and Chile signed a deal .\n"
    "1\tPeru\tPeru\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
    "3\tChile\tChile\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
    "4\tsigned\tsign\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "5\ta\ta\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "6\tdeal\tdeal\tNOUN\tNN\t_\t4\tobj\t_\t_\n"
    "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# text = They did not sign it .\n"
    "1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n"
    "3\tnot\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tsign\tsign\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "5\tit\tit\tPRON\tPRP\t_\t4\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n";

std::string ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TrainOptions TinyOptions(const std::string& treebank, const std::string& output) {
  TrainOptions o;
  o.train_files = {treebank};
  o.dev_files = {treebank};
  o.output = output;
  o.tagger_epochs = 3;
  o.parser_epochs = 3;
  o.seed = 7;
  return o;
}

TEST(Training, SameInputsAndSeedGiveTheSameBytes) {
  const std::string tb = testing::WriteTempFile("tiny.conllu", kTinyTreebank);
  const std::string a = tb + ".a.model", b = tb + ".b.model";
  ASSERT_TRUE(Train(TinyOptions(tb, a)).ok());
  ASSERT_TRUE(Train(TinyOptions(tb, b)).ok());
  const std::string bytes_a = ReadBytes(a), bytes_b = ReadBytes(b);
  ASSERT_FALSE(bytes_a.empty());
  EXPECT_EQ(bytes_a, bytes_b);

  auto model = SyntaxModel::Load(a);
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  EXPECT_EQ((*model)->header().Get("seed"), "7");
  EXPECT_NE((*model)->header().Get("train-file").find("sha256:"), std::string::npos);
  // A training sentence comes back with a well-formed tree: one root, heads in range.
  std::vector<std::string_view> forms = {"Peru", "and", "Chile", "signed", "a", "deal", "."};
  std::vector<Word> words(forms.size());
  std::string lemmas;
  SyntaxScratch scratch;
  (*model)->AnalyzeSentence(forms, &scratch, words.data(), &lemmas);
  int roots = 0;
  for (const Word& w : words) {
    roots += w.head < 0;
    EXPECT_LT(w.head, static_cast<int>(forms.size()));
  }
  EXPECT_EQ(roots, 1);
  EXPECT_EQ((*model)->tags().upos[words[3].upos], "VERB");
}

TEST(Training, DamagedModelsAreRefusedWithAMessage) {
  const std::string tb = testing::WriteTempFile("tiny2.conllu", kTinyTreebank);
  const std::string path = tb + ".model";
  ASSERT_TRUE(Train(TinyOptions(tb, path)).ok());
  const std::string bytes = ReadBytes(path);
  const size_t body = bytes.find("end-of-header\n") + 14;
  ASSERT_GT(bytes.size(), body + 100);
  // Truncations at many points, and single-byte damage in the binary part.
  for (size_t cut = 0; cut < bytes.size(); cut += std::max<size_t>(1, bytes.size() / 97)) {
    const std::string p = testing::WriteTempFile("cut.model", bytes.substr(0, cut));
    auto m = SyntaxModel::Load(p);
    EXPECT_FALSE(m.ok()) << "truncated at " << cut;
    if (!m.ok()) {
      EXPECT_NE(m.status().message().find("cut.model"), std::string::npos);
    }
  }
  for (size_t at = body; at < bytes.size(); at += std::max<size_t>(1, (bytes.size() - body) / 61)) {
    std::string damaged = bytes;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x5A);
    const std::string p = testing::WriteTempFile("damaged.model", damaged);
    auto m = SyntaxModel::Load(p);  // may load (a changed weight) but must not crash
    if (m.ok()) {
      std::vector<std::string_view> forms = {"They", "met", "."};
      std::vector<Word> words(forms.size());
      std::string lemmas;
      SyntaxScratch scratch;
      (*m)->AnalyzeSentence(forms, &scratch, words.data(), &lemmas);
    }
  }
  std::string newer = bytes;
  const std::string current = "format-version: " + std::to_string(SyntaxModel::kFormatVersion);
  newer.replace(newer.find(current), current.size(), "format-version: 99");
  auto m = SyntaxModel::Load(testing::WriteTempFile("newer.model", newer));
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("newer"), std::string::npos);
}

TEST(Training, MissingTrainingFileIsAnError) {
  TrainOptions o = TinyOptions("/nonexistent/tiny.conllu", "/tmp/never.model");
  Status s = Train(o);
  EXPECT_FALSE(s.ok());
}

// The dynamic oracle: from the start, following zero-cost transitions rebuilds the gold tree.
TEST(ArcHybridOracle, ZeroCostPathRebuildsAProjectiveTree) {
  // "Peru and Chile signed a deal ." heads (ROOT = 7).
  const std::vector<int> gold = {3, 2, 0, 7, 5, 3, 3};
  ParseState st;
  st.Init(7);
  while (!st.Terminal()) {
    Transition pick = kTransitions;
    for (int t = 0; t < kTransitions; ++t) {
      if (TransitionCost(st, static_cast<Transition>(t), gold) == 0) {
        pick = static_cast<Transition>(t);
        break;
      }
    }
    ASSERT_NE(pick, kTransitions);
    st.Apply(pick);
  }
  for (int i = 0; i < 7; ++i) EXPECT_EQ(st.heads[i], gold[i]) << i;
}

}  // namespace
}  // namespace entente::syntax
