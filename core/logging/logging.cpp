#include "logging.h"

#include "privacy/piimasker.h"

#include <QDir>
#include <QtGlobal>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace ab::logging {

namespace {

QString g_logFile;

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // Messages may quote record text; the log never holds personal
    // information unmasked.
    const std::string text = PiiMasker::mask(message).toStdString();
    const char *category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        spdlog::info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        spdlog::warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
        spdlog::error("[{}] {}", category, text);
        break;
    case QtFatalMsg:
        spdlog::critical("[{}] {}", category, text);
        spdlog::shutdown();
        std::abort();
    }
}

} // namespace

void init(const QString &folder, bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (!folder.isEmpty() && QDir().mkpath(folder)) {
        g_logFile = QDir(folder).filePath(QStringLiteral("auditbench.log"));
        try {
            // 5 MiB a file, three files kept.
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QDir::toNativeSeparators(g_logFile).toStdString(), 5 * 1024 * 1024, 3));
        } catch (const spdlog::spdlog_ex &) {
            g_logFile.clear(); // an unwritable log folder must not stop the program
        }
    }
    if (verbose)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    auto logger = std::make_shared<spdlog::logger>("auditbench", sinks.begin(), sinks.end());
    logger->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %^%l%$ %v");
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(qtMessageHandler);
}

QString logFilePath()
{
    return g_logFile;
}

} // namespace ab::logging
