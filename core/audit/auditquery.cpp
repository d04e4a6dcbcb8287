#include "auditquery.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ab {

namespace {

const QString kColumns = QStringLiteral(
    "SELECT seq, at, actor, action, coalesce(entity_kind, ''), coalesce(entity_id, ''), "
    "coalesce(before_json, ''), coalesce(after_json, ''), prev_hash, hash FROM audit_log ");

AuditRow readRow(const QSqlQuery &q)
{
    AuditRow r;
    r.seq = q.value(0).toLongLong();
    r.at = q.value(1).toString();
    r.actor = q.value(2).toString();
    r.action = q.value(3).toString();
    r.entityKind = q.value(4).toString();
    r.entityId = q.value(5).toString();
    r.beforeJson = q.value(6).toString();
    r.afterJson = q.value(7).toString();
    r.prevHash = q.value(8).toString();
    r.hash = q.value(9).toString();
    return r;
}

// Distinct values by skipping through an index: one seek per value.
Result<QStringList> distinctValues(Database &db, const QString &column)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    const QString sql =
        QStringLiteral(
            "WITH RECURSIVE v(x) AS (SELECT min(%1) FROM audit_log UNION ALL "
            "SELECT (SELECT min(%1) FROM audit_log WHERE %1 > v.x) FROM v WHERE v.x IS NOT NULL) "
            "SELECT x FROM v WHERE x IS NOT NULL AND x <> ''")
            .arg(column);
    if (!q.exec(sql))
        return db.sqlError(QStringLiteral("audit log"), q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

Result<QVector<AuditRow>> AuditQuery::page(Database &db, const AuditFilter &f, qint64 beforeSeq,
                                           int limit)
{
    QStringList where;
    QVariantList values;
    if (!f.actor.isEmpty()) {
        where << QStringLiteral("actor = ?");
        values << f.actor;
    }
    if (!f.action.isEmpty()) {
        // A range on the index rather than LIKE, which SQLite would not use
        // it for (LIKE is case-insensitive by default).
        where << QStringLiteral("action >= ? AND action < ?");
        values << f.action << QString(f.action + QChar(0xFFFF));
    }
    if (!f.entityKind.isEmpty()) {
        where << QStringLiteral("entity_kind = ?");
        values << f.entityKind;
    }
    if (!f.entityId.isEmpty()) {
        where << QStringLiteral("entity_id = ?");
        values << f.entityId;
    }
    if (!f.fromUtc.isEmpty()) {
        where << QStringLiteral("at >= ?");
        values << f.fromUtc;
    }
    if (!f.toUtc.isEmpty()) {
        where << QStringLiteral("at < ?");
        values << f.toUtc;
    }
    if (beforeSeq > 0) {
        where << QStringLiteral("seq < ?");
        values << beforeSeq;
    }
    QString sql = kColumns;
    if (!where.isEmpty())
        sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    values << limit;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return db.sqlError(QStringLiteral("audit log page"), q);
    QVector<AuditRow> rows;
    rows.reserve(limit);
    while (q.next())
        rows.push_back(readRow(q));
    return rows;
}

Result<AuditRow> AuditQuery::entry(Database &db, qint64 seq)
{
    QSqlQuery q(db.sql());
    q.prepare(kColumns + QStringLiteral("WHERE seq = ?"));
    q.addBindValue(seq);
    if (!q.exec())
        return db.sqlError(QStringLiteral("audit log"), q);
    if (!q.next())
        return Error{
            QCoreApplication::translate("AuditQuery", "there is no audit entry %1").arg(seq),
            db.path(), 0, QStringLiteral("seq")};
    return readRow(q);
}

Result<qint64> AuditQuery::lastSeq(Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log")) || !q.next())
        return db.sqlError(QStringLiteral("audit log"), q);
    return q.value(0).toLongLong();
}

Result<QStringList> AuditQuery::actors(Database &db)
{
    return distinctValues(db, QStringLiteral("actor"));
}

Result<QStringList> AuditQuery::actions(Database &db)
{
    return distinctValues(db, QStringLiteral("action"));
}

Result<QStringList> AuditQuery::entityKinds(Database &db)
{
    return distinctValues(db, QStringLiteral("entity_kind"));
}

} // namespace ab
