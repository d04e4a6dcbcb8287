// The review cases of a team workspace: the same lists, searches, records,
// items, notes, evidence and timelines as its workspace file gives.

#include "cases/casequery.h"
#include "demotestsupport.h"
#include "serverdemo.h"

#include <QJsonDocument>

using namespace ab;
using namespace ab::test;

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString itemText(const ItemRef &item)
{
    return (item.kind == ItemRef::Kind::Generation ? QStringLiteral("generation:")
                                                   : QStringLiteral("complaint:")) +
           item.id;
}

QStringList linesOf(const QVector<CaseListRow> &rows)
{
    QStringList lines;
    for (const CaseListRow &r : rows)
        lines.push_back(QStringList{QString::number(r.id), r.number, r.title, r.status, r.priority,
                                    r.assignee, r.providerName, r.openedAt, r.earliestDue,
                                    QString::number(r.itemCount)}
                            .join(QLatin1Char('|')));
    return lines;
}

QStringList listOf(Workspace &ws, const CaseFilter &filter)
{
    QVector<CaseListRow> all;
    CaseCursor after;
    for (int guard = 0; guard < 1000; ++guard) {
        auto page = CaseQuery::page(ws.db(), filter, after, 7, kDemoToday);
        AB_REQUIRE_OK(page);
        all += *page;
        if (page->size() < 7)
            return linesOf(all);
        after = {page->back().openedAt, page->back().id};
    }
    FAIL("the list never ended");
    return {};
}

// Everything the case page shows of one case.
QStringList caseOf(Workspace &ws, qint64 id)
{
    Database &db = ws.db();
    const QTimeZone zone = ws.settings().timeZone();
    QStringList lines;
    auto record = CaseQuery::find(db, id);
    AB_REQUIRE_OK(record);
    lines << json(CaseQuery::toJson(*record)) << record->providerName << record->openedBy
          << record->closedAt << QString::number(record->rowVersion);
    auto items = CaseQuery::items(db, id, kDemoToday, ws.settings().dueSoonDays, zone);
    AB_REQUIRE_OK(items);
    for (const CaseItemRow &i : *items)
        lines << QStringList{itemText(i.item),
                             i.addedAt,
                             i.addedBy,
                             i.summary,
                             i.categories,
                             i.severity,
                             i.complaintStatus,
                             i.deadline ? json(DeadlineQuery::toJson(*i.deadline)) : QString(),
                             i.state ? DeadlineStatus::token(*i.state) : QString()}
                     .join(QLatin1Char('|'));
    auto categories = CaseQuery::categories(db, id);
    AB_REQUIRE_OK(categories);
    lines << categories->join(QLatin1Char(','));
    auto deadline = CaseQuery::deadline(db, id, kDemoToday);
    AB_REQUIRE_OK(deadline);
    lines << deadline->due.toString(Qt::ISODate) + QLatin1Char('|') +
                 QString::number(deadline->daysLeft) + QLatin1Char('|') +
                 QString::number(deadline->openItems);
    auto open = CaseQuery::unremediatedItems(db, id);
    AB_REQUIRE_OK(open);
    for (const ItemRef &i : *open)
        lines << itemText(i);
    auto notes = CaseQuery::notes(db, id);
    AB_REQUIRE_OK(notes);
    for (const CaseNote &n : *notes)
        lines << QString::number(n.id) + n.at + n.author + n.body;
    auto evidence = CaseQuery::evidence(db, id);
    AB_REQUIRE_OK(evidence);
    for (const CaseEvidence &e : *evidence)
        lines << e.sha256 + e.fileName + e.mime + QString::number(e.size) + e.addedAt + e.addedBy;
    auto events = CaseQuery::timeline(db, id);
    AB_REQUIRE_OK(events);
    for (const CaseEvent &e : *events)
        lines << QStringList{QString::number(e.id),      e.at, e.actor, e.kind, json(e.detail),
                             QString::number(e.auditSeq)}
                     .join(QLatin1Char('|'));
    return lines;
}

} // namespace

TEST_CASE("a team workspace's review cases are its file's, listed, searched and opened")
{
    ServerDemo demo(600, 21);
    const QStringList ids =
        column(*demo.file, QStringLiteral("SELECT id FROM review_cases ORDER BY id"));
    REQUIRE(ids.size() > 3);

    CaseFilter all;
    CaseFilter open;
    open.status = QStringLiteral("open");
    CaseFilter unassigned;
    unassigned.assignee = QStringLiteral("-");
    CaseFilter overdue;
    overdue.overdueOnly = true;
    CaseFilter byProvider;
    byProvider.providerId =
        column(*demo.file, QStringLiteral("SELECT min(provider_id) FROM review_cases")).first();
    for (const CaseFilter &f : {all, open, unassigned, overdue, byProvider}) {
        INFO("status " << f.status.toStdString() << " assignee " << f.assignee.toStdString()
                       << " provider " << f.providerId.toStdString() << " overdue "
                       << f.overdueOnly);
        const QStringList file = listOf(*demo.file, f);
        CHECK(listOf(*demo.team, f) == file);
    }
    REQUIRE(qsizetype(listOf(*demo.file, all).size()) == ids.size());

    const QString title =
        column(*demo.file, QStringLiteral("SELECT title FROM review_cases ORDER BY id LIMIT 1"))
            .first();
    for (const QString &text : {title.mid(1, 3), title.mid(1, 3).toUpper(), QStringLiteral("CASE-"),
                                QStringLiteral("nothing like it")}) {
        INFO("search " << text.toStdString());
        auto file = CaseQuery::search(demo.file->db(), text, 50);
        auto team = CaseQuery::search(demo.team->db(), text, 50);
        AB_REQUIRE_OK(file);
        AB_REQUIRE_OK(team);
        CHECK(linesOf(*team) == linesOf(*file));
    }

    bool withItems = false;
    for (const QString &id : ids) {
        INFO("case " << id.toStdString());
        const QStringList file = caseOf(*demo.file, id.toLongLong());
        withItems = withItems || file.size() > 8;
        CHECK(caseOf(*demo.team, id.toLongLong()) == file);
    }
    CHECK(withItems);

    auto providers = CaseQuery::providers(demo.file->db());
    auto teamProviders = CaseQuery::providers(demo.team->db());
    AB_REQUIRE_OK(providers);
    AB_REQUIRE_OK(teamProviders);
    REQUIRE(!providers->isEmpty());
    CHECK(*teamProviders == *providers);

    const QString generation =
        column(*demo.file, QStringLiteral("SELECT min(id) FROM generations")).first();
    for (const QString &text : {generation, QString(QStringLiteral("generation:") + generation)}) {
        auto file = CaseQuery::resolveItem(demo.file->db(), text);
        auto team = CaseQuery::resolveItem(demo.team->db(), text);
        AB_REQUIRE_OK(file);
        AB_REQUIRE_OK(team);
        CHECK(itemText(*team) == itemText(*file));
    }
}
