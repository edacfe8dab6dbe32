#include "entente/status.h"

#include <cstdio>
#include <cstdlib>

namespace entente {

const char* StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidArgument: return "invalid argument";
    case StatusCode::kNotFound: return "not found";
    case StatusCode::kDataLoss: return "malformed input";
    case StatusCode::kIoError: return "I/O error";
    case StatusCode::kResourceExhausted: return "limit exceeded";
    case StatusCode::kFailedPrecondition: return "failed precondition";
    case StatusCode::kUnimplemented: return "unimplemented";
    case StatusCode::kInternal: return "internal error";
  }
  return "unknown";
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  if (message_.empty()) return StatusCodeName(code_);
  return message_;
}

void StatusOrFatal(const char* what, const Status& status) {
  std::fprintf(stderr, "entente: programming error: %s (%s)\n", what, status.ToString().c_str());
  std::abort();
}

}  // namespace entente
