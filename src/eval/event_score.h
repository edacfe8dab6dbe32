// Scoring coded events against hand-coded gold events, sentence by sentence (docs/EVALUATION.md).
//
//   EventScorer scorer;
//   for (each gold sentence found in its document) {
//     SentenceScore s = ScoreSentence(gold.events, produced);   // both as CodedEvent lists
//     scorer.Add(s);
//     if (!s.exact()) show s.missing, s.extra;
//   }
//   std::cout << scorer.SummaryText();                          // or SummaryJson()
//
// Within a sentence, produced events are matched one-to-one to gold events, at each level:
//   root level       same dyad and same CAMEO root (the code's first two digits);
//   full-code level  same dyad and same code;
//   code only        same root, the actors ignored.
// The dyad is the primary actor of source and target, in that order (PrimaryActor): "USAGOV" and
// "USAMIL" are both USA, "IGOUNOKID" is IGOUNO. Each level's relation compares one key per event,
// so the largest one-to-one matching pairs min(gold, produced) events of every key; duplicates
// count (two gold events with one key need two produced ones).
// Dyad correct: produced events whose dyad is the dyad of some gold event of the same sentence
// (not one-to-one), over all produced events.
// Precision = matched / produced, recall = matched / gold, F1 their harmonic mean; a ratio with
// nothing to count is 0.
//
// Not thread-safe: one scorer per run.
#ifndef ENTENTE_EVAL_EVENT_SCORE_H_
#define ENTENTE_EVAL_EVENT_SCORE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "eval/event_gold.h"

namespace entente::eval {

// An event as scored: the gold file's and the coder's alike.
using CodedEvent = GoldEvent;

// The first 3 characters of an actor code, or the first 6 when it starts with IGO, NGO, IMG or
// MNC (an organisation's group code is its identity: IGOUNO, IGONAT). Shorter codes: all of it.
std::string_view PrimaryActor(std::string_view code);
// The CAMEO root: the code's first two characters ("0211" -> "02").
std::string_view EventRoot(std::string_view code);

struct SentenceScore {
  size_t gold = 0, produced = 0;
  size_t root = 0, full = 0, code_only = 0;  // one-to-one matches at each level
  size_t dyad_correct = 0;                  // produced events with a gold dyad
  // Indices of the gold and produced events left without a partner at the full-code level.
  std::vector<size_t> missing, extra;
  bool exact() const { return missing.empty() && extra.empty(); }
};

SentenceScore ScoreSentence(const std::vector<CodedEvent>& gold,
                            const std::vector<CodedEvent>& produced);

struct Measure {
  size_t matched = 0, gold = 0, produced = 0;
  double precision() const;
  double recall() const;
  double f1() const;
};

class EventScorer {
 public:
  void Add(const SentenceScore& s);
  // Gold sentences that were not scored, for the summary.
  void CountBadLines(size_t n) { bad_lines_ += n; }
  void CountNotFound() { ++not_found_; }
  void CountHashMismatch() { ++hash_mismatch_; }
  void CountFile() { ++files_; }

  Measure root() const { return {root_, gold_, produced_}; }
  Measure full() const { return {full_, gold_, produced_}; }
  Measure code_only() const { return {code_only_, gold_, produced_}; }
  size_t dyad_correct() const { return dyad_correct_; }
  double dyad_ratio() const;
  size_t sentences() const { return sentences_; }  // scored
  size_t exact_sentences() const { return exact_; }
  size_t not_found() const { return not_found_; }
  size_t hash_mismatch() const { return hash_mismatch_; }
  size_t bad_lines() const { return bad_lines_; }

  // gold: 2 files, 40 sentences scored (1 not found, 1 hash differs, 2 bad lines skipped)
  // events: 52 gold, 48 produced; sentences with every event right: 25/40
  // level          matched  precision  recall      F1
  // root level          40     0.8333  0.7692  0.8000
  // ...
  std::string SummaryText() const;
  // {"files":2,"sentences":40,"not_found":1,"hash_mismatch":1,"bad_lines":2,"gold_events":52,
  //  "produced_events":48,"exact_sentences":25,"root":{"matched":40,"precision":0.8333,
  //  "recall":0.7692,"f1":0.8},"full":{...},"code_only":{...},"dyad":{"correct":44,"ratio":0.9167}}
  std::string SummaryJson() const;

 private:
  size_t files_ = 0, sentences_ = 0, exact_ = 0, not_found_ = 0, hash_mismatch_ = 0,
         bad_lines_ = 0;
  size_t gold_ = 0, produced_ = 0, root_ = 0, full_ = 0, code_only_ = 0, dyad_correct_ = 0;
};

}  // namespace entente::eval

#endif  // ENTENTE_EVAL_EVENT_SCORE_H_
