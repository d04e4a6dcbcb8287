// Opening files: workspaces open; anything else is refused and left
// byte-identical, with no journal files created beside it.
#include "storage/database.h"
#include "storage/workspacefile.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace ab;
using namespace ab::test;

namespace {

// Runs statements on a plain SQLite connection, outside AuditBench.
void rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements) {
            INFO(s.toStdString());
            REQUIRE(q.exec(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void requireRefusedUntouched(const QString &path, const QString &expectedReason)
{
    const QByteArray before = readFile(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().file == path);
    CHECK(db.error().message.contains(expectedReason));
    CHECK(readFile(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
}

} // namespace

TEST_CASE("a new workspace opens again at the current schema")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("ws.auditbench"));
    {
        auto ws = Workspace::create(path, QStringLiteral("alice"));
        AB_REQUIRE_OK(ws);
    }
    auto ws = Workspace::open(path, QStringLiteral("alice"));
    AB_REQUIRE_OK(ws);
    CHECK((*ws)->db().schemaVersion() == Database::currentSchemaVersion());
    CHECK((*ws)->settings().zone == QStringLiteral("Asia/Shanghai"));
    CHECK((*ws)->settings().defaultPolicy == QStringLiteral("cac-2023-draft"));
}

TEST_CASE("creating over an existing file is refused")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("exists.auditbench"));
    writeFile(path, "keep me");
    auto ws = Workspace::create(path, QStringLiteral("alice"));
    REQUIRE_FALSE(ws.ok());
    CHECK(readFile(path) == "keep me");
}

TEST_CASE("a file from a newer AuditBench is refused untouched")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("newer.auditbench"));
    {
        auto ws = Workspace::create(path, QStringLiteral("alice"));
        AB_REQUIRE_OK(ws);
    }
    rawSql(path,
           {QStringLiteral("PRAGMA journal_mode = DELETE"),
            QStringLiteral("PRAGMA user_version = %1").arg(Database::currentSchemaVersion() + 1)});
    requireRefusedUntouched(path, QStringLiteral("newer"));
}

TEST_CASE("an SQLite database that is not a workspace is refused untouched")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("other.sqlite"));
    rawSql(path, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                  QStringLiteral("INSERT INTO notes (body) VALUES ('hello')")});
    requireRefusedUntouched(path, QStringLiteral("not an AuditBench workspace"));
}

TEST_CASE("files that are not SQLite at all are refused untouched")
{
    TempDir dir;
    SECTION("a text file")
    {
        const QString path = dir.path(QStringLiteral("notes.txt"));
        writeFile(path, QByteArrayLiteral("这不是数据库 — just some text\n").repeated(20));
        requireRefusedUntouched(path, QStringLiteral("not an SQLite database"));
    }
    SECTION("an empty file")
    {
        const QString path = dir.path(QStringLiteral("empty.auditbench"));
        writeFile(path, {});
        requireRefusedUntouched(path, QStringLiteral("empty"));
    }
    SECTION("a truncated workspace")
    {
        const QString whole = dir.path(QStringLiteral("whole.auditbench"));
        {
            auto ws = Workspace::create(whole, QStringLiteral("alice"));
            AB_REQUIRE_OK(ws);
        }
        const QByteArray bytes = readFile(whole);
        REQUIRE(bytes.size() > 8192);
        const QString cut = dir.path(QStringLiteral("cut.auditbench"));
        writeFile(cut, bytes.left(bytes.size() / 2 + 100));
        requireRefusedUntouched(cut, QStringLiteral("truncated"));
    }
}

TEST_CASE("a missing file is reported, not created")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("missing.auditbench"));
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("a version-1 workspace is migrated to the current schema, keeping its data")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("v1.auditbench"));
    {
        auto db = Database::create(path, 1);
        AB_REQUIRE_OK(db);
        QSqlQuery q((*db)->sql());
        REQUIRE(
            q.exec(QStringLiteral("INSERT INTO providers (id, name) VALUES ('P1', '深度求索')")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        REQUIRE(q.value(0).toInt() == 1);
    }
    auto header = WorkspaceFile::inspect(path, Database::currentSchemaVersion());
    AB_REQUIRE_OK(header);
    CHECK(header->userVersion == 1);

    auto db = Database::open(path);
    AB_REQUIRE_OK(db);
    QSqlQuery q((*db)->sql());
    REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == Database::currentSchemaVersion());
    // Migration 2 adds the keyset index the Generations list pages through.
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                  "name = 'generations_flagged'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM providers WHERE id = 'P1'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("深度求索"));
}
