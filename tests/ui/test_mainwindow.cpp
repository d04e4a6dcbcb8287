// The main window, driven as a user would: it opens a workspace and lists its
// generations; a bad file is refused with a message and the window stays usable.
#include "browse/filterbar.h"
#include "browse/listpage.h"
#include "common/appsettings.h"
#include "common/messages.h"
#include "deadlines/deadlinesmodel.h"
#include "deadlines/deadlinespage.h"
#include "generations/generationsmodel.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/welcomepage.h"
#include "sampledata.h"
#include "testsupport.h"
#include "waitfor.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace ab;
using namespace ab::test;
using namespace ab::ui;

namespace {

struct WindowFixture
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("gui.auditbench"));
    WindowFixture()
    {
        AppSettings::useFile(dir.path(QStringLiteral("settings.ini")));
        Messages::setNextAnswer(QMessageBox::Ok);
    }
    ~WindowFixture()
    {
        Messages::clearNextAnswer();
        AppSettings::useFile({});
    }
    // The workspace at `path`, with `generations` sample generations.
    void writeSampleWorkspace(int generations) const
    {
        auto ws = Workspace::create(path, QStringLiteral("tester"));
        AB_REQUIRE_OK(ws);
        addSampleGenerations(**ws, generations);
    }
};

// The Generations section's title in the navigation once it reads
// `expected` (the window rebuilds itself when Qt delivers the LanguageChange
// event), or as it reads after five seconds.
QString waitForGenerationsTitle(MainWindow &window, const QString &expected)
{
    const auto title = [&window] {
        auto *list = window.findChild<QListWidget *>(QStringLiteral("sectionList"));
        return list ? list->item(int(Section::Generations))->text() : QString();
    };
    QDeadlineTimer deadline(5000);
    while (title() != expected && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return title();
}

} // namespace

TEST_CASE("the main window lists the workspace's generations")
{
    WindowFixture f;
    f.writeSampleWorkspace(450);
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(f.path));
    window.showSection(Section::Generations);

    auto *table = window.findChild<QTableView *>(QStringLiteral("generationsTable"));
    REQUIRE(table != nullptr);
    CHECK(table->isVisible());
    auto *model = static_cast<PagedListModel *>(table->model());
    // The first page comes from a worker; the count grows as it walks.
    REQUIRE(waitFor([&] { return !model->busy(); }));
    CHECK(model->rowCount() == 450);
    // Newest flag first.
    CHECK(model->index(0, GenerationsModel::Id).data().toString() == QStringLiteral("G00450"));
    const QModelIndex last = model->index(449, GenerationsModel::Id);
    last.data(); // a row further down is read when the view asks for it
    REQUIRE(waitFor([&] { return last.data(PagedListModel::LoadedRole).toBool(); }));
    CHECK(last.data().toString() == QStringLiteral("G00001"));
    CHECK(model->index(0, GenerationsModel::Category)
              .data()
              .toString()
              .contains(QStringLiteral("A.1.g")));

    auto *counts = window.findChild<QLabel *>(QStringLiteral("statusCounts"));
    REQUIRE(counts != nullptr);
    // Counting runs on a worker thread; its result arrives through the event loop.
    QDeadlineTimer deadline(5000);
    while (!counts->text().contains(QStringLiteral("450")) && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(counts->text().contains(QStringLiteral("450")));
    CHECK(window.windowTitle().contains(QStringLiteral("gui")));
}

TEST_CASE("the main window has every section in the navigation")
{
    WindowFixture f;
    MainWindow window;
    auto *list = window.findChild<QListWidget *>(QStringLiteral("sectionList"));
    REQUIRE(list != nullptr);
    CHECK(list->count() == kSectionCount);
    for (int i = 0; i < kSectionCount; ++i)
        CHECK(window.findChild<QWidget *>(sectionObjectName(Section(i))) != nullptr);
    window.showSection(Section::Deadlines);
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("sectionStack"));
    REQUIRE(stack != nullptr);
    CHECK(stack->currentWidget()->objectName() == QStringLiteral("deadlinesPage"));
}

TEST_CASE("a file that is not a workspace is refused and the window stays usable")
{
    WindowFixture f;
    const QString bad = f.dir.path(QStringLiteral("bad.auditbench"));
    writeFile(bad, "not a database");
    MainWindow window;
    window.show();
    CHECK_FALSE(window.openWorkspace(bad));
    CHECK(Messages::lastText().contains(QStringLiteral("bad.auditbench")));
    CHECK(Messages::lastText().contains(QStringLiteral("not an SQLite database")));
    CHECK(window.workspace() == nullptr);
    CHECK(readFile(bad) == "not a database");
    auto *welcome = window.findChild<QWidget *>(QStringLiteral("welcomePage"));
    REQUIRE(welcome != nullptr);
    CHECK(welcome->isVisible());

    // A good workspace still opens afterwards.
    {
        auto ws = Workspace::create(f.path, QStringLiteral("tester"));
        AB_REQUIRE_OK(ws);
    }
    CHECK(window.openWorkspace(f.path));
    CHECK(window.workspace() != nullptr);
    CHECK_FALSE(welcome->isVisible());
}

TEST_CASE("switching the language re-translates the window and keeps the workspace")
{
    WindowFixture f;
    f.writeSampleWorkspace(5);
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(f.path));
    auto *zh = window.findChild<QAction *>(QStringLiteral("actionLanguage_zh_CN"));
    REQUIRE(zh != nullptr);
    // A filter set before the switch is kept: none of the five is high.
    const auto generationsPage = [&window] {
        ListPage *page = nullptr;
        for (ListPage *p : window.findChildren<ListPage *>())
            if (p->table()->objectName() == QLatin1String("generationsTable"))
                page = p;
        return page;
    };
    REQUIRE(generationsPage() != nullptr);
    BrowseFilter high;
    high.severities = {QStringLiteral("high")};
    generationsPage()->applyFilter(high);
    REQUIRE(waitFor([&] { return generationsPage()->table()->model()->rowCount() == 0; }));
    zh->trigger();
    CHECK(waitForGenerationsTitle(window, QStringLiteral("生成内容")) ==
          QStringLiteral("生成内容"));
    CHECK(window.workspace() != nullptr);
    // The pages are rebuilt for the new language: look the page up again.
    REQUIRE(generationsPage() != nullptr);
    CHECK(generationsPage()->filterBar()->filter() == high);
    generationsPage()->applyFilter({});
    REQUIRE(waitFor([&] { return generationsPage()->table()->model()->rowCount() == 5; }));
    window.findChild<QAction *>(QStringLiteral("actionLanguage_en"))->trigger();
    CHECK(waitForGenerationsTitle(window, QStringLiteral("Generations")) ==
          QStringLiteral("Generations"));
}

TEST_CASE("switching the language keeps the Deadlines list's filters, day ranges and date")
{
    WindowFixture f;
    f.writeSampleWorkspace(5);
    MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(f.path));
    const auto page = [&window] {
        return window.findChild<DeadlinesPage *>();
    };
    REQUIRE(page() != nullptr);
    auto *providers = page()->findChild<QComboBox *>(QStringLiteral("deadlineProviderFilter"));
    REQUIRE(providers != nullptr);
    REQUIRE(providers->count() > 1); // "all" and the sample's provider
    DeadlineDays days;
    days.dueFrom = QDate(2026, 1, 1);
    days.triggerTo = QDate(2026, 6, 30);
    page()->setAsOf(QDate(2026, 3, 15));
    page()->showFiltered(QStringLiteral("overdue"), providers->itemData(1).toString(), {}, days);
    const DeadlinesPage::View before = page()->currentView();
    REQUIRE(before.stateToken == QStringLiteral("overdue"));
    REQUIRE_FALSE(before.providerId.isEmpty());

    window.findChild<QAction *>(QStringLiteral("actionLanguage_zh_CN"))->trigger();
    REQUIRE(waitForGenerationsTitle(window, QStringLiteral("生成内容")) ==
            QStringLiteral("生成内容"));
    // The page is a new one, showing what the old one showed.
    REQUIRE(page() != nullptr);
    const DeadlinesPage::View after = page()->currentView();
    CHECK(after.stateToken == before.stateToken);
    CHECK(after.providerId == before.providerId);
    CHECK(after.policyId == before.policyId);
    CHECK(after.days == days);
    CHECK(after.asOf == QDate(2026, 3, 15));
    CHECK(page()->model()->filter().asOf == QDate(2026, 3, 15));
    CHECK(page()->model()->filter().days == days);
    CHECK(page()->model()->filter().providerId == before.providerId);
    CHECK(page()->findChild<QWidget *>(QStringLiteral("deadlineDaysBar"))->isVisibleTo(page()));
    window.findChild<QAction *>(QStringLiteral("actionLanguage_en"))->trigger();
}

TEST_CASE("the welcome page shows every line of its wrapped text")
{
    ui::WelcomePage page;
    page.resize(1000, 700);
    page.show();
    QCoreApplication::processEvents();
    QLabel *wrapped = nullptr;
    for (QLabel *label : page.findChildren<QLabel *>())
        if (label->wordWrap())
            wrapped = label;
    REQUIRE(wrapped != nullptr);
    // As tall as its text needs at its width: nothing cut off.
    CHECK(wrapped->height() >= wrapped->heightForWidth(wrapped->width()));
    CHECK(wrapped->heightForWidth(wrapped->width()) > wrapped->fontMetrics().height());
}
