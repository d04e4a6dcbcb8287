#include "serverroles.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

namespace ab {

namespace {

QString quoted(const Database &db, const QString &identifier)
{
    return const_cast<Database &>(db).sql().driver()->escapeIdentifier(identifier,
                                                                       QSqlDriver::TableName);
}

Status execAll(Database &db, const QStringList &statements)
{
    QSqlQuery q(db.sql());
    for (const QString &statement : statements) {
        if (!q.exec(statement))
            return db.sqlError(QCoreApplication::translate("ServerRoles", "server roles"), q);
    }
    return {};
}

Result<bool> roleExists(Database &db, const QString &role)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(role);
    if (!q.exec())
        return db.sqlError(QStringLiteral("pg_roles"), q);
    return q.next();
}

QString groupName(const Database &db, const char *suffix)
{
    return db.sql().databaseName() + QLatin1Char('_') + QLatin1String(suffix);
}

} // namespace

QString ServerRoles::writers(const Database &db)
{
    return groupName(db, "writers");
}

QString ServerRoles::readers(const Database &db)
{
    return groupName(db, "readers");
}

Result<bool> ServerRoles::mayCreateRoles(Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT rolsuper OR rolcreaterole FROM pg_roles "
                               "WHERE rolname = current_user")) ||
        !q.next())
        return db.sqlError(QStringLiteral("pg_roles"), q);
    return q.value(0).toBool();
}

Status ServerRoles::setUp(Database &db)
{
    if (!db.isServer())
        return {};
    const QString w = quoted(db, writers(db));
    const QString r = quoted(db, readers(db));
    QStringList statements;
    for (const QString &group : {writers(db), readers(db)}) {
        auto exists = roleExists(db, group);
        if (!exists)
            return exists.error();
        if (!*exists)
            statements << QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoted(db, group));
    }
    statements
        << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "
                          "public TO %1")
               .arg(w)
        << QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1")
               .arg(w)
        // The audit log only grows: its triggers refuse row changes, and
        // TRUNCATE, which passes row triggers, is nobody's to use.
        << QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %1, PUBLIC").arg(w)
        << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(r)
        << QStringLiteral("GRANT INSERT ON audit_log TO %1").arg(r)
        << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(r)
        // Tables a later migration adds (run by the same owner) get the same.
        << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, "
                          "UPDATE, DELETE ON TABLES TO %1")
               .arg(w)
        << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE "
                          "ON SEQUENCES TO %1")
               .arg(w)
        << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %1")
               .arg(r);
    return execAll(db, statements);
}

Result<bool> ServerRoles::sync(Database &db, const QString &user, const QString &roleToken,
                               bool active)
{
    if (!db.isServer())
        return true;
    auto exists = roleExists(db, user);
    if (!exists)
        return exists.error();
    if (!*exists)
        return false;
    const QString login = quoted(db, user);
    const QString w = quoted(db, writers(db));
    const QString r = quoted(db, readers(db));
    const bool writes = active && roleToken != QLatin1String("auditor");
    const bool reads = active && roleToken == QLatin1String("auditor");
    const bool admin = active && roleToken == QLatin1String("supervisor");
    // REVOKE of a membership that is not there is only a warning.
    QStringList statements{QStringLiteral("REVOKE %1, %2 FROM %3").arg(w, r, login)};
    if (writes)
        statements << QStringLiteral("GRANT %1 TO %2").arg(w, login);
    if (reads)
        statements << QStringLiteral("GRANT %1 TO %2").arg(r, login);
    if (admin)
        statements << QStringLiteral("GRANT %1, %2 TO %3 WITH ADMIN OPTION").arg(w, r, login);
    if (Status s = execAll(db, statements); !s)
        return s.error();
    return true;
}

Result<QStringList> ServerRoles::syncAll(Database &db)
{
    if (!db.isServer())
        return QStringList();
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT name, role, active FROM users ORDER BY name")))
        return db.sqlError(QStringLiteral("users"), q);
    QList<std::tuple<QString, QString, bool>> users;
    while (q.next())
        users.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() == 1});
    QStringList withoutLogin;
    for (const auto &[name, role, active] : users) {
        auto synced = sync(db, name, role, active);
        if (!synced)
            return synced.error();
        if (!*synced)
            withoutLogin << name;
    }
    return withoutLogin;
}

} // namespace ab
