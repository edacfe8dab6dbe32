// entente explain: every stage's view of one piece of text — sentences, tokens with tags and
// tree, actor mentions, verbs with the patterns tried, and the events (or why there are none).
#include <cstdio>
#include <string>

#include "base/date.h"
#include "cli/coding_engine.h"
#include "cli/commands.h"
#include "cli/common.h"

namespace entente::cli {

namespace {

struct ExplainFlags {
  std::string text;
  std::string date;
  std::string data_dir;
  CodingFlags coding;
};

void PrintEvent(const Document& doc, const Event& e) {
  auto text_of = [&](const Span& s) {
    return s.size() == 0 ? std::string("-") : doc.text.substr(s.begin, s.size());
  };
  std::printf("  event %s %s %s  (%s -> %s; verb \"%s\")%s%s%s\n", e.source.code.c_str(),
              e.target.code.c_str(), e.code.c_str(), text_of(e.source.span).c_str(),
              text_of(e.target.span).c_str(), text_of(e.verb).c_str(),
              e.negated ? " negated" : "",
              e.modality.empty() ? "" : (" modality=" + e.modality).c_str(),
              e.paired ? " paired" : "");
  std::printf("    root %s quad %d goldstein %s plover %s; why: %s (%s)\n", e.root.c_str(), e.quad,
              e.goldstein_known ? std::to_string(e.goldstein).substr(0, 5).c_str() : "unscored",
              e.plover_type.empty() ? "-" : e.plover_type.c_str(), e.pattern.c_str(),
              e.pattern_where.c_str());
}

}  // namespace

CLI::App* AddExplainCommand(CLI::App* app, std::function<int()>* run) {
  static ExplainFlags storage;
  ExplainFlags* flags = &storage;
  CLI::App* cmd = app->add_subcommand(
      "explain",
      "Show how one text is coded: its sentences, tokens with tags and dependency tree, the actor "
      "mentions found (with dictionary file:line), each dictionary verb with its clause and the "
      "pattern that matched, and the events produced, or why none were.");
  cmd->add_option("text", flags->text, "The text to explain")->required();
  cmd->add_option("--date", flags->date,
                  "The document date (YYYY-MM-DD or YYYYMMDD): picks date-restricted actor codes "
                  "(default: none, so only undated codes apply)");
  cmd->add_option("--data-dir", flags->data_dir, "Where data/ is (default: $ENTENTE_DATA or the "
                                                 "source tree's data/)");
  AddCodingFlags(cmd, &flags->coding);
  *run = [flags]() -> int {
    PipelineOptions popts;
    popts.data_dir = flags->data_dir;
    auto engine = LoadCodingEngine(popts, flags->coding);
    if (!engine.ok()) {
      std::fprintf(stderr, "entente: error: %s\n", engine.status().ToString().c_str());
      return 1;
    }
    Document doc;
    doc.id = "explain";
    doc.text = flags->text;
    if (!flags->date.empty()) {
      auto d = base::ParseDate(flags->date);
      if (!d.ok()) {
        std::fprintf(stderr, "entente: error: --date: %s\n", d.status().ToString().c_str());
        return 2;
      }
      doc.date = d->ToIso();
    }
    const Pipeline& p = *engine->pipeline;
    TextAnalysis text;
    SyntaxAnalysis syntax;
    coding::CodingScratch scratch;
    std::vector<uint8_t> names;
    AnalyzeForCoding(*engine, doc, &text, &scratch, &names, &syntax);
    const SyntaxTags& tags = p.syntax_tags();
    std::vector<Event> events;
    std::vector<SentenceNote> notes;
    coding::CodingTrace trace;
    const lexicon::Options& options = engine->lexicon->dictionary().options;
    // The document is coded whole, as `entente code` does: what one sentence learns ("its",
    // "the two sides", a person introduced with a role) holds for the sentences after it.
    engine->coder->Code(doc, text, syntax, options, &scratch, &events, &notes, &trace);
    for (uint32_t si = 0; si < text.sentences.size(); ++si) {
      const Sentence& s = text.sentences[si];
      std::printf("sentence %u [%s] %s\n", si, SegmentKindName(s.kind),
                  doc.text.substr(s.span.begin, s.span.size()).c_str());
      if (!s.analysed()) continue;
      for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
        const Word& w = syntax.words[t];
        std::printf("  %3u %-18s %-6s %-5s head %3d %-12s lemma %s\n", t - s.token_begin,
                    std::string(text.Form(text.tokens[t])).c_str(), tags.upos[w.upos].c_str(),
                    tags.xpos[w.xpos].c_str(), w.head, tags.deprel[w.deprel].c_str(),
                    std::string(syntax.Lemma(w)).c_str());
      }
      for (size_t k = 0; k < trace.sentence_starts.size(); ++k) {
        if (trace.sentence_starts[k].first != si) continue;
        const size_t end = k + 1 < trace.sentence_starts.size() ? trace.sentence_starts[k + 1].second
                                                                 : trace.lines.size();
        for (size_t l = trace.sentence_starts[k].second; l < end; ++l) {
          std::printf("  %s\n", trace.lines[l].c_str());
        }
      }
      for (const Event& e : events) {
        if (e.sentence == si) PrintEvent(doc, e);
      }
      for (const SentenceNote& n : notes) {
        if (n.sentence != si) continue;
        std::printf("  outcome: %s%s%s\n", SentenceOutcomeName(n.outcome),
                    n.detail.empty() ? "" : ": ", n.detail.c_str());
      }
    }
    std::printf("goldstein table %s, quad classes %s; dictionary %s\n",
                std::string(engine->tables->goldstein_table_name()).c_str(),
                std::string(engine->tables->quad_scheme_name()).c_str(),
                engine->lexicon->dictionary().spec.c_str());
    return 0;
  };
  return cmd;
}

}  // namespace entente::cli
