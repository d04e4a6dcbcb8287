#pragma once

#include "reports/report.h"
#include "reports/reportoptions.h"
#include "util/result.h"

#include <QTimeZone>

namespace ab {

class Database;
class ReportText;

// The deadline compliance report: every item due in the period with its
// trigger, policy, due date, remediation date and status, and how many were
// met (remediated by the due day), late (remediated after it), missed (not
// remediated, due day passed) or not yet due.
class DeadlineReport
{
public:
    // Outcome token of one item: "met", "late", "missed" or "open".
    static QString outcome(const QString &due, const QString &remediatedOn, const QDate &asOf);

    static Result<Report> build(Database &db, const ReportOptions &options, const ReportText &text,
                                const QTimeZone &zone, int dueSoonDays);
};

} // namespace ab
