#include "reports/pdfreportwriter.h"

#include "reports/pdfpageflow.h"
#include "reports/reporttext.h"
#include "reports/reportwriters.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QRawFont>
#include <QSvgRenderer>
#include <algorithm>
#include <functional>

namespace ab {

QFont PdfReportWriter::reportFont(double pointSize)
{
    QFont font;
    // Ask for the Simplified Chinese face by name: left to itself fontconfig
    // picks the Japanese one, whose glyph shapes differ for some characters.
    font.setFamilies({QStringLiteral("Noto Sans CJK SC")});
    font.setPointSizeF(pointSize);
    // Shaping a Latin run substitutes digit glyphs through the font's GSUB
    // table; such glyphs have no cmap entry, so Qt leaves them out of the
    // ToUnicode map and they cannot be copied or searched. Report text needs
    // no shaping (no script here requires it), so plain cmap glyphs are used.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

namespace {

constexpr int kResolution = 300;             // dots per inch of the PDF's coordinate space
constexpr int kBand = kResolution * 12 / 25; // 12 mm for the header and for the footer

// The caption, then the SVG scaled to the rest of the body (aspect kept;
// never enlarged beyond twice its size, so a small lineage stays modest).
void drawFigure(QPainter &painter, const ReportFigure &figure, const QRect &body)
{
    QFont captionFont = PdfReportWriter::reportFont(12);
    captionFont.setBold(true);
    painter.setFont(captionFont);
    painter.setPen(Qt::black);
    const int captionHeight = painter.fontMetrics().height() * 2;
    painter.drawText(QRect(body.left(), body.top(), body.width(), captionHeight),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, figure.caption);
    QSvgRenderer svg(figure.svg);
    if (!svg.isValid())
        return;
    const QRect area(body.left(), body.top() + captionHeight, body.width(),
                     body.height() - captionHeight);
    // SVG points → PDF pixels at kResolution.
    const QSizeF natural = QSizeF(svg.defaultSize()) * (kResolution / 72.0);
    const double scale =
        std::min({2.0, area.width() / natural.width(), area.height() / natural.height()});
    QPicture picture;
    if (!figure.picture.isEmpty())
        picture.setData(figure.picture.constData(), uint(figure.picture.size()));
    if (!picture.isNull()) {
        // The same drawing replayed, its words as text: they copy and search.
        // It was recorded in the SVG's units, and a picture plays itself
        // enlarged by the device's resolution over its own.
        const double units =
            scale * kResolution / 72.0 * picture.logicalDpiX() / painter.device()->logicalDpiX();
        painter.save();
        painter.translate(area.topLeft());
        painter.scale(units, units);
        painter.drawPicture(0, 0, picture);
        painter.restore();
        return;
    }
    svg.render(&painter, QRectF(area.topLeft(), natural * scale));
}

} // namespace

namespace {

// A4 landscape, 15 mm margins: the PDF's pages and the preview's images.
QPageLayout pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
                       QPageLayout::Millimeter);
}

// The printable area in pixels at kResolution.
QRect pageRect()
{
    return pageLayout().paintRectPixels(kResolution);
}

// The page frame (running header and footer) of page i of `pages`.
void paintFrame(QPainter &painter, const Report &report, const ReportText &text, int i, int pages)
{
    const QRect page = pageRect();
    painter.setFont(PdfReportWriter::reportFont(8));
    painter.setPen(Qt::darkGray);
    const QRect header(0, 0, page.width(), kBand * 2 / 3);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, report.title);
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, report.stamp.reportId);
    painter.drawLine(0, header.bottom(), page.width(), header.bottom());
    const QRect footer(0, page.height() - kBand * 2 / 3, page.width(), kBand * 2 / 3);
    painter.drawLine(0, footer.top(), page.width(), footer.top());
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                     text.get("Generated at") + QStringLiteral(": ") + report.stamp.generatedAt);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                     text.get("Page %1 of %2").arg(i + 1).arg(pages));
}

QRectF bodyRect()
{
    const QRect page = pageRect();
    return QRectF(0, kBand, page.width(), page.height() - 2 * kBand);
}

// Lays the report out for `device` (kResolution dots per inch) and paints its
// pages in order: `beginPage(i)` gives the painter for page i, in kResolution
// pixels, or nullptr to stop. The text is laid out twice (see PdfPageFlow):
// the first pass counts the pages, so that every footer can say how many
// there are, and works out the content hash when `hasher` is given. The PDF
// and the preview's page images both come from here.
Result<PdfPageFlow::Pages> paintPages(const Report &report, ContentHasher *hasher,
                                      const QString &contentHash, const ReportText &text,
                                      QPaintDevice *device,
                                      const std::function<QPainter *(int page)> &beginPage,
                                      const std::function<void(const QString &hash)> &beforePaint)
{
    const QRectF body = bodyRect();
    const PdfPageFlow flow(report, device, body);
    Result<PdfPageFlow::Pages> laid = flow.paginate(hasher, contentHash);
    if (!laid)
        return laid;
    if (beforePaint)
        beforePaint(laid->contentHash);
    const int pages = laid->count + int(report.figures.size());
    bool stopped = false;
    const auto framed = [&](int i) -> QPainter * {
        QPainter *painter = stopped ? nullptr : beginPage(i);
        if (!painter) {
            stopped = true;
            return nullptr;
        }
        paintFrame(*painter, report, text, i, pages);
        return painter;
    };
    if (Status s = flow.paint(*laid, framed); !s)
        return s.error();
    for (int f = 0; f < report.figures.size(); ++f) {
        QPainter *painter = framed(laid->count + f);
        if (!painter)
            break;
        drawFigure(*painter, report.figures.at(f), body.toRect());
    }
    return laid;
}

Error needsGui()
{
    return Error{QCoreApplication::translate("Reports", "PDF output needs the fonts of a "
                                                        "graphical session."),
                 {},
                 0,
                 {}};
}

} // namespace

Result<PdfReportWriter::Rendered> PdfReportWriter::render(const Report &report,
                                                          const ReportText &text)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return needsGui();
    Rendered out;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageLayout(pageLayout());
        writer.setTitle(report.title + QStringLiteral(" ") + report.stamp.reportId);
        QPainter painter;
        bool started = true;
        ContentHasher hasher;
        const Result<PdfPageFlow::Pages> painted = paintPages(
            report, &hasher, {}, text, &writer,
            [&](int page) -> QPainter * {
                if (page == 0)
                    started = painter.begin(&writer);
                else
                    writer.newPage();
                return started ? &painter : nullptr;
            },
            [&](const QString &hash) {
                // The metadata carries the content hash, so that a filed PDF
                // can be checked against the JSON of the same report without
                // reading it.
                writer.setCreator(QStringLiteral("AuditBench; report-id=%1; content-sha256=%2")
                                      .arg(report.stamp.reportId, hash));
            });
        if (painter.isActive())
            painter.end();
        if (!painted)
            return painted.error();
        if (!started)
            return Error{
                QCoreApplication::translate("Reports", "Could not start the PDF."), {}, 0, {}};
        out.contentHash = painted->contentHash;
        out.rows = painted->firstTableRows;
    }
    out.bytes = fixToUnicode(buffer.data(), radicalEquivalents());
    return out;
}

Result<QVector<QImage>> PdfReportWriter::renderPages(const Report &report,
                                                     const QString &contentHash,
                                                     const ReportText &text, int maxPages,
                                                     double dotsPerInch)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return needsGui();
    // Laid out for a device of the PDF's resolution, so that the pages break
    // where the PDF's do; painted scaled down into the images.
    QImage layoutDevice(1, 1, QImage::Format_RGB32);
    const int dotsPerMeter = qRound(kResolution / 0.0254);
    layoutDevice.setDotsPerMeterX(dotsPerMeter);
    layoutDevice.setDotsPerMeterY(dotsPerMeter);
    const QSize full = pageLayout().fullRectPixels(kResolution).size();
    const QPoint margin = pageRect().topLeft();
    const double scale = dotsPerInch / kResolution;
    QVector<QImage> images;
    QPainter painter;
    const Result<PdfPageFlow::Pages> painted = paintPages(
        report, nullptr, contentHash, text, &layoutDevice,
        [&](int page) -> QPainter * {
            if (painter.isActive())
                painter.end();
            if (page >= maxPages)
                return nullptr;
            images.push_back(QImage((QSizeF(full) * scale).toSize(), QImage::Format_RGB32));
            images.last().fill(Qt::white);
            // Fonts in points map to pixels as on the PDF; the painter's
            // scale then shrinks everything alike.
            images.last().setDotsPerMeterX(dotsPerMeter);
            images.last().setDotsPerMeterY(dotsPerMeter);
            painter.begin(&images.last());
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(scale, scale);
            painter.translate(margin);
            return &painter;
        },
        {});
    if (painter.isActive())
        painter.end();
    if (!painted)
        return painted.error();
    return images;
}

const QHash<uint, uint> &PdfReportWriter::radicalEquivalents()
{
    // Worked out once per process: 21,000 cmap look-ups take a few ms.
    static const QHash<uint, uint> map = [] {
        QHash<uint, uint> out;
        const QRawFont raw = QRawFont::fromFont(PdfReportWriter::reportFont(9));
        if (!raw.isValid())
            return out;
        QString ideographs;
        for (char16_t cp = 0x4E00; cp <= 0x9FFF; ++cp)
            ideographs += QChar(cp);
        const QList<quint32> glyphs = raw.glyphIndexesForString(ideographs);
        QHash<quint32, uint> byGlyph;
        for (qsizetype i = 0; i < glyphs.size(); ++i)
            if (glyphs.at(i) != 0 && !byGlyph.contains(glyphs.at(i)))
                byGlyph.insert(glyphs.at(i), 0x4E00 + uint(i));
        for (char16_t cp = 0x2E80; cp <= 0x2FDF; ++cp) {
            const QList<quint32> g = raw.glyphIndexesForString(QString(QChar(cp)));
            if (!g.isEmpty() && g.first() != 0 && byGlyph.contains(g.first()))
                out.insert(cp, byGlyph.value(g.first()));
        }
        return out;
    }();
    return map;
}

} // namespace ab
