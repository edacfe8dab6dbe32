// entente eval-events: scores the coder against hand-coded gold sentences (docs/EVALUATION.md).
// Every gold sentence is found again in its corpus by document id and byte offset, checked by its
// hash, coded in its document with the document's date (or the gold or --date-override date), and
// its events matched one-to-one to the gold events; `--list` prints a corpus as gold-line
// skeletons for annotators.
#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/data_dir.h"
#include "base/date.h"
#include "base/json.h"
#include "cli/coding_engine.h"
#include "cli/commands.h"
#include "eval/event_corpora.h"
#include "eval/event_gold.h"
#include "eval/event_score.h"

#ifndef ENTENTE_DEFAULT_SHARED_DIR
#define ENTENTE_DEFAULT_SHARED_DIR "../shared/data"
#endif

namespace entente::cli {

namespace {

struct EvalEventsFlags {
  std::vector<std::string> gold;
  std::string list;
  std::string shared;
  bool json = false;
  bool failures = false;
  bool strict = false;
  bool negated = false;
  std::vector<std::string> date_overrides;
  std::string data_dir;
  CodingFlags coding;
};

// Messages about gold lines (not found, hash differs, bad lines) are printed up to this many;
// the rest are counted in the summary.
constexpr size_t kMessageLimit = 100;

bool IsDir(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string SharedDir(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("ENTENTE_SHARED"); env != nullptr && *env != '\0') return env;
  return ENTENTE_DEFAULT_SHARED_DIR;
}

// The sentence as one line (for notes and listings): tabs and line breaks become blanks.
std::string OneLine(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

// --date-override [KEY=]YYYY-MM-DD. KEY: a document id, a corpus as the gold file writes it
// ("ud:en_ewt-ud-test.conllu"), or a corpus kind (reuters21578, ungdc, ud, jsonl); none: all.
struct DateOverrides {
  std::map<std::string, std::string> by_key;
  std::string all;

  // The most specific override for a sentence: document, corpus, kind, then all; "" when none.
  std::string For(const eval::GoldSentence& s) const {
    const char* kind = "";
    switch (s.corpus.kind) {
      case eval::GoldCorpusKind::kReuters: kind = "reuters21578"; break;
      case eval::GoldCorpusKind::kUngdc: kind = "ungdc"; break;
      case eval::GoldCorpusKind::kUd: kind = "ud"; break;
      case eval::GoldCorpusKind::kJsonl: kind = "jsonl"; break;
    }
    for (const std::string* key : {&s.doc, &s.corpus_spec}) {
      if (auto it = by_key.find(*key); it != by_key.end()) return it->second;
    }
    if (auto it = by_key.find(kind); it != by_key.end()) return it->second;
    return all;
  }
};

StatusOr<DateOverrides> ParseDateOverrides(const std::vector<std::string>& values) {
  DateOverrides o;
  for (const std::string& v : values) {
    const size_t eq = v.rfind('=');
    const std::string key = eq == std::string::npos ? "" : v.substr(0, eq);
    const std::string date_text = eq == std::string::npos ? v : v.substr(eq + 1);
    auto date = base::ParseDate(date_text);
    if (!date.ok()) {
      return InvalidArgumentError("--date-override " + v + ": " + date.status().message());
    }
    if (key.empty()) {
      o.all = date->ToIso();
    } else {
      o.by_key[key] = date->ToIso();
    }
  }
  return o;
}

// What happened to one gold sentence.
struct SentenceResult {
  enum class State : uint8_t { kPending, kNotFound, kHashMismatch, kScored };
  State state = State::kPending;
  std::string problem;  // kNotFound, kHashMismatch: why
  std::string text;     // the sentence as found
  std::string date;     // the date it was coded with
  std::string segment;  // "" for a coded sentence, else the segment kind ("dateline")
  std::vector<eval::CodedEvent> produced;
  eval::SentenceScore score;
};

std::string JoinEvents(const std::vector<eval::CodedEvent>& events,
                       const std::vector<size_t>* only = nullptr) {
  std::string out;
  auto add = [&](const eval::CodedEvent& e) {
    if (!out.empty()) out += ' ';
    out += e.ToString();
  };
  if (only != nullptr) {
    for (size_t i : *only) add(events[i]);
  } else {
    for (const eval::CodedEvent& e : events) add(e);
  }
  return out.empty() ? "-" : out;
}

// `entente eval-events --list CORPUS`.
int RunList(const EvalEventsFlags& flags) {
  auto corpus = eval::ParseGoldCorpus(flags.list, "");
  if (!corpus.ok()) {
    std::fprintf(stderr, "entente: error: --list: %s\n", corpus.status().ToString().c_str());
    return 1;
  }
  PipelineOptions popts;
  popts.data_dir = flags.data_dir;
  auto pipeline = Pipeline::Load(popts);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "entente: error: %s\n", pipeline.status().ToString().c_str());
    return 1;
  }
  std::vector<std::string> problems;
  const std::string shared = SharedDir(flags.shared);
  auto docs = eval::LoadCorpusDocuments(*corpus, shared, {}, &problems);
  for (const std::string& p : problems) std::fprintf(stderr, "%s\n", p.c_str());
  if (!docs.ok()) {
    std::fprintf(stderr, "entente: error: %s: %s (set --shared DIR or $ENTENTE_SHARED)\n",
                 flags.list.c_str(), docs.status().ToString().c_str());
    return 1;
  }
  std::printf("entente-event-gold 1\n");
  std::printf("# Every sentence of %s as a gold line: fill in the events column (between the date "
              "and the #), - for none; docs/EVALUATION.md.\n",
              flags.list.c_str());
  std::printf("# corpus\tdoc\toffset\thash\tdate\tevents\tnote\n");
  TextAnalysis text;
  size_t lines = 0;
  auto print = [&](const Document& doc, size_t begin, std::string_view sentence) {
    std::printf("%s\t%s\t%zu\t%s\t-\t\t# %s\n", flags.list.c_str(), doc.id.c_str(), begin,
                eval::FormatHash(eval::Fnv1a64(sentence)).c_str(), OneLine(sentence).c_str());
    ++lines;
  };
  for (const Document& doc : *docs) {
    if (eval::IsSentenceCorpus(*corpus)) {
      print(doc, 0, doc.text);
      continue;
    }
    (*pipeline)->AnalyzeText(doc, &text);
    for (const Sentence& s : text.sentences) {
      if (!s.analysed()) continue;
      print(doc, s.span.begin, std::string_view(doc.text).substr(s.span.begin, s.span.size()));
    }
  }
  std::fprintf(stderr, "entente eval-events --list: %zu documents, %zu sentences\n", docs->size(),
               lines);
  return 0;
}

// Finds gold sentence `g` in `doc` (analysed into `text`), checks its hash and fills r's state,
// text and segment. Returns the index of its segment in text.sentences, or -1 when not scored.
int64_t Locate(const eval::GoldSentence& g, const Document& doc, const TextAnalysis& text,
               SentenceResult* r) {
  std::string_view sentence;
  int64_t index = -1;
  if (eval::IsSentenceCorpus(g.corpus)) {
    sentence = doc.text;
  } else {
    size_t before = 0, after = 0;
    bool has_before = false, has_after = false;
    for (size_t i = 0; i < text.sentences.size(); ++i) {
      const Span& span = text.sentences[i].span;
      if (span.begin == g.offset) {
        index = static_cast<int64_t>(i);
        break;
      }
      if (span.begin < g.offset) {
        before = span.begin;
        has_before = true;
      } else if (!has_after) {
        after = span.begin;
        has_after = true;
      }
    }
    if (index < 0) {
      r->state = SentenceResult::State::kNotFound;
      r->problem = "no sentence of " + g.doc + " starts at byte " + std::to_string(g.offset) +
                   " (the nearest start at " + (has_before ? std::to_string(before) : "-") +
                   " and " + (has_after ? std::to_string(after) : "-") + ")";
      return -1;
    }
    const Sentence& s = text.sentences[static_cast<size_t>(index)];
    sentence = std::string_view(doc.text).substr(s.span.begin, s.span.size());
    if (!s.analysed()) r->segment = SegmentKindName(s.kind);
  }
  r->text = OneLine(sentence);
  const uint64_t hash = eval::Fnv1a64(sentence);
  if (hash != g.hash) {
    r->state = SentenceResult::State::kHashMismatch;
    std::string shown = r->text.substr(0, 100);
    if (r->text.size() > 100) shown += "...";
    r->problem = g.doc + " @" + std::to_string(g.offset) + ": the sentence has hash " +
                 eval::FormatHash(hash) + ", not " + eval::FormatHash(g.hash) +
                 " (it changed since it was annotated; it reads now: \"" + shown + "\")";
    return -1;
  }
  return eval::IsSentenceCorpus(g.corpus) ? 0 : index;
}

// Reads each corpus the gold sentences name once, keeping only the documents they name: corpus
// key -> document id -> document (the first of an id, should a corpus repeat one). A corpus that
// cannot be read is reported; its sentences are then not found.
using DocumentIndex = std::map<std::string, std::unordered_map<std::string, Document>>;
DocumentIndex LoadGoldDocuments(const std::vector<const eval::GoldSentence*>& gold,
                                const std::string& shared,
                                const std::function<void(const std::string&)>& message) {
  struct Wanted {
    eval::GoldCorpus corpus;
    std::string spec;
    std::set<std::string, std::less<>> ids;
  };
  std::map<std::string, Wanted> corpora;
  for (const eval::GoldSentence* s : gold) {
    Wanted& w = corpora[s->corpus.Key()];
    w.corpus = s->corpus;
    w.spec = s->corpus_spec;
    w.ids.insert(s->doc);
  }
  DocumentIndex documents;
  for (const auto& [key, w] : corpora) {
    std::vector<std::string> problems;
    auto docs = eval::LoadCorpusDocuments(
        w.corpus, shared, [&w](std::string_view id) { return w.ids.count(id) > 0; }, &problems);
    for (const std::string& p : problems) message(p);
    auto& by_id = documents[key];
    if (!docs.ok()) {
      std::fprintf(stderr, "entente: error: corpus %s: %s%s\n", w.spec.c_str(),
                   docs.status().ToString().c_str(),
                   w.corpus.kind == eval::GoldCorpusKind::kJsonl
                       ? ""
                       : " (the shared data: --shared DIR or $ENTENTE_SHARED)");
      continue;
    }
    for (Document& d : *docs) by_id.emplace(d.id, std::move(d));
  }
  return documents;
}

// A sentence of --failures: where, what it says, and the events on both sides.
void PrintFailure(const eval::GoldSentence& g, const SentenceResult& r) {
  std::printf("%s: %s @%llu: %zu missing, %zu extra%s\n", g.Where().c_str(), g.doc.c_str(),
              static_cast<unsigned long long>(g.offset), r.score.missing.size(),
              r.score.extra.size(),
              r.segment.empty() ? "" : (" (not coded: a " + r.segment + " segment)").c_str());
  std::printf("  text:     %s\n", r.text.c_str());
  std::printf("  date:     %s\n", r.date.empty() ? "(none)" : r.date.c_str());
  std::printf("  gold:     %s\n", JoinEvents(g.events).c_str());
  std::printf("  produced: %s\n", JoinEvents(r.produced).c_str());
  if (!r.score.missing.empty()) {
    std::printf("  missing:  %s\n", JoinEvents(g.events, &r.score.missing).c_str());
  }
  if (!r.score.extra.empty()) {
    std::printf("  extra:    %s\n", JoinEvents(r.produced, &r.score.extra).c_str());
  }
}

int Run(const EvalEventsFlags& flags) {
  if (!flags.list.empty()) return RunList(flags);
  if (flags.gold.empty()) {
    std::fprintf(stderr, "entente: error: eval-events needs GOLD files (or --list CORPUS)\n");
    return 1;
  }
  auto overrides = ParseDateOverrides(flags.date_overrides);
  if (!overrides.ok()) {
    std::fprintf(stderr, "entente: error: %s\n", overrides.status().ToString().c_str());
    return 1;
  }
  // Everything cheap comes first (dictionary folder, gold files, documents), so that a mistake
  // is reported before the syntax model and the dictionary are loaded.
  auto data_dir = base::ResolveDataDir(flags.data_dir);
  if (!data_dir.ok()) {
    std::fprintf(stderr, "entente: error: %s\n", data_dir.status().ToString().c_str());
    return 1;
  }
  CodingFlags coding = flags.coding;
  if (coding.dict.empty()) {
    // Checked here, not only by LoadCodingEngine, to say so before the slow model load.
    coding.dict = *data_dir + "/" + kDefaultDictionaries;
    if (!IsDir(coding.dict)) {
      std::fprintf(stderr,
                   "entente: error: the default dictionaries %s are missing; pass --dict SPEC, "
                   "e.g. --dict phoenix:../shared/data/petrarch2 (docs/DICTIONARIES.md)\n",
                   coding.dict.c_str());
      return 1;
    }
  }
  auto tables = coding::CodeTables::Load(*data_dir);
  if (!tables.ok()) {
    std::fprintf(stderr, "entente: error: %s\n", tables.status().ToString().c_str());
    return 1;
  }
  eval::GoldReadOptions gopts;
  gopts.known_code = [&tables](std::string_view code) { return (*tables)->IsKnown(code); };
  // The default dictionaries code only actors of the tables; a dictionary given with --dict may
  // define its own (the example dictionary's fictional ZND), so the check is theirs alone.
  if (flags.coding.dict.empty()) {
    gopts.known_actor_start = [&tables](std::string_view first3) {
      return (*tables)->CountryName(first3).known() || (*tables)->ActorTypeName(first3).known() ||
             first3 == "NGO" || first3 == "MNC";
    };
  }

  eval::EventScorer scorer;
  size_t messages = 0;
  auto message = [&messages](const std::string& m) {
    if (messages++ < kMessageLimit) std::fprintf(stderr, "%s\n", m.c_str());
  };
  bool file_failed = false;
  std::vector<eval::GoldFile> files;
  for (const std::string& path : flags.gold) {
    auto f = eval::ReadEventGold(path, gopts);
    if (!f.ok()) {
      std::fprintf(stderr, "entente: error: %s\n", f.status().ToString().c_str());
      file_failed = true;
      continue;
    }
    scorer.CountFile();
    for (const std::string& e : f->errors) message(e);
    scorer.CountBadLines(f->errors.size());
    files.push_back(std::move(*f));
  }
  std::vector<const eval::GoldSentence*> gold;
  for (const eval::GoldFile& f : files) {
    for (const eval::GoldSentence& s : f.sentences) gold.push_back(&s);
  }
  if (gold.empty()) {
    std::fprintf(stderr, "entente eval-events: no gold sentence to score\n");
    return 1;
  }
  std::vector<SentenceResult> results(gold.size());

  // corpus key -> document id -> document.
  auto documents = LoadGoldDocuments(gold, SharedDir(flags.shared), message);

  // Gold sentences by document, in gold order.
  std::map<std::pair<std::string, std::string>, std::vector<size_t>> by_doc;
  for (size_t i = 0; i < gold.size(); ++i) {
    const eval::GoldSentence& g = *gold[i];
    const auto& by_id = documents[g.corpus.Key()];
    if (by_id.find(g.doc) == by_id.end()) {
      results[i].state = SentenceResult::State::kNotFound;
      results[i].problem = "no document " + g.doc + " in corpus " + g.corpus_spec;
      continue;
    }
    by_doc[{g.corpus.Key(), g.doc}].push_back(i);
  }

  StatusOr<CodingEngine> engine = InvalidArgumentError("not loaded");
  if (!by_doc.empty()) {
    PipelineOptions popts;
    popts.data_dir = flags.data_dir;
    engine = LoadCodingEngine(popts, coding);
    if (!engine.ok()) {
      std::fprintf(stderr, "entente: error: %s\n", engine.status().ToString().c_str());
      return 1;
    }
  }
  // Only used when some document was found (then the engine is loaded).
  const Pipeline* p = engine.ok() ? engine->pipeline.get() : nullptr;
  TextAnalysis text;
  SyntaxAnalysis syntax;
  coding::CodingScratch scratch;
  std::vector<uint8_t> names;
  std::vector<uint8_t> codable;  // sentences that can give an event (Coder::SentencesToParse)
  std::vector<Event> events;
  std::vector<SentenceNote> notes;
  for (const auto& [doc_key, indices] : by_doc) {
    Document doc = documents[doc_key.first].at(doc_key.second);
    const std::string own_date = doc.date;
    p->AnalyzeText(doc, &text);
    // Sentence index in the text -> gold sentences, grouped by the date they are coded with.
    std::map<std::string, std::vector<std::pair<size_t, int64_t>>> by_date;
    for (size_t i : indices) {
      const eval::GoldSentence& g = *gold[i];
      SentenceResult& r = results[i];
      const int64_t index = Locate(g, doc, text, &r);
      if (index < 0) continue;
      std::string date = overrides->For(g);
      if (date.empty()) date = g.date;
      if (date.empty()) date = own_date;
      r.date = date;
      by_date[date].emplace_back(i, index);
    }
    if (by_date.empty()) continue;
    // The whole document is coded, as `entente code` would code it (a story discard anywhere in
    // it counts), once per date in use (usually one).
    engine->coder->MarkNames(text, &scratch, &names);
    engine->coder->SentencesToParse(text, &scratch, &codable);
    p->AnalyzeSyntax(text, names, &syntax, &codable);
    for (const auto& [date, members] : by_date) {
      doc.date = date;
      events.clear();
      notes.clear();
      engine->coder->Code(doc, text, syntax, engine->lexicon->dictionary().options, &scratch,
                          &events, &notes);
      for (const auto& [i, index] : members) {
        SentenceResult& r = results[i];
        for (const Event& e : events) {
          if (e.negated && !flags.negated) continue;
          // A ud document is one gold sentence, however the splitter divided it.
          if (!eval::IsSentenceCorpus(gold[i]->corpus) &&
              e.sentence != static_cast<uint32_t>(index)) {
            continue;
          }
          r.produced.push_back({e.source.code, e.target.code, e.code});
        }
        r.state = SentenceResult::State::kScored;
      }
    }
  }

  // Report in gold order: problems on stderr, failures (--failures) on stdout.
  size_t unscored = 0;
  for (size_t i = 0; i < gold.size(); ++i) {
    const eval::GoldSentence& g = *gold[i];
    SentenceResult& r = results[i];
    if (r.state == SentenceResult::State::kNotFound) {
      scorer.CountNotFound();
      ++unscored;
      message(g.Where() + ": not found: " + r.problem);
      continue;
    }
    if (r.state == SentenceResult::State::kHashMismatch) {
      scorer.CountHashMismatch();
      ++unscored;
      message(g.Where() + ": hash differs: " + r.problem);
      continue;
    }
    if (r.state != SentenceResult::State::kScored) continue;  // not reached: found or not
    r.score = eval::ScoreSentence(g.events, r.produced);
    scorer.Add(r.score);
    if (flags.failures && !flags.json && !r.score.exact()) PrintFailure(g, r);
  }
  if (messages > kMessageLimit) {
    std::fprintf(stderr, "entente eval-events: %zu more messages not shown (counted below)\n",
                 messages - kMessageLimit);
  }
  if (flags.json) {
    std::printf("%s\n", scorer.SummaryJson().c_str());
  } else {
    std::printf("%s", scorer.SummaryText().c_str());
  }
  if (file_failed) return 1;
  if (scorer.sentences() == 0) {
    std::fprintf(stderr, "entente eval-events: no gold sentence could be scored\n");
    return 1;
  }
  if (flags.strict && (unscored > 0 || scorer.bad_lines() > 0)) {
    std::fprintf(stderr, "entente eval-events: --strict: %zu gold line%s not scored\n",
                 unscored + scorer.bad_lines(), unscored + scorer.bad_lines() == 1 ? "" : "s");
    return 1;
  }
  return 0;
}

}  // namespace

CLI::App* AddEvalEventsCommand(CLI::App* app, std::function<int()>* run) {
  static EvalEventsFlags storage;
  EvalEventsFlags* flags = &storage;
  CLI::App* cmd = app->add_subcommand(
      "eval-events",
      "Score the coder against hand-coded gold files (format: docs/EVALUATION.md). Each gold "
      "sentence is found again in its corpus (Reuters-21578, the UN General Debates, a UD "
      "treebank or a JSONL file) by document id and byte offset and checked by its hash; a "
      "sentence that is not found or has changed is reported with its file:line and not scored. "
      "Each document is coded whole with its own date (Reuters <DATE>, UN session year, "
      "JSONL \"date\"), the gold line's date, or --date-override; the events of each gold "
      "sentence are matched one-to-one to its gold events. Prints precision, recall and F1 at "
      "the root level (same dyad and root), the full-code level (same dyad and code) and for the "
      "code alone, and the share of produced events whose dyad is right. The dyad is the primary "
      "actor of source and target (3 letters; 6 for IGO, NGO, IMG, MNC). Negated events are not "
      "counted as produced unless --negated.");
  cmd->add_option("gold", flags->gold, "Gold files (entente-event-gold 1)");
  cmd->add_option("--list", flags->list,
                  "Print every sentence of a corpus as a gold-line skeleton (corpus, doc, offset, "
                  "hash, date -, empty events, then '# ' and the sentence text) for annotators: "
                  "reuters21578, ungdc, ud:FILE (in <shared>/ud) or jsonl:PATH");
  cmd->add_option("--shared", flags->shared,
                  "The shared data folder holding news/ and ud/ (default: $ENTENTE_SHARED, else "
                  "../shared/data beside the source tree: " ENTENTE_DEFAULT_SHARED_DIR ")");
  cmd->add_flag("--json", flags->json,
                "Print only a JSON summary: {\"files\", \"sentences\", \"not_found\", "
                "\"hash_mismatch\", \"bad_lines\", \"gold_events\", \"produced_events\", "
                "\"exact_sentences\", \"root\", \"full\", \"code_only\" (each {\"matched\", "
                "\"precision\", \"recall\", \"f1\"}), \"dyad\" {\"correct\", \"ratio\"}}");
  cmd->add_flag("--failures", flags->failures,
                "Before the summary, list every sentence with missing or extra events (at the "
                "full-code level): its text, date, gold and produced events");
  cmd->add_option("--date-override", flags->date_overrides,
                  "[KEY=]YYYY-MM-DD: code with this date instead of the gold line's or the "
                  "document's. KEY is a document id, a corpus as the gold file writes it, or a "
                  "corpus kind (reuters21578, ungdc, ud, jsonl); without KEY, every sentence. "
                  "Repeatable; the most specific KEY wins")
      ->allow_extra_args(false);  // one date per flag: `--date-override D gold.tsv` keeps the file
  cmd->add_flag("--negated", flags->negated,
                "Count negated events (\"did not attack\") as produced events");
  cmd->add_flag("--strict", flags->strict,
                "Exit with status 1 when any gold line is bad, not found or has changed");
  cmd->add_option("--data-dir", flags->data_dir,
                  "Where data/ is (default: $ENTENTE_DATA or the source tree's data/)");
  AddCodingFlags(cmd, &flags->coding);
  *run = [flags]() { return Run(*flags); };
  return cmd;
}

}  // namespace entente::cli
