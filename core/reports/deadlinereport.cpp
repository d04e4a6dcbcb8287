#include "reports/deadlinereport.h"

#include "deadlines/deadlinestatus.h"
#include "privacy/piimasker.h"
#include "reports/reporttext.h"
#include "storage/database.h"
#include "util/timeutil.h"

#include <QSqlQuery>
#include <algorithm>
#include <array>

namespace ab {

namespace {

constexpr int kExcerptLength = 80;

// The query streams rows: a period may hold a great many items.
SqlFragment itemsQuery(const ReportOptions &options, const QTimeZone &zone, int dueSoonDays,
                       bool chinese)
{
    const SqlFragment remediatedOn =
        DeadlineStatus::localDateExpression(QStringLiteral("d.remediated_at"), zone);
    const SqlFragment containedOn =
        DeadlineStatus::localDateExpression(QStringLiteral("d.contained_at"), zone);
    const SqlFragment status =
        DeadlineStatus::caseExpression(options.asOf, dueSoonDays, zone, QStringLiteral("d"));
    SqlFragment out;
    out.sql =
        QStringLiteral("SELECT d.item_kind, d.item_id, %1, d.trigger_date, d.policy_id, d.due, "
                       "CASE WHEN d.remediated_at IS NULL THEN '' ELSE %2 END, %3, "
                       "COALESCE(g.prompt, c.text, ''), COALESCE(d.containment_due, ''), "
                       "CASE WHEN d.contained_at IS NULL THEN '' ELSE %4 END "
                       "FROM deadlines d LEFT JOIN providers p ON p.id = d.provider_id "
                       "LEFT JOIN generations g ON d.item_kind = 'generation' AND g.id = d.item_id "
                       "LEFT JOIN complaints c ON d.item_kind = 'complaint' AND c.id = d.item_id "
                       "WHERE d.due BETWEEN ? AND ?")
            .arg(chinese ? QStringLiteral("COALESCE(p.name, d.provider_id, '')")
                         : QStringLiteral("COALESCE(p.name_en, p.name, d.provider_id, '')"),
                 remediatedOn.sql, status.sql, containedOn.sql);
    out.values = remediatedOn.values + status.values + containedOn.values;
    out.values << time::toIsoDate(options.from) << time::toIsoDate(options.to);
    if (!options.providerId.isEmpty()) {
        out.sql += QStringLiteral(" AND d.provider_id = ?");
        out.values << options.providerId;
    }
    out.sql += QStringLiteral(" ORDER BY d.due, d.id");
    return out;
}

QString excerpt(const QString &text, bool masked)
{
    // Mask the whole text before cutting it, so that a number cut in half at
    // the end can never escape the masker.
    QString shown = masked ? PiiMasker::mask(text) : text;
    shown.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (shown.size() > kExcerptLength)
        shown = shown.left(kExcerptLength - 1) + QChar(0x2026);
    return shown;
}

} // namespace

QString DeadlineReport::outcome(const QString &due, const QString &remediatedOn, const QDate &asOf)
{
    if (!remediatedOn.isEmpty())
        return remediatedOn <= due ? QStringLiteral("met") : QStringLiteral("late");
    return due < time::toIsoDate(asOf) ? QStringLiteral("missed") : QStringLiteral("open");
}

Result<Report> DeadlineReport::build(Database &db, const ReportOptions &options,
                                     const ReportText &text, const QTimeZone &zone, int dueSoonDays)
{
    Report report;
    report.kind = ReportKind::Deadlines;
    report.language = text.language();
    report.title = text.get("Deadline compliance report");
    report.scope = text.get("Items due from %1 to %2")
                       .arg(time::toIsoDate(options.from), time::toIsoDate(options.to));

    ReportTable items;
    items.key = QStringLiteral("items");
    items.title = text.get("Items");
    items.columnKeys = {
        QStringLiteral("kind"),           QStringLiteral("item"),        QStringLiteral("provider"),
        QStringLiteral("excerpt"),        QStringLiteral("triggerDate"), QStringLiteral("policy"),
        QStringLiteral("containmentDue"), QStringLiteral("containedOn"), QStringLiteral("due"),
        QStringLiteral("remediatedOn"),   QStringLiteral("status"),      QStringLiteral("outcome")};
    // Containment (filtering, removal) and remediation (the model change) are
    // two clocks; the report shows both.
    items.columnLabels = {text.get("Kind"),
                          text.get("Item"),
                          text.get("Provider"),
                          text.get("Excerpt"),
                          text.get("Trigger date"),
                          text.get("Policy"),
                          text.get("Containment due"),
                          text.get("Contained on"),
                          text.get("Due date"),
                          text.get("Remediated on"),
                          text.get("Status"),
                          text.get("Outcome")};

    if (options.masked)
        items.premaskedKeys = {QStringLiteral("excerpt")};
    items.columnPercent = {5, 7, 10, 22, 7, 9, 7, 7, 7, 7, 6, 6};
    const SqlFragment sql = itemsQuery(options, zone, dueSoonDays, text.isChinese());
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(sql.sql);
    for (const QVariant &v : sql.values)
        q.addBindValue(v);
    if (!q.exec())
        return db.sqlError(QStringLiteral("deadlines"), q);

    const std::array<QString, 4> outcomes{QStringLiteral("met"), QStringLiteral("late"),
                                          QStringLiteral("missed"), QStringLiteral("open")};
    std::array<qint64, 4> counts{};
    while (q.next()) {
        const QString due = q.value(5).toString();
        const QString remediatedOn = q.value(6).toString();
        const QString result = outcome(due, remediatedOn, options.asOf);
        ++counts[std::find(outcomes.begin(), outcomes.end(), result) - outcomes.begin()];
        items.rows.push_back({text.token(q.value(0).toString()), q.value(1).toString(),
                              q.value(2).toString(), excerpt(q.value(8).toString(), options.masked),
                              q.value(3).toString(), q.value(4).toString(), q.value(9).toString(),
                              q.value(10).toString(), due, remediatedOn,
                              text.token(q.value(7).toString()), text.token(result)});
    }

    ReportTable totals;
    totals.key = QStringLiteral("totals");
    totals.title = text.get("Totals");
    totals.columnKeys = {QStringLiteral("outcome"), QStringLiteral("count")};
    totals.columnLabels = {text.get("Outcome"), text.get("Count")};
    for (size_t i = 0; i < outcomes.size(); ++i)
        totals.rows.push_back({text.token(outcomes[i]), QString::number(counts[i])});

    const qint64 judged = counts[0] + counts[1] + counts[2];
    report.facts = {
        {QStringLiteral("asOf"), text.get("As of"), time::toIsoDate(options.asOf)},
        {QStringLiteral("itemsDue"), text.get("Items due"), QString::number(items.rows.size())},
        {QStringLiteral("met"), text.token(outcomes[0]), QString::number(counts[0])},
        {QStringLiteral("late"), text.token(outcomes[1]), QString::number(counts[1])},
        {QStringLiteral("missed"), text.token(outcomes[2]), QString::number(counts[2])},
        {QStringLiteral("open"), text.token(outcomes[3]), QString::number(counts[3])},
        {QStringLiteral("complianceRate"), text.get("Compliance rate"),
         judged == 0 ? QStringLiteral("-")
                     : QString::number(100.0 * double(counts[0]) / double(judged), 'f', 1) +
                           QLatin1Char('%')},
    };
    report.tables = {std::move(items), std::move(totals)};
    return report;
}

} // namespace ab
