#include "reportfixture.h"
#include "reports/pdfreportwriter.h"
#include "reports/reportexporter.h"
#include "reports/reporttext.h"
#include "reports/reportwriters.h"
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>

using namespace ab;
using namespace ab::test;

namespace {

// Common characters, among them many that Noto CJK also draws for a Kangxi
// radical (生 人 工 用 一 立 止 三 月 方 大 小 日 心 手 文 水 火 子 女 口 土 山).
const QString kParagraph = QStringLiteral("生成式人工智能服务提供者应当使用具有合法来源的数据和基础"
                                          "模型，一旦发现违法内容，应当立即停止生成、"
                                          "停止传输、消除，并在三个月内通过模型优化训练等方式进行整"
                                          "改。大小日月心手文水火子女口土山方言。");

QString withoutWhitespace(QString s)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return s.remove(space);
}

Report paragraphReport()
{
    Report r;
    r.language = QStringLiteral("zh_CN");
    r.title = QStringLiteral("整改期限合规报告");
    r.scope = kParagraph;
    r.stamp.reportId = QStringLiteral("RPT-20260615-120000-0A1B2C3D");
    r.stamp.generatedAt = QStringLiteral("2026-06-15T00:00:00Z");
    ReportTable t;
    t.key = QStringLiteral("items");
    t.title = QStringLiteral("事项");
    t.columnKeys = {QStringLiteral("n"), QStringLiteral("text")};
    t.columnLabels = {QStringLiteral("序号"), QStringLiteral("内容摘录")};
    for (int i = 1; i <= 120; ++i)
        t.rows.push_back({QString::number(i), QStringLiteral("第%1行").arg(i)});
    r.tables = {t};
    return r;
}

// A report of one table; its rows are the caller's.
Report tableReport(const QStringList &labels, const QVector<QStringList> &rows)
{
    Report r = paragraphReport();
    r.tables.first().columnKeys = labels;
    r.tables.first().columnLabels = labels;
    r.tables.first().rows = rows;
    return r;
}

// The PDF's pages as pdftotext reads them, a string each.
QStringList pdfPages(const TempDir &dir, const QByteArray &pdf)
{
    const QString path = dir.path(QStringLiteral("pages.pdf"));
    writeFile(path, pdf);
    return pdfText(path).split(QChar(0x0C), Qt::SkipEmptyParts);
}

QSet<QString> matches(const QString &text, const QRegularExpression &re)
{
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

} // namespace

TEST_CASE("PDF: Chinese text extracts exactly and the font is embedded", "[reports][pdf]")
{
    TempDir dir;
    const ReportText text(QStringLiteral("zh_CN"));
    const Result<PdfReportWriter::Rendered> pdf = PdfReportWriter::render(paragraphReport(), text);
    AB_REQUIRE_OK(pdf);
    const QString path = dir.path(QStringLiteral("p.pdf"));
    writeFile(path, pdf->bytes);

    const QString extracted = pdfText(path);
    REQUIRE_FALSE(extracted.isEmpty());
    CHECK(withoutWhitespace(extracted).contains(withoutWhitespace(kParagraph)));
    // No Kangxi radical or CJK radical code point anywhere in the text layer.
    for (QChar c : extracted)
        CHECK_FALSE((c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF));

    const QString fonts = pdfFonts(path);
    INFO(fonts.toStdString());
    CHECK(fonts.contains(QLatin1String("NotoSansCJK")));
    // pdffonts' "emb" column: every font line says yes.
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(lines.isEmpty());
    for (const QString &line : lines)
        CHECK(line.contains(
            QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+"))));
}

TEST_CASE("PDF: header and footer on every page, table header repeated", "[reports][pdf]")
{
    TempDir dir;
    const ReportText text(QStringLiteral("zh_CN"));
    const Result<PdfReportWriter::Rendered> pdf = PdfReportWriter::render(paragraphReport(), text);
    AB_REQUIRE_OK(pdf);
    const QStringList pages = pdfPages(dir, pdf->bytes);
    // 120 rows do not fit one A4 page.
    REQUIRE(pages.size() >= 2);
    const qsizetype count = pages.size();
    for (qsizetype i = 0; i < count; ++i) {
        const QString page = withoutWhitespace(pages.at(i));
        INFO("page " << i + 1);
        // Digits after Latin letters once lost their text layer (see reportFont()).
        CHECK(page.contains(QStringLiteral("RPT-20260615-120000-0A1B2C3D")));
        CHECK(page.contains(QStringLiteral("2026-06-15T00:00:00Z")));
        CHECK(page.contains(QStringLiteral("第%1页，共%2页").arg(i + 1).arg(count)));
        CHECK(page.contains(QStringLiteral("生成时间")));
        CHECK(page.contains(QStringLiteral("内容摘录"))); // the repeated table header
    }
}

TEST_CASE("PDF metadata carries the report id and content hash", "[reports][pdf]")
{
    TempDir dir;
    ReportFixture fx(dir.path(QStringLiteral("ws.auditbench")));
    ReportExporter exporter(fx.ws());
    ExportRequest request;
    request.options.from = kFrom;
    request.options.to = kTo;
    request.options.asOf = kAsOf;
    request.format = ReportFormat::Pdf;
    request.outputPath = dir.path(QStringLiteral("r.pdf"));
    const Result<ExportResult> done = exporter.exportReport(request);
    AB_REQUIRE_OK(done);
    const QByteArray bytes = readFile(request.outputPath);
    CHECK(bytes.startsWith("%PDF-"));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {request.outputPath});
    REQUIRE(info.waitForFinished(60000));
    const QString meta = QString::fromUtf8(info.readAllStandardOutput());
    INFO(meta.toStdString());
    CHECK(meta.contains(QStringLiteral("content-sha256=") + done->contentHash));
    CHECK(meta.contains(done->reportId));
    CHECK(readFile(request.outputPath + QStringLiteral(".sha256")) ==
          (fileHash(request.outputPath) + QStringLiteral("  r.pdf\n")).toUtf8());
}

TEST_CASE("ToUnicode repair leaves a PDF without radicals untouched", "[reports][pdf]")
{
    const QByteArray plain("%PDF-1.4\nnot much here\n%%EOF\n");
    CHECK(PdfReportWriter::fixToUnicode(plain) == plain);
}

TEST_CASE("PDF: a row that fits a page is never cut between two", "[reports][pdf]")
{
    TempDir dir;
    // Rows of one to five lines, so that page ends fall in many places.
    QVector<QStringList> rows;
    for (int i = 1; i <= 160; ++i) {
        QStringList lines;
        for (int l = 0; l <= i % 5; ++l)
            lines << QStringLiteral("第%1行的第%2段说明文字").arg(i).arg(l + 1);
        rows.push_back({QStringLiteral("A%1A").arg(i), lines.join(QLatin1Char('\n')),
                        QStringLiteral("Z%1Z").arg(i)});
    }
    const Result<PdfReportWriter::Rendered> pdf = PdfReportWriter::render(
        tableReport({QStringLiteral("first"), QStringLiteral("text"), QStringLiteral("last")},
                    rows),
        ReportText(QStringLiteral("zh_CN")));
    AB_REQUIRE_OK(pdf);
    CHECK(pdf->rows == 160);
    const QStringList pages = pdfPages(dir, pdf->bytes);
    REQUIRE(pages.size() >= 3);
    const QRegularExpression first(QStringLiteral("A(\\d+)A"));
    const QRegularExpression last(QStringLiteral("Z(\\d+)Z"));
    QSet<QString> seen;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        INFO("page " << p + 1);
        // Each row's first and last cell, and all its lines, on one page.
        const QSet<QString> starts = matches(pages.at(p), first);
        CHECK(starts == matches(pages.at(p), last));
        const QString flat = withoutWhitespace(pages.at(p));
        for (const QString &n : starts)
            CHECK(flat.contains(QStringLiteral("第%1行的第%2段").arg(n).arg(n.toInt() % 5 + 1)));
        CHECK((seen & starts).isEmpty());
        seen += starts;
    }
    CHECK(seen.size() == 160);
}

TEST_CASE("PDF: a cell taller than a page goes on over the next, nothing lost", "[reports][pdf]")
{
    TempDir dir;
    QStringList parts;
    for (int i = 1; i <= 400; ++i)
        parts << QStringLiteral("[%1]整改说明").arg(i, 4, 10, QLatin1Char('0'));
    const QString tall = parts.join(QLatin1Char('\n'));
    const Result<PdfReportWriter::Rendered> pdf = PdfReportWriter::render(
        tableReport({QStringLiteral("序号"), QStringLiteral("内容摘录")},
                    {{QStringLiteral("1"), tall}, {QStringLiteral("2"), QStringLiteral("end")}}),
        ReportText(QStringLiteral("zh_CN")));
    AB_REQUIRE_OK(pdf);
    const QStringList pages = pdfPages(dir, pdf->bytes);
    REQUIRE(pages.size() >= 4);
    // Every line once, in order, across the pages.
    const QString flat = withoutWhitespace(pages.join(QString()));
    qsizetype at = 0;
    for (const QString &part : std::as_const(parts)) {
        const qsizetype found = flat.indexOf(part, at);
        INFO(part.toStdString());
        REQUIRE(found >= 0);
        CHECK(flat.indexOf(part, found + 1) < 0);
        at = found + part.size();
    }
    // Each page it goes on to starts with the table's header again.
    for (qsizetype p = 1; p < pages.size() - 1; ++p)
        CHECK(pages.at(p).contains(QStringLiteral("内容摘录")));
}

TEST_CASE("PDF: a streamed table is painted from its source, read twice, never held",
          "[reports][pdf]")
{
    TempDir dir;
    Report streamed = paragraphReport();
    ReportTable &t = streamed.tables.first();
    t.rows.clear();
    int reads = 0;
    t.source = [&reads](const ReportRowSink &sink) {
        ++reads;
        ReportRow row(2);
        for (int i = 1; i <= 300; ++i) {
            setCell(row[0], QByteArray::number(i));
            setCell(row[1], QStringLiteral("流式第%1行").arg(i).toUtf8());
            sink(row);
        }
        return Status{};
    };
    const Result<PdfReportWriter::Rendered> pdf =
        PdfReportWriter::render(streamed, ReportText(QStringLiteral("zh_CN")));
    AB_REQUIRE_OK(pdf);
    CHECK(reads == 2);
    CHECK(streamed.tables.first().rows.isEmpty());
    CHECK(pdf->rows == 300);

    Report held = streamed;
    REQUIRE(materializeRows(held).ok());
    CHECK(pdf->contentHash == ReportWriters::contentHash(held));
    const QString flat = withoutWhitespace(pdfPages(dir, pdf->bytes).join(QString()));
    for (int i = 1; i <= 300; ++i)
        CHECK(flat.contains(QStringLiteral("流式第%1行").arg(i)));
    CHECK(flat.contains(pdf->contentHash));
}

TEST_CASE("PDF: a failing source fails the PDF", "[reports][pdf]")
{
    Report r = paragraphReport();
    r.tables = {failingTable()};
    const Result<PdfReportWriter::Rendered> pdf =
        PdfReportWriter::render(r, ReportText(QStringLiteral("en")));
    REQUIRE_FALSE(pdf.ok());
    CHECK(pdf.error().message.contains(QLatin1String("disk gone")));
}

TEST_CASE("PDF: an empty table loses nothing that follows it", "[reports][pdf]")
{
    TempDir dir;
    // The first table's length moves the page end through every place the
    // empty table and the next one's title can fall.
    for (int n = 0; n < 60; ++n) {
        Report r = paragraphReport();
        ReportTable first = r.tables.first();
        first.rows = first.rows.mid(0, n);
        ReportTable empty = first;
        empty.title = QStringLiteral("EmptyTable");
        empty.rows.clear();
        ReportTable last = first;
        last.title = QStringLiteral("LastTable");
        last.rows = {{QStringLiteral("1"), QStringLiteral("LastRowOne")},
                     {QStringLiteral("2"), QStringLiteral("LastRowTwo")}};
        r.tables = {first, empty, last};
        const Result<PdfReportWriter::Rendered> pdf =
            PdfReportWriter::render(r, ReportText(QStringLiteral("zh_CN")));
        AB_REQUIRE_OK(pdf);
        const QString flat = withoutWhitespace(pdfPages(dir, pdf->bytes).join(QString()));
        INFO("rows in the first table: " << n);
        CHECK(flat.contains(QStringLiteral("EmptyTable")));
        CHECK(flat.contains(QStringLiteral("LastTable")));
        CHECK(flat.contains(QStringLiteral("LastRowOne")));
        CHECK(flat.contains(QStringLiteral("LastRowTwo")));
    }
}

TEST_CASE("PDF: a header row taller than half a page is not repeated", "[reports][pdf]")
{
    TempDir dir;
    QStringList label;
    for (int i = 1; i <= 80; ++i)
        label << QStringLiteral("H%1").arg(i);
    QVector<QStringList> rows;
    for (int i = 1; i <= 200; ++i)
        rows.push_back({QStringLiteral("R%1R").arg(i), QStringLiteral("x")});
    const Result<PdfReportWriter::Rendered> pdf = PdfReportWriter::render(
        tableReport({label.join(QLatin1Char('\n')), QStringLiteral("text")}, rows),
        ReportText(QStringLiteral("zh_CN")));
    AB_REQUIRE_OK(pdf);
    const QString all = pdfPages(dir, pdf->bytes).join(QString());
    for (int i = 1; i <= 200; ++i)
        CHECK(all.contains(QStringLiteral("R%1R").arg(i)));
    CHECK(all.count(QStringLiteral("H80")) == 1);
}

TEST_CASE("PDF: a column keeps room for the words of a cell of many lines", "[reports][pdf]")
{
    TempDir dir;
    QStringList lines;
    for (int i = 1; i <= 120; ++i)
        lines << QStringLiteral("A%1").arg(i);
    const Result<PdfReportWriter::Rendered> pdf = PdfReportWriter::render(
        tableReport({QStringLiteral("word"), QStringLiteral("note")},
                    {{QStringLiteral("Unbreakableword"), lines.join(QLatin1Char('\n'))}}),
        ReportText(QStringLiteral("en")));
    AB_REQUIRE_OK(pdf);
    const QString all = pdfPages(dir, pdf->bytes).join(QString());
    CHECK(all.contains(QStringLiteral("Unbreakableword")));
    CHECK(all.contains(QStringLiteral("A120")));
}

TEST_CASE("PDF: rows that change between the two readings fail the PDF", "[reports][pdf]")
{
    Report r = paragraphReport();
    ReportTable &t = r.tables.first();
    t.rows.clear();
    int reads = 0;
    t.source = [&reads](const ReportRowSink &sink) {
        ReportRow row(2);
        const int rows = ++reads == 1 ? 50 : 51;
        for (int i = 1; i <= rows; ++i) {
            setCell(row[0], QByteArray::number(i));
            setCell(row[1], "x");
            sink(row);
        }
        return Status{};
    };
    const Result<PdfReportWriter::Rendered> pdf =
        PdfReportWriter::render(r, ReportText(QStringLiteral("en")));
    REQUIRE_FALSE(pdf.ok());
    CHECK(pdf.error().message.contains(QLatin1String("changed")));
}
