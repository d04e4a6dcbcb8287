#include "workspacecopy.h"

#include "dashboard/dashboardtallies.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/serverroles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ab {

namespace {

// The one meta key each backend keeps for itself (the server's schema
// version; SQLite keeps it in the file header).
const QString kOwnMetaKey = QStringLiteral("schema_version");

// At most this many values per INSERT: below both SQLite's (32,766) and
// PostgreSQL's (65,535) limits on bound parameters.
constexpr int kValuesPerStatement = 16000;
constexpr int kMaxRowsPerStatement = 256;

// Rows other than the backend's own meta key.
QString ownRowsFilter(const QString &table)
{
    return table == QLatin1String("meta") ? QStringLiteral(" WHERE key <> '%1'").arg(kOwnMetaKey)
                                          : QString();
}

Result<qint64> countRows(Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1%2").arg(table, ownRowsFilter(table))) ||
        !q.next())
        return db.sqlError(table, q);
    return q.value(0).toLongLong();
}

QString insertStatement(const QString &table, const QStringList &columns, int rows)
{
    const QString row = QLatin1Char('(') +
                        QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                        QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, columns.join(QStringLiteral(", ")),
             QStringList(rows, row).join(QLatin1Char(',')));
}

class TableCopier
{
public:
    TableCopier(Database &from, Database &to, const WorkspaceCopy::Progress &progress)
        : m_from(from), m_to(to), m_progress(progress)
    {}

    Result<qint64> copy(const QString &table)
    {
        auto columns = WorkspaceCopy::storedColumns(m_to, table);
        if (!columns)
            return columns.error();
        auto sourceColumns = WorkspaceCopy::storedColumns(m_from, table);
        if (!sourceColumns)
            return sourceColumns.error();
        const QSet<QString> have(sourceColumns->cbegin(), sourceColumns->cend());
        for (const QString &c : *columns) {
            if (!have.contains(c))
                return Error{QCoreApplication::translate(
                                 "WorkspaceCopy",
                                 "the source workspace has no column %1.%2: its schema differs")
                                 .arg(table, c),
                             m_from.path(),
                             0,
                             {}};
        }
        QSqlQuery read(m_from.sql());
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2%3")
                           .arg(columns->join(QStringLiteral(", ")), table, ownRowsFilter(table))))
            return m_from.sqlError(table, read);

        const int width = int(columns->size());
        const int perStatement = std::clamp(kValuesPerStatement / width, 1, kMaxRowsPerStatement);
        QSqlQuery full(m_to.sql());
        if (!full.prepare(insertStatement(table, *columns, perStatement)))
            return m_to.sqlError(table, full);
        QVariantList pending;
        pending.reserve(perStatement * width);
        qint64 copied = 0;
        auto flush = [&](QSqlQuery &insert) -> Status {
            for (const QVariant &v : std::as_const(pending))
                insert.addBindValue(v);
            if (!insert.exec())
                return m_to.sqlError(table, insert);
            copied += pending.size() / width;
            pending.clear();
            if (m_progress && !m_progress(table, copied))
                return Error{QCoreApplication::translate("WorkspaceCopy", "the copy was cancelled"),
                             m_to.path(),
                             0,
                             {}};
            return {};
        };
        while (read.next()) {
            for (int i = 0; i < width; ++i)
                pending << read.value(i);
            if (pending.size() == perStatement * width) {
                if (Status s = flush(full); !s)
                    return s.error();
            }
        }
        if (read.lastError().isValid())
            return m_from.sqlError(table, read);
        if (!pending.isEmpty()) {
            QSqlQuery rest(m_to.sql());
            if (!rest.prepare(insertStatement(table, *columns, int(pending.size() / width))))
                return m_to.sqlError(table, rest);
            if (Status s = flush(rest); !s)
                return s.error();
        }
        return copied;
    }

private:
    Database &m_from;
    Database &m_to;
    const WorkspaceCopy::Progress &m_progress;
};

// What a copy to a server needs before it starts: a login that may set up
// the workspace's groups, and counted tallies (a team workspace keeps the
// tallies it is given, see Workspace).
Status checkServerTarget(Database &from, Database &to)
{
    if (!to.isServer())
        return {};
    auto may = ServerRoles::mayCreateRoles(to);
    if (!may)
        return may.error();
    if (!*may)
        return Error{QCoreApplication::translate(
                         "WorkspaceCopy",
                         "the server user may not create roles, which setting up a team "
                         "workspace's read and write groups needs; copy as a user with "
                         "CREATEROLE"),
                     to.path(),
                     0,
                     {}};
    auto counted = DashboardTallies::countedZone(from);
    if (!counted)
        return counted.error();
    if (counted->isEmpty())
        return Error{QCoreApplication::translate("WorkspaceCopy",
                                                 "the workspace's dashboard tallies are not "
                                                 "counted yet; open it once, then copy it"),
                     from.path(),
                     0,
                     {}};
    return {};
}

// A new workspace holds the rows its migrations seed (risk categories,
// search-index marks); anything a user made means the target is in use.
Status requireEmptyTarget(Database &to)
{
    for (const char *table : {"users", "audit_log", "generations", "complaints"}) {
        auto rows = countRows(to, QString::fromLatin1(table));
        if (!rows)
            return rows.error();
        if (*rows > 0)
            return Error{QCoreApplication::translate(
                             "WorkspaceCopy",
                             "the target already holds a workspace; copy into a new file or an "
                             "empty database"),
                         to.path(),
                         0,
                         {}};
    }
    return {};
}

// Rows copied in with their ids leave a server's identity counters behind:
// move each past the highest id, so that the next insert gets a new one.
Status moveIdentityCounters(Database &to)
{
    if (!to.isServer())
        return {};
    QSqlQuery q(to.sql());
    if (!q.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                               "WHERE table_schema = current_schema() AND is_identity = 'YES'")))
        return to.sqlError(QStringLiteral("identity columns"), q);
    QList<std::pair<QString, QString>> identities;
    while (q.next())
        identities.append({q.value(0).toString(), q.value(1).toString()});
    for (const auto &[table, column] : identities) {
        if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                   "coalesce(max(%2), 0) + 1, false) FROM %1")
                        .arg(table, column)))
            return to.sqlError(table, q);
    }
    return {};
}

// A read transaction on the source for the length of a copy.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db) : m_db(db) {}
    ~ReadSnapshot()
    {
        if (m_open)
            QSqlQuery(m_db.sql()).exec(QStringLiteral("ROLLBACK"));
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    Status begin()
    {
        QSqlQuery q(m_db.sql());
        if (!q.exec(m_db.isServer()
                        ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                        : QStringLiteral("BEGIN DEFERRED")))
            return m_db.sqlError(QStringLiteral("BEGIN"), q);
        m_open = true;
        return {};
    }

private:
    Database &m_db;
    bool m_open = false;
};

} // namespace

Result<QStringList> WorkspaceCopy::storedColumns(Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    q.prepare(db.isServer()
                  ? QStringLiteral("SELECT column_name FROM information_schema.columns "
                                   "WHERE table_schema = current_schema() AND table_name = ? "
                                   "AND is_generated = 'NEVER' ORDER BY ordinal_position")
                  : QStringLiteral("SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0 "
                                   "ORDER BY cid"));
    q.addBindValue(table);
    if (!q.exec())
        return db.sqlError(table, q);
    QStringList columns;
    while (q.next())
        columns << q.value(0).toString();
    if (columns.isEmpty())
        return Error{QCoreApplication::translate("WorkspaceCopy", "the workspace has no table %1")
                         .arg(table),
                     db.path(),
                     0,
                     {}};
    return columns;
}

const QStringList &WorkspaceCopy::copiedTables()
{
    // zone_offsets comes after every counted table: while it is empty the
    // tally triggers stand still, and the tallies are then copied as they
    // are rather than counted a second time.
    static const QStringList tables{
        QStringLiteral("meta"),
        QStringLiteral("risk_categories"),
        QStringLiteral("users"),
        QStringLiteral("providers"),
        QStringLiteral("model_versions"),
        QStringLiteral("datasets"),
        QStringLiteral("dataset_derivations"),
        QStringLiteral("training_edges"),
        QStringLiteral("generations"),
        QStringLiteral("complaints"),
        QStringLiteral("complaint_generations"),
        QStringLiteral("review_cases"),
        QStringLiteral("case_items"),
        QStringLiteral("case_events"),
        QStringLiteral("case_notes"),
        QStringLiteral("attachments"),
        QStringLiteral("case_evidence"),
        QStringLiteral("deadlines"),
        QStringLiteral("deadline_extensions"),
        QStringLiteral("retests"),
        QStringLiteral("audit_log"),
        QStringLiteral("saved_views"),
        QStringLiteral("deadline_tallies"),
        QStringLiteral("risk_tallies"),
        QStringLiteral("complaint_tallies"),
        QStringLiteral("zone_offsets"),
    };
    return tables;
}

Result<CopyReport> WorkspaceCopy::copy(Database &from, Database &to, const QString &actor,
                                       const Progress &progress)
{
    CopyReport report;
    // Everything is read from one state of the source, even while others
    // keep working in it.
    ReadSnapshot snapshot(from);
    if (Status s = snapshot.begin(); !s)
        return s.error();
    auto sourceChain = AuditTrail::verify(from);
    if (!sourceChain)
        return sourceChain.error();
    if (!sourceChain->intact)
        return Error{QCoreApplication::translate(
                         "WorkspaceCopy",
                         "the audit chain of the source is broken at entry %1 (%2); a broken "
                         "chain is not copied")
                         .arg(sourceChain->firstBrokenSeq)
                         .arg(sourceChain->problem),
                     from.path(),
                     0,
                     {}};

    if (Status s = checkServerTarget(from, to); !s)
        return s.error();
    Status done = to.transaction([&]() -> Status {
        if (to.schemaVersion() < Migrations::latestVersion()) {
            if (Status s = Migrations::run(to, to.schemaVersion(), Migrations::latestVersion()); !s)
                return s;
        }
        if (Status s = requireEmptyTarget(to); !s)
            return s;
        // Rows arrive table by table, and a table may point at its own
        // later rows (a duplicate's original, a model's base model).
        if (Status s = to.exec({to.isServer() ? QStringLiteral("SET CONSTRAINTS ALL DEFERRED")
                                              : QStringLiteral("PRAGMA defer_foreign_keys = ON")});
            !s)
            return s;
        QStringList clear;
        for (auto it = copiedTables().crbegin(); it != copiedTables().crend(); ++it)
            clear << QStringLiteral("DELETE FROM %1%2").arg(*it, ownRowsFilter(*it));
        if (Status s = to.exec(clear); !s)
            return s;

        TableCopier copier(from, to, progress);
        for (const QString &table : copiedTables()) {
            auto rows = copier.copy(table);
            if (!rows)
                return rows.error();
            auto sourceRows = countRows(from, table);
            if (!sourceRows)
                return sourceRows.error();
            auto targetRows = countRows(to, table);
            if (!targetRows)
                return targetRows.error();
            if (*rows != *sourceRows || *targetRows != *sourceRows)
                return Error{QCoreApplication::translate(
                                 "WorkspaceCopy", "table %1: %2 rows in the source, %3 in the copy")
                                 .arg(table)
                                 .arg(*sourceRows)
                                 .arg(*targetRows),
                             to.path(),
                             0,
                             {}};
            report.tables.append({table, *rows});
        }
        if (Status s = moveIdentityCounters(to); !s)
            return s;

        auto chain = AuditTrail::verify(to);
        if (!chain)
            return chain.error();
        if (!chain->intact || chain->entries != sourceChain->entries ||
            chain->headHash != sourceChain->headHash)
            return Error{QCoreApplication::translate(
                             "WorkspaceCopy",
                             "the copied audit chain does not match the source's (%1 entries, "
                             "head %2; the source has %3, head %4)")
                             .arg(chain->entries)
                             .arg(chain->headHash)
                             .arg(sourceChain->entries)
                             .arg(sourceChain->headHash),
                         to.path(),
                         0,
                         {}};
        report.chain = *chain;
        if (Status s = ServerRoles::setUp(to); !s)
            return s;
        auto withoutLogin = ServerRoles::syncAll(to);
        if (!withoutLogin)
            return withoutLogin.error();
        report.withoutLogin = *withoutLogin;
        return AuditTrail::append(to, {actor, QStringLiteral("workspace.copied"),
                                       QStringLiteral("workspace"), from.path(), QJsonValue::Null,
                                       QJsonObject{{QStringLiteral("from"), from.path()},
                                                   {QStringLiteral("entries"), chain->entries},
                                                   {QStringLiteral("head"), chain->headHash}}});
    });
    if (!done)
        return done.error();
    if (to.isServer()) {
        // A bulk load leaves the server without statistics and visibility
        // map until autovacuum comes round: its first plans misjudge every
        // join (the dashboard by provider took twice as long) and index-only
        // walks read every table row as well (five times slower). The copy
        // is committed whatever this does, so a failure here is not the copy's.
        QSqlQuery vacuum(to.sql());
        vacuum.exec(QStringLiteral("VACUUM (ANALYZE)"));
    }
    return report;
}

Result<CopyReport> WorkspaceCopy::copyTo(Database &from, const QString &target,
                                         const QString &password, const QString &actor,
                                         const Progress &progress)
{
    if (ServerAddress::looksLikeServer(target)) {
        auto address = ServerAddress::parse(target);
        if (!address)
            return address.error();
        auto to = Database::connectToServer(*address, password);
        if (!to)
            return to.error();
        // On a server, who copied is the login the server authenticated.
        return copy(from, **to, address->user, progress);
    }
    // The copy is made under a temporary name beside the target and renamed
    // into place once committed, so that a copy stopped any way at all
    // (even killed) never leaves a workspace file that looks complete.
    if (QFileInfo::exists(target))
        return Error{QCoreApplication::translate("WorkspaceCopy",
                                                 "the file already exists; choose a new file name"),
                     target,
                     0,
                     {}};
    const QFileInfo info(target);
    const QString partial =
        info.absoluteDir().filePath(QStringLiteral(".%1.partial-%2")
                                        .arg(info.fileName())
                                        .arg(QCoreApplication::applicationPid()));
    auto removePartial = [&] {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(partial + QLatin1String(suffix));
    };
    removePartial();
    Result<CopyReport> report = [&]() -> Result<CopyReport> {
        auto to = Database::create(partial);
        if (!to)
            return to.error();
        auto copied = copy(from, **to, actor, progress);
        // Everything into the main file, which alone is renamed.
        if (copied &&
            !QSqlQuery((*to)->sql()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            return Error{QCoreApplication::translate("WorkspaceCopy", "cannot finish the new file"),
                         target,
                         0,
                         {}};
        return copied;
    }(); // the new file's connection is closed here
    if (report && !QFile::rename(partial, target))
        report = Error{QCoreApplication::translate("WorkspaceCopy",
                                                   "cannot put the copy in place (%1 was made "
                                                   "meanwhile, or the folder is read-only)")
                           .arg(target),
                       target,
                       0,
                       {}};
    if (!report)
        removePartial();
    return report;
}

} // namespace ab
