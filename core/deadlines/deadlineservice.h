#pragma once

#include "deadlines/deadlinecalculator.h"
#include "deadlines/deadlinequery.h"
#include "deadlines/deadlinestatus.h"
#include "deadlines/holidaycalendar.h"
#include "deadlines/policycatalog.h"
#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QTimeZone>
#include <QVector>
#include <functional>
#include <map>
#include <optional>

namespace ab {

class Workspace;

struct AssignRequest
{
    ItemRef item;
    QString policy;                     // empty: the provider's policy, else the workspace default
    std::optional<QDateTime> triggerAt; // default: flagged_at / received_at
};

struct RetestRequest
{
    ItemRef item;
    QString generationId; // for a complaint linked to several generations
    QDateTime testedAt;
    QString modelVersionId;
    bool reproduced = false;
    QString note; // evidence
};

struct ExtensionRequest
{
    qint64 deadlineId = 0;
    QDate newDue;
    QString reason;
    QString approvedBy; // a supervisor of the workspace
};

struct PauseRequest
{
    qint64 deadlineId = 0;
    QDate from;  // first day the clock stands still
    QDate until; // last day the clock stands still
    QString reason;
    QString approvedBy; // a supervisor of the workspace
};

// Assigns and tracks remediation deadlines in a workspace. Every change runs
// in one transaction together with its audit-trail entry, as the workspace's
// acting user; auditors are refused, and extensions and pauses need a
// supervisor's approval.
class DeadlineService
{
public:
    // Loads the policy profiles and the holiday calendars they use (built-in
    // plus the user folders; pass empty strings for built-in only).
    static Result<DeadlineService>
    create(Workspace &workspace, const QString &policyFolder = PolicyCatalog::userFolder(),
           const QString &calendarFolder = HolidayCalendar::userFolder());

    // Computes and stores the deadline of an item under its policy (the
    // request's, else the provider's override, else the workspace default),
    // with the containment clock beside it. Returns the deadline id.
    Result<qint64> assign(const AssignRequest &request);
    Status recordContainment(qint64 deadlineId, const QDateTime &at, const QString &action);
    Status recordRemediation(qint64 deadlineId, const QDateTime &at, const QString &note);
    // Records a re-test of the item's prompt and refreshes the cached
    // verification of every deadline it bears on. Returns the retest id.
    Result<qint64> recordRetest(const RetestRequest &request);
    Status extend(const ExtensionRequest &request);
    Status pause(const PauseRequest &request);
    // Recounts a deadline from its trigger under another policy (an explicit,
    // audited action: changing a policy never moves stored deadlines by
    // itself). Extensions and pauses already granted stay in force.
    Status recompute(qint64 deadlineId, const QString &policyRef);

    // The due date of `policy` for a trigger instant, in the workspace zone.
    DueDate computeDue(const QDateTime &triggerAt, const Policy &policy) const;
    const PolicyCatalog &policies() const { return m_policies; }
    // The calendar for a country (an empty one when none was loaded).
    const HolidayCalendar &calendar(const QString &country) const;

private:
    DeadlineService(Workspace &workspace, PolicyCatalog policies,
                    std::map<QString, HolidayCalendar> calendars);

    Status requireWriter();
    Status change(qint64 deadlineId, const QString &action,
                  const std::function<Status(DeadlineRecord &)> &apply);
    Status updateRow(const DeadlineRecord &record);
    Status insertExtension(const DeadlineRecord &record, const QString &kind, const QString &reason,
                           const QString &approvedBy, const QDate &newDue, const QDate &pausedFrom,
                           const QDate &pausedUntil);
    const HolidayCalendar &calendarFor(const QString &policyRef) const;
    Status requireSupervisor(const QString &name, const QString &field);
    Status audit(const QString &action, qint64 deadlineId, const QJsonValue &before,
                 const QJsonValue &after);
    Result<Policy> resolvePolicy(const AssignRequest &request, const QString &providerId);

    Workspace *m_workspace;
    PolicyCatalog m_policies;
    std::map<QString, HolidayCalendar> m_calendars;
    HolidayCalendar m_noCalendar;
};

} // namespace ab
