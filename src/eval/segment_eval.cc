#include "eval/segment_eval.h"

#include <algorithm>
#include <utility>

#include "base/input_stream.h"
#include "treebank/conllu.h"

namespace entente::eval {

namespace {

struct GoldDoc {
  std::string text;
  std::vector<std::pair<uint32_t, uint32_t>> sentences;
  void Clear() {
    text.clear();
    sentences.clear();
  }
};

std::string Context(const std::string& text, uint32_t at) {
  uint32_t b = at > 50 ? at - 50 : 0;
  uint32_t e = std::min<uint32_t>(static_cast<uint32_t>(text.size()), at + 50);
  std::string s = text.substr(b, at - b) + " || " + text.substr(at, e - at);
  for (char& c : s) {
    if (c == '\n') c = ' ';
  }
  return s;
}

}  // namespace

StatusOr<SegmentScore> EvaluateSegmentation(const Pipeline& pipeline, const std::string& conllu_path,
                                            std::vector<SegmentError>* errors,
                                            const std::function<void(const std::string&)>& warn) {
  ENTENTE_ASSIGN_OR_RETURN(auto reader, treebank::ConlluReader::Open(conllu_path, warn));
  SegmentScore score;
  score.name = base::BaseName(conllu_path);
  GoldDoc gold;
  Document doc;
  TextAnalysis analysis;

  // A predicted boundary is the gap between one segment's last token and the next segment's
  // first token (or the end of the text); it holds only white space and whatever cleaning masked
  // (citation markers, bullets). A gold sentence end matches when it falls inside such a gap, so
  // "... in 1805. [19]" matches whether the marker is counted with the sentence or removed.
  auto score_doc = [&] {
    if (gold.sentences.empty()) return;
    ++score.documents;
    doc.text = gold.text;
    pipeline.AnalyzeText(doc, &analysis);
    const uint32_t size = static_cast<uint32_t>(doc.text.size());
    std::vector<std::pair<uint32_t, uint32_t>> gaps;  // [end of segment, start of next]
    std::vector<std::pair<uint32_t, uint32_t>> starts;  // [end of previous, start of segment]
    uint32_t prev_end = 0;
    for (size_t i = 0; i < analysis.sentences.size(); ++i) {
      const Span& sp = analysis.sentences[i].span;
      uint32_t next = i + 1 < analysis.sentences.size() ? analysis.sentences[i + 1].span.begin : size;
      gaps.emplace_back(sp.end, next);
      starts.emplace_back(prev_end, sp.begin);
      prev_end = sp.end;
    }
    auto in_gap = [](const std::pair<uint32_t, uint32_t>& g, uint32_t at) {
      return g.first <= at && at <= g.second;
    };
    // Both lists are in text order: match them with a merge.
    std::vector<bool> gold_found(gold.sentences.size(), false);
    size_t gi = 0;
    for (size_t i = 0; i < gaps.size(); ++i) {
      ++score.predicted;
      while (gi < gold.sentences.size() && gold.sentences[gi].second < gaps[i].first) ++gi;
      bool hit = gi < gold.sentences.size() && in_gap(gaps[i], gold.sentences[gi].second);
      if (hit) {
        ++score.boundary_hits;
        gold_found[gi] = true;
        if (in_gap(starts[i], gold.sentences[gi].first)) ++score.exact_hits;
      } else if (errors) {
        errors->push_back({false, Context(gold.text, gaps[i].first)});
      }
    }
    score.gold += gold.sentences.size();
    if (errors) {
      for (size_t k = 0; k < gold.sentences.size(); ++k) {
        if (!gold_found[k]) errors->push_back({true, Context(gold.text, gold.sentences[k].second)});
      }
    }
    gold.Clear();
  };

  treebank::ConlluSentence s;
  while (reader->Next(&s)) {
    if (s.newdoc) score_doc();
    if (s.text.empty()) continue;
    if (!gold.text.empty()) gold.text += s.newpar ? "\n\n" : " ";
    const uint32_t begin = static_cast<uint32_t>(gold.text.size());
    gold.text += s.text;
    gold.sentences.emplace_back(begin, static_cast<uint32_t>(gold.text.size()));
  }
  score_doc();
  if (!reader->status().ok()) return reader->status();
  score.skipped = reader->skipped();
  return score;
}

}  // namespace entente::eval
