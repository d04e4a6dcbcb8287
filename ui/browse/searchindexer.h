#pragma once

#include "browse/browsefilter.h"

#include <QObject>
#include <QString>
#include <atomic>

class QThread;

namespace ab::ui {

// Builds a list's search index in the background, chunk by chunk, on a
// thread and connection of its own, and reports how far it got. Searching
// works meanwhile (rows past the index are matched on their text), only
// slower; the page shows "indexing… N %".
class SearchIndexer : public QObject
{
    Q_OBJECT
public:
    SearchIndexer(ListKind list, QObject *parent = nullptr);
    ~SearchIndexer() override;

    // Starts building for the workspace at `path` (nothing when complete).
    void start(const QString &path);
    void stop();
    bool complete() const { return m_complete; }
    int percent() const { return m_percent; }

signals:
    void progress(int percent, bool complete);
    void failed(const QString &message);

private:
    ListKind m_list;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_stop{false};
    bool m_complete = false;
    int m_percent = 0;
};

} // namespace ab::ui
