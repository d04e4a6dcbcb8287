// Intake: importing 1,000,000 generations from JSON Lines, measured against
// the sqlite3 shell's .import of the same rows as CSV into the same table of
// a workspace, in the same run.
#include "domain/records.h"
#include "intake/exporter.h"
#include "intake/importjob.h"
#include "scenario.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

using namespace ab;
using namespace ab::bench;

namespace {

constexpr qint64 kRows = 1'000'000;
const QString kActor = QStringLiteral("bench");
const char *const kCodes[] = {"A.1.a", "A.1.b", "A.1.c", "A.1.d", "A.1.e", "A.1.f", "A.1.g",
                              "A.1.h", "A.2.a", "A.2.b", "A.2.c", "A.2.d", "A.2.e", "A.2.f",
                              "A.2.g", "A.2.h", "A.2.i", "A.3.a", "A.3.b", "A.3.c", "A.3.d",
                              "A.3.e", "A.4.a", "A.4.b", "A.4.c", "A.4.d", "A.4.e", "A.4.f",
                              "A.4.g", "A.5.a", "A.5.b"};
const char *const kModalities[] = {"text", "image", "audio", "video"};
const char *const kSources[] = {"filter", "user_report", "inspection", "sampling"};
const char *const kSeverities[] = {"low", "medium", "high", "critical"};

void removeWorkspace(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// The same rows twice: as the interchange format, and as CSV in the column
// order and stored forms of the generations table (with the content hash an
// import computes), for the shell. Written once per work folder, untimed.
Status writeInputs(const QString &jsonl, const QString &csv)
{
    if (QFile::exists(jsonl) && QFile::exists(csv))
        return {};
    QFile j(jsonl), c(csv);
    if (!j.open(QIODevice::WriteOnly) || !c.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("cannot write the inputs"), jsonl, 0, {}};
    j.write(
        R"({"type":"provider","id":"P-bench","name":"基准测试科技有限公司"})"
        "\n"
        R"({"type":"model","id":"M-bench","provider":"P-bench","name":"Bench","version":"1.0","released":"2023-12-01"})"
        "\n");
    QByteArray jb, cb;
    const qint64 start = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    for (qint64 i = 0; i < kRows; ++i) {
        const QByteArray id = "G" + QByteArray::number(i).rightJustified(7, '0');
        const QByteArray created =
            QDateTime::fromSecsSinceEpoch(start + i * 31, Qt::UTC).toString(Qt::ISODate).toLatin1();
        const QByteArray flagged = QDateTime::fromSecsSinceEpoch(start + i * 31 + 600, Qt::UTC)
                                       .toString(Qt::ISODate)
                                       .toLatin1();
        const QByteArray prompt = "请说明第 " + QByteArray::number(i) +
                                  " 号问题: how would one get around the content filter?";
        const QByteArray output =
            "模型回答了本应拒绝的内容 (answer " + QByteArray::number(i % 977) + ")";
        const char *code = kCodes[i % 31], *modality = kModalities[i % 4],
                   *source = kSources[(i / 4) % 4], *severity = kSeverities[(i / 16) % 4];
        const bool labeled = i % 3 == 0;
        jb += "{\"type\":\"generation\",\"id\":\"" + id +
              "\",\"model\":\"M-bench\",\"created_at\":\"" + created + "\",\"prompt\":\"" + prompt +
              "\",\"output\":\"" + output + "\",\"modality\":\"" + modality +
              "\",\"flag_source\":\"" + source + "\",\"category\":\"" + code +
              "\",\"severity\":\"" + severity + "\",\"flagged_at\":\"" + flagged +
              "\",\"labeled\":" + (labeled ? "true" : "false") + "}\n";
        const QString hash =
            Generation::hashOf(QString::fromUtf8(prompt), QString::fromUtf8(output));
        cb += id + ",M-bench," + created + ",\"" + prompt + "\",\"" + output + "\"," + modality +
              "," + code + "," + severity + "," + source + "," + flagged + "," +
              (labeled ? "1" : "0") + "," + hash.toLatin1() + "\n";
        if (jb.size() > (1 << 20)) {
            j.write(jb);
            c.write(cb);
            jb.clear();
            cb.clear();
        }
    }
    j.write(jb);
    c.write(cb);
    return {};
}

Result<QString> sqliteShell()
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        return Error{
            QStringLiteral("the sqlite3 shell is not installed (Debian: sqlite3)"), {}, 0, {}};
    return shell;
}

Result<double> runShell(const QString &shell, const QString &db, const QByteArray &script)
{
    QProcess p;
    Stopwatch watch;
    p.start(shell, {db});
    p.write(script);
    p.closeWriteChannel();
    if (!p.waitForFinished(-1) || p.exitCode() != 0 || !p.readAllStandardError().isEmpty())
        return Error{QStringLiteral("sqlite3 failed: ") +
                         QString::fromUtf8(p.readAllStandardOutput()),
                     db,
                     0,
                     {}};
    return watch.seconds();
}

// The reference: a fresh workspace, the provider and model in place, then
// the shell's .import straight into generations with the same pragmas the
// application uses. The shell cannot .import into a table with a generated
// column (3.40 counts it as a value), so the one virtual column (the severity
// rank, used only for sorting) and its index go first; everything else —
// the other indexes, CHECKs, foreign keys, the search-index trigger — stays.
Result<BenchResult> reference(const BenchContext &context, const QString &csv)
{
    auto shell = sqliteShell();
    if (!shell)
        return shell.error();
    const QString path = context.file(QStringLiteral("intake-reference.auditbench"));
    removeWorkspace(path);
    if (auto ws = Workspace::create(path, kActor); !ws)
        return ws.error();
    auto setup = runShell(*shell, path,
                          "INSERT INTO providers (id, name) VALUES ('P-bench', 'p');"
                          "INSERT INTO model_versions (id, provider_id, name, version, released) "
                          "VALUES ('M-bench', 'P-bench', 'Bench', '1.0', '2023-12-01');"
                          "DROP INDEX generations_severity_sort;"
                          "ALTER TABLE generations DROP COLUMN severity_rank;");
    if (!setup)
        return setup.error();
    auto seconds = runShell(*shell, path,
                            "PRAGMA foreign_keys = ON;\nPRAGMA synchronous = NORMAL;\n"
                            "PRAGMA cache_size = -65536;\n.import --csv '" +
                                csv.toUtf8() + "' generations\n");
    if (!seconds)
        return seconds.error();
    return BenchResult{kRows, *seconds};
}

Result<BenchResult> importJsonl(const BenchContext &context, const QString &jsonl)
{
    const QString path = context.file(QStringLiteral("intake-jsonl.auditbench"));
    removeWorkspace(path);
    if (auto ws = Workspace::create(path, kActor); !ws)
        return ws.error();
    auto ws = Workspace::open(path, kActor);
    if (!ws)
        return ws.error();
    intake::ImportOptions options;
    options.files = {jsonl};
    options.policyFolder = QString();
    options.calendarFolder = QString();
    Stopwatch watch;
    auto report = intake::ImportJob::run(**ws, options);
    const double seconds = watch.seconds();
    if (!report)
        return report.error();
    if (!report->committed)
        return Error{report->errors.value(0).toString(), jsonl, 0, {}};
    return BenchResult{report->totals().added - 2, seconds};
}

Result<std::pair<QString, QString>> inputs(const BenchContext &context)
{
    const QString jsonl = context.file(QStringLiteral("intake-1m.jsonl"));
    const QString csv = context.file(QStringLiteral("intake-1m.csv"));
    if (Status s = writeInputs(jsonl, csv); !s)
        return s.error();
    return std::pair{jsonl, csv};
}

} // namespace

AB_BENCH_SCENARIO(
    intakeJsonl1m, "intake-jsonl-1m",
    "import 1,000,000 generations from JSON Lines (validation, deadlines, audit "
    "entry); the sqlite3 shell's .import of the same rows runs first as the reference "
    "and the ratio goes to stderr")
{
    auto files = inputs(context);
    if (!files)
        return files.error();
    auto ref = reference(context, files->second);
    if (!ref)
        return ref.error();
    auto ours = importJsonl(context, files->first);
    if (!ours)
        return ours.error();
    const double refRate = double(ref->n) / ref->seconds;
    const double ourRate = double(ours->n) / ours->seconds;
    QTextStream(stderr)
        << "{\"scenario\":\"intake-jsonl-1m\",\"reference\":\"sqlite3 .import csv\","
        << "\"reference_seconds\":" << ref->seconds
        << ",\"reference_rows_per_s\":" << qRound64(refRate)
        << ",\"ratio\":" << QString::number(ourRate / refRate, 'f', 3) << "}" << Qt::endl;
    return ours;
}

AB_BENCH_SCENARIO(
    intakeCsvReference1m, "intake-sqlite3-import-1m",
    "the reference alone: the sqlite3 shell's .import of 1,000,000 generations as CSV")
{
    auto files = inputs(context);
    if (!files)
        return files.error();
    return reference(context, files->second);
}

AB_BENCH_SCENARIO(intakeExport1m, "intake-export-1m",
                  "export the 1,000,000 generations imported by intake-jsonl-1m")
{
    const QString path = context.file(QStringLiteral("intake-jsonl.auditbench"));
    if (!QFile::exists(path))
        return Error{QStringLiteral("run intake-jsonl-1m first"), path, 0, {}};
    auto ws = Workspace::open(path, kActor);
    if (!ws)
        return ws.error();
    Stopwatch watch;
    auto written =
        intake::Exporter::writeFile(**ws, context.file(QStringLiteral("intake-export.jsonl")));
    if (!written)
        return written.error();
    return BenchResult{*written, watch.seconds()};
}
