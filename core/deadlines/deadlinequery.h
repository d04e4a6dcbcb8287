#pragma once

#include "deadlines/deadlinestatus.h"
#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>
#include <QVector>
#include <functional>
#include <optional>

namespace ab {

class Database;

// A reported item that carries a deadline.
struct ItemRef
{
    enum class Kind
    {
        Generation,
        Complaint
    };
    Kind kind = Kind::Generation;
    QString id;

    QString kindToken() const; // "generation" | "complaint"
    static std::optional<Kind> kindFromToken(const QString &token);
};

// One row of the deadlines table.
struct DeadlineRecord
{
    qint64 id = 0;
    ItemRef item;
    QString providerId;
    QDateTime triggerAt; // UTC
    QDate triggerDate;   // local, in the workspace zone
    QString policyId;    // "id" or "id:variant", as computed
    QString period;
    QDate nominalDue;
    QDate originalDue; // before any extension or pause
    QDate due;
    bool calendarComplete = true;
    QDate containmentDue;
    QString containmentPolicy;
    std::optional<bool> containmentCalendarComplete;
    std::optional<QDateTime> containedAt;
    QString containmentAction;
    QString containedBy;
    std::optional<QDateTime> remediatedAt;
    QString remediationNote;
    QString remediatedBy;
    Verification verification = Verification::None;

    DeadlineFacts facts() const { return {due, remediatedAt, verification}; }
};

// One row of deadline_extensions: an extension (new date chosen) or a pause
// (clock stopped from..until, due moved on by those days).
struct ExtensionRecord
{
    qint64 id = 0;
    QString kind; // "extension" | "pause"
    QDateTime requestedAt;
    QString requestedBy;
    QString approvedBy;
    QString reason;
    QDate previousDue;
    QDate newDue;
    QDate pausedFrom; // pauses only
    QDate pausedUntil;
};

// Reads deadlines (DeadlineService changes them). Lists are streamed in
// SQL order with their status computed in SQL, never loaded whole.
class DeadlineQuery
{
public:
    static Result<DeadlineRecord> find(Database &db, qint64 deadlineId);
    static Result<std::optional<DeadlineRecord>> findForItem(Database &db, const ItemRef &item);
    // Extensions and pauses of a deadline, oldest first.
    static Result<QVector<ExtensionRecord>> extensions(Database &db, qint64 deadlineId);

    // Every deadline ordered by due date (then id), with its status as of
    // `asOf`; `fn` returns false to stop.
    static Status forEach(Database &db, const QDate &asOf, int dueSoonDays, const QTimeZone &zone,
                          const std::function<bool(const DeadlineRecord &, DeadlineState)> &fn);

    // The fields the audit trail records of a deadline.
    static QJsonObject toJson(const DeadlineRecord &record);
};

} // namespace ab
