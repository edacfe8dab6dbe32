#include "lexicon/vocabulary.h"

namespace entente::lexicon {

TokenId Vocabulary::Intern(std::string_view word) {
  auto it = ids_.find(word);
  if (it != ids_.end()) return it->second;
  const TokenId id = static_cast<TokenId>(words_.size());
  words_.push_back(std::make_unique<std::string>(word));
  ids_.emplace(std::string_view(*words_.back()), id);
  return id;
}

TokenId Vocabulary::Find(std::string_view word) const {
  auto it = ids_.find(word);
  return it == ids_.end() ? kNoToken : it->second;
}

void AppendUpper(std::string_view in, std::string* out) {
  for (char c : in) out->push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
}

std::string ToUpper(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  AppendUpper(in, &out);
  return out;
}

}  // namespace entente::lexicon
