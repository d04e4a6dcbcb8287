#pragma once

#include "audit/audittrail.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <functional>

namespace ab {

class Database;

// What a copy moved and what the copy's audit chain looks like.
struct CopyReport
{
    struct Table
    {
        QString name;
        qint64 rows = 0;
    };
    QList<Table> tables;
    ChainReport chain; // the copied chain, before the entry recording the copy
    // On a server: workspace users with no server login of their name yet
    // (they get their group once the administrator creates the login).
    QStringList withoutLogin;
};

// Copies a whole workspace into a new one on either backend (file to team
// server and back). The target must hold no records; its schema is created
// or brought up to date in the copy's transaction.
// Everything happens in one transaction on the target, which commits only
// after every table's row count and the audit chain (intact, same head as
// the source's) have been checked; the copy then gets an audit entry of its
// own saying who copied it from where. On a server it also sets up the
// workspace's group roles (ServerRoles), so the server user copying must be
// allowed to create roles.
class WorkspaceCopy
{
public:
    // The tables copied, parents before children. Search indexes are not
    // copied: each backend builds its own.
    static const QStringList &copiedTables();
    // A table's columns that hold stored values (not computed ones), in
    // order: what a copy writes.
    static Result<QStringList> storedColumns(Database &db, const QString &table);

    // `progress(table, rowsCopied)` returns false to stop (the target is
    // then left as it was).
    using Progress = std::function<bool(const QString &table, qint64 rows)>;
    static Result<CopyReport> copy(Database &from, Database &to, const QString &actor,
                                   const Progress &progress = {});
    // Copies `from` into a new workspace at `target`: a file that does not
    // exist yet, or a server address (postgresql://…) naming an empty
    // database. On failure nothing is left behind: the new file is removed,
    // the server's database is as it was.
    static Result<CopyReport> copyTo(Database &from, const QString &target, const QString &password,
                                     const QString &actor, const Progress &progress = {});
};

} // namespace ab
