#include "audittrail.h"

#include "storage/database.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace ab {

const QString AuditTrail::kGenesisHash = QString(64, QLatin1Char('0'));

namespace {

QString jsonText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    // Scalars are wrapped so that the stored text is always a JSON document.
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

QJsonValue parseJson(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue::Null;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isObject())
        return doc.object();
    const QJsonArray a = doc.array();
    return a.size() == 1 && !a.first().isObject() && !a.first().isArray() ? a.first()
                                                                          : QJsonValue(a);
}

QString chainHash(const QString &prev, const QByteArray &canonical)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prev.toLatin1());
    h.addData(canonical);
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

QByteArray AuditTrail::canonical(qint64 seq, const QString &at, const AuditEntry &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("seq"), seq);
    o.insert(QStringLiteral("at"), at);
    o.insert(QStringLiteral("actor"), e.actor);
    o.insert(QStringLiteral("action"), e.action);
    o.insert(QStringLiteral("entity_kind"), e.entityKind);
    o.insert(QStringLiteral("entity_id"), e.entityId);
    o.insert(QStringLiteral("before"), e.before.isUndefined() ? QJsonValue() : e.before);
    o.insert(QStringLiteral("after"), e.after.isUndefined() ? QJsonValue() : e.after);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Status AuditTrail::append(Database &db, const AuditEntry &entry)
{
    return appendAt(db, entry, time::toStored(QDateTime::currentDateTimeUtc()));
}

Status AuditTrail::appendAt(Database &db, const AuditEntry &entry, const QString &at)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return db.sqlError(QStringLiteral("audit log"), q);
    qint64 seq = 1;
    QString prev = kGenesisHash;
    if (q.next()) {
        seq = q.value(0).toLongLong() + 1;
        prev = q.value(1).toString();
    }
    q.finish();
    // Store exactly what was hashed, so that verify() recomputes the same text.
    const QJsonDocument canon = QJsonDocument::fromJson(canonical(seq, at, entry));
    const QJsonObject o = canon.object();
    const QString hash = chainHash(prev, canonical(seq, at, entry));
    q.prepare(QStringLiteral(
        "INSERT INTO audit_log (seq, at, actor, action, entity_kind, entity_id, before_json, "
        "after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(seq);
    q.addBindValue(at);
    q.addBindValue(entry.actor);
    q.addBindValue(entry.action);
    q.addBindValue(entry.entityKind);
    q.addBindValue(entry.entityId);
    q.addBindValue(jsonText(o.value(QStringLiteral("before"))));
    q.addBindValue(jsonText(o.value(QStringLiteral("after"))));
    q.addBindValue(prev);
    q.addBindValue(hash);
    if (!q.exec())
        return db.sqlError(QStringLiteral("audit log append"), q);
    return {};
}

Result<ChainReport> AuditTrail::verify(Database &db)
{
    ChainReport report;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, at, actor, action, entity_kind, entity_id, "
                               "before_json, after_json, prev_hash, hash FROM audit_log "
                               "ORDER BY seq")))
        return db.sqlError(QStringLiteral("audit log"), q);
    QString prev = kGenesisHash;
    qint64 expectedSeq = 1;
    auto broken = [&](qint64 seq, const QString &why) {
        report.intact = false;
        report.firstBrokenSeq = seq;
        report.problem = why;
    };
    while (q.next()) {
        ++report.entries;
        const qint64 seq = q.value(0).toLongLong();
        if (!report.intact)
            continue;
        if (seq != expectedSeq) {
            broken(seq, QCoreApplication::translate("AuditTrail",
                                                    "entry %1 is missing (the log jumps to %2)")
                            .arg(expectedSeq)
                            .arg(seq));
            continue;
        }
        AuditEntry e{q.value(2).toString(),
                     q.value(3).toString(),
                     q.value(4).toString(),
                     q.value(5).toString(),
                     parseJson(q.value(6).toString()),
                     parseJson(q.value(7).toString())};
        const QString at = q.value(1).toString();
        if (q.value(8).toString() != prev) {
            broken(seq, QCoreApplication::translate("AuditTrail",
                                                    "entry %1 does not link to the entry before it")
                            .arg(seq));
            continue;
        }
        const QString expected = chainHash(prev, canonical(seq, at, e));
        if (q.value(9).toString() != expected) {
            broken(seq, QCoreApplication::translate("AuditTrail",
                                                    "entry %1 was changed after it was written")
                            .arg(seq));
            continue;
        }
        prev = expected;
        ++expectedSeq;
    }
    report.headHash = prev;
    return report;
}

Result<QString> AuditTrail::headHash(Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return db.sqlError(QStringLiteral("audit log"), q);
    return q.next() ? q.value(0).toString() : kGenesisHash;
}

} // namespace ab
