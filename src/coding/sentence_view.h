// One sentence as the coder sees it: its tokens (forms and dictionary analyses) and its dependency
// tree with relations and tags reduced to the few classes the coder reasons about.
//
// The syntax model names its tags and relations (SyntaxTags); SyntaxSchema maps those ids once, at
// load, to the small enums below, so that clause analysis compares integers and never strings.
#ifndef ENTENTE_CODING_SENTENCE_VIEW_H_
#define ENTENTE_CODING_SENTENCE_VIEW_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "entente/syntax.h"
#include "entente/text.h"
#include "lexicon/compiled_lookup.h"

namespace entente::coding {

enum class Rel : uint8_t {
  kOther, kNsubj, kNsubjPass, kCsubj, kObj, kIobj, kObl, kOblAgent, kXcomp, kCcomp, kAdvcl,
  kAcl, kAclRelcl, kConj, kCc, kAux, kAuxPass, kCop, kAdvmod, kCase, kMark, kPunct, kAppos,
  kNmod, kNmodPoss, kCompound, kFlat, kAmod, kDet, kParataxis, kRoot,
};

enum class Pos : uint8_t {
  kOther, kVerb, kAux, kNoun, kPropn, kPron, kAdj, kAdv, kAdp, kNum, kDet, kCconj, kSconj, kPart,
  kPunct,
};

class SyntaxSchema {
 public:
  explicit SyntaxSchema(const SyntaxTags& tags);
  Rel rel(uint8_t deprel) const { return deprel < rels_.size() ? rels_[deprel] : Rel::kOther; }
  Pos pos(uint8_t upos) const { return upos < pos_.size() ? pos_[upos] : Pos::kOther; }
  // Whether the Penn tag is a finite verb's (VBD, VBZ, VBP).
  bool finite(uint8_t xpos) const { return xpos < finite_.size() && finite_[xpos] != 0; }

 private:
  std::vector<Rel> rels_;
  std::vector<Pos> pos_;
  std::vector<uint8_t> finite_;
};

// Whether a token's form begins with an ASCII capital letter.
inline bool StartsUpper(std::string_view form) {
  return !form.empty() && form[0] >= 'A' && form[0] <= 'Z';
}

// Whether a token's form is `upper` (given in upper case), ignoring ASCII case.
inline bool UpperIs(std::string_view form, std::string_view upper) {
  if (form.size() != upper.size()) return false;
  for (size_t i = 0; i < form.size(); ++i) {
    const char c = form[i] >= 'a' && form[i] <= 'z' ? static_cast<char>(form[i] - 32) : form[i];
    if (c != upper[i]) return false;
  }
  return true;
}

// Whether a token's form is one of `upper_words` (upper case), ignoring ASCII case.
inline bool InUpperList(std::string_view form, const std::vector<std::string>& upper_words) {
  for (const std::string& w : upper_words) {
    if (UpperIs(form, w)) return true;
  }
  return false;
}

// Whether a token's form is `lower` (given in lower case), ignoring ASCII case.
inline bool LowerIs(std::string_view form, std::string_view lower) {
  if (form.size() != lower.size()) return false;
  for (size_t i = 0; i < form.size(); ++i) {
    const char c = form[i] >= 'A' && form[i] <= 'Z' ? static_cast<char>(form[i] + 32) : form[i];
    if (c != lower[i]) return false;
  }
  return true;
}

// Whether a token's form (or lemma) is one of `words` (given in lower case), ignoring ASCII case.
inline bool LowerIsAny(std::string_view form, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (LowerIs(form, w)) return true;
  }
  return false;
}

// Sentence-relative token indexes throughout (0 = the sentence's first token).
struct SentenceView {
  uint32_t token_begin = 0;  // of the sentence in TextAnalysis::tokens
  std::vector<std::string_view> forms;           // normalised token text
  std::vector<lexicon::AnalyzedToken> analyzed;  // dictionary word candidates per token
  std::vector<int16_t> head;                     // -1 = root
  std::vector<Rel> rel;
  std::vector<Pos> pos;
  std::vector<std::string_view> lemma;
  std::vector<uint8_t> finite;  // 1: a finite verb ("began", "says"), by its Penn tag
  // Children of each token in text order: child_index[child_begin[i] .. child_begin[i + 1]).
  std::vector<uint32_t> child_begin;
  std::vector<uint16_t> child_index;

  size_t size() const { return forms.size(); }
  std::span<const uint16_t> Children(size_t i) const {
    return {child_index.data() + child_begin[i], child_begin[i + 1] - child_begin[i]};
  }
  // The first child of i with relation r, or -1.
  int Child(size_t i, Rel r) const;
  // The lowest and highest token of i's subtree.
  void SubtreeRange(size_t i, uint32_t* lo, uint32_t* hi) const;
  bool IsVerbal(size_t i) const { return pos[i] == Pos::kVerb || pos[i] == Pos::kAux; }
  bool IsNominal(size_t i) const {
    return pos[i] == Pos::kNoun || pos[i] == Pos::kPropn || pos[i] == Pos::kPron ||
           pos[i] == Pos::kNum;
  }
};

// Fills *view for sentence `s` (reusing its buffers). `analyzed`, when not null, holds the
// dictionary analysis of every token of `text` already (Coder::MarkNames made it); else the
// sentence's tokens are analysed here.
void BuildSentenceView(const TextAnalysis& text, const SyntaxAnalysis& syntax,
                       const SyntaxSchema& schema, const lexicon::TokenAnalyzer& analyzer,
                       const Sentence& s, const std::vector<lexicon::AnalyzedToken>* analyzed,
                       SentenceView* view);

}  // namespace entente::coding

#endif  // ENTENTE_CODING_SENTENCE_VIEW_H_
