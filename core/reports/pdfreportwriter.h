#pragma once

#include "reports/report.h"
#include "util/result.h"

#include <QByteArray>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QString>
#include <QVector>

namespace ab {

class ReportText;

// Renders a report to PDF: A4, a running header (title, report id), a footer
// (page x/y, generated-at), tables whose header row repeats on every page, and
// a Simplified Chinese font embedded. Needs a QGuiApplication (fonts).
class PdfReportWriter
{
public:
    // A streamed table is read twice (pages counted, then painted) and never
    // held whole; the content hash is worked out on the first reading.
    struct Rendered
    {
        QByteArray bytes;
        QString contentHash; // ReportWriters::contentHash() of the report
        qint64 rows = 0;     // rows of the first table
    };
    static Result<Rendered> render(const Report &report, const ReportText &text);
    // The first `maxPages` pages as the PDF would have them, painted by the
    // same code into white images of A4 landscape at `dotsPerInch` (the
    // export dialog's preview). The same rows break into the same pages as
    // in the PDF (a preview holds fewer rows; see ReportExporter::build()).
    static Result<QVector<QImage>> renderPages(const Report &report, const QString &contentHash,
                                               const ReportText &text, int maxPages,
                                               double dotsPerInch);
    // The face every report text is drawn in (figures included): Noto Sans
    // CJK SC by name, unshaped, so that each glyph maps back to its character.
    static QFont reportFont(double pointSize);

    // Qt builds a font's ToUnicode map by walking code points upwards and
    // keeping the first one that reaches a glyph. Noto CJK draws a Kangxi
    // radical (U+2F00–U+2FDF) or a CJK radical (U+2E80–U+2EFF) with the same
    // glyph as the ideograph it stands for, and those blocks come before the
    // unified ideographs, so 生 would be copied out as ⽣ (U+2F63). This
    // rewrites such map entries to the ideograph (from `equivalents`, else the
    // NFKC form) and brings the cross-reference table up to date. Unchanged bytes when there is
    // nothing to fix.
    static QByteArray fixToUnicode(const QByteArray &pdf,
                                   const QHash<uint, uint> &equivalents = {});
    // Radical code points (U+2E80–U+2FDF) that the report font draws with
    // the glyph of a unified ideograph, mapped to that ideograph. Most CJK
    // radicals (⻚ U+2EDA for 页) have no Unicode compatibility mapping, so
    // the font itself is the authority on what a shared glyph stands for.
    static const QHash<uint, uint> &radicalEquivalents();
};

} // namespace ab
