#include "syntax/labeller.h"

#include <algorithm>

#include "syntax/feature_hash.h"

namespace entente::syntax {

namespace {
enum : uint32_t {
  kDw = 300, kDt, kDwt, kHw, kHt, kHwt, kDtHtDir, kDwHtDir, kDtHwDir, kDwHw, kDtHtDist,
  kGtHtDt, kDuHuDir, kChild, kChildTag, kSibling, kSiblingTag, kPrevSiblingLabel, kBetween,
  kDsHt, kDwDir, kDChildren, kHeadIsRoot, kDtHtNextT, kDtPrevT,
  kDc, kHc, kDkHkDir, kDcHt, kDtHc,  // word clusters (feature set v2)
};

constexpr uint64_t kNone = 0x51ED;
constexpr size_t kMaxChildren = 6;  // nearest first; the rest add little and cost time

uint64_t Dist(int d, int h) {
  const int x = h > d ? h - d : d - h;
  return x <= 4 ? x : x <= 8 ? 5 : 6;
}
}  // namespace

void TreeIndex::Build(const int16_t* heads, int n) {
  begin.assign(static_cast<size_t>(n) + 2, 0);
  for (int i = 0; i < n; ++i) {
    if (heads[i] >= 0) ++begin[heads[i] + 1];
  }
  for (int i = 0; i <= n; ++i) begin[i + 1] += begin[i];
  list.resize(static_cast<size_t>(n));
  fill.assign(begin.begin(), begin.end());
  for (int i = 0; i < n; ++i) {
    if (heads[i] >= 0) list[fill[heads[i]]++] = i;  // children come out in word order
  }
}

void LabellerFeatures(std::span<const ParserWord> words, const int16_t* heads,
                      const TreeIndex& tree, const uint8_t* labels, int d,
                      std::vector<uint64_t>* out) {
  const int n = static_cast<int>(words.size());
  const int h = heads[d];
  const ParserWord& dw = words[d];
  const uint64_t hw = h >= 0 ? words[h].info->lower : kNone;
  const uint64_t ht = h >= 0 ? words[h].xpos : 0, hu = h >= 0 ? words[h].upos : 0;
  const int g = h >= 0 ? heads[h] : -1;
  const uint64_t gt = g >= 0 ? words[g].xpos : (h >= 0 ? 999 : 0);
  const uint64_t dir = h < 0 ? 2 : h > d ? 1 : 0;
  const uint64_t next_t = d + 1 < n ? words[d + 1].xpos : 0;
  const uint64_t prev_t = d > 0 ? words[d - 1].xpos : 0;
  auto f = [out](uint32_t t, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
    out->push_back(Feature(t, a, b, c));
  };
  f(kDw, dw.info->lower); f(kDt, dw.xpos); f(kDwt, dw.info->lower, dw.xpos);
  f(kHw, hw); f(kHt, ht); f(kHwt, hw, ht);
  f(kDtHtDir, dw.xpos, ht, dir); f(kDwHtDir, dw.info->lower, ht, dir);
  f(kDtHwDir, dw.xpos, hw, dir); f(kDwHw, dw.info->lower, hw);
  f(kDtHtDist, dw.xpos, ht, Dist(d, h) * 4 + dir);
  f(kGtHtDt, gt, ht, dw.xpos); f(kDuHuDir, dw.upos, hu, dir);
  f(kDsHt, dw.info->suffix[2], ht); f(kDwDir, dw.info->lower, dir);
  f(kHeadIsRoot, g < 0 && h >= 0, dw.xpos, dir);
  f(kDtHtNextT, dw.xpos, ht, next_t); f(kDtPrevT, dw.xpos, prev_t, dir);
  const uint64_t hc = h >= 0 ? words[h].info->fine : 0xFFFF;
  const uint64_t hk = h >= 0 ? words[h].info->coarse : 0xFFFF;
  f(kDc, dw.info->fine); f(kHc, hc); f(kDkHkDir, dw.info->coarse, hk, dir);
  f(kDcHt, dw.info->fine, ht); f(kDtHc, dw.xpos, hc);

  // The dependent's children, nearest first on each side.
  const int cb = tree.begin[d], ce = tree.begin[d + 1];
  f(kDChildren, std::min(ce - cb, 4), dw.xpos);
  size_t taken = 0;
  for (int k = cb; k < ce && taken < kMaxChildren; ++k, ++taken) {
    const int c = tree.list[k];
    f(kChild, words[c].info->lower, c < d, dw.xpos);
    f(kChildTag, words[c].xpos, c < d, dw.xpos);
  }
  if (h < 0) return;
  // Siblings: what else the head governs, and where.
  const int sb = tree.begin[h], se = tree.begin[h + 1];
  int between = 0;
  uint64_t prev_label = 0;
  taken = 0;
  for (int k = sb; k < se; ++k) {
    const int c = tree.list[k];
    if (c == d) continue;
    if (c > std::min(d, h) && c < std::max(d, h)) ++between;
    if (c < d) prev_label = labels[c] + 1u;
    if (taken++ < kMaxChildren) {
      const uint64_t side = (c < d ? 0 : 2) + (c < h ? 0 : 1);
      f(kSibling, words[c].info->lower, side, dw.xpos);
      f(kSiblingTag, words[c].xpos, side, dw.xpos);
    }
  }
  f(kPrevSiblingLabel, prev_label, dw.xpos, dir);
  f(kBetween, std::min(between, 3), dw.xpos, dir);
}

void Labeller::Label(std::span<const ParserWord> words, const int16_t* heads, TreeIndex* tree,
                     std::vector<uint64_t>* features, std::vector<int32_t>* scores,
                     uint8_t* labels) const {
  const int n = static_cast<int>(words.size());
  tree->Build(heads, n);
  const uint32_t classes = weights_.classes();
  scores->resize(classes);
  for (int d = 0; d < n; ++d) {
    if (heads[d] < 0) {
      labels[d] = root_;
      continue;
    }
    features->clear();
    LabellerFeatures(words, heads, *tree, labels, d, features);
    std::fill(scores->begin(), scores->end(), 0);
    weights_.Score(*features, scores->data());
    uint32_t best = root_ == 0 ? 1 : 0;
    for (uint32_t c = 0; c < classes; ++c) {
      if (c != root_ && (*scores)[c] > (*scores)[best]) best = c;
    }
    labels[d] = static_cast<uint8_t>(best);
  }
}

void Labeller::Write(ModelWriter* w) const {
  w->Tag("LABL");
  w->U8(root_);
  weights_.Write(w);
}

StatusOr<std::unique_ptr<Labeller>> Labeller::Read(ModelReader* r, size_t deprel_count) {
  r->Tag("LABL");
  const uint8_t root = r->U8();
  Weights weights;
  ENTENTE_RETURN_IF_ERROR(r->status());
  ENTENTE_RETURN_IF_ERROR(Weights::Read(r, &weights));
  if (weights.classes() != deprel_count || weights.classes() < 2 || root >= deprel_count ||
      deprel_count > 256) {
    r->Fail("labeller weights do not match the relation list");
    return r->status();
  }
  return std::make_unique<Labeller>(std::move(weights), root);
}

}  // namespace entente::syntax
