// Maps byte offsets of the normalised text back to the original text.
//
// Normalisation changes lengths only in a few places (a curly quote becomes one byte, an ellipsis
// three, a soft hyphen none), so the map stores only the points where an edit starts and where
// copying resumes; an unedited document has an empty map and costs nothing. Offsets inside an
// edited region map to its start (for token beginnings) or its end (for token ends), so a span
// never cuts an original character in two.
#ifndef ENTENTE_TEXT_OFFSET_MAP_H_
#define ENTENTE_TEXT_OFFSET_MAP_H_

#include <cstdint>
#include <vector>

namespace entente::text {

class OffsetMap {
 public:
  void Clear() { points_.clear(); }
  bool empty() const { return points_.empty(); }

  // Normalised bytes from `norm` on were produced by editing the original bytes from `orig` on.
  void BeginEdit(uint32_t norm, uint32_t orig) { points_.push_back({norm, orig, true}); }
  // Normalised bytes from `norm` on are copies of the original bytes from `orig` on.
  void EndEdit(uint32_t norm, uint32_t orig) { points_.push_back({norm, orig, false}); }

  // The original offset of a span that begins at normalised offset `norm`.
  uint32_t Begin(uint32_t norm) const;
  // The original offset of a span that ends (exclusive) at normalised offset `norm`.
  uint32_t End(uint32_t norm) const;
  // Where the edit that `norm` falls strictly inside begins ("…" became "...": the offsets
  // between the dots are inside), or `norm` itself when it is not inside one. A span may begin
  // or end only where this returns its argument, else it cannot be mapped exactly.
  uint32_t EditStart(uint32_t norm) const;

 private:
  struct Point {
    uint32_t norm;
    uint32_t orig;
    bool edited;
  };
  // Index of the last point with point.norm <= norm, or -1.
  long Find(uint32_t norm) const;

  std::vector<Point> points_;
};

}  // namespace entente::text

#endif  // ENTENTE_TEXT_OFFSET_MAP_H_
