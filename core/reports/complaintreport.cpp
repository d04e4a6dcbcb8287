#include "reports/complaintreport.h"

#include "deadlines/deadlinestatus.h"
#include "reports/reporttext.h"
#include "storage/database.h"
#include "util/timeutil.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace ab {

namespace {

const QStringList kFeedback{QStringLiteral("answered_on_time"), QStringLiteral("answered_late"),
                            QStringLiteral("unanswered_overdue"), QStringLiteral("unanswered_open"),
                            QStringLiteral("no_limit")};

ReportTable countTable(const QString &key, const QString &title, const QString &firstLabel,
                       const ReportText &text)
{
    ReportTable t;
    t.key = key;
    t.title = title;
    t.columnKeys = {key == QLatin1String("requests") ? QStringLiteral("request")
                                                     : QStringLiteral("value"),
                    QStringLiteral("count")};
    t.columnLabels = {firstLabel, text.get("Count")};
    t.charted = true;
    return t;
}

// A provider's complaints, as the Complaints list and the dashboard count
// them: those linked to a generation of one of its model versions.
QString providerCondition()
{
    return QStringLiteral(" AND id IN (SELECT cg.complaint_id FROM complaint_generations cg "
                          "JOIN generations g ON g.id = cg.generation_id WHERE "
                          "g.model_version_id IN (SELECT id FROM model_versions WHERE "
                          "provider_id = ?))");
}

constexpr double kDayMs = 86400000.0;

// Receipt to answer in whole milliseconds. Summed as integers, so that the
// average is the same in whatever order the rows come (a server's differs
// from a file's) and whichever backend worked out the Julian days: SQLite's
// and the server's julianday() may differ in the last bits of a double, never
// by half a millisecond.
QString answerMilliseconds()
{
    return QStringLiteral("CAST(round((julianday(responded_at) - julianday(received_at)) * "
                          "86400000) AS BIGINT)");
}

} // namespace

QString ComplaintReport::feedback(const QString &responseDue, const QString &respondedOn,
                                  const QDate &asOf)
{
    if (responseDue.isEmpty())
        return QStringLiteral("no_limit");
    if (!respondedOn.isEmpty())
        return respondedOn <= responseDue ? QStringLiteral("answered_on_time")
                                          : QStringLiteral("answered_late");
    return responseDue < time::toIsoDate(asOf) ? QStringLiteral("unanswered_overdue")
                                               : QStringLiteral("unanswered_open");
}

Result<Report> ComplaintReport::build(Database &db, const ReportOptions &options,
                                      const ReportText &text, const QTimeZone &zone)
{
    const SqlFragment received =
        DeadlineStatus::localDateExpression(QStringLiteral("received_at"), zone);
    const SqlFragment responded =
        DeadlineStatus::localDateExpression(QStringLiteral("responded_at"), zone);
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    // One pass over the period's complaints; the counting is cheap in C++
    // and keeps the feedback rule in one place (feedback()).
    q.prepare(QStringLiteral("SELECT channel, kind, COALESCE(request, ''), status, "
                             "COALESCE(response_due, ''), "
                             "CASE WHEN responded_at IS NULL THEN '' ELSE %1 END, "
                             "CASE WHEN responded_at IS NULL THEN NULL ELSE %4 END "
                             "FROM complaints WHERE %2 BETWEEN ? AND ?%3")
                  .arg(responded.sql, received.sql,
                       options.providerId.isEmpty() ? QString() : providerCondition(),
                       answerMilliseconds()));
    for (const QVariant &v : responded.values + received.values)
        q.addBindValue(v);
    q.addBindValue(time::toIsoDate(options.from));
    q.addBindValue(time::toIsoDate(options.to));
    if (!options.providerId.isEmpty())
        q.addBindValue(options.providerId);
    if (!q.exec())
        return db.sqlError(QStringLiteral("complaints"), q);

    QMap<QString, qint64> byChannel, byKind, byFeedback, byRequest;
    qint64 total = 0, answered = 0, answerMs = 0;
    while (q.next()) {
        ++total;
        ++byChannel[q.value(0).toString()];
        ++byKind[q.value(1).toString()];
        ++byFeedback[feedback(q.value(4).toString(), q.value(5).toString(), options.asOf)];
        if (!q.value(2).toString().isEmpty())
            ++byRequest[q.value(2).toString() + QLatin1Char('|') + q.value(3).toString()];
        if (!q.value(6).isNull()) {
            ++answered;
            answerMs += q.value(6).toLongLong();
        }
    }
    if (q.lastError().isValid())
        return db.sqlError(QStringLiteral("complaints"), q);

    Report report;
    report.kind = ReportKind::Complaints;
    report.language = text.language();
    report.title = text.get("Complaint handling report");
    report.scope = text.get("Complaints received from %1 to %2")
                       .arg(time::toIsoDate(options.from), time::toIsoDate(options.to));
    report.facts = {
        {QStringLiteral("asOf"), text.get("As of"), time::toIsoDate(options.asOf)},
        {QStringLiteral("received"), text.get("Complaints received"), QString::number(total)},
        {QStringLiteral("answered"), text.get("Answered"), QString::number(answered)},
        {QStringLiteral("averageDays"), text.get("Average days to answer"),
         answered == 0 ? QStringLiteral("-")
                       : QString::number(double(answerMs) / kDayMs / double(answered), 'f', 1)},
    };
    ReportTable channels =
        countTable(QStringLiteral("channels"), text.get("By channel"), text.get("Channel"), text);
    for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it)
        channels.rows.push_back({text.token(it.key()), QString::number(it.value())});
    ReportTable kinds =
        countTable(QStringLiteral("kinds"), text.get("By kind"), text.get("Kind"), text);
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        kinds.rows.push_back({text.token(it.key()), QString::number(it.value())});
    ReportTable feedbackTable = countTable(QStringLiteral("feedback"),
                                           text.get("Feedback against the published time limit"),
                                           text.get("Outcome"), text);
    for (const QString &f : kFeedback)
        feedbackTable.rows.push_back({text.token(f), QString::number(byFeedback.value(f))});
    ReportTable requests =
        countTable(QStringLiteral("requests"), text.get("Personal-information requests"),
                   text.get("Request"), text);
    requests.charted = false; // counts per request and status: no single bar per row
    requests.columnKeys = {QStringLiteral("request"), QStringLiteral("status"),
                           QStringLiteral("count")};
    requests.columnLabels = {text.get("Request"), text.get("Status"), text.get("Count")};
    for (auto it = byRequest.cbegin(); it != byRequest.cend(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('|'));
        requests.rows.push_back(
            {text.token(parts.value(0)), text.token(parts.value(1)), QString::number(it.value())});
    }
    report.tables = {std::move(feedbackTable), std::move(channels), std::move(kinds),
                     std::move(requests)};
    return report;
}

} // namespace ab
