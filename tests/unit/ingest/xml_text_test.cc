#include "ingest/xml_text.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace entente::ingest {
namespace {

constexpr size_t kNpos = std::string_view::npos;

TEST(XmlTextTest, FindMarkupSkipsCommentsThatHoldDoubleDashes) {
  // Strict XML forbids "--" inside a comment; the suites have it, and it must not end the comment.
  std::string_view s = "<!-- a -- b <Sentence> -- c --><Sentence id=\"x\">";
  XmlOpenMarkup open = XmlOpenMarkup::kNone;
  size_t p = FindXmlMarkup(s, 0, &open);
  ASSERT_NE(p, kNpos);
  EXPECT_EQ(s.substr(p, 9), "<Sentence");
  EXPECT_EQ(p, s.find("--><") + 3);
  EXPECT_EQ(open, XmlOpenMarkup::kNone);
}

TEST(XmlTextTest, FindMarkupCarriesAnOpenCommentAcrossLines) {
  XmlOpenMarkup open = XmlOpenMarkup::kNone;
  EXPECT_EQ(FindXmlMarkup("text <!-- opens here", 0, &open), kNpos);
  EXPECT_EQ(open, XmlOpenMarkup::kComment);
  EXPECT_EQ(FindXmlMarkup("<Sentence> still inside", 0, &open), kNpos);
  EXPECT_EQ(open, XmlOpenMarkup::kComment);
  EXPECT_EQ(FindXmlMarkup("closes --> <Text>", 0, &open), 11u);
  EXPECT_EQ(open, XmlOpenMarkup::kNone);
}

TEST(XmlTextTest, FindMarkupSkipsDeclarationsAndCdata) {
  XmlOpenMarkup open = XmlOpenMarkup::kNone;
  std::string_view s = "<?xml version='1.0'?><![CDATA[ <Text> ]]><Text>";
  EXPECT_EQ(FindXmlMarkup(s, 0, &open), s.rfind('<'));
  open = XmlOpenMarkup::kNone;
  EXPECT_EQ(FindXmlMarkup("<?xml version='1.0'", 0, &open), kNpos);
  EXPECT_EQ(open, XmlOpenMarkup::kProcessingInstruction);
  EXPECT_EQ(FindXmlMarkup("?><a>", 0, &open), 2u);
}

TEST(XmlTextTest, StartAndEndTagsMatchWholeCaseSensitiveNames) {
  EXPECT_TRUE(IsXmlStartTag("<Sentence id=\"1\">", 0, "Sentence"));
  EXPECT_TRUE(IsXmlStartTag("<Sentence>", 0, "Sentence"));
  EXPECT_TRUE(IsXmlStartTag("<Sentence/>", 0, "Sentence"));
  EXPECT_TRUE(IsXmlStartTag("<Sentence", 0, "Sentence"));  // attributes on the next line
  EXPECT_FALSE(IsXmlStartTag("<Sentences>", 0, "Sentence"));
  EXPECT_FALSE(IsXmlStartTag("<sentence>", 0, "Sentence"));
  EXPECT_FALSE(IsXmlStartTag("</Sentence>", 0, "Sentence"));
  EXPECT_FALSE(IsXmlStartTag("x<Sentence>", 0, "Sentence"));

  size_t after = 0;
  EXPECT_TRUE(IsXmlEndTag("</Text >x", 0, "Text", &after));
  EXPECT_EQ(after, 8u);
  EXPECT_FALSE(IsXmlEndTag("</Texts>", 0, "Text"));
  EXPECT_FALSE(IsXmlEndTag("</Text", 0, "Text"));
  EXPECT_FALSE(IsXmlEndTag("<Text>", 0, "Text"));
}

TEST(XmlTextTest, ParsesAttributesInTheSuitesSpellings) {
  // PETRARCH-1's PARSING records put spaces around '='; single quotes are legal XML too.
  std::string_view s =
      "<Sentence date = \"20080801\" id ='A&amp;B-1'  category=DEMO flag "
      "note=\"a > b\" valid=\"true\">rest";
  auto tag = ParseXmlStartTag(s, 0, "Sentence");
  ASSERT_TRUE(tag.has_value());
  EXPECT_EQ(tag->begin, 0u);
  EXPECT_EQ(s.substr(tag->end), "rest");
  EXPECT_FALSE(tag->self_closing);
  ASSERT_NE(tag->Find("date"), nullptr);
  EXPECT_EQ(*tag->Find("date"), "20080801");
  EXPECT_EQ(*tag->Find("id"), "A&B-1");
  EXPECT_EQ(*tag->Find("category"), "DEMO");
  EXPECT_EQ(*tag->Find("flag"), "");
  EXPECT_EQ(*tag->Find("note"), "a > b");
  EXPECT_EQ(*tag->Find("valid"), "true");
  EXPECT_EQ(tag->Find("missing"), nullptr);
  EXPECT_EQ(tag->attributes.size(), 6u);
}

TEST(XmlTextTest, ParsesSelfClosingAndMultiLineTags) {
  auto tag = ParseXmlStartTag("<EventCoding eventcode=\"050\" sourcecode='ARN' />", 0,
                              "EventCoding");
  ASSERT_TRUE(tag.has_value());
  EXPECT_TRUE(tag->self_closing);
  EXPECT_EQ(*tag->Find("sourcecode"), "ARN");

  tag = ParseXmlStartTag("<Sentence\n  id=\"x\"\n  date=\"20200101\"\n>", 0, "Sentence");
  ASSERT_TRUE(tag.has_value());
  EXPECT_EQ(*tag->Find("date"), "20200101");
}

TEST(XmlTextTest, RejectsUnfinishedTags) {
  EXPECT_FALSE(ParseXmlStartTag("<Sentence id=\"x\"", 0, "Sentence").has_value());
  EXPECT_FALSE(ParseXmlStartTag("<Sentence id=\"x>", 0, "Sentence").has_value());
  EXPECT_FALSE(ParseXmlStartTag("<Sentence id=\"x <Text>\">", 0, "Sentence").has_value());
  EXPECT_FALSE(ParseXmlStartTag("<Sentence id= <Text>", 0, "Sentence").has_value());
  EXPECT_FALSE(ParseXmlStartTag("<Sentences>", 0, "Sentence").has_value());
  EXPECT_FALSE(ParseXmlStartTag("", 0, "Sentence").has_value());
  EXPECT_FALSE(ParseXmlStartTag("<Sentence>", 50, "Sentence").has_value());
}

TEST(XmlTextTest, FindStartTagIgnoresCommentsAndBrokenTags) {
  std::string_view s = "<!-- <Text a=\"1\"> --><Text b=\"2\"\n<Text c=\"3\">body</Text>";
  auto tag = FindXmlStartTag(s, "Text");
  ASSERT_TRUE(tag.has_value());
  ASSERT_NE(tag->Find("c"), nullptr);
  EXPECT_EQ(s.substr(tag->end, 4), "body");
  EXPECT_FALSE(FindXmlStartTag(s, "Text", tag->end).has_value());
  EXPECT_FALSE(FindXmlStartTag(s, "Parse").has_value());
}

TEST(XmlTextTest, FindEndTagMatchesNestingAndSkipsComments) {
  std::string_view s = "<a>x<!-- </a> --><a>y</a><a/>z</a >tail";
  size_t after = 0;
  size_t end = FindXmlEndTag(s, "a", 3, &after);
  ASSERT_NE(end, kNpos);
  EXPECT_EQ(s.substr(after), "tail");
  EXPECT_EQ(s.substr(3, end - 3), "x<!-- </a> --><a>y</a><a/>z");
  EXPECT_EQ(FindXmlEndTag("<a>no end", "a", 3), kNpos);
  EXPECT_EQ(FindXmlEndTag("<a><a></a>", "a", 3), kNpos);
}

TEST(XmlTextTest, DecodesEntitiesAndLeavesUnknownOnesAsWritten) {
  struct Case {
    std::string_view in, out;
  };
  const Case cases[] = {
      {"a &amp; b", "a & b"},
      {"&lt;tag&gt; &quot;q&quot; &apos;s&apos;", "<tag> \"q\" 's'"},
      {"caf&#233;", "caf\xC3\xA9"},
      {"&#x2014;&#X41;&#x1F600;", "\xE2\x80\x94" "A" "\xF0\x9F\x98\x80"},
      {"&amp;amp;", "&amp;"},          // decoded once, not twice
      {"&unknown; &nbsp;", "&unknown; &nbsp;"},
      {"AT&T and R&D", "AT&T and R&D"},  // bare ampersands
      {"&amp", "&amp"},                // unterminated
      {"& amp;", "& amp;"},
      {"&#0; &#xD800; &#x110000; &#99999999999;", "&#0; &#xD800; &#x110000; &#99999999999;"},
      {"&#; &#x; &#12a;", "&#; &#x; &#12a;"},
      {"&&amp;", "&&"},
      {"", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(DecodeXmlEntities(c.in), c.out) << c.in;
  }
}

TEST(XmlTextTest, TextContentDropsCommentsAndKeepsCdata) {
  EXPECT_EQ(XmlTextContent("a<!-- gone -- really -->b"), "ab");
  EXPECT_EQ(XmlTextContent("x <![CDATA[<b>&amp;</b>]]> &amp; y"), "x <b>&amp;</b> & y");
  EXPECT_EQ(XmlTextContent("p<?pi stuff?>q"), "pq");
  EXPECT_EQ(XmlTextContent("kept <!-- never closed"), "kept ");
  EXPECT_EQ(XmlTextContent("1 < 2 &lt; 3"), "1 < 2 < 3");
}

TEST(XmlTextTest, CollapsesWhiteSpace) {
  EXPECT_EQ(CollapseXmlWhiteSpace("\n  Velmora  signed\r\n\tthe\x0b" "accord \n"),
            "Velmora signed the accord");
  EXPECT_EQ(CollapseXmlWhiteSpace(" \n\t "), "");
  EXPECT_EQ(CollapseXmlWhiteSpace("one"), "one");
}

}  // namespace
}  // namespace entente::ingest
