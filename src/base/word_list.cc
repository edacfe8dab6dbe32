#include "base/word_list.h"

#include <fstream>

#include "base/utf8.h"

namespace entente::base {

namespace {
std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}
}  // namespace

StatusOr<WordList> LoadWordList(const std::string& path, const std::string& expected_name) {
  std::ifstream in(path);
  if (!in) return NotFoundError(path + ": cannot open word list (is the data directory right?)");
  WordList list;
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    auto where = [&] { return path + ":" + std::to_string(lineno) + ": "; };
    if (!IsValidUtf8(line)) return DataLossError(where() + "not valid UTF-8");
    std::string_view s = TrimSpace(line);
    if (lineno == 1) {
      constexpr std::string_view kMagic = "#! entente-wordlist ";
      if (s.substr(0, kMagic.size()) != kMagic) {
        return DataLossError(where() + "expected a header \"#! entente-wordlist <name> <version>\"");
      }
      s.remove_prefix(kMagic.size());
      size_t sp = s.find(' ');
      if (sp == std::string_view::npos) return DataLossError(where() + "header lacks a version");
      list.name = std::string(s.substr(0, sp));
      list.version = std::string(TrimSpace(s.substr(sp + 1)));
      if (list.name != expected_name) {
        return DataLossError(where() + "this is the \"" + list.name + "\" list, expected \"" +
                             expected_name + "\"");
      }
      continue;
    }
    if (s.empty() || s.front() == '#') continue;
    size_t gap = s.find_first_of(" \t");
    WordList::Entry e;
    e.word = std::string(s.substr(0, gap));
    if (gap != std::string_view::npos) {
      std::string_view cls = TrimSpace(s.substr(gap));
      size_t hash = cls.find(" #");
      if (hash != std::string_view::npos) cls = TrimSpace(cls.substr(0, hash));
      if (cls.find_first_of(" \t") != std::string_view::npos) {
        return DataLossError(where() + "expected \"entry [class]\", found more than two fields");
      }
      e.cls = std::string(cls);
    }
    list.entries.push_back(std::move(e));
  }
  if (lineno == 0) return DataLossError(path + ": empty word list");
  return list;
}

}  // namespace entente::base
