#include "lexicon/compiled_lookup.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace entente::lexicon {

namespace {

void AddCandidate(AnalyzedToken* t, TokenId id, WordMatch via) {
  for (int i = 0; i < t->count; ++i) {
    if (t->candidates[i].token == id) {
      // Keep the strongest way of reaching a word: exact, then endings, then prefix.
      if (static_cast<int>(via) < static_cast<int>(t->candidates[i].via))
        t->candidates[i].via = via;
      return;
    }
  }
  if (t->count < AnalyzedToken::kMaxCandidates) t->candidates[t->count++] = TokenCandidate{id, via};
}

void CollectFromPhrase(const Phrase& p, std::vector<TokenId>* out) {
  for (const PhraseWord& w : p.words) {
    if (w.match == WordMatch::kPrefix) out->push_back(w.token);
  }
}

void CollectFromItems(const std::vector<PatternItem>& items, std::vector<TokenId>* out) {
  for (const PatternItem& it : items) {
    if (it.kind == PatternItem::Kind::kWord && it.match == WordMatch::kPrefix)
      out->push_back(it.token);
    for (const auto& alt : it.alternatives) CollectFromItems(alt, out);
    CollectFromItems(it.children, out);
  }
}

}  // namespace

std::vector<TokenId> CollectStems(const Dictionary& dict) {
  std::vector<TokenId> out;
  for (const ActorEntry& e : dict.actors)
    for (const Phrase& p : e.phrases) CollectFromPhrase(p, &out);
  for (const AgentEntry& e : dict.agents)
    for (const Phrase& p : e.phrases) CollectFromPhrase(p, &out);
  for (const DiscardEntry& e : dict.discards) CollectFromPhrase(e.phrase, &out);
  for (const IssueEntry& e : dict.issues)
    for (const Phrase& p : e.phrases) CollectFromPhrase(p, &out);
  for (const Phrase& p : dict.nouns) CollectFromPhrase(p, &out);
  for (const Phrase& p : dict.adjectives) CollectFromPhrase(p, &out);
  for (const Synset& s : dict.synsets) {
    for (const Phrase& p : s.members) CollectFromPhrase(p, &out);
    for (const auto& seq : s.sequences) CollectFromItems(seq, &out);
  }
  for (const VerbBlock& b : dict.verb_blocks) {
    for (const Verb& v : b.verbs) {
      CollectFromPhrase(v.base.phrase, &out);
      for (const VerbForm& f : v.forms) CollectFromPhrase(f.phrase, &out);
    }
    for (const Pattern& p : b.patterns) {
      CollectFromItems(p.before, &out);
      CollectFromItems(p.after, &out);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// ---- TokenAnalyzer ---------------------------------------------------------------------------

TokenAnalyzer::TokenAnalyzer(const Vocabulary* vocabulary, const std::vector<TokenId>& stems)
    : vocabulary_(vocabulary), is_stem_(vocabulary->size(), false) {
  for (TokenId id : stems) {
    is_stem_[id] = true;
    const size_t len = vocabulary->Word(id).size();
    if (len >= 1 && len <= 64) stem_lengths_ |= uint64_t{1} << (len - 1);
  }
}

AnalyzedToken TokenAnalyzer::Analyze(std::string_view token) const {
  AnalyzedToken out;
  char buf[64];
  if (token.empty() || token.size() > sizeof(buf)) return out;
  const std::string_view up(buf, FoldUpper(token, buf));
  if (TokenId id = vocabulary_->Find(up); id != kNoToken) AddCandidate(&out, id, WordMatch::kExact);
  // Regular endings (TABARI manual §5.2.3): the word the token would be without them.
  static constexpr std::string_view kEndings[] = {"'S", "S'", "S", "ES", "ED", "EN", "ING"};
  for (std::string_view e : kEndings) {
    if (up.size() > e.size() + 1 && up.substr(up.size() - e.size()) == e) {
      const std::string_view base = up.substr(0, up.size() - e.size());
      if (TokenId id = vocabulary_->Find(base); id != kNoToken)
        AddCandidate(&out, id, WordMatch::kEndings);
    }
  }
  // Stems the token begins with (TABARI §5.2.2); the full token is covered by the exact lookup,
  // and only lengths some stem has are tried.
  // One pass over the bytes, the hash extended byte by byte, probing at those lengths only.
  const size_t longest = stem_lengths_ == 0 ? 0 : 64 - std::countl_zero(stem_lengths_);
  const size_t max_len = std::min(up.size(), longest);
  uint64_t h = Vocabulary::kStart;
  for (size_t len = 1; len <= max_len; ++len) {
    h = Vocabulary::Step(h, static_cast<unsigned char>(up[len - 1]));
    if ((stem_lengths_ & (uint64_t{1} << (len - 1))) == 0) continue;
    const TokenId id = vocabulary_->FindHashed(up.substr(0, len), Vocabulary::Finish(h));
    if (id != kNoToken && id < is_stem_.size() && is_stem_[id])
      AddCandidate(&out, id, WordMatch::kPrefix);
  }
  return out;
}

void TokenAnalyzer::AnalyzeAll(std::span<const std::string_view> tokens,
                               std::vector<AnalyzedToken>* out) const {
  out->resize(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) (*out)[i] = Analyze(tokens[i]);
}

// ---- PhraseIndex -----------------------------------------------------------------------------

void PhraseIndex::Add(const Phrase& phrase, uint32_t entry, uint32_t phrase_index) {
  uint32_t node = 0;
  for (size_t i = 0; i < phrase.words.size(); ++i) {
    const PhraseWord& w = phrase.words[i];
    const bool gap = i > 0 && w.gap_before;
    const uint64_t key = Key(node, w.token, w.match, gap);
    auto it = building_edges_.find(key);
    if (it == building_edges_.end()) {
      const uint32_t child = static_cast<uint32_t>(nodes_.size());
      nodes_.push_back(Node{});
      it = building_edges_.emplace(key, child).first;
    }
    if (gap) nodes_[node].has_gap_children = true;
    node = it->second;
  }
  pending_.push_back(
      Terminal{node, entry, phrase_index, static_cast<uint32_t>(phrase.words.size())});
  ++phrases_;
}

void PhraseIndex::Finish() {
  std::sort(pending_.begin(), pending_.end(), [](const Terminal& a, const Terminal& b) {
    if (a.node != b.node) return a.node < b.node;
    if (a.entry != b.entry) return a.entry < b.entry;
    return a.phrase < b.phrase;
  });
  hits_.clear();
  hits_.reserve(pending_.size());
  for (size_t i = 0; i < pending_.size();) {
    size_t j = i;
    Node& n = nodes_[pending_[i].node];
    n.hits_begin = static_cast<uint32_t>(hits_.size());
    while (j < pending_.size() && pending_[j].node == pending_[i].node) {
      hits_.push_back(Stored{pending_[j].entry, pending_[j].phrase, pending_[j].words});
      ++j;
    }
    n.hits_end = static_cast<uint32_t>(hits_.size());
    i = j;
  }
  pending_.clear();
  pending_.shrink_to_fit();
  size_t size = 16;
  while (size < building_edges_.size() * 2) size *= 2;
  edges_.assign(size, Edge{});
  edge_mask_ = size - 1;
  for (const auto& [key, child] : building_edges_) {
    size_t i = Vocabulary::Finish(key) & edge_mask_;
    while (edges_[i].child != 0) i = (i + 1) & edge_mask_;
    edges_[i] = Edge{key, child};
  }
  building_edges_.clear();  // the index is complete: Add after Finish is not supported
}

uint32_t PhraseIndex::Child(uint32_t node, TokenId token, WordMatch match, bool gap) const {
  if (edges_.empty()) return 0;  // before Finish nothing is found (no terminal is placed yet)
  const uint64_t key = Key(node, token, match, gap);
  for (size_t i = Vocabulary::Finish(key) & edge_mask_;; i = (i + 1) & edge_mask_) {
    const Edge& e = edges_[i];
    if (e.child == 0) return 0;
    if (e.key == key) return e.child;
  }
}

void PhraseIndex::Walk(std::span<const AnalyzedToken> tokens, uint32_t node, size_t next,
                       size_t max_gap, std::vector<PhraseHit>* out) const {
  if (next >= tokens.size()) return;
  const bool gaps = node != 0 && nodes_[node].has_gap_children;
  const size_t last = gaps ? std::min(tokens.size() - 1, next + max_gap) : next;
  for (size_t p = next; p <= last; ++p) {
    const AnalyzedToken& t = tokens[p];
    for (int c = 0; c < t.count; ++c) {
      const TokenCandidate& cand = t.candidates[c];
      // An edge demanding an exact word takes only the token itself; one allowing endings also
      // the token minus an ending; a stem edge any token that begins with it.
      for (int m = static_cast<int>(cand.via); m <= static_cast<int>(WordMatch::kPrefix); ++m) {
        for (int g = (p == next ? 0 : 1); g <= (gaps ? 1 : 0); ++g) {
          const uint32_t child = Child(node, cand.token, static_cast<WordMatch>(m), g == 1);
          if (child == 0) continue;
          const Node& n = nodes_[child];
          for (uint32_t h = n.hits_begin; h < n.hits_end; ++h) {
            out->push_back(PhraseHit{hits_[h].entry, hits_[h].phrase, static_cast<uint32_t>(p + 1),
                                     hits_[h].words});
          }
          Walk(tokens, child, p + 1, max_gap, out);
        }
      }
    }
  }
}

size_t PhraseIndex::FindStartingAt(std::span<const AnalyzedToken> tokens, size_t begin,
                                   std::vector<PhraseHit>* out, size_t max_gap) const {
  const size_t start = out->size();
  if (begin < tokens.size()) Walk(tokens, 0, begin, max_gap, out);
  auto first = out->begin() + static_cast<std::ptrdiff_t>(start);
  std::sort(first, out->end(), [](const PhraseHit& a, const PhraseHit& b) {
    if (a.end != b.end) return a.end > b.end;
    if (a.words != b.words) return a.words > b.words;
    if (a.entry != b.entry) return a.entry < b.entry;
    return a.phrase < b.phrase;
  });
  out->erase(std::unique(first, out->end(),
                         [](const PhraseHit& a, const PhraseHit& b) {
                           return a.end == b.end && a.entry == b.entry && a.phrase == b.phrase;
                         }),
             out->end());
  return out->size() - start;
}

// ---- CompiledLookup --------------------------------------------------------------------------

CompiledLookup::CompiledLookup(const Dictionary& dict)
    : analyzer_(&dict.vocabulary, CollectStems(dict)) {
  for (uint32_t e = 0; e < dict.actors.size(); ++e) {
    for (uint32_t p = 0; p < dict.actors[e].phrases.size(); ++p)
      actors_.Add(dict.actors[e].phrases[p], e, p);
  }
  for (uint32_t e = 0; e < dict.agents.size(); ++e) {
    for (uint32_t p = 0; p < dict.agents[e].phrases.size(); ++p)
      agents_.Add(dict.agents[e].phrases[p], e, p);
  }
  for (uint32_t e = 0; e < dict.discards.size(); ++e) discards_.Add(dict.discards[e].phrase, e, 0);
  for (uint32_t e = 0; e < dict.issues.size(); ++e) {
    for (uint32_t p = 0; p < dict.issues[e].phrases.size(); ++p)
      issues_.Add(dict.issues[e].phrases[p], e, p);
  }
  for (uint32_t e = 0; e < dict.nouns.size(); ++e) nouns_.Add(dict.nouns[e], e, 0);
  for (uint32_t b = 0; b < dict.verb_blocks.size(); ++b) {
    const VerbBlock& block = dict.verb_blocks[b];
    for (uint32_t v = 0; v < block.verbs.size(); ++v) {
      const Verb& verb = block.verbs[v];
      for (int32_t f = -1; f < static_cast<int32_t>(verb.forms.size()); ++f) {
        const VerbForm& form = f < 0 ? verb.base : verb.forms[f];
        verbs_.Add(form.phrase, static_cast<uint32_t>(verb_forms_.size()), 0);
        verb_forms_.push_back(VerbFormRef{b, v, f, form.verb_word});
        max_verb_word_ = std::max<uint32_t>(max_verb_word_, form.verb_word);
      }
    }
  }
  for (PhraseIndex* index : {&actors_, &agents_, &discards_, &issues_, &nouns_, &verbs_})
    index->Finish();
}

}  // namespace entente::lexicon
