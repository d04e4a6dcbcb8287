#include "searchindexer.h"

#include "browse/searchindex.h"
#include "storage/database.h"

#include <QThread>

namespace ab::ui {

namespace {
// Small chunks keep the write lock short: other writers wait on it.
constexpr int kChunk = 2000;
} // namespace

SearchIndexer::SearchIndexer(ListKind list, QObject *parent) : QObject(parent), m_list(list) {}

SearchIndexer::~SearchIndexer()
{
    stop();
}

void SearchIndexer::stop()
{
    if (!m_thread)
        return;
    m_stop = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void SearchIndexer::start(const QString &path)
{
    stop();
    m_stop = false;
    m_complete = false;
    m_percent = 0;
    const ListKind list = m_list;
    m_thread = QThread::create([this, path, list] {
        auto db = Database::open(path);
        if (!db) {
            const QString message = db.error().toString();
            QMetaObject::invokeMethod(this, [this, message] { emit failed(message); });
            return;
        }
        while (!m_stop) {
            auto state = SearchIndex::buildChunk(**db, list, kChunk);
            if (!state) {
                const QString message = state.error().toString();
                QMetaObject::invokeMethod(this, [this, message] { emit failed(message); });
                return;
            }
            const int percent = state->percent();
            const bool complete = state->complete();
            QMetaObject::invokeMethod(this, [this, percent, complete] {
                m_percent = percent;
                m_complete = complete;
                emit progress(percent, complete);
            });
            if (complete)
                return;
        }
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace ab::ui
