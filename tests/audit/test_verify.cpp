// Verification of a workspace: intact after real work; an audit row edited,
// deleted or inserted with the real sqlite3 shell is found by
// `auditbench-cli verify`, which names the first broken entry and exits 1.
#include "audit/audittrail.h"
#include "audit/workspaceverifier.h"
#include "casefixture.h"
#include "cases/caseservice.h"
#include "triage/triageservice.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace ab;
using namespace ab::test;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForStarted(10000));
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

Run verify(const QString &db, const QStringList &extra = {})
{
    return run(QStringLiteral(AUDITBENCH_CLI),
               QStringList{QStringLiteral("verify"), QStringLiteral("--db"), db} + extra);
}

QString sqliteShell()
{
    return QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
}

// A workspace with real history: cases, notes, triage.
QString workedWorkspace(CaseFixture &f)
{
    f.addComplaint(QStringLiteral("C1"), QStringLiteral("投诉一"),
                   QStringLiteral("2026-03-01T08:00:00Z"));
    f.addComplaint(QStringLiteral("C2"), QStringLiteral("complaint two"),
                   QStringLiteral("2026-03-02T08:00:00Z"));
    CaseService cases(f.workspace());
    OpenCaseRequest r;
    r.fields.title = QStringLiteral("审计测试");
    r.items = {gen(QStringLiteral("G00001"))};
    auto id = cases.open(r);
    AB_REQUIRE_OK(id);
    AB_REQUIRE_OK(cases.addNote(*id, QStringLiteral("note")));
    AB_REQUIRE_OK(cases.transition(*id, CaseStatus::Triage, {}, 1));
    TriageService triage(f.workspace());
    AB_REQUIRE_OK(
        triage.setSeverity({QStringLiteral("C1"), QStringLiteral("C2")}, QStringLiteral("high")));
    AB_REQUIRE_OK(triage.dismiss({QStringLiteral("C2")}, QStringLiteral("spam")));
    const QString path = f.path;
    f.ws.reset(); // close, so the shell and the CLI see a quiet file
    return path;
}

} // namespace

TEST_CASE("an untouched workspace verifies")
{
    CaseFixture f;
    auto check = WorkspaceVerifier::run(f.db());
    AB_REQUIRE_OK(check);
    CHECK(check->ok());
    CHECK(check->chain.entries == f.auditCount());
    const QString path = workedWorkspace(f);
    const Run r = verify(path);
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("SQLite integrity: ok")));
    CHECK(r.out.contains(QStringLiteral("Audit chain: intact")));
}

TEST_CASE("tampering with the sqlite3 shell is detected")
{
    const QString shell = sqliteShell();
    if (shell.isEmpty()) {
        WARN("the sqlite3 shell is not installed; skipping");
        return;
    }
    CaseFixture f;
    const QString path = workedWorkspace(f);
    const QString drop = QStringLiteral("DROP TRIGGER audit_log_no_update; "
                                        "DROP TRIGGER audit_log_no_delete; ");

    SECTION("the guards stop a plain edit")
    {
        const Run edit = run(shell, {path, QStringLiteral("UPDATE audit_log SET actor = 'mallory' "
                                                          "WHERE seq = 3;")});
        CHECK(edit.code != 0);
        CHECK(edit.err.contains(QStringLiteral("append-only")));
        CHECK(verify(path).code == 0);
    }
    SECTION("an edited entry")
    {
        const Run edit = run(shell, {path, drop + QStringLiteral("UPDATE audit_log SET after_json "
                                                                 "= '{\"status\":\"closed\"}' "
                                                                 "WHERE seq = 4;")});
        REQUIRE(edit.code == 0);
        const Run r = verify(path);
        INFO(r.out.toStdString());
        CHECK(r.code == 1);
        CHECK(r.out.contains(QStringLiteral("BROKEN at entry 4")));
        CHECK(r.out.contains(QStringLiteral("seq 4 at")));
        CHECK(r.out.contains(QStringLiteral("{\"status\":\"closed\"}")));
        CHECK(r.out.contains(QStringLiteral("Append-only guards: MISSING")));
        CHECK_FALSE(r.err.isEmpty());
    }
    SECTION("a deleted entry")
    {
        const Run del =
            run(shell, {path, drop + QStringLiteral("DELETE FROM audit_log WHERE seq = 5;")});
        REQUIRE(del.code == 0);
        const Run r = verify(path);
        INFO(r.out.toStdString());
        CHECK(r.code == 1);
        // The log jumps from 4 to 6: the first broken entry is the one after the gap.
        CHECK(r.out.contains(QStringLiteral("BROKEN at entry 6")));
        CHECK(r.out.contains(QStringLiteral("entry 5 is missing")));
    }
    SECTION("an inserted entry, with the triggers left in place")
    {
        // Inserting needs no dropped trigger; a forger links it to the last
        // hash but cannot produce a hash the chain accepts.
        const Run ins =
            run(shell,
                {path,
                 QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, entity_kind, "
                                "entity_id, prev_hash, hash) SELECT seq + 1, at, 'mallory', "
                                "'case.status', 'case', 'CASE-X', hash, lower(hex(randomblob(32))) "
                                "FROM audit_log ORDER BY seq DESC LIMIT 1;")});
        REQUIRE(ins.code == 0);
        const Run r = verify(path);
        INFO(r.out.toStdString());
        CHECK(r.code == 1);
        CHECK(r.out.contains(QStringLiteral("mallory")));
        CHECK(r.out.contains(QStringLiteral("was changed after it was written")));
        CHECK(r.out.contains(QStringLiteral("Append-only guards: present")));
    }
    SECTION("a truncated log is caught by an anchor")
    {
        auto db = Database::open(path);
        AB_REQUIRE_OK(db);
        auto anchor = AuditQuery::entry(**db, 5);
        AB_REQUIRE_OK(anchor);
        db->reset();
        CHECK(verify(path, {QStringLiteral("--anchor"), anchor->hash}).code == 0);
        // Dropping every entry from 5 on leaves a chain that is consistent in
        // itself; only the anchor recorded earlier shows the loss.
        const Run del =
            run(shell, {path, drop + QStringLiteral("DELETE FROM audit_log WHERE seq >= 5; "
                                                    "CREATE TRIGGER audit_log_no_update "
                                                    "BEFORE UPDATE ON audit_log BEGIN "
                                                    "SELECT RAISE(ABORT, 'x'); END; "
                                                    "CREATE TRIGGER audit_log_no_delete "
                                                    "BEFORE DELETE ON audit_log BEGIN "
                                                    "SELECT RAISE(ABORT, 'x'); END;")});
        REQUIRE(del.code == 0);
        CHECK(verify(path).code == 0);
        const Run r = verify(path, {QStringLiteral("--anchor"), anchor->hash});
        CHECK(r.code == 1);
        CHECK(r.out.contains(QStringLiteral("NOT FOUND")));
    }
}

TEST_CASE("a damaged file fails verification")
{
    CaseFixture f(400);
    const QString path = f.path;
    {
        QSqlQuery q(f.db().sql());
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    f.ws.reset();
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    REQUIRE(size > 16 * 4096);
    // Scribble over the headers of pages in the second half, where the rows
    // are (the schema at the start stays readable, so the file still opens
    // as a workspace and SQLite's own check has to find the damage).
    const qint64 pages = size / 4096;
    for (qint64 page = pages / 2; page < pages * 3 / 4; ++page) {
        file.seek(page * 4096);
        file.write(QByteArray(16, '\x5a'));
    }
    file.close();
    const Run r = verify(path);
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.code == 1);
    CHECK(
        (r.out.contains(QStringLiteral("DAMAGED")) || r.err.contains(QStringLiteral("malformed"))));
}

TEST_CASE("verify reports progress and can stop early")
{
    CaseFixture f;
    for (int i = 0; i < 5000; ++i)
        AB_REQUIRE_OK(f.db().transaction([&] {
            return AuditTrail::append(f.db(), {QStringLiteral("tester"),
                                               QStringLiteral("test.bulk"),
                                               {},
                                               {},
                                               QJsonValue::Null,
                                               QJsonObject{{"i", i}}});
        }));
    qint64 lastChecked = 0;
    qint64 total = 0;
    auto full = AuditTrail::verify(f.db(), [&](qint64 checked, qint64 all) {
        lastChecked = checked;
        total = all;
        return true;
    });
    AB_REQUIRE_OK(full);
    CHECK(full->intact);
    CHECK_FALSE(full->cancelled);
    CHECK(total == full->entries);
    CHECK(lastChecked == 4096);
    auto stopped = AuditTrail::verify(f.db(), [](qint64, qint64) { return false; });
    AB_REQUIRE_OK(stopped);
    CHECK(stopped->cancelled);
    VerifyOptions options;
    options.progress = [](qint64, qint64) {
        return false;
    };
    CHECK_FALSE(WorkspaceVerifier::run(f.db(), options)->ok());
}
