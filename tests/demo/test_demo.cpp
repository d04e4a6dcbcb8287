// The demo generator: determinism, coverage of every enumeration and
// deadline state, referential integrity and scale.
#include "audit/audittrail.h"
#include "demo/demogenerator.h"
#include "demotestsupport.h"
#include "storage/contentdigest.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

using namespace ab;
using namespace ab::test;

namespace {

QString digestOf(Workspace &ws)
{
    auto report = ContentDigest::compute(ws.db());
    AB_REQUIRE_OK(report);
    return report->sha256;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList distinct(Workspace &ws, const QString &column, const QString &table)
{
    return column.isEmpty() ? QStringList()
                            : test::column(ws, QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE "
                                                              "%1 IS NOT NULL ORDER BY 1")
                                                   .arg(column, table));
}

} // namespace

TEST_CASE("demo: the same seed, scale and day give the same content; another seed does not")
{
    TempDir dir;
    auto a = demoWorkspace(dir, QStringLiteral("a.auditbench"), 2500, 7);
    auto b = demoWorkspace(dir, QStringLiteral("b.auditbench"), 2500, 7);
    auto c = demoWorkspace(dir, QStringLiteral("c.auditbench"), 2500, 8);

    auto ra = ContentDigest::compute(a->db());
    auto rb = ContentDigest::compute(b->db());
    AB_REQUIRE_OK(ra);
    AB_REQUIRE_OK(rb);
    REQUIRE(ra->tables.size() == rb->tables.size());
    for (int t = 0; t < ra->tables.size(); ++t) {
        INFO(ra->tables[t].table.toStdString());
        CHECK(ra->tables[t].rows == rb->tables[t].rows);
        CHECK(ra->tables[t].sha256 == rb->tables[t].sha256);
    }
    CHECK(ra->sha256 == rb->sha256);
    CHECK(digestOf(*c) != ra->sha256);
    // The skipped tables do differ: they record when each file was made.
    CHECK(scalar(*a, QStringLiteral("SELECT count(*) FROM audit_log")) == 2);
}

TEST_CASE("demo: the command line makes the same workspace as the library")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("cli.auditbench"));
    QProcess cli;
    cli.start(QStringLiteral(AUDITBENCH_CLI),
              {QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--user"),
               QStringLiteral("tester"), QStringLiteral("--demo"), QStringLiteral("--scale"),
               QStringLiteral("600"), QStringLiteral("--seed"), QStringLiteral("11"),
               QStringLiteral("--today"), kDemoToday.toString(Qt::ISODate)});
    REQUIRE(cli.waitForFinished(60000));
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitCode() == 0);
    auto made = Workspace::open(path, QStringLiteral("tester"));
    AB_REQUIRE_OK(made);
    auto direct = demoWorkspace(dir, QStringLiteral("direct.auditbench"), 600, 11);
    CHECK(digestOf(**made) == digestOf(*direct));
}

TEST_CASE("demo: scale is honoured and foreign keys hold")
{
    TempDir dir;
    auto ws = demoWorkspace(dir, QStringLiteral("w.auditbench"), 1237, 3);
    CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM generations")) == 1237);
    CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM complaints")) == 1237 / 5);
    CHECK(column(*ws, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    CHECK(column(*ws, QStringLiteral("PRAGMA integrity_check")) ==
          QStringList{QStringLiteral("ok")});
    CHECK(AuditTrail::verify(ws->db())->intact);
}

TEST_CASE("demo: the schema ends as the migrations made it")
{
    TempDir dir;
    auto empty =
        Workspace::create(dir.path(QStringLiteral("empty.auditbench")), QStringLiteral("tester"));
    AB_REQUIRE_OK(empty);
    auto demo = demoWorkspace(dir, QStringLiteral("demo.auditbench"), 300, 1);
    const QString schema = QStringLiteral(
        "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY name");
    CHECK(column(**empty, schema) == column(*demo, schema));
}

TEST_CASE("demo: a workspace that holds data is refused untouched")
{
    TempDir dir;
    auto ws = demoWorkspace(dir, QStringLiteral("w.auditbench"), 200, 1);
    const QString before = digestOf(*ws);
    DemoOptions options;
    options.generations = 200;
    options.today = kDemoToday;
    CHECK_FALSE(DemoGenerator::populate(*ws, options).ok());
    CHECK(digestOf(*ws) == before);
}

TEST_CASE("demo: every category, source, channel, kind, stage and state occurs")
{
    TempDir dir;
    auto ws = demoWorkspace(dir, QStringLiteral("w.auditbench"), 4000, 20230411);

    SECTION("generations")
    {
        CHECK(column(*ws, QStringLiteral("SELECT code FROM risk_categories WHERE parent IS NOT "
                                         "NULL AND code NOT IN (SELECT risk_category FROM "
                                         "generations)"))
                  .isEmpty());
        CHECK(scalar(*ws, QStringLiteral("SELECT count(DISTINCT risk_category) FROM "
                                         "generations")) == 31);
        CHECK(distinct(*ws, QStringLiteral("flag_source"), QStringLiteral("generations")) ==
              sorted({QStringLiteral("filter"), QStringLiteral("user_report"),
                      QStringLiteral("inspection"), QStringLiteral("sampling")}));
        CHECK(distinct(*ws, QStringLiteral("modality"), QStringLiteral("generations")) ==
              sorted({QStringLiteral("text"), QStringLiteral("image"), QStringLiteral("audio"),
                      QStringLiteral("video")}));
        CHECK(distinct(*ws, QStringLiteral("severity"), QStringLiteral("generations")) ==
              sorted({QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                      QStringLiteral("critical")}));
        // Both languages, and personal information in a minority of texts.
        const qint64 n = scalar(*ws, QStringLiteral("SELECT count(*) FROM generations"));
        const qint64 ascii =
            scalar(*ws, QStringLiteral("SELECT count(*) FROM generations WHERE prompt NOT GLOB "
                                       "'*[^ -~]*'"));
        CHECK(ascii > n / 10);
        CHECK(ascii < n / 2);
        const qint64 phones = scalar(
            *ws, QStringLiteral("SELECT count(*) FROM generations WHERE prompt || output GLOB "
                                "'*1[3-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*'"));
        const qint64 mails = scalar(
            *ws, QStringLiteral("SELECT count(*) FROM generations WHERE prompt || output LIKE "
                                "'%_@%.%'"));
        CHECK(phones > 0);
        CHECK(mails > 0);
        CHECK(phones + mails < n / 2);
    }

    SECTION("content hashes are SHA-256 of prompt, newline, output")
    {
        QSqlQuery q(ws->db().sql());
        REQUIRE(q.exec(QStringLiteral(
            "SELECT prompt, output, content_hash FROM generations ORDER BY id LIMIT 50")));
        int rows = 0;
        while (q.next()) {
            const QByteArray text =
                q.value(0).toString().toUtf8() + '\n' + q.value(1).toString().toUtf8();
            CHECK(QString::fromLatin1(
                      QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex()) ==
                  q.value(2).toString());
            ++rows;
        }
        CHECK(rows == 50);
    }

    SECTION("complaints")
    {
        CHECK(distinct(*ws, QStringLiteral("channel"), QStringLiteral("complaints")) ==
              sorted({QStringLiteral("web"), QStringLiteral("app"), QStringLiteral("phone"),
                      QStringLiteral("email"), QStringLiteral("sms"),
                      QStringLiteral("regulator_referral")}));
        CHECK(distinct(*ws, QStringLiteral("kind"), QStringLiteral("complaints")) ==
              sorted({QStringLiteral("illegal_content"), QStringLiteral("personal_info"),
                      QStringLiteral("ip_infringement"), QStringLiteral("discrimination"),
                      QStringLiteral("inaccurate"), QStringLiteral("other")}));
        CHECK(distinct(*ws, QStringLiteral("status"), QStringLiteral("complaints")) ==
              sorted({QStringLiteral("new"), QStringLiteral("triaged"), QStringLiteral("duplicate"),
                      QStringLiteral("dismissed"), QStringLiteral("escalated"),
                      QStringLiteral("resolved")}));
        CHECK(distinct(*ws, QStringLiteral("request"), QStringLiteral("complaints")) ==
              sorted({QStringLiteral("access"), QStringLiteral("correct"), QStringLiteral("delete"),
                      QStringLiteral("block")}));
        // Requests are about personal information and report no output.
        CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM complaints WHERE request IS NOT "
                                         "NULL AND kind <> 'personal_info'")) == 0);
        CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM complaints c WHERE request IS "
                                         "NULL AND NOT EXISTS (SELECT 1 FROM "
                                         "complaint_generations cg WHERE cg.complaint_id = "
                                         "c.id)")) == 0);
        // Duplicates point at an earlier complaint.
        CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM complaints WHERE status = "
                                         "'duplicate' AND (duplicate_of IS NULL OR "
                                         "duplicate_of >= id)")) == 0);
        // A generation flagged by a user report has the complaint that reported it.
        CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM generations g WHERE flag_source "
                                         "= 'user_report' AND NOT EXISTS (SELECT 1 FROM "
                                         "complaint_generations cg JOIN complaints c ON c.id = "
                                         "cg.complaint_id WHERE cg.generation_id = g.id AND "
                                         "c.received_at <= g.flagged_at)")) == 0);
    }

    SECTION("lineage")
    {
        CHECK(distinct(*ws, QStringLiteral("stage"), QStringLiteral("datasets")) ==
              sorted({QStringLiteral("pretrain"), QStringLiteral("finetune"),
                      QStringLiteral("alignment"), QStringLiteral("evaluation")}));
        CHECK(distinct(*ws, QStringLiteral("source_type"), QStringLiteral("datasets")) ==
              sorted({QStringLiteral("open_source"), QStringLiteral("self_collected"),
                      QStringLiteral("commercial"), QStringLiteral("user_input"),
                      QStringLiteral("synthetic")}));
        CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM providers")) >= 3);
        CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM model_versions m JOIN "
                                         "model_versions b ON b.id = m.base_model WHERE "
                                         "b.provider_id <> m.provider_id")) > 0);
        CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM datasets WHERE "
                                         "contains_personal_info = 1 AND consent_basis IS "
                                         "NOT NULL")) > 0);
        // TC260-003: a source with over 5 % flagged in its sample, used in training.
        CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM datasets d WHERE "
                                         "sampled_flagged * 100 > sampled_items * 5 AND "
                                         "EXISTS (SELECT 1 FROM training_edges t WHERE "
                                         "t.dataset_id = d.id)")) >= 1);
        // Derivations form diamonds but no cycle.
        CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM (SELECT dataset_id FROM "
                                         "dataset_derivations GROUP BY dataset_id HAVING "
                                         "count(*) > 1)")) > 0);
        CHECK(scalar(*ws,
                     QStringLiteral(
                         "WITH RECURSIVE reach(start, ds) AS (SELECT dataset_id, "
                         "derived_from FROM dataset_derivations UNION SELECT r.start, "
                         "d.derived_from FROM reach r JOIN dataset_derivations d ON "
                         "d.dataset_id = r.ds) SELECT count(*) FROM reach WHERE start = ds")) == 0);
    }

    SECTION("deadlines in every state as of today")
    {
        // Computed here from the stored columns (Asia/Shanghai is UTC+8 all
        // year), not with the application's own status code.
        const QString today = kDemoToday.toString(Qt::ISODate);
        const QStringList states =
            column(*ws,
                   QStringLiteral(
                       "SELECT DISTINCT CASE "
                       "WHEN verification = 'failed' THEN 'verification_failed' "
                       "WHEN verification = 'verified' THEN 'verified' "
                       "WHEN remediated_at IS NOT NULL AND date(remediated_at, '+8 hours') > due "
                       "THEN 'remediated_late' "
                       "WHEN remediated_at IS NOT NULL THEN 'remediated' "
                       "WHEN due < ? THEN 'overdue' "
                       "WHEN due <= date(?, '+14 days') THEN 'due_soon' "
                       "ELSE 'on_track' END FROM deadlines ORDER BY 1"),
                   {today, today});
        CHECK(states == sorted({QStringLiteral("on_track"), QStringLiteral("due_soon"),
                                QStringLiteral("overdue"), QStringLiteral("remediated"),
                                QStringLiteral("remediated_late"), QStringLiteral("verified"),
                                QStringLiteral("verification_failed")}));
        // One per flagged generation and per complaint that reports content.
        CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM deadlines WHERE item_kind = "
                                         "'generation'")) ==
              scalar(*ws, QStringLiteral("SELECT count(*) FROM generations")));
        CHECK(scalar(*ws, QStringLiteral(
                              "SELECT count(*) FROM complaints c WHERE duplicate_of IS NULL AND "
                              "EXISTS (SELECT 1 FROM complaint_generations cg WHERE "
                              "cg.complaint_id = c.id) AND NOT EXISTS (SELECT 1 FROM deadlines "
                              "d WHERE d.item_kind = 'complaint' AND d.item_id = c.id)")) == 0);
        CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM deadlines WHERE policy_id <> "
                                         "'cac-2023-draft' OR period <> '3M'")) == 0);
        // Triggers spread over the five months before today, none today or later.
        CHECK(scalar(*ws,
                     QStringLiteral("SELECT count(*) FROM deadlines WHERE trigger_date >= "
                                    "? OR trigger_date < date(?, '-155 days')"),
                     {today, today}) == 0);
        CHECK(scalar(*ws,
                     QStringLiteral("SELECT count(*) FROM deadlines WHERE trigger_date < "
                                    "date(?, '-120 days')"),
                     {today}) > 0);
        // A verified or failed item has a re-test behind it.
        CHECK(scalar(*ws, QStringLiteral(
                              "SELECT count(*) FROM deadlines d WHERE item_kind = 'generation' "
                              "AND verification <> 'none' AND NOT EXISTS (SELECT 1 FROM retests "
                              "r WHERE r.generation_id = d.item_id)")) == 0);
        CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM deadline_extensions")) > 0);
    }

    SECTION("cases, people and the audit entry")
    {
        CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM review_cases WHERE status IN "
                                         "('closed', 'dismissed')")) > 0);
        CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM review_cases WHERE status NOT "
                                         "IN ('closed', 'dismissed')")) > 0);
        CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM review_cases c WHERE NOT EXISTS "
                                         "(SELECT 1 FROM case_items i WHERE i.case_id = c.id)")) ==
              0);
        CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM case_notes")) > 0);
        CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM case_events")) >
              scalar(*ws, QStringLiteral("SELECT count(*) FROM review_cases")));
        CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM users WHERE role = 'auditor'")) >=
              1);
        CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM users WHERE role = 'analyst'")) >=
              3);
        const QStringList after = column(
            *ws,
            QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'demo.generated'"));
        REQUIRE(after.size() == 1);
        const QJsonObject o = QJsonDocument::fromJson(after.first().toUtf8()).object();
        CHECK(o.value(QStringLiteral("scale")).toInteger() == 4000);
        CHECK(o.value(QStringLiteral("seed")).toString() == QStringLiteral("20230411"));
    }
}
