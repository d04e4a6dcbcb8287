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
const QString kAuditor = QStringLiteral("audrey");
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
    CHECK(stateOf(server, kAnalyst, QStringLiteral("TRUNCATE audit_log")) == kDenied);
    CHECK_FALSE(stateOf(server, kAnalyst, QStringLiteral("DELETE FROM audit_log")).isEmpty());
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

    auto db = Database::openServer(server.address(), {});
    AB_REQUIRE_OK(db);
    auto chain = AuditTrail::verify(**db);
    AB_REQUIRE_OK(chain);
    CHECK(chain->intact);
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
