// Lineage on a team workspace: the same traces and dataset impacts as its
// workspace file gives.

#include "demotestsupport.h"
#include "lineage/lineagetrace.h"
#include "serverdemo.h"

#include <QJsonDocument>

using namespace ab;
using namespace ab::test;

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

template <typename Fn> void checkSameTrace(ServerDemo &demo, Fn trace)
{
    auto file = trace(demo.file->db());
    auto team = trace(demo.team->db());
    AB_REQUIRE_OK(file);
    AB_REQUIRE_OK(team);
    CHECK(json(team->toJson()) == json(file->toJson()));
}

} // namespace

TEST_CASE("a team workspace traces lineage and dataset impact as its file does")
{
    ServerDemo demo(500, 17);
    const QStringList generations = column(
        *demo.file, QStringLiteral("SELECT id FROM generations WHERE id IN (SELECT item_id "
                                   "FROM deadlines) OR id IN (SELECT min(id) FROM generations) "
                                   "ORDER BY id LIMIT 25"));
    const QStringList complaints = column(
        *demo.file,
        QStringLiteral("SELECT complaint_id FROM complaint_generations ORDER BY 1 LIMIT 15"));
    const QStringList models =
        column(*demo.file, QStringLiteral("SELECT id FROM model_versions ORDER BY id"));
    const QStringList datasets =
        column(*demo.file, QStringLiteral("SELECT id FROM datasets ORDER BY id"));
    REQUIRE(generations.size() > 5);
    REQUIRE(complaints.size() > 5);
    REQUIRE(!models.isEmpty());
    REQUIRE(!datasets.isEmpty());

    for (const QString &id : generations) {
        INFO("generation " << id.toStdString());
        checkSameTrace(demo, [&](Database &db) { return LineageTrace::fromGeneration(db, id); });
    }
    for (const QString &id : complaints) {
        INFO("complaint " << id.toStdString());
        checkSameTrace(demo, [&](Database &db) { return LineageTrace::fromComplaint(db, id); });
    }
    checkSameTrace(demo, [&](Database &db) { return LineageTrace::fromModels(db, models); });

    BrowseContext context;
    context.asOf = kDemoToday;
    context.zone = demo.file->settings().timeZone();
    context.dueSoonDays = demo.file->settings().dueSoonDays;
    qint64 open = 0;
    for (const QString &id : datasets) {
        INFO("dataset " << id.toStdString());
        auto file = LineageTrace::impactOfDataset(demo.file->db(), id, context);
        auto team = LineageTrace::impactOfDataset(demo.team->db(), id, context);
        AB_REQUIRE_OK(file);
        AB_REQUIRE_OK(team);
        open += file->openGenerations + file->openComplaints;
        CHECK(json(team->toJson()) == json(file->toJson()));
    }
    CHECK(open > 0);
}
