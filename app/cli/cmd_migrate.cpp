// auditbench-cli migrate --from SOURCE --to TARGET
// SOURCE and TARGET are each a workspace file or a team server address
// (postgresql://user@host:port/database).
#include "clicommand.h"
#include "workspace/workspace.h"
#include "workspace/workspacecopy.h"

#include <QCoreApplication>

namespace ab::cli {

namespace {

// Opened as a workspace, as the workbench opens it: an older file is
// migrated and its dashboard tallies counted, so that the copy carries them.
// The password comes from libpq's own PGPASSWORD or ~/.pgpass: never from
// the command line, where other users of the machine could read it.
Result<std::unique_ptr<Workspace>> openSource(const QString &source, const QString &actor)
{
    if (!ServerAddress::looksLikeServer(source))
        return Workspace::open(source, actor);
    auto address = ServerAddress::parse(source);
    if (!address)
        return address.error();
    return Workspace::openServer(*address, QString());
}

} // namespace

int runMigrate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Copy a workspace to a team server (postgresql://user@host:port/database) or from one "
        "back to a new workspace file. The copy commits only after every table's row count and "
        "the audit chain have been checked against the source. The server's password is taken "
        "from PGPASSWORD or ~/.pgpass."));
    const QCommandLineOption from(
        QStringList{QStringLiteral("from")},
        QCoreApplication::translate("cli", "The workspace to copy: a file or a server address."),
        QStringLiteral("SOURCE"));
    const QCommandLineOption to(
        QStringList{QStringLiteral("to")},
        QCoreApplication::translate(
            "cli", "Where to copy it: a new file, or a server address naming an empty database."),
        QStringLiteral("TARGET"));
    parser.addOptions({from, to, userOption()});
    int code = kOk;
    if (!parse(parser, arguments, code))
        return code;
    const QString source = parser.value(from);
    const QString target = parser.value(to);
    if (source.isEmpty() || target.isEmpty())
        return usage(QCoreApplication::translate(
            "cli", "migrate: --from SOURCE and --to TARGET are required"));
    if (source == target)
        return usage(
            QCoreApplication::translate("cli", "migrate: --from and --to name the same workspace"));

    auto ws = openSource(source, actingUser(parser));
    if (!ws)
        return fail(ws.error());
    auto copied = WorkspaceCopy::copyTo((*ws)->db(), target, QString(), (*ws)->actor());
    if (!copied)
        return fail(copied.error());
    for (const CopyReport::Table &t : copied->tables)
        out() << QCoreApplication::translate("cli", "  %1: %2 rows")
                     .arg(t.name.leftJustified(22))
                     .arg(t.rows)
              << '\n';
    out() << QCoreApplication::translate("cli", "Audit chain: intact, %1 entries, head %2")
                 .arg(copied->chain.entries)
                 .arg(copied->chain.headHash)
          << '\n'
          << QCoreApplication::translate("cli", "Copied %1 to %2.").arg(source, target) << Qt::endl;
    if (!copied->withoutLogin.isEmpty())
        out() << QCoreApplication::translate(
                     "cli", "These workspace users have no login on the server yet, so the server "
                            "gives them no access until the administrator creates one and a "
                            "supervisor sets their role again: %1")
                     .arg(copied->withoutLogin.join(QStringLiteral(", ")))
              << Qt::endl;
    return kOk;
}

} // namespace ab::cli
