#include "text/analyzer.h"

#include "text/dateline.h"
#include "text/interface_lines.h"
#include "text/normalizer.h"
#include "text/offset_map.h"

namespace entente {

const char* SegmentKindName(SegmentKind kind) {
  switch (kind) {
    case SegmentKind::kSentence: return "sentence";
    case SegmentKind::kInterface: return "interface";
    case SegmentKind::kDateline: return "dateline";
  }
  return "sentence";
}

}  // namespace entente

namespace entente::text {

namespace {
constexpr int kMaxHeadlinesBeforeDateline = 3;

// Per-thread scratch, reused across documents so that steady-state analysis does not allocate.
struct Scratch {
  OffsetMap map;
  Layout layout;
  std::vector<SentenceRange> ranges;
};
}  // namespace

TextAnalyzer::TextAnalyzer(const TextResources& resources, const TextOptions& options)
    : resources_(resources),
      options_(options),
      layout_(resources),
      tokenizer_(resources, options_),
      splitter_(resources, tokenizer_, options_) {}

void TextAnalyzer::Analyze(std::string_view text, TextAnalysis* out) const {
  thread_local Scratch scratch;
  out->Clear();
  TextStats& stats = out->stats;
  stats.repaired_utf8 = Normalize(text, &out->normalized, &scratch.map);
  layout_.Run(&out->normalized, &scratch.layout);
  const Layout& layout = scratch.layout;
  stats.citations = layout.citations;
  stats.bullets = layout.bullets;
  stats.glued_words = static_cast<uint32_t>(layout.breaks.size());
  const std::string_view norm = out->normalized;

  bool first_text = true;  // only headlines so far: a dateline may come
  int headlines = 0;
  for (const Block& block : layout.blocks) {
    const uint32_t first = static_cast<uint32_t>(out->tokens.size());
    tokenizer_.Run(norm, block.begin, block.end, layout.breaks, scratch.map, &out->tokens, &stats);
    const uint32_t last = static_cast<uint32_t>(out->tokens.size());
    if (first == last) continue;
    scratch.ranges.clear();
    splitter_.Run(norm, out->tokens, first, last, layout.breaks, &scratch.ranges, &stats);
    for (const SentenceRange& r : scratch.ranges) {
      Sentence s;
      s.token_begin = r.first;
      s.token_end = r.last;
      s.capped = r.capped;
      const bool alone = (r.first == first && r.last == last) || r.after_break || r.before_break;
      if (options_.drop_interface_lines && alone &&
          IsInterfaceSegment(norm, out->tokens, r.first, r.last, resources_)) {
        s.kind = SegmentKind::kInterface;
      } else if (first_text) {
        // A dateline opens the story, possibly after its headlines (segments without final
        // punctuation); the first sentence that is neither ends the search.
        if (options_.detect_datelines) {
          if (uint32_t n = DatelineLength(norm, out->tokens, r.first, r.last)) {
            Sentence d = s;
            d.kind = SegmentKind::kDateline;
            d.token_end = r.first + n;
            out->sentences.push_back(d);
            s.token_begin = r.first + n;
            first_text = false;
          }
        }
        if (first_text && ++headlines > kMaxHeadlinesBeforeDateline) first_text = false;
        if (first_text) {
          std::string_view last_form = out->Form(out->tokens[r.last - 1]);
          const char c = last_form.back();
          if (c == '.' || c == '!' || c == '?' || c == '"' || c == ':') first_text = false;
        }
      }
      out->sentences.push_back(s);
    }
  }

  // Spans in the original text.
  const OffsetMap& map = scratch.map;
  if (map.empty()) {
    for (Token& t : out->tokens) t.span = t.norm;
  } else {
    for (Token& t : out->tokens) t.span = {map.Begin(t.norm.begin), map.End(t.norm.end)};
  }
  for (Sentence& s : out->sentences) {
    s.span = {out->tokens[s.token_begin].span.begin, out->tokens[s.token_end - 1].span.end};
    switch (s.kind) {
      case SegmentKind::kSentence: ++stats.sentences; break;
      case SegmentKind::kInterface: ++stats.interface_lines; break;
      case SegmentKind::kDateline: ++stats.datelines; break;
    }
  }
  stats.tokens = static_cast<uint32_t>(out->tokens.size());
}

}  // namespace entente::text
