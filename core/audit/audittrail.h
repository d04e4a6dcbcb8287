#pragma once

#include "util/result.h"

#include <QJsonValue>
#include <QString>
#include <functional>
#include <optional>

namespace ab {

class Database;

// One change, as the audit trail records it.
struct AuditEntry
{
    QString actor;      // workspace user name
    QString action;     // dotted verb, e.g. "workspace.created", "case.status"
    QString entityKind; // "case", "complaint", "deadline", … (may be empty)
    QString entityId;
    QJsonValue before; // state before the change (Null when none)
    QJsonValue after;  // state after the change (Null when none)
};

// What verify() found.
struct ChainReport
{
    qint64 entries = 0;
    bool intact = true;
    qint64 firstBrokenSeq = 0; // 0 when intact
    QString problem;           // translated, empty when intact
    QString headHash;          // hash of the last entry
    bool cancelled = false;    // stopped before the end: the report covers `entries` only
};

// The append-only, hash-chained audit log: every entry holds
// SHA-256(previous hash ‖ canonical JSON of the entry), so that editing,
// deleting or inserting a row anywhere breaks the chain from there on.
class AuditTrail
{
public:
    static const QString kGenesisHash; // 64 zeros: the "previous hash" of entry 1

    // Appends inside the caller's transaction, so the change and its record
    // commit together or not at all. The time is now, in UTC.
    static Status append(Database &db, const AuditEntry &entry);
    static Status appendAt(Database &db, const AuditEntry &entry, const QString &storedUtc);

    static Result<ChainReport> verify(Database &db);
    // The same, reporting progress now and then: `progress(checked, total)`
    // returns false to stop (the result then has `cancelled` set).
    using Progress = std::function<bool(qint64 checked, qint64 total)>;
    static Result<ChainReport> verify(Database &db, const Progress &progress);
    static Result<QString> headHash(Database &db);

    // The canonical text hashed for an entry (sorted keys, compact JSON).
    static QByteArray canonical(qint64 seq, const QString &at, const AuditEntry &entry);
    // The same text assembled from a stored row without parsing its JSON
    // (verify's fast path); nothing when the row needs the parsing path (a
    // string JSON would escape, a before/after that is not an object).
    static std::optional<QByteArray>
    canonicalFromStored(qint64 seq, const QString &at, const QString &actor, const QString &action,
                        const QString &entityKind, const QString &entityId,
                        const QString &beforeJson, const QString &afterJson);
};

} // namespace ab
