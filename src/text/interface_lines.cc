#include "text/interface_lines.h"

#include "text/chars.h"

namespace entente::text {

namespace {
bool HasLetter(std::string_view w) {
  for (size_t i = 0; i < w.size();) {
    size_t len;
    if (IsLetterKind(KindAt(w, i, &len))) return true;
    i += len;
  }
  return false;
}
}  // namespace

bool IsInterfaceSegment(std::string_view norm, const std::vector<Token>& tokens, uint32_t first,
                        uint32_t last, const TextResources& resources) {
  if (first >= last) return false;
  auto form = [&](uint32_t i) {
    return norm.substr(tokens[i].norm.begin, tokens[i].norm.size());
  };
  if (form(last - 1) == ".") return false;
  uint32_t words = 0, ui = 0, function = 0;
  bool starts_with_call = false;
  for (uint32_t i = first; i < last; ++i) {
    std::string_view w = form(i);
    if (!HasLetter(w)) continue;
    if (++words > 8) return false;
    switch (resources.InterfaceWord(w)) {
      case InterfaceWordClass::kCallToAction:
        if (words == 1) starts_with_call = true;
        ++ui;
        break;
      case InterfaceWordClass::kInterface: ++ui; break;
      case InterfaceWordClass::kFunction: ++function; break;
      case InterfaceWordClass::kNone: break;
    }
  }
  if (words == 0) return last - first <= 6;
  if (starts_with_call) return true;
  return ui >= 1 && (ui + function) * 4 >= words * 3;
}

}  // namespace entente::text
