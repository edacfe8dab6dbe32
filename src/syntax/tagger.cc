#include "syntax/tagger.h"

#include <algorithm>

#include "syntax/feature_hash.h"

namespace entente::syntax {

namespace {
// Template numbers. They are part of the model file's meaning: renumbering needs a retrain.
enum : uint32_t {
  kBias = 1, kWord, kForm, kSuffix1, kSuffix2, kSuffix3, kSuffix4, kPrefix1, kPrefix2, kPrefix3,
  kShape, kFlags, kPrevWord, kNextWord, kPrev2Word, kNext2Word, kPrevTag, kPrevTags,
  kPrevTagWord, kPrevSuffix3, kNextSuffix3, kAmb, kNextAmb, kNext2Amb, kAmbNextAmb,
  kPrevTagAmb, kPrevTagNextAmb, kNextShape, kWordNextWord, kPrevWordWord, kFirstFlags,
  kNextFlags, kSuffix3Flags, kAmbFlags, kNextWords, kWordNextAmb,
  // Word clusters (feature set v2).
  kCluster, kClusterCoarse, kPrevCluster, kNextCluster, kNext2Cluster, kPrevTagCluster,
  kClusterNextCluster, kClusterFlags,
};

const TokenInfo& At(std::span<const TokenInfo> words, ptrdiff_t i) {
  if (i < 0) return SentenceStartToken();
  if (static_cast<size_t>(i) >= words.size()) return SentenceEndToken();
  return words[i];
}

uint64_t Ambiguity(const TagDictionary& dict, const TokenInfo& t) {
  const TagDictionary::Info* info = dict.Find(t.lower);
  return info ? info->ambiguity : 0x7777;  // unknown words share one class
}
}  // namespace

void TaggerFeatures(std::span<const TokenInfo> words, size_t i, uint16_t prev1, uint16_t prev2,
                    const TagDictionary& dict, std::vector<uint64_t>* out) {
  const ptrdiff_t k = static_cast<ptrdiff_t>(i);
  const TokenInfo& w = words[i];
  const TokenInfo& p1 = At(words, k - 1);
  const TokenInfo& p2 = At(words, k - 2);
  const TokenInfo& n1 = At(words, k + 1);
  const TokenInfo& n2 = At(words, k + 2);
  const uint64_t t1 = prev1 + 1u, t2 = prev2 + 1u;  // kNone + 1 wraps to 0x10000: still distinct
  const uint64_t amb = Ambiguity(dict, w), amb1 = Ambiguity(dict, n1);
  out->push_back(Feature(kBias, 0));
  out->push_back(Feature(kWord, w.lower));
  out->push_back(Feature(kForm, w.form));
  out->push_back(Feature(kSuffix1, w.suffix[0]));
  out->push_back(Feature(kSuffix2, w.suffix[1]));
  out->push_back(Feature(kSuffix3, w.suffix[2]));
  out->push_back(Feature(kSuffix4, w.suffix[3]));
  out->push_back(Feature(kPrefix1, w.prefix[0]));
  out->push_back(Feature(kPrefix2, w.prefix[1]));
  out->push_back(Feature(kPrefix3, w.prefix[2]));
  out->push_back(Feature(kShape, w.shape));
  out->push_back(Feature(kFlags, w.flags));
  out->push_back(Feature(kFirstFlags, w.flags, i == 0));
  out->push_back(Feature(kPrevWord, p1.lower));
  out->push_back(Feature(kNextWord, n1.lower));
  out->push_back(Feature(kPrev2Word, p2.lower));
  out->push_back(Feature(kNext2Word, n2.lower));
  out->push_back(Feature(kPrevTag, t1));
  out->push_back(Feature(kPrevTags, t1, t2));
  out->push_back(Feature(kPrevTagWord, t1, w.lower));
  out->push_back(Feature(kPrevSuffix3, p1.suffix[2]));
  out->push_back(Feature(kNextSuffix3, n1.suffix[2]));
  out->push_back(Feature(kAmb, amb));
  out->push_back(Feature(kNextAmb, amb1));
  out->push_back(Feature(kNext2Amb, Ambiguity(dict, n2)));
  out->push_back(Feature(kAmbNextAmb, amb, amb1));
  out->push_back(Feature(kPrevTagAmb, t1, amb));
  out->push_back(Feature(kPrevTagNextAmb, t1, amb1));
  out->push_back(Feature(kNextShape, n1.shape));
  out->push_back(Feature(kWordNextWord, w.lower, n1.lower));
  out->push_back(Feature(kPrevWordWord, p1.lower, w.lower));
  out->push_back(Feature(kNextFlags, n1.flags, w.flags));
  out->push_back(Feature(kSuffix3Flags, w.suffix[2], w.flags));
  out->push_back(Feature(kAmbFlags, amb, w.flags, i == 0));
  out->push_back(Feature(kNextWords, n1.lower, n2.lower));
  out->push_back(Feature(kWordNextAmb, w.lower, amb1));
  out->push_back(Feature(kCluster, w.fine));
  out->push_back(Feature(kClusterCoarse, w.coarse));
  out->push_back(Feature(kPrevCluster, p1.fine));
  out->push_back(Feature(kNextCluster, n1.fine));
  out->push_back(Feature(kNext2Cluster, n2.coarse));
  out->push_back(Feature(kPrevTagCluster, t1, w.fine));
  out->push_back(Feature(kClusterNextCluster, w.coarse, n1.coarse));
  out->push_back(Feature(kClusterFlags, w.fine, w.flags));
}

void Tagger::Tag(std::span<const TokenInfo> words, std::vector<uint64_t>* features,
                 std::vector<int32_t>* scores, uint16_t* out, const uint16_t* forced) const {
  const uint32_t n_classes = weights_.classes();
  scores->resize(n_classes);
  uint16_t prev1 = TagDictionary::kNone, prev2 = TagDictionary::kNone;
  for (size_t i = 0; i < words.size(); ++i) {
    const TagDictionary::Info* info = dict_.Find(words[i].lower);
    uint16_t best;
    if (forced != nullptr && forced[i] != TagDictionary::kNone) {
      best = forced[i];
    } else if (info != nullptr && info->sure != TagDictionary::kNone) {
      best = info->sure;
    } else {
      features->clear();
      TaggerFeatures(words, i, prev1, prev2, dict_, features);
      std::fill(scores->begin(), scores->end(), 0);
      weights_.Score(*features, scores->data());
      best = 0;
      for (uint32_t c = 1; c < n_classes; ++c) {
        if ((*scores)[c] > (*scores)[best]) best = static_cast<uint16_t>(c);
      }
    }
    out[i] = best;
    prev2 = prev1;
    prev1 = best;
  }
}

void Tagger::Write(ModelWriter* w) const {
  w->Tag("TAGR");
  w->Array(classes_);
  dict_.Write(w);
  weights_.Write(w);
}

StatusOr<std::unique_ptr<Tagger>> Tagger::Read(ModelReader* r, size_t upos_count,
                                               size_t xpos_count) {
  r->Tag("TAGR");
  std::vector<TagClass> classes = r->Array<TagClass>();
  TagDictionary dict;
  Weights weights;
  ENTENTE_RETURN_IF_ERROR(r->status());
  ENTENTE_RETURN_IF_ERROR(TagDictionary::Read(r, &dict));
  ENTENTE_RETURN_IF_ERROR(Weights::Read(r, &weights));
  for (const TagClass& c : classes) {
    if (c.upos >= upos_count || c.xpos >= xpos_count) r->Fail("tagger class names an unknown tag");
  }
  if (weights.classes() != classes.size()) r->Fail("tagger weights and classes differ in number");
  // The dictionary's tags index the classes: checked once here, not on every lookup.
  if (!dict.TagsBelow(classes.size())) r->Fail("tag dictionary names an unknown tagger class");
  ENTENTE_RETURN_IF_ERROR(r->status());
  return std::make_unique<Tagger>(std::move(classes), std::move(dict), std::move(weights));
}

}  // namespace entente::syntax
