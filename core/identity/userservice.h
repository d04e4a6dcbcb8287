#pragma once

#include "identity/roles.h"
#include "util/result.h"

#include <QJsonValue>
#include <QString>

namespace ab {

class Workspace;

// Workspace users: who may act, and as what. Adding users and changing roles
// is a supervisor's job and is audited; switching the acting user is session
// state (it changes no data) and only checks that the user may act at all.
class UserService
{
public:
    explicit UserService(Workspace &workspace) : m_workspace(workspace) {}

    Status add(const QString &name, const QString &displayName, Role role);
    // Keeps at least one active supervisor, so that closures stay possible.
    Status setRole(const QString &name, Role role);
    Status setActive(const QString &name, bool active);

    // Makes `name` the acting user of the workspace (an active user of any
    // role: an auditor may act, only not change anything).
    Status switchTo(const QString &name);

private:
    Status keepOneSupervisor(const QString &name, bool stillSupervisor);
    Status syncServerLogin(const User &user);
    Status audit(const QString &action, const QString &name, const QJsonValue &before,
                 const QJsonValue &after);

    Workspace &m_workspace;
};

} // namespace ab
