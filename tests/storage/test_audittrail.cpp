// The audit trail's hash chain: intact when written through AuditTrail,
// broken at the right entry when rows are edited, deleted or inserted behind
// its back.
#include "audit/audittrail.h"
#include "storage/database.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace ab;
using namespace ab::test;

namespace {

void appendEntries(Workspace &ws, int n)
{
    for (int i = 0; i < n; ++i) {
        AB_REQUIRE_OK(ws.db().transaction([&] {
            return AuditTrail::append(
                ws.db(),
                {QStringLiteral("alice"), QStringLiteral("test.change"), QStringLiteral("thing"),
                 QString::number(i), QJsonObject{{QStringLiteral("v"), i}},
                 QJsonObject{{QStringLiteral("v"), i + 1},
                             {QStringLiteral("备注"), QStringLiteral("改动 ✓")}}});
        }));
    }
}

// What someone with the sqlite3 shell could do: drop the guard, change rows.
void tamper(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

} // namespace

TEST_CASE("the audit chain verifies and detects tampering")
{
    TempDir dir;
    auto ws = Workspace::create(dir.path(QStringLiteral("a.auditbench")), QStringLiteral("alice"));
    AB_REQUIRE_OK(ws);
    appendEntries(**ws, 5); // entries 2..6 after workspace.created
    Database &db = (*ws)->db();

    auto intact = AuditTrail::verify(db);
    AB_REQUIRE_OK(intact);
    CHECK(intact->intact);
    CHECK(intact->entries == 6);
    auto head = AuditTrail::headHash(db);
    AB_REQUIRE_OK(head);
    CHECK(intact->headHash == *head);

    SECTION("an edited entry")
    {
        tamper(db, QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 4"));
        auto r = AuditTrail::verify(db);
        AB_REQUIRE_OK(r);
        CHECK_FALSE(r->intact);
        CHECK(r->firstBrokenSeq == 4);
    }
    SECTION("an edited payload")
    {
        tamper(db, QStringLiteral("UPDATE audit_log SET after_json = '{\"v\":99}' WHERE seq = 3"));
        auto r = AuditTrail::verify(db);
        AB_REQUIRE_OK(r);
        CHECK(r->firstBrokenSeq == 3);
    }
    SECTION("a deleted entry")
    {
        tamper(db, QStringLiteral("DELETE FROM audit_log WHERE seq = 2"));
        auto r = AuditTrail::verify(db);
        AB_REQUIRE_OK(r);
        CHECK_FALSE(r->intact);
        CHECK(r->firstBrokenSeq == 3);
    }
    SECTION("an inserted entry")
    {
        tamper(db,
               QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, prev_hash, hash) "
                              "SELECT 7, '2026-01-01T00:00:00Z', 'mallory', 'test.change', hash, "
                              "'%1' FROM audit_log WHERE seq = 6")
                   .arg(QString(64, QLatin1Char('f'))));
        auto r = AuditTrail::verify(db);
        AB_REQUIRE_OK(r);
        CHECK_FALSE(r->intact);
        CHECK(r->firstBrokenSeq == 7);
    }
}
