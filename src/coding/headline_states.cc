#include "coding/headline_states.h"

#include <span>

namespace entente::coding {
namespace {

bool IsEdgePunct(char c) {
  return c == ',' || c == ';' || c == ':' || c == '"' || c == '(' || c == ')' || c == '-';
}

// Headline words: split at spaces, punctuation at either end and a possessive "'S" split off
// ("ITALY'S" -> "ITALY", "'S").
std::vector<std::string_view> Words(std::string_view h) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < h.size()) {
    while (i < h.size() && (h[i] == ' ' || h[i] == '\t' || h[i] == '\n')) ++i;
    size_t j = i;
    while (j < h.size() && h[j] != ' ' && h[j] != '\t' && h[j] != '\n') ++j;
    std::string_view w = h.substr(i, j - i);
    i = j;
    while (!w.empty() && IsEdgePunct(w.front())) w.remove_prefix(1);
    while (!w.empty() && IsEdgePunct(w.back())) w.remove_suffix(1);
    if (w.empty()) continue;
    if (w.size() > 2 && (w.ends_with("'S") || w.ends_with("'s"))) {
      out.push_back(w.substr(0, w.size() - 2));
      out.push_back(w.substr(w.size() - 2));
    } else {
      out.push_back(w);
    }
  }
  return out;
}

}  // namespace

std::vector<std::pair<uint32_t, std::string>> HeadlineStates(const lexicon::Lexicon& lex,
                                                             std::string_view headline,
                                                             int32_t date) {
  std::vector<std::pair<uint32_t, std::string>> out;
  const std::vector<std::string_view> words = Words(headline);
  if (words.size() < 2) return out;
  std::vector<lexicon::AnalyzedToken> toks;
  lex.Analyze(words, &toks);
  const std::span<const lexicon::AnalyzedToken> span(toks);
  const lexicon::Dictionary& dict = lex.dictionary();
  std::vector<lexicon::PhraseHit> hits;
  for (size_t i = 0; i < toks.size();) {
    hits.clear();
    if (lex.FindActorsStartingAt(span, i, &hits) == 0) {
      ++i;
      continue;
    }
    const lexicon::ActorEntry& actor = dict.actors[hits[0].entry];
    size_t end = hits[0].end;
    i = end;
    const lexicon::ActorCode* code = actor.CodeOn(date);
    if (code == nullptr || code->code.size() != 3 || code->code == "---" || actor.region) continue;
    if (end < toks.size() && (words[end] == "'S" || words[end] == "'s")) ++end;
    hits.clear();
    if (end < toks.size() && lex.FindAgentsStartingAt(span, end, &hits) > 0) {
      out.emplace_back(hits[0].entry, code->code);
      i = hits[0].end;
    }
  }
  return out;
}

}  // namespace entente::coding
