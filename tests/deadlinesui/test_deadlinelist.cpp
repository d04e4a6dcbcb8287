// The Deadlines list query: urgency order, filters, and keyset paging that
// neither repeats nor skips, checked against the single-item status rule.
#include "deadlines/deadlinelist.h"
#include "deadlines/deadlineservice.h"
#include "deadlinesuifixture.h"

#include <QSqlQuery>

using namespace ab;
using namespace ab::test;

namespace {

DeadlineListFilter baseFilter(Workspace &ws)
{
    DeadlineListFilter f;
    f.asOf = DemoWorkspace::kToday;
    f.dueSoonDays = ws.settings().dueSoonDays;
    f.zone = ws.settings().timeZone();
    return f;
}

// Walks the whole list in pages of `size`.
QVector<DeadlineListRow> walk(Workspace &ws, const DeadlineListFilter &f, int size)
{
    QVector<DeadlineListRow> all;
    std::optional<DeadlineListCursor> after;
    for (int guard = 0; guard < 100000; ++guard) {
        auto page = DeadlineList::page(ws.db(), f, after, size);
        AB_REQUIRE_OK(page);
        REQUIRE(page->rows.size() <= size);
        all += page->rows;
        if (!page->next)
            break;
        REQUIRE(page->rows.size() == size); // a page short of the limit ends the list
        after = page->next;
    }
    return all;
}

QVector<qint64> ids(const QVector<DeadlineListRow> &rows)
{
    QVector<qint64> out;
    for (const auto &r : rows)
        out.push_back(r.id);
    return out;
}

QVector<qint64> ids(const QVector<ExpectedRow> &rows)
{
    QVector<qint64> out;
    for (const auto &r : rows)
        out.push_back(r.record.id);
    return out;
}

} // namespace

TEST_CASE("the deadline list pages through every item in urgency order")
{
    DemoWorkspace demo;
    Workspace &ws = *demo.ws;
    const auto expected = expectedOrder(ws, DemoWorkspace::kToday);
    REQUIRE(expected.size() > 50);
    // The demo places deadlines in every status; otherwise the filters prove little.
    for (DeadlineState s : DeadlineStatus::all())
        CHECK(std::any_of(expected.begin(), expected.end(),
                          [&](const ExpectedRow &r) { return r.state == s; }));

    for (int size : {1, 7, 50, 100000}) {
        const auto rows = walk(ws, baseFilter(ws), size);
        CHECK(ids(rows) == ids(expected));
    }
    // Status, dates and provider of each row match the item's own record.
    const auto rows = walk(ws, baseFilter(ws), 13);
    REQUIRE(rows.size() == expected.size());
    for (int i = 0; i < rows.size(); ++i) {
        CHECK(rows[i].state == expected[i].state);
        CHECK(rows[i].due == expected[i].record.due);
        CHECK(rows[i].providerId == expected[i].record.providerId);
        CHECK(rows[i].calendarComplete == expected[i].record.calendarComplete);
    }
}

TEST_CASE("the deadline list filters by status, provider and policy")
{
    DemoWorkspace demo;
    Workspace &ws = *demo.ws;
    const auto expected = expectedOrder(ws, DemoWorkspace::kToday);

    for (DeadlineState s : DeadlineStatus::all()) {
        DeadlineListFilter f = baseFilter(ws);
        f.state = s;
        QVector<qint64> want;
        for (const auto &r : expected)
            if (r.state == s)
                want.push_back(r.record.id);
        CAPTURE(DeadlineStatus::token(s));
        CHECK(ids(walk(ws, f, 9)) == want);
    }

    QSet<QString> providers, policies;
    for (const auto &r : expected) {
        providers.insert(r.record.providerId);
        policies.insert(r.record.policyId.section(QLatin1Char(':'), 0, 0));
    }
    REQUIRE(providers.size() > 1);
    for (const QString &provider : providers) {
        DeadlineListFilter f = baseFilter(ws);
        f.providerId = provider;
        QVector<qint64> want;
        for (const auto &r : expected)
            if (r.record.providerId == provider)
                want.push_back(r.record.id);
        CHECK(ids(walk(ws, f, 11)) == want);
    }
    for (const QString &policy : policies) {
        DeadlineListFilter f = baseFilter(ws);
        f.policyId = policy;
        QVector<qint64> want;
        for (const auto &r : expected)
            if (r.record.policyId == policy ||
                r.record.policyId.startsWith(policy + QLatin1Char(':')))
                want.push_back(r.record.id);
        CHECK(ids(walk(ws, f, 11)) == want);
    }
}

TEST_CASE("the deadline counts agree with the list under a provider filter")
{
    DemoWorkspace demo;
    Workspace &ws = *demo.ws;
    const auto expected = expectedOrder(ws, DemoWorkspace::kToday);
    const QString provider = expected.constFirst().record.providerId;
    DeadlineListFilter f = baseFilter(ws);
    f.providerId = provider;
    auto counts = DeadlineList::counts(ws.db(), f);
    AB_REQUIRE_OK(counts);
    for (DeadlineState s : DeadlineStatus::all()) {
        const auto n = std::count_if(expected.begin(), expected.end(), [&](const ExpectedRow &r) {
            return r.state == s && r.record.providerId == provider;
        });
        CHECK(counts->value(s) == n);
    }
}

TEST_CASE("an item's timeline lists trigger, dues, extension and remediation in order")
{
    DemoWorkspace demo;
    Workspace &ws = *demo.ws;
    // An open item, extended and then remediated through the service.
    QSqlQuery q(ws.db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT id, due FROM deadlines WHERE verification = 'none' "
                                  "AND remediated_at IS NULL AND original_due = due "
                                  "ORDER BY id LIMIT 1")));
    REQUIRE(q.next());
    const qint64 id = q.value(0).toLongLong();
    const QDate due = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    auto service = DeadlineService::create(ws, {}, {});
    AB_REQUIRE_OK(service);
    AB_REQUIRE_OK(service->extend({id, due.addDays(40), QStringLiteral("training run delayed"),
                                   QStringLiteral("supervisor")}));
    const QDateTime remediatedAt(DemoWorkspace::kToday, QTime(10, 0), Qt::UTC);
    AB_REQUIRE_OK(service->recordRemediation(id, remediatedAt, QStringLiteral("fine-tuned")));

    auto events = DeadlineList::timeline(ws.db(), id, ws.settings().timeZone());
    AB_REQUIRE_OK(events);
    REQUIRE(!events->isEmpty());
    CHECK(events->constFirst().kind == QStringLiteral("trigger"));
    auto find = [&](const char *kind) {
        return std::find_if(events->begin(), events->end(),
                            [&](const DeadlineEvent &e) { return e.kind == QLatin1String(kind); });
    };
    const auto zone = ws.settings().timeZone();
    REQUIRE(find("original_due") != events->end());
    CHECK(find("original_due")->at.toTimeZone(zone).date() == due);
    REQUIRE(find("due") != events->end());
    CHECK(find("due")->at.toTimeZone(zone).date() >= due.addDays(40)); // then off a rest day
    REQUIRE(find("extension") != events->end());
    CHECK(find("extension")->text.contains(QStringLiteral("training run delayed")));
    REQUIRE(find("remediated") != events->end());
    CHECK(find("remediated")->at == remediatedAt);
    for (int i = 1; i < events->size(); ++i)
        CHECK((*events)[i - 1].at <= (*events)[i].at);
}
