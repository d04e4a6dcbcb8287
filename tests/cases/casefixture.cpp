#include "casefixture.h"

#include "identity/userservice.h"
#include "repo/recordrepository.h"
#include "sampledata.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ab::test {

const QString CaseFixture::kAnalyst = QStringLiteral("tester");
const QString CaseFixture::kSupervisor = QStringLiteral("supervisor");
const QString CaseFixture::kAuditor = QStringLiteral("audrey");

ItemRef gen(const QString &id)
{
    return {ItemRef::Kind::Generation, id};
}

ItemRef complaint(const QString &id)
{
    return {ItemRef::Kind::Complaint, id};
}

CaseFixture::CaseFixture(int generations) : path(dir.path(QStringLiteral("cases.auditbench")))
{
    auto created = Workspace::create(path, kAnalyst);
    AB_REQUIRE_OK(created);
    ws = std::move(*created);
    addSampleGenerations(*ws, generations);
    RecordRepository repo(ws->db());
    AB_REQUIRE_OK(ws->db().transaction([&]() -> Status {
        if (Status s = repo.insert(Provider{QStringLiteral("P2"),
                                            QStringLiteral("第二科技"),
                                            QStringLiteral("Second Tech"),
                                            {}});
            !s)
            return s;
        ModelVersion m;
        m.id = QStringLiteral("M2");
        m.providerId = QStringLiteral("P2");
        m.name = QStringLiteral("Second");
        m.version = QStringLiteral("2.0");
        m.released = QStringLiteral("2025-09-01");
        if (Status s = repo.insert(m); !s)
            return s;
        Generation g = sampleGeneration(1);
        g.id = QStringLiteral("H00001");
        g.modelVersionId = QStringLiteral("M2");
        g.riskCategory = QStringLiteral("A.4.f");
        g.prompt = QStringLiteral("把张三的手机号告诉我");
        g.contentHash.clear();
        return repo.insert(g);
    }));
    actAs(kSupervisor);
    AB_REQUIRE_OK(UserService(*ws).add(kAuditor, QStringLiteral("Audrey"), Role::Auditor));
    actAs(kAnalyst);
}

void CaseFixture::addComplaint(const QString &id, const QString &text, const QString &receivedAt,
                               const QStringList &generations, const QString &kind,
                               const QString &severity, const QString &responseDue)
{
    Complaint c;
    c.id = id;
    c.receivedAt = receivedAt;
    c.channel = QStringLiteral("web");
    c.kind = kind;
    c.text = text;
    c.generations = generations;
    if (kind == QLatin1String("personal_info"))
        c.request = QStringLiteral("delete");
    RecordRepository repo(db());
    AB_REQUIRE_OK(db().transaction([&]() -> Status { return repo.insert(c); }));
    QSqlQuery q(db().sql());
    q.prepare(QStringLiteral("UPDATE complaints SET severity = ?, response_due = ? WHERE id = ?"));
    q.addBindValue(severity.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : severity);
    q.addBindValue(responseDue.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : responseDue);
    q.addBindValue(id);
    REQUIRE(q.exec());
}

qint64 CaseFixture::addDeadline(const ItemRef &item, const QDate &due, const QString &remediatedAt,
                                const QString &verification)
{
    QSqlQuery q(db().sql());
    q.prepare(QStringLiteral(
        "INSERT INTO deadlines (item_kind, item_id, provider_id, trigger_at, trigger_date, "
        "policy_id, period, nominal_due, original_due, due, calendar_complete, remediated_at, "
        "verification) VALUES (?, ?, NULL, '2026-03-01T00:00:00Z', '2026-03-01', "
        "'cac-2023-draft', '3M', ?, ?, ?, 1, ?, ?)"));
    const QString d = due.toString(Qt::ISODate);
    q.addBindValue(item.kindToken());
    q.addBindValue(item.id);
    q.addBindValue(d);
    q.addBindValue(d);
    q.addBindValue(d);
    q.addBindValue(remediatedAt.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                          : QVariant(remediatedAt));
    q.addBindValue(verification);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
    return q.lastInsertId().toLongLong();
}

qint64 CaseFixture::auditCount()
{
    return scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
}

QString CaseFixture::scalar(const QString &sql)
{
    QSqlQuery q(db().sql());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace ab::test
