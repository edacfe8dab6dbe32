#include "output/event_writers.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "base/json.h"
#include "test_support.h"
#include "unit/output/json_schema_check.h"

namespace entente::output {
namespace {

// ---- a fictional story and its events, written by hand -----------------------------------------

// Segment 0 is the dateline, 1-2 the first paragraph, 3 the second one.
const char kText[] =
    "MINAS TIRITH, May 6 (Entente Sample Wire) - The Arnorian foreign minister visited Gondor's "
    "prime minister on Sunday.\nGondorian troops may not attack the rebels, the army said.\n\nA "
    "government spokesman expressed accord.";

Document MakeDocument() {
  Document doc;
  doc.id = "sample-2024-05-06-1";
  doc.date = "2024-05-06";
  doc.source = "Entente Sample Wire";
  doc.url = "https://example.org/sample/arnor-gondor";
  doc.title = "Arnor and Gondor ministers meet";
  doc.text = kText;
  doc.origin = "sample.jsonl:1";
  return doc;
}

// The byte range of the first `needle` at or after `from`; fails the test when absent.
Span Find(const std::string& text, std::string_view needle, size_t from = 0) {
  const size_t at = text.find(needle, from);
  EXPECT_NE(at, std::string::npos) << needle;
  if (at == std::string::npos) return {};
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

EventActor Actor(const std::string& text, std::string code, std::string country,
                 std::vector<std::string> roles, std::string_view mention, std::string where,
                 size_t from = 0) {
  EventActor a;
  a.code = std::move(code);
  a.country = std::move(country);
  a.roles = std::move(roles);
  if (!mention.empty()) a.span = Find(text, mention, from);
  a.where = std::move(where);
  return a;
}

// 1. a visit and 2. its paired host event (042:043); 3. a negated, modal attack; 4. an
// expression of accord that the Phoenix table leaves unscored, that PLOVER drops (root 01), by a
// role without a known actor ("---GOV") and with no target ("---").
std::vector<Event> MakeEvents(const Document& doc) {
  const std::string& t = doc.text;
  const Span s1 =
      Find(t, "The Arnorian foreign minister visited Gondor's prime minister on Sunday.");
  const Span s2 = Find(t, "Gondorian troops may not attack the rebels, the army said.");
  const Span s3 = Find(t, "A government spokesman expressed accord.");
  const EventActor arnor =
      Actor(t, "ARNGOV", "ARN", {"GOV"}, "The Arnorian foreign minister", "sample/actors.txt:3");
  const EventActor gondor =
      Actor(t, "GONGOV", "GON", {"GOV"}, "Gondor's prime minister", "sample/actors.txt:7");
  std::vector<Event> events(4);

  Event& visit = events[0];
  visit.sentence = 1;
  visit.sentence_span = s1;
  visit.date = "2024-05-05";
  visit.source = arnor;
  visit.target = gondor;
  visit.code = "042";
  visit.root = "04";
  visit.quad = 1;
  visit.goldstein = 1.9;
  visit.goldstein_known = true;
  visit.plover_type = "CONSULT";
  visit.plover_mode = "visit";
  visit.verb = Find(t, "visited");
  visit.pattern = "- * + [042:043]";
  visit.pattern_where = "sample/verbs.txt:12";

  Event& host = events[1];
  host = visit;
  host.source = gondor;
  host.target = arnor;
  host.code = "043";
  host.goldstein = 2.8;
  host.paired = true;

  Event& attack = events[2];
  attack.sentence = 2;
  attack.sentence_span = s2;
  attack.date = "2024-05-06";
  attack.source = Actor(t, "GONMIL", "GON", {"MIL"}, "Gondorian troops", "sample/agents.txt:21");
  attack.target = Actor(t, "GONREB", "GON", {"REB"}, "the rebels", "sample/agents.txt:30");
  attack.code = "190";
  attack.root = "19";
  attack.quad = 4;
  attack.goldstein = -10.0;
  attack.goldstein_known = true;
  attack.plover_type = "ASSAULT";
  attack.negated = true;
  attack.modality = "may";
  attack.verb = Find(t, "attack");
  attack.pattern = "- * + [190]";
  attack.pattern_where = "sample/verbs.txt:40";

  Event& accord = events[3];
  accord.sentence = 3;
  accord.sentence_span = s3;
  accord.date = "2024-05-06";
  accord.source = Actor(t, "---GOV", "", {"GOV"}, "A government spokesman", "sample/agents.txt:9");
  accord.target.code = "---";
  accord.code = "019";
  accord.root = "01";
  accord.quad = 1;
  accord.goldstein_known = false;
  accord.verb = Find(t, "expressed");
  accord.pattern = "- * accord [019]";
  accord.pattern_where = "sample/verbs.txt:5";
  return events;
}

EventOutputContext MakeContext() {
  EventOutputContext ctx;
  ctx.entente_version = "0.1.0";
  ctx.model_version = "en-ud-1";
  ctx.dictionary_version = "sample-1";
  ctx.tables =
      "cameo_quad_classes 1, cameo_events 1, cameo_plover 1, cameo_actor_types 1, "
      "cameo_countries 1; goldstein=phoenix; quad=gdelt";
  ctx.date_added = "20240506120000";
  return ctx;
}

struct Written {
  std::string text;
  size_t skipped = 0;
  uint64_t next_id = 0;
};

Written Write(EventFormat format, const Document& doc, const std::vector<Event>& events,
              const EventOutputContext& ctx = MakeContext(), uint64_t first_id = 1) {
  Written w;
  w.next_id = first_id;
  w.skipped = AppendEvents(format, doc, events, ctx, &w.next_id, &w.text);
  return w;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::vector<std::string> Columns(const std::string& line) {
  std::vector<std::string> columns;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    columns.push_back(line.substr(start, tab == std::string::npos ? tab : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return columns;
}

// Compares with tests/golden/output/<name>. ENTENTE_UPDATE_GOLDEN=1 rewrites the file instead
// (then read the diff before committing it).
void ExpectGolden(const std::string& name, const std::string& actual) {
  const std::string path = testing::SourceDir() + "/tests/golden/output/" + name;
  if (const char* update = std::getenv("ENTENTE_UPDATE_GOLDEN"); update && *update == '1') {
    std::ofstream(path, std::ios::binary) << actual;
  }
  EXPECT_EQ(actual, testing::ReadFileOrDie(path)) << "differs from " << path;
}

const base::JsonValue& EventSchema() {
  static const base::JsonValue* schema = [] {
    const std::string text =
        testing::ReadFileOrDie(testing::SourceDir() + "/docs/event.schema.json");
    StatusOr<base::JsonValue> parsed = base::ParseJson(text);
    if (!parsed.ok()) {
      ADD_FAILURE() << "docs/event.schema.json: " << parsed.status().ToString();
      return new base::JsonValue();
    }
    return new base::JsonValue(std::move(*parsed));
  }();
  return *schema;
}

base::JsonValue ParseOrFail(const std::string& line) {
  StatusOr<base::JsonValue> parsed = base::ParseJson(line);
  EXPECT_TRUE(parsed.ok()) << parsed.status().ToString() << "\n" << line;
  return parsed.ok() ? std::move(*parsed) : base::JsonValue();
}

void ExpectValid(const std::string& line) {
  const base::JsonValue record = ParseOrFail(line);
  EXPECT_TRUE(record.is_object()) << line;
  for (const std::string& error : testing::CheckJsonSchema(EventSchema(), record)) {
    ADD_FAILURE() << error << "\n" << line;
  }
}

// ---- tests --------------------------------------------------------------------------------------

TEST(EventWritersTest, ParsesFormatNames) {
  for (EventFormat f :
       {EventFormat::kJsonl, EventFormat::kGdelt, EventFormat::kPlover, EventFormat::kPhoenix}) {
    EXPECT_EQ(ParseEventFormat(EventFormatName(f)), f);
  }
  EXPECT_EQ(ParseEventFormat("gdelt"), EventFormat::kGdelt);
  EXPECT_FALSE(ParseEventFormat("GDELT").has_value());
  EXPECT_FALSE(ParseEventFormat("csv").has_value());
  EXPECT_FALSE(ParseEventFormat("").has_value());
}

TEST(EventWritersTest, NativeJsonlMatchesGoldenAndSchema) {
  const Document doc = MakeDocument();
  const Written w = Write(EventFormat::kJsonl, doc, MakeEvents(doc));
  ExpectGolden("events.jsonl", w.text);
  EXPECT_EQ(w.skipped, 0u);
  EXPECT_EQ(w.next_id, 5u);
  const std::vector<std::string> lines = Lines(w.text);
  ASSERT_EQ(lines.size(), 4u);
  for (const std::string& line : lines) ExpectValid(line);

  const base::JsonValue first = ParseOrFail(lines[0]);
  ASSERT_NE(first.Find("source"), nullptr);
  EXPECT_EQ(first.Find("source")->Find("text")->text(), "The Arnorian foreign minister");
  EXPECT_EQ(first.Find("verb")->Find("text")->text(), "visited");
  EXPECT_TRUE(first.Find("code")->is_string());
  EXPECT_EQ(first.Find("code")->text(), "042");  // leading zero kept
  EXPECT_EQ(first.Find("goldstein")->text(), "1.9");

  const base::JsonValue accord = ParseOrFail(lines[3]);
  EXPECT_TRUE(accord.Find("goldstein")->is_null());  // unscored: null, never 0
  EXPECT_TRUE(accord.Find("plover")->is_null());
  EXPECT_EQ(accord.Find("target")->Find("code")->text(), "---");
  EXPECT_TRUE(accord.Find("target")->Find("text")->is_null());
  EXPECT_TRUE(accord.Find("target")->Find("span")->is_null());
  EXPECT_TRUE(accord.Find("source")->Find("country")->is_null());

  const base::JsonValue attack = ParseOrFail(lines[2]);
  EXPECT_EQ(attack.Find("negated")->type(), base::JsonValue::Type::kBool);
  EXPECT_TRUE(attack.Find("negated")->bool_value());
  EXPECT_EQ(attack.Find("modality")->text(), "may");
  EXPECT_EQ(attack.Find("goldstein")->text(), "-10.0");
  EXPECT_TRUE(attack.Find("plover")->Find("mode")->is_null());
  EXPECT_TRUE(ParseOrFail(lines[1]).Find("paired")->bool_value());
}

TEST(EventWritersTest, GdeltMatchesGoldenWith61Columns) {
  const Document doc = MakeDocument();
  const Written w = Write(EventFormat::kGdelt, doc, MakeEvents(doc));
  ExpectGolden("events.gdelt.tsv", w.text);
  EXPECT_EQ(w.skipped, 1u);  // the negated attack
  EXPECT_EQ(w.next_id, 5u);
  const std::vector<std::string> lines = Lines(w.text);
  ASSERT_EQ(lines.size(), 3u);
  for (const std::string& line : lines) EXPECT_EQ(Columns(line).size(), 61u) << line;

  const std::vector<std::string> visit = Columns(lines[0]);
  EXPECT_EQ(visit[0], "1");
  EXPECT_EQ(visit[1], "20240505");
  EXPECT_EQ(visit[2], "202405");
  EXPECT_EQ(visit[3], "2024");
  EXPECT_EQ(visit[4], "2024.3425");  // 2024 + (4 * 30 + 5) / 365
  EXPECT_EQ(visit[5], "ARNGOV");
  EXPECT_EQ(visit[7], "ARN");
  EXPECT_EQ(visit[12], "GOV");
  EXPECT_EQ(visit[15], "GONGOV");
  EXPECT_EQ(visit[25], "1");  // first paragraph
  EXPECT_EQ(visit[26], "042");
  EXPECT_EQ(visit[27], "042");
  EXPECT_EQ(visit[28], "04");
  EXPECT_EQ(visit[29], "1");
  EXPECT_EQ(visit[30], "1.9");
  EXPECT_EQ(visit[34], "");   // AvgTone: not measured
  EXPECT_EQ(visit[35], "0");  // geography type 0: none
  EXPECT_EQ(visit[59], "20240506120000");
  EXPECT_EQ(visit[60], "https://example.org/sample/arnor-gondor");

  const std::vector<std::string> accord = Columns(lines[2]);
  EXPECT_EQ(accord[0], "4");    // the skipped attack used id 3
  EXPECT_EQ(accord[5], "GOV");  // "---GOV"
  EXPECT_EQ(accord[7], "");
  EXPECT_EQ(accord[12], "GOV");
  EXPECT_EQ(accord[15], "");   // "---": no actor
  EXPECT_EQ(accord[25], "0");  // second paragraph
  EXPECT_EQ(accord[30], "");   // unscored
}

TEST(EventWritersTest, PloverMatchesGoldenAndSkipsEventsWithoutType) {
  const Document doc = MakeDocument();
  const Written w = Write(EventFormat::kPlover, doc, MakeEvents(doc));
  ExpectGolden("events.plover.jsonl", w.text);
  EXPECT_EQ(w.skipped, 2u);  // the negated attack; the accord (root 01 has no PLOVER type)
  EXPECT_EQ(w.next_id, 5u);
  const std::vector<std::string> lines = Lines(w.text);
  ASSERT_EQ(lines.size(), 2u);
  for (const std::string& line : lines) {
    const base::JsonValue r = ParseOrFail(line);
    for (const char* key : {"id", "date", "actor", "recipient", "event"}) {
      EXPECT_NE(r.Find(key), nullptr) << key;
    }
  }
  const base::JsonValue host = ParseOrFail(lines[1]);
  EXPECT_EQ(host.Find("id")->text(), "2");
  EXPECT_EQ(host.Find("actor")->items().at(0).Find("code")->text(), "GON");
  EXPECT_EQ(host.Find("actor")->items().at(0).Find("sector")->text(), "GOV");
  EXPECT_EQ(host.Find("event")->items().at(0).text(), "CONSULT");
  EXPECT_EQ(host.Find("quad_code")->text(), "1");
  EXPECT_EQ(host.Find("cameo_code")->text(), "043");
}

TEST(EventWritersTest, PhoenixMatchesGoldenWith26Columns) {
  const Document doc = MakeDocument();
  const Written w = Write(EventFormat::kPhoenix, doc, MakeEvents(doc));
  ExpectGolden("events.phoenix.tsv", w.text);
  EXPECT_EQ(w.skipped, 1u);
  const std::vector<std::string> lines = Lines(w.text);
  ASSERT_EQ(lines.size(), 3u);
  for (const std::string& line : lines) EXPECT_EQ(Columns(line).size(), 26u) << line;
  const std::vector<std::string> accord = Columns(lines[2]);
  EXPECT_EQ(accord[1], "20240506");
  EXPECT_EQ(accord[3], "5");
  EXPECT_EQ(accord[5], "---GOV");
  EXPECT_EQ(accord[6], "---");
  EXPECT_EQ(accord[7], "GOV");
  EXPECT_EQ(accord[9], "---");
  EXPECT_EQ(accord[13], "019");
  EXPECT_EQ(accord[14], "01");
  EXPECT_EQ(accord[16], "");  // unscored
  EXPECT_EQ(accord[23], "sample-2024-05-06-1-3");
  EXPECT_EQ(accord[25], "Entente Sample Wire");
}

TEST(EventWritersTest, EveryEventTakesOneIdInEveryFormat) {
  const Document doc = MakeDocument();
  const std::vector<Event> events = MakeEvents(doc);
  for (EventFormat f :
       {EventFormat::kJsonl, EventFormat::kGdelt, EventFormat::kPlover, EventFormat::kPhoenix}) {
    const Written w = Write(f, doc, events, MakeContext(), 100);
    EXPECT_EQ(w.next_id, 104u) << EventFormatName(f);
  }
  const Written gdelt = Write(EventFormat::kGdelt, doc, events, MakeContext(), 100);
  const Written phoenix = Write(EventFormat::kPhoenix, doc, events, MakeContext(), 100);
  const std::vector<std::string> g = Lines(gdelt.text), p = Lines(phoenix.text);
  ASSERT_EQ(g.size(), p.size());
  for (size_t i = 0; i < g.size(); ++i) EXPECT_EQ(Columns(g[i])[0], Columns(p[i])[0]);
  EXPECT_EQ(Columns(g.back())[0], "103");

  // Ids run on across documents.
  uint64_t next_id = 7;
  std::string out;
  AppendEvents(EventFormat::kGdelt, doc, events, MakeContext(), &next_id, &out);
  AppendEvents(EventFormat::kGdelt, doc, events, MakeContext(), &next_id, &out);
  EXPECT_EQ(next_id, 15u);
  EXPECT_EQ(Columns(Lines(out).back())[0], "14");
}

TEST(EventWritersTest, WriteNegatedKeepsNegatedEvents) {
  const Document doc = MakeDocument();
  EventOutputContext ctx = MakeContext();
  ctx.write_negated = true;
  const Written gdelt = Write(EventFormat::kGdelt, doc, MakeEvents(doc), ctx);
  EXPECT_EQ(gdelt.skipped, 0u);
  ASSERT_EQ(Lines(gdelt.text).size(), 4u);
  EXPECT_EQ(Columns(Lines(gdelt.text)[2])[26], "190");
  const Written plover = Write(EventFormat::kPlover, doc, MakeEvents(doc), ctx);
  EXPECT_EQ(plover.skipped, 1u);
  const std::vector<std::string> lines = Lines(plover.text);
  ASSERT_EQ(lines.size(), 3u);
  const base::JsonValue attack = ParseOrFail(lines[2]);
  EXPECT_TRUE(attack.Find("negated")->bool_value());
  EXPECT_EQ(attack.Find("modality")->text(), "may");
  EXPECT_EQ(attack.Find("event")->items().at(0).text(), "ASSAULT");
  EXPECT_EQ(attack.Find("quad_code")->text(), "4");
  EXPECT_EQ(attack.Find("mode"), nullptr);
}

// Tabs and line breaks in document fields, actor mentions and a new actor's quoted text (the
// CAMEO code itself) must not add a column or a line in any format.
TEST(EventWritersTest, TabsAndLineBreaksStayInsideTheirField) {
  Document doc;
  doc.id = "odd\tid\n1";
  doc.date = "2024-05-06";
  doc.source = "Wire\r\nTwo\tDesk \xE2\x80\xA8 Night\xC2\x85";
  doc.url = "https://example.org/a\tb\nc";
  doc.text = "The\tborder\ncommission met the\r\nArnorian envoy.";
  Event e;
  e.sentence = 0;
  e.sentence_span = {0, static_cast<uint32_t>(doc.text.size())};
  e.date = "2024-05-06";
  e.source = Actor(doc.text, "\"BORDER\tCOMMISSION\n\"", "", {}, "The\tborder\ncommission", "");
  e.target = Actor(doc.text, "ARN", "ARN", {}, "Arnorian envoy", "x.txt:1");
  e.code = "040";
  e.root = "04";
  e.quad = 1;
  e.goldstein = 1.0;
  e.goldstein_known = true;
  e.plover_type = "CONSULT";
  e.verb = Find(doc.text, "met");
  const std::vector<Event> events = {e, e};

  for (EventFormat f : {EventFormat::kGdelt, EventFormat::kPhoenix}) {
    const Written w = Write(f, doc, events);
    const std::vector<std::string> lines = Lines(w.text);
    ASSERT_EQ(lines.size(), 2u) << EventFormatName(f);
    for (const std::string& line : lines) {
      EXPECT_EQ(Columns(line).size(), f == EventFormat::kGdelt ? 61u : 26u) << line;
      EXPECT_EQ(line.find('\r'), std::string::npos);
      EXPECT_EQ(line.find("\xE2\x80\xA8"), std::string::npos);
      EXPECT_EQ(line.find("\xC2\x85"), std::string::npos);
    }
    const std::vector<std::string> c = Columns(lines[0]);
    if (f == EventFormat::kGdelt) {
      EXPECT_EQ(c[5], "\"BORDER COMMISSION \"");
      EXPECT_EQ(c[60], "https://example.org/a b c");
    } else {
      EXPECT_EQ(c[5], "\"BORDER COMMISSION \"");
      EXPECT_EQ(c[23], "odd id 1-0");
      EXPECT_EQ(c[25], "Wire  Two Desk   Night ");
    }
  }
  for (EventFormat f : {EventFormat::kJsonl, EventFormat::kPlover}) {
    const Written w = Write(f, doc, events);
    const std::vector<std::string> lines = Lines(w.text);
    ASSERT_EQ(lines.size(), 2u) << EventFormatName(f);
    for (const std::string& line : lines) {
      const base::JsonValue r = ParseOrFail(line);
      if (f == EventFormat::kJsonl) {
        ExpectValid(line);
        EXPECT_EQ(r.Find("source")->Find("text")->text(), "The\tborder\ncommission");
        EXPECT_EQ(r.Find("doc")->text(), doc.id);
      } else {
        EXPECT_EQ(r.Find("actor")->items().at(0).Find("entity_text")->text(),
                  "The\tborder\ncommission");
      }
    }
  }
}

TEST(EventWritersTest, GdeltDatesScoresAndRootEvents) {
  Document doc;
  doc.id = "d";
  doc.text = "First line, no blank line anywhere.\nSecond line.";
  Event e;
  e.code = "190";
  e.root = "19";
  e.quad = 4;
  e.sentence_span = {0, 35};
  auto row = [&](const Event& ev) {
    const Written w = Write(EventFormat::kGdelt, doc, std::vector<Event>{ev});
    return Columns(Lines(w.text).at(0));
  };
  struct DateCase {
    const char* date;
    const char* fraction;
  };
  // The first two are real GDELT rows' SQLDATE and FractionDate; the last are the extremes.
  for (const DateCase& c :
       {DateCase{"2014-02-18", "2014.1315"}, DateCase{"2020-03-11", "2020.1945"},
        DateCase{"2021-01-01", "2021.0027"}, DateCase{"2020-12-31", "2020.9890"}}) {
    e.date = c.date;
    EXPECT_EQ(row(e)[4], c.fraction) << c.date;
  }
  for (const char* bad : {"", "2024-13-01", "2024-02-30", "20240501", "2024-5-1"}) {
    e.date = bad;
    const std::vector<std::string> r = row(e);
    for (int i = 1; i <= 4; ++i) EXPECT_EQ(r[i], "") << bad;
  }
  struct ScoreCase {
    double value;
    const char* text;
  };
  e.goldstein_known = true;
  for (const ScoreCase& c : {ScoreCase{-10.0, "-10.0"}, ScoreCase{10.0, "10.0"},
                             ScoreCase{3.4, "3.4"}, ScoreCase{-0.1, "-0.1"}, ScoreCase{0.0, "0.0"},
                             ScoreCase{-0.0, "0.0"}, ScoreCase{2.25, "2.25"}}) {
    e.goldstein = c.value;
    EXPECT_EQ(row(e)[30], c.text) << c.value;
  }
  e.goldstein_known = false;
  e.goldstein = 5.0;
  EXPECT_EQ(row(e)[30], "");

  // Without blank lines, each line is a paragraph.
  EXPECT_EQ(row(e)[25], "1");
  e.sentence_span = {36, 48};
  EXPECT_EQ(row(e)[25], "0");
  // With one, the first paragraph runs to it; leading blank lines do not count.
  doc.text = "\n\n  First line,\nstill the first paragraph.\n \t\nSecond paragraph.";
  e.sentence_span = Find(doc.text, "still");
  EXPECT_EQ(row(e)[25], "1");
  e.sentence_span = Find(doc.text, "Second");
  EXPECT_EQ(row(e)[25], "0");
  // A 2-character code is its own base code.
  e.code = "19";
  EXPECT_EQ(row(e)[27], "19");
}

TEST(EventWritersTest, SpansOutsideTheTextAreNotRead) {
  Document doc = MakeDocument();
  std::vector<Event> events = MakeEvents(doc);
  events[0].source.span = {10, 100000};
  events[0].verb = {5, 5};
  const Written w = Write(EventFormat::kJsonl, doc, std::vector<Event>{events[0]});
  const base::JsonValue r = ParseOrFail(Lines(w.text).at(0));
  EXPECT_TRUE(r.Find("source")->Find("text")->is_null());
  EXPECT_EQ(r.Find("source")->Find("span")->items().size(), 2u);
  EXPECT_TRUE(r.Find("verb")->Find("text")->is_null());
  EXPECT_TRUE(r.Find("verb")->Find("span")->is_null());
}

// ---- the schema checker itself ------------------------------------------------------------------

std::string FirstNativeLine() {
  const Document doc = MakeDocument();
  return Lines(Write(EventFormat::kJsonl, doc, MakeEvents(doc)).text).at(0);
}

std::vector<std::string> SchemaErrors(const std::string& line) {
  return testing::CheckJsonSchema(EventSchema(), ParseOrFail(line));
}

// Replaces the first occurrence of `from` in `s`.
std::string Replace(std::string s, std::string_view from, std::string_view to) {
  const size_t at = s.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) s.replace(at, from.size(), to);
  return s;
}

TEST(JsonSchemaCheckTest, AcceptsAWrittenRecord) {
  EXPECT_TRUE(SchemaErrors(FirstNativeLine()).empty());
}

TEST(JsonSchemaCheckTest, RejectsBrokenRecords) {
  const std::string good = FirstNativeLine();
  struct Case {
    std::string line;
    const char* expected;  // a substring of one error
  };
  const Case cases[] = {
      {Replace(good, "\"code\":\"042\",", ""), "missing \"code\""},
      {Replace(good, "\"code\":\"042\"", "\"code\":42"), "/code: not of type string"},
      {Replace(good, "\"code\":\"042\"", "\"code\":\"4a\""), "does not match"},
      {Replace(good, "\"root\":\"04\"", "\"root\":\"4\""), "/root"},
      {Replace(good, "\"quad\":1", "\"quad\":5"), "above 4"},
      {Replace(good, "\"quad\":1", "\"quad\":1.5"), "not of type integer"},
      {Replace(good, "\"goldstein\":1.9", "\"goldstein\":-11"), "below -10"},
      {Replace(good, "\"goldstein\":1.9", "\"goldstein\":\"1.9\""), "not of type number or null"},
      {Replace(good, "\"negated\":false", "\"negated\":0"), "/negated"},
      {Replace(good, "\"doc\":", "\"extra\":1,\"doc\":"), "unexpected \"extra\""},
      {Replace(good, "\"type\":\"CONSULT\"", "\"type\":\"CHAT\""), "enum"},
      {Replace(good, "\"roles\":[\"GOV\"]", "\"roles\":[\"GOVT\"]"), "/source/roles/0"},
      {Replace(good, "\"sent\":1", "\"sent\":-1"), "below 0"},
      {Replace(good, "\"date\":\"2024-05-05\"", "\"date\":\"5 May 2024\""), "/date"},
  };
  for (const Case& c : cases) {
    const std::vector<std::string> errors = SchemaErrors(c.line);
    bool found = false;
    for (const std::string& e : errors) found = found || e.find(c.expected) != std::string::npos;
    EXPECT_TRUE(found) << "expected an error containing '" << c.expected << "' for\n" << c.line;
  }
  // A span must have exactly two offsets.
  const size_t at = good.find("\"sentence_span\":[");
  ASSERT_NE(at, std::string::npos);
  std::string three = good;
  three.insert(three.find(']', at), ",7");
  EXPECT_FALSE(SchemaErrors(three).empty());
}

TEST(JsonSchemaCheckTest, ReportsKeywordsItDoesNotSupport) {
  StatusOr<base::JsonValue> schema =
      base::ParseJson(R"({"type":"object","propertyNames":{"pattern":"^a"},"$ref":"#/nowhere"})");
  ASSERT_TRUE(schema.ok());
  StatusOr<base::JsonValue> instance = base::ParseJson(R"({"b":1})");
  ASSERT_TRUE(instance.ok());
  const std::vector<std::string> errors = testing::CheckJsonSchema(*schema, *instance);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_NE(errors[0].find("unsupported schema keyword \"propertyNames\""), std::string::npos);
  EXPECT_NE(errors[1].find("$ref"), std::string::npos);
}

}  // namespace
}  // namespace entente::output
