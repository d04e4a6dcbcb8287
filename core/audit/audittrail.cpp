#include "audittrail.h"

#include "storage/database.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <optional>

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

// Appends `s` as a JSON string exactly as QJsonDocument writes it, when that
// is just the UTF-8 between quotes (no character JSON escapes, no
// surrogates); false otherwise.
bool appendPlainString(QByteArray &out, const QString &s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == u'"' || u == u'\\' || QChar::isSurrogate(u))
            return false;
    }
    out += '"';
    out += s.toUtf8();
    out += '"';
    return true;
}

// Appends a stored before/after text as it stands inside the canonical
// form: a stored object is already its compact form; anything else (a
// wrapped scalar, an array) takes the parsing path.
bool appendStoredJson(QByteArray &out, const QString &stored)
{
    if (stored.isEmpty()) {
        out += "null";
        return true;
    }
    if (!stored.startsWith(QLatin1Char('{')))
        return false;
    out += stored.toUtf8();
    return true;
}

QString chainHash(const QString &prev, const QByteArray &canonical)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prev.toLatin1());
    h.addData(canonical);
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

std::optional<QByteArray>
AuditTrail::canonicalFromStored(qint64 seq, const QString &at, const QString &actor,
                                const QString &action, const QString &entityKind,
                                const QString &entityId, const QString &beforeJson,
                                const QString &afterJson)
{
    // The keys in the order QJsonObject keeps them (sorted), as canonical()
    // writes them.
    QByteArray out;
    out.reserve(128 + beforeJson.size() + afterJson.size());
    out += "{\"action\":";
    if (!appendPlainString(out, action))
        return std::nullopt;
    out += ",\"actor\":";
    if (!appendPlainString(out, actor))
        return std::nullopt;
    out += ",\"after\":";
    if (!appendStoredJson(out, afterJson))
        return std::nullopt;
    out += ",\"at\":";
    if (!appendPlainString(out, at))
        return std::nullopt;
    out += ",\"before\":";
    if (!appendStoredJson(out, beforeJson))
        return std::nullopt;
    out += ",\"entity_id\":";
    if (!appendPlainString(out, entityId))
        return std::nullopt;
    out += ",\"entity_kind\":";
    if (!appendPlainString(out, entityKind))
        return std::nullopt;
    out += ",\"seq\":";
    out += QByteArray::number(seq);
    out += '}';
    return out;
}

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
    // Concurrent writers would both read the same head and fork the chain:
    // the caller's write transaction lets one writer in at a time (SQLite's
    // BEGIN IMMEDIATE; the server's workspace lock, see Database::begin()).
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
    return verify(db, Progress());
}

Result<ChainReport> AuditTrail::verify(Database &db, const Progress &progress)
{
    ChainReport report;
    qint64 total = 0;
    if (progress) {
        QSqlQuery count(db.sql());
        if (count.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log")) &&
            count.next())
            total = count.value(0).toLongLong();
    }
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
        if (progress && report.entries % 4096 == 0 && !progress(report.entries, total)) {
            report.cancelled = true;
            break;
        }
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
        const QString at = q.value(1).toString();
        const QString actor = q.value(2).toString();
        const QString action = q.value(3).toString();
        const QString kind = q.value(4).toString();
        const QString id = q.value(5).toString();
        const QString before = q.value(6).toString();
        const QString after = q.value(7).toString();
        if (q.value(8).toString() != prev) {
            broken(seq, QCoreApplication::translate("AuditTrail",
                                                    "entry %1 does not link to the entry before it")
                            .arg(seq));
            continue;
        }
        const QString stored = q.value(9).toString();
        // Fast path: the canonical text assembled from the stored columns
        // without parsing the JSON (verify reads a million entries). When it
        // does not match, the entry is judged by the parsing path, which
        // accepts any stored JSON that means the same.
        QString expected;
        if (const auto fast = canonicalFromStored(seq, at, actor, action, kind, id, before, after))
            expected = chainHash(prev, *fast);
        if (expected != stored)
            expected = chainHash(
                prev,
                canonical(seq, at, {actor, action, kind, id, parseJson(before), parseJson(after)}));
        if (stored != expected) {
            broken(seq, QCoreApplication::translate("AuditTrail",
                                                    "entry %1 was changed after it was written")
                            .arg(seq));
            continue;
        }
        prev = expected;
        ++expectedSeq;
    }
    // A result cut short (a lost connection) must not pass for a shorter
    // intact chain.
    if (q.lastError().isValid())
        return db.sqlError(QStringLiteral("audit log"), q);
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
