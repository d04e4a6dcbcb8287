// The Generations model obeys the item-model contract while it pages.
#include "generations/generationsmodel.h"
#include "sampledata.h"
#include "testsupport.h"

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
    int pages = 0;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ++pages;
    }
    CHECK(pages == 3); // 200 + 200 + 30
    CHECK(model.rowCount() == 430);
    // Keyset paging neither repeats nor skips a row.
    QSet<QString> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.index(r, GenerationsModel::Id).data().toString());
    CHECK(ids.size() == 430);
    model.setWorkspace(nullptr);
    CHECK(model.rowCount() == 0);
}
