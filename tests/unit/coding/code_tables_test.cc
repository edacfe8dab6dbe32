// Code tables (src/coding/code_tables.h): the shipped tables in data/tables/ load cleanly and hold
// the published facts (spot checks verified by hand against ../shared/data/cameo), invariants over
// every row, unknown codes and codes without a value, selectable Goldstein tables and quad schemes,
// malformed lines (tests/data/coding/malformed), bad headers, and a row-by-row comparison with the
// sources when ../shared/data/cameo is present.
#include "coding/code_tables.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "test_support.h"

namespace entente::coding {
namespace {

using entente::testing::ReadFileOrDie;
using entente::testing::SharedDataDir;
using entente::testing::SourceDir;
using entente::testing::TestDataPath;
using entente::testing::WriteTempFile;

const CodeTables& Shipped() {
  // Loaded once: the tables are immutable, and every test reads the same ones.
  static const CodeTables* tables = [] {
    auto loaded = CodeTables::Load(SourceDir() + "/data");
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().ToString();
      std::abort();
    }
    return std::move(loaded).value().release();
  }();
  return *tables;
}

std::unique_ptr<CodeTables> LoadShipped(const CodeTablesOptions& options) {
  auto loaded = CodeTables::Load(SourceDir() + "/data", options);
  EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
  return loaded.ok() ? std::move(loaded).value() : nullptr;
}

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    out.emplace_back(s.substr(start, p == std::string_view::npos ? p : p - start));
    if (p == std::string_view::npos) return out;
    start = p + 1;
  }
}

std::vector<std::string> Lines(const std::string& content) {
  std::vector<std::string> lines = Split(content, '\n');
  for (std::string& l : lines) {
    if (!l.empty() && l.back() == '\r') l.pop_back();
  }
  if (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

TEST(CodeTablesTest, ShippedTablesLoadWithoutComplaint) {
  const CodeTables& t = Shipped();
  EXPECT_TRUE(t.diagnostics().empty()) << t.diagnostics().front();
  EXPECT_EQ(t.skipped_lines(), 0u);
  // 318 codes of cameo_codes_goldstein.tsv plus 1214, which only CAMEO2PLOVER-2021 lists.
  EXPECT_EQ(t.event_codes().size(), 319u);
  EXPECT_EQ(t.plover_count(), 274u);  // 256 distinct code lines + 18 section roots (03-20)
  EXPECT_EQ(t.actor_type_count(), 39u);
  EXPECT_EQ(t.country_count(), 261u);
  EXPECT_EQ(t.provenance(),
            "cameo_quad_classes 1, cameo_events 1, cameo_plover 1, cameo_actor_types 1, "
            "cameo_countries 1; goldstein=phoenix; quad=gdelt");
}

TEST(CodeTablesTest, CodeCountsByLength) {
  std::map<size_t, int> by_length;
  for (const EventCodeEntry& e : Shipped().event_codes()) ++by_length[e.code.size()];
  EXPECT_EQ(by_length[2], 20);   // roots 01-20
  EXPECT_EQ(by_length[3], 148);  // DOMAIN.md §2.1
  EXPECT_EQ(by_length[4], 151);  // 150 + 1214
}

// Values checked by hand against ../shared/data/cameo/cameo_codes_goldstein.tsv.
TEST(CodeTablesTest, GoldsteinSpotChecks) {
  const CodeTables& t = Shipped();
  EXPECT_EQ(t.goldstein_table(), GoldsteinTable::kPhoenix);
  EXPECT_EQ(t.goldstein_table_name(), "phoenix");
  struct Case {
    const char* code;
    double phoenix, icews;
  };
  // 190 and 01 agree; the others are the six codes where the two tables conflict.
  for (const Case& c : {Case{"190", -10.0, -10.0}, Case{"01", 0.0, 0.0}, Case{"042", 1.9, 1.9},
                        Case{"022", 3.4, 3.4}, Case{"016", 3.4, -5.0}, Case{"124", -5.0, -4.0},
                        Case{"1246", -5.0, -4.0}, Case{"163", -6.5, -8.0}, Case{"164", -7.0, -6.5},
                        Case{"166", -8.0, -7.0}}) {
    SCOPED_TRACE(c.code);
    Lookup<double> p = t.Goldstein(c.code);
    ASSERT_TRUE(p.ok());
    EXPECT_DOUBLE_EQ(p.value, c.phoenix);
    Lookup<double> i = t.Goldstein(c.code, GoldsteinTable::kIcews);
    ASSERT_TRUE(i.ok());
    EXPECT_DOUBLE_EQ(i.value, c.icews);
  }
}

TEST(CodeTablesTest, TablesDisagreeWhereDomainSaysTheyDo) {
  // DOMAIN.md §2.3: 6 conflicting values, 39 codes in one table only.
  int conflicts = 0, one_only = 0;
  for (const EventCodeEntry& e : Shipped().event_codes()) {
    const auto& p = e.goldstein[static_cast<int>(GoldsteinTable::kPhoenix)];
    const auto& i = e.goldstein[static_cast<int>(GoldsteinTable::kIcews)];
    if (p && i && *p != *i) ++conflicts;
    if (p.has_value() != i.has_value()) ++one_only;
  }
  EXPECT_EQ(conflicts, 6);
  EXPECT_EQ(one_only, 39);
}

TEST(CodeTablesTest, NamesAndRoots) {
  const CodeTables& t = Shipped();
  EXPECT_EQ(t.Name("0211").value, "Appeal for economic cooperation");
  EXPECT_EQ(t.Name("19").value, "FIGHT");
  EXPECT_EQ(t.Name("190").value, "Use conventional military force");
  // ICEWS wording, not GDELT's older label ("Demand information, investigation").
  EXPECT_EQ(t.Name("101").value, "Demand material cooperation");
  // The GDELT label is mis-encoded; the ICEWS one is clean.
  EXPECT_EQ(t.Name("044").value, "Meet at a 'third' location");
  // Lower-case in the source.
  EXPECT_EQ(t.Name("193").value, "Fight with small arms and light weapons");
  EXPECT_EQ(t.Name("1214").value, "Reject intelligence cooperation");
  EXPECT_EQ(t.Root("0211").value, "02");
  EXPECT_EQ(t.Root("190").value, "19");
  EXPECT_EQ(t.Root("19").value, "19");
}

TEST(CodeTablesTest, QuadClassesOfRootsPerScheme) {
  const CodeTables& t = Shipped();
  EXPECT_EQ(t.quad_scheme(), QuadScheme::kGdelt);
  EXPECT_EQ(t.quad_scheme_name(), "gdelt");
  struct Case {
    const char* code;
    int gdelt, icews, phoenix;
  };
  for (const Case& c : {Case{"01", 1, 1, 0}, Case{"04", 1, 1, 1}, Case{"14", 3, 4, 4},
                        Case{"19", 4, 4, 4}, Case{"09", 2, 3, 3}, Case{"16", 4, 4, 3},
                        Case{"0211", 1, 1, 0}, Case{"145", 3, 4, 4}, Case{"1623", 4, 4, 3}}) {
    SCOPED_TRACE(c.code);
    EXPECT_EQ(t.QuadClass(c.code).value, c.gdelt);
    EXPECT_EQ(t.QuadClass(c.code, QuadScheme::kGdelt).value, c.gdelt);
    EXPECT_EQ(t.QuadClass(c.code, QuadScheme::kIcews).value, c.icews);
    EXPECT_EQ(t.QuadClass(c.code, QuadScheme::kPhoenix).value, c.phoenix);
    EXPECT_TRUE(t.QuadClass(c.code, QuadScheme::kPhoenix).ok());
  }
}

// Checked by hand against ../shared/data/cameo/CAMEO2PLOVER-2021.txt.
TEST(CodeTablesTest, PloverSpotChecks) {
  const CodeTables& t = Shipped();
  Lookup<PloverEvent> p = t.Plover("042");  // "042: CONSULT, visit,   # Make a visit"
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.value.type, "CONSULT");
  EXPECT_EQ(p.value.mode, "visit");
  EXPECT_EQ(p.value.context, "");
  p = t.Plover("190");  // "190: ASSAULT, , military # Use conventional military force"
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p.value.type, "ASSAULT");
  EXPECT_EQ(p.value.mode, "");
  EXPECT_EQ(p.value.context, "military");
  p = t.Plover("091");  // "091: ACCUSE, investigate, crime; corruption"
  EXPECT_EQ(p.value.type, "ACCUSE");
  EXPECT_EQ(p.value.mode, "investigate");
  EXPECT_EQ(p.value.context, "crime;corruption");
  // Crosses its root: 163 is under "16: SANCTION" but maps to COERCE.
  EXPECT_EQ(t.Plover("163").value.type, "COERCE");
  EXPECT_EQ(t.Plover("1712").value.type, "ASSAULT");
  // 175: listed twice with "pro_autocracy" in the mode slot; normalised to a context.
  p = t.Plover("175");
  EXPECT_EQ(p.value.type, "ASSAULT");
  EXPECT_EQ(p.value.mode, "");
  EXPECT_EQ(p.value.context, "pro_autocracy;military");
  // Roots from the section headers; 08 has two (CONCEDE, RETREAT) and the first names it.
  EXPECT_EQ(t.Plover("04").value.type, "CONSULT");
  EXPECT_EQ(t.Plover("08").value.type, "CONCEDE");
  EXPECT_EQ(t.Plover("084").value.type, "RETREAT");
  // PLOVER drops CAMEO 01 and 02.
  EXPECT_EQ(t.Plover("01").status, LookupStatus::kNoValue);
  EXPECT_EQ(t.Plover("0211").status, LookupStatus::kNoValue);
  EXPECT_EQ(t.Plover("109").status, LookupStatus::kNoValue);
}

TEST(CodeTablesTest, ActorTypesAndCountries) {
  const CodeTables& t = Shipped();
  EXPECT_EQ(t.ActorTypeName("GOV").value, "Government");
  EXPECT_EQ(t.ActorTypeName("MIL").value, "Military");
  EXPECT_EQ(t.ActorTypeName("REB").value, "Rebels");
  EXPECT_EQ(t.ActorTypeName("OPP").value, "Political Opposition");
  EXPECT_EQ(t.ActorTypeName("MED").value, "Media");
  EXPECT_EQ(t.ActorTypeName("UIS").value, "Unidentified State Actor");
  EXPECT_EQ(t.CountryName("RUS").value, "Russia");
  EXPECT_EQ(t.CountryName("CHN").value, "China");
  EXPECT_EQ(t.CountryName("WSB").value, "West Bank");
  EXPECT_TRUE(t.CountryName("ROM").ok());  // legacy code, still used by CAMEO dictionaries
  EXPECT_EQ(t.CountryName("RS").status, LookupStatus::kUnknownCode);  // FIPS, not CAMEO
  EXPECT_EQ(t.CountryName("rus").status, LookupStatus::kUnknownCode);
  EXPECT_EQ(t.ActorTypeName("").status, LookupStatus::kUnknownCode);
  EXPECT_EQ(t.ActorTypeName("GOVMIL").status, LookupStatus::kUnknownCode);
}

TEST(CodeTablesTest, EveryRowHoldsTheInvariants) {
  const CodeTables& t = Shipped();
  std::set<std::string> codes;
  for (const EventCodeEntry& e : t.event_codes()) codes.insert(e.code);
  for (const EventCodeEntry& e : t.event_codes()) {
    SCOPED_TRACE(e.code);
    ASSERT_GE(e.code.size(), 2u);
    ASSERT_LE(e.code.size(), 4u);
    EXPECT_EQ(e.root, e.code.substr(0, 2));
    EXPECT_EQ(t.Root(e.code).value, e.root);
    EXPECT_TRUE(codes.count(e.root)) << "root not in the table";
    // A refinement's base code exists too (0211 -> 021), so dropping a digit never loses a code.
    if (e.code.size() == 4) {
      EXPECT_TRUE(codes.count(e.code.substr(0, 3)));
    }
    const int root = std::stoi(e.root);
    EXPECT_GE(root, 1);
    EXPECT_LE(root, 20);
    for (const auto& g : e.goldstein) {
      if (!g) continue;
      EXPECT_GE(*g, -10.0);
      EXPECT_LE(*g, 10.0);
    }
    EXPECT_EQ(t.QuadClass(e.code, QuadScheme::kGdelt).value, e.quad_gdelt);
    for (QuadScheme s : {QuadScheme::kGdelt, QuadScheme::kIcews, QuadScheme::kPhoenix}) {
      Lookup<int> q = t.QuadClass(e.code, s);
      ASSERT_TRUE(q.ok());
      EXPECT_GE(q.value, s == QuadScheme::kPhoenix ? 0 : 1);
      EXPECT_LE(q.value, 4);
      // A code's class is its root's, in every scheme.
      EXPECT_EQ(q.value, t.QuadClass(e.root, s).value);
    }
    const bool plover_listed = e.sources.find("plover") != std::string::npos;
    EXPECT_EQ(t.Plover(e.code).ok(), plover_listed);
    EXPECT_EQ(t.Name(e.code).ok(), !e.name.empty());
  }
}

TEST(CodeTablesTest, UnknownCodesAreAnswerNotCrash) {
  const CodeTables& t = Shipped();
  for (const char* code : {"", "0", "9", "00", "21", "99", "000", "999", "0000", "9999", "12345",
                           "174K", "1717", "901", " 01", "01 ", "-01", "O1", "\xff\xfe"}) {
    SCOPED_TRACE(code);
    EXPECT_FALSE(t.IsKnown(code));
    EXPECT_EQ(t.Find(code), nullptr);
    EXPECT_EQ(t.Name(code).status, LookupStatus::kUnknownCode);
    EXPECT_EQ(t.Root(code).status, LookupStatus::kUnknownCode);
    EXPECT_EQ(t.Goldstein(code).status, LookupStatus::kUnknownCode);
    EXPECT_EQ(t.Goldstein(code, GoldsteinTable::kIcews).status, LookupStatus::kUnknownCode);
    EXPECT_EQ(t.QuadClass(code).status, LookupStatus::kUnknownCode);
    EXPECT_EQ(t.Plover(code).status, LookupStatus::kUnknownCode);
    EXPECT_FALSE(t.Goldstein(code).known());
  }
  // Leading zeros are part of the code.
  EXPECT_TRUE(t.IsKnown("042"));
  EXPECT_FALSE(t.IsKnown("42"));
  EXPECT_FALSE(t.IsKnown("0042"));
  EXPECT_EQ(LookupStatusName(LookupStatus::kUnknownCode), "unknown code");
}

TEST(CodeTablesTest, KnownCodesWithoutAValue) {
  const CodeTables& t = Shipped();
  // 019 is only in the ICEWS table: unscored under the default, scored under ICEWS.
  Lookup<double> g = t.Goldstein("019");
  EXPECT_EQ(g.status, LookupStatus::kNoValue);
  EXPECT_TRUE(g.known());
  EXPECT_DOUBLE_EQ(t.Goldstein("019", GoldsteinTable::kIcews).value, 3.4);
  // 0357 is only in the Phoenix table.
  EXPECT_DOUBLE_EQ(t.Goldstein("0357").value, 7.0);
  EXPECT_EQ(t.Goldstein("0357", GoldsteinTable::kIcews).status, LookupStatus::kNoValue);
  // 1214 is in neither table.
  EXPECT_EQ(t.Goldstein("1214").status, LookupStatus::kNoValue);
  EXPECT_EQ(t.Goldstein("1214", GoldsteinTable::kIcews).status, LookupStatus::kNoValue);
  // No source names 0110, 0357, 109, 1641-1643.
  for (const char* code : {"0110", "0357", "109", "1641", "1642", "1643"}) {
    EXPECT_EQ(t.Name(code).status, LookupStatus::kNoValue) << code;
    EXPECT_TRUE(t.QuadClass(code).ok()) << code;
  }
}

TEST(CodeTablesTest, SelectableTablesAndSchemes) {
  CodeTablesOptions options;
  options.goldstein_table = GoldsteinTable::kIcews;
  options.quad_scheme = QuadScheme::kPhoenix;
  auto t = LoadShipped(options);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->goldstein_table_name(), "icews");
  EXPECT_EQ(t->quad_scheme_name(), "phoenix");
  EXPECT_DOUBLE_EQ(t->Goldstein("016").value, -5.0);
  EXPECT_DOUBLE_EQ(t->Goldstein("019").value, 3.4);
  EXPECT_EQ(t->QuadClass("010").value, 0);
  EXPECT_EQ(t->QuadClass("14").value, 4);
  EXPECT_EQ(t->QuadClass("16").value, 3);
  EXPECT_NE(t->provenance().find("goldstein=icews; quad=phoenix"), std::string::npos);

  options.quad_scheme = QuadScheme::kIcews;
  t = LoadShipped(options);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->QuadClass("09").value, 3);
  EXPECT_EQ(t->QuadClass("14").value, 4);
  EXPECT_EQ(t->QuadClass("01").value, 1);

  EXPECT_EQ(ParseGoldsteinTable("phoenix"), GoldsteinTable::kPhoenix);
  EXPECT_EQ(ParseGoldsteinTable("icews"), GoldsteinTable::kIcews);
  EXPECT_EQ(ParseGoldsteinTable("gdelt"), std::nullopt);
  EXPECT_EQ(ParseQuadScheme("gdelt"), QuadScheme::kGdelt);
  EXPECT_EQ(ParseQuadScheme("icews"), QuadScheme::kIcews);
  EXPECT_EQ(ParseQuadScheme("phoenix"), QuadScheme::kPhoenix);
  EXPECT_EQ(ParseQuadScheme("plover"), std::nullopt);
  for (GoldsteinTable g : {GoldsteinTable::kPhoenix, GoldsteinTable::kIcews}) {
    EXPECT_EQ(ParseGoldsteinTable(GoldsteinTableName(g)), g);
  }
  for (QuadScheme s : {QuadScheme::kGdelt, QuadScheme::kIcews, QuadScheme::kPhoenix}) {
    EXPECT_EQ(ParseQuadScheme(QuadSchemeName(s)), s);
  }
}

// --- malformed tables ------------------------------------------------------------------------

TEST(CodeTablesTest, MalformedLinesAreReportedSkippedAndCounted) {
  const std::string dir = TestDataPath("coding/malformed");
  auto loaded = CodeTables::Load(dir);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  const CodeTables& t = **loaded;
  const std::string q = dir + "/tables/cameo_quad_classes.tsv:";
  const std::string e = dir + "/tables/cameo_events.tsv:";
  const std::string p = dir + "/tables/cameo_plover.tsv:";
  const std::string a = dir + "/tables/cameo_actor_types.tsv:";
  const std::string c = dir + "/tables/cameo_countries.tsv:";
  const std::string range = " (a number from -10 to 10, or empty)";
  const std::vector<std::string> expected = {
      q + "8: bad root \"1\" (two digits expected)",
      q + "9: bad quad class \"5\" for phoenix (0-4 expected)",
      q + "10: root 04 listed twice",
      e + "12: 6 tab-separated fields, expected 7 (code root name goldstein_phoenix "
          "goldstein_icews quad_gdelt sources)",
      e + "13: bad code \"1X2\" (2 to 4 digits expected)",
      e + "14: root \"18\" is not the first two digits of 192",
      e + "15: bad goldstein_phoenix \"-11.0\"" + range,
      e + "16: bad goldstein_phoenix \"abc\"" + range,
      e + "17: quad_gdelt 3 disagrees with root 19 in cameo_quad_classes.tsv (4)",
      e + "18: code 190 listed twice (first on line 11)",
      e + "19: root 14 has no row in cameo_quad_classes.tsv",
      e + "20: unknown source \"weis\" (gdelt, icews, phoenix, plover)",
      e + "22: not valid UTF-8",
      e + "21: root 18 of 181 is not in the table",
      p + "7: code \"999\" is not in cameo_events.tsv",
      p + "8: unknown PLOVER event type \"SPEAK\"",
      p + "9: code 042 listed twice (first on line 5)",
      p + "10: bad mode \"Heavy Weapons\" (lower-case word or empty)",
      p + "11: bad context \"legal;;crime\" (lower-case words separated by \";\", or empty)",
      a + "5: bad code \"GOVT\" (three upper-case letters or digits)",
      a + "6: bad code \"gov\" (three upper-case letters or digits)",
      a + "7: code MIL listed twice (first on line 4)",
      a + "8: code REB has no name",
      c + "5: 1 tab-separated fields, expected 2 (code name)",
  };
  EXPECT_EQ(t.diagnostics(), expected);
  EXPECT_EQ(t.skipped_lines(), expected.size());

  // The good rows are there, the bad ones are not.
  std::vector<std::string> codes;
  for (const EventCodeEntry& row : t.event_codes()) codes.push_back(row.code);
  EXPECT_EQ(codes,
            (std::vector<std::string>{"01", "010", "0110", "016", "04", "042", "19", "190"}));
  EXPECT_DOUBLE_EQ(t.Goldstein("190").value, -10.0);  // the first 190, not "Listed again"
  EXPECT_EQ(t.Name("190").value, "Use conventional military force");
  EXPECT_EQ(t.Name("0110").status, LookupStatus::kNoValue);
  EXPECT_EQ(t.Goldstein("0110", GoldsteinTable::kIcews).status, LookupStatus::kNoValue);
  EXPECT_EQ(t.Goldstein("193").status, LookupStatus::kUnknownCode);
  EXPECT_EQ(t.Plover("042").value.mode, "visit");
  EXPECT_EQ(t.Plover("19").status, LookupStatus::kNoValue);
  EXPECT_EQ(t.Plover("016").status, LookupStatus::kNoValue);
  EXPECT_EQ(t.plover_count(), 3u);
  EXPECT_EQ(t.actor_type_count(), 2u);
  EXPECT_EQ(t.country_count(), 2u);
  EXPECT_EQ(t.CountryName("USA").status, LookupStatus::kUnknownCode);
}

TEST(CodeTablesTest, StrictMakesTheFirstBadLineFatal) {
  CodeTablesOptions options;
  options.strict = true;
  const std::string dir = TestDataPath("coding/malformed");
  auto loaded = CodeTables::Load(dir, options);
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(loaded.status().message(),
            dir +
                "/tables/cameo_quad_classes.tsv:8: bad root \"1\" (two digits expected) "
                "(strict: table lines must all be valid)");
  // The shipped tables pass strict loading.
  options.strict = true;
  EXPECT_NE(LoadShipped(options), nullptr);
}

// A tables directory in the test's temporary directory: the five files of a minimal valid set,
// with `replace` substituted for the named files.
std::string MakeTablesDir(const std::string& name,
                          const std::map<std::string, std::string>& replace) {
  std::map<std::string, std::string> files = {
      {"cameo_quad_classes.tsv",
       "#! entente-table cameo_quad_classes 1\nroot\tgdelt\ticews\tphoenix\n04\t1\t1\t1\n"},
      {"cameo_events.tsv",
       "#! entente-table cameo_events 1\n"
       "code\troot\tname\tgoldstein_phoenix\tgoldstein_icews\tquad_gdelt\tsources\n"
       "04\t04\tCONSULT\t1.0\t1.0\t1\tgdelt\n"},
      {"cameo_plover.tsv",
       "#! entente-table cameo_plover 1\ncode\tplover_type\tmode\tcontext\tnotes\n"
       "04\tCONSULT\t\t\t\n"},
      {"cameo_actor_types.tsv",
       "#! entente-table cameo_actor_types 1\ncode\tname\nGOV\tGovernment\n"},
      {"cameo_countries.tsv", "#! entente-table cameo_countries 1\ncode\tname\nRUS\tRussia\n"},
  };
  for (const auto& [file, content] : replace) files[file] = content;
  const std::string probe = WriteTempFile("code_tables_probe", "");
  const std::string base = probe.substr(0, probe.rfind('/')) + "/" + name;
  mkdir(base.c_str(), 0700);
  mkdir((base + "/tables").c_str(), 0700);
  for (const auto& [file, content] : files) {
    if (content == "<absent>") {
      std::remove((base + "/tables/" + file).c_str());
      continue;
    }
    WriteTempFile(name + "/tables/" + file, content);
  }
  return base;
}

TEST(CodeTablesTest, MinimalValidSetLoads) {
  auto loaded = CodeTables::Load(MakeTablesDir("minimal", {}));
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ((*loaded)->Plover("04").value.type, "CONSULT");
  EXPECT_EQ((*loaded)->Plover("04").value.mode, "");
  EXPECT_TRUE((*loaded)->diagnostics().empty());
}

TEST(CodeTablesTest, BadHeadersAndMissingFilesFailEvenWithoutStrict) {
  struct Case {
    std::string file, content, error;
  };
  const std::string cols =
      "code\troot\tname\tgoldstein_phoenix\tgoldstein_icews\tquad_gdelt\tsources\n";
  const std::vector<Case> cases = {
      {"cameo_events.tsv", "code\troot\n",
       ":1: expected a header \"#! entente-table cameo_events <version>\""},
      {"cameo_events.tsv", "#! entente-table cameo_events\n" + cols, ":1: header lacks a version"},
      {"cameo_events.tsv", "#! entente-table cameo_plover 1\n" + cols,
       ":1: this is the \"cameo_plover\" table, expected \"cameo_events\""},
      {"cameo_events.tsv", "#! entente-table cameo_events one\n" + cols,
       ":1: bad table version \"one\""},
      {"cameo_events.tsv", "#! entente-table cameo_events 2\n" + cols,
       ":1: table format version 2 is newer than this entente reads (1); use a newer entente or "
       "the "
       "tables that came with this one"},
      {"cameo_events.tsv", "#! entente-table cameo_events 1\n# comment\ncode\tname\n04\tCONSULT\n",
       ":3: expected the column line \"code\troot\tname\tgoldstein_phoenix\tgoldstein_icews\t"
       "quad_gdelt\tsources\", found \"code\tname\""},
      {"cameo_events.tsv", "#! entente-table cameo_events 1\n" + cols,
       ": no rows (a code table must not be empty)"},
      {"cameo_events.tsv",
       "#! entente-table cameo_events 1\n" + cols + "4\t04\tBad\t1.0\t1.0\t1\tgdelt\n",
       ": no valid rows"},
      {"cameo_events.tsv", "", ": empty file, expected a code table"},
      {"cameo_actor_types.tsv", "#! entente-table cameo_actor_types 1\ncode\tname\ngov\tlower\n",
       ": no valid rows"},
      {"cameo_plover.tsv",
       "#! entente-table cameo_plover 1\ncode\tplover_type\tmode\tcontext\tnotes\n"
       "04\tTALK\t\t\t\n",
       ": no valid rows"},
      {"cameo_countries.tsv", "#! entente-table cameo_countries 1\n# only comments\n",
       ": no column line and no rows"},
      {"cameo_plover.tsv", "<absent>", ": cannot open code table (is the data directory right?)"},
  };
  int n = 0;
  for (const Case& c : cases) {
    SCOPED_TRACE(c.error);
    const std::string dir =
        MakeTablesDir("bad_header_" + std::to_string(n++), {{c.file, c.content}});
    auto loaded = CodeTables::Load(dir);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.status().message(), dir + "/tables/" + c.file + c.error);
  }
  auto empty_dir = CodeTables::Load("");
  ASSERT_FALSE(empty_dir.ok());
  EXPECT_EQ(empty_dir.status().code(), StatusCode::kInvalidArgument);
  auto missing = CodeTables::Load(SourceDir() + "/no/such/dir");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

TEST(CodeTablesTest, CrLfAndCommentsAnywhere) {
  const std::string dir = MakeTablesDir(
      "crlf", {{"cameo_events.tsv",
                "#! entente-table cameo_events 1\r\n# why\r\n\r\n"
                "code\troot\tname\tgoldstein_phoenix\tgoldstein_icews\tquad_gdelt\tsources\r\n"
                "# a comment between rows\r\n04\t04\tCONSULT\t1.0\t\t1\t\r\n\r\n"
                "041\t04\tDiscuss by telephone\t1.0\t1.0\t1\tgdelt,icews"}});
  auto loaded = CodeTables::Load(dir, CodeTablesOptions{.strict = true});
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ((*loaded)->Name("041").value, "Discuss by telephone");
  EXPECT_EQ((*loaded)->Goldstein("04", GoldsteinTable::kIcews).status, LookupStatus::kNoValue);
  EXPECT_EQ((*loaded)->Plover("041").status, LookupStatus::kNoValue);
}

// --- the shipped tables against their sources ------------------------------------------------

std::string CameoDir() {
  const std::string shared = SharedDataDir();
  if (shared.empty()) return "";
  const std::string dir = shared + "/cameo";
  struct stat st;
  if (stat((dir + "/cameo_codes_goldstein.tsv").c_str(), &st) != 0) return "";
  return dir;
}

std::string Trim(std::string s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

std::string Lower(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

// The name normalisation scripts/build-tables.sh applies: blanks collapsed, first letter upper.
std::string CleanName(const std::string& s) {
  std::string out;
  for (char ch : s) {
    const bool blank = ch == ' ' || ch == '\t';
    if (blank && (out.empty() || out.back() == ' ')) continue;
    out += blank ? ' ' : ch;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

TEST(CodeTablesSourcesTest, EventsMatchCameoCodesGoldsteinRowByRow) {
  const std::string cameo = CameoDir();
  if (cameo.empty()) GTEST_SKIP() << "skipped: ../shared/data/cameo not found";
  const CodeTables& t = Shipped();
  std::vector<std::string> lines = Lines(ReadFileOrDie(cameo + "/cameo_codes_goldstein.tsv"));
  ASSERT_FALSE(lines.empty());
  ASSERT_EQ(lines[0],
            "code\tname_gdelt_lookup\tname_icews_table\tgoldstein_icews_table(andybega/icews)\t"
            "goldstein_phoenix(CAMEO.SCALE)\tgoldstein_seen_in_gdelt_sample\tquadclass_gdelt");
  std::set<std::string> source_codes;
  std::set<std::string> gdelt_disagrees;
  for (size_t i = 1; i < lines.size(); ++i) {
    std::vector<std::string> f = Split(lines[i], '\t');
    ASSERT_EQ(f.size(), 7u) << "line " << i + 1;
    const std::string& code = f[0];
    SCOPED_TRACE(code);
    source_codes.insert(code);
    const EventCodeEntry* e = t.Find(code);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->root, code.substr(0, 2));
    EXPECT_EQ(e->name, CleanName(f[2].empty() ? f[1] : f[2]));
    for (auto [col, table] :
         {std::pair{3, GoldsteinTable::kIcews}, std::pair{4, GoldsteinTable::kPhoenix}}) {
      Lookup<double> g = t.Goldstein(code, table);
      if (f[col].empty()) {
        EXPECT_EQ(g.status, LookupStatus::kNoValue);
      } else {
        ASSERT_TRUE(g.ok());
        EXPECT_DOUBLE_EQ(g.value, std::strtod(f[col].c_str(), nullptr));
      }
    }
    // What real GDELT rows carried, against the default table.
    if (!f[5].empty() && std::strtod(f[5].c_str(), nullptr) != t.Goldstein(code).value) {
      gdelt_disagrees.insert(code);
    }
    EXPECT_EQ(t.QuadClass(code, QuadScheme::kGdelt).value, std::stoi(f[6]));
    EXPECT_EQ(e->quad_gdelt, std::stoi(f[6]));
    const std::vector<std::string> sources = Split(e->sources, ',');
    auto has = [&](const char* s) {
      return std::find(sources.begin(), sources.end(), s) != sources.end();
    };
    EXPECT_EQ(has("gdelt"), !f[1].empty());
    EXPECT_EQ(has("icews"), !f[3].empty());
    EXPECT_EQ(has("phoenix"), !f[4].empty());
  }
  EXPECT_EQ(source_codes.size(), 318u);
  // 022: 3.2 in GDELT rows, 3.4 in both published tables (DOMAIN.md §2.3).
  EXPECT_EQ(gdelt_disagrees, (std::set<std::string>{"022"}));
  // The only codes beyond the source come from the PLOVER mapping.
  for (const EventCodeEntry& e : t.event_codes()) {
    if (!source_codes.count(e.code)) {
      EXPECT_EQ(e.sources, "plover") << e.code;
    }
  }
}

TEST(CodeTablesSourcesTest, PloverMatchesCameo2PloverLineByLine) {
  const std::string cameo = CameoDir();
  if (cameo.empty()) GTEST_SKIP() << "skipped: ../shared/data/cameo not found";
  const CodeTables& t = Shipped();
  std::map<std::string, std::string> first_header;
  std::set<std::string> codes;
  for (const std::string& raw : Lines(ReadFileOrDie(cameo + "/CAMEO2PLOVER-2021.txt"))) {
    std::string line = Trim(raw);
    if (line.empty() || line[0] == '#' || line[0] == '~') continue;
    size_t colon = line.find(':');
    ASSERT_NE(colon, std::string::npos) << line;
    const std::string code = Trim(line.substr(0, colon));
    std::string rest = line.substr(colon + 1);
    if (size_t h = rest.find('#'); h != std::string::npos) rest = rest.substr(0, h);
    std::vector<std::string> f = Split(rest, ',');
    SCOPED_TRACE(line);
    Lookup<PloverEvent> p = t.Plover(code);
    ASSERT_TRUE(p.ok());
    if (code.size() == 2) {
      if (first_header.emplace(code, Trim(f[0])).second) {
        EXPECT_EQ(p.value.type, Trim(f[0]));
      }
      continue;
    }
    codes.insert(code);
    EXPECT_EQ(p.value.type, Trim(f[0]));
    std::string mode = f.size() > 1 ? Lower(Trim(f[1])) : "";
    std::vector<std::string> contexts;
    if (f.size() > 2) {
      for (const std::string& cx : Split(f[2], ';')) {
        if (!Trim(cx).empty()) contexts.push_back(Lower(Trim(cx)));
      }
    }
    std::string context;
    for (const std::string& cx : contexts) context += (context.empty() ? "" : ";") + cx;
    if (p.value.mode == mode) {
      EXPECT_EQ(p.value.context, context);
    } else {
      // Normalised: a context in the mode slot moved to the front of the contexts (175).
      EXPECT_EQ(p.value.mode, "");
      EXPECT_EQ(p.value.context, context.empty() ? mode : mode + ";" + context);
    }
  }
  EXPECT_EQ(codes.size(), 256u);        // 257 code lines, 175 twice
  EXPECT_EQ(first_header.size(), 18u);  // roots 03-20
  EXPECT_EQ(t.plover_count(), codes.size() + first_header.size());
}

TEST(CodeTablesSourcesTest, ActorTypesAndCountriesMatchGdeltLookups) {
  const std::string cameo = CameoDir();
  if (cameo.empty()) GTEST_SKIP() << "skipped: ../shared/data/cameo not found";
  const CodeTables& t = Shipped();
  for (auto [file, count, is_country] :
       {std::tuple{"gdelt_lookup_cameoType.txt", &CodeTables::actor_type_count, false},
        std::tuple{"cameo_actor_type_codes.tsv", &CodeTables::actor_type_count, false},
        std::tuple{"gdelt_lookup_cameoCountry.txt", &CodeTables::country_count, true}}) {
    SCOPED_TRACE(file);
    std::vector<std::string> lines = Lines(ReadFileOrDie(cameo + "/" + file));
    ASSERT_EQ(lines[0], "CODE\tLABEL");
    std::set<std::string> seen;
    for (size_t i = 1; i < lines.size(); ++i) {
      std::vector<std::string> f = Split(lines[i], '\t');
      ASSERT_EQ(f.size(), 2u);
      seen.insert(f[0]);
      Lookup<std::string_view> name = is_country ? t.CountryName(f[0]) : t.ActorTypeName(f[0]);
      ASSERT_TRUE(name.ok()) << f[0];
      EXPECT_EQ(name.value, Trim(f[1]));
    }
    EXPECT_EQ(seen.size(), (t.*count)());
  }
}

TEST(CodeTablesSourcesTest, GdeltSampleRowsAgreeWithTheDefaults) {
  // Real GDELT 2.0 rows (61 columns): EventCode 26, EventRootCode 28, QuadClass 29,
  // GoldsteinScale 30. The defaults (GDELT quads, Phoenix Goldstein) must reproduce them.
  const std::string cameo = CameoDir();
  if (cameo.empty()) GTEST_SKIP() << "skipped: ../shared/data/cameo not found";
  const CodeTables& t = Shipped();
  int rows = 0;
  for (const std::string& line : Lines(ReadFileOrDie(cameo + "/gdelt_sample_events.tsv"))) {
    std::vector<std::string> f = Split(line, '\t');
    ASSERT_EQ(f.size(), 61u);
    const std::string& code = f[26];
    SCOPED_TRACE(code);
    ASSERT_TRUE(t.IsKnown(code));
    EXPECT_EQ(t.Root(code).value, f[28]);
    EXPECT_EQ(t.QuadClass(code).value, std::stoi(f[29]));
    EXPECT_DOUBLE_EQ(t.Goldstein(code).value, std::strtod(f[30].c_str(), nullptr));
    ++rows;
  }
  EXPECT_EQ(rows, 200);
}

}  // namespace
}  // namespace entente::coding
