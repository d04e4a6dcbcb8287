// The Deadlines section inside the main window: found by its object names,
// filtered by status, and holding as many rows as an independent SQL count.
#include "deadlines/deadlinesmodel.h"
#include "deadlines/deadlinespage.h"
#include "deadlinesuifixture.h"
#include "i18n/translations.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/sections.h"
#include "waitfor.h"

#include <QApplication>
#include <QComboBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTextBrowser>

using namespace ab;
using namespace ab::test;
using namespace ab::ui;

namespace {

bool fetchAll(DeadlinesModel &model)
{
    return waitFor([&] {
        if (model.isLoading())
            return false;
        if (model.canFetchMore({})) {
            model.fetchMore({});
            return false;
        }
        return true;
    });
}

// Open overdue items, counted straight from the table.
qint64 sqlOverdue(const QString &path)
{
    auto ws = Workspace::open(path, QStringLiteral("tester"));
    AB_REQUIRE_OK(ws);
    QSqlQuery q((*ws)->db().sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM deadlines WHERE verification = 'none' "
                             "AND remediated_at IS NULL AND due < ?"));
    q.addBindValue(DemoWorkspace::kToday.toString(Qt::ISODate));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("the deadlines section filters by status and shows the selected item's timeline")
{
    DemoWorkspace demo;
    const qint64 expectedOverdue = sqlOverdue(demo.path);
    REQUIRE(expectedOverdue > 0);
    demo.ws.reset(); // the window opens the file itself

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.openWorkspace(demo.path));
    window.showSection(Section::Deadlines);
    auto *page = window.findChild<DeadlinesPage *>(QStringLiteral("deadlinesPage"));
    REQUIRE(page != nullptr);
    page->setAsOf(DemoWorkspace::kToday);
    auto *view = page->findChild<QTableView *>(QStringLiteral("deadlinesView"));
    auto *status = page->findChild<QComboBox *>(QStringLiteral("deadlineStatusFilter"));
    REQUIRE(view != nullptr);
    REQUIRE(status != nullptr);
    auto *model = qobject_cast<DeadlinesModel *>(view->model());
    REQUIRE(model != nullptr);

    const int overdue = status->findData(QStringLiteral("overdue"));
    REQUIRE(overdue > 0);
    status->setCurrentIndex(overdue);
    REQUIRE(fetchAll(*model));
    CHECK(model->rowCount() == expectedOverdue);

    // Selecting a row shows its timeline, which starts with the trigger.
    view->selectRow(0);
    CHECK(page->currentDeadline() == model->index(0, 0).data(DeadlinesModel::DeadlineIdRole));
    auto *timeline = page->findChild<QTextBrowser *>(QStringLiteral("deadlineTimeline"));
    REQUIRE(timeline != nullptr);
    CHECK(timeline->toPlainText().contains(model->row(0)->due.toString(Qt::ISODate)));
}

// Renders the section for a look by eye: run with the tag and
// AB_SCREENSHOT_DIR set; ctest skips it.
TEST_CASE("render the deadlines section", "[.screenshot]")
{
    const QString dir = qEnvironmentVariable("AB_SCREENSHOT_DIR");
    REQUIRE(!dir.isEmpty());
    DemoWorkspace demo;
    demo.ws.reset();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        i18n::install(language);
        QLocale::setDefault(QLocale(language));
        QFont font = QApplication::font();
        font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK SC")});
        QApplication::setFont(font);
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        REQUIRE(window.openWorkspace(demo.path));
        window.showSection(Section::Deadlines);
        auto *page = window.findChild<DeadlinesPage *>(QStringLiteral("deadlinesPage"));
        page->setAsOf(DemoWorkspace::kToday);
        auto *view = page->findChild<QTableView *>(QStringLiteral("deadlinesView"));
        REQUIRE(waitFor([&] { return view->model()->rowCount() > 0; }));
        waitFor([] { return false; }, 500); // counts and column widths settle
        view->selectRow(2);
        waitFor([] { return false; }, 200);
        CHECK(window.grab().save(dir + QStringLiteral("/deadlines-%1.png").arg(language)));
    }
}
