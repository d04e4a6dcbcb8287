#pragma once

#include "deadlines/holidaycalendar.h"
#include "deadlines/policycatalog.h"
#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace ab {

class Workspace;

// The feedback deadline of a complaint: the one recorded with it, else the
// one the complaint-feedback policy gives from its receipt (15 working days
// by default, the organisation's published limit when overridden).
class FeedbackClock
{
public:
    static const QString kPolicy; // "complaint-feedback"

    static Result<FeedbackClock>
    load(const Workspace &workspace, const QString &policyFolder = PolicyCatalog::userFolder(),
         const QString &calendarFolder = HolidayCalendar::userFolder());

    struct Due
    {
        QDate date;
        bool recorded = false; // false: computed from the policy
    };
    // `responseDue` 'YYYY-MM-DD' (or a stored timestamp) when recorded;
    // `receivedAt` the stored UTC receipt.
    Due dueOf(const QString &responseDue, const QString &receivedAt) const;

private:
    FeedbackClock(Policy policy, HolidayCalendar calendar, QTimeZone zone);

    Policy m_policy;
    HolidayCalendar m_calendar;
    QTimeZone m_zone;
};

} // namespace ab
