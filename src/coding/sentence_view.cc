#include "coding/sentence_view.h"

#include <string>
#include <utility>

namespace entente::coding {

namespace {

Rel RelOf(std::string_view name) {
  static constexpr std::pair<std::string_view, Rel> kRels[] = {
      {"nsubj", Rel::kNsubj},       {"nsubj:pass", Rel::kNsubjPass}, {"csubj", Rel::kCsubj},
      {"csubj:pass", Rel::kCsubj},  {"obj", Rel::kObj},              {"iobj", Rel::kIobj},
      {"obl", Rel::kObl},           {"obl:agent", Rel::kOblAgent},   {"obl:tmod", Rel::kObl},
      {"obl:npmod", Rel::kObl},     {"xcomp", Rel::kXcomp},          {"ccomp", Rel::kCcomp},
      {"advcl", Rel::kAdvcl},       {"acl", Rel::kAcl},              {"acl:relcl", Rel::kAclRelcl},
      {"conj", Rel::kConj},         {"cc", Rel::kCc},                {"aux", Rel::kAux},
      {"aux:pass", Rel::kAuxPass},  {"cop", Rel::kCop},              {"advmod", Rel::kAdvmod},
      {"case", Rel::kCase},         {"mark", Rel::kMark},            {"punct", Rel::kPunct},
      {"appos", Rel::kAppos},       {"nmod", Rel::kNmod},            {"nmod:poss", Rel::kNmodPoss},
      {"compound", Rel::kCompound}, {"flat", Rel::kFlat},            {"amod", Rel::kAmod},
      {"det", Rel::kDet},           {"parataxis", Rel::kParataxis},  {"root", Rel::kRoot},
      {"compound:prt", Rel::kCompound},
  };
  for (const auto& [n, r] : kRels) {
    if (n == name) return r;
  }
  // Subtypes not listed take their base relation's class ("nmod:tmod" -> nmod).
  const size_t colon = name.find(':');
  if (colon != std::string_view::npos) return RelOf(name.substr(0, colon));
  return Rel::kOther;
}

Pos PosOf(std::string_view name) {
  static constexpr std::pair<std::string_view, Pos> kPos[] = {
      {"VERB", Pos::kVerb}, {"AUX", Pos::kAux},     {"NOUN", Pos::kNoun},   {"PROPN", Pos::kPropn},
      {"PRON", Pos::kPron}, {"ADJ", Pos::kAdj},     {"ADV", Pos::kAdv},     {"ADP", Pos::kAdp},
      {"NUM", Pos::kNum},   {"DET", Pos::kDet},     {"CCONJ", Pos::kCconj}, {"SCONJ", Pos::kSconj},
      {"PART", Pos::kPart}, {"PUNCT", Pos::kPunct},
  };
  for (const auto& [n, p] : kPos) {
    if (n == name) return p;
  }
  return Pos::kOther;
}

// "Iraq said its warplanes attacked ...": a greedy parser often makes the reported clause's
// subject the object of "said" and leaves the clause without a subject (obj + ccomp, or obj +
// xcomp without "to"). Saying an actor is rarely the meaning: the object becomes the subject of
// the clause right after it, when nothing else stands between them. So does an unmarked
// adverbial clause with a modal ("the U.S. hopes Japan will take steps" read as obj + advcl).
void RepairReportedSubjects(SentenceView* v) {
  const size_t n = v->size();
  for (size_t c = 0; c < n; ++c) {
    if (v->rel[c] != Rel::kCcomp && v->rel[c] != Rel::kXcomp && v->rel[c] != Rel::kAdvcl) {
      continue;
    }
    const int verb = v->head[c];
    if (verb < 0 || static_cast<size_t>(verb) >= c) continue;
    int object = -1;
    bool has_subject = false, marked_to = false, marked = false, modal = false;
    for (size_t k = 0; k < n; ++k) {
      if (v->head[k] == verb && v->rel[k] == Rel::kObj && object < 0) object = static_cast<int>(k);
      if (v->head[k] == static_cast<int>(c)) {
        has_subject = has_subject || v->rel[k] == Rel::kNsubj || v->rel[k] == Rel::kNsubjPass ||
                      v->rel[k] == Rel::kCsubj;
        marked_to = marked_to || (v->rel[k] == Rel::kMark && v->forms[k] == "to");
        marked = marked || v->rel[k] == Rel::kMark;
        modal = modal || (v->rel[k] == Rel::kAux &&
                          LowerIsAny(v->forms[k], {"will", "would", "should", "must", "shall",
                                                   "can", "could", "may", "might"}));
      }
    }
    if (has_subject || object <= verb || static_cast<size_t>(object) >= c) continue;
    if (v->rel[c] == Rel::kXcomp && (marked_to || !v->IsVerbal(c))) continue;
    if (v->rel[c] == Rel::kAdvcl && (marked || !modal)) continue;
    if (!v->IsNominal(object)) continue;
    // Every token between the object and the clause belongs to the object's phrase or to the
    // clause ("its troops had attacked").
    bool contiguous = true;
    for (size_t k = object + 1; k < c && contiguous; ++k) {
      int a = static_cast<int>(k);
      for (int hops = 0; hops < 8 && a >= 0 && a != object && a != static_cast<int>(c); ++hops) {
        a = v->head[a];
      }
      contiguous = a == object || a == static_cast<int>(c);
    }
    if (!contiguous) continue;
    v->head[object] = static_cast<int16_t>(c);
    v->rel[object] = Rel::kNsubj;
    v->rel[c] = Rel::kCcomp;
  }
}

// "Samuels charged during the Council debate that Canada was trying to preserve jobs": with a
// phrase between the verb and its "that" clause, a greedy parser often makes the clause an
// adverbial. A clause opened by "that" alone (not "so that", "now that", "in order that") after
// its verb is what the verb says.
void RepairThatClauses(SentenceView* v) {
  const size_t n = v->size();
  for (size_t k = 1; k < n; ++k) {
    if (v->rel[k] != Rel::kMark || (v->forms[k] != "that" && v->forms[k] != "That")) continue;
    const int c = v->head[k];
    if (c < 0 || v->rel[c] != Rel::kAdvcl || static_cast<size_t>(c) <= k) continue;
    const int verb = v->head[c];
    if (verb < 0 || static_cast<size_t>(verb) >= k || v->pos[verb] != Pos::kVerb) continue;
    const std::string_view before = v->forms[k - 1];
    if (before == "so" || before == "such" || before == "now" || before == "order" ||
        before == "given" || before == "provided" || before == "except" || before == "in") {
      continue;
    }
    bool other_mark = false;
    for (size_t j = 0; j < n && !other_mark; ++j) {
      other_mark = j != k && v->head[j] == c && v->rel[j] == Rel::kMark;
    }
    if (!other_mark) v->rel[c] = Rel::kCcomp;
  }
}

// "He said France was continuing negotiations with Iran": a greedy parser may read the
// progressive verb as an adjective of its object ("continuing negotiations") and hang its
// subject and auxiliary on it. A participle with a subject and an auxiliary of its own is the
// verb of a clause whose object is that noun; the clause takes the noun's place.
void RepairVerbalModifiers(SentenceView* v) {
  const size_t n = v->size();
  for (size_t a = 0; a + 1 < n; ++a) {
    if (v->rel[a] != Rel::kAmod || v->pos[a] != Pos::kVerb) continue;
    const int noun = v->head[a];
    if (noun != static_cast<int>(a) + 1 || !v->IsNominal(noun)) continue;
    const Rel place = v->rel[noun];
    if (place != Rel::kObj && place != Rel::kRoot) continue;
    bool subject = false, aux = false;
    for (size_t k = 0; k < a; ++k) {
      if (v->head[k] != static_cast<int>(a)) continue;
      subject = subject || v->rel[k] == Rel::kNsubj;
      aux = aux || v->rel[k] == Rel::kAux;
    }
    if (!subject || !aux) continue;
    v->head[a] = v->head[noun];
    v->rel[a] = place == Rel::kObj ? Rel::kCcomp : Rel::kRoot;
    v->head[noun] = static_cast<int16_t>(a);
    v->rel[noun] = Rel::kObj;
  }
}

// Whether every token strictly between `from` and `to` hangs (within a few hops) under `from`.
bool AllUnder(const SentenceView& v, size_t from, size_t to) {
  for (size_t k = from + 1; k < to; ++k) {
    int a = static_cast<int>(k);
    for (int hops = 0; hops < 8 && a >= 0 && a != static_cast<int>(from); ++hops) a = v.head[a];
    if (a != static_cast<int>(from)) return false;
  }
  return true;
}

// An appeal "on"/"upon" a party to do something, as the parser misreads it in speeches:
// - "condemns the attack and calls on Israel to end the blockade": the second verb of a
//   coordination read as a plural noun conjoined with the first verb's object ("calls on" right
//   after "and", with no determiner of its own); it becomes the verb it is, the party its
//   oblique and the infinitive what it calls for;
// - "calls upon the United Nations to make arrangements": "upon" read as the mark of the
//   infinitive, the party as its subject; the party becomes the oblique of "calls".
void RepairAppeals(SentenceView* v) {
  const size_t n = v->size();
  for (size_t a = 1; a + 2 < n; ++a) {
    if (v->lemma[a] != "call" || (v->forms[a + 1] != "on" && v->forms[a + 1] != "upon")) continue;
    const size_t on = a + 1;
    if (v->pos[a] == Pos::kNoun && v->forms[a] == "calls" && v->forms[a - 1] == "and" &&
        v->rel[on] == Rel::kCase) {
      bool determined = false;
      for (size_t k = 0; k < n; ++k) {
        determined = determined || (v->head[k] == static_cast<int>(a) &&
                                    (v->rel[k] == Rel::kDet || v->rel[k] == Rel::kNmodPoss ||
                                     v->rel[k] == Rel::kAmod));
      }
      int verb = v->head[a];
      for (int hops = 0; verb >= 0 && hops < 6 && v->pos[verb] != Pos::kVerb; ++hops) {
        verb = v->head[verb];
      }
      const int party = v->head[on];
      if (determined || verb < 0 || static_cast<size_t>(verb) >= a || party <= static_cast<int>(on)) {
        continue;
      }
      v->pos[a] = Pos::kVerb;
      v->finite[a] = 1;
      v->head[a] = static_cast<int16_t>(verb);
      v->rel[a] = Rel::kConj;
      v->head[party] = static_cast<int16_t>(a);
      v->rel[party] = Rel::kObl;
      // "to end": the first "to" infinitive right after the party's phrase.
      for (size_t k = party + 1; k + 1 < n; ++k) {
        if (v->forms[k] != "to" || v->rel[k] != Rel::kMark) continue;
        const int inf = v->head[k];
        if (inf > static_cast<int>(k) && AllUnder(*v, party, k) && v->pos[inf] == Pos::kVerb) {
          v->head[inf] = static_cast<int16_t>(a);
          v->rel[inf] = Rel::kXcomp;
        }
        break;
      }
      continue;
    }
    if (v->pos[a] == Pos::kVerb && v->rel[on] == Rel::kMark) {
      const int inf = v->head[on];
      if (inf <= static_cast<int>(on) || v->head[inf] != static_cast<int>(a)) continue;
      int party = -1;
      for (size_t k = on + 1; k < static_cast<size_t>(inf) && party < 0; ++k) {
        if (v->head[k] == inf && v->rel[k] == Rel::kNsubj) party = static_cast<int>(k);
      }
      if (party < 0) continue;
      v->head[on] = static_cast<int16_t>(party);
      v->rel[on] = Rel::kCase;
      v->head[party] = static_cast<int16_t>(a);
      v->rel[party] = Rel::kObl;
      v->rel[inf] = Rel::kXcomp;
    }
  }
}

}  // namespace

SyntaxSchema::SyntaxSchema(const SyntaxTags& tags) {
  for (const std::string& d : tags.deprel) rels_.push_back(RelOf(d));
  for (const std::string& u : tags.upos) pos_.push_back(PosOf(u));
  for (const std::string& x : tags.xpos) {
    finite_.push_back(x == "VBD" || x == "VBZ" || x == "VBP" ? 1 : 0);
  }
}

int SentenceView::Child(size_t i, Rel r) const {
  for (uint16_t c : Children(i)) {
    if (rel[c] == r) return c;
  }
  return -1;
}

void SentenceView::SubtreeRange(size_t i, uint32_t* lo, uint32_t* hi) const {
  *lo = static_cast<uint32_t>(i);
  *hi = static_cast<uint32_t>(i);
  // Projective trees: the subtree is contiguous, so following the outermost children suffices;
  // a non-projective arc only widens the range, which is what callers want anyway.
  for (uint16_t c : Children(i)) {
    uint32_t l, h;
    SubtreeRange(c, &l, &h);
    if (l < *lo) *lo = l;
    if (h > *hi) *hi = h;
  }
}

void BuildSentenceView(const TextAnalysis& text, const SyntaxAnalysis& syntax,
                       const SyntaxSchema& schema, const lexicon::TokenAnalyzer& analyzer,
                       const Sentence& s, const std::vector<lexicon::AnalyzedToken>* analyzed,
                       SentenceView* view) {
  const size_t n = s.token_end - s.token_begin;
  view->token_begin = s.token_begin;
  view->forms.resize(n);
  view->head.resize(n);
  view->rel.resize(n);
  view->pos.resize(n);
  view->lemma.resize(n);
  view->finite.resize(n);
  const bool parsed = syntax.words.size() >= s.token_end;
  for (size_t i = 0; i < n; ++i) {
    view->forms[i] = text.Form(text.tokens[s.token_begin + i]);
    if (parsed) {
      const Word& w = syntax.words[s.token_begin + i];
      view->head[i] = (w.head >= 0 && static_cast<size_t>(w.head) < n) ? w.head : int16_t{-1};
      view->rel[i] = schema.rel(w.deprel);
      view->pos[i] = schema.pos(w.upos);
      view->lemma[i] = syntax.Lemma(w);
      view->finite[i] = schema.finite(w.xpos) ? 1 : 0;
    } else {
      view->head[i] = -1;
      view->rel[i] = Rel::kOther;
      view->pos[i] = Pos::kOther;
      view->lemma[i] = view->forms[i];
      view->finite[i] = 0;
    }
  }
  RepairVerbalModifiers(view);
  RepairAppeals(view);
  RepairReportedSubjects(view);
  RepairThatClauses(view);
  if (analyzed != nullptr && analyzed->size() >= s.token_end) {
    view->analyzed.assign(analyzed->begin() + s.token_begin, analyzed->begin() + s.token_end);
  } else {
    analyzer.AnalyzeAll(view->forms, &view->analyzed);
  }
  // Children lists by counting sort (text order within each parent).
  view->child_begin.assign(n + 1, 0);
  for (size_t i = 0; i < n; ++i) {
    if (view->head[i] >= 0) ++view->child_begin[view->head[i] + 1];
  }
  for (size_t i = 0; i < n; ++i) view->child_begin[i + 1] += view->child_begin[i];
  view->child_index.resize(view->child_begin[n]);
  std::vector<uint32_t>& fill = view->child_begin;  // reuse: advance a cursor per parent
  std::vector<uint32_t> cursor(fill.begin(), fill.end() - 1);
  for (size_t i = 0; i < n; ++i) {
    if (view->head[i] >= 0) view->child_index[cursor[view->head[i]]++] = static_cast<uint16_t>(i);
  }
}

}  // namespace entente::coding
