// Compiled lookups over a Dictionary: what the coder matches sentences against.
//
// A sentence is first analysed once (TokenAnalyzer): each token becomes up to kMaxCandidates
// dictionary word ids, each with how it was reached — the token itself, the token minus a regular
// ending (TABARI §5.2.3: S 'S ED ES EN ING), or a dictionary stem the token begins with (TABARI
// §5.2.2). Phrase indexes (tries keyed by word id) then find every phrase starting at a position,
// longest first, without allocating: results go into a caller-owned vector that is reused.
//
// Thread safety: built once, then const; any number of threads may query one index.
#ifndef ENTENTE_LEXICON_COMPILED_LOOKUP_H_
#define ENTENTE_LEXICON_COMPILED_LOOKUP_H_

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon/model.h"

namespace entente::lexicon {

struct TokenCandidate {
  TokenId token = kNoToken;
  WordMatch via =
      WordMatch::kExact;  // kExact: the token; kEndings: minus an ending; kPrefix: a stem
};

struct AnalyzedToken {
  static constexpr int kMaxCandidates = 8;
  uint8_t count = 0;
  std::array<TokenCandidate, kMaxCandidates> candidates;
};

class TokenAnalyzer {
 public:
  // `stems` are the word ids used with WordMatch::kPrefix anywhere in the dictionary.
  TokenAnalyzer(const Vocabulary* vocabulary, const std::vector<TokenId>& stems);

  // Analyses one token (any case; up to 64 bytes are considered).
  AnalyzedToken Analyze(std::string_view token) const;
  // Analyses a sentence into *out (resized; no allocation once it has grown to the sentence).
  void AnalyzeAll(std::span<const std::string_view> tokens, std::vector<AnalyzedToken>* out) const;

 private:
  const Vocabulary* vocabulary_;
  std::vector<bool> is_stem_;  // by token id
  uint64_t stem_lengths_ = 0;  // bit L-1 set when some stem has L bytes (L <= 64)
};

// Where a phrase matched: tokens [begin, end) of the sentence.
struct PhraseHit {
  uint32_t entry = 0;   // index of the entry (actor, agent, discard, ...) in its Dictionary vector
  uint32_t phrase = 0;  // index of the phrase within the entry
  uint32_t end = 0;     // one past the last token matched
  uint32_t words = 0;   // words in the phrase (a gap makes end - begin larger)
};

// A trie of phrases keyed by word id, with per-edge match kind and gap flag.
class PhraseIndex {
 public:
  void Add(const Phrase& phrase, uint32_t entry, uint32_t phrase_index);
  // Sorts terminal lists and builds the lookup table; call once after the last Add.
  void Finish();

  // Appends to *out every phrase whose first word is tokens[begin], sorted longest first (end
  // descending, then more words, then entry and phrase order). A gap lets at most `max_gap` tokens
  // come between two words. Returns the number appended.
  size_t FindStartingAt(std::span<const AnalyzedToken> tokens, size_t begin,
                        std::vector<PhraseHit>* out, size_t max_gap = 8) const;

  size_t phrases() const { return phrases_; }
  size_t nodes() const { return nodes_.size(); }

 private:
  struct Node {
    uint32_t hits_begin = 0, hits_end = 0;  // into hits_ after Finish()
    bool has_gap_children = false;
  };
  struct Terminal {
    uint32_t node, entry, phrase, words;
  };
  static uint64_t Key(uint32_t node, TokenId token, WordMatch match, bool gap) {
    return (static_cast<uint64_t>(node) << 32) | (static_cast<uint64_t>(token & 0x0FFFFFFFu) << 3) |
           (static_cast<uint64_t>(match) << 1) | (gap ? 1u : 0u);
  }
  uint32_t Child(uint32_t node, TokenId token, WordMatch match, bool gap) const;
  void Walk(std::span<const AnalyzedToken> tokens, uint32_t node, size_t next, size_t max_gap,
            std::vector<PhraseHit>* out) const;

  std::vector<Node> nodes_{Node{}};
  std::unordered_map<uint64_t, uint32_t> building_edges_;  // Add's; Finish moves them into:
  // Open addressing with linear probing, at most half full (child 0 = empty: the root is no
  // child): Walk looks up every candidate of every token here, once per phrase index. Slots are
  // placed by Vocabulary's hash finaliser, which spreads the key's bits over the low ones.
  struct Edge {
    uint64_t key = 0;
    uint32_t child = 0;
  };
  std::vector<Edge> edges_;
  uint64_t edge_mask_ = 0;
  std::vector<Terminal> pending_;
  struct Stored {
    uint32_t entry, phrase, words;
  };
  std::vector<Stored> hits_;
  size_t phrases_ = 0;
};

// All the lookups of one dictionary.
class CompiledLookup {
 public:
  explicit CompiledLookup(const Dictionary& dict);

  const TokenAnalyzer& analyzer() const { return analyzer_; }
  const PhraseIndex& actors() const { return actors_; }
  const PhraseIndex& agents() const { return agents_; }
  const PhraseIndex& discards() const { return discards_; }
  const PhraseIndex& issues() const { return issues_; }
  const PhraseIndex& nouns() const { return nouns_; }

  // Verb forms: a hit's `entry` indexes verb_forms(); the form's verb word is at begin + verb_word.
  struct VerbFormRef {
    uint32_t block, verb;
    int32_t form;  // -1: the verb's base form
    uint16_t verb_word;
  };
  const PhraseIndex& verb_index() const { return verbs_; }
  const std::vector<VerbFormRef>& verb_forms() const { return verb_forms_; }
  uint32_t max_verb_word() const { return max_verb_word_; }

 private:
  TokenAnalyzer analyzer_;
  PhraseIndex actors_, agents_, discards_, issues_, nouns_, verbs_;
  std::vector<VerbFormRef> verb_forms_;
  uint32_t max_verb_word_ = 0;
};

// Collects the ids of words used as stems (WordMatch::kPrefix) in the dictionary.
std::vector<TokenId> CollectStems(const Dictionary& dict);

}  // namespace entente::lexicon

#endif  // ENTENTE_LEXICON_COMPILED_LOOKUP_H_
