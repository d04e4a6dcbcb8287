#include "userservice.h"

#include "audit/audittrail.h"
#include "storage/serverroles.h"
#include "util/timeutil.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace ab {

namespace {

QString manageUsers()
{
    return QCoreApplication::translate("UserService", "manage workspace users");
}

QJsonObject toJson(const User &u)
{
    return {{QStringLiteral("name"), u.name},
            {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("role"), Roles::token(u.role)},
            {QStringLiteral("active"), u.active}};
}

} // namespace

Status UserService::audit(const QString &action, const QString &name, const QJsonValue &before,
                          const QJsonValue &after)
{
    return AuditTrail::append(m_workspace.db(), {m_workspace.actor(), action,
                                                 QStringLiteral("user"), name, before, after});
}

Status UserService::syncServerLogin(const User &user)
{
    // On a team server the login's group follows the role, so that the
    // database refuses what the application refuses. A user whose login the
    // administrator has not created yet gets the group when next changed;
    // until then the server gives that login nothing of the workspace.
    auto synced =
        ServerRoles::sync(m_workspace.db(), user.name, Roles::token(user.role), user.active);
    if (!synced)
        return synced.error();
    return {};
}

Status UserService::add(const QString &rawName, const QString &displayName, Role role)
{
    const QString name = rawName.trimmed();
    // User names end up in every audit entry; keep them plain and unambiguous.
    static const QRegularExpression valid(QStringLiteral("^[\\w.@-]{1,64}$"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    if (!valid.match(name).hasMatch())
        return Error{
            QCoreApplication::translate(
                "UserService", "a user name is 1 to 64 letters, digits, '.', '_', '-' or '@'"),
            {},
            0,
            QStringLiteral("name")};
    Database &db = m_workspace.db();
    return db.transaction([&]() -> Status {
        if (Status s = Roles::requireSupervisor(db, m_workspace.actor(), manageUsers()); !s)
            return s;
        if (Roles::find(db, name).ok())
            return Error{
                QCoreApplication::translate("UserService", "there is already a user \"%1\"")
                    .arg(name),
                {},
                0,
                QStringLiteral("name")};
        User u{name, displayName.trimmed().isEmpty() ? name : displayName.trimmed(), role, true,
               time::toStored(QDateTime::currentDateTimeUtc())};
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("INSERT INTO users (name, display_name, role, created_at, active) "
                                 "VALUES (?, ?, ?, ?, 1)"));
        q.addBindValue(u.name);
        q.addBindValue(u.displayName);
        q.addBindValue(Roles::token(role));
        q.addBindValue(u.createdAt);
        if (!q.exec())
            return db.sqlError(QStringLiteral("users"), q);
        if (Status s = syncServerLogin(u); !s)
            return s;
        return audit(QStringLiteral("user.added"), name, QJsonValue::Null, toJson(u));
    });
}

Status UserService::keepOneSupervisor(const QString &name, bool stillSupervisor)
{
    if (stillSupervisor)
        return {};
    QSqlQuery q(m_workspace.db().sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM users WHERE role = 'supervisor' AND active = 1 "
                             "AND name <> ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return m_workspace.db().sqlError(QStringLiteral("users"), q);
    if (q.value(0).toLongLong() == 0)
        return Error{QCoreApplication::translate(
                         "UserService",
                         "\"%1\" is the last active supervisor: a workspace needs one to approve "
                         "closures and extensions")
                         .arg(name),
                     {},
                     0,
                     QStringLiteral("role")};
    return {};
}

Status UserService::setRole(const QString &name, Role role)
{
    Database &db = m_workspace.db();
    return db.transaction([&]() -> Status {
        if (Status s = Roles::requireSupervisor(db, m_workspace.actor(), manageUsers()); !s)
            return s;
        auto before = Roles::find(db, name);
        if (!before)
            return before.error();
        // Setting the same role again changes nothing, but gives a login
        // the administrator created since its access on the team server.
        if (before->role == role)
            return syncServerLogin(*before);
        if (before->role == Role::Supervisor)
            if (Status s = keepOneSupervisor(name, !before->active); !s)
                return s;
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("UPDATE users SET role = ? WHERE name = ?"));
        q.addBindValue(Roles::token(role));
        q.addBindValue(name);
        if (!q.exec())
            return db.sqlError(QStringLiteral("users"), q);
        User after = *before;
        after.role = role;
        if (Status s = syncServerLogin(after); !s)
            return s;
        return audit(QStringLiteral("user.role"), name, toJson(*before), toJson(after));
    });
}

Status UserService::setActive(const QString &name, bool active)
{
    Database &db = m_workspace.db();
    return db.transaction([&]() -> Status {
        if (Status s = Roles::requireSupervisor(db, m_workspace.actor(), manageUsers()); !s)
            return s;
        auto before = Roles::find(db, name);
        if (!before)
            return before.error();
        if (before->active == active)
            return {};
        if (!active && before->role == Role::Supervisor)
            if (Status s = keepOneSupervisor(name, false); !s)
                return s;
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("UPDATE users SET active = ? WHERE name = ?"));
        q.addBindValue(active ? 1 : 0);
        q.addBindValue(name);
        if (!q.exec())
            return db.sqlError(QStringLiteral("users"), q);
        User after = *before;
        after.active = active;
        if (Status s = syncServerLogin(after); !s)
            return s;
        return audit(QStringLiteral("user.active"), name, toJson(*before), toJson(after));
    });
}

Status UserService::switchTo(const QString &name)
{
    auto user = Roles::find(m_workspace.db(), name);
    if (!user)
        return user.error();
    if (!user->active)
        return Error{QCoreApplication::translate(
                         "UserService", "\"%1\" is no longer an active user of this workspace")
                         .arg(name),
                     {},
                     0,
                     QStringLiteral("user")};
    m_workspace.setActor(name);
    return {};
}

} // namespace ab
