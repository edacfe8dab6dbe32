// The compiled phrase index against the obvious linear scan over every phrase, on generated
// dictionaries and sentences; and the token analysis on hand-written cases.
#include "lexicon/compiled_lookup.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <string>
#include <tuple>

#include "lexicon/lexicon.h"
#include "test_support.h"

namespace entente::lexicon {
namespace {

// Does word `w` accept analysed token `t`? (exact words only the token; words taking endings
// also the token minus an ending; stems any token they begin.)
bool Accepts(const PhraseWord& w, const AnalyzedToken& t) {
  for (int i = 0; i < t.count; ++i) {
    if (t.candidates[i].token == w.token &&
        static_cast<int>(t.candidates[i].via) <= static_cast<int>(w.match)) {
      return true;
    }
  }
  return false;
}

// Every end position of `phrase` starting at `begin`, by brute force.
void Ends(const Phrase& phrase, const std::vector<AnalyzedToken>& toks, size_t word, size_t pos,
          size_t max_gap, std::set<uint32_t>* ends) {
  if (word == phrase.words.size()) {
    ends->insert(static_cast<uint32_t>(pos));
    return;
  }
  const PhraseWord& w = phrase.words[word];
  const size_t last = word > 0 && w.gap_before ? pos + max_gap : pos;
  for (size_t p = pos; p <= last && p < toks.size(); ++p) {
    if (Accepts(w, toks[p])) Ends(phrase, toks, word + 1, p + 1, max_gap, ends);
  }
}

using Hit = std::tuple<uint32_t, uint32_t, uint32_t>;  // entry, phrase, end

TEST(CompiledLookup, TrieAgreesWithLinearScanOnGeneratedInput) {
  std::mt19937 rng(20240517);
  for (int round = 0; round < 20; ++round) {
    Dictionary d;
    std::vector<std::string> words;
    for (int i = 0; i < 12; ++i) {
      std::string w;
      const int len = 1 + static_cast<int>(rng() % 4);
      for (int k = 0; k < len; ++k) w.push_back(static_cast<char>('A' + rng() % 3));
      words.push_back(w);
    }
    const int n_entries = 30 + static_cast<int>(rng() % 60);
    for (int e = 0; e < n_entries; ++e) {
      ActorEntry a;
      const int n_phrases = 1 + static_cast<int>(rng() % 3);
      for (int p = 0; p < n_phrases; ++p) {
        Phrase ph;
        const int len = 1 + static_cast<int>(rng() % 4);
        for (int k = 0; k < len; ++k) {
          PhraseWord w;
          w.token = d.vocabulary.Intern(words[rng() % words.size()]);
          w.match = static_cast<WordMatch>(rng() % 3);
          w.gap_before = k > 0 && rng() % 4 == 0;
          ph.words.push_back(w);
        }
        a.phrases.push_back(ph);
      }
      d.actors.push_back(std::move(a));
    }
    CompiledLookup lookup(d);
    // Sentences of dictionary words, words with endings, longer words and strangers.
    std::vector<std::string> sentence;
    const int n_tokens = 40;
    static const char* kEndings[] = {"S", "ED", "ING", "'S", "ES", "EN"};
    for (int i = 0; i < n_tokens; ++i) {
      std::string t = words[rng() % words.size()];
      switch (rng() % 5) {
        case 0:
          t += kEndings[rng() % 6];
          break;
        case 1:
          t += static_cast<char>('A' + rng() % 3);
          break;
        case 2:
          if (rng() % 2) t = "ZZ";
          break;
        default:
          break;
      }
      if (rng() % 3 == 0) {
        for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
      sentence.push_back(t);
    }
    std::vector<std::string_view> views(sentence.begin(), sentence.end());
    std::vector<AnalyzedToken> toks;
    lookup.analyzer().AnalyzeAll(views, &toks);
    std::vector<PhraseHit> hits;
    for (size_t max_gap : {size_t{0}, size_t{2}, size_t{5}}) {
      for (size_t begin = 0; begin < toks.size(); ++begin) {
        hits.clear();
        lookup.actors().FindStartingAt(toks, begin, &hits, max_gap);
        std::set<Hit> fast;
        for (const PhraseHit& h : hits) fast.insert({h.entry, h.phrase, h.end});
        EXPECT_EQ(fast.size(), hits.size()) << "duplicate hits";
        for (size_t i = 1; i < hits.size(); ++i) {
          EXPECT_GE(hits[i - 1].end, hits[i].end) << "not longest first";
        }
        std::set<Hit> slow;
        for (uint32_t e = 0; e < d.actors.size(); ++e) {
          for (uint32_t p = 0; p < d.actors[e].phrases.size(); ++p) {
            std::set<uint32_t> ends;
            Ends(d.actors[e].phrases[p], toks, 0, begin, max_gap, &ends);
            for (uint32_t end : ends) slow.insert({e, p, end});
          }
        }
        ASSERT_EQ(fast, slow) << "round " << round << " begin " << begin << " max_gap " << max_gap;
      }
    }
  }
}

class ExampleLookup : public ::testing::Test {
 protected:
  void SetUp() override {
    auto lex = LoadDictionary(entente::testing::SourceDir() + "/data/dictionaries/example");
    ASSERT_TRUE(lex.ok()) << lex.status().ToString();
    lex_ = std::move(*lex);
  }
  // The actor heads found at token i of `text` (blank-separated), longest first.
  std::vector<std::string> ActorsAt(const std::string& text, size_t i) {
    words_.clear();
    size_t a = 0;
    while (a < text.size()) {
      size_t b = text.find(' ', a);
      if (b == std::string::npos) b = text.size();
      words_.push_back(text.substr(a, b - a));
      a = b + 1;
    }
    std::vector<std::string_view> views(words_.begin(), words_.end());
    lex_->Analyze(views, &toks_);
    hits_.clear();
    lex_->FindActorsStartingAt(toks_, i, &hits_);
    std::vector<std::string> out;
    const Dictionary& d = lex_->dictionary();
    for (const PhraseHit& h : hits_) {
      out.push_back(d.PhraseText(d.actors[h.entry].phrases[0]) + "/" + std::to_string(h.end));
    }
    return out;
  }
  std::unique_ptr<Lexicon> lex_;
  std::vector<std::string> words_;
  std::vector<AnalyzedToken> toks_;
  std::vector<PhraseHit> hits_;
};

TEST_F(ExampleLookup, LongestFirstStemsAndEndings) {
  EXPECT_EQ(ActorsAt("President Orin Tall said", 0), (std::vector<std::string>{"ORIN TALL/3"}));
  EXPECT_EQ(ActorsAt("Orin Tall said", 0), (std::vector<std::string>{"ORIN TALL/2"}));
  EXPECT_EQ(ActorsAt("the Republic of Zendaria", 1), (std::vector<std::string>{"ZENDARIA/4"}));
  EXPECT_EQ(ActorsAt("Zendarians protested", 0), (std::vector<std::string>{"ZENDARIA/1"}));
  EXPECT_TRUE(ActorsAt("Zendarias protested", 0).empty());  // ZENDARIA is exact, no endings
  EXPECT_EQ(ActorsAt("Voltanian troops", 0), (std::vector<std::string>{"VOLT*/1"}));
  EXPECT_TRUE(ActorsAt("a tower", 1).empty());
}

TEST_F(ExampleLookup, VerbFormsAndDiscardGaps) {
  const Dictionary& d = lex_->dictionary();
  std::vector<std::string> w = {"they", "called", "for", "talks"};
  std::vector<std::string_view> v(w.begin(), w.end());
  std::vector<AnalyzedToken> toks;
  lex_->Analyze(v, &toks);
  std::vector<PhraseHit> hits;
  ASSERT_EQ(lex_->FindVerbFormsAt(toks, 1, &hits), 1u);
  const auto& ref = lex_->lookup().verb_forms()[hits[0].entry];
  EXPECT_EQ(d.verb_blocks[ref.block].verbs[ref.verb].code.primary, "051");
  EXPECT_EQ(hits[0].end, 3u);
  hits.clear();
  EXPECT_EQ(lex_->FindVerbFormsAt(toks, 2, &hits), 0u);  // FOR is not a verb word
  // `MONTHS .. LATER`: words may come between.
  std::vector<std::string> s = {"months", "and", "years", "later"};
  std::vector<std::string_view> sv(s.begin(), s.end());
  lex_->Analyze(sv, &toks);
  hits.clear();
  ASSERT_EQ(lex_->FindDiscardsStartingAt(toks, 0, &hits), 1u);
  EXPECT_EQ(hits[0].end, 4u);
  EXPECT_TRUE(d.discards[hits[0].entry].story);
}

TEST(CompiledLookupHyphens, BothTokenisationsMatch) {
  const std::string path = entente::testing::WriteTempFile(
      "hyphen.dict", "entente-dictionary 1\nactor: BARAD-DUR\n  code: MOR\n");
  auto lex = LoadDictionary(path.substr(0, path.rfind('/')));
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  for (std::vector<std::string> w :
       {std::vector<std::string>{"Barad-dur"}, std::vector<std::string>{"Barad", "-", "dur"}}) {
    std::vector<std::string_view> v(w.begin(), w.end());
    std::vector<AnalyzedToken> toks;
    (*lex)->Analyze(v, &toks);
    std::vector<PhraseHit> hits;
    ASSERT_EQ((*lex)->FindActorsStartingAt(toks, 0, &hits), 1u) << w.size();
    EXPECT_EQ(hits[0].end, w.size());
  }
}

TEST(DictionaryLint, WarnsOfAVerbFormInTwoBlocks) {
  const std::string dir = ::testing::TempDir() + "/lint_verbs";
  std::filesystem::create_directories(dir);
  {
    std::ofstream(dir + "/a.dict") << "entente-dictionary 1\n"
                                       "verbs: PRAISE [051]\n"
                                       "  verb: PRAISE {PRAISES, PRAISED}\n"
                                       "  verb: HAIL {HAILS, HAILED}\n";
    std::ofstream(dir + "/b.dict") << "entente-dictionary 1\n"
                                       "verbs: WEATHER [---]\n"
                                       "  verb: HAIL {HAILS, HAILED}\n"
                                       "  verb: SNOW {SNOWS, SNOWED}\n";
  }
  auto lex = LoadDictionary(dir);
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  const Dictionary& d = (*lex)->dictionary();
  size_t found = 0;
  for (const Diagnostic& diag : d.diagnostics) {
    if (diag.message.find("verb form 'HAIL' is also in block PRAISE") != std::string::npos) {
      ++found;
      EXPECT_NE(diag.message.find("b.dict:3: warning"), std::string::npos) << diag.message;
    }
  }
  EXPECT_EQ(found, 1u);  // one warning for the verb, not one per form
  uint32_t warnings = 0;
  for (const FileReport& r : d.reports) warnings += r.warnings;
  EXPECT_EQ(warnings, 1u);  // SNOW, in one block only, is fine
}

}  // namespace
}  // namespace entente::lexicon
