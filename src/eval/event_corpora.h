// The documents an event gold file points into, read from the corpora it names
// (docs/EVALUATION.md): the news corpora of <shared>/news, UD treebank sentences of <shared>/ud,
// and JSONL document files.
//
//   std::vector<std::string> problems;
//   auto docs = LoadCorpusDocuments(corpus, shared_dir, keep, &problems);
//
// Documents and ids are exactly those other commands see: ingest/news_corpora.h for Reuters and
// the UN speeches, the JSONL reader of `entente segment` (so "doc" in its output is the id), and
// for ud one document per sentence, id = its `# sent_id`, text = its `# text` (offset 0 is the
// only sentence).
//
// Thread safety: free functions without shared state.
#ifndef ENTENTE_EVAL_EVENT_CORPORA_H_
#define ENTENTE_EVAL_EVENT_CORPORA_H_

#include <string>
#include <vector>

#include "entente/document.h"
#include "entente/status.h"
#include "eval/event_gold.h"
#include "ingest/news_corpora.h"

namespace entente::eval {

// The file a corpus is read from: "<shared>/news/reuters21578/reuters21578_sgm.tar.gz",
// "<shared>/ud/FILE", or the jsonl path itself.
std::string CorpusFile(const GoldCorpus& corpus, const std::string& shared_dir);

// True when a document of the corpus is a single gold sentence (ud): its whole text, offset 0,
// whatever the sentence splitter would make of it.
inline bool IsSentenceCorpus(const GoldCorpus& corpus) {
  return corpus.kind == GoldCorpusKind::kUd;
}

// The corpus's documents (those `keep` accepts; all when it is empty), in corpus order. Malformed
// records are skipped and described in *problems ("file:line: reason"); a corpus that cannot be
// opened is an error.
StatusOr<std::vector<Document>> LoadCorpusDocuments(const GoldCorpus& corpus,
                                                    const std::string& shared_dir,
                                                    const ingest::DocumentFilter& keep,
                                                    std::vector<std::string>* problems);

}  // namespace entente::eval

#endif  // ENTENTE_EVAL_EVENT_CORPORA_H_
