#include "clicommand.h"

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

bool parse(QCommandLineParser &parser, const QStringList &arguments, int &exitCode)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        exitCode = usage(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out().flush();
        exitCode = kOk;
        return false;
    }
    if (!parser.positionalArguments().isEmpty() &&
        parser.positionalArguments().first() == QLatin1String("help")) {
        out() << parser.helpText();
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
        QCoreApplication::translate("cli", "Act as this workspace user (default: the OS user)."),
        QStringLiteral("NAME"));
}

QString actingUser(const QCommandLineParser &parser)
{
    const QString user = parser.value(QStringLiteral("user"));
    return user.isEmpty() ? Workspace::osUserName() : user;
}

} // namespace ab::cli
