// Word lists (src/base/word_list.h): the header check, entries with and without classes,
// comments, and errors that name path:line.
#include "base/word_list.h"

#include <gtest/gtest.h>
#include <dirent.h>

#include <string>
#include <vector>

#include "test_support.h"

namespace entente::base {
namespace {

using entente::testing::SourceDir;
using entente::testing::WriteTempFile;

TEST(WordListTest, EntriesClassesAndComments) {
  const std::string path = WriteTempFile("titles.txt",
                                         "#! entente-wordlist titles 2\n"
                                         "# Honorifics before a name.\n"
                                         "\n"
                                         "Mr\n"
                                         "Dr\tperson\n"
                                         "   \t\n"
                                         "  Gen   rank  \n"
                                         "Sen rank # a senator\n"
                                         "# Amb ambassador (commented out)\n"
                                         "Rev\tclergy\t\n"
                                         "caf\xC3\xA9\n"
                                         "last-line-without-newline");
  auto list = LoadWordList(path, "titles");
  ASSERT_TRUE(list.ok()) << list.status().ToString();
  EXPECT_EQ(list->name, "titles");
  EXPECT_EQ(list->version, "2");
  std::vector<std::string> got;
  for (const auto& e : list->entries) got.push_back(e.word + "|" + e.cls);
  EXPECT_EQ(got, (std::vector<std::string>{"Mr|", "Dr|person", "Gen|rank", "Sen|rank",
                                           "Rev|clergy", "caf\xC3\xA9|",
                                           "last-line-without-newline|"}));
}

TEST(WordListTest, CrLfLineEnds) {
  const std::string path = WriteTempFile(
      "crlf_list.txt", "#! entente-wordlist crlf 1\r\n# comment\r\nalpha\r\nbeta\tgreek\r\n\r\n");
  auto list = LoadWordList(path, "crlf");
  ASSERT_TRUE(list.ok()) << list.status().ToString();
  EXPECT_EQ(list->version, "1");
  ASSERT_EQ(list->entries.size(), 2u);
  EXPECT_EQ(list->entries[0].word, "alpha");
  EXPECT_EQ(list->entries[0].cls, "");
  EXPECT_EQ(list->entries[1].word, "beta");
  EXPECT_EQ(list->entries[1].cls, "greek");
}

TEST(WordListTest, HeaderOnlyIsAnEmptyList) {
  auto list =
      LoadWordList(WriteTempFile("header_only.txt", "#! entente-wordlist none 3\n"), "none");
  ASSERT_TRUE(list.ok()) << list.status().ToString();
  EXPECT_TRUE(list->entries.empty());
  EXPECT_EQ(list->version, "3");
}

struct ErrorCase {
  const char* name;
  std::string content;
  std::string expected;  // the message after "path:"
};

TEST(WordListTest, ErrorsNamePathAndLine) {
  const ErrorCase kCases[] = {
      {"no_header.txt", "# titles\nMr\n",
       "1: expected a header \"#! entente-wordlist <name> <version>\""},
      {"entries_first.txt", "Mr\n#! entente-wordlist titles 1\n",
       "1: expected a header \"#! entente-wordlist <name> <version>\""},
      {"other_magic.txt", "#! entente-lexicon titles 1\n",
       "1: expected a header \"#! entente-wordlist <name> <version>\""},
      {"no_version.txt", "#! entente-wordlist titles\nMr\n", "1: header lacks a version"},
      {"wrong_name.txt", "#! entente-wordlist ranks 1\nGen\n",
       "1: this is the \"ranks\" list, expected \"titles\""},
      {"three_fields.txt", "#! entente-wordlist titles 1\nMr\n# ok\nDr person extra\nRev\n",
       "4: expected \"entry [class]\", found more than two fields"},
      {"three_fields_tabs.txt", "#! entente-wordlist titles 1\nDr\tperson\textra\n",
       "2: expected \"entry [class]\", found more than two fields"},
      {"bad_utf8.txt", "#! entente-wordlist titles 1\nMr\nDr\nCaf\xE9\n", "4: not valid UTF-8"},
      {"bad_utf8_header.txt", "#! entente-wordlist titl\xFF 1\n", "1: not valid UTF-8"},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.name);
    const std::string path = WriteTempFile(c.name, c.content);
    auto list = LoadWordList(path, "titles");
    ASSERT_FALSE(list.ok());
    EXPECT_EQ(list.status().code(), StatusCode::kDataLoss);
    EXPECT_EQ(list.status().message(), path + ":" + c.expected);
  }
}

TEST(WordListTest, EmptyAndMissingFiles) {
  const std::string empty = WriteTempFile("empty_list.txt", "");
  auto e = LoadWordList(empty, "titles");
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(e.status().message(), empty + ": empty word list");

  const std::string missing = empty + ".missing";
  auto m = LoadWordList(missing, "titles");
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(m.status().message().rfind(missing + ": cannot open word list", 0), 0u)
      << m.status().message();
}

TEST(WordListTest, ShippedListsLoadUnderTheirOwnNames) {
  // Every data/text/<name>.txt is the list "<name>" and loads without error.
  const std::string dir = SourceDir() + "/data/text";
  DIR* d = opendir(dir.c_str());
  ASSERT_NE(d, nullptr) << dir;
  int loaded = 0;
  while (dirent* e = readdir(d)) {
    std::string file = e->d_name;
    if (file.size() < 5 || file.substr(file.size() - 4) != ".txt") continue;
    std::string name = file.substr(0, file.size() - 4);
    auto list = LoadWordList(dir + "/" + file, name);
    EXPECT_TRUE(list.ok()) << list.status().ToString();
    if (list.ok()) {
      EXPECT_FALSE(list->version.empty()) << file;
      for (const auto& entry : list->entries) EXPECT_FALSE(entry.word.empty()) << file;
    }
    ++loaded;
  }
  closedir(d);
  EXPECT_GT(loaded, 0);
}

}  // namespace
}  // namespace entente::base
