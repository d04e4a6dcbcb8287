#pragma once

#include "util/sha256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <cstring>
#include <future>

namespace ab {

// SHA-256 of a long byte stream, worked out on another thread while the
// caller produces the next bytes: an export hashes its content and its file
// (some 25 MB each for 100,000 rows), which would otherwise add to the
// export's time even with the SHA instructions (see Sha256), and a good
// third of it without them. Bytes are collected into chunks; at most one
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
        // A long run of bytes (a file writer's whole buffer) is cut into
        // chunks the same way: hashed here, it would stop the caller for as
        // long as the hashing takes.
        while (!bytes.isEmpty()) {
            if (m_used == kChunk)
                hand();
            const qsizetype take = qMin(bytes.size(), kChunk - m_used);
            std::memcpy(m_pending.data() + m_used, bytes.data(), size_t(take));
            m_used += take;
            bytes = bytes.sliced(take);
        }
    }
    QByteArray result(); // the digest; call once, at the end

private:
    static constexpr qsizetype kChunk = 1 << 20;
    void hand();
    void wait();

    Sha256 m_hash;
    QByteArray m_pending{kChunk, Qt::Uninitialized};
    qsizetype m_used = 0;
    std::future<void> m_job;
};

} // namespace ab
