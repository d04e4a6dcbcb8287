#include "deadlinelist.h"

#include "deadlines/deadlinequery.h"
#include "storage/database.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>

namespace ab {

namespace {

// Open items (still needing work) are the first part of the list.
const QString kOpen = QStringLiteral(
    "(d.verification = 'failed' OR (d.verification = 'none' AND d.remediated_at IS NULL))");

// A query text with its '?' values in the order they appear.
struct Sql
{
    QString text;
    QVariantList values;
    void add(const QString &part, const QVariantList &v = {})
    {
        text += part;
        values += v;
    }
};

// The filter's provider/policy/day conditions, and the due-date range a status
// implies (so that a status filter reads an index range, not the whole list).
void addFilters(Sql &sql, const DeadlineListFilter &f)
{
    if (!f.providerId.isEmpty())
        sql.add(QStringLiteral(" AND d.provider_id = ?"), {f.providerId});
    if (!f.policyId.isEmpty()) {
        // "id" also matches its variants "id:…"; LIKE wildcards in the id are literal.
        QString prefix = f.policyId;
        prefix.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        sql.add(QStringLiteral(" AND (d.policy_id = ? OR d.policy_id LIKE ? ESCAPE '\\')"),
                QVariantList{f.policyId, QString(prefix + QStringLiteral(":%"))});
    }
    const std::pair<const QDate &, const char *> days[] = {
        {f.days.dueFrom, " AND d.due >= ?"},
        {f.days.dueTo, " AND d.due <= ?"},
        {f.days.triggerFrom, " AND d.trigger_date >= ?"},
        {f.days.triggerTo, " AND d.trigger_date <= ?"}};
    for (const auto &[day, condition] : days)
        if (day.isValid())
            sql.add(QLatin1String(condition), {time::toIsoDate(day)});
}

void addStateRange(Sql &sql, const DeadlineListFilter &f)
{
    if (!f.state)
        return;
    const QString asOf = time::toIsoDate(f.asOf);
    const QString soon = time::toIsoDate(f.asOf.addDays(f.dueSoonDays));
    switch (*f.state) {
    case DeadlineState::Overdue:
        sql.add(QStringLiteral(" AND d.due < ?"), {asOf});
        break;
    case DeadlineState::DueSoon:
        sql.add(QStringLiteral(" AND d.due >= ? AND d.due <= ?"), {asOf, soon});
        break;
    case DeadlineState::OnTrack:
        sql.add(QStringLiteral(" AND d.due > ?"), {soon});
        break;
    default:
        break;
    }
}

DeadlineListRow readRow(const QSqlQuery &q)
{
    DeadlineListRow r;
    r.id = q.value(0).toLongLong();
    r.itemKind = q.value(1).toString();
    r.itemId = q.value(2).toString();
    r.providerId = q.value(3).toString();
    r.providerName = q.value(4).toString();
    r.providerNameEn = q.value(5).toString();
    r.policyId = q.value(6).toString();
    r.triggerDate = time::parseIsoDate(q.value(7).toString()).value_or(QDate());
    r.due = time::parseIsoDate(q.value(8).toString()).value_or(QDate());
    r.originalDue = time::parseIsoDate(q.value(9).toString()).value_or(QDate());
    r.calendarComplete = q.value(10).toInt() != 0;
    r.containmentDue = time::parseIsoDate(q.value(11).toString()).value_or(QDate());
    r.contained = q.value(12).toInt() != 0;
    r.remediated = q.value(13).toInt() != 0;
    r.state = DeadlineStatus::fromToken(q.value(14).toString()).value_or(DeadlineState::OnTrack);
    return r;
}

// Up to `limit` rows of one part of the list after `after`.
Status readPart(Database &db, const DeadlineListFilter &f, bool closed,
                const std::optional<DeadlineListCursor> &after, int limit,
                QVector<DeadlineListRow> &out)
{
    const SqlFragment state =
        DeadlineStatus::caseExpression(f.asOf, f.dueSoonDays, f.zone, QStringLiteral("d"));
    Sql sql;
    sql.add(QStringLiteral("SELECT d.id, d.item_kind, d.item_id, d.provider_id, "
                           "coalesce(p.name, d.provider_id), coalesce(p.name_en, p.name, "
                           "d.provider_id), d.policy_id, d.trigger_date, d.due, "
                           "d.original_due, d.calendar_complete, d.containment_due, "
                           "d.contained_at IS NOT NULL, d.remediated_at IS NOT NULL, ") +
                state.sql +
                QStringLiteral(" FROM deadlines d LEFT JOIN providers p ON p.id = d.provider_id "
                               "WHERE ") +
                (closed ? QStringLiteral("NOT ") : QString()) + kOpen,
            state.values);
    addFilters(sql, f);
    addStateRange(sql, f);
    if (f.state)
        sql.add(QStringLiteral(" AND (") + state.sql + QStringLiteral(") = ?"),
                state.values + QVariantList{DeadlineStatus::token(*f.state)});
    if (after && after->closed == closed) {
        const QString due = time::toIsoDate(after->due);
        sql.add(QStringLiteral(" AND (d.due > ? OR (d.due = ? AND d.id > ?))"),
                {due, due, after->id});
    }
    sql.add(QStringLiteral(" ORDER BY d.due, d.id LIMIT ?"), {limit});

    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(sql.text);
    for (const QVariant &v : sql.values)
        q.addBindValue(v);
    if (!q.exec())
        return db.sqlError(QStringLiteral("deadline list"), q);
    while (q.next())
        out.push_back(readRow(q));
    return {};
}

} // namespace

Result<DeadlineListPage> DeadlineList::page(Database &db, const DeadlineListFilter &filter,
                                            const std::optional<DeadlineListCursor> &after,
                                            int limit)
{
    // A status filter lives in one part of the list only.
    const bool wantOpen = !filter.state || DeadlineStatus::isOpen(*filter.state);
    const bool wantClosed = !filter.state || !DeadlineStatus::isOpen(*filter.state);
    DeadlineListPage page;
    // Ask one row more than shown to know whether the list goes on.
    if (wantOpen && !(after && after->closed)) {
        if (Status s = readPart(db, filter, false, after, limit + 1, page.rows); !s)
            return s.error();
    }
    if (wantClosed && page.rows.size() <= limit) {
        if (Status s =
                readPart(db, filter, true, after, limit + 1 - int(page.rows.size()), page.rows);
            !s)
            return s.error();
    }
    if (page.rows.size() > limit) {
        page.rows.resize(limit);
        const DeadlineListRow &last = page.rows.constLast();
        page.next = DeadlineListCursor{!DeadlineStatus::isOpen(last.state), last.due, last.id};
    }
    return page;
}

Result<QMap<DeadlineState, qint64>> DeadlineList::counts(Database &db,
                                                         const DeadlineListFilter &filter)
{
    if (filter.providerId.isEmpty() && filter.policyId.isEmpty() && filter.days.isEmpty())
        return DeadlineStatus::countAll(db, filter.asOf, filter.dueSoonDays, filter.zone);
    const SqlFragment state = DeadlineStatus::caseExpression(filter.asOf, filter.dueSoonDays,
                                                             filter.zone, QStringLiteral("d"));
    Sql sql;
    sql.add(QStringLiteral("SELECT ") + state.sql +
                QStringLiteral(", count(*) FROM deadlines d WHERE true"),
            state.values);
    addFilters(sql, filter);
    sql.add(QStringLiteral(" GROUP BY 1"));
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(sql.text);
    for (const QVariant &v : sql.values)
        q.addBindValue(v);
    if (!q.exec())
        return db.sqlError(QStringLiteral("deadline counts"), q);
    QMap<DeadlineState, qint64> counts;
    for (DeadlineState s : DeadlineStatus::all())
        counts[s] = 0;
    while (q.next()) {
        if (auto s = DeadlineStatus::fromToken(q.value(0).toString()))
            counts[*s] = q.value(1).toLongLong();
    }
    return counts;
}

Result<QVector<QPair<QString, QString>>> DeadlineList::providers(Database &db, bool chinese)
{
    // The providers table is small (one row per service provider).
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(chinese ? QStringLiteral("SELECT id, name FROM providers ORDER BY name, id")
                        : QStringLiteral("SELECT id, coalesce(name_en, name) AS n FROM providers "
                                         "ORDER BY n, id")))
        return db.sqlError(QStringLiteral("providers"), q);
    QVector<QPair<QString, QString>> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString()});
    return out;
}

namespace {

// Deadlines end at 24:00 local time of their day: a date event sorts there.
DeadlineEvent dayEvent(const QDate &day, const QTimeZone &zone, const QString &kind,
                       const QString &text, bool incomplete = false)
{
    DeadlineEvent e;
    e.at = QDateTime(day, QTime(23, 59, 59), zone).toUTC();
    e.dateOnly = true;
    e.kind = kind;
    e.text = text;
    e.calendarIncomplete = incomplete;
    return e;
}

DeadlineEvent instantEvent(const QDateTime &at, const QString &kind, const QString &text)
{
    DeadlineEvent e;
    e.at = at;
    e.kind = kind;
    e.text = text;
    return e;
}

Status addRetests(Database &db, const DeadlineRecord &d, QVector<DeadlineEvent> &out)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    const bool generation = d.item.kind == ItemRef::Kind::Generation;
    q.prepare(generation ? QStringLiteral("SELECT tested_at, model_version_id, reproduced, note, "
                                          "recorded_by FROM retests WHERE generation_id = ? "
                                          "ORDER BY tested_at, id")
                         : QStringLiteral("SELECT tested_at, model_version_id, reproduced, note, "
                                          "recorded_by FROM retests WHERE generation_id IN "
                                          "(SELECT generation_id FROM complaint_generations "
                                          "WHERE complaint_id = ?) ORDER BY tested_at, id"));
    q.addBindValue(d.item.id);
    if (!q.exec())
        return db.sqlError(QStringLiteral("retests"), q);
    while (q.next()) {
        const auto at = time::fromStored(q.value(0).toString());
        if (!at)
            continue;
        QString text =
            (q.value(2).toInt() != 0
                 ? QCoreApplication::translate("DeadlineList", "Re-test on %1: reproduced")
                 : QCoreApplication::translate("DeadlineList", "Re-test on %1: not reproduced"))
                .arg(q.value(1).toString());
        if (!q.value(3).toString().isEmpty())
            text += QStringLiteral(" — ") + q.value(3).toString();
        if (!q.value(4).toString().isEmpty())
            text += QStringLiteral(" (%1)").arg(q.value(4).toString());
        out.push_back(instantEvent(*at, QStringLiteral("retest"), text));
    }
    return {};
}

} // namespace

Result<QVector<DeadlineEvent>> DeadlineList::timeline(Database &db, qint64 deadlineId,
                                                      const QTimeZone &zone)
{
    auto found = DeadlineQuery::find(db, deadlineId);
    if (!found)
        return found.error();
    const DeadlineRecord &d = *found;
    QVector<DeadlineEvent> out;
    out.push_back(instantEvent(
        d.triggerAt, QStringLiteral("trigger"),
        d.item.kind == ItemRef::Kind::Generation
            ? QCoreApplication::translate("DeadlineList", "Discovered (trigger, policy %1)")
                  .arg(d.policyId)
            : QCoreApplication::translate("DeadlineList", "Reported (trigger, policy %1)")
                  .arg(d.policyId)));
    if (d.containmentDue.isValid())
        out.push_back(dayEvent(d.containmentDue, zone, QStringLiteral("containment_due"),
                               QCoreApplication::translate("DeadlineList", "Containment due"),
                               !d.containmentCalendarComplete.value_or(true)));
    if (d.containedAt)
        out.push_back(instantEvent(*d.containedAt, QStringLiteral("contained"),
                                   QCoreApplication::translate("DeadlineList", "Contained: %1 (%2)")
                                       .arg(d.containmentAction, d.containedBy)));
    if (d.originalDue != d.due)
        out.push_back(dayEvent(
            d.originalDue, zone, QStringLiteral("original_due"),
            QCoreApplication::translate("DeadlineList", "Original due date (before extensions)")));
    out.push_back(dayEvent(d.due, zone, QStringLiteral("due"),
                           QCoreApplication::translate("DeadlineList", "Remediation due"),
                           !d.calendarComplete));
    auto extensions = DeadlineQuery::extensions(db, deadlineId);
    if (!extensions)
        return extensions.error();
    for (const ExtensionRecord &e : *extensions) {
        const QString text =
            e.kind == QLatin1String("pause")
                ? QCoreApplication::translate(
                      "DeadlineList",
                      "Paused %1 to %2, due %3 → %4: %5 (asked by %6, approved by %7)")
                      .arg(time::toIsoDate(e.pausedFrom), time::toIsoDate(e.pausedUntil),
                           time::toIsoDate(e.previousDue), time::toIsoDate(e.newDue), e.reason,
                           e.requestedBy, e.approvedBy)
                : QCoreApplication::translate(
                      "DeadlineList", "Extended, due %1 → %2: %3 (asked by %4, approved by %5)")
                      .arg(time::toIsoDate(e.previousDue), time::toIsoDate(e.newDue), e.reason,
                           e.requestedBy, e.approvedBy);
        out.push_back(instantEvent(e.requestedAt, e.kind, text));
    }
    if (d.remediatedAt)
        out.push_back(
            instantEvent(*d.remediatedAt, QStringLiteral("remediated"),
                         QCoreApplication::translate("DeadlineList", "Remediated: %1 (%2)")
                             .arg(d.remediationNote, d.remediatedBy)));
    if (Status s = addRetests(db, d, out); !s)
        return s.error();
    std::stable_sort(out.begin(), out.end(),
                     [](const DeadlineEvent &a, const DeadlineEvent &b) { return a.at < b.at; });
    return out;
}

} // namespace ab
