#include "importdeadlines.h"

#include "deadlines/deadlinecalculator.h"
#include "deadlines/verificationtracker.h"
#include "storage/database.h"
#include "util/timeutil.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace ab::intake {

namespace {

// Into the buffer it already has (QByteArray::assign is Qt 6.6).
void copyInto(QByteArray &to, QByteArrayView from)
{
    to.resize(0);
    to.append(from.data(), from.size());
}

QByteArray isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate).toLatin1();
}

} // namespace

ImportDeadlines::ImportDeadlines(Workspace &workspace, const DeadlineService &service,
                                 Connection db)
    : m_workspace(workspace), m_service(service), m_db(db), m_path(workspace.path()),
      m_time(workspace.settings().timeZone())
{}

Result<qint64> ImportDeadlines::deadlineMark(Connection db, const QString &path)
{
    SqliteStatement q;
    if (Status s = q.prepare(db, "SELECT coalesce(max(id), 0) FROM deadlines", path); !s)
        return s.error();
    auto row = q.step();
    if (!row)
        return row.error();
    return q.columnInt(0);
}

Status ImportDeadlines::prepare()
{
    m_containment = m_service.policies().find(PolicyCatalog::kContainmentPolicy);
    if (m_containment)
        m_containmentRef = m_containment->ref().toUtf8();
    if (Status s =
            m_providerPolicy.prepare(m_db, "SELECT policy_id FROM providers WHERE id = ?", m_path);
        !s)
        return s;
    if (Status s = m_hasRetests.prepare(
            m_db,
            "SELECT EXISTS (SELECT 1 FROM complaint_generations cg JOIN retests r "
            "ON r.generation_id = cg.generation_id WHERE cg.complaint_id = ?)",
            m_path);
        !s)
        return s;
    const QByteArray insert =
        "INSERT INTO deadlines (item_kind, item_id, provider_id, trigger_at, trigger_date, "
        "policy_id, period, nominal_due, original_due, due, calendar_complete, containment_due, "
        "containment_policy, containment_calendar_complete, verification) VALUES ";
    const QByteArray values = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    QByteArray batch = insert;
    for (size_t i = 0; i < m_rows.size(); ++i)
        batch += (i ? ", " : "") + values;
    const QByteArray conflict = " ON CONFLICT (item_kind, item_id) DO NOTHING";
    if (Status s = m_insertBatch.prepare(m_db, batch + conflict, m_path); !s)
        return s;
    return m_insert.prepare(m_db, insert + values + conflict, m_path);
}

// The provider's own policy when it has one, else the workspace default —
// DeadlineService::resolvePolicy's order.
Result<int> ImportDeadlines::policyFor(QByteArrayView providerId)
{
    const QByteArray key = QByteArray::fromRawData(providerId.data(), providerId.size());
    if (const auto it = m_policyByProvider.constFind(key); it != m_policyByProvider.cend())
        return *it;
    QString ref;
    QString from = QStringLiteral("default_policy");
    if (!providerId.isEmpty()) {
        m_providerPolicy.text(1, providerId);
        auto row = m_providerPolicy.step();
        if (!row)
            return row.error();
        if (*row && !m_providerPolicy.isNull(0) && !m_providerPolicy.columnText(0).isEmpty()) {
            ref = QString::fromUtf8(m_providerPolicy.columnText(0));
            from = QStringLiteral("providers.policy_id");
        }
        m_providerPolicy.reset();
    }
    if (ref.isEmpty())
        ref = m_workspace.settings().defaultPolicy;
    const auto policy = m_service.policies().find(ref);
    if (!policy)
        return Error{
            QCoreApplication::translate("Intake", "unknown deadline policy \"%1\"").arg(ref),
            m_path, 0, from};
    m_policies.push_back({*policy, policy->ref().toUtf8(), policy->period.toString().toUtf8()});
    const int index = int(m_policies.size()) - 1;
    m_policyByProvider.insert(providerId.toByteArray(), index);
    return index;
}

const ImportDeadlines::Due &ImportDeadlines::dueFor(int policy, const QDate &triggerDate)
{
    const quint64 key = (quint64(policy) << 32) | quint64(triggerDate.toJulianDay() & 0xffffffff);
    if (const auto it = m_dues.constFind(key); it != m_dues.cend())
        return *it;
    const Policy &p = m_policies[size_t(policy)].policy;
    Due d;
    d.due = DeadlineCalculator(m_service.calendar(p.calendar)).compute(triggerDate, p.period);
    d.triggerDay = isoDate(triggerDate);
    d.nominal = isoDate(d.due.nominalDue);
    d.dueDay = isoDate(d.due.due);
    if (m_containment) {
        const DueDate c = DeadlineCalculator(m_service.calendar(m_containment->calendar))
                              .compute(triggerDate, m_containment->period);
        d.containmentDue = isoDate(c.due);
        d.containmentComplete = c.calendarComplete;
    }
    if (m_dues.size() > (1 << 16))
        m_dues.clear();
    return *m_dues.insert(key, d);
}

Status ImportDeadlines::assign(const Item &item)
{
    const auto trigger = TimestampParser::parseStored(item.triggerAt);
    if (!trigger)
        return Error{QCoreApplication::translate("Intake", "\"%1\" is not a timestamp")
                         .arg(QString::fromUtf8(item.triggerAt)),
                     m_path, 0, QStringLiteral("trigger_at")};
    auto policyIndex = policyFor(item.providerId);
    if (!policyIndex)
        return policyIndex.error();
    const PolicyEntry &policy = m_policies[size_t(*policyIndex)];
    if (item.generation && policy.policy.trigger == QLatin1String("complaint_received"))
        return Error{QCoreApplication::translate(
                         "Intake",
                         "policy \"%1\" runs from a complaint's receipt and cannot apply to a "
                         "generation")
                         .arg(policy.policy.ref()),
                     m_path, 0, QStringLiteral("policy")};
    const QDate triggerDate = m_time.localDate(*trigger);
    const Due &due = dueFor(*policyIndex, triggerDate);
    Verification verification = Verification::None;
    if (!item.generation) {
        // A complaint linked to generations re-tested before it arrived.
        m_hasRetests.text(1, item.id);
        auto row = m_hasRetests.step();
        if (!row)
            return row.error();
        const bool retested = m_hasRetests.columnInt(0) != 0;
        m_hasRetests.reset();
        if (retested) {
            VerificationTracker tracker(m_workspace.db(), m_workspace.actor());
            auto v = tracker.verificationFor({ItemRef::Kind::Complaint, QString::fromUtf8(item.id)},
                                             QDateTime::fromSecsSinceEpoch(*trigger, Qt::UTC),
                                             triggerDate);
            if (!v)
                return v.error();
            verification = *v;
        }
    }
    Row &row = m_rows[size_t(m_waiting++)];
    row.generation = item.generation;
    copyInto(row.id, item.id);
    copyInto(row.providerId, item.providerId);
    copyInto(row.triggerAt, item.triggerAt);
    copyInto(row.triggerDay, due.triggerDay);
    copyInto(row.nominal, due.nominal);
    copyInto(row.dueDay, due.dueDay);
    copyInto(row.containmentDue, due.containmentDue);
    row.policy = *policyIndex;
    row.calendarComplete = due.due.calendarComplete;
    row.containmentComplete = due.containmentComplete;
    row.verification = verification;
    return m_waiting == int(m_rows.size()) ? flush() : Status();
}

void ImportDeadlines::bindRow(SqliteStatement &q, int first, const Row &row)
{
    static const QByteArray tokens[] = {
        DeadlineStatus::verificationToken(Verification::None).toLatin1(),
        DeadlineStatus::verificationToken(Verification::Verified).toLatin1(),
        DeadlineStatus::verificationToken(Verification::Failed).toLatin1()};
    const PolicyEntry &policy = m_policies[size_t(row.policy)];
    const bool contained = m_containment.has_value();
    int p = first;
    q.text(p++, row.generation ? "generation" : "complaint");
    q.text(p++, row.id);
    q.textOrNull(p++, row.providerId, !row.providerId.isEmpty());
    q.text(p++, row.triggerAt);
    q.text(p++, row.triggerDay);
    q.text(p++, policy.ref);
    q.text(p++, policy.period);
    q.text(p++, row.nominal);
    q.text(p++, row.dueDay);
    q.text(p++, row.dueDay);
    q.integer(p++, row.calendarComplete ? 1 : 0);
    q.textOrNull(p++, row.containmentDue, contained);
    q.textOrNull(p++, m_containmentRef, contained);
    if (row.containmentComplete)
        q.integer(p++, *row.containmentComplete ? 1 : 0);
    else
        q.null(p++);
    q.text(p, tokens[int(row.verification)]);
}

Status ImportDeadlines::flush()
{
    if (m_waiting == int(m_rows.size())) {
        for (int i = 0; i < m_waiting; ++i)
            bindRow(m_insertBatch, i * 15 + 1, m_rows[size_t(i)]);
        if (Status s = m_insertBatch.run(); !s)
            return s;
        m_assigned += m_insertBatch.changes();
    } else {
        for (int i = 0; i < m_waiting; ++i) {
            bindRow(m_insert, 1, m_rows[size_t(i)]);
            if (Status s = m_insert.run(); !s)
                return s;
            m_assigned += m_insert.changes();
        }
    }
    m_waiting = 0;
    return {};
}

Result<qint64> ImportDeadlines::assignAdded(qint64 generationMark, qint64 complaintMark,
                                            const std::function<bool()> &tick)
{
    m_read = 0;
    m_assigned = 0;
    for (const bool generation : {true, false}) {
        auto done =
            m_db.isServer()
                ? assignListed(generation, tick)
                : assignAbove(generation, generation ? generationMark : complaintMark, tick);
        if (!done)
            return done.error();
        if (!*done)
            return qint64(-1);
    }
    if (Status s = flush(); !s)
        return s.error();
    return m_assigned;
}

namespace {

// The provider of a complaint: the one provider of all its generations' models.
const char *const kComplaintProvider = "(SELECT CASE WHEN count(DISTINCT m.provider_id) = 1 "
                                       "THEN min(m.provider_id) END FROM complaint_generations cg "
                                       "JOIN generations g ON g.id = cg.generation_id "
                                       "JOIN model_versions m ON m.id = g.model_version_id "
                                       "WHERE cg.complaint_id = c.id)";

} // namespace

Status ImportDeadlines::assignRows(SqliteStatement &q, bool generation,
                                   const std::function<bool()> &tick, qint64 *lastSeq, bool &more)
{
    Item item;
    item.generation = generation;
    more = false;
    for (;;) {
        auto row = q.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        item.id = q.columnText(0);
        item.triggerAt = q.columnText(1);
        item.providerId = q.isNull(2) ? QByteArrayView() : q.columnText(2);
        if (lastSeq) {
            *lastSeq = q.columnInt(3);
            more = true;
        }
        if (Status s = assign(item); !s)
            return s;
        if ((++m_read & 0x3fff) == 0 && tick && !tick()) {
            m_cancelled = true;
            break;
        }
    }
    q.reset();
    return {};
}

// SQLite: the rows above the rowid each table had before the import.
Result<bool> ImportDeadlines::assignAbove(bool generation, qint64 mark,
                                          const std::function<bool()> &tick)
{
    SqliteStatement q;
    QByteArray sql;
    if (generation)
        sql = "SELECT g.id, g.flagged_at, m.provider_id FROM generations g "
              "LEFT JOIN model_versions m ON m.id = g.model_version_id "
              "WHERE g.rowid > ? ORDER BY g.rowid";
    else
        sql = QByteArray("SELECT c.id, c.received_at, ") + kComplaintProvider +
              " FROM complaints c WHERE c.rowid > ? ORDER BY c.rowid";
    if (Status s = q.prepare(m_db, sql, m_path); !s)
        return s.error();
    q.integer(1, mark);
    bool more = false;
    if (Status s = assignRows(q, generation, tick, nullptr, more); !s)
        return s.error();
    return !m_cancelled;
}

// A server: the rows intake_added lists, in the order added, a page at a time.
Result<bool> ImportDeadlines::assignListed(bool generation, const std::function<bool()> &tick)
{
    SqliteStatement q;
    const QByteArray type =
        QByteArray::number(int(generation ? RecordType::Generation : RecordType::Complaint));
    QByteArray sql;
    if (generation)
        sql = "SELECT g.id, g.flagged_at, m.provider_id, a.seq FROM pg_temp.intake_added a "
              "JOIN generations g ON g.id = a.key "
              "LEFT JOIN model_versions m ON m.id = g.model_version_id WHERE a.type = ";
    else
        sql = QByteArray("SELECT c.id, c.received_at, ") + kComplaintProvider +
              ", a.seq FROM pg_temp.intake_added a JOIN complaints c ON c.id = a.key "
              "WHERE a.type = ";
    sql += type + " AND a.seq > ? ORDER BY a.seq LIMIT 4096";
    if (Status s = q.prepare(m_db, sql, m_path); !s)
        return s.error();
    qint64 after = 0;
    for (bool more = true; more && !m_cancelled;) {
        q.integer(1, after);
        if (Status s = assignRows(q, generation, tick, &after, more); !s)
            return s.error();
    }
    return !m_cancelled;
}

Result<QJsonArray> ImportDeadlines::refreshVerification(qint64 deadlineMark)
{
    Database &db = m_workspace.db();
    VerificationTracker tracker(db, m_workspace.actor());
    QJsonArray changes;
    SqliteStatement generations;
    if (Status s = generations.prepare(
            m_db,
            m_db.isServer()
                ? "SELECT generation FROM pg_temp.intake_retested ORDER BY generation COLLATE \"C\""
                : "SELECT generation FROM temp.intake_retested ORDER BY 1",
            m_path);
        !s)
        return s.error();
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral(
        "SELECT id, item_kind, item_id, trigger_at, trigger_date, verification FROM deadlines "
        "WHERE (item_kind = 'generation' AND item_id = ?) OR (item_kind = 'complaint' AND "
        "item_id IN (SELECT complaint_id FROM complaint_generations WHERE generation_id = ?))"));
    QSqlQuery update(db.sql());
    update.prepare(QStringLiteral("UPDATE deadlines SET verification = ? WHERE id = ?"));
    for (;;) {
        auto row = generations.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString generation = QString::fromUtf8(generations.columnText(0));
        q.addBindValue(generation);
        q.addBindValue(generation);
        if (!q.exec())
            return db.sqlError(QStringLiteral("deadlines"), q);
        // Read first, then write: the rows change under an open scan otherwise.
        struct Stored
        {
            qint64 id;
            QString kind, itemId, triggerAt, triggerDate, verification;
        };
        QVector<Stored> rows;
        while (q.next())
            rows.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
        q.finish();
        for (const Stored &r : std::as_const(rows)) {
            const ItemRef item{ItemRef::kindFromToken(r.kind).value_or(ItemRef::Kind::Generation),
                               r.itemId};
            auto v =
                tracker.verificationFor(item, time::fromStored(r.triggerAt).value_or(QDateTime()),
                                        time::parseIsoDate(r.triggerDate).value_or(QDate()));
            if (!v)
                return v.error();
            const QString token = DeadlineStatus::verificationToken(*v);
            if (token == r.verification)
                continue;
            update.addBindValue(token);
            update.addBindValue(r.id);
            if (!update.exec())
                return db.sqlError(QStringLiteral("deadlines"), update);
            if (r.id <= deadlineMark)
                changes.append(QJsonObject{{QStringLiteral("deadline_id"), r.id},
                                           {QStringLiteral("before"), r.verification},
                                           {QStringLiteral("after"), token}});
        }
    }
    return changes;
}

} // namespace ab::intake
