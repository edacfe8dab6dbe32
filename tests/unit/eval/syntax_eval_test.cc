#include "eval/syntax_eval.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "entente/pipeline.h"
#include "test_support.h"
#include "treebank/conllu.h"

namespace entente::eval {
namespace {

using treebank::ConlluSentence;

// One CoNLL-U line from "ID FORM LEMMA UPOS XPOS HEAD DEPREL [MISC]" (FEATS and DEPS are "_").
std::string Row(const std::string& spec) {
  std::istringstream in(spec);
  std::vector<std::string> f;
  for (std::string x; in >> x;) f.push_back(x);
  if (f.size() == 7) f.push_back("_");
  EXPECT_EQ(f.size(), 8u) << spec;
  f.resize(8, "_");
  return f[0] + "\t" + f[1] + "\t" + f[2] + "\t" + f[3] + "\t" + f[4] + "\t_\t" + f[5] + "\t" +
         f[6] + "\t_\t" + f[7] + "\n";
}

std::vector<ConlluSentence> Read(const std::string& name, const std::string& content,
                                 std::vector<std::string>* messages = nullptr) {
  const std::string path = testing::WriteTempFile(name, content);
  auto reader = treebank::ConlluReader::Open(path, [messages](const std::string& m) {
    if (messages != nullptr) messages->push_back(m);
  });
  EXPECT_TRUE(reader.ok());
  std::vector<ConlluSentence> out;
  if (!reader.ok()) return out;
  ConlluSentence s;
  while ((*reader)->Next(&s)) out.push_back(s);
  return out;
}

// Two sentences; the system gets one tag, one lemma, one punctuation head and two relations wrong.
const std::string kGold =
    "# sent_id = s1\n# text = The bill was passed.\n" + Row("1 The the DET DT 2 det") +
    Row("2 bill bill NOUN NN 4 nsubj:pass") + Row("3 was be AUX VBD 4 aux:pass") +
    Row("4 passed pass VERB VBN 0 root") + Row("5 . . PUNCT . 4 punct") + "\n" +
    "# sent_id = s2\n# text = Talks ended.\n" + Row("1 Talks talk NOUN NNS 2 nsubj") +
    Row("2 ended end VERB VBD 0 root") + Row("3 . . PUNCT . 2 punct") + "\n";
const std::string kSystem =
    "# sent_id = s1\n" + Row("1 The the DET DT 2 det") +
    Row("2 bill bill NOUN NN 4 nsubj") +    // subtype missing: LAS right, LAS+subtypes wrong
    Row("3 was was AUX VBD 4 aux:pass") +   // lemma wrong
    Row("4 passed pass VERB VBD 0 root") +  // XPOS wrong
    Row("5 . . PUNCT . 3 punct") + "\n" +   // punctuation head wrong: counted
    "# sent_id = s2\n" + Row("1 Talks talk VERB NNS 2 obj") +  // UPOS and relation wrong
    Row("2 ended end VERB VBD 0 root") + Row("3 . . PUNCT . 2 punct") + "\n";

TEST(SyntaxEvalTest, CountsEveryWordPunctuationIncluded) {
  auto gold = Read("g.conllu", kGold), system = Read("s.conllu", kSystem);
  ASSERT_EQ(gold.size(), 2u);
  ASSERT_EQ(system.size(), 2u);
  SyntaxScore score;
  for (size_t i = 0; i < 2; ++i) {
    EXPECT_TRUE(ScoreSentence(gold[i], system[i], "g.conllu:1", &score).ok());
  }
  EXPECT_EQ(score.sentences, 2u);
  EXPECT_EQ(score.gold_words, 8u);
  EXPECT_EQ(score.system_words, 8u);
  EXPECT_EQ(score.aligned_words, 8u);
  EXPECT_EQ(score.upos, 7u);
  EXPECT_EQ(score.xpos, 7u);
  EXPECT_EQ(score.lemma, 7u);
  EXPECT_EQ(score.uas, 7u);
  EXPECT_EQ(score.las, 6u);
  EXPECT_EQ(score.las_subtypes, 5u);
  EXPECT_DOUBLE_EQ(score.upos_f1(), 7.0 / 8.0);  // with gold words, F1 is accuracy
  EXPECT_DOUBLE_EQ(score.las_f1(), 6.0 / 8.0);
  EXPECT_DOUBLE_EQ(score.las_subtypes_f1(), 5.0 / 8.0);
  EXPECT_DOUBLE_EQ(score.words_f1(), 1.0);
  EXPECT_DOUBLE_EQ(score.sentences_f1(), 1.0);

  // Per universal relation: nsubj:pass counts as nsubj.
  EXPECT_EQ(score.relations["nsubj"].gold, 2u);
  EXPECT_EQ(score.relations["nsubj"].system, 1u);
  EXPECT_EQ(score.relations["nsubj"].correct, 1u);
  EXPECT_EQ(score.relations["obj"].system, 1u);
  EXPECT_EQ(score.relations["obj"].correct, 0u);
  EXPECT_EQ(score.relations["punct"].gold, 2u);
  EXPECT_EQ(score.relations["punct"].correct, 1u);
  EXPECT_EQ(score.relations.count("nsubj:pass"), 0u);
}

TEST(SyntaxEvalTest, GoldLemmaUnderscoreAcceptsAnyLemma) {
  auto gold = Read("g.conllu", Row("1 Go _ VERB VB 0 root") + "\n");
  auto system = Read("s.conllu", Row("1 Go go VERB VB 0 root") + "\n");
  SyntaxScore score;
  ASSERT_TRUE(ScoreSentence(gold[0], system[0], "g.conllu:1", &score).ok());
  EXPECT_EQ(score.lemma, 1u);
}

TEST(SyntaxEvalTest, MultiwordRangesAndEmptyNodesAreIgnored) {
  auto gold =
      Read("g.conllu", "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" + Row("1 do do AUX VBP 3 aux") +
                           Row("2 n't not PART RB 3 advmod") + Row("3 go go VERB VB 0 root") +
                           "3.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t3:conj\t_\n");
  auto system = Read("s.conllu", Row("1 do do AUX VBP 3 aux") + Row("2 n't not PART RB 3 advmod") +
                                     Row("3 go go VERB VB 0 root") + "\n");
  ASSERT_EQ(gold.size(), 1u);
  SyntaxScore score;
  ASSERT_TRUE(ScoreSentence(gold[0], system[0], "g.conllu:1", &score).ok());
  EXPECT_EQ(score.gold_words, 3u);
  EXPECT_EQ(score.las, 3u);
}

TEST(SyntaxEvalTest, WordCountDifferenceIsReportedAndSkipped) {
  auto gold = Read("g.conllu", kGold);
  auto system =
      Read("s.conllu", Row("1 The the DET DT 2 det") + Row("2 bill bill NOUN NN 0 root") + "\n");
  SyntaxScore score;
  Status s = ScoreSentence(gold[0], system[0], "g.conllu:1", &score);
  EXPECT_EQ(s.code(), StatusCode::kDataLoss);
  EXPECT_EQ(s.message(), "g.conllu:1: word count differs (gold 5, system 2); sentence skipped");
  EXPECT_EQ(score.skipped, 1u);
  EXPECT_EQ(score.sentences, 0u);
  EXPECT_EQ(score.gold_words, 0u);
}

TEST(SyntaxEvalTest, FilesArePairedInOrderAndProblemsReported) {
  // The system's first sentence lost a word; the third sentence is malformed in both files.
  const std::string broken = "# sent_id = s3\n1\tonly\tnine\tfields\t_\t_\t0\troot\t_\n\n";
  const std::string gold = testing::WriteTempFile("pair_gold.conllu", kGold + broken);
  const std::string system_text = "# sent_id = s1\n" + Row("1 The the DET DT 2 det") +
                                  Row("2 bill bill NOUN NN 0 root") + "\n" +
                                  kSystem.substr(kSystem.find("# sent_id = s2")) + broken;
  const std::string system = testing::WriteTempFile("pair_system.conllu", system_text);
  std::vector<std::string> messages;
  auto score =
      EvaluateSyntaxFiles(gold, system, [&](const std::string& m) { messages.push_back(m); });
  ASSERT_TRUE(score.ok()) << score.status().message();
  EXPECT_EQ(score->name, "pair_gold.conllu");
  EXPECT_EQ(score->sentences, 1u);
  EXPECT_EQ(score->gold_words, 3u);
  EXPECT_EQ(score->skipped, 2u);  // word count differs, malformed
  ASSERT_EQ(messages.size(), 3u);
  EXPECT_NE(messages[0].find("pair_gold.conllu:1: word count differs (gold 5, system 2)"),
            std::string::npos)
      << messages[0];
  EXPECT_NE(messages[1].find("pair_gold.conllu:16: expected 10 tab-separated fields"),
            std::string::npos)
      << messages[1];
  EXPECT_NE(messages[2].find("pair_system.conllu:"), std::string::npos) << messages[2];
}

TEST(SyntaxEvalTest, FilesThatAreNotParallelAreAnError) {
  const std::string gold = testing::WriteTempFile("np_gold.conllu", kGold);
  const std::string system = testing::WriteTempFile(
      "np_system.conllu", kSystem.substr(kSystem.find("# sent_id = s2")) + kSystem);
  auto score = EvaluateSyntaxFiles(gold, system, nullptr);
  ASSERT_FALSE(score.ok());
  EXPECT_NE(score.status().message().find("not parallel"), std::string::npos);
}

TEST(SyntaxEvalTest, SentenceTextFallsBackToTheTokens) {
  auto s = Read("g.conllu", "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" + Row("1 do do AUX VBP 3 aux") +
                                Row("2 n't not PART RB 3 advmod") +
                                Row("3 go go VERB VB 0 root SpaceAfter=No") +
                                Row("4 ! ! PUNCT . 3 punct") + "\n");
  EXPECT_EQ(SentenceText(s[0]), "don't go!");
}

// "I don't know. Go now." as two gold sentences; offsets: I 0-1, do 2-4, n't 4-7, know 8-12,
// . 12-13, Go 14-16, now 17-20, . 20-21.
const std::string kRawGold =
    "# text = I don't know.\n" + Row("1 I I PRON PRP 4 nsubj") +
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" + Row("2 do do AUX VBP 4 aux") +
    Row("3 n't not PART RB 4 advmod") + Row("4 know know VERB VB 0 root SpaceAfter=No") +
    Row("5 . . PUNCT . 4 punct") + "\n" + "# text = Go now.\n" + Row("1 Go go VERB VB 0 root") +
    Row("2 now now ADV RB 1 advmod SpaceAfter=No") + Row("3 . . PUNCT . 1 punct") + "\n";

TEST(SyntaxEvalTest, PlacesGoldWordsSplittingSpelledMultiwordTokens) {
  auto gold = Read("raw.conllu", kRawGold);
  ASSERT_EQ(gold.size(), 2u);
  const std::string text = "I don't know. Go now.";
  std::vector<Span> spans;
  ASSERT_TRUE(PlaceGoldWords(gold[0], text, 0, "raw.conllu:1", &spans).ok());
  EXPECT_EQ(spans, (std::vector<Span>{{0, 1}, {2, 4}, {4, 7}, {8, 12}, {12, 13}}));
  ASSERT_TRUE(PlaceGoldWords(gold[1], text, 14, "raw.conllu:9", &spans).ok());
  EXPECT_EQ(spans, (std::vector<Span>{{14, 16}, {17, 20}, {20, 21}}));

  Status s = PlaceGoldWords(gold[1], "Go later.", 0, "raw.conllu:9", &spans);
  EXPECT_EQ(s.message(), "raw.conllu:9: FORM \"now\" not found in the sentence text");
}

TEST(SyntaxEvalTest, PlacementSkipsSpacesInsideForms) {
  auto s = Read("g.conllu", "1\t555 1234\t555 1234\tNUM\tCD\t_\t0\troot\t_\t_\n\n");
  std::vector<Span> spans;
  ASSERT_TRUE(PlaceGoldWords(s[0], "Call 555  1234", 5, "g.conllu:1", &spans).ok());
  EXPECT_EQ(spans, (std::vector<Span>{{5, 14}}));

  // A no-break space between words is white space too (EWT has one).
  auto two =
      Read("g2.conllu", Row("1 have have AUX VBP 2 aux") + Row("2 been be AUX VBN 0 root") + "\n");
  ASSERT_TRUE(PlaceGoldWords(two[0], "have\u00A0been", 0, "g2.conllu:1", &spans).ok());
  EXPECT_EQ(spans, (std::vector<Span>{{0, 4}, {6, 10}}));
}

TEST(SyntaxEvalTest, RawTextAlignsWordsBySpan) {
  auto gold_sentences = Read("raw.conllu", kRawGold);
  const std::string text = "I don't know. Go now.";
  std::vector<PlacedSentence> gold(2);
  for (size_t i = 0; i < 2; ++i) {
    gold[i].sentence = gold_sentences[i];
    ASSERT_TRUE(
        PlaceGoldWords(gold[i].sentence, text, i == 0 ? 0 : 14, "raw", &gold[i].spans).ok());
  }
  // The system missed the sentence break and left "don't" whole.
  std::vector<PlacedSentence> system(1);
  system[0].sentence = Read(
      "sys.conllu", Row("1 I I PRON PRP 3 nsubj") + Row("2 don't do AUX VBP 3 aux") +
                        Row("3 know know VERB VB 0 root") + Row("4 . . PUNCT . 3 punct") +
                        Row("5 Go go VERB VB 3 parataxis") +  // gold: root of its sentence
                        Row("6 now now ADV RB 5 advmod") + Row("7 . . PUNCT . 5 punct") + "\n")[0];
  system[0].spans = {{0, 1}, {2, 7}, {8, 12}, {12, 13}, {14, 16}, {17, 20}, {20, 21}};
  SyntaxScore score;
  ScoreDocument(gold, system, &score);
  EXPECT_EQ(score.gold_words, 8u);
  EXPECT_EQ(score.system_words, 7u);
  EXPECT_EQ(score.aligned_words, 6u);
  EXPECT_EQ(score.upos, 6u);
  EXPECT_EQ(score.uas, 5u);
  EXPECT_EQ(score.las, 5u);
  EXPECT_EQ(score.gold_sentences, 2u);
  EXPECT_EQ(score.system_sentences, 1u);
  EXPECT_EQ(score.matched_sentences, 0u);
  EXPECT_DOUBLE_EQ(score.words_f1(), 12.0 / 15.0);
  EXPECT_DOUBLE_EQ(score.las_f1(), 10.0 / 15.0);

  // The same tokens and sentences as gold: everything aligns.
  SyntaxScore same;
  ScoreDocument(gold, gold, &same);
  EXPECT_EQ(same.aligned_words, 8u);
  EXPECT_EQ(same.las, 8u);
  EXPECT_EQ(same.matched_sentences, 2u);
}

TEST(SyntaxEvalTest, UnspelledMultiwordPartsAlignByForm) {
  // "au" = "à" + "le": the parts do not spell the token, so both get its range.
  const std::string text = "Il va au marché.";
  auto g =
      Read("fr.conllu", Row("1 Il il PRON PRP 2 nsubj") + Row("2 va aller VERB VB 0 root") +
                            "3-4\tau\t_\t_\t_\t_\t_\t_\t_\t_\n" + Row("3 à à ADP IN 5 case") +
                            Row("4 le le DET DT 5 det") + Row("5 marché marché NOUN NN 2 obl") +
                            Row("6 . . PUNCT . 2 punct") + "\n");
  std::vector<PlacedSentence> gold(1);
  gold[0].sentence = g[0];
  ASSERT_TRUE(PlaceGoldWords(gold[0].sentence, text, 0, "fr", &gold[0].spans).ok());
  EXPECT_EQ(gold[0].spans[2], (Span{6, 8}));
  EXPECT_EQ(gold[0].spans[3], (Span{6, 8}));
  EXPECT_EQ(gold[0].spans[4], (Span{9, 16}));

  std::vector<PlacedSentence> system(1);
  system[0].sentence =
      Read("s.conllu", Row("1 Il il PRON PRP 2 nsubj") + Row("2 va aller VERB VB 0 root") +
                           Row("3 À à ADP IN 5 case") + Row("4 les le DET DT 5 det") +
                           Row("5 marché marché NOUN NN 2 obl") + Row("6 . . PUNCT . 2 punct") +
                           "\n")[0];
  system[0].spans = {{0, 2}, {3, 5}, {6, 8}, {6, 8}, {9, 16}, {16, 17}};
  SyntaxScore score;
  ScoreDocument(gold, system, &score);
  // "À" is not "à" under ASCII lower-casing, "les" is not "le": neither part aligns.
  EXPECT_EQ(score.aligned_words, 4u);

  system[0].sentence.words[2].form = "à";
  SyntaxScore again;
  ScoreDocument(gold, system, &again);
  EXPECT_EQ(again.aligned_words, 5u);
  EXPECT_EQ(again.las, 5u);
  EXPECT_EQ(again.matched_sentences, 1u);
}

}  // namespace
}  // namespace entente::eval

namespace entente::eval {
namespace {

// On the real treebanks: a file scored against itself is perfect, and in raw-text mode every gold
// word can be placed in its text and our own tokens mostly align with the gold words.
TEST(SyntaxEvalTreebankTest, RealTreebanks) {
  const std::string shared = testing::SharedDataDir();
  if (shared.empty()) GTEST_SKIP() << "../shared/data is absent";
  PipelineOptions options;
  options.data_dir = testing::SourceDir() + "/data";
  auto pipeline = Pipeline::Load(options);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().message();
  for (const char* name :
       {"en_ewt-ud-test.conllu", "en_gum-ccby-ud-test.conllu", "en_pud-ud-test.conllu"}) {
    const std::string path = shared + "/ud/" + name;
    std::vector<std::string> messages;
    auto warn = [&](const std::string& m) { messages.push_back(m); };
    auto copy = [](std::span<const ConlluSentence> gold, std::vector<ConlluSentence>* system) {
      system->assign(gold.begin(), gold.end());
    };
    auto score = EvaluateGoldTokens(path, copy, warn);
    ASSERT_TRUE(score.ok()) << score.status().message();
    EXPECT_GT(score->gold_words, 10000u) << name;
    EXPECT_DOUBLE_EQ(score->las_subtypes_f1(), 1.0) << name;
    EXPECT_EQ(score->skipped, 0u) << name;

    // Raw text with the text front end's sentences and tokens (no tags): words and sentences F1.
    auto tokens_only = [&](const Document& doc, std::vector<PlacedSentence>* system) {
      TextAnalysis analysis;
      (*pipeline)->AnalyzeText(doc, &analysis);
      for (const Sentence& s : analysis.sentences) {
        if (!s.analysed() || s.token_begin == s.token_end) continue;
        PlacedSentence& p = system->emplace_back();
        for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
          treebank::ConlluWord& w = p.sentence.words.emplace_back();
          w.index = static_cast<int>(t - s.token_begin + 1);
          w.form = doc.text.substr(analysis.tokens[t].span.begin, analysis.tokens[t].span.size());
          p.spans.push_back(analysis.tokens[t].span);
        }
      }
    };
    auto raw = EvaluateRawText(path, tokens_only, warn);
    ASSERT_TRUE(raw.ok()) << raw.status().message();
    EXPECT_EQ(raw->gold_words, score->gold_words) << name;
    EXPECT_GT(raw->words_f1(), 0.95) << name;
    std::printf("%s: raw-text words F1 %.4f, sentences F1 %.4f\n", name, raw->words_f1(),
                raw->sentences_f1());
    EXPECT_TRUE(messages.empty()) << name << ": " << messages.front();
  }
}

}  // namespace
}  // namespace entente::eval
