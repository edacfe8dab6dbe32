// The JSONL reader (src/ingest/reader_jsonl.cc): field mapping, numbers as ids and dates, and
// every kind of bad record reported as "path:line" and skipped while the good ones are read.
#include <gtest/gtest.h>
#include <zlib.h>

#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "entente/ingest.h"
#include "test_support.h"

namespace entente {
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

// Everything one pass over a file produced.
struct Result {
  std::vector<Document> docs;
  std::vector<Diagnostic> diagnostics;
  IngestCounts counts;
  Status status;
  InputFormat format = InputFormat::kAuto;
};

Result ReadFile(const std::string& path, const ReaderOptions& options = ReaderOptions()) {
  Result result;
  auto reader = DocumentReader::Open(path, options, [&result](const Diagnostic& d) {
    result.diagnostics.push_back(d);
  });
  EXPECT_TRUE(reader.ok()) << reader.status().ToString();
  if (!reader.ok()) return result;
  Document doc;
  while ((*reader)->Next(&doc)) result.docs.push_back(doc);
  EXPECT_FALSE((*reader)->Next(&doc));
  result.counts = (*reader)->counts();
  result.status = (*reader)->status();
  result.format = (*reader)->format();
  return result;
}

// Reads `content` written to a fresh "<name>" file.
Result Read(const std::string& name, const std::string& content,
            const ReaderOptions& options = ReaderOptions()) {
  return ReadFile(WriteTempFile(name, content), options);
}

std::vector<std::string> Ids(const Result& r) {
  std::vector<std::string> ids;
  for (const auto& d : r.docs) ids.push_back(d.id);
  return ids;
}

TEST(JsonlReaderTest, DefaultFields) {
  const std::string content =
      R"({"id": "wire-0001", "date": "2019-08-21", "title": "Border talks", )"
      R"("text": "The two ministers met at the border crossing.", )"
      R"("url": "https://news.example/a/1", "source": "Example Wire", )"
      R"("extra": [1, {"ignored": true}]})"
      "\n";
  const std::string path = WriteTempFile("defaults.jsonl", content);
  Result r = ReadFile(path);
  EXPECT_EQ(r.format, InputFormat::kJsonl);
  ASSERT_EQ(r.docs.size(), 1u);
  const Document& d = r.docs[0];
  EXPECT_EQ(d.id, "wire-0001");
  EXPECT_EQ(d.date, "2019-08-21");
  EXPECT_EQ(d.title, "Border talks");
  EXPECT_EQ(d.text, "The two ministers met at the border crossing.");
  EXPECT_EQ(d.url, "https://news.example/a/1");
  EXPECT_EQ(d.source, "Example Wire");
  EXPECT_EQ(d.origin, path + ":1");
  EXPECT_EQ(d.repaired_utf8, 0u);
  EXPECT_EQ(r.counts.documents, 1u);
  EXPECT_EQ(r.counts.skipped, 0u);
  EXPECT_EQ(r.counts.bytes, content.size());
  EXPECT_TRUE(r.diagnostics.empty());
  EXPECT_TRUE(r.status.ok());
}

TEST(JsonlReaderTest, OnlyTextIsRequired) {
  Result r = Read("text_only.jsonl",
                  "{\"text\": \"Protesters gathered.\"}\n"
                  "{\"text\": \"Police dispersed them.\", \"id\": null, \"date\": null, "
                  "\"title\": null}\n");
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"text_only.jsonl:1", "text_only.jsonl:2"}));
  EXPECT_EQ(r.docs[0].date, "");
  EXPECT_EQ(r.docs[0].title, "");
  EXPECT_EQ(r.docs[1].text, "Police dispersed them.");
  EXPECT_EQ(r.docs[1].date, "");
  EXPECT_EQ(r.counts.skipped, 0u);
}

TEST(JsonlReaderTest, EscapesInFieldsAreDecoded) {
  Result r = Read("escapes.jsonl",
                  R"({"text": "He said \"no\".\nThen he left.\t\u00c9lys\u00e9e \ud83d\ude00"})"
                  "\n");
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text,
            "He said \"no\".\nThen he left.\t\xC3\x89lys\xC3\xA9" "e \xF0\x9F\x98\x80");
}

TEST(JsonlReaderTest, RemappedFields) {
  ReaderOptions options;
  options.text_field = "body";
  options.id_field = "story_id";
  options.date_field = "published";
  options.title_field = "headline";
  options.url_field = "link";
  options.source_field = "outlet";
  const std::string path = WriteTempFile(
      "remapped.jsonl",
      R"({"story_id": "s-9", "published": "2020-02-29", "headline": "Summit ends", )"
      R"("body": "Leaders signed a joint statement.", "link": "https://news.example/s9", )"
      R"("outlet": "Daily Example", "text": "not this one", "id": "not this id"})"
      "\n"
      R"({"story_id": "s-10", "text": "A record without the body field."})"
      "\n"
      R"({"body": "Second story body."})"
      "\n");
  Result r = ReadFile(path, options);
  ASSERT_EQ(r.docs.size(), 2u);
  const Document& d = r.docs[0];
  EXPECT_EQ(d.id, "s-9");
  EXPECT_EQ(d.date, "2020-02-29");
  EXPECT_EQ(d.title, "Summit ends");
  EXPECT_EQ(d.text, "Leaders signed a joint statement.");
  EXPECT_EQ(d.url, "https://news.example/s9");
  EXPECT_EQ(d.source, "Daily Example");
  EXPECT_EQ(r.docs[1].id, "remapped.jsonl:3");
  EXPECT_EQ(r.docs[1].text, "Second story body.");
  // The record with "text" but no "body" is skipped, and the message names the field.
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].where, path + ":2");
  EXPECT_NE(r.diagnostics[0].message.find("no \"body\" field"), std::string::npos)
      << r.diagnostics[0].message;
  EXPECT_EQ(r.counts.skipped, 1u);
}

TEST(JsonlReaderTest, NumericIdAndDate) {
  Result r = Read("numeric.jsonl",
                  "{\"id\": 20190821, \"date\": 20190821, \"text\": \"Shelling resumed.\"}\n"
                  "{\"id\": -1.5e3, \"date\": 950103, \"text\": \"Talks broke down.\"}\n"
                  "{\"id\": 12345678901234567890123, \"text\": \"A long id.\"}\n");
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].id, "20190821");  // the source text, not a float's rendering
  EXPECT_EQ(r.docs[0].date, "2019-08-21");
  EXPECT_EQ(r.docs[1].id, "-1.5e3");
  EXPECT_EQ(r.docs[1].date, "1995-01-03");
  EXPECT_EQ(r.docs[2].id, "12345678901234567890123");
  EXPECT_EQ(r.counts.skipped, 0u);
}

TEST(JsonlReaderTest, DatesAreNormalised) {
  Result r = Read("dates.jsonl",
                  "{\"date\": \"2019-08-21T23:30:00-05:00\", \"text\": \"a\"}\n"
                  "{\"date\": \"26-FEB-1987 15:01:01.79\", \"text\": \"b\"}\n"
                  "{\"date\": \"Feb. 26, 1987\", \"text\": \"c\"}\n"
                  "{\"date\": \"\", \"text\": \"d\"}\n");
  ASSERT_EQ(r.docs.size(), 4u);
  EXPECT_EQ(r.docs[0].date, "2019-08-22");
  EXPECT_EQ(r.docs[1].date, "1987-02-26");
  EXPECT_EQ(r.docs[2].date, "1987-02-26");
  EXPECT_EQ(r.docs[3].date, "");  // an empty date is no date
}

TEST(JsonlReaderTest, BadLinesAreReportedAndSkippedAndGoodOnesRead) {
  const std::string content =
      "{\"id\": \"g1\", \"text\": \"The first good record.\"}\n"             // 1
      "this line is not JSON at all\n"                                        // 2
      "{\"id\": \"g2\", \"text\": \"The second good record.\"}\n"            // 3
      "[\"a JSON array\", \"not an object\"]\n"                               // 4
      "{\"id\": \"m1\", \"title\": \"No text here\"}\n"                       // 5
      "{\"id\": \"t1\", \"text\": 42}\n"                                      // 6
      "{\"id\": \"t2\", \"text\": [\"a\", \"b\"]}\n"                          // 7
      "{\"id\": \"d1\", \"date\": \"2019-13-45\", \"text\": \"Bad date.\"}\n" // 8
      "{\"id\": \"d2\", \"date\": \"yesterday\", \"text\": \"Bad date.\"}\n"  // 9
      "{\"id\": {\"nested\": 1}, \"text\": \"Id of the wrong type.\"}\n"     // 10
      "{\"id\": \"u1\", \"text\": \"Url of the wrong type.\", \"url\": 7}\n" // 11
      "{\"id\": \"x1\", \"text\": \"Truncated record\"\n"                    // 12
      "{\"id\": \"x2\", \"text\": \"Trailing garbage\"} extra\n"             // 13
      "\"just a string\"\n"                                                   // 14
      "{\"id\": \"g3\", \"text\": \"The third good record.\"}\n";            // 15
  const std::string path = WriteTempFile("mixed.jsonl", content);
  Result r = ReadFile(path);
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"g1", "g2", "g3"}));
  EXPECT_EQ(r.docs[2].origin, path + ":15");
  EXPECT_EQ(r.counts.documents, 3u);
  EXPECT_EQ(r.counts.skipped, 12u);
  EXPECT_EQ(r.counts.bytes, content.size());
  EXPECT_TRUE(r.status.ok());

  struct Expected {
    int line;
    const char* says;
  };
  const Expected kExpected[] = {
      {2, "not a JSON object: column 1: expected a JSON value"},
      {4, "expected a JSON object"},
      {5, "no \"text\" field"},
      {6, "field \"text\" is not a string"},
      {7, "field \"text\" is not a string"},
      {8, "month 13 does not exist"},
      {9, "invalid date \"yesterday\""},
      {10, "field \"id\" is not a string"},
      {11, "field \"url\" is not a string"},
      {12, "unexpected end of line inside an object"},
      {13, "unexpected text after the JSON value"},
      {14, "expected a JSON object"},
  };
  ASSERT_EQ(r.diagnostics.size(), std::size(kExpected));
  for (size_t i = 0; i < std::size(kExpected); ++i) {
    SCOPED_TRACE(kExpected[i].line);
    const Diagnostic& d = r.diagnostics[i];
    EXPECT_EQ(d.severity, Severity::kError);
    EXPECT_EQ(d.where, path + ":" + std::to_string(kExpected[i].line));
    EXPECT_NE(d.message.find(kExpected[i].says), std::string::npos) << d.message;
  }
}

TEST(JsonlReaderTest, NullTextIsNoText) {
  // "text": null is treated like an absent text field (as null is for every other field), so
  // the record is reported instead of becoming an empty document.
  const std::string path = WriteTempFile(
      "null_text.jsonl",
      "{\"id\": \"n1\", \"text\": null}\n{\"id\": \"e1\", \"text\": \"\"}\n");
  Result r = ReadFile(path);
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"e1"}));  // an empty string is a (short) text
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].where, path + ":1");
  EXPECT_NE(r.diagnostics[0].message.find("no \"text\" field"), std::string::npos);
  EXPECT_EQ(r.counts.skipped, 1u);
}

TEST(JsonlReaderTest, BlankLinesAreIgnoredAndLineNumbersKept) {
  const std::string path = WriteTempFile("blank.jsonl",
                                         "\n"
                                         "   \t\n"
                                         "{\"text\": \"After two blank lines.\"}\n"
                                         "\r\n"
                                         "\n"
                                         "{\"text\": \"After two more.\"}\n"
                                         "\n");
  Result r = ReadFile(path);
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"blank.jsonl:3", "blank.jsonl:6"}));
  EXPECT_EQ(r.docs[1].origin, path + ":6");
  EXPECT_EQ(r.counts.skipped, 0u);
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(JsonlReaderTest, CrLfLinesAndLastLineWithoutNewline) {
  Result r = Read("crlf.jsonl",
                  "{\"id\": \"c1\", \"text\": \"Windows line end.\"}\r\n"
                  "{\"id\": \"c2\", \"text\": \"No final newline.\"}");
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"c1", "c2"}));
  EXPECT_EQ(r.docs[1].text, "No final newline.");
  EXPECT_EQ(r.counts.skipped, 0u);
}

TEST(JsonlReaderTest, ByteOrderMarkBeforeTheFirstRecord) {
  // Editors on Windows save UTF-8 with a byte-order mark; it must not cost the first record.
  const std::string path =
      WriteTempFile("bom.jsonl",
                    "\xEF\xBB\xBF{\"id\": \"b1\", \"text\": \"First record.\"}\n"
                    "{\"id\": \"b2\", \"text\": \"Second record.\"}\n");
  Result r = ReadFile(path);
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"b1", "b2"}));
  EXPECT_EQ(r.counts.skipped, 0u);
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(JsonlReaderTest, GzipInput) {
  const std::string content =
      "{\"id\": \"z1\", \"date\": \"2001-09-03\", \"text\": \"Compressed record one.\"}\n"
      "not json\n"
      "{\"id\": \"z2\", \"text\": \"Compressed record two.\"}\n";
  const std::string path = WriteGzipFile("feed.jsonl.gz", content);
  Result r = ReadFile(path);
  EXPECT_EQ(r.format, InputFormat::kJsonl);
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"z1", "z2"}));
  EXPECT_EQ(r.docs[0].date, "2001-09-03");
  EXPECT_EQ(r.docs[1].origin, path + ":3");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].where, path + ":2");
  EXPECT_EQ(r.counts.bytes, content.size());  // decompressed bytes
  EXPECT_TRUE(r.status.ok());
}

TEST(JsonlReaderTest, TruncatedGzipEndsWithAnErrorStatus) {
  std::string content;
  for (int i = 0; i < 5000; ++i) {
    content += "{\"id\": \"r" + std::to_string(i) + "\", \"text\": \"Record number " +
               std::to_string(i * 7919 % 100003) + ".\"}\n";
  }
  const std::string whole = ReadFileOrDie(WriteGzipFile("long_feed.jsonl.gz", content));
  const std::string path = WriteTempFile("cut_feed.jsonl.gz", whole.substr(0, whole.size() / 2));
  Result r = ReadFile(path);
  EXPECT_GT(r.docs.size(), 0u);
  EXPECT_LT(r.docs.size(), 5000u);
  EXPECT_FALSE(r.status.ok());
  EXPECT_NE(r.status.message().find(path), std::string::npos) << r.status.message();
  for (size_t i = 0; i < r.docs.size(); ++i) EXPECT_EQ(r.docs[i].id, "r" + std::to_string(i));
}

TEST(JsonlReaderTest, RecordOverTheLimitIsSkippedAndTheNextRead) {
  const std::string big =
      "{\"id\": \"big\", \"text\": \"" + std::string(5000, 'w') + "\"}\n";
  const std::string at_limit_text(200 - std::string("{\"text\": \"\"}").size(), 'e');
  const std::string at_limit = "{\"text\": \"" + at_limit_text + "\"}";
  ASSERT_EQ(at_limit.size(), 200u);
  const std::string path = WriteTempFile(
      "limit.jsonl", "{\"id\": \"s1\", \"text\": \"Small.\"}\n" + big +
                         "{\"id\": \"s2\", \"text\": \"Small again.\"}\n" + at_limit + "\n");
  ReaderOptions options;
  options.max_document_bytes = 200;
  Result r = ReadFile(path, options);
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"s1", "s2", "limit.jsonl:4"}));
  EXPECT_EQ(r.docs[2].text, at_limit_text);  // exactly at the limit is accepted
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].where, path + ":2");
  EXPECT_NE(r.diagnostics[0].message.find("longer than 200 bytes"), std::string::npos);
  EXPECT_EQ(r.counts.skipped, 1u);
}

TEST(JsonlReaderTest, InvalidUtf8InStringsIsRepaired) {
  const std::string path = WriteTempFile(
      "bad_utf8.jsonl",
      "{\"id\": \"v1\", \"title\": \"Caf\xE9 talks\", "
      "\"text\": \"Ministers met in a caf\xE9 in Gen\xC3\xA8ve \xF0\x9F\x98 yesterday.\"}\n"
      "{\"id\": \"v2\", \"text\": \"Clean text.\"}\n");
  Result r = ReadFile(path);
  ASSERT_EQ(r.docs.size(), 2u);
  const std::string R = "\xEF\xBF\xBD";
  EXPECT_EQ(r.docs[0].text,
            "Ministers met in a caf" + R + " in Gen\xC3\xA8ve " + R + " yesterday.");
  EXPECT_EQ(r.docs[0].title, "Caf" + R + " talks");
  EXPECT_TRUE(base::IsValidUtf8(r.docs[0].text));
  EXPECT_EQ(r.docs[0].repaired_utf8, 2u);   // the body's repairs
  EXPECT_EQ(r.docs[1].repaired_utf8, 0u);
  EXPECT_EQ(r.counts.repaired_utf8, 3u);    // body and title
  EXPECT_EQ(r.counts.skipped, 0u);
}

TEST(JsonlReaderTest, EmptyFile) {
  Result r = Read("empty.jsonl", "");
  EXPECT_TRUE(r.docs.empty());
  EXPECT_EQ(r.counts.skipped, 0u);
  EXPECT_TRUE(r.status.ok());
}

TEST(JsonlReaderTest, WorksWithoutASink) {
  const std::string path = WriteTempFile("no_sink.jsonl", "oops\n{\"text\": \"fine\"}\n");
  auto reader = DocumentReader::Open(path, ReaderOptions(), nullptr);
  ASSERT_TRUE(reader.ok());
  Document doc;
  ASSERT_TRUE((*reader)->Next(&doc));
  EXPECT_EQ(doc.text, "fine");
  EXPECT_FALSE((*reader)->Next(&doc));
  EXPECT_EQ((*reader)->counts().skipped, 1u);
}

}  // namespace
}  // namespace entente
