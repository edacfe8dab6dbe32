#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdint>
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

ReadResult ReadAll(const std::string& path, ReaderOptions options = {}) {
  if (options.format == InputFormat::kAuto) options.format = InputFormat::kPetrarchXml;
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

std::string WriteGzip(const std::string& name, const std::string& content) {
  std::string path = testing::WriteTempFile(name, "");
  gzFile gz = gzopen(path.c_str(), "wb");
  EXPECT_NE(gz, nullptr);
  if (gz == nullptr) return path;
  EXPECT_EQ(gzwrite(gz, content.data(), static_cast<unsigned>(content.size())),
            static_cast<int>(content.size()));
  gzclose(gz);
  return path;
}

TEST(PetrarchXmlReaderTest, ReadsRecordsAndIgnoresEverythingElse) {
  const std::string path = testing::TestDataPath("petrarch/records.xml");
  ReadResult r = ReadAll(path);
  ASSERT_TRUE(r.ok);
  // The <Sentence> inside the header comment, <Config> elements, the <PLEvent {json}> line and
  // the stray text between records are not records.
  ASSERT_EQ(Ids(r), (std::vector<std::string>{"VEL-01", "QUI-02", "records.xml:40", "TAR-04",
                                               "TAR-05"}));
  EXPECT_EQ(r.counts.documents, 5u);
  EXPECT_EQ(r.counts.skipped, 0u);

  const Document& first = r.docs[0];
  EXPECT_EQ(first.date, "2021-03-04");
  EXPECT_EQ(first.text,
            "Velmora & Quintara signed a \"river charter\" on Tuesday, the caf\xC3\xA9 "
            "owners\xE2\x80\x99 guild said <unverified> and &unknown; stays.");
  EXPECT_EQ(first.origin, path + ":16");
  EXPECT_TRUE(first.source.empty());
  EXPECT_TRUE(first.title.empty());
  EXPECT_TRUE(first.url.empty());

  // PETRARCH-2 spelling: sentence="true", spaces around '=', single quotes; a comment in the
  // record holds "</Sentence>" and a <Text>, and a <PLEvent> line sits inside the record.
  EXPECT_EQ(r.docs[1].date, "2021-03-05");
  EXPECT_EQ(r.docs[1].text, "Quintara's envoy visited Tarsis.");
  EXPECT_EQ(r.docs[1].origin, path + ":31");

  // No id: one is made from the file name and line, with a warning.
  EXPECT_EQ(r.docs[2].date, "1999-12-31");
  EXPECT_EQ(r.docs[2].text, "The Tarsic council met in the capital.");
  EXPECT_EQ(r.counts.warnings, 1u);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].severity, Diagnostic::Severity::kWarning);
  EXPECT_EQ(r.diagnostics[0].where, path + ":40");

  // Two records on one line.
  EXPECT_EQ(r.docs[3].text, "Two records share this line.");
  EXPECT_EQ(r.docs[4].text, "This is the second.");
  EXPECT_EQ(r.docs[4].date, "2000-01-02");
  EXPECT_EQ(r.docs[3].origin, path + ":43");
  EXPECT_EQ(r.docs[4].origin, path + ":43");
}

TEST(PetrarchXmlReaderTest, ReportsBrokenRecordsAndReadsTheRest) {
  const std::string path = testing::TestDataPath("petrarch/broken.xml");
  ReadResult r = ReadAll(path);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"GOOD-02", "GOOD-06"}));
  EXPECT_EQ(r.docs[0].text, "Velmora recalled its ambassador.");
  EXPECT_EQ(r.docs[0].origin, path + ":7");
  EXPECT_EQ(r.counts.skipped, 5u);
  EXPECT_EQ(r.counts.warnings, 0u);

  ASSERT_EQ(r.diagnostics.size(), 5u);
  for (const Diagnostic& d : r.diagnostics) {
    EXPECT_EQ(d.severity, Diagnostic::Severity::kError) << d.message;
  }
  // The record left open is reported at its own <Sentence> line, not where it was noticed.
  EXPECT_EQ(r.diagnostics[0].where, path + ":3");
  EXPECT_NE(r.diagnostics[0].message.find("not closed"), std::string::npos);
  EXPECT_NE(r.diagnostics[0].message.find("line 7"), std::string::npos);
  EXPECT_EQ(r.diagnostics[1].where, path + ":12");
  EXPECT_NE(r.diagnostics[1].message.find("20211301"), std::string::npos);
  EXPECT_EQ(r.diagnostics[2].where, path + ":15");
  EXPECT_NE(r.diagnostics[2].message.find("no date"), std::string::npos);
  EXPECT_EQ(r.diagnostics[3].where, path + ":18");
  EXPECT_NE(r.diagnostics[3].message.find("<Text>"), std::string::npos);
  EXPECT_EQ(r.diagnostics[4].where, path + ":24");
  EXPECT_NE(r.diagnostics[4].message.find("end of the file"), std::string::npos);
}

TEST(PetrarchXmlReaderTest, ReadsGzipInput) {
  const std::string content = testing::ReadFileOrDie(testing::TestDataPath("petrarch/records.xml"));
  const std::string path = WriteGzip("petrarch_records.xml.gz", content);
  ReaderOptions options;  // format from the name: .xml under .gz
  options.format = InputFormat::kAuto;
  auto reader = DocumentReader::Open(path, options, nullptr);
  ASSERT_TRUE(reader.ok()) << reader.status().message();
  EXPECT_EQ((*reader)->format(), InputFormat::kPetrarchXml);
  std::vector<std::string> ids;
  Document doc;
  while ((*reader)->Next(&doc)) ids.push_back(doc.id);
  EXPECT_TRUE((*reader)->status().ok());
  EXPECT_EQ(ids.size(), 5u);
  ASSERT_FALSE(ids.empty());
  EXPECT_EQ(ids[0], "VEL-01");
  EXPECT_EQ((*reader)->counts().bytes, content.size());
}

TEST(PetrarchXmlReaderTest, SkipsRecordsOverTheSizeLimit) {
  const std::string long_text(300, 'x');
  const std::string content =
      "<Sentences>\n"
      "<Sentence date=\"20210101\" id=\"SHORT-1\"><Text>Brief.</Text></Sentence>\n"
      "<Sentence date=\"20210102\" id=\"LONG-2\">\n<Text>\n" + long_text + "\n" + long_text +
      "\n</Text>\n</Sentence>\n"
      "<Sentence date=\"20210103\" id=\"LONG-3\"><Text>" + long_text + "</Text></Sentence>\n"
      "<Sentence date=\"20210104\" id=\"SHORT-4\">\n<Text>Also brief.</Text>\n</Sentence>\n"
      "</Sentences>\n";
  const std::string path = testing::WriteTempFile("petrarch_limit.xml", content);
  ReaderOptions options;
  options.max_document_bytes = 200;
  ReadResult r = ReadAll(path, options);
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"SHORT-1", "SHORT-4"}));
  EXPECT_EQ(r.counts.skipped, 2u);
  ASSERT_EQ(r.diagnostics.size(), 2u);
  EXPECT_EQ(r.diagnostics[0].where, path + ":3");
  EXPECT_NE(r.diagnostics[0].message.find("longer than 200 bytes"), std::string::npos);
  // LONG-3 is one line over the limit: the line is dropped unseen, and reported as such.
  EXPECT_EQ(r.diagnostics[1].where, path + ":9");
}

TEST(PetrarchXmlReaderTest, HandlesCrLfAndMultiLineStartTags) {
  const std::string content =
      "<Sentences>\r\n<Sentence\r\n   date=\"20210201\"\r\n   id=\"CRLF-1\">\r\n"
      "<Text>\r\nCarriage returns\r\nend lines here.\r\n</Text>\r\n</Sentence>\r\n";
  const std::string path = testing::WriteTempFile("petrarch_crlf.xml", content);
  ReadResult r = ReadAll(path);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "CRLF-1");
  EXPECT_EQ(r.docs[0].date, "2021-02-01");
  EXPECT_EQ(r.docs[0].text, "Carriage returns end lines here.");
  EXPECT_EQ(r.docs[0].origin, path + ":2");
}

TEST(PetrarchXmlReaderTest, ReportsEmptyOrSelfClosingRecords) {
  const std::string content =
      "<Sentence date=\"20210301\" id=\"E-1\"/>\n"
      "<Sentence date=\"20210302\" id=\"E-2\"><Text>  \n </Text></Sentence>\n"
      "<Sentence date=\"20210303\" id=\"E-3\"><Text>Unclosed text.</Sentence>\n"
      "<Sentence date=\"20210304\" id=\"OK-4\"><Text>Fine.</Text></Sentence>\n";
  const std::string path = testing::WriteTempFile("petrarch_empty.xml", content);
  ReadResult r = ReadAll(path);
  EXPECT_EQ(Ids(r), (std::vector<std::string>{"OK-4"}));
  EXPECT_EQ(r.counts.skipped, 3u);
}

TEST(PetrarchXmlReaderTest, EmptyInputHasNoDocuments) {
  const std::string path = testing::WriteTempFile("petrarch_empty_file.xml", "");
  ReadResult r = ReadAll(path);
  EXPECT_TRUE(r.ok);
  EXPECT_TRUE(r.docs.empty());
  EXPECT_TRUE(r.diagnostics.empty());
}

// The suites named in DOMAIN.md §4.1 and §4.3. Expected counts were measured with commands that
// share no code with the reader:
//   grep -c '<Sentence ' FILE                    -> 281, 284, 275
//   grep -c '</Sentence>' FILE                   -> 281, 284, 274
// In PETR_Validate_records_2_02.xml one '<Sentence ' is not a record: line 21 of the header
// comment reads "Use <Sentence ... evaluate="false"> ...", so it has 274 records. That comment
// also holds a nested "<!-- ... -->", which ends it early (XML's rule, which the reader follows);
// the rest of the header is then stray text, ignored. Its 39 <PLEvent {json}> lines sit inside
// records. Every record of all three files has a date, an id (PETRARCH-1's PARSING records write
// `id ="..."` with a space) and a non-empty <Text>, so none is skipped and none warned about.
TEST(PetrarchXmlReaderTest, ReadsEveryRecordOfTheSharedSuites) {
  const std::string shared = testing::SharedDataDir();
  if (shared.empty()) GTEST_SKIP() << "skipped: ../shared/data not found";
  struct Suite {
    const char* file;
    uint64_t records;
    const char* first_id;
  };
  const Suite suites[] = {
      {"petrarch1/PETR.UnitTest.records.xml", 281, "DEMO-00"},
      {"petrarch2/PETR.UnitTest.records.xml", 284, nullptr},
      {"universal-petrarch/PETR_Validate_records_2_02.xml", 274, "DEMO-01"},
  };
  for (const Suite& suite : suites) {
    SCOPED_TRACE(suite.file);
    ReadResult r = ReadAll(shared + "/" + suite.file);
    EXPECT_TRUE(r.ok);
    EXPECT_EQ(r.counts.documents, suite.records);
    EXPECT_EQ(r.counts.skipped, 0u);
    EXPECT_EQ(r.counts.warnings, 0u);
    for (const Diagnostic& d : r.diagnostics) ADD_FAILURE() << d.where << ": " << d.message;
    ASSERT_FALSE(r.docs.empty());
    if (suite.first_id != nullptr) {
      EXPECT_EQ(r.docs[0].id, suite.first_id);
    }
    for (const Document& d : r.docs) {
      EXPECT_EQ(d.date.size(), 10u) << d.id;
      EXPECT_FALSE(d.text.empty()) << d.id;
      EXPECT_EQ(d.text.find('\n'), std::string::npos) << d.id;
      EXPECT_EQ(d.text.find("&amp;"), std::string::npos) << d.id;
    }
  }
}

}  // namespace
}  // namespace entente
