#include "sampledata.h"

#include "repo/recordrepository.h"
#include "testsupport.h"

#include <QDateTime>

namespace ab::test {

Generation sampleGeneration(int n)
{
    Generation g;
    g.id = QStringLiteral("G%1").arg(n, 5, 10, QLatin1Char('0'));
    g.modelVersionId = QStringLiteral("M1");
    const QDateTime base(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    g.createdAt = base.addSecs(60 * n - 30).toString(Qt::ISODate);
    g.flaggedAt = base.addSecs(60 * n).toString(Qt::ISODate);
    g.prompt = QStringLiteral("请介绍一下 topic %1").arg(n);
    g.output = QStringLiteral("output %1").arg(n);
    g.modality = QStringLiteral("text");
    g.riskCategory = QStringLiteral("A.1.g");
    g.severity = QStringLiteral("medium");
    g.flagSource = QStringLiteral("filter");
    return g;
}

void addSampleGenerations(Workspace &ws, int count)
{
    RecordRepository repo(ws.db());
    AB_REQUIRE_OK(ws.db().transaction([&]() -> Status {
        if (Status s = repo.insert(Provider{QStringLiteral("P1"),
                                            QStringLiteral("示例科技"),
                                            QStringLiteral("Example Tech"),
                                            {}});
            !s)
            return s;
        ModelVersion m;
        m.id = QStringLiteral("M1");
        m.providerId = QStringLiteral("P1");
        m.name = QStringLiteral("示例大模型");
        m.version = QStringLiteral("1.0");
        m.released = QStringLiteral("2025-06-01");
        if (Status s = repo.insert(m); !s)
            return s;
        for (int i = 1; i <= count; ++i)
            if (Status s = repo.insert(sampleGeneration(i)); !s)
                return s;
        return {};
    }));
}

} // namespace ab::test
