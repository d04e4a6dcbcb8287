#include "reportfixture.h"
#include "reports/complaintreport.h"
#include "reports/reportexporter.h"
#include "testsupport.h"

using namespace ab;
using namespace ab::test;

namespace {

// March 2026 as the fixture and these updates leave it (Asia/Shanghai):
//   C1 web, delete request, due 03-10, answered 03-09          -> on time, 8.417 days
//   C2 web, access request, due 03-05, answered 03-06 01:00 local -> late, 4.708 days
//   C3 phone, due 04-01, unanswered (as of 06-15)              -> unanswered, limit passed
//   C4 received 03-31T17:00Z = 04-01 local                     -> outside the period
//   C5 app, no limit                                           -> no limit recorded
void addComplaints(ReportFixture &fx)
{
    fx.exec(QStringLiteral("UPDATE complaints SET request = 'delete', status = 'resolved', "
                           "response_due = '2026-03-10', responded_at = '2026-03-09T10:00:00Z' "
                           "WHERE id = 'C1'"));
    fx.exec(QStringLiteral("UPDATE complaints SET request = 'access', status = 'triaged', "
                           "response_due = '2026-03-05', responded_at = '2026-03-05T17:00:00Z' "
                           "WHERE id = 'C2'"));
    fx.exec(QStringLiteral(
        "INSERT INTO complaints (id, received_at, channel, kind, text, response_due) VALUES "
        "('C3', '2026-03-15T00:00:00Z', 'phone', 'other', 'x', '2026-04-01'), "
        "('C4', '2026-03-31T17:00:00Z', 'sms', 'other', 'x', '2026-04-20'), "
        "('C5', '2026-03-20T00:00:00Z', 'app', 'illegal_content', 'x', NULL)"));
}

} // namespace

TEST_CASE("complaint feedback against the limit", "[reports]")
{
    const QDate asOf(2026, 6, 15);
    CHECK(ComplaintReport::feedback(QString(), QString(), asOf) == QLatin1String("no_limit"));
    CHECK(ComplaintReport::feedback(QStringLiteral("2026-03-10"), QStringLiteral("2026-03-10"),
                                    asOf) == QLatin1String("answered_on_time"));
    CHECK(ComplaintReport::feedback(QStringLiteral("2026-03-10"), QStringLiteral("2026-03-11"),
                                    asOf) == QLatin1String("answered_late"));
    CHECK(ComplaintReport::feedback(QStringLiteral("2026-06-15"), QString(), asOf) ==
          QLatin1String("unanswered_open"));
    CHECK(ComplaintReport::feedback(QStringLiteral("2026-06-14"), QString(), asOf) ==
          QLatin1String("unanswered_overdue"));
}

TEST_CASE("complaint handling report: volumes, feedback and requests", "[reports]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    addComplaints(fx);
    ReportExporter exporter(fx.ws());
    ReportOptions o;
    o.kind = ReportKind::Complaints;
    o.from = QDate(2026, 3, 1);
    o.to = QDate(2026, 3, 31);
    o.asOf = kAsOf;
    Result<Report> r = exporter.build(o);
    AB_REQUIRE_OK(r);
    const Report &report = r.value();
    REQUIRE(report.facts.size() == 4);
    CHECK(report.facts.at(1).value == QLatin1String("4"));
    CHECK(report.facts.at(2).value == QLatin1String("2"));
    CHECK(report.facts.at(3).value == QLatin1String("6.6")); // (8.417 + 4.708) / 2
    REQUIRE(report.tables.size() == 4);
    CHECK(
        report.tables.at(0).rows ==
        QVector<QStringList>{{QStringLiteral("Answered within the limit"), QStringLiteral("1")},
                             {QStringLiteral("Answered after the limit"), QStringLiteral("1")},
                             {QStringLiteral("Unanswered, limit passed"), QStringLiteral("1")},
                             {QStringLiteral("Unanswered, within the limit"), QStringLiteral("0")},
                             {QStringLiteral("No limit recorded"), QStringLiteral("1")}});
    CHECK(report.tables.at(1).rows ==
          QVector<QStringList>{{QStringLiteral("App"), QStringLiteral("1")},
                               {QStringLiteral("Phone"), QStringLiteral("1")},
                               {QStringLiteral("Web"), QStringLiteral("2")}});
    CHECK(report.tables.at(3).rows ==
          QVector<QStringList>{
              {QStringLiteral("Access"), QStringLiteral("Triaged"), QStringLiteral("1")},
              {QStringLiteral("Delete"), QStringLiteral("Resolved"), QStringLiteral("1")}});
}
