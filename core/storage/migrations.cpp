#include "migrations.h"

#include "database.h"
#include "serverroles.h"
#include "sqlscript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <map>

namespace ab {

namespace {

const QString kFolder = QStringLiteral(":/migrations");
const QString kServerSuffix = QStringLiteral(".pg.sql");

// One numbered migration: its SQLite script and, where PostgreSQL's dialect
// differs, the server's own form of it (NNNN_name.pg.sql).
struct MigrationFiles
{
    QString sqlite;
    QString server; // empty: the SQLite script runs unchanged on a server
};

// version -> scripts, read from the embedded folder once.
const std::map<int, MigrationFiles> &migrationFiles()
{
    static const std::map<int, MigrationFiles> files = [] {
        std::map<int, MigrationFiles> out;
        const QStringList names = QDir(kFolder).entryList({QStringLiteral("*.sql")}, QDir::Files);
        for (const QString &name : names) {
            bool ok = false;
            const int version = name.left(4).toInt(&ok);
            if (!ok || version <= 0)
                continue;
            const QString path = kFolder + QLatin1Char('/') + name;
            if (name.endsWith(kServerSuffix))
                out[version].server = path;
            else
                out[version].sqlite = path;
        }
        return out;
    }();
    return files;
}

} // namespace

int Migrations::latestVersion()
{
    const auto &files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

Status Migrations::apply(Database &db, int from, int to)
{
    return db.transaction([&]() -> Status { return run(db, from, to); });
}

Status Migrations::run(Database &db, int from, int to)
{
    // Two clients opening an old workspace at once: the second gets the
    // write lock after the first committed, and finds the work done. A
    // client older than the workspace must never write its version back.
    auto now = db.storedSchemaVersion();
    if (!now)
        return now.error();
    if (*now > to)
        return Error{
            QCoreApplication::translate("Database", "the workspace was made by a newer AuditBench"),
            db.path(),
            0,
            {}};
    if (*now >= to)
        return {};
    from = std::max(from, *now);
    QSqlQuery q(db.sql());
    for (const auto &[version, scripts] : migrationFiles()) {
        if (version <= from || version > to)
            continue;
        const bool serverForm = db.isServer() && !scripts.server.isEmpty();
        QFile file(serverForm ? scripts.server : scripts.sqlite);
        if (!file.open(QIODevice::ReadOnly))
            return Error{
                QCoreApplication::translate("Migrations", "migration %1 is missing from this build")
                    .arg(version),
                db.path(),
                0,
                {}};
        const QString script = QString::fromUtf8(file.readAll());
        const QStringList statements =
            serverForm ? SqlScript::splitServer(script) : SqlScript::split(script);
        for (const QString &statement : statements) {
            if (!q.exec(statement))
                return db.sqlError(
                    QCoreApplication::translate("Migrations", "schema migration %1").arg(version),
                    q);
        }
    }
    if (Status s = db.setSchemaVersion(to); !s)
        return s;
    // Tables a step added get the team's privileges too.
    return ServerRoles::refresh(db);
}

} // namespace ab
