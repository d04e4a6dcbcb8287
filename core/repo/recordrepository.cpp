#include "recordrepository.h"

#include "storage/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace ab {

namespace {

// NULL for an empty optional text field, so that "absent" stays absent.
QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

Status run(Database &db, QSqlQuery &q, const char *what)
{
    if (!q.exec())
        return db.sqlError(QString::fromLatin1(what), q);
    return {};
}

} // namespace

Status RecordRepository::insert(const Provider &p)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO providers (id, name, name_en, filing_no) VALUES (?, ?, ?, ?)"));
    q.addBindValue(p.id);
    q.addBindValue(p.name);
    q.addBindValue(orNull(p.nameEn));
    q.addBindValue(orNull(p.filingNo));
    return run(m_db, q, "insert provider");
}

Status RecordRepository::insert(const ModelVersion &m)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO model_versions (id, provider_id, name, version, "
                             "released, filing_no, base_model) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(m.id), QVariant(m.providerId), QVariant(m.name), QVariant(m.version),
          QVariant(m.released), orNull(m.filingNo), orNull(m.baseModel)})
        q.addBindValue(v);
    return run(m_db, q, "insert model version");
}

Status RecordRepository::insert(const Generation &g)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO generations (id, model_version_id, created_at, prompt, output, modality, "
        "risk_category, severity, flag_source, flagged_at, labeled, content_hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(g.id), QVariant(g.modelVersionId), QVariant(g.createdAt), QVariant(g.prompt),
          QVariant(g.output), QVariant(g.modality), QVariant(g.riskCategory), QVariant(g.severity),
          QVariant(g.flagSource), QVariant(g.flaggedAt),
          g.labeled ? QVariant(int(*g.labeled)) : QVariant(),
          QVariant(g.contentHash.isEmpty() ? Generation::hashOf(g.prompt, g.output)
                                           : g.contentHash)})
        q.addBindValue(v);
    return run(m_db, q, "insert generation");
}

Status RecordRepository::insert(const Complaint &c)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO complaints (id, received_at, channel, kind, text, "
                             "contact, request, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(c.id), QVariant(c.receivedAt), QVariant(c.channel), QVariant(c.kind),
          QVariant(c.text), orNull(c.contact), orNull(c.request), QVariant(c.status)})
        q.addBindValue(v);
    if (Status s = run(m_db, q, "insert complaint"); !s)
        return s;
    q.prepare(QStringLiteral(
        "INSERT INTO complaint_generations (complaint_id, generation_id) VALUES (?, ?)"));
    for (const QString &generation : c.generations) {
        q.addBindValue(c.id);
        q.addBindValue(generation);
        if (Status s = run(m_db, q, "link complaint"); !s)
            return s;
    }
    return {};
}

Result<std::optional<Provider>> RecordRepository::findProvider(const QString &id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT id, name, coalesce(name_en, ''), coalesce(filing_no, '') FROM providers "
        "WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = run(m_db, q, "find provider"); !s)
        return s.error();
    if (!q.next())
        return std::optional<Provider>();
    return std::optional<Provider>(Provider{q.value(0).toString(), q.value(1).toString(),
                                            q.value(2).toString(), q.value(3).toString()});
}

Result<std::optional<ModelVersion>> RecordRepository::findModel(const QString &id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, provider_id, name, version, released, "
                             "coalesce(filing_no, ''), coalesce(base_model, '') "
                             "FROM model_versions WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = run(m_db, q, "find model version"); !s)
        return s.error();
    if (!q.next())
        return std::optional<ModelVersion>();
    ModelVersion m;
    m.id = q.value(0).toString();
    m.providerId = q.value(1).toString();
    m.name = q.value(2).toString();
    m.version = q.value(3).toString();
    m.released = q.value(4).toString();
    m.filingNo = q.value(5).toString();
    m.baseModel = q.value(6).toString();
    return std::optional<ModelVersion>(m);
}

Result<std::optional<Generation>> RecordRepository::findGeneration(const QString &id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT id, model_version_id, created_at, prompt, output, modality, risk_category, "
        "severity, flag_source, flagged_at, labeled, content_hash FROM generations WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = run(m_db, q, "find generation"); !s)
        return s.error();
    if (!q.next())
        return std::optional<Generation>();
    Generation g;
    g.id = q.value(0).toString();
    g.modelVersionId = q.value(1).toString();
    g.createdAt = q.value(2).toString();
    g.prompt = q.value(3).toString();
    g.output = q.value(4).toString();
    g.modality = q.value(5).toString();
    g.riskCategory = q.value(6).toString();
    g.severity = q.value(7).toString();
    g.flagSource = q.value(8).toString();
    g.flaggedAt = q.value(9).toString();
    if (!q.value(10).isNull())
        g.labeled = q.value(10).toInt() != 0;
    g.contentHash = q.value(11).toString();
    return std::optional<Generation>(g);
}

Result<std::optional<Complaint>> RecordRepository::findComplaint(const QString &id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, received_at, channel, kind, text, coalesce(contact, ''), "
                             "coalesce(request, ''), status FROM complaints WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = run(m_db, q, "find complaint"); !s)
        return s.error();
    if (!q.next())
        return std::optional<Complaint>();
    Complaint c;
    c.id = q.value(0).toString();
    c.receivedAt = q.value(1).toString();
    c.channel = q.value(2).toString();
    c.kind = q.value(3).toString();
    c.text = q.value(4).toString();
    c.contact = q.value(5).toString();
    c.request = q.value(6).toString();
    c.status = q.value(7).toString();
    q.prepare(QStringLiteral("SELECT generation_id FROM complaint_generations "
                             "WHERE complaint_id = ? ORDER BY generation_id"));
    q.addBindValue(id);
    if (Status s = run(m_db, q, "find complaint links"); !s)
        return s.error();
    while (q.next())
        c.generations << q.value(0).toString();
    return std::optional<Complaint>(c);
}

} // namespace ab
