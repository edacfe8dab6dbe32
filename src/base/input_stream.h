// Buffered reading of a file or standard input, gzip-compressed or not.
//
// zlib reads uncompressed data transparently, so one code path serves both; compression is
// recognised from the content (the gzip magic), not from the file name.
#ifndef ENTENTE_BASE_INPUT_STREAM_H_
#define ENTENTE_BASE_INPUT_STREAM_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"

namespace entente::base {

class InputStream {
 public:
  // "-" opens standard input.
  static StatusOr<std::unique_ptr<InputStream>> Open(const std::string& path);
  ~InputStream();
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  enum class LineResult { kLine, kTooLong, kEnd, kError };

  // Reads the next line into *line, without its '\n'. A line longer than max_bytes is consumed to
  // its end and reported as kTooLong (with *line empty), so one enormous line never costs memory
  // beyond the limit nor the rest of the input.
  LineResult ReadLine(std::string* line, size_t max_bytes);

  // Appends up to max_bytes bytes to *out; returns the number appended (0 at the end or on error).
  size_t ReadSome(std::string* out, size_t max_bytes);

  // Appends bytes up to and including the next '\n' (at most max_bytes); returns the number
  // appended. Used to finish a line after a size-limited read.
  size_t ReadRestOfLine(std::string* out, size_t max_bytes);

  // The first bytes of the input (up to n), without consuming them.
  std::string_view Peek(size_t n);

  uint64_t line_number() const { return line_number_; }  // of the line last returned
  uint64_t bytes_consumed() const { return consumed_; }
  bool compressed() const { return compressed_; }
  const Status& status() const { return status_; }
  const std::string& path() const { return path_; }

 private:
  InputStream(std::string path, void* gz);
  bool Fill();  // reads more into the buffer; false at end or error

  std::string path_;
  void* gz_;  // gzFile
  std::vector<char> buf_;
  size_t begin_ = 0, end_ = 0;
  bool eof_ = false;
  bool compressed_ = false;
  uint64_t line_number_ = 0;
  uint64_t consumed_ = 0;
  Status status_;
};

// The file name without its directories ("stdin" for "-").
std::string BaseName(std::string_view path);

}  // namespace entente::base

#endif  // ENTENTE_BASE_INPUT_STREAM_H_
