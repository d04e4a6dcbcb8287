// The Audit log section's reads: newest first in keyset pages, filtered by
// actor, action, entity and date, through indexes.
#include "audit/auditquery.h"
#include "audit/audittrail.h"
#include "casefixture.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace ab;
using namespace ab::test;

namespace {

void append(CaseFixture &f, const QString &actor, const QString &action, const QString &kind,
            const QString &id, const QString &at)
{
    AB_REQUIRE_OK(f.db().transaction([&] {
        return AuditTrail::appendAt(
            f.db(),
            {actor, action, kind, id, QJsonValue::Null, QJsonObject{{QStringLiteral("x"), 1}}}, at);
    }));
}

QList<qint64> seqs(const QVector<AuditRow> &rows)
{
    QList<qint64> out;
    for (const AuditRow &r : rows)
        out << r.seq;
    return out;
}

} // namespace

TEST_CASE("the audit log pages newest first and filters")
{
    CaseFixture f(1);
    const qint64 base = f.auditCount(); // workspace.created, user.added, …
    append(f, "alice", "case.opened", "case", "CASE-2026-0001", "2026-03-01T01:00:00Z");
    append(f, "bob", "case.status", "case", "CASE-2026-0001", "2026-03-02T01:00:00Z");
    append(f, "alice", "complaint.triaged", "complaint", "C1", "2026-03-03T01:00:00Z");
    append(f, "alice", "case.note", "case", "CASE-2026-0002", "2026-03-04T01:00:00Z");
    const qint64 last = base + 4;

    auto page = AuditQuery::page(f.db(), {}, 0, 3);
    AB_REQUIRE_OK(page);
    CHECK(seqs(*page) == QList<qint64>{last, last - 1, last - 2});
    auto next = AuditQuery::page(f.db(), {}, page->last().seq, 3);
    CHECK(next->first().seq == last - 3);

    AuditFilter byActor;
    byActor.actor = QStringLiteral("alice");
    CHECK(seqs(*AuditQuery::page(f.db(), byActor, 0, 10)) ==
          QList<qint64>{last, last - 1, last - 3});
    CHECK(seqs(*AuditQuery::page(f.db(), byActor, last - 1, 10)) == QList<qint64>{last - 3});

    AuditFilter byPrefix;
    byPrefix.action = QStringLiteral("case.");
    CHECK(seqs(*AuditQuery::page(f.db(), byPrefix, 0, 10)) ==
          QList<qint64>{last, last - 2, last - 3});
    byPrefix.action = QStringLiteral("case.status");
    CHECK(seqs(*AuditQuery::page(f.db(), byPrefix, 0, 10)) == QList<qint64>{last - 2});

    AuditFilter byEntity;
    byEntity.entityKind = QStringLiteral("case");
    byEntity.entityId = QStringLiteral("CASE-2026-0001");
    CHECK(seqs(*AuditQuery::page(f.db(), byEntity, 0, 10)) == QList<qint64>{last - 2, last - 3});

    AuditFilter byDate;
    byDate.fromUtc = QStringLiteral("2026-03-02T00:00:00Z");
    byDate.toUtc = QStringLiteral("2026-03-04T00:00:00Z");
    CHECK(seqs(*AuditQuery::page(f.db(), byDate, 0, 10)) == QList<qint64>{last - 1, last - 2});

    CHECK(AuditQuery::actors(f.db())->contains(QStringLiteral("bob")));
    CHECK(*AuditQuery::entityKinds(f.db()) ==
          QStringList{QStringLiteral("case"), QStringLiteral("complaint"), QStringLiteral("user"),
                      QStringLiteral("workspace")});
    auto actions = AuditQuery::actions(f.db());
    CHECK(actions->contains(QStringLiteral("complaint.triaged")));
    CHECK(actions->contains(QStringLiteral("workspace.created")));
    CHECK(*AuditQuery::lastSeq(f.db()) == last);
    CHECK(AuditQuery::entry(f.db(), last)->actor == QStringLiteral("alice"));
    CHECK_FALSE(AuditQuery::entry(f.db(), last + 1).ok());

    // Each filter walks an index in seq order rather than sorting the log.
    QSqlQuery plan(f.db().sql());
    REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT seq FROM audit_log WHERE actor = "
                                     "'alice' AND seq < 100 ORDER BY seq DESC LIMIT 200")));
    QString text;
    while (plan.next())
        text += plan.value(3).toString();
    CHECK(text.contains(QStringLiteral("audit_log_actor")));
    CHECK_FALSE(text.contains(QStringLiteral("TEMP B-TREE")));
}
