#pragma once

#include "util/result.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <optional>

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

// --db PATH and its alternative for a team workspace, --server URL
// (postgresql://user@host:port/database, its password from libpq's
// PGPASSWORD or ~/.pgpass).
void addWorkspaceOptions(QCommandLineParser &parser);
// The workspace `command` works on: the --db file, or the --server address
// in its canonical form (what Workspace::open and Database::open take).
// Exactly one of the two must be given; a malformed address is named with
// its wrong part. On a usage error prints it, sets `exitCode` and returns
// nothing.
std::optional<QString> workspaceLocation(const QCommandLineParser &parser, const char *command,
                                         int &exitCode);

} // namespace ab::cli
