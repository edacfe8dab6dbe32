#include "coding/unknown_actors.h"

#include <algorithm>

namespace entente::coding {

namespace {
bool Capitalised(std::string_view f) { return !f.empty() && f[0] >= 'A' && f[0] <= 'Z'; }

// Name parts that belong to the phrase headed by `head`: the run of name words around it ("BP
// North America Inc", "Valdai Discussion Club"). The run, not the tree: parsers often split a
// long company name into pieces.
// A word of a name: a proper noun, or a capitalised noun or adjective ("Standard Oil Co").
bool NamePart(const SentenceView& v, uint32_t t) {
  return v.pos[t] == Pos::kPropn ||
         (Capitalised(v.forms[t]) && (v.pos[t] == Pos::kNoun || v.pos[t] == Pos::kAdj));
}

void NameSpan(const SentenceView& v, size_t head, uint32_t* lo, uint32_t* hi) {
  *lo = *hi = static_cast<uint32_t>(head);
  while (*lo > 0 && NamePart(v, *lo - 1)) --*lo;
  while (*hi + 1 < v.size() && NamePart(v, *hi + 1)) ++*hi;
}

// Subjects and objects; obliques only with a preposition that introduces a party ("talks with
// X", "aid to X", "sanctions against X"), not a time or place ("in April", "on Friday").
bool ArgumentOf(const SentenceView& v, size_t t) {
  const Rel r = v.rel[t];
  if (r == Rel::kNsubj || r == Rel::kNsubjPass || r == Rel::kObj || r == Rel::kIobj ||
      r == Rel::kOblAgent) {
    return true;
  }
  if (r != Rel::kObl) return false;
  for (uint16_t c : v.Children(t)) {
    if (v.rel[c] != Rel::kCase) continue;
    for (std::string_view p : {"with", "to", "against", "by", "from", "toward", "towards"}) {
      if (v.forms[c] == p) return true;
    }
  }
  return false;
}
}  // namespace

void UnknownActorCounter::Add(const Document& doc, const TextAnalysis& text,
                              const SyntaxAnalysis& syntax) {
  for (uint32_t si = 0; si < text.sentences.size(); ++si) {
    const Sentence& s = text.sentences[si];
    if (!s.analysed()) continue;
    ++sentences_;
    BuildSentenceView(text, syntax, schema_, lex_.lookup().analyzer(), s, nullptr, &view_);
    const SentenceView& v = view_;
    const size_t n = v.size();
    const std::span<const lexicon::AnalyzedToken> toks(v.analyzed);
    // Tokens any actor or agent phrase covers.
    covered_.assign(n, 0);
    for (size_t i = 0; i < n; ++i) {
      for (int kind = 0; kind < 2; ++kind) {
        hits_.clear();
        const size_t found = kind == 0 ? lex_.FindActorsStartingAt(toks, i, &hits_)
                                       : lex_.FindAgentsStartingAt(toks, i, &hits_);
        if (found == 0) continue;
        for (uint32_t t = static_cast<uint32_t>(i); t < hits_[0].end && t < n; ++t) covered_[t] = 1;
      }
    }
    for (size_t t = 0; t < n; ++t) {
      const int h = v.head[t];
      if (h < 0 || !Capitalised(v.forms[t])) continue;
      // A name: tagged PROPN, or, inside the sentence, capitalised and tagged as a noun or as
      // nothing in particular (a tagger meeting "Zorblatt" may call it a foreign word).
      const bool name = v.pos[t] == Pos::kPropn ||
                        (t > 0 && (v.pos[t] == Pos::kNoun || v.pos[t] == Pos::kOther));
      if (!name) continue;
      if (!ArgumentOf(v, t)) continue;
      hits_.clear();
      if (lex_.FindVerbFormsAt(toks, static_cast<size_t>(h), &hits_) == 0) continue;
      uint32_t lo, hi;
      NameSpan(v, t, &lo, &hi);
      bool known = false;
      for (uint32_t k = lo; k <= hi; ++k) known = known || covered_[k] != 0;
      if (known) continue;
      std::string phrase, key;
      for (uint32_t k = lo; k <= hi; ++k) {
        if (!phrase.empty()) phrase += ' ';
        phrase.append(v.forms[k]);
      }
      key = phrase;
      for (char& c : key) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
      }
      UnknownActor& u = counts_[key];
      if (u.count == 0) {
        u.text = phrase;
        u.example = doc.id + ":" + std::to_string(si);
      }
      ++u.count;
      if (v.rel[t] == Rel::kNsubj || v.rel[t] == Rel::kNsubjPass) ++u.as_subject;
    }
  }
}

void UnknownActorCounter::Merge(const UnknownActorCounter& other) {
  sentences_ += other.sentences_;
  for (const auto& [key, u] : other.counts_) {
    UnknownActor& mine = counts_[key];
    if (mine.count == 0) {
      mine.text = u.text;
      mine.example = u.example;
    }
    mine.count += u.count;
    mine.as_subject += u.as_subject;
  }
}

std::vector<UnknownActor> UnknownActorCounter::Top(size_t limit, uint64_t min_count) const {
  std::vector<UnknownActor> out;
  for (const auto& [key, u] : counts_) {
    if (u.count >= min_count) out.push_back(u);
  }
  std::sort(out.begin(), out.end(), [](const UnknownActor& a, const UnknownActor& b) {
    return a.count != b.count ? a.count > b.count : a.text < b.text;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace entente::coding
