// Records survive a write and a read unchanged: Chinese text, emoji, and
// texts of a megabyte.
#include "repo/recordrepository.h"
#include "sampledata.h"
#include "testsupport.h"
#include "workspace/workspace.h"

using namespace ab;
using namespace ab::test;

TEST_CASE("generations round-trip through the repository")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("r.auditbench"));
    auto created = Workspace::create(path, QStringLiteral("alice"));
    AB_REQUIRE_OK(created);
    addSampleGenerations(**created, 0);

    Generation g = sampleGeneration(1);
    SECTION("Chinese text and emoji")
    {
        g.prompt = QStringLiteral("请写一首关于长城的诗 🏯，并解释「生」字的含义。");
        g.output = QStringLiteral(
            "万里长城今犹在 🙂 — 生生不息。\nSecond line\twith a tab.");
    }
    SECTION("a 1 MB text")
    {
        QString big;
        while (big.size() < 1024 * 1024)
            big += QStringLiteral("数据治理 data governance 🔒 ");
        g.prompt = big;
        g.output = big + QStringLiteral("end");
    }
    g.labeled = true;
    RecordRepository repo((*created)->db());
    AB_REQUIRE_OK((*created)->db().transaction([&] { return repo.insert(g); }));
    created->reset();

    auto ws = Workspace::open(path, QStringLiteral("alice"));
    AB_REQUIRE_OK(ws);
    auto found = RecordRepository((*ws)->db()).findGeneration(g.id);
    AB_REQUIRE_OK(found);
    REQUIRE(found->has_value());
    const Generation &back = **found;
    CHECK(back.prompt == g.prompt);
    CHECK(back.output == g.output);
    CHECK(back.flaggedAt == g.flaggedAt);
    CHECK(back.labeled == std::optional<bool>(true));
    CHECK(back.contentHash == Generation::hashOf(g.prompt, g.output));
}

TEST_CASE("complaints round-trip with their linked generations")
{
    TempDir dir;
    auto ws = Workspace::create(dir.path(QStringLiteral("c.auditbench")), QStringLiteral("alice"));
    AB_REQUIRE_OK(ws);
    addSampleGenerations(**ws, 3);
    Complaint c;
    c.id = QStringLiteral("C1");
    c.receivedAt = QStringLiteral("2026-03-02T01:00:00Z");
    c.channel = QStringLiteral("app");
    c.kind = QStringLiteral("personal_info");
    c.text = QStringLiteral("回答里出现了我的手机号 13800138000，请删除。😡");
    c.contact = QStringLiteral("张先生");
    c.request = QStringLiteral("delete");
    c.generations = {QStringLiteral("G00001"), QStringLiteral("G00003")};
    RecordRepository repo((*ws)->db());
    AB_REQUIRE_OK((*ws)->db().transaction([&] { return repo.insert(c); }));
    auto found = repo.findComplaint(QStringLiteral("C1"));
    AB_REQUIRE_OK(found);
    REQUIRE(found->has_value());
    CHECK((*found)->text == c.text);
    CHECK((*found)->contact == c.contact);
    CHECK((*found)->request == c.request);
    CHECK((*found)->generations == c.generations);
    CHECK((*found)->status == QStringLiteral("new"));
}

TEST_CASE("a failed insert inside a transaction leaves nothing behind")
{
    TempDir dir;
    auto ws = Workspace::create(dir.path(QStringLiteral("t.auditbench")), QStringLiteral("alice"));
    AB_REQUIRE_OK(ws);
    addSampleGenerations(**ws, 1);
    RecordRepository repo((*ws)->db());
    Generation ok = sampleGeneration(2);
    Generation dangling = sampleGeneration(3);
    dangling.modelVersionId = QStringLiteral("no-such-model");
    const Status s = (*ws)->db().transaction([&]() -> Status {
        if (Status a = repo.insert(ok); !a)
            return a;
        return repo.insert(dangling);
    });
    REQUIRE_FALSE(s.ok());
    auto found = repo.findGeneration(ok.id);
    AB_REQUIRE_OK(found);
    CHECK_FALSE(found->has_value());
}
