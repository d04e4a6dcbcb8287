// auditbench-cli init --db PATH [--demo] [--scale N] [--seed S] [--today DATE]
#include "clicommand.h"
#include "demo/demogenerator.h"
#include "util/timeutil.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFile>

namespace ab::cli {

int runInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Create a new workspace file. A team workspace is not made here: create a file, "
               "then copy it to an empty database on the server with 'auditbench-cli migrate "
               "--from FILE --to postgresql://user@host:port/database'."));
    addWorkspaceOptions(parser);
    parser.addOption(userOption());
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("cli", "Fill it with demo data."));
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        QCoreApplication::translate("cli", "Demo generations to create (default 20000)."),
        QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QCoreApplication::translate("cli", "Demo random seed."),
                                  QStringLiteral("S"), QStringLiteral("20230411"));
    const QCommandLineOption today(
        QStringLiteral("today"),
        QCoreApplication::translate("cli", "Place demo deadlines relative to this date."),
        QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({demo, scale, seed, today});
    int code = kOk;
    if (!parse(parser, arguments, code))
        return code;

    // A team workspace starts as a file copied to the server (migrate), so
    // that its users, roles and audit chain are made in one place.
    if (parser.isSet(QStringLiteral("server")))
        return usage(QCoreApplication::translate(
            "cli", "init: --server is not supported: create a workspace file with --db, then "
                   "copy it to the server with 'auditbench-cli migrate --from FILE --to URL'"));
    const std::optional<QString> location = workspaceLocation(parser, "init", code);
    if (!location)
        return code;
    const QString &path = *location;
    DemoOptions options;
    bool ok = false;
    options.generations = parser.value(scale).toLongLong(&ok);
    if (!ok || options.generations < 1 || options.generations > 100'000'000)
        return usage(QCoreApplication::translate("cli", "init: --scale must be a whole number "
                                                        "from 1 to 100000000"));
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usage(QCoreApplication::translate("cli", "init: --seed must be a whole number"));
    options.today = QDate::currentDate();
    if (parser.isSet(today)) {
        const auto d = time::parseIsoDate(parser.value(today));
        if (!d)
            return usage(QCoreApplication::translate("cli", "init: --today must be YYYY-MM-DD"));
        options.today = *d;
    }

    auto ws = Workspace::create(path, actingUser(parser));
    if (!ws)
        return fail(ws.error());
    if (parser.isSet(demo)) {
        if (Status s = DemoGenerator::populate(**ws, options); !s) {
            ws->reset();
            // A workspace that is not what was asked for is not left behind.
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
            return fail(s.error());
        }
    }
    out() << QCoreApplication::translate("cli", "Created workspace %1").arg(path) << Qt::endl;
    return kOk;
}

} // namespace ab::cli
