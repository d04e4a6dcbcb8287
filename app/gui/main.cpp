// auditbench: the desktop workbench.
#include "common/appsettings.h"
#include "common/messages.h"
#include "defaultworkspace.h"
#include "i18n/translations.h"
#include "logging/logging.h"
#include "mainwindow/mainwindow.h"
#include "startupoptions.h"
#include "storage/serveraddress.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QStandardPaths>
#include <cstdio>
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
    ab::app::addStartupOptions(parser);
    parser.process(app);

    ab::logging::init(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                          QStringLiteral("/logs"),
                      parser.isSet(QStringLiteral("verbose")));
    spdlog::info("AuditBench {} starting", AUDITBENCH_VERSION);

    QString lang = parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && !ab::i18n::available().contains(lang)) {
        spdlog::warn("unknown --lang {}, using the system language", lang.toStdString());
        lang.clear();
    }
    ab::i18n::install(lang.isEmpty() ? ab::ui::AppSettings::instance().language() : lang);
    preferSimplifiedChineseGlyphs();
    // Read after the language is set, so that a refusal is in it.
    const ab::Result<QString> named = ab::app::workspaceToOpen(parser);
    if (!named) {
        fprintf(stderr, "auditbench: %s\n", qPrintable(named.error().toString()));
        return 2;
    }

    ab::ui::MainWindow window;
    window.show();

    QString path = named.value();
    if (path.isEmpty()) {
        // The last workspace, when it is still there; a team workspace's
        // server is asked (and its password looked up) on opening.
        const QString last = ab::ui::AppSettings::instance().lastWorkspace();
        if (ab::ServerAddress::looksLikeServer(last) ||
            (!last.isEmpty() && QFileInfo::exists(last)))
            path = last;
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
