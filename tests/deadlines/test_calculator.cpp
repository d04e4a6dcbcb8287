// Due dates worked out by hand from the State Council notices (2025: notice of
// 2024-11-12; 2026: notice of 2025-11-04) and Civil Code arts. 201-203. The
// comment on each row is the reasoning; the expected values do not come from
// running the code.
#include "deadlines/deadlinecalculator.h"
#include "testsupport.h"
#include "util/timeutil.h"

using namespace ab;

namespace {

const HolidayCalendar &cn()
{
    static const HolidayCalendar cal = [] {
        auto c = HolidayCalendar::load(QStringLiteral("CN"));
        AB_REQUIRE_OK(c);
        return *c;
    }();
    return cal;
}

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

struct Case
{
    const char *trigger;
    const char *period;
    const char *nominal;
    const char *due;
    bool complete;
    const char *why;
};

void check(const Case &c)
{
    INFO(c.trigger << " + " << c.period << ": " << c.why);
    const auto p = Period::parse(QString::fromLatin1(c.period));
    REQUIRE(p.has_value());
    const DueDate r = DeadlineCalculator(cn()).compute(d(c.trigger), *p);
    CHECK(r.triggerDate == d(c.trigger));
    CHECK(time::toIsoDate(r.nominalDue) == QString::fromLatin1(c.nominal));
    CHECK(time::toIsoDate(r.due) == QString::fromLatin1(c.due));
    CHECK(r.calendarComplete == c.complete);
}

} // namespace

TEST_CASE("Spring Festival moves the last day", "[deadlines][calculator]")
{
    const Case cases[] = {
        {"2025-01-20", "10D", "2025-01-30", "2025-02-05", true,
         "Jan 30 lies in the 2025 holiday Jan 28-Feb 4; Wed Feb 5 is the next working day"},
        {"2024-10-30", "3M", "2025-01-30", "2025-02-05", false,
         "same last day, but the trigger year 2024 has no calendar"},
        {"2026-02-05", "10D", "2026-02-15", "2026-02-24", true,
         "2026 holiday Feb 15-23; Tue Feb 24 is the first working day after"},
        {"2025-11-15", "3M", "2026-02-15", "2026-02-24", true,
         "three months from Nov 15 end on Feb 15, the holiday's first day"},
        {"2026-02-05", "15D", "2026-02-20", "2026-02-24", true, "Fri Feb 20 is inside the holiday"},
    };
    for (const Case &c : cases)
        check(c);
}

TEST_CASE("Adjusted working weekend days are working days", "[deadlines][calculator]")
{
    const Case cases[] = {
        {"2026-01-14", "1M", "2026-02-14", "2026-02-14", true,
         "Sat 2026-02-14 is a declared working day"},
        {"2025-11-30", "3M", "2026-02-28", "2026-02-28", true,
         "Nov 30 + 3M has no Feb 30: Feb 28 (2026 is no leap year), a working Saturday"},
        {"2026-01-31", "1M", "2026-02-28", "2026-02-28", true,
         "Jan 31 + 1M: Feb's last day, the working Saturday"},
        {"2025-01-16", "10D", "2025-01-26", "2025-01-26", true,
         "Sun 2025-01-26 is a declared working day"},
        {"2025-01-29", "10D", "2025-02-08", "2025-02-08", true,
         "Sat 2025-02-08 is a declared working day"},
        {"2026-06-20", "3M", "2026-09-20", "2026-09-20", true,
         "Sun 2026-09-20 is a declared working day"},
        {"2026-04-29", "10D", "2026-05-09", "2026-05-09", true,
         "Sat 2026-05-09 is a declared working day"},
        {"2025-12-22", "10D", "2026-01-01", "2026-01-04", true,
         "New Year 2026 is Jan 1-3; Sun Jan 4 is a declared working day"},
    };
    for (const Case &c : cases)
        check(c);
}

TEST_CASE("National Day and the other holidays", "[deadlines][calculator]")
{
    const Case cases[] = {
        {"2025-07-01", "3M", "2025-10-01", "2025-10-09", true,
         "2025 National Day + Mid-Autumn Oct 1-8; Thu Oct 9 works"},
        {"2026-07-03", "3M", "2026-10-03", "2026-10-08", true,
         "2026 National Day Oct 1-7; Thu Oct 8 works"},
        {"2026-06-25", "3M", "2026-09-25", "2026-09-28", true,
         "Mid-Autumn 2026 Sep 25-27; Mon Sep 28"},
        {"2025-01-04", "3M", "2025-04-04", "2025-04-07", true, "Qingming 2025 Apr 4-6; Mon Apr 7"},
        {"2026-04-21", "10D", "2026-05-01", "2026-05-06", true,
         "Labour Day 2026 May 1-5; Wed May 6"},
        {"2025-05-21", "10D", "2025-05-31", "2025-06-03", true,
         "Dragon Boat 2025 May 31-Jun 2; Tue Jun 3"},
        {"2026-04-20", "10D", "2026-04-30", "2026-04-30", true, "Thu Apr 30 is a working day"},
    };
    for (const Case &c : cases)
        check(c);
}

TEST_CASE("Month periods end on the same day-number or the month's last day",
          "[deadlines][calculator]")
{
    const Case cases[] = {
        {"2025-01-31", "1M", "2025-02-28", "2025-02-28", true, "no Feb 31: Fri Feb 28"},
        {"2025-01-31", "3M", "2025-04-30", "2025-04-30", true, "no Apr 31: Wed Apr 30"},
        {"2025-08-31", "3M", "2025-11-30", "2025-12-01", true,
         "Nov 30 is the last day; it is a Sunday, so Mon Dec 1"},
        {"2026-08-31", "1M", "2026-09-30", "2026-09-30", true, "Wed Sep 30"},
        {"2025-08-31", "6M", "2026-02-28", "2026-02-28", true, "Feb 28 2026, a working Saturday"},
        {"2026-03-15", "3M", "2026-06-15", "2026-06-15", true, "same day-number, a Monday"},
    };
    for (const Case &c : cases)
        check(c);
}

TEST_CASE("Leap years and years without a calendar", "[deadlines][calculator]")
{
    const Case cases[] = {
        {"2027-11-30", "3M", "2028-02-29", "2028-02-29", false,
         "2028 is a leap year: Nov 30 + 3M ends on Tue Feb 29; no 2027/2028 calendar"},
        {"2028-01-31", "1M", "2028-02-29", "2028-02-29", false, "leap February's last day"},
        {"2028-01-05", "10D", "2028-01-15", "2028-01-17", false,
         "Jan 15 2028 is a Saturday: weekends only, so Mon Jan 17"},
        {"2026-12-22", "10D", "2027-01-01", "2027-01-01", false,
         "Fri Jan 1 2027: no 2027 calendar, so counted as a working day and marked"},
        {"2026-12-21", "10D", "2026-12-31", "2026-12-31", true, "Thu Dec 31 2026, all in 2026"},
        {"2026-12-30", "3WD", "2027-01-04", "2027-01-04", false,
         "Dec 31 (1), Fri Jan 1 2027 (2, no data), Mon Jan 4 (3): the count crossed into 2027"},
        {"2024-12-31", "1D", "2025-01-01", "2025-01-02", false,
         "New Year 2025 moves to Thu Jan 2, but the trigger year 2024 has no calendar"},
    };
    for (const Case &c : cases)
        check(c);
}

TEST_CASE("Working-day periods count only working days after the trigger day",
          "[deadlines][calculator]")
{
    const Case cases[] = {
        {"2025-09-26", "15WD", "2025-10-23", "2025-10-23", true,
         "Sun Sep 28 (1), Sep 29-30 (2-3), Oct 1-8 off, Oct 9-10 (4-5), Sat Oct 11 (6), "
         "Oct 13-17 (7-11), Oct 20-23 (12-15)"},
        {"2026-02-12", "5WD", "2026-02-26", "2026-02-26", true,
         "Fri Feb 13 (1), Sat Feb 14 works (2), Feb 15-23 off, Feb 24-26 (3-5)"},
        {"2026-09-30", "1WD", "2026-10-08", "2026-10-08", true,
         "Oct 1-7 off: the first working day is Thu Oct 8"},
        {"2026-10-09", "1WD", "2026-10-10", "2026-10-10", true, "Sat Oct 10 is a working day"},
        {"2026-04-03", "1WD", "2026-04-07", "2026-04-07", true, "Qingming Apr 4-6 off"},
        {"2026-06-01", "15WD", "2026-06-23", "2026-06-23", true,
         "Jun 2-5 (1-4), 8-12 (5-9), 15-18 (10-13), Dragon Boat Jun 19-21 off, "
         "Jun 22-23 (14-15)"},
        {"2026-03-06", "1WD", "2026-03-09", "2026-03-09", true, "Friday: next is Monday"},
        {"2026-02-05", "15WD", "2026-03-04", "2026-03-04", true,
         "Feb 6 (1), Feb 9-13 (2-6), Sat Feb 14 (7), Feb 15-23 off, Feb 24-27 (8-11), "
         "Sat Feb 28 (12), Mar 2-4 (13-15): both working Saturdays count"},
    };
    for (const Case &c : cases)
        check(c);
}

TEST_CASE("The trigger day is the local date of the trigger instant", "[deadlines][calculator]")
{
    const QTimeZone shanghai = time::defaultZone();
    const DeadlineCalculator calc(cn());
    const auto threeMonths = *Period::parse(QStringLiteral("3M"));
    struct Instant
    {
        const char *utc;
        const char *trigger;
        const char *due;
    };
    const Instant cases[] = {
        // 16:00 UTC is midnight in Beijing (UTC+8): already 1 June there.
        {"2026-05-31T16:00:00Z", "2026-06-01", "2026-09-01"},
        // One second earlier it is still 31 May; 31 Aug is a Monday.
        {"2026-05-31T15:59:59Z", "2026-05-31", "2026-08-31"},
    };
    for (const Instant &c : cases) {
        INFO(c.utc);
        const auto at = time::fromStored(QString::fromLatin1(c.utc));
        REQUIRE(at.has_value());
        const DueDate r = calc.computeFromInstant(*at, shanghai, threeMonths);
        CHECK(time::toIsoDate(r.triggerDate) == QString::fromLatin1(c.trigger));
        CHECK(time::toIsoDate(r.due) == QString::fromLatin1(c.due));
    }
}

TEST_CASE("A country without calendar files counts weekends only", "[deadlines][calculator]")
{
    auto eu = HolidayCalendar::load(QStringLiteral("EU"));
    AB_REQUIRE_OK(eu);
    CHECK_FALSE(eu->hasYear(2026));
    // Oct 2 2026 is a Friday: a Chinese holiday, but not a rest day here.
    const DueDate r =
        DeadlineCalculator(*eu).compute(d("2026-09-30"), *Period::parse(QStringLiteral("2D")));
    CHECK(r.due == d("2026-10-02"));
    CHECK_FALSE(r.calendarComplete);
    // Sat Oct 3 moves to Mon Oct 5.
    CHECK(DeadlineCalculator(*eu)
              .compute(d("2026-09-30"), *Period::parse(QStringLiteral("3D")))
              .due == d("2026-10-05"));
}
