#include "eval/suites.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "base/json.h"
#include "entente/document.h"
#include "entente/ingest.h"
#include "eval/suite_score.h"
#include "test_support.h"

namespace entente::eval {
namespace {

using Expect = SuiteRecord::Expect;

std::string Suites(const std::string& name) { return testing::TestDataPath("suites/" + name); }

const SuiteRecord* Find(const Suite& suite, const std::string& id) {
  for (const SuiteRecord& r : suite.records)
    if (r.id == id) return &r;
  return nullptr;
}

::testing::AssertionResult AnyDiagnostic(const Suite& suite, const std::string& needle) {
  for (const std::string& d : suite.diagnostics)
    if (d.find(needle) != std::string::npos) return ::testing::AssertionSuccess();
  std::string all;
  for (const std::string& d : suite.diagnostics) all += "\n  " + d;
  return ::testing::AssertionFailure() << "no diagnostic contains '" << needle << "' in:" << all;
}

std::string Events(const SuiteRecord& r) {
  std::string out;
  for (const ExpectedEvent& e : r.expected) {
    if (!out.empty()) out += "; ";
    out += e.source + " " + e.target + " " + e.code;
  }
  return out;
}

std::string Options(const SuiteRecord& r) {
  std::string out;
  for (const OptionChange& c : r.options) {
    if (!out.empty()) out += "; ";
    out += c.name + "=" + c.value;
  }
  return out;
}

// ---- PETRARCH XML ----------------------------------------------------------------------------

TEST(SuitesTest, ReadsPetrarchRecords) {
  auto suite = ReadSuite(Suites("mini.records.xml"));
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  EXPECT_EQ(suite->kind, SuiteKind::kPetrarchXml);
  EXPECT_EQ(suite->name, "petrarch1");
  // BASIC-04 (bad date) and BASIC-05 (never closed) are skipped; the record in the header
  // comment is not one.
  std::vector<std::string> ids;
  for (const SuiteRecord& r : suite->records) ids.push_back(r.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"BASIC-01", "BASIC-02", "BASIC-03", "ERROR-01",
                                           "OTHER-01", "BASIC-06"}));
  EXPECT_EQ(suite->include, (std::vector<std::string>{"BASIC", "ERROR"}));

  const SuiteRecord* r = Find(*suite, "BASIC-01");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->date, 20010203);
  EXPECT_EQ(r->category, "BASIC");
  EXPECT_EQ(r->text, "Norland's envoy visited Sudmark & praised the harbour board.");
  EXPECT_EQ(r->expect, Expect::kEvents);
  EXPECT_EQ(Events(*r), "NOR SUD 042; HARBOUR BOARD SUD 010");
  EXPECT_TRUE(r->enabled);
  EXPECT_EQ(Options(*r), "stop_on_error=True; require_dyad=False");
  EXPECT_NE(r->where.find("mini.records.xml:16"), std::string::npos) << r->where;
  EXPECT_NE(r->options[1].where.find("mini.records.xml:15"), std::string::npos);

  r = Find(*suite, "BASIC-02");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->expect, Expect::kNoEvents);
  EXPECT_TRUE(r->options.empty());

  r = Find(*suite, "BASIC-03");
  ASSERT_NE(r, nullptr);
  EXPECT_FALSE(r->enabled);  // valid="false"
  EXPECT_EQ(Options(*r), "new_actor_length=3; require_dyad=TRUE");

  r = Find(*suite, "ERROR-01");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->expect, Expect::kError);
  EXPECT_EQ(r->error, "dateline");
  EXPECT_TRUE(r->enabled);

  r = Find(*suite, "OTHER-01");
  ASSERT_NE(r, nullptr);
  EXPECT_FALSE(r->enabled);  // not in <Include>
  EXPECT_TRUE(AnyDiagnostic(*suite, "category OTHER is not in <Include>"));

  r = Find(*suite, "BASIC-06");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(Events(*r), "SUD ---GOV 020");
  EXPECT_EQ(suite->EnabledCount(), 4u);

  EXPECT_TRUE(AnyDiagnostic(*suite, "mini.records.xml:49: invalid date"));
  EXPECT_TRUE(AnyDiagnostic(*suite, "mini.records.xml:54: record not closed"));
  EXPECT_TRUE(AnyDiagnostic(*suite, "mini.more-actors.txt, which is not there"));
}

TEST(SuitesTest, EnvironmentFilesAreResolvedBesideTheSuite) {
  auto suite = ReadSuite(Suites("mini.records.xml"));
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  ASSERT_EQ(suite->dictionaries.size(), 4u);
  EXPECT_EQ(suite->dictionaries[0].role, lexicon::FileRole::kVerbs);
  EXPECT_EQ(suite->dictionaries[1].role, lexicon::FileRole::kActors);
  EXPECT_EQ(suite->dictionaries[2].role, lexicon::FileRole::kActors);
  EXPECT_EQ(suite->dictionaries[3].role, lexicon::FileRole::kAgents);
  for (const auto& f : suite->dictionaries) EXPECT_EQ(f.format, lexicon::Format::kPetrarch1);
  EXPECT_EQ(suite->dictionaries[2].path, Suites("mini.more-actors.txt"));
}

TEST(SuitesTest, FlavourComesFromTheEnableAttribute) {
  const std::string p2 = testing::WriteTempFile(
      "p2.xml",
      "<Validation><Environment><Verbfile>v.txt</Verbfile></Environment>\n"
      "<Sentence date=\"20000101\" id=\"A-1\" category=\"A\" sentence=\"true\">\n"
      "<EventCoding sourcecode=\"X\" targetcode=\"Y\" eventcode=\"010\"/><Text>x</Text>\n"
      "</Sentence>\n"
      "<Sentence date=\"20000101\" id=\"A-2\" category=\"A\" sentence=\"False\">\n"
      "<EventCoding noevents=\"True\"/><Text>y</Text></Sentence></Validation>\n");
  auto suite = ReadSuite(p2);
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  EXPECT_EQ(suite->name, "petrarch2");
  ASSERT_EQ(suite->dictionaries.size(), 1u);
  EXPECT_EQ(suite->dictionaries[0].format, lexicon::Format::kPetrarch2);
  EXPECT_EQ(suite->EnabledCount(), 1u);

  // UD-PETRARCH: evaluate != "false" enables; the file need not be well-formed XML.
  const std::string ud = testing::WriteTempFile(
      "ud.xml",
      "<Validation>\n<!-- header with a nested <!-- comment --> and the rest -->\n"
      "<Environment><Include>A</Include></Environment>\n"
      "<Sentence category=\"A\" date=\"20000101\" id=\"A-1\" evaluate=\"true\">\n"
      "<EventCoding eventcode=\"050\" sourcecode=\"X\" targetcode=\"Y\" />\n"
      "<PLEvent {\"event\": \"050\", \"source\": [{\"code\": \"X\"}]}>\n"
      "<Text>z</Text>\n<Parse>\n1\tz\tz\tX\tX\t_\t0\troot\t_\t_\n</Parse>\n</Sentence>\n"
      "<Sentence category=\"A\" date=\"20000101\" id=\"A-2\" evaluate=\"false\">\n"
      "<EventCoding noevents=\"True\" /><Text>w</Text></Sentence>\n"
      "<Sentence category=\"A\" date=\"20000101\" id=\"A-3\" evaluate=\"true\">\n"
      "<Text>no coding</Text></Sentence>\n");
  suite = ReadSuite(ud);
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  EXPECT_EQ(suite->name, "udpetrarch");
  ASSERT_EQ(suite->records.size(), 3u);
  EXPECT_TRUE(suite->records[0].enabled);
  EXPECT_EQ(Events(suite->records[0]), "X Y 050");
  EXPECT_FALSE(suite->records[1].enabled);
  EXPECT_FALSE(suite->records[2].enabled);  // no <EventCoding>: nothing to check
}

TEST(SuitesTest, MalformedInputIsReportedNotFatal) {
  static const char kBinary[] = "<\0<Sentence\xff\xfe date=\"1\">";
  // Neither a crash nor an exception, whatever the bytes.
  const std::vector<std::string> inputs = {
      "<Validation><Sentence",
      "<Sentence date=\"20000101\" id=\"x\"><Text>t</Text>",
      "<Sentence date=\"20000101 id=x><Text>t</Text></Sentence>",
      "<Config option=\"require_dyad\"><Sentence date=\"20000101\"></Sentence>",
      "<Environment><Verbfile>a",
      "<Sentence date=\"20000101\" id=\"a\"><EventCoding "
      "sourcecode=\"A\"/><Text>t</Text></Sentence>",
      std::string(kBinary, sizeof(kBinary) - 1),
  };
  int i = 0;
  for (const std::string& in : inputs) {
    auto suite = ReadSuite(testing::WriteTempFile("bad" + std::to_string(i++) + ".xml", in));
    if (suite.ok()) {
      EXPECT_FALSE(suite->records.empty());
    } else {
      EXPECT_EQ(suite.status().code(), StatusCode::kDataLoss) << suite.status().ToString();
    }
  }
  const std::vector<std::string> tabari = {
      "950101 A-1\ntext {\n/* never closed { OPTION: }\n",
      "99999999999999999999 X-1\ntext\n",
      "950101\n",
      "1\n-{\n{ / / }\n{ a / b / }\n*/ */ /* /*\n\\n\\",
      "950230 BAD-1\ntext\n/* { OPTION: SET: CODE ALL } */\n\n950101 OK-1\nmore text\n",
  };
  for (const std::string& in : tabari) {
    auto suite = ReadSuite(testing::WriteTempFile("bad" + std::to_string(i++) + ".text", in));
    if (suite.ok()) {
      EXPECT_FALSE(suite->records.empty());
    } else {
      EXPECT_EQ(suite.status().code(), StatusCode::kDataLoss) << suite.status().ToString();
    }
  }
  // A record lost to a bad date passes its option changes on to the next one.
  auto last =
      ReadSuite(testing::WriteTempFile("bad" + std::to_string(i - 1) + ".text", tabari.back()));
  ASSERT_TRUE(last.ok());
  ASSERT_EQ(last->records.size(), 1u);
  EXPECT_EQ(Options(last->records[0]), "SET=CODE ALL");

  auto missing = ReadSuite(Suites("no-such-suite.xml"));
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("no-such-suite.xml"), std::string::npos);
}

// ---- TABARI ----------------------------------------------------------------------------------

TEST(SuitesTest, ReadsTabariRecords) {
  auto suite = ReadSuite(Suites("mini.project"));
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  EXPECT_EQ(suite->kind, SuiteKind::kTabari);
  EXPECT_EQ(suite->name, "tabari");
  EXPECT_EQ(suite->path, Suites("mini.text"));
  EXPECT_EQ(suite->tabari_project, Suites("mini.project"));
  EXPECT_TRUE(suite->dictionaries.empty());
  ASSERT_EQ(suite->records.size(), 11u);

  const SuiteRecord* r = Find(*suite, "BASIC-01");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->date, 19950103);
  EXPECT_EQ(r->category, "BASIC");
  EXPECT_EQ(r->text, "Norland's envoy visited Sudmark on Tuesday and praised its harbour.");
  EXPECT_EQ(r->expect, Expect::kEvents);
  EXPECT_EQ(Events(*r), "NOR SUD 032; NOR SUD 041");
  EXPECT_FALSE(r->subset);
  EXPECT_NE(r->where.find("mini.text:7"), std::string::npos) << r->where;

  EXPECT_EQ(Find(*suite, "BASIC-02")->expect, Expect::kNoEvents);
  EXPECT_EQ(Find(*suite, "BASIC-03")->expect, Expect::kDiscard);
  EXPECT_EQ(Find(*suite, "BASIC-04")->expect, Expect::kComplex);

  r = Find(*suite, "SETUP-Code");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->category, "SETUP");
  EXPECT_EQ(Options(*r), "SET=CODE BY CLAUSE; SET=MINIMUM WORDS = 5");
  EXPECT_TRUE(r->subset);  // nothing to check
  EXPECT_TRUE(r->expected.empty());
  EXPECT_NE(r->options[1].where.find("mini.text:22"), std::string::npos);

  r = Find(*suite, "BASIC-05");  // -{ after an event: checking stops there
  ASSERT_NE(r, nullptr);
  EXPECT_TRUE(r->subset);
  EXPECT_EQ(Events(*r), "SUD NOR 041");

  r = Find(*suite, "BASIC-06");  // -{ first: unchecked; the inline comment is not text
  ASSERT_NE(r, nullptr);
  EXPECT_TRUE(r->subset);
  EXPECT_TRUE(r->expected.empty());
  EXPECT_EQ(r->text, "Ostmark protested to Norland. Loudly.");

  r = Find(*suite, "BASIC-07");  // 7-digit date; expectation repeated after the comment's end
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->date, 19950110);
  EXPECT_EQ(r->text, "Norland thanked Sudmark.");
  EXPECT_EQ(Events(*r), "NOR SUD 041; NOR SUD 041");

  r = Find(*suite, "BASIC-08");  // the date written twice; a comment never closed
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->text, "Sudmark thanked Norland.");
  EXPECT_EQ(Events(*r), "SUD NOR 041");
  EXPECT_TRUE(AnyDiagnostic(*suite, "'{bogus}' is not SOURCE / TARGET / CODE"));

  ASSERT_NE(Find(*suite, "FINAL-01"), nullptr);
  EXPECT_TRUE(Find(*suite, "FINAL-01")->enabled);
  ASSERT_NE(Find(*suite, "LATE-01"), nullptr);
  EXPECT_FALSE(Find(*suite, "LATE-01")->enabled);
  EXPECT_TRUE(AnyDiagnostic(*suite, "FINAL-01 ends the standard records"));
  EXPECT_EQ(suite->EnabledCount(), 10u);
}

TEST(SuitesTest, TabariTextFindsItsProject) {
  auto suite = ReadSuite(Suites("mini.text"));
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  EXPECT_EQ(suite->tabari_project, Suites("mini.project"));
  EXPECT_EQ(suite->records.size(), 11u);

  const std::string lone = testing::WriteTempFile("lone.text", "950101 A-1\nSome text.\n");
  suite = ReadSuite(lone);
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  EXPECT_TRUE(suite->tabari_project.empty());
  EXPECT_TRUE(AnyDiagnostic(*suite, "lone.project"));

  auto empty = ReadSuite(testing::WriteTempFile("empty.text", "no records here\n"));
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.status().code(), StatusCode::kDataLoss);
}

// ---- options ---------------------------------------------------------------------------------

TEST(SuitesTest, AppliesPetrarchOptions) {
  lexicon::Options o;
  EXPECT_TRUE(ApplyOption({"require_dyad", "FALSE", "s:1"}, &o).ok());
  EXPECT_FALSE(o.require_dyad);
  EXPECT_TRUE(ApplyOption({"require_dyad", "True", "s:2"}, &o).ok());
  EXPECT_TRUE(o.require_dyad);
  EXPECT_TRUE(ApplyOption({"new_actor_length", "4", "s:3"}, &o).ok());
  EXPECT_EQ(o.new_actor_length, 4);
  for (const char* name :
       {"comma_min", "comma_max", "comma_bmin", "comma_bmax", "comma_emin", "comma_emax"}) {
    EXPECT_TRUE(ApplyOption({name, "7", "s:4"}, &o).ok()) << name;
  }
  EXPECT_EQ(o.comma_min + o.comma_max + o.comma_bmin + o.comma_bmax + o.comma_emin + o.comma_emax,
            42);
  EXPECT_TRUE(ApplyOption({"stop_on_error", "True", "s:5"}, &o).ok());

  Status bad = ApplyOption({"require_dyad", "maybe", "s:6"}, &o);
  EXPECT_EQ(bad.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(bad.message().rfind("s:6: ", 0), 0u) << bad.message();
  EXPECT_TRUE(o.require_dyad);
  EXPECT_EQ(ApplyOption({"comma_max", "-1", "s:7"}, &o).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(ApplyOption({"write_actor_root", "True", "s:8"}, &o).code(),
            StatusCode::kUnimplemented);
  EXPECT_EQ(o.commands.size(), 13u);  // every change is kept verbatim
}

TEST(SuitesTest, AppliesTabariOptions) {
  lexicon::Options o;
  EXPECT_TRUE(ApplyOption({"SET", "CODE BY CLAUSE", "t:1"}, &o).ok());
  EXPECT_EQ(o.code_by, lexicon::Options::CodeBy::kClause);
  EXPECT_TRUE(ApplyOption({"SET", "CODE ALL", "t:2"}, &o).ok());
  EXPECT_EQ(o.code_by, lexicon::Options::CodeBy::kAll);
  EXPECT_TRUE(ApplyOption({"SET", "CODE BY SENTENCE", "t:3"}, &o).ok());
  EXPECT_EQ(o.code_by, lexicon::Options::CodeBy::kSentence);
  EXPECT_TRUE(ApplyOption({"SET", "MINIMUM WORDS = 8", "t:4"}, &o).ok());
  EXPECT_EQ(o.minimum_words, 8);
  EXPECT_TRUE(ApplyOption({"SET", "CONVERT AGENT = TRUE", "t:5"}, &o).ok());
  EXPECT_TRUE(o.convert_agents);
  EXPECT_TRUE(
      ApplyOption({"COMMA", "MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8", "t:6"}, &o)
          .ok());
  EXPECT_EQ(o.comma_min, 4);
  EXPECT_EQ(o.comma_max, 6);
  EXPECT_EQ(o.comma_emin, 3);
  EXPECT_EQ(o.comma_emax, 6);
  EXPECT_EQ(o.comma_bmin, 3);
  EXPECT_EQ(o.comma_bmax, 8);
  EXPECT_TRUE(ApplyOption({"COMMA", "OFF", "t:7"}, &o).ok());
  EXPECT_TRUE(o.comma_off);
  EXPECT_TRUE(ApplyOption({"DEFAULT", "SOURCE [DEFSRC]  TARGET [DEFTAR]", "t:8"}, &o).ok());
  EXPECT_EQ(o.default_source, "DEFSRC");
  EXPECT_EQ(o.default_target, "DEFTAR");
  EXPECT_TRUE(ApplyOption({"DEFAULT", "OFF", "t:9"}, &o).ok());
  EXPECT_TRUE(o.default_source.empty());
  Status prior = ApplyOption({"DEFAULT", "SOURCE [S1] PRIOR TARGET [T1] AFTER", "t:10"}, &o);
  EXPECT_EQ(prior.code(), StatusCode::kUnimplemented);
  EXPECT_EQ(o.default_source, "S1");  // applied as far as Options can hold it
  EXPECT_EQ(ApplyOption({"SET", "TIME SHIFT = FALSE", "t:11"}, &o).code(),
            StatusCode::kUnimplemented);
  Status complex = ApplyOption({"COMPLEX", "VERBS[5] CONJ[4] EXPLAIN", "t:12"}, &o);
  EXPECT_EQ(complex.code(), StatusCode::kUnimplemented);
  EXPECT_EQ(complex.message().rfind("t:12: COMPLEX", 0), 0u) << complex.message();
  EXPECT_TRUE(ApplyOption({"OUTPUT", "ID STORY SENT", "t:13"}, &o).ok());
  EXPECT_EQ(ApplyOption({"SET", "MINIMUM WORDS = many", "t:14"}, &o).code(),
            StatusCode::kInvalidArgument);
}

// ---- scoring ---------------------------------------------------------------------------------

SuiteRecord Rec(const std::string& id, Expect expect, std::vector<ExpectedEvent> events = {},
                bool subset = false) {
  SuiteRecord r;
  r.id = id;
  r.category = id.substr(0, id.rfind('-'));
  r.expect = expect;
  r.expected = std::move(events);
  r.subset = subset;
  return r;
}

RecordOutcome Out(std::vector<ProducedEvent> events, bool complex = false, bool discarded = false) {
  RecordOutcome o;
  o.events = std::move(events);
  o.complex = complex;
  o.discarded = discarded;
  return o;
}

TEST(SuiteScorerTest, ScoresRecordsByTheRules) {
  Suite suite;
  suite.name = "mini";
  suite.records = {
      Rec("DEMO-04", Expect::kEvents, {{"DAG", "GON", "032"}, {"GON", "DAG", "033"}}),
      Rec("DEMO-05", Expect::kEvents, {{"\"INJURY TOLL\"", "GON", "010"}}),
      Rec("NULL-01", Expect::kNoEvents),
      Rec("SUB-01", Expect::kEvents, {{"A", "B", "041"}}, true),
      Rec("CPX-01", Expect::kComplex),
      Rec("DIS-01", Expect::kDiscard),
      Rec("ERR-01", Expect::kError),
      Rec("OFF-01", Expect::kEvents, {{"A", "B", "010"}}),
  };
  suite.records.back().enabled = false;
  SuiteScorer scorer(suite);
  const auto& R = suite.records;

  // Missing one of two events: fail, 1 of 2 found.
  RecordOutcome out = Out({{"DAG", "GON", "032"}});
  RecordResult res = scorer.Add(R[0], out);
  EXPECT_FALSE(res.pass);
  EXPECT_EQ(res.expected_found, 1u);
  EXPECT_EQ(res.expected_total, 2u);
  EXPECT_EQ(res.extra, 0u);
  EXPECT_EQ(FormatRecordResult(res, out),
            "FAIL DEMO-04 expected {DAG GON 032; GON DAG 033} produced {DAG GON 032}");

  // Quotes stripped, duplicates collapsed, order ignored: pass.
  out = Out({{"INJURY TOLL", "GON", "010"}, {"INJURY TOLL", "GON", "010"}});
  res = scorer.Add(R[1], out);
  EXPECT_TRUE(res.pass);
  EXPECT_EQ(FormatRecordResult(res, out),
            "PASS DEMO-05 expected {INJURY TOLL GON 010} produced {INJURY TOLL GON 010}");

  // No events expected, one produced: fail with one extra.
  out = Out({{"A", "B", "010"}});
  res = scorer.Add(R[2], out);
  EXPECT_FALSE(res.pass);
  EXPECT_EQ(res.extra, 1u);
  EXPECT_EQ(FormatRecordResult(res, out), "FAIL NULL-01 expected no events produced {A B 010}");

  // Subset: more than expected is fine and not counted as extra.
  res = scorer.Add(R[3], Out({{"A", "B", "041"}, {"A", "C", "041"}}));
  EXPECT_TRUE(res.pass);
  EXPECT_EQ(res.extra, 0u);

  // Complex: only the flag counts.
  EXPECT_FALSE(scorer.Add(R[4], Out({})).pass);
  out = Out({}, /*complex=*/true);
  res = scorer.Add(R[4], out);
  EXPECT_TRUE(res.pass);
  EXPECT_EQ(FormatRecordResult(res, out), "PASS CPX-01 expected complex produced {} complex");

  // Discard: nothing produced, or flagged discarded.
  EXPECT_TRUE(scorer.Add(R[5], Out({{"A", "B", "010"}}, false, /*discarded=*/true)).pass);
  EXPECT_FALSE(scorer.Add(R[5], Out({{"A", "B", "010"}})).pass);

  // Error: nothing produced.
  EXPECT_TRUE(scorer.Add(R[6], Out({})).pass);

  // A disabled record is scored but not counted.
  EXPECT_TRUE(scorer.Add(R[7], Out({{"A", "B", "010"}})).pass);

  EXPECT_EQ(scorer.total(), 9u);
  EXPECT_EQ(scorer.passed(), 5u);
  EXPECT_EQ(scorer.expected_total(), 4u);  // 2 + 1 + 1
  EXPECT_EQ(scorer.expected_found(), 3u);
  EXPECT_EQ(scorer.extra(), 2u);  // NULL-01 and the second DIS-01
  EXPECT_DOUBLE_EQ(scorer.recall(), 0.75);
  EXPECT_DOUBLE_EQ(scorer.precision(), 0.6);
  EXPECT_DOUBLE_EQ(scorer.extra_per_record(), 2.0 / 9.0);

  const std::string text = scorer.SummaryText();
  EXPECT_NE(text.find("mini: 5/9 records passed"), std::string::npos) << text;
  EXPECT_NE(text.find("recall 0.7500 (3/4)"), std::string::npos) << text;

  auto json = base::ParseJson(scorer.SummaryJson());
  ASSERT_TRUE(json.ok()) << json.status().ToString() << "\n" << scorer.SummaryJson();
  ASSERT_TRUE(json->is_object());
  EXPECT_EQ(json->Find("suite")->text(), "mini");
  EXPECT_EQ(json->Find("passed")->text(), "5");
  EXPECT_EQ(json->Find("total")->text(), "9");
  EXPECT_DOUBLE_EQ(std::stod(json->Find("recall")->text()), 0.75);
  EXPECT_DOUBLE_EQ(std::stod(json->Find("precision")->text()), 0.6);
  EXPECT_NEAR(std::stod(json->Find("extra_per_record")->text()), 2.0 / 9.0, 1e-4);
  const base::JsonValue* cats = json->Find("categories");
  ASSERT_NE(cats, nullptr);
  std::vector<std::string> names;
  for (const auto& [name, v] : cats->members()) names.push_back(name);
  // File order; OFF (disabled) absent.
  EXPECT_EQ(names, (std::vector<std::string>{"DEMO", "NULL", "SUB", "CPX", "DIS", "ERR"}));
  EXPECT_EQ(cats->Find("DEMO")->Find("passed")->text(), "1");
  EXPECT_EQ(cats->Find("DEMO")->Find("total")->text(), "2");
  EXPECT_EQ(cats->Find("DIS")->Find("total")->text(), "2");
}

TEST(SuiteScorerTest, FormatsUncheckedAndSubsetRecords) {
  SuiteRecord unchecked = Rec("OPT-01", Expect::kEvents, {}, true);
  SuiteRecord subset = Rec("SUB-01", Expect::kEvents, {{"A", "B", "041"}}, true);
  SuiteRecord error = Rec("ERR-01", Expect::kError);
  error.error = "dateline";
  Suite suite;
  SuiteScorer scorer(suite);
  RecordOutcome out = Out({{"X", "Y", "010"}});
  EXPECT_EQ(FormatRecordResult(scorer.Add(unchecked, out), out),
            "PASS OPT-01 expected anything (not checked) produced {X Y 010}");
  EXPECT_EQ(FormatRecordResult(scorer.Add(subset, out), out),
            "FAIL SUB-01 expected at least {A B 041} produced {X Y 010}");
  EXPECT_EQ(FormatRecordResult(scorer.Add(error, out), out),
            "FAIL ERR-01 expected no events (error=dateline) produced {X Y 010}");
}

// ---- the real suites -------------------------------------------------------------------------

// What a suite holds, over all records and over the enabled ones.
struct Counts {
  size_t records = 0, enabled = 0;
  size_t events = 0;          // expected events in kEvents records, all records
  size_t enabled_events = 0;  // ... in enabled ones
  size_t unchecked = 0;       // enabled kEvents records with `subset` and nothing expected
  size_t option_records = 0, option_changes = 0;
  std::map<Expect, size_t> all, enabled_by;  // records by expectation

  std::string Summary() const {
    std::string s = std::to_string(records) + " records, " + std::to_string(enabled) +
                    " enabled; " + std::to_string(events) + " expected events (" +
                    std::to_string(enabled_events) + " enabled); unchecked " +
                    std::to_string(unchecked) + "; options " + std::to_string(option_records) +
                    "/" + std::to_string(option_changes) + "; enabled by kind";
    for (const auto& [k, n] : enabled_by)
      s += " " + std::to_string(int(k)) + ":" + std::to_string(n);
    return s;
  }
};

Counts CountOf(const Suite& suite) {
  Counts c;
  c.records = suite.records.size();
  for (const SuiteRecord& r : suite.records) {
    const bool events = r.expect == Expect::kEvents;
    ++c.all[r.expect];
    if (events) c.events += r.expected.size();
    c.option_records += !r.options.empty();
    c.option_changes += r.options.size();
    if (!r.enabled) continue;
    ++c.enabled;
    ++c.enabled_by[r.expect];
    if (events) c.enabled_events += r.expected.size();
    if (events && r.subset && r.expected.empty()) ++c.unchecked;
  }
  return c;
}

std::string SharedFile(const std::string& relative) {
  const std::string dir = testing::SharedDataDir();
  if (dir.empty()) return "";
  const std::string path = dir + "/" + relative;
  return std::ifstream(path).good() ? path : "";
}

#define ENTENTE_SHARED_SUITE(var, relative)     \
  const std::string var = SharedFile(relative); \
  if (var.empty()) GTEST_SKIP() << "skipped: ../shared/data/" relative " not found"

// Every option change of a suite is one ApplyOption knows or reports as Unimplemented.
void ExpectOptionsApply(const Suite& suite, size_t unimplemented) {
  lexicon::Options o;
  size_t n = 0;
  for (const SuiteRecord& r : suite.records) {
    for (const OptionChange& c : r.options) {
      Status s = ApplyOption(c, &o);
      if (s.code() == StatusCode::kUnimplemented) {
        ++n;
      } else {
        EXPECT_TRUE(s.ok()) << s.ToString();
      }
    }
  }
  EXPECT_EQ(n, unimplemented);
}

// The text of each record is what `entente` itself reads from the file (ingest's PETRARCH and
// TABARI readers), so a suite codes exactly the documents a user would: compared by origin.
void ExpectSameTextsAsIngest(const Suite& suite, size_t not_in_ingest = 0) {
  std::map<std::string, std::string> texts;
  auto reader = DocumentReader::Open(suite.path, ReaderOptions(), nullptr);
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  Document doc;
  while ((*reader)->Next(&doc)) texts[doc.origin] = doc.text;
  size_t compared = 0;
  for (const SuiteRecord& r : suite.records) {
    auto it = texts.find(r.where);
    if (it == texts.end()) continue;
    ++compared;
    EXPECT_EQ(r.text, it->second) << r.where;
  }
  EXPECT_EQ(compared + not_in_ingest, suite.records.size());
}

// The suite's dictionaries load and compile, in the format chosen for its flavour.
void ExpectDictionariesLoad(const Suite& suite) {
  if (suite.kind == SuiteKind::kTabari) {
    auto lex = lexicon::LoadDictionary("tabari:" + suite.tabari_project);
    ASSERT_TRUE(lex.ok()) << lex.status().ToString();
    return;
  }
  auto dict = lexicon::ReadDictionaryFiles(suite.dictionaries);
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  dict->format = suite.name;
  auto lex = lexicon::CompileDictionary(std::move(*dict));
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_FALSE((*lex)->dictionary().actors.empty());
}

TEST(RealSuitesTest, Petrarch1UnitTests) {
  ENTENTE_SHARED_SUITE(path, "petrarch1/PETR.UnitTest.records.xml");
  auto suite = ReadSuite(path);
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  EXPECT_EQ(suite->name, "petrarch1");
  const Counts c = CountOf(*suite);
  SCOPED_TRACE(c.Summary());
  // 281 records, 276 valid="true"; COMPOUND-36's category "COMPOUNDx" is not in <Include>.
  EXPECT_EQ(c.records, 281u);
  EXPECT_EQ(c.enabled, 275u);
  EXPECT_FALSE(Find(*suite, "COMPOUND-36")->enabled);
  // 382 <EventCoding>: 356 events, 19 noevents, 7 errors. PATTERN-06 has none (its expectation
  // is commented out) and expects no events.
  EXPECT_EQ(c.events, 356u);
  EXPECT_EQ(c.all.at(Expect::kNoEvents), 20u);
  EXPECT_EQ(c.all.at(Expect::kError), 7u);
  EXPECT_EQ(Find(*suite, "PATTERN-06")->expect, Expect::kNoEvents);
  EXPECT_EQ(c.enabled_events, 347u);
  EXPECT_EQ(c.option_changes, 29u);  // stop_on_error in <Environment>, 28 <Config> between records
  ASSERT_EQ(suite->dictionaries.size(), 4u);
  for (const auto& f : suite->dictionaries) {
    EXPECT_EQ(f.format, lexicon::Format::kPetrarch1);
    EXPECT_TRUE(std::ifstream(f.path).good()) << f.path;
  }
  ExpectOptionsApply(*suite, 0);
  ExpectDictionariesLoad(*suite);
  ExpectSameTextsAsIngest(*suite);
}

TEST(RealSuitesTest, Petrarch2UnitTests) {
  ENTENTE_SHARED_SUITE(path, "petrarch2/PETR.UnitTest.records.xml");
  auto suite = ReadSuite(path);
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  EXPECT_EQ(suite->name, "petrarch2");
  const Counts c = CountOf(*suite);
  SCOPED_TRACE(c.Summary());
  // 284 records, 279 sentence="true"; COMPOUND-36 ("COMPOUNDx") is not in <Include>.
  EXPECT_EQ(c.records, 284u);
  EXPECT_EQ(c.enabled, 278u);
  // 385 <EventCoding>: 359 events, 19 noevents, 7 errors; PATTERN-06 again has none.
  EXPECT_EQ(c.events, 359u);
  EXPECT_EQ(c.all.at(Expect::kNoEvents), 20u);
  EXPECT_EQ(c.all.at(Expect::kError), 7u);
  EXPECT_EQ(c.enabled_events, 350u);
  ASSERT_EQ(suite->dictionaries.size(), 4u);
  for (const auto& f : suite->dictionaries) {
    EXPECT_EQ(f.format, lexicon::Format::kPetrarch2);
    EXPECT_TRUE(std::ifstream(f.path).good()) << f.path;
  }
  ExpectOptionsApply(*suite, 0);
  ExpectDictionariesLoad(*suite);
  ExpectSameTextsAsIngest(*suite);
}

TEST(RealSuitesTest, UdPetrarchValidation) {
  ENTENTE_SHARED_SUITE(path, "universal-petrarch/PETR_Validate_records_2_02.xml");
  auto suite = ReadSuite(path);
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  EXPECT_EQ(suite->name, "udpetrarch");
  const Counts c = CountOf(*suite);
  SCOPED_TRACE(c.Summary());
  // 274 records; 10 evaluate="false"; PARSING (12) and ERROR (7) are not in <Include>: 245 run,
  // with 305 expected events and 8 noevents records (validation.py counts 313 "events").
  EXPECT_EQ(c.records, 274u);
  EXPECT_EQ(c.enabled, 245u);
  EXPECT_EQ(c.enabled_events, 305u);
  EXPECT_EQ(c.enabled_by.at(Expect::kNoEvents), 8u);
  EXPECT_EQ(suite->include, (std::vector<std::string>{"DEMO", "ACTOR", "VERB", "AGENT", "COMPOUND",
                                                      "PATTERN", "DATE", "MODIFY", "SYNSET"}));
  EXPECT_EQ(Events(*Find(*suite, "DEMO-01")), "ARN GON 050");
  ASSERT_EQ(suite->dictionaries.size(), 4u);
  for (const auto& f : suite->dictionaries) {
    EXPECT_EQ(f.format, lexicon::Format::kPetrarch2);
    EXPECT_TRUE(std::ifstream(f.path).good()) << f.path;
  }
  EXPECT_TRUE(AnyDiagnostic(*suite, "<PICOfile>"));
  ExpectOptionsApply(*suite, 0);
  ExpectDictionariesLoad(*suite);
  ExpectSameTextsAsIngest(*suite);
}

TEST(RealSuitesTest, TabariValidate) {
  ENTENTE_SHARED_SUITE(path, "tabari/Validate.project");
  auto suite = ReadSuite(path);
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  EXPECT_EQ(suite->tabari_project, path);
  const Counts c = CountOf(*suite);
  SCOPED_TRACE(c.Summary());
  // 481 records: 472 before FINAL-01, FINAL-01, and 8 after it. (DOMAIN.md's 475/466 leave out
  // the six records whose dates are not 6 digits: ACTORSYN-01, YYYY-01..04, YYYY-Cancel.)
  EXPECT_EQ(c.records, 481u);
  EXPECT_EQ(c.enabled, 473u);
  EXPECT_EQ(c.enabled_by.at(Expect::kComplex), 21u);
  EXPECT_EQ(c.enabled_by.at(Expect::kNoEvents), 16u);
  EXPECT_EQ(c.enabled_by.at(Expect::kDiscard), 7u);
  // 429 kEvents: 400 with events to check, 29 unchecked (23 OPTION records, FINAL-01, and 5 whose
  // first expectation is `-{`).
  EXPECT_EQ(c.enabled_by.at(Expect::kEvents), 429u);
  EXPECT_EQ(c.unchecked, 29u);
  EXPECT_EQ(c.enabled_events, 517u);
  EXPECT_EQ(c.option_records, 23u);
  EXPECT_EQ(c.option_changes, 31u);

  const SuiteRecord* r = Find(*suite, "DEMO-04");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->date, 19950103);
  EXPECT_EQ(Events(*r), "DAG GON 032; GON DAG 033");
  EXPECT_EQ(r->text,
            "Dagolath's first Deputy Prime Minister Telemar left for Minas Tirith on Wednesday for "
            "meetings of the joint transport committee with Arnor, the Dagolathi news agency "
            "reported.");
  r = Find(*suite, "COMPOUND-07");  // seven events, then -{ --- / --- / 000 }
  ASSERT_NE(r, nullptr);
  EXPECT_TRUE(r->subset);
  EXPECT_EQ(r->expected.size(), 7u);
  EXPECT_EQ(Find(*suite, "PATTERN-26")->expected.size(), 4u);  // two repeated after "*/"
  EXPECT_EQ(Find(*suite, "ACTORSYN-01")->date, 19950120);
  EXPECT_EQ(Find(*suite, "START-00")->expect, Expect::kComplex);
  EXPECT_EQ(Find(*suite, "DEBUG-11")->expect, Expect::kComplex);
  EXPECT_FALSE(Find(*suite, "LINELONG-01")->enabled);
  // SET: TIME SHIFT x3, SET: YYYY x2, COMPLEX: x4, FORWARD: x2, DEFAULT: with PRIOR/AFTER x4.
  ExpectOptionsApply(*suite, 15);
  // ingest skips the records whose dates are not 6 or 8 digits; TABARI, and this reader, cut them.
  ExpectDictionariesLoad(*suite);
  ExpectSameTextsAsIngest(*suite, 2);
}

}  // namespace
}  // namespace entente::eval
