#include "syntax/syntax_model.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "syntax/labeller.h"
#include "syntax/lemmatizer.h"
#include "syntax/parser.h"
#include "syntax/syntax_scratch.h"
#include "syntax/tagger.h"
#include "syntax/word_clusters.h"

namespace entente::syntax {

namespace {
constexpr const char* kMagic = "entente-syntax-model";
constexpr const char* kEndOfHeader = "end-of-header";
constexpr size_t kMaxPieceWords = 4096;  // longer "sentences" are parsed in pieces
constexpr size_t kMaxHeaderBytes = 1 << 20;
}  // namespace

SyntaxScratch::SyntaxScratch() : impl_(std::make_unique<Impl>()) {}
SyntaxScratch::~SyntaxScratch() = default;

std::string ModelHeader::Get(std::string_view key) const {
  for (const auto& [k, v] : fields) {
    if (k == key) return v;
  }
  return {};
}

SyntaxModel::SyntaxModel(ModelHeader header, SyntaxTags tags, std::unique_ptr<Tagger> tagger,
                         std::unique_ptr<Lemmatizer> lemmatizer, std::unique_ptr<Parser> parser,
                         std::unique_ptr<Labeller> labeller,
                         std::unique_ptr<WordClusters> clusters)
    : header_(std::move(header)),
      tags_(std::move(tags)),
      tagger_(std::move(tagger)),
      lemmatizer_(std::move(lemmatizer)),
      parser_(std::move(parser)),
      labeller_(std::move(labeller)),
      clusters_(clusters ? std::move(clusters) : std::make_unique<WordClusters>()) {
  proper_noun_class_ = TagDictionary::kNone;
  const auto& classes = tagger_->classes();
  function_class_.assign(classes.size(), 0);
  for (size_t c = 0; c < classes.size(); ++c) {
    if (tags_.upos[classes[c].upos] == "PROPN" && tags_.xpos[classes[c].xpos] == "NNP") {
      proper_noun_class_ = static_cast<uint16_t>(c);
    }
    for (const char* u : {"AUX", "VERB", "ADP", "DET", "PRON", "ADV", "PART", "SCONJ", "CCONJ"}) {
      if (tags_.upos[classes[c].upos] == u) function_class_[c] = 1;
    }
  }
}

SyntaxModel::~SyntaxModel() = default;

namespace {
// "U.S.", "U.K.", "U.N.": capitals and dots only, two dots at least.
bool IsCapitalAbbreviation(std::string_view w) {
  if (w.size() < 3 || w.size() > 6 || w.back() != '.') return false;
  int dots = 0;
  for (char c : w) {
    if (c == '.') {
      ++dots;
    } else if (c < 'A' || c > 'Z') {
      return false;
    }
  }
  return dots >= 2;
}

// "Have", "Would": a capital, then lower-case letters only.
bool IsTitleCaseWord(std::string_view w) {
  if (w.size() < 2 || w.size() > 32 || w[0] < 'A' || w[0] > 'Z') return false;
  return std::all_of(w.begin() + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}
}  // namespace

void SyntaxModel::ComputeInfos(std::span<const std::string_view> forms,
                               std::vector<TokenInfo>* infos) const {
  infos->resize(forms.size());
  for (size_t i = 0; i < forms.size(); ++i) {
    TokenInfo& t = (*infos)[i];
    ComputeTokenInfo(forms[i], &t);
    // Newswire copy (Reuters-21578 above all) capitalises the word after "U.S.": "Taiwan and
    // the U.S. Have been holding talks", "the U.S. Would not lift the sanctions". A verb or
    // function word there is read as if written in lower case; nouns keep their capital
    // ("U.S. Treasury"). Only when tagging text: training reads the treebank's forms as
    // they are (syntax/trainer.cc).
    if (i > 0 && IsCapitalAbbreviation(forms[i - 1]) && IsTitleCaseWord(forms[i])) {
      const TagDictionary::Info* info = tagger_->dictionary().Find(t.lower);
      if (info != nullptr && info->top < function_class_.size() && function_class_[info->top]) {
        char lower[32];  // IsTitleCaseWord: at most 32 letters, the first a capital
        const std::string_view w = forms[i];
        std::copy(w.begin(), w.end(), lower);
        lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
        ComputeTokenInfo(std::string_view(lower, w.size()), &t);
      }
    }
    const WordClusters::Ids ids = clusters_->Find(t.lower);
    t.coarse = ids.coarse;
    t.fine = ids.fine;
  }
}

void SyntaxModel::AnalyzeSentence(std::span<const std::string_view> forms, SyntaxScratch* scratch,
                                  Word* words, std::string* lemmas, const uint8_t* names,
                                  bool tree) const {
  SyntaxScratch::Impl& s = *scratch->impl();
  for (size_t begin = 0; begin < forms.size(); begin += kMaxPieceWords) {
    const size_t n = std::min(kMaxPieceWords, forms.size() - begin);
    const std::span<const std::string_view> piece = forms.subspan(begin, n);
    ComputeInfos(piece, &s.infos);
    s.classes.resize(n);
    const uint16_t* forced = nullptr;
    if (names != nullptr && proper_noun_class_ != TagDictionary::kNone) {
      s.forced.assign(n, TagDictionary::kNone);
      for (size_t i = 0; i < n; ++i) {
        if ((names[begin + i] & kProperName) != 0) s.forced[i] = proper_noun_class_;
      }
      forced = s.forced.data();
    }
    tagger_->Tag(s.infos, &s.features, &s.scores, s.classes.data(), forced);
    for (size_t i = 0; i < n; ++i) {
      const TagClass c = tagger_->classes()[s.classes[i]];
      words[begin + i].upos = c.upos;
      words[begin + i].xpos = c.xpos;
    }
    if (tree) ParsePiece(scratch, words + begin, names != nullptr ? names + begin : nullptr);
    for (size_t i = 0; i < n; ++i) {
      Word& w = words[begin + i];
      w.lemma_begin = static_cast<uint32_t>(lemmas->size());
      lemmatizer_->Lemmatize(piece[i], tags_.xpos[w.xpos], lemmas);
      w.lemma_end = static_cast<uint32_t>(lemmas->size());
    }
  }
}

void SyntaxModel::ParseTagged(std::span<const std::string_view> forms, SyntaxScratch* scratch,
                              Word* words) const {
  SyntaxScratch::Impl& s = *scratch->impl();
  for (size_t begin = 0; begin < forms.size(); begin += kMaxPieceWords) {
    const size_t n = std::min(kMaxPieceWords, forms.size() - begin);
    ComputeInfos(forms.subspan(begin, n), &s.infos);
    ParsePiece(scratch, words + begin);
  }
}

// Parses the words whose TokenInfo is in scratch->infos, with the tags already in words[].
void SyntaxModel::ParsePiece(SyntaxScratch* scratch, Word* words, const uint8_t* names) const {
  SyntaxScratch::Impl& s = *scratch->impl();
  const size_t n = s.infos.size();
  const uint8_t* joined = nullptr;
  if (names != nullptr) {
    s.joined.assign(n, 0);
    for (size_t i = 0; i + 1 < n; ++i) {
      if ((names[i] & kJoinedName) != 0) {
        s.joined[i] = 1;
        joined = s.joined.data();
      }
    }
  }
  s.words.resize(n);
  for (size_t i = 0; i < n; ++i) {
    s.words[i] = {&s.infos[i], words[i].xpos + 1u, words[i].upos + 1u};
  }
  s.heads.resize(n);
  s.labels.resize(n);
  parser_->Parse(s.words, &s.state, &s.features, s.heads.data(), joined);
  labeller_->Label(s.words, s.heads.data(), &s.tree, &s.features, &s.scores, s.labels.data());
  for (size_t i = 0; i < n; ++i) {
    words[i].head = s.heads[i];
    words[i].deprel = s.labels[i];
  }
}

Status SyntaxModel::SaveWithHeader(const ModelHeader& header, const std::string& path) const {
  std::string text = std::string(kMagic) + "\n";
  text += "format-version: " + std::to_string(kFormatVersion) + "\n";
  for (const auto& [k, v] : header.fields) {
    if (k == "format-version") continue;
    text += k + ": " + v + "\n";
  }
  text += std::string(kEndOfHeader) + "\n";
  ModelWriter w;
  w.Tag("TAGS");
  w.StrList(tags_.upos);
  w.StrList(tags_.xpos);
  w.StrList(tags_.deprel);
  tagger_->Write(&w);
  lemmatizer_->Write(&w);
  parser_->Write(&w);
  labeller_->Write(&w);
  clusters_->Write(&w);
  w.Tag("END.");
  const std::string tmp = path + ".tmp";
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (f == nullptr) return IoError(path + ": cannot write the model");
  const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size() &&
                  std::fwrite(w.bytes().data(), 1, w.bytes().size(), f) == w.bytes().size();
  if (std::fclose(f) != 0 || !ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return IoError(path + ": cannot write the model");
  }
  return Status::Ok();
}

StatusOr<std::unique_ptr<SyntaxModel>> SyntaxModel::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open the syntax model");
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return IoError(path + ": cannot read the syntax model");

  // The text header.
  ModelHeader header;
  size_t pos = 0;
  int line_no = 0;
  bool ended = false;
  while (pos < data.size() && pos < kMaxHeaderBytes) {
    const size_t eol = data.find('\n', pos);
    if (eol == std::string::npos) break;
    const std::string line = data.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    const std::string where = path + ":" + std::to_string(line_no) + ": ";
    if (line_no == 1) {
      if (line != kMagic) return DataLossError(where + "not an entente syntax model");
      continue;
    }
    if (line == kEndOfHeader) {
      ended = true;
      break;
    }
    const size_t colon = line.find(": ");
    if (colon == std::string::npos) return DataLossError(where + "header line without 'key: value'");
    header.fields.emplace_back(line.substr(0, colon), line.substr(colon + 2));
  }
  if (!ended) return DataLossError(path + ": the model header does not end (truncated file?)");
  const std::string version = header.Get("format-version");
  header.format_version = static_cast<uint32_t>(std::strtoul(version.c_str(), nullptr, 10));
  if (header.format_version == 0) return DataLossError(path + ": the model header has no format-version");
  if (header.format_version > kFormatVersion) {
    return FailedPreconditionError(path + ": model format " + version +
                                   " is newer than this entente reads (" +
                                   std::to_string(kFormatVersion) + "); use a newer entente");
  }

  ModelReader r(std::string_view(data).substr(pos), path);
  SyntaxTags tags;
  r.Tag("TAGS");
  tags.upos = r.StrList();
  tags.xpos = r.StrList();
  tags.deprel = r.StrList();
  ENTENTE_RETURN_IF_ERROR(r.status());
  if (tags.upos.empty() || tags.xpos.empty() || tags.deprel.empty() || tags.upos.size() > 256 ||
      tags.xpos.size() > 256 || tags.deprel.size() > 256) {
    return DataLossError(path + ": the model's tag lists are empty or too long");
  }
  auto tagger = Tagger::Read(&r, tags.upos.size(), tags.xpos.size());
  if (!tagger.ok()) return tagger.status();
  auto lemmatizer = Lemmatizer::Read(&r);
  if (!lemmatizer.ok()) return lemmatizer.status();
  auto parser = Parser::Read(&r);
  if (!parser.ok()) return parser.status();
  auto labeller = Labeller::Read(&r, tags.deprel.size());
  if (!labeller.ok()) return labeller.status();
  auto clusters = std::make_unique<WordClusters>();
  if (header.format_version >= 2) ENTENTE_RETURN_IF_ERROR(WordClusters::Read(&r, clusters.get()));
  r.Tag("END.");
  ENTENTE_RETURN_IF_ERROR(r.status());
  if (!r.at_end()) return DataLossError(path + ": unexpected bytes after the model");
  return std::make_unique<SyntaxModel>(std::move(header), std::move(tags), std::move(*tagger),
                                       std::move(*lemmatizer), std::move(*parser),
                                       std::move(*labeller), std::move(clusters));
}

}  // namespace entente::syntax
