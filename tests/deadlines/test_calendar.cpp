#include "deadlines/deadlinecalculator.h"
#include "deadlines/holidaycalendar.h"
#include "testsupport.h"

#include <QDir>

using namespace ab;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QByteArray calendarJson(int year, const QByteArray &holidays, const QByteArray &working,
                        const QByteArray &country = "CN")
{
    return "{\n  \"format\": \"auditbench-calendar/1\",\n  \"country\": \"" + country +
           "\",\n  \"year\": " + QByteArray::number(year) +
           ",\n  \"source\": {\"title_en\": \"test notice\"},\n  \"holidays\": [" + holidays +
           "],\n  \"working_days\": [" + working + "]\n}\n";
}

} // namespace

TEST_CASE("The built-in Chinese calendars hold the State Council's days", "[deadlines][calendar]")
{
    auto cal = HolidayCalendar::load(QStringLiteral("CN"));
    AB_REQUIRE_OK(cal);
    CHECK(cal->hasYear(2025));
    CHECK(cal->hasYear(2026));
    CHECK_FALSE(cal->hasYear(2024));
    CHECK_FALSE(cal->hasYear(2027));

    // Every public holiday day of both notices.
    const char *holidays[] = {
        "2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01",
        "2025-02-02", "2025-02-03", "2025-02-04", "2025-04-04", "2025-04-05", "2025-04-06",
        "2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04", "2025-05-05", "2025-05-31",
        "2025-06-01", "2025-06-02", "2025-10-01", "2025-10-02", "2025-10-03", "2025-10-04",
        "2025-10-05", "2025-10-06", "2025-10-07", "2025-10-08", "2026-01-01", "2026-01-02",
        "2026-01-03", "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19",
        "2026-02-20", "2026-02-21", "2026-02-22", "2026-02-23", "2026-04-04", "2026-04-05",
        "2026-04-06", "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05",
        "2026-06-19", "2026-06-20", "2026-06-21", "2026-09-25", "2026-09-26", "2026-09-27",
        "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06",
        "2026-10-07"};
    for (const char *day : holidays) {
        INFO(day);
        CHECK(cal->isRestDay(d(day)));
    }
    // Adjusted working days: weekends that are worked.
    const char *working[] = {"2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28",
                             "2025-10-11", "2026-01-04", "2026-02-14", "2026-02-28",
                             "2026-05-09", "2026-09-20", "2026-10-10"};
    for (const char *day : working) {
        INFO(day);
        CHECK(d(day).dayOfWeek() >= Qt::Saturday);
        CHECK(cal->isWorkingDay(d(day)));
    }
    // Ordinary days either side.
    CHECK(cal->isWorkingDay(d("2025-02-05"))); // Wednesday after Spring Festival
    CHECK(cal->isRestDay(d("2026-02-07")));    // an ordinary Saturday
    CHECK(cal->isRestDay(d("2026-03-01")));    // an ordinary Sunday
    CHECK(cal->isWorkingDay(d("2026-10-08"))); // Thursday after National Day
    CHECK(cal->isRestDay(d("2026-10-11")));    // the Sunday after the working Saturday
    CHECK(cal->holidayName(d("2026-10-02"), false) == QStringLiteral("National Day"));
    CHECK(cal->holidayName(d("2026-02-16"), true) == QStringLiteral("春节"));
    CHECK(cal->holidayName(d("2026-02-14"), false).isEmpty());
}

TEST_CASE("A user calendar file adds a year without a rebuild", "[deadlines][calendar]")
{
    test::TempDir dir;
    // New Year 2027: Fri Jan 1 (and the weekend).
    test::writeFile(dir.path(QStringLiteral("cn-2027.json")),
                    calendarJson(2027,
                                 R"({"name_zh": "元旦", "name_en": "New Year's Day",
                                     "from": "2027-01-01", "to": "2027-01-01"})",
                                 ""));
    // Another country's file and a stray file are left alone.
    test::writeFile(dir.path(QStringLiteral("README.txt")), "not a calendar");
    auto cal = HolidayCalendar::load(QStringLiteral("CN"), dir.path(QString()));
    AB_REQUIRE_OK(cal);
    CHECK(cal->hasYear(2027));
    CHECK(cal->isRestDay(d("2027-01-01")));
    // Dec 22 2026 + 10D = Fri Jan 1 2027, now a holiday: Mon Jan 4, and complete.
    const DueDate r =
        DeadlineCalculator(*cal).compute(d("2026-12-22"), *Period::parse(QStringLiteral("10D")));
    CHECK(r.due == d("2027-01-04"));
    CHECK(r.calendarComplete);
}

TEST_CASE("A user calendar file replaces the built-in year", "[deadlines][calendar]")
{
    test::TempDir dir;
    test::writeFile(dir.path(QStringLiteral("cn-2026.json")),
                    calendarJson(2026,
                                 R"({"name_zh": "测试", "name_en": "Test holiday",
                                     "from": "2026-03-02", "to": "2026-03-02"})",
                                 ""));
    auto cal = HolidayCalendar::load(QStringLiteral("CN"), dir.path(QString()));
    AB_REQUIRE_OK(cal);
    CHECK(cal->isRestDay(d("2026-03-02")));
    // The built-in 2026 days are gone with the file they came from.
    CHECK(cal->isWorkingDay(d("2026-02-16")));
    CHECK(cal->isRestDay(d("2026-02-14")));
    // 2025 is untouched.
    CHECK(cal->isRestDay(d("2025-10-08")));
}

TEST_CASE("A bad calendar file is refused naming the file and the field", "[deadlines][calendar]")
{
    struct Case
    {
        const char *what;
        QByteArray content;
        const char *field;
        int line;
    };
    const QByteArray holiday = R"({"name_zh": "元旦", "name_en": "New Year",
                                   "from": "2027-01-01", "to": "2027-01-01"})";
    const Case cases[] = {
        {"not JSON", "{\n  \"format\": \"auditbench-calendar/1\",\n  \"year\": 2027,,\n}", "", 3},
        {"a list, not an object", "[]", "", 0},
        {"wrong format", calendarJson(2027, holiday, "").replace("calendar/1", "calendar/9"),
         "format", 0},
        {"year does not match the name", calendarJson(2028, holiday, ""), "year", 0},
        {"country does not match the name", calendarJson(2027, holiday, "", "JP"), "country", 0},
        {"no source", calendarJson(2027, holiday, "").replace("title_en", "title_xx"), "source", 0},
        {"missing name",
         calendarJson(2027, R"({"name_en": "New Year", "from": "2027-01-01", "to": "2027-01-01"})",
                      ""),
         "holidays[0].name_zh", 0},
        {"bad date",
         calendarJson(
             2027, R"({"name_zh": "a", "name_en": "b", "from": "2027-02-30", "to": "2027-03-01"})",
             ""),
         "holidays[0].from", 0},
        {"range backwards",
         calendarJson(
             2027, R"({"name_zh": "a", "name_en": "b", "from": "2027-05-05", "to": "2027-05-01"})",
             ""),
         "holidays[0].to", 0},
        {"date in a far year",
         calendarJson(
             2027, R"({"name_zh": "a", "name_en": "b", "from": "2029-05-01", "to": "2029-05-01"})",
             ""),
         "holidays[0].from", 0},
        {"working day on a weekday", calendarJson(2027, holiday, R"({"date": "2027-01-06"})"),
         "working_days[0].date", 0},
        {"working day that is a holiday",
         calendarJson(
             2027, R"({"name_zh": "a", "name_en": "b", "from": "2027-01-02", "to": "2027-01-02"})",
             R"({"date": "2027-01-09"}, {"date": "2027-01-02"})"),
         "working_days[1].date", 0},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        test::TempDir dir;
        const QString file = dir.path(QStringLiteral("cn-2027.json"));
        test::writeFile(file, c.content);
        auto cal = HolidayCalendar::load(QStringLiteral("CN"), dir.path(QString()));
        REQUIRE_FALSE(cal.ok());
        INFO(cal.error().toString().toStdString());
        CHECK(QDir::cleanPath(cal.error().file) == QDir::cleanPath(file));
        CHECK(cal.error().field == QString::fromLatin1(c.field));
        CHECK(cal.error().line == c.line);
        CHECK_FALSE(cal.error().message.isEmpty());
    }
}
