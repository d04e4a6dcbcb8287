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
        QCoreApplication::translate("cli", "Act as this workspace user (default: the OS user)."),
        QStringLiteral("NAME"));
}

QString actingUser(const QCommandLineParser &parser)
{
    const QString user = parser.value(QStringLiteral("user"));
    return user.isEmpty() ? Workspace::osUserName() : user;
}

} // namespace ab::cli
