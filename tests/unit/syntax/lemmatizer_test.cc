// The lemmatizer (src/syntax/lemmatizer.h): the exception list, the rules on words no table knows,
// the learnt lexicon, proper-noun case, the model section (round trip, determinism, corrupt bytes),
// the exception file's errors, and accuracy on UD English with gold tags.
#include "syntax/lemmatizer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/model_io.h"
#include "test_support.h"
#include "treebank/conllu.h"

namespace entente::syntax {
namespace {

std::string ExceptionsPath() { return testing::SourceDir() + "/data/syntax/lemma_exceptions.txt"; }

std::unique_ptr<Lemmatizer> BuildWithExceptions(Lemmatizer::Builder* b) {
  const Status s = b->LoadExceptions(ExceptionsPath());
  EXPECT_TRUE(s.ok()) << s.ToString();
  return b->Build();
}

std::unique_ptr<Lemmatizer> ExceptionsOnly() {
  Lemmatizer::Builder b;
  return BuildWithExceptions(&b);
}

std::string Lemma(const Lemmatizer& l, std::string_view form, std::string_view xpos) {
  std::string out;
  l.Lemmatize(form, xpos, &out);
  return out;
}

struct Case {
  const char* form;
  const char* xpos;
  const char* lemma;
};

void ExpectLemmas(const Lemmatizer& l, const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    EXPECT_EQ(Lemma(l, c.form, c.xpos), c.lemma) << c.form << "/" << c.xpos;
  }
}

// clang-format off
TEST(Lemmatizer, IrregularFormsFromTheExceptionList) {
  const auto l = ExceptionsOnly();
  ExpectLemmas(*l, {{"went", "VBD", "go"},       {"gone", "VBN", "go"},
                    {"said", "VBD", "say"},      {"said", "VBN", "say"},
                    {"was", "VBD", "be"},        {"were", "VBD", "be"},
                    {"is", "VBZ", "be"},         {"'s", "VBZ", "be"},
                    {"'s", "POS", "'s"},         {"'re", "VBP", "be"},
                    {"been", "VBN", "be"},       {"has", "VBZ", "have"},
                    {"did", "VBD", "do"},        {"brought", "VBD", "bring"},
                    {"sought", "VBN", "seek"},   {"spoken", "VBN", "speak"},
                    {"struck", "VBD", "strike"}, {"men", "NNS", "man"},
                    {"children", "NNS", "child"}, {"women", "NNS", "woman"},
                    {"crises", "NNS", "crisis"}, {"criteria", "NNS", "criterion"},
                    {"better", "JJR", "good"},   {"better", "RBR", "well"},
                    {"worst", "JJS", "bad"},     {"n't", "RB", "not"},
                    {"wo", "MD", "will"},        {"ca", "MD", "can"},
                    {"'d", "MD", "would"},       {"'d", "VBD", "have"}});
}
// clang-format on

TEST(Lemmatizer, ExceptionsIgnoreCaseAndTypographicApostrophes) {
  const auto l = ExceptionsOnly();
  ExpectLemmas(*l, {{"Went", "VBD", "go"},
                    {"SAID", "VBD", "say"},
                    {"n\xE2\x80\x99t", "RB", "not"},
                    {"\xE2\x80\x99s", "VBZ", "be"},
                    {"N'T", "RB", "not"}});
}

TEST(Lemmatizer, ExceptionsDependOnTheTag) {
  const auto l = ExceptionsOnly();
  // "left" is the past of leave only as a verb; "saw" is see only in the past tense.
  ExpectLemmas(*l, {{"left", "VBD", "leave"},
                    {"left", "JJ", "left"},
                    {"saw", "VBD", "see"},
                    {"saw", "NN", "saw"},
                    {"lives", "NNS", "life"},
                    {"lives", "VBZ", "live"}});
}

// clang-format off
TEST(Lemmatizer, RulesForPluralsAndThirdPersons) {
  const auto l = ExceptionsOnly();
  ExpectLemmas(*l, {
      {"glimmies", "NNS", "glimmy"}, {"blorfs", "NNS", "blorf"}, {"churches", "NNS", "church"},
      {"boxes", "NNS", "box"}, {"wishes", "NNS", "wish"}, {"classes", "NNS", "class"},
      {"wolves", "NNS", "wolf"}, {"archives", "NNS", "archive"}, {"thieves", "NNS", "thief"},
      {"houses", "NNS", "house"}, {"viruses", "NNS", "virus"}, {"heroes", "NNS", "hero"},
      {"chairmen", "NNS", "chairman"}, {"Iraqis", "NNS", "iraqi"}, {"1990s", "NNS", "1990s"},
      {"ties", "NNS", "tie"}, {"people", "NNS", "people"}, {"flurbs", "VBZ", "flurb"},
      {"glimmies", "VBZ", "glimmy"}, {"passes", "VBZ", "pass"}, {"goes", "VBZ", "go"},
      {"dies", "VBZ", "die"}});
}

TEST(Lemmatizer, RulesForPastForms) {
  const auto l = ExceptionsOnly();
  ExpectLemmas(*l, {
      {"blorfed", "VBD", "blorf"}, {"stopped", "VBD", "stop"}, {"hoped", "VBD", "hope"},
      {"helped", "VBD", "help"}, {"studied", "VBN", "study"}, {"agreed", "VBD", "agree"},
      {"planned", "VBN", "plan"}, {"passed", "VBD", "pass"}, {"called", "VBD", "call"},
      {"controlled", "VBN", "control"}, {"argued", "VBD", "argue"}, {"moved", "VBN", "move"},
      {"announced", "VBD", "announce"}, {"changed", "VBD", "change"}, {"owed", "VBD", "owe"},
      {"belonged", "VBD", "belong"}, {"handled", "VBN", "handle"}, {"failed", "VBD", "fail"},
      {"located", "VBN", "locate"}, {"treated", "VBN", "treat"}, {"visited", "VBD", "visit"},
      {"opened", "VBD", "open"}, {"declared", "VBD", "declare"}, {"entered", "VBD", "enter"},
      {"decided", "VBD", "decide"}, {"played", "VBD", "play"}, {"snorped", "VBD", "snorp"},
      {"glaved", "VBN", "glave"}, {"negotiated", "VBD", "negotiate"}});
}

TEST(Lemmatizer, RulesForGerunds) {
  const auto l = ExceptionsOnly();
  ExpectLemmas(*l, {
      {"making", "VBG", "make"},    {"stopping", "VBG", "stop"},   {"helping", "VBG", "help"},
      {"dying", "VBG", "die"},      {"studying", "VBG", "study"},  {"seeing", "VBG", "see"},
      {"arguing", "VBG", "argue"},  {"singing", "VBG", "sing"},    {"changing", "VBG", "change"},
      {"blorfing", "VBG", "blorf"}, {"goin", "VBG", "go"}});
}

TEST(Lemmatizer, RulesForComparison) {
  const auto l = ExceptionsOnly();
  ExpectLemmas(*l, {
      {"bigger", "JJR", "big"},     {"happier", "JJR", "happy"},  {"larger", "JJR", "large"},
      {"later", "RBR", "late"},     {"smaller", "JJR", "small"},  {"greater", "JJR", "great"},
      {"simpler", "JJR", "simple"}, {"younger", "JJR", "young"},  {"hottest", "JJS", "hot"},
      {"easiest", "JJS", "easy"},   {"finest", "JJS", "fine"},    {"most", "RBS", "most"},
      {"least", "JJS", "least"},    {"more", "JJR", "more"}});
}

TEST(Lemmatizer, OtherTagsKeepTheWordLowerCased) {
  const auto l = ExceptionsOnly();
  ExpectLemmas(*l, {
      {"The", "DT", "the"},        {"Quickly", "RB", "quickly"}, {"Talks", "NN", "talks"},
      {"1,100", "CD", "1100"},     {"1,100.5", "CD", "1100.5"},  {"1,10", "CD", "1,10"},
      {"EB3326", "NN", "EB3326"},  {"MH17", "NN", "MH17"}});
}
// clang-format on

TEST(Lemmatizer, ProperNounsKeepTheirCase) {
  const auto l = ExceptionsOnly();
  ExpectLemmas(*l, {{"Obama", "NNP", "Obama"},
                    {"NATO", "NNP", "NATO"},
                    {"iPhone", "NNP", "iPhone"},
                    {"Americans", "NNPS", "American"},
                    {"Democrats", "NNPS", "Democrat"},
                    {"ARMIES", "NNPS", "ARMY"},
                    {"Iraqi", "JJ", "Iraqi"},
                    {"Chinese", "JJ", "Chinese"},
                    {"Strong", "JJ", "strong"},
                    {"user@Example.COM", "ADD", "user@Example.COM"}});
}

TEST(Lemmatizer, LexiconLearntFromExamples) {
  Lemmatizer::Builder b;
  // Pronouns follow the treebank: "me" -> "I" whatever its case.
  for (int i = 0; i < 5; ++i) b.Add("me", "PRP", "I");
  b.Add("Me", "PRP", "I");
  // An invented irregular plural, seen three times.
  for (int i = 0; i < 3; ++i) b.Add("wugen", "NNS", "wug");
  // Words the rules already get right do not make the lexicon bigger.
  for (int i = 0; i < 3; ++i) b.Add("cats", "NNS", "cat");
  b.Add("stopped", "VBD", "stop");
  b.Add("The", "DT", "the");
  // The most frequent lemma wins...
  b.Add("axes", "NNS", "axis");
  b.Add("axes", "NNS", "axe");
  b.Add("axes", "NNS", "axe");
  // ... a tie goes to the lexicographically first lemma ...
  for (int i = 0; i < 2; ++i) {
    b.Add("blix", "NNS", "blixo");
    b.Add("blix", "NNS", "blixa");
  }
  // ... and an entry that agrees with the rules is not kept, whatever its rival.
  for (int i = 0; i < 2; ++i) {
    b.Add("bases", "NNS", "basis");
    b.Add("bases", "NNS", "base");
  }
  // ... and a lemma seen once among others is not trusted over the rules.
  b.Add("drats", "NNS", "drat");
  b.Add("drats", "NNS", "dratz");
  // CoNLL-U's "_" (not annotated) is no lemma.
  b.Add("blims", "NNS", "_");
  const auto l = b.Build();

  ExpectLemmas(*l, {{"me", "PRP", "I"},
                    {"ME", "PRP", "I"},
                    {"wugen", "NNS", "wug"},
                    {"Wugen", "NNS", "wug"},
                    {"wugen", "NN", "wugen"},
                    {"cats", "NNS", "cat"},
                    {"axes", "NNS", "axe"},
                    {"blix", "NNS", "blixa"},
                    {"bases", "NNS", "base"},
                    {"drats", "NNS", "drat"},
                    {"blims", "NNS", "blim"}});
  // me/PRP (-> I), wugen/NNS, axes/NNS (the rules say "ax"), blix/NNS. Not cats, stopped, The,
  // bases (the rules agree) nor drats (not trusted).
  EXPECT_EQ(l->lexicon_size(), 4u);
}

TEST(Lemmatizer, ExactSpellingsOverrideTheFoldedEntry) {
  Lemmatizer::Builder b;
  // "US" the country keeps its lemma; "us" the pronoun is "we" (both tagged PRP here to force the
  // case distinction onto one folded form).
  for (int i = 0; i < 4; ++i) b.Add("us", "PRP", "we");
  for (int i = 0; i < 2; ++i) b.Add("US", "PRP", "US");
  const auto l = b.Build();
  ExpectLemmas(*l, {{"us", "PRP", "we"}, {"Us", "PRP", "we"}, {"US", "PRP", "US"}});
}

TEST(Lemmatizer, LexiconYieldsToTheExceptionList) {
  Lemmatizer::Builder b;
  for (int i = 0; i < 5; ++i) b.Add("went", "VBD", "wend");
  const auto l = BuildWithExceptions(&b);
  EXPECT_EQ(Lemma(*l, "went", "VBD"), "go");
  EXPECT_EQ(l->lexicon_size(), 0u);  // the entry could never be used, so it is not kept
}

TEST(Lemmatizer, AppendsWithoutReallocating) {
  const auto l = ExceptionsOnly();
  std::string out = "x ";
  out.reserve(256);
  const char* data = out.data();
  l->Lemmatize("went", "VBD", &out);
  out += ' ';
  l->Lemmatize("glimmies", "NNS", &out);
  out += ' ';
  l->Lemmatize("Obama", "NNP", &out);
  EXPECT_EQ(out, "x go glimmy Obama");
  EXPECT_EQ(out.data(), data);
}

TEST(Lemmatizer, LongAndOddFormsDoNotBreakIt) {
  const auto l = ExceptionsOnly();
  const std::string url = "https://example.com/" + std::string(300, 'A') + "s";
  EXPECT_EQ(Lemma(*l, url, "ADD"), url);
  // Too long for the tables and the rules: lower-cased and left as it is.
  EXPECT_EQ(Lemma(*l, url, "NNS").size(), url.size());
  EXPECT_EQ(Lemma(*l, "", "NN"), "");
  EXPECT_EQ(Lemma(*l, "s", "NNS"), "s");
  EXPECT_EQ(Lemma(*l, "'s", "NNS"), "'s");
  EXPECT_EQ(Lemma(*l, "ed", "VBD"), "ed");
  EXPECT_EQ(Lemma(*l, "ing", "VBG"), "ing");
  EXPECT_EQ(Lemma(*l, "\xC3\x89T\xC3\x89S", "NNS"), "\xC3\xA9t\xC3\xA9");  // ÉTÉS -> été
}

// A model section: the lemmatizer alone.
std::string Serialise(const Lemmatizer& l) {
  ModelWriter w;
  l.Write(&w);
  return w.bytes();
}

std::unique_ptr<Lemmatizer> SmallModel() {
  Lemmatizer::Builder b;
  for (int i = 0; i < 3; ++i) b.Add("me", "PRP", "I");
  b.Add("Sept.", "NNP", "September");
  b.Add("wugen", "NNS", "wug");
  return b.Build();
}

TEST(LemmatizerModel, RoundTripGivesTheSameLemmas) {
  Lemmatizer::Builder b;
  for (int i = 0; i < 3; ++i) b.Add("me", "PRP", "I");
  b.Add("Sept.", "NNP", "September");
  b.Add("wugen", "NNS", "wug");
  const auto original = BuildWithExceptions(&b);
  const std::string bytes = Serialise(*original);
  ModelReader r(bytes, "model");
  auto read = Lemmatizer::Read(&r);
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_TRUE(r.at_end());
  const Lemmatizer& copy = **read;
  EXPECT_EQ(copy.lexicon_size(), original->lexicon_size());
  const std::vector<std::pair<const char*, const char*>> words = {
      {"went", "VBD"},          {"me", "PRP"},         {"Me", "PRP"},
      {"Sept.", "NNP"},         {"wugen", "NNS"},      {"n't", "RB"},
      {"n\xE2\x80\x99t", "RB"}, {"better", "RBR"},     {"glimmies", "NNS"},
      {"hoped", "VBD"},         {"Americans", "NNPS"}, {"The", "DT"},
      {"1,000", "CD"},          {"'s", "VBZ"},         {"best", "JJS"},
      {"crises", "NNS"}};
  for (const auto& [form, xpos] : words) {
    EXPECT_EQ(Lemma(copy, form, xpos), Lemma(*original, form, xpos)) << form << "/" << xpos;
  }
  EXPECT_EQ(Serialise(copy), bytes);  // and it writes itself back byte for byte
}

TEST(LemmatizerModel, BuildIsDeterministic) {
  // The same examples in two orders; ties and hash-map order must not leak into the model.
  std::vector<Case> examples = {
      {"me", "PRP", "I"},       {"me", "PRP", "I"},           {"axes", "NNS", "axe"},
      {"axes", "NNS", "axis"},  {"wugen", "NNS", "wug"},      {"Wugen", "NNS", "wug"},
      {"US", "NNP", "US"},      {"us", "PRP", "we"},          {"bases", "NNS", "basis"},
      {"bases", "NNS", "base"}, {"Sept.", "NNP", "September"}};
  Lemmatizer::Builder forward, backward;
  for (const Case& c : examples) forward.Add(c.form, c.xpos, c.lemma);
  for (auto it = examples.rbegin(); it != examples.rend(); ++it)
    backward.Add(it->form, it->xpos, it->lemma);
  const std::string a = Serialise(*BuildWithExceptions(&forward));
  const std::string b = Serialise(*BuildWithExceptions(&backward));
  EXPECT_EQ(a, b);
  EXPECT_EQ(Serialise(*forward.Build()), a);  // building twice from one builder, too
}

TEST(LemmatizerModel, TruncatedBytesAreAnErrorNotACrash) {
  const std::string bytes = Serialise(*SmallModel());
  for (size_t n = 0; n < bytes.size(); ++n) {
    ModelReader r(std::string_view(bytes).substr(0, n), "cut.model");
    auto read = Lemmatizer::Read(&r);
    ASSERT_FALSE(read.ok()) << "prefix of " << n << " bytes was accepted";
    EXPECT_NE(read.status().message().find("cut.model: byte "), std::string::npos)
        << read.status().message();
  }
  // The full model with the exception list, cut at a few places.
  const std::string full = Serialise(*ExceptionsOnly());
  for (size_t n : {full.size() / 3, full.size() / 2, full.size() - 1}) {
    ModelReader r(std::string_view(full).substr(0, n), "cut.model");
    EXPECT_FALSE(Lemmatizer::Read(&r).ok());
  }
}

TEST(LemmatizerModel, GarbageIsAnErrorNotACrash) {
  auto read_error = [](const std::string& bytes) {
    ModelReader r(bytes, "bad.model");
    auto read = Lemmatizer::Read(&r);
    return read.ok() ? std::string("accepted") : read.status().message();
  };
  EXPECT_NE(read_error("not a model at all").find("expected section 'LEMM'"), std::string::npos);

  const std::string good = Serialise(*SmallModel());
  auto with_u32 = [&](size_t offset, uint32_t v) {
    std::string b = good;
    std::memcpy(&b[offset], &v, sizeof v);
    return b;
  };
  EXPECT_NE(read_error(with_u32(4, 99)).find("version 99 is not supported"), std::string::npos);
  // A huge entry count must fail without allocating for it.
  EXPECT_NE(read_error(with_u32(8, 0xFFFFFFFFu)).find("entries"), std::string::npos);
  EXPECT_NE(read_error(with_u32(8, 1000000)).find("truncated"), std::string::npos);
  // A huge string length in the first entry.
  EXPECT_NE(read_error(with_u32(13, 0x7FFFFFFFu)).find("truncated"), std::string::npos);
  // An unknown entry kind.
  std::string bad_kind = good;
  bad_kind[12] = 7;
  EXPECT_NE(read_error(bad_kind).find("unknown entry kind"), std::string::npos);
  // Every single-byte corruption is either read or refused, never a crash.
  for (size_t i = 0; i < good.size(); ++i) {
    std::string b = good;
    b[i] = static_cast<char>(b[i] ^ 0x5A);
    (void)read_error(b);
  }
  // A duplicated entry.
  ModelWriter w;
  w.Tag("LEMM");
  w.U32(1);
  w.U32(2);
  for (int i = 0; i < 2; ++i) {
    w.U8(1);
    w.Str("me");
    w.Str("PRP");
    w.Str("I");
  }
  EXPECT_NE(read_error(w.bytes()).find("duplicate entry"), std::string::npos);
}

// Exception files.
std::string LoadError(const std::string& name, const std::string& content) {
  Lemmatizer::Builder b;
  const Status s = b.LoadExceptions(testing::WriteTempFile(name, content));
  return s.ok() ? std::string("ok") : s.message();
}

TEST(LemmaExceptions, TheShippedListLoads) {
  Lemmatizer::Builder b;
  const Status s = b.LoadExceptions(ExceptionsPath());
  EXPECT_TRUE(s.ok()) << s.ToString();
}

TEST(LemmaExceptions, MalformedFilesSayWhereAndWhy) {
  const std::string header = "#! entente-wordlist lemma_exceptions 1\n";
  EXPECT_EQ(LoadError("ok.txt", header + "# comment\n\nwent\tVBD\tgo\n"), "ok");

  std::string m = LoadError("fields.txt", header + "went\tVBD\tgo\nsaid VBD say\n");
  EXPECT_NE(m.find("fields.txt:3: expected form<TAB>xpos<TAB>lemma"), std::string::npos) << m;

  m = LoadError("four.txt", header + "went\tVBD\tgo\textra\n");
  EXPECT_NE(m.find("four.txt:2: expected form<TAB>xpos<TAB>lemma, found 4"), std::string::npos)
      << m;

  m = LoadError("empty_field.txt", header + "went\t\tgo\n");
  EXPECT_NE(m.find("empty_field.txt:2: empty field"), std::string::npos) << m;

  m = LoadError("space.txt", header + "went \tVBD\tgo\n");
  EXPECT_NE(m.find("space.txt:2: space in"), std::string::npos) << m;

  m = LoadError("twice.txt", header + "went\tVBD\tgo\n# again\nWent\tVBD\twend\n");
  EXPECT_NE(m.find("twice.txt:4: \"went\" tagged VBD is listed twice (first at "),
            std::string::npos)
      << m;
  EXPECT_NE(m.find("twice.txt:2)"), std::string::npos) << m;

  m = LoadError("noheader.txt", "went\tVBD\tgo\n");
  EXPECT_NE(m.find("noheader.txt:1: expected the header"), std::string::npos) << m;

  m = LoadError("version.txt", "#! entente-wordlist lemma_exceptions 2\n");
  EXPECT_NE(m.find("version.txt:1: version \"2\""), std::string::npos) << m;

  m = LoadError("utf8.txt", header + "w\xFFnt\tVBD\tgo\n");
  EXPECT_NE(m.find("utf8.txt:2: not valid UTF-8"), std::string::npos) << m;

  m = LoadError("empty.txt", "");
  EXPECT_NE(m.find("empty.txt: empty"), std::string::npos) << m;

  Lemmatizer::Builder b;
  const Status missing = b.LoadExceptions("/nonexistent/lemma_exceptions.txt");
  EXPECT_EQ(missing.code(), StatusCode::kNotFound);
  EXPECT_NE(missing.message().find("/nonexistent/lemma_exceptions.txt: cannot open"),
            std::string::npos);
}

// Accuracy on UD English with gold XPOS: trained on EWT train + GUM (CC-BY) train, scored on EWT
// test. Every word counts (punctuation too), lemmas compared exactly.
TEST(LemmatizerAccuracy, EwtTestWithGoldTags) {
  const std::string ud = testing::SourceDir() + "/../shared/data/ud";
  const std::string train_ewt = ud + "/en_ewt-ud-train.conllu";
  const std::string train_gum = ud + "/en_gum-ccby-ud-train.conllu";
  const std::string test_ewt = ud + "/en_ewt-ud-test.conllu";
  {
    std::ifstream probe(test_ewt);
    if (!probe) GTEST_SKIP() << "skipped: ../shared/data/ud not found";
  }
  const auto start = std::chrono::steady_clock::now();
  auto for_each_word = [](const std::string& path, auto&& fn) {
    auto reader = treebank::ConlluReader::Open(path, [](const std::string&) {});
    ASSERT_TRUE(reader.ok()) << reader.status().ToString();
    treebank::ConlluSentence s;
    while ((*reader)->Next(&s)) {
      for (const treebank::ConlluWord& w : s.words) {
        if (w.kind == treebank::ConlluWord::Kind::kWord) fn(w);
      }
    }
    ASSERT_TRUE((*reader)->status().ok()) << (*reader)->status().ToString();
  };
  Lemmatizer::Builder b;
  for (const std::string& path : {train_ewt, train_gum}) {
    for_each_word(path, [&](const treebank::ConlluWord& w) { b.Add(w.form, w.xpos, w.lemma); });
  }
  const auto l = BuildWithExceptions(&b);
  size_t words = 0, right = 0;
  std::string lemma;
  for_each_word(test_ewt, [&](const treebank::ConlluWord& w) {
    lemma.clear();
    l->Lemmatize(w.form, w.xpos, &lemma);
    ++words;
    right += lemma == w.lemma ? 1 : 0;
  });
  const double accuracy = 100.0 * static_cast<double>(right) / static_cast<double>(words);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf(
      "lemma accuracy, EWT test, gold XPOS: %.2f%% of %zu words; lexicon %zu entries, "
      "model section %zu bytes; %.1f s\n",
      accuracy, words, l->lexicon_size(), Serialise(*l).size(), seconds);
  EXPECT_GE(accuracy, 97.0);
}

}  // namespace
}  // namespace entente::syntax
