#include "reportfixture.h"
#include "reports/reportexporter.h"
#include "testsupport.h"

using namespace ab;
using namespace ab::test;

TEST_CASE("provider inspection report: figures, risks, compliance, cases, data", "[reports]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    addCase(fx);
    // 6 of 100 sampled items flagged is over the 5 % threshold; 5 of 100 is not.
    fx.exec(QStringLiteral(
        "INSERT INTO datasets (id, provider_id, name, stage, source_type, source, license, "
        "contains_personal_info, sampled_items, sampled_flagged) VALUES "
        "('D1', 'P1', 'web-crawl', 'pretrain', 'self_collected', 'crawl', NULL, 1, 100, 6), "
        "('D2', 'P1', 'sft-set', 'finetune', 'commercial', 'vendor', 'CC-BY-4.0', 0, 100, 5)"));
    // C1 names a generation of the provider's model; C2 names none, so it is
    // not the provider's complaint.
    fx.exec(QStringLiteral(
        "INSERT INTO complaint_generations (complaint_id, generation_id) VALUES ('C1', 'G1')"));
    ReportExporter exporter(fx.ws());
    ReportOptions o;
    o.kind = ReportKind::Provider;
    o.providerId = QStringLiteral("P1");
    o.from = QDate(2026, 3, 1);
    o.to = QDate(2026, 6, 30);
    o.asOf = kAsOf;
    Result<Report> r = exporter.build(o);
    AB_REQUIRE_OK(r);
    const Report &report = r.value();
    CHECK(report.scope == QLatin1String("Provider Star AI, 2026-03-01 to 2026-06-30"));
    // The scope is masked like every other text: a provider's name may hold
    // a contact number.
    fx.exec(QStringLiteral("UPDATE providers SET name_en = 'Star AI 13700001111' WHERE id = 'P1'"));
    Result<Report> contact = exporter.build(o);
    AB_REQUIRE_OK(contact);
    CHECK(contact->scope ==
          QLatin1String("Provider Star AI 137****1111, 2026-03-01 to 2026-06-30"));
    REQUIRE(report.facts.size() == 6);
    CHECK(report.facts.at(1).value == QLatin1String("5")); // G1–G5 flagged on 03-01
    CHECK(report.facts.at(2).value == QLatin1String("6")); // G4 is due in July
    CHECK(report.facts.at(3).value == QLatin1String("1"));
    CHECK(report.facts.at(4).value == QLatin1String("1"));
    CHECK(report.facts.at(5).key == QLatin1String("complaints"));
    CHECK(report.facts.at(5).value == QLatin1String("1")); // C1 only
    REQUIRE(report.tables.size() == 6);
    CHECK(report.tables.at(0).rows ==
          QVector<QStringList>{{QStringLiteral("A.4 Infringes others' lawful rights and interests"),
                                QStringLiteral("5")}});
    CHECK(report.tables.at(1).rows ==
          QVector<QStringList>{{QStringLiteral("Met"), QStringLiteral("2")},
                               {QStringLiteral("Late"), QStringLiteral("1")},
                               {QStringLiteral("Missed"), QStringLiteral("2")},
                               {QStringLiteral("Not yet due"), QStringLiteral("1")}});
    CHECK(report.tables.at(2).key == QLatin1String("complaintChannels"));
    CHECK(report.tables.at(2).rows ==
          QVector<QStringList>{{QStringLiteral("Web"), QStringLiteral("1")}});
    CHECK(report.tables.at(3).key == QLatin1String("complaintKinds"));
    CHECK(report.tables.at(3).rows ==
          QVector<QStringList>{
              {QStringLiteral("Personal information request"), QStringLiteral("1")}});
    CHECK(report.tables.at(4).rows.at(0).at(0) == QLatin1String("CASE-0001"));
    // The count tables are the ones drawn as charts.
    QStringList charted;
    for (const ReportTable &t : report.tables)
        if (t.charted)
            charted << t.key;
    CHECK(charted == QStringList{QStringLiteral("risks"), QStringLiteral("compliance"),
                                 QStringLiteral("complaintChannels"),
                                 QStringLiteral("complaintKinds")});
    const QVector<QStringList> &data = report.tables.at(5).rows;
    REQUIRE(data.size() == 2);
    CHECK(data.at(0) == QStringList{QStringLiteral("sft-set"), QStringLiteral("Fine-tuning"),
                                    QStringLiteral("Commercial"), QStringLiteral("no"),
                                    QStringLiteral("CC-BY-4.0"), QStringLiteral("5.0%"),
                                    QStringLiteral("no")});
    CHECK(data.at(1).at(6) == QLatin1String("yes"));
}

TEST_CASE("provider report: unknown provider", "[reports]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    ReportExporter exporter(fx.ws());
    ReportOptions o;
    o.kind = ReportKind::Provider;
    o.providerId = QStringLiteral("P9");
    o.from = kFrom;
    o.to = kTo;
    Result<Report> r = exporter.build(o);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QLatin1String("provider"));
}

TEST_CASE("complaint report: a provider narrows it to complaints on its generations", "[reports]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    fx.exec(QStringLiteral(
        "INSERT INTO complaint_generations (complaint_id, generation_id) VALUES ('C1', 'G1')"));
    ReportExporter exporter(fx.ws());
    ReportOptions o;
    o.kind = ReportKind::Complaints;
    o.from = QDate(2026, 3, 1);
    o.to = QDate(2026, 3, 31);
    o.asOf = kAsOf;
    Result<Report> all = exporter.build(o);
    AB_REQUIRE_OK(all);
    CHECK(all->facts.at(1).value == QLatin1String("2"));
    o.providerId = QStringLiteral("P1");
    Result<Report> narrowed = exporter.build(o);
    AB_REQUIRE_OK(narrowed);
    CHECK(narrowed->facts.at(1).value == QLatin1String("1"));
    CHECK(narrowed->scope ==
          QLatin1String("Complaints received from 2026-03-01 to 2026-03-31; provider Star AI"));
    // A provider that does not exist is an error naming the field, not an
    // empty report; for the deadline report too.
    o.providerId = QStringLiteral("P2");
    Result<Report> none = exporter.build(o);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().field == QLatin1String("provider"));
    o.kind = ReportKind::Deadlines;
    CHECK(exporter.build(o).error().field == QLatin1String("provider"));
    o.providerId = QStringLiteral("P1");
    Result<Report> deadlines = exporter.build(o);
    AB_REQUIRE_OK(deadlines);
    CHECK(deadlines->scope.endsWith(QLatin1String("; provider Star AI")));
}
