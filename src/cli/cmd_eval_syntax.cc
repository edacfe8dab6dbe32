// entente eval-syntax: tagging, lemmatisation and parsing accuracy against UD treebanks.
#include <cstdio>
#include <string>
#include <vector>

#include "base/json.h"
#include "cli/commands.h"
#include "eval/syntax_eval.h"
#include "treebank/conllu.h"

namespace entente::cli {

namespace {

using treebank::ConlluSentence;
using treebank::ConlluWord;

struct EvalSyntaxFlags {
  std::vector<std::string> files;
  std::vector<std::string> system;
  std::string model;
  std::string data_dir;
  bool raw = false;
  bool json = false;
  bool relations = false;
  unsigned threads = 1;
  double min_upos = 0.0, min_uas = 0.0, min_las = 0.0;
};

const std::string& Name(const std::vector<std::string>& names, uint8_t id) {
  static const std::string kNone = "_";
  return id < names.size() ? names[id] : kNone;
}

// The system's analysis of words [0, n) as CoNLL-U words (forms from `form(i)`).
template <typename FormFn>
void ToConllu(const SyntaxAnalysis& syntax, size_t first, size_t n, const SyntaxTags& tags,
              FormFn form, ConlluSentence* out) {
  out->words.clear();
  for (size_t i = 0; i < n; ++i) {
    const Word& w = syntax.words[first + i];
    ConlluWord& c = out->words.emplace_back();
    c.index = static_cast<int>(i + 1);
    c.form = form(i);
    c.lemma = syntax.Lemma(w);
    c.upos = Name(tags.upos, w.upos);
    c.xpos = Name(tags.xpos, w.xpos);
    c.head = w.head < 0 ? 0 : w.head + 1;
    c.deprel = Name(tags.deprel, w.deprel);
  }
}

void PrintHeader(bool raw) {
  std::printf("%-28s %9s %7s", "treebank", "sentences", "words");
  if (raw) std::printf(" %8s %8s", "words F1", "sents F1");
  std::printf(" %7s %7s %7s %7s %7s %7s %7s\n", "UPOS", "XPOS", "lemma", "UAS", "LAS", "LAS:sub",
              "skipped");
}

void PrintRow(const eval::SyntaxScore& s, bool raw, bool relations) {
  std::printf("%-28s %9llu %7llu", s.name.c_str(), static_cast<unsigned long long>(s.sentences),
              static_cast<unsigned long long>(s.gold_words));
  if (raw) std::printf(" %8.4f %8.4f", s.words_f1(), s.sentences_f1());
  std::printf(" %7.4f %7.4f %7.4f %7.4f %7.4f %7.4f %7llu\n", s.upos_f1(), s.xpos_f1(),
              s.lemma_f1(), s.uas_f1(), s.las_f1(), s.las_subtypes_f1(),
              static_cast<unsigned long long>(s.skipped));
  if (!relations) return;
  for (const auto& [rel, c] : s.relations) {
    std::printf("  %-14s gold %6llu  system %6llu  correct %6llu  LAS F1 %.4f\n", rel.c_str(),
                static_cast<unsigned long long>(c.gold), static_cast<unsigned long long>(c.system),
                static_cast<unsigned long long>(c.correct),
                eval::SyntaxScore::F1(c.correct, c.gold, c.system));
  }
}

void PrintJson(const eval::SyntaxScore& s, bool raw, bool relations) {
  std::string line = "{\"treebank\":";
  base::AppendJsonString(&line, s.name);
  char buf[512];
  auto u = [](uint64_t v) { return static_cast<unsigned long long>(v); };
  std::snprintf(buf, sizeof buf,
                ",\"mode\":\"%s\",\"sentences\":%llu,\"skipped\":%llu,\"gold_words\":%llu,"
                "\"system_words\":%llu,\"words_f1\":%.4f,\"sentences_f1\":%.4f,\"upos\":%.4f,"
                "\"xpos\":%.4f,\"lemma\":%.4f,\"uas\":%.4f,\"las\":%.4f,\"las_subtypes\":%.4f",
                raw ? "raw" : "gold", u(s.sentences), u(s.skipped), u(s.gold_words),
                u(s.system_words), s.words_f1(), s.sentences_f1(), s.upos_f1(), s.xpos_f1(),
                s.lemma_f1(), s.uas_f1(), s.las_f1(), s.las_subtypes_f1());
  line += buf;
  if (relations) {
    line += ",\"relations\":{";
    bool first = true;
    for (const auto& [rel, c] : s.relations) {
      if (!first) line += ',';
      first = false;
      base::AppendJsonString(&line, rel);
      std::snprintf(buf, sizeof buf,
                    ":{\"gold\":%llu,\"system\":%llu,\"correct\":%llu,\"f1\":%.4f}", u(c.gold),
                    u(c.system), u(c.correct), eval::SyntaxScore::F1(c.correct, c.gold, c.system));
      line += buf;
    }
    line += '}';
  }
  std::printf("%s}\n", line.c_str());
}

}  // namespace

CLI::App* AddEvalSyntaxCommand(CLI::App* app, std::function<int()>* run) {
  static EvalSyntaxFlags storage;
  EvalSyntaxFlags* flags = &storage;
  CLI::App* cmd = app->add_subcommand(
      "eval-syntax",
      "Score tagging, lemmatisation and parsing against CoNLL-U treebanks, as the CoNLL 2018 "
      "scorer does: the words of each gold file are re-tagged and re-parsed (as 'entente parse "
      "--input conllu' does) and compared word by word, punctuation included; prints UPOS, XPOS, "
      "lemma accuracy, UAS, LAS (universal relations: nsubj:pass = nsubj) and LAS with subtypes "
      "per file. --raw parses the text instead (rebuilt from the '# text' lines, as eval-segment "
      "does) and aligns our words with the gold words by their character ranges (CoNLL 2018 F1). "
      "Sentences whose word count differs are reported as file:line and skipped.");
  cmd->add_option("files", flags->files,
                  "Gold CoNLL-U files (e.g. ../shared/data/ud/en_ewt-ud-test.conllu)")
      ->required();
  cmd->add_option("--model", flags->model,
                  "The syntax model (default: <data dir>/models/en_syntax.model)");
  cmd->add_option("--data-dir", flags->data_dir, "entente's data directory");
  cmd->add_flag(
      "--raw", flags->raw,
      "Raw-text mode: our own sentence splitting and tokenisation; words F1 and sentences "
      "F1 are reported, and tag and arc scores are F1 over aligned words");
  cmd->add_option(
         "--system", flags->system,
         "Score this CoNLL-U file (e.g. another parser's output, same words as the gold "
         "file) instead of parsing; once per gold file, in the same order. No model needed")
      ->excludes("--raw")
      ->expected(1)
      ->allow_extra_args(false)  // one value per --system: the names after it stay gold files
      ->take_all();
  cmd->add_flag("--json", flags->json, "Print one JSON object per file instead of a table");
  cmd->add_flag("--relations", flags->relations,
                "Also print gold, system and correct counts and LAS F1 per universal relation");
  cmd->add_option("--threads,-j", flags->threads, "Sentences parsed in parallel (not with --raw)")
      ->capture_default_str()
      ->check(CLI::Range(1u, 256u));
  cmd->add_option("--min-upos", flags->min_upos,
                  "Exit with status 1 when a file's UPOS score (0-1) is below this (for tests)")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--min-uas", flags->min_uas, "Likewise for UAS")->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--min-las", flags->min_las, "Likewise for LAS")->check(CLI::Range(0.0, 1.0));
  *run = [flags]() -> int {
    if (!flags->system.empty() && flags->system.size() != flags->files.size()) {
      std::fprintf(stderr, "entente: error: %zu --system files for %zu gold files\n",
                   flags->system.size(), flags->files.size());
      return 2;
    }
    std::unique_ptr<Pipeline> pipeline;
    if (flags->system.empty()) {
      PipelineOptions options;
      options.data_dir = flags->data_dir;
      auto loaded = LoadParsingPipeline(options, flags->model);
      if (!loaded.ok()) {
        std::fprintf(stderr, "entente: error: %s\n", loaded.status().ToString().c_str());
        return 1;
      }
      pipeline = std::move(*loaded);
    }
    auto warn = [](const std::string& m) { std::fprintf(stderr, "%s\n", m.c_str()); };

    // Gold tokenisation: each batch of gold sentences is parsed in parallel.
    auto parse_batch = [&](std::span<const ConlluSentence> gold,
                           std::vector<ConlluSentence>* system) {
      system->resize(gold.size());
      ParallelFor(gold.size(), flags->threads, [&](size_t i) {
        thread_local TextAnalysis text;
        thread_local SyntaxAnalysis syntax;
        ParseGoldWords(*pipeline, gold[i], &text, &syntax);
        std::vector<const std::string*> forms;
        for (const ConlluWord& w : gold[i].words) {
          if (w.kind == ConlluWord::Kind::kWord) forms.push_back(&w.form);
        }
        ToConllu(
            syntax, 0, forms.size(), pipeline->syntax_tags(), [&](size_t k) { return *forms[k]; },
            &(*system)[i]);
      });
    };
    // Raw text: the whole pipeline on the rebuilt document.
    auto analyze = [&](const Document& doc, std::vector<eval::PlacedSentence>* system) {
      TextAnalysis text;
      SyntaxAnalysis syntax;
      pipeline->AnalyzeText(doc, &text);
      pipeline->AnalyzeSyntax(text, &syntax);
      for (const Sentence& s : text.sentences) {
        if (!s.analysed() || s.token_begin == s.token_end) continue;
        eval::PlacedSentence& p = system->emplace_back();
        ToConllu(
            syntax, s.token_begin, s.token_end - s.token_begin, pipeline->syntax_tags(),
            [&](size_t k) {
              const Span& span = text.tokens[s.token_begin + k].span;
              return doc.text.substr(span.begin, span.size());
            },
            &p.sentence);
        for (uint32_t t = s.token_begin; t < s.token_end; ++t)
          p.spans.push_back(text.tokens[t].span);
      }
    };

    int status = 0;
    if (!flags->json) PrintHeader(flags->raw);
    for (size_t f = 0; f < flags->files.size(); ++f) {
      const std::string& path = flags->files[f];
      StatusOr<eval::SyntaxScore> score =
          !flags->system.empty() ? eval::EvaluateSyntaxFiles(path, flags->system[f], warn)
          : flags->raw           ? eval::EvaluateRawText(path, analyze, warn)
                                 : eval::EvaluateGoldTokens(path, parse_batch, warn);
      if (!score.ok()) {
        std::fprintf(stderr, "entente: error: %s\n", score.status().ToString().c_str());
        status = 1;
        continue;
      }
      if (flags->json) {
        PrintJson(*score, flags->raw, flags->relations);
      } else {
        PrintRow(*score, flags->raw, flags->relations);
      }
      std::fflush(stdout);
      const struct {
        const char *what, *flag;
        double value, min;
      } checks[] = {{"UPOS", "upos", score->upos_f1(), flags->min_upos},
                    {"UAS", "uas", score->uas_f1(), flags->min_uas},
                    {"LAS", "las", score->las_f1(), flags->min_las}};
      for (const auto& c : checks) {
        if (c.value < c.min) {
          std::fprintf(stderr, "entente: %s: %s %.4f is below --min-%s %.4f\n", score->name.c_str(),
                       c.what, c.value, c.flag, c.min);
          status = 1;
        }
      }
    }
    return status;
  };
  return cmd;
}

}  // namespace entente::cli
