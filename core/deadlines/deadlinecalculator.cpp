#include "deadlinecalculator.h"

namespace ab {

namespace {

// No real calendar has a run of rest days this long; the bound only keeps a
// hand-made calendar that marks a whole year as holidays from looping forever.
constexpr int kMaxRestRun = 400;

} // namespace

DeadlineCalculator::DeadlineCalculator(const HolidayCalendar &calendar) : m_calendar(calendar) {}

QDate DeadlineCalculator::nextWorkingDay(const QDate &day) const
{
    QDate d = day;
    for (int i = 0; i < kMaxRestRun && m_calendar.isRestDay(d); ++i)
        d = d.addDays(1);
    return d;
}

bool DeadlineCalculator::yearsCovered(const QDate &from, const QDate &to) const
{
    // Every year between the trigger and the due date: the trigger's, the
    // nominal due's, and whatever a move off a rest day or a working-day count
    // ran through.
    for (int y = from.year(); y <= to.year(); ++y) {
        if (!m_calendar.hasYear(y))
            return false;
    }
    return true;
}

DueDate DeadlineCalculator::compute(const QDate &triggerDate, const Period &period) const
{
    if (!triggerDate.isValid() || period.count <= 0)
        return {triggerDate, {}, {}, false};
    QDate nominal;
    switch (period.unit) {
    case Period::Unit::Months:
        // Civil Code art. 202: the same day-number of the final month,
        // or its last day; QDate::addMonths clamps exactly so.
        nominal = triggerDate.addMonths(period.count);
        break;
    case Period::Unit::Days:
        // Art. 201(1): the trigger day itself is not counted.
        nominal = triggerDate.addDays(period.count);
        break;
    case Period::Unit::WorkingDays: {
        QDate d = triggerDate;
        for (int counted = 0; counted < period.count;) {
            d = d.addDays(1);
            if (m_calendar.isWorkingDay(d))
                ++counted;
        }
        nominal = d;
        break;
    }
    }
    // Art. 203: a last day that is a rest day moves to the next working day.
    const QDate due = nextWorkingDay(nominal);
    return {triggerDate, nominal, due, yearsCovered(triggerDate, due)};
}

DueDate DeadlineCalculator::computeFromInstant(const QDateTime &trigger, const QTimeZone &zone,
                                               const Period &period) const
{
    return compute(trigger.toTimeZone(zone).date(), period);
}

} // namespace ab
