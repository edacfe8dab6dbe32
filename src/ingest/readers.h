// The format-specific readers behind DocumentReader::Open. Each takes ownership of an open input
// stream; none holds more than one record (or one bounded document) in memory.
#ifndef ENTENTE_INGEST_READERS_H_
#define ENTENTE_INGEST_READERS_H_

#include <memory>
#include <string>

#include "base/input_stream.h"
#include "entente/ingest.h"

namespace entente::ingest {

struct ReaderArgs {
  std::string path;
  std::unique_ptr<base::InputStream> stream;
  ReaderOptions options;
  DiagnosticSink sink;
};

std::unique_ptr<DocumentReader> NewTextReader(ReaderArgs args, bool lines);
std::unique_ptr<DocumentReader> NewJsonlReader(ReaderArgs args);
std::unique_ptr<DocumentReader> NewHtmlReader(ReaderArgs args);
std::unique_ptr<DocumentReader> NewPetrarchXmlReader(ReaderArgs args);
std::unique_ptr<DocumentReader> NewTabariReader(ReaderArgs args);

// Guesses the format from the file name (ignoring a final .gz), then from the first bytes of the
// (decompressed) content; kAuto when neither says.
InputFormat FormatFromName(const std::string& path);
InputFormat FormatFromContent(std::string_view head);

}  // namespace entente::ingest

#endif  // ENTENTE_INGEST_READERS_H_
