// Coder::SentencesToParse: which sentences of a document can give an event at all, so that the
// parser (three quarters of the time of `entente code`) runs only on those. The events and the
// sentence notes are the same as with every sentence parsed: a sentence is left out only when
// what the coder says about it does not depend on its tree.
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

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
  // A sentence without actor, agent, anaphor or learned name yields "no actor" in every format,
  // unless the options make new actors from unknown words (new_actor_length), fill a side by
  // default, or judge complexity on the tags (COMPLEX, before the actors are looked at).
  if (o.new_actor_length > 0 || !o.default_source.empty() || !o.default_target.empty()) return;
  for (const lexicon::Options::Command& c : o.commands) {
    if (c.name == "COMPLEX") return;
  }
  // The mentions of a sentence need its tags only, unless the comma rules (MarkCommaClauses)
  // read the tree to leave clauses out.
  const bool tags_suffice = o.comma_off;
  // With require_dyad, one mention cannot be both sides of an event (the "no dyad" of
  // Coder::CodeSentence).
  const bool one_side_rule = tags_suffice && o.require_dyad;
  // The dictionary analysis MarkNames made of this very text.
  if (scratch->analyzed_text != &text || scratch->analyzed_tokens != text.tokens.size()) return;
  const std::vector<lexicon::AnalyzedToken>& all = scratch->doc_analyzed;

  // 1. Per sentence: its first discard phrase, whether any actor or agent phrase, or a word
  // "both"/"two" (the anaphors "both countries", "the two sides"), occurs in it, and how many
  // sides of an event its phrases could give at most (over-counted: the words inside a phrase
  // may start phrases of their own).
  enum : uint8_t { kMaybe = 0, kParse = 1, kDiscarded = 2 };
  std::vector<uint8_t>& state = scratch->parse_state;
  std::vector<uint8_t>& sides = scratch->parse_sides;
  state.assign(text.sentences.size(), kParse);
  sides.assign(text.sentences.size(), 0);
  auto& candidates = scratch->name_candidates;
  candidates.clear();
  // Words inside an actor or agent phrase: a learned name there is no mention of its own (the
  // phrase's mention covers it, AddLearnedMentions).
  std::vector<uint8_t>& covered = scratch->parse_covered;
  covered.assign(text.tokens.size(), 0);
  auto cover = [&covered](size_t begin, size_t end) {
    std::fill(covered.begin() + begin, covered.begin() + std::min(end, covered.size()), 1);
  };
  auto add_sides = [](uint8_t* count, int more) {
    *count = static_cast<uint8_t>(std::min(*count + more, 2));
  };
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
      const bool actor_here = lex_.FindActorsStartingAt(toks, t, &scratch->hits) > 0;
      if (actor_here) {
        actor = true;
        add_sides(&sides[si], 1);
        for (const lexicon::PhraseHit& h : scratch->hits) {
          cover(s.token_begin + t, s.token_begin + h.end);
          // A coded compound ("North and South Korea" = PRK/KOR) is two sides by itself.
          for (const lexicon::ActorCode& c : dict.actors[h.entry].codes) {
            if (c.code.find('/') != std::string::npos) add_sides(&sides[si], 2);
          }
        }
      }
      scratch->hits.clear();
      if (lex_.FindAgentsStartingAt(toks, t, &scratch->hits) > 0) {
        other = true;
        if (!actor_here) add_sides(&sides[si], 1);
        for (const lexicon::PhraseHit& h : scratch->hits) {
          cover(s.token_begin + t, s.token_begin + h.end);
        }
      }
      scratch->hits.clear();
      verb = verb || lex_.FindVerbFormsAt(toks, t, &scratch->hits) > 0;
      const std::string_view f = text.Form(text.tokens[s.token_begin + t]);
      if (LowerIs(f, "both") || LowerIs(f, "two")) {
        other = true;
        add_sides(&sides[si], 2);  // stands for a compound
      }
    }
    // Without any dictionary verb the coder's note is "no dictionary verb" whatever the tree;
    // its actor mentions (which later sentences' "its" and learned names build on) need the
    // tags only.
    if (!verb && tags_suffice) (*needed)[si] = kSyntaxTags;
    if (actor) {
      // A person a later sentence may name alone is introduced in a sentence with an actor.
      for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
        const std::string_view f = text.Form(text.tokens[t]);
        if (IsNameLike(f)) candidates.emplace_back(f, static_cast<uint32_t>(si));
      }
    } else if (!other) {
      state[si] = kMaybe;
    }
  }
  // By word, then sentence: the first entry of a word is the earliest sentence that has it.
  std::sort(candidates.begin(), candidates.end());

  // 2. A person's name learned in an earlier sentence is one more side. A sentence with no side
  // gives no event, and the coder's note for it is "no actor"; with one side (one mention, not a
  // compound) and require_dyad it gives none either, and the note ("no dyad",
  // Coder::CodeSentence) needs the mentions, so the tags, but no tree.
  for (size_t si = 0; si < text.sentences.size(); ++si) {
    if (state[si] == kDiscarded) {
      (*needed)[si] = kSyntaxNone;
      continue;
    }
    if (sides[si] >= 2 || (sides[si] == 1 && !one_side_rule)) continue;
    const Sentence& s = text.sentences[si];
    if (!s.analysed()) continue;
    for (uint32_t t = s.token_begin; t < s.token_end && sides[si] < 2; ++t) {
      const std::string_view f = text.Form(text.tokens[t]);
      if (covered[t] != 0 || !IsNameLike(f)) continue;
      auto it = std::lower_bound(candidates.begin(), candidates.end(),
                                 std::pair<std::string_view, uint32_t>(f, 0));
      if (it != candidates.end() && it->first == f && it->second < si) add_sides(&sides[si], 1);
    }
    if (sides[si] == 0) {
      (*needed)[si] = kSyntaxNone;
    } else if (sides[si] == 1 && one_side_rule) {
      (*needed)[si] = kSyntaxTags;
    }
  }
}

}  // namespace entente::coding
