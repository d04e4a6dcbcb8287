#include "intake/sqlitestatement.h"
#include "reports/prefetchedrows.h"
#include "storage/database.h"
#include "testsupport.h"

using namespace ab;
using namespace ab::test;

namespace {

// Rows 1..n of (n, text or NULL, empty text): every third text is NULL.
const QByteArray kSeries = "WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s "
                           "WHERE n < ?) SELECT n, CASE WHEN n % 3 = 0 THEN NULL "
                           "ELSE 'row ' || n END, '' FROM s";

// A statement prepared on a fresh database, which lives as long as it does.
class Prepared
{
public:
    explicit Prepared(const QByteArray &sql)
    {
        auto db = Database::create(m_dir.path(QStringLiteral("p.db")));
        AB_REQUIRE_OK(db);
        m_db = std::move(db.value());
        AB_REQUIRE_OK(q.prepare(intake::sqliteHandle(*m_db), sql, QStringLiteral("p.db")));
    }

private:
    TempDir m_dir;
    std::unique_ptr<Database> m_db;

public:
    intake::SqliteStatement q; // finalised before the database closes
};

} // namespace

TEST_CASE("prefetched rows are the statement's rows, in order, across batches", "[reports]")
{
    Prepared p(kSeries);
    intake::SqliteStatement &q = p.q;
    q.integer(1, 1000);
    qint64 seen = 0;
    {
        PrefetchedRows rows(q, 3);
        while (rows.next()) {
            ++seen;
            CHECK(rows.text(0) == QByteArray::number(seen));
            if (seen % 3 == 0) {
                CHECK(rows.isNull(1));
            } else {
                CHECK_FALSE(rows.isNull(1));
                CHECK(rows.text(1) == QByteArray("row " + QByteArray::number(seen)));
            }
            CHECK_FALSE(rows.isNull(2)); // empty, not NULL
            CHECK(rows.text(2).isEmpty());
        }
        CHECK_FALSE(rows.error());
        CHECK_FALSE(rows.next()); // stays at the end
    }
    CHECK(seen == 1000);
}

TEST_CASE("prefetched rows pass an SQL error on after the rows before it", "[reports]")
{
    // abs() of the smallest integer overflows: an error at row 600.
    Prepared p("WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s "
               "WHERE n < 1000) SELECT CASE WHEN n = 600 "
               "THEN abs(-9223372036854775807 - 1) ELSE n END FROM s");
    intake::SqliteStatement &q = p.q;
    PrefetchedRows rows(q, 1);
    qint64 seen = 0;
    while (rows.next())
        ++seen;
    CHECK(seen == 599);
    REQUIRE(rows.error());
    CHECK(rows.error()->message.contains(QLatin1String("overflow")));
}

TEST_CASE("prefetched rows left half-read stop their reader", "[reports]")
{
    Prepared p(kSeries);
    intake::SqliteStatement &q = p.q;
    q.integer(1, 100000);
    {
        PrefetchedRows rows(q, 3);
        REQUIRE(rows.next());
        CHECK(rows.text(0) == "1");
    } // the reader is waiting for room: it must stop, not hang
    // The connection is free again.
    q.reset();
    q.integer(1, 2);
    Result<bool> first = q.step();
    AB_REQUIRE_OK(first);
    CHECK(*first);
}
