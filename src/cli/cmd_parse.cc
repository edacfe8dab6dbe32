// entente parse: documents in, CoNLL-U out (tags, lemmas and dependency trees).
#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "base/data_dir.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "output/conllu_writer.h"
#include "syntax/syntax_model.h"
#include "text/normalizer.h"
#include "text/offset_map.h"
#include "treebank/conllu.h"

namespace entente::cli {

namespace {

using treebank::ConlluSentence;
using treebank::ConlluWord;

struct ParseFlags {
  InputFlags input;
  std::string model;
};

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsConlluName(std::string_view path) {
  return EndsWith(path, ".conllu") || EndsWith(path, ".conllu.gz");
}

bool SpaceAfterNo(std::string_view misc) {
  while (!misc.empty()) {
    const size_t bar = misc.find('|');
    if (misc.substr(0, bar) == "SpaceAfter=No") return true;
    if (bar == std::string_view::npos) break;
    misc.remove_prefix(bar + 1);
  }
  return false;
}

// The comments kept from an input sentence: those that identify and place it. The others (GUM's
// "# meta::…", "# global.Entity", …) describe the gold annotation, which the output replaces.
bool KeptComment(std::string_view c) {
  for (std::string_view key : {"sent_id", "text", "newdoc", "newpar"}) {
    if (c.substr(0, key.size()) == key &&
        (c.size() == key.size() || c[key.size()] == ' ' || c[key.size()] == '=')) {
      return true;
    }
  }
  return false;
}

// Writes a re-parsed CoNLL-U sentence: its identifying comments, multiword token lines and FORMs
// as they were (so that scorers line it up with the gold file), our LEMMA, UPOS, XPOS, HEAD and
// DEPREL. Empty nodes are dropped: the parser does not produce them.
void AppendReparsed(const ConlluSentence& s, const SyntaxAnalysis& syntax, const SyntaxTags& tags,
                    std::string* out) {
  thread_local std::vector<std::string> comments;
  thread_local std::vector<std::string_view> forms;
  thread_local std::vector<uint8_t> space_after;
  thread_local std::vector<output::ConlluRange> ranges;
  comments.clear();
  forms.clear();
  space_after.clear();
  ranges.clear();
  for (const std::string& c : s.comments) {
    if (KeptComment(c)) comments.push_back(c);
  }
  for (const ConlluWord& w : s.words) {
    if (w.kind == ConlluWord::Kind::kWord) {
      forms.push_back(w.form);
      space_after.push_back(SpaceAfterNo(w.misc) ? 0 : 1);
    } else if (w.kind == ConlluWord::Kind::kRange) {
      ranges.push_back({static_cast<uint32_t>(w.index), static_cast<uint32_t>(w.last), w.form,
                        !SpaceAfterNo(w.misc)});
    }
  }
  output::ConlluSentenceData data;
  data.comments = comments;
  data.forms = forms;
  data.words =
      std::span<const Word>(syntax.words).first(std::min(forms.size(), syntax.words.size()));
  data.lemmas = syntax.lemmas;
  data.tags = &tags;
  data.space_after = space_after;
  data.ranges = ranges;
  output::AppendConlluSentence(data, out);
}

// `entente parse --input conllu`: sentences are read in batches, parsed in parallel and written
// in input order.
int RunConllu(const ParseFlags& flags, const Pipeline& pipeline) {
  std::vector<std::string> files = flags.input.files;
  if (files.empty()) files.push_back("-");
  const unsigned threads = flags.input.threads;
  const size_t batch_size = size_t{256} * threads;
  uint64_t failed = 0, sentences = 0, words = 0, skipped = 0;
  bool output_failed = false, strict_stop = false;
  std::vector<ConlluSentence> batch;
  std::vector<std::string> outputs;
  for (const std::string& path : files) {
    uint64_t messages = 0;
    auto reader = treebank::ConlluReader::Open(path, [&messages, &path](const std::string& m) {
      // The reader's message is "file:line: reason; sentence skipped".
      if (messages < 100) std::fprintf(stderr, "%s\n", m.c_str());
      if (messages == 100) {
        std::fprintf(stderr, "%s: further messages for this input are only counted\n",
                     path.c_str());
      }
      ++messages;
    });
    if (!reader.ok()) {
      ++failed;
      std::fprintf(stderr, "entente: error: %s\n", reader.status().ToString().c_str());
      if (flags.input.strict) {
        strict_stop = true;
        break;
      }
      continue;
    }
    bool more = true;
    while (more && !output_failed) {
      batch.clear();
      while (batch.size() < batch_size) {
        ConlluSentence& s = batch.emplace_back();
        if (!(*reader)->Next(&s)) {
          batch.pop_back();
          more = false;
          break;
        }
        if (flags.input.strict && (*reader)->skipped() > 0) {
          more = false;
          break;
        }
      }
      outputs.assign(batch.size(), std::string());
      ParallelFor(batch.size(), threads, [&](size_t i) {
        thread_local TextAnalysis text;
        thread_local SyntaxAnalysis syntax;
        ParseGoldWords(pipeline, batch[i], &text, &syntax);
        AppendReparsed(batch[i], syntax, pipeline.syntax_tags(), &outputs[i]);
      });
      for (size_t i = 0; i < batch.size(); ++i) {
        ++sentences;
        words += static_cast<uint64_t>(
            std::count_if(batch[i].words.begin(), batch[i].words.end(),
                          [](const ConlluWord& w) { return w.kind == ConlluWord::Kind::kWord; }));
        if (std::fwrite(outputs[i].data(), 1, outputs[i].size(), stdout) != outputs[i].size()) {
          output_failed = true;
          break;
        }
      }
    }
    skipped += (*reader)->skipped();
    if (!(*reader)->status().ok()) {
      ++failed;
      std::fprintf(stderr, "entente: error: %s (stopped reading this input)\n",
                   (*reader)->status().ToString().c_str());
    }
    if (output_failed) break;
    if (flags.input.strict && ((*reader)->skipped() > 0 || !(*reader)->status().ok())) {
      strict_stop = true;
      std::fprintf(stderr, "entente: error: --strict: stopped at the first malformed input\n");
      break;
    }
  }
  std::fflush(stdout);
  if (std::ferror(stdout)) output_failed = true;
  auto u = [](uint64_t v) { return static_cast<unsigned long long>(v); };
  std::fprintf(stderr,
               "entente parse: %llu file%s (%llu failed), %llu sentences, %llu words, %llu "
               "malformed sentences skipped\n",
               u(files.size()), files.size() == 1 ? "" : "s", u(failed), u(sentences), u(words),
               u(skipped));
  if (output_failed) {
    std::fprintf(stderr, "entente: error: could not write the output\n");
    return 1;
  }
  if (sentences == 0) {
    std::fprintf(stderr, "entente: error: no sentences could be read\n");
    return 1;
  }
  if (flags.input.strict && (strict_stop || skipped > 0 || failed > 0)) return 1;
  return 0;
}

}  // namespace

StatusOr<std::unique_ptr<Pipeline>> LoadParsingPipeline(PipelineOptions options,
                                                        const std::string& model) {
  std::string path = model;
  if (path.empty()) {
    ENTENTE_ASSIGN_OR_RETURN(std::string data_dir, base::ResolveDataDir(options.data_dir));
    path = data_dir + "/" + syntax::SyntaxModel::kDefaultFile;
  }
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    return NotFoundError(path +
                         ": no syntax model there. Build one with 'entente train' (it reads the UD "
                         "English treebanks from ../shared/data/ud; see \"Parsing\" in README.md), "
                         "or pass --model FILE");
  }
  options.syntax = true;
  options.syntax_model = path;
  return Pipeline::Load(options);
}

void ParseGoldWords(const Pipeline& pipeline, const ConlluSentence& sentence, TextAnalysis* text,
                    SyntaxAnalysis* syntax) {
  // The model must see each word as the text front end would have given it, so FORMs are folded
  // by the same normaliser (curly quotes -> ASCII, dashes -> "-" / "--", NFC). Words are laid out
  // in TextAnalysis::normalized one after another, as one analysed sentence.
  thread_local std::string folded;
  thread_local text::OffsetMap offsets;
  text->Clear();
  for (const ConlluWord& w : sentence.words) {
    if (w.kind != ConlluWord::Kind::kWord) continue;
    text::Normalize(w.form, &folded, &offsets);
    // A FORM made only of characters the normaliser removes (a zero-width space) keeps its bytes:
    // the model needs a non-empty word.
    const std::string& form = folded.empty() ? w.form : folded;
    Token t;
    t.norm.begin = static_cast<uint32_t>(text->normalized.size());
    text->normalized += form;
    t.norm.end = static_cast<uint32_t>(text->normalized.size());
    t.span = t.norm;
    t.flags = Token::kSpaceAfter;
    text->normalized += ' ';
    text->tokens.push_back(t);
  }
  Sentence s;
  s.span = {0, static_cast<uint32_t>(text->normalized.size())};
  s.token_begin = 0;
  s.token_end = static_cast<uint32_t>(text->tokens.size());
  text->sentences.push_back(s);
  pipeline.AnalyzeSyntax(*text, syntax);
}

void ParallelFor(size_t n, unsigned threads, const std::function<void(size_t)>& fn) {
  if (threads <= 1 || n <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::vector<std::thread> workers;
  const size_t count = std::min<size_t>(threads, n);
  for (size_t t = 0; t < count; ++t) {
    workers.emplace_back([&] {
      for (size_t i = next++; i < n; i = next++) fn(i);
    });
  }
  for (std::thread& w : workers) w.join();
}

CLI::App* AddParseCommand(CLI::App* app, std::function<int()>* run) {
  static ParseFlags storage;  // the command is registered once and runs at most once
  ParseFlags* flags = &storage;
  CLI::App* cmd = app->add_subcommand(
      "parse",
      "Read documents and print them tagged, lemmatised and parsed, in CoNLL-U: per analysed "
      "sentence '# sent_id = DOC-N' and '# text', then ID FORM LEMMA UPOS XPOS _ HEAD DEPREL _ "
      "MISC, with TokenRange=begin:end (byte offsets into the document text) and SpaceAfter=No in "
      "MISC. Interface lines and datelines are not parsed. With --input conllu (the default for "
      ".conllu files) the words of a CoNLL-U file are re-tagged and re-parsed as they are, keeping "
      "its sent_id, text, newdoc and newpar comments and multiword tokens, so that a standard "
      "scorer can compare the output with "
      "it. Needs the syntax model (see --model). A summary with counts goes to stderr.");
  AddInputFlags(cmd, &flags->input);
  cmd->get_option("--input")->description(
      "Input format: auto (from the file name, else the content; .conllu files are read as "
      "CoNLL-U), text (a file is a document), lines (a line is a document), jsonl, html, petrarch "
      "(PETRARCH XML records), tabari (TABARI text records), conllu (re-parse the words of a "
      "CoNLL-U file; malformed sentences are reported as file:line and skipped)");
  cmd->add_option("--model", flags->model,
                  "The syntax model (default: <data dir>/models/en_syntax.model; build one with "
                  "'entente train')");
  *run = [flags]() -> int {
    const std::vector<std::string>& files = flags->input.files;
    const size_t conllu_names =
        static_cast<size_t>(std::count_if(files.begin(), files.end(), IsConlluName));
    bool conllu = flags->input.input == "conllu";
    if (flags->input.input == "auto" && !flags->input.lines && conllu_names > 0) {
      if (conllu_names != files.size()) {
        std::fprintf(
            stderr,
            "entente: error: CoNLL-U files mixed with other inputs: parse them separately, "
            "or name the format with --input\n");
        return 2;
      }
      conllu = true;
    }
    StatusOr<ReaderOptions> reader_options = ReaderOptions();
    if (!conllu) {
      reader_options = MakeReaderOptions(flags->input);
      if (!reader_options.ok()) {
        std::fprintf(stderr, "entente: error: %s\n", reader_options.status().ToString().c_str());
        return 2;
      }
    }
    auto pipeline = LoadParsingPipeline(MakePipelineOptions(flags->input), flags->model);
    if (!pipeline.ok()) {
      std::fprintf(stderr, "entente: error: %s\n", pipeline.status().ToString().c_str());
      return 1;
    }
    const Pipeline& p = **pipeline;
    if (conllu) return RunConllu(*flags, p);

    OrderedRunner runner(
        flags->input.threads,
        [&p](const Document& doc, DocResult* result) {
          thread_local TextAnalysis text;
          thread_local SyntaxAnalysis syntax;
          p.AnalyzeText(doc, &text);
          p.AnalyzeSyntax(text, &syntax);
          result->stats = text.stats;
          output::AppendConlluDocument(doc, text, syntax.words, syntax.lemmas, p.syntax_tags(),
                                       &result->output);
        },
        stdout);
    DiagnosticPrinter printer;
    ReadTotals read = ReadAll(flags->input, *reader_options, &printer, &runner);
    runner.Finish();
    PrintSummary("parse", read, runner.totals());
    return ExitStatus(flags->input, read, runner);
  };
  return cmd;
}

}  // namespace entente::cli
