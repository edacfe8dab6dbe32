// The news corpora of ../shared/data/news as Documents: Reuters-21578 (SGML files inside a
// tar.gz; each <REUTERS> record with a <BODY> becomes a document) and the UN General Debate
// speeches of sessions 75-79 (one text file per speech inside a tar.gz).
//
//   auto docs = LoadNewsCorpora("../shared/data/news");          // both, Reuters first
//   auto some = LoadReuters21578(dir + "/" + kReutersArchive,     // only the documents named
//                                [&](std::string_view id) { return wanted.count(id) > 0; });
//
// Ids and texts are a contract: hand-coded gold files (docs/EVALUATION.md) address sentences by
// document id and byte offset into `text`, so any change to how an id or a text is built breaks
// every gold file written so far (their hashes then say so). Ids: "reuters-NEWID" and
// "ungdc-<file name>" ("ungdc-USA_75_2020.txt"). Texts: the Reuters <BODY> with the SGML entities
// decoded, the speech file as it is; both with invalid UTF-8 repaired (U+FFFD), as every reader
// does.
//
// Dates: Reuters from <DATE> ("26-FEB-1987 15:01:01.79" -> 1987-02-26); UN speeches from the
// session number in the file name: session S was held in year 1945 + S, and every speech is dated
// <year>-09-25, a day inside the General Debate week of each session 75-79 (2020-09-22..29,
// 2021-09-21..27, 2022-09-20..26, 2023-09-19..26, 2024-09-24..30): the files do not say on which
// day a speech was given, so dates are right to within a week.
//
// Thread safety: free functions without shared state.
#ifndef ENTENTE_INGEST_NEWS_CORPORA_H_
#define ENTENTE_INGEST_NEWS_CORPORA_H_

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "entente/document.h"
#include "entente/status.h"

namespace entente::ingest {

// The archives, relative to the news directory (../shared/data/news).
inline constexpr char kReutersArchive[] = "reuters21578/reuters21578_sgm.tar.gz";
inline constexpr char kUngdcArchive[] = "ungdc-2020-2024/ungdc_sessions75-79_txt.tar.gz";

// Every regular file of a .tar.gz (ustar): (name with its folder, contents), in archive order.
StatusOr<std::vector<std::pair<std::string, std::string>>> ReadTarGz(const std::string& path);

// Which documents to build, by id; an empty filter keeps all. Filtering happens before the text is
// decoded, so loading a few documents of a corpus costs little more than reading the archive.
using DocumentFilter = std::function<bool(std::string_view id)>;

// The documents of one archive, in archive order.
StatusOr<std::vector<Document>> LoadReuters21578(const std::string& archive,
                                                 const DocumentFilter& keep = {});
StatusOr<std::vector<Document>> LoadUngdc(const std::string& archive,
                                          const DocumentFilter& keep = {});

// Both corpora under `news_dir`: Reuters first, then the UN speeches.
StatusOr<std::vector<Document>> LoadNewsCorpora(const std::string& news_dir);

// "YYYY-MM-DD" from a Reuters <DATE> field (" 5-MAR-1987 09:16:34.36&#9;&#9;F": leading blanks
// and trailing wire codes are ignored), "" when it holds no valid date.
std::string ReutersDate(std::string_view field);
// "YYYY-09-25" from a UN speech file name "CCC_SS_YYYY.txt" (session SS, see above), "" when the
// name has no session number.
std::string UngdcDate(std::string_view file_name);

}  // namespace entente::ingest

#endif  // ENTENTE_INGEST_NEWS_CORPORA_H_
