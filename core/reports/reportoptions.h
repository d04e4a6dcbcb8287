#pragma once

#include "reports/report.h"

#include <QDate>
#include <QString>

namespace ab {

// What to put in a report: the kind, its scope and its language.
struct ReportOptions
{
    ReportKind kind = ReportKind::Deadlines;
    QDate from; // period, inclusive (deadlines, provider, complaints)
    QDate to;
    QString providerId; // provider report; narrows the others when set
    QString caseNumber; // case report
    QString language = QStringLiteral("en");
    bool masked = true;
    QDate asOf; // the day statuses are judged on; today in the workspace zone when null
};

} // namespace ab
