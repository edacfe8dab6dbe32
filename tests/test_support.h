// Helpers shared by the unit tests.
#ifndef ENTENTE_TESTS_TEST_SUPPORT_H_
#define ENTENTE_TESTS_TEST_SUPPORT_H_

#include <string>

namespace entente::testing {

// The source tree (for tests/data and data/).
std::string SourceDir();
// A file under tests/data.
std::string TestDataPath(const std::string& relative);
// ../shared/data beside the checkout, or "" when absent (tests then GTEST_SKIP with a message).
std::string SharedDataDir();
// Reads a whole file; aborts the test binary when it cannot (a missing golden file is a bug).
std::string ReadFileOrDie(const std::string& path);
// Writes `content` to a fresh file in the test's temporary directory and returns its path.
std::string WriteTempFile(const std::string& name, const std::string& content);

}  // namespace entente::testing

#endif  // ENTENTE_TESTS_TEST_SUPPORT_H_
