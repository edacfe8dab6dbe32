#include "lexicon/model.h"

namespace entente::lexicon {

const ActorCode* ActorEntry::CodeOn(int32_t date, DateSemantics semantics) const {
  if (date <= 0) {
    // No document date: no restriction can be said to hold, so only the unrestricted code
    // applies (else the null code). Treating the unknown date as day 0 would make every
    // "until" range hold and give a text of today the codes of its oldest period.
    for (const ActorCode& c : codes) {
      if (c.dates.kind == DateRange::Kind::kDefault) return &c;
    }
    return nullptr;
  }
  if (semantics == DateSemantics::kTabari) {
    // TABARI manual §6.5.2 note 4: restrictions are evaluated in the order listed, except the
    // unrestricted code, which applies only if none of them is satisfied; with no default the
    // null code is assigned.
    const ActorCode* fallback = nullptr;
    for (const ActorCode& c : codes) {
      if (c.dates.kind == DateRange::Kind::kDefault) {
        if (fallback == nullptr) fallback = &c;
      } else if (c.dates.Contains(date)) {
        return &c;
      }
    }
    return fallback;
  }
  // PETRARCH-2: everything in file order, the default included; `<D` and the end of `D1-D2` are
  // exclusive (DOMAIN.md §3.1).
  for (const ActorCode& c : codes) {
    switch (c.dates.kind) {
      case DateRange::Kind::kDefault:
        return &c;
      case DateRange::Kind::kUntil:
        if (date < c.dates.last) return &c;
        break;
      case DateRange::Kind::kFrom:
        if (date >= c.dates.first) return &c;
        break;
      case DateRange::Kind::kBetween:
        if (c.dates.first <= date && date < c.dates.last) return &c;
        break;
    }
  }
  return nullptr;
}

std::vector<std::string_view> CompoundParts(std::string_view code) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i <= code.size()) {
    size_t j = code.find('/', i);
    if (j == std::string_view::npos) j = code.size();
    if (j > i) out.push_back(code.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

std::string EventCode::ToString() const {
  switch (kind) {
    case Kind::kNull:
      return "[---]";
    case Kind::kDiscard:
      return "[###]";
    case Kind::kComplex:
      return "[+++]";
    case Kind::kTimeShift:
      return std::string("[") + (shift_days >= 0 ? "+" : "") + std::to_string(shift_days) + "]";
    case Kind::kEvent:
      break;
  }
  std::string s = "[" + primary;
  if (!paired.empty()) s += ":" + paired;
  if (subordinate) s += "?";
  if (dominant) s += "!";
  return s + "]";
}

uint32_t Dictionary::AddFile(const std::string& path) {
  files.push_back(path);
  return static_cast<uint32_t>(files.size() - 1);
}

std::string Dictionary::Where(const SourceRef& ref) const {
  if (ref.file >= files.size()) return "?";
  return files[ref.file] + ":" + std::to_string(ref.line);
}

std::string Dictionary::PhraseText(const Phrase& phrase) const {
  std::string s;
  for (const PhraseWord& w : phrase.words) {
    if (!s.empty()) s += w.gap_before ? " .. " : " ";
    s += vocabulary.Word(w.token);
    if (w.match == WordMatch::kPrefix) s += "*";
    if (w.match == WordMatch::kEndings) s += "~";
  }
  return s;
}

int Dictionary::FindSynset(std::string_view name) const {
  for (size_t i = 0; i < synsets.size(); ++i) {
    if (synsets[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

uint32_t Dictionary::TotalSkipped() const {
  uint32_t n = 0;
  for (const FileReport& r : reports) n += r.skipped;
  return n;
}

}  // namespace entente::lexicon
