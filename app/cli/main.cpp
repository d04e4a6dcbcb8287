// auditbench-cli: every headless job of AuditBench, for scripts, CI and tests.
#include "clicommand.h"
#include "i18n/translations.h"
#include "logging/logging.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStandardPaths>
#include <memory>

using namespace ab::cli;

namespace {

void printCommands()
{
    out() << QCoreApplication::translate("cli", "Usage: auditbench-cli <command> [options]")
          << "\n\n"
          << QCoreApplication::translate("cli", "Commands:") << "\n";
    for (const Command &c : commands())
        out() << "  " << QString::fromLatin1(c.name).leftJustified(12) << ' '
              << QCoreApplication::translate("cli", c.summary) << '\n';
    out() << '\n'
          << QCoreApplication::translate("cli",
                                         "Run 'auditbench-cli <command> --help' for its options.")
          << Qt::endl;
}

// The command word past the global options (--verbose, --lang X), read
// before the application object exists.
QByteArray commandOf(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--verbose") == 0)
            continue;
        if (qstrcmp(argv[i], "--lang") == 0) {
            ++i;
            continue;
        }
        return argv[i];
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    // A report lays its text out with real fonts and draws its charts with
    // Qt Charts, which takes a widget application object; the offscreen
    // platform keeps the CLI headless.
    const bool rendersReport = commandOf(argc, argv) == "report";
    if (rendersReport && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        rendersReport ? std::make_unique<QApplication>(argc, argv)
                      : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AuditBench"));
    QCoreApplication::setApplicationName(QStringLiteral("auditbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AUDITBENCH_VERSION));

    QStringList args = QCoreApplication::arguments();
    // --verbose and --lang are global: taken out before the command parses.
    const bool verbose = args.removeAll(QStringLiteral("--verbose")) > 0;
    QString lang;
    if (const qsizetype i = args.indexOf(QStringLiteral("--lang")); i > 0 && i + 1 < args.size()) {
        lang = args.at(i + 1);
        args.remove(i, 2);
    }
    if (!lang.isEmpty() && !ab::i18n::available().contains(lang))
        return usage(QCoreApplication::translate("cli", "--lang must be one of: %1")
                         .arg(ab::i18n::available().join(QStringLiteral(", "))));
    ab::i18n::install(lang.isEmpty() ? QStringLiteral("en") : lang);
    ab::logging::init(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                          QStringLiteral("/logs"),
                      verbose);

    if (args.size() < 2 || args.at(1) == QLatin1String("--help") ||
        args.at(1) == QLatin1String("-h") || args.at(1) == QLatin1String("help")) {
        printCommands();
        return args.size() < 2 ? kUsage : kOk;
    }
    if (args.at(1) == QLatin1String("--version")) {
        out() << "auditbench-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return kOk;
    }
    for (const Command &c : commands()) {
        if (args.at(1) == QLatin1String(c.name)) {
            QStringList rest = args.mid(2);
            rest.prepend(QStringLiteral("auditbench-cli ") + QLatin1String(c.name));
            return c.run(rest);
        }
    }
    return usage(
        QCoreApplication::translate("cli", "unknown command '%1' (try --help)").arg(args.at(1)));
}
