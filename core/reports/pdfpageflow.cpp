#include "reports/pdfpageflow.h"

#include "reports/pdfcolumnwidths.h"
#include "reports/pdfreportwriter.h"
#include "reports/pdftextblock.h"
#include "reports/reportwriters.h"

#include <QCoreApplication>
#include <QPaintDevice>
#include <QPainter>
#include <numeric>
#include <vector>

namespace ab {

namespace {

const QColor kRule(0x88, 0x88, 0x88);
const QColor kShade(0xe8, 0xe8, 0xe8);
// A pixel more than a column's widest text: widths scaled to the page can
// come out a rounding error short of it, which would wrap the text.
constexpr double kSlack = 1;

// A row laid out in its table's columns: one text block per cell.
struct LaidRow
{
    std::vector<PdfTextBlock> cells;
    double height = 0;
};

// How a table looks and where its columns are.
struct TableLook
{
    QVector<double> x; // left edge of each column, from the body's left
    QVector<double> width;
    double pad = 0;                  // inside each cell
    bool borders = true;             // each cell framed
    bool shadeFirst = false;         // the first column as labels (facts)
    const LaidRow *header = nullptr; // painted again at the top of each further page
};

// One pass over the report: measuring (no painter) or painting.
class Flow
{
public:
    Flow(QPaintDevice *device, const QRectF &body, std::function<QPainter *(int)> beginPage)
        : m_device(device), m_body(body), m_beginPage(std::move(beginPage)),
          m_title(face(16, true)), m_heading(face(12, true)), m_text(face(10, false)),
          m_cell(face(8, false)), m_cellBold(face(8, true))
    {}

    // `expected`: the first pass's pages, which the second must read the
    // same rows as.
    Status run(const Report &report, ContentHasher *hasher, const QString &givenHash,
               PdfPageFlow::Pages *pages, const PdfPageFlow::Pages *expected = nullptr);

private:
    PdfFace face(double points, bool bold) const
    {
        QFont f = PdfReportWriter::reportFont(points);
        f.setBold(bold);
        return PdfFace(f, m_device);
    }
    double px(double points) const { return points * m_device->logicalDpiY() / 72.0; }
    bool painting() const { return bool(m_beginPage); }
    // Painting stopped: a page could not be begun (see PdfPageFlow::paint).
    bool stopped() const { return painting() && !m_painter; }
    double room() const { return m_body.height() - m_y; }

    void beginPage()
    {
        if (!painting())
            return;
        m_painter = m_beginPage(m_page);
        if (m_painter)
            m_painter->setPen(Qt::black);
    }
    void newPage(const TableLook *table)
    {
        ++m_page;
        m_y = 0;
        beginPage();
        if (table && table->header) {
            paintRow(*table->header, *table, 0, table->header->height, true);
            m_y += table->header->height;
        }
        m_pageStart = m_y;
    }
    // Nothing placed on this page yet but a repeated header: moving on to
    // the next page would gain no room.
    bool pageEmpty() const { return m_y <= m_pageStart; }

    LaidRow layRow(const QStringList &texts, PdfFace &face, const TableLook &look) const
    {
        LaidRow row;
        row.cells.reserve(size_t(texts.size()));
        double tallest = 0;
        for (qsizetype i = 0; i < look.width.size(); ++i) {
            row.cells.emplace_back(texts.value(i), face,
                                   qMax(1.0, look.width.at(i) - 2 * look.pad));
            tallest = qMax(tallest, row.cells.back().height());
        }
        row.height = tallest + 2 * look.pad;
        return row;
    }

    // Paints [from, to) of the row's own height at the current line.
    void paintRow(const LaidRow &row, const TableLook &look, double from, double to, bool header)
    {
        if (!m_painter)
            return;
        QPainter &p = *m_painter;
        const double top = m_body.top() + m_y;
        const double height = qMin(to, row.height) - from;
        for (size_t i = 0; i < row.cells.size(); ++i) {
            const QRectF cell(m_body.left() + look.x.at(qsizetype(i)), top,
                              look.width.at(qsizetype(i)), height);
            if (header || (look.shadeFirst && i == 0))
                p.fillRect(cell, kShade);
            if (look.borders) {
                p.save();
                p.setPen(QPen(kRule, px(0.5)));
                p.drawRect(cell);
                p.restore();
            }
            row.cells[i].paint(p, QPointF(cell.left() + look.pad, top + look.pad - from),
                               from - look.pad, to - look.pad);
        }
    }

    // Puts a row on the page: on the next one (after the table's header)
    // when it does not fit here, cut between its lines when it does not fit
    // on a page of its own.
    void place(const LaidRow &row, const TableLook &look, bool header = false)
    {
        if (row.height > room() && !pageEmpty())
            newPage(&look);
        double from = 0;
        while (row.height - from > room()) {
            const double to = from + room();
            double next = row.height;
            for (const PdfTextBlock &cell : row.cells) {
                const double resume = cell.resumeAt(to - look.pad);
                if (resume < cell.height()) // a cell painted whole has no say
                    next = qMin(next, look.pad + resume);
            }
            if (next <= from) {
                // Not one more line fits in what is left of this page.
                if (!pageEmpty()) {
                    newPage(&look);
                    continue;
                }
                // A line taller than a whole page (never at these sizes) is
                // cut off rather than tried again for ever.
                next = to;
            }
            paintRow(row, look, from, to, header);
            from = next;
            newPage(&look);
        }
        paintRow(row, look, from, row.height, header);
        m_y += row.height - from;
    }

    // Text across the body, unframed: a paragraph or a table's title.
    TableLook textLook() const
    {
        TableLook look;
        look.x = {0};
        look.width = {m_body.width()};
        look.borders = false;
        return look;
    }

    void paragraph(const QString &text, PdfFace &face, double spaceAfter)
    {
        const TableLook look = textLook();
        place(layRow({text}, face, look), look);
        m_y += spaceAfter;
    }

    TableLook look(const QStringList &labels, const QVector<int> &percent,
                   const QVector<QStringList> &rows, bool fullWidth);
    Status table(const ReportTable &table, ContentHasher *hasher);
    void labelled(const QStringList &labels, const QStringList &values, bool framed);

    QPaintDevice *m_device;
    QRectF m_body;
    std::function<QPainter *(int)> m_beginPage;
    PdfFace m_title, m_heading, m_text, m_cell, m_cellBold;
    QPainter *m_painter = nullptr;
    int m_page = 0;
    double m_y = 0;
    double m_pageStart = 0; // where this page's own content starts (below a repeated header)
    qint64 m_rows = 0;      // rows of every table, read so far
};

// What a text needs of a column: its widest line, and its widest word (the
// least it can be broken to).
void measure(PdfFace &face, const QString &text, double pad, double *minimum, double *natural)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        *minimum = qMax(*minimum, face.longestWord(line) + 2 * pad + kSlack);
        *natural = qMax(*natural, face.width(line) + 2 * pad + kSlack);
    }
}

// Columns from the report's shares and the header's words, or, for a table
// without shares, from the header's and the rows' texts (`rows`: a held
// table's; none for a streamed one). A table with shares takes no width from
// its rows, so that its preview, which holds the first rows of a streamed
// table, is laid out as the PDF is.
TableLook Flow::look(const QStringList &labels, const QVector<int> &percent,
                     const QVector<QStringList> &rows, bool fullWidth)
{
    TableLook look;
    look.pad = px(2);
    const qsizetype n = labels.size();
    QVector<double> natural(n, 0.0);
    QVector<double> minimum(n, 0.0);
    for (qsizetype i = 0; i < n; ++i)
        measure(m_cellBold, labels.at(i), look.pad, &minimum[i], &natural[i]);
    const bool byShares = percent.size() == n;
    if (!byShares)
        for (const QStringList &row : rows)
            for (qsizetype i = 0; i < n && i < row.size(); ++i)
                measure(m_cell, row.at(i), look.pad, &minimum[i], &natural[i]);
    double total = m_body.width();
    if (!fullWidth) {
        total = qMin(total, std::accumulate(natural.cbegin(), natural.cend(), 0.0));
    }
    const bool knowsRows = !rows.isEmpty() || !fullWidth;
    look.width = pdfColumnWidths(total, byShares ? percent : QVector<int>(),
                                 knowsRows ? natural : QVector<double>(), minimum);
    double x = 0;
    for (double w : std::as_const(look.width)) {
        look.x << x;
        x += w;
    }
    return look;
}

Status Flow::table(const ReportTable &table, ContentHasher *hasher)
{
    // A streamed table's rows are not at hand for its column widths (see
    // look()).
    TableLook tableLook = look(table.columnLabels, table.columnPercent,
                               table.source ? QVector<QStringList>() : table.rows, true);
    const LaidRow header = layRow(table.columnLabels, m_cellBold, tableLook);
    // The title stays with the header row and a first row.
    const TableLook titleLook = textLook();
    const LaidRow title = layRow({table.title}, m_heading, titleLook);
    const double together =
        px(6) + title.height + px(3) + header.height + m_cell.lineHeight() + 2 * tableLook.pad;
    if (together > room() && !pageEmpty())
        newPage(nullptr);
    m_y += pageEmpty() ? 0 : px(6);
    place(title, titleLook);
    m_y += px(3);
    place(header, tableLook, true);
    // From here on the header repeats on each new page, unless it would take
    // half the page.
    if (header.height <= m_body.height() / 2) {
        tableLook.header = &header;
        m_pageStart = m_y; // a header alone does not keep the next row off its page
    }

    QStringList texts;
    const Status read = forEachRow(table, [&](ReportRow &row) {
        if (hasher)
            hasher->row(row);
        ++m_rows;
        if (stopped())
            return;
        texts.resize(row.size());
        for (qsizetype i = 0; i < row.size(); ++i)
            texts[i] = QString::fromUtf8(row.at(i));
        place(layRow(texts, m_cell, tableLook), tableLook);
    });
    m_y += px(8);
    return read;
}

// Label–value pairs as a two-column table: the facts (framed, labels shaded)
// and the stamp (plain).
void Flow::labelled(const QStringList &labels, const QStringList &values, bool framed)
{
    QVector<QStringList> pairs;
    for (qsizetype i = 0; i < values.size(); ++i)
        pairs.push_back({labels.value(i), values.at(i)});
    TableLook pairLook = look({QString(), QString()}, {}, pairs, false);
    pairLook.borders = framed;
    pairLook.shadeFirst = framed;
    for (const QStringList &pair : std::as_const(pairs))
        place(layRow(pair, m_cell, pairLook), pairLook);
    m_y += px(8);
}

Status Flow::run(const Report &r, ContentHasher *hasher, const QString &givenHash,
                 PdfPageFlow::Pages *pages, const PdfPageFlow::Pages *expected)
{
    beginPage();
    if (hasher)
        hasher->head(r);
    paragraph(r.title, m_title, px(6));
    paragraph(r.scope, m_text, px(8));
    QStringList labels;
    QStringList values;
    for (const ReportFact &f : r.facts) {
        labels << f.label;
        values << f.value;
    }
    labelled(labels, values, true);
    qint64 firstRows = 0;
    for (qsizetype i = 0; i < r.tables.size(); ++i) {
        const ReportTable &t = r.tables.at(i);
        if (hasher)
            hasher->tableHead(t);
        if (Status s = table(t, hasher); !s)
            return s;
        if (i == 0)
            firstRows = m_rows;
    }
    // The stamp closes the text, as in every format; the content hash it
    // shows is known once the tables have been read.
    const QString hash = hasher ? hasher->result() : givenHash;
    labelled(r.stampLabels, ReportWriters::stampValues(r, hash), false);
    if (pages)
        *pages = {m_page + 1, hash, firstRows, m_rows};
    // The pages were counted on the first reading; a source that gave other
    // rows the second time would leave the footers wrong.
    if (expected && expected->rows != m_rows)
        return Error{QCoreApplication::translate(
                         "Reports", "The report's rows changed while its PDF was being written; "
                                    "export it again."),
                     {},
                     0,
                     {}};
    return {};
}

} // namespace

PdfPageFlow::PdfPageFlow(const Report &report, QPaintDevice *device, const QRectF &body)
    : m_report(report), m_device(device), m_body(body)
{}

Result<PdfPageFlow::Pages> PdfPageFlow::paginate(ContentHasher *hasher,
                                                 const QString &contentHash) const
{
    Flow flow(m_device, m_body, {});
    Pages pages;
    if (Status s = flow.run(m_report, hasher, contentHash, &pages); !s)
        return s.error();
    return pages;
}

Status PdfPageFlow::paint(const Pages &pages,
                          const std::function<QPainter *(int page)> &beginPage) const
{
    Flow flow(m_device, m_body, beginPage);
    return flow.run(m_report, nullptr, pages.contentHash, nullptr, &pages);
}

} // namespace ab
