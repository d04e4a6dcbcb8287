// Triage: the queue order, every action, bulk actions, and undo.
#include "casefixture.h"
#include "cases/casequery.h"
#include "triage/triagequeue.h"
#include "triage/triageservice.h"

#include <QSqlQuery>

using namespace ab;
using namespace ab::test;

namespace {

QStringList queueIds(Database &db, int limit = 100)
{
    auto rows = TriageQueue::fetch(db, {}, limit);
    AB_REQUIRE_OK(rows);
    QStringList ids;
    for (const TriageRow &r : *rows)
        ids << r.id;
    return ids;
}

QString field(CaseFixture &f, const QString &id, const QString &column)
{
    return f.scalar(
        QStringLiteral("SELECT coalesce(%1, '') FROM complaints WHERE id = '%2'").arg(column, id));
}

// Four waiting complaints and one already triaged.
void addQueue(CaseFixture &f)
{
    // C1: no recorded deadline, received 2026-03-01 -> sorts as due 2026-03-22.
    f.addComplaint(QStringLiteral("C1"), QStringLiteral("模型说我的邻居是罪犯，请删除"),
                   QStringLiteral("2026-03-01T08:00:00Z"));
    f.addComplaint(QStringLiteral("C2"), QStringLiteral("The answer about vaccines was false"),
                   QStringLiteral("2026-03-05T08:00:00Z"), {}, QStringLiteral("inaccurate"),
                   QStringLiteral("low"), QStringLiteral("2026-03-20"));
    f.addComplaint(QStringLiteral("C3"), QStringLiteral("Same deadline, but critical"),
                   QStringLiteral("2026-03-06T08:00:00Z"), {}, QStringLiteral("other"),
                   QStringLiteral("critical"), QStringLiteral("2026-03-20"));
    f.addComplaint(QStringLiteral("C4"), QStringLiteral("请删除我的个人信息"),
                   QStringLiteral("2026-03-02T08:00:00Z"), {}, QStringLiteral("personal_info"), {},
                   QStringLiteral("2026-03-10"));
    f.addComplaint(QStringLiteral("C5"), QStringLiteral("already looked at"),
                   QStringLiteral("2026-02-01T08:00:00Z"), {}, QStringLiteral("other"),
                   QStringLiteral("high"));
    QSqlQuery q(f.db().sql());
    REQUIRE(q.exec(QStringLiteral("UPDATE complaints SET status = 'triaged' WHERE id = 'C5'")));
}

} // namespace

TEST_CASE("the queue holds untriaged complaints, most urgent first")
{
    CaseFixture f;
    addQueue(f);
    // Deadline first (C4 on the 10th; C3 and C2 on the 20th, the critical one
    // first; C1's stand-in deadline is the 22nd); C5 is not waiting.
    CHECK(queueIds(f.db()) == QStringList{"C4", "C3", "C2", "C1"});
    CHECK(*TriageQueue::count(f.db()) == 4);

    // Keyset pages continue where the last one stopped.
    auto first = TriageQueue::fetch(f.db(), {}, 2);
    REQUIRE(first->size() == 2);
    auto rest = TriageQueue::fetch(f.db(), TriageCursor::after(first->last()), 10);
    REQUIRE(rest->size() == 2);
    CHECK(rest->first().id == QStringLiteral("C2"));

    // The queue's query is served by its own index, not by a scan.
    QSqlQuery plan(f.db().sql());
    REQUIRE(
        plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM complaints INDEXED BY "
                                 "complaints_triage WHERE status = 'new' AND %1 >= '2026-03-01' "
                                 "AND (%1, %2, received_at, id) > ('2026-03-01', 0, '', '') "
                                 "ORDER BY %1, %2, received_at, id LIMIT 50")
                      .arg(TriageQueue::dueExpression(), TriageQueue::severityRankExpression())));
    QString planText;
    while (plan.next())
        planText += plan.value(3).toString() + QLatin1Char('\n');
    CHECK(planText.contains(QStringLiteral("SEARCH complaints USING INDEX complaints_triage")));
    CHECK_FALSE(planText.contains(QStringLiteral("TEMP B-TREE")));

    auto detail = TriageQueue::detail(f.db(), QStringLiteral("C4"));
    AB_REQUIRE_OK(detail);
    CHECK(detail->request == QStringLiteral("delete"));
    CHECK(detail->responseDue == QStringLiteral("2026-03-10"));
}

TEST_CASE("attribute actions keep the complaint in the queue; decisions take it out")
{
    CaseFixture f;
    addQueue(f);
    TriageService triage(f.workspace());
    const QStringList c1{QStringLiteral("C1")};

    auto kind = triage.setKind(c1, QStringLiteral("personal_info"), QStringLiteral("correct"));
    AB_REQUIRE_OK(kind);
    CHECK_FALSE(kind->decided);
    CHECK(field(f, "C1", "kind") == QStringLiteral("personal_info"));
    CHECK(field(f, "C1", "request") == QStringLiteral("correct"));
    CHECK(triage.setKind(c1, QStringLiteral("personal_info")).error().field ==
          QStringLiteral("request"));
    AB_REQUIRE_OK(triage.setKind(c1, QStringLiteral("discrimination"), QStringLiteral("block")));
    CHECK(field(f, "C1", "request").isEmpty()); // a request belongs to personal-information kinds
    CHECK(triage.setKind(c1, QStringLiteral("gossip")).error().field == QStringLiteral("kind"));

    const QString beforeSeverity = f.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    const auto refused = triage.markTriaged(c1);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("severity"));
    CHECK(refused.error().message.contains(QStringLiteral("C1")));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log")) == beforeSeverity);
    AB_REQUIRE_OK(triage.setSeverity(c1, QStringLiteral("high")));
    AB_REQUIRE_OK(triage.linkGeneration(c1, QStringLiteral("G00002")));
    AB_REQUIRE_OK(triage.linkGeneration(c1, QStringLiteral("G00001")));
    CHECK(f.scalar(
              QStringLiteral("SELECT group_concat(generation_id) FROM (SELECT generation_id "
                             "FROM complaint_generations WHERE complaint_id = 'C1' ORDER BY 1)")) ==
          QStringLiteral("G00001,G00002"));
    CHECK_FALSE(triage.linkGeneration(c1, QStringLiteral("G77777")).ok());
    CHECK(queueIds(f.db()).contains(QStringLiteral("C1")));

    auto done = triage.markTriaged(c1);
    AB_REQUIRE_OK(done);
    CHECK(done->decided);
    CHECK(field(f, "C1", "status") == QStringLiteral("triaged"));
    CHECK_FALSE(queueIds(f.db()).contains(QStringLiteral("C1")));

    auto dismissNoReason = triage.dismiss({QStringLiteral("C2")}, QStringLiteral(" "));
    CHECK(dismissNoReason.error().field == QStringLiteral("reason"));
    AB_REQUIRE_OK(triage.dismiss({QStringLiteral("C2")}, QStringLiteral("not about our service")));
    CHECK(field(f, "C2", "status") == QStringLiteral("dismissed"));
    CHECK(field(f, "C2", "resolution") == QStringLiteral("not about our service"));
    // A decided complaint is not triaged again.
    auto again = triage.setSeverity({QStringLiteral("C2")}, QStringLiteral("high"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().field == QStringLiteral("status"));

    // Every change is audited with before and after.
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_kind = 'complaint' "
                                  "AND entity_id = 'C1'")) == QStringLiteral("6"));
    CHECK(f.scalar(QStringLiteral("SELECT json_extract(after_json, '$.status') FROM audit_log "
                                  "WHERE action = 'complaint.triaged'")) ==
          QStringLiteral("triaged"));
}

TEST_CASE("duplicates point at the original complaint")
{
    CaseFixture f;
    addQueue(f);
    TriageService triage(f.workspace());
    AB_REQUIRE_OK(triage.markDuplicate({QStringLiteral("C2")}, QStringLiteral("C5")));
    // C3 is marked a duplicate of C2, which is itself a duplicate of C5.
    AB_REQUIRE_OK(triage.markDuplicate({QStringLiteral("C3")}, QStringLiteral("C2")));
    CHECK(field(f, "C3", "duplicate_of") == QStringLiteral("C5"));
    CHECK(field(f, "C3", "status") == QStringLiteral("duplicate"));
    auto self =
        triage.markDuplicate({QStringLiteral("C1"), QStringLiteral("C4")}, QStringLiteral("C4"));
    REQUIRE_FALSE(self.ok());
    CHECK(field(f, "C1", "status") == QStringLiteral("new")); // nothing of the bulk happened
    CHECK_FALSE(triage.markDuplicate({QStringLiteral("C1")}, QStringLiteral("C404")).ok());
}

TEST_CASE("escalation opens a case or adds to one, and undo takes it back")
{
    CaseFixture f;
    addQueue(f);
    TriageService triage(f.workspace());
    auto escalated = triage.escalateToNewCase({QStringLiteral("C3")}, {});
    AB_REQUIRE_OK(escalated);
    CHECK(escalated->decided);
    auto opened = CaseQuery::find(f.db(), escalated->caseId);
    AB_REQUIRE_OK(opened);
    CHECK(opened->fields.title.startsWith(QStringLiteral("Complaint C3: Same deadline")));
    CHECK(opened->fields.priority == QStringLiteral("critical")); // from the complaint's severity
    CHECK(field(f, "C3", "status") == QStringLiteral("escalated"));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM case_items WHERE case_id = %1")
                       .arg(escalated->caseId)) == QStringLiteral("1"));

    auto added = triage.addToCase({QStringLiteral("C2"), QStringLiteral("C4")}, escalated->caseId);
    AB_REQUIRE_OK(added);
    CHECK(added->caseNumber == opened->number);
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM case_items WHERE case_id = %1")
                       .arg(escalated->caseId)) == QStringLiteral("3"));

    // Undo, newest first: the two complaints leave the case, then the case
    // opened by the escalation goes away and C3 waits again.
    REQUIRE(triage.canUndo());
    CHECK(triage.undoText().contains(opened->number));
    AB_REQUIRE_OK(triage.undo());
    CHECK(field(f, "C2", "status") == QStringLiteral("new"));
    CHECK(field(f, "C4", "status") == QStringLiteral("new"));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM case_items WHERE case_id = %1")
                       .arg(escalated->caseId)) == QStringLiteral("1"));
    AB_REQUIRE_OK(triage.undo());
    CHECK(field(f, "C3", "status") == QStringLiteral("new"));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM review_cases")) == QStringLiteral("0"));
    CHECK_FALSE(triage.canUndo());
    CHECK(triage.undo().error().field == QStringLiteral("undo"));
    CHECK(queueIds(f.db()) == QStringList{"C4", "C3", "C2", "C1"});
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                  "'complaint.triage_undone'")) == QStringLiteral("3"));

    SECTION("a closed case takes no complaints")
    {
        auto again = triage.escalateToNewCase({QStringLiteral("C1")}, QStringLiteral("t"));
        AB_REQUIRE_OK(again);
        QSqlQuery q(f.db().sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE review_cases SET status = 'closed'")));
        auto refused = triage.addToCase({QStringLiteral("C2")}, again->caseId);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("case"));
    }
}

TEST_CASE("bulk actions change all selected complaints or none, and undo as one")
{
    CaseFixture f;
    addQueue(f);
    TriageService triage(f.workspace());
    const QStringList all{QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3"),
                          QStringLiteral("C4")};
    AB_REQUIRE_OK(triage.setSeverity(all, QStringLiteral("medium")));
    for (const QString &id : all)
        CHECK(field(f, id, "severity") == QStringLiteral("medium"));

    // One complaint in the selection is already decided: none is changed.
    QSqlQuery q(f.db().sql());
    REQUIRE(q.exec(QStringLiteral("UPDATE complaints SET status = 'resolved' WHERE id = 'C5'")));
    QStringList withDecided = all;
    withDecided << QStringLiteral("C5");
    const qint64 audit = f.auditCount();
    auto refused = triage.dismiss(withDecided, QStringLiteral("spam"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("C5")));
    CHECK(f.auditCount() == audit);
    CHECK(queueIds(f.db()).size() == 4);

    auto dismissed = triage.dismiss(all, QStringLiteral("spam wave"));
    AB_REQUIRE_OK(dismissed);
    CHECK(dismissed->complaints == all);
    CHECK(queueIds(f.db()).isEmpty());
    CHECK(f.auditCount() == audit + 4);
    AB_REQUIRE_OK(triage.undo());
    CHECK(queueIds(f.db()).size() == 4);
    AB_REQUIRE_OK(triage.undo()); // the bulk severity
    CHECK(field(f, "C1", "severity").isEmpty());
    CHECK(field(f, "C2", "severity") == QStringLiteral("low"));
    CHECK(field(f, "C3", "severity") == QStringLiteral("critical"));
}

TEST_CASE("undo refuses when someone changed the complaint in between")
{
    CaseFixture f;
    addQueue(f);
    TriageService mine(f.workspace());
    AB_REQUIRE_OK(mine.setSeverity({QStringLiteral("C1")}, QStringLiteral("low")));
    {
        auto other = Workspace::open(f.path, CaseFixture::kSupervisor);
        AB_REQUIRE_OK(other);
        TriageService theirs(**other);
        AB_REQUIRE_OK(theirs.setSeverity({QStringLiteral("C1")}, QStringLiteral("critical")));
    }
    auto undone = mine.undo();
    REQUIRE_FALSE(undone.ok());
    CHECK(undone.error().message.contains(QStringLiteral("C1")));
    CHECK(field(f, "C1", "severity") == QStringLiteral("critical"));
}

namespace {

ComplaintSnapshot seenNow(CaseFixture &f, const QString &id)
{
    auto s = TriageService::snapshot(f.workspace(), id);
    AB_REQUIRE_OK(s);
    return *s;
}

} // namespace

TEST_CASE("an action on a complaint someone changed since it was seen is refused")
{
    CaseFixture f;
    addQueue(f);
    TriageService mine(f.workspace());
    mine.setSeen(seenNow(f, QStringLiteral("C1")));

    // Someone else, on their own connection, decides first.
    auto other = Workspace::open(f.path, CaseFixture::kSupervisor);
    AB_REQUIRE_OK(other);
    TriageService theirs(**other);
    AB_REQUIRE_OK(theirs.setSeverity({QStringLiteral("C1")}, QStringLiteral("high")));

    const qint64 audit = f.auditCount();
    auto refused = mine.setSeverity({QStringLiteral("C1")}, QStringLiteral("low"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("row_version"));
    CHECK(refused.error().message.contains(QStringLiteral("C1")));
    CHECK(refused.error().message.contains(CaseFixture::kSupervisor));
    CHECK(field(f, "C1", "severity") == QStringLiteral("high"));
    // A decision is refused the same way.
    auto dismissed = mine.dismiss({QStringLiteral("C1")}, QStringLiteral("spam"));
    REQUIRE_FALSE(dismissed.ok());
    CHECK(dismissed.error().field == QStringLiteral("row_version"));
    CHECK(field(f, "C1", "status") == QStringLiteral("new"));
    CHECK(f.auditCount() == audit);
    CHECK_FALSE(mine.canUndo());

    // Someone else's decision takes it out of the queue: still a conflict,
    // not "it is already dismissed".
    AB_REQUIRE_OK(theirs.markTriaged({QStringLiteral("C1")}));
    CHECK(mine.markTriaged({QStringLiteral("C1")}).error().field == QStringLiteral("row_version"));

    // Having looked again, the user's action goes through.
    AB_REQUIRE_OK(theirs.undo());
    mine.setSeen(seenNow(f, QStringLiteral("C1")));
    AB_REQUIRE_OK(mine.setSeverity({QStringLiteral("C1")}, QStringLiteral("low")));
    CHECK(field(f, "C1", "severity") == QStringLiteral("low"));
}

TEST_CASE("a bulk action over complaints one of which changed since it was seen changes none")
{
    CaseFixture f;
    addQueue(f);
    TriageService mine(f.workspace());
    const QStringList all{QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3"),
                          QStringLiteral("C4")};
    QVector<ComplaintSnapshot> seen;
    for (const QString &id : all)
        seen << seenNow(f, id);
    mine.setSeen(seen);
    {
        auto other = Workspace::open(f.path, CaseFixture::kSupervisor);
        AB_REQUIRE_OK(other);
        AB_REQUIRE_OK(TriageService(**other).linkGeneration({QStringLiteral("C3")},
                                                            QStringLiteral("G00003")));
    }
    const qint64 audit = f.auditCount();
    auto refused = mine.setSeverity(all, QStringLiteral("medium"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("row_version"));
    CHECK(refused.error().message.contains(QStringLiteral("C3")));
    CHECK(refused.error().message.contains(CaseFixture::kSupervisor));
    CHECK(field(f, "C1", "severity").isEmpty()); // before C3 in the selection: not written
    CHECK(field(f, "C2", "severity") == QStringLiteral("low"));
    CHECK(f.auditCount() == audit);
    auto escalated = mine.escalateToNewCase(all, {});
    CHECK(escalated.error().field == QStringLiteral("row_version"));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM review_cases")) == QStringLiteral("0"));

    mine.setSeen(seenNow(f, QStringLiteral("C3")));
    AB_REQUIRE_OK(mine.setSeverity(all, QStringLiteral("medium")));
    CHECK(f.auditCount() == audit + 4);
}

TEST_CASE("what a user saw follows their own actions and undo")
{
    CaseFixture f;
    addQueue(f);
    TriageService mine(f.workspace());
    mine.setSeen(seenNow(f, QStringLiteral("C1")));
    AB_REQUIRE_OK(mine.setSeverity({QStringLiteral("C1")}, QStringLiteral("high")));
    AB_REQUIRE_OK(mine.linkGeneration({QStringLiteral("C1")}, QStringLiteral("G00001")));
    REQUIRE(mine.seen(QStringLiteral("C1")).has_value());
    CHECK(*mine.seen(QStringLiteral("C1")) == seenNow(f, QStringLiteral("C1")));
    AB_REQUIRE_OK(mine.undo());
    AB_REQUIRE_OK(mine.markTriaged({QStringLiteral("C1")}));
    CHECK(field(f, "C1", "status") == QStringLiteral("triaged"));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM complaint_generations WHERE "
                                  "complaint_id = 'C1'")) == QStringLiteral("0"));
    // An escalation: the case step changes nothing that was seen.
    mine.setSeen(seenNow(f, QStringLiteral("C2")));
    AB_REQUIRE_OK(mine.escalateToNewCase({QStringLiteral("C2")}, {}));
    AB_REQUIRE_OK(mine.undo());
    AB_REQUIRE_OK(mine.dismiss({QStringLiteral("C2")}, QStringLiteral("not ours")));

    // Nothing is recorded for complaints the caller never said it saw.
    CHECK_FALSE(mine.seen(QStringLiteral("C3")).has_value());
    mine.forgetSeen();
    CHECK_FALSE(mine.seen(QStringLiteral("C1")).has_value());
}

TEST_CASE("with nothing recorded as seen, actions change the complaint as it is stored")
{
    CaseFixture f;
    addQueue(f);
    TriageService mine(f.workspace());
    AB_REQUIRE_OK(mine.setSeverity({QStringLiteral("C1")}, QStringLiteral("low")));
    {
        auto other = Workspace::open(f.path, CaseFixture::kSupervisor);
        AB_REQUIRE_OK(other);
        AB_REQUIRE_OK(
            TriageService(**other).setSeverity({QStringLiteral("C1")}, QStringLiteral("critical")));
    }
    AB_REQUIRE_OK(mine.markTriaged({QStringLiteral("C1")}));
    CHECK(field(f, "C1", "severity") == QStringLiteral("critical"));
    CHECK(field(f, "C1", "status") == QStringLiteral("triaged"));
    CHECK_FALSE(mine.seen(QStringLiteral("C1")).has_value());
}
