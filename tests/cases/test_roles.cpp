// Roles are enforced by the core services: an auditor changes nothing
// through any of them, only supervisors manage users, and the acting user
// must be an active user of the workspace.
#include "casefixture.h"
#include "cases/casequery.h"
#include "cases/caseservice.h"
#include "identity/userservice.h"
#include "triage/triageservice.h"

#include <functional>

using namespace ab;
using namespace ab::test;

namespace {

struct Call
{
    const char *name;
    std::function<Status(Workspace &)> run;
};

template <typename T> Status status(const Result<T> &r)
{
    return r.ok() ? Status() : Status(r.error());
}

} // namespace

TEST_CASE("an auditor is refused by every mutating service")
{
    CaseFixture f;
    f.addComplaint(QStringLiteral("C1"), QStringLiteral("a"),
                   QStringLiteral("2026-03-02T08:00:00Z"), {}, QStringLiteral("other"),
                   QStringLiteral("high"));
    f.addComplaint(QStringLiteral("C2"), QStringLiteral("b"),
                   QStringLiteral("2026-03-02T09:00:00Z"));
    OpenCaseRequest open;
    open.fields.title = QStringLiteral("existing");
    open.items = {gen(QStringLiteral("G00001"))};
    auto caseId = CaseService(f.workspace()).open(open);
    AB_REQUIRE_OK(caseId);
    const qint64 id = *caseId;
    // Something for the auditor's undo to refuse.
    TriageService analystTriage(f.workspace());
    AB_REQUIRE_OK(analystTriage.setSeverity({QStringLiteral("C2")}, QStringLiteral("low")));

    const QStringList c1{QStringLiteral("C1")};
    const std::vector<Call> calls{
        {"CaseService::open",
         [&](Workspace &w) {
             return status(CaseService(w).open(open));
         }},
        {"CaseService::addItems",
         [&](Workspace &w) {
             return status(CaseService(w).addItems(id, {gen("G00002")}));
         }},
        {"CaseService::removeItem",
         [&](Workspace &w) {
             return CaseService(w).removeItem(id, gen("G00001"), "x");
         }},
        {"CaseService::update",
         [&](Workspace &w) {
             CaseFields fields = CaseQuery::find(w.db(), id)->fields;
             fields.findings = QStringLiteral("auditor was here");
             return CaseService(w).update(id, fields, 1);
         }},
        {"CaseService::transition",
         [&](Workspace &w) {
             return CaseService(w).transition(id, CaseStatus::Triage, {}, 1);
         }},
        {"CaseService::addNote",
         [&](Workspace &w) {
             return status(CaseService(w).addNote(id, "note"));
         }},
        {"CaseService::addEvidence",
         [&](Workspace &w) {
             return status(CaseService(w).addEvidence(id, "e.txt", QByteArray("e")));
         }},
        {"TriageService::setKind",
         [&](Workspace &w) {
             return status(TriageService(w).setKind(c1, "inaccurate"));
         }},
        {"TriageService::setSeverity",
         [&](Workspace &w) {
             return status(TriageService(w).setSeverity(c1, "low"));
         }},
        {"TriageService::linkGeneration",
         [&](Workspace &w) {
             return status(TriageService(w).linkGeneration(c1, "G00001"));
         }},
        {"TriageService::markTriaged",
         [&](Workspace &w) {
             return status(TriageService(w).markTriaged(c1));
         }},
        {"TriageService::markDuplicate",
         [&](Workspace &w) {
             return status(TriageService(w).markDuplicate(c1, "C2"));
         }},
        {"TriageService::dismiss",
         [&](Workspace &w) {
             return status(TriageService(w).dismiss(c1, "spam"));
         }},
        {"TriageService::escalateToNewCase",
         [&](Workspace &w) {
             return status(TriageService(w).escalateToNewCase(c1, "t"));
         }},
        {"TriageService::addToCase",
         [&](Workspace &w) {
             return status(TriageService(w).addToCase(c1, id));
         }},
        {"TriageService::undo",
         [&](Workspace &) {
             return status(analystTriage.undo());
         }},
        {"UserService::add",
         [&](Workspace &w) {
             return UserService(w).add("eve", "Eve", Role::Supervisor);
         }},
        {"UserService::setRole",
         [&](Workspace &w) {
             return UserService(w).setRole("audrey", Role::Supervisor);
         }},
        {"UserService::setActive",
         [&](Workspace &w) {
             return UserService(w).setActive("tester", false);
         }},
    };
    f.actAs(CaseFixture::kAuditor);
    const qint64 audit = f.auditCount();
    const QString cases = f.scalar(QStringLiteral("SELECT count(*) FROM review_cases"));
    for (const Call &call : calls) {
        INFO(call.name);
        const Status s = call.run(f.workspace());
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().field == QStringLiteral("user"));
        CHECK(s.error().message.contains(CaseFixture::kAuditor));
        CHECK(f.auditCount() == audit);
    }
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM review_cases")) == cases);
    CHECK(f.scalar(QStringLiteral("SELECT status || coalesce(severity, '') FROM complaints "
                                  "WHERE id = 'C1'")) == QStringLiteral("newhigh"));
    // The auditor's refused undo left the analyst's action undoable.
    f.actAs(CaseFixture::kAnalyst);
    AB_REQUIRE_OK(analystTriage.undo());
}

TEST_CASE("only supervisors manage users, and one active supervisor always remains")
{
    CaseFixture f;
    UserService users(f.workspace());
    const Status byAnalyst = users.add(QStringLiteral("eve"), {}, Role::Analyst);
    REQUIRE_FALSE(byAnalyst.ok());
    CHECK(byAnalyst.error().message.contains(QStringLiteral("supervisor")));

    f.actAs(CaseFixture::kSupervisor);
    AB_REQUIRE_OK(users.add(QStringLiteral("eve"), QStringLiteral("Eve 伊芙"), Role::Analyst));
    CHECK_FALSE(users.add(QStringLiteral("eve"), {}, Role::Analyst).ok());
    CHECK(users.add(QStringLiteral("bad name"), {}, Role::Analyst).error().field ==
          QStringLiteral("name"));
    const Status last = users.setRole(CaseFixture::kSupervisor, Role::Analyst);
    REQUIRE_FALSE(last.ok());
    CHECK(last.error().field == QStringLiteral("role"));
    AB_REQUIRE_OK(users.setRole(QStringLiteral("eve"), Role::Supervisor));
    AB_REQUIRE_OK(users.setActive(QStringLiteral("eve"), false));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_kind = 'user' AND "
                                  "entity_id = 'eve'")) == QStringLiteral("3"));
    auto all = Roles::all(f.db());
    AB_REQUIRE_OK(all);
    CHECK(all->size() == 4);
}

TEST_CASE("switching user takes only active users, and an inactive one cannot act")
{
    CaseFixture f;
    UserService users(f.workspace());
    const Status unknown = users.switchTo(QStringLiteral("nobody"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(f.workspace().actor() == CaseFixture::kAnalyst);
    AB_REQUIRE_OK(users.switchTo(CaseFixture::kAuditor));
    CHECK(f.workspace().actor() == CaseFixture::kAuditor);

    f.actAs(CaseFixture::kSupervisor);
    AB_REQUIRE_OK(users.setActive(CaseFixture::kAnalyst, false));
    CHECK_FALSE(users.switchTo(CaseFixture::kAnalyst).ok());
    f.actAs(CaseFixture::kAnalyst); // as if the workspace had been opened as that user
    OpenCaseRequest open;
    open.fields.title = QStringLiteral("x");
    auto refused = CaseService(f.workspace()).open(open);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("active")));
    f.actAs(QStringLiteral("stranger"));
    CHECK_FALSE(CaseService(f.workspace()).open(open).ok());
}
