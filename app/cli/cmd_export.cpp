// auditbench-cli export (--db PATH | --server URL) -o FILE.jsonl [--type T]
#include "clicommand.h"
#include "intake/exporter.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace ab::cli {

namespace {} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Write a workspace's records in the interchange format (JSON Lines), in a fixed order."));
    addWorkspaceOptions(parser);
    parser.addOption(userOption());
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("cli", "The file to write."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption type(
        QStringLiteral("type"),
        QCoreApplication::translate("cli", "Only records of this type (%1).")
            .arg(intake::RecordFormat::typeList()),
        QStringLiteral("T"));
    parser.addOptions({output, type});
    int code = kOk;
    if (!parse(parser, arguments, code))
        return code;

    const std::optional<QString> location = workspaceLocation(parser, "export", code);
    if (!location)
        return code;
    const QString &path = *location;
    const QString file = parser.value(output);
    if (file.isEmpty())
        return usage(QCoreApplication::translate("cli", "export: -o FILE is required"));
    std::optional<intake::RecordType> only;
    if (parser.isSet(type)) {
        only = intake::RecordFormat::typeFromName(parser.value(type).toUtf8());
        if (!only)
            return usage(QCoreApplication::translate("cli", "export: --type must be one of %1")
                             .arg(intake::RecordFormat::typeList()));
    }
    auto ws = Workspace::open(path, actingUser(parser));
    if (!ws)
        return fail(ws.error());
    auto written = intake::Exporter::writeFile(**ws, file, only);
    if (!written)
        return fail(written.error());
    out() << QCoreApplication::translate("cli", "Exported %1 records to %2").arg(*written).arg(file)
          << Qt::endl;
    return kOk;
}

} // namespace ab::cli
