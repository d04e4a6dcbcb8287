#include "reports/report.h"

#include <cstring>
#include <utility>

namespace ab {

QString reportKindToken(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Deadlines:
        return QStringLiteral("deadlines");
    case ReportKind::Case:
        return QStringLiteral("case");
    case ReportKind::Provider:
        return QStringLiteral("provider");
    case ReportKind::Complaints:
        return QStringLiteral("complaints");
    }
    return {};
}

Status materializeRows(Report &report, qsizetype keep)
{
    for (ReportTable &t : report.tables) {
        if (!t.source) {
            if (keep >= 0 && t.rows.size() > keep) {
                t.rowsInAll = t.rows.size();
                t.rows.resize(keep);
            }
            continue;
        }
        const ReportRowSource source = std::exchange(t.source, {});
        qint64 all = 0;
        const Status s = source([&t, &all, keep](ReportRow &row) {
            if (keep >= 0 && all++ >= keep)
                return;
            QStringList cells;
            cells.reserve(row.size());
            for (const QByteArray &cell : std::as_const(row))
                cells << QString::fromUtf8(cell);
            t.rows.push_back(std::move(cells));
        });
        if (!s)
            return s;
        if (keep >= 0 && all > keep)
            t.rowsInAll = all;
    }
    return {};
}

Status forEachRow(const ReportTable &table, const ReportRowSink &sink)
{
    if (!table.source) {
        ReportRow cells;
        for (const QStringList &row : table.rows) {
            cells.clear();
            for (const QString &cell : row)
                cells << cell.toUtf8();
            sink(cells);
        }
        return {};
    }
    // Each cell as QString::fromUtf8() reads it (the database may hold
    // invalid UTF-8), so that every format and the content hash agree with
    // materializeRows().
    return table.source([&sink](ReportRow &row) {
        for (QByteArray &cell : row)
            if (!utf8RoundTrips(cell))
                cell = QString::fromUtf8(cell).toUtf8();
        sink(row);
    });
}

void setCell(QByteArray &cell, QByteArrayView text)
{
    if (!cell.isDetached() || cell.capacity() < text.size()) {
        cell = text.toByteArray();
        return;
    }
    cell.resize(text.size());
    if (!text.isEmpty())
        std::memcpy(cell.data(), text.data(), size_t(text.size()));
}

bool utf8RoundTrips(QByteArrayView utf8)
{
    // Well-formed UTF-8 as Unicode defines it, which is what QString reads
    // without a replacement. Checked here rather than with isValidUtf8(): a
    // report asks it of every cell, and Qt's check decodes every character.
    const auto *p = reinterpret_cast<const uchar *>(utf8.data());
    const uchar *const end = p + utf8.size();
    if (end - p >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        return false;
    while (p < end) {
        const uchar lead = *p;
        if (lead < 0x80) {
            // ASCII eight bytes at a time where it can.
            quint64 word;
            if (end - p >= 8 && (std::memcpy(&word, p, 8), (word & 0x8080808080808080ULL) == 0))
                p += 8;
            else
                ++p;
            continue;
        }
        // Unicode's table of well-formed sequences: the second byte's range
        // depends on the lead (no overlong forms, no surrogates, nothing
        // above U+10FFFF), every further byte is 80..BF.
        const qsizetype left = end - p;
        if (lead >= 0xE0 && lead <= 0xEF) { // most of Chinese
            if (left < 3 || p[1] < (lead == 0xE0 ? 0xA0 : 0x80) ||
                p[1] > (lead == 0xED ? 0x9F : 0xBF) || (p[2] & 0xC0) != 0x80)
                return false;
            p += 3;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            if (left < 2 || (p[1] & 0xC0) != 0x80)
                return false;
            p += 2;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            if (left < 4 || p[1] < (lead == 0xF0 ? 0x90 : 0x80) ||
                p[1] > (lead == 0xF4 ? 0x8F : 0xBF) || (p[2] & 0xC0) != 0x80 ||
                (p[3] & 0xC0) != 0x80)
                return false;
            p += 4;
        } else {
            return false;
        }
    }
    return true;
}

bool reportKindFromToken(const QString &token, ReportKind *kind)
{
    for (ReportKind k :
         {ReportKind::Deadlines, ReportKind::Case, ReportKind::Provider, ReportKind::Complaints}) {
        if (reportKindToken(k) == token) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace ab
