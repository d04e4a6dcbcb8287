#pragma once

#include <QtGlobal>
#include <condition_variable>
#include <deque>
#include <exception>
#include <limits>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace ab {

// Batches made on a thread of their own and taken, in order, by one reader on
// another: how a stream puts the second core to work (SQLite stepping a
// report's rows while they are formatted; an import file parsed while SQLite
// writes) with memory held to a few batches.
//
// The maker waits while `Limits::batches` batches wait to be taken, or while
// the next would take their weight past `Limits::weight` (one may always
// wait, whatever its weight); the taker waits for the next. An exception on
// the making thread is thrown to the taker once it has taken every batch
// made before it. stop() (and the destructor) makes the maker's next put()
// fail and waits for its thread.
template <typename Batch> class BatchPipe
{
public:
    struct Limits
    {
        size_t batches = 4;
        qint64 weight = std::numeric_limits<qint64>::max();
    };

    BatchPipe() = default;
    ~BatchPipe() { stop(); }
    BatchPipe(const BatchPipe &) = delete;
    BatchPipe &operator=(const BatchPipe &) = delete;

    // Runs `make(*this)` on a new thread: it put()s its batches and returns
    // after the last, or as soon as put() fails.
    template <typename Make> void start(Limits limits, Make make)
    {
        m_limits = limits;
        m_thread = std::thread([this, make = std::move(make)]() mutable {
            try {
                make(*this);
            } catch (...) {
                // Passed on to take(): an exception must not leave the thread.
                std::lock_guard lock(m_mutex);
                m_failure = std::current_exception();
            }
            {
                std::lock_guard lock(m_mutex);
                m_finished = true;
            }
            m_changed.notify_all();
        });
    }

    // Maker: hands a batch over once there is room; false when the taker has
    // stopped the pipe (the batch is dropped).
    bool put(Batch batch, qint64 weight = 0)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] {
            return m_stop || m_ready.empty() ||
                   (m_ready.size() < m_limits.batches && m_weight + weight <= m_limits.weight);
        });
        if (m_stop)
            return false;
        m_weight += weight;
        m_ready.emplace_back(std::move(batch), weight);
        lock.unlock();
        m_changed.notify_all();
        return true;
    }

    // Maker: a batch the taker gave back, to reuse its buffers.
    std::optional<Batch> reuse()
    {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_spent, std::nullopt);
    }

    // Taker: the next batch; none once the maker has returned and every batch
    // is taken. Throws what the maker threw, once.
    std::optional<Batch> take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty()) {
            if (std::exception_ptr failure = std::exchange(m_failure, nullptr))
                std::rethrow_exception(failure);
            return std::nullopt;
        }
        auto [batch, weight] = std::move(m_ready.front());
        m_ready.pop_front();
        m_weight -= weight;
        lock.unlock();
        m_changed.notify_all();
        return std::move(batch);
    }

    // Taker: gives a batch's buffers back to the maker (see reuse()). One is
    // kept; more would only hold memory the maker may never come back for.
    void giveBack(Batch batch)
    {
        std::lock_guard lock(m_mutex);
        if (!m_spent)
            m_spent = std::move(batch);
    }

    // Stops the maker at its next put() and waits for its thread to end.
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::pair<Batch, qint64>> m_ready; // with their weights
    std::optional<Batch> m_spent;
    qint64 m_weight = 0; // of the batches in m_ready
    Limits m_limits;
    bool m_stop = false;
    bool m_finished = false;
    std::exception_ptr m_failure;
    std::thread m_thread;
};

} // namespace ab
