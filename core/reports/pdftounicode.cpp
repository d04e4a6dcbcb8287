#include "reports/pdfreportwriter.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <algorithm>

// Repair of the ToUnicode maps Qt's PDF writer produces (see the header).
// Qt writes each map as an uncompressed stream with a direct /Length, and
// entries of the forms "<src> <src> <dst>", "<first> <last> [<dst> …]" and
// "<src> <dst>"; only destinations are rewritten, then the changed streams'
// /Length and the cross-reference offsets are brought up to date.

namespace ab {

namespace {

bool isRadical(uint cp)
{
    return (cp >= 0x2E80 && cp <= 0x2EFF) || (cp >= 0x2F00 && cp <= 0x2FDF);
}

// Radical → ideograph pairs the font draws with one glyph (see
// PdfReportWriter::radicalEquivalents()); set for the duration of one fix.
thread_local const QHash<uint, uint> *t_equivalents = nullptr;

// The ideograph a radical code point stands for, or the code point itself:
// the font's own equivalence first, Unicode's compatibility mapping (NFKC,
// which covers the Kangxi radicals) after it.
uint ideographOf(uint cp)
{
    if (!isRadical(cp))
        return cp;
    if (t_equivalents) {
        if (const auto it = t_equivalents->constFind(cp); it != t_equivalents->constEnd())
            return it.value();
    }
    const QString nfkc = QString(QChar(char16_t(cp))).normalized(QString::NormalizationForm_KC);
    if (nfkc.size() == 1 && !isRadical(nfkc.at(0).unicode()))
        return nfkc.at(0).unicode();
    return cp;
}

QByteArray hex4(uint v)
{
    return QByteArray::number(v, 16).toUpper().rightJustified(4, '0');
}

// "<2F63>" → "<751F>"; other tokens unchanged.
QByteArray fixToken(const QByteArray &token)
{
    if (token.size() != 6 || !token.startsWith('<') || !token.endsWith('>'))
        return token;
    bool ok = false;
    const uint cp = token.mid(1, 4).toUInt(&ok, 16);
    if (!ok)
        return token;
    return '<' + hex4(ideographOf(cp)) + '>';
}

QByteArray fixRangeLine(const QByteArray &line)
{
    static const QRegularExpression startForm(
        QStringLiteral("^<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]{4})> <([0-9A-Fa-f]{4})>$"));
    const QRegularExpressionMatch m = startForm.match(QString::fromLatin1(line));
    if (m.hasMatch()) {
        const uint first = m.captured(1).toUInt(nullptr, 16);
        const uint last = m.captured(2).toUInt(nullptr, 16);
        const uint dst = m.captured(3).toUInt(nullptr, 16);
        bool touches = false;
        for (uint i = 0; i <= last - first && last >= first; ++i)
            touches = touches || isRadical(dst + i);
        if (!touches)
            return line;
        // A run of consecutive destinations is no longer consecutive once
        // fixed: spell it out as an array.
        QByteArray out = '<' + hex4(first) + "> <" + hex4(last) + "> [";
        for (uint i = 0; i <= last - first; ++i)
            out += '<' + hex4(ideographOf(dst + i)) + "> ";
        return out + ']';
    }
    const qsizetype open = line.indexOf('[');
    if (open < 0)
        return line;
    // Array destinations are fixed-width tokens: fix them where they stand.
    QByteArray out = line;
    for (qsizetype at = out.indexOf('<', open); at >= 0; at = out.indexOf('<', at + 1))
        out.replace(at, 6, fixToken(out.mid(at, 6)));
    return out;
}

QByteArray fixCMap(const QByteArray &cmap)
{
    QList<QByteArray> lines = cmap.split('\n');
    enum
    {
        None,
        Range,
        Char
    } section = None;
    for (QByteArray &line : lines) {
        if (line.endsWith("beginbfrange")) {
            section = Range;
        } else if (line.endsWith("beginbfchar")) {
            section = Char;
        } else if (line == "endbfrange" || line == "endbfchar") {
            section = None;
        } else if (section == Range) {
            line = fixRangeLine(line);
        } else if (section == Char) {
            const qsizetype space = line.indexOf(' ');
            if (space > 0)
                line = line.left(space + 1) + fixToken(line.mid(space + 1).trimmed());
        }
    }
    return lines.join('\n');
}

QByteArray fixStreams(const QByteArray &pdf);

struct Edit
{
    qsizetype at;
    qsizetype oldLength;
    QByteArray replacement;
};

} // namespace

QByteArray PdfReportWriter::fixToUnicode(const QByteArray &pdf,
                                         const QHash<uint, uint> &equivalents)
{
    t_equivalents = &equivalents;
    const QByteArray fixed = fixStreams(pdf);
    t_equivalents = nullptr;
    return fixed;
}

namespace {

QByteArray fixStreams(const QByteArray &pdf)
{
    // Searched as bytes: a report of many pages runs to tens of megabytes,
    // and a UTF-16 copy for a regular expression would double that.
    static const QByteArray ref("/ToUnicode ");
    QList<Edit> edits;
    QList<int> seen;
    for (qsizetype at = pdf.indexOf(ref); at >= 0; at = pdf.indexOf(ref, at + ref.size())) {
        const qsizetype numberAt = at + ref.size();
        const qsizetype numberEnd = pdf.indexOf(" 0 R", numberAt);
        bool ok = false;
        const int obj = numberEnd < 0 || numberEnd - numberAt > 10
                            ? 0
                            : pdf.mid(numberAt, numberEnd - numberAt).toInt(&ok);
        if (!ok || seen.contains(obj))
            continue;
        seen << obj;
        const QByteArray head = '\n' + QByteArray::number(obj) + " 0 obj\n<< /Length ";
        const qsizetype start = pdf.indexOf(head);
        if (start < 0)
            continue;
        const qsizetype lengthAt = start + head.size();
        const qsizetype lengthEnd = pdf.indexOf(" >>\nstream\n", lengthAt);
        if (lengthEnd < 0)
            continue; // not the shape Qt writes: leave it alone
        const qsizetype length = pdf.mid(lengthAt, lengthEnd - lengthAt).toLongLong(&ok);
        if (!ok)
            continue;
        const qsizetype dataAt = lengthEnd + 11;
        const QByteArray data = pdf.mid(dataAt, length);
        const QByteArray fixed = fixCMap(data);
        if (fixed == data)
            continue;
        edits.push_back({lengthAt, dataAt + length - lengthAt,
                         QByteArray::number(fixed.size()) + " >>\nstream\n" + fixed});
    }
    if (edits.isEmpty())
        return pdf;
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.at < b.at; });

    QByteArray out;
    out.reserve(pdf.size() + 4096);
    qsizetype pos = 0;
    for (const Edit &e : edits) {
        out += QByteArrayView(pdf).sliced(pos, e.at - pos);
        out += e.replacement;
        pos = e.at + e.oldLength;
    }
    out += QByteArrayView(pdf).sliced(pos);
    const auto shifted = [&edits](qsizetype offset) {
        qsizetype delta = 0;
        for (const Edit &e : edits)
            if (e.at < offset)
                delta += e.replacement.size() - e.oldLength;
        return offset + delta;
    };

    // Offsets in the cross-reference table are fixed-width: rewrite in place.
    const qsizetype xref = out.lastIndexOf("\nxref\n");
    const qsizetype startxref = out.lastIndexOf("startxref\n");
    if (xref < 0 || startxref < xref)
        return pdf;
    static const QRegularExpression entry(QStringLiteral("(\\d{10}) (\\d{5}) n"));
    qsizetype cursor = xref;
    while (true) {
        const qsizetype at = out.indexOf(" n", cursor);
        if (at < 0 || at > startxref)
            break;
        const qsizetype entryAt = at - 16;
        const QRegularExpressionMatch m = entry.match(QString::fromLatin1(out.mid(entryAt, 18)));
        if (m.hasMatch() && m.capturedStart() == 0)
            out.replace(
                entryAt, 10,
                QByteArray::number(shifted(m.captured(1).toLongLong())).rightJustified(10, '0'));
        cursor = at + 2;
    }
    const qsizetype numberAt = startxref + 10;
    const qsizetype numberEnd = out.indexOf('\n', numberAt);
    out.replace(numberAt, numberEnd - numberAt, QByteArray::number(xref + 1));
    return out;
}

} // namespace

} // namespace ab
