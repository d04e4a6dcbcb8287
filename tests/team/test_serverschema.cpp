// A team workspace's schema on PostgreSQL: created in step with SQLite's from
// the one list of migrations, and refused where it is not ours.
#include "storage/migrations.h"
#include "teamfixture.h"

#include <QSqlQuery>

using namespace ab;
using namespace ab::test;

namespace {

QStringList names(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    out.sort();
    return out;
}

bool isFullTextTable(const QString &table)
{
    return table.contains(QLatin1String("_fts"));
}

} // namespace

TEST_CASE("a new team workspace gets the current schema, in step with SQLite's")
{
    ServerDatabase server;
    auto pg = Database::openServer(server.address(), {}, true);
    AB_REQUIRE_OK(pg);
    CHECK((*pg)->isServer());
    CHECK((*pg)->schemaVersion() == Migrations::latestVersion());
    CHECK(*(*pg)->storedSchemaVersion() == Migrations::latestVersion());

    TempDir dir;
    auto lite = Database::create(dir.path(QStringLiteral("w.auditbench")));
    AB_REQUIRE_OK(lite);

    // Every table but SQLite's full-text tables, with the same columns in
    // the same order.
    QStringList liteTables =
        names(**lite, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    liteTables.erase(std::remove_if(liteTables.begin(), liteTables.end(), isFullTextTable),
                     liteTables.end());
    const QStringList pgTables =
        names(**pg, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                   "table_schema = current_schema()"));
    CHECK(pgTables == liteTables);
    for (const QString &table : liteTables) {
        INFO(table.toStdString());
        auto columns = [&](Database &db) {
            QSqlQuery q(db.sql());
            q.prepare(db.isServer()
                          ? QStringLiteral("SELECT column_name FROM information_schema.columns "
                                           "WHERE table_schema = current_schema() AND "
                                           "table_name = ? ORDER BY ordinal_position")
                          : QStringLiteral("SELECT name FROM pragma_table_xinfo(?) ORDER BY cid"));
            q.addBindValue(table);
            REQUIRE(q.exec());
            QStringList out;
            while (q.next())
                out << q.value(0).toString();
            return out;
        };
        CHECK(columns(**pg) == columns(**lite));
    }

    // The same triggers (the full-text ones have no place on a server, whose
    // trigram indexes are always complete) and the same named indexes.
    QStringList liteTriggers =
        names(**lite, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'"));
    liteTriggers.erase(std::remove_if(liteTriggers.begin(), liteTriggers.end(), isFullTextTable),
                       liteTriggers.end());
    CHECK(names(**pg, QStringLiteral("SELECT DISTINCT tgname FROM pg_trigger WHERE NOT "
                                     "tgisinternal")) == liteTriggers);
    const QStringList liteIndexes =
        names(**lite, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                     "name NOT LIKE 'sqlite_autoindex%'"));
    const QStringList pgIndexes = names(
        **pg, QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = "
                             "current_schema() AND indexname NOT LIKE '%\\_pkey' AND indexname "
                             "NOT LIKE '%\\_key' AND indexname NOT LIKE '%\\_fts\\_%'"));
    CHECK(pgIndexes == liteIndexes);
    // Search on a server: trigram indexes over the texts SQLite's FTS5 holds.
    CHECK(names(**pg, QStringLiteral("SELECT indexname FROM pg_indexes WHERE indexdef LIKE "
                                     "'%gin_trgm_ops%'")) ==
          QStringList{QStringLiteral("complaints_fts_text"),
                      QStringLiteral("generations_fts_output"),
                      QStringLiteral("generations_fts_prompt")});

    // Opening it again finds it current and changes nothing.
    auto again = Database::openServer(server.address(), {});
    AB_REQUIRE_OK(again);
    CHECK((*again)->schemaVersion() == Migrations::latestVersion());
}

TEST_CASE("a server database that is not a current team workspace is refused untouched")
{
    ServerDatabase server;
    SECTION("an empty database is only set up when asked to")
    {
        auto db = Database::openServer(server.address(), {});
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("migrate")));
        CHECK(db.error().file == server.url());
        auto look = Database::connectToServer(server.address(), {});
        AB_REQUIRE_OK(look);
        CHECK((*look)->schemaVersion() == 0);
    }
    SECTION("somebody else's tables")
    {
        server.exec(QStringLiteral("CREATE TABLE payroll (id int)"));
        auto db = Database::openServer(server.address(), {}, true);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("no AuditBench workspace")));
        REQUIRE_FALSE(Database::connectToServer(server.address(), {}).ok());
        // Nothing was added beside the table: without it the database is
        // empty again.
        server.exec(QStringLiteral("DROP TABLE payroll"));
        auto look = Database::connectToServer(server.address(), {});
        AB_REQUIRE_OK(look);
        CHECK((*look)->schemaVersion() == 0);
    }
    SECTION("a workspace made by a newer AuditBench")
    {
        AB_REQUIRE_OK(Database::openServer(server.address(), {}, true));
        server.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                        .arg(Migrations::latestVersion() + 1));
        auto db = Database::openServer(server.address(), {});
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(QStringLiteral("newer")));
    }
}

TEST_CASE("an unreachable server is named in the error")
{
    ServerAddress nowhere;
    nowhere.user = QStringLiteral("nobody");
    nowhere.host = QStringLiteral("127.0.0.1");
    nowhere.port = 1; // nothing listens there
    nowhere.database = QStringLiteral("none");
    auto db = Database::openServer(nowhere, {});
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().file == nowhere.toString());
    CHECK(db.error().message.contains(QStringLiteral("cannot connect")));
}
