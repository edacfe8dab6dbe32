// The syntax model: tagger (UPOS+XPOS), lemmatizer and dependency parser in one file.
//
// File layout (data/models/en_syntax.model): a text header of "key: value" lines ending with a
// line "end-of-header" — magic "entente-syntax-model", format version, training files with their
// SHA-256 checksums, feature set name, scores on the test sets — followed by the binary sections
// of the tagger, lemmatizer, parser and labeller (model_io.h). `head -30 FILE` shows where a model
// comes from. A file of a newer format version is refused with a message.
//
// Thread safety: a loaded model is immutable; AnalyzeSentence may be called from many threads,
// each with its own SyntaxScratch.
#ifndef ENTENTE_SYNTAX_SYNTAX_MODEL_H_
#define ENTENTE_SYNTAX_SYNTAX_MODEL_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"
#include "entente/syntax.h"
#include "syntax/token_info.h"

namespace entente::syntax {

class Tagger;
class Lemmatizer;
class Parser;
class Labeller;
class WordClusters;

// Per-thread buffers for AnalyzeSentence (feature vectors, parser stack); reused, so that a thread
// stops allocating after its first sentences.
class SyntaxScratch {
 public:
  SyntaxScratch();
  ~SyntaxScratch();
  struct Impl;
  Impl* impl() { return impl_.get(); }

 private:
  std::unique_ptr<Impl> impl_;
};

struct ModelHeader {
  uint32_t format_version = 0;
  std::vector<std::pair<std::string, std::string>> fields;  // every "key: value" line, in order
  std::string Get(std::string_view key) const;
};

class SyntaxModel {
 public:
  // 2: word clusters (a CLUS section after the labeller). Version 1 files still load.
  static constexpr uint32_t kFormatVersion = 2;
  static constexpr uint8_t kProperName = 1;  // = entente::kNameProper
  static constexpr uint8_t kJoinedName = 2;  // = entente::kNameJoined
  static constexpr const char* kDefaultFile = "models/en_syntax.model";  // under data/

  static StatusOr<std::unique_ptr<SyntaxModel>> Load(const std::string& path);
  ~SyntaxModel();
  SyntaxModel(const SyntaxModel&) = delete;
  SyntaxModel& operator=(const SyntaxModel&) = delete;

  // Tags, lemmatises and parses one sentence. forms[i] is the i-th word as the text front end
  // normalised it (TextAnalysis::Form). Writes words[0, forms.size()) and appends lemmas to
  // *lemmas (Word::lemma_begin/end index it). Sentences longer than 32,767 words are parsed in
  // pieces (heads stay within a piece).
  // `names`, when given, marks words known to be (part of) a proper name (bit kProperName):
  // they are tagged PROPN/NNP whatever the tagger would say ("Arnor" opening a sentence); a word
  // with bit kJoinedName belongs to the same name as the next word, and the parser keeps the
  // name one subtree (Parser::Parse).
  // `tree` false: tags and lemmas only; heads and relations are left as they are.
  void AnalyzeSentence(std::span<const std::string_view> forms, SyntaxScratch* scratch,
                       Word* words, std::string* lemmas, const uint8_t* names = nullptr,
                       bool tree = true) const;

  // Re-parses with given tags (gold-tag experiments): words[i].upos/xpos are used as they are.
  void ParseTagged(std::span<const std::string_view> forms, SyntaxScratch* scratch,
                   Word* words) const;

  const SyntaxTags& tags() const { return tags_; }
  const ModelHeader& header() const { return header_; }

  // For training (syntax/trainer.cc) and tests.
  SyntaxModel(ModelHeader header, SyntaxTags tags, std::unique_ptr<Tagger> tagger,
              std::unique_ptr<Lemmatizer> lemmatizer, std::unique_ptr<Parser> parser,
              std::unique_ptr<Labeller> labeller, std::unique_ptr<WordClusters> clusters);
  Status Save(const std::string& path) const { return SaveWithHeader(header_, path); }
  Status SaveWithHeader(const ModelHeader& header, const std::string& path) const;

 private:
  void ParsePiece(SyntaxScratch* scratch, Word* words, const uint8_t* names = nullptr) const;
  void ComputeInfos(std::span<const std::string_view> forms, std::vector<TokenInfo>* infos) const;
  uint16_t proper_noun_class_ = 0xFFFF;  // the tagger class PROPN/NNP (kNone when absent)
  // Per tagger class: a verb or function word (AUX, VERB, ADP, DET, PRON, ADV, PART, SCONJ,
  // CCONJ), whose capital after "U.S." is a newswire artefact (ComputeInfos).
  std::vector<uint8_t> function_class_;

  ModelHeader header_;
  SyntaxTags tags_;
  std::unique_ptr<Tagger> tagger_;
  std::unique_ptr<Lemmatizer> lemmatizer_;
  std::unique_ptr<Parser> parser_;
  std::unique_ptr<Labeller> labeller_;
  std::unique_ptr<WordClusters> clusters_;  // never null; empty for version-1 models
};

}  // namespace entente::syntax

#endif  // ENTENTE_SYNTAX_SYNTAX_MODEL_H_
