#pragma once

#include "storage/database.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <memory>

namespace ab::ui {

// Runs a read on a pool thread through a connection of its own (a QtSql
// connection belongs to the thread that made it) and hands the result to the
// UI thread, unless a newer request was made since: the views start a new
// request on every filter change and must never show an older answer.
class BackgroundQuery : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundQuery(QObject *parent = nullptr) : QObject(parent) {}

    template <typename T>
    void run(const QString &path, std::function<Result<T>(Database &)> work,
             std::function<void(Result<T>)> done)
    {
        const quint64 request = ++m_latest;
        ++m_running;
        QPointer<BackgroundQuery> self(this);
        auto task = [self, path, request, work = std::move(work), done = std::move(done)] {
            auto result = std::make_shared<Result<T>>(Error{});
            if (auto db = Database::open(path))
                *result = work(**db);
            else
                *result = db.error();
            // Posted to the application object, which outlives every view;
            // the view itself is checked on the UI thread, where it lives.
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, request, result, done] {
                    BackgroundQuery *query = self.data();
                    if (query == nullptr)
                        return;
                    query->finished(request, [&] { done(*result); });
                },
                Qt::QueuedConnection);
        };
        (void)QtConcurrent::run(std::move(task));
    }

    // On the UI thread: hands over the answer unless a newer request was
    // made, and says when nothing runs any more.
    void finished(quint64 request, const std::function<void()> &deliver)
    {
        --m_running;
        if (request == m_latest)
            deliver();
        if (m_running == 0)
            emit idle();
    }

    // Drops the answers of every request made so far.
    void cancel() { ++m_latest; }
    bool busy() const { return m_running > 0; }

signals:
    // No request is running any more (tests wait for this).
    void idle();

private:
    quint64 m_latest = 0;
    int m_running = 0;
};

} // namespace ab::ui
