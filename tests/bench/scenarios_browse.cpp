// The Generations list at 1,000,000 rows as the workbench drives it: the
// paged model, its worker thread, search and filters. Timings go from the
// request to the rows being in the model.
#include "benchdemo.h"
#include "browse/searchindex.h"
#include "generations/generationsmodel.h"
#include "scenario.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <algorithm>
#include <cstdio>

using namespace ab;
using namespace ab::bench;
using namespace ab::ui;

namespace {

const QString kActor = QStringLiteral("bench");

bool waitFor(const std::function<bool()> &done, int ms = 600000)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!done())
            QThread::usleep(200);
    }
    return true;
}

Error timeout(const QString &what)
{
    return Error{QStringLiteral("timed out waiting for ") + what, {}, 0, {}};
}

// The same workspace with its search indexes complete (built untimed; a
// server's are complete always).
Result<QString> indexed(const BenchContext &context)
{
    auto path = millionWorkspaceLocation(context);
    if (!path || !context.server.isEmpty())
        return path;
    auto ws = Workspace::open(*path, kActor);
    if (!ws)
        return ws.error();
    for (ListKind list : {ListKind::Generations, ListKind::Complaints}) {
        if (Status s = SearchIndex::buildAll((*ws)->db(), list); !s)
            return s.error();
    }
    return path;
}

struct Opened
{
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<GenerationsModel> model;
};

Result<Opened> openModel(const QString &path)
{
    Opened o;
    auto ws = Workspace::open(path, kActor);
    if (!ws)
        return ws.error();
    o.ws = std::move(*ws);
    o.model = std::make_unique<GenerationsModel>();
    o.model->setWorkspace(o.ws.get());
    return o;
}

bool rowLoaded(GenerationsModel &model, int row)
{
    return model.index(row, 0).data(PagedListModel::LoadedRole).toBool();
}

// Asks for `row` as a view painting it would and waits for its page.
bool loadRow(GenerationsModel &model, int row)
{
    model.index(row, 0).data(Qt::DisplayRole);
    return waitFor([&] { return rowLoaded(model, row); });
}

void report(const char *what, QVector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(q * ms.size())));
    };
    std::fprintf(stderr, "%s: n=%lld p50=%.1f ms p95=%.1f ms max=%.1f ms\n", what,
                 qint64(ms.size()), at(0.5), at(0.95), ms.back());
}

} // namespace

AB_BENCH_SCENARIO(browseFirstPage, "browse-first-page-1m",
                  "open a 1M workspace and show the Generations list's first page (model + worker)")
{
    auto path = millionWorkspaceLocation(context);
    if (!path)
        return path.error();
    Stopwatch watch;
    auto o = openModel(*path);
    if (!o)
        return o.error();
    GenerationsModel &model = *o->model;
    if (!waitFor([&] { return model.rowCount() > 0 && rowLoaded(model, 0); }))
        return timeout(QStringLiteral("the first page"));
    return BenchResult{model.rowCount(), watch.seconds()};
}

AB_BENCH_SCENARIO(browseCount, "browse-count-1m",
                  "count and anchor all 1M rows in the background (\"≥ N\" until done)")
{
    auto path = millionWorkspaceLocation(context);
    if (!path)
        return path.error();
    auto o = openModel(*path);
    if (!o)
        return o.error();
    Stopwatch watch;
    if (!waitFor([&] { return o->model->countComplete(); }))
        return timeout(QStringLiteral("the count"));
    return BenchResult{o->model->count(), watch.seconds()};
}

AB_BENCH_SCENARIO(browseJump, "browse-jump-1m",
                  "jump to the last row, then to 40 random rows: seconds for all 41 pages")
{
    auto path = millionWorkspaceLocation(context);
    if (!path)
        return path.error();
    auto o = openModel(*path);
    if (!o)
        return o.error();
    GenerationsModel &model = *o->model;
    if (!waitFor([&] { return model.countComplete(); }))
        return timeout(QStringLiteral("the count"));
    QVector<double> ms;
    QRandomGenerator rng(42);
    QVector<int> rows{model.rowCount() - 1};
    for (int i = 0; i < 40; ++i)
        rows.push_back(int(rng.bounded(model.rowCount())));
    Stopwatch total;
    for (int row : rows) {
        Stopwatch one;
        if (!loadRow(model, row))
            return timeout(QStringLiteral("a page"));
        ms.push_back(one.seconds() * 1000);
    }
    std::fprintf(stderr, "last row page: %.1f ms\n", ms.first());
    report("page after a jump", ms);
    return BenchResult{qint64(rows.size()), total.seconds()};
}

AB_BENCH_SCENARIO(browseScrollAll, "browse-scroll-all-1m",
                  "page through every one of the 1M rows, in order (peak RSS is the point)")
{
    auto path = millionWorkspaceLocation(context);
    if (!path)
        return path.error();
    auto o = openModel(*path);
    if (!o)
        return o.error();
    GenerationsModel &model = *o->model;
    if (!waitFor([&] { return model.countComplete(); }))
        return timeout(QStringLiteral("the count"));
    Stopwatch watch;
    QVector<double> ms;
    for (int row = 0; row < model.rowCount(); row += PagedListModel::kPageSize) {
        Stopwatch one;
        if (!loadRow(model, row))
            return timeout(QStringLiteral("a page"));
        ms.push_back(one.seconds() * 1000);
    }
    report("sequential page", ms);
    std::fprintf(stderr, "segments held at the end: %d\n", model.loadedSegments());
    return BenchResult{model.rowCount(), watch.seconds()};
}

AB_BENCH_SCENARIO(browseFilter, "browse-filter-1m",
                  "10 filter changes, each to its first page: seconds = the slowest")
{
    auto path = millionWorkspaceLocation(context);
    if (!path)
        return path.error();
    auto o = openModel(*path);
    if (!o)
        return o.error();
    GenerationsModel &model = *o->model;
    if (!waitFor([&] { return rowLoaded(model, 0); }))
        return timeout(QStringLiteral("the first page"));
    QVector<BrowseFilter> filters(10);
    filters[0].severities = {QStringLiteral("critical")};
    filters[1].categories = {QStringLiteral("A.1")};
    filters[2].categories = {QStringLiteral("A.4.f")};
    filters[3].modalities = {QStringLiteral("video")};
    filters[4].flagSources = {QStringLiteral("inspection")};
    filters[4].severities = {QStringLiteral("high"), QStringLiteral("critical")};
    filters[5].deadlineStates = {QStringLiteral("overdue")};
    filters[6].caseScope = CaseScope::InAnyCase;
    filters[7].from = QDate(2026, 5, 1);
    filters[7].to = QDate(2026, 5, 7);
    filters[8].categories = {QStringLiteral("A.2.b")};
    filters[8].modalities = {QStringLiteral("image")};
    filters[9].providers = {QStringLiteral("prov-xinghe")};
    filters[9].deadlineStates = {QStringLiteral("due_soon"), QStringLiteral("overdue")};
    QVector<double> ms;
    for (const BrowseFilter &f : std::as_const(filters)) {
        Stopwatch one;
        model.setFilter(f);
        if (!waitFor(
                [&] { return !model.busy() || (model.rowCount() > 0 && rowLoaded(model, 0)); }))
            return timeout(QStringLiteral("a filtered page"));
        ms.push_back(one.seconds() * 1000);
        std::fprintf(stderr, "filter %lld: %.1f ms, %d rows so far\n", qint64(ms.size()), ms.back(),
                     model.rowCount());
    }
    report("filter change", ms);
    return BenchResult{qint64(ms.size()), *std::max_element(ms.begin(), ms.end()) / 1000};
}

AB_BENCH_SCENARIO(browseSearch, "browse-search-1m",
                  "10 Chinese and 10 English searches to their first page: seconds = p95")
{
    auto path = indexed(context);
    if (!path)
        return path.error();
    auto o = openModel(*path);
    if (!o)
        return o.error();
    GenerationsModel &model = *o->model;
    // A search that fails says why, rather than leaving the waits below to
    // time out.
    QString failure;
    QObject::connect(&model, &PagedListModel::loadFailed,
                     [&failure](const QString &message) { failure = message; });
    const auto failed = [&failure] {
        return Error{QStringLiteral("the search failed: ") + failure, {}, 0, {}};
    };
    if (!waitFor([&] { return rowLoaded(model, 0); }))
        return timeout(QStringLiteral("the first page"));
    const QStringList words = {QStringLiteral("已截断"),       QStringLiteral("推翻"),
                               QStringLiteral("诈骗"),         QStringLiteral("身份证"),
                               QStringLiteral("个人信息"),     QStringLiteral("爆炸装置"),
                               QStringLiteral("歧视"),         QStringLiteral("医"),
                               QStringLiteral("投资理财"),     QStringLiteral("卫星图像"),
                               QStringLiteral("truncated"),    QStringLiteral("overthrow"),
                               QStringLiteral("manifesto"),    QStringLiteral("satellite"),
                               QStringLiteral("phone number"), QStringLiteral("discrimination"),
                               QStringLiteral("recipe"),       QStringLiteral("AI"),
                               QStringLiteral("investment"),   QStringLiteral("Write")};
    QVector<double> ms;
    QVector<double> whole; // until the whole first page (kPageSize rows) is in
    for (const QString &w : words) {
        BrowseFilter f;
        f.search = w;
        Stopwatch one;
        model.setFilter(f);
        if (!waitFor(
                [&] { return !model.busy() || (model.rowCount() > 0 && rowLoaded(model, 0)); }))
            return timeout(QStringLiteral("a search"));
        ms.push_back(one.seconds() * 1000);
        // The top rows come first, then the rest of the first page.
        if (!waitFor([&] {
                const int last = std::min(model.rowCount(), PagedListModel::kPageSize) - 1;
                return (model.rowCount() >= PagedListModel::kPageSize || model.countComplete()) &&
                       (last < 0 || rowLoaded(model, last));
            }))
            return timeout(QStringLiteral("a whole first page"));
        whole.push_back(one.seconds() * 1000);
        if (!waitFor([&] { return model.countComplete() || !failure.isEmpty(); }))
            return timeout(QStringLiteral("a search count"));
        if (!failure.isEmpty())
            return failed();
        std::fprintf(stderr,
                     "search %s: first rows %.1f ms, whole first page %.1f ms, count %.1f ms, "
                     "%lld rows, %lld index hits\n",
                     w.toUtf8().constData(), ms.back(), whole.back(), one.seconds() * 1000,
                     model.count(), model.indexHits());
    }
    report("search, first rows", ms);
    report("search, whole first page", whole);
    QVector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    return BenchResult{qint64(ms.size()), sorted.at(qsizetype(0.95 * sorted.size())) / 1000};
}

AB_BENCH_SCENARIO(
    searchIndexBuild, "search-index-1m",
    "build the trigram search indexes of a fresh 1M workspace (generations + complaints)")
{
    auto source = millionWorkspacePath(context);
    if (!source)
        return source.error();
    // A copy, so the index is built from nothing whatever ran before.
    const QString path = context.file(QStringLiteral("demo-1m-index.auditbench"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    {
        auto ws = Workspace::open(*source, kActor);
        if (!ws)
            return ws.error();
        QSqlQuery q((*ws)->db().sql());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(path);
        if (!q.exec())
            return (*ws)->db().sqlError(QStringLiteral("VACUUM INTO"), q);
    }
    auto ws = Workspace::open(path, kActor);
    if (!ws)
        return ws.error();
    for (ListKind list : {ListKind::Generations, ListKind::Complaints})
        if (Status s = SearchIndex::reset((*ws)->db(), list); !s)
            return s.error();
    const qint64 before = QFileInfo(path).size();
    Stopwatch watch;
    qint64 rows = 0;
    for (ListKind list : {ListKind::Generations, ListKind::Complaints}) {
        if (Status s = SearchIndex::buildAll((*ws)->db(), list); !s)
            return s.error();
        auto state = SearchIndex::state((*ws)->db(), list);
        rows += state ? state->lastRowid : 0;
    }
    const double seconds = watch.seconds();
    QSqlQuery q((*ws)->db().sql());
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    std::fprintf(stderr, "workspace file: %.0f MB before, %.0f MB with the indexes\n",
                 before / 1048576.0, QFileInfo(path).size() / 1048576.0);
    return BenchResult{rows, seconds};
}
