// The plain-text reader (src/ingest/reader_text.cc) in its two modes, its splitting of files over
// max_document_bytes (nothing lost, no part too large, no character cut), and format detection
// by name and by content (src/ingest/reader.cc).
#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "entente/ingest.h"
#include "ingest/readers.h"
#include "test_support.h"

namespace entente::ingest {
namespace {

using entente::testing::ReadFileOrDie;
using entente::testing::WriteTempFile;
using Severity = Diagnostic::Severity;

std::string WriteGzipFile(const std::string& name, const std::string& content) {
  std::string path = WriteTempFile(name, "");
  gzFile gz = gzopen(path.c_str(), "wb");
  EXPECT_NE(gz, nullptr);
  EXPECT_EQ(gzwrite(gz, content.data(), static_cast<unsigned>(content.size())),
            static_cast<int>(content.size()));
  EXPECT_EQ(gzclose(gz), Z_OK);
  return path;
}

// An open reader and the diagnostics it reported.
struct Reader {
  std::unique_ptr<DocumentReader> reader;
  std::vector<Diagnostic> diagnostics;

  DocumentReader* operator->() { return reader.get(); }
};

std::unique_ptr<Reader> OpenReader(const std::string& path, const ReaderOptions& options) {
  auto r = std::make_unique<Reader>();
  auto* diags = &r->diagnostics;
  auto opened = DocumentReader::Open(path, options, [diags](const Diagnostic& d) {
    diags->push_back(d);
  });
  EXPECT_TRUE(opened.ok()) << opened.status().ToString();
  if (!opened.ok()) return nullptr;
  r->reader = std::move(*opened);
  return r;
}

ReaderOptions WithFormat(InputFormat format) {
  ReaderOptions o;
  o.format = format;
  return o;
}

std::vector<Document> ReadAll(Reader* r) {
  std::vector<Document> docs;
  Document doc;
  while ((*r)->Next(&doc)) docs.push_back(doc);
  EXPECT_FALSE((*r)->Next(&doc));  // stays at the end
  return docs;
}

// --- whole-file documents -------------------------------------------------------------------

TEST(TextReaderTest, WholeFileIsOneDocumentNamedAfterTheFile) {
  const std::string content =
      "The embassy closed on Friday.\nStaff were flown out on Saturday.\n\nNo one was hurt.\n";
  const std::string path = WriteTempFile("embassy.txt", content);
  auto r = OpenReader(path, ReaderOptions());
  ASSERT_NE(r, nullptr);
  EXPECT_EQ((*r)->format(), InputFormat::kText);  // from the .txt name
  EXPECT_EQ((*r)->path(), path);
  auto docs = ReadAll(r.get());
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "embassy.txt");
  EXPECT_EQ(docs[0].text, content);
  EXPECT_EQ(docs[0].origin, path + ":1");
  EXPECT_EQ(docs[0].date, "");
  EXPECT_EQ(docs[0].title, "");
  EXPECT_EQ(docs[0].repaired_utf8, 0u);
  EXPECT_EQ((*r)->counts().documents, 1u);
  EXPECT_EQ((*r)->counts().skipped, 0u);
  EXPECT_EQ((*r)->counts().warnings, 0u);
  EXPECT_EQ((*r)->counts().bytes, content.size());
  EXPECT_TRUE(r->diagnostics.empty());
  EXPECT_TRUE((*r)->status().ok());
}

TEST(TextReaderTest, NextClearsTheDocument) {
  const std::string path = WriteTempFile("clears.txt", "Short text.");
  auto r = OpenReader(path, ReaderOptions());
  Document doc;
  doc.title = "stale title";
  doc.date = "1999-01-01";
  doc.repaired_utf8 = 9;
  ASSERT_TRUE((*r)->Next(&doc));
  EXPECT_EQ(doc.title, "");
  EXPECT_EQ(doc.date, "");
  EXPECT_EQ(doc.repaired_utf8, 0u);
  EXPECT_EQ(doc.text, "Short text.");
}

TEST(TextReaderTest, GzipTextFile) {
  const std::string content = "Parliament was dissolved.\nElections follow in May.\n";
  const std::string path = WriteGzipFile("parliament.txt.gz", content);
  auto r = OpenReader(path, ReaderOptions());
  ASSERT_NE(r, nullptr);
  EXPECT_EQ((*r)->format(), InputFormat::kText);
  auto docs = ReadAll(r.get());
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "parliament.txt.gz");
  EXPECT_EQ(docs[0].text, content);
  EXPECT_EQ((*r)->counts().bytes, content.size());
}

TEST(TextReaderTest, TruncatedGzipSetsTheStatus) {
  std::string content;
  for (int i = 0; i < 20000; ++i) content += "Report " + std::to_string(i * 7919 % 100003) + ".\n";
  const std::string whole = ReadFileOrDie(WriteGzipFile("whole_text.txt.gz", content));
  const std::string path = WriteTempFile("cut_text.txt.gz", whole.substr(0, whole.size() / 2));
  for (InputFormat format : {InputFormat::kText, InputFormat::kLines}) {
    auto r = OpenReader(path, WithFormat(format));
    ASSERT_NE(r, nullptr);
    ReadAll(r.get());
    EXPECT_FALSE((*r)->status().ok()) << InputFormatName(format);
    EXPECT_NE((*r)->status().message().find(path), std::string::npos);
  }
}

TEST(TextReaderTest, EmptyFileGivesNoDocumentAndAWarning) {
  const std::string path = WriteTempFile("empty.txt", "");
  auto r = OpenReader(path, ReaderOptions());
  ASSERT_NE(r, nullptr);
  auto docs = ReadAll(r.get());
  EXPECT_TRUE(docs.empty());
  ASSERT_EQ(r->diagnostics.size(), 1u);
  EXPECT_EQ(r->diagnostics[0].severity, Severity::kWarning);
  EXPECT_EQ(r->diagnostics[0].where, path);
  EXPECT_NE(r->diagnostics[0].message.find("empty"), std::string::npos);
  EXPECT_EQ((*r)->counts().warnings, 1u);
  EXPECT_EQ((*r)->counts().documents, 0u);
  EXPECT_EQ((*r)->counts().skipped, 0u);
  EXPECT_TRUE((*r)->status().ok());
}

TEST(TextReaderTest, NulBytesAndInvalidUtf8AreRepairedAndCounted) {
  // A NUL is valid UTF-8 and stays; each invalid sequence becomes one U+FFFD.
  const std::string content(
      "Talks\0resumed in Gen\xE8ve \xC3( after \xFF\xFE delays \xE2\x82.\n", 47);
  const std::string path = WriteTempFile("damaged.txt", content);
  auto r = OpenReader(path, ReaderOptions());
  ASSERT_NE(r, nullptr);
  auto docs = ReadAll(r.get());
  ASSERT_EQ(docs.size(), 1u);
  const std::string R = "\xEF\xBF\xBD";
  EXPECT_EQ(docs[0].text,
            std::string("Talks\0resumed in Gen", 20) + R + "ve " + R + "( after " + R + R +
                " delays " + R + ".\n");
  EXPECT_TRUE(base::IsValidUtf8(docs[0].text));
  EXPECT_EQ(docs[0].repaired_utf8, 5u);
  EXPECT_EQ((*r)->counts().repaired_utf8, 5u);
  EXPECT_EQ((*r)->counts().bytes, content.size());
}

// --- lines mode ---------------------------------------------------------------------------

TEST(TextReaderTest, LinesModeSkipsBlankLinesAndNumbersIds) {
  const std::string content =
      "Troops crossed the border.\n"
      "\n"
      "   \t \n"
      "The government called it an invasion.\r\n"
      "\r\n"
      "  Indented line keeps its spaces.  \n"
      "Last line without a newline";
  const std::string path = WriteTempFile("lines.txt", content);
  auto r = OpenReader(path, WithFormat(InputFormat::kLines));
  ASSERT_NE(r, nullptr);
  EXPECT_EQ((*r)->format(), InputFormat::kLines);
  auto docs = ReadAll(r.get());
  ASSERT_EQ(docs.size(), 4u);
  EXPECT_EQ(docs[0].id, "lines.txt:1");
  EXPECT_EQ(docs[0].text, "Troops crossed the border.");
  EXPECT_EQ(docs[0].origin, path + ":1");
  EXPECT_EQ(docs[1].id, "lines.txt:4");
  EXPECT_EQ(docs[1].text, "The government called it an invasion.");  // '\r' dropped
  EXPECT_EQ(docs[1].origin, path + ":4");
  EXPECT_EQ(docs[2].id, "lines.txt:6");
  EXPECT_EQ(docs[2].text, "  Indented line keeps its spaces.  ");
  EXPECT_EQ(docs[3].id, "lines.txt:7");
  EXPECT_EQ(docs[3].text, "Last line without a newline");
  EXPECT_EQ((*r)->counts().documents, 4u);
  EXPECT_EQ((*r)->counts().skipped, 0u);
  EXPECT_EQ((*r)->counts().bytes, content.size());
  EXPECT_TRUE(r->diagnostics.empty());
}

TEST(TextReaderTest, LinesModeSkipsAnOverlongLineAndReadsOn) {
  const std::string content = "Short line one.\n" + std::string(500, 'x') + "\nShort line three.\n";
  const std::string path = WriteTempFile("long_lines.txt", content);
  ReaderOptions options = WithFormat(InputFormat::kLines);
  options.max_document_bytes = 100;
  auto r = OpenReader(path, options);
  auto docs = ReadAll(r.get());
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "long_lines.txt:1");
  EXPECT_EQ(docs[1].id, "long_lines.txt:3");
  EXPECT_EQ(docs[1].text, "Short line three.");
  ASSERT_EQ(r->diagnostics.size(), 1u);
  EXPECT_EQ(r->diagnostics[0].severity, Severity::kError);
  EXPECT_EQ(r->diagnostics[0].where, path + ":2");
  EXPECT_NE(r->diagnostics[0].message.find("longer than 100 bytes"), std::string::npos);
  EXPECT_EQ((*r)->counts().skipped, 1u);
  EXPECT_EQ((*r)->counts().documents, 2u);
}

TEST(TextReaderTest, LinesModeEmptyAndBlankFiles) {
  for (const char* content : {"", "\n\n", "  \r\n\t\n"}) {
    auto r = OpenReader(WriteTempFile("blank_lines.txt", content), WithFormat(InputFormat::kLines));
    EXPECT_TRUE(ReadAll(r.get()).empty());
    EXPECT_EQ((*r)->counts().documents, 0u);
    EXPECT_EQ((*r)->counts().skipped, 0u);
  }
}

TEST(TextReaderTest, LinesModeRepairsEachLine) {
  const std::string path =
      WriteTempFile("bad_lines.txt", "ok line\nbad \xFF line\nalso \xC0\xAF bad\n");
  auto r = OpenReader(path, WithFormat(InputFormat::kLines));
  auto docs = ReadAll(r.get());
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].repaired_utf8, 0u);
  EXPECT_EQ(docs[1].repaired_utf8, 1u);
  EXPECT_EQ(docs[1].text, "bad \xEF\xBF\xBD line");
  EXPECT_EQ(docs[2].repaired_utf8, 2u);
  EXPECT_EQ((*r)->counts().repaired_utf8, 3u);
}

// --- large files: several parts ------------------------------------------------------------

// Reads `path` as plain text with the given limit and checks the parts: ids name#1, name#2, ...
// (or just name when there is one part), their concatenation equal to `content`, none larger
// than `max_part`, each valid UTF-8 (no sequence cut), origins on the line where the part starts.
// Returns the number of parts.
size_t CheckParts(const std::string& path, const std::string& content, size_t max_doc,
                  size_t max_part) {
  ReaderOptions options = WithFormat(InputFormat::kText);
  options.max_document_bytes = max_doc;
  auto r = OpenReader(path, options);
  if (r == nullptr) return 0;
  const std::string name = path.substr(path.rfind('/') + 1);
  Document doc;
  size_t offset = 0, parts = 0, lines_before = 0;
  std::vector<std::string> ids;
  while ((*r)->Next(&doc)) {
    ++parts;
    SCOPED_TRACE("part " + std::to_string(parts) + " at offset " + std::to_string(offset));
    ids.push_back(doc.id);
    EXPECT_FALSE(doc.text.empty());
    EXPECT_LE(doc.text.size(), max_part);
    EXPECT_TRUE(base::IsValidUtf8(doc.text));
    EXPECT_EQ(doc.repaired_utf8, 0u);
    EXPECT_EQ(doc.origin, path + ":" + std::to_string(lines_before + 1));
    EXPECT_LE(offset + doc.text.size(), content.size());
    if (offset + doc.text.size() > content.size() ||
        content.compare(offset, doc.text.size(), doc.text) != 0) {
      ADD_FAILURE() << "part " << parts << " is not the input's next " << doc.text.size()
                    << " bytes";
      return parts;
    }
    lines_before += static_cast<size_t>(std::count(doc.text.begin(), doc.text.end(), '\n'));
    offset += doc.text.size();
  }
  EXPECT_EQ(offset, content.size()) << "bytes lost at the end";
  EXPECT_TRUE((*r)->status().ok()) << (*r)->status().ToString();
  EXPECT_EQ((*r)->counts().documents, parts);
  EXPECT_EQ((*r)->counts().bytes, content.size());
  EXPECT_EQ((*r)->counts().repaired_utf8, 0u);
  if (parts == 1) {
    EXPECT_EQ(ids[0], name);
    EXPECT_TRUE(r->diagnostics.empty());
  } else {
    for (size_t i = 0; i < ids.size(); ++i) EXPECT_EQ(ids[i], name + "#" + std::to_string(i + 1));
    // One warning for the whole file, not one per part.
    EXPECT_EQ((*r)->counts().warnings, 1u);
    EXPECT_EQ(r->diagnostics.size(), 1u);
    if (!r->diagnostics.empty()) {
      EXPECT_EQ(r->diagnostics[0].severity, Severity::kWarning);
      EXPECT_EQ(r->diagnostics[0].where, path);
      EXPECT_NE(r->diagnostics[0].message.find("several documents"), std::string::npos);
    }
  }
  EXPECT_EQ((*r)->counts().skipped, 0u);
  return parts;
}

// 50,000,000 bytes on one line, mostly multi-byte characters, no newline anywhere.
std::string FiftyMegabyteLine() {
  const std::string unit = "\xC3\xA9 \xC3\xBC \xE4\xB8\xAD ";  // "é ü 中 ", 10 bytes
  std::string s;
  s.reserve(50'000'000);
  while (s.size() < 50'000'000) s += unit;
  return s;
}

TEST(TextReaderTest, FiftyMegabyteLineUnderTheLimitIsOneDocument) {
  const std::string content = FiftyMegabyteLine();
  ASSERT_EQ(content.size(), 50'000'000u);
  const std::string path = WriteTempFile("fifty_mb_whole.txt", content);
  EXPECT_EQ(CheckParts(path, content, size_t{64} << 20, size_t{64} << 20), 1u);
  std::remove(path.c_str());
}

TEST(TextReaderTest, FiftyMegabyteLineOverTheLimitIsSplitWithoutLoss) {
  const std::string content = FiftyMegabyteLine();
  const std::string path = WriteTempFile("fifty_mb_split.txt", content);
  const size_t max = size_t{8} << 20;
  const size_t parts = CheckParts(path, content, max, max + max / 8);
  EXPECT_GE(parts, 50'000'000 / (max + max / 8) + 1);
  EXPECT_LE(parts, 50'000'000 / (max - 4096) + 1);
  std::remove(path.c_str());
}

TEST(TextReaderTest, LineWithoutSpacesIsCutAtCharacterBoundaries) {
  // No white space to cut after: parts end at character boundaries, never inside "中" or "😀".
  std::string content;
  const std::string unit = "\xE4\xB8\xAD\xE6\x96\x87\xF0\x9F\x98\x80\xC3\xA9";  // 中文😀é
  while (content.size() < (1 << 20) + 12345) content += unit;
  const std::string path = WriteTempFile("no_spaces.txt", content);
  for (size_t max : {size_t{1000}, size_t{4099}, size_t{65536}, size_t{100003}}) {
    SCOPED_TRACE("max " + std::to_string(max));
    EXPECT_GT(CheckParts(path, content, max, max + max / 8), 1u);
  }
  std::remove(path.c_str());
}

TEST(TextReaderTest, SparseSpacesFarFromTheCut) {
  // A space every 10,000 bytes: sometimes within reach of the cut, sometimes not.
  std::string content;
  while (content.size() < (2 << 20)) {
    for (int i = 0; i < 3333; ++i) content += "\xE6\x96\x87";
    content += ' ';
  }
  const std::string path = WriteTempFile("sparse_spaces.txt", content);
  for (size_t max : {size_t{5000}, size_t{40000}, size_t{300000}}) {
    SCOPED_TRACE("max " + std::to_string(max));
    EXPECT_GT(CheckParts(path, content, max, max + max / 8), 1u);
  }
  std::remove(path.c_str());
}

TEST(TextReaderTest, ManyLinesAreCutAtLineEnds) {
  std::string content;
  for (int i = 0; content.size() < 300000; ++i) {
    content += "Item " + std::to_string(i) + ": the delegation " +
               std::string(static_cast<size_t>(i * 37 % 90), 'z') + " arrived.\n";
  }
  const std::string path = WriteTempFile("many_lines.txt", content);
  for (size_t max : {size_t{1000}, size_t{4096}, size_t{50000}}) {
    SCOPED_TRACE("max " + std::to_string(max));
    // A part may take the rest of its last line: up to max / 8 more bytes and the '\n'.
    EXPECT_GT(CheckParts(path, content, max, max + max / 8 + 1), 1u);
    ReaderOptions options = WithFormat(InputFormat::kText);
    options.max_document_bytes = max;
    auto r = OpenReader(path, options);
    auto docs = ReadAll(r.get());
    for (const Document& d : docs) EXPECT_EQ(d.text.back(), '\n') << d.id;  // lines are short
  }
  EXPECT_EQ(CheckParts(path, content, content.size(), content.size()), 1u);
  EXPECT_EQ(CheckParts(path, content, content.size() + 1, content.size()), 1u);
}

TEST(TextReaderTest, PartEndingExactlyAtTheStreamBufferEdgeLosesNothing) {
  // The first part ends with a '\n' that is the last byte of the stream's 1 MiB buffer; the rest
  // of the file must still be read (it was once mistaken for the end of the input).
  const size_t kMiB = size_t{1} << 20;
  const std::string content =
      std::string(kMiB - 1, 'a') + "\n" + "The second line, after the buffer edge.\n";
  const std::string path = WriteTempFile("buffer_edge.txt", content);
  EXPECT_EQ(CheckParts(path, content, kMiB - 64, kMiB), 2u);
  const std::string gz = WriteGzipFile("buffer_edge.txt.gz", content);
  EXPECT_EQ(CheckParts(gz, content, kMiB - 64, kMiB), 2u);
  std::remove(path.c_str());
  std::remove(gz.c_str());
}

// --- format detection -----------------------------------------------------------------------

TEST(FormatDetectionTest, FromName) {
  struct Case {
    const char* name;
    InputFormat format;
  };
  const Case kCases[] = {
      {"news.jsonl", InputFormat::kJsonl},
      {"news.JSONL", InputFormat::kJsonl},
      {"news.jsonl.gz", InputFormat::kJsonl},
      {"dir.v2/news.ndjson", InputFormat::kJsonl},
      {"news.json", InputFormat::kJsonl},
      {"page.html", InputFormat::kHtml},
      {"page.htm", InputFormat::kHtml},
      {"page.xhtml", InputFormat::kHtml},
      {"PAGE.HTML.GZ", InputFormat::kHtml},
      {"sentences.xml", InputFormat::kPetrarchXml},
      {"sentences.xml.gz", InputFormat::kPetrarchXml},
      {"story.txt", InputFormat::kText},
      {"story.txt.gz", InputFormat::kText},
      {"records.text", InputFormat::kAuto},  // TABARI's extension: decided by content
      {"README", InputFormat::kAuto},
      {"archive.gz", InputFormat::kAuto},
      {"notes.csv", InputFormat::kAuto},
      {"-", InputFormat::kAuto},
      {"jsonl", InputFormat::kAuto},
      {"txt", InputFormat::kAuto},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(InputFormatName(FormatFromName(c.name)), std::string(InputFormatName(c.format)))
        << c.name;
  }
}

TEST(FormatDetectionTest, FromContent) {
  struct Case {
    std::string head;
    InputFormat format;
  };
  const Case kCases[] = {
      {R"({"id": "a1", "text": "The talks collapsed."})", InputFormat::kJsonl},
      {"\n  \t{\"text\": \"x\"}", InputFormat::kJsonl},
      {"\xEF\xBB\xBF{\"text\": \"x\"}", InputFormat::kJsonl},  // byte-order mark
      {"<!DOCTYPE html>\n<html><body><p>Rebels advanced.</p></body></html>", InputFormat::kHtml},
      {"<HTML><HEAD><TITLE>News</TITLE></HEAD>", InputFormat::kHtml},
      {"<div class=\"story\">A ceasefire was signed.</div>", InputFormat::kHtml},
      {"<p>A ceasefire was signed.</p>", InputFormat::kHtml},
      {"<?xml version=\"1.0\"?>\n<Sentences>\n<Sentence date=\"20190821\" id=\"S1\">",
       InputFormat::kPetrarchXml},
      {"<Validation>\n<Sentence id=\"v1\">", InputFormat::kPetrarchXml},
      {"<sentence date=\"19950103\">", InputFormat::kPetrarchXml},
      {"950103 AFP-0001\nThe president met the envoy.\n\n", InputFormat::kTabari},
      {"190821\tWIRE17\nTroops withdrew.\n", InputFormat::kTabari},
      {"The president met the envoy on Tuesday.", InputFormat::kAuto},
      {"", InputFormat::kAuto},
      {"   \n\t ", InputFormat::kAuto},
      {"<note>not a known kind of markup</note>", InputFormat::kAuto},
      {"[1, 2, 3]", InputFormat::kAuto},
      {"95010 AFP short date", InputFormat::kAuto},
      {"9501031 seven digits", InputFormat::kAuto},
      {"950103", InputFormat::kAuto},
      {"950103-AFP", InputFormat::kAuto},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(InputFormatName(FormatFromContent(c.head)), std::string(InputFormatName(c.format)))
        << c.head;
  }
}

TEST(FormatDetectionTest, NamesRoundTrip) {
  for (InputFormat f : {InputFormat::kAuto, InputFormat::kText, InputFormat::kLines,
                        InputFormat::kJsonl, InputFormat::kHtml, InputFormat::kPetrarchXml,
                        InputFormat::kTabari}) {
    auto parsed = ParseInputFormat(InputFormatName(f));
    ASSERT_TRUE(parsed.has_value()) << InputFormatName(f);
    EXPECT_EQ(*parsed, f);
  }
  EXPECT_FALSE(ParseInputFormat("xml").has_value());
  EXPECT_FALSE(ParseInputFormat("JSONL").has_value());
  EXPECT_FALSE(ParseInputFormat("").has_value());
}

TEST(FormatDetectionTest, OpenUsesTheContentWhenTheNameSaysNothing) {
  auto jsonl = OpenReader(WriteTempFile("feed_without_extension",
                                        "{\"id\": \"w1\", \"text\": \"Envoys met.\"}\n"),
                          ReaderOptions());
  ASSERT_NE(jsonl, nullptr);
  EXPECT_EQ((*jsonl)->format(), InputFormat::kJsonl);
  auto docs = ReadAll(jsonl.get());
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "w1");

  // Compressed content is detected after decompression.
  auto gz = OpenReader(WriteGzipFile("feed_gz_without_extension",
                                     "{\"id\": \"w2\", \"text\": \"Envoys left.\"}\n"),
                       ReaderOptions());
  ASSERT_NE(gz, nullptr);
  EXPECT_EQ((*gz)->format(), InputFormat::kJsonl);

  auto tabari = OpenReader(WriteTempFile("stories.text", "950103 AFP-0001\nThe envoy left.\n\n"),
                           ReaderOptions());
  ASSERT_NE(tabari, nullptr);
  EXPECT_EQ((*tabari)->format(), InputFormat::kTabari);

  // The name wins over the content.
  auto named = OpenReader(WriteTempFile("looks_like_json.txt", "{\"text\": \"x\"}\n"),
                          ReaderOptions());
  EXPECT_EQ((*named)->format(), InputFormat::kText);
  // An explicit format wins over both.
  auto forced = OpenReader(WriteTempFile("forced.jsonl", "{\"text\": \"x\"}\n"),
                           WithFormat(InputFormat::kLines));
  EXPECT_EQ((*forced)->format(), InputFormat::kLines);
}

TEST(FormatDetectionTest, UnrecognisedContentIsReadAsTextWithAWarning) {
  const std::string content = "The president met the envoy on Tuesday.\n";
  const std::string path = WriteTempFile("memo", content);
  auto r = OpenReader(path, ReaderOptions());
  ASSERT_NE(r, nullptr);
  EXPECT_EQ((*r)->format(), InputFormat::kText);
  ASSERT_EQ(r->diagnostics.size(), 1u);
  EXPECT_EQ(r->diagnostics[0].severity, Severity::kWarning);
  EXPECT_EQ(r->diagnostics[0].where, path);
  EXPECT_NE(r->diagnostics[0].message.find("plain text"), std::string::npos);
  auto docs = ReadAll(r.get());
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, content);  // the Peek consumed nothing
  EXPECT_EQ(docs[0].id, "memo");
}

TEST(FormatDetectionTest, OpenErrors) {
  const std::string file = WriteTempFile("open_errors.txt", "x");
  auto missing = DocumentReader::Open(file + ".missing", ReaderOptions(), nullptr);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find(file + ".missing"), std::string::npos);
  auto dir = DocumentReader::Open(file.substr(0, file.rfind('/')), ReaderOptions(), nullptr);
  ASSERT_FALSE(dir.ok());
  EXPECT_NE(dir.status().message().find("is a directory"), std::string::npos);

  // Content that must be read to find the format, but cannot be: a gzip header with no data.
  const std::string whole = ReadFileOrDie(WriteGzipFile("header_only_gz", "{\"text\": \"x\"}\n"));
  const std::string cut = WriteTempFile("cut_header_only_gz", whole.substr(0, 12));
  auto truncated = DocumentReader::Open(cut, ReaderOptions(), nullptr);
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(truncated.status().code(), StatusCode::kIoError);
  EXPECT_NE(truncated.status().message().find(cut), std::string::npos);
}

}  // namespace
}  // namespace entente::ingest
