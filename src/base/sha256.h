// SHA-256 (FIPS 180-4), for recording which files a model was trained from.
#ifndef ENTENTE_BASE_SHA256_H_
#define ENTENTE_BASE_SHA256_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "entente/status.h"

namespace entente::base {

class Sha256 {
 public:
  Sha256();
  void Update(std::string_view data);
  std::string HexDigest();  // finishes the hash

 private:
  void Block(const unsigned char* p);
  uint32_t h_[8];
  unsigned char buffer_[64];
  size_t buffered_ = 0;
  uint64_t length_ = 0;
};

// The hex SHA-256 of a file's bytes (as stored: a .gz file is hashed compressed).
StatusOr<std::string> Sha256File(const std::string& path);

}  // namespace entente::base

#endif  // ENTENTE_BASE_SHA256_H_
