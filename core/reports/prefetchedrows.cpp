#include "reports/prefetchedrows.h"

#include "intake/sqlitestatement.h"

namespace ab {

namespace {

constexpr qsizetype kBatchRows = 256;
constexpr size_t kBatchesAhead = 4;

} // namespace

PrefetchedRows::PrefetchedRows(intake::SqliteStatement &statement, int columns)
    : m_statement(statement), m_columns(columns), m_reader([this] { read(); })
{}

PrefetchedRows::~PrefetchedRows()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_reader.join();
}

void PrefetchedRows::read()
{
    try {
        readBatches();
    } catch (...) {
        // Passed on to next(): an exception must not leave this thread.
        {
            std::lock_guard lock(m_mutex);
            m_failure = std::current_exception();
        }
        m_changed.notify_all();
    }
}

void PrefetchedRows::readBatches()
{
    for (;;) {
        Batch batch;
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
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_ready.size() < kBatchesAhead; });
        if (m_stop)
            return;
        m_ready.push_back(std::move(batch));
        lock.unlock();
        m_changed.notify_all();
        if (last)
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
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_ready.empty() || m_failure; });
            if (m_ready.empty()) {
                m_done = true;
                std::rethrow_exception(m_failure);
            }
            m_current = std::move(m_ready.front());
            m_ready.pop_front();
        }
        m_changed.notify_all();
        m_row = -1;
    }
    return !m_done;
}

} // namespace ab
