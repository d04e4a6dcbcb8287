// Two people on one team workspace at the same moment: the audit chain stays
// one valid chain, and a case saved by both is saved once, the other save
// meeting a clear conflict.
#include "audit/audittrail.h"
#include "cases/casequery.h"
#include "cases/caseservice.h"
#include "sampledata.h"
#include "teamfixture.h"
#include "workspace/workspace.h"
#include "workspace/workspacecopy.h"

#include <QJsonObject>
#include <atomic>
#include <latch>
#include <thread>

using namespace ab;
using namespace ab::test;

namespace {

constexpr int kAppendsPerWriter = 150;

// A small file workspace with two users (tester, supervisor), copied to the
// server, where both have logins.
void seedTeamWorkspace(const ServerDatabase &server)
{
    server.ensureLogin(QStringLiteral("tester"));
    server.ensureLogin(QStringLiteral("supervisor"));
    TempDir dir;
    const QString path = dir.path(QStringLiteral("seed.auditbench"));
    auto ws = Workspace::create(path, QStringLiteral("tester"));
    AB_REQUIRE_OK(ws);
    addSampleGenerations(**ws, 3);
    AB_REQUIRE_OK(WorkspaceCopy::copyTo((*ws)->db(), server.url(), {}, QStringLiteral("tester")));
}

} // namespace

TEST_CASE("audit appends from two connections at once make one valid chain")
{
    ServerDatabase server;
    AB_REQUIRE_OK(Database::openServer(server.address(), {}, true));

    std::atomic<int> failures{0};
    QStringList problems;
    std::mutex problemsMutex;
    std::latch start(2);
    auto writer = [&](const QString &actor) {
        auto db = Database::openServer(server.address(), {});
        if (!db) {
            ++failures;
            start.count_down(); // the other writer must not wait for ever
            return;
        }
        start.arrive_and_wait();
        for (int i = 0; i < kAppendsPerWriter; ++i) {
            const Status s = (*db)->transaction([&] {
                return AuditTrail::append(**db, {actor, QStringLiteral("test.append"),
                                                 QStringLiteral("test"), QString::number(i),
                                                 QJsonValue::Null, QJsonObject{{"n", i}}});
            });
            if (!s) {
                ++failures;
                const std::lock_guard lock(problemsMutex);
                problems << s.error().toString();
            }
        }
    };
    std::thread a(writer, QStringLiteral("alice"));
    std::thread b(writer, QStringLiteral("bob"));
    a.join();
    b.join();
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(failures == 0);

    auto db = Database::openServer(server.address(), {});
    AB_REQUIRE_OK(db);
    auto chain = AuditTrail::verify(**db);
    AB_REQUIRE_OK(chain);
    CHECK(chain->intact);
    CHECK(chain->entries == 2 * kAppendsPerWriter);
    CHECK(countOf(**db, QStringLiteral("SELECT count(DISTINCT actor) FROM audit_log")) == 2);
}

TEST_CASE("two people saving one case at once: one save wins, the other meets a conflict")
{
    ServerDatabase server;
    seedTeamWorkspace(server);
    qint64 caseId = 0;
    {
        auto ws = Workspace::openServer(server.as(QStringLiteral("tester")), {});
        AB_REQUIRE_OK(ws);
        OpenCaseRequest request;
        request.fields.title = QStringLiteral("共享的案件");
        request.items = {{ItemRef::Kind::Generation, QStringLiteral("G00001")}};
        auto id = CaseService(**ws).open(request);
        AB_REQUIRE_OK(id);
        caseId = *id;
        REQUIRE(CaseQuery::find((*ws)->db(), caseId)->rowVersion == 1);
    }

    std::latch start(2);
    QList<Status> results(2);
    auto editor = [&](int who, const QString &actor) {
        auto ws = Workspace::openServer(server.as(actor), {});
        if (!ws) {
            results[who] = ws.error();
            start.count_down();
            return;
        }
        auto loaded = CaseQuery::find((*ws)->db(), caseId);
        CaseFields fields = loaded->fields;
        fields.findings = QStringLiteral("findings by %1").arg(actor);
        start.arrive_and_wait();
        results[who] = CaseService(**ws).update(caseId, fields, loaded->rowVersion);
    };
    std::thread a(editor, 0, QStringLiteral("tester"));
    std::thread b(editor, 1, QStringLiteral("supervisor"));
    a.join();
    b.join();

    const int saved = int(
        std::count_if(results.cbegin(), results.cend(), [](const Status &s) { return s.ok(); }));
    REQUIRE(saved == 1);
    const Status &lost = results[0].ok() ? results[1] : results[0];
    const QString winner =
        results[0].ok() ? QStringLiteral("tester") : QStringLiteral("supervisor");
    CHECK(lost.error().field == QStringLiteral("row_version"));
    CHECK(lost.error().message.contains(QStringLiteral("CASE-")));

    auto ws = Workspace::openServer(server.as(QStringLiteral("tester")), {});
    AB_REQUIRE_OK(ws);
    auto now = CaseQuery::find((*ws)->db(), caseId);
    CHECK(now->rowVersion == 2);
    CHECK(now->fields.findings == QStringLiteral("findings by %1").arg(winner));
    auto chain = AuditTrail::verify((*ws)->db());
    AB_REQUIRE_OK(chain);
    CHECK(chain->intact);
}
