// Saved views and the detail of an item.
#include "audit/audittrail.h"
#include "browse/itemdetail.h"
#include "browse/savedviews.h"
#include "browsefixture.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
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
            Workspace::create(dir.path(QStringLiteral("v.auditbench")), QStringLiteral("tester"));
        AB_REQUIRE_OK(w);
        ws = std::move(*w);
        data.build(*ws, 60);
    }
    qint64 auditEntries(const QString &action)
    {
        QSqlQuery q(ws->db().sql());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(action);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

} // namespace

TEST_CASE("saved views are kept per list, replaced by name and audited")
{
    Fixture f;
    SavedView v;
    v.list = ListKind::Generations;
    v.name = QStringLiteral("  高危虚假信息 ");
    v.filter.severities = {QStringLiteral("critical")};
    v.filter.search = QStringLiteral("虚假");
    v.sort = {SortKey::Severity, true};
    v.columns = {QStringLiteral("flagged_at"), QStringLiteral("id"), QStringLiteral("prompt")};
    auto saved = SavedViews::save(*f.ws, v);
    AB_REQUIRE_OK(saved);
    CHECK(saved->name == QStringLiteral("高危虚假信息"));
    v.filter.severities = {QStringLiteral("high")};
    AB_REQUIRE_OK(SavedViews::save(*f.ws, v)); // same name: replaced
    auto list = SavedViews::list(f.ws->db(), ListKind::Generations);
    AB_REQUIRE_OK(list);
    REQUIRE(list->size() == 1);
    CHECK(list->at(0).filter.severities == QStringList{QStringLiteral("high")});
    CHECK(list->at(0).filter.search == QStringLiteral("虚假"));
    CHECK(list->at(0).sort == BrowseSort{SortKey::Severity, true});
    CHECK(list->at(0).columns == v.columns);
    CHECK(list->at(0).createdBy == QStringLiteral("tester"));
    auto other = SavedViews::list(f.ws->db(), ListKind::Complaints);
    AB_REQUIRE_OK(other);
    CHECK(other->isEmpty());
    CHECK(f.auditEntries(QStringLiteral("view.saved")) == 2);

    SavedView unnamed;
    unnamed.name = QStringLiteral("   ");
    auto refused = SavedViews::save(*f.ws, unnamed);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("name"));

    AB_REQUIRE_OK(SavedViews::remove(*f.ws, list->at(0).id));
    CHECK(SavedViews::list(f.ws->db(), ListKind::Generations)->isEmpty());
    CHECK(f.auditEntries(QStringLiteral("view.deleted")) == 1);
    CHECK_FALSE(SavedViews::remove(*f.ws, 12345).ok());
    auto chain = AuditTrail::verify(f.ws->db());
    AB_REQUIRE_OK(chain);
    CHECK(chain->intact);
}

TEST_CASE("a generation's detail holds its links, deadline, case and TC260 name")
{
    Fixture f;
    // G00050: in case C-2026-001, linked to complaint C0010, no deadline (50 % 7 != 0).
    auto d = ItemDetails::generation(f.ws->db(), QStringLiteral("G00050"), f.data.context);
    AB_REQUIRE_OK(d);
    REQUIRE(d->has_value());
    const GenerationDetail &g = **d;
    CHECK(g.providerName == QStringLiteral("星河科技"));
    CHECK(g.generation.riskCategory == QStringLiteral("A.2.e")); // 50 % 6 == 2
    CHECK(g.categoryNameZh == QStringLiteral("性别歧视内容"));
    CHECK(g.categoryParent == QStringLiteral("A.2"));
    REQUIRE(g.complaints.size() == 1);
    CHECK(g.complaints.at(0).id == QStringLiteral("C0010"));
    REQUIRE(g.cases.size() == 1);
    CHECK(g.cases.at(0).number == QStringLiteral("C-2026-001"));
    CHECK_FALSE(g.deadline.has_value());
    const QJsonObject json = g.toJson();
    CHECK(json.value(QLatin1String("prompt")).toString() == f.data.generations.at(49).prompt);
    CHECK(json.value(QLatin1String("complaints")).toArray().size() == 1);
    CHECK(json.value(QLatin1String("deadline")).isNull());

    // G00028: a deadline, remediated (28 % 14 == 0) before its due day.
    auto r = ItemDetails::generation(f.ws->db(), QStringLiteral("G00028"), f.data.context);
    AB_REQUIRE_OK(r);
    REQUIRE((*r)->deadline.has_value());
    CHECK((*r)->deadline->state == QStringLiteral("remediated"));
    CHECK((*r)->deadline->due == f.data.generations.at(27).due);

    auto missing = ItemDetails::generation(f.ws->db(), QStringLiteral("nope"), f.data.context);
    AB_REQUIRE_OK(missing);
    CHECK_FALSE(missing->has_value());
}

TEST_CASE("a complaint's JSON leaves the complainant's contact out")
{
    Fixture f;
    auto d = ItemDetails::complaint(f.ws->db(), QStringLiteral("C0003"), f.data.context);
    AB_REQUIRE_OK(d);
    REQUIRE(d->has_value());
    CHECK((*d)->complaint.contact == QStringLiteral("13812345678"));
    REQUIRE((*d)->generations.size() == 1);
    CHECK((*d)->generations.at(0).id == QStringLiteral("G00015"));
    const QByteArray json = QJsonDocument((*d)->toJson()).toJson();
    CHECK_FALSE(json.contains("13812345678"));
    CHECK(json.contains("G00015"));
}
