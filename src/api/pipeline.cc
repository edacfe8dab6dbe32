#include "entente/pipeline.h"

#include "base/data_dir.h"
#include "syntax/syntax_model.h"
#include "text/analyzer.h"
#include "text/text_resources.h"

namespace entente {

static_assert(kNameProper == syntax::SyntaxModel::kProperName);
static_assert(kNameJoined == syntax::SyntaxModel::kJoinedName);

struct Pipeline::Impl {
  std::unique_ptr<text::TextResources> resources;
  std::unique_ptr<text::TextAnalyzer> analyzer;
  std::unique_ptr<syntax::SyntaxModel> syntax;
  SyntaxTags no_tags;
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
  if (options.syntax) {
    const std::string path = options.syntax_model.empty()
                                 ? p->data_dir_ + "/" + syntax::SyntaxModel::kDefaultFile
                                 : options.syntax_model;
    auto model = syntax::SyntaxModel::Load(path);
    if (!model.ok()) {
      if (model.status().code() == StatusCode::kNotFound) {
        return NotFoundError(model.status().message() +
                             " (the model ships in data/models; rebuild it with 'entente train')");
      }
      return model.status();
    }
    p->impl_->syntax = std::move(*model);
  }
  return p;
}

void Pipeline::AnalyzeSyntax(const TextAnalysis& text, SyntaxAnalysis* out) const {
  static const std::vector<uint8_t> kNoNames;
  AnalyzeSyntax(text, kNoNames, out);
}

void Pipeline::AnalyzeSyntax(const TextAnalysis& text, const std::vector<uint8_t>& names,
                             SyntaxAnalysis* out, const std::vector<uint8_t>* sentences) const {
  out->words.assign(text.tokens.size(), Word());
  out->lemmas.clear();
  if (!impl_->syntax) return;
  if (!out->scratch) out->scratch = std::make_unique<syntax::SyntaxScratch>();
  for (size_t si = 0; si < text.sentences.size(); ++si) {
    const Sentence& s = text.sentences[si];
    if (!s.analysed() || s.token_end == s.token_begin) continue;
    const uint8_t depth = sentences != nullptr && si < sentences->size()
                              ? (*sentences)[si]
                              : static_cast<uint8_t>(kSyntaxFull);
    if (depth == kSyntaxNone) continue;
    out->forms.clear();
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      out->forms.push_back(text.Form(text.tokens[t]));
    }
    const uint8_t* sentence_names =
        names.size() >= s.token_end ? names.data() + s.token_begin : nullptr;
    impl_->syntax->AnalyzeSentence(out->forms, out->scratch.get(), &out->words[s.token_begin],
                                   &out->lemmas, sentence_names, depth != kSyntaxTags);
  }
}

const SyntaxTags& Pipeline::syntax_tags() const {
  return impl_->syntax ? impl_->syntax->tags() : impl_->no_tags;
}

SyntaxAnalysis::SyntaxAnalysis() = default;
SyntaxAnalysis::~SyntaxAnalysis() = default;
SyntaxAnalysis::SyntaxAnalysis(SyntaxAnalysis&&) noexcept = default;
SyntaxAnalysis& SyntaxAnalysis::operator=(SyntaxAnalysis&&) noexcept = default;

void Pipeline::AnalyzeText(const Document& doc, TextAnalysis* out) const {
  impl_->analyzer->Analyze(doc.text, out);
}

const std::string& Pipeline::data_versions() const { return impl_->resources->versions(); }

}  // namespace entente
