#pragma once

#include "cases/caseworkflow.h"
#include "deadlines/deadlinequery.h"
#include "deadlines/deadlinestatus.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace ab {

// The fields of a case a user edits; everything else a case holds is
// derived (categories, deadline) or kept by the workflow (status, times).
struct CaseFields
{
    QString title;
    QString providerId; // empty: none (several providers, or not known)
    QString priority = QStringLiteral("medium");
    QString assignee; // empty: unassigned
    QString description;
    QString findings;
    QString remediationPlan;

    bool operator==(const CaseFields &) const = default;
};

// One review case as stored.
struct CaseRecord
{
    qint64 id = 0;
    QString number; // CASE-YYYY-NNNN
    CaseFields fields;
    QString providerName;
    CaseStatus status = CaseStatus::New;
    QString openedAt; // stored UTC
    QString openedBy;
    QString closedAt;
    qint64 rowVersion = 1; // optimistic concurrency: bumped by every change of the case row
};

// An item of a case with what the case page shows about it.
struct CaseItemRow
{
    ItemRef item;
    QString addedAt;
    QString addedBy;
    QString summary;    // prompt excerpt or complaint text excerpt
    QString categories; // TC260 codes, comma-separated
    QString severity;
    QString complaintStatus; // complaints only
    std::optional<DeadlineRecord> deadline;
    std::optional<DeadlineState> state; // as of the query's day
};

// The earliest deadline among the case's open items.
struct CaseDeadline
{
    QDate due;           // invalid when no item has an open deadline
    qint64 daysLeft = 0; // negative once overdue
    int openItems = 0;   // items whose deadline is still open
};

struct CaseNote
{
    qint64 id = 0;
    QString at;
    QString author;
    QString body;
};

struct CaseEvidence
{
    QString sha256;
    QString fileName;
    QString mime;
    qint64 size = 0;
    QString addedAt;
    QString addedBy;
};

// One timeline entry (case_events).
struct CaseEvent
{
    qint64 id = 0;
    QString at;
    QString actor;
    QString kind; // opened, updated, status, items_added, items_removed, note, evidence,
                  // item_history (an audit entry of one of the items)
    QJsonObject detail;
    qint64 auditSeq = 0; // the audit entry written with it (0: not known)
};

// A row of the Cases list.
struct CaseListRow
{
    qint64 id = 0;
    QString number;
    QString title;
    QString status;
    QString priority;
    QString assignee;
    QString providerName;
    QString openedAt;
    QString earliestDue; // 'YYYY-MM-DD' of the earliest open item deadline, or empty
    int itemCount = 0;
};

// Filters of the Cases list; empty strings match everything.
struct CaseFilter
{
    QString status;   // a case-status token, or "open" for every open state
    QString assignee; // a user name, or "-" for unassigned
    QString providerId;
    bool overdueOnly = false; // an item's open deadline has passed
};

// Keyset position in the list order (opened_at DESC, id DESC).
struct CaseCursor
{
    QString openedAt;
    qint64 id = 0;
    bool isStart() const { return id == 0; }
};

} // namespace ab
