#include "dashboardquery.h"

#include "dashboardtallies.h"
#include "storage/database.h"
#include "util/timeutil.h"
#include "workspace/workspace.h"

#include <QHash>
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

// Where the aggregates read their rows: the tallies of migration 7, or the
// same columns worked out from the tables themselves when the tallies cannot
// serve the filter (another zone than the one they count in; a provider or
// policy filter on complaints, whose provider comes from their generations).
// Each source is a subquery with a row count `n`, so that one aggregation
// reads either.
struct Sources
{
    SqlFragment deadlines; // provider_id, policy_id, trigger_date, due, remediated_on, verification
    SqlFragment risks;     // provider_id, policy_id, trigger_date, risk_category
    SqlFragment complaints; // received_on, response_due, responded_on, resolved
};

// The filter's conditions on a deadline or risk source row `t`.
void addItemFilters(Sql &sql, const DashboardFilter &f)
{
    if (!f.providerId.isEmpty())
        sql.add(QStringLiteral(" AND t.provider_id = ?"), {f.providerId});
    if (!f.policyId.isEmpty()) {
        sql.add(QStringLiteral(" AND "));
        sql.add(policyMatch(QStringLiteral("t.policy_id"), f.policyId));
    }
    if (f.from.isValid())
        sql.add(QStringLiteral(" AND t.trigger_date >= ?"), {time::toIsoDate(f.from)});
    if (f.to.isValid())
        sql.add(QStringLiteral(" AND t.trigger_date <= ?"), {time::toIsoDate(f.to)});
}

// The period's condition on a complaint source row `t` (by local receipt day;
// provider and policy are in the source).
void addReceiptPeriod(Sql &sql, const DashboardFilter &f)
{
    if (f.from.isValid())
        sql.add(QStringLiteral(" AND t.received_on >= ?"), {time::toIsoDate(f.from)});
    if (f.to.isValid())
        sql.add(QStringLiteral(" AND t.received_on <= ?"), {time::toIsoDate(f.to)});
}

// The provider and policy conditions on the complaints row `c`: provider as
// the Complaints list has it (a linked generation's), policy through the
// complaint's deadline.
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

// The sources for `f`: the tallies when allowed and they count in the
// filter's zone.
Result<Sources> sourcesFor(Database &db, const DashboardFilter &f, bool allowTallies)
{
    auto counted = DashboardTallies::countedZone(db);
    if (!counted)
        return counted.error();
    const bool tallied =
        allowTallies && !counted->isEmpty() && *counted == DashboardTallies::stampOf(f.zone);
    Sources out;
    if (tallied) {
        out.deadlines.sql = QStringLiteral("deadline_tallies");
        out.risks.sql = QStringLiteral("risk_tallies");
    } else {
        const SqlFragment remediatedOn = localDate(QStringLiteral("d.remediated_at"), f.zone);
        out.deadlines.sql = QStringLiteral("(SELECT coalesce(d.provider_id, '') AS provider_id, "
                                           "d.policy_id AS policy_id, d.trigger_date AS "
                                           "trigger_date, d.due AS due, coalesce(") +
                            remediatedOn.sql +
                            QStringLiteral(", '') AS remediated_on, d.verification AS "
                                           "verification, 1 AS n FROM deadlines d)");
        out.deadlines.values = remediatedOn.values;
        out.risks.sql = QStringLiteral(
            "(SELECT coalesce(d.provider_id, '') AS provider_id, d.policy_id AS policy_id, "
            "d.trigger_date AS trigger_date, g.risk_category AS risk_category, 1 AS n "
            "FROM deadlines d JOIN generations g ON g.id = d.item_id "
            "WHERE d.item_kind = 'generation')");
    }
    if (tallied && f.providerId.isEmpty() && f.policyId.isEmpty()) {
        out.complaints.sql = QStringLiteral("complaint_tallies");
        return out;
    }
    const SqlFragment receivedOn = localDate(QStringLiteral("c.received_at"), f.zone);
    const SqlFragment respondedOn = localDate(QStringLiteral("c.responded_at"), f.zone);
    Sql sql;
    sql.add(QStringLiteral("(SELECT "));
    sql.add(receivedOn);
    sql.add(QStringLiteral(" AS received_on, coalesce(c.response_due, '') AS response_due, "
                           "coalesce("));
    sql.add(respondedOn);
    // resolved as the tallies store it: 0 or 1, a number on both backends.
    sql.add(QStringLiteral(", '') AS responded_on, CASE WHEN c.status = 'resolved' THEN 1 ELSE 0 "
                           "END AS resolved, 1 AS n FROM complaints c WHERE true"));
    addComplaintFilters(sql, f);
    sql.add(QStringLiteral(")"));
    out.complaints = {sql.text, sql.values};
    return out;
}

// The running total of `perDay` up to and including `day`.
qint64 upTo(const QMap<QDate, qint64> &perDay, const QDate &day)
{
    qint64 n = 0;
    for (auto it = perDay.cbegin(); it != perDay.cend() && it.key() <= day; ++it)
        n += it.value();
    return n;
}

// What one pass over the deadline rows fills in.
Status countDeadlines(Database &db, const SqlFragment &source, const DashboardFilter &f,
                      DashboardData &out)
{
    out.statusCounts.clear();
    for (DeadlineState s : DeadlineStatus::all())
        out.statusCounts[s] = 0;
    out.dueWeeks.clear();
    const QDate firstWeek = DashboardQuery::weekStart(f.asOf);
    for (int w = 0; w < DashboardData::kDueWeeks; ++w)
        out.dueWeeks.push_back({firstWeek.addDays(7 * w), {}});
    out.overdueAges = {{1, 7, 0}, {8, 30, 0}, {31, 90, 0}, {91, 0, 0}};

    // A remediation whose re-test reproduced the content did not hold: such
    // an item is open (verification failed) and counts as never remediated in
    // the remediation figures and the burn-down.
    QMap<qint64, qint64> days;               // days to remediation → items
    QMap<QDate, qint64> triggered, closed;   // per day
    QHash<qint64, DeadlineState> openStates; // per due day
    const QDate monthStart(f.asOf.year(), f.asOf.month(), 1);
    qint64 thisMonth = 0;
    // Tens of thousands of groups come back: days as Julian day numbers and
    // verification as a number keep each row free of strings.
    Sql sql;
    sql.add(QStringLiteral(
        "SELECT CAST(julianday(t.trigger_date) + 0.5 AS INTEGER), "
        "CAST(julianday(t.due) + 0.5 AS INTEGER), "
        "CAST(julianday(nullif(t.remediated_on, '')) + 0.5 AS INTEGER), "
        "CASE t.verification WHEN 'failed' THEN 2 WHEN 'verified' THEN 1 ELSE 0 END, "
        "sum(t.n) FROM "));
    sql.add(source);
    sql.add(QStringLiteral(" t WHERE true"));
    addItemFilters(sql, f);
    // Tallies whose items all moved on stay behind at zero; they place nothing.
    sql.add(QStringLiteral(" GROUP BY t.trigger_date, t.due, t.remediated_on, t.verification "
                           "HAVING sum(t.n) > 0"));
    Status status = run(db, sql, QStringLiteral("dashboard deadlines"), [&](const QSqlQuery &q) {
        const QDate trigger = QDate::fromJulianDay(q.value(0).toLongLong());
        const qint64 dueDay = q.value(1).toLongLong();
        const QDate due = QDate::fromJulianDay(dueDay);
        const qint64 remediatedDay = q.value(2).toLongLong(); // 0: open
        const int verification = q.value(3).toInt();
        const qint64 n = q.value(4).toLongLong();
        triggered[trigger] += n;
        const QDate remediatedOn =
            remediatedDay > 0 ? QDate::fromJulianDay(remediatedDay) : QDate();
        DeadlineState state;
        if (verification == 2) {
            state = DeadlineState::VerificationFailed;
        } else if (verification == 1) {
            state = DeadlineState::Verified;
        } else if (remediatedOn.isValid()) {
            state =
                remediatedDay <= dueDay ? DeadlineState::Remediated : DeadlineState::RemediatedLate;
        } else {
            auto known = openStates.constFind(dueDay);
            if (known == openStates.cend())
                known = openStates.insert(
                    dueDay, DeadlineStatus::of(DeadlineFacts{due, std::nullopt, Verification::None},
                                               f.asOf, f.dueSoonDays, f.zone));
            state = *known;
        }
        placeByDue(out, f, due, state, n);
        if (remediatedOn.isValid() && verification != 2) {
            closed[remediatedOn] += n;
            days[remediatedDay - trigger.toJulianDay()] += n;
            if (remediatedOn >= monthStart && remediatedOn <= f.asOf)
                thisMonth += n;
        }
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
    fig.remediatedThisMonth = thisMonth;
    fig.medianDaysToRemediation = median(days);
    out.burnDown.clear();
    for (int w = DashboardData::kBurnDownWeeks; w >= 0; --w) {
        const QDate at = f.asOf.addDays(-7 * w);
        out.burnDown.push_back({at, upTo(triggered, at) - upTo(closed, at)});
    }
    return {};
}

Result<QVector<RiskTypeCount>> countRisks(Database &db, const SqlFragment &source,
                                          const DashboardFilter &f)
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
    sql.add(QStringLiteral("SELECT t.risk_category, sum(t.n) FROM "));
    sql.add(source);
    sql.add(QStringLiteral(" t WHERE true"));
    addItemFilters(sql, f);
    sql.add(QStringLiteral(" GROUP BY t.risk_category"));
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

Result<QVector<ComplaintWeek>> countComplaintWeeks(Database &db, const SqlFragment &source,
                                                   const DashboardFilter &f)
{
    const QDate first =
        DashboardQuery::weekStart(f.asOf).addDays(-7 * (DashboardData::kComplaintWeeks - 1));
    const QDate last = DashboardQuery::weekStart(f.asOf).addDays(6);
    QVector<ComplaintWeek> weeks;
    for (int w = 0; w < DashboardData::kComplaintWeeks; ++w)
        weeks.push_back({first.addDays(7 * w), 0, 0});
    for (const bool resolved : {false, true}) {
        const QString column =
            resolved ? QStringLiteral("t.responded_on") : QStringLiteral("t.received_on");
        Sql sql;
        sql.add(QStringLiteral("SELECT %1, sum(t.n) FROM ").arg(column));
        sql.add(source);
        sql.add(QStringLiteral(" t WHERE %1 >= ? AND %1 <= ?").arg(column),
                {time::toIsoDate(first), time::toIsoDate(last)});
        if (resolved)
            sql.add(QStringLiteral(" AND t.resolved = 1"));
        addReceiptPeriod(sql, f);
        sql.add(QStringLiteral(" GROUP BY 1"));
        Status status =
            run(db, sql, QStringLiteral("dashboard complaints"), [&](const QSqlQuery &q) {
                const QDate on = dateOf(q.value(0));
                const qint64 offset = first.daysTo(on);
                if (on.isValid() && offset >= 0 && offset < 7 * DashboardData::kComplaintWeeks) {
                    ComplaintWeek &week = weeks[int(offset / 7)];
                    (resolved ? week.resolved : week.received) += q.value(1).toLongLong();
                }
            });
        if (!status)
            return status.error();
    }
    return weeks;
}

Status countComplaintFeedback(Database &db, const SqlFragment &source, const DashboardFilter &f,
                              DashboardFigures &out)
{
    // A complaint counts once its feedback limit has passed or it has been
    // answered; it is in time when answered on or before the limit day (local).
    Sql sql;
    sql.add(QStringLiteral("SELECT coalesce(sum(t.n), 0), coalesce(sum(CASE WHEN "
                           "t.responded_on <> '' AND t.responded_on <= t.response_due THEN t.n "
                           "ELSE 0 END), 0) FROM "));
    sql.add(source);
    sql.add(QStringLiteral(" t WHERE t.response_due <> '' AND (t.responded_on <> '' OR "
                           "t.response_due < ?)"),
            {time::toIsoDate(f.asOf)});
    addReceiptPeriod(sql, f);
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

Result<qint64> countOpenCases(Database &db, const DashboardFilter &f)
{
    // The cases in the filter: the provider's, opened in the period, and for a
    // policy those with an item under it.
    Sql sql;
    sql.add(QStringLiteral("SELECT count(*) FROM review_cases rc WHERE rc.status NOT IN "
                           "('closed', 'dismissed')"));
    if (!f.providerId.isEmpty())
        sql.add(QStringLiteral(" AND rc.provider_id = ?"), {f.providerId});
    if (!f.policyId.isEmpty()) {
        sql.add(QStringLiteral(" AND EXISTS (SELECT 1 FROM case_items ci JOIN deadlines pd ON "
                               "pd.item_kind = ci.item_kind AND pd.item_id = ci.item_id WHERE "
                               "ci.case_id = rc.id AND "));
        sql.add(policyMatch(QStringLiteral("pd.policy_id"), f.policyId));
        sql.add(QStringLiteral(")"));
    }
    if (f.from.isValid())
        sql.add(QStringLiteral(" AND rc.opened_at >= ?"), {dayStart(f.from, f.zone)});
    if (f.to.isValid())
        sql.add(QStringLiteral(" AND rc.opened_at < ?"), {dayStart(f.to.addDays(1), f.zone)});
    qint64 n = 0;
    Status status = run(db, sql, QStringLiteral("dashboard open cases"),
                        [&](const QSqlQuery &q) { n = q.value(0).toLongLong(); });
    if (!status)
        return status.error();
    return n;
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

Result<DashboardData> DashboardQuery::compute(Database &db, const DashboardFilter &filter,
                                              Source source)
{
    auto sources = sourcesFor(db, filter, source == Source::Fastest);
    if (!sources)
        return sources.error();
    DashboardData data;
    data.filter = filter;
    if (Status s = countDeadlines(db, sources->deadlines, filter, data); !s)
        return s.error();
    auto risks = countRisks(db, sources->risks, filter);
    if (!risks)
        return risks.error();
    data.riskTypes = std::move(*risks);
    auto weeks = countComplaintWeeks(db, sources->complaints, filter);
    if (!weeks)
        return weeks.error();
    data.complaintWeeks = std::move(*weeks);
    if (Status s = countComplaintFeedback(db, sources->complaints, filter, data.figures); !s)
        return s.error();
    auto cases = countOpenCases(db, filter);
    if (!cases)
        return cases.error();
    data.figures.openCases = *cases;
    return data;
}

} // namespace ab
