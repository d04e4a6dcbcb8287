#include "mainwindow.h"

#include "browse/listpage.h"
#include "common/appsettings.h"
#include "common/messages.h"
#include "common/sectionpage.h"
#include "dashboard/dashboardpage.h"
#include "deadlines/deadlinelist.h"
#include "deadlines/deadlinespage.h"
#include "i18n/translations.h"
#include "identity/switchuserdialog.h"
#include "intake/importdialog.h"
#include "reports/exportreportdialog.h"
#include "storage/serveraddress.h"
#include "team/connectserverdialog.h"
#include "team/systemkeychain.h"
#include "welcomepage.h"
#include "workspace/workspace.h"
#include "workspacestatus.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QProgressDialog>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent>
#include <array>
#include <optional>
#include <spdlog/spdlog.h>

namespace ab::ui {

namespace {
const QString kWorkspaceFilter = QStringLiteral("*.auditbench");
}

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.auditbench.AuditBench.svg")));
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("statusPath"));
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    m_status = new WorkspaceStatus(m_pathLabel, m_countsLabel, this);
    m_passwords = new SystemKeychain(this);
    buildUi();
    resize(1280, 800);
    restoreGeometry(AppSettings::instance().windowGeometry());
    restoreState(AppSettings::instance().windowState());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    const Section current = m_sectionList ? currentSection() : Section::Generations;
    // The pages are rebuilt whole below; the lists keep their filters, sort
    // order and columns across it.
    std::array<std::optional<SavedView>, kSectionCount> views;
    for (int i = 0; i < kSectionCount; ++i)
        if (const auto *list = qobject_cast<ListPage *>(m_pages[i]))
            views[size_t(i)] = list->currentView();
    // So does the Deadlines list, its filters and day ranges.
    std::optional<DeadlinesPage::View> deadlinesView;
    if (const auto *deadlines = qobject_cast<DeadlinesPage *>(m_pages[int(Section::Deadlines)]))
        deadlinesView = deadlines->currentView();
    menuBar()->clear();
    buildMenus();

    // Rebuilt whole on a language change, so every label is re-translated.
    auto *old = centralWidget();
    m_outerStack = new QStackedWidget(this);
    auto *welcome = new WelcomePage(m_outerStack);
    connect(welcome, &WelcomePage::newRequested, this, &MainWindow::onNewWorkspace);
    connect(welcome, &WelcomePage::openRequested, this, &MainWindow::onOpenWorkspace);
    connect(welcome, &WelcomePage::serverRequested, this, [this] { connectToServer(); });

    auto *workbench = new QWidget(m_outerStack);
    workbench->setObjectName(QStringLiteral("workbench"));
    m_sectionList = new QListWidget(workbench);
    m_sectionList->setObjectName(QStringLiteral("sectionList"));
    m_sectionList->setIconSize(QSize(20, 20));
    m_sectionStack = new QStackedWidget(workbench);
    m_sectionStack->setObjectName(QStringLiteral("sectionStack"));
    int widest = 0;
    for (int i = 0; i < kSectionCount; ++i) {
        const auto section = Section(i);
        auto *item = new QListWidgetItem(sectionIcon(section), sectionTitle(section));
        m_sectionList->addItem(item);
        widest = std::max(widest, m_sectionList->fontMetrics().horizontalAdvance(item->text()));
        m_pages[i] = createSectionPage(section, m_sectionStack);
        m_sectionStack->addWidget(m_pages[i]);
        m_pages[i]->setWorkspace(m_workspace.get());
        if (auto *list = qobject_cast<ListPage *>(m_pages[i]); list && views[size_t(i)])
            list->applyView(*views[size_t(i)]);
        if (auto *deadlines = qobject_cast<DeadlinesPage *>(m_pages[i]); deadlines && deadlinesView)
            deadlines->applyView(*deadlinesView);
    }
    if (auto *dashboard = qobject_cast<DashboardPage *>(m_pages[int(Section::Dashboard)]))
        connect(dashboard, &DashboardPage::linkActivated, this, &MainWindow::openDashboardLink);
    // The navigation is as wide as its longest title, in either language.
    m_sectionList->setFixedWidth(widest + 72);
    auto *row = new QHBoxLayout(workbench);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(m_sectionList);
    row->addWidget(m_sectionStack, 1);
    connect(m_sectionList, &QListWidget::currentRowChanged, m_sectionStack,
            &QStackedWidget::setCurrentIndex);

    m_outerStack->addWidget(welcome);
    m_outerStack->addWidget(workbench);
    m_outerStack->setCurrentIndex(m_workspace ? 1 : 0);
    setCentralWidget(m_outerStack);
    delete old;
    showSection(current);
    m_status->showWorkspace(m_workspace ? m_workspace->path() : QString());
    updateTitle();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    QAction *newAction = file->addAction(tr("&New workspace…"), this, &MainWindow::onNewWorkspace);
    newAction->setObjectName(QStringLiteral("actionNew"));
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction =
        file->addAction(tr("&Open workspace…"), this, &MainWindow::onOpenWorkspace);
    openAction->setObjectName(QStringLiteral("actionOpen"));
    openAction->setShortcut(QKeySequence::Open);
    QAction *serverAction =
        file->addAction(tr("Connect to team &server…"), this, [this] { connectToServer(); });
    serverAction->setObjectName(QStringLiteral("actionConnectServer"));
    QAction *importAction = file->addAction(tr("&Import…"), this, &MainWindow::onImport);
    importAction->setObjectName(QStringLiteral("actionImport"));
    QAction *reportAction =
        file->addAction(tr("Export &report…"), this, &MainWindow::onExportReport);
    reportAction->setObjectName(QStringLiteral("actionExportReport"));
    m_recentMenu = file->addMenu(tr("&Recent workspaces"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    rebuildRecentMenu();
    QAction *switchUser = file->addAction(tr("S&witch user…"), this, &MainWindow::onSwitchUser);
    switchUser->setObjectName(QStringLiteral("actionSwitchUser"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("menuLanguage"));
    auto *group = new QActionGroup(language);
    const QString chosen = AppSettings::instance().language();
    const std::pair<QString, QString> choices[] = {
        {QString(), tr("System default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    for (const auto &[code, label] : choices) {
        QAction *a = language->addAction(label);
        a->setObjectName(QStringLiteral("actionLanguage_") +
                         (code.isEmpty() ? QStringLiteral("system") : code));
        a->setCheckable(true);
        a->setChecked(code == chosen);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About AuditBench"), this, &MainWindow::onAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::instance().recentWorkspaces();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

// Opening a file may migrate it and recount its tallies, once after an
// upgrade or a zone change: seconds at a million items. That is done by a
// worker with its own connection while this thread keeps painting (user
// input waits); the open that follows here then has nothing left to do.
Status MainWindow::upgradeOffThread(const QString &path)
{
    QFuture<Status> upgrade = QtConcurrent::run([path] { return Workspace::upgrade(path); });
    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(upgrade);
    const QString shown = ServerAddress::looksLikeServer(path) ? path : QFileInfo(path).fileName();
    QProgressDialog progress(tr("Opening %1…").arg(shown), QString(), 0, 0, this);
    progress.setObjectName(QStringLiteral("openingWorkspace"));
    progress.setWindowTitle(tr("Opening workspace"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(0);
    progress.hide();
    // Only an open that takes a while shows the dialog.
    QTimer::singleShot(400, &progress, &QWidget::show);
    if (!upgrade.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return upgrade.result();
}

bool MainWindow::openWorkspace(const QString &path)
{
    if (ServerAddress::looksLikeServer(path)) {
        auto address = ServerAddress::parse(path);
        if (!address) {
            Messages::critical(this, tr("Cannot open workspace"),
                               tr("%1 cannot be opened: %2").arg(path, address.error().message));
            return false;
        }
        if (!m_connectedServers.contains(address->toString())) {
            connectToServer(&*address);
            return false;
        }
    }
    // A team workspace was opened (and its schema brought up to date) by the
    // connect dialog's worker before it counts as connected: nothing is left
    // to do off the UI thread.
    const Status upgraded =
        ServerAddress::looksLikeServer(path) ? Status() : upgradeOffThread(path);
    auto ws = upgraded ? Workspace::open(path, Workspace::osUserName())
                       : Result<std::unique_ptr<Workspace>>(upgraded.error());
    if (!ws) {
        spdlog::warn("workspace refused: {}", ws.error().toString().toStdString());
        // The next try asks again (the password may have changed).
        m_connectedServers.remove(path);
        Messages::critical(
            this, tr("Cannot open workspace"),
            tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), ws.error().message));
        return false;
    }
    for (SectionPage *page : m_pages)
        page->setWorkspace(nullptr);
    m_workspace = std::move(*ws);
    for (SectionPage *page : m_pages)
        page->setWorkspace(m_workspace.get());
    AppSettings::instance().setLastWorkspace(m_workspace->path());
    AppSettings::instance().addRecentWorkspace(m_workspace->path());
    rebuildRecentMenu();
    m_outerStack->setCurrentIndex(1);
    m_status->showWorkspace(m_workspace->path());
    updateTitle();
    spdlog::info("workspace opened: {}", m_workspace->path().toStdString());
    return true;
}

void MainWindow::connectToServer(const ServerAddress *known)
{
    auto *dialog = new ConnectServerDialog(m_passwords, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString location = dialog->address().toString();
        m_connectedServers.insert(location);
        if (openWorkspace(location) && !dialog->keychainProblem().isEmpty())
            statusBar()->showMessage(tr("The password could not be kept in the system "
                                        "keychain: %1")
                                         .arg(dialog->keychainProblem()),
                                     15000);
    });
    dialog->open();
    if (known) {
        dialog->setAddress(*known);
        dialog->connectWithStoredPassword();
    }
}

void MainWindow::closeWorkspace()
{
    for (SectionPage *page : m_pages)
        page->setWorkspace(nullptr);
    m_workspace.reset();
    m_outerStack->setCurrentIndex(0);
    m_status->showWorkspace({});
    updateTitle();
}

void MainWindow::showSection(Section section)
{
    m_sectionList->setCurrentRow(int(section));
}

void MainWindow::openDashboardLink(const DashboardLink &link)
{
    switch (link.target) {
    case DashboardLink::Target::Generations:
    case DashboardLink::Target::Complaints: {
        const Section section = link.target == DashboardLink::Target::Generations
                                    ? Section::Generations
                                    : Section::Complaints;
        if (auto *list = qobject_cast<ListPage *>(m_pages[int(section)]))
            list->applyFilter(link.filter);
        showSection(section);
        break;
    }
    case DashboardLink::Target::Deadlines:
        if (auto *deadlines = qobject_cast<DeadlinesPage *>(m_pages[int(Section::Deadlines)]))
            deadlines->showFiltered(link.deadlineState, link.providerId, link.policyId, link.days);
        showSection(Section::Deadlines);
        break;
    }
}

Section MainWindow::currentSection() const
{
    const int row = m_sectionList->currentRow();
    return row < 0 ? Section::Generations : Section(row);
}

void MainWindow::onNewWorkspace()
{
    QString path = FileDialogs::saveFile(this, tr("New workspace"),
                                         tr("AuditBench workspaces (%1)").arg(kWorkspaceFilter),
                                         tr("workspace.auditbench"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".auditbench");
    auto ws = Workspace::create(path, Workspace::osUserName());
    if (!ws) {
        Messages::critical(
            this, tr("Cannot create workspace"),
            tr("%1 cannot be created: %2").arg(QDir::toNativeSeparators(path), ws.error().message));
        return;
    }
    ws->reset(); // reopened through the one path every workspace takes
    openWorkspace(path);
}

void MainWindow::onOpenWorkspace()
{
    const QString path = FileDialogs::openFile(
        this, tr("Open workspace"),
        tr("AuditBench workspaces (%1);;All files (*)").arg(kWorkspaceFilter));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::onImport()
{
    if (!m_workspace) {
        Messages::information(this, tr("Import records"), tr("Open or create a workspace first."));
        return;
    }
    const QStringList files =
        FileDialogs::openFiles(this, tr("Import records"),
                               tr("Interchange files (*.jsonl *.ndjson *.csv);;All files (*)"));
    if (files.isEmpty())
        return;
    auto *dialog = new ImportDialog(m_workspace->path(), m_workspace->actor(), files, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, &MainWindow::reloadWorkspace);
    dialog->open();
}

void MainWindow::onExportReport()
{
    if (!m_workspace) {
        Messages::information(this, tr("Export report"), tr("Open or create a workspace first."));
        return;
    }
    auto *dialog = new ExportReportDialog(m_workspace->path(), m_workspace->actor(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A handful of rows, read through core like the sections' filter boxes.
    if (auto providers =
            DeadlineList::providers(m_workspace->db(), QLocale().language() == QLocale::Chinese))
        dialog->setProviders(*providers);
    dialog->open();
}

void MainWindow::reloadWorkspace()
{
    for (SectionPage *page : m_pages)
        page->setWorkspace(nullptr);
    for (SectionPage *page : m_pages)
        page->setWorkspace(m_workspace.get());
    m_status->showWorkspace(m_workspace ? m_workspace->path() : QString());
}

void MainWindow::onSwitchUser()
{
    if (!m_workspace)
        return;
    auto *dialog = new SwitchUserDialog(m_workspace.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SwitchUserDialog::actorChanged, this, [this](const QString &name) {
        // Pages read the acting user's role when they are given the workspace.
        for (SectionPage *page : m_pages)
            page->setWorkspace(m_workspace.get());
        statusBar()->showMessage(tr("Acting as %1").arg(name), 8000);
    });
    dialog->open();
}

void MainWindow::onAbout()
{
    Messages::information(
        this, tr("About AuditBench"),
        tr("AuditBench %1\n\nAn audit workbench for generative-AI services: flagged "
           "generations, user complaints, review cases, training-data lineage and "
           "remediation deadlines in one workspace file.")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::setLanguage(const QString &language)
{
    AppSettings::instance().setLanguage(language);
    i18n::install(language); // posts LanguageChange, handled in changeEvent
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_sectionList)
        buildUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::instance().setWindowGeometry(saveGeometry());
    AppSettings::instance().setWindowState(saveState());
    event->accept();
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_workspace ? tr("%1 — AuditBench").arg(m_workspace->settings().name)
                               : tr("AuditBench"));
}

} // namespace ab::ui
