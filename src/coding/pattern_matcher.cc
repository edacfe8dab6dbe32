#include "coding/pattern_matcher.h"

#include <algorithm>

namespace entente::coding {

namespace {

using lexicon::PatternItem;
using Kind = lexicon::PatternItem::Kind;

constexpr int kStepBudget = 20000;

bool CandidateMatches(const lexicon::AnalyzedToken& t, lexicon::TokenId id,
                      lexicon::WordMatch match) {
  for (int i = 0; i < t.count; ++i) {
    const lexicon::TokenCandidate& c = t.candidates[i];
    if (c.token != id) continue;
    switch (match) {
      case lexicon::WordMatch::kPrefix:
        return true;
      case lexicon::WordMatch::kEndings:
        return c.via != lexicon::WordMatch::kPrefix;
      case lexicon::WordMatch::kExact:
        return c.via == lexicon::WordMatch::kExact;
    }
  }
  return false;
}

}  // namespace

SynsetIndex::SynsetIndex(const lexicon::Dictionary& dict) : by_synset_(dict.synsets.size()) {
  for (size_t s = 0; s < dict.synsets.size(); ++s) {
    const auto& members = dict.synsets[s].members;
    for (size_t m = 0; m < members.size(); ++m) {
      if (members[m].words.empty()) continue;
      by_synset_[s].push_back({members[m].words[0].token, static_cast<uint32_t>(m)});
    }
    std::sort(by_synset_[s].begin(), by_synset_[s].end());
  }
}

std::pair<const SynsetIndex::Entry*, const SynsetIndex::Entry*> SynsetIndex::StartingWith(
    uint32_t s, lexicon::TokenId token) const {
  const std::vector<Entry>& v = by_synset_[s];
  auto lo = std::lower_bound(v.begin(), v.end(), Entry{token, 0});
  auto hi = lo;
  while (hi != v.end() && hi->token == token) ++hi;
  return {v.data() + (lo - v.begin()), v.data() + (hi - v.begin())};
}

bool PatternMatcher::WordAt(const PatternItem& item, uint32_t t) const {
  return t < view_.size() && CandidateMatches(view_.analyzed[t], item.token, item.match);
}

uint32_t PatternMatcher::PhraseAt(const lexicon::Phrase& phrase, uint32_t t,
                                  uint32_t limit) const {
  uint32_t pos = t;
  for (size_t w = 0; w < phrase.words.size(); ++w) {
    const lexicon::PhraseWord& pw = phrase.words[w];
    if (w > 0 && pw.gap_before) {
      // A gap inside a synset phrase: the next occurrence within a few tokens.
      uint32_t p = pos;
      while (p <= limit && p < pos + 4 &&
             !CandidateMatches(view_.analyzed[p], pw.token, pw.match)) {
        ++p;
      }
      if (p > limit || p >= pos + 4) return 0;
      pos = p + 1;
      continue;
    }
    if (pos > limit || !CandidateMatches(view_.analyzed[pos], pw.token, pw.match)) return 0;
    ++pos;
  }
  return pos - t;
}

void PatternMatcher::SynsetEnds(uint32_t s, uint32_t t, std::vector<uint32_t>* ends,
                                int depth) const {
  if (depth > 8 || s >= dict_.synsets.size()) return;
  const lexicon::Synset& set = dict_.synsets[s];
  if (--budget_ < 0 || t >= view_.size()) return;
  const lexicon::AnalyzedToken& at = view_.analyzed[t];
  for (int c = 0; c < at.count; ++c) {
    auto [begin, end] = synsets_.StartingWith(s, at.candidates[c].token);
    for (const SynsetIndex::Entry* e = begin; e != end; ++e) {
      const uint32_t len = PhraseAt(set.members[e->member], t, window_.hi);
      if (len > 0) ends->push_back(t + len);
    }
  }
  for (uint32_t sub : set.member_synsets) SynsetEnds(sub, t, ends, depth + 1);
  for (const auto& seq : set.sequences) {
    // A sequence member (words and synsets, consecutive): match greedily.
    uint32_t pos = t;
    bool ok = true;
    for (const PatternItem& it : seq) {
      if (it.kind == Kind::kWord) {
        if (pos > window_.hi || !WordAt(it, pos)) {
          ok = false;
          break;
        }
        ++pos;
      } else if (it.kind == Kind::kSynset) {
        std::vector<uint32_t> sub;
        SynsetEnds(it.synset, pos, &sub, depth + 1);
        if (sub.empty()) {
          ok = false;
          break;
        }
        pos = *std::max_element(sub.begin(), sub.end());
      } else {
        ok = false;
        break;
      }
    }
    if (ok && pos > t) ends->push_back(pos);
  }
}

uint32_t PatternMatcher::SlotEndAt(Kind kind, uint32_t t, int* mention) const {
  const int m = mentions_.MentionAt(t);
  if (m < 0 || mentions_.mentions[m].begin != t) return 0;
  const CompoundGroup& g = mentions_.groups[mentions_.mentions[m].group];
  if (kind == Kind::kCompound && g.size() < 2) return 0;
  *mention = m;
  // A slot takes the whole compound that starts here.
  if (static_cast<uint32_t>(m) == g.first) return mentions_.mentions[g.last].end;
  return mentions_.mentions[m].end;
}

uint32_t PatternMatcher::SlotBeginEndingAt(Kind kind, uint32_t last, int* mention) const {
  const int m = mentions_.MentionAt(last);
  if (m < 0 || mentions_.mentions[m].end != last + 1) return UINT32_MAX;
  const CompoundGroup& g = mentions_.groups[mentions_.mentions[m].group];
  if (kind == Kind::kCompound && g.size() < 2) return UINT32_MAX;
  if (static_cast<uint32_t>(m) == g.last) {
    *mention = static_cast<int>(g.first);
    return mentions_.mentions[g.first].begin;
  }
  *mention = m;
  return mentions_.mentions[m].begin;
}

bool PatternMatcher::SetSlot(Kind kind, int mention, PatternSlots* saved) {
  *saved = slots_;
  switch (kind) {
    case Kind::kSource:
      slots_.source = mention;
      break;
    case Kind::kTarget:
      slots_.target = mention;
      break;
    case Kind::kCompound:
      slots_.compound = mention;
      break;
    default:
      break;
  }
  return true;
}

// ---- forward (right of the verb) ---------------------------------------------------------------

bool PatternMatcher::InPrepositionPhrase(int prep, int mention) const {
  if (view_.pos[prep] != Pos::kAdp || view_.rel[prep] != Rel::kCase) return true;  // not one
  const int phrase = view_.head[prep];
  // Up from the mention's head to the phrase's noun: lists, names, modifiers, "of" and "from"
  // phrases and examples ("consumers such as the U.S.", "products from Japan").
  int t = MentionHead(view_, mentions_.mentions[mention]);
  for (int hops = 0; t >= 0 && t != phrase && hops < 16; ++hops) {
    if (view_.rel[t] == Rel::kNmod) {
      const int c = view_.Child(static_cast<size_t>(t), Rel::kCase);
      if (c < 0) return false;
      if (!LowerIsAny(view_.forms[c], {"of", "from", "such", "including", "like"})) return false;
    } else if (view_.rel[t] != Rel::kConj && view_.rel[t] != Rel::kAppos &&
               view_.rel[t] != Rel::kFlat && view_.rel[t] != Rel::kCompound &&
               view_.rel[t] != Rel::kAmod && view_.rel[t] != Rel::kNmodPoss) {
      return false;
    }
    t = view_.head[t];
  }
  return t == phrase;
}

bool PatternMatcher::InReportedClause(int mention) const {
  auto in_verb = [&](int x) {
    return x >= 0 && static_cast<uint32_t>(x) >= window_.verb_begin &&
           static_cast<uint32_t>(x) < window_.verb_end;
  };
  int t = MentionHead(view_, mentions_.mentions[mention]);
  for (int hops = 0; t >= 0 && hops < 16; ++hops) {
    if (in_verb(t)) return false;
    const Rel r = view_.rel[t];
    if ((r == Rel::kCcomp || r == Rel::kCsubj || r == Rel::kParataxis) && in_verb(view_.head[t])) {
      return true;
    }
    t = view_.head[t];
  }
  return false;
}

bool PatternMatcher::InPrepositionalPhrase(int mention) const {
  int t = MentionHead(view_, mentions_.mentions[mention]);
  for (int hops = 0; t >= 0 && hops < 16; ++hops) {
    if (view_.Child(static_cast<size_t>(t), Rel::kCase) >= 0) return true;
    const Rel r = view_.rel[t];
    if (r != Rel::kConj && r != Rel::kCompound && r != Rel::kFlat && r != Rel::kAmod &&
        r != Rel::kAppos) {
      return false;
    }
    t = view_.head[t];
  }
  return false;
}

bool PatternMatcher::Forward(const Cont& c, uint32_t pos, int gap) {
  if (--budget_ < 0) return false;
  if (c.idx >= static_cast<int64_t>(c.items->size())) {
    return c.next == nullptr ? true : Forward(*c.next, pos, -1);
  }
  const PatternItem& item = (*c.items)[c.idx];
  const bool may_gap = gap < 0 ? item.gap_before : gap == 1;
  if (pos > window_.hi) return false;
  const uint32_t last = may_gap ? window_.hi : pos;
  for (uint32_t p = pos; p <= last; ++p) {
    if (ForwardAt(c, item, p)) return true;
    if (--budget_ < 0) return false;
  }
  return false;
}

bool PatternMatcher::ForwardAt(const Cont& c, const PatternItem& item, uint32_t p) {
  if (window_.blocked != nullptr && p < window_.blocked->size() && (*window_.blocked)[p] != 0) {
    return false;
  }
  const Cont rest{c.items, c.idx + 1, c.next, false};
  switch (item.kind) {
    case Kind::kWord: {
      if (!WordAt(item, p)) return false;
      const int saved = last_word_;
      last_word_ = static_cast<int>(p);
      const bool ok = Forward(rest, p + 1, -1);
      last_word_ = saved;
      return ok;
    }
    case Kind::kSynset: {
      std::vector<uint32_t> ends;
      SynsetEnds(item.synset, p, &ends, 0);
      std::sort(ends.rbegin(), ends.rend());
      const int saved = last_word_;
      last_word_ = -1;
      bool ok = false;
      for (uint32_t e : ends) {
        if ((ok = Forward(rest, e, -1))) break;
      }
      last_word_ = saved;
      return ok;
    }
    case Kind::kSource:
    case Kind::kTarget:
    case Kind::kCompound:
    case Kind::kSkip: {
      int m = -1;
      const uint32_t end = SlotEndAt(item.kind, p, &m);
      if (end == 0) return false;
      // entente's own convention: "talks with +" across a gap names someone in the "with"
      // phrase ("talks with officials of the European Community"), not an actor further down
      // it ("talks with commercial banks for loans to Argentina").
      if (own_convention_ && last_word_ >= 0 &&
          p > static_cast<uint32_t>(last_word_) + 1 && m >= 0 &&
          !InPrepositionPhrase(last_word_, m)) {
        return false;
      }
      // ... and a slot right after the verb names someone of the verb's own clause: "told
      // Reuters: \"SIMEX must add Chicago and London to its list\"" tells nothing to Chicago;
      // unless words of the pattern follow, which say what the reported clause says of it
      // ("* + UNACCEPTABLE": "said the island's import tariffs were unacceptable"; or one of
      // alternative words: "* + {VIOLATES|BREACHED}").
      // (A word after a gap: "* +_TO" still names no one told in "told Reuters: \"... must add
      // Chicago and London to its list\"".)
      const bool words_follow = c.idx + 1 < static_cast<int64_t>(c.items->size()) &&
                                ((*c.items)[c.idx + 1].kind == Kind::kWord ||
                                 (*c.items)[c.idx + 1].kind == Kind::kAlternatives) &&
                                (*c.items)[c.idx + 1].gap_before;
      if (own_convention_ && last_word_ < 0 && m >= 0 && !words_follow && InReportedClause(m)) {
        return false;
      }
      PatternSlots saved;
      SetSlot(item.kind, m, &saved);
      const int saved_word = last_word_;
      last_word_ = -1;
      const bool ok = Forward(rest, end, -1);
      last_word_ = saved_word;
      if (ok) return true;
      RestoreSlot(saved);
      return false;
    }
    case Kind::kAlternatives:
      for (const auto& alt : item.alternatives) {
        const Cont inner{&alt, 0, &rest, false};
        if (ForwardAt(inner, alt[0], p)) return true;
      }
      return false;
    case Kind::kNounPhrase:
    case Kind::kPrepPhrase: {
      if (item.children.empty()) return Forward(rest, p, -1);
      const Cont inner{&item.children, 0, &rest, false};
      return ForwardAt(inner, item.children[0], p);
    }
    case Kind::kVerb:
      return false;
  }
  return false;
}

// ---- backward (left of the verb) ---------------------------------------------------------------

bool PatternMatcher::Backward(const Cont& c, int64_t right, bool gap) {
  if (--budget_ < 0) return false;
  if (c.idx < 0) {
    return c.next == nullptr ? RightSide() : Backward(*c.next, right, c.gap);
  }
  const PatternItem& item = (*c.items)[c.idx];
  const int64_t first = right - 1;
  const int64_t last = gap ? static_cast<int64_t>(window_.lo_before) : first;
  for (int64_t q = first; q >= last && q >= static_cast<int64_t>(window_.lo_before); --q) {
    if (BackwardEndingAt(c, item, q)) return true;
    if (--budget_ < 0) return false;
  }
  return false;
}

bool PatternMatcher::BackwardEndingAt(const Cont& c, const PatternItem& item, int64_t q) {
  // The item to the left is separated from this one by this item's own gap rule.
  const Cont rest{c.items, c.idx - 1, c.next, c.gap};
  const bool gap_left = item.gap_before;
  switch (item.kind) {
    case Kind::kWord:
      return WordAt(item, static_cast<uint32_t>(q)) && Backward(rest, q, gap_left);
    case Kind::kSynset: {
      std::vector<uint32_t> ends;
      for (int64_t b = q; b >= static_cast<int64_t>(window_.lo_before) && b > q - 6; --b) {
        ends.clear();
        SynsetEnds(item.synset, static_cast<uint32_t>(b), &ends, 0);
        if (std::find(ends.begin(), ends.end(), static_cast<uint32_t>(q + 1)) != ends.end() &&
            Backward(rest, b, gap_left)) {
          return true;
        }
      }
      return false;
    }
    case Kind::kSource:
    case Kind::kTarget:
    case Kind::kCompound:
    case Kind::kSkip: {
      int m = -1;
      const uint32_t begin = SlotBeginEndingAt(item.kind, static_cast<uint32_t>(q), &m);
      if (begin == UINT32_MAX || begin < window_.lo_before) return false;
      // entente's own convention: a compound before the verb acts only when it is no
      // preposition's ("All ATPC members except Zaire and Australia agreed").
      if (own_convention_ && item.kind == Kind::kCompound && m >= 0 && InPrepositionalPhrase(m)) {
        return false;
      }
      PatternSlots saved;
      SetSlot(item.kind, m, &saved);
      if (Backward(rest, begin, gap_left)) return true;
      RestoreSlot(saved);
      return false;
    }
    case Kind::kAlternatives:
      for (const auto& alt : item.alternatives) {
        // The alternative's words are placed right to left; when done, what is left of the
        // alternatives item follows with the item's own gap rule.
        const Cont inner{&alt, static_cast<int64_t>(alt.size()) - 1, &rest, gap_left};
        if (BackwardEndingAt(inner, alt.back(), q)) return true;
      }
      return false;
    case Kind::kNounPhrase:
    case Kind::kPrepPhrase: {
      if (item.children.empty()) return Backward(rest, q + 1, gap_left);
      const Cont inner{&item.children, static_cast<int64_t>(item.children.size()) - 1, &rest,
                       gap_left};
      return BackwardEndingAt(inner, item.children.back(), q);
    }
    case Kind::kVerb:
      return false;
  }
  return false;
}

bool PatternMatcher::RightSide() {
  if (after_ == nullptr || after_->empty()) return true;
  const Cont c{after_, 0, nullptr, false};
  // A verb ending in its preposition ("working with", "called on") starts the phrase a slot
  // must stay in.
  const uint32_t last = window_.verb_end - 1;
  last_word_ = window_.verb_end > 0 && view_.pos[last] == Pos::kAdp ? static_cast<int>(last) : -1;
  const bool ok = Forward(c, window_.verb_end, -1);
  last_word_ = -1;
  return ok;
}

bool PatternMatcher::Match(const lexicon::Pattern& pattern, const ClauseWindow& window,
                           PatternSlots* slots) {
  window_ = window;
  slots_ = PatternSlots{};
  budget_ = kStepBudget;
  after_ = &pattern.after;
  bool ok;
  if (pattern.before.empty()) {
    ok = RightSide();
  } else {
    // Every placement of the left items is tried with the right items (Backward ends in
    // RightSide), so the two sides backtrack together.
    const Cont c{&pattern.before, static_cast<int64_t>(pattern.before.size()) - 1, nullptr,
                 false};
    ok = window.verb_begin > window.lo_before &&
         Backward(c, window.verb_begin, pattern.verb_gap_before);
  }
  after_ = nullptr;
  if (ok) *slots = slots_;
  return ok;
}

}  // namespace entente::coding
