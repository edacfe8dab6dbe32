// Matching one TABARI / PETRARCH verb pattern against the tokens of a clause.
//
// The pattern's items left of `*` must appear, in order, before the verb; those right of it after
// the verb. `_` (gap_before = false) joins an item to its neighbour; a blank lets other tokens come
// between, within the clause. `$` `+` `%` `^` are actor slots: they match a whole actor mention
// (or a whole compound) that starts there — ending there, left of the verb — and record which.
// Matching backtracks (a pattern word may occur twice) under a step budget, so a hostile pattern
// costs bounded time.
#ifndef ENTENTE_CODING_PATTERN_MATCHER_H_
#define ENTENTE_CODING_PATTERN_MATCHER_H_

#include <cstdint>
#include <vector>

#include "coding/mentions.h"
#include "coding/sentence_view.h"
#include "lexicon/model.h"

namespace entente::coding {

// The clause a verb is matched in: tokens [lo, hi] (inclusive) of the sentence; the verb form
// covers [verb_begin, verb_end).
struct ClauseWindow {
  uint32_t lo = 0, hi = 0;
  // Items left of the verb may reach back to here (the sentence start): a pattern such as
  // "- INDICATED WOULD * NOW" names words of the clause that governs the verb's own.
  uint32_t lo_before = 0;
  uint32_t verb_begin = 0, verb_end = 0;
  // Tokens right of the verb that no item may start on (null: none). entente's own convention
  // blocks the clauses the verb's phrase embeds, so that a short pattern such as "* HELP" does
  // not find its word in "supports X and believes Y is placed to help Z".
  const std::vector<uint8_t>* blocked = nullptr;
};

struct PatternSlots {
  int source = -1;    // mention index of `$`
  int target = -1;    // mention index of `+`
  int compound = -1;  // mention index of `%` (the first member of its group)
};

// Synset members by their first word, so that matching a synset at a token looks only at the
// members that can start there (Phoenix synsets have hundreds of members). Built once per
// dictionary.
class SynsetIndex {
 public:
  explicit SynsetIndex(const lexicon::Dictionary& dict);
  struct Entry {
    lexicon::TokenId token;
    uint32_t member;
    bool operator<(const Entry& o) const {
      return token != o.token ? token < o.token : member < o.member;
    }
  };
  // The members of synset `s` whose first word is `token`.
  std::pair<const Entry*, const Entry*> StartingWith(uint32_t s, lexicon::TokenId token) const;

 private:
  std::vector<std::vector<Entry>> by_synset_;
};

class PatternMatcher {
 public:
  PatternMatcher(const lexicon::Dictionary& dict, const SynsetIndex& synsets,
                 const SentenceView& view, const MentionSet& mentions)
      : dict_(dict), synsets_(synsets), view_(view), mentions_(mentions),
        own_convention_(dict.format == "native") {}

  // True when `pattern` matches around the verb in `window`; *slots says which actors filled it.
  bool Match(const lexicon::Pattern& pattern, const ClauseWindow& window, PatternSlots* slots);

 private:
  using Items = std::vector<lexicon::PatternItem>;
  // What is left to match: items[idx...] (forward) or items[...idx] (backward), then `next`.
  // `gap` (backward) is the gap rule between the finished list and what `next` continues with.
  struct Cont {
    const Items* items;
    int64_t idx;
    const Cont* next;
    bool gap;
  };
  // `gap`: -1 = the item's own gap_before; 0/1 = an expansion's first item takes its parent's.
  bool Forward(const Cont& c, uint32_t pos, int gap);
  // Places the item c.idx so that it ends before `right` (adjacent unless `gap`).
  bool Backward(const Cont& c, int64_t right, bool gap);
  bool ForwardAt(const Cont& c, const lexicon::PatternItem& item, uint32_t p);
  bool BackwardEndingAt(const Cont& c, const lexicon::PatternItem& item, int64_t q);
  bool WordAt(const lexicon::PatternItem& item, uint32_t t) const;
  // Length of `phrase` matched at t (0 = no match).
  uint32_t PhraseAt(const lexicon::Phrase& phrase, uint32_t t, uint32_t limit) const;
  // Ends (exclusive) of every way synset `s` matches starting at t; appended to *ends.
  void SynsetEnds(uint32_t s, uint32_t t, std::vector<uint32_t>* ends, int depth) const;
  // The end of the actor slot starting at t (0 = no mention starts there).
  uint32_t SlotEndAt(lexicon::PatternItem::Kind kind, uint32_t t, int* mention) const;
  uint32_t SlotBeginEndingAt(lexicon::PatternItem::Kind kind, uint32_t last, int* mention) const;
  // Matches the items right of the verb (after the left ones were placed).
  bool RightSide();
  bool SetSlot(lexicon::PatternItem::Kind kind, int mention, PatternSlots* saved);
  void RestoreSlot(const PatternSlots& saved) { slots_ = saved; }

  const lexicon::Dictionary& dict_;
  const SynsetIndex& synsets_;
  const SentenceView& view_;
  const MentionSet& mentions_;
  const bool own_convention_;  // entente's own dictionaries (format "native")
  ClauseWindow window_;
  PatternSlots slots_;
  mutable int budget_ = 0;  // steps left for this Match (SynsetEnds, a const lookup, spends too)
  const Items* after_ = nullptr;
  // The token of the word item matched just before the current one (right of the verb), or -1.
  int last_word_ = -1;
  // Whether an actor slot that follows a preposition item across a gap lies in that
  // preposition's phrase (entente's own convention; see ForwardAt).
  bool InPrepositionPhrase(int prep, int mention) const;
  // Whether the mention lies in a clause the verb reports or sets beside it (ccomp, csubj,
  // parataxis) rather than in the verb's own clause.
  bool InReportedClause(int mention) const;
  // Whether the mention's phrase is a prepositional one ("except Zaire and Australia", "in
  // Australia and New Zealand", "joined by France, Britain and Canada").
  bool InPrepositionalPhrase(int mention) const;
};

}  // namespace entente::coding

#endif  // ENTENTE_CODING_PATTERN_MATCHER_H_
