#include "migrations.h"

#include "database.h"
#include "sqlscript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <map>

namespace ab {

namespace {

const QString kFolder = QStringLiteral(":/migrations");

// version -> resource path, read from the embedded folder once.
const std::map<int, QString> &migrationFiles()
{
    static const std::map<int, QString> files = [] {
        std::map<int, QString> out;
        const QStringList names = QDir(kFolder).entryList({QStringLiteral("*.sql")}, QDir::Files);
        for (const QString &name : names) {
            bool ok = false;
            const int version = name.left(4).toInt(&ok);
            if (ok && version > 0)
                out.emplace(version, kFolder + QLatin1Char('/') + name);
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
    return db.transaction([&]() -> Status {
        QSqlQuery q(db.sql());
        for (const auto &[version, path] : migrationFiles()) {
            if (version <= from || version > to)
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Error{QCoreApplication::translate("Migrations",
                                                         "migration %1 is missing from this build")
                                 .arg(version),
                             db.path(),
                             0,
                             {}};
            const QStringList statements = SqlScript::split(QString::fromUtf8(file.readAll()));
            for (const QString &statement : statements) {
                if (!q.exec(statement))
                    return db.sqlError(
                        QCoreApplication::translate("Migrations", "schema migration %1")
                            .arg(version),
                        q);
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(to)))
            return db.sqlError(QStringLiteral("PRAGMA user_version"), q);
        return {};
    });
}

} // namespace ab
