// auditbench: the desktop workbench.
#include "common/appsettings.h"
#include "common/messages.h"
#include "defaultworkspace.h"
#include "i18n/translations.h"
#include "logging/logging.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QStandardPaths>
#include <spdlog/spdlog.h>

namespace {

// fontconfig picks the Japanese Noto CJK face for Han characters unless the
// Simplified Chinese one is asked for; asking for it as a fallback family
// gives Chinese text its proper glyph forms in either UI language.
void preferSimplifiedChineseGlyphs()
{
    QFont font = QApplication::font();
    font.setFamilies({font.family(), QStringLiteral("Noto Sans CJK SC")});
    QApplication::setFont(font);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AuditBench"));
    QApplication::setApplicationName(QStringLiteral("auditbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("AuditBench"));
    QApplication::setApplicationVersion(QStringLiteral(AUDITBENCH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.auditbench.AuditBench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "AuditBench workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Open this workspace file."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "User interface language: en or zh_CN."),
        QStringLiteral("LANG"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QApplication::translate("main", "Also log to stderr."));
    parser.addOptions({dbOption, langOption, verboseOption});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A workspace file to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    ab::logging::init(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                          QStringLiteral("/logs"),
                      parser.isSet(verboseOption));
    spdlog::info("AuditBench {} starting", AUDITBENCH_VERSION);

    QString lang = parser.value(langOption);
    if (!lang.isEmpty() && !ab::i18n::available().contains(lang)) {
        spdlog::warn("unknown --lang {}, using the system language", lang.toStdString());
        lang.clear();
    }
    ab::i18n::install(lang.isEmpty() ? ab::ui::AppSettings::instance().language() : lang);
    preferSimplifiedChineseGlyphs();

    ab::ui::MainWindow window;
    window.show();

    QString path = parser.value(dbOption);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().first();
    if (path.isEmpty()) {
        const QString last = ab::ui::AppSettings::instance().lastWorkspace();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : QString();
    }
    if (path.isEmpty()) {
        auto made = ab::app::DefaultWorkspace::ensure(&window);
        if (made)
            path = *made;
        else
            ab::ui::Messages::critical(
                &window, QApplication::translate("main", "Cannot create the demo workspace"),
                made.error().toString());
    }
    if (!path.isEmpty())
        window.openWorkspace(path);

    const int code = QApplication::exec();
    spdlog::info("AuditBench exiting with {}", code);
    return code;
}
