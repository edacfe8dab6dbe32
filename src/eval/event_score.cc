#include "eval/event_score.h"

#include <cstdio>
#include <functional>

namespace entente::eval {

namespace {

double Ratio(size_t a, size_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / b; }

std::string Dyad(const CodedEvent& e) {
  std::string d(PrimaryActor(e.source));
  d += '>';
  d += PrimaryActor(e.target);
  return d;
}

using Key = std::function<std::string(const CodedEvent&)>;

// The largest one-to-one matching under "same key". Because the relation is an equality of keys,
// pairing each gold event with the first unused produced event of its key is optimal.
size_t Match(const std::vector<CodedEvent>& gold, const std::vector<CodedEvent>& produced,
             const Key& key, std::vector<bool>* gold_used, std::vector<bool>* produced_used) {
  gold_used->assign(gold.size(), false);
  produced_used->assign(produced.size(), false);
  std::vector<std::string> pkeys;
  pkeys.reserve(produced.size());
  for (const CodedEvent& p : produced) pkeys.push_back(key(p));
  size_t matched = 0;
  for (size_t i = 0; i < gold.size(); ++i) {
    const std::string k = key(gold[i]);
    for (size_t j = 0; j < produced.size(); ++j) {
      if (!(*produced_used)[j] && pkeys[j] == k) {
        (*produced_used)[j] = true;
        (*gold_used)[i] = true;
        ++matched;
        break;
      }
    }
  }
  return matched;
}

void AppendMeasure(std::string* out, const char* name, const Measure& m) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%-14s %7zu  %9.4f  %6.4f  %6.4f\n", name, m.matched,
                m.precision(), m.recall(), m.f1());
  *out += buf;
}

void AppendMeasureJson(std::string* out, const char* name, const Measure& m) {
  char buf[200];
  std::snprintf(buf, sizeof buf,
                "\"%s\":{\"matched\":%zu,\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f}", name,
                m.matched, m.precision(), m.recall(), m.f1());
  *out += buf;
}

}  // namespace

std::string_view PrimaryActor(std::string_view code) {
  const bool organisation = code.starts_with("IGO") || code.starts_with("NGO") ||
                            code.starts_with("IMG") || code.starts_with("MNC");
  return code.substr(0, organisation ? 6 : 3);
}

std::string_view EventRoot(std::string_view code) { return code.substr(0, 2); }

SentenceScore ScoreSentence(const std::vector<CodedEvent>& gold,
                            const std::vector<CodedEvent>& produced) {
  SentenceScore s;
  s.gold = gold.size();
  s.produced = produced.size();
  std::vector<bool> gold_used, produced_used;
  s.root = Match(gold, produced,
                 [](const CodedEvent& e) { return Dyad(e) + ':' + std::string(EventRoot(e.code)); },
                 &gold_used, &produced_used);
  s.code_only = Match(gold, produced,
                      [](const CodedEvent& e) { return std::string(EventRoot(e.code)); },
                      &gold_used, &produced_used);
  // Full code last: its unmatched events are the sentence's missing and extra ones.
  s.full = Match(gold, produced, [](const CodedEvent& e) { return Dyad(e) + ':' + e.code; },
                 &gold_used, &produced_used);
  for (size_t i = 0; i < gold.size(); ++i) {
    if (!gold_used[i]) s.missing.push_back(i);
  }
  for (size_t j = 0; j < produced.size(); ++j) {
    if (!produced_used[j]) s.extra.push_back(j);
  }
  for (const CodedEvent& p : produced) {
    const std::string d = Dyad(p);
    for (const CodedEvent& g : gold) {
      if (Dyad(g) == d) {
        ++s.dyad_correct;
        break;
      }
    }
  }
  return s;
}

double Measure::precision() const { return Ratio(matched, produced); }
double Measure::recall() const { return Ratio(matched, gold); }
double Measure::f1() const {
  const double p = precision(), r = recall();
  return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
}

void EventScorer::Add(const SentenceScore& s) {
  ++sentences_;
  if (s.exact()) ++exact_;
  gold_ += s.gold;
  produced_ += s.produced;
  root_ += s.root;
  full_ += s.full;
  code_only_ += s.code_only;
  dyad_correct_ += s.dyad_correct;
}

double EventScorer::dyad_ratio() const { return Ratio(dyad_correct_, produced_); }

std::string EventScorer::SummaryText() const {
  char buf[320];
  std::string out;
  std::snprintf(buf, sizeof buf, "gold: %zu file%s, %zu sentence%s scored", files_,
                files_ == 1 ? "" : "s", sentences_, sentences_ == 1 ? "" : "s");
  out += buf;
  if (not_found_ + hash_mismatch_ + bad_lines_ > 0) {
    std::snprintf(buf, sizeof buf, " (not scored: %zu not found, %zu hash differs, %zu bad line%s)",
                  not_found_, hash_mismatch_, bad_lines_, bad_lines_ == 1 ? "" : "s");
    out += buf;
  }
  std::snprintf(buf, sizeof buf,
                "\nevents: %zu gold, %zu produced; sentences with every event right: %zu/%zu\n",
                gold_, produced_, exact_, sentences_);
  out += buf;
  out += "level          matched  precision  recall      F1\n";
  AppendMeasure(&out, "root level", root());
  AppendMeasure(&out, "full code", full());
  AppendMeasure(&out, "code only", code_only());
  std::snprintf(buf, sizeof buf, "%-14s %7zu  %9.4f       -       -\n", "dyad correct",
                dyad_correct_, dyad_ratio());
  out += buf;
  return out;
}

std::string EventScorer::SummaryJson() const {
  char buf[320];
  std::snprintf(buf, sizeof buf,
                "{\"files\":%zu,\"sentences\":%zu,\"not_found\":%zu,\"hash_mismatch\":%zu,"
                "\"bad_lines\":%zu,\"gold_events\":%zu,\"produced_events\":%zu,"
                "\"exact_sentences\":%zu,",
                files_, sentences_, not_found_, hash_mismatch_, bad_lines_, gold_, produced_,
                exact_);
  std::string out = buf;
  AppendMeasureJson(&out, "root", root());
  out += ',';
  AppendMeasureJson(&out, "full", full());
  out += ',';
  AppendMeasureJson(&out, "code_only", code_only());
  std::snprintf(buf, sizeof buf, ",\"dyad\":{\"correct\":%zu,\"ratio\":%.4f}}", dyad_correct_,
                dyad_ratio());
  out += buf;
  return out;
}

}  // namespace entente::eval
