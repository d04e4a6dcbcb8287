#pragma once

#include "deadlines/deadlinestatus.h"
#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QTimeZone>
#include <QVector>
#include <optional>

namespace ab {

class Database;

// What the Deadlines list shows: one status (or all), one provider, one policy.
// Day ranges that narrow the list, inclusive; an invalid end leaves that side
// open. A link from the dashboard sets them (a week's due days, an overdue
// age, the dashboard's period of trigger days).
struct DeadlineDays
{
    QDate dueFrom;
    QDate dueTo;
    QDate triggerFrom;
    QDate triggerTo;
    bool isEmpty() const
    {
        return !dueFrom.isValid() && !dueTo.isValid() && !triggerFrom.isValid() &&
               !triggerTo.isValid();
    }
    bool operator==(const DeadlineDays &) const = default;
};

struct DeadlineListFilter
{
    std::optional<DeadlineState> state;
    QString providerId; // empty: every provider
    QString policyId;   // empty: every policy; "id" also matches "id:variant"
    DeadlineDays days;
    QDate asOf;
    int dueSoonDays = 14;
    QTimeZone zone;
};

// One row of the Deadlines list.
struct DeadlineListRow
{
    qint64 id = 0;
    QString itemKind; // "generation" | "complaint"
    QString itemId;
    QString providerId;
    QString providerName;   // as registered (Chinese)
    QString providerNameEn; // the English name, else the registered one
    QString policyId;
    QDate triggerDate;
    QDate due;
    QDate originalDue;
    bool calendarComplete = true;
    QDate containmentDue;
    bool contained = false;
    bool remediated = false;
    DeadlineState state = DeadlineState::OnTrack;
};

// Where a page ended: open items come first, each part by due date then id.
struct DeadlineListCursor
{
    bool closed = false; // in the second part (remediated or verified)
    QDate due;
    qint64 id = 0;
};

struct DeadlineListPage
{
    QVector<DeadlineListRow> rows;
    std::optional<DeadlineListCursor> next; // none: the list ends here
};

// One event of an item's timeline.
struct DeadlineEvent
{
    QDateTime at; // UTC, or local midnight for a date
    bool dateOnly = false;
    QString kind; // trigger | containment_due | contained | due | original_due | extension |
                  // pause | remediated | retest
    QString text; // translated, ready to show
    bool calendarIncomplete = false;
};

// Reads the Deadlines list in keyset pages ordered by urgency (open items
// first, then by due date), with the status worked out in SQL so that a page
// costs the same at any depth of a million rows.
class DeadlineList
{
public:
    static Result<DeadlineListPage> page(Database &db, const DeadlineListFilter &filter,
                                         const std::optional<DeadlineListCursor> &after, int limit);
    // Items per status under the filter's provider and policy (its state is
    // ignored).
    static Result<QMap<DeadlineState, qint64>> counts(Database &db,
                                                      const DeadlineListFilter &filter);
    // Every provider as (id, name), the English name unless `chinese`.
    static Result<QVector<QPair<QString, QString>>> providers(Database &db, bool chinese);
    // Every event of a deadline, oldest first.
    static Result<QVector<DeadlineEvent>> timeline(Database &db, qint64 deadlineId,
                                                   const QTimeZone &zone);
};

} // namespace ab
