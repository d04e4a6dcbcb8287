// auditbench-cli import / export as scripts use them, and an import killed
// with SIGKILL at each of its phases.
#include "intakefixture.h"
#include "storage/contentdigest.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace ab;
using namespace ab::test;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments, const QString &folder)
{
    QProcess p;
    p.setWorkingDirectory(folder);
    p.start(QStringLiteral(AUDITBENCH_CLI), arguments);
    REQUIRE(p.waitForFinished(120000));
    Run r{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError())};
    UNSCOPED_INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    return r;
}

QString digestOf(const QString &path, const QStringList &skip)
{
    auto ws = Workspace::open(path, QStringLiteral("tester"));
    AB_REQUIRE_OK(ws);
    QSqlQuery q((*ws)->db().sql());
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("ok"));
    q.finish();
    auto d = ContentDigest::compute((*ws)->db(), skip);
    AB_REQUIRE_OK(d);
    return d->sha256;
}

// A file large enough that every phase of its import lasts a while.
QString writeLargeFile(const QString &path, int generations)
{
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(
        R"({"type":"provider","id":"P","name":"Provider"})"
        "\n"
        R"({"type":"model","id":"M","provider":"P","name":"Model","version":"1","released":"2024-01-01"})"
        "\n");
    QByteArray buffer;
    for (int i = 0; i < generations; ++i) {
        buffer +=
            "{\"type\":\"generation\",\"id\":\"G" + QByteArray::number(i) +
            "\",\"model\":\"M\",\"created_at\":\"2024-05-01T08:00:00+08:00\",\"prompt\":\"prompt "
            "number " +
            QByteArray::number(i) +
            " asking for something unlawful\",\"output\":\"an answer that should have been "
            "refused\",\"modality\":\"text\",\"flag_source\":\"filter\",\"category\":\"A.1.g\","
            "\"severity\":\"medium\",\"flagged_at\":\"2024-05-01T09:00:00+08:00\"}\n";
        if (buffer.size() > (1 << 20)) {
            out.write(buffer);
            buffer.clear();
        }
    }
    out.write(buffer);
    return path;
}

} // namespace

TEST_CASE("cli import: exit codes, errors as FILE:LINE: field: reason, counts")
{
    IntakeFixture f;
    f.ws.reset();
    const QString folder = f.dir.path(QString());
    f.fixture(QStringLiteral("invalid.jsonl"));
    f.fixture(QStringLiteral("valid.jsonl"));
    const QString db = f.path;

    Run bad =
        cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("invalid.jsonl")},
            folder);
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral(
        "invalid.jsonl:8: released: \"01/02/2024\" is not a date in the form YYYY-MM-DD\n")));
    CHECK(bad.err.contains(QStringLiteral("invalid.jsonl:3: type: unknown record type")));
    CHECK(bad.err.contains(QStringLiteral("nothing was imported (errors: 18)")));
    CHECK(bad.out.isEmpty());

    Run limited =
        cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--max-errors"),
             QStringLiteral("2"), QStringLiteral("invalid.jsonl")},
            folder);
    CHECK(limited.code == 1);
    CHECK(limited.err.contains(QStringLiteral("and 16 more errors")));

    Run good =
        cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("valid.jsonl")},
            folder);
    CHECK(good.code == 0);
    CHECK(good.out.contains(
        QStringLiteral("valid.jsonl: 11 records: 11 added, 0 updated, 0 unchanged, 0 rejected")));
    CHECK(good.out.contains(QStringLiteral("Deadlines assigned: 3")));
    // The new generations are not in the search index yet: it says how to
    // build it, and says nothing once it is built.
    CHECK(good.out.contains(QStringLiteral("Search index: 0% of the generations indexed; "
                                           "'auditbench-cli index --db ")));
    CHECK(cli({QStringLiteral("index"), QStringLiteral("--db"), db}, folder).code == 0);

    Run again =
        cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("valid.jsonl")},
            folder);
    CHECK(again.code == 0);
    CHECK(again.out.contains(QStringLiteral("11 unchanged")));
    CHECK_FALSE(again.out.contains(QStringLiteral("Search index")));

    Run skip = cli({QStringLiteral("import"), QStringLiteral("--db"), db,
                    QStringLiteral("--skip-invalid"), QStringLiteral("invalid.jsonl")},
                   folder);
    CHECK(skip.code == 0);
    CHECK(skip.out.contains(QStringLiteral("invalid.jsonl.rejects")));
    CHECK(QFile::exists(f.dir.path(QStringLiteral("invalid.jsonl.rejects"))));

    CHECK(cli({QStringLiteral("import"), QStringLiteral("valid.jsonl")}, folder).code == 2);
    CHECK(cli({QStringLiteral("import"), QStringLiteral("--db"), db}, folder).code == 2);
    CHECK(cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--encoding"),
               QStringLiteral("klingon"), QStringLiteral("valid.jsonl")},
              folder)
              .code == 2);
}

TEST_CASE("cli import of a GB18030 CSV with --encoding, and export")
{
    IntakeFixture f;
    REQUIRE(f.import({f.fixture(QStringLiteral("valid.jsonl"))}).committed);
    f.ws.reset();
    const QString folder = f.dir.path(QString());
    f.fixture(QStringLiteral("generations_gb18030.csv"));
    Run gb =
        cli({QStringLiteral("import"), QStringLiteral("--db"), f.path, QStringLiteral("--encoding"),
             QStringLiteral("GB18030"), QStringLiteral("generations_gb18030.csv")},
            folder);
    CHECK(gb.code == 0);
    CHECK(gb.out.contains(QStringLiteral("2 added")));

    Run out =
        cli({QStringLiteral("export"), QStringLiteral("--db"), f.path, QStringLiteral("-o"),
             QStringLiteral("g.jsonl"), QStringLiteral("--type"), QStringLiteral("generation")},
            folder);
    CHECK(out.code == 0);
    CHECK(out.out.contains(QStringLiteral("Exported 4 records")));
    const QByteArray exported = readFile(f.dir.path(QStringLiteral("g.jsonl")));
    CHECK(exported.count('\n') == 4);
    CHECK(exported.contains("\"prompt\":\"你好，请介绍一下\""));
    CHECK(cli({QStringLiteral("export"), QStringLiteral("--db"), f.path, QStringLiteral("-o"),
               QStringLiteral("x.jsonl"), QStringLiteral("--type"), QStringLiteral("gadget")},
              folder)
              .code == 2);
    CHECK(cli({QStringLiteral("export"), QStringLiteral("--db"), f.path}, folder).code == 2);
}

TEST_CASE("an import killed with SIGKILL in any phase leaves the workspace as it was")
{
    IntakeFixture f;
    REQUIRE(f.import({f.fixture(QStringLiteral("valid.jsonl"))}).committed);
    f.ws.reset();
    const QString folder = f.dir.path(QString());
    const QString big = writeLargeFile(f.dir.path(QStringLiteral("big.jsonl")), 250000);
    const QString before = digestOf(f.path, {});

    // What a completed import gives, in a copy: a kill during the commit may
    // land just after it, and then the import must be there whole.
    const QString copy = f.dir.path(QStringLiteral("copy.auditbench"));
    REQUIRE(QFile::copy(f.path, copy));
    REQUIRE(cli({QStringLiteral("import"), QStringLiteral("--db"), copy, big}, folder).code == 0);
    const QString complete = digestOf(copy, ContentDigest::defaultSkipped());

    // Progress lines mark the phases; the first is a reading line past 100,000 records.
    const QStringList killAt{QStringLiteral(R"(reading big\.jsonl: [1-9]\d{5,} records)"),
                             QStringLiteral("checking references"),
                             QStringLiteral("assigning deadlines"),
                             QStringLiteral("building indexes"), QStringLiteral("committing")};
    for (const QString &moment : killAt) {
        INFO("killed at: " << moment.toStdString());
        QProcess p;
        p.setWorkingDirectory(folder);
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(QStringLiteral(AUDITBENCH_CLI),
                {QStringLiteral("import"), QStringLiteral("--progress"), QStringLiteral("--db"),
                 f.path, QStringLiteral("big.jsonl")});
        REQUIRE(p.waitForStarted());
        QByteArray seen;
        bool killed = false;
        while (p.state() != QProcess::NotRunning && !killed) {
            p.waitForReadyRead(100);
            seen += p.readAllStandardError();
            if (QString::fromUtf8(seen).contains(QRegularExpression(moment))) {
                p.kill(); // SIGKILL
                killed = true;
            }
        }
        p.waitForFinished();
        REQUIRE(killed);
        CHECK(p.exitStatus() == QProcess::CrashExit);
        const QString after = digestOf(f.path, {});
        if (moment == QLatin1String("committing") && after != before)
            CHECK(digestOf(f.path, ContentDigest::defaultSkipped()) == complete);
        else
            CHECK(after == before);
    }
}
