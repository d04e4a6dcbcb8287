// ContentDigest: equal for equal content whatever the file layout, different
// for any changed value.
#include "demotestsupport.h"
#include "storage/contentdigest.h"

#include <QSqlQuery>

using namespace ab;
using namespace ab::test;

namespace {

QString digestOf(Workspace &ws, const QStringList &skip = ContentDigest::defaultSkipped())
{
    auto report = ContentDigest::compute(ws.db(), skip);
    AB_REQUIRE_OK(report);
    return report->sha256;
}

void exec(Workspace &ws, const QString &sql)
{
    QSqlQuery q(ws.db().sql());
    REQUIRE(q.exec(sql));
}

} // namespace

TEST_CASE("content digest: a copy has the same digest, a changed value another")
{
    TempDir dir;
    auto ws = demoWorkspace(dir, QStringLiteral("w.auditbench"), 300, 5);
    const QString original = digestOf(*ws);

    // A compacted copy lays its pages out differently but holds the same data.
    const QString copyPath = dir.path(QStringLiteral("copy.auditbench"));
    {
        QSqlQuery q(ws->db().sql());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(copyPath);
        REQUIRE(q.exec());
    }
    auto copy = Workspace::open(copyPath, QStringLiteral("tester"));
    AB_REQUIRE_OK(copy);
    CHECK(digestOf(**copy) == original);

    exec(**copy, QStringLiteral("UPDATE generations SET severity = 'low' WHERE id = "
                                "(SELECT min(id) FROM generations WHERE severity <> 'low')"));
    CHECK(digestOf(**copy) != original);
}

TEST_CASE("content digest: skipped tables do not count, others do")
{
    TempDir dir;
    auto ws = demoWorkspace(dir, QStringLiteral("w.auditbench"), 100, 5);
    const QString before = digestOf(*ws);
    exec(*ws, QStringLiteral("UPDATE meta SET value = 'renamed' WHERE key = 'name'"));
    CHECK(digestOf(*ws) == before);

    const QString withMeta = digestOf(*ws, {QStringLiteral("audit_log")});
    exec(*ws, QStringLiteral("UPDATE meta SET value = 'again' WHERE key = 'name'"));
    CHECK(digestOf(*ws, {QStringLiteral("audit_log")}) != withMeta);

    // NULL, an empty text and a zero are different values.
    exec(*ws, QStringLiteral("UPDATE complaints SET contact = NULL WHERE id = 'C000000001'"));
    const QString withNull = digestOf(*ws);
    exec(*ws, QStringLiteral("UPDATE complaints SET contact = '' WHERE id = 'C000000001'"));
    const QString withEmpty = digestOf(*ws);
    exec(*ws, QStringLiteral("UPDATE complaints SET contact = 0 WHERE id = 'C000000001'"));
    CHECK(withNull != withEmpty);
    CHECK(digestOf(*ws) != withEmpty);
}

TEST_CASE("content digest: reports each table with its row count")
{
    TempDir dir;
    auto ws = demoWorkspace(dir, QStringLiteral("w.auditbench"), 100, 5);
    auto report = ContentDigest::compute(ws->db());
    AB_REQUIRE_OK(report);
    QStringList names;
    for (const TableDigest &t : report->tables) {
        names.push_back(t.table);
        CHECK(t.sha256.size() == 64);
        if (t.table == QLatin1String("generations"))
            CHECK(t.rows == 100);
    }
    CHECK(names.contains(QStringLiteral("generations")));
    CHECK(!names.contains(QStringLiteral("meta")));
    CHECK(!names.contains(QStringLiteral("audit_log")));
    CHECK(!names.contains(QStringLiteral("generations_fts")));
    QStringList sortedNames = names;
    sortedNames.sort();
    CHECK(names == sortedNames);
}
