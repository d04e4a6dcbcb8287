// The services' writes on a team workspace: the same triage, case and
// deadline work done on the workspace file and on its copy on the server
// leaves both showing the same.

#include "audit/auditquery.h"
#include "cases/casequery.h"
#include "cases/caseservice.h"
#include "deadlines/deadlinelist.h"
#include "deadlines/deadlineservice.h"
#include "demotestsupport.h"
#include "serverdemo.h"
#include "triage/triagequeue.h"
#include "triage/triageservice.h"

#include <QJsonDocument>

using namespace ab;
using namespace ab::test;

namespace {

// What a workspace shows after the work, leaving out the instants the work
// was done at (the two runs are seconds apart).
QStringList stateOf(Workspace &ws)
{
    Database &db = ws.db();
    QStringList lines;
    auto queue = TriageQueue::fetch(db, {}, 1000);
    AB_REQUIRE_OK(queue);
    for (const TriageRow &r : *queue)
        lines << QStringLiteral("queue ") + r.id + r.severity + r.kind;
    auto cases = CaseQuery::page(db, {}, {}, 1000, kDemoToday);
    AB_REQUIRE_OK(cases);
    for (const CaseListRow &c : *cases) {
        lines << QStringLiteral("case ") + c.number + c.title + c.status + c.priority +
                     c.providerName + c.earliestDue + QString::number(c.itemCount);
        auto notes = CaseQuery::notes(db, c.id);
        AB_REQUIRE_OK(notes);
        for (const CaseNote &n : *notes)
            lines << QStringLiteral("note ") + n.author + n.body;
        auto evidence = CaseQuery::evidence(db, c.id);
        AB_REQUIRE_OK(evidence);
        for (const CaseEvidence &e : *evidence)
            lines << QStringLiteral("evidence ") + e.sha256 + e.fileName + e.addedBy;
    }
    DeadlineListFilter all;
    all.asOf = kDemoToday;
    all.zone = ws.settings().timeZone();
    auto deadlines = DeadlineList::page(db, all, std::nullopt, 100000);
    AB_REQUIRE_OK(deadlines);
    for (const DeadlineListRow &d : deadlines->rows)
        lines << QStringLiteral("deadline %1 %2 %3 %4")
                     .arg(d.id)
                     .arg(d.due.toString(Qt::ISODate), DeadlineStatus::token(d.state))
                     .arg(d.remediated);
    return lines;
}

// The audit entries after `after`: who did what to which record.
QStringList auditAfter(Workspace &ws, qint64 after)
{
    auto rows = AuditQuery::page(ws.db(), {}, std::numeric_limits<qint64>::max(), 1000);
    AB_REQUIRE_OK(rows);
    QStringList lines;
    for (const AuditRow &r : *rows) {
        if (r.seq > after)
            lines.prepend(r.actor + QLatin1Char(' ') + r.action + QLatin1Char(' ') + r.entityKind +
                          QLatin1Char(' ') + r.entityId);
    }
    return lines;
}

// The same work on either workspace.
void work(Workspace &ws)
{
    const QStringList waiting = column(
        ws, QStringLiteral("SELECT id FROM complaints WHERE status = 'new' ORDER BY id LIMIT 6"));
    REQUIRE(waiting.size() == 6);
    TriageService triage(ws);
    AB_REQUIRE_OK(triage.setSeverity(waiting.mid(0, 3), QStringLiteral("high")));
    AB_REQUIRE_OK(triage.markTriaged({waiting[0]}));
    AB_REQUIRE_OK(triage.markDuplicate({waiting[1]}, waiting[0]));
    auto escalated = triage.escalateToNewCase(waiting.mid(2, 2), QStringLiteral("升级 escalated"));
    AB_REQUIRE_OK(escalated);
    AB_REQUIRE_OK(triage.dismiss({waiting[4]}, QStringLiteral("spam")));
    AB_REQUIRE_OK(triage.undo());

    CaseService cases(ws);
    const QStringList generations = column(
        ws, QStringLiteral("SELECT item_id FROM deadlines WHERE item_kind = 'generation' AND "
                           "remediated_at IS NULL ORDER BY id LIMIT 2"));
    REQUIRE(generations.size() == 2);
    OpenCaseRequest request;
    request.fields.title = QStringLiteral("团队 team case");
    request.items = {{ItemRef::Kind::Generation, generations[0]},
                     {ItemRef::Kind::Generation, generations[1]}};
    auto opened = cases.open(request);
    AB_REQUIRE_OK(opened);
    AB_REQUIRE_OK(cases.addNote(*opened, QStringLiteral("第一条 first note")));
    AB_REQUIRE_OK(cases.addEvidence(*opened, QStringLiteral("证据.txt"), QByteArray("evidence")));
    auto record = CaseQuery::find(ws.db(), *opened);
    AB_REQUIRE_OK(record);
    CaseFields fields = record->fields;
    fields.priority = QStringLiteral("high");
    AB_REQUIRE_OK(cases.update(*opened, fields, record->rowVersion));
    AB_REQUIRE_OK(cases.transition(*opened, CaseStatus::Triage, {}, record->rowVersion + 1));
    AB_REQUIRE_OK(cases.addItems(escalated->caseId, {{ItemRef::Kind::Generation, generations[1]}}));

    auto deadlines = DeadlineService::create(ws, {}, {});
    AB_REQUIRE_OK(deadlines);
    const QStringList open =
        column(ws, QStringLiteral("SELECT id FROM deadlines WHERE remediated_at IS NULL AND "
                                  "verification = 'none' ORDER BY id LIMIT 2"));
    REQUIRE(open.size() == 2);
    AB_REQUIRE_OK(deadlines->recordRemediation(open[0].toLongLong(),
                                               QDateTime(kDemoToday, QTime(3, 0), Qt::UTC),
                                               QStringLiteral("fixed")));
    auto due = DeadlineQuery::find(ws.db(), open[1].toLongLong());
    AB_REQUIRE_OK(due);
    AB_REQUIRE_OK(deadlines->extend(
        {open[1].toLongLong(), due->due.addDays(10), QStringLiteral("more time"), ws.actor()}));
}

} // namespace

TEST_CASE("the same work on a team workspace and on its file leaves both the same")
{
    ServerDemo demo(1000, 23);
    auto fileLast = AuditQuery::lastSeq(demo.file->db());
    auto teamLast = AuditQuery::lastSeq(demo.team->db());
    AB_REQUIRE_OK(fileLast);
    AB_REQUIRE_OK(teamLast);
    // The file acts as the same supervisor the server login is.
    demo.file->setActor(demo.team->actor());
    const QStringList before = stateOf(*demo.file);
    work(*demo.file);
    work(*demo.team);
    const QStringList after = stateOf(*demo.file);
    REQUIRE(after != before);
    CHECK(stateOf(*demo.team) == after);
    const QStringList entries = auditAfter(*demo.file, *fileLast);
    REQUIRE(entries.size() > 8);
    CHECK(auditAfter(*demo.team, *teamLast) == entries);
}
