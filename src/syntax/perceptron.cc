#include "syntax/perceptron.h"

#include <algorithm>
#include <cmath>

namespace entente::syntax {

void TrainingWeights::Score(std::span<const uint64_t> features, float* scores) const {
  for (uint64_t f : features) {
    auto it = rows_.find(f);
    if (it == rows_.end()) continue;
    for (const Entry& e : it->second) scores[e.cls] += e.w;
  }
}

void TrainingWeights::Update(std::span<const uint64_t> features, uint32_t truth, uint32_t guess) {
  if (truth == guess) return;
  for (uint64_t f : features) {
    std::vector<Entry>& row = rows_[f];
    for (uint32_t cls : {truth, guess}) {
      const float delta = cls == truth ? 1.0f : -1.0f;
      auto it = std::find_if(row.begin(), row.end(), [cls](const Entry& e) { return e.cls == cls; });
      if (it == row.end()) {
        row.push_back({cls, 0.0f, 0.0, now_});
        it = row.end() - 1;
      }
      it->total += static_cast<double>(now_ - it->stamp) * it->w;
      it->stamp = now_;
      it->w += delta;
    }
  }
}

Weights TrainingWeights::Freeze() const {
  // Sorted keys: the file (and so the model) does not depend on hash-map iteration order.
  std::vector<uint64_t> keys;
  keys.reserve(rows_.size());
  for (const auto& [key, row] : rows_) keys.push_back(key);
  std::sort(keys.begin(), keys.end());

  auto averaged = [this](const Entry& e) {
    return static_cast<float>((e.total + static_cast<double>(now_ - e.stamp) * e.w) / now_);
  };
  float max_abs = 0;
  for (const auto& [key, row] : rows_) {
    for (const Entry& e : row) max_abs = std::max(max_abs, std::fabs(averaged(e)));
  }
  Weights out;
  out.classes_ = classes_;
  out.scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  std::vector<std::pair<uint32_t, int16_t>> run;
  for (uint64_t key : keys) {
    run.clear();
    for (const Entry& e : rows_.at(key)) {
      const long q = std::lround(averaged(e) / out.scale_);
      if (q != 0) run.emplace_back(e.cls, static_cast<int16_t>(q));
    }
    if (run.empty()) continue;
    std::sort(run.begin(), run.end());
    out.keys_.push_back(key);
    out.begins_.push_back(static_cast<uint32_t>(out.entries_.size()));
    for (const auto& [cls, w] : run) out.entries_.push_back({w, static_cast<uint16_t>(cls)});
  }
  out.begins_.push_back(static_cast<uint32_t>(out.entries_.size()));
  out.BuildSlots();
  return out;
}

void Weights::BuildSlots() {
  size_t size = 16;
  while (size < keys_.size() * 2) size *= 2;  // load factor at most 1/2: short probe runs
  slots_.assign(size, Slot{});
  mask_ = size - 1;
  inline_ = classes_ <= kInlineClasses;
  for (size_t i = 0; i < keys_.size(); ++i) {
    size_t j = keys_[i] & mask_;
    while (slots_[j].tag != 0) j = (j + 1) & mask_;
    Slot& s = slots_[j];
    s.tag = TagOf(keys_[i]);
    if (inline_) {
      for (uint32_t e = begins_[i]; e < begins_[i + 1]; ++e) s.v[entries_[e].cls] = entries_[e].w;
    } else {
      s.v[0] = static_cast<int16_t>(static_cast<uint16_t>(begins_[i + 1] - begins_[i]));
      s.v[1] = static_cast<int16_t>(static_cast<uint16_t>(begins_[i] & 0xFFFF));
      s.v[2] = static_cast<int16_t>(static_cast<uint16_t>(begins_[i] >> 16));
    }
  }
}

void Weights::Write(ModelWriter* w) const {
  w->Tag("WGHT");
  w->U32(classes_);
  w->F32(scale_);
  w->Array(keys_);
  // Run lengths, not offsets: two bytes per feature instead of four (the model file stays small).
  std::vector<uint16_t> counts(keys_.size());
  for (size_t i = 0; i < keys_.size(); ++i) {
    counts[i] = static_cast<uint16_t>(begins_[i + 1] - begins_[i]);
  }
  w->Array(counts);
  w->Array(entries_);
}

Status Weights::Read(ModelReader* r, Weights* out) {
  r->Tag("WGHT");
  out->classes_ = r->U32();
  out->scale_ = r->F32();
  out->keys_ = r->Array<uint64_t>();
  const std::vector<uint16_t> counts = r->Array<uint16_t>();
  out->entries_ = r->Array<Entry>();
  if (!r->ok()) return r->status();
  if (counts.size() != out->keys_.size()) {
    r->Fail("weight table index does not match its keys");
    return r->status();
  }
  out->begins_.resize(counts.size() + 1);
  uint64_t total = 0;
  for (size_t i = 0; i < counts.size(); ++i) {
    out->begins_[i] = static_cast<uint32_t>(std::min<uint64_t>(total, UINT32_MAX));
    total += counts[i];
  }
  out->begins_.back() = static_cast<uint32_t>(std::min<uint64_t>(total, UINT32_MAX));
  if (total != out->entries_.size()) {
    r->Fail("weight table index does not match its entries");
    return r->status();
  }
  // Validate everything the inference loop trusts: no out-of-range class or entry index.
  if (out->classes_ == 0 || out->classes_ > 65535) {
    r->Fail("weight table has " + std::to_string(out->classes_) + " classes");
    return r->status();
  }
  for (size_t i = 0; i < out->keys_.size(); ++i) {
    if (out->keys_[i] == 0 || out->begins_[i] > out->begins_[i + 1] ||
        (i > 0 && out->keys_[i] <= out->keys_[i - 1])) {
      r->Fail("weight table keys are not sorted and unique");
      return r->status();
    }
  }
  for (const Entry& e : out->entries_) {
    if (e.cls >= out->classes_) {
      r->Fail("weight table has a class out of range");
      return r->status();
    }
  }
  out->BuildSlots();
  return Status::Ok();
}

}  // namespace entente::syntax
