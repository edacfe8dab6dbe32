#include <gtest/gtest.h>
#include <zlib.h>

#include <string>
#include <vector>

#include "entente/ingest.h"
#include "test_support.h"

namespace entente {
namespace {

struct ReadResult {
  std::vector<Document> docs;
  std::vector<Diagnostic> diagnostics;
  IngestCounts counts;
  bool ok = false;
};

ReadResult ReadTabari(const std::string& path, ReaderOptions options = {}) {
  if (options.format == InputFormat::kAuto) options.format = InputFormat::kTabari;
  ReadResult result;
  auto reader = DocumentReader::Open(path, options, [&result](const Diagnostic& d) {
    result.diagnostics.push_back(d);
  });
  EXPECT_TRUE(reader.ok()) << reader.status().message();
  if (!reader.ok()) return result;
  Document doc;
  while ((*reader)->Next(&doc)) result.docs.push_back(doc);
  result.counts = (*reader)->counts();
  result.ok = (*reader)->status().ok();
  return result;
}

std::vector<std::string> Ids(const ReadResult& r) {
  std::vector<std::string> ids;
  for (const Document& d : r.docs) ids.push_back(d.id);
  return ids;
}

TEST(TabariReaderTest, ReadsRecordsWithoutComments) {
  const std::string path = testing::TestDataPath("tabari/records.text");
  ReadResult r = ReadTabari(path);
  ASSERT_TRUE(r.ok);
  ASSERT_EQ(Ids(r), (std::vector<std::string>{"VEL-01", "QUI-02", "TAR-03", "VEL-07"}));

  // A continuation line starting with a digit ("12 days") is text, not a new record: records
  // open only after a blank line.
  EXPECT_EQ(r.docs[0].date, "2021-03-04");
  EXPECT_EQ(r.docs[0].text,
            "Velmora's foreign minister arrived in Quintara on Monday for 12 days of talks on "
            "river shipping, officials said.");
  EXPECT_EQ(r.docs[0].origin, path + ":4");
  EXPECT_TRUE(r.docs[0].source.empty());

  // An eight-digit date; words after the ID ignored; an inline comment removed.
  EXPECT_EQ(r.docs[1].date, "2021-03-05");
  EXPECT_EQ(r.docs[1].text,
            "The Quintaran navy escorted a Velmoran freighter through the strait.");

  // Two-digit year 99 is 1999; a comment never closed ends at the blank line.
  EXPECT_EQ(r.docs[2].date, "1999-12-31");
  EXPECT_EQ(r.docs[2].text, "The Tarsic council condemned the border raid.");

  // The last record needs no blank line after it.
  EXPECT_EQ(r.docs[3].text, "The last record has no blank line after it.");
  EXPECT_EQ(r.docs[3].origin, path + ":35");
}

TEST(TabariReaderTest, ReportsBadRecordsAndTheHeaderOnce) {
  const std::string path = testing::TestDataPath("tabari/records.text");
  ReadResult r = ReadTabari(path);
  EXPECT_EQ(r.counts.documents, 4u);
  EXPECT_EQ(r.counts.skipped, 3u);
  // The two header lines cost one warning; the "####" banner between records none.
  EXPECT_EQ(r.counts.warnings, 1u);
  ASSERT_EQ(r.diagnostics.size(), 4u);
  EXPECT_EQ(r.diagnostics[0].severity, Diagnostic::Severity::kWarning);
  EXPECT_EQ(r.diagnostics[0].where, path + ":1");
  EXPECT_EQ(r.diagnostics[1].severity, Diagnostic::Severity::kError);
  EXPECT_EQ(r.diagnostics[1].where, path + ":25");
  EXPECT_NE(r.diagnostics[1].message.find("210399"), std::string::npos);
  EXPECT_EQ(r.diagnostics[2].where, path + ":28");
  EXPECT_NE(r.diagnostics[2].message.find("no text"), std::string::npos);
  EXPECT_EQ(r.diagnostics[3].where, path + ":32");
  EXPECT_NE(r.diagnostics[3].message.find("9501011"), std::string::npos);
}

TEST(TabariReaderTest, ReadsGzipInputDetectedByContent) {
  const std::string content = testing::ReadFileOrDie(testing::TestDataPath("tabari/records.text"));
  // Content detection looks for "YYMMDD ID" on the first line, so drop the header here.
  const std::string body = content.substr(content.find("210304"));
  const std::string path = testing::WriteTempFile("tabari_records.text.gz", "");
  gzFile gz = gzopen(path.c_str(), "wb");
  ASSERT_NE(gz, nullptr);
  ASSERT_EQ(gzwrite(gz, body.data(), static_cast<unsigned>(body.size())),
            static_cast<int>(body.size()));
  gzclose(gz);

  ReaderOptions options;
  auto reader = DocumentReader::Open(path, options, nullptr);
  ASSERT_TRUE(reader.ok()) << reader.status().message();
  EXPECT_EQ((*reader)->format(), InputFormat::kTabari);
  std::vector<std::string> ids;
  Document doc;
  while ((*reader)->Next(&doc)) ids.push_back(doc.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"VEL-01", "QUI-02", "TAR-03", "VEL-07"}));
  EXPECT_EQ((*reader)->counts().skipped, 3u);
  EXPECT_EQ((*reader)->counts().warnings, 0u);
}

TEST(TabariReaderTest, CommentsSpanLinesAndSeparateWords) {
  const std::string path = testing::WriteTempFile("tabari_comments.text",
                                                  "210101 COM-1\n"
                                                  "Velmora/* one\n"
                                                  "two\n"
                                                  "three */and/*x*/Tarsis\n"
                                                  "agreed. /* open to the end\n");
  ReadResult r = ReadTabari(path);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "Velmora and Tarsis agreed.");
  EXPECT_EQ(r.counts.skipped, 0u);
}

TEST(TabariReaderTest, StrayCommentEndTakesBackRepeatedCommentLines) {
  const std::string path = testing::WriteTempFile("tabari_stray.text",
                                                  "210105 STRAY-1\n"
                                                  "Tarsis expelled two envoys.\n"
                                                  "/*\\n{ TAR / VEL / 174 } */\n"
                                                  "\\n{ TAR / VEL / 174 } */\n"
                                                  "\n"
                                                  "210106 STRAY-2\n"
                                                  "A lone */ closer.\n");
  ReadResult r = ReadTabari(path);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].text, "Tarsis expelled two envoys.");
  EXPECT_EQ(r.docs[1].text, "A lone closer.");
  ASSERT_EQ(r.diagnostics.size(), 2u);
  EXPECT_EQ(r.diagnostics[0].severity, Diagnostic::Severity::kWarning);
  EXPECT_EQ(r.diagnostics[0].where, path + ":4");
  EXPECT_EQ(r.diagnostics[1].where, path + ":7");
}

TEST(TabariReaderTest, DisplayBreaksOutsideCommentsAreSpaces) {
  // Validate.text's FINAL-01 writes "\n" outside any comment; TABARI shows it as a line break.
  const std::string path = testing::WriteTempFile("tabari_breaks.text",
                                                  "210102 BRK-1\n"
                                                  "First part.\n"
                                                  "\\n\n"
                                                  "\\nSecond part.\n");
  ReadResult r = ReadTabari(path);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "First part. Second part.");
}

TEST(TabariReaderTest, HeaderVariants) {
  const std::string path = testing::WriteTempFile("tabari_headers.text",
                                                  "210103\n"
                                                  "A record with no ID.\n"
                                                  "\n"
                                                  "210104*STAR-2\n"
                                                  "A record whose ID follows its date directly.\n"
                                                  "\n"
                                                  "\t \n"
                                                  "300105 YR-3 /* a comment opened on the header\n"
                                                  "still comment */ Text after it.\n"
                                                  "\n"
                                                  "310106 YR-4\n"
                                                  "Year 31 is 1931.\n");
  ReadResult r = ReadTabari(path);
  ASSERT_EQ(r.docs.size(), 4u);
  EXPECT_EQ(r.docs[0].id, "tabari_headers.text:1");
  EXPECT_EQ(r.docs[0].date, "2021-01-03");
  EXPECT_EQ(r.docs[1].id, "*STAR-2");
  EXPECT_EQ(r.docs[1].date, "2021-01-04");
  EXPECT_EQ(r.docs[2].id, "YR-3");
  EXPECT_EQ(r.docs[2].date, "2030-01-05");
  EXPECT_EQ(r.docs[2].text, "Text after it.");
  EXPECT_EQ(r.docs[3].date, "1931-01-06");
  EXPECT_EQ(r.counts.warnings, 1u);  // the missing ID
  EXPECT_EQ(r.counts.skipped, 0u);
}

TEST(TabariReaderTest, SkipsRecordsOverTheSizeLimit) {
  const std::string long_line(120, 'y');
  const std::string content = "210201 OK-1\nShort text.\n\n"
                              "210202 LONG-2\n" + long_line + "\n" + long_line + "\n\n"
                              "210203 LONG-3\n" + long_line + long_line + "\nmore\n\n"
                              "210204 OK-4\nAlso short.\n";
  const std::string path = testing::WriteTempFile("tabari_limit.text", content);
  ReaderOptions options;
  options.max_document_bytes = 200;
  ReadResult r = ReadTabari(path, options);
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"OK-1", "OK-4"}));
  EXPECT_EQ(r.counts.skipped, 2u);
  ASSERT_EQ(r.diagnostics.size(), 2u);
  EXPECT_EQ(r.diagnostics[0].where, path + ":4");
  EXPECT_NE(r.diagnostics[0].message.find("longer than 200 bytes"), std::string::npos);
  EXPECT_EQ(r.diagnostics[1].where, path + ":8");
}

TEST(TabariReaderTest, CrLfLinesAndEmptyInput) {
  const std::string crlf = testing::WriteTempFile(
      "tabari_crlf.text", "210301  CR-1\r\nWindows line ends.\r\n\r\n210302  CR-2\r\nSecond.\r\n");
  ReadResult r = ReadTabari(crlf);
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"CR-1", "CR-2"}));
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].text, "Windows line ends.");

  ReadResult empty = ReadTabari(testing::WriteTempFile("tabari_empty.text", ""));
  EXPECT_TRUE(empty.ok);
  EXPECT_TRUE(empty.docs.empty());
  EXPECT_TRUE(empty.diagnostics.empty());
}

// tabari/Validate.text (DOMAIN.md §4.2). Counted with awk, sharing no code with the reader:
//   awk 'BEGIN{b=1} {if (b && /^[0-9]/) n++; b = /^[ \t\r]*$/} END{print n}' Validate.text
// counts lines that start with a digit right after a blank line (or at the start): 481 record
// lines. (A plain `grep -c '^[0-9]'` says 491: ten text lines such as "12-year break ..." start
// with a digit inside a record.) 473 of them run up to and including "990101  FINAL-01" (line
// 3993); the 8 after it (LINELONG-01 ... "061118 00589742 004") are records too. Two record lines
// have no valid date: "9501201  ACTORSYN-01" (line 1060, seven digits) and "186010029 YYYY-03"
// (line 3397, nine digits); `date -d` accepts the other 479 dates (six digits read as 19YY/20YY,
// and four eight-digit dates in the YYYY-nn records). No record is all comment: the line after
// each record line is neither blank nor starts with "/*". So 479 documents and 2 skipped.
// Three warnings: one for the "####" header before the first record, and one each for the two
// "*/" found with no comment open (lines 519 in PATTERN-26 and 2942 in AGENTS-11, whose last
// expectation lines are repeated after the comment's end), found with
//   awk '/^[ \t]*$/ {open=0; next} {...track "/*" and "*/" per line...}' Validate.text
// Two comments are never closed (in COMPOUND-06 and DEFAULT-06b); they end at their record's
// blank line.
TEST(TabariReaderTest, ReadsEveryRecordOfTheValidationSuite) {
  const std::string shared = testing::SharedDataDir();
  if (shared.empty()) GTEST_SKIP() << "skipped: ../shared/data not found";
  const std::string path = shared + "/tabari/Validate.text";
  ReadResult r = ReadTabari(path);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.counts.documents, 479u);
  EXPECT_EQ(r.counts.skipped, 2u);
  EXPECT_EQ(r.counts.warnings, 3u);
  std::vector<std::string> skipped_at, warned_at;
  for (const Diagnostic& d : r.diagnostics) {
    (d.severity == Diagnostic::Severity::kError ? skipped_at : warned_at).push_back(d.where);
  }
  EXPECT_EQ(skipped_at, (std::vector<std::string>{path + ":1060", path + ":3397"}));
  EXPECT_EQ(warned_at, (std::vector<std::string>{path + ":2", path + ":519", path + ":2942"}));

  size_t final_record = r.docs.size();
  for (size_t i = 0; i < r.docs.size(); ++i) {
    EXPECT_FALSE(r.docs[i].text.empty()) << r.docs[i].id;
    EXPECT_EQ(r.docs[i].text.find("/*"), std::string::npos) << r.docs[i].id;
    EXPECT_EQ(r.docs[i].text.find("*/"), std::string::npos) << r.docs[i].id;
    if (r.docs[i].id == "FINAL-01") final_record = i;
  }
  ASSERT_LT(final_record, r.docs.size());
  EXPECT_EQ(r.docs.size() - final_record - 1, 8u);  // the records after FINAL-01
  EXPECT_EQ(r.docs.front().id, "START-00");
  EXPECT_EQ(r.docs.front().date, "2000-01-01");
}

}  // namespace
}  // namespace entente
