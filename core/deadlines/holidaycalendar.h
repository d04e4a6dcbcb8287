#pragma once

#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <utility>

namespace ab {

// Public holidays and adjusted working days of one country, by year, read from
// data files (resources/calendars/<country>-<year>.json, plus a user folder).
// A day is a rest day when it is a public holiday, or a Saturday/Sunday that
// is not declared an adjusted working day.
class HolidayCalendar
{
public:
    // The data format a calendar file declares in its "format" field.
    static const QString kFormat;

    // The built-in calendars for `country` ("CN"), plus any files for that
    // country in `extraFolder` (user-added years; may be empty). A user file
    // for a year replaces the built-in one, so that a correction needs no
    // rebuild. A country with no files at all is not an error: every year is
    // then counted with weekends only (see hasYear()).
    static Result<HolidayCalendar> load(const QString &country, const QString &extraFolder = {});

    // <AppDataLocation>/calendars: where users drop calendar files for new years.
    static QString userFolder();

    bool isRestDay(const QDate &day) const;
    bool isWorkingDay(const QDate &day) const { return !isRestDay(day); }
    bool hasYear(int year) const;

    const QString &country() const { return m_country; }
    // The holiday's name ("国庆节" / "National Day") when `day` is a public
    // holiday, else empty.
    QString holidayName(const QDate &day, bool chinese) const;

private:
    QString m_country;
    QSet<int> m_years;
    QSet<QDate> m_holidays;
    QSet<QDate> m_workingWeekendDays;
    QHash<QDate, std::pair<QString, QString>> m_names; // zh, en
};

} // namespace ab
