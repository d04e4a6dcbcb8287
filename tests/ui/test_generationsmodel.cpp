// The Generations model obeys the item-model contract while it pages.
#include "generations/generationsmodel.h"
#include "sampledata.h"
#include "testsupport.h"
#include "waitfor.h"

#include <QAbstractItemModelTester>

using namespace ab;
using namespace ab::test;
using namespace ab::ui;

TEST_CASE("the generations model passes QAbstractItemModelTester while paging")
{
    TempDir dir;
    auto ws = Workspace::create(dir.path(QStringLiteral("m.auditbench")), QStringLiteral("t"));
    AB_REQUIRE_OK(ws);
    addSampleGenerations(**ws, 430);
    GenerationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(ws->get());
    // Pages arrive from a worker thread; the count grows to the whole list.
    REQUIRE(waitFor([&] { return !model.busy(); }));
    CHECK(model.rowCount() == 430);
    // Keyset paging neither repeats nor skips a row.
    QSet<QString> ids;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex index = model.index(r, GenerationsModel::Id);
        index.data(); // asks for the page, as a view painting the row would
        REQUIRE(waitFor([&] { return index.data(PagedListModel::LoadedRole).toBool(); }));
        ids.insert(index.data().toString());
    }
    CHECK(ids.size() == 430);
    model.setWorkspace(nullptr);
    CHECK(model.rowCount() == 0);
}
