// Coder::SentencesToParse: which sentences of a document can give an event at all, so that the
// parser (three quarters of the time of `entente code`) runs only on those. The events and the
// sentence notes are the same as with every sentence parsed: a sentence is left out only when
// what the coder says about it does not depend on its tree.
#include <algorithm>
#include <string_view>

#include "coding/coder.h"
#include "coding/learned_names.h"
#include "coding/sentence_view.h"
#include "entente/pipeline.h"

namespace entente::coding {

void Coder::SentencesToParse(const TextAnalysis& text, CodingScratch* scratch,
                             std::vector<uint8_t>* needed) const {
  needed->assign(text.sentences.size(), kSyntaxFull);
  const lexicon::Dictionary& dict = lex_.dictionary();
  const lexicon::Options& o = dict.options;
  // Only entente's own convention guarantees that a sentence without actor, agent, anaphor or
  // learned name yields "no actor": the field's formats may make new actors from unknown words
  // (new_actor_length), fill a side by default, or judge complexity on the tree (COMPLEX).
  if (dict.format != "native" || o.new_actor_length > 0 || !o.default_source.empty() ||
      !o.default_target.empty()) {
    return;
  }
  for (const lexicon::Options::Command& c : o.commands) {
    if (c.name == "COMPLEX") return;
  }
  // The dictionary analysis MarkNames made of this very text.
  if (scratch->analyzed_text != &text || scratch->analyzed_tokens != text.tokens.size()) return;
  const std::vector<lexicon::AnalyzedToken>& all = scratch->doc_analyzed;

  // 1. Per sentence: its first discard phrase, and whether any actor or agent phrase, or a word
  // "both"/"two" (the anaphors "both countries", "the two sides"), occurs in it.
  enum : uint8_t { kMaybe = 0, kParse = 1, kDiscarded = 2 };
  std::vector<uint8_t>& state = scratch->parse_state;
  state.assign(text.sentences.size(), kParse);
  std::vector<std::string_view>& candidates = scratch->name_candidates;
  candidates.clear();
  for (size_t si = 0; si < text.sentences.size(); ++si) {
    const Sentence& s = text.sentences[si];
    if (!s.analysed()) continue;
    std::span<const lexicon::AnalyzedToken> toks(all.data() + s.token_begin,
                                                 s.token_end - s.token_begin);
    // The coder looks at the first discard phrase of a sentence only (Coder::CodeSentence).
    for (size_t t = 0; t < toks.size(); ++t) {
      scratch->hits.clear();
      if (lex_.FindDiscardsStartingAt(toks, t, &scratch->hits) == 0) continue;
      if (dict.discards[scratch->hits[0].entry].story) {
        // The whole story goes, whatever its trees say.
        std::fill(needed->begin(), needed->end(), kSyntaxNone);
        return;
      }
      state[si] = kDiscarded;
      break;
    }
    if (state[si] == kDiscarded) continue;
    bool actor = false, other = false, verb = false;
    for (size_t t = 0; t < toks.size(); ++t) {
      scratch->hits.clear();
      actor = actor || lex_.FindActorsStartingAt(toks, t, &scratch->hits) > 0;
      scratch->hits.clear();
      other = other || lex_.FindAgentsStartingAt(toks, t, &scratch->hits) > 0;
      scratch->hits.clear();
      verb = verb || lex_.FindVerbFormsAt(toks, t, &scratch->hits) > 0;
      const std::string_view f = text.Form(text.tokens[s.token_begin + t]);
      other = other || LowerIs(f, "both") || LowerIs(f, "two");
    }
    // Without any dictionary verb the coder's note is "no dictionary verb" whatever the tree;
    // its actor mentions (which later sentences' "its" and learned names build on) need the
    // tags only.
    if (!verb) (*needed)[si] = kSyntaxTags;
    if (actor) {
      // A person a later sentence may name alone is introduced in a sentence with an actor.
      for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
        const std::string_view f = text.Form(text.tokens[t]);
        if (IsNameLike(f)) candidates.push_back(f);
      }
    } else if (!other) {
      state[si] = kMaybe;
    }
  }
  std::sort(candidates.begin(), candidates.end());

  // 2. A sentence with none of those, and no word that a person learned from an earlier
  // sentence could be, gives no event; the coder's note for it is "no actor".
  for (size_t si = 0; si < text.sentences.size(); ++si) {
    if (state[si] == kDiscarded) {
      (*needed)[si] = kSyntaxNone;
      continue;
    }
    if (state[si] != kMaybe) continue;
    const Sentence& s = text.sentences[si];
    bool name = false;
    for (uint32_t t = s.token_begin; t < s.token_end && !name; ++t) {
      const std::string_view f = text.Form(text.tokens[t]);
      name = IsNameLike(f) && std::binary_search(candidates.begin(), candidates.end(), f);
    }
    if (!name) (*needed)[si] = kSyntaxNone;
  }
}

}  // namespace entente::coding
