// Search over prompts, outputs and complaint text, Chinese and English, of
// one to many characters, whether or not the trigram index is built.
#include "browse/searchindex.h"
#include "browsefixture.h"
#include "testsupport.h"

#include <QSet>
#include <QSqlQuery>

using namespace ab;
using namespace ab::test;

namespace {

struct Fixture
{
    TempDir dir;
    std::unique_ptr<Workspace> ws;
    BrowseFixture data;
    Fixture()
    {
        auto w =
            Workspace::create(dir.path(QStringLiteral("s.auditbench")), QStringLiteral("tester"));
        AB_REQUIRE_OK(w);
        ws = std::move(*w);
        data.build(*ws, 240);
    }
    QStringList search(const QString &words, ListKind list = ListKind::Generations)
    {
        BrowseFilter f;
        f.search = words;
        BrowseQuery q(list, f, {}, data.context);
        return allIds(ws->db(), q);
    }
    // What the search must find: every word in the prompt or the output,
    // ASCII letters compared without case.
    QStringList expected(const QString &words) const
    {
        const QStringList w = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return data.idsWhere([&](const FixtureGeneration &g) {
            for (const QString &word : w) {
                if (!g.prompt.contains(word, Qt::CaseInsensitive) &&
                    !g.output.contains(word, Qt::CaseInsensitive))
                    return false;
            }
            return true;
        });
    }
};

const QStringList kWords = {
    QStringLiteral("骗"),           QStringLiteral("暴力"),       QStringLiteral("个人信息"),
    QStringLiteral("虚假新闻"),     QStringLiteral("拒绝"),       QStringLiteral("fraud"),
    QStringLiteral("FRAUD"),        QStringLiteral("leak"),       QStringLiteral("ews"),
    QStringLiteral("election"),     QStringLiteral("ab"),         QStringLiteral("暴力 fraud"),
    QStringLiteral("诈骗 medical"), QStringLiteral("不存在的词"), QStringLiteral("问题 12"),
};

} // namespace

TEST_CASE("search words split by length between the index and the text")
{
    const SearchTerms t = SearchTerms::parse(QStringLiteral(" 暴力  fraud 个人信息 ab 暴力 "));
    CHECK(t.indexed == QStringList{QStringLiteral("fraud"), QStringLiteral("个人信息")});
    CHECK(t.scanned == QStringList{QStringLiteral("暴力"), QStringLiteral("ab")});
    CHECK(t.matchExpression() == QStringLiteral("\"fraud\" AND \"个人信息\""));
    CHECK(SearchTerms::parse(QStringLiteral("say \"hi\"")).matchExpression() ==
          QStringLiteral("\"say\" AND \"\"\"hi\"\"\""));
}

TEST_CASE("search finds the same rows before, while and after the index is built")
{
    Fixture f;
    auto state = SearchIndex::state(f.ws->db(), ListKind::Generations);
    AB_REQUIRE_OK(state);
    CHECK(state->indexedTo == -1);
    for (const QString &w : kWords) {
        INFO(w.toStdString());
        CHECK(f.search(w) == f.expected(w));
    }
    // Part-way: rows up to the mark come from the index, the rest from text.
    auto part = SearchIndex::buildChunk(f.ws->db(), ListKind::Generations, 100);
    AB_REQUIRE_OK(part);
    CHECK(part->indexedTo == 100);
    CHECK_FALSE(part->complete());
    CHECK(part->percent() == 41);
    for (const QString &w : kWords) {
        INFO(w.toStdString());
        CHECK(f.search(w) == f.expected(w));
    }
    AB_REQUIRE_OK(SearchIndex::buildAll(f.ws->db(), ListKind::Generations));
    auto done = SearchIndex::state(f.ws->db(), ListKind::Generations);
    AB_REQUIRE_OK(done);
    CHECK(done->complete());
    for (const QString &w : kWords) {
        INFO(w.toStdString());
        CHECK(f.search(w) == f.expected(w));
    }
    CHECK(f.search(QStringLiteral("fraud")).size() == 34); // i % 7 == 0 up to 240
}

TEST_CASE("a complete index follows inserts, edits and deletes")
{
    Fixture f;
    AB_REQUIRE_OK(SearchIndex::buildAll(f.ws->db(), ListKind::Generations));
    QSqlQuery q(f.ws->db().sql());
    REQUIRE(q.exec(
        QStringLiteral("UPDATE generations SET output = '独角兽 unicorn' WHERE id = 'G00010'")));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM generations WHERE id = 'G00021'")));
    CHECK(f.search(QStringLiteral("独角兽")) == QStringList{QStringLiteral("G00010")});
    CHECK(f.search(QStringLiteral("unicorn")) == QStringList{QStringLiteral("G00010")});
    CHECK_FALSE(f.search(QStringLiteral("问题 21：")).contains(QStringLiteral("G00021")));
    CHECK(f.search(QStringLiteral("问题 21：")).size() == 2); // 121 and 221 remain
    // The old output of G00010 is gone from the index.
    CHECK_FALSE(f.search(QStringLiteral("回答：这是关于")).contains(QStringLiteral("G00010")));
}

TEST_CASE("complaint text is searched in Chinese and English")
{
    Fixture f;
    AB_REQUIRE_OK(SearchIndex::buildChunk(f.ws->db(), ListKind::Complaints, 20));
    const QStringList fraud = f.data.complaintIdsWhere(
        [](const FixtureComplaint &c) { return c.text.contains(QStringLiteral("诈骗短信")); });
    CHECK(fraud.size() == 9);
    CHECK(f.search(QStringLiteral("诈骗短信"), ListKind::Complaints) == fraud);
    CHECK(f.search(QStringLiteral("骗"), ListKind::Complaints) == fraud);
    CHECK(f.search(QStringLiteral("PLEASE"), ListKind::Complaints).size() == 48);
}

TEST_CASE("a search combines with the other filters")
{
    Fixture f;
    AB_REQUIRE_OK(SearchIndex::buildAll(f.ws->db(), ListKind::Generations));
    BrowseFilter filter;
    filter.search = QStringLiteral("虚假新闻");
    filter.severities = {QStringLiteral("critical")};
    BrowseQuery q(ListKind::Generations, filter, {SortKey::Severity, true}, f.data.context);
    const QStringList got = allIds(f.ws->db(), q);
    const QStringList expected = f.data.idsWhere([](const FixtureGeneration &g) {
        return g.severity == QLatin1String("critical") &&
               (g.prompt.contains(QStringLiteral("虚假新闻")) ||
                g.output.contains(QStringLiteral("虚假新闻")));
    });
    CHECK_FALSE(expected.isEmpty());
    CHECK(got == expected); // one severity: the severity order is the time order
}

TEST_CASE("a search pages the same rows read from its hits as through the list's order")
{
    // Few hits are read from the hits, many through the order's index; which
    // one depends on the rows a page reaches, so page sizes from 1 to the
    // whole list take both ways for the same words.
    CHECK(BrowseQuery::drivesFromHits(4000, 1'000'000, 256));
    CHECK_FALSE(BrowseQuery::drivesFromHits(4001, 1'000'000, 256));
    CHECK(BrowseQuery::drivesFromHits(2000, 1'000'000, 64));
    CHECK_FALSE(BrowseQuery::drivesFromHits(2001, 1'000'000, 64));
    Fixture f;
    AB_REQUIRE_OK(SearchIndex::buildAll(f.ws->db(), ListKind::Generations));
    for (const QString &w : kWords) {
        const QStringList expected = f.expected(w);
        for (const int pageSize : {1, 37, 240}) {
            INFO(w.toStdString() << " in pages of " << pageSize);
            BrowseFilter filter;
            filter.search = w;
            BrowseQuery q(ListKind::Generations, filter, {}, f.data.context);
            // allIds also requires the walk's count to equal the rows paged.
            const QStringList got = allIds(f.ws->db(), q, pageSize);
            CHECK(got == expected);
            CHECK(QSet<QString>(got.cbegin(), got.cend()).size() == got.size());
        }
    }
}

TEST_CASE("a search's first rows found on the text are the first rows of its pages")
{
    CHECK(BrowseQuery::scanSafe(QStringLiteral("已截断")));
    CHECK(BrowseQuery::scanSafe(QStringLiteral("Truncated")));
    CHECK(BrowseQuery::scanSafe(QStringLiteral("问题 12：")));
    CHECK_FALSE(BrowseQuery::scanSafe(QStringLiteral("Straße"))); // ẞ folds to ß
    CHECK_FALSE(BrowseQuery::scanSafe(QStringLiteral("École")));
    Fixture f;
    AB_REQUIRE_OK(SearchIndex::buildAll(f.ws->db(), ListKind::Generations));
    // The index folds a long s and a Kelvin sign into ASCII; lower() does not.
    QSqlQuery u(f.ws->db().sql());
    REQUIRE(u.exec(QStringLiteral("UPDATE generations SET output = '\u017Fecret \u212Aelvin' "
                                  "WHERE id = 'G00010'")));
    struct Case
    {
        QString words;
        int limit;
        int examine;
        bool answers; // whether the examined rows must hold the first rows
    };
    const QVector<Case> cases = {
        {QStringLiteral("about"), 3, 30, true},       // every row: the first 30 hold 3
        {QStringLiteral("虚假新闻"), 8, 10000, true}, // the whole list is examined
        {QStringLiteral("虚假新闻"), 8, 12, false},   // the newest 12 hold 3 of them
        {QStringLiteral("fraud"), 5, 100, true},      // 14 among the newest 100
        {QStringLiteral("FRAUD"), 5, 100, true},
        {QStringLiteral("secret"), 1, 10000, true},
        {QStringLiteral("kelvin"), 1, 10000, true},
        {QStringLiteral("诈骗 medical"), 4, 10000, true},
        {QStringLiteral("不存在的词"), 3, 10000, false},
    };
    for (const Case &c : cases) {
        INFO(c.words.toStdString() << " limit " << c.limit << " examine " << c.examine);
        BrowseFilter filter;
        filter.search = c.words;
        BrowseQuery scan(ListKind::Generations, filter, {}, f.data.context);
        REQUIRE(scan.canScanFirst());
        auto first = scan.scanFirstRows(f.ws->db(), c.limit, c.examine);
        AB_REQUIRE_OK(first);
        BrowseQuery paged(ListKind::Generations, filter, {}, f.data.context);
        const QStringList all = allIds(f.ws->db(), paged);
        CHECK(first->has_value() == c.answers);
        if (!first->has_value())
            continue;
        QStringList ids;
        for (const ListRow &row : **first)
            ids.push_back(row.at(GenerationField::Id));
        CHECK(ids == all.mid(0, c.limit));
    }
    // Only the index finds these two; the text check hands them to it.
    BrowseFilter odd;
    odd.search = QStringLiteral("secret");
    BrowseQuery q(ListKind::Generations, odd, {}, f.data.context);
    CHECK(allIds(f.ws->db(), q) == QStringList{QStringLiteral("G00010")});
    // A word the text may not find where the index does is not scanned.
    BrowseFilter folded;
    folded.search = QStringLiteral("Straße");
    CHECK_FALSE(BrowseQuery(ListKind::Generations, folded, {}, f.data.context).canScanFirst());
}

TEST_CASE("a page continues from the last row of the page before it")
{
    Fixture f;
    AB_REQUIRE_OK(SearchIndex::buildAll(f.ws->db(), ListKind::Generations));
    for (const QString &w :
         {QString(), QStringLiteral("fraud"), QStringLiteral("关于"), QStringLiteral("虚假新闻")}) {
        for (const SortKey key : {SortKey::Time, SortKey::Severity, SortKey::Model}) {
            INFO(w.toStdString() << " sorted on " << int(key));
            BrowseFilter filter;
            filter.search = w;
            BrowseQuery q(ListKind::Generations, filter, {key, key != SortKey::Model},
                          f.data.context);
            AB_REQUIRE_OK(q.prepare(f.ws->db()));
            ListAnchor last;
            auto head = q.page(f.ws->db(), {}, 0, 7, &last);
            AB_REQUIRE_OK(head);
            REQUIRE(head->size() == 7);
            CHECK(last.rank == 6);
            auto rest = q.page(f.ws->db(), last, 1, 23);
            AB_REQUIRE_OK(rest);
            auto whole = q.page(f.ws->db(), {}, 0, 30);
            AB_REQUIRE_OK(whole);
            QStringList joined;
            for (const ListRow &row : *head + *rest)
                joined.push_back(row.at(GenerationField::Id));
            QStringList expected;
            for (const ListRow &row : *whole)
                expected.push_back(row.at(GenerationField::Id));
            CHECK(expected.size() == 30);
            CHECK(joined == expected);
            q.release(f.ws->db());
        }
    }
}
