#include "ingest/news_corpora.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "test_support.h"

namespace entente::ingest {
namespace {

TEST(NewsCorpora, ReutersDate) {
  EXPECT_EQ(ReutersDate("26-FEB-1987 15:01:01.79"), "1987-02-26");
  EXPECT_EQ(ReutersDate(" 5-MAR-1987 09:16:34.36"), "1987-03-05");
  EXPECT_EQ(ReutersDate("  9-APR-1987 01:02:03.00"), "1987-04-09");
  EXPECT_EQ(ReutersDate("19-OCT-1987 11:02:03.00&#9;&#9;&#9;RM"), "1987-10-19");
  EXPECT_EQ(ReutersDate("31-FEB-1987 15:01:01.79"), "");
  EXPECT_EQ(ReutersDate(""), "");
  EXPECT_EQ(ReutersDate("   "), "");
}

TEST(NewsCorpora, UngdcDate) {
  // Session S met in 1945 + S; speeches are dated the 25th of September of that year.
  EXPECT_EQ(UngdcDate("USA_75_2020.txt"), "2020-09-25");
  EXPECT_EQ(UngdcDate("FRA_79_2024.txt"), "2024-09-25");
  EXPECT_EQ(UngdcDate("EU_77_2022.txt"), "2022-09-25");
  EXPECT_EQ(UngdcDate("README.txt"), "");
  EXPECT_EQ(UngdcDate("USA_xx_2020.txt"), "");
  EXPECT_EQ(UngdcDate("USA__2020.txt"), "");
}

// A ustar header for a regular file.
std::string TarHeader(const std::string& name, size_t size) {
  std::string h(512, '\0');
  std::memcpy(&h[0], name.data(), name.size());
  std::snprintf(&h[124], 12, "%011zo", size);
  h[156] = '0';
  return h;
}

std::string WriteTarGz(const std::vector<std::pair<std::string, std::string>>& files) {
  std::string tar;
  for (const auto& [name, content] : files) {
    tar += TarHeader(name, content.size());
    tar += content;
    tar.append((512 - content.size() % 512) % 512, '\0');
  }
  tar.append(1024, '\0');
  const std::string path = testing::WriteTempFile("corpus.tar.gz", "");
  gzFile gz = gzopen(path.c_str(), "wb");
  gzwrite(gz, tar.data(), static_cast<unsigned>(tar.size()));
  gzclose(gz);
  return path;
}

TEST(NewsCorpora, ReadsATinyReutersArchive) {
  const std::string sgm =
      "<REUTERS NEWID=\"7\">\n<DATE> 2-MAR-1987 10:00:00.00</DATE>\n<TITLE>A &lt;B&gt;</TITLE>"
      "<BODY>Tokyo &amp; Seoul agreed.&#3;</BODY></REUTERS>\n"
      "<REUTERS NEWID=\"8\">\n<DATE>3-MAR-1987 10:00:00.00</DATE><TEXT>no body</TEXT></REUTERS>\n"
      "<REUTERS NEWID=\"9\">\n<DATE>4-MAR-1987 10:00:00.00</DATE><BODY>Kept \xff.</BODY>"
      "</REUTERS>\n";
  const std::string path = WriteTarGz({{"reut2-000.sgm", sgm}});
  auto docs = LoadReuters21578(path);
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 2u);  // a record without <BODY> is not a document
  EXPECT_EQ((*docs)[0].id, "reuters-7");
  EXPECT_EQ((*docs)[0].date, "1987-03-02");
  EXPECT_EQ((*docs)[0].title, "A <B>");
  EXPECT_EQ((*docs)[0].text, "Tokyo & Seoul agreed.");  // &#3; is wire format: dropped
  EXPECT_EQ((*docs)[1].text, "Kept \xef\xbf\xbd.");      // invalid UTF-8 repaired
  EXPECT_EQ((*docs)[1].repaired_utf8, 1u);
  auto some = LoadReuters21578(path, [](std::string_view id) { return id == "reuters-9"; });
  ASSERT_TRUE(some.ok());
  ASSERT_EQ(some->size(), 1u);
  EXPECT_EQ((*some)[0].id, "reuters-9");
}

TEST(NewsCorpora, ReadsATinyUngdcArchive) {
  const std::string path = WriteTarGz({{"Session 76 - 2021/KEN_76_2021.txt", "Kenya speaks.\n"},
                                       {"Session 76 - 2021/notes.csv", "x"}});
  auto docs = LoadUngdc(path);
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].id, "ungdc-KEN_76_2021.txt");
  EXPECT_EQ((*docs)[0].date, "2021-09-25");
  EXPECT_EQ((*docs)[0].text, "Kenya speaks.\n");
}

TEST(NewsCorpora, MissingArchive) {
  auto docs = LoadUngdc("/nonexistent/archive.tar.gz");
  ASSERT_FALSE(docs.ok());
  EXPECT_NE(docs.status().message().find("cannot open"), std::string::npos);
}

TEST(NewsCorpora, SharedCorpora) {
  const std::string shared = testing::SharedDataDir();
  if (shared.empty()) GTEST_SKIP() << "skipped: ../shared/data not found";
  auto docs = LoadReuters21578(shared + "/news/" + kReutersArchive,
                               [](std::string_view id) { return id == "reuters-1"; });
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].date, "1987-02-26");
  EXPECT_EQ((*docs)[0].text.substr(0, 40), "Showers continued throughout the week in");
  auto un = LoadUngdc(shared + "/news/" + kUngdcArchive,
                      [](std::string_view id) { return id == "ungdc-USA_75_2020.txt"; });
  ASSERT_TRUE(un.ok()) << un.status().ToString();
  ASSERT_EQ(un->size(), 1u);
  EXPECT_EQ((*un)[0].date, "2020-09-25");
}

}  // namespace
}  // namespace entente::ingest
