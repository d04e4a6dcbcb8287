// The list models on a team workspace: their worker threads open the
// server by its address and read the same rows, counts and searches as on
// the workspace's file; the search indexer has nothing to build there.
#include "browse/searchindex.h"
#include "browse/searchindexer.h"
#include "complaints/complaintsmodel.h"
#include "generations/generationsmodel.h"
#include "serverdemo.h"
#include "testsupport.h"
#include "waitfor.h"

#include <QAbstractItemModelTester>

using namespace ab;
using namespace ab::test;
using namespace ab::ui;

namespace {

// Every row of the model as a view would ask for it, all fields.
QVector<ListRow> loadAll(PagedListModel &model)
{
    QVector<ListRow> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        model.index(r, 0).data(Qt::DisplayRole); // asks for the page
        REQUIRE(
            waitFor([&] { return model.index(r, 0).data(PagedListModel::LoadedRole).toBool(); }));
        rows.push_back(*model.rowAt(r));
    }
    return rows;
}

QVector<ListRow> listed(Workspace &ws, PagedListModel &model, const BrowseFilter &filter,
                        const BrowseSort &sort)
{
    model.setWorkspace(&ws);
    model.setQuery(filter, sort);
    REQUIRE(waitFor([&] { return !model.busy() && model.countComplete(); }));
    return loadAll(model);
}

} // namespace

TEST_CASE("the list models read a team workspace as they read its file")
{
    ServerDemo demo(1500, 5);
    AB_REQUIRE_OK(SearchIndex::buildAll(demo.file->db(), ListKind::Generations));
    AB_REQUIRE_OK(SearchIndex::buildAll(demo.file->db(), ListKind::Complaints));

    BrowseFilter search;
    search.search = QStringLiteral("truncated");
    BrowseFilter chinese;
    chinese.search = QStringLiteral("已截断 的");
    BrowseFilter severe;
    severe.severities = {QStringLiteral("high"), QStringLiteral("critical")};
    for (const auto &[filter, sort] :
         {std::pair{BrowseFilter{}, BrowseSort{}}, std::pair{search, BrowseSort{}},
          std::pair{chinese, BrowseSort{SortKey::Severity, false}},
          std::pair{severe, BrowseSort{SortKey::Model, true}}}) {
        GenerationsModel onFile;
        GenerationsModel onServer;
        QAbstractItemModelTester tester(&onServer,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QVector<ListRow> file = listed(*demo.file, onFile, filter, sort);
        const QVector<ListRow> team = listed(*demo.team, onServer, filter, sort);
        CHECK(file.size() > 0);
        CHECK(onServer.rowCount() == onFile.rowCount());
        CHECK(onServer.indexHits() == onFile.indexHits());
        CHECK(team == file);
    }

    BrowseFilter complaints;
    complaints.search = QStringLiteral("请");
    ComplaintsModel onFile;
    ComplaintsModel onServer;
    const QVector<ListRow> file =
        listed(*demo.file, onFile, complaints, {SortKey::TriageStatus, true});
    CHECK(file.size() > 0);
    CHECK(listed(*demo.team, onServer, complaints, {SortKey::TriageStatus, true}) == file);
}

TEST_CASE("the search indexer finds a team workspace's index complete at once")
{
    ServerDemo demo(100, 2);
    SearchIndexer indexer(ListKind::Generations);
    int reports = 0;
    bool complete = false;
    QObject::connect(&indexer, &SearchIndexer::progress, &indexer, [&](int percent, bool done) {
        ++reports;
        complete = done && percent == 100;
    });
    indexer.start(demo.team->path());
    REQUIRE(waitFor([&] { return complete; }));
    indexer.stop();
    CHECK(reports == 1);
}
