// auditbench-bench --list
// auditbench-bench SCENARIO... [--workdir DIR]
//
// Runs the named scenarios in order and prints one JSON line each:
// {"scenario":…, "n":…, "seconds":…, "rows_per_s":…, "peak_rss_mb":…}
#include "scenario.h"
#include "storage/serveraddress.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <sys/resource.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bench", text);
}

// Starts a fresh peak for the next scenario: writing 5 to clear_refs resets
// the kernel's high-water mark of this process (Linux 4.0 and later). Heap
// the previous scenario freed is handed back first, so that it does not
// count as the next one's.
bool resetPeak()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

// The resident-set high-water mark in MB: VmHWM since the last reset, or the
// whole process's peak from getrusage when it could not be reset.
double peakRssMb(bool wasReset)
{
    if (wasReset) {
        QFile f(QStringLiteral("/proc/self/status"));
        if (f.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : f.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
            }
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kB on Linux
}

// The scenarios that read the 1M workspace through millionWorkspaceLocation()
// and so run on a team workspace with --server; the rest read or write a
// workspace file.
bool runsOnServer(const QString &name)
{
    static const QStringList names{
        QStringLiteral("browse-first-page-1m"), QStringLiteral("browse-count-1m"),
        QStringLiteral("browse-jump-1m"),       QStringLiteral("browse-scroll-all-1m"),
        QStringLiteral("browse-filter-1m"),     QStringLiteral("browse-search-1m"),
        QStringLiteral("deadline-status-1m"),   QStringLiteral("deadlines-first-page-1m"),
        QStringLiteral("dashboard-1m"),         QStringLiteral("dashboard-provider-1m")};
    return names.contains(name);
}

} // namespace

int main(int argc, char **argv)
{
    // Report scenarios render PDF, which takes fonts, and draw charts with Qt
    // Charts, which takes a widget application; the offscreen platform keeps
    // the bench headless.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("auditbench-bench"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs AuditBench speed scenarios."));
    parser.addHelpOption();
    const QCommandLineOption list(QStringLiteral("list"), tr("List the scenarios."));
    const QCommandLineOption workdir(
        QStringLiteral("workdir"),
        tr("Keep workspaces in DIR (a temporary folder when not given)."), QStringLiteral("DIR"));
    const QCommandLineOption server(
        QStringLiteral("server"),
        tr("Run the scenarios that can on the team workspace in database URL "
           "(postgresql://user@host:port/db), copying the 1M workspace there when it is empty."),
        QStringLiteral("URL"));
    parser.addOptions({list, workdir, server});
    parser.addPositionalArgument(QStringLiteral("scenario"), tr("Scenarios to run, in order."),
                                 QStringLiteral("SCENARIO..."));
    parser.process(app);

    auto &scenarios = ab::bench::Registry::all();
    std::sort(scenarios.begin(), scenarios.end(),
              [](const auto &a, const auto &b) { return a.name < b.name; });
    if (parser.isSet(list)) {
        for (const auto &s : scenarios)
            out << s.name << '\t' << s.description
                << (runsOnServer(s.name) ? tr(" (also with --server)") : QString()) << Qt::endl;
        return 0;
    }
    const QStringList names = parser.positionalArguments();
    if (names.isEmpty()) {
        err << tr("auditbench-bench: name one or more scenarios (see --list)") << Qt::endl;
        return 2;
    }
    for (const QString &name : names) {
        if (!ab::bench::Registry::find(name)) {
            err << tr("auditbench-bench: no scenario \"%1\" (see --list)").arg(name) << Qt::endl;
            return 2;
        }
        if (parser.isSet(server) && !runsOnServer(name)) {
            err << tr("auditbench-bench: %1 runs on a workspace file only, not with --server")
                       .arg(name)
                << Qt::endl;
            return 2;
        }
    }

    QTemporaryDir temporary;
    ab::bench::BenchContext context;
    context.workdir = parser.isSet(workdir) ? parser.value(workdir) : temporary.path();
    if (!QDir().mkpath(context.workdir)) {
        err << tr("auditbench-bench: cannot create the folder %1").arg(context.workdir) << Qt::endl;
        return 1;
    }

    if (parser.isSet(server)) {
        auto address = ab::ServerAddress::parse(parser.value(server));
        if (!address) {
            err << tr("auditbench-bench: %1").arg(address.error().toString()) << Qt::endl;
            return 2;
        }
        context.server = address->toString();
    }

    int failures = 0;
    for (const QString &name : names) {
        const bool reset = resetPeak();
        const auto result = ab::bench::Registry::find(name)->run(context);
        if (!result) {
            err << tr("auditbench-bench: %1: %2").arg(name, result.error().toString()) << Qt::endl;
            ++failures;
            continue;
        }
        const double seconds = result->seconds;
        const double rate = seconds > 0 ? double(result->n) / seconds : 0;
        out << QStringLiteral("{\"scenario\":\"%1\",\"n\":%2,\"seconds\":%3,\"rows_per_s\":%4,"
                              "\"peak_rss_mb\":%5}")
                   .arg(name)
                   .arg(result->n)
                   .arg(seconds, 0, 'f', 3)
                   .arg(rate, 0, 'f', 0)
                   .arg(peakRssMb(reset), 0, 'f', 1)
            << Qt::endl;
    }
    return failures == 0 ? 0 : 1;
}
