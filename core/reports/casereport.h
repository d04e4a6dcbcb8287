#pragma once

#include "reports/report.h"
#include "reports/reportoptions.h"
#include "util/result.h"

#include <QTimeZone>

namespace ab {

class Database;
class ReportText;

// The case report: the case and its findings and plan, its items with
// prompt/output excerpts and their deadlines, the timeline of events,
// the evidence with its hashes and the re-tests of its generations.
class CaseReport
{
public:
    static Result<Report> build(Database &db, const ReportOptions &options, const ReportText &text,
                                const QTimeZone &zone, int dueSoonDays);
};

} // namespace ab
