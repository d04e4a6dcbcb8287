#include "database.h"

#include "migrations.h"
#include "workspacefile.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace ab {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("auditbench-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::currentSchemaVersion()
{
    return Migrations::latestVersion();
}

Error Database::sqlError(const QString &what, const QSqlQuery &query) const
{
    return Error{QCoreApplication::translate("Database", "%1 failed: %2")
                     .arg(what, query.lastError().text()),
                 m_path,
                 0,
                 {}};
}

Result<std::unique_ptr<Database>> Database::connect(const QString &path, bool mustExist)
{
    std::unique_ptr<Database> db(new Database(path, nextConnectionName()));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(path);
    // QSQLITE creates a missing file; an existing workspace that vanished
    // since it was inspected must be reported, not silently re-created empty.
    if (mustExist && !QFileInfo::exists(path))
        return Error{
            QCoreApplication::translate("Database", "the file does not exist"), path, 0, {}};
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open())
        return Error{QCoreApplication::translate("Database", "cannot open the workspace: %1")
                         .arg(db->m_db.lastError().text()),
                     path,
                     0,
                     {}};
    return db;
}

Status Database::configure()
{
    QSqlQuery q(m_db);
    for (const char *pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
          "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return sqlError(QString::fromLatin1(pragma), q);
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::create(const QString &path, int schemaVersion)
{
    if (schemaVersion <= 0)
        schemaVersion = Migrations::latestVersion();
    if (QFileInfo::exists(path))
        return Error{QCoreApplication::translate("Database",
                                                 "the file already exists; choose a new file name"),
                     path,
                     0,
                     {}};
    auto db = connect(path, false);
    if (!db)
        return db.error();
    Database &d = **db;
    QSqlQuery q(d.m_db);
    // The application id goes in before WAL mode, so that the mark is in the
    // main file from the first moment.
    if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(WorkspaceFile::kApplicationId)))
        return d.sqlError(QStringLiteral("PRAGMA application_id"), q);
    if (Status s = d.configure(); !s)
        return s.error();
    if (Status s = Migrations::apply(d, 0, schemaVersion); !s) {
        d.m_db.close();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return s.error();
    }
    d.m_schemaVersion = schemaVersion;
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    auto header = WorkspaceFile::inspect(path, Migrations::latestVersion());
    if (!header)
        return header.error();
    auto db = connect(path, true);
    if (!db)
        return db.error();
    Database &d = **db;
    if (Status s = d.configure(); !s)
        return s.error();

    // The header may be older than an un-checkpointed WAL; the connection
    // sees the truth.
    QSqlQuery q(d.m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return d.sqlError(QStringLiteral("PRAGMA user_version"), q);
    const int version = q.value(0).toInt();
    q.finish();
    if (version > Migrations::latestVersion())
        return Error{
            QCoreApplication::translate("Database", "the workspace was made by a newer AuditBench"),
            path,
            0,
            {}};
    if (version < Migrations::latestVersion()) {
        if (Status s = Migrations::apply(d, version, Migrations::latestVersion()); !s)
            return s.error();
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    d.m_schemaVersion = Migrations::latestVersion();
    return db;
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    auto db = connect(m_path, true);
    if (!db)
        return db.error();
    if (Status s = (*db)->configure(); !s)
        return s.error();
    (*db)->m_schemaVersion = m_schemaVersion;
    return db;
}

Status Database::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(QStringLiteral("BEGIN"), q);
    return {};
}

Status Database::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        Error e = sqlError(QStringLiteral("COMMIT"), q);
        rollback();
        return e;
    }
    return {};
}

void Database::rollback()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

} // namespace ab
