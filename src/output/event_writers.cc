#include "output/event_writers.h"

#include <cassert>
#include <charconv>
#include <cmath>
#include <string_view>

#include "base/date.h"
#include "base/json.h"

namespace entente::output {

namespace {

constexpr int kGdeltColumns = 61;    // GDELT 2.0 event table (DOMAIN.md §5.1)
constexpr int kPhoenixColumns = 26;  // Phoenix data set (DOMAIN.md §5.3)

// ---- shared helpers ---------------------------------------------------------------------------

struct YearMonthDay {
  int year = 0, month = 0, day = 0;
};

// Exactly "YYYY-MM-DD" naming a real calendar day, the form Event::date and Document::date hold.
std::optional<YearMonthDay> ParseIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto number = [&](size_t pos, size_t len, int* value) {
    const char* end = s.data() + pos + len;
    auto [ptr, ec] = std::from_chars(s.data() + pos, end, *value);
    return ec == std::errc() && ptr == end;
  };
  YearMonthDay d;
  if (!number(0, 4, &d.year) || !number(5, 2, &d.month) || !number(8, 2, &d.day)) {
    return std::nullopt;
  }
  if (!base::IsValidCivilDate(d.year, d.month, d.day)) return std::nullopt;
  return d;
}

// The text a span covers, or nullopt when the span is empty or lies outside the text (a span the
// coder did not fill, or a bug upstream: the record then says null rather than guess).
std::optional<std::string_view> SpanText(const Document& doc, Span s) {
  if (s.end <= s.begin || s.end > doc.text.size()) return std::nullopt;
  return std::string_view(doc.text).substr(s.begin, s.size());
}

bool HasGoldstein(const Event& e) { return e.goldstein_known && std::isfinite(e.goldstein); }

// Goldstein values as the tables hold them: the shortest decimal that reads back as the same
// double, with at least one decimal ("1.0", "-10.0", "3.4"); -0.0 is written 0.0.
void AppendGoldstein(double g, std::string* out) {
  if (g == 0.0) g = 0.0;
  char buf[32];
  const auto result = std::to_chars(buf, buf + sizeof(buf), g);
  const std::string_view s(buf, static_cast<size_t>(result.ptr - buf));
  out->append(s);
  if (s.find_first_of(".e") == std::string_view::npos) out->append(".0");
}

// The 2-digit root: the coder's, else the code's first two characters.
std::string_view RootOf(const Event& e) {
  if (!e.root.empty()) return e.root;
  return std::string_view(e.code).substr(0, 2);
}

// ---- JSON ---------------------------------------------------------------------------------------

void AppendStringOrNull(std::string_view s, std::string* out) {
  if (s.empty()) {
    out->append("null");
  } else {
    base::AppendJsonString(out, s);
  }
}

void AppendTextOrNull(const std::optional<std::string_view>& s, std::string* out) {
  if (s.has_value()) {
    base::AppendJsonString(out, *s);
  } else {
    out->append("null");
  }
}

// [begin,end], or null for an empty span ({0,0} is "absent" in Event).
void AppendSpanOrNull(Span s, std::string* out) {
  if (s.end <= s.begin) {
    out->append("null");
    return;
  }
  out->push_back('[');
  out->append(std::to_string(s.begin));
  out->push_back(',');
  out->append(std::to_string(s.end));
  out->push_back(']');
}

void AppendBool(bool b, std::string* out) { out->append(b ? "true" : "false"); }

// ---- tab-separated rows -------------------------------------------------------------------------

// One TSV line. Field text is written with every character that would end a field or a line
// replaced by a space: ASCII control characters (tab, CR, LF, ...), and U+0085, U+2028 and U+2029,
// which some readers (Python's splitlines) also take as line breaks.
class TsvRow {
 public:
  explicit TsvRow(std::string* out) : out_(out) {}

  void Field(std::string_view s) {
    if (fields_++ > 0) out_->push_back('\t');
    for (size_t i = 0; i < s.size(); ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c < 0x20 || c == 0x7F) {
        out_->push_back(' ');
      } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x85) {
        out_->push_back(' ');
        i += 1;
      } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                 (static_cast<unsigned char>(s[i + 2]) == 0xA8 ||
                  static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
        out_->push_back(' ');
        i += 2;
      } else {
        out_->push_back(static_cast<char>(c));
      }
    }
  }
  void Number(uint64_t v) { Field(std::to_string(v)); }
  void Int(int v) { Field(std::to_string(v)); }
  void Empty(int n = 1) {
    for (int i = 0; i < n; ++i) Field({});
  }
  void Goldstein(const Event& e) {
    if (!HasGoldstein(e)) {
      Empty();  // unscored under the chosen table: empty, never a silent 0
      return;
    }
    std::string g;
    AppendGoldstein(e.goldstein, &g);
    Field(g);
  }
  // Ends the line; `columns` is the format's fixed width (a wrong count is a bug here, not in the
  // input).
  void End(int columns) {
    assert(fields_ == columns);
    (void)columns;
    out_->push_back('\n');
  }

 private:
  std::string* out_;
  int fields_ = 0;
};

// ---- native JSONL -------------------------------------------------------------------------------

void AppendNativeActor(const Document& doc, const EventActor& a, std::string* out) {
  out->append("{\"code\":");
  base::AppendJsonString(out, a.code);
  out->append(",\"country\":");
  AppendStringOrNull(a.country, out);
  out->append(",\"roles\":[");
  for (size_t i = 0; i < a.roles.size(); ++i) {
    if (i > 0) out->push_back(',');
    base::AppendJsonString(out, a.roles[i]);
  }
  out->append("],\"text\":");
  AppendTextOrNull(SpanText(doc, a.span), out);
  out->append(",\"span\":");
  AppendSpanOrNull(a.span, out);
  out->append(",\"where\":");
  AppendStringOrNull(a.where, out);
  out->append(",\"compound\":");
  AppendBool(a.compound, out);
  out->push_back('}');
}

void AppendNative(const Document& doc, const Event& e, const EventOutputContext& ctx,
                  std::string* out) {
  out->append("{\"doc\":");
  base::AppendJsonString(out, doc.id);
  out->append(",\"sent\":");
  out->append(std::to_string(e.sentence));
  out->append(",\"date\":");
  AppendStringOrNull(e.date, out);
  out->append(",\"pub_date\":");
  AppendStringOrNull(doc.date, out);
  out->append(",\"source\":");
  AppendNativeActor(doc, e.source, out);
  out->append(",\"target\":");
  AppendNativeActor(doc, e.target, out);
  out->append(",\"code\":");
  base::AppendJsonString(out, e.code);
  out->append(",\"root\":");
  base::AppendJsonString(out, e.root);
  out->append(",\"quad\":");
  out->append(std::to_string(e.quad));
  out->append(",\"goldstein\":");
  if (HasGoldstein(e)) {
    AppendGoldstein(e.goldstein, out);
  } else {
    out->append("null");
  }
  out->append(",\"plover\":");
  if (e.plover_type.empty()) {
    out->append("null");
  } else {
    out->append("{\"type\":");
    base::AppendJsonString(out, e.plover_type);
    out->append(",\"mode\":");
    AppendStringOrNull(e.plover_mode, out);
    out->push_back('}');
  }
  out->append(",\"negated\":");
  AppendBool(e.negated, out);
  out->append(",\"modality\":");
  AppendStringOrNull(e.modality, out);
  out->append(",\"paired\":");
  AppendBool(e.paired, out);
  out->append(",\"sentence_span\":");
  AppendSpanOrNull(e.sentence_span, out);
  out->append(",\"verb\":{\"text\":");
  AppendTextOrNull(SpanText(doc, e.verb), out);
  out->append(",\"span\":");
  AppendSpanOrNull(e.verb, out);
  out->append("},\"why\":{\"pattern\":");
  AppendStringOrNull(e.pattern, out);
  out->append(",\"dictionary\":");
  AppendStringOrNull(e.pattern_where, out);
  out->append("},\"versions\":{\"entente\":");
  base::AppendJsonString(out, ctx.entente_version);
  out->append(",\"model\":");
  base::AppendJsonString(out, ctx.model_version);
  out->append(",\"dict\":");
  base::AppendJsonString(out, ctx.dictionary_version);
  out->append(",\"tables\":");
  base::AppendJsonString(out, ctx.tables);
  out->append("}}\n");
}

// ---- GDELT 2.0 ----------------------------------------------------------------------------------

// GDELT's FractionDate, as its rows carry it: year + ((month - 1) * 30 + day) / 365, to 4
// decimals (a 30-day-month approximation, not the day of the year: 2014-02-18 is 2014.1315 in
// GDELT, where day 49/365 would give 2014.1342). Computed in integers, rounded half up; the
// numerator is below 365, so the fraction never reaches 1, and it never falls on a tie.
std::string GdeltFractionDate(const YearMonthDay& d) {
  const int numerator = (d.month - 1) * 30 + d.day;
  const int fraction = (numerator * 20000 + 365) / 730;  // round(numerator * 10000 / 365)
  std::string s = std::to_string(d.year);
  s.push_back('.');
  const std::string digits = std::to_string(fraction);
  s.append(4 - digits.size(), '0');
  s.append(digits);
  return s;
}

// End (byte offset) of the document's first paragraph, for IsRootEvent. GDELT flags events from
// an article's first paragraph; our paragraphs are separated by blank lines (a line break, then
// only spaces, tabs or CRs, then another line break), or, in a text that has no blank line, by
// single line breaks (one paragraph per line, as JSONL bodies and scraped pages often have it).
// Leading white space is skipped first.
size_t FirstParagraphEnd(std::string_view text) {
  const size_t start = text.find_first_not_of(" \t\r\n\f\v");
  if (start == std::string_view::npos) return text.size();
  for (size_t i = text.find('\n', start); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    size_t j = i + 1;
    while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
    if (j < text.size() && text[j] == '\n') return i;
  }
  const size_t line_end = text.find('\n', start);
  return line_end == std::string_view::npos ? text.size() : line_end;
}

// Actor columns: Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code,
// Religion2Code, Type1Code, Type2Code, Type3Code.
void AppendGdeltActor(const EventActor& a, TsvRow* row) {
  std::string_view code = a.code;
  // GDELT leaves an unknown actor empty and writes an agent without a known actor as its role
  // ("GOV"): CAMEO's "---" placeholder is not written.
  if (code.starts_with("---")) code.remove_prefix(3);
  row->Field(code);
  row->Empty();  // Name: GDELT's upper-cased dictionary name, which the event does not carry
  row->Field(a.country);
  row->Empty(4);  // KnownGroup, Ethnic, Religion1, Religion2: not separated from the roles
  for (size_t i = 0; i < 3; ++i) row->Field(i < a.roles.size() ? a.roles[i] : std::string());
}

void AppendGdelt(const Document& doc, const Event& e, uint64_t id, bool root_event,
                 const EventOutputContext& ctx, std::string* out) {
  TsvRow row(out);
  row.Number(id);
  if (const std::optional<YearMonthDay> d = ParseIsoDate(e.date)) {
    row.Int(d->year * 10000 + d->month * 100 + d->day);  // SQLDATE
    row.Int(d->year * 100 + d->month);                   // MonthYear
    row.Int(d->year);                                    // Year
    row.Field(GdeltFractionDate(*d));                    // FractionDate
  } else {
    row.Empty(4);
  }
  AppendGdeltActor(e.source, &row);
  AppendGdeltActor(e.target, &row);
  row.Int(root_event ? 1 : 0);                       // IsRootEvent
  row.Field(e.code);                                 // EventCode
  row.Field(std::string_view(e.code).substr(0, 3));  // EventBaseCode
  row.Field(RootOf(e));                              // EventRootCode
  row.Int(e.quad);                                   // QuadClass
  row.Goldstein(e);                                  // GoldsteinScale
  row.Int(1);                                        // NumMentions
  row.Int(1);                                        // NumSources
  row.Int(1);                                        // NumArticles
  row.Empty();                                       // AvgTone: not measured
  for (int geo = 0; geo < 3; ++geo) {                // Actor1Geo, Actor2Geo, ActionGeo
    row.Int(0);                                      // Type 0: no location, as GDELT writes it
    row.Empty(7);  // FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID
  }
  row.Field(ctx.date_added);
  row.Field(doc.url);
  row.End(kGdeltColumns);
}

// ---- PLOVER -------------------------------------------------------------------------------------

// The PLOVER quad category of an event type (PLOVER manual, "Quad categories"; SANCTION as
// verbal conflict, as in that table). 0 for a type outside the 16.
int PloverQuad(std::string_view type) {
  static constexpr std::pair<std::string_view, int> kQuads[] = {
      {"AGREE", 1},     {"CONSULT", 1},  {"SUPPORT", 1},  {"CONCEDE", 1},
      {"COOPERATE", 2}, {"AID", 2},      {"RETREAT", 2},  {"REQUEST", 3},
      {"ACCUSE", 3},    {"REJECT", 3},   {"THREATEN", 3}, {"SANCTION", 3},
      {"PROTEST", 4},   {"MOBILIZE", 4}, {"COERCE", 4},   {"ASSAULT", 4},
  };
  for (const auto& [name, quad] : kQuads) {
    if (name == type) return quad;
  }
  return 0;
}

// An actor list: [] for CAMEO's null actor "---", else one entity {code, sector, entity_text,
// cameo}. PLOVER's code is the country or IGO ("---" for an agent without one, the CAMEO code
// itself for a new actor's quoted text); sector is the role codes run together ("GOV", "GOVMIL").
void AppendPloverActors(const Document& doc, const EventActor& a, std::string* out) {
  if (a.code.empty() || a.code == "---") {
    out->append("[]");
    return;
  }
  out->append("[{\"code\":");
  if (!a.country.empty()) {
    base::AppendJsonString(out, a.country);
  } else if (a.code.starts_with("---")) {
    base::AppendJsonString(out, "---");
  } else {
    base::AppendJsonString(out, a.code);
  }
  if (!a.roles.empty()) {
    std::string sector;
    for (const std::string& r : a.roles) sector += r;
    out->append(",\"sector\":");
    base::AppendJsonString(out, sector);
  }
  if (const std::optional<std::string_view> text = SpanText(doc, a.span)) {
    out->append(",\"entity_text\":");
    base::AppendJsonString(out, *text);
  }
  out->append(",\"cameo\":");
  base::AppendJsonString(out, a.code);
  out->append("}]");
}

void AppendPlover(const Document& doc, const Event& e, uint64_t id, const EventOutputContext& ctx,
                  std::string* out) {
  out->append("{\"id\":");
  base::AppendJsonString(out, std::to_string(id));
  out->append(",\"date\":");
  AppendStringOrNull(e.date, out);
  out->append(",\"actor\":");
  AppendPloverActors(doc, e.source, out);
  out->append(",\"recipient\":");
  AppendPloverActors(doc, e.target, out);
  out->append(",\"event\":[");
  base::AppendJsonString(out, e.plover_type);
  out->push_back(']');
  if (!e.plover_mode.empty()) {
    out->append(",\"mode\":");
    base::AppendJsonString(out, e.plover_mode);
  }
  if (const int quad = PloverQuad(e.plover_type); quad != 0) {
    out->append(",\"quad_code\":");
    out->append(std::to_string(quad));
  }
  if (const std::optional<std::string_view> verb = SpanText(doc, e.verb)) {
    out->append(",\"event_text\":[");
    base::AppendJsonString(out, *verb);
    out->push_back(']');
  }
  if (const std::optional<std::string_view> text = SpanText(doc, e.sentence_span)) {
    out->append(",\"text\":");
    base::AppendJsonString(out, *text);
  }
  out->append(",\"cameo_code\":");
  base::AppendJsonString(out, e.code);
  if (e.negated) out->append(",\"negated\":true");
  if (!e.modality.empty()) {
    out->append(",\"modality\":");
    base::AppendJsonString(out, e.modality);
  }
  out->append(",\"cite_info\":{\"citation\":");
  base::AppendJsonString(out, doc.id);
  if (!doc.url.empty()) {
    out->append(",\"url\":");
    base::AppendJsonString(out, doc.url);
  }
  if (!doc.title.empty()) {
    out->append(",\"title\":");
    base::AppendJsonString(out, doc.title);
  }
  if (!doc.source.empty()) {
    out->append(",\"publication\":");
    base::AppendJsonString(out, doc.source);
  }
  std::string coder = "entente";
  if (!ctx.entente_version.empty()) coder += " " + ctx.entente_version;
  std::string parts;
  if (!ctx.model_version.empty()) parts += "model " + ctx.model_version;
  if (!ctx.dictionary_version.empty()) {
    if (!parts.empty()) parts += ", ";
    parts += "dictionary " + ctx.dictionary_version;
  }
  if (!parts.empty()) coder += " (" + parts + ")";
  out->append(",\"coder\":");
  base::AppendJsonString(out, coder);
  if (!ctx.tables.empty()) {
    out->append(",\"codebook\":");
    base::AppendJsonString(out, ctx.tables);
  }
  out->append("}}\n");
}

// ---- Phoenix ------------------------------------------------------------------------------------

// Actor columns: ActorFull, ActorEntity, ActorRole, ActorAttribute — Phoenix's split of a CAMEO
// code into root / agent / others: the full code, its country or IGO ("---" when it has none, as
// in "---GOV"), its first role, and the remaining roles joined with ';'.
void AppendPhoenixActor(const EventActor& a, TsvRow* row) {
  row->Field(a.code);
  if (!a.country.empty()) {
    row->Field(a.country);
  } else if (a.code.starts_with("---")) {
    row->Field("---");
  } else {
    row->Empty();
  }
  row->Field(a.roles.empty() ? std::string() : a.roles[0]);
  std::string attributes;
  for (size_t i = 1; i < a.roles.size(); ++i) {
    if (i > 1) attributes.push_back(';');
    attributes += a.roles[i];
  }
  row->Field(attributes);
}

void AppendPhoenix(const Document& doc, const Event& e, uint64_t id, std::string* out) {
  TsvRow row(out);
  row.Number(id);  // EventID
  if (const std::optional<YearMonthDay> d = ParseIsoDate(e.date)) {
    row.Int(d->year * 10000 + d->month * 100 + d->day);  // Date
    row.Int(d->year);
    row.Int(d->month);
    row.Int(d->day);
  } else {
    row.Empty(4);
  }
  AppendPhoenixActor(e.source, &row);
  AppendPhoenixActor(e.target, &row);
  row.Field(e.code);     // EventCode
  row.Field(RootOf(e));  // EventRootCode
  row.Int(e.quad);       // QuadClass
  row.Goldstein(e);      // GoldsteinScore
  row.Empty();           // Issues
  row.Empty(5);          // Lat, Lon, LocationName, StateName, CountryCode
  row.Field(doc.id + "-" + std::to_string(e.sentence));  // SentenceID
  row.Field(doc.url);                                    // URLs
  row.Field(doc.source);                                 // NewsSources
  row.End(kPhoenixColumns);
}

}  // namespace

std::optional<EventFormat> ParseEventFormat(std::string_view name) {
  if (name == "jsonl") return EventFormat::kJsonl;
  if (name == "gdelt") return EventFormat::kGdelt;
  if (name == "plover") return EventFormat::kPlover;
  if (name == "phoenix") return EventFormat::kPhoenix;
  return std::nullopt;
}

std::string_view EventFormatName(EventFormat format) {
  switch (format) {
    case EventFormat::kJsonl:
      return "jsonl";
    case EventFormat::kGdelt:
      return "gdelt";
    case EventFormat::kPlover:
      return "plover";
    case EventFormat::kPhoenix:
      return "phoenix";
  }
  return "jsonl";
}

size_t AppendEvents(EventFormat format, const Document& doc, std::span<const Event> events,
                    const EventOutputContext& ctx, uint64_t* next_id, std::string* out) {
  size_t skipped = 0;
  const size_t first_paragraph_end =
      format == EventFormat::kGdelt ? FirstParagraphEnd(doc.text) : 0;
  for (const Event& e : events) {
    const uint64_t id = (*next_id)++;
    if (format != EventFormat::kJsonl && e.negated && !ctx.write_negated) {
      ++skipped;
      continue;
    }
    switch (format) {
      case EventFormat::kJsonl:
        AppendNative(doc, e, ctx, out);
        break;
      case EventFormat::kGdelt:
        AppendGdelt(doc, e, id, e.sentence_span.begin < first_paragraph_end, ctx, out);
        break;
      case EventFormat::kPlover:
        if (e.plover_type.empty()) {
          ++skipped;
          break;
        }
        AppendPlover(doc, e, id, ctx, out);
        break;
      case EventFormat::kPhoenix:
        AppendPhoenix(doc, e, id, out);
        break;
    }
  }
  return skipped;
}

}  // namespace entente::output
