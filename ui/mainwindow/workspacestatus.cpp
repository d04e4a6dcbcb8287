#include "workspacestatus.h"

#include "storage/database.h"

#include <QDir>
#include <QLocale>
#include <QtConcurrent>

namespace ab::ui {

WorkspaceStatus::WorkspaceStatus(QLabel *pathLabel, QLabel *countsLabel, QObject *parent)
    : QObject(parent), m_pathLabel(pathLabel), m_countsLabel(countsLabel)
{
    connect(&m_watcher, &QFutureWatcher<std::pair<quint64, Result<WorkspaceCounts>>>::finished,
            this, &WorkspaceStatus::onCounted);
}

void WorkspaceStatus::showWorkspace(const QString &path)
{
    m_path = path;
    m_pathLabel->setText(path.isEmpty() ? tr("No workspace") : QDir::toNativeSeparators(path));
    m_pathLabel->setToolTip(m_pathLabel->text());
    refresh();
}

void WorkspaceStatus::refresh()
{
    const quint64 request = ++m_generation;
    if (m_path.isEmpty()) {
        m_countsLabel->clear();
        return;
    }
    m_countsLabel->setText(tr("Counting…"));
    const QString path = m_path;
    m_watcher.setFuture(QtConcurrent::run([path, request] {
        auto db = Database::open(path);
        if (!db)
            return std::pair{request, Result<WorkspaceCounts>(db.error())};
        return std::pair{request, WorkspaceStats::counts(**db)};
    }));
}

void WorkspaceStatus::onCounted()
{
    const auto [request, counts] = m_watcher.result();
    if (request != m_generation)
        return;
    if (!counts) {
        m_countsLabel->setText(tr("Counts unavailable"));
        m_countsLabel->setToolTip(counts.error().toString());
        return;
    }
    const QLocale locale;
    m_countsLabel->setText(tr("%1 generations · %2 complaints · %3 open cases")
                               .arg(locale.toString(counts->generations),
                                    locale.toString(counts->complaints),
                                    locale.toString(counts->openCases)));
    m_countsLabel->setToolTip({});
}

} // namespace ab::ui
