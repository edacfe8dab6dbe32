// entente/status.h — errors as values.
//
// Everything that can fail because of its input (a file, a dictionary, a request) returns a Status
// or a StatusOr<T> carrying a message written for a human, in the form "file:line: what and why".
// Exceptions are reserved for programming errors and out-of-memory.
//
//   StatusOr<std::unique_ptr<Pipeline>> p = Pipeline::Load(options);
//   if (!p.ok()) { std::cerr << p.status().ToString() << "\n"; return 1; }
//   (*p)->...
//
// Thread safety: Status and StatusOr are values; distinct objects may be used from distinct threads.
#ifndef ENTENTE_STATUS_H_
#define ENTENTE_STATUS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace entente {

enum class StatusCode : uint8_t {
  kOk = 0,
  kInvalidArgument,     // a bad option or argument from the caller
  kNotFound,            // a file, field or entry that does not exist
  kDataLoss,            // malformed input: bad JSON, broken XML, invalid date, bad dictionary line
  kIoError,             // the operating system refused to read or write
  kResourceExhausted,   // input beyond a configured limit (line length, document size)
  kFailedPrecondition,  // the operation needs something that is not there (e.g. no dictionary)
  kUnimplemented,
  kInternal,
};

const char* StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "ok", or the message (which already names file:line where there is one).
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgumentError(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
inline Status NotFoundError(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
inline Status DataLossError(std::string m) { return {StatusCode::kDataLoss, std::move(m)}; }
inline Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
inline Status ResourceExhaustedError(std::string m) { return {StatusCode::kResourceExhausted, std::move(m)}; }
inline Status FailedPreconditionError(std::string m) { return {StatusCode::kFailedPrecondition, std::move(m)}; }

// A T or the Status explaining why there is none. Accessing the value of a non-ok StatusOr is a
// programming error (it aborts).
template <typename T>
class [[nodiscard]] StatusOr {
 public:
  StatusOr(const Status& status) : status_(status) { CheckNotOk(); }  // NOLINT: implicit by design
  StatusOr(Status&& status) : status_(std::move(status)) { CheckNotOk(); }  // NOLINT
  StatusOr(T&& value) : value_(std::move(value)) {}  // NOLINT
  StatusOr(const T& value) : value_(value) {}  // NOLINT

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }

  T& value() & { return Checked(); }
  const T& value() const& { return const_cast<StatusOr*>(this)->Checked(); }
  T&& value() && { return std::move(Checked()); }
  T& operator*() & { return Checked(); }
  const T& operator*() const& { return const_cast<StatusOr*>(this)->Checked(); }
  T* operator->() { return &Checked(); }
  const T* operator->() const { return &const_cast<StatusOr*>(this)->Checked(); }

 private:
  void CheckNotOk();
  T& Checked();

  Status status_;
  std::optional<T> value_;
};

[[noreturn]] void StatusOrFatal(const char* what, const Status& status);

template <typename T>
void StatusOr<T>::CheckNotOk() {
  if (status_.ok()) StatusOrFatal("StatusOr constructed from an ok Status", status_);
}

template <typename T>
T& StatusOr<T>::Checked() {
  if (!value_.has_value()) StatusOrFatal("value() of a StatusOr holding an error", status_);
  return *value_;
}

}  // namespace entente

#define ENTENTE_STATUS_CONCAT_INNER(a, b) a##b
#define ENTENTE_STATUS_CONCAT(a, b) ENTENTE_STATUS_CONCAT_INNER(a, b)

// Returns the Status of `expr` from the enclosing function when it is not ok.
#define ENTENTE_RETURN_IF_ERROR(expr)                        \
  do {                                                       \
    ::entente::Status entente_status_ = (expr);              \
    if (!entente_status_.ok()) return entente_status_;       \
  } while (0)

// Evaluates a StatusOr expression; returns its Status when not ok, else moves the value into lhs.
#define ENTENTE_ASSIGN_OR_RETURN(lhs, expr) \
  ENTENTE_ASSIGN_OR_RETURN_IMPL(ENTENTE_STATUS_CONCAT(entente_statusor_, __LINE__), lhs, expr)
#define ENTENTE_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                                  \
  if (!tmp.ok()) return tmp.status();                 \
  lhs = std::move(tmp).value()

#endif  // ENTENTE_STATUS_H_
