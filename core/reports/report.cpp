#include "reports/report.h"

#include <utility>

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

Status materializeRows(Report &report)
{
    for (ReportTable &t : report.tables) {
        if (!t.source)
            continue;
        const ReportRowSource source = std::exchange(t.source, {});
        const Status s = source([&t](ReportRow &row) {
            QStringList cells;
            cells.reserve(row.size());
            for (const QByteArray &cell : std::as_const(row))
                cells << QString::fromUtf8(cell);
            t.rows.push_back(std::move(cells));
        });
        if (!s)
            return s;
    }
    return {};
}

bool utf8RoundTrips(QByteArrayView utf8)
{
    return utf8.isValidUtf8() && !utf8.startsWith("\xEF\xBB\xBF");
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
