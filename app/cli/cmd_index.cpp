// auditbench-cli index (--db PATH | --server URL) [--rebuild]
//
// Builds the trigram search indexes of the Generations and Complaints lists,
// which the workbench otherwise builds in the background after a workspace
// is opened. Useful after a large import (so that the first search in the
// GUI is fast) and after a VACUUM, which may renumber rows (--rebuild).
#include "browse/searchindex.h"
#include "clicommand.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace ab::cli {

namespace {

QString listName(ListKind list)
{
    return list == ListKind::Generations ? QCoreApplication::translate("cli", "generations")
                                         : QCoreApplication::translate("cli", "complaints");
}

} // namespace

int runIndex(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Build the full-text search indexes of the generations and complaints."));
    addWorkspaceOptions(parser);
    const QCommandLineOption rebuild(
        QStringLiteral("rebuild"),
        QCoreApplication::translate("cli", "Empty the indexes and build them again (needed after "
                                           "a VACUUM, which may renumber rows)."));
    parser.addOption(rebuild);
    int code = kOk;
    if (!parse(parser, arguments, code))
        return code;
    const std::optional<QString> location = workspaceLocation(parser, "index", code);
    if (!location)
        return code;
    const QString &path = *location;
    auto db = Database::open(path);
    if (!db)
        return fail(db.error());
    if ((*db)->isServer()) {
        // Migration 0004's server side: trigram indexes that the server
        // keeps up to date itself, nothing to build or rebuild.
        out() << QCoreApplication::translate(
                     "cli", "A team workspace's search indexes are the server's own and always "
                            "complete: nothing to build.")
              << Qt::endl;
        return kOk;
    }
    for (const ListKind list : {ListKind::Generations, ListKind::Complaints}) {
        if (parser.isSet(rebuild)) {
            if (Status s = SearchIndex::reset(**db, list); !s)
                return fail(s.error());
        }
        int shown = -1;
        const Status built = SearchIndex::buildAll(**db, list, [&](const SearchIndexState &s) {
            // A line per tenth, so that a long build shows it is alive.
            if (s.percent() / 10 != shown / 10) {
                shown = s.percent();
                err() << QCoreApplication::translate("cli", "%1: %2 % indexed")
                             .arg(listName(list))
                             .arg(shown)
                      << Qt::endl;
            }
            return true;
        });
        if (!built)
            return fail(built.error());
        out() << QCoreApplication::translate("cli", "%1: search index complete").arg(listName(list))
              << Qt::endl;
    }
    return kOk;
}

} // namespace ab::cli
