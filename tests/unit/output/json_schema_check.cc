#include "unit/output/json_schema_check.h"

#include <cmath>
#include <cstdlib>
#include <map>
#include <regex>
#include <string_view>

namespace entente::testing {

namespace {

using base::JsonValue;
using Type = JsonValue::Type;

double NumberOf(const JsonValue& v) { return std::strtod(v.text().c_str(), nullptr); }

bool IsInteger(const JsonValue& v) {
  if (v.type() != Type::kNumber) return false;
  const double d = NumberOf(v);
  return std::isfinite(d) && std::floor(d) == d;
}

bool HasType(const JsonValue& v, std::string_view name) {
  if (name == "null") return v.type() == Type::kNull;
  if (name == "boolean") return v.type() == Type::kBool;
  if (name == "object") return v.type() == Type::kObject;
  if (name == "array") return v.type() == Type::kArray;
  if (name == "string") return v.type() == Type::kString;
  if (name == "number") return v.type() == Type::kNumber;
  if (name == "integer") return IsInteger(v);
  return false;
}

// JSON equality for enum: numbers by value, objects regardless of member order.
bool Equal(const JsonValue& a, const JsonValue& b) {
  if (a.type() != b.type()) return false;
  switch (a.type()) {
    case Type::kNull:
      return true;
    case Type::kBool:
      return a.bool_value() == b.bool_value();
    case Type::kNumber:
      return NumberOf(a) == NumberOf(b);
    case Type::kString:
      return a.text() == b.text();
    case Type::kArray:
      if (a.items().size() != b.items().size()) return false;
      for (size_t i = 0; i < a.items().size(); ++i) {
        if (!Equal(a.items()[i], b.items()[i])) return false;
      }
      return true;
    case Type::kObject:
      if (a.members().size() != b.members().size()) return false;
      for (const auto& [key, value] : a.members()) {
        const JsonValue* other = b.Find(key);
        if (other == nullptr || !Equal(value, *other)) return false;
      }
      return true;
  }
  return false;
}

class Checker {
 public:
  explicit Checker(const JsonValue& root) : root_(root) {}

  void Check(const JsonValue& schema, const JsonValue& v, const std::string& path) {
    if (schema.type() != Type::kObject) {
      Error(path, "schema is not an object");
      return;
    }
    for (const auto& [keyword, arg] : schema.members()) {
      if (keyword == "$schema" || keyword == "$id" || keyword == "$comment" || keyword == "$defs" ||
          keyword == "title" || keyword == "description" || keyword == "examples" ||
          keyword == "default") {
        continue;
      } else if (keyword == "$ref") {
        Ref(arg, v, path);
      } else if (keyword == "type") {
        TypeKeyword(arg, v, path);
      } else if (keyword == "enum") {
        bool found = false;
        for (const JsonValue& option : arg.items()) found = found || Equal(option, v);
        if (!found) Error(path, "not one of the enum values");
      } else if (keyword == "required") {
        if (v.type() != Type::kObject) continue;
        for (const JsonValue& name : arg.items()) {
          if (v.Find(name.text()) == nullptr) Error(path, "missing \"" + name.text() + "\"");
        }
      } else if (keyword == "properties") {
        if (v.type() != Type::kObject) continue;
        for (const auto& [name, value] : v.members()) {
          if (const JsonValue* sub = arg.Find(name)) Check(*sub, value, path + "/" + name);
        }
      } else if (keyword == "additionalProperties") {
        if (arg.type() != Type::kBool) {
          Error(path, "additionalProperties: only true or false is supported");
          continue;
        }
        if (v.type() != Type::kObject || arg.bool_value()) continue;
        const JsonValue* properties = schema.Find("properties");
        for (const auto& [name, value] : v.members()) {
          if (properties == nullptr || properties->Find(name) == nullptr) {
            Error(path, "unexpected \"" + name + "\"");
          }
        }
      } else if (keyword == "pattern") {
        if (v.type() != Type::kString) continue;
        if (!std::regex_search(v.text(), Regex(arg.text()))) {
          Error(path, "\"" + v.text() + "\" does not match " + arg.text());
        }
      } else if (keyword == "minimum") {
        if (v.type() == Type::kNumber && NumberOf(v) < NumberOf(arg)) {
          Error(path, v.text() + " is below " + arg.text());
        }
      } else if (keyword == "maximum") {
        if (v.type() == Type::kNumber && NumberOf(v) > NumberOf(arg)) {
          Error(path, v.text() + " is above " + arg.text());
        }
      } else if (keyword == "items") {
        if (v.type() != Type::kArray) continue;
        for (size_t i = 0; i < v.items().size(); ++i) {
          Check(arg, v.items()[i], path + "/" + std::to_string(i));
        }
      } else if (keyword == "minItems") {
        if (v.type() == Type::kArray && static_cast<double>(v.items().size()) < NumberOf(arg)) {
          Error(path, "fewer than " + arg.text() + " items");
        }
      } else if (keyword == "maxItems") {
        if (v.type() == Type::kArray && static_cast<double>(v.items().size()) > NumberOf(arg)) {
          Error(path, "more than " + arg.text() + " items");
        }
      } else {
        Error(path, "unsupported schema keyword \"" + keyword + "\"");
      }
    }
  }

  std::vector<std::string> TakeErrors() { return std::move(errors_); }

 private:
  void Error(const std::string& path, const std::string& what) {
    errors_.push_back((path.empty() ? "/" : path) + ": " + what);
  }

  void Ref(const JsonValue& arg, const JsonValue& v, const std::string& path) {
    static constexpr std::string_view kPrefix = "#/$defs/";
    const std::string& ref = arg.text();
    const JsonValue* defs = root_.Find("$defs");
    const JsonValue* target = nullptr;
    if (ref.starts_with(kPrefix) && defs != nullptr)
      target = defs->Find(ref.substr(kPrefix.size()));
    if (target == nullptr) {
      Error(path, "unsupported or dangling $ref \"" + ref + "\"");
      return;
    }
    Check(*target, v, path);
  }

  void TypeKeyword(const JsonValue& arg, const JsonValue& v, const std::string& path) {
    if (arg.type() == Type::kString) {
      if (!HasType(v, arg.text())) Error(path, "not of type " + arg.text());
      return;
    }
    std::string names;
    for (const JsonValue& name : arg.items()) {
      if (HasType(v, name.text())) return;
      names += (names.empty() ? "" : " or ") + name.text();
    }
    Error(path, "not of type " + names);
  }

  const std::regex& Regex(const std::string& pattern) {
    auto it = regexes_.find(pattern);
    if (it == regexes_.end()) it = regexes_.emplace(pattern, std::regex(pattern)).first;
    return it->second;
  }

  const JsonValue& root_;
  std::map<std::string, std::regex> regexes_;
  std::vector<std::string> errors_;
};

}  // namespace

std::vector<std::string> CheckJsonSchema(const base::JsonValue& schema,
                                         const base::JsonValue& instance) {
  Checker checker(schema);
  checker.Check(schema, instance, "");
  return checker.TakeErrors();
}

}  // namespace entente::testing
