// Intake on a team workspace: an export writes what the workspace file it
// was copied from writes, byte for byte.
#include "intake/exporter.h"
#include "serverdemo.h"

#include <QBuffer>
#include <QSqlQuery>

using namespace ab;
using namespace ab::intake;
using namespace ab::test;

namespace {

QByteArray exportOf(Workspace &ws, std::optional<RecordType> only = {})
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    auto written = Exporter::write(ws, buffer, only);
    AB_REQUIRE_OK(written);
    CHECK(*written == buffer.data().count('\n'));
    return buffer.data();
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
