#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPointF>
#include <QString>
#include <memory>

class QPaintDevice;
class QPainter;
class QTextLayout;

namespace ab {

// One face at one size on the PDF's device, with the widths of the texts it
// measured: a long table repeats most of its cells (dates, providers,
// statuses), and each is measured once.
class PdfFace
{
public:
    PdfFace(const QFont &font, QPaintDevice *device);

    const QFont &font() const { return m_font; }
    QPaintDevice *device() const { return m_device; }
    qreal ascent() const { return m_metrics.ascent(); }
    qreal lineHeight() const { return m_lineHeight; } // as a QTextLine's height
    qreal width(const QString &text);                 // one line, unbroken
    // The widest run the text cannot be broken in at a space: what a column
    // needs so as not to cut a word.
    qreal longestWord(const QString &text);

private:
    QFont m_font;
    QPaintDevice *m_device;
    QFontMetricsF m_metrics;
    qreal m_lineHeight;
    QHash<QString, qreal> m_widths;
};

// A text laid out in a width for the PDF and its preview: drawn as one line
// when it fits (most cells), otherwise broken into lines at word boundaries,
// or anywhere when a word is wider than the width. Its lines can be painted a
// band at a time, so that a text taller than a page goes on over the next.
class PdfTextBlock
{
public:
    PdfTextBlock(const QString &text, PdfFace &face, qreal width);
    PdfTextBlock(PdfTextBlock &&) noexcept;
    PdfTextBlock &operator=(PdfTextBlock &&) noexcept;
    ~PdfTextBlock();

    qreal height() const { return m_height; }
    // Paints the lines that lie wholly in [from, to) of the block's own
    // height, with the block's top-left at `topLeft` (so its line at `from`
    // lands at topLeft.y() + from).
    void paint(QPainter &painter, QPointF topLeft, qreal from, qreal to) const;
    // Where the first line not wholly above `to` starts: the block goes on
    // from there after a cut at `to`; height() when every line is above it.
    qreal resumeAt(qreal to) const;

private:
    PdfFace *m_face = nullptr;
    QString m_single; // the text, when it is one line
    std::unique_ptr<QTextLayout> m_layout;
    qreal m_height = 0;
};

} // namespace ab
