#include "text/text_resources.h"

#include <algorithm>

#include "base/word_list.h"

namespace entente::text {

std::string_view AsciiLower(std::string_view s, char* buf, size_t buf_size) {
  if (s.size() > buf_size) return {};
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return std::string_view(buf, s.size());
}

namespace {
constexpr size_t kMaxWord = 64;
}

StatusOr<std::unique_ptr<TextResources>> TextResources::Load(const std::string& data_dir) {
  std::unique_ptr<TextResources> r(new TextResources());
  const std::string dir = data_dir + "/text/";
  auto load = [&](const char* name) -> StatusOr<base::WordList> {
    auto list = base::LoadWordList(dir + name + ".txt", name);
    if (list.ok()) {
      if (!r->versions_.empty()) r->versions_ += ' ';
      r->versions_ += std::string(name) + "=" + list->version;
    }
    return list;
  };
  auto bad_class = [&](const char* name, const base::WordList::Entry& e) {
    return DataLossError(dir + name + ".txt: entry \"" + e.word + "\" has an unknown class \"" +
                         e.cls + "\"");
  };

  ENTENTE_ASSIGN_OR_RETURN(base::WordList abbrevs, load("abbreviations"));
  for (const auto& e : abbrevs.entries) {
    AbbrevClass c;
    if (e.cls == "title") c = AbbrevClass::kTitle;
    else if (e.cls == "number") c = AbbrevClass::kNumber;
    else if (e.cls == "month") c = AbbrevClass::kMonth;
    else if (e.cls == "inner") c = AbbrevClass::kInner;
    else if (e.cls == "other") c = AbbrevClass::kOther;
    else return bad_class("abbreviations", e);
    r->abbreviations_.emplace(e.word, c);
  }

  ENTENTE_ASSIGN_OR_RETURN(base::WordList openers, load("sentence_openers"));
  for (const auto& e : openers.entries) r->openers_.insert(e.word);

  ENTENTE_ASSIGN_OR_RETURN(base::WordList prefixes, load("hyphen_prefixes"));
  for (const auto& e : prefixes.entries) r->hyphen_prefixes_.insert(e.word);

  ENTENTE_ASSIGN_OR_RETURN(base::WordList ui, load("interface_words"));
  for (const auto& e : ui.entries) {
    if (e.cls == "cta") r->interface_words_.emplace(e.word, InterfaceWordClass::kCallToAction);
    else if (e.cls == "ui") r->interface_words_.emplace(e.word, InterfaceWordClass::kInterface);
    else if (e.cls == "function") r->interface_words_.emplace(e.word, InterfaceWordClass::kFunction);
    else return bad_class("interface_words", e);
  }

  ENTENTE_ASSIGN_OR_RETURN(base::WordList contractions, load("contractions"));
  for (const auto& e : contractions.entries) {
    size_t plus = e.cls.find('+');
    std::string joined = e.cls;
    if (plus != std::string::npos) joined.erase(plus, 1);
    if (plus == std::string::npos || plus == 0 || joined != e.word) {
      return DataLossError(dir + "contractions.txt: entry \"" + e.word +
                           "\" needs a split like can+not that spells the word");
    }
    r->contractions_.emplace(e.word, plus);
    r->contraction_min_ = std::min(r->contraction_min_, e.word.size());
    r->contraction_max_ = std::max(r->contraction_max_, e.word.size());
  }
  return r;
}

AbbrevClass TextResources::Abbreviation(std::string_view word) const {
  char buf[kMaxWord];
  std::string_view lower = AsciiLower(word, buf, sizeof buf);
  if (lower.empty()) return AbbrevClass::kNone;
  auto it = abbreviations_.find(lower);
  return it == abbreviations_.end() ? AbbrevClass::kNone : it->second;
}

bool TextResources::IsSentenceOpener(std::string_view word) const {
  char buf[kMaxWord];
  std::string_view lower = AsciiLower(word, buf, sizeof buf);
  return !lower.empty() && openers_.count(lower) > 0;
}

bool TextResources::IsHyphenPrefix(std::string_view word) const {
  char buf[kMaxWord];
  std::string_view lower = AsciiLower(word, buf, sizeof buf);
  return !lower.empty() && hyphen_prefixes_.count(lower) > 0;
}

InterfaceWordClass TextResources::InterfaceWord(std::string_view word) const {
  char buf[kMaxWord];
  std::string_view lower = AsciiLower(word, buf, sizeof buf);
  if (lower.empty()) return InterfaceWordClass::kNone;
  auto it = interface_words_.find(lower);
  return it == interface_words_.end() ? InterfaceWordClass::kNone : it->second;
}

size_t TextResources::ContractionSplit(std::string_view word) const {
  if (word.size() < contraction_min_ || word.size() > contraction_max_) return 0;
  char buf[kMaxWord];
  std::string_view lower = AsciiLower(word, buf, sizeof buf);
  if (lower.empty()) return 0;
  auto it = contractions_.find(lower);
  return it == contractions_.end() ? 0 : it->second;
}

}  // namespace entente::text
