#pragma once

#include "util/result.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace ab::cli {

// Exit codes every command uses.
enum ExitCode : int
{
    kOk = 0,
    kFailed = 1, // the job could not be done (invalid data, refused file, …)
    kUsage = 2,  // the command line itself is wrong
};

// One subcommand: `auditbench-cli <name> …`. Each lives in its own
// cmd_<name>.cpp and is listed once in commands.cpp.
struct Command
{
    const char *name;
    const char *summary;                      // translated in context "cli"
    int (*run)(const QStringList &arguments); // arguments[0] is "auditbench-cli <name>"
};

const QList<Command> &commands();

QTextStream &out();
QTextStream &err();

// Parses `arguments` with `parser` (which gets --help added); on a usage
// error prints it and returns false with `exitCode` set.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int &exitCode);

// Prints "auditbench-cli: <error>" as one line on stderr and returns `code`.
int fail(const Error &error, int code = kFailed);
int usage(const QString &message);

// The --db option most commands take, and the acting user (--user, default
// the OS user).
QCommandLineOption dbOption();
QCommandLineOption userOption();
QString actingUser(const QCommandLineParser &parser);

} // namespace ab::cli
