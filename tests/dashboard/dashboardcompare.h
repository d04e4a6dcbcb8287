#pragma once

#include "dashboard/dashboarddata.h"

#include <QDate>
#include <QList>

namespace ab {
class Workspace;
}

namespace ab::test {

// Checks every figure, count and point of two dashboards, side by side.
void checkSame(const DashboardData &a, const DashboardData &b);

// The workspace's default filter as of `asOf`, and narrowed by its first
// provider, its first policy, a period, and all three together.
QList<DashboardFilter> narrowedFilters(Workspace &ws, const QDate &asOf);

} // namespace ab::test
