#include "base/input_stream.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace entente::base {

namespace {
constexpr size_t kBufferSize = size_t{1} << 20;
}

StatusOr<std::unique_ptr<InputStream>> InputStream::Open(const std::string& path) {
  gzFile gz = nullptr;
  if (path == "-") {
    int fd = dup(STDIN_FILENO);
    if (fd < 0) return IoError("standard input: " + std::string(std::strerror(errno)));
    gz = gzdopen(fd, "rb");
    if (gz == nullptr) {
      close(fd);
      return IoError("standard input: cannot read");
    }
  } else {
    struct stat st;
    if (stat(path.c_str(), &st) != 0) return NotFoundError(path + ": " + std::strerror(errno));
    if (S_ISDIR(st.st_mode)) return InvalidArgumentError(path + ": is a directory");
    gz = gzopen(path.c_str(), "rb");
    if (gz == nullptr) return IoError(path + ": " + std::strerror(errno ? errno : EIO));
  }
  gzbuffer(gz, 256 * 1024);
  return std::unique_ptr<InputStream>(new InputStream(path, gz));
}

InputStream::InputStream(std::string path, void* gz) : path_(std::move(path)), gz_(gz) {
  buf_.resize(kBufferSize);
}

InputStream::~InputStream() { gzclose(static_cast<gzFile>(gz_)); }

bool InputStream::Fill() {
  if (eof_ || !status_.ok()) return false;
  if (begin_ > 0) {
    std::memmove(buf_.data(), buf_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buf_.size()) return true;  // full: the caller consumes before asking again
  gzFile gz = static_cast<gzFile>(gz_);
  int n = gzread(gz, buf_.data() + end_, static_cast<unsigned>(buf_.size() - end_));
  if (n < 0) {
    int err = 0;
    const char* msg = gzerror(gz, &err);
    status_ = IoError(path_ + ": " + (err == Z_ERRNO ? std::strerror(errno) : msg));
    return false;
  }
  if (n == 0) {
    // zlib reports a truncated gzip stream only here, at the end.
    int err = 0;
    const char* msg = gzerror(gz, &err);
    if (err != Z_OK && err != Z_STREAM_END) {
      status_ = IoError(path_ + ": " + msg + " (truncated or corrupt compressed data)");
    }
    eof_ = true;
    return false;
  }
  if (!compressed_ && gzdirect(gz) == 0) compressed_ = true;
  end_ += static_cast<size_t>(n);
  return true;
}

std::string_view InputStream::Peek(size_t n) {
  // Test the unread byte count, not end_: Fill() first moves the unread bytes to the front, so
  // there is room to read whenever the buffer is not full of unread bytes, even when end_ is at
  // the buffer's end (after a read drained it exactly, which used to look like the end of input).
  while (end_ - begin_ < n && end_ - begin_ < buf_.size() && Fill()) {
  }
  return std::string_view(buf_.data() + begin_, std::min(n, end_ - begin_));
}

InputStream::LineResult InputStream::ReadLine(std::string* line, size_t max_bytes) {
  line->clear();
  bool too_long = false;
  bool any = false;
  while (true) {
    if (begin_ == end_ && !Fill()) {
      if (!status_.ok()) return LineResult::kError;
      if (!any) return LineResult::kEnd;
      break;  // last line without '\n'
    }
    any = true;
    const char* start = buf_.data() + begin_;
    size_t avail = end_ - begin_;
    const void* nl = std::memchr(start, '\n', avail);
    size_t take = nl ? static_cast<size_t>(static_cast<const char*>(nl) - start) : avail;
    if (!too_long) {
      if (line->size() + take > max_bytes) {
        too_long = true;
        line->clear();
        line->shrink_to_fit();
      } else {
        line->append(start, take);
      }
    }
    consumed_ += take + (nl ? 1 : 0);
    begin_ += take + (nl ? 1 : 0);
    if (nl) break;
  }
  ++line_number_;
  return too_long ? LineResult::kTooLong : LineResult::kLine;
}

size_t InputStream::ReadSome(std::string* out, size_t max_bytes) {
  size_t total = 0;
  while (total < max_bytes) {
    if (begin_ == end_ && !Fill()) break;
    size_t take = std::min(max_bytes - total, end_ - begin_);
    out->append(buf_.data() + begin_, take);
    begin_ += take;
    total += take;
  }
  consumed_ += total;
  return total;
}

size_t InputStream::ReadRestOfLine(std::string* out, size_t max_bytes) {
  size_t total = 0;
  while (total < max_bytes) {
    if (begin_ == end_ && !Fill()) break;
    const char* start = buf_.data() + begin_;
    size_t avail = std::min(end_ - begin_, max_bytes - total);
    const void* nl = std::memchr(start, '\n', avail);
    size_t take = nl ? static_cast<size_t>(static_cast<const char*>(nl) - start) + 1 : avail;
    out->append(start, take);
    begin_ += take;
    total += take;
    if (nl) break;
  }
  consumed_ += total;
  return total;
}

std::string BaseName(std::string_view path) {
  if (path == "-") return "stdin";
  size_t slash = path.find_last_of('/');
  if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
  return std::string(path);
}

}  // namespace entente::base
