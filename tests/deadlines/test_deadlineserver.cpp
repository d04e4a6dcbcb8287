// The deadline lists of a team workspace: the same pages, counts, providers
// and timelines as its workspace file gave.

#include "deadlines/deadlinelist.h"
#include "deadlines/deadlinequery.h"
#include "deadlines/deadlinestatus.h"
#include "demotestsupport.h"
#include "serverdemo.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace ab;
using namespace ab::test;

namespace {

// Everything a list row shows, as one line.
QString lineOf(const DeadlineListRow &r)
{
    return QStringList{QString::number(r.id),
                       r.itemKind,
                       r.itemId,
                       r.providerId,
                       r.providerName,
                       r.providerNameEn,
                       r.policyId,
                       r.triggerDate.toString(Qt::ISODate),
                       r.due.toString(Qt::ISODate),
                       r.originalDue.toString(Qt::ISODate),
                       QString::number(r.calendarComplete),
                       r.containmentDue.toString(Qt::ISODate),
                       QString::number(r.contained),
                       QString::number(r.remediated),
                       DeadlineStatus::token(r.state)}
        .join(QLatin1Char('|'));
}

// The whole list, walked in pages of `size`.
QStringList walk(Workspace &ws, const DeadlineListFilter &f, int size)
{
    QStringList lines;
    std::optional<DeadlineListCursor> after;
    for (int guard = 0; guard < 10000; ++guard) {
        auto page = DeadlineList::page(ws.db(), f, after, size);
        AB_REQUIRE_OK(page);
        for (const DeadlineListRow &r : page->rows)
            lines.push_back(lineOf(r));
        if (!page->next)
            return lines;
        after = page->next;
    }
    FAIL("the list never ended");
    return lines;
}

QList<DeadlineListFilter> filtersOf(Workspace &ws)
{
    DeadlineListFilter all;
    all.asOf = kDemoToday;
    all.dueSoonDays = ws.settings().dueSoonDays;
    all.zone = ws.settings().timeZone();
    QList<DeadlineListFilter> out{all};
    for (DeadlineState s : DeadlineStatus::all()) {
        DeadlineListFilter f = all;
        f.state = s;
        out.push_back(f);
    }
    QSqlQuery q(ws.db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT min(provider_id), min(policy_id) FROM deadlines")));
    REQUIRE(q.next());
    DeadlineListFilter byProvider = all;
    byProvider.providerId = q.value(0).toString();
    DeadlineListFilter byPolicy = all;
    byPolicy.policyId = q.value(1).toString().section(QLatin1Char(':'), 0, 0);
    DeadlineListFilter byDays = all;
    byDays.days.dueFrom = kDemoToday.addDays(-20);
    byDays.days.dueTo = kDemoToday.addDays(30);
    byDays.days.triggerFrom = kDemoToday.addDays(-120);
    DeadlineListFilter elsewhere = all;
    elsewhere.zone = QTimeZone("America/New_York");
    elsewhere.asOf = kDemoToday.addDays(40);
    out << byProvider << byPolicy << byDays << elsewhere;
    return out;
}

} // namespace

TEST_CASE("a team workspace's deadline list gives what its workspace file gives")
{
    ServerDemo demo(700, 5);
    for (const DeadlineListFilter &f : filtersOf(*demo.file)) {
        INFO("state " << (f.state ? DeadlineStatus::token(*f.state).toStdString() : "any")
                      << " provider " << f.providerId.toStdString() << " policy "
                      << f.policyId.toStdString() << " zone " << f.zone.id().toStdString());
        const QStringList file = walk(*demo.file, f, 37);
        const QStringList team = walk(*demo.team, f, 37);
        CHECK(team == file);
        if (!f.state)
            REQUIRE(!file.isEmpty());

        auto fileCounts = DeadlineList::counts(demo.file->db(), f);
        auto teamCounts = DeadlineList::counts(demo.team->db(), f);
        AB_REQUIRE_OK(fileCounts);
        AB_REQUIRE_OK(teamCounts);
        CHECK(*teamCounts == *fileCounts);

        auto fileAll = DeadlineStatus::countAll(demo.file->db(), f.asOf, f.dueSoonDays, f.zone);
        auto teamAll = DeadlineStatus::countAll(demo.team->db(), f.asOf, f.dueSoonDays, f.zone);
        AB_REQUIRE_OK(fileAll);
        AB_REQUIRE_OK(teamAll);
        CHECK(*teamAll == *fileAll);
    }
    // Every state occurs in the demo, so each state's list above was tried
    // with rows in it.
    auto counts =
        DeadlineStatus::countAll(demo.file->db(), kDemoToday, demo.file->settings().dueSoonDays,
                                 demo.file->settings().timeZone());
    AB_REQUIRE_OK(counts);
    for (DeadlineState s : DeadlineStatus::all())
        CHECK(counts->value(s) > 0);
}

TEST_CASE("a team workspace's deadline records, providers and timelines are its file's")
{
    ServerDemo demo(400, 9);
    for (bool chinese : {false, true}) {
        auto file = DeadlineList::providers(demo.file->db(), chinese);
        auto team = DeadlineList::providers(demo.team->db(), chinese);
        AB_REQUIRE_OK(file);
        AB_REQUIRE_OK(team);
        REQUIRE(!file->isEmpty());
        CHECK(*team == *file);
    }

    // Every record in due order with its status, as the CLI lists them.
    auto records = [](Workspace &ws) {
        QStringList lines;
        AB_REQUIRE_OK(DeadlineQuery::forEach(
            ws.db(), kDemoToday, ws.settings().dueSoonDays, ws.settings().timeZone(),
            [&](const DeadlineRecord &r, DeadlineState s) {
                lines.push_back(
                    QString::fromUtf8(QJsonDocument(DeadlineQuery::toJson(r)).toJson()) +
                    DeadlineStatus::token(s));
                return true;
            }));
        return lines;
    };
    const QStringList fileRecords = records(*demo.file);
    REQUIRE(!fileRecords.isEmpty());
    CHECK(records(*demo.team) == fileRecords);

    // Timelines of deadlines with extensions, pauses, re-tests and without.
    const QStringList ids =
        column(*demo.file,
               QStringLiteral("SELECT id FROM deadlines WHERE id IN (SELECT deadline_id FROM "
                              "deadline_extensions) OR remediated_at IS NOT NULL OR id % 17 = 0 "
                              "ORDER BY id LIMIT 60"));
    REQUIRE(ids.size() > 10);
    for (const QString &id : ids) {
        INFO("deadline " << id.toStdString());
        auto file = DeadlineList::timeline(demo.file->db(), id.toLongLong(),
                                           demo.file->settings().timeZone());
        auto team = DeadlineList::timeline(demo.team->db(), id.toLongLong(),
                                           demo.team->settings().timeZone());
        AB_REQUIRE_OK(file);
        AB_REQUIRE_OK(team);
        REQUIRE(team->size() == file->size());
        for (qsizetype i = 0; i < file->size(); ++i) {
            CHECK((*team)[i].at == (*file)[i].at);
            CHECK((*team)[i].kind == (*file)[i].kind);
            CHECK((*team)[i].text == (*file)[i].text);
            CHECK((*team)[i].calendarIncomplete == (*file)[i].calendarIncomplete);
        }
    }
}
