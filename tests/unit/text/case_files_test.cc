// Runs every tests/cases/text/*.case file: text in, expected segment dump out.
//
// Case file format (anyone can add one without writing C++):
//   # comments before the first section
//   === name of the case
//   <input text, any number of lines; "\t" is not special, a line "<blank>" stands for an empty line>
//   --- expect
//   <kind>TAB<tokens separated by spaces>     one line per segment, as text::DumpSegments prints
//   (the next "===" starts the next case)
#include <gtest/gtest.h>

#include <dirent.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "entente/pipeline.h"
#include "test_support.h"
#include "text/dump.h"

namespace entente::text {
namespace {

struct Case {
  std::string file, name, input, expect;
  int line = 0;
};

std::vector<Case> LoadCases() {
  std::vector<Case> cases;
  std::string dir = testing::SourceDir() + "/tests/cases/text";
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) return cases;
  std::vector<std::string> files;
  while (dirent* e = readdir(d)) {
    std::string n = e->d_name;
    if (n.size() > 5 && n.substr(n.size() - 5) == ".case") files.push_back(n);
  }
  closedir(d);
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    std::istringstream in(testing::ReadFileOrDie(dir + "/" + f));
    std::string line;
    Case* c = nullptr;
    bool expect = false;
    int lineno = 0;
    while (std::getline(in, line)) {
      ++lineno;
      if (line.rfind("=== ", 0) == 0) {
        cases.push_back({f, line.substr(4), "", "", lineno});
        c = &cases.back();
        expect = false;
        continue;
      }
      if (c == nullptr) continue;
      if (line == "--- expect") {
        expect = true;
        continue;
      }
      if (line == "<blank>") line.clear();
      (expect ? c->expect : c->input) += line + "\n";
    }
  }
  return cases;
}

TEST(CaseFiles, EveryCaseMatchesItsExpectedDump) {
  PipelineOptions options;
  options.data_dir = testing::SourceDir() + "/data";
  auto pipeline = Pipeline::Load(options);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  std::vector<Case> cases = LoadCases();
  ASSERT_FALSE(cases.empty()) << "no tests/cases/text/*.case files found";
  TextAnalysis analysis;
  for (const Case& c : cases) {
    Document doc;
    doc.text = c.input;
    (*pipeline)->AnalyzeText(doc, &analysis);
    EXPECT_EQ(DumpSegments(analysis), c.expect) << c.file << ":" << c.line << ": " << c.name;
  }
}

}  // namespace
}  // namespace entente::text
