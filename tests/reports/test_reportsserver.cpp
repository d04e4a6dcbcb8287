// Inspection reports of a team workspace: every kind, in every format, with
// the content its workspace file gives. The file's report is the reference;
// the only parts allowed to differ are the stamp's own: each export's id and
// time, each workspace's audit chain head and so the content hash over them.

#include "audit/audittrail.h"
#include "demotestsupport.h"
#include "reportfixture.h"
#include "reports/reportexporter.h"
#include "reports/reportwriters.h"
#include "serverdemo.h"
#include "util/timeutil.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace ab;
using namespace ab::test;

namespace {

ReportOptions periodOptions(ReportKind kind, const QString &providerId, const QString &language,
                            int fromDays, int toDays)
{
    ReportOptions o;
    o.kind = kind;
    o.providerId = providerId;
    o.language = language;
    o.from = kDemoToday.addDays(fromDays);
    o.to = kDemoToday.addDays(toDays);
    o.asOf = kDemoToday;
    return o;
}

ReportOptions caseOptions(const QString &number, const QString &language)
{
    ReportOptions o;
    o.kind = ReportKind::Case;
    o.caseNumber = number;
    o.language = language;
    o.asOf = kDemoToday;
    return o;
}

QString describe(const ReportOptions &o)
{
    return QStringLiteral("%1 provider '%2' case '%3' %4..%5 %6")
        .arg(reportKindToken(o.kind), o.providerId, o.caseNumber, o.from.toString(Qt::ISODate),
             o.to.toString(Qt::ISODate), o.language);
}

QStringList busiestProviders(Workspace &ws)
{
    return column(ws, QStringLiteral("SELECT m.provider_id FROM generations g JOIN "
                                     "model_versions m ON m.id = g.model_version_id GROUP BY "
                                     "m.provider_id ORDER BY count(*) DESC, m.provider_id"));
}

// The option sets compared for a kind: with and without a provider, over
// two periods, in both languages.
QList<ReportOptions> optionSets(Workspace &ws, ReportKind kind)
{
    const QStringList providers = busiestProviders(ws);
    REQUIRE(providers.size() >= 2);
    // The case with the most items, and one with evidence and re-tests.
    const QStringList busiest = column(
        ws, QStringLiteral("SELECT c.number FROM review_cases c JOIN case_items i ON "
                           "i.case_id = c.id GROUP BY c.number ORDER BY count(*) DESC, c.number"));
    const QStringList retested = column(
        ws, QStringLiteral("SELECT c.number FROM review_cases c JOIN case_items i ON "
                           "i.case_id = c.id AND i.item_kind = 'generation' JOIN retests r ON "
                           "r.generation_id = i.item_id WHERE EXISTS (SELECT 1 FROM case_evidence "
                           "e WHERE e.case_id = c.id) ORDER BY c.number"));
    REQUIRE(!busiest.isEmpty());
    REQUIRE(!retested.isEmpty());
    const QString en = QStringLiteral("en"), zh = QStringLiteral("zh_CN");
    const QList<ReportOptions> all{
        periodOptions(ReportKind::Deadlines, {}, en, -120, 60),
        periodOptions(ReportKind::Deadlines, providers.at(0), zh, -120, 60),
        periodOptions(ReportKind::Deadlines, providers.at(1), en, -30, 0),
        periodOptions(ReportKind::Complaints, {}, zh, -120, 0),
        periodOptions(ReportKind::Complaints, providers.at(0), en, -60, 0),
        periodOptions(ReportKind::Provider, providers.at(0), en, -120, 60),
        periodOptions(ReportKind::Provider, providers.at(1), zh, -45, 0),
        caseOptions(busiest.first(), en),
        caseOptions(retested.first(), zh),
    };
    QList<ReportOptions> sets;
    for (const ReportOptions &o : all)
        if (o.kind == kind)
            sets << o;
    return sets;
}

QString factOf(const Report &r, const QString &key)
{
    for (const ReportFact &f : r.facts)
        if (f.key == key)
            return f.value;
    return {};
}

qsizetype rowsOf(const Report &r, const QString &key)
{
    for (const ReportTable &t : r.tables)
        if (t.key == key)
            return t.rows.size();
    return 0;
}

// The file's report must have something in it, or agreeing proves nothing.
void requireSubstance(const Report &r)
{
    switch (r.kind) {
    case ReportKind::Deadlines:
        REQUIRE(factOf(r, QStringLiteral("itemsDue")).toLongLong() > 0);
        REQUIRE(rowsOf(r, QStringLiteral("items")) > 0);
        break;
    case ReportKind::Complaints:
        REQUIRE(factOf(r, QStringLiteral("received")).toLongLong() > 0);
        REQUIRE(factOf(r, QStringLiteral("answered")).toLongLong() > 0);
        break;
    case ReportKind::Provider:
        REQUIRE(factOf(r, QStringLiteral("flagged")).toLongLong() > 0);
        REQUIRE(factOf(r, QStringLiteral("itemsDue")).toLongLong() > 0);
        REQUIRE(rowsOf(r, QStringLiteral("datasets")) > 0);
        break;
    case ReportKind::Case:
        REQUIRE(rowsOf(r, QStringLiteral("items")) > 0);
        REQUIRE(rowsOf(r, QStringLiteral("timeline")) > 0);
        break;
    }
}

void checkSameTable(const ReportTable &file, const ReportTable &team)
{
    INFO("table " << file.key.toStdString());
    CHECK(team.key == file.key);
    CHECK(team.title == file.title);
    CHECK(team.columnKeys == file.columnKeys);
    CHECK(team.columnLabels == file.columnLabels);
    CHECK(team.columnPercent == file.columnPercent);
    CHECK(team.premaskedKeys == file.premaskedKeys);
    CHECK(team.charted == file.charted);
    CHECK(team.rowsInAll == file.rowsInAll);
    REQUIRE(team.rows.size() == file.rows.size());
    for (qsizetype i = 0; i < file.rows.size(); ++i) {
        INFO("row " << i);
        CHECK(team.rows.at(i).join(QLatin1Char('|')).toStdString() ==
              file.rows.at(i).join(QLatin1Char('|')).toStdString());
    }
}

// Everything but the stamp's own values the same; with the file's stamp the
// team report hashes to the file report's content hash.
void checkSameReport(const Report &file, Report team, ServerDemo &demo)
{
    CHECK(team.kind == file.kind);
    CHECK(team.language == file.language);
    CHECK(team.title == file.title);
    CHECK(team.scope == file.scope);
    REQUIRE(team.facts.size() == file.facts.size());
    for (qsizetype i = 0; i < file.facts.size(); ++i) {
        INFO("fact " << file.facts.at(i).key.toStdString());
        CHECK(team.facts.at(i).key == file.facts.at(i).key);
        CHECK(team.facts.at(i).label == file.facts.at(i).label);
        CHECK(team.facts.at(i).value.toStdString() == file.facts.at(i).value.toStdString());
    }
    REQUIRE(team.tables.size() == file.tables.size());
    for (qsizetype i = 0; i < file.tables.size(); ++i)
        checkSameTable(file.tables.at(i), team.tables.at(i));
    REQUIRE(team.figures.size() == file.figures.size());
    for (qsizetype i = 0; i < file.figures.size(); ++i) {
        INFO("figure " << file.figures.at(i).key.toStdString());
        CHECK(team.figures.at(i).key == file.figures.at(i).key);
        CHECK(team.figures.at(i).caption == file.figures.at(i).caption);
        CHECK(team.figures.at(i).svg == file.figures.at(i).svg);
        CHECK(team.figures.at(i).picture == file.figures.at(i).picture);
    }
    CHECK(team.stampLabels == file.stampLabels);
    CHECK(team.maskingNote == file.maskingNote);
    CHECK(team.stamp.workspaceName == file.stamp.workspaceName);
    CHECK(team.stamp.masked == file.stamp.masked);
    // The stamp's own values: this report's id and time, the head of the
    // workspace's own audit chain, and who made it: on a server the login.
    CHECK(file.stamp.user == demo.file->actor());
    CHECK(team.stamp.user == demo.team->actor());
    CHECK(team.stamp.reportId != file.stamp.reportId);
    CHECK(team.stamp.generatedAt.size() == file.stamp.generatedAt.size());
    CHECK(team.stamp.auditHeadHash.size() == file.stamp.auditHeadHash.size());
    team.stamp = file.stamp;
    CHECK(ReportWriters::contentHash(team) == ReportWriters::contentHash(file));
}

// One stamp value of an export, as the file's bytes hold it, and what the
// team's hold in its place: a known value (the acting user), or any value of
// the same form (the export's own id and time, the audit head and the
// content hash over them).
struct StampValue
{
    QByteArray fileValue;
    QByteArray teamValue; // empty: any value matching `form`
    QRegularExpression form;
};

const QRegularExpression kHashForm(QStringLiteral("^[0-9a-f]{64}$"));

// The file export's stamp values, and the acting users of both.
QList<StampValue> stampValues(const ExportResult &fileExport, const QString &auditHead,
                              const QDateTime &started, const QDateTime &finished,
                              const QString &fileUser, const QString &teamUser)
{
    QList<StampValue> values{
        {fileExport.reportId.toUtf8(),
         {},
         QRegularExpression(QStringLiteral("^RPT-\\d{8}-\\d{6}-[0-9A-F]{8}$"))},
        {auditHead.toUtf8(), {}, kHashForm},
        {fileExport.contentHash.toUtf8(), {}, kHashForm},
        {fileUser.toUtf8(), teamUser.toUtf8(), {}},
    };
    // Its time: one of the seconds the export took.
    const QDateTime first = started.addMSecs(-started.time().msec());
    for (QDateTime t = first; t <= finished; t = t.addSecs(1))
        values.push_back(
            {time::toStored(t).toUtf8(),
             {},
             QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))});
    return values;
}

// The line around a byte, for a failure message.
std::string lineAround(const QByteArray &bytes, qsizetype at)
{
    const qsizetype start = bytes.lastIndexOf('\n', at - 1) + 1;
    qsizetype end = bytes.indexOf('\n', at);
    if (end < 0)
        end = bytes.size();
    return bytes.mid(start, qMin<qsizetype>(end - start, 400)).toStdString();
}

// The two byte for byte the same, but where the file's holds a stamp value
// and the team's its own in the same place.
void checkSameApartFromStamp(const QByteArray &file, const QByteArray &team,
                             const QList<StampValue> &stamp)
{
    REQUIRE(!file.isEmpty());
    qsizetype i = 0, j = 0;
    const auto stampAt = [&]() -> qsizetype {
        const QByteArrayView fileRest = QByteArrayView(file).sliced(i);
        const QByteArrayView teamRest = QByteArrayView(team).sliced(j);
        for (const StampValue &v : stamp) {
            if (!fileRest.startsWith(v.fileValue))
                continue;
            if (!v.teamValue.isEmpty()) {
                if (!teamRest.startsWith(v.teamValue))
                    continue;
                j += v.teamValue.size();
            } else {
                const QByteArrayView teamValue =
                    teamRest.first(qMin(teamRest.size(), v.fileValue.size()));
                INFO("the team's stamp value " << teamValue.toByteArray().toStdString());
                CHECK(v.form.match(QString::fromUtf8(teamValue)).hasMatch());
                j += teamValue.size();
            }
            return v.fileValue.size();
        }
        return 0;
    };
    while (i < file.size() && j < team.size()) {
        if (const qsizetype length = stampAt()) {
            i += length;
            continue;
        }
        if (file.at(i) != team.at(j))
            break;
        ++i;
        ++j;
    }
    INFO("file at byte " << i << ": " << lineAround(file, i) << "\nteam at byte " << j << ": "
                         << lineAround(team, j));
    CHECK((i == file.size() && j == team.size()));
}

// What a reader sees of a file: the PDF's text, the others' bytes.
QByteArray contentOf(const QString &path)
{
    if (path.endsWith(QLatin1String(".pdf")))
        return pdfText(path).toUtf8();
    return readFile(path);
}

Report builtReport(Workspace &ws, const ReportOptions &options)
{
    Result<Report> built = ReportExporter(ws).build(options);
    AB_REQUIRE_OK(built);
    return std::move(built.value());
}

struct Exported
{
    ExportResult result;
    QString auditHead; // the head the export stamped: nothing writes in between
    QDateTime started;
    QDateTime finished;
};

Exported exportFrom(Workspace &ws, const ReportOptions &options, ReportFormat format,
                    const QString &path)
{
    ExportRequest request;
    request.options = options;
    request.format = format;
    request.outputPath = path;
    Result<QString> head = AuditTrail::headHash(ws.db());
    AB_REQUIRE_OK(head);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    Result<ExportResult> exported = ReportExporter(ws).exportReport(request);
    AB_REQUIRE_OK(exported);
    return {exported.value(), head.value(), started, QDateTime::currentDateTimeUtc()};
}

void checkExportsAgree(ServerDemo &demo, const TempDir &dir, const ReportOptions &options,
                       int index)
{
    const Report fileReport = builtReport(*demo.file, options);
    requireSubstance(fileReport);
    checkSameReport(fileReport, builtReport(*demo.team, options), demo);

    for (ReportFormat format :
         {ReportFormat::Json, ReportFormat::Csv, ReportFormat::Html, ReportFormat::Pdf}) {
        INFO("format " << reportFormatToken(format).toStdString());
        const QString name = QStringLiteral("%1.%2").arg(index).arg(reportFormatToken(format));
        const Exported file =
            exportFrom(*demo.file, options, format, dir.path(QStringLiteral("file-") + name));
        const Exported team =
            exportFrom(*demo.team, options, format, dir.path(QStringLiteral("team-") + name));
        CHECK(team.result.rows == file.result.rows);
        REQUIRE(team.result.files.size() == file.result.files.size());
        const QList<StampValue> stamp =
            stampValues(file.result, file.auditHead, file.started, file.finished,
                        demo.file->actor(), demo.team->actor());
        for (qsizetype i = 0; i < file.result.files.size(); ++i) {
            const QString &filePath = file.result.files.at(i);
            const QString &teamPath = team.result.files.at(i);
            INFO(QFileInfo(filePath).fileName().toStdString());
            CHECK(QFileInfo(teamPath).fileName().mid(5) == QFileInfo(filePath).fileName().mid(5));
            // The sidecar holds each file's SHA-256, which covers its stamp:
            // the same files named, each hash of its own.
            if (filePath.endsWith(QLatin1String(".sha256"))) {
                const QList<QByteArray> fileLines = readFile(filePath).split('\n');
                const QList<QByteArray> teamLines = readFile(teamPath).split('\n');
                REQUIRE(teamLines.size() == fileLines.size());
                for (qsizetype l = 0; l < fileLines.size(); ++l) {
                    CHECK(teamLines.at(l).mid(64 + 2 + 5) == fileLines.at(l).mid(64 + 2 + 5));
                    CHECK(
                        kHashForm.match(QString::fromLatin1(teamLines.at(l).left(64))).hasMatch() ==
                        !fileLines.at(l).isEmpty());
                }
                continue;
            }
            checkSameApartFromStamp(contentOf(filePath), contentOf(teamPath), stamp);
        }
    }
}

void checkKind(ServerDemo &demo, ReportKind kind)
{
    TempDir dir;
    const QList<ReportOptions> sets = optionSets(*demo.file, kind);
    REQUIRE(!sets.isEmpty());
    for (qsizetype i = 0; i < sets.size(); ++i) {
        INFO(describe(sets.at(i)).toStdString());
        checkExportsAgree(demo, dir, sets.at(i), int(i));
    }
}

} // namespace

TEST_CASE("a team workspace's deadline reports hold what its workspace file's hold, in every "
          "format",
          "[reports][server]")
{
    ServerDemo demo(300, 5);
    checkKind(demo, ReportKind::Deadlines);
}

TEST_CASE("a team workspace's complaint reports hold what its workspace file's hold, in every "
          "format",
          "[reports][server]")
{
    ServerDemo demo(300, 5);
    checkKind(demo, ReportKind::Complaints);
}

TEST_CASE("a team workspace's provider reports hold what its workspace file's hold, in every "
          "format",
          "[reports][server]")
{
    ServerDemo demo(300, 5);
    // A sample share on a rounding tie (1 of 16: 6.25 %), which formatters
    // round differently, and names that sort differently by language rules
    // than byte by byte.
    const QString provider = busiestProviders(*demo.file).first();
    for (Workspace *ws : {demo.file.get(), demo.team.get()}) {
        QSqlQuery q(ws->db().sql());
        q.prepare(QStringLiteral(
            "INSERT INTO datasets (id, provider_id, name, stage, source_type, source, "
            "contains_personal_info, sampled_items, sampled_flagged) VALUES "
            "('DS-TIE', ?, 'b-Sample', 'finetune', 'synthetic', 'tests', 0, 16, 1), "
            "('DS-CASE', ?, 'B sample', 'finetune', 'synthetic', 'tests', 1, 40, 3)"));
        q.addBindValue(provider);
        q.addBindValue(provider);
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec());
    }
    checkKind(demo, ReportKind::Provider);

    ReportOptions o = optionSets(*demo.file, ReportKind::Provider).first();
    REQUIRE(o.providerId == provider);
    const Report report = builtReport(*demo.file, o);
    QStringList shares;
    for (const ReportTable &t : report.tables)
        if (t.key == QLatin1String("datasets"))
            for (const QStringList &row : t.rows)
                if (row.at(0).endsWith(QLatin1String("ample")))
                    shares << row.at(0) + QLatin1Char(' ') + row.at(5);
    // SQLite's rounding, as the file's SQL printf() gave it.
    CHECK(shares == QStringList{QStringLiteral("B sample 7.5%"), QStringLiteral("b-Sample 6.3%")});
}

TEST_CASE("a team workspace's case reports hold what its workspace file's hold, in every format",
          "[reports][server]")
{
    ServerDemo demo(300, 5);
    checkKind(demo, ReportKind::Case);
}
