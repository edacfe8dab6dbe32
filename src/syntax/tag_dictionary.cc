#include "syntax/tag_dictionary.h"

#include "syntax/feature_hash.h"

namespace entente::syntax {

namespace {
constexpr uint32_t kSureMinCount = 20;      // seen at least this often ...
constexpr double kSureMinShare = 0.995;     // ... with one tag this often: no need to score it
constexpr double kAmbiguityMinShare = 0.05; // rarer tags of a word are noise for its class
}  // namespace

TagDictionary TagDictionary::Build(
    const std::map<uint64_t, std::map<uint16_t, uint32_t>>& counts) {
  TagDictionary d;
  for (const auto& [word, tags] : counts) {
    uint32_t total = 0, best = 0;
    uint16_t top = kNone;
    for (const auto& [tag, n] : tags) {
      total += n;
      if (n > best) best = n, top = tag;
    }
    uint64_t amb = 0x5EED;
    for (const auto& [tag, n] : tags) {
      if (n >= kAmbiguityMinShare * total) amb = Mix64(amb ^ (tag + 1));
    }
    Info info;
    info.ambiguity = static_cast<uint32_t>(amb) | 1;
    info.top = top;
    if (total >= kSureMinCount && best >= kSureMinShare * total) info.sure = top;
    d.keys_.push_back(word);
    d.infos_.push_back(info);
  }
  d.BuildSlots();
  return d;
}

void TagDictionary::BuildSlots() {
  size_t size = 16;
  while (size < keys_.size() * 2) size *= 2;
  slots_.assign(size, kEmpty);
  mask_ = size - 1;
  for (uint32_t k = 0; k < keys_.size(); ++k) {
    size_t i = keys_[k] & mask_;
    while (slots_[i] != kEmpty) i = (i + 1) & mask_;
    slots_[i] = k;
  }
}

void TagDictionary::Write(ModelWriter* w) const {
  w->Tag("TDIC");
  w->Array(keys_);
  w->Array(infos_);
}

Status TagDictionary::Read(ModelReader* r, TagDictionary* out) {
  r->Tag("TDIC");
  out->keys_ = r->Array<uint64_t>();
  out->infos_ = r->Array<Info>();
  if (!r->ok()) return r->status();
  if (out->keys_.size() != out->infos_.size()) {
    r->Fail("tag dictionary keys and entries differ in number");
    return r->status();
  }
  for (size_t i = 1; i < out->keys_.size(); ++i) {
    if (out->keys_[i] <= out->keys_[i - 1]) {
      r->Fail("tag dictionary keys are not sorted and unique");
      return r->status();
    }
  }
  out->BuildSlots();
  return Status::Ok();
}

}  // namespace entente::syntax
