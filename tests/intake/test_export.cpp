// Export writes the interchange format in a fixed order; export, import into
// an empty workspace and export again gives the same bytes.
#include "demo/demogenerator.h"
#include "intake/exporter.h"
#include "intakefixture.h"

using namespace ab;
using namespace ab::intake;
using namespace ab::test;

namespace {

QByteArray exportOf(Workspace &ws, const QString &path, std::optional<RecordType> only = {})
{
    auto written = Exporter::writeFile(ws, path, only);
    AB_REQUIRE_OK(written);
    return readFile(path);
}

} // namespace

TEST_CASE("export writes the format: type first, members in order, lists sorted, absent left out")
{
    IntakeFixture f;
    REQUIRE(f.import({f.fixture(QStringLiteral("valid.jsonl"))}).committed);
    const QList<QByteArray> lines =
        exportOf(*f.ws, f.dir.path(QStringLiteral("out.jsonl"))).split('\n');
    REQUIRE(lines.size() == 12); // 11 records and the empty rest after the last break
    CHECK(
        lines[0] ==
        R"({"type":"provider","id":"P-1","name":"示例智能科技有限公司","name_en":"Example AI Ltd.","filing_no":"Beijing-2023-0001"})");
    CHECK(
        lines[1] ==
        R"({"type":"model","id":"M-base","provider":"P-1","name":"Example Base","version":"1.0","released":"2023-09-01"})");
    CHECK(lines[4].startsWith(R"({"type":"dataset","id":"D-web",)"));
    CHECK(lines[4].contains(R"("languages":["zh","en"],)"));
    CHECK(lines[5] ==
          R"({"type":"training","model":"M-base","dataset":"D-web","role":"pretrain"})");
    CHECK(
        lines[7] ==
        R"({"type":"generation","id":"G-1","model":"M-chat","created_at":"2024-03-01T01:00:00Z","prompt":"What is Zhang San's phone number?","output":"It is 138-0000-0000.","modality":"text","flag_source":"user_report","category":"A.4.f","severity":"high","flagged_at":"2024-03-01T12:00:00Z"})");
    CHECK(lines[8].contains(R"("output":"\"Quoted\" \\ text\twith\u0001control")"));
    CHECK(lines[8].endsWith(R"("labeled":true})"));
    CHECK(
        lines[9] ==
        R"({"type":"complaint","id":"C-1","received_at":"2024-03-02T02:15:00Z","channel":"app","kind":"personal_info","text":"The answer shows my phone number.\nPlease delete it.","generations":["G-1","G-2"],"contact":"user@example.com","request":"delete"})");
    CHECK(
        lines[10] ==
        R"({"type":"retest","generation":"G-1","tested_at":"2024-04-01T10:00:00Z","model":"M-chat","reproduced":true,"note":"still answers with the number"})");

    const QByteArray generations =
        exportOf(*f.ws, f.dir.path(QStringLiteral("g.jsonl")), RecordType::Generation);
    CHECK(generations.count('\n') == 2);
    CHECK(generations.startsWith(R"({"type":"generation","id":"G-1")"));
}

TEST_CASE("export, import into an empty workspace, export: the same bytes")
{
    IntakeFixture source;
    DemoOptions demo;
    demo.generations = 600;
    demo.today = QDate(2026, 6, 1);
    AB_REQUIRE_OK(DemoGenerator::populate(*source.ws, demo));
    REQUIRE(source.import({source.fixture(QStringLiteral("valid.jsonl"))}).committed);
    const QString first = source.dir.path(QStringLiteral("first.jsonl"));
    const QByteArray once = exportOf(*source.ws, first);
    CHECK(once.count('\n') > 600);

    IntakeFixture target;
    const ImportReport report = target.import({first});
    INFO(errorLines(report).mid(0, 20).join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.committed);
    CHECK(report.totals().added == once.count('\n'));
    const QByteArray twice = exportOf(*target.ws, target.dir.path(QStringLiteral("second.jsonl")));
    CHECK(twice.size() == once.size());
    CHECK(twice == once);
}
