// The triage queue of a team workspace: the same queue, details, searches
// and duplicate suggestions as its workspace file gives.

#include "demotestsupport.h"
#include "serverdemo.h"
#include "triage/duplicatefinder.h"
#include "triage/triagequeue.h"

using namespace ab;
using namespace ab::test;

namespace {

QString lineOf(const TriageRow &r)
{
    return QStringList{
        r.id,       r.receivedAt,  r.channel, r.kind,    r.request,
        r.severity, r.responseDue, r.text,    r.sortDue, QString::number(r.severityRank)}
        .join(QLatin1Char('|'));
}

QStringList queueOf(Workspace &ws, int size)
{
    QStringList lines;
    TriageCursor after;
    for (int guard = 0; guard < 10000; ++guard) {
        auto rows = TriageQueue::fetch(ws.db(), after, size);
        AB_REQUIRE_OK(rows);
        for (const TriageRow &r : *rows)
            lines.push_back(lineOf(r));
        if (rows->size() < size)
            return lines;
        after = TriageCursor::after(rows->back());
    }
    FAIL("the queue never ended");
    return lines;
}

QStringList detailOf(Workspace &ws, const QString &id)
{
    auto c = TriageQueue::detail(ws.db(), id);
    AB_REQUIRE_OK(c);
    QStringList lines{QStringList{c->id, c->receivedAt, c->channel, c->kind, c->text, c->contact,
                                  c->request, c->status, c->severity, c->duplicateOf,
                                  c->responseDue, c->resolution}
                          .join(QLatin1Char('|'))};
    for (const TriageLinkedGeneration &g : c->generations)
        lines.push_back(
            QStringList{g.id, g.provider, g.model, g.category, g.severity, g.prompt, g.output}.join(
                QLatin1Char('|')));
    lines.push_back(c->cases.join(QLatin1Char(',')));
    return lines;
}

QStringList generationHits(Workspace &ws, const QString &query)
{
    auto hits = TriageQueue::findGenerations(ws.db(), query, 1000);
    AB_REQUIRE_OK(hits);
    QStringList lines;
    for (const TriageGenerationHit &h : *hits)
        lines.push_back(
            QStringList{h.id, h.flaggedAt, h.category, h.severity, h.prompt, h.output}.join(
                QLatin1Char('|')));
    lines.sort(); // no order is promised
    return lines;
}

QStringList complaintHits(Workspace &ws, const QString &query)
{
    auto rows = TriageQueue::findComplaints(ws.db(), query, 1000);
    AB_REQUIRE_OK(rows);
    QStringList lines;
    for (const TriageRow &r : *rows)
        lines.push_back(lineOf(r));
    return lines;
}

QStringList suggestionsOf(Workspace &ws, const QString &id)
{
    auto found = DuplicateFinder::suggest(ws.db(), id);
    AB_REQUIRE_OK(found);
    QStringList lines;
    for (const DuplicateSuggestion &s : *found)
        lines.push_back(QStringList{s.complaintId, s.receivedAt, s.status, s.duplicateOf, s.text,
                                    QString::number(s.similarity, 'g', 12),
                                    QString::number(s.sameGeneration)}
                            .join(QLatin1Char('|')));
    return lines;
}

} // namespace

TEST_CASE("a team workspace's triage queue, details and duplicates are its file's")
{
    ServerDemo demo(600, 3);
    auto count = TriageQueue::count(demo.file->db());
    AB_REQUIRE_OK(count);
    REQUIRE(*count > 0);
    auto teamCount = TriageQueue::count(demo.team->db());
    AB_REQUIRE_OK(teamCount);
    CHECK(*teamCount == *count);

    const QStringList queue = queueOf(*demo.file, 23);
    REQUIRE(qint64(queue.size()) == *count);
    CHECK(queueOf(*demo.team, 23) == queue);

    const QStringList ids =
        column(*demo.file, QStringLiteral("SELECT id FROM complaints ORDER BY id LIMIT 40"));
    REQUIRE(ids.size() == 40);
    bool suggested = false;
    for (const QString &id : ids) {
        INFO("complaint " << id.toStdString());
        CHECK(detailOf(*demo.team, id) == detailOf(*demo.file, id));
        const QStringList suggestions = suggestionsOf(*demo.file, id);
        suggested = suggested || !suggestions.isEmpty();
        CHECK(suggestionsOf(*demo.team, id) == suggestions);
    }
    CHECK(suggested);
}

TEST_CASE("a team workspace finds the generations and complaints its file finds")
{
    ServerDemo demo(500, 4);
    // Pieces of real text: Chinese of one, two and four characters, a Latin
    // word in another case, an id, and text that is not there.
    const QString prompt =
        column(*demo.file, QStringLiteral("SELECT prompt FROM generations WHERE "
                                          "length(prompt) > 12 ORDER BY id LIMIT 1"))
            .first();
    const QString complaint =
        column(*demo.file, QStringLiteral("SELECT text FROM complaints WHERE length(text) > 12 "
                                          "ORDER BY id LIMIT 1"))
            .first();
    const QString generationId =
        column(*demo.file, QStringLiteral("SELECT max(id) FROM generations")).first();
    const QString complaintId =
        column(*demo.file, QStringLiteral("SELECT max(id) FROM complaints")).first();
    const QStringList generationQueries{
        prompt.mid(3, 1),           prompt.mid(3, 2),
        prompt.mid(5, 4),           generationId,
        prompt.mid(2, 6).toUpper(), QStringLiteral("没有这样的内容 no-such-text")};
    int found = 0;
    for (const QString &query : generationQueries) {
        INFO("generations: " << query.toStdString());
        const QStringList hits = generationHits(*demo.file, query);
        found += hits.isEmpty() ? 0 : 1;
        CHECK(generationHits(*demo.team, query) == hits);
    }
    CHECK(found >= 4);
    found = 0;
    for (const QString &query :
         {complaint.mid(2, 1), complaint.mid(2, 3), complaintId, QStringLiteral("100%_off")}) {
        INFO("complaints: " << query.toStdString());
        const QStringList hits = complaintHits(*demo.file, query);
        found += hits.isEmpty() ? 0 : 1;
        CHECK(complaintHits(*demo.team, query) == hits);
    }
    CHECK(found >= 3);
}
