#include "syntax/word_clusters.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "syntax/feature_hash.h"

namespace entente::syntax {
namespace {

// A corpus where capitals and verbs each share their contexts exactly.
ClusterCorpus Toy() {
  ClusterCorpus c;
  const std::vector<std::string> capitals = {"zorn", "pelm", "quar", "vist"};
  const std::vector<std::string> verbs = {"blamed", "praised", "warned", "thanked"};
  for (int round = 0; round < 6; ++round) {
    for (const std::string& a : capitals) {
      for (const std::string& v : verbs) {
        for (const std::string& b : capitals) {
          if (a == b) continue;
          c.AddSentence({"officials", "in", a, v, "the", "envoy", "from", b, "."});
        }
      }
    }
  }
  return c;
}

ClusterTrainingOptions Small() {
  ClusterTrainingOptions o;
  o.coarse_classes = 4;
  o.fine_classes = 6;
  o.iterations = 10;
  o.min_count = 1;
  return o;
}

WordClusters::Ids IdsOf(const std::vector<ClusteredWord>& words, const std::string& w) {
  for (const ClusteredWord& x : words) {
    if (x.word == w) return x.ids;
  }
  ADD_FAILURE() << w << " not clustered";
  return {};
}

TEST(WordClusters, WordsInTheSameContextsShareAClass) {
  const std::vector<ClusteredWord> words = TrainWordClusters(Toy(), Small());
  ASSERT_EQ(words.size(), 14u);  // officials in the envoy from . + 4 capitals + 4 verbs
  EXPECT_EQ(IdsOf(words, "zorn").fine, IdsOf(words, "vist").fine);
  EXPECT_EQ(IdsOf(words, "pelm").fine, IdsOf(words, "quar").fine);
  EXPECT_EQ(IdsOf(words, "blamed").fine, IdsOf(words, "thanked").fine);
  EXPECT_NE(IdsOf(words, "zorn").fine, IdsOf(words, "blamed").fine);
  for (const ClusteredWord& w : words) {
    EXPECT_GE(w.ids.coarse, 1);
    EXPECT_LE(w.ids.coarse, 4);
    EXPECT_GE(w.ids.fine, 1);
    EXPECT_LE(w.ids.fine, 6);
  }
}

TEST(WordClusters, TrainingIsDeterministic) {
  const std::vector<ClusteredWord> a = TrainWordClusters(Toy(), Small());
  const std::vector<ClusteredWord> b = TrainWordClusters(Toy(), Small());
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].word, b[i].word);
    EXPECT_EQ(a[i].ids.coarse, b[i].ids.coarse);
    EXPECT_EQ(a[i].ids.fine, b[i].ids.fine);
  }
}

TEST(WordClusters, RareWordsAreLeftOut) {
  ClusterCorpus c = Toy();
  c.AddSentence({"hapax", "."});
  ClusterTrainingOptions o = Small();
  o.min_count = 2;
  for (const ClusteredWord& w : TrainWordClusters(c, o)) EXPECT_NE(w.word, "hapax");
}

std::string WriteTemp(const std::string& name, const std::string& text) {
  const std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

TEST(WordClusters, ReadsTsvAndFindsWordsByTheirHash) {
  const std::string path = WriteTemp("clusters.tsv", "# comment\nzorn\t3\t17\nblamed\t2\t5\n");
  auto read = WordClusters::ReadTsv(path);
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_EQ(read->words(), 2u);
  EXPECT_EQ(read->Find(HashBytes("zorn")).fine, 17);
  EXPECT_EQ(read->Find(HashBytes("zorn")).coarse, 3);
  EXPECT_EQ(read->Find(HashBytes("blamed")).fine, 5);
  EXPECT_EQ(read->Find(HashBytes("unknown")).fine, 0);
}

TEST(WordClusters, BadLinesNameFileAndLine) {
  for (const auto& [text, why] : std::vector<std::pair<std::string, std::string>>{
           {"zorn\t3\n", "expected word<TAB>coarse<TAB>fine"},
           {"zorn\tx\t17\n", "class ids must be numbers"},
           {"zorn\t0\t17\n", "class ids must be 1..65535"},
       }) {
    const std::string path = WriteTemp("bad.tsv", "# header\n" + text);
    auto read = WordClusters::ReadTsv(path);
    ASSERT_FALSE(read.ok());
    EXPECT_NE(read.status().message().find(path + ":2: " + why), std::string::npos)
        << read.status().message();
  }
  EXPECT_FALSE(WordClusters::ReadTsv(WriteTemp("empty.tsv", "# nothing\n")).ok());
  EXPECT_FALSE(WordClusters::ReadTsv(::testing::TempDir() + "/no-such-file.tsv").ok());
}

TEST(WordClusters, SurviveTheModelFileRoundTrip) {
  WordClusters c;
  c.Add(HashBytes("zorn"), {3, 17});
  c.Add(HashBytes("pelm"), {1, 2});
  ModelWriter w;
  c.Write(&w);
  ModelReader r(w.bytes(), "test");
  WordClusters back;
  ASSERT_TRUE(WordClusters::Read(&r, &back).ok());
  EXPECT_EQ(back.words(), 2u);
  EXPECT_EQ(back.Find(HashBytes("zorn")).fine, 17);
  EXPECT_EQ(back.Find(HashBytes("pelm")).coarse, 1);
}

}  // namespace
}  // namespace entente::syntax
