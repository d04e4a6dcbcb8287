// The JSON form against QJsonDocument: the streamed file and the whole-report
// writer give the bytes QJsonDocument makes of ReportWriters::toJsonObject(),
// strings escaped exactly as Qt escapes them, whatever the database holds.
#include "demotestsupport.h"
#include "reportfixture.h"
#include "reports/reportexporter.h"
#include "reports/reportfilewriter.h"
#include "reports/reportjson.h"
#include "reports/reportwriters.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <utility>

using namespace ab;
using namespace ab::test;

namespace {

// What the JSON form was defined as before it was streamed.
QByteArray qtJson(const Report &whole, const QString &contentHash)
{
    QJsonObject o = ReportWriters::toJsonObject(whole);
    o.insert(QStringLiteral("contentSha256"), contentHash);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// QJsonDocument's escaping of one string: the text between the quotes of
// the compact array ["…"].
QByteArray qtEscaped(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return json.mid(2, json.size() - 4);
}

QByteArray escaped(QStringView text)
{
    QByteArray out;
    ReportJson::appendEscaped(out, text);
    return out;
}

QByteArray escaped(QByteArrayView utf8)
{
    QByteArray out;
    ReportJson::appendEscaped(out, utf8);
    return out;
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

ReportOptions everything(const QString &language)
{
    ReportOptions o;
    o.kind = ReportKind::Deadlines;
    o.from = QDate(2000, 1, 1);
    o.to = QDate(2099, 12, 31);
    o.asOf = kDemoToday;
    o.language = language;
    return o;
}

// Streams `streamed` to JSON, CSV and HTML and checks each against the
// writers of the whole report; returns the JSON file's bytes.
QByteArray checkStreamed(const Report &streamed, const QString &dir)
{
    Report whole = streamed;
    REQUIRE(materializeRows(whole));
    const QString hash = ReportWriters::contentHash(whole);
    const QByteArray expected = qtJson(whole, hash);
    CHECK(ReportWriters::toJson(whole, hash) == expected);

    Result<StagedFiles> json =
        ReportFileWriter::writeJson(streamed, dir + QStringLiteral("/r.json"));
    AB_REQUIRE_OK(json);
    REQUIRE(json->temps.size() == 1);
    const QByteArray bytes = readFile(json->temps.first());
    CHECK(bytes == expected);
    CHECK(json->contentHash == hash);
    CHECK(json->fileHash().toLatin1() == sha256(bytes));
    CHECK(json->rows == whole.tables.first().rows.size());
    json->discard();

    // Every format of one report carries one content hash, the PDF's
    // (worked out from the whole report) included.
    Result<StagedFiles> csv = ReportFileWriter::writeCsv(streamed, dir + QStringLiteral("/r.csv"));
    AB_REQUIRE_OK(csv);
    CHECK(csv->contentHash == hash);
    const QVector<ReportFile> csvFiles = ReportWriters::toCsv(whole, hash);
    REQUIRE(csv->temps.size() == csvFiles.size());
    for (qsizetype i = 0; i < csvFiles.size(); ++i)
        CHECK(readFile(csv->temps.at(i)) == csvFiles.at(i).bytes);
    csv->discard();
    Result<StagedFiles> html =
        ReportFileWriter::writeHtml(streamed, dir + QStringLiteral("/r.html"));
    AB_REQUIRE_OK(html);
    CHECK(html->contentHash == hash);
    CHECK(readFile(html->temps.first()) == ReportWriters::toHtml(whole, hash));
    html->discard();
    return bytes;
}

} // namespace

TEST_CASE("streamed JSON of a demo workspace is QJsonDocument's bytes", "[reports][json]")
{
    TempDir dir;
    auto ws = demoWorkspace(dir, QStringLiteral("demo.auditbench"), 300, 20230411);
    REQUIRE(ws);
    ReportExporter exporter(*ws);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Result<Report> streamed = exporter.prepare(everything(language));
        AB_REQUIRE_OK(streamed);
        REQUIRE(streamed->tables.first().source);
        const QByteArray bytes = checkStreamed(streamed.value(), dir.path(QStringLiteral(".")));
        const QJsonObject o = QJsonDocument::fromJson(bytes).object();
        const QJsonArray rows = o.value(QStringLiteral("tables"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("rows"))
                                    .toArray();
        // 300 flagged generations and their complaints, each with a deadline.
        CHECK(rows.size() == scalar(*ws, QStringLiteral("SELECT count(*) FROM deadlines")));
        CHECK(rows.size() > 300);
    }

    // Through the exporter: the file names the hash the export reports, and
    // the sidecar holds the file's own.
    ExportRequest request;
    request.options = everything(QStringLiteral("zh_CN"));
    request.format = ReportFormat::Json;
    request.outputPath = dir.path(QStringLiteral("export.json"));
    const Result<ExportResult> done = exporter.exportReport(request);
    AB_REQUIRE_OK(done);
    const QByteArray file = readFile(request.outputPath);
    CHECK(
        QJsonDocument::fromJson(file).object().value(QStringLiteral("contentSha256")).toString() ==
        done->contentHash);
    CHECK(readFile(request.outputPath + QStringLiteral(".sha256")) ==
          sha256(file) + "  export.json\n");
    CHECK(QDir(dir.path(QStringLiteral(".")))
              .entryList({QStringLiteral("*.part")}, QDir::Files)
              .isEmpty());
}

TEST_CASE("JSON escapes text exactly as QJsonDocument does", "[reports][json]")
{
    QStringList texts{QString(), QStringLiteral("plain"),
                      QStringLiteral("quote \" backslash \\ slash / tab\tnew\nline\rret"),
                      QStringLiteral("\b\f\x7f"),
                      QStringLiteral("生产 é \u2028 \u2029 \ufeff \ufffe \uffff \U0001F600")};
    QString controls;
    for (char16_t u = 0; u < 0x20; ++u)
        controls += QChar(u);
    texts << controls;
    // Surrogates without their other half, alone, paired the wrong way
    // round and at the end.
    texts << QString(QChar(0xD800)) << QString(QChar(0xDC00))
          << QString(QChar(0xDC00)) + QChar(0xD800) << QStringLiteral("a") + QChar(0xDBFF)
          << QString(QChar(0xD83D)) + QStringLiteral("x") + QChar(0xDE00);
    for (const QString &text : std::as_const(texts)) {
        INFO(text.toStdString());
        CHECK(escaped(text) == qtEscaped(text));
    }

    // Random UTF-16 units, surrogates and control characters well represented.
    QRandomGenerator random(20230411);
    const std::array<char16_t, 12> units{0x00, 0x1f,   0x22,   0x5c,   0x41,   0x7f,
                                         0xe9, 0x751f, 0xd83d, 0xde00, 0xdbff, 0xfffd};
    for (int n = 0; n < 2000; ++n) {
        QString text;
        const int length = int(random.bounded(12));
        for (int i = 0; i < length; ++i)
            text += QChar(random.bounded(2) ? units.at(random.bounded(int(units.size())))
                                            : char16_t(random.bounded(0x10000)));
        CHECK(escaped(text) == qtEscaped(text));
    }
}

TEST_CASE("JSON reads bytes that are no UTF-8 as QString::fromUtf8 does", "[reports][json]")
{
    const QList<QByteArray> samples{
        QByteArray("\xff\xfe", 2), QByteArray("ab\xc3", 3), QByteArray("\xc3(", 2),
        QByteArray("\xed\xa0\x80", 3),                                    // a surrogate
        QByteArray("\xc0\xaf", 2), QByteArray("\xe0\x80\xaf", 3),         // overlong
        QByteArray("\xf4\x90\x80\x80", 4), QByteArray("\xf0\x9f\x98", 3), // too high, cut
        QByteArray("\xef\xbb\xbf\x01", 4), QByteArray("\x80\"\\\x00", 4),
        // fromUtf8() drops a byte order mark at the start only.
        QByteArray("a\xef\xbb\xbf", 4), QByteArray("\xef\xbb\xbf\xef\xbb\xbf", 6),
        // The edges of valid UTF-8: U+0080, U+07FF, U+0800, U+D7FF, U+E000,
        // U+FFFF, U+10000, U+10FFFF.
        QByteArray("\xc2\x80\xdf\xbf\xe0\xa0\x80\xed\x9f\xbf\xee\x80\x80", 13),
        QByteArray("\xef\xbf\xbf\xf0\x90\x80\x80\xf4\x8f\xbf\xbf", 11)};
    for (const QByteArray &bytes : samples) {
        INFO(bytes.toHex().toStdString());
        CHECK(escaped(QByteArrayView(bytes)) == qtEscaped(QString::fromUtf8(bytes)));
        CHECK(utf8RoundTrips(bytes) == (QString::fromUtf8(bytes).toUtf8() == bytes));
    }
    CHECK(utf8RoundTrips(samples.at(samples.size() - 2)));
    CHECK(utf8RoundTrips(samples.last()));
    // Random bytes: ASCII that needs escaping, lead and continuation bytes
    // and the pieces of valid sequences.
    QRandomGenerator random(1986);
    const QByteArray pieces(
        "\x00\x1f\"\\A\x7f\x80\xbf\xc2\xc3\xe0\xe7\x94\x9f\xed\xa0\xf0\xf4\xff\xef\xbb", 21);
    for (int n = 0; n < 5000; ++n) {
        QByteArray bytes;
        const int length = int(random.bounded(n % 5 == 0 ? 40 : 10));
        for (int i = 0; i < length; ++i)
            bytes += random.bounded(2) ? pieces.at(random.bounded(int(pieces.size())))
                                       : char(random.bounded(256));
        INFO(bytes.toHex().toStdString());
        CHECK(escaped(QByteArrayView(bytes)) == qtEscaped(QString::fromUtf8(bytes)));
        CHECK(utf8RoundTrips(bytes) == (QString::fromUtf8(bytes).toUtf8() == bytes));
    }
    // Longer text, where whole words of ASCII are skipped at once.
    for (const QByteArray &bytes : {QByteArray("plain ASCII text, long enough for a word or two"),
                                    QByteArray("plain ASCII text ç and more ASCII after it"),
                                    QByteArray("plain ASCII text, then a bad byte ÿ at the end"),
                                    QByteArray("plain ASCII text cut in a sequence ç")}) {
        INFO(bytes.toStdString());
        CHECK(utf8RoundTrips(bytes) == (QString::fromUtf8(bytes).toUtf8() == bytes));
        CHECK(escaped(QByteArrayView(bytes)) == qtEscaped(QString::fromUtf8(bytes)));
    }
}

TEST_CASE("streamed JSON of awkward and invalid stored text", "[reports][json]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    // Short texts go from the database to the file without a conversion:
    // control characters, quotes, a backslash, DEL, Chinese, a character
    // outside the BMP and bytes that are not UTF-8 at all.
    fx.exec(QStringLiteral("UPDATE generations SET prompt = CAST(X'41FF225C01C328EDA080E7949F7F42' "
                           "AS TEXT) WHERE id = 'G1'"));
    fx.exec(QStringLiteral("UPDATE generations SET prompt = CAST(X'091F0D0AF09F9880C0AF' AS TEXT) "
                           "WHERE id = 'G2'"));
    // A name with a byte order mark in front, which QString drops.
    fx.exec(
        QStringLiteral("UPDATE providers SET name_en = CAST(X'EFBBBF50726F7669646572FE' AS TEXT)"));
    auto supervisor = fx.openAs(QStringLiteral("supervisor"));
    ReportOptions options;
    options.kind = ReportKind::Deadlines;
    options.from = kFrom;
    options.to = kTo;
    options.asOf = kAsOf;
    options.language = QStringLiteral("en");
    for (const bool masked : {true, false}) {
        options.masked = masked;
        // Only a supervisor may leave personal information unmasked.
        ReportExporter exporter(masked ? fx.ws() : *supervisor);
        Result<Report> streamed = exporter.prepare(options);
        AB_REQUIRE_OK(streamed);
        const QByteArray bytes = checkStreamed(streamed.value(), dir.path(QStringLiteral(".")));
        // The bytes that are no UTF-8 came out as U+FFFD, the rest as written
        // but for the escapes.
        const QJsonArray rows = QJsonDocument::fromJson(bytes)
                                    .object()
                                    .value(QStringLiteral("tables"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("rows"))
                                    .toArray();
        QStringList excerpts;
        for (const QJsonValue &row : rows)
            excerpts << row.toObject().value(QStringLiteral("excerpt")).toString();
        CHECK(excerpts.contains(QStringLiteral("A\uFFFD\"\\\x01\uFFFD(\uFFFD\uFFFD\uFFFD生\x7f"
                                               "B")));
        CHECK(excerpts.contains(QStringLiteral("\t\x1f\r \U0001F600\uFFFD\uFFFD")));
        CHECK(rows.first().toObject().value(QStringLiteral("provider")).toString() ==
              QStringLiteral("Provider\uFFFD"));
    }
}

TEST_CASE("a JSON stream that fails half-way leaves no file", "[reports][json]")
{
    TempDir dir;
    Report report;
    report.title = QStringLiteral("t");
    const ReportTable t = failingTable();
    report.tables = {t};
    const Result<StagedFiles> json =
        ReportFileWriter::writeJson(report, dir.path(QStringLiteral("r.json")));
    REQUIRE_FALSE(json);
    CHECK(json.error().message == QLatin1String("disk gone"));
    CHECK(QDir(dir.path(QStringLiteral(".")))
              .entryList(QDir::Files | QDir::NoDotAndDotDot)
              .isEmpty());
}

TEST_CASE("JSON of unusual report shapes is QJsonDocument's bytes", "[reports][json]")
{
    TempDir dir;
    const auto check = [&dir](const Report &report) {
        const QString hash(64, QLatin1Char('a'));
        const QByteArray expected = qtJson(report, hash);
        CHECK(ReportJson::toJson(report, hash) == expected);
        Result<StagedFiles> json =
            ReportFileWriter::writeJson(report, dir.path(QStringLiteral("shape.json")));
        AB_REQUIRE_OK(json);
        // The file names its own content hash, the same bytes otherwise.
        CHECK(readFile(json->temps.first()) == qtJson(report, json->contentHash));
        CHECK(json->contentHash == ReportWriters::contentHash(report));
        json->discard();
    };

    Report empty; // no facts, no tables, empty strings
    check(empty);

    Report odd;
    odd.title = QStringLiteral("标题 \"quoted\"");
    odd.stamp.masked = false;
    odd.facts = {{QStringLiteral("k"), QStringLiteral("L"), QString(QChar(0xD800))}};
    ReportTable noColumns;
    noColumns.key = QStringLiteral("none");
    noColumns.rows = {QStringList(), QStringList()};
    ReportTable noRows;
    noRows.key = QStringLiteral("empty");
    noRows.columnKeys = {QStringLiteral("a")};
    ReportTable awkward;
    awkward.key = QStringLiteral("awkward");
    // A repeated key keeps its last column; keys sort as QJsonObject sorts
    // them (upper case first, non-ASCII last); a short row reads "".
    awkward.columnKeys = {QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("B"),
                          QStringLiteral("é"), QStringLiteral("a"), QStringLiteral("_x")};
    awkward.columnLabels = {QStringLiteral("B only")};
    awkward.rows = {{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                     QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")},
                    {QStringLiteral("short")},
                    {QString(QChar(0xDC00)) + QStringLiteral("\x01\t\"\\")}};
    odd.tables = {noColumns, noRows, awkward};
    check(odd);

    // The same table streamed: its UTF-8 cells give the same bytes.
    Report streamed = odd;
    ReportTable &t = streamed.tables.last();
    const QVector<QStringList> rows = std::exchange(t.rows, {});
    t.source = [rows](const ReportRowSink &sink) -> Status {
        for (const QStringList &cells : rows) {
            ReportRow row;
            for (const QString &cell : cells)
                row << cell.toUtf8();
            sink(row);
        }
        return {};
    };
    Report whole = streamed;
    REQUIRE(materializeRows(whole));
    const QString hash = ReportWriters::contentHash(whole);
    Result<StagedFiles> json =
        ReportFileWriter::writeJson(streamed, dir.path(QStringLiteral("streamed.json")));
    AB_REQUIRE_OK(json);
    CHECK(readFile(json->temps.first()) == qtJson(whole, hash));
    CHECK(json->contentHash == hash);
    json->discard();
}
