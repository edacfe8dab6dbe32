#include "syntax/parser.h"

#include <algorithm>

#include "syntax/feature_hash.h"

namespace entente::syntax {

namespace {
// Template numbers (part of the model's meaning).
enum : uint32_t {
  kS0w = 100, kS0t, kS0wt, kS1w, kS1t, kS1wt, kB0w, kB0t, kB0wt, kB1w, kB1t, kB1wt, kB2w, kB2t,
  kS0wtB0wt, kS0wtB0w, kS0wB0wt, kS0wtB0t, kS0tB0wt, kS0wB0w, kS0tB0t, kB0tB1t, kB0tB1tB2t,
  kS0tB0tB1t, kS1tS0tB0t, kS1tS0t, kS1wS0w, kS2tS1tS0t, kS0tS0ltB0t, kS0tS0rtB0t, kS0tS0ltS0l2t,
  kS0tS0rtS0r2t, kB0tB0ltB0l2t, kS0tB0tB0lt, kS1tS1rtS0t, kS1tS1ltS0t, kS0lw, kS0lt, kS0rw, kS0rt,
  kB0lw, kB0lt, kS1lt, kS1rt, kS1rw, kS0wD, kS0tD, kB0wD, kB0tD, kS0tB0tD, kS0wB0wD, kS0wVr,
  kS0tVr, kS0wVl, kS0tVl, kB0wVl, kB0tVl, kS1tVr, kS1tVl, kS0uB0u, kS1uS0uB0u, kS0uB0uB1u,
  kS0wS1t, kS0tS1w, kB0wB1w, kB0wB1t, kS0pB0t, kS0sB0s, kB0tS0tS0p, kS1wB0w, kS1tB0t,
  kS1tS0wB0t, kS1wS0tB0t, kS1tS0tB0w, kS1tS0tD1, kPunctS0B0, kPunctS1S0,
  // Word clusters (feature set v2): c = fine, k = coarse.
  kS0c, kB0c, kS1c, kB1c, kS0kB0k, kS0cB0t, kS0tB0c, kS1kS0k, kS0kB0kD, kB0kB1k,
};

constexpr uint64_t kNoWord = 0x51ED;
constexpr uint64_t kRootWord = 0x2007;

struct View {
  uint64_t w, t, u, p;  // word, xpos, upos, previous word's xpos
  uint64_t c, k;        // fine and coarse word cluster
};

View Look(std::span<const ParserWord> words, int n, int i) {
  if (i < 0) return {kNoWord, 0, 0, 0, 0xFFFE, 0xFFFE};
  if (i == n) return {kRootWord, 999, 999, 0, 0xFFFF, 0xFFFF};
  const ParserWord& x = words[i];
  return {x.info->lower, x.xpos, x.upos, i > 0 ? words[i - 1].xpos : 998u, x.info->fine,
          x.info->coarse};
}

// Punctuation between two words (a < b), up to 3: a comma between a verb and a noun is a strong
// hint against attaching them.
uint64_t PunctuationBetween(std::span<const ParserWord> words, int a, int b) {
  if (a < 0 || b < 0) return 9;
  uint64_t count = 0;
  const int end = std::min<int>(b, static_cast<int>(words.size()));
  for (int i = a + 1; i < end && i <= a + 12 && count < 3; ++i) {
    count += (words[i].info->flags & TokenInfo::kPunctuation) != 0;
  }
  return count;
}

uint64_t Distance(int a, int b) {
  if (a < 0 || b < 0) return 0;
  const int d = b - a;
  return d <= 5 ? d : d <= 10 ? 6 : 7;
}
// Whether transition `t` keeps every name one subtree: a word of a name takes a head outside it
// only as the name's last word without a head, once the whole name has been shifted. (Words
// outside may still depend on words of the name: "the European Community", "Nakasone's".)
bool KeepsNamesWhole(const ParseState& st, Transition t, const std::vector<int>& name_begin,
                     const std::vector<int>& name_end) {
  if (t == kShift) return true;
  const int dep = st.s(0);
  const int head = t == kLeft ? st.b0 : st.s(1);
  const int b = name_begin[static_cast<size_t>(dep)];
  if (b < 0) return true;
  const int e = name_end[static_cast<size_t>(dep)];
  if (head >= b && head <= e) return true;
  if (st.b0 <= e) return false;
  for (int k = b; k <= e; ++k) {
    if (k != dep && st.heads[static_cast<size_t>(k)] < 0) return false;
  }
  return true;
}

// Any valid transition (ties as BestValid), for a state the name constraint would leave none.
Transition BestValidUnscored(const ParseState& st) {
  for (int t = 0; t < kTransitions; ++t) {
    if (st.Can(static_cast<Transition>(t))) return static_cast<Transition>(t);
  }
  return kShift;
}
}  // namespace

void ParserFeatures(const ParseState& st, std::span<const ParserWord> words,
                    std::vector<uint64_t>* out) {
  const int n = st.n;
  const int s0i = st.s(0), s1i = st.s(1), s2i = st.s(2), b0i = st.b0;
  const int b1i = b0i + 1 <= n ? b0i + 1 : -1;
  const int b2i = b0i + 2 <= n ? b0i + 2 : -1;
  const View s0 = Look(words, n, s0i), s1 = Look(words, n, s1i), s2 = Look(words, n, s2i);
  const View b0 = Look(words, n, b0i), b1 = Look(words, n, b1i), b2 = Look(words, n, b2i);
  auto child = [&](const std::vector<int>& v, int i) { return i < 0 ? -1 : v[i]; };
  const View s0l = Look(words, n, child(st.lc1, s0i)), s0l2 = Look(words, n, child(st.lc2, s0i));
  const View s0r = Look(words, n, child(st.rc1, s0i)), s0r2 = Look(words, n, child(st.rc2, s0i));
  const View s1l = Look(words, n, child(st.lc1, s1i)), s1r = Look(words, n, child(st.rc1, s1i));
  const View b0l = Look(words, n, child(st.lc1, b0i)), b0l2 = Look(words, n, child(st.lc2, b0i));
  const uint64_t d = Distance(s0i, b0i);
  const uint64_t s0vl = s0i >= 0 ? st.left_count[s0i] : 0, s0vr = s0i >= 0 ? st.right_count[s0i] : 0;
  const uint64_t s1vl = s1i >= 0 ? st.left_count[s1i] : 0, s1vr = s1i >= 0 ? st.right_count[s1i] : 0;
  const uint64_t b0vl = st.left_count[b0i];
  const uint64_t s0suffix = s0i >= 0 && s0i < n ? words[s0i].info->suffix[2] : 0;
  const uint64_t b0suffix = b0i < n ? words[b0i].info->suffix[2] : 0;

  auto f = [out](uint32_t t, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
    out->push_back(Feature(t, a, b, c));
  };
  f(kS0w, s0.w); f(kS0t, s0.t); f(kS0wt, s0.w, s0.t);
  f(kS1w, s1.w); f(kS1t, s1.t); f(kS1wt, s1.w, s1.t);
  f(kB0w, b0.w); f(kB0t, b0.t); f(kB0wt, b0.w, b0.t);
  f(kB1w, b1.w); f(kB1t, b1.t); f(kB1wt, b1.w, b1.t);
  f(kB2w, b2.w); f(kB2t, b2.t);
  f(kS0wtB0wt, s0.w ^ (s0.t << 56), b0.w, b0.t);
  f(kS0wtB0w, s0.w, s0.t, b0.w);
  f(kS0wB0wt, s0.w, b0.w, b0.t);
  f(kS0wtB0t, s0.w, s0.t, b0.t);
  f(kS0tB0wt, s0.t, b0.w, b0.t);
  f(kS0wB0w, s0.w, b0.w);
  f(kS0tB0t, s0.t, b0.t);
  f(kB0tB1t, b0.t, b1.t);
  f(kB0tB1tB2t, b0.t, b1.t, b2.t);
  f(kS0tB0tB1t, s0.t, b0.t, b1.t);
  f(kS1tS0tB0t, s1.t, s0.t, b0.t);
  f(kS1tS0t, s1.t, s0.t);
  f(kS1wS0w, s1.w, s0.w);
  f(kS2tS1tS0t, s2.t, s1.t, s0.t);
  f(kS0tS0ltB0t, s0.t, s0l.t, b0.t);
  f(kS0tS0rtB0t, s0.t, s0r.t, b0.t);
  f(kS0tS0ltS0l2t, s0.t, s0l.t, s0l2.t);
  f(kS0tS0rtS0r2t, s0.t, s0r.t, s0r2.t);
  f(kB0tB0ltB0l2t, b0.t, b0l.t, b0l2.t);
  f(kS0tB0tB0lt, s0.t, b0.t, b0l.t);
  f(kS1tS1rtS0t, s1.t, s1r.t, s0.t);
  f(kS1tS1ltS0t, s1.t, s1l.t, s0.t);
  f(kS0lw, s0l.w); f(kS0lt, s0l.t); f(kS0rw, s0r.w); f(kS0rt, s0r.t);
  f(kB0lw, b0l.w); f(kB0lt, b0l.t); f(kS1lt, s1l.t); f(kS1rt, s1r.t); f(kS1rw, s1r.w);
  f(kS0wD, s0.w, d); f(kS0tD, s0.t, d); f(kB0wD, b0.w, d); f(kB0tD, b0.t, d);
  f(kS0tB0tD, s0.t, b0.t, d); f(kS0wB0wD, s0.w, b0.w, d);
  f(kS0wVr, s0.w, s0vr); f(kS0tVr, s0.t, s0vr); f(kS0wVl, s0.w, s0vl); f(kS0tVl, s0.t, s0vl);
  f(kB0wVl, b0.w, b0vl); f(kB0tVl, b0.t, b0vl); f(kS1tVr, s1.t, s1vr); f(kS1tVl, s1.t, s1vl);
  f(kS0uB0u, s0.u, b0.u); f(kS1uS0uB0u, s1.u, s0.u, b0.u); f(kS0uB0uB1u, s0.u, b0.u, b1.u);
  f(kS0wS1t, s0.w, s1.t); f(kS0tS1w, s0.t, s1.w);
  f(kB0wB1w, b0.w, b1.w); f(kB0wB1t, b0.w, b1.t);
  f(kS0pB0t, s0.p, s0.t, b0.t); f(kS0sB0s, s0suffix, b0suffix); f(kB0tS0tS0p, b0.t, b0.p, s0.t);
  f(kS1wB0w, s1.w, b0.w); f(kS1tB0t, s1.t, b0.t);
  f(kS1tS0wB0t, s1.t, s0.w, b0.t); f(kS1wS0tB0t, s1.w, s0.t, b0.t); f(kS1tS0tB0w, s1.t, s0.t, b0.w);
  f(kS1tS0tD1, s1.t, s0.t, Distance(s1i, s0i));
  f(kPunctS0B0, PunctuationBetween(words, s0i, b0i), s0.t, b0.t);
  f(kPunctS1S0, PunctuationBetween(words, s1i, s0i), s1.t, s0.t);
  f(kS0c, s0.c); f(kB0c, b0.c); f(kS1c, s1.c); f(kB1c, b1.c);
  f(kS0kB0k, s0.k, b0.k); f(kS0cB0t, s0.c, b0.t); f(kS0tB0c, s0.t, b0.c);
  f(kS1kS0k, s1.k, s0.k); f(kS0kB0kD, s0.k, b0.k, d); f(kB0kB1k, b0.k, b1.k);
}

void Parser::Parse(std::span<const ParserWord> words, ParseState* state,
                   std::vector<uint64_t>* features, int16_t* heads, const uint8_t* joined) const {
  const int n = static_cast<int>(words.size());
  state->Init(n);
  int32_t scores[kTransitions] = {0, 0, 0};
  // The name each word belongs to: [name_begin[i], name_end[i]], or -1 outside names.
  std::vector<int>& name_begin = state->name_begin;
  std::vector<int>& name_end = state->name_end;
  if (joined != nullptr) {
    name_begin.assign(static_cast<size_t>(n), -1);
    name_end.assign(static_cast<size_t>(n), -1);
    for (int i = 0; i + 1 < n; ++i) {
      if (joined[i] == 0) continue;
      int e = i + 1;
      while (e + 1 < n && joined[e] != 0) ++e;
      for (int k = i; k <= e; ++k) {
        name_begin[static_cast<size_t>(k)] = i;
        name_end[static_cast<size_t>(k)] = e;
      }
      i = e;
    }
  }
  while (!state->Terminal()) {
    if (joined != nullptr) {
      bool allowed[kTransitions];
      int count = 0;
      for (int t = 0; t < kTransitions; ++t) {
        allowed[t] = state->Can(static_cast<Transition>(t)) &&
                     KeepsNamesWhole(*state, static_cast<Transition>(t), name_begin, name_end);
        count += allowed[t];
      }
      if (count < 3) {  // constrained (0 cannot happen: a name's inner arcs are always open)
        Transition best = kTransitions;
        if (count > 1) {
          features->clear();
          ParserFeatures(*state, words, features);
          std::fill(scores, scores + kTransitions, 0);
          weights_.Score(*features, scores);
        }
        for (int t = 0; t < kTransitions; ++t) {
          if (allowed[t] && (best == kTransitions || scores[t] > scores[best])) {
            best = static_cast<Transition>(t);
          }
        }
        if (best == kTransitions) best = BestValidUnscored(*state);
        state->Apply(best);
        continue;
      }
    }
    const int valid = state->Can(kShift) + state->Can(kLeft) + state->Can(kRight);
    if (valid == 1) {
      state->Apply(state->Can(kShift) ? kShift : state->Can(kLeft) ? kLeft : kRight);
      continue;
    }
    features->clear();
    ParserFeatures(*state, words, features);
    std::fill(scores, scores + kTransitions, 0);
    weights_.Score(*features, scores);
    state->Apply(BestValid(*state, scores));
  }
  for (int i = 0; i < n; ++i) {
    const int h = state->heads[i];
    heads[i] = static_cast<int16_t>(h == n || h < 0 ? -1 : h);
  }
}

void Parser::Write(ModelWriter* w) const {
  w->Tag("PARS");
  weights_.Write(w);
}

StatusOr<std::unique_ptr<Parser>> Parser::Read(ModelReader* r) {
  r->Tag("PARS");
  Weights weights;
  ENTENTE_RETURN_IF_ERROR(r->status());
  ENTENTE_RETURN_IF_ERROR(Weights::Read(r, &weights));
  if (weights.classes() != kTransitions) {
    r->Fail("parser weights have " + std::to_string(weights.classes()) + " transitions, not 3");
    return r->status();
  }
  return std::make_unique<Parser>(std::move(weights));
}

}  // namespace entente::syntax
