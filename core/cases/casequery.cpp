#include "casequery.h"

#include "storage/database.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>

namespace ab {

namespace {

const QString kCaseColumns = QStringLiteral(
    "SELECT c.id, c.number, c.title, coalesce(c.provider_id, ''), c.priority, "
    "coalesce(c.assignee, ''), coalesce(c.description, ''), coalesce(c.findings, ''), "
    "coalesce(c.remediation_plan, ''), coalesce(p.name, ''), c.status, c.opened_at, c.opened_by, "
    "coalesce(c.closed_at, ''), c.row_version "
    "FROM review_cases c LEFT JOIN providers p ON p.id = c.provider_id ");

CaseRecord readCase(const QSqlQuery &q)
{
    CaseRecord r;
    r.id = q.value(0).toLongLong();
    r.number = q.value(1).toString();
    r.fields.title = q.value(2).toString();
    r.fields.providerId = q.value(3).toString();
    r.fields.priority = q.value(4).toString();
    r.fields.assignee = q.value(5).toString();
    r.fields.description = q.value(6).toString();
    r.fields.findings = q.value(7).toString();
    r.fields.remediationPlan = q.value(8).toString();
    r.providerName = q.value(9).toString();
    r.status = CaseWorkflow::fromToken(q.value(10).toString()).value_or(CaseStatus::New);
    r.openedAt = q.value(11).toString();
    r.openedBy = q.value(12).toString();
    r.closedAt = q.value(13).toString();
    r.rowVersion = q.value(14).toLongLong();
    return r;
}

Result<CaseRecord> findWhere(Database &db, const QString &where, const QVariant &value)
{
    QSqlQuery q(db.sql());
    q.prepare(kCaseColumns + where);
    q.addBindValue(value);
    if (!q.exec())
        return db.sqlError(QStringLiteral("review case"), q);
    if (!q.next())
        return Error{QCoreApplication::translate("CaseQuery", "there is no review case %1")
                         .arg(value.toString()),
                     {},
                     0,
                     QStringLiteral("case")};
    return readCase(q);
}

// The due-date subquery of the list: the earliest open deadline of the case.
QString earliestDueSql()
{
    return QStringLiteral("(SELECT min(d.due) FROM case_items ci JOIN deadlines d "
                          "ON d.item_kind = ci.item_kind AND d.item_id = ci.item_id "
                          "WHERE ci.case_id = c.id AND ") +
           CaseQuery::openDeadlineSql(QStringLiteral("d")) + QLatin1Char(')');
}

const QString kListColumns = QStringLiteral(
    "SELECT c.id, c.number, c.title, c.status, c.priority, coalesce(c.assignee, ''), "
    "coalesce(p.name, ''), c.opened_at, %1, "
    "(SELECT count(*) FROM case_items ci WHERE ci.case_id = c.id) "
    "FROM review_cases c LEFT JOIN providers p ON p.id = c.provider_id ");

CaseListRow readListRow(const QSqlQuery &q)
{
    return CaseListRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                       q.value(6).toString(),   q.value(7).toString(), q.value(8).toString(),
                       q.value(9).toInt()};
}

} // namespace

QString CaseQuery::openDeadlineSql(const QString &a)
{
    // DeadlineStatus::isOpen in SQL: a failed re-test reopens a remediated
    // item; a verified one is done; otherwise done once remediation is recorded.
    return QStringLiteral("(%1.verification = 'failed' OR (%1.verification <> 'verified' AND "
                          "%1.remediated_at IS NULL))")
        .arg(a);
}

Result<CaseRecord> CaseQuery::find(Database &db, qint64 caseId)
{
    return findWhere(db, QStringLiteral("WHERE c.id = ?"), caseId);
}

Result<CaseRecord> CaseQuery::findByNumber(Database &db, const QString &number)
{
    return findWhere(db, QStringLiteral("WHERE c.number = ?"), number.trimmed().toUpper());
}

Result<QVector<CaseItemRow>> CaseQuery::items(Database &db, qint64 caseId, const QDate &asOf,
                                              int dueSoonDays, const QTimeZone &zone)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "SELECT ci.item_kind, ci.item_id, ci.added_at, ci.added_by, "
        "CASE ci.item_kind WHEN 'generation' THEN "
        "  (SELECT substr(g.prompt, 1, 160) FROM generations g WHERE g.id = ci.item_id) "
        "ELSE (SELECT substr(x.text, 1, 160) FROM complaints x WHERE x.id = ci.item_id) END, "
        "CASE ci.item_kind WHEN 'generation' THEN "
        "  (SELECT g.risk_category FROM generations g WHERE g.id = ci.item_id) "
        "ELSE (SELECT group_concat(DISTINCT g.risk_category) FROM complaint_generations cg "
        "      JOIN generations g ON g.id = cg.generation_id WHERE cg.complaint_id = ci.item_id) "
        "END, "
        "CASE ci.item_kind WHEN 'generation' THEN "
        "  (SELECT g.severity FROM generations g WHERE g.id = ci.item_id) "
        "ELSE (SELECT x.severity FROM complaints x WHERE x.id = ci.item_id) END, "
        "CASE ci.item_kind WHEN 'complaint' THEN "
        "  (SELECT x.status FROM complaints x WHERE x.id = ci.item_id) END "
        "FROM case_items ci WHERE ci.case_id = ? "
        "ORDER BY ci.added_at, ci.item_kind, ci.item_id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return db.sqlError(QStringLiteral("case items"), q);
    QVector<CaseItemRow> rows;
    while (q.next()) {
        CaseItemRow r;
        r.item.kind =
            ItemRef::kindFromToken(q.value(0).toString()).value_or(ItemRef::Kind::Generation);
        r.item.id = q.value(1).toString();
        r.addedAt = q.value(2).toString();
        r.addedBy = q.value(3).toString();
        r.summary = q.value(4).toString().simplified();
        // A complaint's codes come in whatever order each backend's
        // group_concat(DISTINCT) gives: sorted here, for both.
        QStringList codes = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        codes.sort();
        r.categories = codes.join(QLatin1Char(','));
        r.severity = q.value(6).toString();
        r.complaintStatus = q.value(7).toString();
        rows.push_back(r);
    }
    for (CaseItemRow &r : rows) {
        auto d = DeadlineQuery::findForItem(db, r.item);
        if (!d)
            return d.error();
        r.deadline = *d;
        if (r.deadline)
            r.state = DeadlineStatus::of(r.deadline->facts(), asOf, dueSoonDays, zone);
    }
    return rows;
}

Result<QStringList> CaseQuery::categories(Database &db, qint64 caseId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "SELECT g.risk_category FROM case_items ci JOIN generations g "
        "  ON ci.item_kind = 'generation' AND g.id = ci.item_id WHERE ci.case_id = ? "
        "UNION "
        "SELECT g.risk_category FROM case_items ci JOIN complaint_generations cg "
        "  ON ci.item_kind = 'complaint' AND cg.complaint_id = ci.item_id "
        "JOIN generations g ON g.id = cg.generation_id WHERE ci.case_id = ? "
        "ORDER BY 1"));
    q.addBindValue(caseId);
    q.addBindValue(caseId);
    if (!q.exec())
        return db.sqlError(QStringLiteral("case categories"), q);
    QStringList codes;
    while (q.next())
        codes << q.value(0).toString();
    return codes;
}

Result<CaseDeadline> CaseQuery::deadline(Database &db, qint64 caseId, const QDate &asOf)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT min(d.due), count(*) FROM case_items ci JOIN deadlines d "
                             "ON d.item_kind = ci.item_kind AND d.item_id = ci.item_id "
                             "WHERE ci.case_id = ? AND ") +
              openDeadlineSql(QStringLiteral("d")));
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return db.sqlError(QStringLiteral("case deadline"), q);
    CaseDeadline d;
    d.openItems = q.value(1).toInt();
    if (const auto due = time::parseIsoDate(q.value(0).toString())) {
        d.due = *due;
        d.daysLeft = asOf.daysTo(*due);
    }
    return d;
}

Result<QVector<ItemRef>> CaseQuery::unremediatedItems(Database &db, qint64 caseId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
                  "SELECT ci.item_kind, ci.item_id FROM case_items ci "
                  "LEFT JOIN deadlines d ON d.item_kind = ci.item_kind AND d.item_id = ci.item_id "
                  "LEFT JOIN complaints x ON ci.item_kind = 'complaint' AND x.id = ci.item_id "
                  "WHERE ci.case_id = ? AND CASE WHEN d.id IS NULL THEN coalesce(x.status, '') <> "
                  "'resolved' "
                  "ELSE ") +
              openDeadlineSql(QStringLiteral("d")) +
              QStringLiteral(" END ORDER BY ci.item_kind, ci.item_id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return db.sqlError(QStringLiteral("case items"), q);
    QVector<ItemRef> out;
    while (q.next())
        out.push_back(
            {ItemRef::kindFromToken(q.value(0).toString()).value_or(ItemRef::Kind::Generation),
             q.value(1).toString()});
    return out;
}

Result<QVector<CaseNote>> CaseQuery::notes(Database &db, qint64 caseId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "SELECT id, at, author, body FROM case_notes WHERE case_id = ? ORDER BY at, id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return db.sqlError(QStringLiteral("case notes"), q);
    QVector<CaseNote> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString()});
    return out;
}

Result<QVector<CaseEvidence>> CaseQuery::evidence(Database &db, qint64 caseId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT e.sha256, e.file_name, a.mime, a.size, e.added_at, e.added_by "
                             "FROM case_evidence e JOIN attachments a ON a.sha256 = e.sha256 "
                             "WHERE e.case_id = ? ORDER BY e.added_at, e.file_name"));
    q.addBindValue(caseId);
    if (!q.exec())
        return db.sqlError(QStringLiteral("case evidence"), q);
    QVector<CaseEvidence> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString()});
    return out;
}

Result<QVector<CaseEvent>> CaseQuery::timeline(Database &db, qint64 caseId)
{
    QVector<CaseEvent> out;
    QSqlQuery q(db.sql());
    q.prepare(
        QStringLiteral("SELECT id, at, actor, kind, coalesce(detail, ''), coalesce(audit_seq, 0) "
                       "FROM case_events WHERE case_id = ? ORDER BY at, id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return db.sqlError(QStringLiteral("case events"), q);
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(),
                       QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object(),
                       q.value(5).toLongLong()});

    // What happened to the items themselves (triage, deadline changes) is in
    // the audit trail under the item's own entity.
    q.prepare(QStringLiteral(
        "SELECT a.seq, a.at, a.actor, a.action, a.entity_kind, a.entity_id "
        "FROM case_items ci JOIN audit_log a ON a.entity_kind = 'complaint' "
        "  AND a.entity_id = ci.item_id WHERE ci.case_id = ? AND ci.item_kind = 'complaint' "
        "UNION ALL "
        "SELECT a.seq, a.at, a.actor, a.action, a.entity_kind, ci.item_kind || ':' || ci.item_id "
        "FROM case_items ci JOIN deadlines d ON d.item_kind = ci.item_kind "
        "  AND d.item_id = ci.item_id "
        "JOIN audit_log a ON a.entity_kind = 'deadline' AND a.entity_id = CAST(d.id AS TEXT) "
        "WHERE ci.case_id = ?"));
    q.addBindValue(caseId);
    q.addBindValue(caseId);
    if (!q.exec())
        return db.sqlError(QStringLiteral("case item history"), q);
    while (q.next()) {
        CaseEvent e;
        e.id = -q.value(0).toLongLong(); // negative: an audit entry, not a case event
        e.at = q.value(1).toString();
        e.actor = q.value(2).toString();
        e.kind = QStringLiteral("item_history");
        e.auditSeq = q.value(0).toLongLong();
        e.detail = {{QStringLiteral("action"), q.value(3).toString()},
                    {QStringLiteral("entity_kind"), q.value(4).toString()},
                    {QStringLiteral("item"), q.value(5).toString()}};
        out.push_back(e);
    }
    // Commit order: timestamps first (events written before audit_seq was
    // kept have only those), then the audit seq within a second.
    std::stable_sort(out.begin(), out.end(), [](const CaseEvent &a, const CaseEvent &b) {
        if (a.at != b.at)
            return a.at < b.at;
        if (a.auditSeq != 0 && b.auditSeq != 0)
            return a.auditSeq < b.auditSeq;
        return false;
    });
    return out;
}

Result<QVector<CaseListRow>> CaseQuery::page(Database &db, const CaseFilter &filter,
                                             const CaseCursor &after, int limit, const QDate &today)
{
    QStringList where;
    QVariantList values;
    if (filter.status == QLatin1String("open")) {
        where << QStringLiteral("c.status NOT IN ('closed', 'dismissed')");
    } else if (!filter.status.isEmpty()) {
        where << QStringLiteral("c.status = ?");
        values << filter.status;
    }
    if (filter.assignee == QLatin1String("-")) {
        where << QStringLiteral("c.assignee IS NULL");
    } else if (!filter.assignee.isEmpty()) {
        where << QStringLiteral("c.assignee = ?");
        values << filter.assignee;
    }
    if (!filter.providerId.isEmpty()) {
        where << QStringLiteral("c.provider_id = ?");
        values << filter.providerId;
    }
    if (filter.overdueOnly) {
        // Overdue is about work still to do: a closed case is not overdue.
        where << QStringLiteral("c.status NOT IN ('closed', 'dismissed') AND EXISTS (SELECT 1 "
                                "FROM case_items ci JOIN deadlines d ON d.item_kind = "
                                "ci.item_kind AND d.item_id = ci.item_id WHERE ci.case_id = c.id "
                                "AND d.due < ? AND ") +
                     openDeadlineSql(QStringLiteral("d")) + QLatin1Char(')');
        values << time::toIsoDate(today);
    }
    if (!after.isStart()) {
        where << QStringLiteral("(c.opened_at, c.id) < (?, ?)");
        values << after.openedAt << after.id;
    }
    QString sql = kListColumns.arg(earliestDueSql());
    if (!where.isEmpty())
        sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY c.opened_at DESC, c.id DESC LIMIT ?");
    values << limit;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return db.sqlError(QStringLiteral("cases page"), q);
    QVector<CaseListRow> rows;
    while (q.next())
        rows.push_back(readListRow(q));
    return rows;
}

Result<QVector<CaseListRow>> CaseQuery::search(Database &db, const QString &text, int limit)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    // instr() rather than LIKE: exact for Chinese titles, case folded by lower().
    q.prepare(kListColumns.arg(earliestDueSql()) +
              QStringLiteral("WHERE instr(lower(c.number), lower(?)) > 0 OR "
                             "instr(lower(c.title), lower(?)) > 0 "
                             "ORDER BY c.status IN ('closed', 'dismissed'), c.opened_at DESC, "
                             "c.id DESC LIMIT ?"));
    q.addBindValue(text.trimmed());
    q.addBindValue(text.trimmed());
    q.addBindValue(limit);
    if (!q.exec())
        return db.sqlError(QStringLiteral("case search"), q);
    QVector<CaseListRow> rows;
    while (q.next())
        rows.push_back(readListRow(q));
    return rows;
}

Result<QVector<std::pair<QString, QString>>> CaseQuery::providers(Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT id, name FROM providers ORDER BY name, id")))
        return db.sqlError(QStringLiteral("providers"), q);
    QVector<std::pair<QString, QString>> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString()});
    return out;
}

Result<ItemRef> CaseQuery::resolveItem(Database &db, const QString &text)
{
    const QString t = text.trimmed();
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        if (const auto kind = ItemRef::kindFromToken(t.left(colon)))
            return ItemRef{*kind, t.mid(colon + 1)};
    }
    QVector<ItemRef> found;
    QSqlQuery q(db.sql());
    for (const auto &[kind, table] :
         {std::pair{ItemRef::Kind::Generation, QStringLiteral("generations")},
          std::pair{ItemRef::Kind::Complaint, QStringLiteral("complaints")}}) {
        q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
        q.addBindValue(t);
        if (!q.exec())
            return db.sqlError(table, q);
        if (q.next())
            found.push_back({kind, t});
        q.finish();
    }
    if (found.isEmpty())
        return Error{
            QCoreApplication::translate("CaseQuery", "there is no generation or complaint \"%1\"")
                .arg(t),
            {},
            0,
            QStringLiteral("item")};
    if (found.size() > 1)
        return Error{QCoreApplication::translate(
                         "CaseQuery",
                         "\"%1\" is both a generation and a complaint: write generation:%1 or "
                         "complaint:%1")
                         .arg(t),
                     {},
                     0,
                     QStringLiteral("item")};
    return found.first();
}

QJsonObject CaseQuery::toJson(const CaseRecord &r)
{
    return {{QStringLiteral("number"), r.number},
            {QStringLiteral("title"), r.fields.title},
            {QStringLiteral("provider_id"), r.fields.providerId},
            {QStringLiteral("priority"), r.fields.priority},
            {QStringLiteral("assignee"), r.fields.assignee},
            {QStringLiteral("description"), r.fields.description},
            {QStringLiteral("findings"), r.fields.findings},
            {QStringLiteral("remediation_plan"), r.fields.remediationPlan},
            {QStringLiteral("status"), CaseWorkflow::token(r.status)},
            {QStringLiteral("closed_at"), r.closedAt},
            {QStringLiteral("row_version"), r.rowVersion}};
}

} // namespace ab
