#include "itemdetail.h"

#include "deadlines/deadlinequery.h"
#include "privacy/piimasker.h"
#include "repo/recordrepository.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <algorithm>

namespace ab {

namespace {

constexpr int kLinkedLimit = 200; // a pane lists this many links, not thousands

Result<QVector<CaseRef>> casesOf(Database &db, const QString &kind, const QString &id)
{
    QSqlQuery q(db.sql());
    q.prepare(
        QStringLiteral("SELECT rc.id, rc.number, rc.title, rc.status FROM case_items ci "
                       "JOIN review_cases rc ON rc.id = ci.case_id "
                       "WHERE ci.item_kind = ? AND ci.item_id = ? ORDER BY rc.opened_at, rc.id"));
    q.addBindValue(kind);
    q.addBindValue(id);
    if (!q.exec())
        return db.sqlError(QStringLiteral("item cases"), q);
    QVector<CaseRef> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString()});
    return out;
}

Result<std::optional<DeadlineSummary>> deadlineOf(Database &db, ItemRef::Kind kind,
                                                  const QString &id, const BrowseContext &context)
{
    auto record = DeadlineQuery::findForItem(db, ItemRef{kind, id});
    if (!record)
        return record.error();
    if (!record->has_value())
        return std::optional<DeadlineSummary>();
    const DeadlineRecord &r = **record;
    DeadlineSummary s;
    s.due = r.due.toString(Qt::ISODate);
    s.state = DeadlineStatus::token(
        DeadlineStatus::of(r.facts(), context.asOf, context.dueSoonDays, context.zone));
    s.policyId = r.policyId;
    s.period = r.period;
    s.containmentDue =
        r.containmentDue.isValid() ? r.containmentDue.toString(Qt::ISODate) : QString();
    s.remediatedAt = r.remediatedAt ? r.remediatedAt->toString(Qt::ISODate) : QString();
    s.daysLeft = DeadlineStatus::daysLeft(r.due, context.asOf);
    s.calendarComplete = r.calendarComplete;
    return std::optional<DeadlineSummary>(s);
}

Result<QVector<LinkedItem>> linked(Database &db, const QString &sql, const QString &id)
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    q.addBindValue(id);
    q.addBindValue(kLinkedLimit);
    if (!q.exec())
        return db.sqlError(QStringLiteral("linked items"), q);
    QVector<LinkedItem> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString().simplified()});
    return out;
}

QJsonArray toJson(const QVector<LinkedItem> &items)
{
    QJsonArray a;
    for (const LinkedItem &i : items)
        a.push_back(QJsonObject{{QStringLiteral("id"), i.id}, {QStringLiteral("at"), i.at}});
    return a;
}

QJsonArray toJson(const QVector<CaseRef> &cases)
{
    QJsonArray a;
    for (const CaseRef &c : cases)
        a.push_back(QJsonObject{{QStringLiteral("number"), c.number},
                                {QStringLiteral("title"), c.title},
                                {QStringLiteral("status"), c.status}});
    return a;
}

QJsonValue toJson(const std::optional<DeadlineSummary> &d)
{
    if (!d)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("due"), d->due},
                       {QStringLiteral("status"), d->state},
                       {QStringLiteral("policy"), d->policyId},
                       {QStringLiteral("period"), d->period},
                       {QStringLiteral("containmentDue"), d->containmentDue},
                       {QStringLiteral("remediatedAt"), d->remediatedAt},
                       {QStringLiteral("calendarComplete"), d->calendarComplete}};
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonObject GenerationDetail::toJson() const
{
    const Generation &g = generation;
    return {
        {QStringLiteral("id"), g.id},
        {QStringLiteral("provider"),
         QJsonObject{{QStringLiteral("id"), providerId},
                     {QStringLiteral("name"), providerName},
                     {QStringLiteral("nameEn"), orNull(providerNameEn)}}},
        {QStringLiteral("modelVersion"),
         QJsonObject{{QStringLiteral("id"), g.modelVersionId},
                     {QStringLiteral("name"), modelName},
                     {QStringLiteral("version"), modelVersion},
                     {QStringLiteral("released"), modelReleased},
                     {QStringLiteral("filingNo"), orNull(modelFilingNo)}}},
        {QStringLiteral("createdAt"), g.createdAt},
        {QStringLiteral("flaggedAt"), g.flaggedAt},
        {QStringLiteral("prompt"), g.prompt},
        {QStringLiteral("output"), g.output},
        {QStringLiteral("modality"), g.modality},
        {QStringLiteral("riskCategory"), QJsonObject{{QStringLiteral("code"), g.riskCategory},
                                                     {QStringLiteral("type"), categoryParent},
                                                     {QStringLiteral("nameZh"), categoryNameZh},
                                                     {QStringLiteral("nameEn"), categoryNameEn}}},
        {QStringLiteral("severity"), g.severity},
        {QStringLiteral("flagSource"), g.flagSource},
        {QStringLiteral("labeled"), g.labeled ? QJsonValue(*g.labeled) : QJsonValue()},
        {QStringLiteral("contentHash"), g.contentHash},
        {QStringLiteral("complaints"), ab::toJson(complaints)},
        {QStringLiteral("deadline"), ab::toJson(deadline)},
        {QStringLiteral("cases"), ab::toJson(cases)},
    };
}

namespace {

QVector<LinkedItem> maskedExcerpts(QVector<LinkedItem> items)
{
    for (LinkedItem &i : items)
        i.excerpt = PiiMasker::mask(i.excerpt);
    return items;
}

bool excerptsHoldPersonalInfo(const QVector<LinkedItem> &items)
{
    return std::any_of(items.cbegin(), items.cend(),
                       [](const LinkedItem &i) { return !PiiMasker::find(i.excerpt).isEmpty(); });
}

} // namespace

GenerationDetail GenerationDetail::masked() const
{
    GenerationDetail out = *this;
    out.generation.prompt = PiiMasker::mask(generation.prompt);
    out.generation.output = PiiMasker::mask(generation.output);
    out.complaints = maskedExcerpts(complaints);
    return out;
}

bool GenerationDetail::holdsPersonalInfo() const
{
    return !PiiMasker::find(generation.prompt).isEmpty() ||
           !PiiMasker::find(generation.output).isEmpty() || excerptsHoldPersonalInfo(complaints);
}

ComplaintDetail ComplaintDetail::masked() const
{
    ComplaintDetail out = *this;
    out.complaint.text = PiiMasker::mask(complaint.text);
    out.complaint.contact = PiiMasker::maskContact(complaint.contact);
    out.generations = maskedExcerpts(generations);
    return out;
}

bool ComplaintDetail::holdsPersonalInfo() const
{
    return !PiiMasker::find(complaint.text).isEmpty() || !complaint.contact.isEmpty() ||
           excerptsHoldPersonalInfo(generations);
}

QJsonObject ComplaintDetail::toJson() const
{
    const Complaint &c = complaint;
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("receivedAt"), c.receivedAt},
        {QStringLiteral("channel"), c.channel},
        {QStringLiteral("kind"), c.kind},
        {QStringLiteral("text"), c.text},
        {QStringLiteral("request"), orNull(c.request)},
        {QStringLiteral("status"), c.status},
        {QStringLiteral("severity"), orNull(severity)},
        {QStringLiteral("duplicateOf"), orNull(duplicateOf)},
        {QStringLiteral("responseDue"), orNull(responseDue)},
        {QStringLiteral("respondedAt"), orNull(respondedAt)},
        {QStringLiteral("resolution"), orNull(resolution)},
        {QStringLiteral("generations"), ab::toJson(generations)},
        {QStringLiteral("deadline"), ab::toJson(deadline)},
        {QStringLiteral("cases"), ab::toJson(cases)},
    };
}

Result<std::optional<GenerationDetail>> ItemDetails::generation(Database &db, const QString &id,
                                                                const BrowseContext &context)
{
    RecordRepository repo(db);
    auto g = repo.findGeneration(id);
    if (!g)
        return g.error();
    if (!g->has_value())
        return std::optional<GenerationDetail>();
    GenerationDetail d;
    d.generation = **g;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "SELECT p.id, p.name, coalesce(p.name_en, ''), m.name, m.version, m.released, "
        "coalesce(m.filing_no, ''), coalesce(rc.parent, ''), coalesce(rc.name_zh, ''), "
        "coalesce(rc.name_en, '') FROM model_versions m JOIN providers p ON p.id = m.provider_id "
        "LEFT JOIN risk_categories rc ON rc.code = ? WHERE m.id = ?"));
    q.addBindValue(d.generation.riskCategory);
    q.addBindValue(d.generation.modelVersionId);
    if (!q.exec())
        return db.sqlError(QStringLiteral("generation detail"), q);
    if (q.next()) {
        d.providerId = q.value(0).toString();
        d.providerName = q.value(1).toString();
        d.providerNameEn = q.value(2).toString();
        d.modelName = q.value(3).toString();
        d.modelVersion = q.value(4).toString();
        d.modelReleased = q.value(5).toString();
        d.modelFilingNo = q.value(6).toString();
        d.categoryParent = q.value(7).toString();
        d.categoryNameZh = q.value(8).toString();
        d.categoryNameEn = q.value(9).toString();
    }
    auto complaints =
        linked(db,
               QStringLiteral("SELECT c.id, c.received_at, c.kind, c.status, "
                              "substr(c.text, 1, 120) FROM complaint_generations cg "
                              "JOIN complaints c ON c.id = cg.complaint_id WHERE "
                              "cg.generation_id = ? ORDER BY c.received_at, c.id LIMIT ?"),
               id);
    if (!complaints)
        return complaints.error();
    d.complaints = std::move(*complaints);
    auto deadline = deadlineOf(db, ItemRef::Kind::Generation, id, context);
    if (!deadline)
        return deadline.error();
    d.deadline = *deadline;
    auto cases = casesOf(db, QStringLiteral("generation"), id);
    if (!cases)
        return cases.error();
    d.cases = std::move(*cases);
    return std::optional<GenerationDetail>(std::move(d));
}

Result<std::optional<ComplaintDetail>> ItemDetails::complaint(Database &db, const QString &id,
                                                              const BrowseContext &context)
{
    RecordRepository repo(db);
    auto c = repo.findComplaint(id);
    if (!c)
        return c.error();
    if (!c->has_value())
        return std::optional<ComplaintDetail>();
    ComplaintDetail d;
    d.complaint = **c;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT coalesce(severity, ''), coalesce(duplicate_of, ''), "
                             "coalesce(response_due, ''), coalesce(responded_at, ''), "
                             "coalesce(resolution, '') FROM complaints WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return db.sqlError(QStringLiteral("complaint detail"), q);
    if (q.next()) {
        d.severity = q.value(0).toString();
        d.duplicateOf = q.value(1).toString();
        d.responseDue = q.value(2).toString();
        d.respondedAt = q.value(3).toString();
        d.resolution = q.value(4).toString();
    }
    auto generations = linked(db,
                              QStringLiteral("SELECT g.id, g.flagged_at, g.risk_category, "
                                             "g.severity, substr(g.prompt, 1, 120) FROM "
                                             "complaint_generations cg JOIN generations g ON g.id "
                                             "= cg.generation_id WHERE cg.complaint_id = ? ORDER "
                                             "BY g.flagged_at, g.id LIMIT ?"),
                              id);
    if (!generations)
        return generations.error();
    d.generations = std::move(*generations);
    auto deadline = deadlineOf(db, ItemRef::Kind::Complaint, id, context);
    if (!deadline)
        return deadline.error();
    d.deadline = *deadline;
    auto cases = casesOf(db, QStringLiteral("complaint"), id);
    if (!cases)
        return cases.error();
    d.cases = std::move(*cases);
    return std::optional<ComplaintDetail>(std::move(d));
}

} // namespace ab
