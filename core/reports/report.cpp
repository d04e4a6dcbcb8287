#include "reports/report.h"

namespace ab {

QString reportKindToken(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Deadlines:
        return QStringLiteral("deadlines");
    case ReportKind::Case:
        return QStringLiteral("case");
    case ReportKind::Provider:
        return QStringLiteral("provider");
    case ReportKind::Complaints:
        return QStringLiteral("complaints");
    }
    return {};
}

bool reportKindFromToken(const QString &token, ReportKind *kind)
{
    for (ReportKind k :
         {ReportKind::Deadlines, ReportKind::Case, ReportKind::Provider, ReportKind::Complaints}) {
        if (reportKindToken(k) == token) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace ab
