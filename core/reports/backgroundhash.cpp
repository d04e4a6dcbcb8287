#include "reports/backgroundhash.h"

#include <utility>

namespace ab {

BackgroundHash::~BackgroundHash()
{
    wait();
}

void BackgroundHash::wait()
{
    if (m_job.valid())
        m_job.get();
}

void BackgroundHash::hand()
{
    // The previous chunk must be in before the next: SHA-256 is a sequence.
    wait();
    if (m_used == 0)
        return;
    m_pending.resize(m_used);
    m_job = std::async(std::launch::async,
                       [this, chunk = std::exchange(m_pending, {})] { m_hash.addData(chunk); });
    m_pending = QByteArray(kChunk, Qt::Uninitialized);
    m_used = 0;
}

QByteArray BackgroundHash::result()
{
    wait();
    m_hash.addData(QByteArrayView(m_pending.constData(), m_used));
    m_used = 0;
    return m_hash.result();
}

} // namespace ab
