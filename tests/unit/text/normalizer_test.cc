// The normaliser (src/text/normalizer.h): every documented fold, NFC, line ends, invalid UTF-8,
// and the offset map back to the original text, checked on hand-made and generated documents.
#include "text/normalizer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "text/offset_map.h"
#include "unit/text/text_test_util.h"

namespace entente::text {
namespace {

std::string Norm(std::string_view in, uint32_t* repaired = nullptr) {
  std::string out;
  OffsetMap map;
  uint32_t r = Normalize(in, &out, &map);
  if (repaired != nullptr) *repaired = r;
  return out;
}

std::string Utf8(char32_t cp) {
  std::string s;
  base::AppendUtf8(&s, cp);
  return s;
}

std::string Hex(std::string_view s) {
  static const char* kDigits = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (!out.empty()) out += ' ';
    out += kDigits[c >> 4];
    out += kDigits[c & 15];
  }
  return out;
}

struct FoldCase {
  char32_t cp;
  const char* folded;
};

// Every fold listed in normalizer.h, each between two letters so that word handling is exercised.
TEST(Normalizer, EveryDocumentedFold) {
  const FoldCase kFolds[] = {
      // single quotes, primes, acute accent, modifier apostrophe, single guillemets -> '
      {0x2018, "'"}, {0x2019, "'"}, {0x201A, "'"}, {0x201B, "'"}, {0x2032, "'"}, {0x00B4, "'"},
      {0x02BC, "'"}, {0x2039, "'"}, {0x203A, "'"},
      // double quotes, double prime, guillemets -> "
      {0x201C, "\""}, {0x201D, "\""}, {0x201E, "\""}, {0x201F, "\""}, {0x2033, "\""},
      {0x00AB, "\""}, {0x00BB, "\""},
      // hyphens, figure dash, en dash, minus -> -
      {0x2010, "-"}, {0x2011, "-"}, {0x2012, "-"}, {0x2013, "-"}, {0x2212, "-"},
      // em dash, horizontal bar -> --
      {0x2014, "--"}, {0x2015, "--"},
      // ellipsis
      {0x2026, "..."},
      // Unicode spaces -> space
      {0x00A0, " "}, {0x1680, " "}, {0x2000, " "}, {0x2001, " "}, {0x2002, " "}, {0x2003, " "},
      {0x2004, " "}, {0x2005, " "}, {0x2006, " "}, {0x2007, " "}, {0x2008, " "}, {0x2009, " "},
      {0x200A, " "}, {0x202F, " "}, {0x205F, " "}, {0x3000, " "},
      // line and paragraph separators, next line
      {0x2028, "\n"}, {0x0085, "\n"}, {0x2029, "\n\n"},
      // removed: soft hyphen, zero-width space, word joiner, byte order mark
      {0x00AD, ""}, {0x200B, ""}, {0x2060, ""}, {0xFEFF, ""},
  };
  for (const FoldCase& f : kFolds) {
    const std::string in = "ab" + Utf8(f.cp) + "cd";
    EXPECT_EQ(Norm(in), std::string("ab") + f.folded + "cd") << "U+" << std::hex << uint32_t(f.cp);
    // Alone, and between spaces, the fold is the same.
    EXPECT_EQ(Norm(" " + Utf8(f.cp) + " "), std::string(" ") + f.folded + " ")
        << "U+" << std::hex << uint32_t(f.cp);
  }
}

TEST(Normalizer, AsciiIsCopiedUnchanged) {
  const std::string in = "The U.S. envoy said: \"No deal\" -- (yet) [1] $5 5% a/b 10:30!?";
  std::string out;
  OffsetMap map;
  EXPECT_EQ(Normalize(in, &out, &map), 0u);
  EXPECT_EQ(out, in);
  EXPECT_TRUE(map.empty());
}

TEST(Normalizer, LineEndsAndControlCharacters) {
  EXPECT_EQ(Norm("one\r\ntwo\r\n"), "one\ntwo\n");
  EXPECT_EQ(Norm("one\rtwo\r"), "one\ntwo\n");
  EXPECT_EQ(Norm("one\r\r\ntwo"), "one\n\ntwo");  // a lone CR, then CR LF
  EXPECT_EQ(Norm("a\tb"), "a b");
  EXPECT_EQ(Norm("a\vb\fc"), "a\nb\nc");
  EXPECT_EQ(Norm(std::string("a\0b", 3)), "a b");
  EXPECT_EQ(Norm("a\x01\x1b\x1f\x7f" "b"), "a    b");
}

// text.h: "control characters as spaces"; normalizer.h: "tab and other control characters ->
// space". The C1 controls U+0080..U+009F are control characters too (U+0085 is a line end).
TEST(Normalizer, C1ControlCharactersBecomeSpaces) {
  for (char32_t cp = 0x80; cp <= 0x9F; ++cp) {
    if (cp == 0x85) continue;
    EXPECT_EQ(Norm("a" + Utf8(cp) + "b"), "a b") << "U+" << std::hex << uint32_t(cp);
  }
}

TEST(Normalizer, NfcComposesDecomposedLetters) {
  EXPECT_EQ(Norm("Jose\xCC\x81"), "Jos\xC3\xA9");                  // e + U+0301 -> é
  EXPECT_EQ(Norm("\xE2\x84\xAB" "ngstr\xC3\xB6m"), "\xC3\x85ngstr\xC3\xB6m");  // U+212B -> Å
  EXPECT_EQ(Norm("A\xCC\x8A"), "\xC3\x85");                         // A + ring above -> Å
  EXPECT_EQ(Norm("u\xCC\x88" "ber"), "\xC3\xBC" "ber");              // u + diaeresis -> ü
  EXPECT_EQ(Norm("\xCD\xBE"), ";");                                 // Greek question mark
  EXPECT_EQ(Norm("\xE1\x84\x80\xE1\x85\xA1"), "\xEA\xB0\x80");      // Hangul jamo -> 가
  // Combining marks are put in canonical order: dot below (220) before acute (230).
  EXPECT_EQ(Hex(Norm("q\xCC\x81\xCC\xA3")), Hex("q\xCC\xA3\xCC\x81"));
}

TEST(Normalizer, TextAlreadyInNfcIsUnchanged) {
  const std::string in = "Z\xC3\xBCrich \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 "
                         "\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1 \xD8\xA8\xD8\xBA\xD8\xAF\xD8\xA7\xD8\xAF "
                         "\xE5\x8C\x97\xE4\xBA\xAC \xED\x95\x9C\xEA\xB5\xAD";
  std::string out;
  OffsetMap map;
  EXPECT_EQ(Normalize(in, &out, &map), 0u);
  EXPECT_EQ(out, in);
  EXPECT_TRUE(map.empty());
}

TEST(Normalizer, FoldsApplyAfterNfc) {
  // A word that needs NFC and holds folding characters: both happen.
  EXPECT_EQ(Norm("\xE2\x80\x9C" "Cafe\xCC\x81\xE2\x80\x9D"), "\"Caf\xC3\xA9\"");
  EXPECT_EQ(Norm("Jose\xCC\x81\xE2\x80\x94Mari\xCC\x81" "a"), "Jos\xC3\xA9--Mar\xC3\xAD" "a");
}

TEST(Normalizer, InvalidUtf8IsReplacedAndCounted) {
  const std::string fffd = "\xEF\xBF\xBD";
  uint32_t repaired = 0;
  EXPECT_EQ(Norm("a\xFF" "b", &repaired), "a" + fffd + "b");
  EXPECT_EQ(repaired, 1u);
  EXPECT_EQ(Norm("\xC3", &repaired), fffd);  // truncated two-byte sequence
  EXPECT_EQ(repaired, 1u);
  EXPECT_EQ(Norm("x\xE2\x80 y", &repaired), "x" + fffd + " y");  // truncated three-byte
  EXPECT_EQ(repaired, 1u);
  EXPECT_EQ(Norm("\xC0\xAF", &repaired), fffd + fffd);  // overlong: two ill-formed bytes
  EXPECT_EQ(repaired, 2u);
  EXPECT_EQ(Norm("\xED\xA0\x80", &repaired), fffd + fffd + fffd);  // a surrogate
  EXPECT_EQ(repaired, 3u);
  EXPECT_EQ(Norm("ok \xFF\xFE ok \x80", &repaired), "ok " + fffd + fffd + " ok " + fffd);
  EXPECT_EQ(repaired, 3u);
  // Inside a word that also needs NFC the count is the same.
  EXPECT_EQ(Norm("e\xCC\x81\xFF", &repaired), "\xC3\xA9" + fffd);
  EXPECT_EQ(repaired, 1u);
  EXPECT_TRUE(base::IsValidUtf8(Norm("\xF8\x88\x80\x80\x80 \xF4\x90\x80\x80 \xE0\x80\xAF")));
}

TEST(Normalizer, LongRunsWithoutSpacesAreNormalisedWhole) {
  // Words over the normaliser's internal piece size (1 KB) still compose and fold correctly.
  std::string in, expect;
  for (int i = 0; i < 3000; ++i) {
    in += "e\xCC\x81\xE2\x80\x99";
    expect += "\xC3\xA9'";
  }
  EXPECT_EQ(Norm(in), expect);
}

// OffsetMap on its own: offsets inside an edit map to its start (begin) or its end (end).
TEST(OffsetMap, MapsAroundEdits) {
  // Original "a“b”c" (the quotes are 3 bytes each) normalised to "a\"b\"c".
  OffsetMap map;
  EXPECT_TRUE(map.empty());
  map.BeginEdit(1, 1);
  map.EndEdit(2, 4);
  map.BeginEdit(3, 5);
  map.EndEdit(4, 8);
  EXPECT_FALSE(map.empty());
  EXPECT_EQ(map.Begin(0), 0u);
  EXPECT_EQ(map.Begin(1), 1u);
  EXPECT_EQ(map.End(2), 4u);
  EXPECT_EQ(map.Begin(2), 4u);
  EXPECT_EQ(map.Begin(3), 5u);
  EXPECT_EQ(map.End(4), 8u);
  EXPECT_EQ(map.Begin(4), 8u);
  EXPECT_EQ(map.End(5), 9u);
  EXPECT_EQ(map.End(0), 0u);
  EXPECT_EQ(map.End(1), 1u);
  map.Clear();
  EXPECT_TRUE(map.empty());
  EXPECT_EQ(map.Begin(7), 7u);
  EXPECT_EQ(map.End(7), 7u);
}

TEST(OffsetMap, EditStartTellsWhereASpanCannotBeginOrEnd) {
  // "a…b" -> "a...b": offsets 2 and 3 are between the dots of one original character.
  std::string out;
  OffsetMap map;
  (void)Normalize("a\xE2\x80\xA6" "b dis\xC2\xAD" "arm", &out, &map);
  ASSERT_EQ(out, "a...b disarm");
  EXPECT_EQ(map.EditStart(0), 0u);
  EXPECT_EQ(map.EditStart(1), 1u);
  EXPECT_EQ(map.EditStart(2), 1u);
  EXPECT_EQ(map.EditStart(3), 1u);
  EXPECT_EQ(map.EditStart(4), 4u);
  EXPECT_EQ(map.EditStart(5), 5u);
  EXPECT_EQ(map.EditStart(9), 9u);  // where the soft hyphen was removed: nothing inside
  EXPECT_EQ(map.EditStart(12), 12u);
}

TEST(OffsetMap, NormaliserMapOfARemovedCharacter) {
  // "dis\u00ADarm" -> "disarm": the soft hyphen is inside the word and maps into its span.
  std::string out;
  OffsetMap map;
  (void)Normalize("dis\xC2\xAD" "arm now", &out, &map);
  ASSERT_EQ(out, "disarm now");
  EXPECT_EQ(map.Begin(0), 0u);
  EXPECT_EQ(map.End(3), 3u);    // "dis" ends before the soft hyphen
  EXPECT_EQ(map.Begin(3), 5u);  // "arm" starts after it
  EXPECT_EQ(map.End(6), 8u);    // "disarm" ends after "arm"
  EXPECT_EQ(map.Begin(7), 9u);
  EXPECT_EQ(map.End(10), 12u);
}

// ---- The spans of a whole analysis reproduce each token: Normalize(text[span]) == Form(token).

class SpanTest : public ::testing::Test {
 protected:
  // Checks every token of `text` (stopping at the first bad one, with a short report); returns
  // the number of tokens.
  static size_t CheckSpans(const std::string& text, const Pipeline& pipeline = DefaultTestPipeline()) {
    const TextAnalysis a = Analyze(text, pipeline);
    uint32_t prev_end = 0;
    for (size_t i = 0; i < a.tokens.size(); ++i) {
      const Token& t = a.tokens[i];
      std::string problem, covered;
      if (t.span.begin > t.span.end || t.span.end > text.size()) {
        problem = "span outside the text";
      } else {
        covered = text.substr(t.span.begin, t.span.size());
        if (t.span.begin < prev_end) problem = "span overlaps the previous token's";
        else if (Norm(covered) != a.Form(t)) problem = "span does not reproduce the token";
      }
      if (!problem.empty()) {
        const size_t from = t.span.begin > 24 ? t.span.begin - 24 : 0;
        ADD_FAILURE() << problem << ": token " << i << " \"" << a.Form(t) << "\" span ["
                      << t.span.begin << ", " << t.span.end << ") covers [" << Hex(covered)
                      << "], which normalises to \"" << Norm(covered) << "\"; text from byte "
                      << from << ": [" << Hex(text.substr(from, 64)) << "]";
        break;
      }
      prev_end = t.span.end;
    }
    return a.tokens.size();
  }
};

TEST_F(SpanTest, VariedDocument) {
  const std::string doc =
      "\xEF\xBB\xBF\xE2\x80\x9CWe will not retreat,\xE2\x80\x9D the minister said\xE2\x80\xA6\r\n"
      "\xE2\x80\x98Never,\xE2\x80\x99 he replied \xE2\x80\x94 twice\xE2\x80\x94" "and left.\r\n"
      "\r\n"
      "Talks in Bogota\xCC\x81 and Z\xC3\xBCrich cost \xE2\x82\xAC" "5\xC2\xA0million; "
      "nego\xC2\xADtiations on disarma\xE2\x80\x8Bment (\xE2\x80\x9C" "Cafe\xCC\x81\xE2\x80\x9D) "
      "resumed.\rA bad byte \xFF here, and \xC3 there.\n"
      "\xC2\xAB" "Paix\xC2\xBB, Jose\xCC\x81\xE2\x80\x93Mari\xCC\x81" "a, \xE2\x84\xAB" "ngstr\xC3\xB6m's "
      "10\xE2\x80\x93" "15 U.S.\xE2\x80\x94led talks\xE2\x80\xA6\xE2\x80\x9D\n"
      "\xE2\x80\xA2 a bullet item\n[3] a citation\xE2\x80\x89mark.[12]\n";
  EXPECT_GT(CheckSpans(doc), 60u);
}

TEST_F(SpanTest, EachSpecialCharacterNextToPunctuation) {
  const char* kSpecials[] = {
      "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99", "\xC2\xAB", "\xC2\xBB",
      "\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\xA6", "\xC2\xA0", "\xC2\xAD", "\xE2\x80\x8B",
      "\xEF\xBB\xBF", "e\xCC\x81", "\xE2\x84\xAB", "\xFF", "\xC3", "\r\n", "\r", "\xCD\xBE",
  };
  const char* kNeighbours[] = {"", ".", ",", "(", ")", "\"", "'", "-", "word", "'s", "n't", "..."};
  size_t tokens = 0;
  for (const char* s : kSpecials) {
    for (const char* left : kNeighbours) {
      for (const char* right : kNeighbours) {
        tokens += CheckSpans(std::string("Talks ") + left + s + right + " ended.");
        tokens += CheckSpans(std::string("x") + left + s + right + "y");
      }
    }
  }
  EXPECT_GT(tokens, 10000u);
}

// Documents mixing ASCII words with the characters the normaliser edits, from a fixed seed; with
// the default options, and with tokens of at most 4 bytes, so that overlong runs are cut everywhere
// (never inside one original character that became several, like "…" -> "...").
std::string GenerateMix(std::mt19937& rng);

TEST_F(SpanTest, GeneratedDocuments) {
  std::mt19937 rng(20240613);
  size_t tokens = 0;
  for (int doc = 0; doc < 400; ++doc) {
    tokens += CheckSpans(GenerateMix(rng));
    if (::testing::Test::HasFailure()) break;  // one failing document is enough to read
  }
  EXPECT_GT(tokens, 5000u);
}

TEST_F(SpanTest, GeneratedDocumentsCutIntoTinyTokens) {
  TextOptions options;
  options.max_token_bytes = 4;
  const auto pipeline = LoadTestPipeline(options);
  std::mt19937 rng(1234);
  size_t tokens = 0;
  for (int doc = 0; doc < 300; ++doc) {
    tokens += CheckSpans(GenerateMix(rng), *pipeline);
    if (::testing::Test::HasFailure()) break;
  }
  EXPECT_GT(tokens, 5000u);
}

std::string GenerateMix(std::mt19937& rng) {
  const char* kPieces[] = {
      "the", "minister", "U.S.", "talks", "Russia's", "don't", "co-operation", "search-engine",
      "3.5", "1,000", "$5", "5%", "(", ")", "[2]", ".", ",", ";", ":", "?", "!", "\"", "'",
      "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99", "\xC2\xAB", "\xC2\xBB",
      "\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\xA6", "\xC2\xA0", "\xC2\xAD", "\xE2\x80\x8B",
      "\xE2\x81\xA0", "\xEF\xBB\xBF", "e\xCC\x81", "a\xCC\x88", "o\xCC\x82\xCC\xA3",
      "\xE2\x84\xAB", "\xCD\xBE", "\xFF", "\xC3", "\xE2\x80", "\r\n", "\r", "\n", "\n\n", "\t",
      "\xE2\x80\xA8", "\xE2\x80\xA9", "\xC2\x85", "Z\xC3\xBCrich", "\xE5\x8C\x97\xE4\xBA\xAC",
      "\xE2\x82\xAC", "\xC2\xA3", "-", "--", "...", "*", "\xE2\x80\xA2", " ",
  };
  const size_t n = sizeof(kPieces) / sizeof(kPieces[0]);
  std::string text;
  const int pieces = 1 + static_cast<int>(rng() % 80);
  for (int i = 0; i < pieces; ++i) {
    text += kPieces[rng() % n];
    if (rng() % 3 != 0) text += ' ';
  }
  return text;
}

}  // namespace
}  // namespace entente::text
