#include "text/offset_map.h"

#include <algorithm>

namespace entente::text {

long OffsetMap::Find(uint32_t norm) const {
  auto it = std::upper_bound(points_.begin(), points_.end(), norm,
                             [](uint32_t n, const Point& p) { return n < p.norm; });
  return static_cast<long>(it - points_.begin()) - 1;
}

uint32_t OffsetMap::Begin(uint32_t norm) const {
  long i = Find(norm);
  if (i < 0) return norm;
  const Point& p = points_[static_cast<size_t>(i)];
  return p.edited ? p.orig : p.orig + (norm - p.norm);
}

uint32_t OffsetMap::End(uint32_t norm) const {
  if (norm == 0) return 0;
  // Map the last byte covered, then step past it.
  long i = Find(norm - 1);
  if (i < 0) return norm;
  const Point& p = points_[static_cast<size_t>(i)];
  if (!p.edited) return p.orig + (norm - p.norm);
  // Inside an edit: the span ends where the edit ends in the original. Every edit is followed by
  // an EndEdit point (the normaliser guarantees it).
  return points_[static_cast<size_t>(i) + 1].orig;
}

uint32_t OffsetMap::EditStart(uint32_t norm) const {
  if (norm == 0) return 0;
  long i = Find(norm - 1);
  if (i < 0) return norm;
  const Point& p = points_[static_cast<size_t>(i)];
  if (!p.edited) return norm;
  return points_[static_cast<size_t>(i) + 1].norm > norm ? p.norm : norm;
}

}  // namespace entente::text
