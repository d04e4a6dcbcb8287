#include "reportfixture.h"
#include "reports/reportexporter.h"
#include "reports/reporttext.h"
#include "reports/reportwriters.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace ab;
using namespace ab::test;

namespace {

ExportRequest juneRequest(ReportFormat format, const QString &path,
                          const QString &language = QStringLiteral("en"))
{
    ExportRequest r;
    r.options.kind = ReportKind::Deadlines;
    r.options.from = kFrom;
    r.options.to = kTo;
    r.options.asOf = kAsOf;
    r.options.language = language;
    r.format = format;
    r.outputPath = path;
    return r;
}

// The text a reader of the file sees: PDF through pdftotext, the rest as bytes.
QString visibleText(const QString &path)
{
    if (path.endsWith(QLatin1String(".pdf")))
        return pdfText(path);
    return QString::fromUtf8(readFile(path));
}

qint64 exportEntries(Workspace &ws)
{
    QSqlQuery q(ws.db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                  "'report.exported'")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("no unmasked personal value survives in any format", "[reports]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    ReportExporter exporter(fx.ws());
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        for (ReportFormat format :
             {ReportFormat::Json, ReportFormat::Csv, ReportFormat::Html, ReportFormat::Pdf}) {
            const QString path =
                dir.path(QStringLiteral("r-%1.%2").arg(language, reportFormatToken(format)));
            const Result<ExportResult> done =
                exporter.exportReport(juneRequest(format, path, language));
            AB_REQUIRE_OK(done);
            for (const QString &file : done->files) {
                const QString text = visibleText(file);
                INFO(file.toStdString());
                CHECK_FALSE(text.isEmpty());
                // A table cell may wrap a value over two lines: scan the text
                // without its line breaks too.
                QString joined = text;
                joined.remove(QRegularExpression(QStringLiteral("\\s")));
                for (const QString &value : personalValues()) {
                    CHECK_FALSE(text.contains(value));
                    CHECK_FALSE(joined.contains(value));
                }
            }
            // The masked forms are there: the excerpts made it into the file.
            // (A PDF table cell may wrap it: compare without the line breaks.)
            CHECK(visibleText(path)
                      .remove(QRegularExpression(QStringLiteral("\\s")))
                      .contains(QStringLiteral("138****8000")));
        }
    }
    CHECK(exportEntries(fx.ws()) == 8);
}

TEST_CASE("an unmasked report takes a supervisor and is audited", "[reports]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    const QString path = dir.path(QStringLiteral("full.json"));
    ExportRequest request = juneRequest(ReportFormat::Json, path);
    request.options.masked = false;

    ReportExporter asAnalyst(fx.ws());
    const Result<ExportResult> refused = asAnalyst.exportReport(request);
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(
        QDir(dir.path(QString())).entryList(QDir::Files).filter(QStringLiteral("full")).isEmpty());
    CHECK(exportEntries(fx.ws()) == 0);

    auto supervisor = fx.openAs(QStringLiteral("supervisor"));
    ReportExporter asSupervisor(*supervisor);
    const Result<ExportResult> done = asSupervisor.exportReport(request);
    AB_REQUIRE_OK(done);
    const QString text = QString::fromUtf8(readFile(path));
    CHECK(text.contains(QStringLiteral("11010519491231002X")));
    QSqlQuery q(supervisor->db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT actor, entity_id, after_json FROM audit_log "
                                  "WHERE action = 'report.exported'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QLatin1String("supervisor"));
    CHECK(q.value(1).toString() == done->reportId);
    const QJsonObject after = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
    CHECK(after.value(QStringLiteral("masked")).toBool() == false);
    CHECK(after.value(QStringLiteral("contentSha256")).toString() == done->contentHash);

    // Every format's stamp says whether personal data was masked.
    for (ReportFormat format : {ReportFormat::Html, ReportFormat::Csv, ReportFormat::Pdf}) {
        for (const bool masked : {false, true}) {
            ExportRequest r = juneRequest(
                format,
                dir.path(QStringLiteral("stamp-%1.%2")
                             .arg(masked ? QStringLiteral("masked") : QStringLiteral("full"),
                                  reportFormatToken(format))));
            r.options.masked = masked;
            const Result<ExportResult> written = asSupervisor.exportReport(r);
            AB_REQUIRE_OK(written);
            QString shown; // CSV: the stamp has a file of its own
            for (const QString &file : written->files)
                shown += visibleText(file);
            INFO(r.outputPath.toStdString());
            if (masked)
                CHECK(shown.contains(QRegularExpression(
                    QStringLiteral("Personal information(<[^>]*>|[^A-Za-z])*masked"))));
            else
                CHECK(shown.contains(QStringLiteral("NOT masked (supervisor export)")));
        }
    }
}

TEST_CASE("JSON carries the stamp and a content hash that can be recomputed", "[reports]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    ReportExporter exporter(fx.ws());
    const QString path = dir.path(QStringLiteral("r.json"));
    const Result<ExportResult> done = exporter.exportReport(juneRequest(ReportFormat::Json, path));
    AB_REQUIRE_OK(done);
    const QJsonObject o = QJsonDocument::fromJson(readFile(path)).object();
    const QJsonObject head = o.value(QStringLiteral("report")).toObject();
    CHECK(head.value(QStringLiteral("id")).toString() == done->reportId);
    CHECK(head.value(QStringLiteral("kind")).toString() == QLatin1String("deadlines"));
    CHECK(head.value(QStringLiteral("generatedBy")).toString() == QLatin1String("tester"));
    CHECK(head.value(QStringLiteral("auditHeadHash")).toString().size() == 64);
    const QJsonArray tables = o.value(QStringLiteral("tables")).toArray();
    REQUIRE(tables.size() == 2);
    CHECK(tables.at(0).toObject().value(QStringLiteral("rows")).toArray().size() == 5);

    // Recomputed from the JSON alone, as a verifier would: each field's UTF-8
    // then 0x1F, each record closed by 0x1E.
    const QString stored = o.value(QStringLiteral("contentSha256")).toString();
    QByteArray stream;
    const auto field = [&stream](const QString &s) {
        stream += s.toUtf8() + '\x1f';
    };
    for (const char *key : {"kind", "title", "scope", "language", "id", "workspace", "generatedAt",
                            "generatedBy", "auditHeadHash"})
        field(head.value(QLatin1String(key)).toString());
    field(head.value(QStringLiteral("masked")).toBool() ? QStringLiteral("masked")
                                                        : QStringLiteral("unmasked"));
    stream += '\x1e';
    for (const QJsonValue &f : o.value(QStringLiteral("facts")).toArray()) {
        for (const char *key : {"key", "label", "value"})
            field(f.toObject().value(QLatin1String(key)).toString());
        stream += '\x1e';
    }
    for (const QJsonValue &tv : tables) {
        const QJsonObject t = tv.toObject();
        field(t.value(QStringLiteral("key")).toString());
        field(t.value(QStringLiteral("title")).toString());
        stream += '\x1e';
        QStringList keys;
        for (const QJsonValue &c : t.value(QStringLiteral("columns")).toArray()) {
            keys << c.toObject().value(QStringLiteral("key")).toString();
            field(keys.constLast());
            field(c.toObject().value(QStringLiteral("label")).toString());
        }
        stream += '\x1e';
        for (const QJsonValue &row : t.value(QStringLiteral("rows")).toArray()) {
            for (const QString &k : std::as_const(keys))
                field(row.toObject().value(k).toString());
            stream += '\x1e';
        }
    }
    CHECK(stored == QString::fromLatin1(
                        QCryptographicHash::hash(stream, QCryptographicHash::Sha256).toHex()));
    CHECK(stored == done->contentHash);

    // The sidecar is sha256sum's format, naming the file next to it.
    const QString sidecar = QString::fromUtf8(readFile(path + QStringLiteral(".sha256")));
    CHECK(sidecar == fileHash(path) + QStringLiteral("  r.json\n"));
}

TEST_CASE("CSV: one table per file, UTF-8 with a BOM", "[reports]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    ReportExporter exporter(fx.ws());
    const QString path = dir.path(QStringLiteral("r.csv"));
    const Result<ExportResult> done =
        exporter.exportReport(juneRequest(ReportFormat::Csv, path, QStringLiteral("zh_CN")));
    AB_REQUIRE_OK(done);
    CHECK(done->files == QStringList{path, dir.path(QStringLiteral("r-totals.csv")),
                                     dir.path(QStringLiteral("r-report.csv")),
                                     path + QStringLiteral(".sha256")});
    // The sidecar names every file of the report with its SHA-256, main file
    // first, as `sha256sum -c` reads it.
    CHECK(QString::fromUtf8(readFile(path + QStringLiteral(".sha256"))) ==
          fileHash(path) + QStringLiteral("  r.csv\n") +
              fileHash(dir.path(QStringLiteral("r-totals.csv"))) +
              QStringLiteral("  r-totals.csv\n") +
              fileHash(dir.path(QStringLiteral("r-report.csv"))) +
              QStringLiteral("  r-report.csv\n"));
    const QByteArray items = readFile(path);
    REQUIRE(items.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(items.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.size() == 6); // header + 5 items
    CHECK(lines.at(0).startsWith(QStringLiteral("类型,事项,服务提供者")));
    CHECK(
        QString::fromUtf8(readFile(dir.path(QStringLiteral("r-totals.csv"))).mid(3)) ==
        QStringLiteral("结果,数量\r\n按期整改,2\r\n逾期整改,1\r\n逾期未整改,1\r\n尚未到期,1\r\n"));
    CHECK(ReportWriters::csvField(QStringLiteral("a,\"b\"")) == QStringLiteral("\"a,\"\"b\"\"\""));
    CHECK(ReportWriters::csvField(QStringLiteral("=cmd()")) == QStringLiteral("'=cmd()"));
}

TEST_CASE("HTML is one self-contained page", "[reports]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    ReportExporter exporter(fx.ws());
    const QString path = dir.path(QStringLiteral("r.html"));
    AB_REQUIRE_OK(exporter.exportReport(juneRequest(ReportFormat::Html, path)));
    const QString html = QString::fromUtf8(readFile(path));
    CHECK(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    CHECK(html.contains(QLatin1String("<meta charset=\"utf-8\">")));
    CHECK_FALSE(html.contains(QLatin1String("src=")));
    CHECK_FALSE(html.contains(QLatin1String("<link")));
    CHECK(html.count(QLatin1String("<thead>")) == 2);
}

TEST_CASE("CLI report: usage errors name the option and write nothing", "[reports][cli]")
{
    TempDir dir;
    const QString db = dir.path(QStringLiteral("ws.auditbench"));
    {
        ReportFixture fx(db);
    }
    const QString out = dir.path(QStringLiteral("cli.pdf"));
    const auto run = [&](const QStringList &args, QString *err = nullptr) {
        QProcess p;
        p.start(QStringLiteral(AUDITBENCH_CLI), args);
        REQUIRE(p.waitForFinished(120000));
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    const QStringList base{QStringLiteral("report"),
                           QStringLiteral("--db"),
                           db,
                           QStringLiteral("--kind"),
                           QStringLiteral("deadlines"),
                           QStringLiteral("--from"),
                           QStringLiteral("2026-06-01"),
                           QStringLiteral("--to"),
                           QStringLiteral("2026-06-30"),
                           QStringLiteral("--as-of"),
                           QStringLiteral("2026-06-15"),
                           QStringLiteral("-o"),
                           out};
    QString err;
    CHECK(run(base + QStringList{QStringLiteral("--format"), QStringLiteral("docx")}, &err) == 2);
    CHECK(err.contains(QLatin1String("--format")));
    // One line of ours (Qt itself may warn about the session on other lines).
    CHECK(err.split(QLatin1Char('\n')).filter(QStringLiteral("auditbench-cli")).size() == 1);
    QStringList badDate = base;
    badDate[6] = QStringLiteral("2026-13-01");
    CHECK(run(badDate + QStringList{QStringLiteral("--format"), QStringLiteral("pdf")}, &err) == 2);
    CHECK(err.contains(QLatin1String("--from")));
    CHECK_FALSE(QFileInfo::exists(out));
    // Options a report kind would ignore are refused, naming the option.
    QStringList caseWithPeriod = base;
    caseWithPeriod[4] = QStringLiteral("case");
    CHECK(run(caseWithPeriod + QStringList{QStringLiteral("--case"), QStringLiteral("CASE-0001"),
                                           QStringLiteral("--format"), QStringLiteral("pdf")},
              &err) == 2);
    CHECK(err.contains(QLatin1String("--from does not apply to --kind case")));
    CHECK(run(base + QStringList{QStringLiteral("--case"), QStringLiteral("CASE-0001"),
                                 QStringLiteral("--format"), QStringLiteral("pdf")},
              &err) == 2);
    CHECK(err.contains(QLatin1String("--case applies to --kind case only")));
    CHECK_FALSE(QFileInfo::exists(out));
    // An analyst asking for the unmasked report is refused (not a usage error).
    CHECK(run(base + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                 QStringLiteral("--unmasked"), QStringLiteral("--user"),
                                 QStringLiteral("tester")}) == 1);
    CHECK_FALSE(QFileInfo::exists(out));

    CHECK(run(base + QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                 QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                 QStringLiteral("--user"), QStringLiteral("tester")},
              &err) == 0);
    INFO(err.toStdString());
    CHECK(QFileInfo::exists(out));
    CHECK(QFileInfo::exists(out + QStringLiteral(".sha256")));
    CHECK(pdfText(out).contains(QStringLiteral("整改期限合规报告")));

    // The CLI draws the charts too (Qt Charts on the offscreen platform),
    // with the global --lang before the command as well as after it.
    const QString html = dir.path(QStringLiteral("cli.html"));
    QStringList toHtml = base;
    toHtml.last() = html;
    toHtml += {QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--user"),
               QStringLiteral("tester")};
    CHECK(run(QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} + toHtml, &err) == 2);
    CHECK(err.contains(QLatin1String("--lang")));
    CHECK(run(QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")} + toHtml, &err) == 0);
    const QString page = QString::fromUtf8(readFile(html));
    const ReportText zh(QStringLiteral("zh_CN"));
    CHECK(page.contains(zh.get("Charts of the report's count tables")));
    CHECK(page.contains(QStringLiteral(">%1</text>").arg(zh.get("Totals"))));
}

TEST_CASE("an export that cannot be put in place leaves the folder as it was", "[reports]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    const QString out = dir.path(QStringLiteral("out/hw.csv"));
    REQUIRE(QDir().mkpath(dir.path(QStringLiteral("out/hw-totals.csv")))); // a folder in the way
    writeFile(out, "OLD");
    writeFile(out + QStringLiteral(".sha256"), "OLDSUM");
    const QStringList before =
        QDir(dir.path(QStringLiteral("out"))).entryList(QDir::NoDotAndDotDot | QDir::AllEntries);

    ReportExporter exporter(fx.ws());
    const Result<ExportResult> refused = exporter.exportReport(juneRequest(ReportFormat::Csv, out));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().file == dir.path(QStringLiteral("out/hw-totals.csv")));
    CHECK(readFile(out) == "OLD");
    CHECK(readFile(out + QStringLiteral(".sha256")) == "OLDSUM");
    CHECK(
        QDir(dir.path(QStringLiteral("out"))).entryList(QDir::NoDotAndDotDot | QDir::AllEntries) ==
        before);
    CHECK(exportEntries(fx.ws()) == 0);

    // With the way clear the report replaces the old files, and nothing set
    // aside is left behind.
    REQUIRE(QDir(dir.path(QStringLiteral("out/hw-totals.csv"))).removeRecursively());
    const Result<ExportResult> done = exporter.exportReport(juneRequest(ReportFormat::Csv, out));
    AB_REQUIRE_OK(done);
    CHECK(readFile(out) != "OLD");
    CHECK(QDir(dir.path(QStringLiteral("out")))
              .entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
              .size() == done->files.size());
    CHECK(exportEntries(fx.ws()) == 1);

    // A link in the way is replaced, not written through: a dangling one
    // would otherwise create the file it points to.
    const QString json = dir.path(QStringLiteral("out/linked.json"));
    const QString nowhere = dir.path(QStringLiteral("nowhere.sha256"));
    REQUIRE(QFile::link(nowhere, json + QStringLiteral(".sha256")));
    AB_REQUIRE_OK(exporter.exportReport(juneRequest(ReportFormat::Json, json)));
    CHECK_FALSE(QFileInfo::exists(nowhere));
    CHECK_FALSE(QFileInfo(json + QStringLiteral(".sha256")).isSymLink());
    CHECK(readFile(json + QStringLiteral(".sha256")).endsWith("  linked.json\n"));
}
