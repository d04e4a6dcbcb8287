#pragma once

#include "dashboard/dashboarddata.h"

namespace ab::test {

// Checks every figure, count and point of two dashboards, side by side.
void checkSame(const DashboardData &a, const DashboardData &b);

} // namespace ab::test
