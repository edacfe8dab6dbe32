// The JSON reader and string writer (src/base/json.h): structure, escapes, surrogates, numbers as
// source text, error messages with columns, the nesting limit, and writer/reader round trips.
#include "base/json.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>

#include "base/utf8.h"

namespace entente::base {
namespace {

using Type = JsonValue::Type;

JsonValue ParseOk(std::string_view text) {
  auto v = ParseJson(text);
  EXPECT_TRUE(v.ok()) << text << " -> " << v.status().ToString();
  if (!v.ok()) return JsonValue();
  return *std::move(v);
}

// The decoded value of a JSON string literal.
std::string ParseString(std::string_view literal) {
  JsonValue v = ParseOk(literal);
  EXPECT_TRUE(v.is_string()) << literal;
  return v.text();
}

std::string Quote(std::string_view s) {
  std::string out;
  AppendJsonString(&out, s);
  return out;
}

const std::string kFffd = "\xEF\xBF\xBD";

// --- structure -----------------------------------------------------------------------------

TEST(JsonParseTest, ScalarsAtTopLevel) {
  EXPECT_EQ(ParseOk("null").type(), Type::kNull);
  JsonValue t = ParseOk("true");
  EXPECT_EQ(t.type(), Type::kBool);
  EXPECT_TRUE(t.bool_value());
  JsonValue f = ParseOk("false");
  EXPECT_EQ(f.type(), Type::kBool);
  EXPECT_FALSE(f.bool_value());
  EXPECT_EQ(ParseString("\"talks resumed\""), "talks resumed");
  EXPECT_EQ(ParseString("\"\""), "");
  EXPECT_EQ(ParseOk("12").text(), "12");
}

TEST(JsonParseTest, ObjectKeepsMembersInOrder) {
  JsonValue v = ParseOk(
      R"({"id": "wire-17", "date": "2019-08-21", "text": "The minister resigned.", "n": 3,
          "ok": true, "none": null})");
  ASSERT_TRUE(v.is_object());
  ASSERT_EQ(v.members().size(), 6u);
  EXPECT_EQ(v.members()[0].first, "id");
  EXPECT_EQ(v.members()[2].first, "text");
  EXPECT_EQ(v.members()[5].first, "none");
  ASSERT_NE(v.Find("text"), nullptr);
  EXPECT_EQ(v.Find("text")->text(), "The minister resigned.");
  EXPECT_TRUE(v.Find("n")->is_number());
  EXPECT_EQ(v.Find("n")->text(), "3");
  EXPECT_TRUE(v.Find("ok")->bool_value());
  EXPECT_TRUE(v.Find("none")->is_null());
  EXPECT_EQ(v.Find("missing"), nullptr);
  EXPECT_EQ(v.Find("TEXT"), nullptr);  // keys are case-sensitive
}

TEST(JsonParseTest, FindReturnsTheFirstOfDuplicateKeys) {
  JsonValue v = ParseOk(R"({"text": "first", "text": "second"})");
  ASSERT_EQ(v.members().size(), 2u);
  EXPECT_EQ(v.Find("text")->text(), "first");
}

TEST(JsonParseTest, EmptyContainersAndWhiteSpace) {
  JsonValue o = ParseOk(" \t\r\n{ \t}\r\n ");
  EXPECT_TRUE(o.is_object());
  EXPECT_TRUE(o.members().empty());
  JsonValue a = ParseOk("[ ]");
  EXPECT_EQ(a.type(), Type::kArray);
  EXPECT_TRUE(a.items().empty());
  JsonValue s = ParseOk("\n { \"a\" :\t[ 1 ,\r\n2 ] } \n");
  ASSERT_EQ(s.Find("a")->items().size(), 2u);
  EXPECT_EQ(s.Find("a")->items()[1].text(), "2");
}

TEST(JsonParseTest, NestedArraysAndObjects) {
  JsonValue v = ParseOk(R"([1, "two", [3, [4, {"five": [5, {"six": null}]}]], {}, []])");
  ASSERT_EQ(v.type(), Type::kArray);
  ASSERT_EQ(v.items().size(), 5u);
  EXPECT_EQ(v.items()[0].text(), "1");
  EXPECT_EQ(v.items()[1].text(), "two");
  const JsonValue& third = v.items()[2];
  ASSERT_EQ(third.items().size(), 2u);
  const JsonValue& inner = third.items()[1].items()[1];
  ASSERT_TRUE(inner.is_object());
  const JsonValue* five = inner.Find("five");
  ASSERT_NE(five, nullptr);
  ASSERT_EQ(five->items().size(), 2u);
  EXPECT_TRUE(five->items()[1].Find("six")->is_null());
  EXPECT_TRUE(v.items()[3].is_object());
  EXPECT_EQ(v.items()[4].type(), Type::kArray);
}

// --- strings -------------------------------------------------------------------------------

TEST(JsonParseTest, AllSimpleEscapes) {
  EXPECT_EQ(ParseString(R"("q\"b\\s\/b\bf\fn\nr\rt\t.")"), "q\"b\\s/b\bf\fn\nr\rt\t.");
}

TEST(JsonParseTest, UnicodeEscapes) {
  EXPECT_EQ(ParseString(R"("\u0041\u00e9\u00E9\u4e2d")"), "A\xC3\xA9\xC3\xA9\xE4\xB8\xAD");
  EXPECT_EQ(ParseString(R"("\u0000")"), std::string(1, '\0'));
  EXPECT_EQ(ParseString(R"("\uFFFF")"), "\xEF\xBF\xBF");
}

TEST(JsonParseTest, SurrogatePairsAndLoneSurrogates) {
  EXPECT_EQ(ParseString(R"("\uD83D\uDE00")"), "\xF0\x9F\x98\x80");      // U+1F600
  EXPECT_EQ(ParseString(R"("\ud800\udc00")"), "\xF0\x90\x80\x80");      // U+10000
  EXPECT_EQ(ParseString(R"("\uDBFF\uDFFF")"), "\xF4\x8F\xBF\xBF");      // U+10FFFF
  EXPECT_EQ(ParseString(R"("\uD800")"), kFffd);                         // lone high at the end
  EXPECT_EQ(ParseString(R"("\uDC00")"), kFffd);                         // lone low
  EXPECT_EQ(ParseString(R"("a\uD800b")"), "a" + kFffd + "b");
  EXPECT_EQ(ParseString(R"("\uD800\u0041")"), kFffd + "A");             // high, then not a low
  EXPECT_EQ(ParseString(R"("\uD800\n")"), kFffd + "\n");
  EXPECT_EQ(ParseString(R"("\uDC00\uD800")"), kFffd + kFffd);           // reversed pair
  EXPECT_EQ(ParseString(R"("\uD800\uD800\uDC00")"), kFffd + "\xF0\x90\x80\x80");
}

TEST(JsonParseTest, RawBytesInStringsArePassedThrough) {
  // Raw tabs are accepted (scraped dumps have them); bytes are not validated here.
  EXPECT_EQ(ParseString("\"a\tb\""), "a\tb");
  EXPECT_EQ(ParseString("\"caf\xC3\xA9\""), "caf\xC3\xA9");
  EXPECT_EQ(ParseString("\"caf\xE9\""), "caf\xE9");
}

TEST(JsonParseTest, MemberNamesAreDecoded) {
  JsonValue v = ParseOk(R"({"t\u0065xt": "x", "a\"b": 1})");
  EXPECT_NE(v.Find("text"), nullptr);
  EXPECT_NE(v.Find("a\"b"), nullptr);
}

// --- numbers -------------------------------------------------------------------------------

TEST(JsonParseTest, NumbersKeepTheirSourceText) {
  for (const char* n : {"0", "-0", "7", "20190821", "-1.5e3", "1E+10", "2.50", "0.000",
                        "-0.0e-0", "123456789012345678901234567890"}) {
    JsonValue v = ParseOk(n);
    EXPECT_TRUE(v.is_number()) << n;
    EXPECT_EQ(v.text(), n);
  }
  JsonValue v = ParseOk(R"({"id": 20190821, "x": -1.5e3})");
  EXPECT_EQ(v.Find("id")->text(), "20190821");
  EXPECT_EQ(v.Find("x")->text(), "-1.5e3");
}

TEST(JsonParseTest, MalformedNumbersAreErrors) {
  for (const char* n : {"01", "-01", "00", "[01]", "1.", "1.e5", ".5", "+1", "-", "1e", "1e+",
                        "--1", "0x10", "1.5.2", "NaN", "Infinity", "[1,]"}) {
    auto v = ParseJson(n);
    EXPECT_FALSE(v.ok()) << n;
    if (!v.ok()) {
      EXPECT_EQ(v.status().code(), StatusCode::kDataLoss) << n;
    }
  }
}

// --- errors --------------------------------------------------------------------------------

struct ErrorCase {
  const char* input;
  const char* message;  // the expected message, "column N: ..."
};

TEST(JsonParseTest, ErrorsNameTheColumnAndTheProblem) {
  const ErrorCase kCases[] = {
      {"", "column 1: unexpected end of line, expected a value"},
      {"   ", "column 4: unexpected end of line, expected a value"},
      {R"({"a":1)", "column 7: unexpected end of line inside an object"},
      {R"({"a":)", "column 6: unexpected end of line, expected a value"},
      {R"({"a")", "column 5: expected ':' after a member name"},
      {R"({"a" 1})", "column 6: expected ':' after a member name"},
      {R"({"a":1,})", "column 8: expected a member name in double quotes"},
      {R"({a:1})", "column 2: expected a member name in double quotes"},
      {R"({"a":1 "b":2})", "column 8: expected ',' or '}' in an object"},
      {R"([1,2)", "column 5: unexpected end of line inside an array"},
      {R"([1 2])", "column 4: expected ',' or ']' in an array"},
      {R"([1,])", "column 4: expected a JSON value"},
      {R"("a\x")", "column 4: unknown escape in string"},
      {R"("a\u12G4")", "column 5: bad hex digit in \\u escape"},
      {R"("a\u12")", "column 5: incomplete \\u escape"},
      {R"({"a":"b} x)", "column 11: unterminated string"},
      {R"("abc)", "column 5: unterminated string"},
      {R"("abc\)", "column 6: unterminated string"},
      {R"({} x)", "column 4: unexpected text after the JSON value"},
      {R"({"a":1}})", "column 8: unexpected text after the JSON value"},
      {"01", "column 2: unexpected text after the JSON value"},
      {"tru", "column 1: expected a JSON value"},
      {"nul", "column 1: expected a JSON value"},
      {"trueish", "column 5: unexpected text after the JSON value"},
      {"{\"a\":1.}", "column 8: expected digits after '.'"},
      {"The talks failed.", "column 1: expected a JSON value"},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.input);
    auto v = ParseJson(c.input);
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.status().code(), StatusCode::kDataLoss);
    EXPECT_EQ(v.status().message(), c.message);
  }
}

// --- the nesting limit ----------------------------------------------------------------------

TEST(JsonParseTest, DeepNestingIsAnErrorNotACrash) {
  const std::string open(100000, '[');
  auto v = ParseJson(open);
  ASSERT_FALSE(v.ok());
  EXPECT_NE(v.status().message().find("nesting too deep"), std::string::npos)
      << v.status().message();
  EXPECT_EQ(v.status().message().rfind("column 65:", 0), 0u) << v.status().message();

  const std::string balanced = open + std::string(100000, ']');
  EXPECT_FALSE(ParseJson(balanced).ok());

  std::string objects;
  for (int i = 0; i < 100000; ++i) objects += "{\"a\":";
  auto o = ParseJson(objects);
  ASSERT_FALSE(o.ok());
  EXPECT_NE(o.status().message().find("nesting too deep"), std::string::npos);
}

TEST(JsonParseTest, NestingLimitIsExact) {
  auto nested = [](int depth) { return std::string(depth, '[') + std::string(depth, ']'); };
  EXPECT_TRUE(ParseJson(nested(64)).ok());   // the default limit is 64 levels
  EXPECT_FALSE(ParseJson(nested(65)).ok());
  EXPECT_TRUE(ParseJson(nested(3), 3).ok());
  EXPECT_FALSE(ParseJson(nested(4), 3).ok());
  EXPECT_TRUE(ParseJson("\"no containers\"", 0).ok());
  EXPECT_FALSE(ParseJson("{}", 0).ok());
}

// --- AppendJsonString -----------------------------------------------------------------------

TEST(JsonWriteTest, EscapesWhatMustBeEscaped) {
  EXPECT_EQ(Quote(""), "\"\"");
  EXPECT_EQ(Quote("plain text"), "\"plain text\"");
  EXPECT_EQ(Quote("say \"no\""), R"("say \"no\"")");
  EXPECT_EQ(Quote("back\\slash"), R"("back\\slash")");
  EXPECT_EQ(Quote("a\nb\tc\rd"), R"("a\nb\tc\rd")");
  EXPECT_EQ(Quote("\x01"), R"("\u0001")");
  EXPECT_EQ(Quote("\x1F"), R"("\u001f")");
  EXPECT_EQ(Quote("\b\f"), R"("\u0008\u000c")");
  EXPECT_EQ(Quote(std::string(1, '\0')), R"("\u0000")");
  EXPECT_EQ(Quote("/ and \x7F stay"), "\"/ and \x7F stay\"");
  EXPECT_EQ(Quote("caf\xC3\xA9 \xE4\xB8\xAD \xF0\x9F\x98\x80"),
            "\"caf\xC3\xA9 \xE4\xB8\xAD \xF0\x9F\x98\x80\"");
}

TEST(JsonWriteTest, InvalidUtf8IsWrittenAsReplacementChar) {
  EXPECT_EQ(Quote("caf\xE9!"), "\"caf" + kFffd + "!\"");
  EXPECT_EQ(Quote("\xE2\x82" "A"), "\"" + kFffd + "A\"");
  EXPECT_EQ(Quote("\xED\xA0\x80"), "\"" + kFffd + kFffd + kFffd + "\"");
  EXPECT_EQ(Quote("end\xF0\x9F\x98"), "\"end" + kFffd + "\"");
  EXPECT_EQ(Quote("\xFF\xFE"), "\"" + kFffd + kFffd + "\"");
  std::string out = Quote("x\x80y\xC0\xAFz");
  EXPECT_TRUE(IsValidUtf8(out));
}

TEST(JsonWriteTest, AppendsToWhatIsThere) {
  std::string out = "{\"text\":";
  AppendJsonString(&out, "ok");
  EXPECT_EQ(out, "{\"text\":\"ok\"");
}

TEST(JsonWriteTest, RoundTripsTrickyStrings) {
  std::string all_ascii;
  for (int c = 0; c < 128; ++c) all_ascii.push_back(static_cast<char>(c));
  const std::string kTricky[] = {
      "",
      "\"",
      "\\",
      "\\\"",
      "\"\\\"\\",
      "a\"b\\c/d",
      "\\u0041 is not an escape here",
      all_ascii,
      std::string("nul\0inside", 10),
      "line one\nline two\r\n\ttabbed",
      "</script><!-- -->",
      "\xE2\x80\xA8 line separator, \xE2\x80\xA9 paragraph separator",
      "Le pr\xC3\xA9sident, \xE4\xB8\xAD\xE5\x9B\xBD, \xF0\x9F\x98\x80, \xF4\x8F\xBF\xBF",
      "\xEF\xBB\xBF starts with a byte-order mark",
  };
  for (const std::string& s : kTricky) {
    SCOPED_TRACE(s);
    auto v = ParseJson(Quote(s));
    ASSERT_TRUE(v.ok()) << v.status().ToString();
    ASSERT_TRUE(v->is_string());
    EXPECT_EQ(v->text(), s);
  }
}

TEST(JsonWriteTest, RandomStringsRoundTripAsTheirRepair) {
  // For any bytes, the output parses, and parses back to the input with invalid UTF-8 repaired.
  std::mt19937 rng(1987);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    const int n = round % 30;
    for (int i = 0; i < n; ++i) s.push_back(static_cast<char>(byte(rng)));
    std::string quoted = Quote(s);
    ASSERT_TRUE(IsValidUtf8(quoted));
    auto v = ParseJson(quoted);
    ASSERT_TRUE(v.ok()) << v.status().ToString();
    std::string repaired = s;
    RepairUtf8(&repaired);
    EXPECT_EQ(v->text(), repaired);
  }
}

}  // namespace
}  // namespace entente::base
