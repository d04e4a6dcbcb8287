// `auditbench-cli case …` drives the same service: open a case from items,
// add to it, move it along, and refuse bad input with one line and exit 1/2.
#include "casefixture.h"
#include "cases/casequery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using namespace ab;
using namespace ab::test;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(AUDITBENCH_CLI), args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("case open, add, status, note and show from the command line")
{
    CaseFixture f;
    f.addComplaint(QStringLiteral("C1"), QStringLiteral("投诉"),
                   QStringLiteral("2026-03-02T08:00:00Z"));
    const QString db = f.path;
    f.ws.reset(); // the CLI opens the file itself

    Run r = cli({QStringLiteral("case"), QStringLiteral("open"), QStringLiteral("--db"), db,
                 QStringLiteral("--title"), QStringLiteral("来自命令行"), QStringLiteral("--item"),
                 QStringLiteral("G00001"), QStringLiteral("--item"),
                 QStringLiteral("G00002,complaint:C1"), QStringLiteral("--priority"),
                 QStringLiteral("high")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QRegularExpression number(QStringLiteral("CASE-\\d{4}-0001"));
    const QString caseNumber = number.match(r.out).captured(0);
    REQUIRE_FALSE(caseNumber.isEmpty());

    r = cli({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--db"), db,
             QStringLiteral("--case"), caseNumber, QStringLiteral("--item"),
             QStringLiteral("G00003")});
    REQUIRE(r.code == 0);
    r = cli({QStringLiteral("case"), QStringLiteral("status"), QStringLiteral("--db"), db,
             QStringLiteral("--case"), caseNumber, QStringLiteral("--to"),
             QStringLiteral("triage")});
    REQUIRE(r.code == 0);
    r = cli({QStringLiteral("case"), QStringLiteral("note"), QStringLiteral("--db"), db,
             QStringLiteral("--case"), caseNumber, QStringLiteral("--text"),
             QStringLiteral("checked")});
    REQUIRE(r.code == 0);

    r = cli({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("--db"), db,
             QStringLiteral("--case"), caseNumber});
    REQUIRE(r.code == 0);
    const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(shown.value(QStringLiteral("title")).toString() == QStringLiteral("来自命令行"));
    CHECK(shown.value(QStringLiteral("status")).toString() == QStringLiteral("triage"));
    CHECK(shown.value(QStringLiteral("priority")).toString() == QStringLiteral("high"));
    CHECK(shown.value(QStringLiteral("items")).toArray().size() == 4);

    SECTION("a forbidden move fails with one line and exit 1")
    {
        r = cli({QStringLiteral("case"), QStringLiteral("status"), QStringLiteral("--db"), db,
                 QStringLiteral("--case"), caseNumber, QStringLiteral("--to"),
                 QStringLiteral("closed")});
        CHECK(r.code == 1);
        CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK(r.err.contains(caseNumber));
    }
    SECTION("an auditor is refused")
    {
        r = cli({QStringLiteral("case"), QStringLiteral("note"), QStringLiteral("--db"), db,
                 QStringLiteral("--user"), CaseFixture::kAuditor, QStringLiteral("--case"),
                 caseNumber, QStringLiteral("--text"), QStringLiteral("x")});
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("auditor")));
    }
    SECTION("unknown items and bad usage")
    {
        r = cli({QStringLiteral("case"), QStringLiteral("open"), QStringLiteral("--db"), db,
                 QStringLiteral("--title"), QStringLiteral("x"), QStringLiteral("--item"),
                 QStringLiteral("G99999")});
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("G99999")));
        r = cli({QStringLiteral("case"), QStringLiteral("open"), QStringLiteral("--db"), db});
        CHECK(r.code == 2);
        r = cli({QStringLiteral("case"), QStringLiteral("fly"), QStringLiteral("--db"), db});
        CHECK(r.code == 2);
    }
}
