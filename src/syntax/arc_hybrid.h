// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011) with the root at the
// end of the buffer (Ballesteros & Nivre 2013) and a single root: the artificial ROOT (index n)
// may take a child only when it is the last word on the stack. Its dynamic oracle (Goldberg &
// Nivre 2013) gives the number of gold arcs each transition makes unreachable.
//
//   SHIFT  push b0                      (b0 is not ROOT)
//   LEFT   pop s0, arc b0 -> s0         (b0 is ROOT only when s0 is alone on the stack)
//   RIGHT  pop s0, arc s1 -> s0
#ifndef ENTENTE_SYNTAX_ARC_HYBRID_H_
#define ENTENTE_SYNTAX_ARC_HYBRID_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace entente::syntax {

enum Transition : uint8_t { kShift = 0, kLeft = 1, kRight = 2, kTransitions = 3 };

struct ParseState {
  int n = 0;               // words; index n is ROOT
  int b0 = 0;              // front of the buffer; the buffer is always [b0, n]
  std::vector<int> stack;  // word indices
  std::vector<int> heads;  // -1: none yet; n: ROOT
  // Children so far, for features: leftmost and second leftmost, rightmost and second rightmost.
  std::vector<int> lc1, lc2, rc1, rc2;
  std::vector<uint8_t> left_count, right_count;
  std::vector<int> name_begin, name_end;  // Parser::Parse's scratch for names kept whole

  void Init(int words);
  bool Terminal() const { return b0 == n && stack.empty(); }
  bool Can(Transition t) const {
    switch (t) {
      case kShift: return b0 < n;
      case kLeft: return !stack.empty() && (b0 < n || stack.size() == 1);
      case kRight: return stack.size() >= 2;
      default: return false;
    }
  }
  void Apply(Transition t);
  int s(size_t k) const {  // k-th from the top of the stack, or -1
    return k < stack.size() ? stack[stack.size() - 1 - k] : -1;
  }

 private:
  void AddArc(int head, int dep);
};

// The dynamic oracle's cost of `t` in `state`, for gold heads (gold[i] = n for the root).
// Exact for projective gold trees; for non-projective ones still a sound guide.
int TransitionCost(const ParseState& state, Transition t, const std::vector<int>& gold);

}  // namespace entente::syntax

#endif  // ENTENTE_SYNTAX_ARC_HYBRID_H_
