#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace ab {

// One open workspace connection. A connection belongs to the thread that made
// it (QtSql's rule); a worker thread opens its own with openAnother().
class Database
{
public:
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
    static Result<std::unique_ptr<Database>> open(const QString &path);
    // A further connection to the same workspace, for the calling thread.
    Result<std::unique_ptr<Database>> openAnother() const;

    QSqlDatabase &sql() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    // Runs `fn` inside BEGIN IMMEDIATE … COMMIT; rolls back when it fails.
    template <typename Fn> Status transaction(Fn &&fn);

    Status begin();
    Status commit();
    void rollback();

    // An Error naming the workspace file, for a failed statement.
    Error sqlError(const QString &what, const class QSqlQuery &query) const;

private:
    Database(QString path, QString connectionName);
    static Result<std::unique_ptr<Database>> connect(const QString &path, bool mustExist);
    Status configure();

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
