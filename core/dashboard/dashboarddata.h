#pragma once

#include "deadlines/deadlinestatus.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QTimeZone>
#include <QVector>
#include <optional>

namespace ab {

// What the dashboard counts: one provider, one policy, one period (or all),
// as of a day in the workspace zone.
struct DashboardFilter
{
    QString providerId; // empty: every provider
    QString policyId;   // empty: every policy; "id" also matches "id:variant"
    // The period, local dates inclusive; invalid: unbounded. It selects items by
    // their trigger day (deadlines), flag day (generations) or receipt day
    // (complaints).
    QDate from;
    QDate to;
    QDate asOf; // "today" in the workspace zone
    int dueSoonDays = 14;
    QTimeZone zone;
};

// The headline figures.
struct DashboardFigures
{
    qint64 openItems = 0; // on track + due soon + overdue + verification failed
    qint64 overdue = 0;   // status overdue
    qint64 dueSoon = 0;   // status due soon (due within dueSoonDays, today included)
    // Remediation recorded in asOf's month, up to asOf. Here and in the median
    // a remediation whose re-test reproduced the content does not count.
    qint64 remediatedThisMonth = 0;
    // Days from trigger day to remediation day (local), over every remediated item.
    std::optional<double> medianDaysToRemediation;
    // Complaints whose feedback limit has passed or that were answered, and
    // of those the ones answered on or before the limit day.
    qint64 complaintsWithLimit = 0;
    qint64 complaintsAnsweredInTime = 0;
    std::optional<double> complaintsAnsweredInTimePercent;
    qint64 openCases = 0; // review cases neither closed nor dismissed
};

// Items falling due in one calendar week (Monday first), by status.
struct DueWeek
{
    QDate weekStart;
    QMap<DeadlineState, qint64> counts;
};

// Overdue items whose due day passed between minDays and maxDays ago (maxDays
// 0: no upper bound).
struct OverdueBucket
{
    int minDays = 1;
    int maxDays = 0;
    qint64 count = 0;
};

// Generations of one TC260 risk (or type), with its names from the workspace.
struct RiskCount
{
    QString code; // "A.1.a"
    QString nameZh;
    QString nameEn;
    qint64 count = 0;
};

// Generations of one TC260 type (those flagged with the type alone included),
// and of each of its risks in taxonomy order, zeros included.
struct RiskTypeCount
{
    RiskCount type;
    QVector<RiskCount> risks;
};

// Complaints received and resolved in one calendar week (Monday first).
struct ComplaintWeek
{
    QDate weekStart;
    qint64 received = 0;
    qint64 resolved = 0; // status resolved, counted in the week of their answer
};

// Items triggered but not yet remediated at the end of a day; an item whose
// re-test failed counts as open throughout (its remediation did not hold).
struct BurnDownPoint
{
    QDate day;
    qint64 open = 0;
};

// Everything the dashboard shows, as plain data: the charts and the reports
// draw it without touching the database.
struct DashboardData
{
    DashboardFilter filter;
    DashboardFigures figures;
    QMap<DeadlineState, qint64> statusCounts; // every state, zeros included
    QVector<DueWeek> dueWeeks;                // kDueWeeks weeks, the current one first
    QVector<OverdueBucket> overdueAges;       // 1–7, 8–30, 31–90, > 90 days
    QVector<RiskTypeCount> riskTypes;         // the five types in taxonomy order
    QVector<ComplaintWeek> complaintWeeks;    // kComplaintWeeks weeks, oldest first
    QVector<BurnDownPoint> burnDown;          // kBurnDownWeeks + 1 points, oldest first, asOf last

    static constexpr int kDueWeeks = 12;
    static constexpr int kComplaintWeeks = 26;
    static constexpr int kBurnDownWeeks = 26;
};

} // namespace ab
