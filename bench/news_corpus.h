// Loads the benchmark corpora from ../shared/data/news into Documents: Reuters-21578 (SGML files
// inside a tar.gz: each <REUTERS> record with a <BODY> becomes a document) and the UN General
// Debate speeches (one text file per speech inside a tar.gz).
#ifndef ENTENTE_BENCH_NEWS_CORPUS_H_
#define ENTENTE_BENCH_NEWS_CORPUS_H_

#include <string>
#include <vector>

#include "entente/document.h"
#include "entente/status.h"

namespace entente::bench {

// Every regular file of a .tar.gz: (name, contents).
StatusOr<std::vector<std::pair<std::string, std::string>>> ReadTarGz(const std::string& path);

// The documents of both corpora under `news_dir` (Reuters first, then UN speeches).
StatusOr<std::vector<Document>> LoadNewsCorpus(const std::string& news_dir);

}  // namespace entente::bench

#endif  // ENTENTE_BENCH_NEWS_CORPUS_H_
