#pragma once

#include "util/result.h"

#include <QJsonValue>
#include <QString>

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
    static Result<QString> headHash(Database &db);

    // The canonical text hashed for an entry (sorted keys, compact JSON).
    static QByteArray canonical(qint64 seq, const QString &at, const AuditEntry &entry);
};

} // namespace ab
