// The streamed writers (CSV, HTML) against the whole-report writers: the same
// bytes and hashes, and nothing left behind when a stream fails.
#include "deadlines/deadlinestatus.h"
#include "intake/sqlitestatement.h"
#include "reportfixture.h"
#include "reports/localday.h"
#include "reports/reportexporter.h"
#include "reports/reportfilewriter.h"
#include "reports/reportwriters.h"
#include "testsupport.h"
#include "util/sha256.h"
#include "util/timeutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>
#include <sqlite3.h>

using namespace ab;
using namespace ab::test;

namespace {

// Texts that exercise every escape and cut: CSV quoting and formula guard,
// HTML entities, a character outside the BMP, a newline and a long Chinese
// text holding a phone number beyond the excerpt's end.
void addAwkwardTexts(ReportFixture &fx)
{
    fx.exec(QStringLiteral("UPDATE generations SET prompt = '=SUM(A1), \"quoted\" <b>&amp;</b> "
                           "\U0001F600 two\nlines' WHERE id = 'G1'"));
    fx.exec(
        QStringLiteral("UPDATE generations SET prompt = '%1联系电话13800138000' WHERE id = 'G3'")
            .arg(QString(90, QChar(0x751F))));
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

TEST_CASE("streamed CSV and HTML are the whole-report writers' bytes", "[reports][stream]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    addAwkwardTexts(fx);
    ReportExporter exporter(fx.ws());
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Result<Report> streamed = exporter.prepare(juneOptions(language));
        AB_REQUIRE_OK(streamed);
        REQUIRE(streamed->tables.first().source);
        CHECK(streamed->tables.first().rows.isEmpty());
        Report whole = streamed.value();
        AB_REQUIRE_OK(materializeRows(whole));
        REQUIRE(whole.tables.first().rows.size() == 5);
        const QString hash = ReportWriters::contentHash(whole);

        const QString csvPath = dir.path(language + QStringLiteral(".csv"));
        Result<StagedFiles> csv = ReportFileWriter::writeCsv(streamed.value(), csvPath);
        AB_REQUIRE_OK(csv);
        const QVector<ReportFile> expected = ReportWriters::toCsv(whole, hash);
        REQUIRE(csv->temps.size() == expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            CHECK(readFile(csv->temps.at(i)) == expected.at(i).bytes);
        CHECK(csv->contentHash == hash);
        CHECK(csv->fileHash().toLatin1() == sha256(expected.first().bytes));
        // Every file has its hash, for the sidecar.
        REQUIRE(csv->fileHashes.size() == expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            CHECK(csv->fileHashes.at(i).toLatin1() == sha256(expected.at(i).bytes));
        CHECK(csv->rows == 5);
        csv->discard();

        const QString htmlPath = dir.path(language + QStringLiteral(".html"));
        Result<StagedFiles> html = ReportFileWriter::writeHtml(streamed.value(), htmlPath);
        AB_REQUIRE_OK(html);
        const QByteArray expectedHtml = ReportWriters::toHtml(whole, hash);
        REQUIRE(html->temps.size() == 1);
        CHECK(readFile(html->temps.first()) == expectedHtml);
        CHECK(html->contentHash == hash);
        CHECK(html->fileHash().toLatin1() == sha256(expectedHtml));
        html->discard();

        // The masker ran on the stream: the long text's phone number is
        // beyond the excerpt, G1's text is quoted and guarded.
        const QString text = QString::fromUtf8(expected.first().bytes);
        CHECK_FALSE(text.contains(QLatin1String("13800138000")));
        CHECK(text.contains(QStringLiteral("\"'=SUM(A1), \"\"quoted\"\"")));
        CHECK(QString::fromUtf8(expectedHtml).contains(QStringLiteral("&lt;b&gt;&amp;amp;")));
    }
    CHECK(QDir(dir.path(QStringLiteral(".")))
              .entryList({QStringLiteral("*.part")}, QDir::Files)
              .isEmpty());
}

TEST_CASE("a stream that fails half-way leaves no file", "[reports][stream]")
{
    TempDir dir;
    Report report;
    report.title = QStringLiteral("t");
    const ReportTable t = failingTable();
    report.tables = {t, t};
    const QString path = dir.path(QStringLiteral("r.csv"));
    CHECK_FALSE(ReportFileWriter::writeCsv(report, path));
    CHECK_FALSE(ReportFileWriter::writeHtml(report, dir.path(QStringLiteral("r.html"))));
    CHECK(QDir(dir.path(QStringLiteral(".")))
              .entryList(QDir::Files | QDir::NoDotAndDotDot)
              .isEmpty());
}

TEST_CASE("a preview holds a table's first rows and counts them all", "[reports][stream]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    ReportExporter exporter(fx.ws());
    const Result<Report> whole = exporter.build(juneOptions());
    AB_REQUIRE_OK(whole);
    const ReportTable &items = whole->tables.first();
    REQUIRE(items.rows.size() == 5);
    CHECK(items.rowsInAll == -1);

    const Result<Report> cut = exporter.build(juneOptions(), 2);
    AB_REQUIRE_OK(cut);
    const ReportTable &first = cut->tables.first();
    CHECK(first.rows == items.rows.mid(0, 2));
    CHECK(first.rowsInAll == 5);
    // A held table is cut the same way; one that fits is left alone.
    const ReportTable &totals = cut->tables.at(1);
    CHECK(totals.rows == whole->tables.at(1).rows.mid(0, 2));
    CHECK(totals.rowsInAll == whole->tables.at(1).rows.size());
    const Result<Report> roomy = exporter.build(juneOptions(), 10);
    AB_REQUIRE_OK(roomy);
    CHECK(roomy->tables.first().rows == items.rows);
    CHECK(roomy->tables.first().rowsInAll == -1);
}

TEST_CASE("LocalDay asks SQLite on a connection of its own", "[reports][stream]")
{
    // The report's rows are read on another thread with the workspace's
    // connection, which SQLite does not let two threads use at once.
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    LocalDay localDay;
    AB_REQUIRE_OK(localDay.prepare(fx.ws().db()));
    sqlite3 *workspace = intake::sqliteHandle(fx.ws().db());
    for (sqlite3_stmt *s = sqlite3_next_stmt(workspace, nullptr); s;
         s = sqlite3_next_stmt(workspace, s))
        CHECK_FALSE(QByteArray(sqlite3_sql(s)).contains("date(?, ?)"));
    CHECK(localDay("2026-06-10 16:30:00", "+28800 seconds") == QByteArray("2026-06-11"));

    // Through a whole report: timestamps not in the stored form take that
    // path while the rows are being read.
    fx.exec(QStringLiteral("UPDATE deadlines SET remediated_at = '2026-06-03 17:00:00' "
                           "WHERE item_id = 'G1'"));
    ReportExporter exporter(fx.ws());
    const Result<Report> built = exporter.build(juneOptions());
    AB_REQUIRE_OK(built);
    const ReportTable &items = built->tables.first();
    const qsizetype item = items.columnKeys.indexOf(QStringLiteral("item"));
    const qsizetype remediated = items.columnKeys.indexOf(QStringLiteral("remediatedOn"));
    bool seen = false;
    for (const QStringList &row : items.rows) {
        if (row.at(item) != QLatin1String("G1"))
            continue;
        seen = true;
        CHECK(row.at(remediated) == QLatin1String("2026-06-04")); // 01:00 in Shanghai
    }
    CHECK(seen);
}

TEST_CASE("LocalDay gives SQLite's date(timestamp, modifier)", "[reports][stream]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    LocalDay localDay;
    AB_REQUIRE_OK(localDay.prepare(fx.ws().db()));
    const QStringList stamps{
        QStringLiteral("2026-06-10T16:30:00Z"), QStringLiteral("2026-06-10T15:59:59Z"),
        QStringLiteral("2026-12-31T23:59:59Z"), QStringLiteral("2024-02-28T20:00:00Z"),
        QStringLiteral("2000-01-01T00:00:00Z"), QStringLiteral("1986-05-03T18:00:00Z"),
        // Not the stored form: SQLite answers.
        QStringLiteral("2026-06-10 16:30:00"), QStringLiteral("2026-06-10T16:30:00.123Z"),
        QStringLiteral("2026-02-30T10:00:00Z"), QStringLiteral("2026-06-10T24:00:00Z"),
        QStringLiteral("not a time"), QString()};
    const QStringList modifiers{QStringLiteral("+28800 seconds"), QStringLiteral("+32400 seconds"),
                                QStringLiteral("-18000 seconds"), QStringLiteral("+0 seconds"),
                                QStringLiteral("+1 day")};
    QSqlQuery q(fx.ws().db().sql());
    for (const QString &ts : stamps) {
        for (const QString &m : modifiers) {
            REQUIRE(q.prepare(QStringLiteral("SELECT date(?, ?)")));
            q.addBindValue(ts);
            q.addBindValue(m);
            REQUIRE(q.exec());
            REQUIRE(q.next());
            const QByteArray tsUtf8 = ts.toUtf8();
            const std::optional<QByteArray> mine =
                localDay(ts.isNull() ? QByteArrayView() : QByteArrayView(tsUtf8), m.toUtf8());
            INFO(ts.toStdString() << " " << m.toStdString());
            CHECK(mine.has_value() == !q.value(0).isNull());
            if (mine)
                CHECK(QString::fromUtf8(*mine) == q.value(0).toString());
        }
    }
    CHECK_FALSE(localDay.error().has_value());
    // Month, year and leap-day edges crossed forwards and backwards, and
    // days that do not exist, against SQLite's own arithmetic.
    qint64 computed = 0;
    for (const int year : {1, 1900, 2000, 2023, 2024, 9999}) {
        for (int month = 1; month <= 12; ++month) {
            for (const int day : {1, 28, 29, 30, 31}) {
                for (const char *time : {"T00:00:00Z", "T23:59:59Z"}) {
                    const QByteArray ts = QStringLiteral("%1-%2-%3")
                                              .arg(year, 4, 10, QLatin1Char('0'))
                                              .arg(month, 2, 10, QLatin1Char('0'))
                                              .arg(day, 2, 10, QLatin1Char('0'))
                                              .toLatin1() +
                                          time;
                    for (const char *m : {"+28800 seconds", "-18000 seconds", "+0 seconds"}) {
                        const std::optional<QByteArray> mine = LocalDay::compute(ts, m);
                        if (!mine)
                            continue;
                        ++computed;
                        REQUIRE(q.prepare(QStringLiteral("SELECT date(?, ?)")));
                        q.addBindValue(QString::fromLatin1(ts));
                        q.addBindValue(QString::fromLatin1(m));
                        REQUIRE(q.exec());
                        REQUIRE(q.next());
                        INFO(ts.toStdString() << " " << m);
                        CHECK(QString::fromLatin1(*mine) == q.value(0).toString());
                    }
                }
            }
        }
    }
    // Every real day of those months was worked out in C++; the days that
    // do not exist (30 February, 31 April…) and the year 0 were left to SQLite.
    CHECK(computed > 6 * 12 * 2 * 3 * 3);
    CHECK_FALSE(LocalDay::compute("2023-02-29T10:00:00Z", "+0 seconds").has_value());
    CHECK_FALSE(LocalDay::compute("0001-01-01T00:00:00Z", "-18000 seconds").has_value());
    CHECK_FALSE(LocalDay::compute("9999-12-31T23:59:59Z", "+28800 seconds").has_value());
    // The stored form is worked out without SQLite.
    CHECK(LocalDay::compute("2026-06-10T16:30:00Z", "+28800 seconds") == QByteArray("2026-06-11"));
    CHECK_FALSE(LocalDay::compute("2026-06-10 16:30:00", "+28800 seconds").has_value());
}

TEST_CASE("LocalDay picks the zone offset the SQL picks", "[reports][stream]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    QSqlQuery q(fx.ws().db().sql());
    for (const char *zoneId : {"Asia/Shanghai", "Europe/Berlin", "America/New_York", "UTC"}) {
        const QTimeZone zone(zoneId);
        REQUIRE(zone.isValid());
        LocalDay localDay;
        localDay.setZone(zone);
        const SqlFragment expression =
            DeadlineStatus::offsetModifierExpression(QStringLiteral("t"), zone);
        REQUIRE(q.prepare(QStringLiteral("SELECT %1 FROM (SELECT ? AS t)").arg(expression.sql)));
        // Each offset's first second, the second before and after it, and
        // texts that sort around it without being times.
        QStringList stamps{QString(), QStringLiteral("0"), QStringLiteral("not a time"),
                           QStringLiteral("2026-06-10 16:30:00"), QStringLiteral("~")};
        for (const auto &[start, modifier] : DeadlineStatus::offsetModifiers(zone)) {
            if (start.isEmpty())
                continue;
            const QDateTime at = QDateTime::fromString(start, Qt::ISODate);
            REQUIRE(at.isValid());
            stamps << start << time::toStored(at.addSecs(-1)) << time::toStored(at.addSecs(1))
                   << start.left(19) << start + QLatin1Char('0');
        }
        for (const QString &stamp : std::as_const(stamps)) {
            for (const QVariant &v : expression.values)
                q.addBindValue(v);
            q.addBindValue(stamp);
            REQUIRE(q.exec());
            REQUIRE(q.next());
            INFO(zoneId << " " << stamp.toStdString());
            CHECK(QString::fromUtf8(localDay.modifierFor(stamp.toUtf8())) == q.value(0).toString());
        }
    }
}

TEST_CASE("SHA-256 gives QCryptographicHash's digest", "[reports][stream]")
{
    QRandomGenerator random(7);
    QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (char &c : data)
        c = char(random.bounded(256));
    // Every length around the block and padding edges, in one piece.
    for (qsizetype length = 0; length <= 300; ++length) {
        Sha256 hash;
        hash.addData(QByteArrayView(data).first(length));
        INFO(length);
        CHECK(hash.result() ==
              QCryptographicHash::hash(data.first(length), QCryptographicHash::Sha256));
    }
    // Long data fed in pieces of every size.
    for (int n = 0; n < 20; ++n) {
        const qsizetype length = random.bounded(int(data.size()));
        Sha256 hash;
        for (qsizetype at = 0; at < length;) {
            const qsizetype piece =
                qMin<qsizetype>(length - at, random.bounded(n < 10 ? 200 : 70000));
            hash.addData(QByteArrayView(data).sliced(at, piece));
            at += piece;
        }
        INFO(length);
        CHECK(hash.result() ==
              QCryptographicHash::hash(data.first(length), QCryptographicHash::Sha256));
    }
}

TEST_CASE("the sidecar's lines are sha256sum's, names with a backslash or line break escaped",
          "[reports]")
{
    StagedFiles staged;
    staged.targets = {QStringLiteral("/out/r.csv"), QStringLiteral("/out/a\\b.csv"),
                      QStringLiteral("/out/c\nd\r.csv"), QStringLiteral("/out/报告.csv")};
    staged.fileHashes = {QString(64, u'1'), QString(64, u'2'), QString(64, u'3'),
                         QString(64, u'4')};
    CHECK(staged.sha256sumLines() ==
          QByteArray(64, '1') + "  r.csv\n" + "\\" + QByteArray(64, '2') + "  a\\\\b.csv\n" + "\\" +
              QByteArray(64, '3') + "  c\\nd\\r.csv\n" + QByteArray(64, '4') + "  " +
              QStringLiteral("报告.csv").toUtf8() + '\n');
}
