#pragma once

#include "workspace/workspacestats.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QObject>

namespace ab::ui {

// The status bar's workspace path and row counts. Counting grows with the
// data, so it runs on a worker thread with its own connection; a result for a
// workspace that is no longer shown is dropped.
class WorkspaceStatus : public QObject
{
    Q_OBJECT
public:
    WorkspaceStatus(QLabel *pathLabel, QLabel *countsLabel, QObject *parent = nullptr);
    void showWorkspace(const QString &path); // empty: none open
    void refresh();

private:
    void onCounted();

    QLabel *m_pathLabel;
    QLabel *m_countsLabel;
    QString m_path;
    quint64 m_generation = 0; // drops results of older requests
    QFutureWatcher<std::pair<quint64, Result<WorkspaceCounts>>> m_watcher;
};

} // namespace ab::ui
