// On a team server the database, not only the application, holds each user
// to their role: auditors read, writers write, nobody rewrites the audit log.
#include "audit/audittrail.h"
#include "identity/userservice.h"
#include "storage/serverroles.h"
#include "teamfixture.h"
#include "workspace/workspace.h"
#include "workspace/workspacecopy.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace ab;
using namespace ab::test;

namespace {

const QString kAnalyst = QStringLiteral("tester");
const QString kSupervisor = QStringLiteral("supervisor");
const QString kAuditor = QStringLiteral("li.na"); // a dot, as the demo's names have
const QString kNoLogin = QStringLiteral("nologin_user");

// The SQLSTATE of `statement` as `login` ('' when it succeeds).
QString stateOf(const ServerDatabase &server, const QString &login, const QString &statement)
{
    auto db = Database::openServer(server.as(login), {});
    AB_REQUIRE_OK(db);
    QSqlQuery q((*db)->sql());
    if (q.exec(statement))
        return {};
    return q.lastError().nativeErrorCode();
}

const QString kDenied = QStringLiteral("42501"); // insufficient_privilege

} // namespace

TEST_CASE("a team workspace's logins get exactly what their role allows")
{
    ServerDatabase server;
    for (const QString &login : {kAnalyst, kSupervisor, kAuditor})
        server.ensureLogin(login);
    {
        TempDir dir;
        auto ws = Workspace::create(dir.path(QStringLiteral("roles.auditbench")), kAnalyst);
        AB_REQUIRE_OK(ws);
        (*ws)->setActor(kSupervisor);
        AB_REQUIRE_OK(UserService(**ws).add(kAuditor, QStringLiteral("Audrey"), Role::Auditor));
        AB_REQUIRE_OK(UserService(**ws).add(kNoLogin, {}, Role::Analyst));
        auto copied = WorkspaceCopy::copyTo((*ws)->db(), server.url(), {}, kSupervisor);
        AB_REQUIRE_OK(copied);
        CHECK(copied->withoutLogin == QStringList{kNoLogin});
    }

    const QString update = QStringLiteral("UPDATE meta SET value = 'x' WHERE key = 'name'");
    const QString insert =
        QStringLiteral("INSERT INTO providers (id, name) VALUES ('PX', 'someone')");
    const QString read = QStringLiteral("SELECT count(*) FROM users");

    // The auditor reads, and may not change a record.
    CHECK(stateOf(server, kAuditor, read).isEmpty());
    CHECK(stateOf(server, kAuditor, update) == kDenied);
    CHECK(stateOf(server, kAuditor, insert) == kDenied);
    CHECK(stateOf(server, kAuditor, QStringLiteral("DELETE FROM users")) == kDenied);
    // … but what they do is still recorded in the audit log.
    {
        auto ws = Workspace::openServer(server.as(kAuditor), {});
        AB_REQUIRE_OK(ws);
        CHECK((*ws)->actor() == kAuditor);
        AB_REQUIRE_OK((*ws)->db().transaction([&] {
            return AuditTrail::append((*ws)->db(), {kAuditor,
                                                    QStringLiteral("report.exported"),
                                                    {},
                                                    {},
                                                    QJsonValue::Null,
                                                    QJsonObject{}});
        }));
    }

    // Writers write; the audit log only grows, for them too.
    CHECK(stateOf(server, kAnalyst, update).isEmpty());
    CHECK(stateOf(server, kAnalyst, insert).isEmpty());
    for (const QString &rewrite :
         {QStringLiteral("TRUNCATE audit_log"), QStringLiteral("DELETE FROM audit_log"),
          QStringLiteral("UPDATE audit_log SET actor = 'x'")})
        CHECK(stateOf(server, kAnalyst, rewrite) == kDenied);
    // A login that is no workspace user gets nothing, and is told so.
    server.ensureLogin(QStringLiteral("stranger"));
    auto stranger = Database::openServer(server.as(QStringLiteral("stranger")), {});
    REQUIRE_FALSE(stranger.ok());
    CHECK(stranger.error().message.contains(QStringLiteral("no access")));

    // A supervisor's role change reaches the server: the analyst turned
    // auditor can no longer write, and turned back can again.
    {
        auto ws = Workspace::openServer(server.as(kSupervisor), {});
        AB_REQUIRE_OK(ws);
        AB_REQUIRE_OK(UserService(**ws).setRole(kAnalyst, Role::Auditor));
    }
    CHECK(stateOf(server, kAnalyst, update) == kDenied);
    CHECK(stateOf(server, kAnalyst, read).isEmpty());
    {
        auto ws = Workspace::openServer(server.as(kSupervisor), {});
        AB_REQUIRE_OK(ws);
        AB_REQUIRE_OK(UserService(**ws).setActive(kAnalyst, false));
    }
    CHECK_FALSE(Database::openServer(server.as(kAnalyst), {}).ok());
    {
        auto ws = Workspace::openServer(server.as(kSupervisor), {});
        AB_REQUIRE_OK(ws);
        AB_REQUIRE_OK(UserService(**ws).setActive(kAnalyst, true));
        AB_REQUIRE_OK(UserService(**ws).setRole(kAnalyst, Role::Analyst));
    }
    CHECK(stateOf(server, kAnalyst, update).isEmpty());

    // A supervisor may set their own role, again or to another: the admin
    // option they act with goes last.
    server.ensureLogin(QStringLiteral("boss2"));
    {
        auto ws = Workspace::openServer(server.as(kSupervisor), {});
        AB_REQUIRE_OK(ws);
        UserService users(**ws);
        AB_REQUIRE_OK(users.add(QStringLiteral("boss2"), {}, Role::Supervisor));
        AB_REQUIRE_OK(users.setRole(kSupervisor, Role::Supervisor));
        AB_REQUIRE_OK(users.setRole(kSupervisor, Role::Analyst));
    }
    CHECK(stateOf(server, kSupervisor, update).isEmpty());
    CHECK(stateOf(
              server, kSupervisor,
              QStringLiteral("REVOKE \"%1\" FROM \"%2\"")
                  .arg(ServerRoles::groupName(server.address().database, QStringLiteral("writers")),
                       kAnalyst)) == kDenied); // no admin option left

    auto db = Database::openServer(server.address(), {});
    AB_REQUIRE_OK(db);
    auto chain = AuditTrail::verify(**db);
    AB_REQUIRE_OK(chain);
    CHECK(chain->intact);
}

TEST_CASE("group role names fit PostgreSQL's 63 bytes and stay apart")
{
    CHECK(ServerRoles::groupName(QStringLiteral("inspection"), QStringLiteral("writers")) ==
          QStringLiteral("inspection_writers"));
    const QString longName(62, QLatin1Char('d'));
    const QString otherLong = longName.left(61) + QLatin1Char('e');
    const QString chinese = QString(30, QChar(0x5ba1)); // 90 bytes of UTF-8
    for (const QString &db : {longName, otherLong, chinese}) {
        for (const QString &kind : {QStringLiteral("writers"), QStringLiteral("readers")}) {
            const QString name = ServerRoles::groupName(db, kind);
            CHECK(name.toUtf8().size() <= 63);
            CHECK(name.endsWith(kind));
        }
    }
    CHECK(ServerRoles::groupName(longName, QStringLiteral("writers")) !=
          ServerRoles::groupName(otherLong, QStringLiteral("writers")));
}

TEST_CASE("groups left by a dropped database of the same name are emptied before reuse")
{
    ServerDatabase server;
    server.ensureLogin(QStringLiteral("former_member"));
    const QString writers =
        ServerRoles::groupName(server.address().database, QStringLiteral("writers"));
    server.exec(QStringLiteral("CREATE ROLE \"%1\" NOLOGIN").arg(writers));
    server.exec(QStringLiteral("GRANT \"%1\" TO former_member").arg(writers));
    TempDir dir;
    auto ws = Workspace::create(dir.path(QStringLiteral("w.auditbench")), kAnalyst);
    AB_REQUIRE_OK(ws);
    AB_REQUIRE_OK(WorkspaceCopy::copyTo((*ws)->db(), server.url(), {}, kAnalyst));
    auto former = Database::openServer(server.as(QStringLiteral("former_member")), {});
    REQUIRE_FALSE(former.ok());
    CHECK(former.error().message.contains(QStringLiteral("no access")));
}

TEST_CASE("copying to a server needs a server user who may create roles")
{
    ServerDatabase server;
    server.ensureLogin(QStringLiteral("plain_login"));
    server.exec(QStringLiteral("GRANT CREATE ON SCHEMA public TO plain_login"));
    TempDir dir;
    auto ws = Workspace::create(dir.path(QStringLiteral("w.auditbench")), kAnalyst);
    AB_REQUIRE_OK(ws);
    ServerAddress as = server.as(QStringLiteral("plain_login"));
    auto copied = WorkspaceCopy::copyTo((*ws)->db(), as.toString(), {}, kAnalyst);
    REQUIRE_FALSE(copied.ok());
    CHECK(copied.error().message.contains(QStringLiteral("CREATEROLE")));
    auto look = Database::connectToServer(server.address(), {});
    AB_REQUIRE_OK(look);
    CHECK((*look)->schemaVersion() == 0);
}
