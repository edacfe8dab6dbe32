#include "base/date.h"

#include <array>
#include <cctype>
#include <cstdio>

namespace entente::base {

namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return (m == 2 && IsLeap(y)) ? 29 : kDays[static_cast<size_t>(m - 1)];
}

// Reads exactly n digits at s[*pos]; false if they are not there.
bool Digits(std::string_view s, size_t* pos, size_t n, int* out) {
  if (*pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = 0; i < n; ++i) {
    char c = s[*pos + i];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *pos += n;
  *out = v;
  return true;
}

// 1..12 for an English month name or its abbreviation (case-insensitive, "Sept" too); else 0.
int MonthFromName(std::string_view w) {
  static constexpr std::array<const char*, 12> kNames = {
      "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december"};
  std::string lower;
  for (char c : w) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (lower.size() < 3) return 0;
  if (lower == "sept") return 9;
  for (size_t i = 0; i < kNames.size(); ++i) {
    std::string_view name = kNames[i];
    if (lower == name || (lower.size() == 3 && name.substr(0, 3) == lower)) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

Status Invalid(std::string_view text, const std::string& why) {
  return DataLossError("invalid date \"" + std::string(text) + "\": " + why);
}

StatusOr<CivilDate> Checked(std::string_view text, int y, int m, int d) {
  if (y < 1000 || y > 2999) return Invalid(text, "year " + std::to_string(y) + " out of range");
  if (m < 1 || m > 12) return Invalid(text, "month " + std::to_string(m) + " does not exist");
  if (d < 1 || d > DaysInMonth(y, m)) {
    return Invalid(text, "day " + std::to_string(d) + " does not exist in that month");
  }
  return CivilDate{y, m, d};
}

// Days since 1970-01-01 (Howard Hinnant's days_from_civil), for shifting a date by a UTC offset.
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// After "YYYY-MM-DD": an optional time "THH:MM[:SS[.fff]]" and zone "Z" or "+HH[:MM]"; returns
// the number of minutes to add to reach UTC, or false if the rest is not a time.
bool ParseTimeAndZone(std::string_view rest, int hour_min[2], int* offset_minutes) {
  *offset_minutes = 0;
  hour_min[0] = hour_min[1] = 0;
  if (rest.empty()) return true;
  if (rest[0] != 'T' && rest[0] != 't' && rest[0] != ' ') return false;
  size_t pos = 1;
  int h, mi, sec;
  if (!Digits(rest, &pos, 2, &h) || pos >= rest.size() || rest[pos] != ':') return false;
  ++pos;
  if (!Digits(rest, &pos, 2, &mi)) return false;
  if (pos < rest.size() && rest[pos] == ':') {
    ++pos;
    if (!Digits(rest, &pos, 2, &sec)) return false;
    if (pos < rest.size() && rest[pos] == '.') {
      ++pos;
      while (pos < rest.size() && std::isdigit(static_cast<unsigned char>(rest[pos]))) ++pos;
    }
  }
  if (h > 23 || mi > 59) return false;
  hour_min[0] = h;
  hour_min[1] = mi;
  while (pos < rest.size() && rest[pos] == ' ') ++pos;
  if (pos == rest.size()) return true;
  if (rest.substr(pos) == "Z" || rest.substr(pos) == "z" || rest.substr(pos) == "UTC" ||
      rest.substr(pos) == "GMT") {
    return true;
  }
  char sign = rest[pos];
  if (sign != '+' && sign != '-') return false;
  ++pos;
  int oh, om = 0;
  if (!Digits(rest, &pos, 2, &oh)) return false;
  if (pos < rest.size() && rest[pos] == ':') ++pos;
  if (pos < rest.size() && !Digits(rest, &pos, 2, &om)) return false;
  if (pos != rest.size() || oh > 14 || om > 59) return false;
  // Local time = UTC + offset, so UTC = local - offset.
  *offset_minutes = (sign == '+' ? -1 : 1) * (oh * 60 + om);
  return true;
}

}  // namespace

std::string CivilDate::ToIso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

bool IsValidCivilDate(int y, int m, int d) {
  return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m);
}

StatusOr<CivilDate> ParseDate(std::string_view raw) {
  std::string_view text = Trim(raw);
  if (text.empty()) return Invalid(raw, "empty");
  size_t pos = 0;
  int y = 0, m = 0, d = 0;

  // All digits: YYYYMMDD or YYMMDD.
  bool all_digits = true;
  for (char c : text) all_digits = all_digits && c >= '0' && c <= '9';
  if (all_digits) {
    if (text.size() == 8) {
      Digits(text, &pos, 4, &y); Digits(text, &pos, 2, &m); Digits(text, &pos, 2, &d);
      return Checked(raw, y, m, d);
    }
    if (text.size() == 6) {
      Digits(text, &pos, 2, &y); Digits(text, &pos, 2, &m); Digits(text, &pos, 2, &d);
      y += (y <= 30) ? 2000 : 1900;
      return Checked(raw, y, m, d);
    }
    return Invalid(raw, "expected YYYYMMDD or YYMMDD");
  }

  // YYYY-MM-DD with '-', '/' or '.', optionally followed by a time and zone.
  if (Digits(text, &pos, 4, &y) && pos < text.size() &&
      (text[pos] == '-' || text[pos] == '/' || text[pos] == '.')) {
    char sep = text[pos++];
    if (!Digits(text, &pos, 2, &m) || pos >= text.size() || text[pos] != sep) {
      return Invalid(raw, "expected YYYY-MM-DD");
    }
    ++pos;
    if (!Digits(text, &pos, 2, &d)) return Invalid(raw, "expected YYYY-MM-DD");
    auto date = Checked(raw, y, m, d);
    if (!date.ok()) return date;
    int hm[2], offset;
    if (!ParseTimeAndZone(text.substr(pos), hm, &offset)) {
      return Invalid(raw, "unreadable time after the date");
    }
    if (offset != 0) {
      long minutes = DaysFromCivil(y, m, d) * 1440 + hm[0] * 60 + hm[1] + offset;
      long days = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440);
      return CivilFromDays(days);
    }
    return date;
  }

  // Words: "26-FEB-1987 ...", "26 February 1987", "February 26, 1987", "Feb. 26, 1987".
  std::string_view rest = text;
  auto next_word = [&rest]() -> std::string_view {
    while (!rest.empty() && (rest[0] == ' ' || rest[0] == '-' || rest[0] == ',' || rest[0] == '.')) {
      rest.remove_prefix(1);
    }
    size_t n = 0;
    while (n < rest.size() && std::isalnum(static_cast<unsigned char>(rest[n]))) ++n;
    std::string_view w = rest.substr(0, n);
    rest.remove_prefix(n);
    return w;
  };
  auto number = [](std::string_view w, int* out) {
    if (w.empty() || w.size() > 4) return false;
    int v = 0;
    for (char c : w) {
      if (c < '0' || c > '9') return false;
      v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
  };
  std::string_view w1 = next_word(), w2 = next_word(), w3 = next_word();
  if (number(w1, &d) && (m = MonthFromName(w2)) != 0 && number(w3, &y) && w3.size() == 4) {
    return Checked(raw, y, m, d);  // the rest (a time of day) is ignored
  }
  if ((m = MonthFromName(w1)) != 0 && number(w2, &d) && number(w3, &y) && w3.size() == 4) {
    return Checked(raw, y, m, d);
  }
  return Invalid(raw, "not a date form entente reads (use YYYY-MM-DD)");
}

}  // namespace entente::base
