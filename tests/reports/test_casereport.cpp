#include "reportfixture.h"
#include "reports/reportexporter.h"
#include "testsupport.h"

using namespace ab;
using namespace ab::test;

namespace {

ReportOptions caseOptions(const QString &number, const QString &language = QStringLiteral("en"))
{
    ReportOptions o;
    o.kind = ReportKind::Case;
    o.caseNumber = number;
    o.asOf = kAsOf;
    o.language = language;
    return o;
}

const ReportTable &tableOf(const Report &r, const QString &key)
{
    for (const ReportTable &t : r.tables)
        if (t.key == key)
            return t;
    FAIL("no table " << key.toStdString());
    return r.tables.first();
}

QString factOf(const Report &r, const QString &key)
{
    for (const ReportFact &f : r.facts)
        if (f.key == key)
            return f.value;
    return QStringLiteral("<missing>");
}

} // namespace

TEST_CASE("case report: the case, its items, timeline, evidence and re-tests", "[reports]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    addCase(fx);
    ReportExporter exporter(fx.ws());
    Result<Report> r = exporter.build(caseOptions(QStringLiteral("CASE-0001")));
    AB_REQUIRE_OK(r);
    const Report &report = r.value();
    CHECK(report.title == QLatin1String("Case report"));
    CHECK(factOf(report, QStringLiteral("status")) == QLatin1String("Investigating"));
    CHECK(factOf(report, QStringLiteral("priority")) == QLatin1String("High"));
    CHECK(factOf(report, QStringLiteral("provider")) == QLatin1String("Star AI"));
    // Free text is masked like everything else.
    CHECK(factOf(report, QStringLiteral("description")) ==
          QStringLiteral("模型输出了用户身份证号110105********002X"));
    CHECK(factOf(report, QStringLiteral("findings")) ==
          QStringLiteral("复现成功，涉及手机138****8000"));

    const ReportTable &items = tableOf(report, QStringLiteral("items"));
    REQUIRE(items.rows.size() == 2);
    CHECK(items.rows.at(0).at(1) == QLatin1String("G1"));
    CHECK(items.rows.at(0).at(4) == QLatin1String("2026-06-05"));
    CHECK(items.rows.at(0).at(5) == QLatin1String("Remediated"));
    CHECK(items.rows.at(1).at(1) == QLatin1String("C1"));
    CHECK(items.rows.at(1).at(2) == QStringLiteral("投诉人+86139****5678反映生成内容涉及个人信息"));
    CHECK(items.rows.at(1).at(5) == QLatin1String("Due soon"));

    CHECK(tableOf(report, QStringLiteral("timeline")).rows.size() == 2);
    const ReportTable &evidence = tableOf(report, QStringLiteral("evidence"));
    REQUIRE(evidence.rows.size() == 1);
    CHECK(evidence.rows.at(0).at(1) ==
          QLatin1String("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    const ReportTable &retests = tableOf(report, QStringLiteral("retests"));
    REQUIRE(retests.rows.size() == 2);
    CHECK(retests.rows.at(0).at(3) == QLatin1String("yes"));
    CHECK(retests.rows.at(1).at(3) == QLatin1String("no"));
}

TEST_CASE("case report: unknown case and missing case number", "[reports]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    ReportExporter exporter(fx.ws());
    Result<Report> missing = exporter.build(caseOptions(QStringLiteral("CASE-9999")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().field == QLatin1String("case"));
    Result<Report> none = exporter.build(caseOptions(QString()));
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().field == QLatin1String("case"));
}

TEST_CASE("case report PDF in Chinese holds no personal value", "[reports][pdf]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    addCase(fx);
    ReportExporter exporter(fx.ws());
    ExportRequest request;
    request.options = caseOptions(QStringLiteral("CASE-0001"), QStringLiteral("zh_CN"));
    request.format = ReportFormat::Pdf;
    request.outputPath = dir.path(QStringLiteral("case.pdf"));
    AB_REQUIRE_OK(exporter.exportReport(request));
    const QString text = pdfText(request.outputPath);
    CHECK(text.contains(QStringLiteral("审查案件报告")));
    for (const QString &value : personalValues())
        CHECK_FALSE(text.contains(value));
}
