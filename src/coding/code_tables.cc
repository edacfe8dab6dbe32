#include "coding/code_tables.h"

#include <charconv>
#include <fstream>
#include <functional>
#include <sstream>

#include "base/utf8.h"

namespace entente::coding {

namespace {

// The 16 PLOVER event types (PLOVER manual; DOMAIN.md §2.5).
constexpr std::string_view kPloverTypes[] = {
    "AGREE",  "CONSULT", "SUPPORT",  "CONCEDE",  "COOPERATE", "AID",      "RETREAT", "REQUEST",
    "ACCUSE", "REJECT",  "THREATEN", "SANCTION", "PROTEST",   "MOBILIZE", "COERCE",  "ASSAULT"};

// A quad row sets every scheme at once, so any scheme's entry tells whether a root has a row.
constexpr int kAnyScheme = 0;
constexpr int kGdeltScheme = static_cast<int>(QuadScheme::kGdelt);

// Keys for the code index: 2-digit codes 0..99, 3-digit 100..1099, 4-digit 1100..11099, so that
// "01", "001" and "0001" stay distinct codes, as CAMEO treats them.
constexpr int kKeySpace = 11100;

int CodeKey(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return -1;
  int v = 0;
  for (char c : code) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  switch (code.size()) {
    case 2:
      return v;
    case 3:
      return 100 + v;
    default:
      return 1100 + v;
  }
}

bool IsCameoCode(std::string_view code) { return CodeKey(code) >= 0; }

int RootNumber(std::string_view root) { return (root[0] - '0') * 10 + (root[1] - '0'); }

// "-7.2", "10", "0.0": the only number shapes the tables use (no exponents, no "nan").
std::optional<double> ParseScore(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && s[i] == '-') ++i;
  size_t digits = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  if (digits == 0) return std::nullopt;
  if (i < s.size() && s[i] == '.') {
    ++i;
    size_t frac = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++frac;
    if (frac == 0) return std::nullopt;
  }
  if (i != s.size()) return std::nullopt;
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

bool AllOf(std::string_view s, bool (*ok)(char)) {
  for (char c : s) {
    if (!ok(c)) return false;
  }
  return true;
}
bool IsLowerWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}
bool IsActorCodeChar(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      fields.push_back(line.substr(start));
      return fields;
    }
    fields.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

std::string Join(const std::vector<std::string_view>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += sep;
    out += parts[i];
  }
  return out;
}

// One table file: its name in the header, the newest format version this code reads, its columns.
struct TableSpec {
  std::string_view file;
  std::string_view name;
  int max_version;
  std::vector<std::string_view> columns;
};

const TableSpec kQuadSpec{
    "cameo_quad_classes.tsv", "cameo_quad_classes", 1, {"root", "gdelt", "icews", "phoenix"}};
const TableSpec kEventsSpec{
    "cameo_events.tsv",
    "cameo_events",
    1,
    {"code", "root", "name", "goldstein_phoenix", "goldstein_icews", "quad_gdelt", "sources"}};
const TableSpec kPloverSpec{
    "cameo_plover.tsv", "cameo_plover", 1, {"code", "plover_type", "mode", "context", "notes"}};
const TableSpec kActorTypesSpec{"cameo_actor_types.tsv", "cameo_actor_types", 1, {"code", "name"}};
const TableSpec kCountriesSpec{"cameo_countries.tsv", "cameo_countries", 1, {"code", "name"}};

}  // namespace

std::string_view GoldsteinTableName(GoldsteinTable table) {
  switch (table) {
    case GoldsteinTable::kPhoenix:
      return "phoenix";
    case GoldsteinTable::kIcews:
      return "icews";
  }
  return "?";
}

std::optional<GoldsteinTable> ParseGoldsteinTable(std::string_view name) {
  if (name == "phoenix") return GoldsteinTable::kPhoenix;
  if (name == "icews") return GoldsteinTable::kIcews;
  return std::nullopt;
}

std::string_view QuadSchemeName(QuadScheme scheme) {
  switch (scheme) {
    case QuadScheme::kGdelt:
      return "gdelt";
    case QuadScheme::kIcews:
      return "icews";
    case QuadScheme::kPhoenix:
      return "phoenix";
  }
  return "?";
}

std::optional<QuadScheme> ParseQuadScheme(std::string_view name) {
  if (name == "gdelt") return QuadScheme::kGdelt;
  if (name == "icews") return QuadScheme::kIcews;
  if (name == "phoenix") return QuadScheme::kPhoenix;
  return std::nullopt;
}

std::string_view LookupStatusName(LookupStatus status) {
  switch (status) {
    case LookupStatus::kFound:
      return "found";
    case LookupStatus::kUnknownCode:
      return "unknown code";
    case LookupStatus::kNoValue:
      return "no value";
  }
  return "?";
}

// Reads the five files into a CodeTables. Line-level problems go through Bad(): recorded and
// skipped, or (strict) turned into the Status Load returns.
class CodeTablesLoader {
 public:
  CodeTablesLoader(std::string tables_dir, const CodeTablesOptions& options)
      : dir_(std::move(tables_dir)), options_(options), tables_(new CodeTables()) {}

  StatusOr<std::unique_ptr<CodeTables>> Run() {
    tables_->goldstein_table_ = options_.goldstein_table;
    tables_->quad_scheme_ = options_.quad_scheme;
    for (auto& row : tables_->quad_) row.fill(-1);
    ENTENTE_RETURN_IF_ERROR(LoadQuad());
    ENTENTE_RETURN_IF_ERROR(LoadEvents());
    ENTENTE_RETURN_IF_ERROR(LoadPlover());
    ENTENTE_RETURN_IF_ERROR(
        LoadNamedCodes(kActorTypesSpec, &tables_->actor_types_, &tables_->actor_type_index_));
    ENTENTE_RETURN_IF_ERROR(
        LoadNamedCodes(kCountriesSpec, &tables_->countries_, &tables_->country_index_));
    tables_->provenance_ +=
        "; goldstein=" + std::string(GoldsteinTableName(options_.goldstein_table)) +
        "; quad=" + std::string(QuadSchemeName(options_.quad_scheme));
    return std::move(tables_);
  }

 private:
  using RowFn = std::function<Status(const std::vector<std::string_view>&, uint32_t)>;

  std::string PathOf(const TableSpec& spec) const { return dir_ + "/" + std::string(spec.file); }

  // A bad line: "file:line: reason". Returns non-ok only in strict mode.
  Status Bad(const TableSpec& spec, uint32_t line, const std::string& reason) {
    std::string msg = PathOf(spec) + ":" + std::to_string(line) + ": " + reason;
    if (options_.strict) return DataLossError(msg + " (strict: table lines must all be valid)");
    tables_->diagnostics_.push_back(std::move(msg));
    return Status::Ok();
  }

  // Header, column line, then each data line through `row`. Header and column problems are fatal:
  // a file that is not the table we expect cannot be read line by line.
  Status ReadTable(const TableSpec& spec, const RowFn& row) {
    const std::string path = PathOf(spec);
    std::ifstream in(path, std::ios::binary);
    if (!in) return NotFoundError(path + ": cannot open code table (is the data directory right?)");
    std::ostringstream ss;
    ss << in.rdbuf();
    const std::string content = ss.str();

    std::string_view rest = content;
    uint32_t lineno = 0;
    bool have_columns = false;
    size_t rows = 0;
    auto where = [&](uint32_t l) { return path + ":" + std::to_string(l) + ": "; };
    while (!rest.empty()) {
      size_t nl = rest.find('\n');
      std::string_view line = rest.substr(0, nl);
      rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
      ++lineno;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (lineno == 1) {
        ENTENTE_RETURN_IF_ERROR(CheckHeader(spec, line, where(1)));
        continue;
      }
      if (line.empty() || line.front() == '#') continue;
      if (!have_columns) {
        const std::string expected = Join(spec.columns, "\t");
        if (line != expected) {
          return DataLossError(where(lineno) + "expected the column line \"" + expected +
                               "\", found \"" + std::string(line) + "\"");
        }
        have_columns = true;
        continue;
      }
      if (!base::IsValidUtf8(line)) {
        ENTENTE_RETURN_IF_ERROR(Bad(spec, lineno, "not valid UTF-8"));
        continue;
      }
      std::vector<std::string_view> fields = SplitTabs(line);
      if (fields.size() != spec.columns.size()) {
        ENTENTE_RETURN_IF_ERROR(
            Bad(spec, lineno,
                std::to_string(fields.size()) + " tab-separated fields, expected " +
                    std::to_string(spec.columns.size()) + " (" + Join(spec.columns, " ") + ")"));
        continue;
      }
      ++rows;
      ENTENTE_RETURN_IF_ERROR(row(fields, lineno));
    }
    if (lineno == 0) return DataLossError(path + ": empty file, expected a code table");
    if (!have_columns) return DataLossError(path + ": no column line and no rows");
    if (rows == 0) return DataLossError(path + ": no rows (a code table must not be empty)");
    return Status::Ok();
  }

  Status CheckHeader(const TableSpec& spec, std::string_view line, const std::string& where) {
    constexpr std::string_view kMagic = "#! entente-table ";
    if (line.substr(0, kMagic.size()) != kMagic) {
      return DataLossError(where + "expected a header \"#! entente-table " +
                           std::string(spec.name) + " <version>\"");
    }
    line.remove_prefix(kMagic.size());
    size_t sp = line.find(' ');
    if (sp == std::string_view::npos) return DataLossError(where + "header lacks a version");
    std::string_view name = line.substr(0, sp);
    std::string_view version = line.substr(sp + 1);
    if (name != spec.name) {
      return DataLossError(where + "this is the \"" + std::string(name) + "\" table, expected \"" +
                           std::string(spec.name) + "\"");
    }
    int v = 0;
    auto [end, ec] = std::from_chars(version.data(), version.data() + version.size(), v);
    if (ec != std::errc() || end != version.data() + version.size() || v < 1) {
      return DataLossError(where + "bad table version \"" + std::string(version) + "\"");
    }
    if (v > spec.max_version) {
      // Refuse rather than guess: a newer format may have changed what a column means.
      return DataLossError(where + "table format version " + std::to_string(v) +
                           " is newer than this entente reads (" +
                           std::to_string(spec.max_version) +
                           "); use a newer entente or the tables that came with this one");
    }
    if (!tables_->provenance_.empty()) tables_->provenance_ += ", ";
    tables_->provenance_ += std::string(spec.name) + " " + std::to_string(v);
    return Status::Ok();
  }

  Status LoadQuad() {
    auto& quad = tables_->quad_;
    return ReadTable(
        kQuadSpec, [&](const std::vector<std::string_view>& f, uint32_t line) -> Status {
          std::string_view root = f[0];
          if (root.size() != 2 || !IsCameoCode(root)) {
            return Bad(kQuadSpec, line,
                       "bad root \"" + std::string(root) + "\" (two digits expected)");
          }
          int r = RootNumber(root);
          if (quad[kAnyScheme][r] >= 0) {
            return Bad(kQuadSpec, line, "root " + std::string(root) + " listed twice");
          }
          std::array<int8_t, kQuadSchemeCount> values{};
          for (int s = 0; s < kQuadSchemeCount; ++s) {
            std::string_view v = f[1 + s];
            if (v.size() != 1 || v[0] < '0' || v[0] > '4') {
              return Bad(kQuadSpec, line,
                         "bad quad class \"" + std::string(v) + "\" for " +
                             std::string(kQuadSpec.columns[1 + s]) + " (0-4 expected)");
            }
            values[s] = static_cast<int8_t>(v[0] - '0');
          }
          for (int s = 0; s < kQuadSchemeCount; ++s) quad[s][r] = values[s];
          return Status::Ok();
        });
  }

  Status LoadEvents() {
    std::vector<EventCodeEntry> rows;
    std::vector<int32_t> seen(kKeySpace, -1);
    Status st = ReadTable(
        kEventsSpec, [&](const std::vector<std::string_view>& f, uint32_t line) -> Status {
          std::string_view code = f[0];
          int key = CodeKey(code);
          if (key < 0) {
            return Bad(kEventsSpec, line,
                       "bad code \"" + std::string(code) + "\" (2 to 4 digits expected)");
          }
          if (seen[key] >= 0) {
            return Bad(kEventsSpec, line,
                       "code " + std::string(code) + " listed twice (first on line " +
                           std::to_string(rows[seen[key]].line) + ")");
          }
          if (f[1] != code.substr(0, 2)) {
            return Bad(kEventsSpec, line,
                       "root \"" + std::string(f[1]) + "\" is not the first two digits of " +
                           std::string(code));
          }
          const int r = RootNumber(code);
          if (tables_->quad_[kAnyScheme][r] < 0) {
            return Bad(kEventsSpec, line,
                       "root " + std::string(f[1]) + " has no row in cameo_quad_classes.tsv");
          }
          EventCodeEntry e;
          e.code = std::string(code);
          e.root = std::string(f[1]);
          e.name = std::string(f[2]);
          e.line = line;
          for (int t = 0; t < kGoldsteinTableCount; ++t) {
            std::string_view v = f[3 + t];
            if (v.empty()) continue;  // not in this table: the code is unscored there
            std::optional<double> g = ParseScore(v);
            if (!g || *g < -10.0 || *g > 10.0) {
              return Bad(kEventsSpec, line,
                         "bad " + std::string(kEventsSpec.columns[3 + t]) + " \"" + std::string(v) +
                             "\" (a number from -10 to 10, or empty)");
            }
            e.goldstein[t] = *g;
          }
          std::string_view q = f[5];
          if (q.size() != 1 || q[0] < '1' || q[0] > '4') {
            return Bad(kEventsSpec, line,
                       "bad quad_gdelt \"" + std::string(q) + "\" (1-4 expected)");
          }
          e.quad_gdelt = q[0] - '0';
          // The per-code column and the root table must tell the same story, or QuadClass would
          // depend on which one a caller happened to read.
          if (e.quad_gdelt != tables_->quad_[kGdeltScheme][r]) {
            return Bad(kEventsSpec, line,
                       "quad_gdelt " + std::string(q) + " disagrees with root " + e.root +
                           " in cameo_quad_classes.tsv (" +
                           std::to_string(tables_->quad_[kGdeltScheme][r]) + ")");
          }
          std::string_view rest = f[6];
          while (!rest.empty()) {
            size_t comma = rest.find(',');
            std::string_view s = rest.substr(0, comma);
            rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
            if (s != "gdelt" && s != "icews" && s != "phoenix" && s != "plover") {
              return Bad(
                  kEventsSpec, line,
                  "unknown source \"" + std::string(s) + "\" (gdelt, icews, phoenix, plover)");
            }
          }
          e.sources = std::string(f[6]);
          seen[key] = static_cast<int32_t>(rows.size());
          rows.push_back(std::move(e));
          return Status::Ok();
        });
    ENTENTE_RETURN_IF_ERROR(st);

    // Every code's root must itself be a code: Root() promises a known code, and aggregating by
    // root must never meet a root without a name or Goldstein row. Checked after reading, so the
    // rows may come in any order.
    auto& codes = tables_->codes_;
    tables_->index_.assign(kKeySpace, -1);
    for (EventCodeEntry& e : rows) {
      if (e.code.size() > 2 && seen[CodeKey(e.root)] < 0) {
        ENTENTE_RETURN_IF_ERROR(
            Bad(kEventsSpec, e.line, "root " + e.root + " of " + e.code + " is not in the table"));
        continue;
      }
      tables_->index_[CodeKey(e.code)] = static_cast<int32_t>(codes.size());
      codes.push_back(std::move(e));
    }
    if (codes.empty()) return DataLossError(PathOf(kEventsSpec) + ": no valid rows");
    return Status::Ok();
  }

  Status LoadPlover() {
    auto& plover = tables_->plover_;
    Status st = ReadTable(
        kPloverSpec, [&](const std::vector<std::string_view>& f, uint32_t line) -> Status {
          std::string_view code = f[0];
          int key = CodeKey(code);
          int32_t idx = key < 0 ? -1 : tables_->index_[key];
          if (idx < 0) {
            return Bad(kPloverSpec, line,
                       "code \"" + std::string(code) + "\" is not in cameo_events.tsv");
          }
          EventCodeEntry& e = tables_->codes_[idx];
          if (e.plover >= 0) {
            return Bad(kPloverSpec, line,
                       "code " + std::string(code) + " listed twice (first on line " +
                           std::to_string(plover[e.plover].line) + ")");
          }
          bool type_ok = false;
          for (std::string_view t : kPloverTypes) type_ok = type_ok || t == f[1];
          if (!type_ok) {
            return Bad(kPloverSpec, line,
                       "unknown PLOVER event type \"" + std::string(f[1]) + "\"");
          }
          if (!AllOf(f[2], IsLowerWordChar)) {
            return Bad(kPloverSpec, line,
                       "bad mode \"" + std::string(f[2]) + "\" (lower-case word or empty)");
          }
          if (!AllOf(f[3], [](char c) { return IsLowerWordChar(c) || c == ';'; }) ||
              f[3].find(";;") != std::string_view::npos ||
              (!f[3].empty() && (f[3].front() == ';' || f[3].back() == ';'))) {
            return Bad(kPloverSpec, line,
                       "bad context \"" + std::string(f[3]) +
                           "\" (lower-case words separated by \";\", or empty)");
          }
          e.plover = static_cast<int32_t>(plover.size());
          plover.push_back({std::string(code), std::string(f[1]), std::string(f[2]),
                            std::string(f[3]), std::string(f[4]), line});
          return Status::Ok();
        });
    ENTENTE_RETURN_IF_ERROR(st);
    if (plover.empty()) return DataLossError(PathOf(kPloverSpec) + ": no valid rows");
    return Status::Ok();
  }

  Status LoadNamedCodes(const TableSpec& spec, std::vector<CodeTables::NamedCode>* out,
                        std::unordered_map<std::string_view, uint32_t>* index) {
    std::unordered_map<std::string, uint32_t> lines;
    Status st =
        ReadTable(spec, [&](const std::vector<std::string_view>& f, uint32_t line) -> Status {
          std::string code(f[0]);
          if (code.size() != 3 || !AllOf(code, IsActorCodeChar)) {
            return Bad(spec, line,
                       "bad code \"" + code + "\" (three upper-case letters or digits)");
          }
          if (f[1].empty()) return Bad(spec, line, "code " + code + " has no name");
          if (auto it = lines.find(code); it != lines.end()) {
            return Bad(spec, line,
                       "code " + code + " listed twice (first on line " +
                           std::to_string(it->second) + ")");
          }
          lines.emplace(code, line);
          out->push_back({code, std::string(f[1])});
          return Status::Ok();
        });
    ENTENTE_RETURN_IF_ERROR(st);
    if (out->empty()) return DataLossError(PathOf(spec) + ": no valid rows");
    // Built only now: the views must point at strings that no longer move.
    index->reserve(out->size());
    for (uint32_t i = 0; i < out->size(); ++i) index->emplace((*out)[i].code, i);
    return Status::Ok();
  }

  std::string dir_;
  const CodeTablesOptions& options_;
  std::unique_ptr<CodeTables> tables_;
};

StatusOr<std::unique_ptr<CodeTables>> CodeTables::Load(const std::string& data_dir,
                                                       const CodeTablesOptions& options) {
  if (data_dir.empty()) return InvalidArgumentError("code tables: no data directory given");
  return CodeTablesLoader(data_dir + "/tables", options).Run();
}

const EventCodeEntry* CodeTables::Find(std::string_view code) const {
  int key = CodeKey(code);
  if (key < 0) return nullptr;
  int32_t idx = index_[key];
  return idx < 0 ? nullptr : &codes_[idx];
}

Lookup<std::string_view> CodeTables::Name(std::string_view code) const {
  const EventCodeEntry* e = Find(code);
  if (e == nullptr) return {LookupStatus::kUnknownCode, {}};
  if (e->name.empty()) return {LookupStatus::kNoValue, {}};
  return {LookupStatus::kFound, e->name};
}

Lookup<std::string_view> CodeTables::Root(std::string_view code) const {
  const EventCodeEntry* e = Find(code);
  if (e == nullptr) return {LookupStatus::kUnknownCode, {}};
  return {LookupStatus::kFound, e->root};
}

Lookup<double> CodeTables::Goldstein(std::string_view code, GoldsteinTable table) const {
  const EventCodeEntry* e = Find(code);
  if (e == nullptr) return {LookupStatus::kUnknownCode, 0.0};
  const std::optional<double>& g = e->goldstein[static_cast<int>(table)];
  if (!g) return {LookupStatus::kNoValue, 0.0};
  return {LookupStatus::kFound, *g};
}

Lookup<int> CodeTables::QuadClass(std::string_view code, QuadScheme scheme) const {
  const EventCodeEntry* e = Find(code);
  if (e == nullptr) return {LookupStatus::kUnknownCode, 0};
  // Every loaded code's root has a quad row (checked at load).
  return {LookupStatus::kFound, quad_[static_cast<int>(scheme)][RootNumber(e->root)]};
}

Lookup<PloverEvent> CodeTables::Plover(std::string_view code) const {
  const EventCodeEntry* e = Find(code);
  if (e == nullptr) return {LookupStatus::kUnknownCode, {}};
  if (e->plover < 0) return {LookupStatus::kNoValue, {}};
  const PloverRow& p = plover_[e->plover];
  return {LookupStatus::kFound, PloverEvent{p.type, p.mode, p.context}};
}

Lookup<std::string_view> CodeTables::ActorTypeName(std::string_view code) const {
  auto it = actor_type_index_.find(code);
  if (it == actor_type_index_.end()) return {LookupStatus::kUnknownCode, {}};
  return {LookupStatus::kFound, actor_types_[it->second].name};
}

Lookup<std::string_view> CodeTables::CountryName(std::string_view code) const {
  auto it = country_index_.find(code);
  if (it == country_index_.end()) return {LookupStatus::kUnknownCode, {}};
  return {LookupStatus::kFound, countries_[it->second].name};
}

}  // namespace entente::coding
