// Intake on a team workspace: an export writes what the workspace file it
// was copied from writes, byte for byte; an import is refused before it
// reads or writes anything, with a message saying what to do instead.
#include "intake/exporter.h"
#include "intake/importjob.h"
#include "serverdemo.h"

#include <QBuffer>
#include <QFile>
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
        "providers",      "model_versions",   "datasets",   "dataset_derivations",
        "training_edges", "generations",      "complaints", "complaint_generations",
        "retests",        "deadlines",        "audit_log",  "deadline_tallies",
        "risk_tallies",   "complaint_tallies"};
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

TEST_CASE("an import into a team workspace is refused up front and leaves it as it was")
{
    ServerDemo demo(200, 37);
    const QString file = demo.dir.path(QStringLiteral("valid.jsonl"));
    REQUIRE(QFile::copy(QStringLiteral(AUDITBENCH_FIXTURES_DIR "/valid.jsonl"), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);

    const QStringList before = rowsOf(*demo.team);
    bool progressed = false;
    auto refused = ImportJob::run(*demo.team, optionsFor(file), [&](const ImportProgress &) {
        progressed = true;
        return true;
    });
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QLatin1String("team workspace")));
    CHECK(refused.error().message.contains(QLatin1String("auditbench-cli migrate")));
    CHECK(refused.error().file == demo.team->path());
    CHECK_FALSE(progressed);
    CHECK(rowsOf(*demo.team) == before);

    // The file itself is importable: into the workspace file it goes.
    demo.file->setActor(demo.team->actor());
    auto imported = ImportJob::run(*demo.file, optionsFor(file));
    AB_REQUIRE_OK(imported);
    CHECK(imported->committed);
    CHECK(imported->totals().added > 0);
}
