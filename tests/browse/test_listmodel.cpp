// The paged list models: item-model contract, rows loaded on demand off the
// UI thread, placeholders, sorting, and stale results dropped.
#include "browse/detailtext.h"
#include "browse/itemdetail.h"
#include "browse/listworker.h"
#include "browse/searchindex.h"
#include "browsefixture.h"
#include "complaints/complaintsmodel.h"
#include "domain/vocabulary.h"
#include "generations/generationsmodel.h"
#include "testsupport.h"
#include "waitfor.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace ab;
using namespace ab::test;
using namespace ab::ui;

namespace {

struct Fixture
{
    TempDir dir;
    std::unique_ptr<Workspace> ws;
    BrowseFixture data;
    explicit Fixture(int count)
    {
        auto w =
            Workspace::create(dir.path(QStringLiteral("m.auditbench")), QStringLiteral("tester"));
        AB_REQUIRE_OK(w);
        ws = std::move(*w);
        data.build(*ws, count);
    }
};

// Every id of the model, asking for each row as a view would and waiting
// for the pages to arrive.
QStringList loadAll(PagedListModel &model)
{
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r) {
        model.index(r, 0).data(Qt::DisplayRole); // asks for the page
        REQUIRE(
            waitFor([&] { return model.index(r, 0).data(PagedListModel::LoadedRole).toBool(); }));
        ids.push_back(model.index(r, 0).data(PagedListModel::ItemIdRole).toString());
    }
    return ids;
}

} // namespace

TEST_CASE("the generations model passes QAbstractItemModelTester while it pages")
{
    Fixture f(700);
    GenerationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(f.ws.get());
    REQUIRE(waitFor([&] { return !model.busy(); }));
    CHECK(model.rowCount() == 700);
    CHECK(model.countComplete());
    // Only the first page has been read; a row further down is a placeholder
    // until the view asks for it.
    CHECK(model.index(0, GenerationsModel::Id).data(PagedListModel::LoadedRole).toBool());
    const QModelIndex far = model.index(650, GenerationsModel::FlaggedAt);
    CHECK_FALSE(far.data(PagedListModel::LoadedRole).toBool());
    CHECK(far.data(Qt::DisplayRole).toString() == GenerationsModel::tr("loading…"));
    REQUIRE(waitFor([&] { return far.data(PagedListModel::LoadedRole).toBool(); }));
    CHECK(loadAll(model) == f.data.idsWhere([](const auto &) { return true; }));
    CHECK(model.loadedSegments() <= PagedListModel::kMaxSegments);
    model.setWorkspace(nullptr);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("sorting and filtering re-read the list, and only the last query's rows arrive")
{
    Fixture f(300);
    GenerationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(f.ws.get());
    model.sort(GenerationsModel::Severity, Qt::DescendingOrder);
    REQUIRE(waitFor([&] { return !model.busy(); }));
    CHECK(model.index(0, GenerationsModel::Severity).data(PagedListModel::RawValueRole) ==
          QStringLiteral("critical"));
    // Rows not read yet say so in their first column.
    CHECK(model.index(299, 0).data(Qt::DisplayRole).toString() == GenerationsModel::tr("loading…"));
    CHECK(model.index(299, GenerationsModel::Severity).data(Qt::DisplayRole).toString().isEmpty());
    model.sort(GenerationsModel::Prompt, Qt::AscendingOrder); // not offered: ignored
    CHECK(model.sortOrder() == BrowseSort{SortKey::Severity, true});

    // Three queries in a row: the first two are superseded before they finish.
    BrowseFilter a;
    a.severities = {QStringLiteral("low")};
    BrowseFilter b;
    b.providers = {QStringLiteral("P1")};
    BrowseFilter c;
    c.providers = {QStringLiteral("P2")};
    c.search = QStringLiteral("暴力");
    model.setQuery(a, {});
    model.setQuery(b, {});
    model.setQuery(c, {});
    REQUIRE(waitFor([&] { return !model.busy(); }));
    CHECK(loadAll(model) == f.data.idsWhere([](const FixtureGeneration &g) {
        return g.model == QLatin1String("M2") && (g.prompt.contains(QStringLiteral("暴力")) ||
                                                  g.output.contains(QStringLiteral("暴力")));
    }));
}

TEST_CASE("a search shows its first rows first and counts exactly the rows it pages")
{
    Fixture f(700);
    AB_REQUIRE_OK(SearchIndex::buildAll(f.ws->db(), ListKind::Generations));
    GenerationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(f.ws.get());
    REQUIRE(waitFor([&] { return !model.busy(); }));
    int shownFirst = -1;
    QObject::connect(&model, &PagedListModel::firstPageLoaded,
                     [&] { shownFirst = model.rowCount(); });
    // Found on the text first (虚假新闻, about, fraud), through the index
    // hits (refused: too few among the newest rows for the text), on the
    // text only (暴力, 关于: too short for the index); and a word no row holds.
    for (const QString &word :
         {QStringLiteral("虚假新闻"), QStringLiteral("about"), QStringLiteral("fraud"),
          QStringLiteral("refused"), QStringLiteral("暴力"), QStringLiteral("关于"),
          QStringLiteral("不存在的词")}) {
        INFO(word.toStdString());
        const QStringList expected = f.data.idsWhere([&](const FixtureGeneration &g) {
            return g.prompt.contains(word, Qt::CaseInsensitive) ||
                   g.output.contains(word, Qt::CaseInsensitive);
        });
        BrowseFilter filter;
        filter.search = word;
        shownFirst = -1;
        model.setFilter(filter);
        REQUIRE(waitFor([&] { return !model.busy(); }));
        // The top rows of a long list come first, then their whole page.
        CHECK(shownFirst == std::min<int>(int(expected.size()), ListWorker::kFirstRows));
        CHECK(model.count() == expected.size());
        CHECK(model.rowCount() == expected.size());
        const QStringList ids = loadAll(model);
        CHECK(ids == expected);
        CHECK(QSet<QString>(ids.cbegin(), ids.cend()).size() == ids.size());
    }
}

TEST_CASE("the complaints model passes QAbstractItemModelTester and filters by channel")
{
    Fixture f(300);
    ComplaintsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(f.ws.get());
    REQUIRE(waitFor([&] { return !model.busy(); }));
    CHECK(model.rowCount() == 60);
    BrowseFilter phone;
    phone.channels = {QStringLiteral("phone")};
    model.setFilter(phone);
    REQUIRE(waitFor([&] { return !model.busy(); }));
    CHECK(loadAll(model) == f.data.complaintIdsWhere(
                                [](const auto &k) { return k.channel == QLatin1String("phone"); }));
    CHECK(model.index(0, ComplaintsModel::Channel).data().toString() ==
          Vocab::label(Vocabulary::ComplaintChannel, QStringLiteral("phone")));
}

namespace {

QString deadlineCell(PagedListModel &model, const QString &id, int column)
{
    const QStringList ids = loadAll(model);
    const int row = int(ids.indexOf(id));
    REQUIRE(row >= 0);
    return model.index(row, column).data().toString();
}

void execSql(Workspace &ws, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(ws.db().sql());
    REQUIRE(q.prepare(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
}

} // namespace

TEST_CASE("the lists show each item's due date, marked when counted without a holiday calendar")
{
    Fixture f(60);
    QVector<FixtureGeneration> withDue;
    QString withoutDue;
    for (const FixtureGeneration &g : std::as_const(f.data.generations)) {
        if (!g.due.isEmpty())
            withDue.push_back(g);
        else
            withoutDue = g.id;
    }
    REQUIRE(withDue.size() >= 2);
    REQUIRE_FALSE(withoutDue.isEmpty());
    const FixtureGeneration &marked = withDue.first();
    const FixtureGeneration &plain = withDue.last();
    execSql(*f.ws, QStringLiteral("UPDATE deadlines SET calendar_complete = 0 WHERE item_id = ?"),
            {marked.id});

    GenerationsModel generations;
    generations.setWorkspace(f.ws.get());
    REQUIRE(waitFor([&] { return !generations.busy(); }));
    // The date, then the status after a separator; the status depends on
    // today and is not checked here.
    CHECK(deadlineCell(generations, marked.id, GenerationsModel::Deadline)
              .startsWith(marked.due + QStringLiteral("* · ")));
    CHECK(deadlineCell(generations, plain.id, GenerationsModel::Deadline)
              .startsWith(plain.due + QStringLiteral(" · ")));
    CHECK(deadlineCell(generations, withoutDue, GenerationsModel::Deadline).isEmpty());

    REQUIRE_FALSE(f.data.complaints.isEmpty());
    const FixtureComplaint &complaint = f.data.complaints.first();
    execSql(*f.ws,
            QStringLiteral("INSERT INTO deadlines (item_kind, item_id, trigger_at, trigger_date, "
                           "policy_id, period, nominal_due, original_due, due, calendar_complete) "
                           "VALUES ('complaint', ?, ?, '2026-03-01', 'cac-2023-draft', 'P3M', "
                           "'2027-06-01', '2027-06-01', '2027-06-01', 0)"),
            {complaint.id, complaint.receivedAt});
    ComplaintsModel complaints;
    complaints.setWorkspace(f.ws.get());
    REQUIRE(waitFor([&] { return !complaints.busy(); }));
    CHECK(deadlineCell(complaints, complaint.id, ComplaintsModel::Deadline)
              .startsWith(QStringLiteral("2027-06-01* · ")));
}

TEST_CASE("a detail pane names the policy and marks a date counted without a calendar")
{
    DeadlineSummary d;
    d.due = QStringLiteral("2027-03-01");
    CHECK(dueText(d) == QStringLiteral("2027-03-01"));
    d.calendarComplete = false;
    CHECK(dueText(d).startsWith(QStringLiteral("2027-03-01*")));
    // The name comes from the policy file, the id stays visible.
    const QString text = policyText(QStringLiteral("cac-2023-draft"));
    CHECK(text.contains(QStringLiteral("three months")));
    CHECK(text.contains(QStringLiteral("cac-2023-draft")));
    CHECK(policyText(QStringLiteral("no-such-policy")) == QStringLiteral("no-such-policy"));
}

TEST_CASE("a walk slice queued for an older query leaves the newer query's walk running")
{
    Fixture f(700);
    auto latest = std::make_shared<std::atomic<quint64>>(1);
    auto hot = std::make_shared<std::atomic<int>>(0);
    ListWorker worker(ListKind::Generations, f.ws->path(), latest, hot);
    qint64 counted = -1;
    bool done = false;
    QObject::connect(&worker, &ListWorker::counted,
                     [&](quint64 epoch, qint64 count, const QVector<ListAnchor> &, bool last) {
                         if (epoch == 2) {
                             counted = count;
                             done = last;
                         }
                     });
    const BrowseContext context = BrowseContext::forWorkspace(f.ws->settings());
    // The first query's page queues its walk's first slice; before that
    // slice runs, a second query (as a search typed at once) starts its own.
    worker.setQuery(1, {}, {}, context, 100);
    worker.fetchPage(1, 0, {}, 0, 256);
    latest->store(2);
    BrowseFilter narrower;
    narrower.severities = {QStringLiteral("high")};
    worker.setQuery(2, narrower, {}, context, 100);
    worker.fetchPage(2, 0, {}, 0, 256);
    REQUIRE(waitFor([&] { return done; }));
    const QStringList high = f.data.idsWhere(
        [](const FixtureGeneration &g) { return g.severity == QLatin1String("high"); });
    REQUIRE(!high.isEmpty());
    CHECK(counted == high.size());
}
