// Benchmark: whole-process event coding over ../shared/data/news (Reuters-21578 and the UN General
// Debates): raw text -> sentences -> tokens -> actor names (Coder::MarkNames) -> tags, lemmas and
// trees -> CAMEO events (Coder::Code), as `entente code` does, without the output writers.
// The documents are loaded into memory first (untimed).
//
// Measured:
//   - dictionary load (lexicon::LoadDictionary), syntax model and code tables load;
//   - text front end only, 1 thread (the floor);
//   - the whole chain, 1 thread, with the time of each stage (per-document clocks):
//     text / MarkNames / syntax / coding;
//   - coding alone: Coder::Code over sentences parsed beforehand and kept in memory
//     (the parse of that cache is timed too: text + names + syntax without coding);
//   - with --threads N > 1, the whole chain and coding alone on N threads, each over its own
//     shard of the documents (round-robin) with its own scratch objects;
//   - events produced and sentence outcomes; peak RSS (before and after the parse cache).
//
// A timing only counts when the output is right: every run must produce the same events (count
// and checksum of sentence, codes and spans) as the first single-threaded run.
//
//   coding_throughput [--news DIR] [--dict SPEC] [--threads N] [--rounds R] [--limit N]
//                     [--data-dir DIR] [--model PATH] [--parse codable|all]
//
// Like `entente code`, the chain parses only the sentences that can give an event
// (`--parse codable`, the default: Coder::SentencesToParse, with entente's own dictionaries);
// `--parse all` parses every one.
//
// --dict defaults to phoenix:<source>/../shared/data/petrarch2. Missing corpus or dictionary:
// prints "skipped: ... not found" and exits 0.
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "bench_flags.h"
#include "coding/code_tables.h"
#include "coding/coder.h"
#include "entente/event.h"
#include "entente/pipeline.h"
#include "ingest/news_corpora.h"
#include "lexicon/lexicon.h"

namespace {

using Clock = std::chrono::steady_clock;
using entente::coding::Coder;
using entente::coding::CodingScratch;

double Since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

constexpr size_t kOutcomes = 10;  // entente::SentenceOutcome values

struct Totals {
  uint64_t docs = 0, sentences = 0, tokens = 0, events = 0, checksum = 0;
  uint64_t parsed = 0, tagged = 0;  // sentences parsed, and tagged only
  std::array<uint64_t, kOutcomes> outcomes{};
  // Seconds spent in each stage (whole-chain runs only).
  double text_s = 0, names_s = 0, syntax_s = 0, coding_s = 0;
  double cpu_s = 0;  // process CPU time of the run (set by the caller)

  void Add(const Totals& o) {
    docs += o.docs, sentences += o.sentences, tokens += o.tokens, events += o.events;
    parsed += o.parsed, tagged += o.tagged;
    checksum += o.checksum;
    for (size_t k = 0; k < kOutcomes; ++k) outcomes[k] += o.outcomes[k];
    text_s += o.text_s, names_s += o.names_s, syntax_s += o.syntax_s, coding_s += o.coding_s;
  }
};

uint64_t Hash(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

// Order-independent across documents (threads sum their shards), order-dependent within one.
void Count(const std::vector<entente::Event>& events, const std::vector<entente::SentenceNote>& notes,
           uint64_t doc_index, Totals* t) {
  t->events += events.size();
  for (size_t k = 0; k < events.size(); ++k) {
    const entente::Event& e = events[k];
    uint64_t h = Hash(e.code) ^ (Hash(e.source.code) * 3) ^ (Hash(e.target.code) * 7);
    h += (uint64_t{e.sentence} << 32) + e.verb.begin * 31 + e.source.span.begin * 17 +
         e.target.span.begin * 13 + e.negated;
    t->checksum += (doc_index * 1000003 + k + 1) * h;
  }
  for (const entente::SentenceNote& n : notes) ++t->outcomes[static_cast<size_t>(n.outcome)];
}

// One document's sentences, parsed, for the coding-alone runs.
struct Parsed {
  entente::TextAnalysis text;
  entente::SyntaxAnalysis syntax;
};

struct Engine {
  const entente::Pipeline* pipeline;
  const Coder* coder;
  const entente::lexicon::Options* options;
  bool parse_all = false;  // --parse all: every sentence, not only those that can give events
};

// The whole chain over docs[shard], docs[shard + shards], ... With `cache`, also keeps each
// document's analyses there (and then does not code).
Totals RunWhole(const Engine& e, const std::vector<entente::Document>& docs, size_t shard,
                size_t shards, bool code, std::vector<Parsed>* cache = nullptr) {
  Totals t;
  entente::TextAnalysis text;
  entente::SyntaxAnalysis syntax;
  CodingScratch scratch;
  std::vector<uint8_t> names, codable;
  std::vector<entente::Event> events;
  std::vector<entente::SentenceNote> notes;
  for (size_t i = shard; i < docs.size(); i += shards) {
    auto t0 = Clock::now();
    e.pipeline->AnalyzeText(docs[i], &text);
    auto t1 = Clock::now();
    e.coder->MarkNames(text, &scratch, &names);
    // As `entente code`: only the sentences that can give an event are parsed.
    if (!e.parse_all) e.coder->SentencesToParse(text, &scratch, &codable);
    auto t2 = Clock::now();
    e.pipeline->AnalyzeSyntax(text, names, &syntax, e.parse_all ? nullptr : &codable);
    for (size_t k = 0; k < text.sentences.size(); ++k) {
      if (!text.sentences[k].analysed()) continue;
      t.parsed += e.parse_all || codable[k] == entente::kSyntaxFull;
      t.tagged += !e.parse_all && codable[k] == entente::kSyntaxTags;
    }
    auto t3 = Clock::now();
    t.text_s += std::chrono::duration<double>(t1 - t0).count();
    t.names_s += std::chrono::duration<double>(t2 - t1).count();
    t.syntax_s += std::chrono::duration<double>(t3 - t2).count();
    ++t.docs;
    t.sentences += text.stats.sentences;
    t.tokens += text.stats.tokens;
    if (cache != nullptr) {
      Parsed& p = (*cache)[i];
      p.text = text;
      p.syntax.words = syntax.words;
      p.syntax.lemmas = syntax.lemmas;
    }
    if (!code) continue;
    events.clear();
    notes.clear();
    e.coder->Code(docs[i], text, syntax, *e.options, &scratch, &events, &notes);
    t.coding_s += Since(t3);
    Count(events, notes, i, &t);
  }
  return t;
}

// Coder::Code alone over sentences parsed beforehand.
Totals RunCoding(const Engine& e, const std::vector<entente::Document>& docs,
                 const std::vector<Parsed>& cache, size_t shard, size_t shards) {
  Totals t;
  CodingScratch scratch;
  std::vector<entente::Event> events;
  std::vector<entente::SentenceNote> notes;
  for (size_t i = shard; i < docs.size(); i += shards) {
    const Parsed& p = cache[i];
    ++t.docs;
    t.sentences += p.text.stats.sentences;
    t.tokens += p.text.stats.tokens;
    events.clear();
    notes.clear();
    e.coder->Code(docs[i], p.text, p.syntax, *e.options, &scratch, &events, &notes);
    Count(events, notes, i, &t);
  }
  return t;
}

template <typename Fn>
Totals OnThreads(unsigned threads, Fn fn) {
  std::vector<Totals> parts(threads);
  std::vector<std::thread> pool;
  for (unsigned s = 0; s < threads; ++s) pool.emplace_back([&, s] { parts[s] = fn(s); });
  for (auto& th : pool) th.join();
  Totals t;
  for (const Totals& x : parts) t.Add(x);
  return t;
}

// Process CPU time (user + system), to tell a slow program from a busy machine: on a shared
// machine a run with N threads that gets less than N cores shows cpu < N x wall.
double CpuSeconds() {
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

void Report(const char* what, const Totals& t, double seconds, double cpu) {
  std::printf("%-44s %8.3f s  %10.0f tokens/s  %9.0f sentences/s  %8llu events  (cpu %.2f s)\n",
              what, seconds, t.tokens / seconds, t.sentences / seconds,
              static_cast<unsigned long long>(t.events), cpu);
}

long PeakRssKb() {
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;  // kilobytes on Linux
}

}  // namespace

int main(int argc, char** argv) {
  const std::string shared = std::string(ENTENTE_SOURCE_DIR) + "/../shared/data";
  std::string news = shared + "/news";
  std::string dict = "phoenix:" + shared + "/petrarch2";
  entente::PipelineOptions po;
  po.syntax = true;
  unsigned threads = 1;
  int rounds = 2;
  bool parse_all = false;
  size_t limit = 0;
  for (const auto& [a, value] : entente::bench::FlagPairs(argc, argv)) {
    if (a == "--news") news = value;
    else if (a == "--dict") dict = value;
    else if (a == "--threads") threads = static_cast<unsigned>(std::max(1, std::atoi(value.c_str())));
    else if (a == "--rounds") rounds = std::max(1, std::atoi(value.c_str()));
    else if (a == "--limit" || a == "--docs") limit = static_cast<size_t>(std::atol(value.c_str()));
    else if (a == "--data-dir") po.data_dir = value;
    else if (a == "--model") po.syntax_model = value;
    else if (a == "--parse" && (value == "all" || value == "codable")) parse_all = value == "all";
    else {
      std::fprintf(stderr,
                   "usage: %s [--news DIR] [--dict SPEC] [--threads N] [--rounds R] [--limit N] "
                   "[--data-dir DIR] [--model PATH] [--parse codable|all]\n",
                   argv[0]);
      return a == "--help" || a == "-h" ? 0 : 2;
    }
  }
  if (access(news.c_str(), R_OK) != 0) {
    std::printf("skipped: %s not found\n", news.c_str());
    return 0;
  }
  // "kind:PATH" or a native dictionary folder: the path must exist.
  const size_t colon = dict.find(':');
  const std::string dict_path = colon == std::string::npos ? dict : dict.substr(colon + 1);
  if (access(dict_path.c_str(), R_OK) != 0) {
    std::printf("skipped: dictionary %s not found\n", dict_path.c_str());
    return 0;
  }

  auto docs = entente::ingest::LoadNewsCorpora(news);
  if (!docs.ok()) {
    std::fprintf(stderr, "%s\n", docs.status().ToString().c_str());
    return 1;
  }
  if (limit > 0 && docs->size() > limit) docs->resize(limit);

  auto t0 = Clock::now();
  auto lex = entente::lexicon::LoadDictionary(dict, entente::lexicon::LoadOptions{});
  if (!lex.ok()) {
    std::fprintf(stderr, "%s\n", lex.status().ToString().c_str());
    return 1;
  }
  const double dict_s = Since(t0);
  t0 = Clock::now();
  auto pipeline = entente::Pipeline::Load(po);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "%s\n", pipeline.status().ToString().c_str());
    return 1;
  }
  const double model_s = Since(t0);
  t0 = Clock::now();
  auto tables =
      entente::coding::CodeTables::Load((*pipeline)->data_dir(), entente::coding::CodeTablesOptions{});
  if (!tables.ok()) {
    std::fprintf(stderr, "%s\n", tables.status().ToString().c_str());
    return 1;
  }
  const double tables_s = Since(t0);
  const Coder coder(**lex, **tables, (*pipeline)->syntax_tags());
  const Engine engine{pipeline->get(), &coder, &(*lex)->dictionary().options, parse_all};
  std::printf("dictionary %s loaded in %.3f s (%u bad lines skipped)\n", dict.c_str(), dict_s,
              (*lex)->dictionary().TotalSkipped());
  std::printf("syntax model loaded in %.3f s, code tables in %.3f s\n", model_s, tables_s);
  std::printf("peak RSS after loading (corpus in memory): %.1f MB\n", PeakRssKb() / 1024.0);

  auto best_of = [&](auto&& fn) {
    double best = 1e30;
    Totals t;
    for (int r = 0; r < rounds; ++r) {
      const double cpu0 = CpuSeconds();
      const auto start = Clock::now();
      Totals x = fn();
      const double s = Since(start);
      if (s < best) best = s, t = x, t.cpu_s = CpuSeconds() - cpu0;
    }
    return std::make_pair(t, best);
  };
  auto check = [](const Totals& ref, const Totals& got, const char* what) {
    if (got.events != ref.events || got.checksum != ref.checksum || got.tokens != ref.tokens) {
      std::fprintf(stderr, "FAILED: %s produced different events (%llu vs %llu)\n", what,
                   static_cast<unsigned long long>(got.events),
                   static_cast<unsigned long long>(ref.events));
      std::exit(1);
    }
  };

  auto [text_only, text_s] = best_of([&] {
    Totals t;
    entente::TextAnalysis text;
    for (const auto& d : *docs) {
      (*pipeline)->AnalyzeText(d, &text);
      ++t.docs, t.sentences += text.stats.sentences, t.tokens += text.stats.tokens;
    }
    return t;
  });
  auto [one, one_s] = best_of([&] { return RunWhole(engine, *docs, 0, 1, true); });
  std::printf("corpus: %llu documents, %llu sentences, %llu tokens; best of %d rounds\n",
              static_cast<unsigned long long>(one.docs),
              static_cast<unsigned long long>(one.sentences),
              static_cast<unsigned long long>(one.tokens), rounds);
  std::printf("sentences parsed: %llu, tagged only: %llu, of %llu (%s)\n",
              static_cast<unsigned long long>(one.parsed),
              static_cast<unsigned long long>(one.tagged),
              static_cast<unsigned long long>(one.sentences),
              parse_all ? "--parse all" : "only those that can give an event; --parse all for every one");
  Report("text front end only, 1 thread", text_only, text_s, text_only.cpu_s);
  Report("text + names + syntax + coding, 1 thread", one, one_s, one.cpu_s);
  auto share = [&](const char* what, double s) {
    std::printf("  %-42s %8.3f s  %5.1f %%  %10.0f tokens/s  %9.0f sentences/s\n", what, s,
                100.0 * s / one_s, one.tokens / s, one.sentences / s);
  };
  share("of which text front end", one.text_s);
  share("of which MarkNames (actor lookup)", one.names_s);
  share("of which syntax (tags, lemmas, trees)", one.syntax_s);
  share("of which coding (Coder::Code)", one.coding_s);
  std::printf("sentences: %llu with events", static_cast<unsigned long long>(one.outcomes[0]));
  for (size_t k = 1; k < kOutcomes; ++k) {
    if (one.outcomes[k] == 0) continue;
    std::printf(", %llu %s", static_cast<unsigned long long>(one.outcomes[k]),
                entente::SentenceOutcomeName(static_cast<entente::SentenceOutcome>(k)));
  }
  std::printf("\n");

  Totals many;
  double many_s = 0;
  char what[96];
  if (threads > 1) {
    std::tie(many, many_s) = best_of([&] {
      return OnThreads(threads, [&](unsigned s) { return RunWhole(engine, *docs, s, threads, true); });
    });
    check(one, many, "the multi-threaded run");
    std::snprintf(what, sizeof what, "text + names + syntax + coding, %u threads", threads);
    Report(what, many, many_s, many.cpu_s);
    std::printf("  %-42s %8.2f x\n", "speed-up over 1 thread", one_s / many_s);
  }
  std::printf("peak RSS after the whole-chain runs: %.1f MB\n", PeakRssKb() / 1024.0);

  // Coding alone: parse once (timed: the chain without coding), keep the analyses, then code.
  std::vector<Parsed> cache(docs->size());
  const double cpu0 = CpuSeconds();
  t0 = Clock::now();
  Totals parsed = RunWhole(engine, *docs, 0, 1, false, &cache);
  Report("text + names + syntax, 1 thread (1 round)", parsed, Since(t0), CpuSeconds() - cpu0);
  auto [alone, alone_s] = best_of([&] { return RunCoding(engine, *docs, cache, 0, 1); });
  check(one, alone, "coding alone");
  Report("coding alone (parsed in memory), 1 thread", alone, alone_s, alone.cpu_s);
  if (threads > 1) {
    auto [alone_n, alone_n_s] = best_of([&] {
      return OnThreads(threads,
                       [&](unsigned s) { return RunCoding(engine, *docs, cache, s, threads); });
    });
    check(one, alone_n, "coding alone, multi-threaded");
    std::snprintf(what, sizeof what, "coding alone (parsed in memory), %u threads", threads);
    Report(what, alone_n, alone_n_s, alone_n.cpu_s);
  }
  std::printf("peak RSS with the parse cache: %.1f MB\n", PeakRssKb() / 1024.0);
  return 0;
}
