// auditbench-cli migrate: a workspace copied to a team server and back holds
// the same rows and the same audit chain; a copy that cannot be completed
// leaves nothing behind.
#include "audit/audittrail.h"
#include "demotestsupport.h"
#include "teamfixture.h"
#include "workspace/workspacecopy.h"

#include <QSqlQuery>

using namespace ab;
using namespace ab::test;

namespace {

void requireSameRows(Database &a, Database &b)
{
    for (const QString &table : WorkspaceCopy::copiedTables()) {
        INFO(table.toStdString());
        const QStringList columns = storedColumns(a, table);
        REQUIRE(storedColumns(b, table) == columns);
        QStringList left = tableRows(a, table, columns);
        QStringList right = tableRows(b, table, columns);
        if (table == QLatin1String("meta")) {
            // Each backend keeps its schema version its own way.
            const auto own = [](const QString &row) {
                return row.startsWith(QLatin1String("schema_version|"));
            };
            left.removeIf(own);
            right.removeIf(own);
        }
        if (table == QLatin1String("audit_log")) {
            // The copy's own entry, after the copied chain.
            REQUIRE(right.size() == left.size() + 1);
            right.removeIf([&](const QString &row) { return !left.contains(row); });
        }
        CHECK(left.size() == right.size());
        CHECK(left == right);
    }
}

} // namespace

TEST_CASE("a workspace copied to a server and back holds the same rows and audit chain")
{
    TempDir dir;
    auto source = demoWorkspace(dir, QStringLiteral("source"), 400, 7);
    REQUIRE(scalar(*source, QStringLiteral("SELECT count(*) FROM review_cases")) > 0);
    REQUIRE(scalar(*source, QStringLiteral("SELECT count(*) FROM complaints")) > 0);
    auto sourceChain = AuditTrail::verify(source->db());
    AB_REQUIRE_OK(sourceChain);

    ServerDatabase server;
    auto up = WorkspaceCopy::copyTo(source->db(), server.url(), {}, QStringLiteral("tester"));
    AB_REQUIRE_OK(up);
    CHECK(up->chain.headHash == sourceChain->headHash);
    auto team = Database::openServer(server.address(), {});
    AB_REQUIRE_OK(team);
    requireSameRows(source->db(), **team);
    // The next row a server numbers itself does not collide with a copied one.
    QSqlQuery q((*team)->sql());
    const qint64 highestNote =
        countOf(**team, QStringLiteral("SELECT coalesce(max(id), 0) FROM case_notes"));
    REQUIRE(highestNote > 0);
    REQUIRE(q.exec(QStringLiteral(
        "INSERT INTO case_notes (case_id, at, author, body) SELECT min(id), "
        "'2026-11-30T00:00:00Z', 'tester', 'after the copy' FROM review_cases RETURNING id")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == highestNote + 1);
    q.finish();

    const QString back = dir.path(QStringLiteral("back.auditbench"));
    auto down = WorkspaceCopy::copyTo(**team, back, {}, QStringLiteral("tester"));
    AB_REQUIRE_OK(down);
    auto file = Workspace::open(back, QStringLiteral("tester"));
    AB_REQUIRE_OK(file);
    auto chain = AuditTrail::verify((*file)->db());
    AB_REQUIRE_OK(chain);
    CHECK(chain->intact);
    CHECK(chain->entries == sourceChain->entries + 2); // one entry per copy
}

TEST_CASE("a copy that cannot be completed leaves the target as it was")
{
    TempDir dir;
    auto source = demoWorkspace(dir, QStringLiteral("source"), 120, 3);
    ServerDatabase server;

    SECTION("a target that already holds a workspace")
    {
        AB_REQUIRE_OK(WorkspaceCopy::copyTo(source->db(), server.url(), {}, QStringLiteral("a")));
        auto before = Database::openServer(server.address(), {});
        AB_REQUIRE_OK(before);
        const qint64 entries = countOf(**before, QStringLiteral("SELECT count(*) FROM audit_log"));
        auto again = WorkspaceCopy::copyTo(source->db(), server.url(), {}, QStringLiteral("b"));
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().message.contains(QStringLiteral("already holds a workspace")));
        CHECK(countOf(**before, QStringLiteral("SELECT count(*) FROM audit_log")) == entries);
    }
    SECTION("cancelled half-way: an empty database stays empty, a new file is not made")
    {
        int calls = 0;
        const auto stopInGenerations = [&](const QString &table, qint64) {
            ++calls;
            return table != QLatin1String("generations");
        };
        auto toServer = WorkspaceCopy::copyTo(source->db(), server.url(), {}, QStringLiteral("a"),
                                              stopInGenerations);
        REQUIRE_FALSE(toServer.ok());
        CHECK(calls > 1);
        auto look = Database::connectToServer(server.address(), {});
        AB_REQUIRE_OK(look);
        CHECK((*look)->schemaVersion() == 0); // not even the schema was left

        const QString file = dir.path(QStringLiteral("half.auditbench"));
        auto toFile =
            WorkspaceCopy::copyTo(source->db(), file, {}, QStringLiteral("a"), stopInGenerations);
        REQUIRE_FALSE(toFile.ok());
        CHECK_FALSE(QFile::exists(file));
        CHECK_FALSE(QFile::exists(file + QStringLiteral("-wal")));
    }
}

TEST_CASE("auditbench-cli migrate copies a workspace to a server and back")
{
    TempDir dir;
    auto source = demoWorkspace(dir, QStringLiteral("source"), 80, 11);
    const QString path = source->path();
    source.reset();
    ServerDatabase server;

    const CliRun up = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), path,
                              QStringLiteral("--to"), server.url()});
    INFO(up.err.toStdString());
    REQUIRE(up.exitCode == 0);
    CHECK(up.out.contains(QStringLiteral("Audit chain: intact")));
    CHECK(up.out.contains(QStringLiteral("generations")));

    const QString back = dir.path(QStringLiteral("back.auditbench"));
    const CliRun down = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), server.url(),
                                QStringLiteral("--to"), back});
    INFO(down.err.toStdString());
    REQUIRE(down.exitCode == 0);
    const CliRun verify = runCli({QStringLiteral("verify"), QStringLiteral("--db"), back});
    CHECK(verify.exitCode == 0);

    // Bad input: the CLI says which part is wrong and exits non-zero.
    const CliRun badPort =
        runCli({QStringLiteral("migrate"), QStringLiteral("--from"), path, QStringLiteral("--to"),
                QStringLiteral("postgresql://postgres@127.0.0.1:none/x")});
    CHECK(badPort.exitCode == 1);
    CHECK(badPort.err.contains(QStringLiteral("port")));
    const CliRun exists = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), server.url(),
                                  QStringLiteral("--to"), back});
    CHECK(exists.exitCode == 1);
    CHECK(exists.err.contains(back));
    const CliRun missing = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), path});
    CHECK(missing.exitCode == 2);
}
