#include "eval/event_corpora.h"

#include "base/utf8.h"
#include "entente/ingest.h"
#include "treebank/conllu.h"

namespace entente::eval {

std::string CorpusFile(const GoldCorpus& corpus, const std::string& shared_dir) {
  switch (corpus.kind) {
    case GoldCorpusKind::kReuters: return shared_dir + "/news/" + ingest::kReutersArchive;
    case GoldCorpusKind::kUngdc: return shared_dir + "/news/" + ingest::kUngdcArchive;
    case GoldCorpusKind::kUd: return shared_dir + "/ud/" + corpus.path;
    case GoldCorpusKind::kJsonl: return corpus.path;
  }
  return corpus.path;
}

namespace {

StatusOr<std::vector<Document>> LoadUd(const std::string& path, const ingest::DocumentFilter& keep,
                                       std::vector<std::string>* problems) {
  ENTENTE_ASSIGN_OR_RETURN(
      auto reader, treebank::ConlluReader::Open(
                       path, [problems](const std::string& m) { problems->push_back(m); }));
  std::vector<Document> docs;
  treebank::ConlluSentence s;
  size_t unnamed = 0;
  while (reader->Next(&s)) {
    if (s.sent_id.empty() || s.text.empty()) {
      ++unnamed;
      continue;
    }
    if (keep && !keep(s.sent_id)) continue;
    Document d;
    d.id = s.sent_id;
    d.text = s.text;
    d.origin = path + ":" + std::to_string(s.line);
    d.repaired_utf8 = base::RepairUtf8(&d.text);
    docs.push_back(std::move(d));
  }
  if (!reader->status().ok()) return reader->status();
  if (unnamed > 0) {
    problems->push_back(path + ": " + std::to_string(unnamed) +
                        " sentence(s) without # sent_id or # text cannot be addressed (skipped)");
  }
  return docs;
}

StatusOr<std::vector<Document>> LoadJsonl(const std::string& path,
                                          const ingest::DocumentFilter& keep,
                                          std::vector<std::string>* problems) {
  ReaderOptions options;
  options.format = InputFormat::kJsonl;
  ENTENTE_ASSIGN_OR_RETURN(auto reader,
                           DocumentReader::Open(path, options, [problems](const Diagnostic& d) {
                             problems->push_back(d.where + ": " + d.message);
                           }));
  std::vector<Document> docs;
  Document d;
  while (reader->Next(&d)) {
    if (keep && !keep(d.id)) continue;
    docs.push_back(std::move(d));
  }
  if (!reader->status().ok()) return reader->status();
  return docs;
}

}  // namespace

StatusOr<std::vector<Document>> LoadCorpusDocuments(const GoldCorpus& corpus,
                                                    const std::string& shared_dir,
                                                    const ingest::DocumentFilter& keep,
                                                    std::vector<std::string>* problems) {
  const std::string file = CorpusFile(corpus, shared_dir);
  switch (corpus.kind) {
    case GoldCorpusKind::kReuters: return ingest::LoadReuters21578(file, keep);
    case GoldCorpusKind::kUngdc: return ingest::LoadUngdc(file, keep);
    case GoldCorpusKind::kUd: return LoadUd(file, keep, problems);
    case GoldCorpusKind::kJsonl: return LoadJsonl(file, keep, problems);
  }
  return InvalidArgumentError("unknown corpus kind");
}

}  // namespace entente::eval
