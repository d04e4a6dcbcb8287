#include "database.h"

#include "migrations.h"
#include "serverpasswords.h"
#include "workspacefile.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace ab {

namespace {

const QString kSqliteDriver = QStringLiteral("QSQLITE");
const QString kServerDriver = QStringLiteral("QPSQL");
const QString kVersionKey = QStringLiteral("schema_version");

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
    db->m_db = QSqlDatabase::addDatabase(kSqliteDriver, db->m_connectionName);
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

Result<std::unique_ptr<Database>> Database::connectServer(const ServerAddress &address,
                                                          const QString &password)
{
    const QString shown = address.toString();
    if (!QSqlDatabase::isDriverAvailable(kServerDriver))
        return Error{QCoreApplication::translate(
                         "Database", "this installation cannot reach PostgreSQL servers: Qt's "
                                     "PostgreSQL driver (Debian package libqt6sql6-psql) is "
                                     "missing"),
                     shown,
                     0,
                     {}};
    std::unique_ptr<Database> db(new Database(shown, nextConnectionName()));
    db->m_backend = Backend::Postgres;
    db->m_address = address;
    db->m_password = password;
    db->m_db = QSqlDatabase::addDatabase(kServerDriver, db->m_connectionName);
    db->m_db.setHostName(address.host);
    db->m_db.setPort(address.port);
    db->m_db.setDatabaseName(address.database);
    db->m_db.setUserName(address.user);
    if (!password.isEmpty())
        db->m_db.setPassword(password);
    db->m_db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=AuditBench"));
    if (!db->m_db.open())
        return Error{QCoreApplication::translate("Database", "cannot connect to the server: %1")
                         .arg(db->m_db.lastError().text()),
                     shown,
                     0,
                     {}};
    return db;
}

Status Database::configure()
{
    if (isServer())
        // Notices (e.g. "extension already exists") are not the user's
        // business; text travels as UTF-8 whatever the server's default.
        return exec({QStringLiteral("SET client_min_messages = warning"),
                     QStringLiteral("SET client_encoding = 'UTF8'")});
    return exec({QStringLiteral("PRAGMA foreign_keys = ON"),
                 QStringLiteral("PRAGMA journal_mode = WAL"),
                 QStringLiteral("PRAGMA synchronous = NORMAL"),
                 QStringLiteral("PRAGMA temp_store = MEMORY"),
                 QStringLiteral("PRAGMA cache_size = -65536")});
}

Status Database::exec(const QStringList &statements)
{
    QSqlQuery q(m_db);
    for (const QString &statement : statements) {
        if (!q.exec(statement))
            return sqlError(statement, q);
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

Result<std::unique_ptr<Database>> Database::open(const QString &location)
{
    if (ServerAddress::looksLikeServer(location)) {
        auto address = ServerAddress::parse(location);
        if (!address)
            return address.error();
        return openServer(*address, ServerPasswords::find(*address));
    }
    const QString &path = location;
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
    auto stored = d.storedSchemaVersion();
    if (!stored)
        return stored.error();
    const bool older = *stored < Migrations::latestVersion();
    if (Status s = d.upgradeSchema(*stored); !s)
        return s.error();
    if (older)
        QSqlQuery(d.m_db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return db;
}

Status Database::upgradeSchema(int stored)
{
    // Migrations refuse a newer schema themselves, in the write transaction
    // that sees the version as it is.
    if (stored != Migrations::latestVersion()) {
        if (Status s = Migrations::apply(*this, stored, Migrations::latestVersion()); !s)
            return s;
    }
    m_schemaVersion = Migrations::latestVersion();
    return {};
}

Result<std::unique_ptr<Database>> Database::openServer(const ServerAddress &address,
                                                       const QString &password, bool createSchema)
{
    auto db = connectToServer(address, password);
    if (!db)
        return db.error();
    Database &d = **db;
    if (d.m_schemaVersion == 0 && !createSchema)
        return Error{QCoreApplication::translate(
                         "Database", "the database holds no AuditBench workspace yet; copy one "
                                     "there with 'auditbench-cli migrate'"),
                     d.m_path,
                     0,
                     {}};
    if (Status s = d.upgradeSchema(d.m_schemaVersion); !s)
        return s.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::connectToServer(const ServerAddress &address,
                                                            const QString &password)
{
    auto db = connectServer(address, password);
    if (!db)
        return db.error();
    if (Status s = (*db)->configure(); !s)
        return s.error();
    auto version = (*db)->storedSchemaVersion();
    if (!version)
        return version.error();
    (*db)->m_schemaVersion = *version;
    return db;
}

Result<int> Database::storedSchemaVersion()
{
    QSqlQuery q(m_db);
    if (!isServer()) {
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return sqlError(QStringLiteral("PRAGMA user_version"), q);
        return q.value(0).toInt();
    }
    // A database with no meta table is empty (version 0) only when it holds
    // no tables at all: anything else is somebody else's database. pg_class,
    // not information_schema, which hides tables the login may not use.
    if (!q.exec(QStringLiteral("SELECT to_regclass('meta') IS NOT NULL, count(*) FROM pg_class c "
                               "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = "
                               "current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f')")) ||
        !q.next())
        return sqlError(QStringLiteral("schema version"), q);
    const bool hasMeta = q.value(0).toBool();
    const qint64 tables = q.value(1).toLongLong();
    q.finish();
    const Error foreign{QCoreApplication::translate(
                            "Database", "the database holds tables but no AuditBench workspace; "
                                        "name an empty database or a workspace"),
                        m_path,
                        0,
                        {}};
    if (!hasMeta)
        return tables == 0 ? Result<int>(0) : Result<int>(foreign);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(kVersionKey);
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == QLatin1String("42501")) // insufficient_privilege
            return Error{QCoreApplication::translate(
                             "Database", "the server login %1 has no access to this workspace; "
                                         "a supervisor must add %1 as a workspace user")
                             .arg(m_address.user),
                         m_path,
                         0,
                         {}};
        return sqlError(QStringLiteral("schema version"), q);
    }
    if (!q.next())
        return foreign;
    bool ok = false;
    const int version = q.value(0).toInt(&ok);
    return ok ? Result<int>(version) : Result<int>(foreign);
}

Status Database::setSchemaVersion(int version)
{
    QSqlQuery q(m_db);
    if (!isServer()) {
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return sqlError(QStringLiteral("PRAGMA user_version"), q);
        m_schemaVersion = version;
        return {};
    }
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(kVersionKey);
    q.addBindValue(QString::number(version));
    if (!q.exec())
        return sqlError(QStringLiteral("schema version"), q);
    m_schemaVersion = version;
    return {};
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    if (isServer()) {
        auto db = connectServer(m_address, m_password);
        if (!db)
            return db.error();
        if (Status s = (*db)->configure(); !s)
            return s.error();
        (*db)->m_schemaVersion = m_schemaVersion;
        return db;
    }
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
    if (!isServer()) {
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return sqlError(QStringLiteral("BEGIN"), q);
        return {};
    }
    // A server's write transactions take turns on one lock per workspace
    // database, as SQLite's BEGIN IMMEDIATE makes them: the audit chain and
    // the case numbers are read-then-written, and one lock taken first can
    // never deadlock. Readers do not take it. Row versions still catch an
    // edit made while somebody looked at the record.
    // Like SQLite's busy timeout, a writer waits a while for the lock, then
    // gives up with a message rather than hanging behind a stalled client.
    if (!q.exec(QStringLiteral("BEGIN")))
        return sqlError(QStringLiteral("BEGIN"), q);
    const bool locked =
        q.exec(QStringLiteral("SET LOCAL lock_timeout = '10s'")) &&
        q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('auditbench.writes'))")) &&
        q.exec(QStringLiteral("SET LOCAL lock_timeout = 0"));
    if (!locked) {
        Error e = q.lastError().nativeErrorCode() == QLatin1String("55P03") // lock_not_available
                      ? Error{QCoreApplication::translate(
                                  "Database", "another user of the workspace has been saving for "
                                              "a while; nothing was changed, try again"),
                              m_path,
                              0,
                              {}}
                      : sqlError(QStringLiteral("BEGIN"), q);
        rollback();
        return e;
    }
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
