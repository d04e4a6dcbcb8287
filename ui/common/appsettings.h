#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <memory>

namespace ab::ui {

// Typed preferences and UI state in one place: every key with its default,
// instead of string keys scattered through the widgets. Tests use a temporary
// instance backed by a file of their own.
class AppSettings
{
public:
    static AppSettings &instance();
    // Tests: route all settings to an INI file (empty: back to the default).
    static void useFile(const QString &iniPath);

    QString language() const; // "" = system locale
    void setLanguage(const QString &language);

    QString lastWorkspace() const;
    void setLastWorkspace(const QString &path);

    QStringList recentWorkspaces() const;
    void addRecentWorkspace(const QString &path);
    void removeRecentWorkspace(const QString &path);
    static constexpr int kMaxRecent = 8;

    // UI state, kept apart from preferences.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &g);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &s);
    QByteArray headerState(const QString &view) const;
    void setHeaderState(const QString &view, const QByteArray &s);

private:
    AppSettings();
    std::unique_ptr<QSettings> m_settings;
};

} // namespace ab::ui
