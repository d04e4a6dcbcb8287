#include "deadlinestatus.h"

#include "storage/database.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>
#include <cstdlib>

namespace ab {

namespace {

struct Segment
{
    QString startUtc; // stored form; empty for the first segment
    int offsetSeconds = 0;
};

// The zone's UTC offsets over the span any stored timestamp can reasonably
// hold. Asia/Shanghai has had one offset since 1991, so it is one segment.
QVector<Segment> offsetSegments(const QTimeZone &zone)
{
    const QDateTime from(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
    QVector<Segment> out{{QString(), zone.offsetFromUtc(from)}};
    if (zone.hasTransitions()) {
        const QTimeZone::OffsetDataList transitions = zone.transitions(from, to);
        for (const QTimeZone::OffsetData &t : transitions) {
            if (t.offsetFromUtc != out.back().offsetSeconds)
                out.push_back({time::toStored(t.atUtc), t.offsetFromUtc});
        }
    }
    return out;
}

QString modifier(int offsetSeconds)
{
    return (offsetSeconds < 0 ? QStringLiteral("-") : QStringLiteral("+")) +
           QString::number(std::abs(offsetSeconds)) + QStringLiteral(" seconds");
}

// A balanced CASE tree over the segments, so that a zone with daylight saving
// costs a handful of comparisons per row, not hundreds.
void offsetTree(const QString &column, const QVector<Segment> &segments, qsizetype lo, qsizetype hi,
                SqlFragment &out)
{
    if (lo == hi) {
        out.sql += QLatin1Char('?');
        out.values.push_back(modifier(segments.at(lo).offsetSeconds));
        return;
    }
    const qsizetype mid = (lo + hi + 1) / 2;
    out.sql += QStringLiteral("CASE WHEN ") + column + QStringLiteral(" < ? THEN ");
    out.values.push_back(segments.at(mid).startUtc);
    offsetTree(column, segments, lo, mid - 1, out);
    out.sql += QStringLiteral(" ELSE ");
    offsetTree(column, segments, mid, hi, out);
    out.sql += QStringLiteral(" END");
}

bool releasedAfter(const QString &released, const QDateTime &discoveredAt,
                   const QDate &discoveredDate)
{
    if (const auto d = time::parseIsoDate(released))
        return *d > discoveredDate; // a bare date: only a later day is surely later
    if (const auto t = time::fromStored(released))
        return *t > discoveredAt;
    return false; // an unreadable release date proves nothing
}

} // namespace

DeadlineState DeadlineStatus::of(const DeadlineFacts &facts, const QDate &asOf, int dueSoonDays,
                                 const QTimeZone &zone)
{
    if (facts.verification == Verification::Failed)
        return DeadlineState::VerificationFailed;
    if (facts.verification == Verification::Verified)
        return DeadlineState::Verified;
    if (facts.remediatedAt) {
        // The period ends at 24:00 local time of the due day.
        const QDate on = time::localDate(*facts.remediatedAt, zone);
        return on <= facts.due ? DeadlineState::Remediated : DeadlineState::RemediatedLate;
    }
    const qint64 left = daysLeft(facts.due, asOf);
    if (left < 0)
        return DeadlineState::Overdue;
    if (left <= dueSoonDays)
        return DeadlineState::DueSoon;
    return DeadlineState::OnTrack;
}

DeadlineFacts DeadlineStatus::fromStored(const QString &due, const QString &remediatedAt,
                                         const QString &verification)
{
    DeadlineFacts f;
    f.due = time::parseIsoDate(due).value_or(QDate());
    if (!remediatedAt.isEmpty())
        f.remediatedAt = time::fromStored(remediatedAt);
    f.verification = verificationFromToken(verification);
    return f;
}

bool DeadlineStatus::isOpen(DeadlineState state)
{
    switch (state) {
    case DeadlineState::OnTrack:
    case DeadlineState::DueSoon:
    case DeadlineState::Overdue:
    case DeadlineState::VerificationFailed:
        return true;
    case DeadlineState::Remediated:
    case DeadlineState::RemediatedLate:
    case DeadlineState::Verified:
        break;
    }
    return false;
}

const QVector<DeadlineState> &DeadlineStatus::all()
{
    static const QVector<DeadlineState> states{
        DeadlineState::OnTrack,           DeadlineState::DueSoon,        DeadlineState::Overdue,
        DeadlineState::Remediated,        DeadlineState::RemediatedLate, DeadlineState::Verified,
        DeadlineState::VerificationFailed};
    return states;
}

QString DeadlineStatus::token(DeadlineState state)
{
    switch (state) {
    case DeadlineState::OnTrack:
        return QStringLiteral("on_track");
    case DeadlineState::DueSoon:
        return QStringLiteral("due_soon");
    case DeadlineState::Overdue:
        return QStringLiteral("overdue");
    case DeadlineState::Remediated:
        return QStringLiteral("remediated");
    case DeadlineState::RemediatedLate:
        return QStringLiteral("remediated_late");
    case DeadlineState::Verified:
        return QStringLiteral("verified");
    case DeadlineState::VerificationFailed:
        break;
    }
    return QStringLiteral("verification_failed");
}

std::optional<DeadlineState> DeadlineStatus::fromToken(const QString &text)
{
    for (DeadlineState s : all()) {
        if (token(s) == text)
            return s;
    }
    return std::nullopt;
}

QString DeadlineStatus::label(DeadlineState state)
{
    switch (state) {
    case DeadlineState::OnTrack:
        return QCoreApplication::translate("DeadlineStatus", "On track");
    case DeadlineState::DueSoon:
        return QCoreApplication::translate("DeadlineStatus", "Due soon");
    case DeadlineState::Overdue:
        return QCoreApplication::translate("DeadlineStatus", "Overdue");
    case DeadlineState::Remediated:
        return QCoreApplication::translate("DeadlineStatus", "Remediated");
    case DeadlineState::RemediatedLate:
        return QCoreApplication::translate("DeadlineStatus", "Remediated late");
    case DeadlineState::Verified:
        return QCoreApplication::translate("DeadlineStatus", "Verified");
    case DeadlineState::VerificationFailed:
        break;
    }
    return QCoreApplication::translate("DeadlineStatus", "Verification failed");
}

QString DeadlineStatus::verificationToken(Verification v)
{
    switch (v) {
    case Verification::Verified:
        return QStringLiteral("verified");
    case Verification::Failed:
        return QStringLiteral("failed");
    case Verification::None:
        break;
    }
    return QStringLiteral("none");
}

Verification DeadlineStatus::verificationFromToken(const QString &text)
{
    if (text == QLatin1String("verified"))
        return Verification::Verified;
    if (text == QLatin1String("failed"))
        return Verification::Failed;
    return Verification::None;
}

Verification DeadlineStatus::verificationOf(QVector<RetestFact> retests,
                                            const QDateTime &discoveredAt,
                                            const QDate &discoveredDate)
{
    std::sort(retests.begin(), retests.end(), [](const RetestFact &a, const RetestFact &b) {
        return a.testedAt != b.testedAt ? a.testedAt > b.testedAt : a.id > b.id;
    });
    for (const RetestFact &r : std::as_const(retests)) {
        if (r.reproduced)
            return Verification::Failed;
        if (releasedAfter(r.modelReleased, discoveredAt, discoveredDate))
            return Verification::Verified;
        // A clean run on the model that produced the content proves nothing:
        // look further back.
    }
    return Verification::None;
}

SqlFragment DeadlineStatus::localDateExpression(const QString &column, const QTimeZone &zone)
{
    const SqlFragment modifier = offsetModifierExpression(column, zone);
    return {QStringLiteral("date(") + column + QStringLiteral(", ") + modifier.sql +
                QLatin1Char(')'),
            modifier.values};
}

SqlFragment DeadlineStatus::offsetModifierExpression(const QString &column, const QTimeZone &zone)
{
    const QVector<Segment> segments = offsetSegments(zone);
    SqlFragment out;
    offsetTree(column, segments, 0, segments.size() - 1, out);
    return out;
}

QVector<std::pair<QString, QString>> DeadlineStatus::offsetModifiers(const QTimeZone &zone)
{
    QVector<std::pair<QString, QString>> out;
    for (const Segment &segment : offsetSegments(zone))
        out.push_back({segment.startUtc, modifier(segment.offsetSeconds)});
    return out;
}

SqlFragment DeadlineStatus::caseExpression(const QDate &asOf, int dueSoonDays,
                                           const QTimeZone &zone, const QString &alias)
{
    const QString a = alias + QLatin1Char('.');
    const SqlFragment remediatedOn = localDateExpression(a + QStringLiteral("remediated_at"), zone);
    SqlFragment out;
    // Dates are ISO text, so comparing them as text compares them as dates;
    // the due-soon limit is worked out here once instead of per row.
    out.sql = QStringLiteral("CASE WHEN %1verification = 'failed' THEN 'verification_failed' "
                             "WHEN %1verification = 'verified' THEN 'verified' "
                             "WHEN %1remediated_at IS NOT NULL THEN "
                             "(CASE WHEN %2 <= %1due THEN 'remediated' ELSE 'remediated_late' END) "
                             "WHEN %1due < ? THEN 'overdue' "
                             "WHEN %1due <= ? THEN 'due_soon' "
                             "ELSE 'on_track' END")
                  .arg(a, remediatedOn.sql);
    out.values = remediatedOn.values;
    out.values.push_back(time::toIsoDate(asOf));
    out.values.push_back(time::toIsoDate(asOf.addDays(dueSoonDays)));
    return out;
}

Result<QMap<DeadlineState, qint64>> DeadlineStatus::countAll(Database &db, const QDate &asOf,
                                                             int dueSoonDays, const QTimeZone &zone)
{
    // The same rules as caseExpression(), counted in one pass without GROUP BY
    // (whose sort costs more than the counting): each sum carries two counts,
    // one in the low and one in the high 31 bits, and on track is what is left.
    constexpr qint64 kHigh = qint64(1) << 31;
    const SqlFragment remediatedOn = localDateExpression(QStringLiteral("d.remediated_at"), zone);
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT sum(CASE d.verification WHEN 'failed' THEN 1 WHEN 'verified' THEN %1 "
                  "ELSE 0 END), "
                  "sum(CASE WHEN d.remediated_at IS NULL OR d.verification <> 'none' THEN 0 "
                  "WHEN %2 <= d.due THEN %1 + 1 ELSE 1 END), "
                  "sum(CASE WHEN d.remediated_at IS NOT NULL OR d.verification <> 'none' "
                  "OR d.due > ? THEN 0 WHEN d.due < ? THEN 1 ELSE %1 END), "
                  "count(*) FROM deadlines d")
                  .arg(QString::number(kHigh), remediatedOn.sql));
    for (const QVariant &v : remediatedOn.values)
        q.addBindValue(v);
    q.addBindValue(time::toIsoDate(asOf.addDays(dueSoonDays)));
    q.addBindValue(time::toIsoDate(asOf));
    if (!q.exec() || !q.next())
        return db.sqlError(QStringLiteral("deadline counts"), q);
    const qint64 verification = q.value(0).toLongLong();
    const qint64 remediated = q.value(1).toLongLong();
    const qint64 open = q.value(2).toLongLong();
    const qint64 total = q.value(3).toLongLong();
    QMap<DeadlineState, qint64> counts;
    counts[DeadlineState::VerificationFailed] = verification % kHigh;
    counts[DeadlineState::Verified] = verification / kHigh;
    counts[DeadlineState::Remediated] = remediated / kHigh;
    counts[DeadlineState::RemediatedLate] = remediated % kHigh - remediated / kHigh;
    counts[DeadlineState::Overdue] = open % kHigh;
    counts[DeadlineState::DueSoon] = open / kHigh;
    counts[DeadlineState::OnTrack] = total - verification % kHigh - verification / kHigh -
                                     remediated % kHigh - open % kHigh - open / kHigh;
    return counts;
}

} // namespace ab
