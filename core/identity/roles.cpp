#include "roles.h"

#include "domain/vocabulary.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ab {

namespace {

Error userError(const QString &message)
{
    return Error{message, {}, 0, QStringLiteral("user")};
}

User readUser(const QSqlQuery &q)
{
    User u;
    u.name = q.value(0).toString();
    u.displayName = q.value(1).toString();
    u.role = Roles::fromToken(q.value(2).toString()).value_or(Role::Auditor);
    u.active = q.value(3).toInt() != 0;
    u.createdAt = q.value(4).toString();
    return u;
}

} // namespace

QString Roles::token(Role role)
{
    switch (role) {
    case Role::Analyst:
        return QStringLiteral("analyst");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

std::optional<Role> Roles::fromToken(const QString &token)
{
    for (Role r : {Role::Analyst, Role::Supervisor, Role::Auditor})
        if (token == Roles::token(r))
            return r;
    return std::nullopt;
}

QString Roles::label(Role role)
{
    return Vocab::label(Vocabulary::Role, token(role));
}

Result<User> Roles::find(Database &db, const QString &name)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT name, coalesce(display_name, name), role, active, created_at "
                             "FROM users WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return db.sqlError(QStringLiteral("users"), q);
    if (!q.next())
        return userError(
            QCoreApplication::translate("Roles", "\"%1\" is not a user of this workspace")
                .arg(name));
    return readUser(q);
}

Result<QVector<User>> Roles::all(Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT name, coalesce(display_name, name), role, active, "
                               "created_at FROM users ORDER BY name")))
        return db.sqlError(QStringLiteral("users"), q);
    QVector<User> users;
    while (q.next())
        users.push_back(readUser(q));
    return users;
}

Status Roles::requireWriter(Database &db, const QString &actor, const QString &what)
{
    auto user = find(db, actor);
    if (!user)
        return user.error();
    if (!user->active)
        return userError(QCoreApplication::translate(
                             "Roles", "\"%1\" is no longer an active user of this workspace")
                             .arg(actor));
    if (user->role == Role::Auditor)
        return userError(QCoreApplication::translate(
                             "Roles",
                             "\"%1\" is an auditor: auditors read everything but change nothing, "
                             "so they cannot %2")
                             .arg(actor, what));
    return {};
}

Status Roles::requireSupervisor(Database &db, const QString &actor, const QString &what)
{
    auto user = find(db, actor);
    if (!user)
        return user.error();
    if (!user->active || user->role != Role::Supervisor)
        return userError(QCoreApplication::translate(
                             "Roles", "only an active supervisor can %1, and \"%2\" is not one")
                             .arg(what, actor));
    return {};
}

} // namespace ab
