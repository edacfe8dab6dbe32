#include "coding/mood.h"

namespace entente::coding {

std::string_view MoodName(Mood mood) {
  switch (mood) {
    case Mood::kFactual: return "factual";
    case Mood::kIntended: return "intended";
    case Mood::kPossible: return "possible";
    case Mood::kObliged: return "obliged";
    case Mood::kConditional: return "conditional";
    case Mood::kDenied: return "denied";
    case Mood::kHabitual: return "habitual";
  }
  return "?";
}

std::string_view IntentCode(const std::map<std::string, std::string>& intent_codes,
                            std::string_view code) {
  for (size_t len = code.size(); len >= 2; --len) {
    auto it = intent_codes.find(std::string(code.substr(0, len)));
    if (it != intent_codes.end()) return it->second;
  }
  return code;
}

bool ApplyMood(Mood mood, const std::map<std::string, std::string>& intent_codes,
               std::string* code) {
  if (code->empty()) return true;
  switch (mood) {
    case Mood::kFactual:
      return true;
    case Mood::kIntended:
      *code = std::string(IntentCode(intent_codes, *code));
      return true;
    case Mood::kPossible: {
      // "may retaliate" is a threat; "may visit" is no event yet.
      const std::string_view intent = IntentCode(intent_codes, *code);
      if (!intent.starts_with("13")) return false;
      *code = std::string(intent);
      return true;
    }
    case Mood::kObliged:
    case Mood::kConditional:
    case Mood::kDenied:
    case Mood::kHabitual:
      return false;
  }
  return false;
}

}  // namespace entente::coding
