// Scoring validation-suite records (DOMAIN.md §4.4).
#include "eval/suite_score.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <string_view>

#include "base/json.h"

namespace entente::eval {

namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// Quotes around a code are not part of it (PETRARCH writes new actors as '"INJURY TOLL"').
std::string_view Clean(std::string_view s) {
  s = Trim(s);
  if (s.size() >= 2 &&
      ((s.front() == '"' && s.back() == '"') || (s.front() == '\'' && s.back() == '\''))) {
    s = Trim(s.substr(1, s.size() - 2));
  }
  return s;
}

// One event as a comparable key and as text.
struct Triple {
  std::string_view source, target, code;
  std::string Key() const {
    std::string k(source);
    k += '\x1f';
    k += target;
    k += '\x1f';
    k += code;
    return k;
  }
  std::string Text() const {
    return std::string(source) + " " + std::string(target) + " " + std::string(code);
  }
};

template <typename Event>
std::vector<Triple> Distinct(const std::vector<Event>& events) {
  std::vector<Triple> out;
  std::set<std::string> seen;
  for (const Event& e : events) {
    Triple t{Clean(e.source), Clean(e.target), Clean(e.code)};
    if (seen.insert(t.Key()).second) out.push_back(t);
  }
  return out;
}

std::set<std::string> Keys(const std::vector<Triple>& triples) {
  std::set<std::string> out;
  for (const Triple& t : triples) out.insert(t.Key());
  return out;
}

std::string Braced(const std::vector<Triple>& triples) {
  std::string out = "{";
  for (size_t i = 0; i < triples.size(); ++i) {
    if (i > 0) out += "; ";
    out += triples[i].Text();
  }
  return out + "}";
}

double Ratio(size_t num, size_t den) {
  return den == 0 ? 0.0 : static_cast<double>(num) / static_cast<double>(den);
}

}  // namespace

SuiteScorer::SuiteScorer(const Suite& suite) : name_(suite.name) {
  for (const SuiteRecord& r : suite.records) {
    if (!r.enabled || category_index_.count(r.category)) continue;
    category_index_[r.category] = categories_.size();
    categories_.emplace_back(r.category, CategoryCount{});
  }
}

RecordResult SuiteScorer::Add(const SuiteRecord& record, const RecordOutcome& outcome) {
  RecordResult res;
  res.record = &record;
  const std::vector<Triple> produced = Distinct(outcome.events);
  using Expect = SuiteRecord::Expect;
  switch (record.expect) {
    case Expect::kEvents: {
      const std::vector<Triple> expected = Distinct(record.expected);
      const std::set<std::string> want = Keys(expected);
      const std::set<std::string> got = Keys(produced);
      res.expected_total = want.size();
      for (const std::string& k : want) res.expected_found += got.count(k);
      size_t not_expected = 0;
      for (const std::string& k : got) not_expected += !want.count(k);
      // Under `-{` TABARI stops checking: what else is produced is not an error.
      res.extra = record.subset ? 0 : not_expected;
      res.pass = res.expected_found == res.expected_total && (record.subset || not_expected == 0);
      break;
    }
    case Expect::kNoEvents:
    case Expect::kError:
      res.extra = produced.size();
      res.pass = produced.empty();
      break;
    case Expect::kDiscard:
      res.extra = outcome.discarded ? 0 : produced.size();
      res.pass = produced.empty() || outcome.discarded;
      break;
    case Expect::kComplex:
      res.pass = outcome.complex;
      break;
  }
  if (!record.enabled) return res;
  ++total_;
  passed_ += res.pass;
  found_ += res.expected_found;
  expected_ += res.expected_total;
  extra_ += res.extra;
  auto it = category_index_.find(record.category);
  if (it == category_index_.end()) {
    it = category_index_.emplace(record.category, categories_.size()).first;
    categories_.emplace_back(record.category, CategoryCount{});
  }
  CategoryCount& c = categories_[it->second].second;
  ++c.total;
  c.passed += res.pass;
  return res;
}

double SuiteScorer::recall() const { return Ratio(found_, expected_); }
double SuiteScorer::precision() const { return Ratio(found_, found_ + extra_); }
double SuiteScorer::extra_per_record() const { return Ratio(extra_, total_); }

std::string SuiteScorer::SummaryText() const {
  std::string out;
  char buf[256];
  std::snprintf(buf, sizeof buf, "%s: %zu/%zu records passed (%.1f%%)\n", name_.c_str(), passed_,
                total_, 100.0 * Ratio(passed_, total_));
  out += buf;
  size_t width = 8;
  for (const auto& [name, c] : categories_) width = std::max(width, name.size());
  for (const auto& [name, c] : categories_) {
    if (c.total == 0) continue;
    std::snprintf(buf, sizeof buf, "  %-*s %5zu/%zu\n", static_cast<int>(width), name.c_str(),
                  c.passed, c.total);
    out += buf;
  }
  std::snprintf(buf, sizeof buf,
                "events: recall %.4f (%zu/%zu), precision %.4f, extra %zu (%.4f per record)\n",
                recall(), found_, expected_, precision(), extra_, extra_per_record());
  out += buf;
  return out;
}

std::string SuiteScorer::SummaryJson() const {
  std::string out = "{\"suite\":";
  base::AppendJsonString(&out, name_);
  char buf[256];
  std::snprintf(buf, sizeof buf,
                ",\"passed\":%zu,\"total\":%zu,\"recall\":%.4f,\"extra_per_record\":%.4f,"
                "\"precision\":%.4f,\"categories\":{",
                passed_, total_, recall(), extra_per_record(), precision());
  out += buf;
  bool first = true;
  for (const auto& [name, c] : categories_) {
    if (c.total == 0) continue;
    if (!first) out += ',';
    first = false;
    base::AppendJsonString(&out, name);
    std::snprintf(buf, sizeof buf, ":{\"passed\":%zu,\"total\":%zu}", c.passed, c.total);
    out += buf;
  }
  out += "}}";
  return out;
}

std::string FormatRecordResult(const RecordResult& result, const RecordOutcome& outcome) {
  std::string out = result.pass ? "PASS " : "FAIL ";
  if (result.record == nullptr) return out + "(no record)";
  const SuiteRecord& r = *result.record;
  out += r.id;
  out += " expected ";
  using Expect = SuiteRecord::Expect;
  switch (r.expect) {
    case Expect::kEvents:
      if (r.subset && r.expected.empty()) {
        out += "anything (not checked)";
      } else {
        if (r.subset) out += "at least ";
        out += Braced(Distinct(r.expected));
      }
      break;
    case Expect::kNoEvents:
      out += "no events";
      break;
    case Expect::kError:
      out += "no events (error=" + r.error + ")";
      break;
    case Expect::kDiscard:
      out += "discard";
      break;
    case Expect::kComplex:
      out += "complex";
      break;
  }
  out += " produced " + Braced(Distinct(outcome.events));
  if (outcome.complex) out += " complex";
  if (outcome.discarded) out += " discarded";
  return out;
}

}  // namespace entente::eval
