// ExtractHtml (src/ingest/html_extract.h): paragraphs, furniture removal, the content root,
// metadata, and pages built to break a parser.
#include "ingest/html_extract.h"

#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "test_support.h"

namespace entente::ingest {
namespace {

std::string Page(std::string_view body, std::string_view head = "") {
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + std::string(head) +
         "</head><body>" + std::string(body) + "</body></html>";
}

std::string Text(std::string_view html) { return ExtractHtml(html).text; }

bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

std::string Repeat(std::string_view s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

// --- paragraphs ------------------------------------------------------------------------------

TEST(HtmlExtract, HeadlineAndParagraphsInOrderSeparatedByBlankLines) {
  const std::string html = Page(
      "<article><h1>Envoys meet in Oslo</h1>"
      "<p>OSLO, June 2 (Entente Wire) - Envoys from both sides met on Sunday.</p>"
      "<p>The talks lasted four hours.</p>"
      "<h2>Next steps</h2><p>A second round is planned for July.</p></article>");
  EXPECT_EQ(Text(html),
            "Envoys meet in Oslo\n\n"
            "OSLO, June 2 (Entente Wire) - Envoys from both sides met on Sunday.\n\n"
            "The talks lasted four hours.\n\n"
            "Next steps\n\n"
            "A second round is planned for July.");
}

TEST(HtmlExtract, InlineElementsKeepTheirTextInPlace) {
  EXPECT_EQ(Text(Page("<p>The <em>interim</em> council <strong>rejected</strong> the "
                      "<span class=\"x\">proposal</span>, <i>officials</i> said.</p>")),
            "The interim council rejected the proposal, officials said.");
  // No space is invented between adjacent inline elements.
  EXPECT_EQ(Text(Page("<p><b>Kyiv</b><span>-based</span> analysts</p>")), "Kyiv-based analysts");
}

TEST(HtmlExtract, WhiteSpaceCollapsedAndEmptyParagraphsSkipped) {
  EXPECT_EQ(Text(Page("<p>  The   mission\n\t will \r\n stay.  </p><p> </p><p></p>"
                      "<div>\n  <p>Second.</p>\n</div>")),
            "The mission will stay.\n\nSecond.");
}

TEST(HtmlExtract, DivWithTextOfItsOwnIsAParagraph) {
  EXPECT_EQ(Text(Page("<div>Troops withdrew from the town.<div>Residents returned.</div>"
                      "Shops reopened.</div>")),
            "Troops withdrew from the town.\n\nResidents returned.\n\nShops reopened.");
}

TEST(HtmlExtract, BrBecomesANewline) {
  EXPECT_EQ(Text(Page("<p>Ministry of Foreign Affairs<br>Press Office<br/>\n  Geneva</p>")),
            "Ministry of Foreign Affairs\nPress Office\nGeneva");
  // At most one empty line from a run of <br>, none at the edges.
  EXPECT_EQ(Text(Page("<p><br>First line.<br><br><br><br>Second line.<br></p>")),
            "First line.\n\nSecond line.");
}

TEST(HtmlExtract, PreKeepsItsLineBreaks) {
  EXPECT_EQ(Text(Page("<pre>Item 1:  ceasefire\nItem 2:  prisoners</pre>")),
            "Item 1: ceasefire\nItem 2: prisoners");
}

TEST(HtmlExtract, TableCellsAreParagraphs) {
  EXPECT_EQ(Text(Page("<table><tr><th>Country</th><th>Pledge</th></tr>"
                      "<tr><td>Norway</td><td>$12 million</td></tr></table>")),
            "Country\n\nPledge\n\nNorway\n\n$12 million");
}

TEST(HtmlExtract, EntitiesAreDecodedToUtf8) {
  EXPECT_EQ(Text(Page("<p>Aid&nbsp;convoy &amp; escort &#8217;cleared&#x2019; &lt;Rafah&gt; "
                      "&eacute;t&eacute; &copy;</p>")),
            "Aid convoy & escort \u2019cleared\u2019 <Rafah> \u00e9t\u00e9 \u00a9");
}

// --- furniture -------------------------------------------------------------------------------

TEST(HtmlExtract, DropsNavigationFootersBannersAndBoxes) {
  const std::string html = Page(
      "<header><a href=\"/\">Daily Example</a><p>Tuesday edition</p></header>"
      "<nav><ul><li><a href=\"/w\">World</a></li><li><a href=\"/b\">Business</a></li></ul></nav>"
      "<div id=\"cookie-notice\"><p>This site stores cookies on your device.</p></div>"
      "<div class=\"consent-overlay\"><p>Allow personalised content?</p></div>"
      "<article>"
      "<p>Rescue teams reached the flooded villages on Monday, the governor said.</p>"
      "<div class=\"subscribe-box\"><p>Subscribe for unlimited reading.</p></div>"
      "<div class=\"newsletter\"><p>Get our morning briefing by email.</p></div>"
      "<div class=\"share-tools\"><p>Share this story with your friends today.</p></div>"
      "<div class=\"social_links\"><p>Follow our correspondents wherever you are.</p></div>"
      "<p>About 300 families were moved to schools.</p>"
      "<aside><p>Background: the river burst its banks in 2019.</p></aside>"
      "<div id=\"comments\"><p>Reader comments are closed.</p></div>"
      "<figure><figcaption>Flooded road, Monday.</figcaption></figure>"
      "<form><label>Your email</label><input name=\"e\"><button>Send</button></form>"
      "</article>"
      "<footer><p>Copyright notice and legal information</p></footer>"
      "<script>document.write('script text');</script><style>p{color:red}</style>"
      "<noscript>Please enable JavaScript.</noscript>");
  const HtmlPage page = ExtractHtml(html);
  EXPECT_EQ(page.text,
            "Rescue teams reached the flooded villages on Monday, the governor said.\n\n"
            "About 300 families were moved to schools.");
  for (std::string_view gone :
       {"Daily Example", "Tuesday edition", "World", "cookies", "personalised", "Subscribe",
        "briefing", "Share this", "correspondents", "Background", "comments are closed",
        "Flooded road", "Your email", "Send", "Copyright", "script text", "color",
        "JavaScript"}) {
    EXPECT_FALSE(Contains(page.text, gone)) << gone;
  }
  // subscribe, newsletter, share, social, aside, comments, figcaption, form.
  EXPECT_EQ(page.dropped_blocks, 8u);
}

TEST(HtmlExtract, DropsFurnitureWithoutAnArticleElement) {
  const std::string html = Page(
      "<div role=\"navigation\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>"
      "<div class=\"breadcrumbs\">Home &gt; World &gt; Europe</div>"
      "<div id=\"content\">"
      "<h1>Parliament approves budget</h1>"
      "<p>The assembly passed the budget by 201 votes to 118 after a nine-hour debate.</p>"
      "</div>"
      "<div role=\"contentinfo\"><p>Contact the newsroom</p></div>"
      "<div class=\"ad-slot\">Advertisement placeholder</div>"
      "<div class=\"popup modal\"><p>Before you go: read our best stories</p></div>");
  const HtmlPage page = ExtractHtml(html);
  EXPECT_EQ(page.text,
            "Parliament approves budget\n\n"
            "The assembly passed the budget by 201 votes to 118 after a nine-hour debate.");
  EXPECT_EQ(page.dropped_blocks, 5u);
}

TEST(HtmlExtract, MarkersMatchWholeWordsOnly) {
  const std::string html = Page(
      "<div class=\"share-bar\"><p>Marker with a hyphen.</p></div>"
      "<div class=\"social_share\"><p>Marker after an underscore.</p></div>"
      "<div class=\"floatingShareBar\"><p>Marker inside camelCase.</p></div>"
      "<div id=\"site-menu\"><p>Marker in an id.</p></div>"
      "<div aria-label=\"Related coverage\"><p>Marker in an aria-label.</p></div>"
      "<div class=\"SKIP-LINK\"><p>Two-word marker in capitals.</p></div>"
      "<div class=\"shareholders-report\"><p>Shareholders approved the merger.</p></div>"
      "<div class=\"article-body shareable-text\"><p>The strike entered its third week.</p></div>"
      "<div class=\"headline-advertorial navigator\"><p>Ports reopened on Friday.</p></div>");
  EXPECT_EQ(Text(html),
            "Shareholders approved the merger.\n\n"
            "The strike entered its third week.\n\n"
            "Ports reopened on Friday.");
}

TEST(HtmlExtract, MarkedWrapperHoldingMostOfTheTextIsKept) {
  // A layout class on the element that holds the story is not a box beside it.
  const std::string html =
      Page("<div class=\"layout has-sidebar\">"
           "<p>The central bank raised its main rate by half a point to 7.5 percent.</p>"
           "<p>It was the third increase this year, the bank said in a statement.</p>"
           "<div class=\"sidebar\"><p>Markets today</p></div>"
           "</div>");
  EXPECT_EQ(Text(html),
            "The central bank raised its main rate by half a point to 7.5 percent.\n\n"
            "It was the third increase this year, the bank said in a statement.");
}

TEST(HtmlExtract, HeaderInsideArticleIsKeptPageHeaderIsNot) {
  // No article: the root is <body>, and the page header goes.
  EXPECT_EQ(Text(Page("<header><h1>The Example Times</h1><p>Independent since 1901</p></header>"
                      "<h1>Border crossing reopens</h1>"
                      "<p>The crossing reopened at dawn after a week of closure.</p>")),
            "Border crossing reopens\n\n"
            "The crossing reopened at dawn after a week of closure.");
  // A header inside the article holds the headline and stays.
  const std::string html = Page(
      "<header><h1>The Example Times</h1></header>"
      "<div><article><header><h1>Border crossing reopens</h1>"
      "<p class=\"standfirst\">Trucks queued for kilometres.</p></header>"
      "<p>The crossing reopened at dawn after a week of closure.</p></article></div>");
  EXPECT_EQ(Text(html),
            "Border crossing reopens\n\nTrucks queued for kilometres.\n\n"
            "The crossing reopened at dawn after a week of closure.");
}

TEST(HtmlExtract, HiddenElementsAreDropped) {
  EXPECT_EQ(Text(Page("<p>Visible report.</p><p hidden>Hidden draft.</p>")), "Visible report.");
}

// --- link density ----------------------------------------------------------------------------

TEST(HtmlExtract, LinkDenseListsAreDroppedAParagraphWithOneLinkStays) {
  const std::string html = Page(
      "<article>"
      "<p>The agency published <a href=\"/r\">its annual report</a> on Wednesday, warning that "
      "food prices in the region could rise further before the harvest.</p>"
      "<ul><li><a href=\"/1\">Drought deepens in the south</a></li>"
      "<li><a href=\"/2\">Wheat exports halted</a></li>"
      "<li><a href=\"/3\">Aid agencies appeal for funds, and a much longer headline that goes on "
      "and on about the state of the region's granaries, its ports and its roads, far past two "
      "hundred characters so that only the list rule can catch it</a></li></ul>"
      "<ul><li>Prices of bread rose 12 percent.</li><li>Fuel rose 8 percent.</li></ul>"
      "<p><a href=\"/more\">Read more</a></p>"
      "<p>See <a href=\"/statement\">the full statement</a>.</p>"
      "</article>");
  const HtmlPage page = ExtractHtml(html);
  EXPECT_EQ(page.text,
            "The agency published its annual report on Wednesday, warning that food prices in the "
            "region could rise further before the harvest.\n\n"
            "Prices of bread rose 12 percent.\n\n"
            "Fuel rose 8 percent.");
  EXPECT_FALSE(Contains(page.text, "Drought"));
  EXPECT_FALSE(Contains(page.text, "granaries"));
  // The link list once, "Read more" and "See the full statement." (short, mostly link) once each.
  EXPECT_EQ(page.dropped_blocks, 3u);
}

TEST(HtmlExtract, LongParagraphThatIsMostlyLinksStays) {
  const std::string link_text(220, 'x');
  const std::string html =
      Page("<p>See <a href=\"/a\">" + link_text + "</a></p><div><a href=\"/b\">Home</a></div>");
  EXPECT_EQ(Text(html), "See " + link_text);
}

TEST(HtmlExtract, LinkedHeadlineIsKept) {
  EXPECT_EQ(Text(Page("<article><h1><a href=\"/story\">Rebels sign truce</a></h1>"
                      "<p>The truce takes effect at midnight.</p></article>")),
            "Rebels sign truce\n\nThe truce takes effect at midnight.");
}

// --- the content root ------------------------------------------------------------------------

TEST(HtmlExtract, ArticleIsPreferredOverBody) {
  const std::string html = Page(
      "<div><p>Top stories of the day from around the world and beyond.</p></div>"
      "<article><p>The minister resigned on Thursday.</p></article>"
      "<div><p>Weather: sunny spells, light winds in the afternoon.</p></div>");
  EXPECT_EQ(Text(html), "The minister resigned on Thursday.");
}

TEST(HtmlExtract, LargestArticleWins) {
  const std::string html = Page(
      "<article><p>Short teaser.</p></article>"
      "<article><p>The summit ended without a joint communique, diplomats said.</p>"
      "<p>Delegates will meet again in October.</p></article>"
      "<article><p>Another teaser.</p></article>");
  EXPECT_EQ(Text(html),
            "The summit ended without a joint communique, diplomats said.\n\n"
            "Delegates will meet again in October.");
}

TEST(HtmlExtract, ArticlesInsideFurnitureAreNotCandidates) {
  // The teaser card in the "related" box is longer than the story but is not the story.
  const std::string html = Page(
      "<main><p>Voters in the capital queued from early morning.</p></main>"
      "<div class=\"related-stories\"><article><p>A much longer teaser about a different "
      "election held two years ago in a neighbouring country, with plenty of words.</p>"
      "</article></div>");
  EXPECT_EQ(Text(html), "Voters in the capital queued from early morning.");
}

TEST(HtmlExtract, MainOrRoleMainWithoutArticle) {
  EXPECT_EQ(Text(Page("<p>Outside text here.</p><main><p>Inside main.</p></main>")),
            "Inside main.");
  EXPECT_EQ(Text(Page("<p>Outside text here.</p><div role=\"main\"><p>Inside role.</p></div>")),
            "Inside role.");
}

TEST(HtmlExtract, EmptyArticleFallsBackToBody) {
  EXPECT_EQ(Text(Page("<article><video src=\"a.mp4\"></video></article>"
                      "<p>The only text on the page.</p>")),
            "The only text on the page.");
}

// --- metadata --------------------------------------------------------------------------------

TEST(HtmlExtract, MetadataFromOpenGraphAndLinks) {
  const std::string html = Page(
      "<p>Body.</p>",
      "<title>Page title | Site</title>"
      "<meta property=\"og:title\" content=\"  Open  Graph title \">"
      "<meta property=\"og:site_name\" content=\"Example Wire\">"
      "<meta property=\"og:url\" content=\"https://example.org/og\">"
      "<link rel=\"Canonical\" href=\"https://example.org/canonical\">"
      "<meta name=\"date\" content=\"2020-01-01\">"
      "<meta property=\"article:published_time\" content=\"2024-03-03T08:00:00Z\">");
  const HtmlPage page = ExtractHtml(html);
  EXPECT_EQ(page.title, "Open Graph title");
  EXPECT_EQ(page.source, "Example Wire");
  EXPECT_EQ(page.url, "https://example.org/canonical");
  EXPECT_EQ(page.date, "2024-03-03T08:00:00Z");  // the most specific date meta wins
}

TEST(HtmlExtract, MetadataFallbacks) {
  HtmlPage page = ExtractHtml(Page("<p>Body.</p>",
                                   "<title>\n  Title   element </title>"
                                   "<meta property=\"og:url\" content=\"https://example.org/og\">"
                                   "<meta name=\"publisher\" content=\"Example Daily\">"
                                   "<meta name=\"DC.date.issued\" content=\"2023-11-30\">"));
  EXPECT_EQ(page.title, "Title element");
  EXPECT_EQ(page.url, "https://example.org/og");
  EXPECT_EQ(page.source, "Example Daily");
  EXPECT_EQ(page.date, "2023-11-30");

  page = ExtractHtml(Page("<h1>First <em>heading</em></h1><p>Body.</p>"));
  EXPECT_EQ(page.title, "First heading");
  EXPECT_EQ(page.date, "");
  EXPECT_EQ(page.url, "");
  EXPECT_EQ(page.source, "");
}

TEST(HtmlExtract, DateFromTimeElementInsideTheArticle) {
  const std::string html =
      Page("<div><time datetime=\"2001-01-01\">old</time></div>"
           "<article><p>Posted <time datetime=\" 2024-02-29T10:00:00+01:00 \">Thursday</time>"
           " by the desk.</p><time datetime=\"2024-03-01\">later</time></article>");
  EXPECT_EQ(ExtractHtml(html).date, "2024-02-29T10:00:00+01:00");
  // A meta date comes first.
  EXPECT_EQ(ExtractHtml(Page("<article><time datetime=\"2024-02-29\">x</time></article>",
                             "<meta name=\"pubdate\" content=\"2024-01-15\">"))
                .date,
            "2024-01-15");
}

// --- pages without text, and hostile pages ---------------------------------------------------

TEST(HtmlExtract, NavigationOnlyPageGivesEmptyText) {
  const HtmlPage page = ExtractHtml(testing::ReadFileOrDie(testing::TestDataPath("html/nav_only.html")));
  EXPECT_EQ(page.text, "");
  EXPECT_GT(page.dropped_blocks, 0u);
  EXPECT_EQ(page.title, "Sections | Entente Test Herald");
}

TEST(HtmlExtract, EmptyAndNonHtmlInput) {
  EXPECT_EQ(Text(""), "");
  EXPECT_EQ(Text("   \n"), "");
  EXPECT_EQ(Text("Just a line of plain text."), "Just a line of plain text.");
  EXPECT_EQ(Text("<"), "<");
  EXPECT_EQ(Text("<!--"), "");
  EXPECT_EQ(Text("<p title=\"unterminated"), "");
}

TEST(HtmlExtract, NulBytesAndBinaryGarbage) {
  const std::string with_nul = Page(std::string("<p>Before\0after</p>", 19));
  EXPECT_EQ(Text(with_nul), "Beforeafter");

  std::mt19937 rng(20240512);
  for (int round = 0; round < 20; ++round) {
    std::string junk(4096, '\0');
    for (char& c : junk) c = static_cast<char>(rng());
    // Sprinkle markup among the noise so the parser and the nesting guard both get exercised.
    for (std::string_view piece : {"<div>", "<p>", "</div>", "<!--", "<script>", "<svg>", "</"}) {
      junk.insert(rng() % junk.size(), piece);
    }
    const HtmlPage page = ExtractHtml(junk);
    EXPECT_TRUE(base::IsValidUtf8(page.text));
    EXPECT_TRUE(base::IsValidUtf8(page.title));
    EXPECT_GT(page.invalid_utf8, 0u);
  }
}

TEST(HtmlExtract, InvalidUtf8IsCountedAndReplaced) {
  const HtmlPage page = ExtractHtml(Page("<p>Caf\xE9 du \xFF\xFEport</p>"));
  EXPECT_EQ(page.text, "Caf\uFFFD du \uFFFD\uFFFDport");
  EXPECT_EQ(page.invalid_utf8, 3u);
  EXPECT_EQ(ExtractHtml(Page("<p>Caf\u00e9</p>")).invalid_utf8, 0u);
}

TEST(HtmlExtract, ByteOrderMarkRepairsAndCappingTogether) {
  // The parser reads tag names from the bytes it was given: each stage's copy must outlive it.
  const std::string html = "\xEF\xBB\xBF<dialog>Cookie choices</dialog><p>Caf\xE9</p>" +
                           Repeat("<div>", 1000) + "<news-card>Deep</news-card>";
  const HtmlPage page = ExtractHtml(html);
  EXPECT_EQ(page.text, "Caf\uFFFD\n\nDeep");
  EXPECT_EQ(page.invalid_utf8, 1u);
  EXPECT_EQ(page.flattened_tags, 1000u - kMaxHtmlNesting + 1);  // the divs and <news-card>
  EXPECT_EQ(page.dropped_blocks, 1u);                            // the dialog
}

TEST(HtmlExtract, UnclosedAndMisnestedTags) {
  EXPECT_EQ(Text("<html><body><p>One<p>Two<div>Three<p><b>Four<i>Five</b>Six"),
            "One\n\nTwo\n\nThree\n\nFourFiveSix");
  EXPECT_EQ(Text("<ul><li>Alpha<li>Beta</ul><table><tr><td>Gamma<td>Delta"),
            "Alpha\n\nBeta\n\nGamma\n\nDelta");
}

TEST(HtmlExtract, ScriptContentDoesNotConfuseTheParserOrTheGuard) {
  const std::string html = Page(
      "<script>var s = '" + Repeat("<div>", 2000) + "';</script>"
      "<p>After the script.</p>");
  const HtmlPage page = ExtractHtml(html);
  EXPECT_EQ(page.text, "After the script.");
  EXPECT_EQ(page.flattened_tags, 0u);
}

TEST(HtmlExtract, HundredThousandNestedDivs) {
  const auto start = std::chrono::steady_clock::now();
  const std::string html = Page(Repeat("<div>", 100000) + "Deep text." + Repeat("</div>", 100000) +
                                "<p>After the nest.</p>");
  const HtmlPage page = ExtractHtml(html);
  EXPECT_EQ(page.text, "Deep text.\n\nAfter the nest.");
  EXPECT_EQ(page.flattened_tags, 100000u - kMaxHtmlNesting);
  // Without the cap, libgumbo alone needs about 40 seconds for this page.
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
}

TEST(HtmlExtract, DeepNestingOfOtherKinds) {
  struct Case {
    std::string_view open;
    bool text_kept;  // false where the deepest text sits in an element whose content is dropped
  };
  // Inline elements, lists, formatting elements, tables, SVG, "self-closing" divs (which HTML
  // opens), object fallback content and ruby annotations, none of them closed.
  for (const Case& c : {Case{"<span>", true}, Case{"<ul><li>", true}, Case{"<b><i>", true},
                        Case{"<table><tr><td>", true}, Case{"<div/>", true}, Case{"<font>", true},
                        Case{"<rt>", true}, Case{"<svg><g>", false}, Case{"<object>", false}}) {
    const HtmlPage page = ExtractHtml(Page(Repeat(c.open, 60000) + "Deep text."));
    EXPECT_EQ(Contains(page.text, "Deep text."), c.text_kept) << c.open;
    EXPECT_GT(page.flattened_tags, 0u) << c.open;
  }
}

TEST(HtmlExtract, NestingAtTheCapIsNotFlattened) {
  const std::string html = Repeat("<div>", 400) + "<p>Text.</p>" + Repeat("</div>", 400);
  const HtmlPage page = ExtractHtml(html);
  EXPECT_EQ(page.flattened_tags, 0u);
  EXPECT_EQ(page.text, "Text.");
  // Thousands of sibling paragraphs and items with unclosed inline elements in them are not
  // deep nesting either: the parser closes them, and so must the guard's model of it.
  for (std::string_view sibling : {"<p><font face=x><b>Line</p>", "<p><span>Line",
                                   "<li><em>Item", "<dt><i>Term<dd><b>Definition",
                                   "<h2>Heading<h3>Subheading",
                                   "<section><div><span>Closed</span></div></section>",
                                   "<b>Bold</b> <a href=x>link</a> "}) {
    const HtmlPage sloppy = ExtractHtml(Page("<div>" + Repeat(sibling, 3000) + "</div>"));
    EXPECT_EQ(sloppy.flattened_tags, 0u) << sibling;
  }
}

TEST(HtmlExtract, TagsPastTheElementCapAreLeftOutTextKept) {
  HtmlLimits limits;
  limits.max_elements = 1000;
  const std::string html = Page(Repeat("<p>Item ", 2000) + "<!-- note -->" +
                                "<script>var s = 'hidden code';</script><p>Tail.");
  const HtmlPage page = ExtractHtml(html, limits);
  // Kept: the doctype, html, head, meta, body and 995 paragraphs. Left out: 1,005 paragraphs,
  // the comment, the script (with its content) and the last paragraph.
  EXPECT_EQ(page.ignored_tags, 1008u);
  EXPECT_EQ(page.flattened_tags, 0u);
  EXPECT_TRUE(page.text.ends_with("Item Item Tail.")) << page.text.substr(page.text.size() - 40);
  EXPECT_FALSE(Contains(page.text, "hidden code"));
  size_t paragraphs = 1;
  for (size_t at = page.text.find("\n\n"); at != std::string::npos;
       at = page.text.find("\n\n", at + 2)) {
    ++paragraphs;
  }
  EXPECT_EQ(paragraphs, 995u);
  // The default cap is far above a real page.
  EXPECT_EQ(ExtractHtml(html).ignored_tags, 0u);
}

TEST(HtmlExtract, TwentyMegabytePage) {
  const std::string paragraph =
      "<p>The delegation met officials of the foreign ministry and discussed the "
      "<a href=\"/pledge\">aid pledge</a> for the coming year, a statement said.</p>\n";
  const size_t n = (20u << 20) / paragraph.size();
  const std::string html =
      Page("<nav><a href=\"/\">Home</a></nav><article><h1>Long page</h1>" +
           Repeat(paragraph, n) + "<p>Final paragraph.</p></article>");
  ASSERT_GE(html.size(), 20u << 20);
  const HtmlPage page = ExtractHtml(html);
  EXPECT_EQ(page.text.substr(0, 11), "Long page\n\n");
  EXPECT_TRUE(page.text.ends_with("\n\nFinal paragraph."));
  EXPECT_FALSE(Contains(page.text, "Home"));
}

// --- golden file -----------------------------------------------------------------------------

// A whole news page with every kind of furniture, against its expected text. The expected file
// ends with a newline, as text files do; the extracted text does not.
TEST(HtmlExtract, GoldenArticle) {
  const HtmlPage page =
      ExtractHtml(testing::ReadFileOrDie(testing::TestDataPath("html/article1.html")));
  EXPECT_EQ(page.text + "\n",
            testing::ReadFileOrDie(testing::TestDataPath("html/article1.expected.txt")));
  EXPECT_EQ(page.title, "Austria and Slovenia to set up joint rail freight commission");
  EXPECT_EQ(page.date, "2024-05-12T09:30:00+02:00");
  EXPECT_EQ(page.url, "https://herald.example.org/world/2024/05/12/rail-commission");
  EXPECT_EQ(page.source, "Entente Test Herald");
}

}  // namespace
}  // namespace entente::ingest
