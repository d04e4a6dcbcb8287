#pragma once

#include "browse/browsefilter.h"
#include "deadlines/deadlinelist.h"

#include <QString>

namespace ab::ui {

// Where a click on a dashboard figure, slice, bar or point leads: a list
// section with the filter that shows the items behind it.
struct DashboardLink
{
    enum class Target
    {
        Generations,
        Complaints,
        Deadlines
    };
    Target target = Target::Deadlines;
    BrowseFilter filter;   // Generations and Complaints
    QString deadlineState; // Deadlines: a DeadlineStatus token, empty for all
    QString providerId;    // Deadlines
    QString policyId;      // Deadlines
    DeadlineDays days;     // Deadlines: due and trigger days
};

} // namespace ab::ui
