#include "syntax/word_clusters.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <numeric>

#include "syntax/feature_hash.h"

namespace entente::syntax {

namespace {
constexpr size_t kMaxWordBytes = 64;  // as TokenInfo: longer words are hashed by their first 64

uint64_t KeyOf(std::string_view lower_word) {
  return HashBytes(lower_word.substr(0, std::min(lower_word.size(), kMaxWordBytes)));
}

// x log x, tabulated for the small counts that make up almost every lookup.
class XLogX {
 public:
  XLogX() : table_(kTable) {
    for (size_t x = 1; x < kTable; ++x) table_[x] = static_cast<double>(x) * std::log(x);
  }
  double operator()(int64_t x) const {
    return x < static_cast<int64_t>(kTable) ? table_[x]
                                            : static_cast<double>(x) * std::log(static_cast<double>(x));
  }

 private:
  static constexpr size_t kTable = 1 << 16;
  std::vector<double> table_;
};

// One exchange clustering of words [0, words) into `classes` classes.
//   pred_begin/pred: for successor word w, its predecessors (v, bigram count)
//   counts: occurrences of each word as a successor
std::vector<uint16_t> Exchange(size_t words, size_t predecessors, int classes,
                               const std::vector<uint64_t>& counts,
                               const std::vector<uint32_t>& pred_begin,
                               const std::vector<std::pair<uint32_t, uint32_t>>& pred,
                               int iterations, const std::function<void(const std::string&)>& log) {
  const size_t C = static_cast<size_t>(classes);
  const XLogX F;
  std::vector<uint16_t> cls(words);
  for (size_t w = 0; w < words; ++w) cls[w] = static_cast<uint16_t>(w % C);  // frequency order
  std::vector<int64_t> class_count(C, 0);
  std::vector<int32_t> pc(predecessors * C, 0);  // pc[v*C + c]: v followed by a word of class c
  for (size_t w = 0; w < words; ++w) {
    class_count[cls[w]] += static_cast<int64_t>(counts[w]);
    for (uint32_t j = pred_begin[w]; j < pred_begin[w + 1]; ++j) {
      pc[static_cast<size_t>(pred[j].first) * C + cls[w]] += static_cast<int32_t>(pred[j].second);
    }
  }
  std::vector<double> gain(C);
  for (int it = 1; it <= iterations; ++it) {
    size_t moved = 0;
    for (size_t w = 0; w < words; ++w) {
      const uint32_t b = pred_begin[w], e = pred_begin[w + 1];
      const int64_t n = static_cast<int64_t>(counts[w]);
      const uint16_t old = cls[w];
      for (uint32_t j = b; j < e; ++j) pc[static_cast<size_t>(pred[j].first) * C + old] -= pred[j].second;
      class_count[old] -= n;
      for (size_t c = 0; c < C; ++c) gain[c] = F(class_count[c]) - F(class_count[c] + n);
      for (uint32_t j = b; j < e; ++j) {
        const int32_t* row = pc.data() + static_cast<size_t>(pred[j].first) * C;
        const int64_t m = pred[j].second;
        const double fm = F(m);
        for (size_t c = 0; c < C; ++c) gain[c] += row[c] == 0 ? fm : F(row[c] + m) - F(row[c]);
      }
      size_t best = old;
      for (size_t c = 0; c < C; ++c) {
        if (gain[c] > gain[best] + 1e-9) best = c;
      }
      if (best != old) ++moved;
      cls[w] = static_cast<uint16_t>(best);
      for (uint32_t j = b; j < e; ++j) pc[static_cast<size_t>(pred[j].first) * C + best] += pred[j].second;
      class_count[best] += n;
    }
    // The objective (up to a constant): sum N(v,c) log N(v,c) - sum N(c) log N(c).
    double objective = 0;
    for (int32_t x : pc) objective += F(x);
    for (int64_t x : class_count) objective -= F(x);
    if (log) {
      log(std::to_string(classes) + " classes, iteration " + std::to_string(it) + ": " +
          std::to_string(moved) + " words moved, objective " + std::to_string(objective));
    }
    if (moved == 0) break;
  }
  return cls;
}
}  // namespace

void WordClusters::Grow() {
  std::vector<uint64_t> old_keys = std::move(keys_);
  std::vector<Ids> old_ids = std::move(ids_);
  const size_t size = old_keys.empty() ? 1024 : old_keys.size() * 2;
  keys_.assign(size, 0);
  ids_.assign(size, Ids{});
  mask_ = size - 1;
  for (size_t i = 0; i < old_keys.size(); ++i) {
    if (old_keys[i] == 0) continue;
    size_t k = old_keys[i] & mask_;
    while (keys_[k] != 0) k = (k + 1) & mask_;
    keys_[k] = old_keys[i];
    ids_[k] = old_ids[i];
  }
}

void WordClusters::Add(uint64_t key, Ids ids) {
  if (key == 0) key = 1;  // 0 marks an empty slot; HashBytes is practically never 0
  if ((words_ + 1) * 2 > keys_.size()) Grow();
  size_t k = key & mask_;
  while (keys_[k] != 0 && keys_[k] != key) k = (k + 1) & mask_;
  if (keys_[k] == 0) ++words_;
  keys_[k] = key;
  ids_[k] = ids;
}

StatusOr<WordClusters> WordClusters::ReadTsv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open the word cluster file");
  WordClusters out;
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    const size_t t1 = line.find('\t');
    const size_t t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
    auto bad = [&](const std::string& why) {
      return InvalidArgumentError(path + ":" + std::to_string(line_no) + ": " + why);
    };
    if (t2 == std::string::npos) return bad("expected word<TAB>coarse<TAB>fine");
    int coarse = 0, fine = 0;
    const std::string_view a = std::string_view(line).substr(t1 + 1, t2 - t1 - 1);
    const std::string_view b = std::string_view(line).substr(t2 + 1);
    if (std::from_chars(a.data(), a.data() + a.size(), coarse).ptr != a.data() + a.size() ||
        std::from_chars(b.data(), b.data() + b.size(), fine).ptr != b.data() + b.size()) {
      return bad("class ids must be numbers");
    }
    if (coarse < 1 || coarse > 65535 || fine < 1 || fine > 65535) {
      return bad("class ids must be 1..65535");
    }
    out.Add(KeyOf(std::string_view(line).substr(0, t1)),
            {static_cast<uint16_t>(coarse), static_cast<uint16_t>(fine)});
  }
  if (out.empty()) return InvalidArgumentError(path + ": no words in the word cluster file");
  return out;
}

void WordClusters::Write(ModelWriter* w) const {
  w->Tag("CLUS");
  std::vector<uint64_t> keys;
  std::vector<Ids> ids;
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i] == 0) continue;
    keys.push_back(keys_[i]);
    ids.push_back(ids_[i]);
  }
  w->Array(keys);
  w->Array(ids);
}

Status WordClusters::Read(ModelReader* r, WordClusters* out) {
  r->Tag("CLUS");
  std::vector<uint64_t> keys = r->Array<uint64_t>();
  std::vector<Ids> ids = r->Array<Ids>();
  ENTENTE_RETURN_IF_ERROR(r->status());
  if (keys.size() != ids.size()) {
    r->Fail("word cluster keys and ids differ in number");
    return r->status();
  }
  *out = WordClusters();
  for (size_t i = 0; i < keys.size(); ++i) out->Add(keys[i], ids[i]);
  return Status::Ok();
}

void ClusterCorpus::AddSentence(const std::vector<std::string_view>& words) {
  tokens_.push_back(kBoundary);
  for (std::string_view w : words) {
    auto [it, added] = index_.try_emplace(std::string(w), static_cast<uint32_t>(vocab_.size()));
    if (added) vocab_.push_back(it->first);
    tokens_.push_back(it->second);
  }
}

std::vector<ClusteredWord> TrainWordClusters(const ClusterCorpus& corpus,
                                             const ClusterTrainingOptions& options) {
  const std::vector<uint32_t>& tokens = corpus.tokens();
  const std::vector<std::string>& vocab = corpus.vocab();
  std::vector<uint64_t> raw(vocab.size(), 0);
  for (uint32_t t : tokens) ++raw[t];
  // Dense ids: kept words by frequency (ties by spelling), then "rare", then the boundary.
  std::vector<uint32_t> order;
  for (uint32_t id = 1; id < vocab.size(); ++id) {
    if (raw[id] >= options.min_count) order.push_back(id);
  }
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return raw[a] != raw[b] ? raw[a] > raw[b] : vocab[a] < vocab[b];
  });
  const uint32_t kept = static_cast<uint32_t>(order.size());
  const uint32_t rare = kept, boundary = kept + 1;
  std::vector<uint32_t> dense(vocab.size(), rare);
  dense[ClusterCorpus::kBoundary] = boundary;
  for (uint32_t i = 0; i < kept; ++i) dense[order[i]] = i;

  // Bigrams (predecessor, successor) with counts, grouped by successor.
  std::vector<uint64_t> pairs;
  pairs.reserve(tokens.size());
  std::vector<uint64_t> counts(kept + 1, 0);
  for (size_t i = 1; i < tokens.size(); ++i) {
    if (tokens[i] == ClusterCorpus::kBoundary) continue;
    const uint32_t w = dense[tokens[i]], v = dense[tokens[i - 1]];
    ++counts[w];
    pairs.push_back(static_cast<uint64_t>(w) << 32 | v);
  }
  std::sort(pairs.begin(), pairs.end());
  std::vector<uint32_t> pred_begin(kept + 2, 0);
  std::vector<std::pair<uint32_t, uint32_t>> pred;
  for (size_t i = 0; i < pairs.size();) {
    size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    const uint32_t w = static_cast<uint32_t>(pairs[i] >> 32);
    pred.emplace_back(static_cast<uint32_t>(pairs[i]), static_cast<uint32_t>(j - i));
    ++pred_begin[w + 1];
    i = j;
  }
  for (size_t w = 0; w + 1 < pred_begin.size(); ++w) pred_begin[w + 1] += pred_begin[w];
  if (options.log) {
    options.log(std::to_string(kept) + " words seen at least " + std::to_string(options.min_count) +
                " times, " + std::to_string(pairs.size()) + " bigrams, " +
                std::to_string(pred.size()) + " distinct");
  }
  const size_t words = kept + 1;  // the rare word is clustered too, though not written out
  const size_t predecessors = kept + 2;
  const std::vector<uint16_t> coarse = Exchange(words, predecessors, options.coarse_classes, counts,
                                                pred_begin, pred, options.iterations, options.log);
  const std::vector<uint16_t> fine = Exchange(words, predecessors, options.fine_classes, counts,
                                              pred_begin, pred, options.iterations, options.log);
  std::vector<ClusteredWord> out;
  out.reserve(kept);
  for (uint32_t i = 0; i < kept; ++i) {
    out.push_back({vocab[order[i]], raw[order[i]],
                   {static_cast<uint16_t>(coarse[i] + 1), static_cast<uint16_t>(fine[i] + 1)}});
  }
  return out;
}

}  // namespace entente::syntax
