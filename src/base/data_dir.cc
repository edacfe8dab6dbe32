#include "base/data_dir.h"

#include <sys/stat.h>

#include <cstdlib>

namespace entente::base {

namespace {
bool HasTextData(const std::string& dir) {
  struct stat st;
  return stat((dir + "/text").c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}
}  // namespace

StatusOr<std::string> ResolveDataDir(const std::string& explicit_dir) {
  if (!explicit_dir.empty()) {
    if (HasTextData(explicit_dir)) return explicit_dir;
    return NotFoundError(explicit_dir + ": not an entente data directory (no text/ inside)");
  }
  std::string tried;
  if (const char* env = std::getenv("ENTENTE_DATA"); env != nullptr && *env != '\0') {
    if (HasTextData(env)) return std::string(env);
    tried += std::string(" $ENTENTE_DATA=") + env;
  }
  const std::string built_in = ENTENTE_DEFAULT_DATA_DIR;
  if (HasTextData(built_in)) return built_in;
  tried += " " + built_in;
  return NotFoundError("no entente data directory found (tried" + tried +
                       "); pass --data-dir DIR or set ENTENTE_DATA");
}

}  // namespace entente::base
