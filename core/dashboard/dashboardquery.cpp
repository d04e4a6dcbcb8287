#include "dashboardquery.h"

#include "storage/database.h"
#include "util/timeutil.h"
#include "workspace/workspace.h"

#include <QSqlQuery>
#include <algorithm>
#include <cstdlib>
#include <functional>

namespace ab {

namespace {

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
    void add(const SqlFragment &f) { add(f.sql, f.values); }
};

// Runs `sql` and hands every row to `row`.
Status run(Database &db, const Sql &sql, const QString &what,
           const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.prepare(sql.text))
        return db.sqlError(what, q);
    for (const QVariant &v : sql.values)
        q.addBindValue(v);
    if (!q.exec())
        return db.sqlError(what, q);
    while (q.next())
        row(q);
    return {};
}

QDate dateOf(const QVariant &v)
{
    return time::parseIsoDate(v.toString()).value_or(QDate());
}

// The UTC stored form of local midnight starting `day`.
QString dayStart(const QDate &day, const QTimeZone &zone)
{
    return time::toStored(QDateTime(day, QTime(0, 0), zone).toUTC());
}

// "id" matches the policy and its variants "id:…"; LIKE wildcards in the id
// are literal.
SqlFragment policyMatch(const QString &column, const QString &policyId)
{
    QString prefix = policyId;
    prefix.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return {QStringLiteral("(%1 = ? OR %1 LIKE ? ESCAPE '\\')").arg(column),
            {policyId, QString(prefix + QStringLiteral(":%"))}};
}

// The filter's conditions on the deadlines row `d`.
void addDeadlineFilters(Sql &sql, const DashboardFilter &f)
{
    if (!f.providerId.isEmpty())
        sql.add(QStringLiteral(" AND d.provider_id = ?"), {f.providerId});
    if (!f.policyId.isEmpty()) {
        sql.add(QStringLiteral(" AND "));
        sql.add(policyMatch(QStringLiteral("d.policy_id"), f.policyId));
    }
    if (f.from.isValid())
        sql.add(QStringLiteral(" AND d.trigger_date >= ?"), {time::toIsoDate(f.from)});
    if (f.to.isValid())
        sql.add(QStringLiteral(" AND d.trigger_date <= ?"), {time::toIsoDate(f.to)});
}

// The filter's conditions on the complaints row `c`: provider as the
// Complaints list has it (a linked generation's), policy through the
// complaint's deadline, period by receipt.
void addComplaintFilters(Sql &sql, const DashboardFilter &f)
{
    if (!f.providerId.isEmpty())
        // IN, not a correlated EXISTS: the provider's complaints are listed
        // once (from its models' generations), not looked up per complaint.
        sql.add(QStringLiteral(" AND c.id IN (SELECT cg.complaint_id FROM complaint_generations "
                               "cg JOIN generations lg ON lg.id = cg.generation_id WHERE "
                               "lg.model_version_id IN (SELECT id FROM model_versions WHERE "
                               "provider_id = ?))"),
                {f.providerId});
    if (!f.policyId.isEmpty()) {
        sql.add(QStringLiteral(" AND EXISTS (SELECT 1 FROM deadlines pd WHERE pd.item_kind = "
                               "'complaint' AND pd.item_id = c.id AND "));
        sql.add(policyMatch(QStringLiteral("pd.policy_id"), f.policyId));
        sql.add(QStringLiteral(")"));
    }
    if (f.from.isValid())
        sql.add(QStringLiteral(" AND c.received_at >= ?"), {dayStart(f.from, f.zone)});
    if (f.to.isValid())
        sql.add(QStringLiteral(" AND c.received_at < ?"), {dayStart(f.to.addDays(1), f.zone)});
}

// DeadlineStatus::localDateExpression, with a short cut for the present: a
// zone that has stopped changing its offset (Asia/Shanghai since 1991) gives
// every timestamp since its last transition one constant shift, so such rows
// (all of them, in practice) skip the search through the zone's history.
SqlFragment localDate(const QString &column, const QTimeZone &zone)
{
    const SqlFragment exact = DeadlineStatus::localDateExpression(column, zone);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!zone.isValid() || (zone.hasTransitions() && zone.nextTransition(now).atUtc.isValid()))
        return exact;
    const QDateTime since = zone.hasTransitions()
                                ? zone.previousTransition(now).atUtc
                                : QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    const int offset = zone.offsetFromUtc(now);
    SqlFragment out;
    out.sql = QStringLiteral("CASE WHEN %1 >= ? THEN date(%1, ?) ELSE ").arg(column) + exact.sql +
              QStringLiteral(" END");
    out.values = {time::toStored(since.isValid() ? since : now),
                  QString((offset < 0 ? QStringLiteral("-") : QStringLiteral("+")) +
                          QString::number(std::abs(offset)) + QStringLiteral(" seconds"))};
    out.values += exact.values;
    return out;
}

// The median of a histogram value → count.
std::optional<double> median(const QMap<qint64, qint64> &histogram)
{
    qint64 total = 0;
    for (qint64 n : histogram)
        total += n;
    if (total == 0)
        return std::nullopt;
    // The values at 0-based ranks (total-1)/2 and total/2, averaged.
    const qint64 lowRank = (total - 1) / 2, highRank = total / 2;
    std::optional<qint64> low, high;
    qint64 seen = 0;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
        seen += it.value();
        if (!low && seen > lowRank)
            low = it.key();
        if (!high && seen > highRank) {
            high = it.key();
            break;
        }
    }
    return (double(*low) + double(*high)) / 2.0;
}

void placeByDue(DashboardData &out, const DashboardFilter &f, const QDate &due, DeadlineState state,
                qint64 n)
{
    out.statusCounts[state] += n;
    const QDate firstWeek = DashboardQuery::weekStart(f.asOf);
    const qint64 fromFirst = firstWeek.daysTo(due);
    if (fromFirst >= 0 && fromFirst < 7 * DashboardData::kDueWeeks)
        out.dueWeeks[int(fromFirst / 7)].counts[state] += n;
    if (state != DeadlineState::Overdue)
        return;
    const qint64 age = due.daysTo(f.asOf);
    for (OverdueBucket &b : out.overdueAges) {
        if (age >= b.minDays && (b.maxDays == 0 || age <= b.maxDays)) {
            b.count += n;
            break;
        }
    }
}

} // namespace

QDate DashboardQuery::weekStart(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

DashboardFilter DashboardQuery::defaultFilter(const WorkspaceSettings &settings, const QDate &asOf)
{
    DashboardFilter f;
    f.asOf = asOf;
    f.dueSoonDays = settings.dueSoonDays;
    f.zone = settings.timeZone();
    return f;
}

Status DashboardQuery::deadlineStatus(Database &db, const DashboardFilter &f, DashboardData &out)
{
    out.statusCounts.clear();
    for (DeadlineState s : DeadlineStatus::all())
        out.statusCounts[s] = 0;
    out.dueWeeks.clear();
    const QDate firstWeek = weekStart(f.asOf);
    for (int w = 0; w < DashboardData::kDueWeeks; ++w)
        out.dueWeeks.push_back({firstWeek.addDays(7 * w), {}});
    out.overdueAges = {{1, 7, 0}, {8, 30, 0}, {31, 90, 0}, {91, 0, 0}};

    // One pass over the narrow status index, per due day, with no sort: the
    // closed states come from the same SQL as DeadlineStatus::caseExpression
    // (verification first, then the local remediation day against the due
    // day); an open item's state depends on its due day alone and is given by
    // DeadlineStatus::of. Grouping by the CASE instead would sort every row.
    const SqlFragment remediatedOn = localDate(QStringLiteral("d.remediated_at"), f.zone);
    Sql sql;
    sql.add(QStringLiteral("SELECT d.due, sum(d.verification = 'failed'), "
                           "sum(d.verification = 'verified'), "
                           "sum(d.verification = 'none' AND d.remediated_at IS NULL), "
                           "sum(d.verification = 'none' AND d.remediated_at IS NOT NULL AND ") +
                remediatedOn.sql + QStringLiteral(" <= d.due), count(*) FROM deadlines d WHERE 1"),
            remediatedOn.values);
    addDeadlineFilters(sql, f);
    sql.add(QStringLiteral(" GROUP BY d.due"));
    Status status =
        run(db, sql, QStringLiteral("dashboard deadline status"), [&](const QSqlQuery &q) {
            const QDate due = dateOf(q.value(0));
            const qint64 failed = q.value(1).toLongLong(), verified = q.value(2).toLongLong();
            const qint64 open = q.value(3).toLongLong(), inTime = q.value(4).toLongLong();
            const qint64 late = q.value(5).toLongLong() - failed - verified - open - inTime;
            const DeadlineState openState =
                DeadlineStatus::of(DeadlineFacts{due, std::nullopt, Verification::None}, f.asOf,
                                   f.dueSoonDays, f.zone);
            const std::pair<DeadlineState, qint64> parts[] = {
                {DeadlineState::VerificationFailed, failed},
                {DeadlineState::Verified, verified},
                {openState, open},
                {DeadlineState::Remediated, inTime},
                {DeadlineState::RemediatedLate, late}};
            for (const auto &[state, n] : parts)
                if (n > 0)
                    placeByDue(out, f, due, state, n);
        });
    if (!status)
        return status;
    DashboardFigures &fig = out.figures;
    fig.overdue = out.statusCounts.value(DeadlineState::Overdue);
    fig.dueSoon = out.statusCounts.value(DeadlineState::DueSoon);
    fig.openItems = 0;
    for (DeadlineState s : DeadlineStatus::all())
        if (DeadlineStatus::isOpen(s))
            fig.openItems += out.statusCounts.value(s);
    return {};
}

Status DashboardQuery::remediation(Database &db, const DashboardFilter &f, DashboardData &out)
{
    // Two passes, each over its own narrow index (migration 6): items per
    // trigger day, and remediated items per (local remediation day, trigger
    // day). From them come the days to remediation, this month's
    // remediations and, as running sums, how many items were open at the end
    // of each day.
    QMap<qint64, qint64> days;             // days to remediation → items
    QMap<QDate, qint64> triggered, closed; // per day
    const QDate monthStart(f.asOf.year(), f.asOf.month(), 1);
    qint64 thisMonth = 0;
    Sql perTrigger;
    perTrigger.add(QStringLiteral("SELECT d.trigger_date, count(*) FROM deadlines d WHERE 1"));
    addDeadlineFilters(perTrigger, f);
    perTrigger.add(QStringLiteral(" GROUP BY d.trigger_date"));
    Status status =
        run(db, perTrigger, QStringLiteral("dashboard triggers"),
            [&](const QSqlQuery &q) { triggered[dateOf(q.value(0))] += q.value(1).toLongLong(); });
    if (!status)
        return status;

    Sql sql;
    sql.add(QStringLiteral("SELECT "));
    sql.add(localDate(QStringLiteral("d.remediated_at"), f.zone));
    sql.add(QStringLiteral(" AS r, d.trigger_date, count(*) FROM deadlines d "
                           "WHERE d.remediated_at IS NOT NULL"));
    addDeadlineFilters(sql, f);
    sql.add(QStringLiteral(" GROUP BY r, d.trigger_date"));
    status = run(db, sql, QStringLiteral("dashboard remediation"), [&](const QSqlQuery &q) {
        const QDate on = dateOf(q.value(0));
        const QDate trigger = dateOf(q.value(1));
        const qint64 n = q.value(2).toLongLong();
        closed[on] += n;
        days[trigger.daysTo(on)] += n;
        if (on >= monthStart && on <= f.asOf)
            thisMonth += n;
    });
    if (!status)
        return status;
    out.figures.remediatedThisMonth = thisMonth;
    out.figures.medianDaysToRemediation = median(days);

    out.burnDown.clear();
    auto upTo = [](const QMap<QDate, qint64> &perDay, const QDate &day) {
        qint64 n = 0;
        for (auto it = perDay.cbegin(); it != perDay.cend() && it.key() <= day; ++it)
            n += it.value();
        return n;
    };
    for (int w = DashboardData::kBurnDownWeeks; w >= 0; --w) {
        const QDate day = f.asOf.addDays(-7 * w);
        out.burnDown.push_back({day, upTo(triggered, day) - upTo(closed, day)});
    }
    return {};
}

Result<QVector<RiskTypeCount>> DashboardQuery::riskTypes(Database &db, const DashboardFilter &f)
{
    QVector<RiskTypeCount> types;
    // The taxonomy is 36 rows.
    Sql taxonomy;
    taxonomy.add(QStringLiteral("SELECT code, parent, name_zh, name_en FROM risk_categories "
                                "ORDER BY sort_order"));
    Status status = run(db, taxonomy, QStringLiteral("risk taxonomy"), [&](const QSqlQuery &q) {
        const RiskCount risk{q.value(0).toString(), q.value(2).toString(), q.value(3).toString(),
                             0};
        if (q.value(1).isNull()) {
            types.push_back({risk, {}});
            return;
        }
        const QString parent = q.value(1).toString();
        for (RiskTypeCount &t : types)
            if (t.type.code == parent)
                t.risks.push_back(risk);
    });
    if (!status)
        return status.error();

    Sql sql;
    sql.add(QStringLiteral("SELECT g.risk_category, count(*) FROM generations g WHERE 1"));
    if (!f.providerId.isEmpty())
        sql.add(QStringLiteral(" AND g.model_version_id IN (SELECT id FROM model_versions "
                               "WHERE provider_id = ?)"),
                {f.providerId});
    if (f.from.isValid())
        sql.add(QStringLiteral(" AND g.flagged_at >= ?"), {dayStart(f.from, f.zone)});
    if (f.to.isValid())
        sql.add(QStringLiteral(" AND g.flagged_at < ?"), {dayStart(f.to.addDays(1), f.zone)});
    sql.add(QStringLiteral(" GROUP BY g.risk_category"));
    status = run(db, sql, QStringLiteral("dashboard risk types"), [&](const QSqlQuery &q) {
        const QString code = q.value(0).toString();
        const qint64 n = q.value(1).toLongLong();
        for (RiskTypeCount &t : types) {
            if (t.type.code == code) { // flagged with the type only
                t.type.count += n;
                return;
            }
            for (RiskCount &risk : t.risks) {
                if (risk.code == code) {
                    risk.count += n;
                    t.type.count += n;
                    return;
                }
            }
        }
    });
    if (!status)
        return status.error();
    return types;
}

Result<QVector<ComplaintWeek>> DashboardQuery::complaintWeeks(Database &db,
                                                              const DashboardFilter &f)
{
    const QDate first = weekStart(f.asOf).addDays(-7 * (DashboardData::kComplaintWeeks - 1));
    const QDate end = weekStart(f.asOf).addDays(7); // exclusive
    QVector<ComplaintWeek> weeks;
    for (int w = 0; w < DashboardData::kComplaintWeeks; ++w)
        weeks.push_back({first.addDays(7 * w), 0, 0});
    auto place = [&](const QDate &day, qint64 n, bool resolved) {
        const qint64 offset = first.daysTo(day);
        if (day.isValid() && offset >= 0 && offset < 7 * DashboardData::kComplaintWeeks)
            (resolved ? weeks[int(offset / 7)].resolved : weeks[int(offset / 7)].received) += n;
    };
    for (const bool resolved : {false, true}) {
        const QString column =
            resolved ? QStringLiteral("c.responded_at") : QStringLiteral("c.received_at");
        Sql sql;
        sql.add(QStringLiteral("SELECT "));
        sql.add(localDate(column, f.zone));
        sql.add(QStringLiteral(" AS day, count(*) FROM complaints c WHERE ") + column +
                    QStringLiteral(" >= ? AND ") + column + QStringLiteral(" < ?"),
                {dayStart(first, f.zone), dayStart(end, f.zone)});
        if (resolved)
            sql.add(QStringLiteral(" AND c.status = 'resolved'"));
        addComplaintFilters(sql, f);
        sql.add(QStringLiteral(" GROUP BY day"));
        Status status =
            run(db, sql, QStringLiteral("dashboard complaints"), [&](const QSqlQuery &q) {
                place(dateOf(q.value(0)), q.value(1).toLongLong(), resolved);
            });
        if (!status)
            return status.error();
    }
    return weeks;
}

Status DashboardQuery::complaintFeedback(Database &db, const DashboardFilter &f,
                                         DashboardFigures &out)
{
    // A complaint counts once its feedback limit has passed or it has been
    // answered; it is in time when answered on or before the limit day (local).
    const SqlFragment answeredOn = localDate(QStringLiteral("c.responded_at"), f.zone);
    Sql sql;
    sql.add(QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN c.responded_at IS NOT NULL "
                           "AND ") +
                answeredOn.sql +
                QStringLiteral(" <= c.response_due THEN 1 ELSE 0 END), 0) FROM complaints c "
                               "WHERE c.response_due IS NOT NULL AND (c.responded_at IS NOT "
                               "NULL OR c.response_due < ?)"),
            answeredOn.values + QVariantList{time::toIsoDate(f.asOf)});
    addComplaintFilters(sql, f);
    Status status =
        run(db, sql, QStringLiteral("dashboard complaint feedback"), [&](const QSqlQuery &q) {
            out.complaintsWithLimit = q.value(0).toLongLong();
            out.complaintsAnsweredInTime = q.value(1).toLongLong();
        });
    if (!status)
        return status;
    out.complaintsAnsweredInTimePercent = std::nullopt;
    if (out.complaintsWithLimit > 0)
        out.complaintsAnsweredInTimePercent =
            100.0 * double(out.complaintsAnsweredInTime) / double(out.complaintsWithLimit);
    return {};
}

Result<qint64> DashboardQuery::openCases(Database &db, const DashboardFilter &f)
{
    Sql sql;
    sql.add(QStringLiteral("SELECT count(*) FROM review_cases WHERE status NOT IN "
                           "('closed', 'dismissed')"));
    if (!f.providerId.isEmpty())
        sql.add(QStringLiteral(" AND provider_id = ?"), {f.providerId});
    qint64 n = 0;
    Status status = run(db, sql, QStringLiteral("dashboard open cases"),
                        [&](const QSqlQuery &q) { n = q.value(0).toLongLong(); });
    if (!status)
        return status.error();
    return n;
}

Result<DashboardData> DashboardQuery::compute(Database &db, const DashboardFilter &filter)
{
    DashboardData data;
    data.filter = filter;
    if (Status s = deadlineStatus(db, filter, data); !s)
        return s.error();
    if (Status s = remediation(db, filter, data); !s)
        return s.error();
    auto risks = riskTypes(db, filter);
    if (!risks)
        return risks.error();
    data.riskTypes = std::move(*risks);
    auto weeks = complaintWeeks(db, filter);
    if (!weeks)
        return weeks.error();
    data.complaintWeeks = std::move(*weeks);
    if (Status s = complaintFeedback(db, filter, data.figures); !s)
        return s.error();
    auto cases = openCases(db, filter);
    if (!cases)
        return cases.error();
    data.figures.openCases = *cases;
    return data;
}

} // namespace ab
