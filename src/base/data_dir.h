// Finding data/ (word lists now; models, dictionaries and code tables later).
#ifndef ENTENTE_BASE_DATA_DIR_H_
#define ENTENTE_BASE_DATA_DIR_H_

#include <string>

#include "entente/status.h"

namespace entente::base {

// The data directory to use, in this order: `explicit_dir` when not empty; $ENTENTE_DATA; the
// directory the build was configured with (the source tree's data/). Fails with a message that
// lists what was tried when none of them holds data/text/.
StatusOr<std::string> ResolveDataDir(const std::string& explicit_dir);

}  // namespace entente::base

#endif  // ENTENTE_BASE_DATA_DIR_H_
