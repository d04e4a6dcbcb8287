#include "feedbackclock.h"

#include "deadlines/deadlinecalculator.h"
#include "util/timeutil.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace ab {

const QString FeedbackClock::kPolicy = QStringLiteral("complaint-feedback");

FeedbackClock::FeedbackClock(Policy policy, HolidayCalendar calendar, QTimeZone zone)
    : m_policy(std::move(policy)), m_calendar(std::move(calendar)), m_zone(std::move(zone))
{}

Result<FeedbackClock> FeedbackClock::load(const Workspace &workspace, const QString &policyFolder,
                                          const QString &calendarFolder)
{
    auto catalog = PolicyCatalog::load(policyFolder);
    if (!catalog)
        return catalog.error();
    auto policy = catalog->find(kPolicy);
    if (!policy)
        return Error{QCoreApplication::translate("FeedbackClock",
                                                 "the policy \"%1\" is missing from this build")
                         .arg(kPolicy),
                     {},
                     0,
                     QStringLiteral("policy")};
    auto calendar = HolidayCalendar::load(policy->calendar, calendarFolder);
    if (!calendar)
        return calendar.error();
    return FeedbackClock(*policy, std::move(*calendar), workspace.settings().timeZone());
}

FeedbackClock::Due FeedbackClock::dueOf(const QString &responseDue, const QString &receivedAt) const
{
    if (const auto d = time::parseIsoDate(responseDue))
        return {*d, true};
    if (const auto t = time::fromStored(responseDue))
        return {time::localDate(*t, m_zone), true};
    const auto received = time::fromStored(receivedAt);
    if (!received)
        return {};
    const DueDate due =
        DeadlineCalculator(m_calendar).computeFromInstant(*received, m_zone, m_policy.period);
    return {due.due, false};
}

} // namespace ab
