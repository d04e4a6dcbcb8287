#include "startupoptions.h"

#include "storage/serveraddress.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ab::app {

namespace {
const QString kDb = QStringLiteral("db");
const QString kServer = QStringLiteral("server");
const QString kLang = QStringLiteral("lang");
const QString kVerbose = QStringLiteral("verbose");
} // namespace

void addStartupOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "AuditBench workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {kDb, QCoreApplication::translate("main", "Open this workspace file."),
         QStringLiteral("PATH")},
        {kServer,
         QCoreApplication::translate(
             "main", "Open this team workspace on a PostgreSQL server, "
                     "postgresql://user@host:port/database. The password is taken from the "
                     "system keychain, PGPASSWORD or ~/.pgpass, or asked for."),
         QStringLiteral("URL")},
        {kLang, QCoreApplication::translate("main", "User interface language: en or zh_CN."),
         QStringLiteral("LANG")},
        {kVerbose, QCoreApplication::translate("main", "Also log to stderr.")},
    });
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "A workspace file to open."),
                                 QStringLiteral("[file]"));
}

Result<QString> workspaceToOpen(const QCommandLineParser &parser)
{
    QStringList named;
    if (parser.isSet(kDb))
        named << parser.value(kDb);
    if (parser.isSet(kServer))
        named << parser.value(kServer);
    named << parser.positionalArguments();
    if (named.size() > 1)
        return Error{QCoreApplication::translate(
                         "main", "name one workspace: --db PATH, --server URL or a file"),
                     {},
                     0,
                     {}};
    if (parser.isSet(kServer)) {
        auto address = ServerAddress::parse(parser.value(kServer));
        if (!address)
            return address.error();
        return address->toString();
    }
    return named.isEmpty() ? QString() : named.first();
}

} // namespace ab::app
