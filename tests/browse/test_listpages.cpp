// The Generations and Complaints sections driven as a user would, offscreen:
// views found by objectName, a filter ticked, Chinese and English searches
// typed, rows and highlights checked, keyboard moves.
#include "browse/choicebutton.h"
#include "browse/pagedlistmodel.h"
#include "browsefixture.h"
#include "common/appsettings.h"
#include "common/messages.h"
#include "complaints/complaintsmodel.h"
#include "generations/generationdetailpane.h"
#include "generations/generationsmodel.h"
#include "generations/generationspage.h"
#include "mainwindow/mainwindow.h"
#include "testsupport.h"
#include "waitfor.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace ab;
using namespace ab::test;
using namespace ab::ui;

namespace {

struct WindowFixture
{
    TempDir dir;
    QString path = dir.path(QStringLiteral("pages.auditbench"));
    BrowseFixture data;
    std::unique_ptr<MainWindow> window;

    WindowFixture()
    {
        AppSettings::useFile(dir.path(QStringLiteral("settings.ini")));
        {
            auto ws = Workspace::create(path, QStringLiteral("tester"));
            AB_REQUIRE_OK(ws);
            data.build(**ws, 400);
        }
        window = std::make_unique<MainWindow>();
        window->resize(1280, 800);
        window->show();
        REQUIRE(window->openWorkspace(path));
    }
    ~WindowFixture()
    {
        window.reset();
        AppSettings::useFile({});
    }
    // Within one section's page: both lists have a "searchField".
    template <typename T>
    T *find(const QString &name, const QString &page = QStringLiteral("generationsPage")) const
    {
        QWidget *p = window->findChild<QWidget *>(page);
        REQUIRE(p != nullptr);
        T *w = name == page ? qobject_cast<T *>(p) : p->findChild<T *>(name);
        INFO(name.toStdString());
        REQUIRE(w != nullptr);
        return w;
    }
};

QStringList idsOf(QTableView *table)
{
    auto *model = static_cast<PagedListModel *>(table->model());
    REQUIRE(waitFor([&] { return !model->busy(); }));
    QStringList ids;
    for (int r = 0; r < model->rowCount(); ++r) {
        model->index(r, 0).data(Qt::DisplayRole);
        REQUIRE(
            waitFor([&] { return model->index(r, 0).data(PagedListModel::LoadedRole).toBool(); }));
        ids.push_back(model->index(r, 0).data(PagedListModel::ItemIdRole).toString());
    }
    return ids;
}

void search(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->setText(text);
    QTest::keyClick(field, Qt::Key_Return);
}

QStringList containing(const BrowseFixture &data, const QString &word)
{
    return data.idsWhere([&](const FixtureGeneration &g) {
        return g.prompt.contains(word, Qt::CaseInsensitive) ||
               g.output.contains(word, Qt::CaseInsensitive);
    });
}

} // namespace

TEST_CASE("the Generations section filters and searches in Chinese and English")
{
    WindowFixture f;
    f.window->showSection(Section::Generations);
    auto *page = f.find<GenerationsPage>(QStringLiteral("generationsPage"));
    auto *table = f.find<QTableView>(QStringLiteral("generationsTable"));
    auto *field = f.find<QLineEdit>(QStringLiteral("searchField"));
    CHECK(idsOf(table) == f.data.idsWhere([](const auto &) { return true; }));

    for (const QString &word : {QStringLiteral("诈骗"), QStringLiteral("个人信息泄露"),
                                QStringLiteral("Election"), QStringLiteral("fake news")}) {
        INFO(word.toStdString());
        search(field, word);
        const QStringList expected = word.contains(QLatin1Char(' '))
                                         ? f.data.idsWhere([](const FixtureGeneration &g) {
                                               return g.prompt.contains(QStringLiteral("fake")) &&
                                                      g.prompt.contains(QStringLiteral("news"));
                                           })
                                         : containing(f.data, word);
        CHECK(idsOf(table) == expected);
        // The first row is selected and its hits are highlighted.
        REQUIRE(waitFor([&] { return page->detailPane()->detail().has_value(); }));
        CHECK(page->detailPane()->highlighted() > 0);
    }

    // Esc in the search field clears it and lists everything again.
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Escape);
    CHECK(field->text().isEmpty());
    CHECK(idsOf(table).size() == 400);

    // Tick "critical" in the severity filter.
    auto *severity = f.find<ChoiceButton>(QStringLiteral("filterSeverity"));
    QListWidget *choices = severity->list();
    for (int i = 0; i < choices->count(); ++i) {
        if (choices->item(i)->data(Qt::UserRole).toString() == QLatin1String("critical"))
            choices->item(i)->setCheckState(Qt::Checked);
    }
    CHECK(idsOf(table) ==
          f.data.idsWhere([](const auto &g) { return g.severity == QLatin1String("critical"); }));
    // …and search within it.
    search(field, QStringLiteral("fraud"));
    CHECK(idsOf(table) == f.data.idsWhere([](const FixtureGeneration &g) {
        return g.severity == QLatin1String("critical") &&
               g.prompt.contains(QStringLiteral("fraud"));
    }));
}

TEST_CASE("the keyboard moves through the list and into the search")
{
    WindowFixture f;
    f.window->showSection(Section::Generations);
    auto *page = f.find<GenerationsPage>(QStringLiteral("generationsPage"));
    auto *table = f.find<QTableView>(QStringLiteral("generationsTable"));
    auto *field = f.find<QLineEdit>(QStringLiteral("searchField"));
    idsOf(table);
    REQUIRE(waitFor([&] { return table->currentIndex().isValid(); }));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_J);
    QTest::keyClick(table, Qt::Key_J);
    QTest::keyClick(table, Qt::Key_K);
    CHECK(table->currentIndex().row() == 1);
    CHECK(page->currentId() == f.data.idsWhere([](const auto &) { return true; }).at(1));
    QTest::keyClick(table, Qt::Key_Slash);
    CHECK(field->hasFocus());
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    CHECK(field->hasFocus());
}

TEST_CASE("a saved view brings back its filter and sort")
{
    WindowFixture f;
    f.window->showSection(Section::Generations);
    auto *table = f.find<QTableView>(QStringLiteral("generationsTable"));
    auto *field = f.find<QLineEdit>(QStringLiteral("searchField"));
    search(field, QStringLiteral("暴力"));
    const QStringList violent = idsOf(table);
    f.find<QLineEdit>(QStringLiteral("viewName"))->setText(QStringLiteral("暴力内容"));
    f.find<QPushButton>(QStringLiteral("saveView"))->click();
    auto *views = f.find<QComboBox>(QStringLiteral("savedViews"));
    REQUIRE(views->count() == 2);
    CHECK(views->itemText(1) == QStringLiteral("暴力内容"));
    views->setCurrentIndex(0);
    emit views->activated(0); // "All items"
    CHECK(idsOf(table).size() == 400);
    views->setCurrentIndex(1);
    emit views->activated(1);
    CHECK(field->text() == QStringLiteral("暴力"));
    CHECK(idsOf(table) == violent);
}

TEST_CASE("the Complaints section filters by channel and searches complaint text")
{
    WindowFixture f;
    f.window->showSection(Section::Complaints);
    auto *complaints =
        f.find<QWidget>(QStringLiteral("complaintsPage"), QStringLiteral("complaintsPage"));
    auto *table = complaints->findChild<QTableView *>(QStringLiteral("complaintsTable"));
    REQUIRE(table != nullptr);
    CHECK(idsOf(table).size() == 60);
    auto *channel = complaints->findChild<ChoiceButton *>(QStringLiteral("filterChannel"));
    REQUIRE(channel != nullptr);
    for (int i = 0; i < channel->list()->count(); ++i) {
        if (channel->list()->item(i)->data(Qt::UserRole).toString() == QLatin1String("email"))
            channel->list()->item(i)->setCheckState(Qt::Checked);
    }
    CHECK(idsOf(table) == f.data.complaintIdsWhere(
                              [](const auto &k) { return k.channel == QLatin1String("email"); }));
    auto *field = complaints->findChild<QLineEdit *>(QStringLiteral("searchField"));
    search(field, QStringLiteral("虚假"));
    CHECK(idsOf(table) == f.data.complaintIdsWhere([](const FixtureComplaint &k) {
        return k.channel == QLatin1String("email") && k.text.contains(QStringLiteral("虚假"));
    }));
}
