#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace ab::i18n {

namespace {

std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;

QString normalise(const QString &language)
{
    if (language.isEmpty()) {
        const QLocale system;
        return system.language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                     : QStringLiteral("en");
    }
    if (language.startsWith(QLatin1String("zh")))
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString install(const QString &language)
{
    const QString lang = normalise(language);
    for (auto *t : {&g_app, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(t->get());
            t->reset();
        }
    }
    QLocale::setDefault(
        QLocale(lang == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                lang == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    if (lang == QLatin1String("en"))
        return lang; // the source strings are English
    g_app = std::make_unique<QTranslator>();
    if (g_app->load(QStringLiteral(":/i18n/auditbench_") + lang))
        QCoreApplication::installTranslator(g_app.get());
    g_qt = std::make_unique<QTranslator>();
    if (g_qt->load(QStringLiteral("qtbase_") + lang,
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt.get());
    return lang;
}

} // namespace ab::i18n
