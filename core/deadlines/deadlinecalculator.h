#pragma once

#include "deadlines/holidaycalendar.h"
#include "deadlines/period.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace ab {

// The outcome of counting a period from a trigger date.
struct DueDate
{
    QDate triggerDate;     // the local date of the triggering event (not counted)
    QDate nominalDue;      // the last day of the period before moving off a rest day
    QDate due;             // the last day after moving to the next working day
    bool calendarComplete; // false when a year touched had no holiday calendar
};

// Counts periods as the PRC Civil Code (arts. 200-204) counts them: the day of
// the event is not counted; a month period ends on the same day-number of the
// final month or that month's last day; a last day that is a rest day moves to
// the next working day; the period ends at 24:00 local time of `due`.
class DeadlineCalculator
{
public:
    explicit DeadlineCalculator(const HolidayCalendar &calendar);
    DueDate compute(const QDate &triggerDate, const Period &period) const;
    // The same, from a stored UTC instant: the trigger day is its local date in
    // `zone` (2026-05-31T16:00:00Z is 1 June in Beijing).
    DueDate computeFromInstant(const QDateTime &trigger, const QTimeZone &zone,
                               const Period &period) const;

    // `day` itself when it is a working day, else the next one.
    QDate nextWorkingDay(const QDate &day) const;
    // True when the calendar has data for every year from `from` to `to`.
    bool yearsCovered(const QDate &from, const QDate &to) const;

private:
    const HolidayCalendar &m_calendar;
};

} // namespace ab
