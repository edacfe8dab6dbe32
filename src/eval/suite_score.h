// Scoring a coder's output on a validation suite (DOMAIN.md §4.4).
//
//   SuiteScorer scorer(suite);
//   for (const SuiteRecord& r : suite.records) {
//     ... apply r.options; if (!r.enabled) continue;
//     RecordOutcome out = ...;               // what the coder produced for r.text
//     RecordResult res = scorer.Add(r, out);
//     if (!res.pass) std::cerr << FormatRecordResult(res, out) << "\n";
//   }
//   std::cout << scorer.SummaryText();       // or SummaryJson()
//
// Rules, per record:
//   kEvents    the SET of (source, target, code) produced equals the expected set: quotes
//              stripped, duplicates collapsed, order ignored. With `subset` (TABARI `-{`), the
//              expected set need only be contained in the produced one.
//   kNoEvents, kError   nothing produced.
//   kDiscard   nothing produced, or the outcome says the sentence was discarded.
//   kComplex   the outcome is flagged complex.
// Totals count enabled records only (Add() on a disabled record returns its result and counts
// nothing): records passed, per category; event recall = expected events found / expected
// events (kEvents records); extra events = produced events not expected, in kEvents records
// without `subset` and in kNoEvents/kError/kDiscard records (UD-PETRARCH's "FP"); extra per record
// = extra / records; precision = found / (found + extra). A ratio with nothing to count is 0.
//
// Not thread-safe: one scorer per run.
#ifndef ENTENTE_EVAL_SUITE_SCORE_H_
#define ENTENTE_EVAL_SUITE_SCORE_H_

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "eval/suites.h"

namespace entente::eval {

struct ProducedEvent {
  std::string source, target, code;
};

// What the coder did with one record's text.
struct RecordOutcome {
  bool complex = false;    // diverted for human review (TABARI `[+++]`, the complexity filter)
  bool discarded = false;  // a discard phrase or `[###]` dropped the sentence or story
  std::vector<ProducedEvent> events;
};

struct RecordResult {
  const SuiteRecord* record = nullptr;
  bool pass = false;
  size_t expected_found = 0;  // distinct expected events produced (kEvents)
  size_t expected_total = 0;  // distinct expected events (kEvents)
  size_t extra = 0;           // distinct produced events not expected (see the rules above)
};

class SuiteScorer {
 public:
  explicit SuiteScorer(const Suite& suite);

  // Scores one record (which should belong to the suite: the result points at it).
  RecordResult Add(const SuiteRecord& record, const RecordOutcome& outcome);

  size_t passed() const { return passed_; }
  size_t total() const { return total_; }
  size_t expected_found() const { return found_; }
  size_t expected_total() const { return expected_; }
  size_t extra() const { return extra_; }
  double recall() const;
  double precision() const;
  double extra_per_record() const;

  struct CategoryCount {
    size_t passed = 0, total = 0;
  };
  // Categories in the order their first enabled record appears in the suite.
  const std::vector<std::pair<std::string, CategoryCount>>& categories() const {
    return categories_;
  }

  // Human-readable lines:
  //   petrarch1: 270/275 records passed (98.2%)
  //     DEMO       33/33
  //     ...
  //   events: recall 0.9850 (330/335), precision 0.9910, extra 3 (0.0109 per record)
  std::string SummaryText() const;
  // {"suite":"petrarch1","passed":270,"total":275,"recall":0.985,"extra_per_record":0.0109,
  //  "precision":0.991,"categories":{"DEMO":{"passed":33,"total":33},...}}
  // (categories with no record scored are left out).
  std::string SummaryJson() const;

 private:
  std::string name_;
  size_t passed_ = 0, total_ = 0, found_ = 0, expected_ = 0, extra_ = 0;
  std::vector<std::pair<std::string, CategoryCount>> categories_;
  std::map<std::string, size_t> category_index_;
};

// One line: "PASS DEMO-01 ..." or
// "FAIL DEMO-04 expected {DAG GON 032; GON DAG 033} produced {DAG GON 032}". The expectation is
// written "{...}", "at least {...}" (subset), "no events", "no events (error=dateline)",
// "discard" or "complex"; the produced events in the order given, duplicates removed, followed by
// " complex" or " discarded" when the outcome says so.
std::string FormatRecordResult(const RecordResult& result, const RecordOutcome& outcome);

}  // namespace entente::eval

#endif  // ENTENTE_EVAL_SUITE_SCORE_H_
