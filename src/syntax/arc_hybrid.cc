#include "syntax/arc_hybrid.h"

namespace entente::syntax {

void ParseState::Init(int words) {
  n = words;
  b0 = 0;
  stack.clear();
  const size_t size = static_cast<size_t>(words) + 1;
  heads.assign(size, -1);
  lc1.assign(size, -1);
  lc2.assign(size, -1);
  rc1.assign(size, -1);
  rc2.assign(size, -1);
  left_count.assign(size, 0);
  right_count.assign(size, 0);
}

void ParseState::AddArc(int head, int dep) {
  heads[dep] = head;
  if (dep < head) {
    if (lc1[head] == -1 || dep < lc1[head]) {
      lc2[head] = lc1[head];
      lc1[head] = dep;
    } else if (lc2[head] == -1 || dep < lc2[head]) {
      lc2[head] = dep;
    }
    if (left_count[head] < 255) ++left_count[head];
  } else {
    if (rc1[head] == -1 || dep > rc1[head]) {
      rc2[head] = rc1[head];
      rc1[head] = dep;
    } else if (rc2[head] == -1 || dep > rc2[head]) {
      rc2[head] = dep;
    }
    if (right_count[head] < 255) ++right_count[head];
  }
}

void ParseState::Apply(Transition t) {
  switch (t) {
    case kShift:
      stack.push_back(b0++);
      break;
    case kLeft: {
      const int d = stack.back();
      stack.pop_back();
      AddArc(b0, d);
      break;
    }
    case kRight: {
      const int d = stack.back();
      stack.pop_back();
      AddArc(stack.back(), d);
      break;
    }
    default:
      break;
  }
}

int TransitionCost(const ParseState& st, Transition t, const std::vector<int>& gold) {
  if (!st.Can(t)) return 1 << 20;
  int cost = 0;
  const int n = st.n;
  if (t == kShift) {
    // b0 can no longer take a head from the stack below s0, nor children from the stack.
    const int b = st.b0;
    for (size_t k = 0; k < st.stack.size(); ++k) {
      const int x = st.stack[k];
      if (gold[x] == b) ++cost;
      if (gold[b] == x && k + 1 != st.stack.size()) ++cost;
    }
    return cost;
  }
  const int s0 = st.stack.back();
  const int s1 = st.stack.size() >= 2 ? st.stack[st.stack.size() - 2] : -1;
  // s0 leaves the stack: its children still in the buffer are lost either way.
  for (int x = st.b0; x < n; ++x) {
    if (gold[x] == s0) ++cost;
  }
  const int h = gold[s0];
  if (t == kLeft) {
    if (h != st.b0 && (h == s1 || h > st.b0)) ++cost;  // its head was s1 or later in the buffer
  } else {
    if (h != s1 && h >= st.b0) ++cost;  // its head was in the buffer (ROOT included)
  }
  return cost;
}

}  // namespace entente::syntax
