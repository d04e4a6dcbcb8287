#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace ab {

class Database;

// On a team server the database itself enforces what a user's role allows,
// not only the application. Each workspace user is a server login of the
// same name (the administrator creates logins: they hold passwords), put
// into one of the workspace's two group roles:
//   <database>_writers  analysts and supervisors: read and write the
//                       records; the audit log only grows
//   <database>_readers  auditors: read everything, and append to the audit
//                       log (their report exports and reveals are recorded)
// An inactive user is in neither. Supervisors may move people between the
// groups (they hold the groups' admin option). On a workspace file all of
// this is a no-op.
class ServerRoles
{
public:
    static QString writers(const Database &db);
    static QString readers(const Database &db);
    // The group of `database` (kind "writers" or "readers"): at most 63
    // bytes, PostgreSQL's limit; a long database name is cut and told apart
    // by a hash of the whole.
    static QString groupName(const QString &database, const QString &kind);

    // Creates the groups when missing, or empties groups left by an earlier
    // database of the same name, and grants them their privileges on every
    // table and sequence of the workspace. Needs a server user who may
    // create roles; run when a team workspace is set up.
    static Status setUp(Database &db);
    // Grants the groups their privileges again (after a migration added
    // tables); nothing when they are not both there.
    static Status refresh(Database &db);
    // True when the connected server user may run setUp().
    static Result<bool> mayCreateRoles(Database &db);

    // Puts `user`'s login into the group `roleToken` ("analyst",
    // "supervisor", "auditor") and `active` call for, and out of the other.
    // Returns false when the server has no login of that name (nothing to do
    // until the administrator creates one; syncAll() then catches up).
    static Result<bool> sync(Database &db, const QString &user, const QString &roleToken,
                             bool active);
    // sync() for every workspace user; returns the users with no login.
    static Result<QStringList> syncAll(Database &db);
};

} // namespace ab
