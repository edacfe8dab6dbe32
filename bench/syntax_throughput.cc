// Benchmark: raw text -> sentences -> tokens -> tags, lemmas and dependency trees, over
// ../shared/data/news (Reuters-21578 and the UN General Debates), single-threaded and with N
// threads (documents split round-robin). The documents are loaded into memory first (untimed).
//
// A timing only counts when the output is right: the multi-threaded run must produce the same
// word count and the same checksum of heads and labels as the single-threaded run.
//
//   syntax_throughput [--news DIR] [--threads N] [--rounds R] [--docs N] [--data-dir DIR]
//                     [--model PATH]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

#include "bench_flags.h"
#include "entente/pipeline.h"
#include "ingest/news_corpora.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Totals {
  uint64_t docs = 0, sentences = 0, tokens = 0, checksum = 0;
};

Totals Run(const entente::Pipeline& p, const std::vector<entente::Document>& docs, size_t shard,
           size_t shards, bool syntax) {
  Totals t;
  entente::TextAnalysis text;
  entente::SyntaxAnalysis tree;
  for (size_t i = shard; i < docs.size(); i += shards) {
    p.AnalyzeText(docs[i], &text);
    ++t.docs;
    t.sentences += text.stats.sentences;
    t.tokens += text.stats.tokens;
    if (!syntax) continue;
    p.AnalyzeSyntax(text, &tree);
    for (size_t k = 0; k < tree.words.size(); ++k) {
      const entente::Word& w = tree.words[k];
      t.checksum += (k % 97 + 1) * (static_cast<uint64_t>(w.head + 2) * 131 + w.deprel * 7 + w.upos);
    }
  }
  return t;
}

void Report(const char* what, const Totals& t, double seconds) {
  std::printf("%-36s %8.3f s  %10.0f tokens/s  %9.0f sentences/s\n", what, seconds,
              t.tokens / seconds, t.sentences / seconds);
}

}  // namespace

int main(int argc, char** argv) {
  std::string news = std::string(ENTENTE_SOURCE_DIR) + "/../shared/data/news";
  entente::PipelineOptions po;
  po.syntax = true;
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  int rounds = 3;
  size_t max_docs = 0;
  for (const auto& [a, value] : entente::bench::FlagPairs(argc, argv)) {
    if (a == "--news") news = value;
    else if (a == "--threads") threads = static_cast<unsigned>(std::atoi(value.c_str()));
    else if (a == "--rounds") rounds = std::atoi(value.c_str());
    else if (a == "--docs") max_docs = static_cast<size_t>(std::atol(value.c_str()));
    else if (a == "--data-dir") po.data_dir = value;
    else if (a == "--model") po.syntax_model = value;
    else {
      std::fprintf(stderr,
                   "usage: %s [--news DIR] [--threads N] [--rounds R] [--docs N] [--data-dir DIR] "
                   "[--model PATH]\n",
                   argv[0]);
      return 2;
    }
  }
  if (access(news.c_str(), R_OK) != 0) {
    std::printf("skipped: %s not found\n", news.c_str());
    return 0;
  }
  auto docs = entente::ingest::LoadNewsCorpora(news);
  if (!docs.ok()) {
    std::fprintf(stderr, "%s\n", docs.status().ToString().c_str());
    return 1;
  }
  if (max_docs > 0 && docs->size() > max_docs) docs->resize(max_docs);
  const auto load_start = Clock::now();
  auto pipeline = entente::Pipeline::Load(po);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "%s\n", pipeline.status().ToString().c_str());
    return 1;
  }
  const double load_seconds = std::chrono::duration<double>(Clock::now() - load_start).count();
  const entente::Pipeline& p = **pipeline;
  std::printf("pipeline with syntax model loaded in %.3f s\n", load_seconds);

  auto best_of = [&](auto&& fn) {
    double best = 1e30;
    Totals t;
    for (int r = 0; r < std::max(1, rounds); ++r) {
      const auto start = Clock::now();
      t = fn();
      best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
    }
    return std::make_pair(t, best);
  };
  auto [text_only, text_s] = best_of([&] { return Run(p, *docs, 0, 1, false); });
  auto [one, one_s] = best_of([&] { return Run(p, *docs, 0, 1, true); });
  std::printf("corpus: %llu documents, %llu sentences, %llu tokens; best of %d rounds\n",
              static_cast<unsigned long long>(one.docs),
              static_cast<unsigned long long>(one.sentences),
              static_cast<unsigned long long>(one.tokens), rounds);
  Report("text front end only, 1 thread", text_only, text_s);
  Report("text + tags + lemmas + trees, 1 thread", one, one_s);
  std::printf("%-36s %8.3f s  %10.0f tokens/s\n", "  of which syntax", one_s - text_s,
              one.tokens / (one_s - text_s));
  if (threads > 1) {
    auto [many, many_s] = best_of([&] {
      std::vector<Totals> parts(threads);
      std::vector<std::thread> pool;
      for (unsigned s = 0; s < threads; ++s) {
        pool.emplace_back([&, s] { parts[s] = Run(p, *docs, s, threads, true); });
      }
      for (auto& th : pool) th.join();
      Totals t;
      for (const Totals& x : parts) {
        t.docs += x.docs, t.sentences += x.sentences, t.tokens += x.tokens;
        t.checksum += x.checksum;
      }
      return t;
    });
    if (many.tokens != one.tokens || many.checksum != one.checksum) {
      std::fprintf(stderr, "FAILED: %u threads produced different output\n", threads);
      return 1;
    }
    char what[64];
    std::snprintf(what, sizeof what, "text + syntax, %u threads", threads);
    Report(what, many, many_s);
  }
  return 0;
}
