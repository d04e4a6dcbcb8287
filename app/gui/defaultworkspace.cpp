#include "defaultworkspace.h"

#include "demo/demogenerator.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QtConcurrent>
#include <atomic>

namespace ab::app {

QString DefaultWorkspace::path()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.auditbench"));
}

Result<QString> DefaultWorkspace::ensure(QWidget *parent)
{
    const QString target = path();
    if (QFile::exists(target))
        return target;
    QDir().mkpath(QFileInfo(target).absolutePath());

    // Built under a temporary name and renamed at the end, so that a start
    // interrupted half-way never leaves a half-filled default workspace.
    const QString partial = target + QStringLiteral(".part");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);

    QProgressDialog progress(
        QCoreApplication::translate("DefaultWorkspace", "Creating the demo workspace…"), {}, 0, 100,
        parent);
    progress.setWindowTitle(QCoreApplication::translate("DefaultWorkspace", "AuditBench"));
    progress.setMinimumDuration(300);
    progress.setWindowModality(Qt::ApplicationModal);
    std::atomic<int> percent{0};

    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &progress,
                     [&] { progress.setValue(percent.load()); });
    ticker.start(100);
    watcher.setFuture(QtConcurrent::run([partial, &percent]() -> Status {
        auto ws = Workspace::create(partial, Workspace::osUserName());
        if (!ws)
            return ws.error();
        DemoOptions options;
        options.generations = kDemoScale;
        options.today = QDate::currentDate();
        return DemoGenerator::populate(**ws, options, [&percent](int p) { percent = p; });
    }));
    loop.exec();
    ticker.stop();
    progress.reset();

    const Status result = watcher.result();
    if (!result || !QFile::rename(partial, target)) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(partial + suffix);
        if (!result)
            return result.error();
        return Error{
            QCoreApplication::translate("DefaultWorkspace", "the demo workspace cannot be saved"),
            target,
            0,
            {}};
    }
    return target;
}

} // namespace ab::app
