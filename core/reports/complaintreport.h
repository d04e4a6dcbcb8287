#pragma once

#include "reports/report.h"
#include "reports/reportoptions.h"
#include "util/result.h"

#include <QTimeZone>

namespace ab {

class Database;
class ReportText;

// The complaint-handling report for complaints received in a period (local
// days): volumes by channel and kind, answers against the published time
// limit (response_due), and personal-information requests by outcome. With
// a provider set, only the complaints linked to its generations.
class ComplaintReport
{
public:
    // "answered_on_time", "answered_late", "unanswered_overdue",
    // "unanswered_open" or "no_limit"; dates are local 'YYYY-MM-DD'.
    static QString feedback(const QString &responseDue, const QString &respondedOn,
                            const QDate &asOf);

    static Result<Report> build(Database &db, const ReportOptions &options, const ReportText &text,
                                const QTimeZone &zone);
};

} // namespace ab
