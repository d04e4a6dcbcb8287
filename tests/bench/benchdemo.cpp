#include "benchdemo.h"

#include "demo/demogenerator.h"
#include "storage/database.h"
#include "storage/serveraddress.h"
#include "workspace/workspace.h"
#include "workspace/workspacecopy.h"

#include <QFile>

namespace ab::bench {

namespace {

void removeWorkspace(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

Result<BenchResult> generateDemo(const QString &path, qint64 scale)
{
    removeWorkspace(path);
    Stopwatch watch;
    Status filled;
    {
        auto ws = Workspace::create(path, kBenchActor);
        if (!ws)
            return ws.error();
        DemoOptions options;
        options.generations = scale;
        options.seed = kDemoSeed;
        options.today = kDemoToday;
        filled = DemoGenerator::populate(**ws, options);
    }
    if (!filled) {
        // No empty workspace left behind for the next run to take as made.
        removeWorkspace(path);
        return filled.error();
    }
    return BenchResult{scale, watch.seconds()};
}

Result<QString> millionWorkspacePath(const BenchContext &context)
{
    const QString path = context.file(QStringLiteral("demo-1m.auditbench"));
    if (!QFile::exists(path)) {
        auto made = generateDemo(path, 1'000'000);
        if (!made)
            return made.error();
    }
    return path;
}

Result<QString> millionWorkspaceLocation(const BenchContext &context)
{
    auto path = millionWorkspacePath(context);
    if (!path || context.server.isEmpty())
        return path;
    auto address = ServerAddress::parse(context.server);
    if (!address)
        return address.error();
    qint64 version = 0;
    {
        auto db = Database::connectToServer(*address, {});
        if (!db)
            return db.error();
        version = (*db)->schemaVersion();
    }
    if (version == 0) {
        auto file = Workspace::open(*path, kBenchActor);
        if (!file)
            return file.error();
        auto copied = WorkspaceCopy::copyTo((*file)->db(), context.server, {}, address->user);
        if (!copied)
            return copied.error();
    }
    return address->toString();
}

Result<std::unique_ptr<Workspace>> openMillionWorkspace(const BenchContext &context)
{
    auto location = millionWorkspaceLocation(context);
    if (!location)
        return location.error();
    return Workspace::open(*location, kBenchActor);
}

} // namespace ab::bench
