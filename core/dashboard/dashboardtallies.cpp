#include "dashboardtallies.h"

#include "deadlines/deadlinestatus.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTimeZone>

namespace ab {

namespace {

const QString kZoneKey = QStringLiteral("tallies_zone");

// A timestamp column's local day by the zone_offsets table, as the triggers
// of migration 7 find it.
QString localDay(const QString &column)
{
    return QStringLiteral("date(%1, (SELECT modifier FROM zone_offsets WHERE since <= %1 "
                          "ORDER BY since DESC LIMIT 1))")
        .arg(column);
}

// A deadline tally's rows (as the table's columns) from the deadlines that
// `condition` (empty: all) selects.
QString deadlineTallyRows(const QString &condition)
{
    return QStringLiteral("SELECT coalesce(provider_id, ''), policy_id, trigger_date, due, "
                          "coalesce(%1, ''), verification, count(*) FROM deadlines %2"
                          "GROUP BY 1, 2, 3, 4, 5, 6")
        .arg(localDay(QStringLiteral("remediated_at")),
             condition.isEmpty() ? QString() : QStringLiteral("WHERE ") + condition + u' ');
}

// A risk tally's rows from the pairs of a generation's deadline d and the
// generation g that `condition` (empty: all) selects.
QString riskTallyRows(const QString &condition)
{
    return QStringLiteral("SELECT coalesce(d.provider_id, ''), d.policy_id, d.trigger_date, "
                          "g.risk_category, count(*) FROM deadlines d "
                          "JOIN generations g ON g.id = d.item_id WHERE d.item_kind = 'generation' "
                          "%1GROUP BY 1, 2, 3, 4")
        .arg(condition.isEmpty() ? QString() : QStringLiteral("AND ") + condition + u' ');
}

Status recount(Database &db, const QTimeZone &zone, const QString &stamp)
{
    QSqlQuery q(db.sql());
    for (const char *table :
         {"zone_offsets", "deadline_tallies", "risk_tallies", "complaint_tallies"}) {
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))))
            return db.sqlError(QStringLiteral("dashboard tallies"), q);
    }
    q.prepare(QStringLiteral("INSERT INTO zone_offsets (since, modifier) VALUES (?, ?)"));
    for (const auto &[since, modifier] : DeadlineStatus::offsetModifiers(zone)) {
        // Before any stored timestamp, for the first offset.
        q.addBindValue(since.isEmpty() ? QStringLiteral("0000") : since);
        q.addBindValue(modifier);
        if (!q.exec())
            return db.sqlError(QStringLiteral("zone offsets"), q);
    }
    const QString statements[] = {
        QStringLiteral("INSERT INTO deadline_tallies ") + deadlineTallyRows(QString()),
        QStringLiteral("INSERT INTO risk_tallies ") + riskTallyRows(QString()),
        QStringLiteral("INSERT INTO complaint_tallies SELECT %1, coalesce(response_due, ''), "
                       "coalesce(%2, ''), status = 'resolved', count(*) FROM complaints "
                       "GROUP BY 1, 2, 3, 4")
            .arg(localDay(QStringLiteral("received_at")), localDay(QStringLiteral("responded_at"))),
    };
    for (const QString &sql : statements) {
        if (!q.exec(sql))
            return db.sqlError(QStringLiteral("dashboard tallies"), q);
    }
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(kZoneKey);
    q.addBindValue(stamp);
    if (!q.exec())
        return db.sqlError(QStringLiteral("meta"), q);
    return {};
}

} // namespace

Status DashboardTallies::countAdded(Database &db, qint64 generationMark, qint64 deadlineMark)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM zone_offsets)")) || !q.next())
        return db.sqlError(QStringLiteral("dashboard tallies"), q);
    if (!q.value(0).toBool())
        return {};
    q.finish();
    // A pair of a deadline and its generation was counted by the insert
    // trigger of whichever of the two came last: here, every pair of which
    // either is new, once.
    const auto run = [&](const QString &sql, const QVariantList &values) -> Status {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return db.sqlError(QStringLiteral("dashboard tallies"), q);
        return {};
    };
    if (Status s = run(QStringLiteral("INSERT INTO deadline_tallies ") +
                           deadlineTallyRows(QStringLiteral("id > ?")) +
                           QStringLiteral(" ON CONFLICT (trigger_date, due, remediated_on, "
                                          "verification, provider_id, policy_id) "
                                          "DO UPDATE SET n = n + excluded.n"),
                       {deadlineMark});
        !s)
        return s;
    return run(QStringLiteral("INSERT INTO risk_tallies ") +
                   riskTallyRows(QStringLiteral("(d.id > ? OR g.rowid > ?)")) +
                   QStringLiteral(" ON CONFLICT (risk_category, trigger_date, provider_id, "
                                  "policy_id) DO UPDATE SET n = n + excluded.n"),
               {deadlineMark, generationMark});
}

Result<QStringList> DashboardTallies::suspend(Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                               "name GLOB '*_tallies_*' ORDER BY name")))
        return db.sqlError(QStringLiteral("tally triggers"), q);
    QStringList names, definitions;
    while (q.next()) {
        names << q.value(0).toString();
        definitions << q.value(1).toString();
    }
    q.finish();
    for (const QString &name : std::as_const(names)) {
        // The name comes from the schema itself; quoted as an identifier.
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        if (!q.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(quoted)))
            return db.sqlError(QStringLiteral("tally triggers"), q);
    }
    return definitions;
}

Status DashboardTallies::resume(Database &db, const QStringList &triggers, const QTimeZone &zone)
{
    QSqlQuery q(db.sql());
    for (const QString &definition : triggers) {
        if (!q.exec(definition))
            return db.sqlError(QStringLiteral("tally triggers"), q);
    }
    return recount(db, zone, stampOf(zone));
}

QString DashboardTallies::stampOf(const QTimeZone &zone)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &[since, modifier] : DeadlineStatus::offsetModifiers(zone)) {
        hash.addData(since.toUtf8());
        hash.addData(QByteArrayView(" "));
        hash.addData(modifier.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return QString::fromUtf8(zone.id()) + QLatin1Char(' ') +
           QString::fromLatin1(hash.result().toHex().left(16));
}

Result<QString> DashboardTallies::countedZone(Database &db)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(kZoneKey);
    if (!q.exec())
        return db.sqlError(QStringLiteral("meta"), q);
    return q.next() ? q.value(0).toString() : QString();
}

Status DashboardTallies::ensure(Database &db, const QTimeZone &zone)
{
    const QString stamp = stampOf(zone);
    auto counted = countedZone(db);
    if (!counted)
        return counted.error();
    if (*counted == stamp)
        return {};
    return db.transaction([&] { return recount(db, zone, stamp); });
}

} // namespace ab
