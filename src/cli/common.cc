#include "cli/common.h"

#include <algorithm>

namespace entente::cli {

void AddInputFlags(CLI::App* cmd, InputFlags* f) {
  cmd->add_option("files", f->files,
                  "Input files; '-' or none reads standard input. gzip-compressed input is "
                  "recognised by its content.");
  cmd->add_option("--input", f->input,
                  "Input format: auto (from the file name, else the content), text (a file is a "
                  "document), lines (a line is a document), jsonl, html, petrarch (PETRARCH XML "
                  "records), tabari (TABARI text records)")
      ->capture_default_str();
  cmd->add_flag("--lines", f->lines, "Plain text: each non-blank line is a document (= --input lines)");
  cmd->add_option("--field", f->fields,
                  "JSONL: read a document field from another key, e.g. --field text=body "
                  "(fields: id, date, title, text, url, source); repeatable")
      ->expected(1)
      ->allow_extra_args(false)  // one value per --field: the file names after it stay files
      ->take_all();
  cmd->add_option("--max-doc-bytes", f->max_doc_bytes,
                  "Largest record (JSONL line, XML or TABARI record) read; larger ones are reported "
                  "and skipped. Plain-text and HTML files above it are read in parts.")
      ->capture_default_str()
      ->check(CLI::Range(uint64_t{1024}, uint64_t{1} << 30));
  cmd->add_flag("--strict", f->strict,
                "Stop at the first malformed record or unreadable file, and exit with status 1");
  cmd->add_option("--threads,-j", f->threads,
                  "Documents processed in parallel (output order stays the input order)")
      ->capture_default_str()
      ->check(CLI::Range(1u, 256u));
  cmd->add_option("--data-dir", f->data_dir,
                  "entente's data directory (default: $ENTENTE_DATA, else the one built in)");
  cmd->add_option("--max-sentence-tokens", f->max_sentence_tokens,
                  "Cut sentences longer than this many tokens (after ';', ':' or ',' when possible)")
      ->capture_default_str()
      ->check(CLI::Range(2u, 100000u));
}

StatusOr<ReaderOptions> MakeReaderOptions(const InputFlags& f) {
  ReaderOptions o;
  auto format = ParseInputFormat(f.input);
  if (!format) {
    return InvalidArgumentError("--input " + f.input +
                                ": unknown format (auto, text, lines, jsonl, html, petrarch, tabari)");
  }
  o.format = f.lines ? InputFormat::kLines : *format;
  o.max_document_bytes = static_cast<size_t>(f.max_doc_bytes);
  for (const std::string& spec : f.fields) {
    size_t eq = spec.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == spec.size()) {
      return InvalidArgumentError("--field " + spec + ": expected FIELD=KEY, e.g. text=body");
    }
    std::string field = spec.substr(0, eq), key = spec.substr(eq + 1);
    std::string* target = field == "id"       ? &o.id_field
                          : field == "date"   ? &o.date_field
                          : field == "title"  ? &o.title_field
                          : field == "text"   ? &o.text_field
                          : field == "url"    ? &o.url_field
                          : field == "source" ? &o.source_field
                                              : nullptr;
    if (target == nullptr) {
      return InvalidArgumentError("--field " + spec +
                                  ": unknown field (id, date, title, text, url, source)");
    }
    *target = key;
  }
  return o;
}

PipelineOptions MakePipelineOptions(const InputFlags& f) {
  PipelineOptions o;
  o.data_dir = f.data_dir;
  o.text.max_sentence_tokens = f.max_sentence_tokens;
  return o;
}

DiagnosticSink DiagnosticPrinter::SinkFor(const std::string& path) {
  return [this, path](const Diagnostic& d) {
    uint64_t& n = printed_[path];
    if (n < limit_) {
      std::fprintf(stderr, "%s: %s: %s\n", d.where.c_str(),
                   d.severity == Diagnostic::Severity::kError ? "error" : "warning",
                   d.message.c_str());
    } else if (n == limit_) {
      std::fprintf(stderr, "%s: further messages for this input are only counted\n", path.c_str());
    }
    ++n;
  };
}

void DiagnosticPrinter::Error(const std::string& message) {
  std::fprintf(stderr, "entente: error: %s\n", message.c_str());
}

void TextTotals::Add(const TextStats& a) {
  sentences += a.sentences;
  tokens += a.tokens;
  interface_lines += a.interface_lines;
  datelines += a.datelines;
  citations += a.citations;
  bullets += a.bullets;
  glued_words += a.glued_words;
  capped += a.capped;
  long_tokens += a.long_tokens;
  repaired_utf8 += a.repaired_utf8;
}

OrderedRunner::OrderedRunner(unsigned threads, ProcessFn process, std::FILE* out)
    : process_(std::move(process)), out_(out), window_(size_t{4} * std::max(1u, threads)) {
  if (threads > 1) {
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { Worker(); });
  }
}

OrderedRunner::~OrderedRunner() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  work_cv_.notify_all();
  for (std::thread& t : workers_) t.join();
}

void OrderedRunner::Write(DocResult& r) {
  totals_.Add(r.stats);
  if (output_failed_ || r.output.empty()) return;
  if (std::fwrite(r.output.data(), 1, r.output.size(), out_) != r.output.size()) {
    output_failed_ = true;
  }
}

void OrderedRunner::Submit(Document&& doc) {
  if (workers_.empty()) {
    DocResult r;
    process_(doc, &r);
    Write(r);
    return;
  }
  std::unique_lock<std::mutex> lock(mu_);
  while (next_seq_ - next_write_ >= window_) {
    WriteReady(lock);
    if (next_seq_ - next_write_ >= window_) done_cv_.wait(lock);
  }
  jobs_.emplace_back(next_seq_++, std::move(doc));
  lock.unlock();
  work_cv_.notify_one();
  lock.lock();
  WriteReady(lock);
}

void OrderedRunner::WriteReady(std::unique_lock<std::mutex>& lock) {
  while (true) {
    auto it = done_.find(next_write_);
    if (it == done_.end()) return;
    DocResult r = std::move(it->second);
    done_.erase(it);
    ++next_write_;
    lock.unlock();
    Write(r);
    lock.lock();
  }
}

void OrderedRunner::Finish() {
  if (!workers_.empty()) {
    std::unique_lock<std::mutex> lock(mu_);
    while (next_write_ < next_seq_) {
      WriteReady(lock);
      if (next_write_ < next_seq_) done_cv_.wait(lock);
    }
  }
  std::fflush(out_);
  if (std::ferror(out_)) output_failed_ = true;
}

void OrderedRunner::Worker() {
  while (true) {
    std::pair<uint64_t, Document> job;
    {
      std::unique_lock<std::mutex> lock(mu_);
      work_cv_.wait(lock, [this] { return stop_ || !jobs_.empty(); });
      if (jobs_.empty()) return;
      job = std::move(jobs_.front());
      jobs_.pop_front();
    }
    DocResult r;
    process_(job.second, &r);
    {
      std::lock_guard<std::mutex> lock(mu_);
      done_.emplace(job.first, std::move(r));
    }
    done_cv_.notify_all();
  }
}

ReadTotals ReadAll(const InputFlags& flags, const ReaderOptions& options, DiagnosticPrinter* printer,
                   OrderedRunner* runner) {
  ReadTotals t;
  std::vector<std::string> files = flags.files;
  if (files.empty()) files.push_back("-");
  for (const std::string& path : files) {
    ++t.files;
    auto reader = DocumentReader::Open(path, options, printer->SinkFor(path));
    if (!reader.ok()) {
      ++t.files_failed;
      printer->Error(reader.status().ToString());
      if (flags.strict) {
        t.strict_stop = true;
        break;
      }
      continue;
    }
    Document doc;
    while ((*reader)->Next(&doc)) {
      runner->Submit(std::move(doc));
      doc = Document();
      if (runner->output_failed()) break;
      if (flags.strict && (*reader)->counts().skipped > 0) break;
    }
    const IngestCounts& c = (*reader)->counts();
    t.counts.documents += c.documents;
    t.counts.skipped += c.skipped;
    t.counts.warnings += c.warnings;
    t.counts.repaired_utf8 += c.repaired_utf8;
    t.counts.bytes += c.bytes;
    if (!(*reader)->status().ok()) {
      ++t.files_failed;
      printer->Error((*reader)->status().ToString() + " (stopped reading this input)");
    }
    if (runner->output_failed()) break;
    if (flags.strict && (c.skipped > 0 || !(*reader)->status().ok())) {
      t.strict_stop = true;
      printer->Error("--strict: stopped at the first malformed input");
      break;
    }
  }
  return t;
}

void PrintSummary(const char* command, const ReadTotals& r, const TextTotals& s) {
  auto u = [](uint64_t v) { return static_cast<unsigned long long>(v); };
  std::fprintf(stderr,
               "entente %s: %llu file%s (%llu failed), %llu documents read, %llu records skipped, "
               "%llu warnings; %llu sentences, %llu tokens; dropped %llu interface lines and %llu "
               "datelines; removed %llu citation markers and %llu bullets; split %llu glued words; "
               "cut %llu long sentences and %llu long tokens; repaired %llu invalid UTF-8 "
               "sequences\n",
               command, u(r.files), r.files == 1 ? "" : "s", u(r.files_failed), u(r.counts.documents),
               u(r.counts.skipped), u(r.counts.warnings), u(s.sentences), u(s.tokens),
               u(s.interface_lines), u(s.datelines), u(s.citations), u(s.bullets), u(s.glued_words),
               u(s.capped), u(s.long_tokens), u(r.counts.repaired_utf8 + s.repaired_utf8));
}

int ExitStatus(const InputFlags& flags, const ReadTotals& read, const OrderedRunner& runner) {
  if (runner.output_failed()) {
    std::fprintf(stderr, "entente: error: could not write the output\n");
    return 1;
  }
  if (read.counts.documents == 0) {
    std::fprintf(stderr, "entente: error: no documents could be read\n");
    return 1;
  }
  if (flags.strict && (read.strict_stop || read.counts.skipped > 0 || read.files_failed > 0)) return 1;
  return 0;
}

}  // namespace entente::cli
