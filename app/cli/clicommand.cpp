#include "clicommand.h"

#include "storage/serveraddress.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace ab::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

namespace {

// QCommandLineParser names the program by the process's first argument
// ("./auditbench-cli"); a subcommand's help names the command as it is typed.
QString helpText(const QCommandLineParser &parser, const QStringList &arguments)
{
    QString text = parser.helpText();
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QString first = text.left(end);
    const qsizetype program = first.indexOf(QLatin1Char(' '));
    const qsizetype options = first.indexOf(QLatin1String(" ["), program + 1);
    if (program > 0 && options > program && !arguments.isEmpty())
        text.replace(program + 1, options - program - 1, arguments.first());
    return text;
}

} // namespace

bool parse(QCommandLineParser &parser, const QStringList &arguments, int &exitCode)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        exitCode = usage(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        out() << helpText(parser, arguments);
        out().flush();
        exitCode = kOk;
        return false;
    }
    if (!parser.positionalArguments().isEmpty() &&
        parser.positionalArguments().first() == QLatin1String("help")) {
        out() << helpText(parser, arguments);
        exitCode = kOk;
        return false;
    }
    return true;
}

int fail(const Error &error, int code)
{
    err() << "auditbench-cli: " << error.toString() << Qt::endl;
    return code;
}

int usage(const QString &message)
{
    err() << "auditbench-cli: " << message << Qt::endl;
    return kUsage;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("db")},
                              QCoreApplication::translate("cli", "The workspace file."),
                              QStringLiteral("PATH"));
}

QCommandLineOption userOption()
{
    return QCommandLineOption(
        QStringList{QStringLiteral("user")},
        QCoreApplication::translate("cli", "Act as this workspace user (default: the OS user). "
                                           "Files only: on a server the login acts."),
        QStringLiteral("NAME"));
}

QString actingUser(const QCommandLineParser &parser)
{
    const QString user = parser.value(QStringLiteral("user"));
    return user.isEmpty() ? Workspace::osUserName() : user;
}

void addWorkspaceOptions(QCommandLineParser &parser)
{
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(
        QStringList{QStringLiteral("server")},
        QCoreApplication::translate(
            "cli", "A team workspace on a PostgreSQL server instead of a file: "
                   "postgresql://user@host:port/database. The password is taken from "
                   "PGPASSWORD or ~/.pgpass, never from the command line; the acting user is "
                   "the server login."),
        QStringLiteral("URL")));
}

std::optional<QString> workspaceLocation(const QCommandLineParser &parser, const char *command,
                                         int &exitCode)
{
    const QString name = QString::fromLatin1(command);
    const QString path = parser.value(QStringLiteral("db"));
    const QString server = parser.value(QStringLiteral("server"));
    const auto refuse = [&](const QString &message) -> std::optional<QString> {
        exitCode = usage(message);
        return std::nullopt;
    };
    if (path.isEmpty() == server.isEmpty())
        return refuse(
            path.isEmpty()
                ? QCoreApplication::translate("cli", "%1: --db PATH or --server URL is required")
                      .arg(name)
                : QCoreApplication::translate("cli", "%1: give --db PATH or --server URL, not both")
                      .arg(name));
    if (server.isEmpty())
        return path;
    auto address = ServerAddress::parse(server);
    if (!address)
        return refuse(QCoreApplication::translate("cli", "%1: --server %2")
                          .arg(name, address.error().toString()));
    // On a server, who acts is who the server authenticated (Workspace::
    // openServer): a --user the server would silently replace is refused.
    if (parser.optionNames().contains(QStringLiteral("user")))
        return refuse(QCoreApplication::translate(
                          "cli", "%1: --user does not apply to a team workspace: the server login "
                                 "(%2 in the address) is the acting user")
                          .arg(name, address->user));
    return address->toString();
}

} // namespace ab::cli
