// auditbench-cli due --from DATE_OR_RFC3339 (--period P | --policy ID) [--zone TZ]
#include "clicommand.h"
#include "deadlines/deadlinecalculator.h"
#include "deadlines/policycatalog.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ab::cli {

namespace {

// The local trigger day: a bare date is taken as it is; a timestamp is an
// instant whose date in `zone` counts (2026-05-31T16:00:00Z is 1 June in
// Beijing).
std::optional<QDate> triggerDay(const QString &text, const QTimeZone &zone)
{
    if (const auto d = time::parseIsoDate(text))
        return d;
    if (const auto t = time::parseTimestamp(text, zone))
        return time::localDate(*t, zone);
    return std::nullopt;
}

} // namespace

int runDue(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Compute a due date as the PRC Civil Code counts periods (arts. 200-204), with the "
               "holiday calendars. Needs no workspace."));
    const QCommandLineOption from(
        QStringLiteral("from"),
        QCoreApplication::translate(
            "cli",
            "The triggering event: YYYY-MM-DD, or an RFC 3339 timestamp (its local date counts)."),
        QStringLiteral("DATE_OR_RFC3339"));
    const QCommandLineOption period(
        QStringLiteral("period"),
        QCoreApplication::translate("cli",
                                    "The period: <n>M months, <n>D days, <n>WD working days."),
        QStringLiteral("P"));
    const QCommandLineOption policy(
        QStringLiteral("policy"),
        QCoreApplication::translate(
            "cli", "A policy profile id instead of a period (\"id:variant\" for a variant)."),
        QStringLiteral("ID"));
    const QCommandLineOption zone(
        QStringLiteral("zone"),
        QCoreApplication::translate("cli",
                                    "IANA time zone of the trigger (default Asia/Shanghai)."),
        QStringLiteral("TZ"), QStringLiteral("Asia/Shanghai"));
    parser.addOptions({from, period, policy, zone});
    int code = kOk;
    if (!parse(parser, arguments, code))
        return code;

    const QTimeZone tz(parser.value(zone).toUtf8());
    if (!tz.isValid())
        return usage(QCoreApplication::translate("cli", "due: unknown time zone '%1'")
                         .arg(parser.value(zone)));
    if (!parser.isSet(from))
        return usage(QCoreApplication::translate("cli", "due: --from is required"));
    if (parser.isSet(period) == parser.isSet(policy))
        return usage(
            QCoreApplication::translate("cli", "due: give exactly one of --period and --policy"));
    const auto day = triggerDay(parser.value(from), tz);
    if (!day)
        return usage(QCoreApplication::translate(
                         "cli", "due: --from must be YYYY-MM-DD or an RFC 3339 timestamp, not '%1'")
                         .arg(parser.value(from)));

    std::optional<Policy> chosen;
    std::optional<Period> p;
    if (parser.isSet(policy)) {
        auto catalog = PolicyCatalog::load(PolicyCatalog::userFolder());
        if (!catalog)
            return fail(catalog.error());
        chosen = catalog->find(parser.value(policy));
        if (!chosen)
            return usage(QCoreApplication::translate("cli", "due: unknown policy '%1'")
                             .arg(parser.value(policy)));
        p = chosen->period;
    } else {
        p = Period::parse(parser.value(period));
        if (!p)
            return usage(QCoreApplication::translate(
                             "cli", "due: --period must look like 3M, 15D or 15WD, not '%1'")
                             .arg(parser.value(period)));
    }
    const QString country = chosen ? chosen->calendar : QStringLiteral("CN");
    auto calendar = HolidayCalendar::load(country, HolidayCalendar::userFolder());
    if (!calendar)
        return fail(calendar.error());

    const DueDate due = DeadlineCalculator(*calendar).compute(*day, *p);
    // The period ends at 24:00 local time of the due day.
    const QDateTime endsAt(due.due.addDays(1), QTime(0, 0), tz);
    const QJsonObject result{
        {QStringLiteral("trigger_date"), time::toIsoDate(due.triggerDate)},
        {QStringLiteral("nominal_due"), time::toIsoDate(due.nominalDue)},
        {QStringLiteral("due"), time::toIsoDate(due.due)},
        {QStringLiteral("calendar_complete"), due.calendarComplete},
        {QStringLiteral("period"), p->toString()},
        {QStringLiteral("policy"), chosen ? QJsonValue(chosen->ref()) : QJsonValue()},
        {QStringLiteral("calendar"), country},
        {QStringLiteral("zone"), QString::fromUtf8(tz.id())},
        {QStringLiteral("ends_at"), time::toStored(endsAt)},
    };
    out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << Qt::endl;
    return kOk;
}

} // namespace ab::cli
