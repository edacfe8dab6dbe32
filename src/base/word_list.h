// Word lists under data/: the small, documented vocabularies the rules use (abbreviations,
// interface words, hyphen prefixes, ...), kept as data so they can be read, reviewed and extended
// without touching code.
//
// Format (UTF-8, one entry per line):
//   #! entente-wordlist <name> <version>     first line: what the file is
//   # comment                                 comments and blank lines are ignored
//   entry [<TAB or spaces> class]             an entry, optionally with a class label
#ifndef ENTENTE_BASE_WORD_LIST_H_
#define ENTENTE_BASE_WORD_LIST_H_

#include <string>
#include <vector>

#include "entente/status.h"

namespace entente::base {

struct WordList {
  std::string name;
  std::string version;
  struct Entry {
    std::string word;
    std::string cls;  // empty when the line has no class
  };
  std::vector<Entry> entries;
};

// Loads `path` and checks that its header names `expected_name`. Bad lines are errors with
// "path:line: reason": a word list is part of the program, and a broken one must not load.
StatusOr<WordList> LoadWordList(const std::string& path, const std::string& expected_name);

}  // namespace entente::base

#endif  // ENTENTE_BASE_WORD_LIST_H_
