// auditbench-cli index: builds both search indexes of a workspace, again from
// scratch with --rebuild, and searches find the same rows before and after.
#include "browse/searchindex.h"
#include "browsefixture.h"
#include "testsupport.h"

#include <QProcess>

using namespace ab;
using namespace ab::test;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(AUDITBENCH_CLI), arguments);
    REQUIRE(p.waitForFinished(120000));
    Run r{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError())};
    UNSCOPED_INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    return r;
}

bool complete(const QString &path, ListKind list)
{
    auto ws = Workspace::open(path, QStringLiteral("tester"));
    AB_REQUIRE_OK(ws);
    auto state = SearchIndex::state((*ws)->db(), list);
    AB_REQUIRE_OK(state);
    return state->complete();
}

QStringList search(const QString &path, const BrowseContext &context, const QString &words)
{
    auto ws = Workspace::open(path, QStringLiteral("tester"));
    AB_REQUIRE_OK(ws);
    BrowseFilter f;
    f.search = words;
    BrowseQuery q(ListKind::Generations, f, {}, context);
    return allIds((*ws)->db(), q);
}

} // namespace

TEST_CASE("the index command builds both search indexes, and again with --rebuild")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("i.auditbench"));
    BrowseFixture data;
    {
        auto ws = Workspace::create(path, QStringLiteral("tester"));
        AB_REQUIRE_OK(ws);
        data.build(**ws, 120);
    }
    REQUIRE_FALSE(complete(path, ListKind::Generations));
    REQUIRE_FALSE(complete(path, ListKind::Complaints));
    const QString word = data.generations.first().prompt.left(4);
    const QStringList before = search(path, data.context, word);
    REQUIRE_FALSE(before.isEmpty());

    Run r = cli({QStringLiteral("index"), QStringLiteral("--db"), path});
    CHECK(r.code == 0);
    CHECK(complete(path, ListKind::Generations));
    CHECK(complete(path, ListKind::Complaints));
    CHECK(search(path, data.context, word) == before);

    r = cli({QStringLiteral("index"), QStringLiteral("--db"), path, QStringLiteral("--rebuild")});
    CHECK(r.code == 0);
    CHECK(complete(path, ListKind::Generations));
    CHECK(search(path, data.context, word) == before);
}

TEST_CASE("the index command refuses a missing option and a file that is not a workspace")
{
    TempDir dir;
    CHECK(cli({QStringLiteral("index")}).code == 2);
    // Its help names the command as it is typed.
    const Run help = cli({QStringLiteral("index"), QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.startsWith(QStringLiteral("Usage: auditbench-cli index [options]")));
    const QString notes = dir.path(QStringLiteral("notes.txt"));
    writeFile(notes, QByteArrayLiteral("not a workspace\n"));
    const Run r = cli({QStringLiteral("index"), QStringLiteral("--db"), notes});
    CHECK(r.code == 1);
    CHECK(r.err.contains(notes));
    CHECK(readFile(notes) == QByteArrayLiteral("not a workspace\n"));
}
