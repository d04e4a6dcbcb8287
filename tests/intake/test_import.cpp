// Imports end to end: what lands in the workspace, what is refused and where,
// all-or-nothing, --skip-invalid and its rejects file, idempotence, --update.
#include "domain/records.h"
#include "intake/recordformat.h"
#include "intakefixture.h"
#include "storage/contentdigest.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ab;
using namespace ab::intake;
using namespace ab::test;

TEST_CASE("a valid file imports every record type in any order, with deadlines and one audit entry")
{
    IntakeFixture f;
    const QString file = f.fixture(QStringLiteral("valid.jsonl"));
    const ImportReport report = f.import({file});
    INFO(errorLines(report).join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.committed);
    CHECK(report.errorCount == 0);
    const ImportCounts t = report.totals();
    CHECK(t.records == 11);
    CHECK(t.added == 11);
    CHECK(t.rejected == 0);

    CHECK(f.count(QStringLiteral("SELECT count(*) FROM providers")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM model_versions")) == 2);
    CHECK(f.value(QStringLiteral("SELECT base_model FROM model_versions WHERE id = 'M-chat'")) ==
          QStringLiteral("M-base"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM datasets")) == 2);
    CHECK(f.value(QStringLiteral("SELECT languages FROM datasets WHERE id = 'D-web'")) ==
          QStringLiteral("zh,en"));
    CHECK(f.value(QStringLiteral("SELECT sha256 FROM datasets WHERE id = 'D-web'")) ==
          QStringLiteral("abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789"));
    CHECK(f.value(QStringLiteral("SELECT derived_from FROM dataset_derivations "
                                 "WHERE dataset_id = 'D-mix'")) == QStringLiteral("D-web"));
    // A training edge without a role takes its dataset's stage.
    CHECK(f.value(QStringLiteral("SELECT role FROM training_edges WHERE model_version_id = "
                                 "'M-base'")) == QStringLiteral("pretrain"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM training_edges")) == 2);
    // The complaint came before the generations it names.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM complaint_generations "
                                 "WHERE complaint_id = 'C-1'")) == 2);
    // Without an offset the time is the workspace's (Asia/Shanghai, UTC+8).
    CHECK(f.value(QStringLiteral("SELECT created_at FROM generations WHERE id = 'G-1'")) ==
          QStringLiteral("2024-03-01T01:00:00Z"));
    CHECK(f.value(QStringLiteral("SELECT content_hash FROM generations WHERE id = 'G-1'")) ==
          Generation::hashOf(QStringLiteral("What is Zhang San's phone number?"),
                             QStringLiteral("It is 138-0000-0000.")));
    CHECK(f.value(QStringLiteral("SELECT output FROM generations WHERE id = 'G-2'")) ==
          QStringLiteral("\"Quoted\" \\ text\twith\x01"
                         "control"));
    CHECK(f.value(QStringLiteral("SELECT recorded_by FROM retests")) == QStringLiteral("tester"));

    // Every generation and complaint has its deadline; the reproducing
    // re-test shows on the generation and on the complaint linked to it.
    CHECK(report.deadlinesAssigned == 3);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines")) == 3);
    CHECK(f.value(QStringLiteral("SELECT verification FROM deadlines WHERE item_id = 'G-1'")) ==
          QStringLiteral("failed"));
    CHECK(f.value(QStringLiteral("SELECT verification FROM deadlines WHERE item_id = 'C-1'")) ==
          QStringLiteral("failed"));
    CHECK(f.value(QStringLiteral("SELECT verification FROM deadlines WHERE item_id = 'G-2'")) ==
          QStringLiteral("none"));

    CHECK(f.count(QStringLiteral(
              "SELECT count(*) FROM audit_log WHERE action = 'intake.imported'")) == 1);
    const QJsonObject detail =
        QJsonDocument::fromJson(f.value(QStringLiteral("SELECT after_json FROM audit_log WHERE "
                                                       "action = 'intake.imported'"))
                                    .toUtf8())
            .object();
    const QJsonObject first = detail[QStringLiteral("files")].toArray().at(0).toObject();
    CHECK(first[QStringLiteral("file")].toString() == QStringLiteral("valid.jsonl"));
    CHECK(first[QStringLiteral("sha256")].toString() == fileHash(file));
    CHECK(detail[QStringLiteral("added")].toInt() == 11);
    CHECK(detail[QStringLiteral("deadlines_assigned")].toInt() == 3);
}

TEST_CASE("every error class is reported as FILE:LINE: field: reason and nothing is written")
{
    IntakeFixture f;
    const QString before = f.digest();
    const ImportReport report = f.import({f.fixture(QStringLiteral("invalid.jsonl"))});
    const QStringList lines = errorLines(report);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(report.committed);
    CHECK(f.digest() == before);
    CHECK(hasError(report, 3, QStringLiteral("type"),
                   QStringLiteral("unknown record type \"gadget\"")));
    CHECK(hasError(report, 4, QStringLiteral("flagged_at"), QStringLiteral("required")));
    CHECK(hasError(report, 5, QStringLiteral("created_at"),
                   QStringLiteral("must be a string, not a number")));
    CHECK(hasError(report, 5, QStringLiteral("labeled"), QStringLiteral("must be true or false")));
    CHECK(hasError(report, 6, QStringLiteral("severity"),
                   QStringLiteral("\"urgent\" is not one of")));
    CHECK(hasError(report, 7, QStringLiteral("flagged_at"), QStringLiteral("RFC 3339")));
    CHECK(hasError(report, 7, QStringLiteral("category"), QStringLiteral("TC260-003")));
    CHECK(hasError(report, 8, QStringLiteral("released"), QStringLiteral("YYYY-MM-DD")));
    CHECK(
        hasError(report, 10, QStringLiteral("id"),
                 QStringLiteral("\"G-3\" appears earlier in this import with a different prompt")));
    CHECK(hasError(
        report, 11, QStringLiteral("model"),
        QStringLiteral("\"M-missing\", which is neither in this import nor in the workspace")));
    CHECK(hasError(report, 12, QStringLiteral("base_model"), QStringLiteral("cycle")));
    CHECK(hasError(report, 13, QStringLiteral("base_model"), QStringLiteral("cycle")));
    CHECK(hasError(report, 14, QStringLiteral("base_model"), QStringLiteral("its own base model")));
    CHECK(
        hasError(report, 15, QStringLiteral("colour"), QStringLiteral("not a field of provider")));
    CHECK(hasError(report, 16, QStringLiteral("derived_from"), QStringLiteral("cycle")));
    CHECK(hasError(report, 17, QStringLiteral("derived_from"), QStringLiteral("cycle")));
    CHECK(hasError(report, 18, QStringLiteral("prompt"), QStringLiteral("invalid UTF-8")));
    CHECK(hasError(report, 19, QStringLiteral("name"), QStringLiteral("truncated")));
    CHECK(lines.contains(QStringLiteral(
        "invalid.jsonl:8: released: \"01/02/2024\" is not a date in the form YYYY-MM-DD")));
    // Lines 1, 2 and 9 are valid: 16 records with 18 problems between them.
    CHECK(report.totals().rejected == 16);
    CHECK(report.errorCount == 18);
    CHECK(report.errors.size() == 18);
}

TEST_CASE("with --skip-invalid the import writes the valid records and the rejected lines with "
          "their reasons")
{
    IntakeFixture f;
    const QString file = f.fixture(QStringLiteral("invalid.jsonl"));
    const ImportReport report = f.import({file}, true);
    INFO(errorLines(report).join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.committed);
    CHECK(report.totals().added == 3); // P-1, M-1, G-3
    CHECK(report.totals().rejected == 16);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM providers")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM model_versions")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM generations")) == 1);
    CHECK(f.value(QStringLiteral("SELECT prompt FROM generations WHERE id = 'G-3'")) ==
          QStringLiteral("p")); // the first of the two G-3 lines
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM datasets")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines")) == 1);

    REQUIRE(report.files[0].rejectsPath == file + QStringLiteral(".rejects"));
    const QList<QByteArray> input = readFile(file).split('\n');
    QList<QByteArray> expected; // lines 3..19 except 9, unchanged
    for (int line = 3; line <= 19; ++line)
        if (line != 9)
            expected << input[line - 1];
    QList<QByteArray> records, reasons;
    const QList<QByteArray> rejects = readFile(report.files[0].rejectsPath).split('\n');
    for (const QByteArray &l : rejects) {
        if (l.startsWith("# "))
            reasons << l;
        else if (!l.isEmpty())
            records << l;
    }
    CHECK(records == expected);
    CHECK(reasons.size() == 18);
    CHECK(reasons.contains("# " + file.toUtf8() +
                           ":6: severity: \"urgent\" is not one of low, medium, high, critical"));
    // A later import without rejections removes the stale file.
    writeFile(file, input[0] + '\n');
    const ImportReport again = f.import({file}, true);
    CHECK(again.committed);
    CHECK_FALSE(QFile::exists(file + QStringLiteral(".rejects")));
}

TEST_CASE("importing the same file twice changes nothing the second time")
{
    IntakeFixture f;
    const QString file = f.fixture(QStringLiteral("valid.jsonl"));
    REQUIRE(f.import({file}).committed);
    auto content = [&f] {
        auto d = ContentDigest::compute(f.ws->db()); // leaves out the audit log and meta
        AB_REQUIRE_OK(d);
        return d->sha256;
    };
    const QString once = content();
    const ImportReport second = f.import({file});
    REQUIRE(second.committed);
    CHECK(second.totals().unchanged == 11);
    CHECK(second.totals().added == 0);
    CHECK(second.deadlinesAssigned == 0);
    CHECK(content() == once);
    CHECK(f.count(QStringLiteral(
              "SELECT count(*) FROM audit_log WHERE action = 'intake.imported'")) == 2);
}

TEST_CASE("an id that exists with other content is a conflict unless --update is given")
{
    IntakeFixture f;
    REQUIRE(f.import({f.fixture(QStringLiteral("valid.jsonl"))}).committed);
    const QString changed = f.writeLines(
        QStringLiteral("changed.jsonl"),
        {QStringLiteral(
             R"({"type":"generation","id":"G-2","model":"M-chat","created_at":"2024-03-01T09:05:00+08:00","prompt":"Tell me a rumour.","output":"a new answer","modality":"text","flag_source":"filter","category":"A.1.g","severity":"critical","flagged_at":"2024-03-01T09:06:00+08:00","labeled":true})"),
         QStringLiteral(
             R"({"type":"complaint","id":"C-1","received_at":"2024-03-02T10:15:00+08:00","channel":"app","kind":"personal_info","text":"The answer shows my phone number.\nPlease delete it.","generations":["G-1"],"contact":"user@example.com","request":"delete"})"),
         QStringLiteral(
             R"({"type":"retest","generation":"G-1","tested_at":"2024-04-01T10:00:00Z","model":"M-chat","reproduced":false,"note":"fixed"})")});
    const QString before = f.digest();
    const ImportReport refused = f.import({changed});
    INFO(errorLines(refused).join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(refused.committed);
    CHECK(hasError(
        refused, 1, QStringLiteral("id"),
        QStringLiteral("\"G-2\" already exists in the workspace with a different output")));
    CHECK(hasError(refused, 2, QStringLiteral("id"), QStringLiteral("different generations")));
    CHECK(hasError(refused, 3, QStringLiteral("reproduced"), QStringLiteral("--update")));
    CHECK(f.digest() == before);

    const ImportReport updated = f.import({changed}, false, true);
    INFO(errorLines(updated).join(QLatin1Char('\n')).toStdString());
    REQUIRE(updated.committed);
    CHECK(updated.totals().updated == 3);
    CHECK(f.value(QStringLiteral(
              "SELECT output || '/' || severity FROM generations WHERE id = 'G-2'")) ==
          QStringLiteral("a new answer/critical"));
    CHECK(f.value(QStringLiteral("SELECT content_hash FROM generations WHERE id = 'G-2'")) ==
          Generation::hashOf(QStringLiteral("Tell me a rumour."), QStringLiteral("a new answer")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM complaint_generations")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM retests")) == 1);
    // The re-test no longer reproduces, but on the same model it proves nothing.
    CHECK(f.value(QStringLiteral("SELECT verification FROM deadlines WHERE item_id = 'G-1'")) ==
          QStringLiteral("none"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines")) == 3);
}

TEST_CASE("references resolve over several files; dangling and rejected targets are named")
{
    IntakeFixture f;
    REQUIRE(f.import({f.fixture(QStringLiteral("valid.jsonl"))}).committed);
    const QString complaints = f.writeLines(
        QStringLiteral("complaints.jsonl"),
        {QStringLiteral(
            R"({"type":"complaint","id":"C-2","received_at":"2024-05-01T00:00:00Z","channel":"web","kind":"other","text":"t","generations":["G-9","G-1"]})")});
    const QString generations = f.writeLines(
        QStringLiteral("generations.jsonl"),
        {QStringLiteral(
            R"({"type":"generation","id":"G-9","model":"M-chat","created_at":"2024-05-01T00:00:00Z","prompt":"p","output":"o","modality":"audio","flag_source":"sampling","category":"A.3.a","severity":"low","flagged_at":"2024-05-01T00:00:00Z"})")});
    const ImportReport both = f.import({complaints, generations});
    INFO(errorLines(both).join(QLatin1Char('\n')).toStdString());
    REQUIRE(both.committed);
    CHECK(both.totals().added == 2);
    CHECK(f.count(QStringLiteral(
              "SELECT count(*) FROM complaint_generations WHERE complaint_id = 'C-2'")) == 2);

    const QString bad = f.writeLines(
        QStringLiteral("bad.jsonl"),
        {QStringLiteral(
             R"({"type":"generation","id":"G-10","model":"M-chat","created_at":"2024-05-01T00:00:00Z","prompt":"p","output":"o","modality":"smell","flag_source":"sampling","category":"A.3.a","severity":"low","flagged_at":"2024-05-01T00:00:00Z"})"),
         QStringLiteral(
             R"({"type":"complaint","id":"C-3","received_at":"2024-05-01T00:00:00Z","channel":"web","kind":"other","text":"t","generations":["G-10"]})"),
         QStringLiteral(
             R"({"type":"complaint","id":"C-4","received_at":"2024-05-01T00:00:00Z","channel":"web","kind":"other","text":"t","generations":["G-11"]})"),
         QStringLiteral(
             R"({"type":"retest","generation":"G-1","tested_at":"2024-06-01T00:00:00Z","model":"M-nope","reproduced":false})")});
    const ImportReport refused = f.import({bad});
    INFO(errorLines(refused).join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(refused.committed);
    CHECK(hasError(refused, 1, QStringLiteral("modality"), QStringLiteral("\"smell\"")));
    CHECK(hasError(refused, 2, QStringLiteral("generations"),
                   QStringLiteral("refers to generation \"G-10\", which is rejected (")));
    CHECK(
        hasError(refused, 3, QStringLiteral("generations"),
                 QStringLiteral("\"G-11\", which is neither in this import nor in the workspace")));
    CHECK(hasError(refused, 4, QStringLiteral("model"), QStringLiteral("\"M-nope\"")));
}

TEST_CASE(
    "with --skip-invalid the import leaves out what depends on a record found invalid at the end")
{
    IntakeFixture f;
    // The provider is named before it appears and never does: the model, its
    // generation, the complaint on that generation and the training edge all go.
    const QString file = f.writeLines(
        QStringLiteral("chain.jsonl"),
        {QStringLiteral(
             R"({"type":"model","id":"M-x","provider":"P-ghost","name":"x","version":"1","released":"2024-01-01"})"),
         QStringLiteral(
             R"({"type":"generation","id":"G-x","model":"M-x","created_at":"2024-05-01T00:00:00Z","prompt":"p","output":"o","modality":"text","flag_source":"filter","category":"A.1.a","severity":"low","flagged_at":"2024-05-01T00:00:00Z"})"),
         QStringLiteral(
             R"({"type":"complaint","id":"C-x","received_at":"2024-05-02T00:00:00Z","channel":"sms","kind":"other","text":"t","generations":["G-x"]})"),
         QStringLiteral(R"({"type":"training","model":"M-x","dataset":"D-y"})"),
         QStringLiteral(R"({"type":"provider","id":"P-real","name":"real"})"),
         QStringLiteral(
             R"({"type":"dataset","id":"D-y","provider":"P-real","name":"y","stage":"alignment","source_type":"commercial","source":"s","contains_personal_info":false})")});
    const ImportReport report = f.import({file}, true);
    INFO(errorLines(report).join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.committed);
    CHECK(report.totals().added == 2);
    CHECK(report.totals().rejected == 4);
    CHECK(hasError(report, 1, QStringLiteral("provider"), QStringLiteral("\"P-ghost\"")));
    CHECK(hasError(report, 2, QStringLiteral("id"),
                   QStringLiteral("model \"M-x\", which is rejected")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM model_versions")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM generations")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM complaints")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM training_edges")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM datasets")) == 1);
    const QByteArray rejects = readFile(file + QStringLiteral(".rejects"));
    CHECK(rejects.count("\n{") + (rejects.startsWith('{') ? 1 : 0) == 4);
}

TEST_CASE("a training edge before its dataset takes the dataset's stage")
{
    IntakeFixture f;
    const QString file = f.writeLines(
        QStringLiteral("order.jsonl"),
        {QStringLiteral(R"({"type":"training","model":"M","dataset":"D"})"),
         QStringLiteral(R"({"type":"provider","id":"P","name":"p"})"),
         QStringLiteral(
             R"({"type":"model","id":"M","provider":"P","name":"m","version":"1","released":"2024-01-01"})"),
         QStringLiteral(
             R"({"type":"dataset","id":"D","provider":"P","name":"d","stage":"evaluation","source_type":"open_source","source":"s","contains_personal_info":false})")});
    const ImportReport report = f.import({file});
    INFO(errorLines(report).join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.committed);
    CHECK(report.totals().records == 4);
    CHECK(report.totals().added == 4);
    CHECK(f.value(QStringLiteral("SELECT role FROM training_edges")) ==
          QStringLiteral("evaluation"));
    // Again: the edge is the same one, named without its role.
    CHECK(f.import({file}).totals().unchanged == 4);
}

TEST_CASE("CSV in UTF-8 with BOM and CRLF, and the same rows in GB18030")
{
    IntakeFixture f;
    REQUIRE(f.import({f.fixture(QStringLiteral("valid.jsonl"))}).committed);
    const ImportReport utf8 = f.import({f.fixture(QStringLiteral("generations_bom_crlf.csv"))});
    INFO(errorLines(utf8).join(QLatin1Char('\n')).toStdString());
    REQUIRE(utf8.committed);
    CHECK(utf8.totals().added == 2);
    CHECK(f.value(QStringLiteral("SELECT output FROM generations WHERE id = 'G-c1'")) ==
          QStringLiteral("多行\r\n回答, with a comma and \"quotes\""));
    CHECK(f.value(QStringLiteral("SELECT labeled FROM generations WHERE id = 'G-c1'")) ==
          QStringLiteral("0"));
    CHECK(f.value(QStringLiteral("SELECT created_at FROM generations WHERE id = 'G-c2'")) ==
          QStringLiteral("2024-05-02T00:00:00Z"));
    // The same records saved by a spreadsheet in GB18030 are the same records.
    const ImportReport gb = f.import({f.fixture(QStringLiteral("generations_gb18030.csv"))});
    INFO(errorLines(gb).join(QLatin1Char('\n')).toStdString());
    REQUIRE(gb.committed);
    CHECK(gb.files[0].encoding == QStringLiteral("GB18030"));
    CHECK(gb.totals().unchanged == 2);
}

TEST_CASE("an empty file, a file of blank lines and a missing file are refused")
{
    IntakeFixture f;
    writeFile(f.dir.path(QStringLiteral("empty.jsonl")), {});
    writeFile(f.dir.path(QStringLiteral("blank.jsonl")), "\n  \r\n\n");
    const ImportReport report = f.import({f.dir.path(QStringLiteral("empty.jsonl")),
                                          f.dir.path(QStringLiteral("blank.jsonl")),
                                          f.dir.path(QStringLiteral("missing.jsonl"))},
                                         true);
    INFO(errorLines(report).join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(report.committed); // even with --skip-invalid: a whole file is unusable
    REQUIRE(report.errors.size() == 3);
    CHECK(report.errors[0].message.contains(QStringLiteral("empty")));
    CHECK(report.errors[1].message.contains(QStringLiteral("no records")));
    CHECK(report.errors[2].message.contains(QStringLiteral("cannot be read")));
}

TEST_CASE(
    "a line longer than the record limit is refused without being held, and copied to the rejects")
{
    IntakeFixture f;
    const QString file = f.dir.path(QStringLiteral("huge.jsonl"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(R"({"type":"provider","id":"P","name":"p"})"
                  "\n");
        out.write(R"({"type":"provider","id":"Q","name":")");
        const QByteArray chunk(1 << 20, 'x');
        for (qint64 i = 0; i <= (kMaxRecordBytes >> 20); ++i)
            out.write(chunk);
        out.write("\"}\n");
        out.write(R"({"type":"provider","id":"R","name":"r"})"
                  "\n");
    }
    const ImportReport report = f.import({file}, true);
    INFO(errorLines(report).join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.committed);
    CHECK(report.totals().added == 2);
    CHECK(hasError(report, 2, QString(), QStringLiteral("longer than 64 MiB")));
    CHECK(QFileInfo(file + QStringLiteral(".rejects")).size() > kMaxRecordBytes);
}

TEST_CASE("cancelling an import rolls it back")
{
    IntakeFixture f;
    const QString before = f.digest();
    intake::ImportOptions o = f.options({f.fixture(QStringLiteral("valid.jsonl"))});
    int calls = 0;
    auto report = ImportJob::run(*f.ws, o, [&calls](const ImportProgress &p) {
        ++calls;
        return p.phase != ImportProgress::Phase::Deadlines; // cancel late: after every write
    });
    AB_REQUIRE_OK(report);
    CHECK(report->cancelled);
    CHECK_FALSE(report->committed);
    CHECK(calls > 1);
    CHECK(f.digest() == before);
}
