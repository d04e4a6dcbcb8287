#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace ab {

class Database;

// One audit-log row as stored.
struct AuditRow
{
    qint64 seq = 0;
    QString at; // stored UTC
    QString actor;
    QString action;
    QString entityKind;
    QString entityId;
    QString beforeJson;
    QString afterJson;
    QString prevHash;
    QString hash;
};

// Filters of the Audit log section; empty fields match everything.
struct AuditFilter
{
    QString actor;
    QString action; // a whole action ("case.status") or its start ("case.")
    QString entityKind;
    QString entityId;
    QString fromUtc; // stored form, inclusive
    QString toUtc;   // stored form, exclusive

    bool isEmpty() const
    {
        return actor.isEmpty() && action.isEmpty() && entityKind.isEmpty() && entityId.isEmpty() &&
               fromUtc.isEmpty() && toUtc.isEmpty();
    }
};

// Reads the audit log newest first in keyset pages (seq below the last one
// seen), through an index per filter, so that a page of a million-entry log
// costs about what a page of a short one does.
class AuditQuery
{
public:
    // `beforeSeq` 0: from the newest entry.
    static Result<QVector<AuditRow>> page(Database &db, const AuditFilter &filter, qint64 beforeSeq,
                                          int limit);
    static Result<AuditRow> entry(Database &db, qint64 seq);
    // The newest seq: the number of entries of an intact log.
    static Result<qint64> lastSeq(Database &db);

    // The distinct values of a column, for the filter choices; each costs one
    // index seek per value, not a scan of the log.
    static Result<QStringList> actors(Database &db);
    static Result<QStringList> actions(Database &db);
    static Result<QStringList> entityKinds(Database &db);
};

} // namespace ab
