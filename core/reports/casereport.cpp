#include "reports/casereport.h"

#include "deadlines/deadlinestatus.h"
#include "privacy/piimasker.h"
#include "reports/reportquery.h"
#include "reports/reporttext.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ab {

namespace {

constexpr int kExcerptLength = 120;

QString excerpt(const QString &text, bool masked)
{
    // Masked before it is cut, so that a value cut in half cannot escape.
    QString shown = masked ? PiiMasker::mask(text) : text;
    shown.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (shown.size() > kExcerptLength)
        shown = shown.left(kExcerptLength - 1) + QChar(0x2026);
    return shown;
}

ReportTable table(const QString &key, const QString &title, const QStringList &keys,
                  const QStringList &labels)
{
    ReportTable t;
    t.key = key;
    t.title = title;
    t.columnKeys = keys;
    t.columnLabels = labels;
    return t;
}

// Runs `sql` bound to `values` and appends one row per result row, the
// columns read as text.
Status fill(Database &db, ReportTable &t, const QString &sql, const QVariantList &values,
            const std::function<QStringList(const QSqlQuery &)> &row)
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return db.sqlError(t.key, q);
    while (q.next())
        t.rows.push_back(row(q));
    return {};
}

} // namespace

Result<Report> CaseReport::build(Database &db, const ReportOptions &options, const ReportText &text,
                                 const QTimeZone &zone, int dueSoonDays)
{
    QSqlQuery q(db.sql());
    q.prepare(
        QStringLiteral(
            "SELECT c.id, c.number, c.title, c.status, c.priority, "
            "COALESCE(%1, c.provider_id, ''), COALESCE(c.assignee, ''), c.opened_at, "
            "COALESCE(c.closed_at, ''), COALESCE(c.description, ''), COALESCE(c.findings, ''), "
            "COALESCE(c.remediation_plan, '') FROM review_cases c "
            "LEFT JOIN providers p ON p.id = c.provider_id WHERE c.number = ?")
            .arg(text.isChinese() ? QStringLiteral("p.name")
                                  : QStringLiteral("COALESCE(p.name_en, p.name)")));
    q.addBindValue(options.caseNumber);
    if (!q.exec())
        return db.sqlError(QStringLiteral("review_cases"), q);
    if (!q.next())
        return Error{
            QCoreApplication::translate("Reports", "There is no case %1.").arg(options.caseNumber),
            {},
            0,
            QStringLiteral("case")};
    const qint64 caseId = q.value(0).toLongLong();
    const bool m = options.masked;

    Report report;
    report.kind = ReportKind::Case;
    report.language = text.language();
    report.title = text.get("Case report");
    report.scope =
        text.get("Case %1: %2").arg(q.value(1).toString(), excerpt(q.value(2).toString(), m));
    report.facts = {
        {QStringLiteral("number"), text.get("Case number"), q.value(1).toString()},
        {QStringLiteral("title"), text.get("Title"), q.value(2).toString()},
        {QStringLiteral("status"), text.get("Status"), text.token(q.value(3).toString())},
        {QStringLiteral("priority"), text.get("Priority"), text.token(q.value(4).toString())},
        {QStringLiteral("provider"), text.get("Provider"), q.value(5).toString()},
        {QStringLiteral("assignee"), text.get("Assignee"), q.value(6).toString()},
        {QStringLiteral("opened"), text.get("Opened"), q.value(7).toString()},
        {QStringLiteral("closed"), text.get("Closed"), q.value(8).toString()},
        {QStringLiteral("description"), text.get("Description"), q.value(9).toString()},
        {QStringLiteral("findings"), text.get("Findings"), q.value(10).toString()},
        {QStringLiteral("remediationPlan"), text.get("Remediation plan"), q.value(11).toString()},
    };

    const SqlFragment status =
        DeadlineStatus::caseExpression(options.asOf, dueSoonDays, zone, QStringLiteral("d"));
    ReportTable items =
        table(QStringLiteral("items"), text.get("Items"),
              {QStringLiteral("kind"), QStringLiteral("item"), QStringLiteral("excerpt"),
               QStringLiteral("output"), QStringLiteral("due"), QStringLiteral("status")},
              {text.get("Kind"), text.get("Item"), text.get("Excerpt"), text.get("Output excerpt"),
               text.get("Due date"), text.get("Status")});
    if (m)
        items.premaskedKeys = {QStringLiteral("excerpt"), QStringLiteral("output")};
    QVariantList values = status.values;
    values << caseId;
    Status s = fill(
        db, items,
        QStringLiteral("SELECT i.item_kind, i.item_id, COALESCE(g.prompt, c.text, ''), "
                       "COALESCE(g.output, ''), COALESCE(d.due, ''), "
                       "CASE WHEN d.id IS NULL THEN '' ELSE %1 END FROM case_items i "
                       "LEFT JOIN generations g ON i.item_kind = 'generation' AND g.id = i.item_id "
                       "LEFT JOIN complaints c ON i.item_kind = 'complaint' AND c.id = i.item_id "
                       "LEFT JOIN deadlines d ON d.item_kind = i.item_kind AND d.item_id = "
                       "i.item_id WHERE i.case_id = ? ORDER BY i.added_at, %2, i.item_kind")
            .arg(status.sql, ReportQuery::bytewise(db, QStringLiteral("i.item_id"))),
        values, [&](const QSqlQuery &r) {
            return QStringList{text.token(r.value(0).toString()),
                               r.value(1).toString(),
                               excerpt(r.value(2).toString(), m),
                               excerpt(r.value(3).toString(), m),
                               r.value(4).toString(),
                               text.token(r.value(5).toString())};
        });
    if (!s)
        return s.error();

    ReportTable timeline =
        table(QStringLiteral("timeline"), text.get("Timeline"),
              {QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("event"),
               QStringLiteral("detail")},
              {text.get("When"), text.get("Who"), text.get("Event"), text.get("Detail")});
    s = fill(db, timeline,
             QStringLiteral("SELECT at, actor, kind, COALESCE(detail, '') FROM case_events "
                            "WHERE case_id = ? ORDER BY at, id"),
             {caseId}, [](const QSqlQuery &r) {
                 return QStringList{r.value(0).toString(), r.value(1).toString(),
                                    r.value(2).toString(), r.value(3).toString()};
             });
    if (!s)
        return s.error();

    ReportTable evidence =
        table(QStringLiteral("evidence"), text.get("Evidence"),
              {QStringLiteral("file"), QStringLiteral("sha256"), QStringLiteral("at"),
               QStringLiteral("by")},
              {text.get("File"), QStringLiteral("SHA-256"), text.get("When"), text.get("Who")});
    s = fill(db, evidence,
             QStringLiteral("SELECT file_name, sha256, added_at, added_by FROM case_evidence "
                            "WHERE case_id = ? ORDER BY added_at, %1, sha256")
                 .arg(ReportQuery::bytewise(db, QStringLiteral("file_name"))),
             {caseId}, [](const QSqlQuery &r) {
                 return QStringList{r.value(0).toString(), r.value(1).toString(),
                                    r.value(2).toString(), r.value(3).toString()};
             });
    if (!s)
        return s.error();

    ReportTable retests =
        table(QStringLiteral("retests"), text.get("Re-tests"),
              {QStringLiteral("item"), QStringLiteral("at"), QStringLiteral("model"),
               QStringLiteral("reproduced"), QStringLiteral("note")},
              {text.get("Item"), text.get("When"), text.get("Model version"),
               text.get("Reproduced"), text.get("Note")});
    s = fill(
        db, retests,
        QStringLiteral("SELECT r.generation_id, r.tested_at, r.model_version_id, r.reproduced, "
                       "COALESCE(r.note, '') FROM retests r JOIN case_items i ON "
                       "i.item_kind = 'generation' AND i.item_id = r.generation_id "
                       "WHERE i.case_id = ? ORDER BY r.tested_at, r.id"),
        {caseId}, [&](const QSqlQuery &r) {
            return QStringList{
                r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                text.token(r.value(3).toInt() ? QStringLiteral("yes") : QStringLiteral("no")),
                r.value(4).toString()};
        });
    if (!s)
        return s.error();
    report.tables = {std::move(items), std::move(timeline), std::move(evidence),
                     std::move(retests)};
    return report;
}

} // namespace ab
