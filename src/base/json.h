// A small JSON reader (RFC 8259) and writer helpers.
//
// Written for JSONL ingestion and for our own output: the parser builds a compact tree, reports
// errors with the column where they occur, and refuses nesting deeper than a limit instead of
// overflowing the stack on hostile input. Numbers keep their source text, so an id written as
// 20190821 is read back exactly.
#ifndef ENTENTE_BASE_JSON_H_
#define ENTENTE_BASE_JSON_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "entente/status.h"

namespace entente::base {

class JsonValue {
 public:
  enum class Type : uint8_t { kNull, kBool, kNumber, kString, kArray, kObject };

  Type type() const { return type_; }
  bool is_string() const { return type_ == Type::kString; }
  bool is_number() const { return type_ == Type::kNumber; }
  bool is_object() const { return type_ == Type::kObject; }
  bool is_null() const { return type_ == Type::kNull; }

  bool bool_value() const { return bool_; }
  // The decoded string, or the number's source text.
  const std::string& text() const { return text_; }
  const std::vector<JsonValue>& items() const { return items_; }
  const std::vector<std::pair<std::string, JsonValue>>& members() const { return members_; }
  // The first member named key, or nullptr.
  const JsonValue* Find(std::string_view key) const;

 private:
  friend class JsonParser;
  Type type_ = Type::kNull;
  bool bool_ = false;
  std::string text_;
  std::vector<JsonValue> items_;
  std::vector<std::pair<std::string, JsonValue>> members_;
};

// Parses one JSON value that spans all of `text` (whitespace around it is allowed). Errors are
// DataLoss with a message "column N: what was expected".
StatusOr<JsonValue> ParseJson(std::string_view text, int max_depth = 64);

// Appends s as a JSON string literal with its quotes. Control characters are escaped; invalid
// UTF-8 is written as U+FFFD so the output is always valid JSON.
void AppendJsonString(std::string* out, std::string_view s);

}  // namespace entente::base

#endif  // ENTENTE_BASE_JSON_H_
