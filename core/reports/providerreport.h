#pragma once

#include "reports/report.h"
#include "reports/reportoptions.h"
#include "util/result.h"

#include <QTimeZone>

namespace ab {

class Database;
class ReportText;

// The provider inspection report for a period: summary figures, flagged
// generations by risk category, deadline compliance of items due in the
// period, complaints linked to its generations by channel and kind, open
// cases, the training-data overview (stage, source type, personal
// information, licence, sources over the 5 % sampling threshold) and the
// lineage figure.
class ProviderReport
{
public:
    // The provider's name in the report's language; an error naming the
    // field when there is no such provider.
    static Result<QString> name(Database &db, const QString &providerId, const ReportText &text);
    static Result<Report> build(Database &db, const ReportOptions &options, const ReportText &text,
                                const QTimeZone &zone, int dueSoonDays);
};

} // namespace ab
