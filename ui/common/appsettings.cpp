#include "appsettings.h"

#include "storage/serveraddress.h"

#include <QFileInfo>

namespace ab::ui {

namespace {
const QString kLanguage = QStringLiteral("preferences/language");
const QString kLastWorkspace = QStringLiteral("preferences/lastWorkspace");
const QString kRecent = QStringLiteral("preferences/recentWorkspaces");
const QString kGeometry = QStringLiteral("state/mainWindowGeometry");
const QString kState = QStringLiteral("state/mainWindowState");
const QString kHeader = QStringLiteral("state/header/");

QString g_iniPath;
} // namespace

AppSettings::AppSettings()
    : m_settings(g_iniPath.isEmpty() ? std::make_unique<QSettings>()
                                     : std::make_unique<QSettings>(g_iniPath, QSettings::IniFormat))
{}

AppSettings &AppSettings::instance()
{
    static std::unique_ptr<AppSettings> s;
    static QString madeFor;
    if (!s || madeFor != g_iniPath) {
        s.reset(new AppSettings());
        madeFor = g_iniPath;
    }
    return *s;
}

void AppSettings::useFile(const QString &iniPath)
{
    g_iniPath = iniPath;
}

QString AppSettings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}

QString AppSettings::lastWorkspace() const
{
    return m_settings->value(kLastWorkspace).toString();
}

void AppSettings::setLastWorkspace(const QString &path)
{
    m_settings->setValue(kLastWorkspace, path);
}

QStringList AppSettings::recentWorkspaces() const
{
    return m_settings->value(kRecent).toStringList();
}

namespace {

// A file by its absolute path; a team workspace by its address as given
// (ServerAddress::toString()), which no file path could be made of.
QString recentEntry(const QString &location)
{
    return ServerAddress::looksLikeServer(location) ? location
                                                    : QFileInfo(location).absoluteFilePath();
}

} // namespace

void AppSettings::addRecentWorkspace(const QString &path)
{
    const QString canonical = recentEntry(path);
    QStringList list = recentWorkspaces();
    list.removeAll(canonical);
    list.prepend(canonical);
    while (list.size() > kMaxRecent)
        list.removeLast();
    m_settings->setValue(kRecent, list);
}

void AppSettings::removeRecentWorkspace(const QString &path)
{
    QStringList list = recentWorkspaces();
    list.removeAll(recentEntry(path));
    m_settings->setValue(kRecent, list);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &g)
{
    m_settings->setValue(kGeometry, g);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &s)
{
    m_settings->setValue(kState, s);
}

QByteArray AppSettings::headerState(const QString &view) const
{
    return m_settings->value(kHeader + view).toByteArray();
}

void AppSettings::setHeaderState(const QString &view, const QByteArray &s)
{
    m_settings->setValue(kHeader + view, s);
}

} // namespace ab::ui
