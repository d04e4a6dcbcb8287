#pragma once

#include "serveraddress.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace ab {

// One open workspace connection: to a workspace file (SQLite, the default)
// or to a team workspace on a PostgreSQL server. A connection belongs to the
// thread that made it (QtSql's rule); a worker thread opens its own with
// openAnother().
class Database
{
public:
    enum class Backend
    {
        Sqlite,
        Postgres,
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The schema version this build writes (the highest numbered migration).
    static int currentSchemaVersion();

    // Creates a new, empty workspace. Refuses to touch an existing file.
    // `schemaVersion` other than the current one is for migration tests.
    static Result<std::unique_ptr<Database>> create(const QString &path, int schemaVersion = 0);
    // Opens an existing workspace, migrating an older schema in one
    // transaction. A foreign, damaged or newer file is refused untouched.
    // `location` is a file's path or a team workspace's address
    // ("postgresql://…", what path() returns for one), opened with the
    // password ServerPasswords remembers for it.
    static Result<std::unique_ptr<Database>> open(const QString &location);
    // Connects to a team workspace's database on a server. An empty password
    // leaves it to libpq (PGPASSWORD, ~/.pgpass). With `createSchema`, an
    // empty database gets the current schema; either way an older schema is
    // migrated, and a newer one or a database that is not an AuditBench
    // workspace is refused untouched.
    static Result<std::unique_ptr<Database>>
    openServer(const ServerAddress &address, const QString &password, bool createSchema = false);
    // Only connects: no schema is made or migrated (schemaVersion() tells
    // what the database holds, 0 when it is empty). For a copy that creates
    // the schema in its own transaction.
    static Result<std::unique_ptr<Database>> connectToServer(const ServerAddress &address,
                                                             const QString &password);
    // A further connection to the same workspace, for the calling thread.
    Result<std::unique_ptr<Database>> openAnother() const;

    QSqlDatabase &sql() { return m_db; }
    const QSqlDatabase &sql() const { return m_db; }
    // The file's path, or the server address: what error messages name.
    const QString &path() const { return m_path; }
    Backend backend() const { return m_backend; }
    bool isServer() const { return m_backend == Backend::Postgres; }
    int schemaVersion() const { return m_schemaVersion; }

    // The schema version the database holds (0 for an empty one), and
    // setting it inside the caller's transaction. SQLite keeps it in
    // PRAGMA user_version, PostgreSQL in the meta table.
    Result<int> storedSchemaVersion();
    Status setSchemaVersion(int version);

    // Runs `fn` inside a write transaction and commits; rolls back when it
    // fails. One writer at a time: SQLite's BEGIN IMMEDIATE, a server's
    // workspace lock (READ COMMITTED otherwise).
    template <typename Fn> Status transaction(Fn &&fn);

    Status begin();
    Status commit();
    void rollback();

    // Runs each statement in turn; the first that fails is named in the
    // error.
    Status exec(const QStringList &statements);

    // An Error naming the workspace file, for a failed statement.
    Error sqlError(const QString &what, const class QSqlQuery &query) const;

private:
    Database(QString path, QString connectionName);
    static Result<std::unique_ptr<Database>> connect(const QString &path, bool mustExist);
    static Result<std::unique_ptr<Database>> connectServer(const ServerAddress &address,
                                                           const QString &password);
    Status configure();
    // Refuses a schema newer than this build's and migrates an older one.
    Status upgradeSchema(int stored);

    Backend m_backend = Backend::Sqlite;
    ServerAddress m_address; // for openAnother(), when on a server
    QString m_password;      // kept in memory only, for openAnother()
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
};

template <typename Fn> Status Database::transaction(Fn &&fn)
{
    if (Status s = begin(); !s)
        return s;
    Status result = fn();
    if (!result) {
        rollback();
        return result;
    }
    return commit();
}

} // namespace ab
