#pragma once

#include "util/result.h"

#include <algorithm>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace ab::demo {

// Builds records on a worker thread while the calling thread writes them, in
// order. Building a row (texts, hash, deadline decisions) costs about as
// much as SQLite's writing it, so the two overlap on two cores. Each record
// is a pure function of its index, so the content does not depend on the
// timing. A few batches of records are reused round-robin: memory stays flat.
template <typename Record> class Pipeline
{
public:
    using Build = std::function<void(qint64 index, Record &record)>;
    using Write = std::function<Status(const Record &record)>;

    static constexpr int kBatch = 512;
    static constexpr int kSlots = 4;

    static Status run(qint64 count, const Build &build, const Write &write,
                      const std::function<void(qint64 done)> &written = {})
    {
        Pipeline p;
        std::thread worker([&] { p.produce(count, build); });
        Status result = p.consume(count, write, written);
        {
            std::lock_guard lock(p.m_mutex);
            p.m_stop = true;
        }
        p.m_changed.notify_all();
        worker.join();
        return result;
    }

private:
    struct Slot
    {
        std::vector<Record> records{size_t(kBatch)};
        qint64 first = 0;
        int size = 0;
        bool full = false;
    };

    void produce(qint64 count, const Build &build)
    {
        for (qint64 first = 0, n = 0; first < count; first += kBatch, ++n) {
            Slot &slot = m_slots[n % kSlots];
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] { return m_stop || !slot.full; });
                if (m_stop)
                    return;
            }
            const int size = int(std::min<qint64>(kBatch, count - first));
            for (int k = 0; k < size; ++k)
                build(first + k, slot.records[k]);
            {
                std::lock_guard lock(m_mutex);
                slot.first = first;
                slot.size = size;
                slot.full = true;
            }
            m_changed.notify_all();
        }
    }

    Status consume(qint64 count, const Write &write, const std::function<void(qint64)> &written)
    {
        for (qint64 first = 0, n = 0; first < count; first += kBatch, ++n) {
            Slot &slot = m_slots[n % kSlots];
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] { return slot.full; });
            }
            for (int k = 0; k < slot.size; ++k) {
                if (Status s = write(slot.records[k]); !s)
                    return s;
            }
            if (written)
                written(first + slot.size);
            {
                std::lock_guard lock(m_mutex);
                slot.full = false;
            }
            m_changed.notify_all();
        }
        return {};
    }

    Slot m_slots[kSlots];
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_stop = false;
};

} // namespace ab::demo
