// Triage on a team workspace on a PostgreSQL server: an action whose
// complaint someone else is changing at that very moment waits for that
// change and then meets it as a conflict, rather than checking the old
// state and overwriting the new one (READ COMMITTED would let it).
#include "audit/audittrail.h"
#include "casefixture.h"
#include "serverdatabase.h"
#include "triage/triageservice.h"
#include "waitfor.h"
#include "workspace/workspacecopy.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <functional>
#include <latch>
#include <optional>
#include <thread>

using namespace ab;
using namespace ab::test;

TEST_CASE("on a server, an action meets a change committed while it waited as a conflict")
{
    ServerDatabase server;
    server.ensureLogin(CaseFixture::kAnalyst);
    server.ensureLogin(CaseFixture::kSupervisor);
    {
        CaseFixture f;
        f.addComplaint(QStringLiteral("C1"), QStringLiteral("模型说我的邻居是罪犯"),
                       QStringLiteral("2026-03-01T08:00:00Z"));
        AB_REQUIRE_OK(WorkspaceCopy::copyTo(f.db(), server.url(), {}, CaseFixture::kAnalyst));
    }

    auto supervisor = Workspace::openServer(server.as(CaseFixture::kSupervisor), {});
    AB_REQUIRE_OK(supervisor);
    Database &db = (*supervisor)->db();
    auto watcher = Database::openServer(server.address(), {});
    AB_REQUIRE_OK(watcher);

    // The analyst, on a thread of her own: looks at C1, then sets its
    // severity when told to.
    std::latch looked(1);
    std::latch act(1);
    std::optional<Result<TriageOutcome>> result;
    std::thread analyst([&] {
        auto ws = Workspace::openServer(server.as(CaseFixture::kAnalyst), {});
        if (!ws) {
            result = ws.error();
            looked.count_down();
            return;
        }
        TriageService triage(**ws);
        auto seen = TriageService::snapshot(**ws, QStringLiteral("C1"));
        if (seen)
            triage.setSeen(*seen);
        looked.count_down();
        act.wait();
        result = triage.setSeverity({QStringLiteral("C1")}, QStringLiteral("low"));
    });
    // A failed check below must leave neither the thread waiting nor the
    // supervisor's transaction holding what it waits for.
    bool told = false;
    bool inTransaction = false;
    const auto finish = [&] {
        if (inTransaction)
            db.rollback();
        inTransaction = false;
        if (!told)
            act.count_down();
        told = true;
        if (analyst.joinable())
            analyst.join();
    };
    struct Finally
    {
        std::function<void()> fn;
        ~Finally() { fn(); }
    } cleanup{finish};
    looked.wait();

    // The supervisor changes it in a transaction still open when the
    // analyst acts.
    AB_REQUIRE_OK(db.begin());
    inTransaction = true;
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("UPDATE complaints SET severity = 'high' WHERE id = 'C1'")));
    AB_REQUIRE_OK(AuditTrail::append(
        db, {CaseFixture::kSupervisor, QStringLiteral("complaint.severity"),
             QStringLiteral("complaint"), QStringLiteral("C1"), QJsonValue::Null,
             QJsonObject{{QStringLiteral("severity"), QStringLiteral("high")}}}));
    told = true;
    act.count_down();
    // Commit only once the analyst's transaction waits for the supervisor's
    // write lock: had it checked outside the lock, it would by then have
    // checked the old state.
    const bool waiting = waitFor([&] {
        QSqlQuery w((*watcher)->sql());
        return w.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                     "current_database() AND wait_event_type = 'Lock'")) &&
               w.next() && w.value(0).toInt() > 0;
    });
    inTransaction = false;
    AB_REQUIRE_OK(db.commit());
    analyst.join();
    REQUIRE(waiting);

    REQUIRE(result.has_value());
    REQUIRE_FALSE(result->ok());
    CHECK(result->error().field == QStringLiteral("row_version"));
    CHECK(result->error().message.contains(QStringLiteral("C1")));
    CHECK(result->error().message.contains(CaseFixture::kSupervisor));
    QSqlQuery now(db.sql());
    REQUIRE(now.exec(QStringLiteral("SELECT severity FROM complaints WHERE id = 'C1'")));
    REQUIRE(now.next());
    CHECK(now.value(0).toString() == QStringLiteral("high"));
}
