// Benchmark: read + clean + split + tokenise over ../shared/data/news (Reuters-21578 and the UN
// General Debates 2020-2024), single-threaded and with N threads.
//
// The corpus is first written to JSONL files (untimed); the timed part reads them back with the
// JSONL reader and runs the text front end on every document. The multi-threaded run reads one
// shard per thread and must produce exactly the totals of the single-threaded run, or the
// benchmark fails: a timing only counts when the output is right.
//
//   text_throughput [--news DIR] [--threads N] [--rounds R] [--data-dir DIR]
//   text_throughput --write-jsonl PATH     writes the corpus as JSONL and exits (to time the CLI)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

#include "bench_flags.h"
#include "base/json.h"
#include "entente/ingest.h"
#include "entente/pipeline.h"
#include "ingest/news_corpora.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Totals {
  uint64_t docs = 0, text_bytes = 0, file_bytes = 0, sentences = 0, tokens = 0;
  bool operator==(const Totals& o) const {
    return docs == o.docs && text_bytes == o.text_bytes && sentences == o.sentences &&
           tokens == o.tokens;
  }
};

void WriteJsonl(const std::vector<entente::Document>& docs, size_t shard, size_t shards,
                const std::string& path) {
  std::ofstream out(path, std::ios::binary);
  std::string line;
  for (size_t i = shard; i < docs.size(); i += shards) {
    line = "{\"id\":";
    entente::base::AppendJsonString(&line, docs[i].id);
    line += ",\"title\":";
    entente::base::AppendJsonString(&line, docs[i].title);
    if (!docs[i].date.empty()) {  // so that `entente code` on the file uses dated codes
      line += ",\"date\":";
      entente::base::AppendJsonString(&line, docs[i].date);
    }
    line += ",\"text\":";
    entente::base::AppendJsonString(&line, docs[i].text);
    line += "}\n";
    out << line;
  }
}

Totals ReadAndAnalyse(const entente::Pipeline& p, const std::string& path) {
  Totals t;
  entente::ReaderOptions ro;
  auto reader = entente::DocumentReader::Open(path, ro, nullptr);
  if (!reader.ok()) {
    std::fprintf(stderr, "%s\n", reader.status().ToString().c_str());
    std::exit(1);
  }
  entente::Document doc;
  entente::TextAnalysis a;
  while ((*reader)->Next(&doc)) {
    p.AnalyzeText(doc, &a);
    ++t.docs;
    t.text_bytes += doc.text.size();
    t.sentences += a.stats.sentences;
    t.tokens += a.stats.tokens;
  }
  t.file_bytes = (*reader)->counts().bytes;
  return t;
}

void Add(const Totals& a, Totals* t) {
  t->docs += a.docs;
  t->text_bytes += a.text_bytes;
  t->file_bytes += a.file_bytes;
  t->sentences += a.sentences;
  t->tokens += a.tokens;
}

void Report(const char* what, const Totals& t, double seconds) {
  std::printf("%-34s %7.3f s  %7.1f MB/s text  %7.1f MB/s file  %10.0f tokens/s  %9.0f sentences/s\n",
              what, seconds, t.text_bytes / seconds / 1e6, t.file_bytes / seconds / 1e6,
              t.tokens / seconds, t.sentences / seconds);
}

}  // namespace

int main(int argc, char** argv) {
  std::string news = std::string(ENTENTE_SOURCE_DIR) + "/../shared/data/news";
  std::string data_dir;
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  int rounds = 3;
  std::string write_jsonl;
  for (const auto& [a, value] : entente::bench::FlagPairs(argc, argv)) {
    if (a == "--news") news = value;
    else if (a == "--threads") threads = static_cast<unsigned>(std::atoi(value.c_str()));
    else if (a == "--rounds") rounds = std::atoi(value.c_str());
    else if (a == "--data-dir") data_dir = value;
    else if (a == "--write-jsonl") write_jsonl = value;
    else {
      std::fprintf(stderr,
                   "usage: %s [--news DIR] [--threads N] [--rounds R] [--data-dir DIR] "
                   "[--write-jsonl PATH]\n",
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
  if (!write_jsonl.empty()) {
    WriteJsonl(*docs, 0, 1, write_jsonl);
    std::printf("wrote %zu documents to %s\n", docs->size(), write_jsonl.c_str());
    return 0;
  }
  entente::PipelineOptions po;
  po.data_dir = data_dir;
  auto pipeline = entente::Pipeline::Load(po);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "%s\n", pipeline.status().ToString().c_str());
    return 1;
  }
  const entente::Pipeline& p = **pipeline;

  const char* tmp = std::getenv("TMPDIR");
  const std::string base = std::string(tmp && *tmp ? tmp : "/tmp") + "/entente-bench-" + std::to_string(getpid());
  const std::string whole = base + ".jsonl";
  WriteJsonl(*docs, 0, 1, whole);
  std::vector<std::string> shards;
  for (unsigned s = 0; s < threads; ++s) {
    shards.push_back(base + "." + std::to_string(s) + ".jsonl");
    WriteJsonl(*docs, s, threads, shards.back());
  }

  // Analysis alone, from memory, for reference.
  Totals mem;
  entente::TextAnalysis a;
  auto t0 = Clock::now();
  for (const auto& d : *docs) {
    p.AnalyzeText(d, &a);
    ++mem.docs;
    mem.text_bytes += d.text.size();
    mem.file_bytes += d.text.size();
    mem.sentences += a.stats.sentences;
    mem.tokens += a.stats.tokens;
  }
  double mem_s = std::chrono::duration<double>(Clock::now() - t0).count();
  std::printf("corpus: %llu documents, %.1f MB of text, %llu sentences, %llu tokens\n",
              static_cast<unsigned long long>(mem.docs), mem.text_bytes / 1e6,
              static_cast<unsigned long long>(mem.sentences), static_cast<unsigned long long>(mem.tokens));

  double best1 = 1e30, bestn = 1e30;
  Totals one, many;
  for (int r = 0; r < rounds; ++r) {
    t0 = Clock::now();
    one = ReadAndAnalyse(p, whole);
    best1 = std::min(best1, std::chrono::duration<double>(Clock::now() - t0).count());

    std::vector<Totals> parts(threads);
    std::vector<std::thread> pool;
    t0 = Clock::now();
    for (unsigned s = 0; s < threads; ++s) {
      pool.emplace_back([&, s] { parts[s] = ReadAndAnalyse(p, shards[s]); });
    }
    for (auto& th : pool) th.join();
    bestn = std::min(bestn, std::chrono::duration<double>(Clock::now() - t0).count());
    many = Totals();
    for (const Totals& t : parts) Add(t, &many);
  }
  std::remove(whole.c_str());
  for (const auto& s : shards) std::remove(s.c_str());

  if (!(one == mem) || !(many == mem)) {
    std::fprintf(stderr, "FAILED: totals differ between runs (memory %llu/%llu, 1 thread %llu/%llu, "
                 "%u threads %llu/%llu sentences/tokens; or documents or text bytes differ)\n",
                 (unsigned long long)mem.sentences, (unsigned long long)mem.tokens,
                 (unsigned long long)one.sentences, (unsigned long long)one.tokens, threads,
                 (unsigned long long)many.sentences, (unsigned long long)many.tokens);
    return 1;
  }
  std::printf("best of %d rounds:\n", rounds);
  Report("analyse only, 1 thread (memory)", mem, mem_s);
  Report("read+analyse, 1 thread", one, best1);
  char label[64];
  std::snprintf(label, sizeof label, "read+analyse, %u threads", threads);
  Report(label, many, bestn);
  return 0;
}
