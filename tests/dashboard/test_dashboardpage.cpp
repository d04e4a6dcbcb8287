// The Dashboard section inside the main window: its charts found by object
// name, its figures those of the hand-built workspace, and a click on a slice
// or a bar opening the matching list with the filter applied.
#include "browse/listpage.h"
#include "browse/pagedlistmodel.h"
#include "dashboard/chartfactory.h"
#include "dashboard/dashboardpage.h"
#include "dashboardfixture.h"
#include "deadlines/deadlinesmodel.h"
#include "deadlines/deadlinespage.h"
#include "i18n/translations.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/sections.h"
#include "waitfor.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <QXYSeries>

using namespace ab;
using namespace ab::test;
using namespace ab::ui;

namespace {

const char *const kCharts[] = {"statusChart", "dueWeeksChart",   "overdueAgesChart",
                               "riskChart",   "complaintsChart", "burnDownChart"};

struct Window
{
    DashboardWorkspace fixture;
    MainWindow window;
    DashboardPage *page = nullptr;

    // The fixture's workspace, or another file as of another day.
    explicit Window(const QString &path = {}, const QDate &asOf = DashboardWorkspace::kAsOf)
    {
        fixture.ws.reset(); // the window opens the file itself
        window.resize(1400, 900);
        window.show();
        REQUIRE(window.openWorkspace(path.isEmpty() ? fixture.path : path));
        window.showSection(Section::Dashboard);
        page = window.findChild<DashboardPage *>(QStringLiteral("dashboardPage"));
        REQUIRE(page != nullptr);
        window.findChild<DeadlinesPage *>(QStringLiteral("deadlinesPage"))->setAsOf(asOf);
        page->setAsOf(asOf);
        REQUIRE(waitFor([&] { return !page->isLoading() && page->data().has_value(); }, 60000));
    }

    QChart *chart(const char *name)
    {
        auto *view = page->findChild<QChartView *>(QString::fromLatin1(name));
        REQUIRE(view != nullptr);
        return view->chart();
    }

    template <typename T> T *series(const char *chartName)
    {
        for (QAbstractSeries *s : chart(chartName)->series())
            if (auto *t = qobject_cast<T *>(s))
                return t;
        FAIL("no such series");
        return nullptr;
    }

    DeadlinesPage *deadlines()
    {
        return window.findChild<DeadlinesPage *>(QStringLiteral("deadlinesPage"));
    }

    QString deadlineStatusFilter()
    {
        return deadlines()
            ->findChild<QComboBox *>(QStringLiteral("deadlineStatusFilter"))
            ->currentData()
            .toString();
    }
};

} // namespace

TEST_CASE("the dashboard shows its figures and every chart")
{
    Window w;
    CHECK(w.window.currentSection() == Section::Dashboard);
    auto figure = [&](const char *key) {
        auto *label =
            w.page->findChild<QLabel *>(QStringLiteral("figure_") + QString::fromLatin1(key));
        REQUIRE(label != nullptr);
        return label->text();
    };
    CHECK(figure("open") == QStringLiteral("7"));
    CHECK(figure("overdue") == QStringLiteral("3"));
    CHECK(figure("dueSoon") == QStringLiteral("2"));
    CHECK(figure("remediatedThisMonth") == QStringLiteral("1"));
    CHECK(figure("openCases") == QStringLiteral("2"));
    CHECK(figure("complaintsInTime").startsWith(QStringLiteral("50")));
    for (const char *name : kCharts) {
        INFO(name);
        QChart *chart = w.chart(name);
        REQUIRE(chart != nullptr);
        CHECK(chart->objectName() == QString::fromLatin1(name));
        CHECK(!chart->series().isEmpty());
    }
    // The donut has a slice per status, sized by its count.
    auto *donut = w.series<QPieSeries>("statusChart");
    CHECK(donut->count() == 7);
    CHECK(donut->sum() == 10.0);
}

TEST_CASE("a click on a donut slice opens the deadlines of that status")
{
    Window w;
    QPieSlice *overdue = nullptr;
    for (QPieSlice *slice : w.series<QPieSeries>("statusChart")->slices())
        if (slice->property("state").toString() == QLatin1String("overdue"))
            overdue = slice;
    REQUIRE(overdue != nullptr);
    emit overdue->clicked();
    CHECK(w.window.currentSection() == Section::Deadlines);
    CHECK(w.deadlineStatusFilter() == QStringLiteral("overdue"));
    DeadlinesModel *model = w.deadlines()->model();
    REQUIRE(waitFor([&] { return !model->isLoading() && model->rowCount() == 3; }));
}

TEST_CASE("a mouse click on an overdue-age bar opens the overdue deadlines")
{
    Window w;
    w.deadlines()->showFiltered(QString());
    QChart *chart = w.chart("overdueAgesChart");
    auto *bars = w.series<QAbstractBarSeries>("overdueAgesChart");
    // The middle of the first bar (one item, 1–7 days), in view coordinates.
    auto *view = w.page->findChild<QChartView *>(QStringLiteral("overdueAgesChart"));
    w.window.showSection(Section::Dashboard);
    REQUIRE(waitFor([&] { return view->isVisible(); }));
    const QPointF inChart = chart->mapToPosition(QPointF(0, 0.5), bars);
    const QPoint at = view->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    CHECK(w.window.currentSection() == Section::Deadlines);
    CHECK(w.deadlineStatusFilter() == QStringLiteral("overdue"));
    // Only G1 is 1–7 days overdue (G2 30 days, G3 108 days).
    DeadlinesModel *model = w.deadlines()->model();
    REQUIRE(waitFor([&] { return !model->isLoading() && model->rowCount() == 1; }));
    REQUIRE(model->row(0) != nullptr);
    CHECK(model->row(0)->itemId == QStringLiteral("G1"));
}

TEST_CASE("a click on a week's bar opens the deadlines of that status due that week")
{
    Window w;
    QBarSet *dueSoon = nullptr;
    for (QBarSet *set : w.series<QAbstractBarSeries>("dueWeeksChart")->barSets())
        if (set->objectName() == QLatin1String("due_soon"))
            dueSoon = set;
    REQUIRE(dueSoon != nullptr);
    emit dueSoon->clicked(0); // the week of 15 June
    CHECK(w.window.currentSection() == Section::Deadlines);
    CHECK(w.deadlineStatusFilter() == QStringLiteral("due_soon"));
    // G4 is due on 17 June; G5, also due soon, on 1 July.
    DeadlinesModel *model = w.deadlines()->model();
    REQUIRE(waitFor([&] { return !model->isLoading() && model->rowCount() == 1; }));
    REQUIRE(model->row(0) != nullptr);
    CHECK(model->row(0)->itemId == QStringLiteral("G4"));
    auto *days = w.deadlines()->findChild<QWidget *>(QStringLiteral("deadlineDaysBar"));
    REQUIRE(days != nullptr);
    CHECK(days->isVisible());
    // The bar's button goes back to every day.
    auto *clear = w.deadlines()->findChild<QPushButton *>(QStringLiteral("deadlineDaysClear"));
    REQUIRE(clear != nullptr);
    clear->click();
    REQUIRE(waitFor([&] { return !model->isLoading() && model->rowCount() == 2; }));
    CHECK(!days->isVisible());
}

TEST_CASE("a click on a burn-down point opens the deadlines triggered by its day")
{
    Window w;
    auto *line = w.series<QXYSeries>("burnDownChart");
    const BurnDownPoint &point = w.page->data()->burnDown[DashboardData::kBurnDownWeeks - 1];
    REQUIRE(point.day == QDate(2026, 6, 10));
    emit line->clicked(QPointF(ChartFactory::dayPosition(point.day), double(point.open)));
    CHECK(w.window.currentSection() == Section::Deadlines);
    CHECK(w.deadlineStatusFilter().isEmpty());
    // Every item but G6 (triggered 12 June).
    DeadlinesModel *model = w.deadlines()->model();
    REQUIRE(waitFor([&] { return !model->isLoading() && model->rowCount() == 9; }));
}

TEST_CASE("a click on a risk bar opens the generations of that risk")
{
    Window w;
    auto *bars = w.series<QAbstractBarSeries>("riskChart");
    const QStringList codes = bars->property("codes").toStringList();
    const int a1 = int(codes.indexOf(QStringLiteral("A.1")));
    REQUIRE(a1 >= 0);
    emit bars->barSets().first()->clicked(a1);
    CHECK(w.window.currentSection() == Section::Generations);
    auto *list = w.window.findChild<ListPage *>(QStringLiteral("generationsPage"));
    REQUIRE(list != nullptr);
    CHECK(list->currentView().filter.categories == QStringList{QStringLiteral("A.1")});
    REQUIRE(waitFor([&] { return !list->model()->busy() && list->model()->countComplete(); }));
    CHECK(list->model()->count() == 3); // G1, G2 (A.1.g) and G5 (A.1)

    // Expanded to A.1's risks, the chart has eight bars.
    auto *expand = w.page->findChild<QComboBox *>(QStringLiteral("riskExpand"));
    REQUIRE(expand != nullptr);
    expand->setCurrentIndex(expand->findData(QStringLiteral("A.1")));
    CHECK(w.series<QAbstractBarSeries>("riskChart")->property("codes").toStringList().size() == 8);
}

TEST_CASE("a click on a complaints point opens that week's complaints")
{
    Window w;
    QXYSeries *received = nullptr;
    for (QAbstractSeries *s : w.chart("complaintsChart")->series())
        if (s->objectName() == QLatin1String("received"))
            received = qobject_cast<QXYSeries *>(s);
    REQUIRE(received != nullptr);
    REQUIRE(received->count() == DashboardData::kComplaintWeeks);
    // A click near the last week's point (a few hours off it).
    emit received->clicked(received->at(DashboardData::kComplaintWeeks - 1) + QPointF(3.6e6, 0.1));
    CHECK(w.window.currentSection() == Section::Complaints);
    auto *list = w.window.findChild<ListPage *>(QStringLiteral("complaintsPage"));
    REQUIRE(list != nullptr);
    CHECK(list->currentView().filter.from == QDate(2026, 6, 15));
    CHECK(list->currentView().filter.to == QDate(2026, 6, 21));
    REQUIRE(waitFor([&] { return !list->model()->busy() && list->model()->countComplete(); }));
    CHECK(list->model()->count() == 2); // K1 and K4
}

TEST_CASE("the dashboard and a chart save as PNG and SVG")
{
    Window w;
    TempDir dir;
    const QString png = dir.path(QStringLiteral("dashboard.png"));
    const QString svg = dir.path(QStringLiteral("dashboard.svg"));
    CHECK(w.page->saveImage(png));
    CHECK(w.page->saveImage(svg));
    CHECK(QImage(png).width() > 0);
    CHECK(readFile(svg).contains("<svg"));
    const QString chartSvg = dir.path(QStringLiteral("status.svg"));
    const QString chartPng = dir.path(QStringLiteral("status.png"));
    CHECK(w.page->saveChart(QStringLiteral("statusChart"), chartSvg));
    CHECK(w.page->saveChart(QStringLiteral("statusChart"), chartPng));
    CHECK(readFile(chartSvg).contains("<svg"));
    CHECK(QImage(chartPng).width() >= 640);
    // The chart on screen is untouched by saving.
    CHECK(w.chart("statusChart")->scene() != nullptr);
}

TEST_CASE("a click on the overdue figure opens the overdue deadlines")
{
    Window w;
    w.deadlines()->showFiltered(QString());
    auto *tile = w.page->findChild<QWidget *>(QStringLiteral("tile_overdue"));
    REQUIRE(tile != nullptr);
    QTest::mouseClick(tile, Qt::LeftButton, {}, tile->rect().center());
    CHECK(w.window.currentSection() == Section::Deadlines);
    CHECK(w.deadlineStatusFilter() == QStringLiteral("overdue"));
}

TEST_CASE("the dashboard shows the last request's figures, not an older one's")
{
    Window w;
    // Three requests in a row; only the last (as of 1 March, when G3 alone
    // was overdue and G2 on track) may be shown.
    w.page->setAsOf(QDate(2026, 1, 1));
    w.page->refresh();
    w.page->setAsOf(QDate(2026, 3, 2));
    REQUIRE(waitFor([&] { return !w.page->isLoading(); }));
    waitFor([] { return false; }, 300); // an older answer arriving late would show here
    REQUIRE(w.page->data().has_value());
    CHECK(w.page->data()->filter.asOf == QDate(2026, 3, 2));
    CHECK(w.page->data()->figures.overdue == 1);
}

TEST_CASE("the dashboard charts follow a dark palette")
{
    Window w;
    QPalette dark = w.page->palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    w.page->setPalette(dark);
    for (const char *name : kCharts) {
        INFO(name);
        CHECK(w.chart(name)->backgroundBrush().color() == QColor(0x20, 0x20, 0x20));
        CHECK(w.chart(name)->titleBrush().color() == QColor(0xee, 0xee, 0xee));
    }
}

TEST_CASE("the dashboard comes back to the section with fresh figures")
{
    Window w;
    CHECK(w.page->findChild<QLabel *>(QStringLiteral("figure_open"))->text() ==
          QStringLiteral("7"));
    {
        auto ws = Workspace::open(w.fixture.path, QStringLiteral("tester"));
        AB_REQUIRE_OK(ws);
        QSqlQuery q((*ws)->db().sql());
        REQUIRE(q.exec(QStringLiteral("UPDATE deadlines SET remediated_at = '2026-06-16T02:00:00Z' "
                                      "WHERE item_id = 'G1'")));
    }
    w.window.showSection(Section::Deadlines);
    w.window.showSection(Section::Dashboard);
    REQUIRE(waitFor([&] {
        return !w.page->isLoading() &&
               w.page->findChild<QLabel *>(QStringLiteral("figure_open"))->text() ==
                   QStringLiteral("6");
    }));
    CHECK(w.page->data()->figures.remediatedThisMonth == 2);
}

// Renders the section for a look by eye: run with the tag and
// AB_SCREENSHOT_DIR set; ctest skips it.
TEST_CASE("render the dashboard section", "[.screenshot]")
{
    const QString dir = qEnvironmentVariable("AB_SCREENSHOT_DIR");
    REQUIRE(!dir.isEmpty());
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        i18n::install(language);
        QLocale::setDefault(QLocale(language));
        QFont font = QApplication::font();
        font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK SC")});
        QApplication::setFont(font);
        // AB_SCREENSHOT_WORKSPACE: a demo workspace (made for 2026-06-15) to
        // see the charts with large numbers.
        const QString other = qEnvironmentVariable("AB_SCREENSHOT_WORKSPACE");
        Window w(other, other.isEmpty() ? DashboardWorkspace::kAsOf : QDate(2026, 6, 15));
        waitFor([] { return false; }, 300);
        CHECK(w.window.grab().save(dir + QStringLiteral("/dashboard-%1.png").arg(language)));
        auto *content = w.page->findChild<QWidget *>(QStringLiteral("dashboardContent"));
        CHECK(content->grab().save(dir + QStringLiteral("/dashboard-full-%1.png").arg(language)));
    }
}

TEST_CASE("a click on the resolved line opens the complaints answered that week")
{
    Window w;
    QXYSeries *resolved = nullptr;
    for (QAbstractSeries *s : w.chart("complaintsChart")->series())
        if (s->objectName() == QLatin1String("resolved"))
            resolved = qobject_cast<QXYSeries *>(s);
    REQUIRE(resolved != nullptr);
    emit resolved->clicked(resolved->at(DashboardData::kComplaintWeeks - 1));
    CHECK(w.window.currentSection() == Section::Complaints);
    auto *list = w.window.findChild<ListPage *>(QStringLiteral("complaintsPage"));
    REQUIRE(list != nullptr);
    CHECK(list->currentView().filter.answeredFrom == QDate(2026, 6, 15));
    CHECK(list->currentView().filter.answeredTo == QDate(2026, 6, 21));
    REQUIRE(waitFor([&] { return !list->model()->busy() && list->model()->countComplete(); }));
    // K1, answered on 17 June local; K3 and K5 were answered long before.
    CHECK(list->model()->count() == 1);
    auto *answered = list->findChild<QToolButton *>(QStringLiteral("filterAnswered"));
    REQUIRE(answered != nullptr);
    CHECK(answered->isVisible());
}

TEST_CASE("a risk bar of a dashboard filtered by policy opens that policy's generations")
{
    Window w;
    auto *policy = w.page->findChild<QComboBox *>(QStringLiteral("dashboardPolicyFilter"));
    REQUIRE(policy != nullptr);
    // G5 is the only item under the Interim Measures profile (as a variant).
    const int interim = policy->findData(QStringLiteral("cac-2023-interim"));
    REQUIRE(interim > 0);
    policy->setCurrentIndex(interim);
    REQUIRE(waitFor([&] {
        return !w.page->isLoading() && w.page->data() &&
               w.page->data()->filter.policyId == QLatin1String("cac-2023-interim");
    }));
    auto *bars = w.series<QAbstractBarSeries>("riskChart");
    const int a1 = int(bars->property("codes").toStringList().indexOf(QStringLiteral("A.1")));
    REQUIRE(a1 >= 0);
    emit bars->barSets().first()->clicked(a1);
    auto *list = w.window.findChild<ListPage *>(QStringLiteral("generationsPage"));
    REQUIRE(list != nullptr);
    CHECK(list->currentView().filter.policies == QStringList{QStringLiteral("cac-2023-interim")});
    REQUIRE(waitFor([&] { return !list->model()->busy() && list->model()->countComplete(); }));
    CHECK(list->model()->count() == 1);
}
