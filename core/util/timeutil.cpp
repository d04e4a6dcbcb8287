#include "timeutil.h"

#include <QRegularExpression>

namespace ab::time {

QString toStored(const QDateTime &instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

std::optional<QDateTime> fromStored(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return dt.toUTC();
}

std::optional<QDateTime> parseTimestamp(const QString &text, const QTimeZone &zone)
{
    // Qt's ISO parser is lenient about some forms RFC 3339 forbids; check the
    // shape first so that "2026-5-1" or "yesterday" never become a date.
    static const QRegularExpression shape(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})?$)"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString normal = text;
    normal.replace(10, 1, QLatin1Char('T'));
    if (normal.endsWith(QLatin1Char('z')))
        normal.back() = QLatin1Char('Z');
    QDateTime dt = QDateTime::fromString(normal, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    if (m.captured(2).isEmpty()) {
        // No offset: the wall-clock time is in the workspace zone.
        dt = QDateTime(dt.date(), dt.time(), zone);
        if (!dt.isValid())
            return std::nullopt;
    }
    return dt.toUTC();
}

QString toIsoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

std::optional<QDate> parseIsoDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QDate localDate(const QDateTime &instant, const QTimeZone &zone)
{
    return instant.toTimeZone(zone).date();
}

QTimeZone defaultZone()
{
    return QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
}

} // namespace ab::time
