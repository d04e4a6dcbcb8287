#include "verificationtracker.h"

#include "audit/audittrail.h"
#include "storage/database.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace ab {

namespace {

Error fieldError(const QString &field, const QString &message)
{
    return Error{message, {}, 0, field};
}

} // namespace

VerificationTracker::VerificationTracker(Database &db, QString actor)
    : m_db(db), m_actor(std::move(actor))
{}

Result<QString> VerificationTracker::generationFor(const ItemRef &item, const QString &named)
{
    Database &db = m_db;
    QSqlQuery q(db.sql());
    if (item.kind == ItemRef::Kind::Generation) {
        if (!named.isEmpty() && named != item.id)
            return fieldError(QStringLiteral("generation"),
                              QCoreApplication::translate(
                                  "DeadlineService", "a generation's re-test runs its own prompt"));
        q.prepare(QStringLiteral("SELECT 1 FROM generations WHERE id = ?"));
        q.addBindValue(item.id);
        if (!q.exec())
            return db.sqlError(QStringLiteral("generations"), q);
        if (!q.next())
            return fieldError(
                QStringLiteral("item"),
                QCoreApplication::translate("DeadlineService", "there is no generation \"%1\"")
                    .arg(item.id));
        return item.id;
    }
    // A complaint is re-tested through the generation(s) it was linked to.
    q.prepare(QStringLiteral("SELECT c.id, cg.generation_id FROM complaints c "
                             "LEFT JOIN complaint_generations cg ON cg.complaint_id = c.id "
                             "WHERE c.id = ? ORDER BY cg.generation_id"));
    q.addBindValue(item.id);
    if (!q.exec())
        return db.sqlError(QStringLiteral("complaints"), q);
    bool found = false;
    QStringList linked;
    while (q.next()) {
        found = true;
        if (!q.value(1).isNull())
            linked.push_back(q.value(1).toString());
    }
    if (!found)
        return fieldError(
            QStringLiteral("item"),
            QCoreApplication::translate("DeadlineService", "there is no complaint \"%1\"")
                .arg(item.id));
    if (linked.isEmpty())
        return fieldError(
            QStringLiteral("generation"),
            QCoreApplication::translate(
                "DeadlineService",
                "complaint \"%1\" is not linked to a generation whose prompt could be "
                "re-run")
                .arg(item.id));
    if (!named.isEmpty()) {
        if (!linked.contains(named))
            return fieldError(
                QStringLiteral("generation"),
                QCoreApplication::translate("DeadlineService",
                                            "generation \"%1\" is not linked to complaint \"%2\"")
                    .arg(named, item.id));
        return named;
    }
    if (linked.size() > 1)
        return fieldError(QStringLiteral("generation"),
                          QCoreApplication::translate(
                              "DeadlineService",
                              "complaint \"%1\" is linked to several generations: name the one "
                              "re-tested")
                              .arg(item.id));
    return linked.first();
}

Result<Verification> VerificationTracker::verificationFor(const ItemRef &item,
                                                          const QDateTime &triggerAt,
                                                          const QDate &triggerDate)
{
    Database &db = m_db;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT r.id, r.tested_at, r.reproduced, m.released FROM retests r "
                             "JOIN model_versions m ON m.id = r.model_version_id WHERE ") +
              (item.kind == ItemRef::Kind::Complaint
                   ? QStringLiteral("r.generation_id IN (SELECT generation_id FROM "
                                    "complaint_generations WHERE complaint_id = ?)")
                   : QStringLiteral("r.generation_id = ?")));
    q.addBindValue(item.id);
    if (!q.exec())
        return db.sqlError(QStringLiteral("retests"), q);
    QVector<RetestFact> facts;
    while (q.next())
        facts.push_back({time::fromStored(q.value(1).toString()).value_or(QDateTime()),
                         q.value(0).toLongLong(), q.value(2).toInt() != 0, q.value(3).toString()});
    return DeadlineStatus::verificationOf(facts, triggerAt, triggerDate);
}

Status VerificationTracker::refresh(const QString &generationId, QJsonArray &changes)
{
    Database &db = m_db;
    // Every deadline the re-tested prompt bears on: the generation's own and
    // those of the complaints linked to it.
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "SELECT id, item_kind, item_id, trigger_at, trigger_date, verification FROM deadlines "
        "WHERE (item_kind = 'generation' AND item_id = ?) OR (item_kind = 'complaint' AND "
        "item_id IN (SELECT complaint_id FROM complaint_generations WHERE generation_id = ?))"));
    q.addBindValue(generationId);
    q.addBindValue(generationId);
    if (!q.exec())
        return db.sqlError(QStringLiteral("deadlines"), q);
    struct Row
    {
        qint64 id;
        QString kind, itemId, triggerAt, triggerDate, verification;
    };
    QVector<Row> rows;
    while (q.next())
        rows.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    q.finish();
    for (const Row &row : std::as_const(rows)) {
        const ItemRef item{ItemRef::kindFromToken(row.kind).value_or(ItemRef::Kind::Generation),
                           row.itemId};
        auto v = verificationFor(item, time::fromStored(row.triggerAt).value_or(QDateTime()),
                                 time::parseIsoDate(row.triggerDate).value_or(QDate()));
        if (!v)
            return v.error();
        const QString token = DeadlineStatus::verificationToken(*v);
        if (token == row.verification)
            continue;
        q.prepare(QStringLiteral("UPDATE deadlines SET verification = ? WHERE id = ?"));
        q.addBindValue(token);
        q.addBindValue(row.id);
        if (!q.exec())
            return db.sqlError(QStringLiteral("deadlines"), q);
        const QJsonObject before{{QStringLiteral("verification"), row.verification}};
        const QJsonObject after{{QStringLiteral("verification"), token}};
        if (Status a = AuditTrail::append(db, {m_actor, QStringLiteral("deadline.verification"),
                                               QStringLiteral("deadline"), QString::number(row.id),
                                               before, after});
            !a)
            return a;
        changes.push_back(QJsonObject{{QStringLiteral("deadline_id"), row.id},
                                      {QStringLiteral("before"), row.verification},
                                      {QStringLiteral("after"), token}});
    }
    return {};
}

} // namespace ab
