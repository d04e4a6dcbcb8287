// auditbench-cli --server URL: every command that works on a workspace file
// by --db works on a team workspace by its address, and says clearly what is
// wrong with a command line or an address.
#include "demotestsupport.h"
#include "serverdatabase.h"
#include "teamfixture.h"
#include "workspace/workspacecopy.h"

using namespace ab;
using namespace ab::test;

TEST_CASE("a command names its workspace by one of --db and --server; a bad address by its part")
{
    const QString address = QStringLiteral("postgresql://team@127.0.0.1:5432/inspection");
    SECTION("neither")
    {
        const CliRun run = runCli({QStringLiteral("deadlines")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("--db PATH or --server URL is required")));
    }
    SECTION("both")
    {
        const CliRun run =
            runCli({QStringLiteral("verify"), QStringLiteral("--db"),
                    QStringLiteral("a.auditbench"), QStringLiteral("--server"), address});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("not both")));
    }
    SECTION("a bad port")
    {
        const CliRun run = runCli({QStringLiteral("trace"), QStringLiteral("--server"),
                                   QStringLiteral("postgresql://team@db.example.org:99999/x"),
                                   QStringLiteral("--dataset"), QStringLiteral("D1")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("port: the port must be a number")));
    }
    SECTION("a password in the address, which is not echoed")
    {
        const CliRun run = runCli({QStringLiteral("export"), QStringLiteral("--server"),
                                   QStringLiteral("postgresql://team:s3cret@db.example.org/x"),
                                   QStringLiteral("-o"), QStringLiteral("out.jsonl")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("password:")));
        CHECK_FALSE(run.err.contains(QStringLiteral("s3cret")));
    }
    SECTION("no database")
    {
        const CliRun run =
            runCli({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("--server"),
                    QStringLiteral("postgresql://team@db.example.org"), QStringLiteral("--case"),
                    QStringLiteral("C-1")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("database:")));
    }
    SECTION("--user, which the server login replaces")
    {
        const CliRun run = runCli({QStringLiteral("deadlines"), QStringLiteral("--server"), address,
                                   QStringLiteral("--user"), QStringLiteral("someone")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("--user does not apply")));
    }
    SECTION("init, which makes files only")
    {
        const CliRun run = runCli({QStringLiteral("init"), QStringLiteral("--server"), address});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("migrate --from FILE --to URL")));
    }
    SECTION("the help says where the password comes from")
    {
        const CliRun run = runCli({QStringLiteral("report"), QStringLiteral("--help")});
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("--server <URL>")));
        CHECK(run.out.contains(QStringLiteral("PGPASSWORD or ~/.pgpass")));
    }
}

TEST_CASE("a refused connection exits with 1 and says why")
{
    ServerDatabase server;
    SECTION("no such database")
    {
        ServerAddress missing = server.address();
        missing.database += QStringLiteral("_missing");
        const CliRun run =
            runCli({QStringLiteral("deadlines"), QStringLiteral("--server"), missing.toString()});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("cannot connect to the server")));
        CHECK(run.err.contains(missing.database));
    }
    SECTION("an empty database, which holds no workspace")
    {
        const CliRun run =
            runCli({QStringLiteral("deadlines"), QStringLiteral("--server"), server.url()});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("no AuditBench workspace")));
        // index, which has nothing to build on a server, still checks that
        // the address names a workspace.
        const CliRun index =
            runCli({QStringLiteral("index"), QStringLiteral("--server"), server.url()});
        CHECK(index.exitCode == 1);
        CHECK(index.err.contains(QStringLiteral("no AuditBench workspace")));
    }
}

TEST_CASE("commands work on a team workspace by --server as on its file by --db")
{
    // The demo's analyst "tester" has a login, so that the copy gives it
    // its group and the CLI acts as it.
    const QString analyst = QStringLiteral("tester");
    TempDir dir;
    ServerDatabase server;
    server.ensureLogin(analyst);
    auto file = demoWorkspace(dir, QStringLiteral("demo.auditbench"), 300, 11);
    AB_REQUIRE_OK(WorkspaceCopy::copyTo(file->db(), server.url(), {}, analyst));
    const QString path = file->path();
    const QString url = server.as(analyst).toString();
    const QString generation =
        column(*file, QStringLiteral("SELECT id FROM generations ORDER BY id LIMIT 1")).value(0);
    const QString complaint =
        column(*file, QStringLiteral("SELECT id FROM complaints ORDER BY id LIMIT 1")).value(0);
    const QString caseNumber =
        column(*file, QStringLiteral("SELECT number FROM review_cases ORDER BY id LIMIT 1"))
            .value(0);
    REQUIRE_FALSE(caseNumber.isEmpty());
    file.reset();

    SECTION("trace: the same answer from the server as from the file")
    {
        for (const QStringList &what : {QStringList{QStringLiteral("--generation"), generation},
                                        QStringList{QStringLiteral("--complaint"), complaint}}) {
            const CliRun onFile =
                runCli(QStringList{QStringLiteral("trace"), QStringLiteral("--db"), path} + what);
            const CliRun onServer = runCli(
                QStringList{QStringLiteral("trace"), QStringLiteral("--server"), url} + what);
            INFO(onServer.err.toStdString());
            REQUIRE(onServer.exitCode == 0);
            REQUIRE(onFile.exitCode == 0);
            CHECK(onServer.out == onFile.out);
        }
    }
    SECTION("case note: written on the server, by the server login")
    {
        const CliRun run =
            runCli({QStringLiteral("case"), QStringLiteral("note"), QStringLiteral("--server"), url,
                    QStringLiteral("--case"), caseNumber, QStringLiteral("--text"),
                    QStringLiteral("noted from the command line")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        auto team = Workspace::openServer(server.address(), {});
        AB_REQUIRE_OK(team);
        CHECK(
            scalar(**team,
                   QStringLiteral("SELECT count(*) FROM case_notes WHERE author = ? AND body = ?"),
                   {analyst, QStringLiteral("noted from the command line")}) == 1);
    }
    SECTION("verify: the guards and the chain; a disabled guard fails it")
    {
        const CliRun sound = runCli({QStringLiteral("verify"), QStringLiteral("--server"), url});
        INFO(sound.out.toStdString() << sound.err.toStdString());
        CHECK(sound.exitCode == 0);
        CHECK(sound.out.contains(QStringLiteral("Append-only guards: present")));
        CHECK(sound.out.contains(QStringLiteral("Audit chain: intact")));
        CHECK(sound.out.contains(QStringLiteral("Storage integrity: the server's to check")));

        server.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_delete"));
        const CliRun opened = runCli({QStringLiteral("verify"), QStringLiteral("--server"), url});
        CHECK(opened.exitCode == 1);
        CHECK(opened.out.contains(QStringLiteral("MISSING (audit_log_no_delete)")));
    }
    SECTION("index: nothing to build on a server")
    {
        const CliRun run = runCli({QStringLiteral("index"), QStringLiteral("--server"), url});
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("nothing to build")));
    }
    SECTION("export, and the export imported again: nothing new")
    {
        const QString exportedFile = dir.path(QStringLiteral("x.jsonl"));
        const CliRun exported = runCli({QStringLiteral("export"), QStringLiteral("--server"), url,
                                        QStringLiteral("-o"), exportedFile});
        INFO(exported.err.toStdString());
        CHECK(exported.exitCode == 0);
        REQUIRE(readFile(exportedFile).count('\n') > 100);
        const CliRun imported =
            runCli({QStringLiteral("import"), QStringLiteral("--server"), url, exportedFile});
        INFO(imported.out.toStdString() << imported.err.toStdString());
        CHECK(imported.exitCode == 0);
        CHECK(imported.out.contains(QStringLiteral(" 0 added, 0 updated")));
        CHECK(imported.out.contains(QStringLiteral("unchanged, 0 rejected")));
    }
}
