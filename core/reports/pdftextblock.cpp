#include "reports/pdftextblock.h"

#include <QPainter>
#include <QTextBoundaryFinder>
#include <QTextLayout>
#include <QTextOption>
#include <cmath>

namespace ab {

namespace {

// Enough distinct texts for the repeated cells of a report; unique ones
// (item ids, excerpts) would otherwise fill it, so it starts over when full.
constexpr qsizetype kMaxWidths = 8192;

} // namespace

PdfFace::PdfFace(const QFont &font, QPaintDevice *device)
    : m_font(font, device), m_device(device), m_metrics(m_font, device),
      m_lineHeight(std::ceil(m_metrics.ascent() + m_metrics.descent())) // as QTextLine rounds
{}

qreal PdfFace::width(const QString &text)
{
    if (const qreal known = m_widths.value(text, -1); known >= 0)
        return known;
    if (m_widths.size() >= kMaxWidths)
        m_widths.clear();
    const qreal w = m_metrics.horizontalAdvance(text);
    m_widths.insert(text, w);
    return w;
}

qreal PdfFace::longestWord(const QString &text)
{
    // Unicode's line-break opportunities: between words, and between most
    // Chinese characters, which need no spaces to break.
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, text);
    qreal widest = 0;
    qsizetype start = 0;
    while (breaks.toNextBoundary() >= 0) {
        const qsizetype end = breaks.position();
        widest = qMax(widest, width(text.mid(start, end - start).trimmed()));
        start = end;
    }
    return widest;
}

PdfTextBlock::PdfTextBlock(PdfTextBlock &&) noexcept = default;
PdfTextBlock &PdfTextBlock::operator=(PdfTextBlock &&) noexcept = default;
PdfTextBlock::~PdfTextBlock() = default;

PdfTextBlock::PdfTextBlock(const QString &text, PdfFace &face, qreal width) : m_face(&face)
{
    if (text.isEmpty()) {
        m_height = face.lineHeight();
        return;
    }
    if (!text.contains(QLatin1Char('\n')) && face.width(text) <= width) {
        m_single = text;
        m_height = face.lineHeight();
        return;
    }
    // QTextLayout breaks lines at U+2028 only.
    QString lines = text;
    lines.replace(QLatin1Char('\n'), QChar::LineSeparator);
    m_layout = std::make_unique<QTextLayout>(lines, face.font(), face.device());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->beginLayout();
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, m_height));
        m_height += line.height();
    }
    m_layout->endLayout();
}

void PdfTextBlock::paint(QPainter &painter, QPointF topLeft, qreal from, qreal to) const
{
    if (!m_layout) {
        if (m_single.isEmpty() || from > 0 || m_height > to)
            return;
        painter.setFont(m_face->font());
        painter.drawText(QPointF(topLeft.x(), topLeft.y() + m_face->ascent()), m_single);
        return;
    }
    for (int i = 0; i < m_layout->lineCount(); ++i) {
        const QTextLine line = m_layout->lineAt(i);
        const qreal top = line.y();
        if (top >= from && top + line.height() <= to)
            line.draw(&painter, topLeft);
    }
}

qreal PdfTextBlock::resumeAt(qreal to) const
{
    if (!m_layout)
        return m_height <= to ? m_height : 0;
    for (int i = 0; i < m_layout->lineCount(); ++i) {
        const QTextLine line = m_layout->lineAt(i);
        if (line.y() + line.height() > to)
            return line.y();
    }
    return m_height;
}

} // namespace ab
