#pragma once

#include "dashboard/dashboarddata.h"
#include "util/result.h"

namespace ab {

class Database;
struct WorkspaceSettings;

// The dashboard's aggregates, counted in SQL in core (never read into memory).
// They read the running tallies of migration 7 (a few thousand rows for a
// million items) when those count local days in the filter's zone, and the
// tables themselves otherwise; both give the same numbers. Deadline statuses
// follow DeadlineStatus, the rule the Deadlines list uses, so a dashboard
// count and the list it opens agree.
//
// The filter: provider, policy and period select deadlines and flagged
// generations by their deadline (provider, policy, trigger day), complaints by
// a linked generation's provider (as the Complaints list does), their
// deadline's policy and their receipt day, and cases by their provider, an
// item under the policy and their opening day.
class DashboardQuery
{
public:
    enum class Source
    {
        Fastest, // the tallies where they serve the filter
        Tables   // always the tables (what the tallies are checked against)
    };

    // Every aggregate. Runs on any thread that owns `db`.
    static Result<DashboardData> compute(Database &db, const DashboardFilter &filter,
                                         Source source = Source::Fastest);

    // A filter over everything as of `asOf` with the workspace's zone and window.
    static DashboardFilter defaultFilter(const WorkspaceSettings &settings, const QDate &asOf);
    // The Monday that starts the week of `day`.
    static QDate weekStart(const QDate &day);
};

} // namespace ab
