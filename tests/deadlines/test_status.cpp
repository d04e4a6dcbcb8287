#include "deadlinefixture.h"
#include "deadlines/deadlinequery.h"
#include "deadlines/deadlinestatus.h"
#include "testsupport.h"
#include "util/timeutil.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <ctime>

using namespace ab;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

TEST_CASE("Status of a deadline as of a date", "[deadlines][status]")
{
    struct Case
    {
        const char *asOf;
        const char *remediatedAt; // UTC, "" for none
        Verification verification;
        int dueSoonDays;
        DeadlineState expected;
        const char *why;
    };
    // Every case is for a deadline due on Mon 2026-03-02, in Asia/Shanghai (UTC+8).
    const Case cases[] = {
        {"2026-02-01", "", Verification::None, 14, DeadlineState::OnTrack, "29 days left"},
        {"2026-02-15", "", Verification::None, 14, DeadlineState::OnTrack, "15 days left"},
        {"2026-02-16", "", Verification::None, 14, DeadlineState::DueSoon, "14 days left"},
        {"2026-03-02", "", Verification::None, 14, DeadlineState::DueSoon,
         "the due day itself: the period runs to 24:00"},
        {"2026-03-03", "", Verification::None, 14, DeadlineState::Overdue, "a day late"},
        {"2026-03-01", "", Verification::None, 0, DeadlineState::OnTrack, "no due-soon window"},
        {"2026-03-02", "", Verification::None, 0, DeadlineState::DueSoon, "window 0: due day"},
        {"2026-03-10", "2026-03-02T15:59:59Z", Verification::None, 14, DeadlineState::Remediated,
         "23:59:59 on Mar 2 in Beijing"},
        {"2026-03-10", "2026-03-02T16:00:00Z", Verification::None, 14,
         DeadlineState::RemediatedLate, "00:00 on Mar 3 in Beijing"},
        {"2026-02-01", "2026-01-20T08:00:00Z", Verification::None, 14, DeadlineState::Remediated,
         "remediated early, whatever the date asked about"},
        {"2026-03-10", "2026-03-01T00:00:00Z", Verification::Failed, 14,
         DeadlineState::VerificationFailed, "a reproduced re-test reopens a remediated item"},
        {"2026-04-10", "", Verification::Failed, 14, DeadlineState::VerificationFailed,
         "failed verification wins over overdue"},
        {"2026-04-10", "", Verification::Verified, 14, DeadlineState::Verified,
         "verified by a re-test on a newer model"},
        {"2026-04-10", "2026-03-20T00:00:00Z", Verification::Verified, 14, DeadlineState::Verified,
         "verified after a late remediation"},
    };
    for (const Case &c : cases) {
        INFO(c.asOf << " remediated " << c.remediatedAt << ": " << c.why);
        DeadlineFacts facts;
        facts.due = d("2026-03-02");
        if (*c.remediatedAt)
            facts.remediatedAt = time::fromStored(QString::fromLatin1(c.remediatedAt));
        facts.verification = c.verification;
        CHECK(DeadlineStatus::token(
                  DeadlineStatus::of(facts, d(c.asOf), c.dueSoonDays, time::defaultZone())) ==
              DeadlineStatus::token(c.expected));
    }
}

TEST_CASE("Status tokens, labels and the open set", "[deadlines][status]")
{
    CHECK(DeadlineStatus::all().size() == 7);
    for (DeadlineState s : DeadlineStatus::all()) {
        CHECK(DeadlineStatus::fromToken(DeadlineStatus::token(s)) == s);
        CHECK_FALSE(DeadlineStatus::label(s).isEmpty());
    }
    CHECK(DeadlineStatus::token(DeadlineState::RemediatedLate) ==
          QStringLiteral("remediated_late"));
    CHECK(DeadlineStatus::isOpen(DeadlineState::OnTrack));
    CHECK(DeadlineStatus::isOpen(DeadlineState::DueSoon));
    CHECK(DeadlineStatus::isOpen(DeadlineState::Overdue));
    CHECK(DeadlineStatus::isOpen(DeadlineState::VerificationFailed));
    CHECK_FALSE(DeadlineStatus::isOpen(DeadlineState::Remediated));
    CHECK_FALSE(DeadlineStatus::isOpen(DeadlineState::RemediatedLate));
    CHECK_FALSE(DeadlineStatus::isOpen(DeadlineState::Verified));
    CHECK(DeadlineStatus::daysLeft(d("2026-03-02"), d("2026-02-28")) == 2);
    CHECK(DeadlineStatus::daysLeft(d("2026-03-02"), d("2026-03-05")) == -3);
}

TEST_CASE("Verification needs a clean re-test on a model released after discovery",
          "[deadlines][status]")
{
    // The item was discovered at 10:00 Beijing time on 2026-03-10.
    const QDateTime discovered = *time::fromStored(QStringLiteral("2026-03-10T02:00:00Z"));
    const QDate day = d("2026-03-10");
    auto at = [](const char *utc) {
        return *time::fromStored(QString::fromLatin1(utc));
    };
    struct Case
    {
        QVector<RetestFact> retests;
        Verification expected;
        const char *why;
    };
    const Case cases[] = {
        {{}, Verification::None, "no re-test"},
        {{{at("2026-03-20T00:00:00Z"), 1, false, QStringLiteral("2026-03-01")}},
         Verification::None,
         "clean, but on a model older than the finding"},
        {{{at("2026-03-20T00:00:00Z"), 1, false, QStringLiteral("2026-03-10")}},
         Verification::None,
         "a model released the same day is not surely later"},
        {{{at("2026-03-20T00:00:00Z"), 1, false, QStringLiteral("2026-03-11")}},
         Verification::Verified,
         "clean on a model released the next day"},
        {{{at("2026-03-20T00:00:00Z"), 1, false, QStringLiteral("2026-03-10T03:00:00Z")}},
         Verification::Verified,
         "a release instant an hour after discovery"},
        {{{at("2026-03-20T00:00:00Z"), 1, true, QStringLiteral("2026-03-15")}},
         Verification::Failed,
         "reproduced"},
        {{{at("2026-03-20T00:00:00Z"), 1, true, QStringLiteral("2026-03-15")},
          {at("2026-04-01T00:00:00Z"), 2, false, QStringLiteral("2026-03-25")}},
         Verification::Verified,
         "failed, then clean on a newer model"},
        {{{at("2026-04-01T00:00:00Z"), 2, false, QStringLiteral("2026-03-25")},
          {at("2026-03-20T00:00:00Z"), 1, false, QStringLiteral("2026-03-15")},
          {at("2026-04-02T00:00:00Z"), 3, true, QStringLiteral("2026-03-25")}},
         Verification::Failed,
         "verified, then reproduced: open again (order of input ignored)"},
        {{{at("2026-03-20T00:00:00Z"), 1, true, QStringLiteral("2026-03-15")},
          {at("2026-04-01T00:00:00Z"), 2, false, QStringLiteral("2026-01-01")}},
         Verification::Failed,
         "a clean run on an old model does not undo a reproduction"},
        {{{at("2026-04-01T00:00:00Z"), 1, true, QStringLiteral("2026-03-15")},
          {at("2026-04-01T00:00:00Z"), 2, false, QStringLiteral("2026-03-25")}},
         Verification::Verified,
         "same instant: the later-recorded re-test decides"},
    };
    for (const Case &c : cases) {
        INFO(c.why);
        CHECK(DeadlineStatus::verificationOf(c.retests, discovered, day) == c.expected);
    }
}

namespace {

// Fills the deadlines table with rows that sit on every boundary the status
// rules have, for comparing the SQL form with the C++ one.
void fillBoundaryRows(test::DeadlineFixture &fx)
{
    QSqlQuery q(fx.ws().db().sql());
    q.prepare(QStringLiteral(
        "INSERT INTO deadlines (item_kind, item_id, trigger_at, trigger_date, policy_id, period, "
        "nominal_due, original_due, due, calendar_complete, remediated_at, verification) "
        "VALUES ('generation', ?, '2026-01-01T00:00:00Z', '2026-01-01', 'cac-2023-draft', '3M', "
        "?, ?, ?, 1, ?, ?)"));
    const char *remediations[] = {nullptr,
                                  "2026-03-01T15:59:59Z",
                                  "2026-03-01T16:00:00Z",
                                  "2026-03-02T15:59:59Z",
                                  "2026-03-02T16:00:00Z",
                                  "2026-03-29T00:30:00Z", // Europe: the day DST starts
                                  "2026-03-28T23:30:00Z",
                                  "2026-10-25T00:30:00Z", // Europe: the day DST ends
                                  "2026-10-24T22:30:00Z",
                                  "2026-07-01T22:30:00Z"};
    const char *verifications[] = {"none", "verified", "failed"};
    int n = 0;
    for (QDate due = d("2026-02-10"); due <= d("2026-04-10"); due = due.addDays(3)) {
        for (const char *rem : remediations) {
            for (const char *ver : verifications) {
                q.addBindValue(QStringLiteral("G%1").arg(++n));
                for (int i = 0; i < 3; ++i)
                    q.addBindValue(time::toIsoDate(due));
                q.addBindValue(rem ? QVariant(QString::fromLatin1(rem)) : QVariant());
                q.addBindValue(QString::fromLatin1(ver));
                REQUIRE(q.exec());
            }
        }
    }
}

} // namespace

TEST_CASE("The SQL status agrees with the C++ status on every boundary", "[deadlines][status]")
{
    test::TempDir dir;
    test::DeadlineFixture fx(dir.path(QStringLiteral("w.abw")));
    fillBoundaryRows(fx);
    const QTimeZone zones[] = {time::defaultZone(), QTimeZone(QByteArrayLiteral("Europe/Berlin")),
                               QTimeZone(QByteArrayLiteral("America/New_York")),
                               QTimeZone(QByteArrayLiteral("UTC"))};
    for (const QTimeZone &zone : zones) {
        REQUIRE(zone.isValid());
        for (const char *asOf : {"2026-02-20", "2026-03-02", "2026-03-03", "2026-04-30"}) {
            INFO(zone.id().toStdString() << " as of " << asOf);
            qint64 rows = 0;
            QMap<DeadlineState, qint64> expected;
            AB_REQUIRE_OK(DeadlineQuery::forEach(
                fx.ws().db(), d(asOf), 14, zone, [&](const DeadlineRecord &r, DeadlineState sql) {
                    const DeadlineState cpp = DeadlineStatus::of(r.facts(), d(asOf), 14, zone);
                    INFO(r.item.id.toStdString());
                    CHECK(DeadlineStatus::token(sql) == DeadlineStatus::token(cpp));
                    expected[cpp] += 1;
                    ++rows;
                    return true;
                }));
            CHECK(rows == fx.count(QStringLiteral("SELECT count(*) FROM deadlines")));
            auto counts = DeadlineStatus::countAll(fx.ws().db(), d(asOf), 14, zone);
            AB_REQUIRE_OK(counts);
            for (DeadlineState s : DeadlineStatus::all())
                CHECK((*counts)[s] == expected.value(s));
        }
    }
}

TEST_CASE("The SQL local date is exact across offset changes", "[deadlines][status]")
{
    test::TempDir dir;
    test::DeadlineFixture fx(dir.path(QStringLiteral("w.abw")));
    fx.exec(QStringLiteral("CREATE TEMP TABLE instants (ts TEXT)"));
    QVector<QDateTime> instants;
    // Every half hour around the 2026 European and American DST changes,
    // plus a spread over the decade.
    for (const char *start : {"2026-03-07T00:00:00Z", "2026-03-28T18:00:00Z",
                              "2026-10-24T18:00:00Z", "2026-10-31T18:00:00Z"}) {
        const QDateTime s = *time::fromStored(QString::fromLatin1(start));
        for (int i = 0; i < 4 * 24; ++i)
            instants.push_back(s.addSecs(i * 1800));
    }
    for (int i = 0; i < 400; ++i)
        instants.push_back(
            QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(i) * 791'111));
    QSqlQuery q(fx.ws().db().sql());
    q.prepare(QStringLiteral("INSERT INTO instants (ts) VALUES (?)"));
    for (const QDateTime &t : std::as_const(instants)) {
        q.addBindValue(time::toStored(t));
        REQUIRE(q.exec());
    }
    for (const char *zoneId : {"Asia/Shanghai", "Europe/Berlin", "America/New_York",
                               "Australia/Sydney", "Asia/Kolkata"}) {
        const QTimeZone zone(zoneId);
        const SqlFragment expr = DeadlineStatus::localDateExpression(QStringLiteral("ts"), zone);
        q.prepare(QStringLiteral("SELECT ts, ") + expr.sql + QStringLiteral(" FROM instants"));
        for (const QVariant &v : expr.values)
            q.addBindValue(v);
        REQUIRE(q.exec());
        int checked = 0;
        while (q.next()) {
            const QDateTime t = *time::fromStored(q.value(0).toString());
            INFO(zoneId << " " << q.value(0).toString().toStdString());
            CHECK(q.value(1).toString() == time::toIsoDate(time::localDate(t, zone)));
            ++checked;
        }
        CHECK(checked == instants.size());
    }
}

// Not run by default (hidden tag): `test_deadlines "[.bench]"`. The speed
// target (1M statuses under 1 s) is for the benchmark executable; this is a
// quick way to look at it.
TEST_CASE("Statuses of a million deadlines", "[.bench][deadlines]")
{
    test::TempDir dir;
    test::DeadlineFixture fx(dir.path(QStringLiteral("w.abw")));
    fx.exec(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) "
        "INSERT INTO deadlines (item_kind, item_id, trigger_at, trigger_date, policy_id, period, "
        "nominal_due, original_due, due, calendar_complete, remediated_at, verification) "
        "SELECT 'generation', 'G' || i, '2026-01-01T00:00:00Z', '2026-01-01', 'cac-2023-draft', "
        "'3M', date('2026-01-01', '+' || (i % 400) || ' days'), "
        "date('2026-01-01', '+' || (i % 400) || ' days'), "
        "date('2026-01-01', '+' || (i % 400) || ' days'), 1, "
        "CASE WHEN i % 3 = 0 THEN strftime('%Y-%m-%dT%H:%M:%SZ', '2026-01-01', '+' || (i % 397) "
        "|| ' days', '+' || (i % 24) || ' hours') END, "
        "CASE i % 10 WHEN 0 THEN 'verified' WHEN 1 THEN 'failed' ELSE 'none' END FROM n"));
    // As a workspace is found after it was written: checkpointed, statistics
    // gathered, then the timing of a first and a second (warm) run.
    fx.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    fx.exec(QStringLiteral("ANALYZE"));
    QSqlQuery plan(fx.ws().db().sql());
    REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT sum(verification = 'x'), "
                                     "sum(remediated_at IS NULL), sum(due < 'x') FROM deadlines")));
    while (plan.next())
        WARN(plan.value(3).toString().toStdString());
    // CPU time is what the query costs; wall time also shows what else the
    // machine was doing.
    qint64 cpuMs = 0;
    Result<QMap<DeadlineState, qint64>> counts = QMap<DeadlineState, qint64>();
    for (int run = 0; run < 2; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        counts = DeadlineStatus::countAll(fx.ws().db(), d("2026-06-01"), 14, time::defaultZone());
        AB_REQUIRE_OK(counts);
        cpuMs = qint64(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC;
        WARN("run " << run << ": " << timer.elapsed() << " ms wall, " << cpuMs << " ms CPU");
    }
    qint64 total = 0;
    for (qint64 c : std::as_const(*counts))
        total += c;
    CHECK(total == 1000000);
    CHECK(cpuMs < 1000);
}
