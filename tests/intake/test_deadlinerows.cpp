// The deadline rows an import writes are the rows DeadlineService::assign()
// writes for the same items: the import computes them in bulk inside its own
// transaction, and must not drift from the deadline engine.
#include "deadlines/deadlineservice.h"
#include "intakefixture.h"
#include "repo/recordrepository.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace ab;
using namespace ab::test;

namespace {

// Every column but the row id, as text, for one item.
QStringList deadlineRow(Workspace &ws, const QString &item)
{
    QSqlQuery q(ws.db().sql());
    q.prepare(QStringLiteral("SELECT * FROM deadlines WHERE item_id = ?"));
    q.addBindValue(item);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    QStringList out;
    for (int i = 0; i < q.record().count(); ++i)
        if (q.record().fieldName(i) != QLatin1String("id"))
            out << q.record().fieldName(i) + QLatin1Char('=') +
                       (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
    return out;
}

} // namespace

TEST_CASE("imported deadlines equal those the deadline service assigns")
{
    IntakeFixture imported;
    REQUIRE(imported.import({imported.fixture(QStringLiteral("valid.jsonl"))}).committed);

    // The same records, entered one by one, then assigned by the service.
    IntakeFixture manual;
    RecordRepository repo(manual.ws->db());
    auto service = DeadlineService::create(*manual.ws, QString(), QString());
    AB_REQUIRE_OK(service);
    AB_REQUIRE_OK(manual.ws->db().transaction([&]() -> Status {
        if (Status s = repo.insert(Provider{QStringLiteral("P-1"), QStringLiteral("p"), {}, {}});
            !s)
            return s;
        ModelVersion m;
        m.id = QStringLiteral("M-chat");
        m.providerId = QStringLiteral("P-1");
        m.name = QStringLiteral("Example Chat");
        m.version = QStringLiteral("2.1");
        m.released = QStringLiteral("2024-01-15");
        if (Status s = repo.insert(m); !s)
            return s;
        for (const auto &[id, created, flagged] :
             {std::tuple{"G-1", "2024-03-01T01:00:00Z", "2024-03-01T12:00:00Z"},
              std::tuple{"G-2", "2024-03-01T01:05:00Z", "2024-03-01T01:06:00Z"}}) {
            Generation g;
            g.id = QString::fromLatin1(id);
            g.modelVersionId = m.id;
            g.createdAt = QString::fromLatin1(created);
            g.flaggedAt = QString::fromLatin1(flagged);
            g.prompt = g.output = QStringLiteral("x");
            g.modality = QStringLiteral("text");
            g.riskCategory = QStringLiteral("A.1.g");
            g.severity = QStringLiteral("high");
            g.flagSource = QStringLiteral("filter");
            if (Status s = repo.insert(g); !s)
                return s;
        }
        Complaint c;
        c.id = QStringLiteral("C-1");
        c.receivedAt = QStringLiteral("2024-03-02T02:15:00Z");
        c.channel = QStringLiteral("app");
        c.kind = QStringLiteral("personal_info");
        c.text = QStringLiteral("t");
        c.generations = {QStringLiteral("G-1"), QStringLiteral("G-2")};
        return repo.insert(c);
    }));
    RetestRequest retest;
    retest.item = {ItemRef::Kind::Generation, QStringLiteral("G-1")};
    retest.testedAt = QDateTime(QDate(2024, 4, 1), QTime(10, 0), Qt::UTC);
    retest.modelVersionId = QStringLiteral("M-chat");
    retest.reproduced = true;
    AB_REQUIRE_OK(service->recordRetest(retest));
    for (const auto &[kind, id] :
         {std::pair{ItemRef::Kind::Generation, "G-1"}, std::pair{ItemRef::Kind::Generation, "G-2"},
          std::pair{ItemRef::Kind::Complaint, "C-1"}})
        AB_REQUIRE_OK(service->assign({{kind, QString::fromLatin1(id)}, {}, std::nullopt}));

    for (const char *id : {"G-1", "G-2", "C-1"}) {
        INFO(id);
        CHECK(deadlineRow(*imported.ws, QString::fromLatin1(id)) ==
              deadlineRow(*manual.ws, QString::fromLatin1(id)));
    }
}
