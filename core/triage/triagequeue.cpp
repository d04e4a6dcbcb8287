#include "triagequeue.h"

#include "browse/browsedialect.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ab {

namespace {

constexpr int kExcerpt = 240;

QString rowColumns()
{
    return QStringLiteral("SELECT id, received_at, channel, kind, coalesce(request, ''), "
                          "coalesce(severity, ''), coalesce(response_due, ''), "
                          "substr(text, 1, %1), %2, %3 FROM complaints ")
        .arg(kExcerpt)
        .arg(TriageQueue::dueExpression(), TriageQueue::severityRankExpression());
}

TriageRow readRow(const QSqlQuery &q)
{
    TriageRow r;
    r.id = q.value(0).toString();
    r.receivedAt = q.value(1).toString();
    r.channel = q.value(2).toString();
    r.kind = q.value(3).toString();
    r.request = q.value(4).toString();
    r.severity = q.value(5).toString();
    r.responseDue = q.value(6).toString();
    r.text = q.value(7).toString().simplified();
    r.sortDue = q.value(8).toString();
    r.severityRank = q.value(9).toInt();
    return r;
}

// True when the trigram index over generations covers every row (the
// browse engineer's search_index bookkeeping), so a MATCH finds them all.
bool generationIndexComplete(Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT (SELECT indexed_to FROM search_index WHERE name = "
                               "'generations') >= coalesce((SELECT max(rowid) FROM generations), "
                               "0)")))
        return false; // no search index in this workspace
    return q.next() && q.value(0).toInt() == 1;
}

} // namespace

QString TriageQueue::dueExpression()
{
    return QStringLiteral("coalesce(response_due, date(received_at, '+21 days'))");
}

QString TriageQueue::severityRankExpression()
{
    return QStringLiteral("CASE severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' "
                          "THEN 2 WHEN 'low' THEN 4 ELSE 3 END");
}

Result<QVector<TriageRow>> TriageQueue::fetch(Database &db, const TriageCursor &after, int limit)
{
    // INDEXED BY: without statistics SQLite's planner prefers the status
    // index and sorts all waiting complaints; the queue's own index is
    // already in queue order. The extra range on its first column turns the
    // keyset condition into a seek instead of a scan from the head. A server
    // keeps statistics and has no INDEXED BY.
    const QString select =
        QStringLiteral("SELECT id, received_at, channel, kind, coalesce(request, ''), "
                       "coalesce(severity, ''), coalesce(response_due, ''), substr(text, 1, %1), "
                       "%2, %3 FROM complaints %4WHERE status = 'new' ")
            .arg(kExcerpt)
            .arg(dueExpression(), severityRankExpression(),
                 db.isServer() ? QString() : QStringLiteral("INDEXED BY complaints_triage "));
    const QString order = QStringLiteral(" ORDER BY %1, %2, received_at, id LIMIT ?")
                              .arg(dueExpression(), severityRankExpression());
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (after.isStart()) {
        q.prepare(select + order);
    } else {
        q.prepare(select +
                  QStringLiteral("AND %1 >= ? AND (%1, %2, received_at, id) > (?, ?, ?, ?)")
                      .arg(dueExpression(), severityRankExpression()) +
                  order);
        q.addBindValue(after.sortDue);
        q.addBindValue(after.sortDue);
        q.addBindValue(after.severityRank);
        q.addBindValue(after.receivedAt);
        q.addBindValue(after.id);
    }
    q.addBindValue(limit);
    if (!q.exec())
        return db.sqlError(QStringLiteral("triage queue"), q);
    QVector<TriageRow> rows;
    rows.reserve(limit);
    while (q.next())
        rows.push_back(readRow(q));
    return rows;
}

Result<qint64> TriageQueue::count(Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM complaints WHERE status = 'new'")) ||
        !q.next())
        return db.sqlError(QStringLiteral("triage queue"), q);
    return q.value(0).toLongLong();
}

Result<TriageComplaint> TriageQueue::detail(Database &db, const QString &complaintId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "SELECT id, received_at, channel, kind, text, coalesce(contact, ''), "
        "coalesce(request, ''), status, coalesce(severity, ''), coalesce(duplicate_of, ''), "
        "coalesce(response_due, ''), coalesce(resolution, '') FROM complaints WHERE id = ?"));
    q.addBindValue(complaintId);
    if (!q.exec())
        return db.sqlError(QStringLiteral("complaint"), q);
    if (!q.next())
        return Error{QCoreApplication::translate("TriageQueue", "there is no complaint \"%1\"")
                         .arg(complaintId),
                     {},
                     0,
                     QStringLiteral("complaint")};
    TriageComplaint d;
    QString *fields[] = {&d.id,       &d.receivedAt,  &d.channel,     &d.kind,
                         &d.text,     &d.contact,     &d.request,     &d.status,
                         &d.severity, &d.duplicateOf, &d.responseDue, &d.resolution};
    for (int i = 0; i < 12; ++i)
        *fields[i] = q.value(i).toString();
    q.finish();
    q.prepare(QStringLiteral(
        "SELECT g.id, p.name, m.name || ' ' || m.version, g.risk_category, g.severity, "
        "substr(g.prompt, 1, 400), substr(g.output, 1, 400) FROM complaint_generations cg "
        "JOIN generations g ON g.id = cg.generation_id "
        "JOIN model_versions m ON m.id = g.model_version_id "
        "JOIN providers p ON p.id = m.provider_id WHERE cg.complaint_id = ? ORDER BY g.id"));
    q.addBindValue(complaintId);
    if (!q.exec())
        return db.sqlError(QStringLiteral("complaint generations"), q);
    while (q.next())
        d.generations.push_back({q.value(0).toString(), q.value(1).toString(),
                                 q.value(2).toString(), q.value(3).toString(),
                                 q.value(4).toString(), q.value(5).toString(),
                                 q.value(6).toString()});
    q.prepare(QStringLiteral("SELECT c.number FROM case_items ci JOIN review_cases c ON c.id = "
                             "ci.case_id WHERE ci.item_kind = 'complaint' AND ci.item_id = ? "
                             "ORDER BY c.number"));
    q.addBindValue(complaintId);
    if (!q.exec())
        return db.sqlError(QStringLiteral("complaint cases"), q);
    while (q.next())
        d.cases << q.value(0).toString();
    return d;
}

Result<QVector<TriageGenerationHit>> TriageQueue::findGenerations(Database &db,
                                                                  const QString &query, int limit)
{
    const QString text = query.trimmed();
    QVector<TriageGenerationHit> hits;
    if (text.isEmpty())
        return hits;
    const QString columns = QStringLiteral(
        "SELECT g.id, g.flagged_at, g.risk_category, g.severity, substr(g.prompt, 1, 200), "
        "substr(g.output, 1, 200) FROM ");
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    auto collect = [&]() -> Status {
        if (!q.exec())
            return db.sqlError(QStringLiteral("generation search"), q);
        while (q.next())
            hits.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString().simplified(),
                            q.value(5).toString().simplified()});
        return {};
    };
    q.prepare(columns + QStringLiteral("generations g WHERE g.id = ?"));
    q.addBindValue(text);
    if (Status s = collect(); !s)
        return s.error();
    if (!hits.isEmpty())
        return hits;
    if (db.isServer()) {
        // The server's trigram indexes serve ILIKE and check every candidate
        // against the text: exact for Chinese, and case-blind as SQLite's
        // trigram index is.
        const SqlFragment found = BrowseDialect::of(db).trigramContains(
            {QStringLiteral("g.prompt"), QStringLiteral("g.output")}, text);
        q.prepare(columns + QStringLiteral("generations g WHERE ") + found.sql +
                  QStringLiteral(" LIMIT ?"));
        for (const QVariant &v : found.values)
            q.addBindValue(v);
    } else if (text.size() >= 3 && generationIndexComplete(db)) {
        // A phrase query: the trigram tokenizer matches any substring of 3+
        // characters, Chinese or English.
        QString phrase = text;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        q.prepare(columns + QStringLiteral("generations_fts f JOIN generations g ON g.rowid = "
                                           "f.rowid WHERE generations_fts MATCH ? LIMIT ?"));
        q.addBindValue(QString(QLatin1Char('"') + phrase + QLatin1Char('"')));
    } else {
        // instr() is exact for Chinese (LIKE on a trigram-indexed column is not).
        q.prepare(columns + QStringLiteral("generations g WHERE instr(g.prompt, ?) > 0 OR "
                                           "instr(g.output, ?) > 0 LIMIT ?"));
        q.addBindValue(text);
        q.addBindValue(text);
    }
    q.addBindValue(limit);
    if (Status s = collect(); !s)
        return s.error();
    return hits;
}

Result<QVector<TriageRow>> TriageQueue::findComplaints(Database &db, const QString &query,
                                                       int limit)
{
    const QString text = query.trimmed();
    QVector<TriageRow> rows;
    if (text.isEmpty())
        return rows;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(rowColumns() + QStringLiteral("WHERE id = ?"));
    q.addBindValue(text);
    if (!q.exec())
        return db.sqlError(QStringLiteral("complaint search"), q);
    while (q.next())
        rows.push_back(readRow(q));
    if (!rows.isEmpty())
        return rows;
    q.prepare(rowColumns() + QStringLiteral("WHERE instr(text, ?) > 0 ORDER BY received_at DESC "
                                            "LIMIT ?"));
    q.addBindValue(text);
    q.addBindValue(limit);
    if (!q.exec())
        return db.sqlError(QStringLiteral("complaint search"), q);
    while (q.next())
        rows.push_back(readRow(q));
    return rows;
}

} // namespace ab
