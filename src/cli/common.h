// What the commands share: input flags, diagnostics on stderr, and the ordered parallel runner.
#ifndef ENTENTE_CLI_COMMON_H_
#define ENTENTE_CLI_COMMON_H_

#include <CLI/CLI.hpp>

#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "entente/ingest.h"
#include "entente/pipeline.h"
#include "entente/text.h"

namespace entente::cli {

struct InputFlags {
  std::vector<std::string> files;
  std::string input = "auto";
  bool lines = false;
  std::vector<std::string> fields;
  uint64_t max_doc_bytes = uint64_t{16} << 20;
  bool strict = false;
  unsigned threads = 1;
  std::string data_dir;
  uint32_t max_sentence_tokens = 200;
};

// Adds FILES..., --input, --lines, --field, --max-doc-bytes, --strict, --threads, --data-dir.
void AddInputFlags(CLI::App* cmd, InputFlags* flags);
StatusOr<ReaderOptions> MakeReaderOptions(const InputFlags& flags);
PipelineOptions MakePipelineOptions(const InputFlags& flags);

// Prints diagnostics as "path:line: error: reason" on stderr, at most `limit` per input file
// (then one line saying the rest are only counted).
class DiagnosticPrinter {
 public:
  explicit DiagnosticPrinter(uint64_t limit = 100) : limit_(limit) {}
  DiagnosticSink SinkFor(const std::string& path);
  void Error(const std::string& message);  // a whole-input problem, always printed

 private:
  uint64_t limit_;
  std::map<std::string, uint64_t> printed_;
};

// Text statistics summed over a run (a corpus easily passes 2^32 tokens).
struct TextTotals {
  uint64_t sentences = 0, tokens = 0, interface_lines = 0, datelines = 0, citations = 0,
           bullets = 0, glued_words = 0, capped = 0, long_tokens = 0, repaired_utf8 = 0;
  void Add(const TextStats& s);
};

// The result of processing one document: its output lines and text statistics.
struct DocResult {
  std::string output;
  TextStats stats;
};
using ProcessFn = std::function<void(const Document& doc, DocResult* result)>;

// Processes documents on `threads` workers and writes their output to `out` in input order,
// holding at most 4 documents per worker in flight (bounded memory). With one thread, documents
// are processed on the caller's thread.
class OrderedRunner {
 public:
  OrderedRunner(unsigned threads, ProcessFn process, std::FILE* out);
  ~OrderedRunner();
  OrderedRunner(const OrderedRunner&) = delete;
  OrderedRunner& operator=(const OrderedRunner&) = delete;

  void Submit(Document&& doc);
  void Finish();  // waits for every submitted document and writes the rest
  const TextTotals& totals() const { return totals_; }
  bool output_failed() const { return output_failed_; }

 private:
  void Worker();
  void WriteReady(std::unique_lock<std::mutex>& lock);
  void Write(DocResult& result);

  ProcessFn process_;
  std::FILE* out_;
  size_t window_;
  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable work_cv_, done_cv_;
  std::deque<std::pair<uint64_t, Document>> jobs_;
  std::map<uint64_t, DocResult> done_;
  uint64_t next_seq_ = 0, next_write_ = 0;
  bool stop_ = false;
  bool output_failed_ = false;
  TextTotals totals_;
};

struct ReadTotals {
  uint64_t files = 0, files_failed = 0;
  IngestCounts counts;
  bool strict_stop = false;
};

// Opens every input in turn and submits its documents to the runner. In strict mode reading
// stops at the first malformed record or unreadable file.
ReadTotals ReadAll(const InputFlags& flags, const ReaderOptions& options, DiagnosticPrinter* printer,
                   OrderedRunner* runner);

// "entente segment: 3 files, 12 documents (1 skipped), 140 sentences, ..." on stderr.
void PrintSummary(const char* command, const ReadTotals& read, const TextTotals& text);

// Exit status: 1 when nothing could be read, or in strict mode when anything was skipped or
// failed; else 0.
int ExitStatus(const InputFlags& flags, const ReadTotals& read, const OrderedRunner& runner);

}  // namespace entente::cli

#endif  // ENTENTE_CLI_COMMON_H_
