#include "lineagefixture.h"

#include "repo/recordrepository.h"
#include "testsupport.h"

#include <QSqlQuery>

namespace ab::test {

DatasetNode dataset(const QString &id, const QString &stage, qint64 sampled, qint64 flagged)
{
    DatasetNode d;
    d.id = id;
    d.providerId = QStringLiteral("P1");
    d.name = QStringLiteral("数据集 ") + id;
    d.stage = stage;
    d.sourceType = QStringLiteral("self_collected");
    d.source = QStringLiteral("crawl");
    d.sampledItems = sampled;
    d.sampledFlagged = flagged;
    return d;
}

LineageBatch lineageBatch()
{
    LineageBatch b;
    const QString pre = QStringLiteral("pretrain");
    b.datasets = {dataset(QStringLiteral("D1"), pre, 1000, 50),
                  dataset(QStringLiteral("D2"), pre, 1000, 60),
                  dataset(QStringLiteral("D3"), pre),
                  dataset(QStringLiteral("D4"), pre),
                  dataset(QStringLiteral("D5"), pre),
                  dataset(QStringLiteral("D6"), QStringLiteral("finetune")),
                  dataset(QStringLiteral("D7"), QStringLiteral("alignment")),
                  dataset(QStringLiteral("D8"), pre),
                  dataset(QStringLiteral("D9"), QStringLiteral("evaluation"))};
    auto d = [](const char *a, const char *from) {
        return LineageBatch::Derivation{QString::fromLatin1(a), QString::fromLatin1(from)};
    };
    b.derivations = {d("D3", "D1"), d("D3", "D2"), d("D4", "D1"), d("D5", "D3"), d("D5", "D4")};
    auto t = [](const char *ds, const char *m, const char *role) {
        return LineageBatch::Training{QString::fromLatin1(ds), QString::fromLatin1(m),
                                      QString::fromLatin1(role)};
    };
    b.training = {t("D5", "MB", "pretrain"), t("D6", "M1", "finetune"), t("D7", "M2", "alignment"),
                  t("D8", "MX", "pretrain"), t("D9", "M2", "evaluation")};
    return b;
}

void buildLineage(Workspace &ws)
{
    RecordRepository repo(ws.db());
    AB_REQUIRE_OK(ws.db().transaction([&]() -> Status {
        if (Status s = repo.insert(Provider{QStringLiteral("P1"),
                                            QStringLiteral("星河科技"),
                                            QStringLiteral("Xinghe Tech"),
                                            {}});
            !s)
            return s;
        for (const auto &[id, base] : {std::pair{"MB", ""}, std::pair{"M1", "MB"},
                                       std::pair{"M2", "M1"}, std::pair{"MX", "MB"}}) {
            ModelVersion m;
            m.id = QString::fromLatin1(id);
            m.providerId = QStringLiteral("P1");
            m.name = QStringLiteral("星河");
            m.version = m.id;
            m.released = QStringLiteral("2025-01-01");
            m.baseModel = QString::fromLatin1(base);
            if (Status s = repo.insert(m); !s)
                return s;
        }
        int n = 0;
        for (const auto &[id, model] :
             {std::pair{"G1", "M2"}, std::pair{"G2", "M2"}, std::pair{"G3", "M1"}}) {
            Generation g;
            g.id = QString::fromLatin1(id);
            g.modelVersionId = QString::fromLatin1(model);
            g.createdAt = g.flaggedAt = QStringLiteral("2026-03-0%1T00:00:00Z").arg(++n);
            g.prompt = QStringLiteral("prompt ") + g.id;
            g.output = QStringLiteral("output ") + g.id;
            g.modality = QStringLiteral("text");
            g.riskCategory = QStringLiteral("A.1.g");
            g.severity = QStringLiteral("high");
            g.flagSource = QStringLiteral("filter");
            if (Status s = repo.insert(g); !s)
                return s;
        }
        for (const auto &[id, g, status] :
             {std::tuple{"C1", "G1", "new"}, std::tuple{"C2", "G3", "resolved"}}) {
            Complaint c;
            c.id = QString::fromLatin1(id);
            c.receivedAt = QStringLiteral("2026-03-05T00:00:00Z");
            c.channel = QStringLiteral("web");
            c.kind = QStringLiteral("illegal_content");
            c.text = QStringLiteral("complaint");
            c.status = QString::fromLatin1(status);
            c.generations = {QString::fromLatin1(g)};
            if (Status s = repo.insert(c); !s)
                return s;
        }
        QSqlQuery q(ws.db().sql());
        if (!q.exec(QStringLiteral(
                "INSERT INTO deadlines (item_kind, item_id, trigger_at, trigger_date, policy_id, "
                "period, nominal_due, original_due, due, calendar_complete, remediated_at) VALUES "
                "('generation', 'G2', '2026-03-02T00:00:00Z', '2026-03-02', 'cac-2023-draft', "
                "'P3M', '2026-06-02', '2026-06-02', '2026-06-02', 1, '2026-03-10T00:00:00Z')")))
            return ws.db().sqlError(QStringLiteral("deadline"), q);
        return {};
    }));
    AB_REQUIRE_OK(LineageImport::apply(ws, lineageBatch()));
}

} // namespace ab::test
