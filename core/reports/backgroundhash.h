#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>
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
        m_pending.append(bytes.data(), bytes.size());
        if (m_pending.size() >= kChunk)
            hand();
    }
    QByteArray result(); // the digest; call once, at the end

private:
    static constexpr qsizetype kChunk = 1 << 20;
    void hand();
    void wait();

    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QByteArray m_pending;
    std::future<void> m_job;
};

} // namespace ab
