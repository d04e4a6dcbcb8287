#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>
#include <cstring>
#include <future>

namespace ab {

// SHA-256 of a long byte stream, worked out on another thread while the
// caller produces the next bytes: an export hashes its content and its file
// (some 25 MB each for 100,000 rows), and Qt's SHA-256 would otherwise take a
// third of the export's time. Bytes are collected into chunks; at most one
// chunk is being hashed at a time, so memory stays at two chunks.
class BackgroundHash
{
public:
    BackgroundHash() = default;
    ~BackgroundHash();
    BackgroundHash(const BackgroundHash &) = delete;
    BackgroundHash &operator=(const BackgroundHash &) = delete;

    void addData(QByteArrayView bytes)
    {
        // Most calls add a few bytes (one field of a row): a plain copy into
        // the chunk's spare room, without QByteArray's append bookkeeping.
        if (m_used + bytes.size() > kChunk)
            hand();
        if (bytes.size() > kChunk) {
            wait();
            m_hash.addData(bytes);
            return;
        }
        std::memcpy(m_pending.data() + m_used, bytes.data(), size_t(bytes.size()));
        m_used += bytes.size();
    }
    QByteArray result(); // the digest; call once, at the end

private:
    static constexpr qsizetype kChunk = 1 << 20;
    void hand();
    void wait();

    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QByteArray m_pending{kChunk, Qt::Uninitialized};
    qsizetype m_used = 0;
    std::future<void> m_job;
};

} // namespace ab
