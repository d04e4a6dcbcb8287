#include "reports/prefetchedrows.h"

#include "intake/sqlitestatement.h"

namespace ab {

namespace {

constexpr qsizetype kBatchRows = 256;
constexpr size_t kBatchesAhead = 4;

} // namespace

PrefetchedRows::PrefetchedRows(intake::SqliteStatement &statement, int columns)
    : m_statement(statement), m_columns(columns)
{
    m_pipe.start({kBatchesAhead}, [this](BatchPipe<Batch> &pipe) { read(pipe); });
}

void PrefetchedRows::read(BatchPipe<Batch> &pipe)
{
    for (;;) {
        // A batch the reader is done with keeps its buffers for this one.
        Batch batch = pipe.reuse().value_or(Batch());
        batch.bytes.resize(0);
        batch.cells.clear();
        batch.rows = 0;
        batch.cells.reserve(size_t(kBatchRows * m_columns));
        while (batch.rows < kBatchRows) {
            Result<bool> more = m_statement.step();
            if (!more) {
                batch.error = more.error();
                batch.last = true;
                break;
            }
            if (!*more) {
                batch.last = true;
                break;
            }
            for (int c = 0; c < m_columns; ++c) {
                if (m_statement.isNull(c)) {
                    batch.cells.push_back({});
                    continue;
                }
                const QByteArrayView value = m_statement.columnText(c);
                batch.cells.push_back({batch.bytes.size(), value.size()});
                batch.bytes.append(value);
            }
            ++batch.rows;
        }
        const bool last = batch.last;
        if (!pipe.put(std::move(batch)) || last)
            return;
    }
}

bool PrefetchedRows::next()
{
    while (!m_done && ++m_row >= m_current.rows) {
        if (m_current.last) {
            m_error = m_current.error;
            m_done = true;
            break;
        }
        if (m_current.rows > 0)
            m_pipe.giveBack(std::move(m_current));
        std::optional<Batch> batch = m_pipe.take();
        if (!batch) {
            m_done = true;
            break;
        }
        m_current = std::move(*batch);
        m_row = -1;
    }
    return !m_done;
}

} // namespace ab
