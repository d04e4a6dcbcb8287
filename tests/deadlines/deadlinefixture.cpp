#include "deadlinefixture.h"

#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ab::test {

DeadlineFixture::DeadlineFixture(const QString &path) : m_path(path)
{
    auto ws = Workspace::create(path, QStringLiteral("tester"), QStringLiteral("supervisor"));
    AB_REQUIRE_OK(ws);
    m_ws = std::move(*ws);
    exec(QStringLiteral("INSERT INTO users (name, role, created_at) VALUES "
                        "('audrey', 'auditor', '2026-01-01T00:00:00Z')"));
    exec(
        QStringLiteral("INSERT INTO providers (id, name, policy_id) VALUES "
                       "('P1', 'Provider One', NULL), ('P2', 'Provider Two', 'cac-2023-interim')"));
    exec(QStringLiteral(
        "INSERT INTO model_versions (id, provider_id, name, version, released) VALUES "
        "('M1', 'P1', 'chat', '1.0', '2025-12-01'), ('M2', 'P1', 'chat', '1.1', '2026-04-01'), "
        "('M3', 'P1', 'chat', '1.2', '2026-07-01'), ('M9', 'P2', 'draw', '3.0', '2025-06-01')"));
}

void DeadlineFixture::exec(const QString &sql)
{
    QSqlQuery q(m_ws->db().sql());
    INFO(sql.toStdString());
    INFO(q.lastError().text().toStdString());
    const bool ok = q.exec(sql);
    INFO(q.lastError().text().toStdString());
    REQUIRE(ok);
}

qint64 DeadlineFixture::count(const QString &sql)
{
    QSqlQuery q(m_ws->db().sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void DeadlineFixture::addGeneration(const QString &id, const QString &model,
                                    const QString &flaggedAt)
{
    QSqlQuery q(m_ws->db().sql());
    q.prepare(QStringLiteral(
        "INSERT INTO generations (id, model_version_id, created_at, prompt, output, modality, "
        "risk_category, severity, flag_source, flagged_at, content_hash) "
        "VALUES (?, ?, ?, 'prompt', 'output', 'text', 'A.1.g', 'high', 'filter', ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(model);
    q.addBindValue(flaggedAt);
    q.addBindValue(flaggedAt);
    q.addBindValue(QString(64, QLatin1Char('a')));
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
}

void DeadlineFixture::addComplaint(const QString &id, const QString &receivedAt,
                                   const QStringList &generations)
{
    QSqlQuery q(m_ws->db().sql());
    q.prepare(QStringLiteral("INSERT INTO complaints (id, received_at, channel, kind, text) "
                             "VALUES (?, ?, 'web', 'illegal_content', 'complaint text')"));
    q.addBindValue(id);
    q.addBindValue(receivedAt);
    REQUIRE(q.exec());
    for (const QString &g : generations) {
        q.prepare(QStringLiteral(
            "INSERT INTO complaint_generations (complaint_id, generation_id) VALUES (?, ?)"));
        q.addBindValue(id);
        q.addBindValue(g);
        REQUIRE(q.exec());
    }
}

std::unique_ptr<Workspace> DeadlineFixture::openAs(const QString &user)
{
    auto ws = Workspace::open(m_path, user);
    AB_REQUIRE_OK(ws);
    return std::move(*ws);
}

} // namespace ab::test
