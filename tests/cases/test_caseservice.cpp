// Opening and working cases: numbering, derived provider, categories and
// deadline, items, optimistic versioning, notes, timeline, audit.
#include "audit/audittrail.h"
#include "casefixture.h"
#include "cases/casequery.h"
#include "cases/caseservice.h"
#include "util/timeutil.h"

#include <QSqlQuery>

using namespace ab;
using namespace ab::test;

namespace {

OpenCaseRequest request(const QString &title, const QVector<ItemRef> &items = {})
{
    OpenCaseRequest r;
    r.fields.title = title;
    r.items = items;
    return r;
}

QDateTime at(const QString &utc)
{
    return *time::fromStored(utc);
}

} // namespace

TEST_CASE("cases are numbered per year of the workspace zone, never reusing a number")
{
    CaseFixture f;
    CaseService service(f.workspace());
    // 2026-12-31T17:00Z is already 2027-01-01 in Shanghai.
    service.setClock([] { return at(QStringLiteral("2026-12-31T15:00:00Z")); });
    auto a = service.open(request(QStringLiteral("A")));
    auto b = service.open(request(QStringLiteral("B")));
    AB_REQUIRE_OK(a);
    AB_REQUIRE_OK(b);
    CHECK(CaseQuery::find(f.db(), *a)->number == QStringLiteral("CASE-2026-0001"));
    CHECK(CaseQuery::find(f.db(), *b)->number == QStringLiteral("CASE-2026-0002"));
    service.setClock([] { return at(QStringLiteral("2026-12-31T17:00:00Z")); });
    auto c = service.open(request(QStringLiteral("C")));
    AB_REQUIRE_OK(c);
    CHECK(CaseQuery::find(f.db(), *c)->number == QStringLiteral("CASE-2027-0001"));

    // A deleted (untouched) case leaves a gap rather than handing out its
    // number again.
    AB_REQUIRE_OK(f.db().transaction([&] { return service.deleteUntouchedInTransaction(*c, {}); }));
    auto d = service.open(request(QStringLiteral("D")));
    AB_REQUIRE_OK(d);
    CHECK(CaseQuery::find(f.db(), *d)->number == QStringLiteral("CASE-2027-0002"));

    // Numbers written by someone else (an import) are respected.
    QSqlQuery q(f.db().sql());
    REQUIRE(q.exec(
        QStringLiteral("INSERT INTO review_cases (number, title, opened_at, opened_by) VALUES "
                       "('CASE-2027-0041', 'imported', '2027-01-02T00:00:00Z', 'tester')")));
    auto e = service.open(request(QStringLiteral("E")));
    AB_REQUIRE_OK(e);
    CHECK(CaseQuery::find(f.db(), *e)->number == QStringLiteral("CASE-2027-0042"));
    CHECK(CaseService::formatNumber(2026, 42) == QStringLiteral("CASE-2026-0042"));
}

TEST_CASE("a case takes provider, categories and deadline from its items")
{
    CaseFixture f;
    f.addComplaint(QStringLiteral("C1"), QStringLiteral("泄露了我的手机号"),
                   QStringLiteral("2026-03-02T08:00:00Z"), {QStringLiteral("H00001")});
    f.addDeadline(gen(QStringLiteral("G00001")), QDate(2026, 6, 1),
                  QStringLiteral("2026-04-01T00:00:00Z")); // remediated: not the case deadline
    f.addDeadline(gen(QStringLiteral("G00002")), QDate(2026, 6, 9));
    f.addDeadline(complaint(QStringLiteral("C1")), QDate(2026, 6, 5));
    CaseService service(f.workspace());

    auto single = service.open(request(
        QStringLiteral("P1 only"), {gen(QStringLiteral("G00001")), gen(QStringLiteral("G00002"))}));
    AB_REQUIRE_OK(single);
    auto rec = CaseQuery::find(f.db(), *single);
    CHECK(rec->fields.providerId == QStringLiteral("P1"));
    CHECK(rec->providerName == QStringLiteral("示例科技"));
    CHECK(*CaseQuery::categories(f.db(), *single) == QStringList{QStringLiteral("A.1.g")});
    auto deadline = CaseQuery::deadline(f.db(), *single, QDate(2026, 6, 1));
    AB_REQUIRE_OK(deadline);
    CHECK(deadline->due == QDate(2026, 6, 9));
    CHECK(deadline->daysLeft == 8);
    CHECK(deadline->openItems == 1);

    auto mixed =
        service.open(request(QStringLiteral("Both providers"),
                             {gen(QStringLiteral("G00002")), complaint(QStringLiteral("C1"))}));
    AB_REQUIRE_OK(mixed);
    CHECK(CaseQuery::find(f.db(), *mixed)->fields.providerId.isEmpty());
    CHECK(*CaseQuery::categories(f.db(), *mixed) ==
          QStringList{QStringLiteral("A.1.g"), QStringLiteral("A.4.f")});
    deadline = CaseQuery::deadline(f.db(), *mixed, QDate(2026, 6, 7));
    CHECK(deadline->due == QDate(2026, 6, 5));
    CHECK(deadline->daysLeft == -2);
    CHECK(deadline->openItems == 2);

    auto none = service.open(request(QStringLiteral("No items")));
    AB_REQUIRE_OK(none);
    CHECK_FALSE(CaseQuery::deadline(f.db(), *none, QDate(2026, 6, 1))->due.isValid());
}

TEST_CASE("adding items skips those already there and escalates waiting complaints")
{
    CaseFixture f;
    f.addComplaint(QStringLiteral("C1"), QStringLiteral("x"),
                   QStringLiteral("2026-03-02T08:00:00Z"));
    f.addComplaint(QStringLiteral("C2"), QStringLiteral("y"),
                   QStringLiteral("2026-03-02T09:00:00Z"));
    QSqlQuery q(f.db().sql());
    REQUIRE(q.exec(QStringLiteral("UPDATE complaints SET status = 'dismissed' WHERE id = 'C2'")));
    CaseService service(f.workspace());
    auto id = service.open(request(QStringLiteral("Items"), {gen(QStringLiteral("G00001"))}));
    AB_REQUIRE_OK(id);
    auto added =
        service.addItems(*id, {gen(QStringLiteral("G00001")), gen(QStringLiteral("G00002")),
                               complaint(QStringLiteral("C1")), complaint(QStringLiteral("C2"))});
    AB_REQUIRE_OK(added);
    CHECK(*added == 3);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM case_items WHERE case_id = %1").arg(*id)) ==
          QStringLiteral("4"));
    CHECK(f.scalar(QStringLiteral("SELECT status FROM complaints WHERE id = 'C1'")) ==
          QStringLiteral("escalated"));
    CHECK(f.scalar(QStringLiteral("SELECT status FROM complaints WHERE id = 'C2'")) ==
          QStringLiteral("dismissed"));

    const qint64 before = f.auditCount();
    auto missing =
        service.addItems(*id, {gen(QStringLiteral("G00003")), gen(QStringLiteral("NOPE"))});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().field == QStringLiteral("item"));
    CHECK(missing.error().message.contains(QStringLiteral("NOPE")));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM case_items WHERE case_id = %1").arg(*id)) ==
          QStringLiteral("4")); // G00003 not added either: all or nothing
    CHECK(f.auditCount() == before);

    AB_REQUIRE_OK(
        service.removeItem(*id, gen(QStringLiteral("G00002")), QStringLiteral("wrong one")));
    auto items = CaseQuery::items(f.db(), *id, QDate(2026, 6, 1), 14, time::defaultZone());
    AB_REQUIRE_OK(items);
    CHECK(items->size() == 3);
}

TEST_CASE("a stale save is refused with a clear conflict")
{
    CaseFixture f;
    CaseService service(f.workspace());
    auto id = service.open(request(QStringLiteral("Versioned")));
    AB_REQUIRE_OK(id);
    auto mine = CaseQuery::find(f.db(), *id);
    REQUIRE(mine->rowVersion == 1);

    // Someone else, on their own connection, saves first.
    {
        auto other = Workspace::open(f.path, CaseFixture::kSupervisor);
        AB_REQUIRE_OK(other);
        CaseFields theirs = mine->fields;
        theirs.findings = QStringLiteral("their findings");
        AB_REQUIRE_OK(CaseService(**other).update(*id, theirs, 1));
    }
    CaseFields fields = mine->fields;
    fields.description = QStringLiteral("my description");
    const Status s = service.update(*id, fields, mine->rowVersion);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().field == QStringLiteral("row_version"));
    CHECK(s.error().message.contains(mine->number));
    CHECK(s.error().message.contains(CaseFixture::kSupervisor));
    auto now = CaseQuery::find(f.db(), *id);
    CHECK(now->fields.findings == QStringLiteral("their findings"));
    CHECK(now->fields.description.isEmpty());

    // After reloading, the change goes through and bumps the version.
    fields = now->fields;
    fields.description = QStringLiteral("my description");
    fields.assignee = CaseFixture::kAnalyst;
    fields.priority = QStringLiteral("high");
    AB_REQUIRE_OK(service.update(*id, fields, now->rowVersion));
    now = CaseQuery::find(f.db(), *id);
    CHECK(now->rowVersion == 3);
    CHECK(now->fields.assignee == CaseFixture::kAnalyst);
    auto timeline = CaseQuery::timeline(f.db(), *id);
    const QJsonObject changed = timeline->last().detail;
    CHECK(changed.keys() == QStringList{QStringLiteral("assignee"), QStringLiteral("description"),
                                        QStringLiteral("priority")});
    // A status change with the old version is refused the same way.
    const Status t = service.transition(*id, CaseStatus::Triage, {}, 2);
    REQUIRE_FALSE(t.ok());
    CHECK(t.error().field == QStringLiteral("row_version"));
}

TEST_CASE("case fields are validated")
{
    CaseFixture f;
    CaseService service(f.workspace());
    auto check = [&](OpenCaseRequest r, const QString &field) {
        const qint64 before = f.auditCount();
        auto id = service.open(r);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().field == field);
        CHECK(f.auditCount() == before);
        CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM review_cases")) == QStringLiteral("0"));
    };
    check(request(QStringLiteral("   ")), QStringLiteral("title"));
    check(request(QString(201, QLatin1Char('x'))), QStringLiteral("title"));
    OpenCaseRequest r = request(QStringLiteral("ok"));
    r.fields.priority = QStringLiteral("urgent");
    check(r, QStringLiteral("priority"));
    r = request(QStringLiteral("ok"));
    r.fields.assignee = CaseFixture::kAuditor;
    check(r, QStringLiteral("assignee"));
    r.fields.assignee = QStringLiteral("nobody");
    check(r, QStringLiteral("assignee"));
    r = request(QStringLiteral("ok"));
    r.fields.providerId = QStringLiteral("P9");
    check(r, QStringLiteral("provider"));
}

TEST_CASE("notes, evidence and status changes make one timeline, all audited")
{
    CaseFixture f;
    f.addComplaint(QStringLiteral("C1"), QStringLiteral("x"),
                   QStringLiteral("2026-03-02T08:00:00Z"), {QStringLiteral("G00001")});
    CaseService service(f.workspace());
    auto id = service.open(request(QStringLiteral("Timeline"), {complaint(QStringLiteral("C1"))}));
    AB_REQUIRE_OK(id);
    auto note = service.addNote(*id, QStringLiteral("  第一条备注  "));
    AB_REQUIRE_OK(note);
    REQUIRE_FALSE(service.addNote(*id, QStringLiteral(" ")).ok());
    AB_REQUIRE_OK(service.addEvidence(*id, QStringLiteral("log.txt"), QByteArray("evidence")));
    AB_REQUIRE_OK(service.transition(*id, CaseStatus::Triage, {}, 1));

    auto notes = CaseQuery::notes(f.db(), *id);
    REQUIRE(notes->size() == 1);
    CHECK(notes->first().body == QStringLiteral("第一条备注"));
    CHECK(notes->first().author == CaseFixture::kAnalyst);
    CHECK(time::fromStored(notes->first().at).has_value());

    auto timeline = CaseQuery::timeline(f.db(), *id);
    AB_REQUIRE_OK(timeline);
    QStringList kinds;
    for (const CaseEvent &e : *timeline)
        kinds << (e.kind == QLatin1String("item_history")
                      ? e.detail.value(QStringLiteral("action")).toString()
                      : e.kind);
    // The complaint's own history (escalated when it joined the case) is
    // part of the case's timeline.
    CHECK(kinds == QStringList{QStringLiteral("opened"), QStringLiteral("items_added"),
                               QStringLiteral("complaint.escalated"), QStringLiteral("note"),
                               QStringLiteral("evidence"), QStringLiteral("status")});
    auto chain = AuditTrail::verify(f.db());
    AB_REQUIRE_OK(chain);
    CHECK(chain->intact);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_kind = 'case'")) ==
          QStringLiteral("5")); // opened, items_added, note, evidence, status
}

TEST_CASE("the cases list filters by status, assignee, provider and overdue")
{
    CaseFixture f;
    CaseService service(f.workspace());
    f.addDeadline(gen(QStringLiteral("G00001")), QDate(2026, 5, 1));
    f.addDeadline(gen(QStringLiteral("G00002")), QDate(2026, 7, 1));
    f.addDeadline(gen(QStringLiteral("H00001")), QDate(2026, 4, 1),
                  QStringLiteral("2026-03-20T00:00:00Z"));
    int minute = 0;
    service.setClock(
        [&] { return at(QStringLiteral("2026-03-10T08:00:00Z")).addSecs(60 * minute++); });
    auto overdue =
        service.open(request(QStringLiteral("overdue"), {gen(QStringLiteral("G00001"))}));
    auto later = service.open(request(QStringLiteral("later"), {gen(QStringLiteral("G00002"))}));
    auto done =
        service.open(request(QStringLiteral("remediated"), {gen(QStringLiteral("H00001"))}));
    OpenCaseRequest assigned = request(QStringLiteral("assigned"));
    assigned.fields.assignee = CaseFixture::kSupervisor;
    auto mine = service.open(assigned);
    AB_REQUIRE_OK(mine);
    AB_REQUIRE_OK(service.transition(*later, CaseStatus::Triage, {}, 1));

    auto ids = [&](const CaseFilter &filter, int limit = 50) {
        auto page = CaseQuery::page(f.db(), filter, {}, limit, QDate(2026, 6, 1));
        AB_REQUIRE_OK(page);
        QStringList titles;
        for (const CaseListRow &r : *page)
            titles << r.title;
        return titles;
    };
    CHECK(ids({}) == QStringList{"assigned", "remediated", "later", "overdue"});
    CHECK(ids({QStringLiteral("triage"), {}, {}, false}) == QStringList{"later"});
    CHECK(ids({{}, CaseFixture::kSupervisor, {}, false}) == QStringList{"assigned"});
    CHECK(ids({{}, QStringLiteral("-"), {}, false}) ==
          QStringList{"remediated", "later", "overdue"});
    CHECK(ids({{}, {}, QStringLiteral("P2"), false}) == QStringList{"remediated"});
    CHECK(ids({{}, {}, {}, true}) == QStringList{"overdue"});

    // Keyset paging walks the same order without repeats.
    auto first = CaseQuery::page(f.db(), {}, {}, 2, QDate(2026, 6, 1));
    REQUIRE(first->size() == 2);
    auto second = CaseQuery::page(f.db(), {}, {first->last().openedAt, first->last().id}, 2,
                                  QDate(2026, 6, 1));
    REQUIRE(second->size() == 2);
    CHECK(second->first().title == QStringLiteral("later"));
    CHECK(first->at(1).earliestDue.isEmpty()); // "remediated": nothing open
    CHECK(second->at(1).earliestDue == QStringLiteral("2026-05-01"));

    auto found = CaseQuery::search(f.db(), QStringLiteral("LATE"), 10);
    REQUIRE(found->size() == 1);
    CHECK(found->first().id == *later);
    CHECK(CaseQuery::search(f.db(), QStringLiteral("case-2026-000"), 10)->size() == 4);
}
