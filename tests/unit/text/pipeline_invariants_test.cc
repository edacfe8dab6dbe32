// Invariants of Pipeline::AnalyzeText on generated and adversarial documents: spans are ordered,
// disjoint and on character boundaries, segments tile the tokens, limits hold, stats add up, and
// concurrent analysis gives the same results as sequential analysis.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "base/utf8.h"
#include "entente/pipeline.h"
#include "text/dump.h"
#include "unit/text/text_test_util.h"

namespace entente::text {
namespace {

// The offsets where a character starts, as the decoder reads `text` (an invalid byte sequence is
// one character: it is what the normaliser replaces by U+FFFD), plus text.size().
std::vector<bool> CharacterBoundaries(std::string_view text) {
  std::vector<bool> at(text.size() + 1, false);
  for (size_t i = 0; i < text.size();) {
    at[i] = true;
    i += base::DecodeUtf8(text.data() + i, text.data() + text.size()).len;
  }
  at[text.size()] = true;
  return at;
}

// `text` with bytes outside printable ASCII written as \xHH, for failure messages.
std::string Escaped(std::string_view text) {
  static const char* kDigits = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (c >= 0x20 && c < 0x7F && c != '\\') {
      out += static_cast<char>(c);
    } else {
      out += "\\x";
      out += kDigits[c >> 4];
      out += kDigits[c & 15];
    }
  }
  return out;
}

struct Limits {
  uint32_t largest_token_norm_bytes = 0;
  uint32_t largest_segment_tokens = 0;
};

// Checks every invariant of `a`, the analysis of `text` under `options`; stops at the first broken
// one (one clear message beats thousands). Returns the sizes the limits are about.
Limits CheckInvariants(std::string_view text, const TextAnalysis& a, const TextOptions& options) {
  Limits limits;
  const std::vector<bool> boundary = CharacterBoundaries(text);
  auto fail = [&](const std::string& what) {
    ADD_FAILURE() << what << " (text of " << text.size() << " bytes"
                  << (text.size() <= 300 ? ": \"" + Escaped(text) + "\")" : ")");
    return limits;
  };
  EXPECT_EQ(a.stats.tokens, a.tokens.size());

  // Tokens: non-empty, inside the text, ordered and disjoint, on character boundaries; their
  // normalised spans likewise, without white space inside.
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    const Token& t = a.tokens[i];
    auto at = [i] { return "token " + std::to_string(i) + ": "; };
    if (t.span.begin >= t.span.end) return fail(at() + "empty or reversed span");
    if (t.span.end > text.size()) return fail(at() + "span beyond the text");
    if (!boundary[t.span.begin] || !boundary[t.span.end]) {
      return fail(at() + "span [" + std::to_string(t.span.begin) + ", " + std::to_string(t.span.end) +
                  ") cuts a character");
    }
    if (t.norm.begin >= t.norm.end || t.norm.end > a.normalized.size()) {
      return fail(at() + "bad normalised span");
    }
    if (i > 0) {
      const Token& p = a.tokens[i - 1];
      if (t.span.begin < p.span.end) return fail(at() + "span overlaps the previous token's");
      if (t.norm.begin < p.norm.end) return fail(at() + "normalised span overlaps the previous one");
    }
    const std::string_view form = a.Form(t);
    if (form.find_first_of(" \n") != std::string_view::npos) return fail(at() + "white space inside");
    limits.largest_token_norm_bytes =
        std::max<uint32_t>(limits.largest_token_norm_bytes, t.norm.size());
  }
  if (limits.largest_token_norm_bytes > options.max_token_bytes) {
    return fail("a token of " + std::to_string(limits.largest_token_norm_bytes) + " bytes");
  }

  // Segments tile the token list in order, each non-empty and within the length cap, and span
  // exactly from its first token's start to its last token's end.
  uint32_t next = 0;
  uint32_t sentences = 0, interface_lines = 0, datelines = 0, capped = 0;
  for (size_t k = 0; k < a.sentences.size(); ++k) {
    const Sentence& s = a.sentences[k];
    auto at = [k] { return "segment " + std::to_string(k) + ": "; };
    if (s.token_begin != next) return fail(at() + "does not start where the previous one ended");
    if (s.token_end <= s.token_begin) return fail(at() + "holds no token");
    if (s.token_end > a.tokens.size()) return fail(at() + "runs past the last token");
    next = s.token_end;
    const uint32_t n = s.token_end - s.token_begin;
    limits.largest_segment_tokens = std::max(limits.largest_segment_tokens, n);
    if (n > options.max_sentence_tokens) return fail(at() + std::to_string(n) + " tokens");
    const Span expect{a.tokens[s.token_begin].span.begin, a.tokens[s.token_end - 1].span.end};
    if (!(s.span == expect)) return fail(at() + "span is not the span of its tokens");
    if (k > 0 && s.span.begin < a.sentences[k - 1].span.end) return fail(at() + "overlaps the previous");
    switch (s.kind) {
      case SegmentKind::kSentence: ++sentences; break;
      case SegmentKind::kInterface: ++interface_lines; break;
      case SegmentKind::kDateline: ++datelines; break;
    }
    if (s.capped && s.kind != SegmentKind::kDateline) ++capped;
    if (s.kind == SegmentKind::kDateline) {
      // A dateline opens the story: before it come only interface lines and headlines, no
      // sentence with a final period, question or exclamation mark.
      for (size_t j = 0; j < k; ++j) {
        const Sentence& before = a.sentences[j];
        if (before.kind == SegmentKind::kInterface) continue;
        const char end = a.Form(a.tokens[before.token_end - 1]).back();
        if (before.kind != SegmentKind::kSentence || end == '.' || end == '!' || end == '?') {
          return fail(at() + "a dateline after segment " + std::to_string(j));
        }
      }
    }
  }
  if (next != a.tokens.size()) return fail("tokens after the last segment");
  EXPECT_EQ(a.stats.sentences, sentences);
  EXPECT_EQ(a.stats.interface_lines, interface_lines);
  EXPECT_EQ(a.stats.datelines, datelines);
  EXPECT_LE(a.stats.datelines, 1u);
  EXPECT_EQ(a.stats.capped, capped);
  return limits;
}

Limits AnalyzeAndCheck(std::string_view text, const Pipeline& pipeline = DefaultTestPipeline()) {
  const TextAnalysis a = Analyze(text, pipeline);
  return CheckInvariants(text, a, pipeline.options().text);
}

// ---- Generated documents.

// News-like text with the characters and page debris the front end must handle.
std::string GenerateDocument(std::mt19937& rng) {
  static const char* kPieces[] = {
      "The", "minister", "said", "talks", "would", "resume", "in", "Geneva", "on", "Monday", ".",
      ",", ";", ":", "?", "!", "?!", "...", "\xE2\x80\xA6", "U.S.", "Gen.", "Mr.", "No.", "10",
      "p.", "45", "Jan.", "3", "a.m.", "etc.", "Russia's", "don't", "won't", "cannot", "leaders'",
      "co-operation", "search-engine", "853-3242", "$5", "5%", "1,000", "3.5", "10:30", "and/or",
      "02/13/2001", "https://example.org/a?b=1", "press@example.org", "(", ")", "[", "]", "\"",
      "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99", "\xC2\xAB", "\xC2\xBB",
      "--", "\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x82\xAC\x35", "[3]", "[1, p. 45]", "[2",
      "Read moreThe", "ShareThe", "said.The", "iPhone", "eBay", "MOSCOW,", "June 25 (Reuters) -",
      "BEIJING \xE2\x80\x94", "(AP) --", "Read more", "Share", "Sign up for our newsletter",
      "\xC2\xA0", "\xC2\xAD", "\xE2\x80\x8B", "e\xCC\x81", "\xE2\x84\xAB", "\xFF", "\xC3",
      "***", "=====", "\xE2\x80\xA2 ", "* ", "- ", "Z\xC3\xBCrich", "\xE5\x8C\x97\xE4\xBA\xAC",
      "\xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF", "\t", "\r\n", "\r", "\n", "\n\n", "    ",
  };
  const size_t n = sizeof(kPieces) / sizeof(kPieces[0]);
  std::string text;
  const int pieces = static_cast<int>(rng() % 400);
  for (int i = 0; i < pieces; ++i) {
    const uint32_t r = rng();
    if (r % 97 == 0) text += '\0';  // NUL bytes, as in broken feeds
    text += kPieces[r % n];
    if (r % 5 != 0) text += ' ';
  }
  return text;
}

TEST(PipelineInvariants, GeneratedDocuments) {
  std::mt19937 rng(4242);
  for (int i = 0; i < 500; ++i) {
    SCOPED_TRACE("generated document " + std::to_string(i));
    AnalyzeAndCheck(GenerateDocument(rng));
    if (::testing::Test::HasFailure()) break;
  }
}

TEST(PipelineInvariants, GeneratedDocumentsWithSmallLimits) {
  // Small limits make the length cap and the long-token cut happen all the time.
  TextOptions options;
  options.max_sentence_tokens = 7;
  options.max_token_bytes = 5;
  const auto pipeline = LoadTestPipeline(options);
  std::mt19937 rng(777);
  for (int i = 0; i < 300; ++i) {
    SCOPED_TRACE("generated document " + std::to_string(i));
    const std::string text = GenerateDocument(rng);
    const TextAnalysis a = Analyze(text, *pipeline);
    const Limits limits = CheckInvariants(text, a, options);
    EXPECT_LE(limits.largest_segment_tokens, 7u);
    EXPECT_LE(limits.largest_token_norm_bytes, 5u);
    if (::testing::Test::HasFailure()) break;
  }
}

TEST(PipelineInvariants, RandomBytes) {
  std::mt19937 rng(99);
  for (int i = 0; i < 300; ++i) {
    std::string text(rng() % 3000, '\0');
    for (char& c : text) c = static_cast<char>(rng());
    SCOPED_TRACE("random document " + std::to_string(i));
    const TextAnalysis a = Analyze(text);
    CheckInvariants(text, a, TextOptions());
    EXPECT_TRUE(base::IsValidUtf8(a.normalized));
    if (::testing::Test::HasFailure()) break;
  }
}

TEST(PipelineInvariants, RandomBytesFromASmallAlphabet) {
  // Bytes that matter to the rules, in every order: quotes, brackets, periods, capitals, spaces,
  // line ends, and the lead and continuation bytes of multi-byte characters.
  const std::string alphabet = "aZ.!?\"'()[]-*1 \n\r\t,;:@/\xE2\x80\x94\x9C\x9D\xC2\xA0\xCC\x81\xFF";
  std::mt19937 rng(31337);
  for (int i = 0; i < 500; ++i) {
    std::string text(rng() % 200, '\0');
    for (char& c : text) c = alphabet[rng() % alphabet.size()];
    SCOPED_TRACE("document " + std::to_string(i));
    AnalyzeAndCheck(text);
    if (::testing::Test::HasFailure()) break;
  }
}

// ---- Edge cases and adversarial documents.

TEST(PipelineInvariants, EmptyAndBlankDocuments) {
  for (const std::string& text : {std::string(), std::string(" "), std::string("\n\n\n"),
                                 std::string(" \t\r\n\v\f "), std::string("\xC2\xA0\xE2\x80\x83\xE3\x80\x80"),
                                 std::string("\xC2\xAD\xE2\x80\x8B\xEF\xBB\xBF")}) {
    const TextAnalysis a = Analyze(text);
    EXPECT_TRUE(a.tokens.empty()) << "\"" << text << "\"";
    EXPECT_TRUE(a.sentences.empty()) << "\"" << text << "\"";
    EXPECT_EQ(a.stats.tokens, 0u);
  }
}

TEST(PipelineInvariants, OnlyCitationMarkers) {
  const std::string text = "[1] [2][3]\n[4, p. 5] [6; 7]\n\n[8-9] [10, pp. 1-2] [11";
  const TextAnalysis a = Analyze(text);
  EXPECT_TRUE(a.tokens.empty());
  EXPECT_TRUE(a.sentences.empty());
  EXPECT_EQ(a.stats.citations, 8u);
}

TEST(PipelineInvariants, OnlyBulletsAndPunctuation) {
  AnalyzeAndCheck("\xE2\x80\xA2 \n* \n- \n...\n?!\n\"\n(\n)\n--\n***\n");
}

TEST(PipelineInvariants, NulBytes) {
  const std::string text("The\0minister\0\0said.\0\0\0Talks\0resumed.", 36);
  const TextAnalysis a = Analyze(text);
  CheckInvariants(text, a, TextOptions());
  EXPECT_EQ(DumpSegments(a), "sentence\tThe minister said .\nsentence\tTalks resumed .\n");
  const std::string nuls(10000, '\0');
  const TextAnalysis b = Analyze(nuls);
  EXPECT_TRUE(b.tokens.empty());
}

TEST(PipelineInvariants, OneHundredThousandPeriods) {
  const std::string text(100000, '.');
  const TextAnalysis a = Analyze(text);
  const Limits limits = CheckInvariants(text, a, TextOptions());
  EXPECT_EQ(limits.largest_token_norm_bytes, 256u);
  EXPECT_EQ(a.tokens.size(), (100000 + 255) / 256);
  EXPECT_GE(a.stats.long_tokens, 1u);
  // With spaces between them every period is a token; sentences are capped.
  std::string spaced;
  for (int i = 0; i < 100000; ++i) spaced += ". ";
  const TextAnalysis b = Analyze(spaced);
  const Limits lb = CheckInvariants(spaced, b, TextOptions());
  EXPECT_EQ(b.tokens.size(), 100000u);
  EXPECT_EQ(lb.largest_segment_tokens, 200u);
  // As many ellipsis characters: each becomes "...", and the long-token cut must not fall
  // between the dots of one of them (its span could not be exact).
  std::string ellipses;
  for (int i = 0; i < 100000; ++i) ellipses += "\xE2\x80\xA6";
  const TextAnalysis c = Analyze(ellipses);
  CheckInvariants(ellipses, c, TextOptions());
  for (const Token& t : c.tokens) {
    ASSERT_EQ(t.norm.size() % 3, 0u) << "a cut inside an ellipsis";
    ASSERT_EQ(t.span.size(), t.norm.size());
  }
}

TEST(PipelineInvariants, DeeplyRepeatedBrackets) {
  for (const char* unit : {"(", "( ", "((((((x))))))", "[", "\"", "(((((( "}) {
    std::string text;
    while (text.size() < 100000) text += unit;
    SCOPED_TRACE(std::string("\"") + unit + "\" repeated");
    const Limits limits = AnalyzeAndCheck(text);
    EXPECT_LE(limits.largest_segment_tokens, 200u);
  }
}

// One "word" of 5 MB, and words of 1 MB of the shapes that stress the rules looking inside words
// (glued page joins, camel case, folded characters): the long-token cut must keep every token
// within max_token_bytes, and those rules must stay linear in the length of the word.
TEST(PipelineInvariants, OneFiveMegabyteWord) {
  std::mt19937 rng(5);
  const std::string base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::vector<std::pair<std::string, std::string>> words;
  {
    std::string w(5u << 20, 'a');
    for (char& c : w) c = static_cast<char>('a' + rng() % 26);
    words.emplace_back("5 MB of lower-case letters", std::move(w));
  }
  {
    std::string w(1u << 20, 'a');
    for (char& c : w) c = base64[rng() % base64.size()];
    words.emplace_back("1 MB of base64", std::move(w));
  }
  {
    std::string w;
    while (w.size() < (1u << 20)) w += "ab.Cd";
    words.emplace_back("1 MB of glued sentences", std::move(w));
  }
  {
    std::string w;
    while (w.size() < (1u << 20)) w += "ShareThe\xE2\x80\x94";
    words.emplace_back("1 MB of glued interface words and em dashes", std::move(w));
  }
  for (const auto& [name, word] : words) {
    SCOPED_TRACE(name);
    const auto start = std::chrono::steady_clock::now();
    const TextAnalysis a = Analyze(word);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const Limits limits = CheckInvariants(word, a, TextOptions());
    EXPECT_LE(limits.largest_token_norm_bytes, 256u);
    EXPECT_LE(limits.largest_segment_tokens, 200u);
    EXPECT_FALSE(a.tokens.empty());
    // Seconds in a sanitizer build; a scan that is quadratic in the word takes hours here.
    EXPECT_LT(seconds, 30.0);
  }
}

// 50 MB on a single line: words, punctuation, runs without spaces longer than a token may be,
// stretches without any punctuation. Must finish and respect both limits.
TEST(PipelineInvariants, FiftyMegabytesOnOneLine) {
  std::mt19937 rng(50);
  const char* kWords[] = {"the", "minister", "said", "talks", "would", "resume", "in", "Geneva",
                          "on", "Monday", "and", "that", "Russia's", "U.S.", "co-operation",
                          "\xE2\x80\x9Cpeace\xE2\x80\x9D", "3.5", "1,000", "Bogota\xCC\x81"};
  const size_t n = sizeof(kWords) / sizeof(kWords[0]);
  std::string text;
  text.reserve((50u << 20) + 4096);
  while (text.size() < (50u << 20)) {
    const uint32_t r = rng() % 1000;
    if (r < 2) {
      // A run of 300-2000 bytes without spaces.
      const size_t len = 300 + rng() % 1700;
      for (size_t i = 0; i < len; ++i) text += static_cast<char>('a' + rng() % 26);
      text += ' ';
    } else if (r < 4) {
      // A stretch of 500 words without punctuation.
      for (int i = 0; i < 500; ++i) {
        text += kWords[rng() % 8];
        text += ' ';
      }
    } else {
      text += kWords[rng() % n];
      const uint32_t p = rng() % 20;
      text += p == 0 ? ". " : p == 1 ? ", " : p == 2 ? "; " : " ";
    }
  }
  const TextAnalysis a = Analyze(text);
  const Limits limits = CheckInvariants(text, a, TextOptions());
  EXPECT_EQ(limits.largest_token_norm_bytes, 256u);  // the long runs were cut at the limit
  EXPECT_EQ(limits.largest_segment_tokens, 200u);    // the stretches were capped at the limit
  EXPECT_GT(a.stats.long_tokens, 0u);
  EXPECT_GT(a.stats.capped, 0u);
  EXPECT_GT(a.stats.sentences, 100000u);
}

// ---- Reuse and concurrency.

std::string Fingerprint(const TextAnalysis& a) {
  std::string f = DumpSegments(a);
  for (const Token& t : a.tokens) {
    f += std::to_string(t.span.begin) + ":" + std::to_string(t.span.end) + ":" +
         std::to_string(t.flags) + " ";
  }
  for (const Sentence& s : a.sentences) {
    f += std::to_string(s.span.begin) + "-" + std::to_string(s.span.end) + " ";
  }
  const TextStats& st = a.stats;
  for (uint32_t v : {st.sentences, st.tokens, st.interface_lines, st.datelines, st.citations,
                     st.bullets, st.glued_words, st.capped, st.long_tokens, st.repaired_utf8}) {
    f += std::to_string(v) + ",";
  }
  return f;
}

TEST(PipelineInvariants, AReusedAnalysisGivesTheSameResultAsAFreshOne) {
  std::mt19937 rng(8);
  std::vector<std::string> docs;
  for (int i = 0; i < 50; ++i) docs.push_back(GenerateDocument(rng));
  TextAnalysis reused;
  for (const std::string& text : docs) {
    Document doc;
    doc.text = text;
    DefaultTestPipeline().AnalyzeText(doc, &reused);
    EXPECT_EQ(Fingerprint(reused), Fingerprint(Analyze(text)));
  }
}

TEST(PipelineInvariants, FourThreadsGiveTheSameResultsAsOne) {
  std::mt19937 rng(16);
  std::vector<std::string> docs;
  for (int i = 0; i < 200; ++i) docs.push_back(GenerateDocument(rng));
  std::vector<std::string> sequential;
  for (const std::string& text : docs) sequential.push_back(Fingerprint(Analyze(text)));

  const Pipeline& pipeline = DefaultTestPipeline();
  constexpr size_t kThreads = 4;
  // Each thread analyses a different share of the documents, forwards and then backwards, into
  // one TextAnalysis it reuses; results[t] holds (document, fingerprint) pairs.
  std::vector<std::vector<std::pair<size_t, std::string>>> results(kThreads);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < kThreads; ++t) {
    threads.emplace_back([&docs, &pipeline, &results, t] {
      TextAnalysis analysis;
      std::vector<size_t> mine;
      for (size_t i = t; i < docs.size(); i += kThreads) mine.push_back(i);
      for (int round = 0; round < 2; ++round) {
        for (size_t j = 0; j < mine.size(); ++j) {
          const size_t k = round == 0 ? mine[j] : mine[mine.size() - 1 - j];
          Document doc;
          doc.text = docs[k];
          pipeline.AnalyzeText(doc, &analysis);
          results[t].emplace_back(k, Fingerprint(analysis));
        }
      }
    });
  }
  for (std::thread& th : threads) th.join();
  size_t checked = 0;
  for (const auto& per_thread : results) {
    for (const auto& [k, fingerprint] : per_thread) {
      EXPECT_EQ(fingerprint, sequential[k]) << "document " << k;
      ++checked;
    }
  }
  EXPECT_EQ(checked, 2 * docs.size());
}

}  // namespace
}  // namespace entente::text
