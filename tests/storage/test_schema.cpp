// The schema a new workspace gets: its mark, its settings, its constraints.
#include "domain/risktaxonomy.h"
#include "storage/database.h"
#include "storage/workspacefile.h"
#include "testsupport.h"
#include "workspace/workspace.h"

#include <QSqlQuery>

using namespace ab;
using namespace ab::test;

namespace {

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

bool execs(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql);
}

} // namespace

TEST_CASE("a new workspace has the schema, the mark and the pragmas")
{
    TempDir dir;
    auto ws = Workspace::create(dir.path(QStringLiteral("s.auditbench")), QStringLiteral("alice"));
    AB_REQUIRE_OK(ws);
    Database &db = (*ws)->db();
    CHECK(scalar(db, QStringLiteral("PRAGMA application_id")).toUInt() ==
          WorkspaceFile::kApplicationId);
    CHECK(scalar(db, QStringLiteral("PRAGMA user_version")).toInt() ==
          Database::currentSchemaVersion());
    CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    for (const char *table : {"providers",
                              "model_versions",
                              "datasets",
                              "dataset_derivations",
                              "training_edges",
                              "generations",
                              "complaints",
                              "complaint_generations",
                              "review_cases",
                              "case_items",
                              "case_events",
                              "case_notes",
                              "attachments",
                              "case_evidence",
                              "deadlines",
                              "deadline_extensions",
                              "retests",
                              "users",
                              "audit_log",
                              "risk_categories",
                              "meta"}) {
        INFO(table);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                        "AND name = '%1'")
                             .arg(QLatin1String(table)))
                  .toInt() == 1);
    }
    // The acting user is an analyst; a first supervisor exists.
    CHECK(scalar(db, QStringLiteral("SELECT role FROM users WHERE name = 'alice'")).toString() ==
          QStringLiteral("analyst"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM users WHERE role = 'supervisor'"))
              .toInt() == 1);
    CHECK(scalar(db, QStringLiteral("SELECT action FROM audit_log WHERE seq = 1")).toString() ==
          QStringLiteral("workspace.created"));
}

TEST_CASE("the TC260-003 taxonomy has 5 types and 31 risks in both languages")
{
    TempDir dir;
    auto ws = Workspace::create(dir.path(QStringLiteral("t.auditbench")), QStringLiteral("alice"));
    AB_REQUIRE_OK(ws);
    auto taxonomy = RiskTaxonomy::load((*ws)->db());
    AB_REQUIRE_OK(taxonomy);
    int types = 0, risks = 0;
    QMap<QString, int> perType;
    for (const RiskCategory &c : taxonomy->all()) {
        CHECK_FALSE(c.nameZh.isEmpty());
        CHECK_FALSE(c.nameEn.isEmpty());
        if (c.parent.isEmpty()) {
            ++types;
        } else {
            ++risks;
            ++perType[c.parent];
            CHECK(c.code.startsWith(c.parent + QLatin1Char('.')));
        }
    }
    CHECK(types == 5);
    CHECK(risks == 31);
    CHECK(perType.value(QStringLiteral("A.1")) == 8);
    CHECK(perType.value(QStringLiteral("A.2")) == 9);
    CHECK(perType.value(QStringLiteral("A.3")) == 5);
    CHECK(perType.value(QStringLiteral("A.4")) == 7);
    CHECK(perType.value(QStringLiteral("A.5")) == 2);
    CHECK(taxonomy->find(QStringLiteral("A.1.g"))->nameZh == QStringLiteral("传播虚假有害信息"));
    CHECK(taxonomy->isRisk(QStringLiteral("A.5.b")));
    CHECK_FALSE(taxonomy->isRisk(QStringLiteral("A.5")));
}

TEST_CASE("foreign keys and value checks are enforced")
{
    TempDir dir;
    auto ws = Workspace::create(dir.path(QStringLiteral("f.auditbench")), QStringLiteral("alice"));
    AB_REQUIRE_OK(ws);
    Database &db = (*ws)->db();
    REQUIRE(execs(db, QStringLiteral("INSERT INTO providers (id, name) VALUES ('P', 'p')")));
    REQUIRE(execs(db, QStringLiteral("INSERT INTO model_versions (id, provider_id, name, version, "
                                     "released) VALUES ('M', 'P', 'm', '1', '2025-01-01')")));
    const QString generation = QStringLiteral(
        "INSERT INTO generations (id, model_version_id, created_at, prompt, output, modality, "
        "risk_category, severity, flag_source, flagged_at, content_hash) VALUES "
        "('%1', '%2', '2026-01-01T00:00:00Z', 'p', 'o', 'text', '%3', '%4', 'filter', "
        "'2026-01-01T00:00:00Z', '%5')");
    const QString hash(64, QLatin1Char('a'));
    CHECK(execs(db, generation.arg(QStringLiteral("G1"), QStringLiteral("M"),
                                   QStringLiteral("A.1.a"), QStringLiteral("low"), hash)));
    SECTION("an unknown model version")
    {
        CHECK_FALSE(
            execs(db, generation.arg(QStringLiteral("G2"), QStringLiteral("nope"),
                                     QStringLiteral("A.1.a"), QStringLiteral("low"), hash)));
    }
    SECTION("an unknown risk category")
    {
        CHECK_FALSE(
            execs(db, generation.arg(QStringLiteral("G2"), QStringLiteral("M"),
                                     QStringLiteral("A.9.z"), QStringLiteral("low"), hash)));
    }
    SECTION("a severity outside the vocabulary")
    {
        CHECK_FALSE(
            execs(db, generation.arg(QStringLiteral("G2"), QStringLiteral("M"),
                                     QStringLiteral("A.1.a"), QStringLiteral("urgent"), hash)));
    }
    SECTION("deleting a model version that generations point at")
    {
        CHECK_FALSE(execs(db, QStringLiteral("DELETE FROM model_versions WHERE id = 'M'")));
    }
    SECTION("a model that is its own base")
    {
        CHECK_FALSE(execs(db, QStringLiteral("UPDATE model_versions SET base_model = 'M'")));
    }
    SECTION("the audit log refuses updates and deletes")
    {
        CHECK_FALSE(execs(db, QStringLiteral("UPDATE audit_log SET actor = 'mallory'")));
        CHECK_FALSE(execs(db, QStringLiteral("DELETE FROM audit_log")));
    }
}
