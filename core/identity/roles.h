#pragma once

#include "util/result.h"

#include <QString>
#include <QVector>
#include <optional>

namespace ab {

class Database;

// What a workspace user may do. Analysts work cases and triage; supervisors
// also approve closures, extensions and unmasked exports and manage users;
// auditors read everything and change nothing.
enum class Role
{
    Analyst,
    Supervisor,
    Auditor
};

struct User
{
    QString name;
    QString displayName;
    Role role = Role::Analyst;
    bool active = true;
    QString createdAt;
};

// The role checks every mutating core service makes before it changes
// anything, so that a disabled button is never the only guard.
class Roles
{
public:
    static QString token(Role role); // "analyst" | "supervisor" | "auditor"
    static std::optional<Role> fromToken(const QString &token);
    static QString label(Role role); // translated

    static Result<User> find(Database &db, const QString &name);
    static Result<QVector<User>> all(Database &db);

    // Refuses a user who is unknown, inactive or an auditor. `what` names the
    // refused action for the message ("change review cases").
    static Status requireWriter(Database &db, const QString &actor, const QString &what);
    // Refuses anyone but an active supervisor.
    static Status requireSupervisor(Database &db, const QString &actor, const QString &what);
};

} // namespace ab
