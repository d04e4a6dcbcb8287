// The Generations and Complaints lists of a team workspace give what the same
// workspace as a file gives: filters, sorts, counts, pages read forward, back
// and continued, searches, facets and item details. The file's answers are
// the reference; each comparison also checks that they are not empty where
// that matters, so that it cannot pass by finding nothing on both.
#include "browse/browsefacets.h"
#include "browse/browsequery.h"
#include "browse/itemdetail.h"
#include "browse/listwalker.h"
#include "browse/savedviews.h"
#include "browse/searchindex.h"
#include "demotestsupport.h"
#include "serverdemo.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>

using namespace ab;
using namespace ab::test;

namespace {

constexpr qint64 kScale = 2500;
constexpr quint64 kSeed = 11;
constexpr int kAnchorEvery = 25;

// Everything a list shows for one query.
struct Listing
{
    qint64 count = 0;
    qint64 hits = -1;
    QStringList anchors; // rank and key, as text
    QVector<ListRow> rows;

    bool operator==(const Listing &) const = default;
};

QString anchorText(const ListAnchor &a)
{
    QStringList parts{QString::number(a.rank)};
    for (const QVariant &v : a.key)
        parts.push_back(v.toString());
    return parts.join(QLatin1Char('|'));
}

// Reads the list as the list view does: a walk counts it and keeps anchors,
// pages are read from the anchor before them, forward and then back, and the
// first page is continued from its last row's key.
Listing read(Database &db, ListKind kind, const BrowseFilter &filter, const BrowseSort &sort,
             const BrowseContext &context, int pageSize = 53)
{
    BrowseQuery q(kind, filter, sort, context);
    AB_REQUIRE_OK(q.prepare(db));
    Listing out;
    out.hits = q.indexHits();
    ListWalker walker;
    AB_REQUIRE_OK(walker.start(db, q, kAnchorEvery));
    QVector<ListAnchor> anchors{ListAnchor{}};
    for (;;) {
        auto done = walker.step(97, anchors);
        AB_REQUIRE_OK(done);
        if (*done)
            break;
    }
    out.count = walker.count();
    for (const ListAnchor &a : std::as_const(anchors))
        out.anchors.push_back(anchorText(a));
    auto pageAt = [&](qint64 first) {
        const ListAnchor &a =
            anchors.at(std::min<qsizetype>(first / kAnchorEvery, anchors.size() - 1));
        auto page = q.page(db, a, first - a.rank, pageSize);
        AB_REQUIRE_OK(page);
        return *page;
    };
    for (qint64 first = 0; first < out.count; first += pageSize)
        out.rows += pageAt(first);
    REQUIRE(out.rows.size() == out.count);
    // Back: scrolling up reads the same pages again, last to first.
    for (qint64 first = (out.count - 1) / pageSize * pageSize; first >= 0; first -= pageSize) {
        const QVector<ListRow> page = pageAt(first);
        REQUIRE(page == out.rows.mid(first, page.size()));
    }
    // Continued: the rest of a page after the rows already shown.
    ListAnchor last;
    auto head = q.page(db, {}, 0, 7, &last);
    AB_REQUIRE_OK(head);
    if (head->size() == 7) {
        auto rest = q.page(db, last, 1, 23);
        AB_REQUIRE_OK(rest);
        REQUIRE(*head + *rest == out.rows.mid(0, 30));
    }
    q.release(db);
    return out;
}

// Where two listings' rows first differ, for the failure message.
QString firstDifference(const QVector<ListRow> &a, const QVector<ListRow> &b)
{
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        for (qsizetype k = 0; k < std::min(a[i].size(), b[i].size()); ++k) {
            if (a[i][k] != b[i][k])
                return QStringLiteral("row %1 (%2), field %3: file \"%4\", server \"%5\"")
                    .arg(i)
                    .arg(a[i].first())
                    .arg(k)
                    .arg(a[i][k], b[i][k]);
        }
    }
    return QStringLiteral("%1 rows on file, %2 on the server").arg(a.size()).arg(b.size());
}

struct Compare
{
    ServerDemo demo{kScale, kSeed};
    BrowseContext context;

    Compare()
    {
        // The file searches through its FTS5 index, as a workspace in use does.
        AB_REQUIRE_OK(SearchIndex::buildAll(demo.file->db(), ListKind::Generations));
        AB_REQUIRE_OK(SearchIndex::buildAll(demo.file->db(), ListKind::Complaints));
        context = BrowseContext::forWorkspace(demo.file->settings());
        context.asOf = kDemoToday;
    }

    // The file's listing, after checking that the server's is the same.
    Listing same(ListKind kind, const BrowseFilter &filter, const BrowseSort &sort = {})
    {
        const Listing file = read(demo.file->db(), kind, filter, sort, context);
        const Listing team = read(demo.team->db(), kind, filter, sort, context);
        INFO("list " << listToken(kind).toStdString() << ", filter "
                     << QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact).toStdString()
                     << ", sort " << int(sort.key) << (sort.descending ? " desc" : " asc"));
        CHECK(team.count == file.count);
        CHECK(team.hits == file.hits);
        CHECK(team.anchors == file.anchors);
        if (team.rows != file.rows)
            FAIL_CHECK(firstDifference(file.rows, team.rows).toStdString());
        return file;
    }

    QStringList fileColumn(const QString &sql) { return column(*demo.file, sql); }
};

BrowseFilter searchFor(const QString &words)
{
    BrowseFilter f;
    f.search = words;
    return f;
}

QDate dayOf(const QString &stored)
{
    return QDateTime::fromString(stored, Qt::ISODate).date();
}

} // namespace

TEST_CASE("a team workspace lists, filters, sorts and pages generations as its file does")
{
    Compare c;
    const qint64 all = c.same(ListKind::Generations, {}).count;
    REQUIRE(all == scalar(*c.demo.file, QStringLiteral("SELECT count(*) FROM generations")));
    REQUIRE(all > 1000);
    for (const SortKey key :
         {SortKey::Time, SortKey::Id, SortKey::Model, SortKey::Category, SortKey::Severity}) {
        c.same(ListKind::Generations, {}, {key, true});
        c.same(ListKind::Generations, {}, {key, false});
    }

    const QStringList providers = c.fileColumn(QStringLiteral("SELECT id FROM providers"));
    const QStringList models = c.fileColumn(QStringLiteral(
        "SELECT model_version_id FROM generations GROUP BY 1 ORDER BY count(*) DESC"));
    const QStringList risks = c.fileColumn(
        QStringLiteral("SELECT risk_category FROM generations GROUP BY 1 ORDER BY count(*) DESC"));
    const QStringList policies =
        c.fileColumn(QStringLiteral("SELECT DISTINCT policy_id FROM deadlines ORDER BY 1"));
    const QStringList cases =
        c.fileColumn(QStringLiteral("SELECT case_id FROM case_items WHERE item_kind = 'generation' "
                                    "GROUP BY 1 ORDER BY count(*) DESC"));
    const QStringList span =
        c.fileColumn(QStringLiteral("SELECT min(flagged_at) FROM generations UNION ALL "
                                    "SELECT max(flagged_at) FROM generations"));
    REQUIRE(providers.size() >= 2);
    REQUIRE(models.size() >= 2);
    REQUIRE_FALSE(risks.isEmpty());
    REQUIRE_FALSE(policies.isEmpty());
    REQUIRE_FALSE(cases.isEmpty());

    QVector<BrowseFilter> filters;
    auto add = [&](auto set) {
        BrowseFilter f;
        set(f);
        filters.push_back(f);
    };
    add([&](BrowseFilter &f) { f.providers = {providers.first()}; });
    add([&](BrowseFilter &f) { f.models = {models.first()}; }); // through its own index
    add([&](BrowseFilter &f) { f.models = {models.first(), models.last()}; });
    add([&](BrowseFilter &f) { f.categories = {QStringLiteral("A.1"), QStringLiteral("A.4")}; });
    add([&](BrowseFilter &f) { f.categories = {risks.first()}; }); // a risk, through its index
    add([&](BrowseFilter &f) {
        f.severities = {QStringLiteral("high"), QStringLiteral("critical")};
    });
    add([&](BrowseFilter &f) { f.flagSources = {QStringLiteral("user_report")}; });
    add([&](BrowseFilter &f) { f.modalities = {QStringLiteral("text")}; });
    add([&](BrowseFilter &f) {
        const QDate first = dayOf(span.first()), last = dayOf(span.last());
        f.from = first.addDays(first.daysTo(last) / 3);
        f.to = first.addDays(first.daysTo(last) * 2 / 3);
    });
    add([&](BrowseFilter &f) { f.deadlineStates = {QStringLiteral("overdue")}; });
    add([&](BrowseFilter &f) {
        f.deadlineStates = {QStringLiteral("remediated"), QStringLiteral("due_soon"),
                            BrowseFilter::kNoDeadline};
    });
    add([&](BrowseFilter &f) { f.policies = {policies.first().section(QLatin1Char(':'), 0, 0)}; });
    add([&](BrowseFilter &f) { f.caseScope = CaseScope::InAnyCase; });
    add([&](BrowseFilter &f) { f.caseScope = CaseScope::InNoCase; });
    add([&](BrowseFilter &f) {
        f.caseScope = CaseScope::InCase;
        f.caseId = cases.first().toLongLong();
    });
    add([&](BrowseFilter &f) {
        f.providers = {providers.last()};
        f.severities = {QStringLiteral("medium"), QStringLiteral("high")};
        f.deadlineStates = {QStringLiteral("on_track"), QStringLiteral("remediated")};
    });
    for (const BrowseFilter &f : std::as_const(filters)) {
        INFO(QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact).toStdString());
        const qint64 n = c.same(ListKind::Generations, f).count;
        CHECK(n > 0);
        CHECK((n < all || !f.policies.isEmpty())); // the demo may have one policy
        c.same(ListKind::Generations, f, {SortKey::Severity, false});
    }
    // A policy id is matched literally, LIKE's wildcards too.
    BrowseFilter wildcard;
    wildcard.policies = {policies.first().left(3) + QLatin1Char('%')};
    CHECK(c.same(ListKind::Generations, wildcard).count == 0);
}

TEST_CASE("a team workspace lists, filters, sorts and pages complaints as its file does")
{
    Compare c;
    const qint64 all = c.same(ListKind::Complaints, {}).count;
    REQUIRE(all > 100);
    for (const SortKey key : {SortKey::Time, SortKey::Id, SortKey::Severity, SortKey::TriageStatus,
                              SortKey::Channel, SortKey::Kind}) {
        c.same(ListKind::Complaints, {}, {key, true});
        c.same(ListKind::Complaints, {}, {key, false});
    }
    const QStringList providers = c.fileColumn(QStringLiteral("SELECT id FROM providers"));
    const QStringList answered =
        c.fileColumn(QStringLiteral("SELECT min(responded_at) FROM complaints UNION ALL "
                                    "SELECT max(responded_at) FROM complaints"));
    REQUIRE_FALSE(answered.first().isEmpty());

    QVector<BrowseFilter> filters;
    auto add = [&](auto set) {
        BrowseFilter f;
        set(f);
        filters.push_back(f);
    };
    add([&](BrowseFilter &f) { f.channels = {QStringLiteral("app"), QStringLiteral("web")}; });
    add([&](BrowseFilter &f) { f.kinds = {QStringLiteral("personal_info")}; });
    add([&](BrowseFilter &f) { f.statuses = {QStringLiteral("new"), QStringLiteral("resolved")}; });
    add([&](BrowseFilter &f) { f.severities = {QStringLiteral("high")}; });
    add([&](BrowseFilter &f) { f.providers = {providers.first()}; }); // of a linked generation
    add([&](BrowseFilter &f) { f.flagSources = {QStringLiteral("filter")}; });
    add([&](BrowseFilter &f) {
        const QDate first = dayOf(answered.first()), last = dayOf(answered.last());
        f.answeredFrom = first.addDays(first.daysTo(last) / 4);
        f.answeredTo = first.addDays(first.daysTo(last) * 3 / 4);
    });
    add([&](BrowseFilter &f) { f.deadlineStates = {BrowseFilter::kNoDeadline}; });
    add([&](BrowseFilter &f) { f.caseScope = CaseScope::InNoCase; });
    for (const BrowseFilter &f : std::as_const(filters)) {
        INFO(QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact).toStdString());
        const qint64 n = c.same(ListKind::Complaints, f).count;
        CHECK(n > 0);
        CHECK(n < all);
        c.same(ListKind::Complaints, f, {SortKey::Kind, true});
    }
}

TEST_CASE("a team workspace finds the words, phrases and Chinese text its file finds")
{
    Compare c;
    // Words that occur: English in prompts or outputs only, in another case,
    // two words anywhere in a row, Chinese of one, two and three or more
    // characters, short ASCII words, and wildcards of LIKE that occur.
    const QStringList found = {
        QStringLiteral("truncated"),
        QStringLiteral("Write"),
        QStringLiteral("TRUNCATED"),
        QStringLiteral("overthrow"),
        QStringLiteral("military sites"),
        QStringLiteral("write truncated"),
        QStringLiteral("已截断"),
        QStringLiteral("帮我写"),
        QStringLiteral("推翻现行制度"),
        QStringLiteral("推翻"),
        QStringLiteral("的"),
        QStringLiteral("km"),
        QStringLiteral("KM"),
        QStringLiteral("%"),
        QStringLiteral("%……"),
        QStringLiteral("已截断 的"),
        QStringLiteral("北京"),
    };
    for (const QString &words : found) {
        const Listing l = c.same(ListKind::Generations, searchFor(words));
        INFO(words.toStdString());
        CHECK(l.count > 0);
    }
    // Words that occur nowhere, among them LIKE's wildcards and escape, which
    // must not match as patterns ("trun_ated" would match "truncated").
    const QStringList missing = {
        QStringLiteral("zzqxj"),
        QStringLiteral("trun_ated"),
        QStringLiteral("trunc%ted"),
        QStringLiteral("tr%"),
        QStringLiteral("_"),
        QStringLiteral("\\"),
        QStringLiteral("trun\\cated"),
        QStringLiteral("\"truncated\""),
        QStringLiteral("已截断 zzqxj"),
        QStringLiteral("龘"),
    };
    for (const QString &words : missing) {
        const Listing l = c.same(ListKind::Generations, searchFor(words));
        INFO(words.toStdString());
        CHECK(l.count == 0);
    }
    // A search with other conditions and another order.
    BrowseFilter narrowed = searchFor(QStringLiteral("truncated"));
    narrowed.severities = {QStringLiteral("critical")};
    CHECK(c.same(ListKind::Generations, narrowed, {SortKey::Severity, false}).count > 0);
    narrowed.models = {c.fileColumn(QStringLiteral("SELECT id FROM model_versions")).first()};
    c.same(ListKind::Generations, narrowed);

    for (const QString &words :
         {QStringLiteral("please"), QStringLiteral("请"), QStringLiteral("处理"),
          QStringLiteral("请尽快处理"), QStringLiteral("AI"), QStringLiteral("Please deal")}) {
        INFO(words.toStdString());
        CHECK(c.same(ListKind::Complaints, searchFor(words)).count > 0);
        c.same(ListKind::Complaints, searchFor(words), {SortKey::Channel, false});
    }
    CHECK(c.same(ListKind::Complaints, searchFor(QStringLiteral("pl_ase"))).count == 0);

    // First rows found on the text of the first rows, before the hits are
    // read, are the first page's rows, as on the file; they are found when
    // the examined rows hold them.
    QStringList order;
    for (const ListRow &row : c.same(ListKind::Generations, {}).rows)
        order << row.at(GenerationField::Id);
    constexpr int kExamine = 600;
    int scanned = 0;
    for (const QString &words : {QStringLiteral("truncated"), QStringLiteral("已截断"),
                                 QStringLiteral("已截断 的"), QStringLiteral("tru_cated")}) {
        INFO(words.toStdString());
        const Listing whole = c.same(ListKind::Generations, searchFor(words));
        BrowseQuery scan(ListKind::Generations, searchFor(words), {}, c.context);
        REQUIRE(scan.canScanFirst());
        auto first = scan.scanFirstRows(c.demo.team->db(), 20, kExamine);
        AB_REQUIRE_OK(first);
        if (whole.count >= 20 && order.indexOf(whole.rows.at(19).first()) < kExamine)
            REQUIRE(first->has_value());
        if (first->has_value()) {
            ++scanned;
            CHECK(**first == whole.rows.mid(0, 20));
        }
    }
    CHECK(scanned >= 2);
}

TEST_CASE("a team workspace offers the facets and item details its file does")
{
    Compare c;
    auto fileFacets = BrowseFacets::load(c.demo.file->db());
    auto teamFacets = BrowseFacets::load(c.demo.team->db());
    AB_REQUIRE_OK(fileFacets);
    AB_REQUIRE_OK(teamFacets);
    REQUIRE_FALSE(fileFacets->providers.isEmpty());
    REQUIRE_FALSE(fileFacets->cases.isEmpty());
    auto providerIds = [](const BrowseFacets &f) {
        QStringList out;
        for (const FacetProvider &p : f.providers)
            out << p.id + QLatin1Char('|') + p.name + QLatin1Char('|') + p.nameEn;
        return out;
    };
    auto modelIds = [](const BrowseFacets &f) {
        QStringList out;
        for (const FacetModel &m : f.models)
            out << m.id + QLatin1Char('|') + m.providerId + QLatin1Char('|') + m.label;
        return out;
    };
    auto caseIds = [](const BrowseFacets &f) {
        QStringList out;
        for (const FacetCase &k : f.cases)
            out << QString::number(k.id) + QLatin1Char('|') + k.number + QLatin1Char('|') + k.title;
        return out;
    };
    CHECK(providerIds(*teamFacets) == providerIds(*fileFacets));
    CHECK(modelIds(*teamFacets) == modelIds(*fileFacets));
    CHECK(caseIds(*teamFacets) == caseIds(*fileFacets));

    // Counts per facet value, as the filter bar would show them.
    for (const FacetProvider &p : std::as_const(fileFacets->providers)) {
        BrowseFilter f;
        f.providers = {p.id};
        c.same(ListKind::Generations, f);
    }

    // Details of items with complaints, cases and deadlines among them.
    BrowseFilter inCase;
    inCase.caseScope = CaseScope::InAnyCase;
    QStringList generations;
    for (const ListRow &row : c.same(ListKind::Generations, inCase).rows.mid(0, 15))
        generations << row.at(GenerationField::Id);
    for (const ListRow &row : c.same(ListKind::Generations, {}).rows.mid(0, 15))
        generations << row.at(GenerationField::Id);
    generations +=
        c.fileColumn(QStringLiteral("SELECT generation_id FROM complaint_generations LIMIT 15"));
    REQUIRE(generations.size() >= 40);
    for (const QString &id : std::as_const(generations)) {
        auto file = ItemDetails::generation(c.demo.file->db(), id, c.context);
        auto team = ItemDetails::generation(c.demo.team->db(), id, c.context);
        AB_REQUIRE_OK(file);
        AB_REQUIRE_OK(team);
        REQUIRE(file->has_value());
        REQUIRE(team->has_value());
        INFO(id.toStdString());
        CHECK((*team)->toJson() == (*file)->toJson());
    }
    QStringList complaints;
    for (const ListRow &row : c.same(ListKind::Complaints, inCase).rows.mid(0, 15))
        complaints << row.at(ComplaintField::Id);
    complaints +=
        c.fileColumn(QStringLiteral("SELECT complaint_id FROM complaint_generations LIMIT 15"));
    REQUIRE(complaints.size() >= 20);
    for (const QString &id : std::as_const(complaints)) {
        auto file = ItemDetails::complaint(c.demo.file->db(), id, c.context);
        auto team = ItemDetails::complaint(c.demo.team->db(), id, c.context);
        AB_REQUIRE_OK(file);
        AB_REQUIRE_OK(team);
        REQUIRE(file->has_value());
        REQUIRE(team->has_value());
        INFO(id.toStdString());
        CHECK((*team)->toJson() == (*file)->toJson());
    }
    auto none = ItemDetails::generation(c.demo.team->db(), QStringLiteral("no-such-id"), c.context);
    AB_REQUIRE_OK(none);
    CHECK_FALSE(none->has_value());
}

TEST_CASE("a team workspace's search index is always complete and saved views get their id")
{
    ServerDemo demo(200, 3);
    Database &db = demo.team->db();
    for (const ListKind list : {ListKind::Generations, ListKind::Complaints}) {
        auto state = SearchIndex::state(db, list);
        AB_REQUIRE_OK(state);
        CHECK(state->complete());
        CHECK(state->percent() == 100);
        int chunks = 0;
        AB_REQUIRE_OK(SearchIndex::buildAll(db, list, [&](const SearchIndexState &s) {
            ++chunks;
            return s.complete();
        }));
        CHECK(chunks == 1);
        auto chunk = SearchIndex::buildChunk(db, list, 10);
        AB_REQUIRE_OK(chunk);
        CHECK(chunk->complete());
        AB_REQUIRE_OK(SearchIndex::reset(db, list));
        auto held = SearchIndex::holdBack(db, list, 0);
        AB_REQUIRE_OK(held);
        AB_REQUIRE_OK(SearchIndex::endHoldBack(db, list, 0, *held));
        auto after = SearchIndex::state(db, list);
        AB_REQUIRE_OK(after);
        CHECK(after->complete());
    }

    // A query plan, with the values written into the statement there.
    BrowseFilter filter;
    filter.severities = {QStringLiteral("high")};
    filter.policies = {QStringLiteral("it's")};
    filter.from = QDate(2026, 1, 1);
    BrowseContext context;
    context.asOf = kDemoToday;
    context.zone = demo.team->settings().timeZone();
    auto plan =
        BrowseQuery(ListKind::Generations, filter, {SortKey::Severity, true}, context).plan(db);
    AB_REQUIRE_OK(plan);
    CHECK(plan->join(QLatin1Char('\n')).contains(QLatin1String("generations")));

    SavedView view;
    view.list = ListKind::Complaints;
    view.name = QStringLiteral("urgent web");
    view.filter.channels = {QStringLiteral("web")};
    auto saved = SavedViews::save(*demo.team, view);
    AB_REQUIRE_OK(saved);
    CHECK(saved->id > 0);
    view.filter.channels = {QStringLiteral("app")};
    auto again = SavedViews::save(*demo.team, view);
    AB_REQUIRE_OK(again);
    CHECK(again->id == saved->id);
    auto listed = SavedViews::list(db, ListKind::Complaints);
    AB_REQUIRE_OK(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().id == saved->id);
    CHECK(listed->first().filter.channels == QStringList{QStringLiteral("app")});
    AB_REQUIRE_OK(SavedViews::remove(*demo.team, saved->id));
}

TEST_CASE("a team workspace folds the case of letters beyond ASCII in a search as its file does")
{
    Compare c;
    // A few prompts rewritten on both, holding cased letters of other scripts.
    const QStringList ids = c.fileColumn(QStringLiteral("SELECT id FROM generations LIMIT 4"));
    REQUIRE(ids.size() == 4);
    const QStringList texts = {
        QStringLiteral("Visite de l'ÉCOLE à Genève, Ärger über Straße"),
        QStringLiteral("ΑΘΗΝΑ и МОСКВА: Ｆｕｌｌ width ＡＢＣ"),
        QStringLiteral("Über école ΑΘΉΝΑ москва"),
        QStringLiteral("5 K ǅungla Kelvin"),
    };
    for (Workspace *ws : {c.demo.file.get(), c.demo.team.get()}) {
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QSqlQuery q(ws->db().sql());
            q.prepare(QStringLiteral("UPDATE generations SET prompt = ? WHERE id = ?"));
            q.addBindValue(texts.at(i));
            q.addBindValue(ids.at(i));
            REQUIRE(q.exec());
        }
    }
    for (const QString &words :
         {QStringLiteral("école"), QStringLiteral("ÉCOLE"), QStringLiteral("ärger"),
          QStringLiteral("ÜBER"), QStringLiteral("straße"), QStringLiteral("αθηνα"),
          QStringLiteral("Αθήνα"), QStringLiteral("москва"), QStringLiteral("ｆｕｌｌ"),
          QStringLiteral("ａｂｃ"), QStringLiteral("Ü"), QStringLiteral("é")}) {
        INFO(words.toStdString());
        CHECK(c.same(ListKind::Generations, searchFor(words)).count > 0);
    }
    // The Kelvin sign folds into ASCII, a titlecase digraph into lowercase.
    for (const QString &words : {QStringLiteral("kelvin"), QStringLiteral("ǆungla")}) {
        INFO(words.toStdString());
        CHECK(c.same(ListKind::Generations, searchFor(words)).count == 1);
    }
    // Words of one or two characters are folded in ASCII only, on both.
    for (const QString &words : {QStringLiteral("5 k"), QStringLiteral("5 K"),
                                 QStringLiteral("Ｆｕ"), QStringLiteral("ｆｕ")}) {
        INFO(words.toStdString());
        c.same(ListKind::Generations, searchFor(words));
    }
}
