// Runs the real auditbench-cli: the `due` and `deadlines` contracts that
// scripts rely on (JSON keys, exit codes, one-line errors).
#include "deadlinefixture.h"
#include "deadlines/deadlineservice.h"
#include "testsupport.h"
#include "util/timeutil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

using namespace ab;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// Each run gets its own data folder, so that calendars or policies a user of
// this machine installed cannot change the results.
Run cli(const QStringList &args, const QString &dataHome)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    env.insert(QStringLiteral("AUDITBENCH_USER"), QStringLiteral("tester"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AUDITBENCH_CLI), args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QJsonObject dueJson(const QStringList &args, const QString &dataHome)
{
    const Run r = cli(QStringList{QStringLiteral("due")} + args, dataHome);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.err.isEmpty());
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &e);
    INFO(r.out.toStdString());
    REQUIRE(e.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("cli due prints the due date as one JSON object", "[deadlines][cli]")
{
    test::TempDir home;
    struct Case
    {
        QStringList args;
        const char *trigger;
        const char *nominal;
        const char *due;
        bool complete;
    };
    const Case cases[] = {
        // 16:00 UTC on May 31 is June 1 in Beijing; 3M later is Tue Sep 1.
        {{QStringLiteral("--from"), QStringLiteral("2026-05-31T16:00:00Z"),
          QStringLiteral("--period"), QStringLiteral("3M")},
         "2026-06-01",
         "2026-09-01",
         "2026-09-01",
         true},
        // The same instant read in UTC is still May 31; +1D = Mon Jun 1.
        {{QStringLiteral("--from"), QStringLiteral("2026-05-31T16:00:00Z"),
          QStringLiteral("--period"), QStringLiteral("1D"), QStringLiteral("--zone"),
          QStringLiteral("UTC")},
         "2026-05-31",
         "2026-06-01",
         "2026-06-01",
         true},
        // An offset in the timestamp: 2026-06-01T00:30+08:00 is June 1.
        {{QStringLiteral("--from"), QStringLiteral("2026-06-01T00:30:00+08:00"),
          QStringLiteral("--period"), QStringLiteral("1D")},
         "2026-06-01",
         "2026-06-02",
         "2026-06-02",
         true},
        // Nov 30 + 3M: Feb 28 2026, a working Saturday.
        {{QStringLiteral("--from"), QStringLiteral("2025-11-30"), QStringLiteral("--period"),
          QStringLiteral("3M")},
         "2025-11-30",
         "2026-02-28",
         "2026-02-28",
         true},
        // Aug 31 + 3M: Sun Nov 30 -> Mon Dec 1.
        {{QStringLiteral("--from"), QStringLiteral("2025-08-31"), QStringLiteral("--period"),
          QStringLiteral("3M")},
         "2025-08-31",
         "2025-11-30",
         "2025-12-01",
         true},
        // Leap year without a calendar.
        {{QStringLiteral("--from"), QStringLiteral("2027-11-30"), QStringLiteral("--period"),
          QStringLiteral("3M")},
         "2027-11-30",
         "2028-02-29",
         "2028-02-29",
         false},
        // 15 days from Feb 5 2026 is Fri Feb 20, in the Spring Festival.
        {{QStringLiteral("--from"), QStringLiteral("2026-02-05"), QStringLiteral("--policy"),
          QStringLiteral("cac-2023-interim")},
         "2026-02-05",
         "2026-02-20",
         "2026-02-24",
         true},
        // Containment: one working day after Sep 30 is Thu Oct 8.
        {{QStringLiteral("--from"), QStringLiteral("2026-09-30"), QStringLiteral("--policy"),
          QStringLiteral("containment")},
         "2026-09-30",
         "2026-10-08",
         "2026-10-08",
         true},
        // EU, two days: Fri Oct 2 (no EU holiday data).
        {{QStringLiteral("--from"), QStringLiteral("2026-09-30"), QStringLiteral("--policy"),
          QStringLiteral("eu-ai-act-73:widespread")},
         "2026-09-30",
         "2026-10-02",
         "2026-10-02",
         false},
    };
    for (const Case &c : cases) {
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        const QJsonObject o = dueJson(c.args, home.path(QString()));
        CHECK(o.value(QStringLiteral("trigger_date")).toString() == QString::fromLatin1(c.trigger));
        CHECK(o.value(QStringLiteral("nominal_due")).toString() == QString::fromLatin1(c.nominal));
        CHECK(o.value(QStringLiteral("due")).toString() == QString::fromLatin1(c.due));
        REQUIRE(o.value(QStringLiteral("calendar_complete")).isBool());
        CHECK(o.value(QStringLiteral("calendar_complete")).toBool() == c.complete);
        CHECK(o.contains(QStringLiteral("period")));
        CHECK(o.contains(QStringLiteral("policy")));
    }
    const QJsonObject withPolicy =
        dueJson({QStringLiteral("--from"), QStringLiteral("2026-01-14"), QStringLiteral("--policy"),
                 QStringLiteral("cac-2023-draft")},
                home.path(QString()));
    CHECK(withPolicy.value(QStringLiteral("policy")).toString() ==
          QStringLiteral("cac-2023-draft"));
    CHECK(withPolicy.value(QStringLiteral("period")).toString() == QStringLiteral("3M"));
    // The period ends at 24:00 Beijing time on Tue Apr 14: 16:00 UTC.
    CHECK(withPolicy.value(QStringLiteral("ends_at")).toString() ==
          QStringLiteral("2026-04-14T16:00:00Z"));
}

TEST_CASE("cli due reads a calendar the user added", "[deadlines][cli]")
{
    test::TempDir home;
    const QStringList args{QStringLiteral("--from"), QStringLiteral("2026-12-22"),
                           QStringLiteral("--period"), QStringLiteral("10D")};
    // Without 2027 data: Fri Jan 1 2027, counted as a working day and marked.
    QJsonObject o = dueJson(args, home.path(QString()));
    CHECK(o.value(QStringLiteral("due")).toString() == QStringLiteral("2027-01-01"));
    CHECK_FALSE(o.value(QStringLiteral("calendar_complete")).toBool());

    const QString folder = home.path(QStringLiteral("AuditBench/auditbench/calendars"));
    REQUIRE(QDir().mkpath(folder));
    test::writeFile(folder + QStringLiteral("/cn-2027.json"),
                    R"({"format": "auditbench-calendar/1", "country": "CN", "year": 2027,
                        "source": {"title_en": "test notice"},
                        "holidays": [{"name_zh": "元旦", "name_en": "New Year's Day",
                                      "from": "2027-01-01", "to": "2027-01-01"}]})");
    // Jan 1 is a holiday, Jan 2-3 the weekend: Mon Jan 4, complete.
    o = dueJson(args, home.path(QString()));
    CHECK(o.value(QStringLiteral("due")).toString() == QStringLiteral("2027-01-04"));
    CHECK(o.value(QStringLiteral("calendar_complete")).toBool());

    // A broken user file is named, and it is not a usage error.
    test::writeFile(folder + QStringLiteral("/cn-2027.json"), "{");
    const Run r = cli(QStringList{QStringLiteral("due")} + args, home.path(QString()));
    CHECK(r.code == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains("cn-2027.json"));
}

TEST_CASE("cli due rejects bad input with one line and exit code 2", "[deadlines][cli]")
{
    test::TempDir home;
    const QList<QStringList> cases{
        {QStringLiteral("--from"), QStringLiteral("yesterday"), QStringLiteral("--period"),
         QStringLiteral("3M")},
        {QStringLiteral("--from"), QStringLiteral("2026-02-30"), QStringLiteral("--period"),
         QStringLiteral("3M")},
        {QStringLiteral("--from"), QStringLiteral("2026-5-1"), QStringLiteral("--period"),
         QStringLiteral("3M")},
        {QStringLiteral("--from"), QStringLiteral("2026-05-01T25:00:00Z"),
         QStringLiteral("--period"), QStringLiteral("3M")},
        {QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--period"),
         QStringLiteral("3X")},
        {QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--period"),
         QStringLiteral("0D")},
        {QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--policy"),
         QStringLiteral("no-such-policy")},
        {QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--policy"),
         QStringLiteral("eu-ai-act-73:nope")},
        {QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--period"),
         QStringLiteral("3M"), QStringLiteral("--policy"), QStringLiteral("cac-2023-draft")},
        {QStringLiteral("--from"), QStringLiteral("2026-05-01")},
        {QStringLiteral("--period"), QStringLiteral("3M")},
        {QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--period"),
         QStringLiteral("3M"), QStringLiteral("--zone"), QStringLiteral("Mars/Olympus")},
        {QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--period"),
         QStringLiteral("3M"), QStringLiteral("--bogus")},
    };
    for (const QStringList &args : cases) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const Run r = cli(QStringList{QStringLiteral("due")} + args, home.path(QString()));
        INFO(r.err.toStdString());
        CHECK(r.code == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.count('\n') == 1);
        CHECK(r.err.endsWith('\n'));
    }
}

TEST_CASE("cli deadlines lists every item with its status", "[deadlines][cli]")
{
    test::TempDir home;
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("w.abw"));
    {
        test::DeadlineFixture fx(path);
        fx.addGeneration(QStringLiteral("G1"), QStringLiteral("M1"),
                         QStringLiteral("2026-01-14T02:00:00Z"));
        fx.addGeneration(QStringLiteral("G2"), QStringLiteral("M9"),
                         QStringLiteral("2026-09-15T17:00:00Z"));
        fx.addGeneration(QStringLiteral("G3"), QStringLiteral("M1"),
                         QStringLiteral("2026-02-10T03:00:00Z"));
        fx.addComplaint(QStringLiteral("C1,\"odd\""), QStringLiteral("2026-05-31T16:00:00Z"),
                        {QStringLiteral("G1")});
        auto svc = DeadlineService::create(fx.ws(), QString(), QString());
        AB_REQUIRE_OK(svc);
        const ItemRef g1{ItemRef::Kind::Generation, QStringLiteral("G1")};
        auto id1 = svc->assign({g1, {}, std::nullopt}); // due 2026-04-14
        AB_REQUIRE_OK(id1);
        AB_REQUIRE_OK(svc->assign({{ItemRef::Kind::Generation, QStringLiteral("G2")},
                                   {},
                                   std::nullopt})); // due 2026-10-08
        auto id3 = svc->assign({{ItemRef::Kind::Generation, QStringLiteral("G3")},
                                {},
                                std::nullopt}); // due 2026-05-11
        AB_REQUIRE_OK(id3);
        AB_REQUIRE_OK(svc->assign({{ItemRef::Kind::Complaint, QStringLiteral("C1,\"odd\"")},
                                   QStringLiteral("complaint-feedback"),
                                   std::nullopt})); // due 2026-06-23
        AB_REQUIRE_OK(
            svc->recordRemediation(*id3, *time::fromStored(QStringLiteral("2026-04-01T00:00:00Z")),
                                   QStringLiteral("retrained")));
    }

    const Run r =
        cli({QStringLiteral("deadlines"), QStringLiteral("--db"), path, QStringLiteral("--as-of"),
             QStringLiteral("2026-05-01"), QStringLiteral("--format"), QStringLiteral("json")},
            home.path(QString()));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    REQUIRE(doc.isArray());
    const QJsonArray rows = doc.array();
    REQUIRE(rows.size() == 4);
    // Ordered by due date.
    struct Expect
    {
        const char *item;
        const char *due;
        const char *status;
        int daysLeft;
    };
    const Expect expected[] = {
        {"G1", "2026-04-14", "overdue", -17},
        {"G3", "2026-05-11", "remediated", 10},
        {"C1,\"odd\"", "2026-06-23", "on_track", 53},
        {"G2", "2026-10-08", "on_track", 160},
    };
    for (int i = 0; i < 4; ++i) {
        const QJsonObject o = rows.at(i).toObject();
        INFO(i);
        CHECK(o.value(QStringLiteral("item_id")).toString() == QString::fromUtf8(expected[i].item));
        CHECK(o.value(QStringLiteral("due")).toString() == QString::fromLatin1(expected[i].due));
        CHECK(o.value(QStringLiteral("status")).toString() ==
              QString::fromLatin1(expected[i].status));
        CHECK(o.value(QStringLiteral("days_left")).toInt() == expected[i].daysLeft);
        CHECK(o.value(QStringLiteral("calendar_complete")).toBool());
        for (const char *key : {"trigger_date", "policy", "item_kind", "original_due"})
            CHECK(o.contains(QString::fromLatin1(key)));
    }
    CHECK(rows.at(2).toObject().value(QStringLiteral("trigger_date")).toString() ==
          QStringLiteral("2026-06-01"));
    CHECK(rows.at(2).toObject().value(QStringLiteral("policy")).toString() ==
          QStringLiteral("complaint-feedback"));

    // CSV: a header and one line per item, with the odd id quoted.
    const Run csv = cli({QStringLiteral("deadlines"), QStringLiteral("--db"), path,
                         QStringLiteral("--as-of"), QStringLiteral("2026-05-01")},
                        home.path(QString()));
    REQUIRE(csv.code == 0);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    REQUIRE(lines.size() == 5);
    CHECK(lines.at(0).startsWith("deadline_id,item_kind,item_id,"));
    CHECK(lines.at(0).contains(",status,days_left,calendar_complete"));
    CHECK(lines.at(1).contains(",G1,P1,2026-01-14,cac-2023-draft,3M,2026-04-14,2026-04-14,"
                               "overdue,-17,true,"));
    CHECK(lines.at(3).contains(",\"C1,\"\"odd\"\"\","));

    // Bad input.
    for (const QStringList &bad :
         {QStringList{QStringLiteral("deadlines")},
          QStringList{QStringLiteral("deadlines"), QStringLiteral("--db"), path,
                      QStringLiteral("--as-of"), QStringLiteral("May 1")},
          QStringList{QStringLiteral("deadlines"), QStringLiteral("--db"), path,
                      QStringLiteral("--format"), QStringLiteral("xml")}}) {
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        const Run b = cli(bad, home.path(QString()));
        CHECK(b.code == 2);
        CHECK(b.err.count('\n') == 1);
    }
    const Run missing = cli({QStringLiteral("deadlines"), QStringLiteral("--db"),
                             dir.path(QStringLiteral("missing.abw"))},
                            home.path(QString()));
    CHECK(missing.code == 1);
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("missing.abw"))));
}
