// The audit log of a team workspace: the same entries, filters and choices
// as its workspace file's, and a verification that checks the server's
// append-only guards.

#include "audit/auditquery.h"
#include "audit/workspaceverifier.h"
#include "demotestsupport.h"
#include "serverdemo.h"

using namespace ab;
using namespace ab::test;

namespace {

QStringList linesOf(const QVector<AuditRow> &rows)
{
    QStringList lines;
    for (const AuditRow &r : rows)
        lines.push_back(QStringList{QString::number(r.seq), r.at, r.actor, r.action, r.entityKind,
                                    r.entityId, r.beforeJson, r.afterJson, r.prevHash, r.hash}
                            .join(QLatin1Char('|')));
    return lines;
}

// The entries under `filter` up to `last`, newest first, in pages.
QStringList logOf(Workspace &ws, const AuditFilter &filter, qint64 last)
{
    QVector<AuditRow> all;
    qint64 before = last + 1;
    for (int guard = 0; guard < 10000; ++guard) {
        auto page = AuditQuery::page(ws.db(), filter, before, 50);
        AB_REQUIRE_OK(page);
        all += *page;
        if (page->size() < 50)
            return linesOf(all);
        before = page->back().seq;
    }
    FAIL("the log never ended");
    return {};
}

} // namespace

TEST_CASE("a team workspace's audit log is its file's, with the copy recorded on top")
{
    ServerDemo demo(300, 13);
    auto fileLast = AuditQuery::lastSeq(demo.file->db());
    auto teamLast = AuditQuery::lastSeq(demo.team->db());
    AB_REQUIRE_OK(fileLast);
    AB_REQUIRE_OK(teamLast);
    REQUIRE(*teamLast == *fileLast + 1);
    auto copied = AuditQuery::entry(demo.team->db(), *teamLast);
    AB_REQUIRE_OK(copied);
    CHECK(copied->action == QStringLiteral("workspace.copied"));

    auto actors = AuditQuery::actors(demo.file->db());
    AB_REQUIRE_OK(actors);
    REQUIRE(!actors->isEmpty());
    auto first = AuditQuery::entry(demo.file->db(), 1);
    AB_REQUIRE_OK(first);

    AuditFilter all;
    AuditFilter byActor;
    byActor.actor = actors->first();
    auto actions = AuditQuery::actions(demo.file->db());
    auto kinds = AuditQuery::entityKinds(demo.file->db());
    AB_REQUIRE_OK(actions);
    AB_REQUIRE_OK(kinds);
    REQUIRE(!actions->isEmpty());
    REQUIRE(!kinds->isEmpty());
    AuditFilter byAction; // an action's start ("workspace.")
    byAction.action = actions->last().section(QLatin1Char('.'), 0, 0) + QLatin1Char('.');
    AuditFilter byKind;
    byKind.entityKind = kinds->last();
    AuditFilter byTime;
    byTime.fromUtc = first->at;
    byTime.toUtc = QStringLiteral("2100-01-01T00:00:00Z");
    for (const AuditFilter &f : {all, byActor, byAction, byKind, byTime}) {
        INFO("actor " << f.actor.toStdString() << " action " << f.action.toStdString() << " kind "
                      << f.entityKind.toStdString());
        const QStringList file = logOf(*demo.file, f, *fileLast);
        REQUIRE(!file.isEmpty());
        CHECK(logOf(*demo.team, f, *fileLast) == file);
    }

    for (auto list : {&AuditQuery::actions, &AuditQuery::entityKinds}) {
        auto file = list(demo.file->db());
        auto team = list(demo.team->db());
        AB_REQUIRE_OK(file);
        AB_REQUIRE_OK(team);
        REQUIRE(!file->isEmpty());
        // The copy's entry adds its action and kind on the server.
        for (const QString &value : *file)
            CHECK(team->contains(value));
    }
}

TEST_CASE("verifying a team workspace checks its chain and the server's append-only guards")
{
    ServerDemo demo(100, 14);
    auto check = WorkspaceVerifier::run(demo.team->db(), {});
    AB_REQUIRE_OK(check);
    CHECK(check->ok());
    CHECK_FALSE(check->storageChecked);
    CHECK(check->chain.intact);
    CHECK(check->missingGuards.isEmpty());

    SECTION("a disabled guard counts as missing")
    {
        demo.server.exec(
            QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update"));
        auto after = WorkspaceVerifier::run(demo.team->db(), {});
        AB_REQUIRE_OK(after);
        CHECK_FALSE(after->ok());
        CHECK(after->missingGuards == QStringList{QStringLiteral("audit_log_no_update")});
    }
    SECTION("a dropped guard is missing")
    {
        demo.server.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete ON audit_log"));
        auto after = WorkspaceVerifier::run(demo.team->db(), {});
        AB_REQUIRE_OK(after);
        CHECK(after->missingGuards == QStringList{QStringLiteral("audit_log_no_delete")});
    }
    SECTION("an entry edited behind the guards breaks the chain")
    {
        demo.server.exec(
            QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update"));
        demo.server.exec(
            QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE seq = 2"));
        demo.server.exec(
            QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update"));
        auto after = WorkspaceVerifier::run(demo.team->db(), {});
        AB_REQUIRE_OK(after);
        CHECK(after->missingGuards.isEmpty());
        CHECK_FALSE(after->chain.intact);
        CHECK(after->chain.firstBrokenSeq == 2);
    }
}
