// The data directory lookup (src/base/data_dir.h): an explicit directory, $ENTENTE_DATA, the
// built-in default, and the message when a directory is not a data directory.
#include "base/data_dir.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <string>

#include "test_support.h"

namespace entente::base {
namespace {

using entente::testing::WriteTempFile;

// Sets an environment variable for the life of the object.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old, had_ = true;
    if (value) setenv(name, value, 1);
    else unsetenv(name);
  }
  ~ScopedEnv() {
    if (had_) setenv(name_, old_.c_str(), 1);
    else unsetenv(name_);
  }

 private:
  const char* name_;
  std::string old_;
  bool had_ = false;
};

// A fresh directory holding text/, under the tests' temporary directory.
std::string MakeDataDir(const std::string& name) {
  const std::string marker = WriteTempFile(name + "-marker", "");
  const std::string dir = marker.substr(0, marker.rfind('/')) + "/" + name;
  mkdir(dir.c_str(), 0700);
  mkdir((dir + "/text").c_str(), 0700);
  return dir;
}

TEST(DataDirTest, ExplicitDirectoryWins) {
  const std::string dir = MakeDataDir("explicit-data");
  ScopedEnv env("ENTENTE_DATA", "/nonexistent/entente-data");
  auto r = ResolveDataDir(dir);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(*r, dir);
}

TEST(DataDirTest, ExplicitDirectoryWithoutTextIsAnError) {
  const std::string marker = WriteTempFile("not-data-marker", "");
  const std::string dir = marker.substr(0, marker.rfind('/')) + "/not-data";
  mkdir(dir.c_str(), 0700);
  auto r = ResolveDataDir(dir);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(r.status().message(), dir + ": not an entente data directory (no text/ inside)");
}

TEST(DataDirTest, EnvironmentVariableIsUsedWhenNoDirectoryIsGiven) {
  const std::string dir = MakeDataDir("env-data");
  ScopedEnv env("ENTENTE_DATA", dir.c_str());
  auto r = ResolveDataDir("");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(*r, dir);
}

TEST(DataDirTest, FallsBackToTheBuiltInDirectory) {
  ScopedEnv env("ENTENTE_DATA", "/nonexistent/entente-data");
  auto r = ResolveDataDir("");
  // The build's default is the source tree's data/, which has text/.
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  struct stat st;
  EXPECT_EQ(stat((*r + "/text").c_str(), &st), 0) << *r;
  EXPECT_NE(*r, "/nonexistent/entente-data");
}

}  // namespace
}  // namespace entente::base
