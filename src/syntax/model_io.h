// Binary model files: a little-endian stream of tagged sections, read back with bounds checks.
//
// A model file starts with a text header (see syntax_model.h) and continues with sections written
// by ModelWriter. Every read is checked: a truncated or corrupt file gives a Status naming the file
// and the byte offset, never a crash or an unbounded allocation.
#ifndef ENTENTE_SYNTAX_MODEL_IO_H_
#define ENTENTE_SYNTAX_MODEL_IO_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "entente/status.h"

namespace entente::syntax {

class ModelWriter {
 public:
  void U8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void U32(uint32_t v) { Raw(&v, sizeof v); }
  void U64(uint64_t v) { Raw(&v, sizeof v); }
  void F32(float v) { Raw(&v, sizeof v); }
  void Str(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    out_.append(s.data(), s.size());
  }
  template <typename T>
  void Array(const std::vector<T>& v) {  // trivially copyable T only
    static_assert(std::is_trivially_copyable_v<T>);
    U64(v.size());
    Raw(v.data(), v.size() * sizeof(T));
  }
  void StrList(const std::vector<std::string>& v) {
    U32(static_cast<uint32_t>(v.size()));
    for (const std::string& s : v) Str(s);
  }
  // A section: a 4-character tag, so that a reader can say which part of a file is broken.
  void Tag(const char (&tag)[5]) { out_.append(tag, 4); }
  void Raw(const void* p, size_t n) { out_.append(static_cast<const char*>(p), n); }

  const std::string& bytes() const { return out_; }
  std::string* mutable_bytes() { return &out_; }

 private:
  std::string out_;
};

// Reads what ModelWriter wrote. After the first failure every read returns a zero value and
// status() keeps the first error, so a loader can read a whole section and check once.
class ModelReader {
 public:
  ModelReader(std::string_view data, std::string name) : data_(data), name_(std::move(name)) {}

  uint8_t U8() { uint8_t v = 0; Raw(&v, 1); return v; }
  uint32_t U32() { uint32_t v = 0; Raw(&v, sizeof v); return v; }
  uint64_t U64() { uint64_t v = 0; Raw(&v, sizeof v); return v; }
  float F32() { float v = 0; Raw(&v, sizeof v); return v; }
  std::string Str() {
    const uint32_t n = U32();
    if (!Need(n)) return {};
    std::string s(data_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  template <typename T>
  std::vector<T> Array() {
    static_assert(std::is_trivially_copyable_v<T>);
    const uint64_t n = U64();
    std::vector<T> v;
    if (n > (data_.size() - pos_) / sizeof(T)) {
      Fail("array of " + std::to_string(n) + " elements runs past the end of the file");
      return v;
    }
    v.resize(n);
    Raw(v.data(), n * sizeof(T));
    return v;
  }
  std::vector<std::string> StrList() {
    const uint32_t n = U32();
    std::vector<std::string> v;
    if (n > data_.size() - pos_) {
      Fail("list of " + std::to_string(n) + " strings runs past the end of the file");
      return v;
    }
    for (uint32_t i = 0; i < n && ok(); ++i) v.push_back(Str());
    return v;
  }
  // Checks that the next four bytes are `tag`.
  bool Tag(const char (&tag)[5]) {
    if (!Need(4)) return false;
    if (data_.compare(pos_, 4, tag, 4) != 0) {
      Fail(std::string("expected section '") + tag + "'");
      return false;
    }
    pos_ += 4;
    return true;
  }
  void Raw(void* p, size_t n) {
    if (n == 0) return;  // p may be null (an empty vector's data)
    if (!Need(n)) {
      std::memset(p, 0, n);
      return;
    }
    std::memcpy(p, data_.data() + pos_, n);
    pos_ += n;
  }
  void Fail(const std::string& why) {
    if (status_.ok()) {
      status_ = DataLossError(name_ + ": byte " + std::to_string(pos_) + ": " + why);
    }
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  size_t position() const { return pos_; }
  bool at_end() const { return pos_ == data_.size(); }

 private:
  bool Need(size_t n) {
    if (!ok()) return false;
    if (n > data_.size() - pos_) {
      Fail("file is truncated (needs " + std::to_string(n) + " more bytes)");
      return false;
    }
    return true;
  }

  std::string_view data_;
  std::string name_;
  size_t pos_ = 0;
  Status status_;
};

}  // namespace entente::syntax

#endif  // ENTENTE_SYNTAX_MODEL_IO_H_
