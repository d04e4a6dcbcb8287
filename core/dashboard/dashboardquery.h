#pragma once

#include "dashboard/dashboarddata.h"
#include "util/result.h"

namespace ab {

class Database;
struct WorkspaceSettings;

// The dashboard's aggregates, each counted in SQL in one pass over the rows it
// needs (never read into memory). Deadline statuses come from
// DeadlineStatus::caseExpression, the rule the Deadlines list uses, so a
// dashboard count and the list it opens always agree.
//
// The provider filter applies to deadlines (their provider), generations
// (their model's provider), complaints (a linked generation's provider, as in
// the Complaints list) and cases; the policy filter applies to deadlines and
// to complaints through their deadline; the period as DashboardFilter says.
class DashboardQuery
{
public:
    // Every aggregate. Runs on any thread that owns `db`.
    static Result<DashboardData> compute(Database &db, const DashboardFilter &filter);

    // A filter over everything as of `asOf` with the workspace's zone and window.
    static DashboardFilter defaultFilter(const WorkspaceSettings &settings, const QDate &asOf);
    // The Monday that starts the week of `day`.
    static QDate weekStart(const QDate &day);

    // Status counts, the open/overdue/due-soon figures, the weeks ahead and
    // the overdue ages.
    static Status deadlineStatus(Database &db, const DashboardFilter &filter, DashboardData &out);
    // Remediated this month, the median days to remediation and the burn-down.
    static Status remediation(Database &db, const DashboardFilter &filter, DashboardData &out);
    static Result<QVector<RiskTypeCount>> riskTypes(Database &db, const DashboardFilter &filter);
    static Result<QVector<ComplaintWeek>> complaintWeeks(Database &db,
                                                         const DashboardFilter &filter);
    // Fills the complaint feedback figures of `out`.
    static Status complaintFeedback(Database &db, const DashboardFilter &filter,
                                    DashboardFigures &out);
    static Result<qint64> openCases(Database &db, const DashboardFilter &filter);
};

} // namespace ab
