#include "privacy/piimasker.h"
#include "reportfixture.h"
#include "reports/deadlinereport.h"
#include "reports/reportexporter.h"
#include "testsupport.h"

using namespace ab;
using namespace ab::test;

namespace {

QString fact(const Report &r, const QString &key)
{
    for (const ReportFact &f : r.facts)
        if (f.key == key)
            return f.value;
    return QStringLiteral("<missing>");
}

QStringList column(const ReportTable &t, const QString &key)
{
    const auto i = t.columnKeys.indexOf(key);
    QStringList out;
    for (const QStringList &row : t.rows)
        out << row.value(i);
    return out;
}

} // namespace

TEST_CASE("deadline outcome of one item", "[reports]")
{
    const QDate asOf(2026, 6, 15);
    CHECK(DeadlineReport::outcome(QStringLiteral("2026-06-10"), QStringLiteral("2026-06-10"),
                                  asOf) == QLatin1String("met"));
    CHECK(DeadlineReport::outcome(QStringLiteral("2026-06-10"), QStringLiteral("2026-06-11"),
                                  asOf) == QLatin1String("late"));
    CHECK(DeadlineReport::outcome(QStringLiteral("2026-06-14"), QString(), asOf) ==
          QLatin1String("missed"));
    // The due day itself is still open: the period ends at 24:00.
    CHECK(DeadlineReport::outcome(QStringLiteral("2026-06-15"), QString(), asOf) ==
          QLatin1String("open"));
}

TEST_CASE("deadline compliance report: rows, statuses and totals", "[reports]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    // G1 was contained (a filter rule) at 01:30 Beijing time on 2 March.
    fx.exec(QStringLiteral("UPDATE deadlines SET containment_due = '2026-03-02', "
                           "contained_at = '2026-03-01T17:30:00Z', "
                           "containment_action = 'filter rule' WHERE item_id = 'G1'"));
    ReportExporter exporter(fx.ws());
    Result<Report> r = exporter.build(juneOptions());
    AB_REQUIRE_OK(r);

    CHECK(r->title == QLatin1String("Deadline compliance report"));
    CHECK(r->scope == QLatin1String("Items due from 2026-06-01 to 2026-06-30"));
    REQUIRE(r->tables.size() == 2);
    const ReportTable &items = r->tables.at(0);
    CHECK(column(items, QStringLiteral("item")) ==
          QStringList{QStringLiteral("G1"), QStringLiteral("G2"), QStringLiteral("G3"),
                      QStringLiteral("C1"), QStringLiteral("C2")});
    CHECK(column(items, QStringLiteral("outcome")) ==
          QStringList{QStringLiteral("Met"), QStringLiteral("Late"), QStringLiteral("Missed"),
                      QStringLiteral("Not yet due"), QStringLiteral("Met")});
    CHECK(column(items, QStringLiteral("status")) ==
          QStringList{QStringLiteral("Remediated"), QStringLiteral("Remediated late"),
                      QStringLiteral("Overdue"), QStringLiteral("Due soon"),
                      QStringLiteral("Remediated")});
    // Remediation dates are local (Asia/Shanghai) days.
    CHECK(column(items, QStringLiteral("remediatedOn")) ==
          QStringList{QStringLiteral("2026-06-04"), QStringLiteral("2026-06-11"), QString(),
                      QString(), QStringLiteral("2026-06-14")});
    // Containment is the other clock: its due day and the local day it was done.
    CHECK(column(items, QStringLiteral("containmentDue")) ==
          QStringList{QStringLiteral("2026-03-02"), QString(), QString(), QString(), QString()});
    CHECK(column(items, QStringLiteral("containedOn")) ==
          QStringList{QStringLiteral("2026-03-02"), QString(), QString(), QString(), QString()});
    CHECK(column(items, QStringLiteral("provider")).constFirst() == QLatin1String("Star AI"));
    CHECK(column(items, QStringLiteral("policy")).constFirst() == QLatin1String("cac-2023-draft"));

    CHECK(fact(*r, QStringLiteral("itemsDue")) == QLatin1String("5"));
    CHECK(fact(*r, QStringLiteral("met")) == QLatin1String("2"));
    CHECK(fact(*r, QStringLiteral("late")) == QLatin1String("1"));
    CHECK(fact(*r, QStringLiteral("missed")) == QLatin1String("1"));
    CHECK(fact(*r, QStringLiteral("open")) == QLatin1String("1"));
    CHECK(fact(*r, QStringLiteral("complianceRate")) == QLatin1String("50.0%")); // 2 of 4 judged
    CHECK(r->tables.at(1).rows ==
          QVector<QStringList>{{QStringLiteral("Met"), QStringLiteral("2")},
                               {QStringLiteral("Late"), QStringLiteral("1")},
                               {QStringLiteral("Missed"), QStringLiteral("1")},
                               {QStringLiteral("Not yet due"), QStringLiteral("1")}});

    // Stamp: who, which workspace, the audit head at the time.
    CHECK(r->stamp.user == QLatin1String("tester"));
    CHECK(r->stamp.workspaceName == QLatin1String("ws"));
    CHECK(r->stamp.auditHeadHash.size() == 64);
    CHECK(r->stamp.reportId.startsWith(QLatin1String("RPT-")));
    CHECK(r->stamp.masked);
}

TEST_CASE("deadline report in Chinese whatever the program's language", "[reports]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    ReportExporter exporter(fx.ws());
    Result<Report> r = exporter.build(juneOptions(QStringLiteral("zh_CN")));
    AB_REQUIRE_OK(r);
    CHECK(r->title == QStringLiteral("整改期限合规报告"));
    const ReportTable &items = r->tables.at(0);
    CHECK(column(items, QStringLiteral("provider")).constFirst() == QStringLiteral("星辰智能"));
    CHECK(column(items, QStringLiteral("outcome")).constFirst() == QStringLiteral("按期整改"));
    CHECK(column(items, QStringLiteral("kind")).constLast() == QStringLiteral("用户投诉"));
}

TEST_CASE("report excerpts are masked; no personal value survives the model", "[reports]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    ReportExporter exporter(fx.ws());
    Result<Report> r = exporter.build(juneOptions());
    AB_REQUIRE_OK(r);
    const QStringList excerpts = column(r->tables.at(0), QStringLiteral("excerpt"));
    CHECK(excerpts.at(0) ==
          QStringLiteral("我的身份证号是110105********002X，手机138****8000，请帮我查询。"));
    CHECK(excerpts.at(1) ==
          QStringLiteral("Contact me at z***@example.com or 010-****5678 today."));
    for (const QString &value : personalValues())
        for (const QString &e : excerpts)
            CHECK_FALSE(e.contains(value));
}

TEST_CASE("report options are checked", "[reports]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    ReportExporter exporter(fx.ws());
    ReportOptions o = juneOptions();
    o.to = QDate(2026, 5, 1);
    const Result<Report> backwards = exporter.build(o);
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().field == QLatin1String("to"));
    o = juneOptions();
    o.masked = false; // tester is an analyst
    const Result<Report> refused = exporter.build(o);
    REQUIRE_FALSE(refused.ok());
}
