#pragma once

#include "reports/report.h"
#include "util/result.h"

#include <QRectF>
#include <QString>
#include <functional>

class QPaintDevice;
class QPainter;

namespace ab {

class ContentHasher;

// Lays a report's text out on the pages of its PDF, a row at a time: the
// title, scope and facts, each table (title, a header row that repeats on
// every page the table goes on to, rows kept whole on a page unless one is
// taller than a page), then the stamp. A streamed table is read once to count
// the pages and once more to paint them, and no more than one row is held at
// a time, so a report of any length takes the same memory; Qt's text
// document, which the PDF was laid out with before, held the whole report
// and took some 3 ms a row.
class PdfPageFlow
{
public:
    // `device`: what text is measured for (the PDF's resolution); `body`: the
    // part of a page, in its pixels, the text goes in.
    PdfPageFlow(const Report &report, QPaintDevice *device, const QRectF &body);

    struct Pages
    {
        int count = 0;       // pages of text (at least one)
        QString contentHash; // what the stamp shows
        qint64 firstTableRows = 0;
        qint64 rows = 0; // of every table
    };
    // The first pass: lays everything out without painting. With a hasher,
    // the content goes to it as it is read (head and tables) and its result
    // is the hash the stamp shows; without one, `contentHash` is.
    Result<Pages> paginate(ContentHasher *hasher, const QString &contentHash = {}) const;
    // The second pass: the pages paginate() counted, painted. `beginPage(i)`
    // gives the painter for page i (origin at the page's top-left, in the
    // device's pixels), or nullptr to stop there. Fails when the tables give
    // other rows than they gave paginate().
    Status paint(const Pages &pages, const std::function<QPainter *(int page)> &beginPage) const;

private:
    const Report &m_report;
    QPaintDevice *m_device;
    QRectF m_body;
};

} // namespace ab
