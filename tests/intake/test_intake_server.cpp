// Intake on a team workspace: an import leaves the team workspace as the
// same import leaves the workspace file it was copied from (the same report,
// rejections, rows, deadlines and audit entries, and nothing at all when it
// fails); an export writes the same bytes.
#include "audit/auditquery.h"
#include "intake/exporter.h"
#include "intake/importjob.h"
#include "serverdemo.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace ab;
using namespace ab::intake;
using namespace ab::test;

namespace {

// Every row of the tables an import writes to, and the audit log, each row
// as its values joined; sorted here, so that no collation is involved.
QStringList rowsOf(Workspace &ws)
{
    static const char *const kTables[] = {
        "providers",        "model_versions", "datasets",         "dataset_derivations",
        "training_edges",   "generations",    "complaints",       "complaint_generations",
        "retests",          "deadlines",      "deadline_tallies", "risk_tallies",
        "complaint_tallies"};
    QStringList out;
    for (const char *table : kTables) {
        QSqlQuery q(ws.db().sql());
        const QString name = QString::fromLatin1(table);
        INFO(table);
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM ") + name));
        QStringList rows;
        while (q.next()) {
            QStringList values;
            for (int c = 0; c < q.record().count(); ++c)
                values << (q.isNull(c) ? QStringLiteral("NULL") : q.value(c).toString());
            rows << name + QLatin1Char(' ') + values.join(QLatin1Char('|'));
        }
        rows.sort();
        out << name + QStringLiteral(" rows ") + QString::number(rows.size()) << rows;
    }
    return out;
}

QByteArray exportOf(Workspace &ws, std::optional<RecordType> only = {})
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    auto written = Exporter::write(ws, buffer, only);
    AB_REQUIRE_OK(written);
    CHECK(*written == buffer.data().count('\n'));
    return buffer.data();
}

ImportOptions optionsFor(const QString &file)
{
    ImportOptions o;
    o.files = {file};
    o.policyFolder = QString();
    o.calendarFolder = QString();
    return o;
}

} // namespace

TEST_CASE("export from a team workspace writes the bytes its workspace file writes")
{
    // Over a thousand generations: the server's rows come a batch at a time.
    ServerDemo demo(1500, 31);
    const QByteArray all = exportOf(*demo.file);
    REQUIRE(all.count('\n') > 1500);
    const QByteArray team = exportOf(*demo.team);
    CHECK(team.size() == all.size());
    CHECK(team == all);
    for (RecordType t : RecordFormat::types()) {
        INFO(RecordFormat::typeName(t).toStdString());
        CHECK(exportOf(*demo.team, t) == exportOf(*demo.file, t));
    }
    // Written to a file too, and no cursor is left open on the connection.
    const QString file = demo.dir.path(QStringLiteral("team.jsonl"));
    auto written = Exporter::writeFile(*demo.team, file);
    AB_REQUIRE_OK(written);
    CHECK(readFile(file) == all);
    QSqlQuery q(demo.team->db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM pg_cursors")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

namespace {

// The lines one side has and the other not, for a readable failure.
QStringList differences(const QStringList &team, const QStringList &file)
{
    QStringList out;
    for (const QString &l : team)
        if (!file.contains(l))
            out << QStringLiteral("team only: ") + l.left(300);
    for (const QString &l : file)
        if (!team.contains(l))
            out << QStringLiteral("file only: ") + l.left(300);
    return out.mid(0, 40);
}

QStringList reportOf(const ImportReport &r)
{
    QStringList out;
    out << QStringLiteral("committed %1 cancelled %2 errors %3 deadlines %4")
               .arg(r.committed)
               .arg(r.cancelled)
               .arg(r.errorCount)
               .arg(r.deadlinesAssigned);
    for (const FileReport &f : r.files)
        out << QStringLiteral("%1 %2 %3 %4 records %5 added %6 updated %7 unchanged %8 "
                              "rejected %9")
                   .arg(QFileInfo(f.path).fileName(), f.format, f.encoding, f.sha256)
                   .arg(f.counts.records)
                   .arg(f.counts.added)
                   .arg(f.counts.updated)
                   .arg(f.counts.unchanged)
                   .arg(f.counts.rejected)
            << QFileInfo(f.rejectsPath).fileName();
    for (const Error &e : r.errors)
        out << QFileInfo(e.file).fileName() + QLatin1Char(':') + QString::number(e.line) +
                   QLatin1Char(':') + e.field + QLatin1Char(':') + e.message;
    return out;
}

// The audit entries after `after`, all but their numbers, instants and hashes
// (a team workspace has one entry more: its copy from the file).
QStringList auditAfter(Workspace &ws, qint64 after)
{
    QSqlQuery q(ws.db().sql());
    q.prepare(QStringLiteral("SELECT actor, action, entity_kind, entity_id, before_json, "
                             "after_json FROM audit_log WHERE seq > ? ORDER BY seq"));
    q.addBindValue(after);
    REQUIRE(q.exec());
    QStringList out;
    while (q.next()) {
        QStringList values;
        for (int c = 0; c < 6; ++c)
            values << (q.isNull(c) ? QStringLiteral("NULL") : q.value(c).toString());
        out << values.join(QLatin1Char('|'));
    }
    return out;
}

// Imports `files` (written under `name` in a folder of each) into both and
// checks that both come out the same; returns the file's report.
ImportReport importBoth(ServerDemo &demo, const QList<QPair<QString, QByteArray>> &files,
                        bool skipInvalid = false, bool update = false)
{
    QStringList fileFiles, teamFiles;
    for (const auto &[name, bytes] : files) {
        QDir(demo.dir.path(QString())).mkpath(QStringLiteral("file"));
        QDir(demo.dir.path(QString())).mkpath(QStringLiteral("team"));
        fileFiles << demo.dir.path(QStringLiteral("file/") + name);
        teamFiles << demo.dir.path(QStringLiteral("team/") + name);
        writeFile(fileFiles.last(), bytes);
        writeFile(teamFiles.last(), bytes);
    }
    auto fileLast = AuditQuery::lastSeq(demo.file->db());
    auto teamLast = AuditQuery::lastSeq(demo.team->db());
    AB_REQUIRE_OK(fileLast);
    AB_REQUIRE_OK(teamLast);
    const QStringList teamBefore = rowsOf(*demo.team);
    ImportOptions o = optionsFor(fileFiles.first());
    o.files = fileFiles;
    o.skipInvalid = skipInvalid;
    o.update = update;
    auto onFile = ImportJob::run(*demo.file, o);
    AB_REQUIRE_OK(onFile);
    o.files = teamFiles;
    auto onTeam = ImportJob::run(*demo.team, o);
    AB_REQUIRE_OK(onTeam);
    CHECK(differences(reportOf(*onTeam), reportOf(*onFile)) == QStringList());
    CHECK(reportOf(*onTeam) == reportOf(*onFile));
    const QStringList teamAfter = rowsOf(*demo.team);
    CHECK(differences(teamAfter, rowsOf(*demo.file)) == QStringList());
    CHECK(differences(auditAfter(*demo.team, *teamLast), auditAfter(*demo.file, *fileLast)) ==
          QStringList());
    if (!onFile->committed)
        CHECK(differences(teamAfter, teamBefore) == QStringList());
    for (int i = 0; i < fileFiles.size(); ++i) {
        const QString rejects = fileFiles[i] + QStringLiteral(".rejects");
        CHECK(QFile::exists(rejects) == QFile::exists(teamFiles[i] + QStringLiteral(".rejects")));
        if (QFile::exists(rejects)) {
            // The rejects files name their own folders.
            QByteArray team = readFile(teamFiles[i] + QStringLiteral(".rejects"));
            CHECK(team.replace("/team/", "/file/") == readFile(rejects));
        }
    }
    return *onFile;
}

QByteArray fixtureBytes(const QString &name)
{
    return readFile(QStringLiteral(AUDITBENCH_FIXTURES_DIR "/") + name);
}

} // namespace

TEST_CASE("imports into a team workspace come out as into its workspace file")
{
    ServerDemo demo(300, 37);
    demo.file->setActor(demo.team->actor());

    SECTION("a valid file, then again (unchanged), then changed without and with --update")
    {
        const QByteArray valid = fixtureBytes(QStringLiteral("valid.jsonl"));
        const ImportReport first = importBoth(demo, {{QStringLiteral("valid.jsonl"), valid}});
        CHECK(first.committed);
        CHECK(first.totals().added == 11);
        const ImportReport again = importBoth(demo, {{QStringLiteral("again.jsonl"), valid}});
        CHECK(again.totals().unchanged == 11);
        QByteArray changed = valid;
        changed.replace("\"name\":\"Example Chat\"", "\"name\":\"Example Chat 2\"");
        changed.replace("[\"G-2\",\"G-1\"]", "[\"G-1\"]");
        changed.replace("\"still answers with the number\"", "\"fixed\"");
        const ImportReport conflict =
            importBoth(demo, {{QStringLiteral("changed.jsonl"), changed}});
        CHECK_FALSE(conflict.committed);
        CHECK(conflict.errorCount == 3);
        const ImportReport updated =
            importBoth(demo, {{QStringLiteral("changed.jsonl"), changed}}, false, true);
        CHECK(updated.committed);
        CHECK(updated.totals().updated == 3);
    }
    SECTION("a file with invalid lines: refused whole, then written without them")
    {
        const QByteArray invalid = fixtureBytes(QStringLiteral("invalid.jsonl"));
        const ImportReport refused = importBoth(demo, {{QStringLiteral("invalid.jsonl"), invalid}});
        CHECK_FALSE(refused.committed);
        CHECK(refused.errorCount > 10);
        const ImportReport skipped =
            importBoth(demo, {{QStringLiteral("invalid.jsonl"), invalid}}, true);
        CHECK(skipped.committed);
        CHECK(skipped.totals().rejected > 10);
        CHECK(skipped.totals().added > 0);
    }
    SECTION("new generations of the workspace's models and complaints about them, in two files")
    {
        QBuffer buffer;
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        AB_REQUIRE_OK(Exporter::write(*demo.file, buffer, RecordType::Generation));
        QByteArray generations, complaints;
        int n = 0;
        for (const QByteArray &line : buffer.data().split('\n')) {
            if (line.isEmpty() || n++ >= 120)
                continue;
            const QByteArray id = line.mid(line.indexOf("\"id\":\"") + 6).split('"').first();
            QByteArray copy = line;
            copy.replace(QByteArray("\"id\":\"" + id + '"'), QByteArray("\"id\":\"N-" + id + '"'));
            generations += copy + '\n';
            if (n % 3 == 0)
                complaints +=
                    "{\"type\":\"complaint\",\"id\":\"NC-" + id + "\",\"received_at\":\"2024-05-0" +
                    QByteArray::number(1 + n % 9) +
                    "T10:00:00Z\",\"channel\":\"web\",\"kind\":\"other\",\"text\":\"about " + id +
                    "\",\"generations\":[\"N-" + id + "\",\"" + id + "\"]}\n";
        }
        // Complaints first: they name generations of the second file.
        const ImportReport report =
            importBoth(demo, {{QStringLiteral("complaints.jsonl"), complaints},
                              {QStringLiteral("generations.jsonl"), generations}});
        CHECK(report.committed);
        CHECK(report.totals().added == 160);
        CHECK(report.deadlinesAssigned == 160);
        // The demo's own records again: all unchanged.
        QBuffer all;
        REQUIRE(all.open(QIODevice::WriteOnly));
        AB_REQUIRE_OK(Exporter::write(*demo.file, all));
        const ImportReport same = importBoth(demo, {{QStringLiteral("all.jsonl"), all.data()}});
        CHECK(same.committed);
        CHECK(same.totals().unchanged == same.totals().records);
    }
}
