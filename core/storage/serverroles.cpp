#include "serverroles.h"

#include "database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>

namespace ab {

namespace {

// A role name as an SQL identifier. By hand: the driver's escapeIdentifier()
// reads "li.na" as a qualified name.
QString quoted(const QString &identifier)
{
    return QLatin1Char('"') +
           QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
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

Result<QStringList> membersOf(Database &db, const QStringList &groups)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT DISTINCT m.rolname FROM pg_auth_members am JOIN pg_roles g "
                             "ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member "
                             "WHERE g.rolname IN (?, ?) ORDER BY 1"));
    q.addBindValue(groups.value(0));
    q.addBindValue(groups.value(1));
    if (!q.exec())
        return db.sqlError(QStringLiteral("pg_auth_members"), q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// Which of the workspace's groups a login is in, and with admin option.
struct Membership
{
    bool writers = false;
    bool readers = false;
    bool writersAdmin = false;
    bool readersAdmin = false;
};

QStringList grantStatements(const QString &w, const QString &r)
{
    return {
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1")
            .arg(w),
        QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1")
            .arg(w),
        // The audit log only grows: its triggers refuse row changes, and
        // TRUNCATE, which passes row triggers, is nobody's to use.
        QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %1, PUBLIC").arg(w),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(r),
        QStringLiteral("GRANT INSERT ON audit_log TO %1").arg(r),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(r),
    };
}

Result<Membership> membership(Database &db, const QString &login)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT g.rolname, bool_or(am.admin_option) FROM pg_auth_members am "
                             "JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = "
                             "am.member WHERE m.rolname = ? AND g.rolname IN (?, ?) GROUP BY 1"));
    q.addBindValue(login);
    q.addBindValue(ServerRoles::writers(db));
    q.addBindValue(ServerRoles::readers(db));
    if (!q.exec())
        return db.sqlError(QStringLiteral("pg_auth_members"), q);
    Membership m;
    while (q.next()) {
        const bool isWriters = q.value(0).toString() == ServerRoles::writers(db);
        (isWriters ? m.writers : m.readers) = true;
        (isWriters ? m.writersAdmin : m.readersAdmin) = q.value(1).toBool();
    }
    return m;
}

// The workspace's groups that do not exist on the server (yet).
Result<QStringList> missingGroups(Database &db)
{
    QStringList missing;
    for (const QString &group : {ServerRoles::writers(db), ServerRoles::readers(db)}) {
        auto exists = roleExists(db, group);
        if (!exists)
            return exists.error();
        if (!*exists)
            missing << group;
    }
    return missing;
}

} // namespace

QString ServerRoles::groupName(const QString &database, const QString &kind)
{
    constexpr int kMaxBytes = 63;
    const QString whole = database + QLatin1Char('_') + kind;
    if (whole.toUtf8().size() <= kMaxBytes)
        return whole;
    const QString tag = QString::fromLatin1(
        QCryptographicHash::hash(database.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    QString head = database;
    const QString tail = QLatin1Char('_') + tag + QLatin1Char('_') + kind;
    while (!head.isEmpty() && (head + tail).toUtf8().size() > kMaxBytes)
        head.chop(1);
    return head + tail;
}

QString ServerRoles::writers(const Database &db)
{
    return groupName(db.sql().databaseName(), QStringLiteral("writers"));
}

QString ServerRoles::readers(const Database &db)
{
    return groupName(db.sql().databaseName(), QStringLiteral("readers"));
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
    const QString w = quoted(writers(db));
    const QString r = quoted(readers(db));
    auto missing = missingGroups(db);
    if (!missing)
        return missing.error();
    QStringList statements;
    for (const QString &group : std::as_const(*missing))
        statements << QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoted(group));
    // Groups outlive a dropped database: whoever was in them then has no
    // business in the workspace copied in now. syncAll() puts back who
    // belongs.
    if (missing->size() < 2) {
        auto members = membersOf(db, {writers(db), readers(db)});
        if (!members)
            return members.error();
        for (const QString &member : std::as_const(*members))
            statements << QStringLiteral("REVOKE %1, %2 FROM %3").arg(w, r, quoted(member));
    }
    statements << grantStatements(w, r);
    return db.exec(statements);
}

Status ServerRoles::refresh(Database &db)
{
    if (!db.isServer())
        return {};
    auto missing = missingGroups(db);
    if (!missing)
        return missing.error();
    if (!missing->isEmpty())
        return {}; // not set up (yet): setUp() grants everything
    return db.exec(grantStatements(quoted(writers(db)), quoted(readers(db))));
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
    const QString login = quoted(user);
    const QString w = quoted(writers(db));
    const QString r = quoted(readers(db));
    const bool admin = active && roleToken == QLatin1String("supervisor");
    const bool writes = active && roleToken != QLatin1String("auditor");
    const bool reads = active && roleToken == QLatin1String("auditor");
    // Grants first, removals after, the login's own admin option last: a
    // supervisor changing their own role needs it until the end.
    QStringList statements;
    if (admin)
        statements << QStringLiteral("GRANT %1, %2 TO %3 WITH ADMIN OPTION").arg(w, r, login);
    else if (writes)
        statements << QStringLiteral("GRANT %1 TO %2").arg(w, login);
    else if (reads)
        statements << QStringLiteral("GRANT %1 TO %2").arg(r, login);
    auto held = membership(db, user);
    if (!held)
        return held.error();
    if (!admin && !reads && held->readers)
        statements << QStringLiteral("REVOKE %1 FROM %2").arg(r, login);
    if (!admin && !writes && held->writers)
        statements << QStringLiteral("REVOKE %1 FROM %2").arg(w, login);
    if (!admin && writes && held->writersAdmin)
        statements << QStringLiteral("REVOKE ADMIN OPTION FOR %1 FROM %2").arg(w, login);
    if (!admin && reads && held->readersAdmin)
        statements << QStringLiteral("REVOKE ADMIN OPTION FOR %1 FROM %2").arg(r, login);
    if (Status s = db.exec(statements); !s)
        return s.error();
    // A REVOKE the server only warns about (a membership someone else
    // granted, on PostgreSQL 16 and later) must not pass for done.
    auto now = membership(db, user);
    if (!now)
        return now.error();
    if (now->writers != (writes || admin) || now->readers != (reads || admin))
        return Error{QCoreApplication::translate(
                         "ServerRoles", "the server kept %1's access as it was (granted by "
                                        "another role); ask the server's administrator to "
                                        "revoke it")
                         .arg(user),
                     db.path(),
                     0,
                     {}};
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
