// The HTML reader (src/ingest/reader_html.cc): one page, one document; metadata normalised;
// warnings for unreadable dates, pages without text, empty files and pages over the size limit.
#include <gtest/gtest.h>
#include <zlib.h>

#include <memory>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "entente/ingest.h"
#include "ingest/html_extract.h"
#include "test_support.h"

namespace entente::ingest {
namespace {

using entente::testing::TestDataPath;
using entente::testing::WriteTempFile;
using Severity = Diagnostic::Severity;

// An open reader and the diagnostics it reported.
struct OpenedPage {
  std::unique_ptr<DocumentReader> reader;
  std::vector<Diagnostic> diagnostics;
};

std::unique_ptr<OpenedPage> Open(const std::string& path, ReaderOptions options = {}) {
  auto r = std::make_unique<OpenedPage>();
  auto* diags = &r->diagnostics;
  auto opened = DocumentReader::Open(path, options, [diags](const Diagnostic& d) {
    diags->push_back(d);
  });
  EXPECT_TRUE(opened.ok()) << opened.status().ToString();
  if (!opened.ok()) return nullptr;
  r->reader = std::move(*opened);
  return r;
}

bool Contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

std::string Page(const std::string& head, const std::string& body) {
  return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
}

TEST(HtmlReader, OnePageIsOneDocument) {
  const std::string path = TestDataPath("html/article1.html");
  auto r = Open(path);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->reader->format(), InputFormat::kHtml);  // from the .html name
  Document doc;
  ASSERT_TRUE(r->reader->Next(&doc));
  EXPECT_EQ(doc.id, "article1.html");
  EXPECT_EQ(doc.origin, path);
  EXPECT_EQ(doc.title, "Austria and Slovenia to set up joint rail freight commission");
  EXPECT_EQ(doc.date, "2024-05-12");  // 09:30 in Vienna is 07:30 UTC, the same day
  EXPECT_EQ(doc.url, "https://herald.example.org/world/2024/05/12/rail-commission");
  EXPECT_EQ(doc.source, "Entente Test Herald");
  EXPECT_EQ(doc.text + "\n",
            testing::ReadFileOrDie(TestDataPath("html/article1.expected.txt")));
  EXPECT_EQ(doc.repaired_utf8, 0u);
  EXPECT_FALSE(r->reader->Next(&doc));
  EXPECT_TRUE(r->reader->status().ok());
  EXPECT_EQ(r->reader->counts().documents, 1u);
  EXPECT_EQ(r->reader->counts().bytes, testing::ReadFileOrDie(path).size());
  EXPECT_TRUE(r->diagnostics.empty());  // furniture is dropped without a word
}

TEST(HtmlReader, DateConvertedToUtc) {
  const std::string path = WriteTempFile(
      "html_late.html",
      Page("<meta property=\"article:published_time\" content=\"2024-03-03T22:30:00-05:00\">",
           "<p>Late-evening statement from the ministry.</p>"));
  auto r = Open(path);
  ASSERT_NE(r, nullptr);
  Document doc;
  ASSERT_TRUE(r->reader->Next(&doc));
  EXPECT_EQ(doc.date, "2024-03-04");
}

TEST(HtmlReader, UnreadableDateIsAWarningAndThePageIsStillRead) {
  const std::string path = WriteTempFile(
      "html_bad_date.html",
      Page("<meta name=\"date\" content=\"2024-13-45\">",
           "<p>The council met on an unknown day.</p>"));
  auto r = Open(path);
  ASSERT_NE(r, nullptr);
  Document doc;
  ASSERT_TRUE(r->reader->Next(&doc));
  EXPECT_EQ(doc.date, "");
  EXPECT_EQ(doc.text, "The council met on an unknown day.");
  ASSERT_EQ(r->diagnostics.size(), 1u);
  EXPECT_EQ(r->diagnostics[0].severity, Severity::kWarning);
  EXPECT_EQ(r->diagnostics[0].where, path);
  EXPECT_TRUE(Contains(r->diagnostics[0].message, "2024-13-45")) << r->diagnostics[0].message;
  EXPECT_EQ(r->reader->counts().warnings, 1u);
  EXPECT_EQ(r->reader->counts().skipped, 0u);
  EXPECT_EQ(r->reader->counts().documents, 1u);
}

TEST(HtmlReader, NavigationOnlyPageGivesAnEmptyDocumentAndAWarning) {
  auto r = Open(TestDataPath("html/nav_only.html"));
  ASSERT_NE(r, nullptr);
  Document doc;
  ASSERT_TRUE(r->reader->Next(&doc));
  EXPECT_EQ(doc.id, "nav_only.html");
  EXPECT_EQ(doc.text, "");
  EXPECT_EQ(doc.title, "Sections | Entente Test Herald");
  ASSERT_EQ(r->diagnostics.size(), 1u);
  EXPECT_TRUE(Contains(r->diagnostics[0].message, "no main text")) << r->diagnostics[0].message;
  EXPECT_EQ(r->reader->counts().documents, 1u);
  EXPECT_FALSE(r->reader->Next(&doc));
}

TEST(HtmlReader, EmptyFileGivesNoDocument) {
  auto r = Open(WriteTempFile("html_empty.html", ""));
  ASSERT_NE(r, nullptr);
  Document doc;
  EXPECT_FALSE(r->reader->Next(&doc));
  EXPECT_TRUE(r->reader->status().ok());
  ASSERT_EQ(r->diagnostics.size(), 1u);
  EXPECT_EQ(r->diagnostics[0].severity, Severity::kWarning);
  EXPECT_TRUE(Contains(r->diagnostics[0].message, "empty")) << r->diagnostics[0].message;
  EXPECT_EQ(r->reader->counts().documents, 0u);
  EXPECT_FALSE(r->reader->Next(&doc));
  EXPECT_EQ(r->diagnostics.size(), 1u);  // said once
}

TEST(HtmlReader, InvalidUtf8IsRepairedAndCounted) {
  auto r = Open(WriteTempFile(
      "html_latin1.html",
      Page("<title>Caf\xE9 talks</title>", "<p>Talks in Gen\xE8ve ended \xFF early.</p>")));
  ASSERT_NE(r, nullptr);
  Document doc;
  ASSERT_TRUE(r->reader->Next(&doc));
  EXPECT_EQ(doc.text, "Talks in Gen\uFFFDve ended \uFFFD early.");
  EXPECT_EQ(doc.title, "Caf\uFFFD talks");
  EXPECT_TRUE(base::IsValidUtf8(doc.text));
  EXPECT_EQ(doc.repaired_utf8, 3u);  // the page's count: title and body
  EXPECT_EQ(r->reader->counts().repaired_utf8, 3u);
}

TEST(HtmlReader, PageOverTheLimitIsReadInPartWithAWarning) {
  const std::string first = "<p>Negotiators reached a provisional deal before dawn.</p>\n";
  std::string filler;
  while (filler.size() < 10000) filler += "<p>Later paragraph about the harbour.</p>\n";
  const std::string content = Page("<title>Deal</title>", first + filler + "<p>Tail marker.</p>");
  const std::string path = WriteTempFile("html_large.html", content);
  ReaderOptions options;
  options.max_document_bytes = 2000;
  auto r = Open(path, options);
  ASSERT_NE(r, nullptr);
  Document doc;
  ASSERT_TRUE(r->reader->Next(&doc));
  EXPECT_EQ(doc.id, "html_large.html");
  EXPECT_TRUE(Contains(doc.text, "Negotiators reached a provisional deal before dawn."));
  EXPECT_FALSE(Contains(doc.text, "Tail marker."));
  EXPECT_LT(doc.text.size(), 2000u);
  ASSERT_EQ(r->diagnostics.size(), 1u);
  EXPECT_EQ(r->diagnostics[0].severity, Severity::kWarning);
  EXPECT_TRUE(Contains(r->diagnostics[0].message, "2000")) << r->diagnostics[0].message;
  // The rest was consumed, not left for another document.
  EXPECT_EQ(r->reader->counts().bytes, content.size());
  EXPECT_FALSE(r->reader->Next(&doc));
  EXPECT_EQ(r->reader->counts().documents, 1u);
}

TEST(HtmlReader, LimitNeverCutsACharacter) {
  // "é" is two bytes; put its first byte exactly at the limit.
  const std::string head = "<p>";
  std::string body = head + std::string(97, 'a') + "\u00e9" + "bbb</p>";
  ReaderOptions options;
  options.max_document_bytes = head.size() + 97 + 1;
  auto r = Open(WriteTempFile("html_cut.html", body), options);
  ASSERT_NE(r, nullptr);
  Document doc;
  ASSERT_TRUE(r->reader->Next(&doc));
  EXPECT_EQ(doc.text, std::string(97, 'a'));
  EXPECT_EQ(doc.repaired_utf8, 0u);
}

TEST(HtmlReader, DeepNestingIsReportedAndTheTextKept) {
  std::string body;
  for (int i = 0; i < 100000; ++i) body += "<div>";
  body += "Deep text.";
  auto r = Open(WriteTempFile("html_deep.html", Page("", body)));
  ASSERT_NE(r, nullptr);
  Document doc;
  ASSERT_TRUE(r->reader->Next(&doc));
  EXPECT_EQ(doc.text, "Deep text.");
  ASSERT_EQ(r->diagnostics.size(), 1u);
  EXPECT_TRUE(Contains(r->diagnostics[0].message, std::to_string(kMaxHtmlNesting)))
      << r->diagnostics[0].message;
}

TEST(HtmlReader, GzipPageAndFormatFromContent) {
  const std::string content = Page("", "<article><p>Compressed report.</p></article>");
  const std::string path = WriteTempFile("html_page_no_extension", "");
  gzFile gz = gzopen(path.c_str(), "wb");
  ASSERT_NE(gz, nullptr);
  ASSERT_EQ(gzwrite(gz, content.data(), static_cast<unsigned>(content.size())),
            static_cast<int>(content.size()));
  ASSERT_EQ(gzclose(gz), Z_OK);
  auto r = Open(path);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->reader->format(), InputFormat::kHtml);
  Document doc;
  ASSERT_TRUE(r->reader->Next(&doc));
  EXPECT_EQ(doc.text, "Compressed report.");
  EXPECT_EQ(r->reader->counts().bytes, content.size());
}

}  // namespace
}  // namespace entente::ingest
