// The case status workflow: every allowed move works, every other move is
// refused and changes nothing; dismissing and reopening need a reason;
// closing needs a supervisor and remediated items or a recorded exception.
#include "casefixture.h"
#include "cases/casequery.h"
#include "cases/caseservice.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <set>

using namespace ab;
using namespace ab::test;

namespace {

// The workflow, written out independently of CaseWorkflow.
const std::set<std::pair<QString, QString>> kAllowed{
    {"new", "triage"},
    {"triage", "investigating"},
    {"investigating", "awaiting_remediation"},
    {"awaiting_remediation", "verifying"},
    {"verifying", "closed"},
    {"new", "dismissed"},
    {"triage", "dismissed"},
    {"investigating", "dismissed"},
    {"awaiting_remediation", "dismissed"},
    {"verifying", "dismissed"},
    {"reopened", "dismissed"},
    {"closed", "reopened"},
    {"dismissed", "reopened"},
    {"reopened", "triage"},
    {"reopened", "investigating"},
};

const QStringList kStatuses{"new",       "triage", "investigating", "awaiting_remediation",
                            "verifying", "closed", "dismissed",     "reopened"};

qint64 openCase(CaseFixture &f, const QVector<ItemRef> &items = {})
{
    OpenCaseRequest r;
    r.fields.title = QStringLiteral("Workflow case");
    r.items = items;
    auto id = CaseService(f.workspace()).open(r);
    AB_REQUIRE_OK(id);
    return *id;
}

// Puts a case in a status directly, as a precondition (not through the workflow).
void forceStatus(CaseFixture &f, qint64 id, const QString &status)
{
    QSqlQuery q(f.db().sql());
    q.prepare(QStringLiteral("UPDATE review_cases SET status = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(id);
    REQUIRE(q.exec());
}

} // namespace

TEST_CASE("every allowed transition works and every other one is refused")
{
    CaseFixture f;
    for (const QString &from : kStatuses) {
        for (const QString &to : kStatuses) {
            INFO(from.toStdString() << " -> " << to.toStdString());
            f.actAs(CaseFixture::kSupervisor); // so that closing is not refused for the role
            const qint64 id = openCase(f);
            forceStatus(f, id, from);
            const qint64 auditBefore = f.auditCount();
            CaseService service(f.workspace());
            const Status s =
                service.transition(id, *CaseWorkflow::fromToken(to), QStringLiteral("because"), 1);
            auto after = CaseQuery::find(f.db(), id);
            AB_REQUIRE_OK(after);
            if (kAllowed.count({from, to})) {
                AB_REQUIRE_OK(s);
                CHECK(CaseWorkflow::token(after->status) == to);
                CHECK(after->rowVersion == 2);
                CHECK(f.auditCount() == auditBefore + 1);
                CHECK(f.scalar(QStringLiteral("SELECT kind FROM case_events WHERE case_id = %1 "
                                              "ORDER BY id DESC LIMIT 1")
                                   .arg(id)) == QStringLiteral("status"));
            } else {
                REQUIRE_FALSE(s.ok());
                CHECK(s.error().field == QStringLiteral("status"));
                CHECK(CaseWorkflow::token(after->status) == from);
                CHECK(after->rowVersion == 1);
                CHECK(f.auditCount() == auditBefore);
            }
        }
    }
    CHECK(CaseWorkflow::allowed(CaseStatus::New, CaseStatus::Triage));
    CHECK_FALSE(CaseWorkflow::allowed(CaseStatus::New, CaseStatus::Investigating));
}

TEST_CASE("dismissing and reopening need a reason")
{
    CaseFixture f;
    const qint64 id = openCase(f);
    CaseService service(f.workspace());
    Status s = service.transition(id, CaseStatus::Dismissed, QStringLiteral("  "), 1);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field == QStringLiteral("reason"));
    AB_REQUIRE_OK(service.transition(id, CaseStatus::Dismissed, QStringLiteral("out of scope"), 1));
    CHECK_FALSE(CaseQuery::find(f.db(), id)->closedAt.isEmpty());
    s = service.transition(id, CaseStatus::Reopened, {}, 2);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field == QStringLiteral("reason"));
    AB_REQUIRE_OK(service.transition(id, CaseStatus::Reopened, QStringLiteral("new evidence"), 2));
    auto reopened = CaseQuery::find(f.db(), id);
    CHECK(reopened->status == CaseStatus::Reopened);
    CHECK(reopened->closedAt.isEmpty());
    auto events = CaseQuery::timeline(f.db(), id);
    AB_REQUIRE_OK(events);
    CHECK(events->last().detail.value(QStringLiteral("reason")).toString() ==
          QStringLiteral("new evidence"));
}

TEST_CASE("closing needs a supervisor and remediated items or an exception")
{
    CaseFixture f;
    const QDate due(2026, 6, 1);
    f.addComplaint(QStringLiteral("C1"), QStringLiteral("bad output"),
                   QStringLiteral("2026-03-02T08:00:00Z"));
    f.addDeadline(gen(QStringLiteral("G00001")), due, QStringLiteral("2026-04-01T00:00:00Z"));
    f.addDeadline(gen(QStringLiteral("G00002")), due, {}, QStringLiteral("verified"));
    f.addDeadline(gen(QStringLiteral("G00003")), due); // open
    const qint64 id = openCase(f, {gen(QStringLiteral("G00001")), gen(QStringLiteral("G00002")),
                                   gen(QStringLiteral("G00003")), complaint(QStringLiteral("C1"))});
    forceStatus(f, id, QStringLiteral("verifying"));
    CaseService service(f.workspace());

    SECTION("an analyst cannot close")
    {
        const Status s = service.transition(id, CaseStatus::Closed, {}, 1, QStringLiteral("x"));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().field == QStringLiteral("user"));
        CHECK(s.error().message.contains(QStringLiteral("supervisor")));
    }
    SECTION("a supervisor cannot close over open items without an exception")
    {
        f.actAs(CaseFixture::kSupervisor);
        const Status s = service.transition(id, CaseStatus::Closed, {}, 1);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().field == QStringLiteral("exception"));
        // The open generation and the complaint (no deadline, not resolved).
        CHECK(s.error().message.contains(QStringLiteral("generation:G00003")));
        CHECK(s.error().message.contains(QStringLiteral("complaint:C1")));
        CHECK_FALSE(s.error().message.contains(QStringLiteral("G00001")));
        CHECK(CaseQuery::find(f.db(), id)->status == CaseStatus::Verifying);
    }
    SECTION("a supervisor closes with a recorded exception")
    {
        f.actAs(CaseFixture::kSupervisor);
        AB_REQUIRE_OK(service.transition(id, CaseStatus::Closed, {}, 1,
                                         QStringLiteral("provider withdrew the model")));
        auto closed = CaseQuery::find(f.db(), id);
        CHECK(closed->status == CaseStatus::Closed);
        CHECK_FALSE(closed->closedAt.isEmpty());
        const QString after = f.scalar(QStringLiteral(
            "SELECT after_json FROM audit_log WHERE action = 'case.status' ORDER BY seq DESC"));
        CHECK(after.contains(QStringLiteral("provider withdrew the model")));
        CHECK(after.contains(QStringLiteral("generation:G00003")));
    }
    SECTION("a supervisor closes without an exception once every item is done")
    {
        QSqlQuery q(f.db().sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE deadlines SET remediated_at = "
                                      "'2026-05-01T00:00:00Z' WHERE item_id = 'G00003'")));
        REQUIRE(
            q.exec(QStringLiteral("UPDATE complaints SET status = 'resolved' WHERE id = 'C1'")));
        f.actAs(CaseFixture::kSupervisor);
        AB_REQUIRE_OK(service.transition(id, CaseStatus::Closed, {}, 1));
    }
    SECTION("a failed re-test reopens a remediated item")
    {
        QSqlQuery q(f.db().sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE deadlines SET remediated_at = "
                                      "'2026-05-01T00:00:00Z' WHERE item_id = 'G00003'")));
        REQUIRE(
            q.exec(QStringLiteral("UPDATE complaints SET status = 'resolved' WHERE id = 'C1'")));
        REQUIRE(q.exec(QStringLiteral(
            "UPDATE deadlines SET verification = 'failed' WHERE item_id = 'G00001'")));
        f.actAs(CaseFixture::kSupervisor);
        const Status s = service.transition(id, CaseStatus::Closed, {}, 1);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QStringLiteral("G00001")));
    }
}
