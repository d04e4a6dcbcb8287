#include "bytereader.h"

#include <QIODevice>
#include <cstring>

namespace ab::intake {

namespace {
constexpr qint64 kChunk = 1 << 20;
}

ByteReader::ByteReader(QIODevice *device) : m_device(device) {}

bool ByteReader::fill()
{
    if (m_atEnd)
        return false;
    m_consumed += m_buf.size();
    m_buf.resize(kChunk);
    const qint64 n = m_device->read(m_buf.data(), kChunk);
    if (n < 0)
        m_failed = true;
    m_buf.resize(n > 0 ? n : 0);
    m_pos = 0;
    if (n <= 0) {
        m_atEnd = true;
        return false;
    }
    m_hash.addData(m_buf);
    return true;
}

QByteArrayView ByteReader::lookahead()
{
    if (m_pos == m_buf.size())
        fill();
    return QByteArrayView(m_buf).sliced(m_pos);
}

bool ByteReader::readLine(QByteArray &line, qint64 cap, bool &truncated)
{
    truncated = false;
    bool any = false;
    for (;;) {
        if (m_pos == m_buf.size() && !fill())
            return any;
        any = true;
        const char *start = m_buf.constData() + m_pos;
        const qsizetype available = m_buf.size() - m_pos;
        const void *nl = std::memchr(start, '\n', size_t(available));
        const qsizetype take = nl ? static_cast<const char *>(nl) - start + 1 : available;
        const qint64 room = cap - line.size();
        if (take <= room) {
            line.append(start, take);
        } else {
            if (room > 0)
                line.append(start, room);
            truncated = true;
        }
        m_pos += take;
        if (nl)
            return true;
    }
}

QByteArray ByteReader::sha256Hex()
{
    if (m_digestHex.isEmpty())
        m_digestHex = m_hash.result().toHex();
    return m_digestHex;
}

} // namespace ab::intake
