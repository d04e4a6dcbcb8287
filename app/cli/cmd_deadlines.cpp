// auditbench-cli deadlines (--db PATH | --server URL) [--as-of YYYY-MM-DD] [--format csv|json]
#include "clicommand.h"
#include "deadlines/deadlinequery.h"
#include "util/timeutil.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ab::cli {

namespace {

const QStringList kColumns{QStringLiteral("deadline_id"),
                           QStringLiteral("item_kind"),
                           QStringLiteral("item_id"),
                           QStringLiteral("provider_id"),
                           QStringLiteral("trigger_date"),
                           QStringLiteral("policy"),
                           QStringLiteral("period"),
                           QStringLiteral("original_due"),
                           QStringLiteral("due"),
                           QStringLiteral("status"),
                           QStringLiteral("days_left"),
                           QStringLiteral("calendar_complete"),
                           QStringLiteral("containment_due"),
                           QStringLiteral("contained_at"),
                           QStringLiteral("remediated_at"),
                           QStringLiteral("verification")};

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(time::toIsoDate(d)) : QJsonValue();
}

QJsonValue instant(const std::optional<QDateTime> &t)
{
    return t ? QJsonValue(time::toStored(*t)) : QJsonValue();
}

QJsonObject rowObject(const DeadlineRecord &r, DeadlineState state, const QDate &asOf)
{
    return QJsonObject{
        {QStringLiteral("deadline_id"), r.id},
        {QStringLiteral("item_kind"), r.item.kindToken()},
        {QStringLiteral("item_id"), r.item.id},
        {QStringLiteral("provider_id"),
         r.providerId.isEmpty() ? QJsonValue() : QJsonValue(r.providerId)},
        {QStringLiteral("trigger_date"), date(r.triggerDate)},
        {QStringLiteral("policy"), r.policyId},
        {QStringLiteral("period"), r.period},
        {QStringLiteral("original_due"), date(r.originalDue)},
        {QStringLiteral("due"), date(r.due)},
        {QStringLiteral("status"), DeadlineStatus::token(state)},
        {QStringLiteral("days_left"), DeadlineStatus::daysLeft(r.due, asOf)},
        {QStringLiteral("calendar_complete"), r.calendarComplete},
        {QStringLiteral("containment_due"), date(r.containmentDue)},
        {QStringLiteral("contained_at"), instant(r.containedAt)},
        {QStringLiteral("remediated_at"), instant(r.remediatedAt)},
        {QStringLiteral("verification"), DeadlineStatus::verificationToken(r.verification)},
    };
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString csvDate(const QDate &d)
{
    return d.isValid() ? time::toIsoDate(d) : QString();
}

QString csvInstant(const std::optional<QDateTime> &t)
{
    return t ? time::toStored(*t) : QString();
}

// The same columns as rowObject(), in kColumns order; nulls are empty fields.
QString csvRow(const DeadlineRecord &r, DeadlineState state, const QDate &asOf)
{
    const QString fields[] = {QString::number(r.id),
                              r.item.kindToken(),
                              csvField(r.item.id),
                              csvField(r.providerId),
                              csvDate(r.triggerDate),
                              csvField(r.policyId),
                              csvField(r.period),
                              csvDate(r.originalDue),
                              csvDate(r.due),
                              DeadlineStatus::token(state),
                              QString::number(DeadlineStatus::daysLeft(r.due, asOf)),
                              r.calendarComplete ? QStringLiteral("true") : QStringLiteral("false"),
                              csvDate(r.containmentDue),
                              csvInstant(r.containedAt),
                              csvInstant(r.remediatedAt),
                              DeadlineStatus::verificationToken(r.verification)};
    QString line;
    line.reserve(200);
    for (const QString &f : fields) {
        if (!line.isEmpty())
            line += QLatin1Char(',');
        line += f;
    }
    return line;
}

} // namespace

int runDeadlines(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "List every item's deadline with its status as of a date, by due date."));
    addWorkspaceOptions(parser);
    parser.addOption(userOption());
    const QCommandLineOption asOf(
        QStringLiteral("as-of"),
        QCoreApplication::translate(
            "cli", "Status as of this date (default: today in the workspace's time zone)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("cli", "csv (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    parser.addOptions({asOf, format});
    int code = kOk;
    if (!parse(parser, arguments, code))
        return code;

    const std::optional<QString> location = workspaceLocation(parser, "deadlines", code);
    if (!location)
        return code;
    const QString &path = *location;
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("csv") && fmt != QLatin1String("json"))
        return usage(
            QCoreApplication::translate("cli", "deadlines: --format must be csv or json, not '%1'")
                .arg(fmt));
    std::optional<QDate> day;
    if (parser.isSet(asOf)) {
        day = time::parseIsoDate(parser.value(asOf));
        if (!day)
            return usage(QCoreApplication::translate(
                             "cli", "deadlines: --as-of must be YYYY-MM-DD, not '%1'")
                             .arg(parser.value(asOf)));
    }

    auto ws = Workspace::open(path, actingUser(parser));
    if (!ws)
        return fail(ws.error());
    const WorkspaceSettings &settings = (*ws)->settings();
    if (!day)
        day = time::localDate(QDateTime::currentDateTimeUtc(), settings.timeZone());

    const bool json = fmt == QLatin1String("json");
    bool first = true;
    out() << (json ? QStringLiteral("[") : kColumns.join(QLatin1Char(','))) << '\n';
    // Rows go out as they are read, so memory stays flat at a million items.
    Status s = DeadlineQuery::forEach((*ws)->db(), *day, settings.dueSoonDays, settings.timeZone(),
                                      [&](const DeadlineRecord &r, DeadlineState state) {
                                          if (json) {
                                              out() << (first ? "" : ",\n")
                                                    << QString::fromUtf8(
                                                           QJsonDocument(rowObject(r, state, *day))
                                                               .toJson(QJsonDocument::Compact));
                                          } else {
                                              out() << csvRow(r, state, *day) << '\n';
                                          }
                                          first = false;
                                          return true;
                                      });
    if (json)
        out() << (first ? "]" : "\n]") << '\n';
    out().flush();
    if (!s)
        return fail(s.error());
    return kOk;
}

} // namespace ab::cli
