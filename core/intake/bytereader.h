#pragma once

#include "util/sha256.h"

#include <QByteArray>

class QIODevice;

namespace ab::intake {

// Buffered, forward-only reading of an import file that hashes every byte on
// the way (the audit entry names the file by its SHA-256) and never holds
// more than one buffer plus the record being read.
class ByteReader
{
public:
    explicit ByteReader(QIODevice *device);

    // The next byte, or -1 at the end (or on a read error, see failed()).
    int peek()
    {
        if (m_pos == m_buf.size() && !fill())
            return -1;
        return static_cast<unsigned char>(m_buf[m_pos]);
    }
    int get()
    {
        const int c = peek();
        if (c >= 0)
            ++m_pos;
        return c;
    }
    // Reads up to and including the next '\n' (or to the end). Appends at most
    // `cap` bytes to `line` and sets `truncated` when more were skipped.
    // Returns false when there was nothing left to read.
    bool readLine(QByteArray &line, qint64 cap, bool &truncated);

    // Bytes consumed so far (the offset of the next byte).
    qint64 position() const { return m_consumed + m_pos; }
    // The first bytes of the file, for sniffing the format and encoding; does
    // not consume them.
    QByteArrayView lookahead();
    bool failed() const { return m_failed; }
    // SHA-256 of everything read; complete once the end has been reached.
    QByteArray sha256Hex();

private:
    bool fill();

    QIODevice *m_device;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0; // bytes of the buffers before this one
    bool m_failed = false;
    bool m_atEnd = false;
    Sha256 m_hash;
    QByteArray m_digestHex; // once the end is reached and asked for
};

} // namespace ab::intake
