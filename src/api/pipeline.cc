#include "entente/pipeline.h"

#include "base/data_dir.h"
#include "text/analyzer.h"
#include "text/text_resources.h"

namespace entente {

struct Pipeline::Impl {
  std::unique_ptr<text::TextResources> resources;
  std::unique_ptr<text::TextAnalyzer> analyzer;
};

Pipeline::Pipeline(const PipelineOptions& options) : options_(options) {}
Pipeline::~Pipeline() = default;

StatusOr<std::unique_ptr<Pipeline>> Pipeline::Load(const PipelineOptions& options) {
  std::unique_ptr<Pipeline> p(new Pipeline(options));
  ENTENTE_ASSIGN_OR_RETURN(p->data_dir_, base::ResolveDataDir(options.data_dir));
  p->impl_ = std::make_unique<Impl>();
  ENTENTE_ASSIGN_OR_RETURN(p->impl_->resources, text::TextResources::Load(p->data_dir_));
  if (options.text.max_sentence_tokens < 2) {
    return InvalidArgumentError("max_sentence_tokens must be at least 2");
  }
  if (options.text.max_token_bytes < 4) {
    return InvalidArgumentError("max_token_bytes must be at least 4");
  }
  p->impl_->analyzer = std::make_unique<text::TextAnalyzer>(*p->impl_->resources, options.text);
  return p;
}

void Pipeline::AnalyzeText(const Document& doc, TextAnalysis* out) const {
  impl_->analyzer->Analyze(doc.text, out);
}

const std::string& Pipeline::data_versions() const { return impl_->resources->versions(); }

}  // namespace entente
