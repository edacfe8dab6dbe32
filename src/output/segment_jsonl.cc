#include "output/segment_jsonl.h"

#include <string_view>

#include "base/json.h"

namespace entente::output {

namespace {
void AppendSpan(const Span& s, std::string* out) {
  out->append("[");
  out->append(std::to_string(s.begin));
  out->append(",");
  out->append(std::to_string(s.end));
  out->append("]");
}
}  // namespace

void AppendSegmentJsonl(const Document& doc, const TextAnalysis& analysis,
                        const SegmentJsonlOptions& options, std::string* out) {
  const std::string_view text = doc.text;
  uint32_t index = 0;
  for (const Sentence& s : analysis.sentences) {
    if (!s.analysed() && !options.dropped) continue;
    out->append("{\"doc\":");
    base::AppendJsonString(out, doc.id);
    if (s.analysed()) {
      out->append(",\"index\":");
      out->append(std::to_string(index++));
    } else {
      out->append(",\"dropped\":true,\"kind\":\"");
      out->append(SegmentKindName(s.kind));
      out->append("\"");
    }
    out->append(",\"text\":");
    base::AppendJsonString(out, text.substr(s.span.begin, s.span.size()));
    out->append(",\"span\":");
    AppendSpan(s.span, out);
    if (s.capped) out->append(",\"capped\":true");
    if (options.tokens) {
      out->append(",\"tokens\":[");
      for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
        const Token& t = analysis.tokens[i];
        if (i > s.token_begin) out->push_back(',');
        std::string_view original = text.substr(t.span.begin, t.span.size());
        out->append("{\"text\":");
        base::AppendJsonString(out, original);
        std::string_view norm = analysis.Form(t);
        if (norm != original) {
          out->append(",\"norm\":");
          base::AppendJsonString(out, norm);
        }
        out->append(",\"span\":");
        AppendSpan(t.span, out);
        out->append("}");
      }
      out->append("]");
    }
    out->append("}\n");
  }
}

}  // namespace entente::output
