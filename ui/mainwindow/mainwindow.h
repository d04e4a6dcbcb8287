#pragma once

#include "sections.h"
#include "util/result.h"

#include <QMainWindow>
#include <QSet>
#include <array>
#include <memory>

class QListWidget;
class QStackedWidget;
class QMenu;
class QLabel;

namespace ab {
class Workspace;
struct ServerAddress;
} // namespace ab

namespace ab::ui {

class PasswordStore;
class SectionPage;
class WorkspaceStatus;
struct DashboardLink;

// The workbench window: section navigation on the left, the section's page on
// the right, the workspace path and row counts in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace file, or a team workspace by its address; on failure
    // says which and why, keeps the current workspace (if any) and returns
    // false. A team workspace not connected to yet in this session is
    // connected to first (connectToServer()), and opened once that succeeds:
    // false is returned meanwhile.
    bool openWorkspace(const QString &path);
    // File › Connect to team server…: the dialog, filled in with `known`
    // and trying its stored password when given.
    void connectToServer(const ServerAddress *known = nullptr);
    // Tests: where team-server passwords are kept (default: the system
    // keychain). Not owned.
    void setPasswordStore(PasswordStore *store) { m_passwords = store; }
    void closeWorkspace();
    Workspace *workspace() const { return m_workspace.get(); }

    void showSection(Section section);
    Section currentSection() const;
    // Every page reads the open workspace again (after an import, say).
    void reloadWorkspace();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    Status upgradeOffThread(const QString &path);
    void buildUi();
    void buildMenus();
    void rebuildRecentMenu();
    void onNewWorkspace();
    void onOpenWorkspace();
    void onImport();
    void onExportReport();
    void onSwitchUser();
    void onAbout();
    void setLanguage(const QString &language);
    void updateTitle();
    // Shows the list a dashboard click asks for, with its filter applied.
    void openDashboardLink(const DashboardLink &link);

    std::unique_ptr<Workspace> m_workspace;
    PasswordStore *m_passwords = nullptr;
    // Team workspaces connected to in this session (their password known).
    QSet<QString> m_connectedServers;
    QListWidget *m_sectionList = nullptr;
    QStackedWidget *m_outerStack = nullptr; // welcome page | workbench
    QStackedWidget *m_sectionStack = nullptr;
    std::array<SectionPage *, kSectionCount> m_pages{};
    QMenu *m_recentMenu = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    WorkspaceStatus *m_status = nullptr;
};

} // namespace ab::ui
