// UTF-8 decoding, validation, repair and safe cutting (src/base/utf8.h): table tests for every
// class of ill-formed input, the maximal-subpart replacement rule (Unicode §3.9), and the fast
// validator checked against a slow, obviously correct one on exhaustive and random input.
#include "base/utf8.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace entente::base {
namespace {

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

std::string Utf8(char32_t cp) {
  std::string s;
  AppendUtf8(&s, cp);
  return s;
}

const std::string kFffd = "\xEF\xBF\xBD";

Decoded Decode(std::string_view s) { return DecodeUtf8(s.data(), s.data() + s.size()); }

// The slow reference: reads the bit pattern of each lead byte, then rejects overlong forms,
// surrogates and values above U+10FFFF after the fact. Independent of the range table in utf8.cc.
bool SlowIsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    size_t len;
    char32_t cp;
    if (b < 0x80) { ++i; continue; }
    if ((b & 0xE0) == 0xC0) { len = 2; cp = b & 0x1F; }
    else if ((b & 0xF0) == 0xE0) { len = 3; cp = b & 0x0F; }
    else if ((b & 0xF8) == 0xF0) { len = 4; cp = b & 0x07; }
    else return false;
    if (i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      unsigned char c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (c & 0x3F);
    }
    static constexpr char32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

// --- DecodeUtf8 on valid input ---------------------------------------------------------------

struct ValidCase {
  const char* bytes;
  char32_t cp;
  int len;
};

TEST(Utf8DecodeTest, ValidSequencesOfEveryLength) {
  const ValidCase kCases[] = {
      {"A", 0x41, 1},
      {"\x7F", 0x7F, 1},
      {"\xC2\x80", 0x80, 2},
      {"\xC3\xA9", 0xE9, 2},              // é
      {"\xDF\xBF", 0x7FF, 2},
      {"\xE0\xA0\x80", 0x800, 3},
      {"\xE4\xB8\xAD", 0x4E2D, 3},        // 中
      {"\xED\x9F\xBF", 0xD7FF, 3},        // last before the surrogates
      {"\xEE\x80\x80", 0xE000, 3},        // first after them
      {"\xEF\xBF\xBF", 0xFFFF, 3},
      {"\xF0\x90\x80\x80", 0x10000, 4},
      {"\xF0\x9F\x98\x80", 0x1F600, 4},   // 😀
      {"\xF3\xBF\xBF\xBF", 0xFFFFF, 4},
      {"\xF4\x8F\xBF\xBF", 0x10FFFF, 4},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(Hex(c.bytes));
    // Decode with trailing text, which must not be consumed.
    std::string s = std::string(c.bytes) + "xyz";
    Decoded d = Decode(s);
    EXPECT_TRUE(d.valid);
    EXPECT_EQ(uint32_t{d.cp}, uint32_t{c.cp});
    EXPECT_EQ(d.len, c.len);
    EXPECT_EQ(Utf8(c.cp), c.bytes);
    EXPECT_TRUE(IsValidUtf8(c.bytes));
  }
}

TEST(Utf8DecodeTest, NulIsAnOrdinaryValidCharacter) {
  const std::string s("a\0b\0", 4);
  Decoded d = DecodeUtf8(s.data() + 1, s.data() + s.size());
  EXPECT_TRUE(d.valid);
  EXPECT_EQ(uint32_t{d.cp}, 0u);
  EXPECT_EQ(d.len, 1);
  EXPECT_TRUE(IsValidUtf8(s));
  std::string copy = s;
  EXPECT_EQ(RepairUtf8(&copy), 0u);
  EXPECT_EQ(copy, s);
  EXPECT_EQ(copy.size(), 4u);
}

// --- DecodeUtf8 on ill-formed input ----------------------------------------------------------

struct InvalidCase {
  const char* what;
  std::string bytes;
  int len;  // the maximal ill-formed subpart that one U+FFFD replaces
};

TEST(Utf8DecodeTest, EveryClassOfIllFormedSequence) {
  const InvalidCase kCases[] = {
      {"stray continuation 80", "\x80" "A", 1},
      {"stray continuation BF", "\xBF" "A", 1},
      {"overlong lead C0", "\xC0\x80", 1},
      {"overlong lead C1", "\xC1\xBF", 1},
      {"overlong 3-byte E0 80", "\xE0\x80\x80", 1},
      {"overlong 3-byte E0 9F", "\xE0\x9F\xBF", 1},
      {"overlong 4-byte F0 80", "\xF0\x80\x80\x80", 1},
      {"overlong 4-byte F0 8F", "\xF0\x8F\xBF\xBF", 1},
      {"high surrogate ED A0", "\xED\xA0\x80", 1},
      {"low surrogate ED BF", "\xED\xBF\xBF", 1},
      {"above U+10FFFF F4 90", "\xF4\x90\x80\x80", 1},
      {"lead F5", "\xF5\x80\x80\x80", 1},
      {"lead F7", "\xF7\xBF\xBF\xBF", 1},
      {"lead F8", "\xF8\x88\x80\x80\x80", 1},
      {"lead FC", "\xFC\x84\x80\x80\x80\x80", 1},
      {"lead FE", "\xFE", 1},
      {"lead FF", "\xFF", 1},
      {"2-byte lead then ASCII", "\xC3(", 1},
      {"3-byte prefix then ASCII", "\xE2\x82" "A", 2},
      {"4-byte prefix of 2 then ASCII", "\xF0\x9F" "A", 2},
      {"4-byte prefix of 3 then ASCII", "\xF0\x9F\x98" "A", 3},
      {"3-byte prefix then a new lead", "\xE4\xB8\xE4\xB8\xAD", 2},
      {"truncated 2-byte at end", "\xC3", 1},
      {"truncated 3-byte at end (1 of 3)", "\xE4", 1},
      {"truncated 3-byte at end (2 of 3)", "\xE4\xB8", 2},
      {"truncated 4-byte at end (2 of 4)", "\xF0\x9F", 2},
      {"truncated 4-byte at end (3 of 4)", "\xF0\x9F\x98", 3},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(std::string(c.what) + ": " + Hex(c.bytes));
    Decoded d = Decode(c.bytes);
    EXPECT_FALSE(d.valid);
    EXPECT_EQ(uint32_t{d.cp}, uint32_t{kReplacementChar});
    EXPECT_EQ(d.len, c.len);
    EXPECT_FALSE(IsValidUtf8(c.bytes));
  }
}

// --- RepairUtf8 ---------------------------------------------------------------------------

struct RepairCase {
  std::string in;
  std::string out;
  uint32_t count;
};

TEST(Utf8RepairTest, OneReplacementPerMaximalSubpart) {
  const std::string R = kFffd;
  const RepairCase kCases[] = {
      {"\xE2\x82" "A", R + "A", 1},
      {"\xF0\x9F\x98" "!", R + "!", 1},
      {"\xC0\x80", R + R, 2},
      {"\xC1\xBF", R + R, 2},
      {"\xE0\x80\x80", R + R + R, 3},
      {"\xED\xA0\x80", R + R + R, 3},  // a CESU-8 surrogate: three bytes, three replacements
      {"\xF4\x90\x80\x80", R + R + R + R, 4},
      {"\xF5\xFF\xFE", R + R + R, 3},
      {"\x80\x80\x80", R + R + R, 3},
      {"a\xF0\x9F\x98", "a" + R, 1},   // truncated at the very end
      {"Talks in caf\xE9 ended.", "Talks in caf" + R + " ended.", 1},  // Latin-1 é
      {"\xE4\xB8\xE4\xB8\xAD", R + "\xE4\xB8\xAD", 1},
      {"\xC3\xA9\xC3", "\xC3\xA9" + R, 1},
      // Long ASCII runs around the bad bytes take the 8-bytes-at-a-time path.
      {"The ministers met on Tuesday\xFF and again on Wednesday\xC3\x28 in the capital.",
       "The ministers met on Tuesday" + R + " and again on Wednesday" + R + "( in the capital.", 2},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(Hex(c.in));
    std::string s = c.in;
    EXPECT_EQ(RepairUtf8(&s), c.count);
    EXPECT_EQ(Hex(s), Hex(c.out));
    EXPECT_TRUE(IsValidUtf8(s));
  }
}

TEST(Utf8RepairTest, ValidTextIsLeftUntouched) {
  const std::string kValid[] = {
      "",
      "plain ASCII that is longer than one eight-byte word",
      "Le président a rencontré le ministre à Genève.",
      "中国外交部 said on Monday 😀 that talks would resume.",
      std::string("with\0NUL\0bytes", 14),
      "\xF4\x8F\xBF\xBF\xEF\xBF\xBF\xC2\x80",
  };
  for (const std::string& v : kValid) {
    SCOPED_TRACE(Hex(v));
    std::string s = v;
    EXPECT_EQ(RepairUtf8(&s), 0u);
    EXPECT_EQ(s, v);
  }
}

TEST(Utf8RepairTest, RepairedTextIsValidAndRepairIsIdempotent) {
  std::mt19937 rng(20190821);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    const int n = round % 40;
    for (int i = 0; i < n; ++i) s.push_back(static_cast<char>(byte(rng)));
    std::string repaired = s;
    uint32_t count = RepairUtf8(&repaired);
    ASSERT_TRUE(IsValidUtf8(repaired)) << Hex(s);
    EXPECT_LE(count, s.size());
    EXPECT_EQ(count == 0, IsValidUtf8(s)) << Hex(s);
    std::string again = repaired;
    EXPECT_EQ(RepairUtf8(&again), 0u);
    EXPECT_EQ(again, repaired);
  }
}

// --- IsValidUtf8 against the slow reference ------------------------------------------------

TEST(Utf8ValidateTest, AgreesWithSlowReferenceOnAllShortSequences) {
  std::string s;
  for (int a = 0; a < 256; ++a) {
    s.assign(1, static_cast<char>(a));
    ASSERT_EQ(IsValidUtf8(s), SlowIsValidUtf8(s)) << Hex(s);
    for (int b = 0; b < 256; ++b) {
      s.assign({static_cast<char>(a), static_cast<char>(b)});
      ASSERT_EQ(IsValidUtf8(s), SlowIsValidUtf8(s)) << Hex(s);
    }
  }
  // Every three-byte string with a multi-byte lead.
  for (int a = 0xC0; a < 256; ++a) {
    for (int b = 0; b < 256; ++b) {
      for (int c = 0; c < 256; ++c) {
        s.assign({static_cast<char>(a), static_cast<char>(b), static_cast<char>(c)});
        ASSERT_EQ(IsValidUtf8(s), SlowIsValidUtf8(s)) << Hex(s);
      }
    }
  }
  // Four-byte strings: every lead and second byte, boundary values for the others.
  const int kEdges[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
  for (int a = 0xE0; a < 256; ++a) {
    for (int b = 0; b < 256; ++b) {
      for (int c : kEdges) {
        for (int d : kEdges) {
          s.assign({static_cast<char>(a), static_cast<char>(b), static_cast<char>(c),
                    static_cast<char>(d)});
          ASSERT_EQ(IsValidUtf8(s), SlowIsValidUtf8(s)) << Hex(s);
        }
      }
    }
  }
}

TEST(Utf8ValidateTest, AgreesWithSlowReferenceOnRandomMixedText) {
  // ASCII runs of every length put the bad bytes at every offset of the 8-byte fast path.
  const std::string kPieces[] = {"a", "ab", "abcdefg", "the envoy arrived ", "\xC3\xA9",
                                 "\xE4\xB8\xAD", "\xF0\x9F\x98\x80", "\xFF", "\x80",
                                 "\xE2\x82", "\xED\xA0\x80", "\xC0\xAF", "\xF4\x90\x80\x80",
                                 std::string(1, '\0')};
  std::mt19937 rng(7);
  std::uniform_int_distribution<size_t> pick(0, std::size(kPieces) - 1);
  for (int round = 0; round < 5000; ++round) {
    std::string s;
    const int n = round % 25;
    for (int i = 0; i < n; ++i) s += kPieces[pick(rng)];
    ASSERT_EQ(IsValidUtf8(s), SlowIsValidUtf8(s)) << Hex(s);
  }
}

// --- EncodeUtf8 ----------------------------------------------------------------------------

TEST(Utf8EncodeTest, RoundTripsEveryScalarValue) {
  char buf[4];
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    int n = EncodeUtf8(cp, buf);
    Decoded d = DecodeUtf8(buf, buf + n);
    ASSERT_TRUE(d.valid) << std::hex << uint32_t{cp};
    ASSERT_EQ(uint32_t{d.cp}, uint32_t{cp});
    ASSERT_EQ(d.len, n);
  }
}

TEST(Utf8EncodeTest, SurrogatesAndOutOfRangeBecomeReplacementChar) {
  for (char32_t cp : {char32_t{0xD800}, char32_t{0xDBFF}, char32_t{0xDC00}, char32_t{0xDFFF},
                      char32_t{0x110000}, char32_t{0x7FFFFFFF}}) {
    EXPECT_EQ(Utf8(cp), kFffd) << std::hex << uint32_t{cp};
  }
}

TEST(Utf8EncodeTest, AppendUtf8Appends) {
  std::string s = "x";
  AppendUtf8(&s, 0xE9);
  AppendUtf8(&s, 0x4E2D);
  AppendUtf8(&s, 0x1F600);
  EXPECT_EQ(s, "x\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80");
}

// --- Utf8SafePrefix ------------------------------------------------------------------------

TEST(Utf8SafePrefixTest, NeverCutsASequenceAndCutsNoMoreThanNeeded) {
  const std::string s = "a\xC3\xA9 \xE4\xB8\xAD\xF0\x9F\x98\x80z\xE6\x96\x87\xC3\xBC";
  // Start offsets of the characters, plus the end.
  std::vector<size_t> boundaries;
  for (size_t i = 0; i < s.size(); i += Decode(s.substr(i)).len) boundaries.push_back(i);
  boundaries.push_back(s.size());
  for (size_t max = 0; max <= s.size() + 2; ++max) {
    SCOPED_TRACE(max);
    size_t n = Utf8SafePrefix(s, max);
    EXPECT_LE(n, max);
    EXPECT_TRUE(IsValidUtf8(s.substr(0, n)));
    EXPECT_NE(std::find(boundaries.begin(), boundaries.end(), n), boundaries.end());
    // Maximal: the next character would not have fitted.
    if (n < s.size()) {
      EXPECT_GT(n + Decode(s.substr(n)).len, max);
    }
  }
}

TEST(Utf8SafePrefixTest, Examples) {
  EXPECT_EQ(Utf8SafePrefix("", 5), 0u);
  EXPECT_EQ(Utf8SafePrefix("abc", 0), 0u);
  EXPECT_EQ(Utf8SafePrefix("abc", 3), 3u);
  EXPECT_EQ(Utf8SafePrefix("abc", 100), 3u);
  EXPECT_EQ(Utf8SafePrefix("\xE4\xB8\xAD\xE6\x96\x87", 5), 3u);
  EXPECT_EQ(Utf8SafePrefix("\xE4\xB8\xAD\xE6\x96\x87", 2), 0u);
  EXPECT_EQ(Utf8SafePrefix("\xF0\x9F\x98\x80!", 4), 4u);
  EXPECT_EQ(Utf8SafePrefix("\xF0\x9F\x98\x80!", 3), 0u);
}

}  // namespace
}  // namespace entente::base
