// Date parsing (src/base/date.h): every documented form, time zones across day boundaries, leap
// years, TABARI two-digit years, and invalid inputs whose message names the problem.
#include "base/date.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <string_view>

namespace entente::base {
namespace {

std::string Iso(std::string_view text) {
  auto d = ParseDate(text);
  if (!d.ok()) return "error: " + d.status().message();
  return d->ToIso();
}

struct Case {
  const char* input;
  const char* iso;
};

TEST(DateTest, IsoFormsAndSeparators) {
  const Case kCases[] = {
      {"2019-08-21", "2019-08-21"},
      {"2019/08/21", "2019-08-21"},
      {"2019.08.21", "2019-08-21"},
      {"  2019-08-21\n", "2019-08-21"},
      {"2019-08-21T23:30", "2019-08-21"},
      {"2019-08-21T23:30:00", "2019-08-21"},
      {"2019-08-21t23:30:00", "2019-08-21"},
      {"2019-08-21 23:30:00", "2019-08-21"},
      {"2019-08-21T23:30:00.123456", "2019-08-21"},
      {"2019-08-21T23:30:00Z", "2019-08-21"},
      {"2019-08-21T23:30:00 UTC", "2019-08-21"},
      {"2019-08-21T23:30:00 GMT", "2019-08-21"},
      {"2019-08-21T23:30:00+00:00", "2019-08-21"},
  };
  for (const auto& c : kCases) EXPECT_EQ(Iso(c.input), c.iso) << c.input;
}

TEST(DateTest, TimeZonesConvertToTheUtcDate) {
  const Case kCases[] = {
      // Local 23:30 at UTC-5 is 04:30 the next day in UTC.
      {"2019-08-21T23:30:00-05:00", "2019-08-22"},
      {"2019-08-21T18:59:59-05:00", "2019-08-21"},
      {"2019-08-21T19:00:00-05:00", "2019-08-22"},
      // Local 00:30 at UTC+1 is 23:30 the day before.
      {"2019-08-21T00:30:00+01:00", "2019-08-20"},
      {"2019-08-21T01:00:00+01:00", "2019-08-21"},
      {"2019-08-21T00:59+01:00", "2019-08-20"},
      {"2019-08-21T10:00:00+0530", "2019-08-21"},
      {"2019-08-21T03:00:00+0530", "2019-08-20"},
      {"2019-08-21T23:00:00-02", "2019-08-22"},
      // Across month, year and leap-day boundaries.
      {"2019-12-31T22:00:00-03:00", "2020-01-01"},
      {"2020-01-01T01:00:00+02:00", "2019-12-31"},
      {"2020-02-28T23:00:00-02:00", "2020-02-29"},
      {"2019-02-28T23:00:00-02:00", "2019-03-01"},
      {"2020-03-01T00:15:00+00:30", "2020-02-29"},
      {"2019-08-31T20:00:00-14:00", "2019-09-01"},
      // Before 1970 (negative day numbers).
      {"1950-06-15T01:00:00+05:00", "1950-06-14"},
      {"1969-12-31T23:00:00-02:00", "1970-01-01"},
      {"1970-01-01T00:00:00+00:01", "1969-12-31"},
  };
  for (const auto& c : kCases) EXPECT_EQ(Iso(c.input), c.iso) << c.input;
}

TEST(DateTest, CompactAndTabariForms) {
  const Case kCases[] = {
      {"20190821", "2019-08-21"},
      {"19870226", "1987-02-26"},
      {"190821", "2019-08-21"},
      {"950103", "1995-01-03"},
      {"000101", "2000-01-01"},
      {"300101", "2030-01-01"},  // 00-30 are 2000-2030
      {"310101", "1931-01-01"},  // 31-99 are 1931-1999
      {"991231", "1999-12-31"},
  };
  for (const auto& c : kCases) EXPECT_EQ(Iso(c.input), c.iso) << c.input;
}

TEST(DateTest, WordForms) {
  const Case kCases[] = {
      {"26-FEB-1987 15:01:01.79", "1987-02-26"},  // Reuters-21578
      {"2-MAR-1987 09:12:00.00", "1987-03-02"},
      {"26-FEB-1987", "1987-02-26"},
      {"February 26, 1987", "1987-02-26"},
      {"Feb. 26, 1987", "1987-02-26"},
      {"Feb 26 1987", "1987-02-26"},
      {"26 February 1987", "1987-02-26"},
      {"26 february 1987", "1987-02-26"},
      {"26 FEBRUARY 1987", "1987-02-26"},
      {"Sept. 3, 2001", "2001-09-03"},
      {"Sep 3, 2001", "2001-09-03"},
      {"3 September 2001", "2001-09-03"},
      {"May 9, 2010", "2010-05-09"},
  };
  for (const auto& c : kCases) EXPECT_EQ(Iso(c.input), c.iso) << c.input;
  // Every month by full name and abbreviation.
  const char* kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                           "August", "September", "October", "November", "December"};
  for (int m = 1; m <= 12; ++m) {
    std::string full = std::string(kMonths[m - 1]) + " 1, 2004";
    std::string abbr = "1 " + std::string(kMonths[m - 1]).substr(0, 3) + " 2004";
    char expect[16];
    std::snprintf(expect, sizeof expect, "2004-%02d-01", m);
    EXPECT_EQ(Iso(full), expect);
    EXPECT_EQ(Iso(abbr), expect);
  }
}

TEST(DateTest, LeapYears) {
  EXPECT_EQ(Iso("2020-02-29"), "2020-02-29");
  EXPECT_EQ(Iso("2000-02-29"), "2000-02-29");  // divisible by 400
  EXPECT_EQ(Iso("20000229"), "2000-02-29");
  EXPECT_EQ(Iso("000229"), "2000-02-29");
  EXPECT_EQ(Iso("29 February 2016"), "2016-02-29");
  for (const char* bad : {"2019-02-29", "1900-02-29", "2100-02-29", "19000229", "190229",
                          "29 February 2019", "2020-02-30"}) {
    auto d = ParseDate(bad);
    ASSERT_FALSE(d.ok()) << bad;
    EXPECT_NE(d.status().message().find("does not exist in that month"), std::string::npos)
        << d.status().message();
  }
  EXPECT_TRUE(IsValidCivilDate(2020, 2, 29));
  EXPECT_TRUE(IsValidCivilDate(2000, 2, 29));
  EXPECT_FALSE(IsValidCivilDate(2019, 2, 29));
  EXPECT_FALSE(IsValidCivilDate(1900, 2, 29));
}

TEST(DateTest, IsValidCivilDate) {
  EXPECT_TRUE(IsValidCivilDate(2019, 1, 31));
  EXPECT_FALSE(IsValidCivilDate(2019, 4, 31));
  EXPECT_FALSE(IsValidCivilDate(2019, 0, 1));
  EXPECT_FALSE(IsValidCivilDate(2019, 13, 1));
  EXPECT_FALSE(IsValidCivilDate(2019, 6, 0));
  EXPECT_FALSE(IsValidCivilDate(999, 6, 1));
  EXPECT_FALSE(IsValidCivilDate(3000, 6, 1));
}

TEST(DateTest, ToIsoPadsWithZeros) {
  EXPECT_EQ((CivilDate{1987, 2, 6}).ToIso(), "1987-02-06");
  EXPECT_EQ((CivilDate{2019, 12, 31}).ToIso(), "2019-12-31");
}

struct InvalidCase {
  const char* input;
  const char* reason;  // must appear in the message
};

TEST(DateTest, InvalidInputsSayWhy) {
  const InvalidCase kCases[] = {
      {"", "empty"},
      {"   ", "empty"},
      {"2019-13-01", "month 13 does not exist"},
      {"2019-00-10", "month 0 does not exist"},
      {"20191301", "month 13 does not exist"},
      {"951301", "month 13 does not exist"},
      {"2019-04-31", "day 31 does not exist in that month"},
      {"2019-08-00", "day 0 does not exist in that month"},
      {"31 April 2019", "day 31 does not exist in that month"},
      {"0999-01-01", "year 999 out of range"},
      {"3019-01-01", "year 3019 out of range"},
      {"2019-8-21", "expected YYYY-MM-DD"},
      {"2019-08/21", "expected YYYY-MM-DD"},
      {"2019-08-2", "expected YYYY-MM-DD"},
      {"2019-08-21T25:00", "unreadable time after the date"},
      {"2019-08-21T23:60", "unreadable time after the date"},
      {"2019-08-21T2330", "unreadable time after the date"},
      {"2019-08-21X", "unreadable time after the date"},
      {"2019-08-21T23:30:00+15:00", "unreadable time after the date"},
      {"2019-08-21T23:30:00 EST", "unreadable time after the date"},
      {"12345", "expected YYYYMMDD or YYMMDD"},
      {"2019082", "expected YYYYMMDD or YYMMDD"},
      {"201908211", "expected YYYYMMDD or YYMMDD"},
      {"yesterday", "not a date form entente reads"},
      {"Smarch 3, 2001", "not a date form entente reads"},
      {"26 Feb 87", "not a date form entente reads"},
      {"Feb 2019", "not a date form entente reads"},
      {"Ju 3, 2001", "not a date form entente reads"},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.input);
    auto d = ParseDate(c.input);
    ASSERT_FALSE(d.ok()) << d->ToIso();
    EXPECT_EQ(d.status().code(), StatusCode::kDataLoss);
    EXPECT_NE(d.status().message().find(c.reason), std::string::npos) << d.status().message();
    // The message quotes the input, so a log line can be traced back to the record.
    EXPECT_NE(d.status().message().find("\"" + std::string(c.input) + "\""), std::string::npos)
        << d.status().message();
  }
}

}  // namespace
}  // namespace entente::base
