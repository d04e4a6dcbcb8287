// The workbench on a team workspace: every section of the main window loads
// from the server without an error, with the rows its workspace file has.

#include "auditlog/auditlogmodel.h"
#include "browse/pagedlistmodel.h"
#include "cases/caselistmodel.h"
#include "common/appsettings.h"
#include "common/messages.h"
#include "dashboard/dashboardpage.h"
#include "deadlines/deadlinesmodel.h"
#include "demotestsupport.h"
#include "fakepasswordstore.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/sections.h"
#include "screenshot.h"
#include "serverdemo.h"
#include "waitfor.h"

#include <QAbstractItemView>
#include <QLabel>

using namespace ab;
using namespace ab::test;
using namespace ab::ui;

namespace {

// The visible error banners and labels of the window, with their text.
QStringList visibleErrors(QWidget &window)
{
    QStringList errors;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->objectName().contains(QLatin1String("Error")) && label->isVisible() &&
            !label->text().isEmpty())
            errors << label->objectName() + QStringLiteral(": ") + label->text();
    }
    for (QWidget *banner : window.findChildren<QWidget *>()) {
        if (banner->objectName().endsWith(QLatin1String("ErrorBanner")) && banner->isVisible())
            for (QLabel *label : banner->findChildren<QLabel *>())
                errors << banner->objectName() + QStringLiteral(": ") + label->text();
    }
    return errors;
}

// No page of the window is still reading: every list model and the
// dashboard are idle.
bool idle(QWidget &window)
{
    for (auto *m : window.findChildren<PagedListModel *>())
        if (m->busy())
            return false;
    for (auto *m : window.findChildren<AuditLogModel *>())
        if (m->isLoading())
            return false;
    for (auto *m : window.findChildren<CaseListModel *>())
        if (m->isLoading())
            return false;
    for (auto *m : window.findChildren<DeadlinesModel *>())
        if (m->isLoading())
            return false;
    for (auto *p : window.findChildren<DashboardPage *>())
        if (p->isLoading())
            return false;
    return true;
}

qint64 rowsOf(QWidget &window, const QString &view)
{
    auto *table = window.findChild<QAbstractItemView *>(view);
    REQUIRE(table != nullptr);
    QAbstractItemModel *model = table->model();
    if (auto *paged = qobject_cast<PagedListModel *>(model))
        REQUIRE(waitFor([&] { return !paged->busy(); }, 60000));
    return model->rowCount();
}

} // namespace

TEST_CASE("every section of the workbench loads a team workspace without an error")
{
    screenshotLanguage();
    ServerDemo demo(400, 31);
    TempDir settings;
    AppSettings::useFile(settings.path(QStringLiteral("settings.ini")));
    Messages::setNextAnswer(QMessageBox::Ok);

    FakePasswordStore store; // no keychain: libpq's own (the cluster trusts loopback)
    MainWindow window;
    window.setPasswordStore(&store);
    window.resize(1400, 900);
    window.show();
    // A server not yet connected to goes through the connect dialog first.
    window.openWorkspace(demo.server.url());
    REQUIRE(waitFor([&] { return window.workspace() != nullptr; }, 60000));
    CHECK(window.windowTitle().contains(demo.team->settings().name));

    for (int i = 0; i < kSectionCount; ++i) {
        const auto section = Section(i);
        INFO("section " << sectionObjectName(section).toStdString());
        window.showSection(section);
        // Each page loads on worker threads: let the loads start, then wait
        // until every one has ended, in rows or in an error.
        QCoreApplication::processEvents();
        REQUIRE(waitFor([&] { return idle(window); }, 60000));
        CHECK(visibleErrors(window) == QStringList());
        screenshot(&window, QStringLiteral("team-") + sectionObjectName(section));
    }

    window.showSection(Section::Generations);
    CHECK(rowsOf(window, QStringLiteral("generationsTable")) ==
          scalar(*demo.file, QStringLiteral("SELECT count(*) FROM generations")));
    window.showSection(Section::Complaints);
    CHECK(rowsOf(window, QStringLiteral("complaintsTable")) ==
          scalar(*demo.file, QStringLiteral("SELECT count(*) FROM complaints")));
    window.showSection(Section::Cases);
    CHECK(rowsOf(window, QStringLiteral("casesTable")) ==
          scalar(*demo.file, QStringLiteral("SELECT count(*) FROM review_cases")));
    window.showSection(Section::AuditLog);
    CHECK(rowsOf(window, QStringLiteral("auditLogTable")) > 0);
    window.showSection(Section::Deadlines);
    CHECK(rowsOf(window, QStringLiteral("deadlinesView")) > 0);

    window.closeWorkspace();
    Messages::clearNextAnswer();
    AppSettings::useFile({});
}
