// Calendar dates as the field writes them, normalised to ISO "YYYY-MM-DD" in UTC.
#ifndef ENTENTE_BASE_DATE_H_
#define ENTENTE_BASE_DATE_H_

#include <string>
#include <string_view>

#include "entente/status.h"

namespace entente::base {

struct CivilDate {
  int year = 0, month = 0, day = 0;
  std::string ToIso() const;  // "YYYY-MM-DD"
};

bool IsValidCivilDate(int year, int month, int day);

// Reads the date forms found in news feeds and the field's test suites:
//   2019-08-21, 2019/08/21, 2019-08-21T23:30:00-05:00 (converted to the UTC date), 20190821,
//   190821 and 950103 (TABARI: two-digit years 00-30 are 2000-2030, 31-99 are 1931-1999),
//   26-FEB-1987 15:01:01.79 (Reuters), "February 26, 1987", "Feb. 26, 1987", "26 February 1987".
// Returns DataLoss with a reason ("month 13 does not exist") for anything else.
StatusOr<CivilDate> ParseDate(std::string_view text);

}  // namespace entente::base

#endif  // ENTENTE_BASE_DATE_H_
