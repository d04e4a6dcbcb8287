#include "deadlinequery.h"

#include "storage/database.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ab {

namespace {

const QString kColumns = QStringLiteral(
    "d.id, d.item_kind, d.item_id, d.provider_id, d.trigger_at, d.trigger_date, d.policy_id, "
    "d.period, d.nominal_due, d.original_due, d.due, d.calendar_complete, d.containment_due, "
    "d.containment_policy, d.containment_calendar_complete, d.contained_at, "
    "d.containment_action, d.contained_by, d.remediated_at, d.remediation_note, "
    "d.remediated_by, d.verification");
constexpr int kColumnCount = 22;

int digits(const QString &s, qsizetype from, qsizetype count)
{
    int n = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c - u'0');
    }
    return n;
}

// The stored forms are written by this code, so the exact shape is read by
// hand (a list reads millions of them); anything else goes through the
// general parsers.
QDate dateOf(const QVariant &v)
{
    const QString s = v.toString();
    if (s.size() == 10 && s.at(4) == u'-' && s.at(7) == u'-') {
        const QDate d(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2));
        if (d.isValid())
            return d;
    }
    return time::parseIsoDate(s).value_or(QDate());
}

std::optional<QDateTime> instantOf(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    const QString s = v.toString();
    if (s.size() == 20 && s.at(4) == u'-' && s.at(7) == u'-' && s.at(10) == u'T' &&
        s.at(13) == u':' && s.at(16) == u':' && s.at(19) == u'Z') {
        const QDate d(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2));
        const QTime t(digits(s, 11, 2), digits(s, 14, 2), digits(s, 17, 2));
        if (d.isValid() && t.isValid())
            return QDateTime(d, t, Qt::UTC);
    }
    return time::fromStored(s);
}

DeadlineRecord readRecord(const QSqlQuery &q)
{
    DeadlineRecord r;
    r.id = q.value(0).toLongLong();
    r.item.kind = ItemRef::kindFromToken(q.value(1).toString()).value_or(ItemRef::Kind::Generation);
    r.item.id = q.value(2).toString();
    r.providerId = q.value(3).toString();
    r.triggerAt = instantOf(q.value(4)).value_or(QDateTime());
    r.triggerDate = dateOf(q.value(5));
    r.policyId = q.value(6).toString();
    r.period = q.value(7).toString();
    r.nominalDue = dateOf(q.value(8));
    r.originalDue = dateOf(q.value(9));
    r.due = dateOf(q.value(10));
    r.calendarComplete = q.value(11).toInt() != 0;
    r.containmentDue = dateOf(q.value(12));
    r.containmentPolicy = q.value(13).toString();
    if (!q.value(14).isNull())
        r.containmentCalendarComplete = q.value(14).toInt() != 0;
    r.containedAt = instantOf(q.value(15));
    r.containmentAction = q.value(16).toString();
    r.containedBy = q.value(17).toString();
    r.remediatedAt = instantOf(q.value(18));
    r.remediationNote = q.value(19).toString();
    r.remediatedBy = q.value(20).toString();
    r.verification = DeadlineStatus::verificationFromToken(q.value(21).toString());
    return r;
}

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(time::toIsoDate(d)) : QJsonValue();
}

QJsonValue instantJson(const std::optional<QDateTime> &t)
{
    return t ? QJsonValue(time::toStored(*t)) : QJsonValue();
}

QJsonObject toJsonImpl(const DeadlineRecord &r)
{
    return QJsonObject{
        {QStringLiteral("item_kind"), r.item.kindToken()},
        {QStringLiteral("item_id"), r.item.id},
        {QStringLiteral("trigger_at"), instantJson(r.triggerAt)},
        {QStringLiteral("trigger_date"), dateJson(r.triggerDate)},
        {QStringLiteral("policy_id"), r.policyId},
        {QStringLiteral("period"), r.period},
        {QStringLiteral("nominal_due"), dateJson(r.nominalDue)},
        {QStringLiteral("original_due"), dateJson(r.originalDue)},
        {QStringLiteral("due"), dateJson(r.due)},
        {QStringLiteral("calendar_complete"), r.calendarComplete},
        {QStringLiteral("containment_due"), dateJson(r.containmentDue)},
        {QStringLiteral("contained_at"), instantJson(r.containedAt)},
        {QStringLiteral("containment_action"), r.containmentAction},
        {QStringLiteral("remediated_at"), instantJson(r.remediatedAt)},
        {QStringLiteral("remediation_note"), r.remediationNote},
        {QStringLiteral("verification"), DeadlineStatus::verificationToken(r.verification)},
    };
}

} // namespace

QString ItemRef::kindToken() const
{
    return kind == Kind::Complaint ? QStringLiteral("complaint") : QStringLiteral("generation");
}

std::optional<ItemRef::Kind> ItemRef::kindFromToken(const QString &token)
{
    if (token == QLatin1String("generation"))
        return Kind::Generation;
    if (token == QLatin1String("complaint"))
        return Kind::Complaint;
    return std::nullopt;
}

QJsonObject DeadlineQuery::toJson(const DeadlineRecord &record)
{
    return toJsonImpl(record);
}

Result<DeadlineRecord> DeadlineQuery::find(Database &db, qint64 deadlineId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM deadlines d WHERE d.id = ?"));
    q.addBindValue(deadlineId);
    if (!q.exec())
        return db.sqlError(QStringLiteral("deadlines"), q);
    if (!q.next())
        return Error{
            QCoreApplication::translate("DeadlineQuery", "there is no deadline %1").arg(deadlineId),
            {},
            0,
            QStringLiteral("deadline")};
    return readRecord(q);
}

Result<std::optional<DeadlineRecord>> DeadlineQuery::findForItem(Database &db, const ItemRef &item)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM deadlines d WHERE d.item_kind = ? AND d.item_id = ?"));
    q.addBindValue(item.kindToken());
    q.addBindValue(item.id);
    if (!q.exec())
        return db.sqlError(QStringLiteral("deadlines"), q);
    if (!q.next())
        return std::optional<DeadlineRecord>();
    return std::optional<DeadlineRecord>(readRecord(q));
}

Result<QVector<ExtensionRecord>> DeadlineQuery::extensions(Database &db, qint64 deadlineId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT id, kind, requested_at, requested_by, approved_by, reason, "
                             "previous_due, new_due, paused_from, paused_until "
                             "FROM deadline_extensions WHERE deadline_id = ? ORDER BY id"));
    q.addBindValue(deadlineId);
    if (!q.exec())
        return db.sqlError(QStringLiteral("deadline_extensions"), q);
    QVector<ExtensionRecord> out;
    while (q.next()) {
        ExtensionRecord e;
        e.id = q.value(0).toLongLong();
        e.kind = q.value(1).toString();
        e.requestedAt = instantOf(q.value(2)).value_or(QDateTime());
        e.requestedBy = q.value(3).toString();
        e.approvedBy = q.value(4).toString();
        e.reason = q.value(5).toString();
        e.previousDue = dateOf(q.value(6));
        e.newDue = dateOf(q.value(7));
        e.pausedFrom = dateOf(q.value(8));
        e.pausedUntil = dateOf(q.value(9));
        out.push_back(e);
    }
    return out;
}

Status DeadlineQuery::forEach(Database &db, const QDate &asOf, int dueSoonDays,
                              const QTimeZone &zone,
                              const std::function<bool(const DeadlineRecord &, DeadlineState)> &fn)
{
    const SqlFragment status =
        DeadlineStatus::caseExpression(asOf, dueSoonDays, zone, QStringLiteral("d"));
    QSqlQuery q(db.sql());
    // Forward-only: SQLite hands rows over one step at a time, so a million
    // deadlines never sit in memory together.
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(", ") + status.sql +
              QStringLiteral(" FROM deadlines d ORDER BY d.due, d.id"));
    for (const QVariant &v : status.values)
        q.addBindValue(v);
    if (!q.exec())
        return db.sqlError(QStringLiteral("deadlines"), q);
    while (q.next()) {
        const DeadlineRecord r = readRecord(q);
        const DeadlineState s = DeadlineStatus::fromToken(q.value(kColumnCount).toString())
                                    .value_or(DeadlineState::OnTrack);
        if (!fn(r, s))
            break;
    }
    return {};
}

} // namespace ab
