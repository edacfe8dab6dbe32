#include "test_support.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace entente::testing {

std::string SourceDir() { return ENTENTE_SOURCE_DIR; }

std::string TestDataPath(const std::string& relative) {
  return SourceDir() + "/tests/data/" + relative;
}

std::string SharedDataDir() {
  if (const char* env = std::getenv("ENTENTE_SHARED_DATA"); env != nullptr && *env != '\0') {
    return env;
  }
  std::string dir = SourceDir() + "/../shared/data";
  struct stat st;
  if (stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return dir;
  return "";
}

std::string ReadFileOrDie(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "test support: cannot read %s\n", path.c_str());
    std::abort();
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string WriteTempFile(const std::string& name, const std::string& content) {
  const char* tmp = std::getenv("TMPDIR");
  std::string dir = std::string(tmp && *tmp ? tmp : "/tmp") + "/entente-tests-" +
                    std::to_string(getpid());
  mkdir(dir.c_str(), 0700);
  std::string path = dir + "/" + name;
  std::ofstream out(path, std::ios::binary);
  out << content;
  return path;
}

}  // namespace entente::testing
