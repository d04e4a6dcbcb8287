#pragma once

#include "storage/database.h"
#include "util/result.h"

#include <QString>
#include <QTimeZone>
#include <memory>

namespace ab {

// Per-workspace settings kept in the meta table, with their defaults in one
// place.
struct WorkspaceSettings
{
    QString name;                                   // shown in titles and reports
    QString zone = QStringLiteral("Asia/Shanghai"); // IANA zone for dates shown and counted
    QString defaultPolicy = QStringLiteral("cac-2023-draft");
    int dueSoonDays = 14;

    QTimeZone timeZone() const;
};

// An open workspace: its connection, settings and the user acting on it.
class Workspace
{
public:
    // The OS user name, the default workspace user.
    static QString osUserName();

    // Creates a new workspace file: schema, settings, the acting user as
    // analyst plus a first supervisor, and the first audit entry.
    static Result<std::unique_ptr<Workspace>> create(const QString &path, const QString &actor,
                                                     const QString &supervisor = {});
    // Opens a workspace file, or a team workspace by its address (as path()
    // gives it; see openServer(), whose acting user replaces `actor`).
    static Result<std::unique_ptr<Workspace>> open(const QString &location, const QString &actor);
    // Opens a team workspace on a PostgreSQL server (see ServerAddress for
    // where the password comes from when `password` is empty). The acting
    // user is the server login: on a server, who did what is what the server
    // authenticated, not a name the client chose. The password is
    // remembered (in memory) for further connections to the same address.
    static Result<std::unique_ptr<Workspace>> openServer(const ServerAddress &address,
                                                         const QString &password);
    // Does what opening a file may have to do once (migrate it, recount its
    // dashboard tallies: seconds at a million items) and closes it again.
    // The GUI runs this on a worker so that its own open() stays quick.
    static Status upgrade(const QString &path);

    Database &db() { return *m_db; }
    const QString &path() const { return m_db->path(); }
    const WorkspaceSettings &settings() const { return m_settings; }
    const QString &actor() const { return m_actor; }
    // The user acting from now on (File › Switch user); UserService::switchTo checks
    // that the user exists and is active before it calls this.
    void setActor(const QString &actor) { m_actor = actor; }

private:
    Workspace(std::unique_ptr<Database> db, QString actor);
    // Settings and tallies of a freshly opened connection.
    static Result<std::unique_ptr<Workspace>> attach(std::unique_ptr<Database> db,
                                                     const QString &actor);
    Status loadSettings();

    std::unique_ptr<Database> m_db;
    QString m_actor;
    WorkspaceSettings m_settings;
};

} // namespace ab
