// auditbench-cli trace prints the trace or the impact as JSON.
#include "lineagefixture.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace ab;
using namespace ab::test;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(AUDITBENCH_CLI), args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

TEST_CASE("trace --generation and --dataset print JSON")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("cli.auditbench"));
    {
        auto ws = Workspace::create(path, QStringLiteral("tester"));
        AB_REQUIRE_OK(ws);
        buildLineage(**ws);
    }
    const Run trace = cli({QStringLiteral("trace"), QStringLiteral("--db"), path,
                           QStringLiteral("--generation"), QStringLiteral("G3")});
    INFO(trace.err.toStdString());
    REQUIRE(trace.code == 0);
    const QJsonObject t = QJsonDocument::fromJson(trace.out).object();
    CHECK(t.value(QLatin1String("modelVersions")).toArray() ==
          QJsonArray{QStringLiteral("M1"), QStringLiteral("MB")});
    CHECK(t.value(QLatin1String("datasetsOverThreshold")).toArray() ==
          QJsonArray{QStringLiteral("D2")});

    const Run impact = cli({QStringLiteral("trace"), QStringLiteral("--db"), path,
                            QStringLiteral("--dataset"), QStringLiteral("D7")});
    REQUIRE(impact.code == 0);
    const QJsonObject i = QJsonDocument::fromJson(impact.out).object();
    CHECK(i.value(QLatin1String("modelVersions")).toArray() == QJsonArray{QStringLiteral("M2")});
    CHECK(i.value(QLatin1String("openGenerations")).toInt() == 1);
    CHECK(i.value(QLatin1String("openComplaints")).toInt() == 1);

    const Run unknown = cli({QStringLiteral("trace"), QStringLiteral("--db"), path,
                             QStringLiteral("--dataset"), QStringLiteral("nope")});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains("nope"));
    CHECK(unknown.err.count('\n') == 1);
    const Run both =
        cli({QStringLiteral("trace"), QStringLiteral("--db"), path, QStringLiteral("--dataset"),
             QStringLiteral("D1"), QStringLiteral("--generation"), QStringLiteral("G1")});
    CHECK(both.code == 2);
}
