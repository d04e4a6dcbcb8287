// auditbench-cli trace (--db PATH | --server URL) (--generation ID | --complaint ID | --dataset ID)
#include "clicommand.h"
#include "lineage/lineagetrace.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ab::cli {

namespace {} // namespace

// Prints as JSON what fed an item (its model versions and every dataset
// behind them) or what a dataset reached (model versions and the open items
// on them).
int runTrace(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Trace a generation or complaint back to its training data, or a dataset forward to "
               "the model versions and open items it reached. Prints JSON."));
    addWorkspaceOptions(parser);
    parser.addOption(userOption());
    const QCommandLineOption generation(
        QStringLiteral("generation"), QCoreApplication::translate("cli", "Trace this generation."),
        QStringLiteral("ID"));
    const QCommandLineOption complaint(QStringLiteral("complaint"),
                                       QCoreApplication::translate("cli", "Trace this complaint."),
                                       QStringLiteral("ID"));
    const QCommandLineOption dataset(
        QStringLiteral("dataset"),
        QCoreApplication::translate("cli", "Show the impact of this dataset."),
        QStringLiteral("ID"));
    parser.addOptions({generation, complaint, dataset});
    int code = kOk;
    if (!parse(parser, arguments, code))
        return code;
    const std::optional<QString> location = workspaceLocation(parser, "trace", code);
    if (!location)
        return code;
    const QString &path = *location;
    const int chosen =
        int(parser.isSet(generation)) + int(parser.isSet(complaint)) + int(parser.isSet(dataset));
    if (chosen != 1)
        return usage(QCoreApplication::translate(
            "cli", "trace: give exactly one of --generation, --complaint or --dataset"));

    auto ws = Workspace::open(path, actingUser(parser));
    if (!ws)
        return fail(ws.error());
    Database &db = (*ws)->db();
    QJsonObject json;
    if (parser.isSet(dataset)) {
        auto impact = LineageTrace::impactOfDataset(db, parser.value(dataset),
                                                    BrowseContext::forWorkspace((*ws)->settings()));
        if (!impact)
            return fail(impact.error());
        json = impact->toJson();
    } else {
        auto trace = parser.isSet(generation)
                         ? LineageTrace::fromGeneration(db, parser.value(generation))
                         : LineageTrace::fromComplaint(db, parser.value(complaint));
        if (!trace)
            return fail(trace.error());
        json = trace->toJson();
    }
    out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    out().flush();
    return kOk;
}

} // namespace ab::cli
