// A small JSON Schema (draft 2020-12) validator for tests: enough to check our records against
// docs/event.schema.json, not a general implementation.
//
// Supported keywords: type (a name or an array of names; "integer" is a number with no
// fractional part), required, properties, additionalProperties (false or true only), enum,
// pattern (ECMAScript std::regex, unanchored as the standard says), minimum, maximum, items (one
// schema for every element), minItems, maxItems, and $ref to "#/$defs/NAME". Keywords that only
// annotate ($schema, $id, $comment, $defs, title, description, examples, default) are ignored.
// Any other keyword is reported as an error, so that a schema cannot quietly rely on a rule this
// checker would not enforce. As in the standard, a keyword applies only to instances of its type
// (pattern to strings, items to arrays, ...).
#ifndef ENTENTE_TESTS_UNIT_OUTPUT_JSON_SCHEMA_CHECK_H_
#define ENTENTE_TESTS_UNIT_OUTPUT_JSON_SCHEMA_CHECK_H_

#include <string>
#include <vector>

#include "base/json.h"

namespace entente::testing {

// Every violation of `schema` by `instance`, each "<path>: <what>" with a JSON-pointer-like path
// ("/source/span"); empty when the instance is valid.
std::vector<std::string> CheckJsonSchema(const base::JsonValue& schema,
                                         const base::JsonValue& instance);

}  // namespace entente::testing

#endif  // ENTENTE_TESTS_UNIT_OUTPUT_JSON_SCHEMA_CHECK_H_
