#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QHash>
#include <QTimeZone>
#include <optional>

namespace ab::intake {

// RFC 3339 timestamps and ISO dates as the interchange format writes them,
// turned into the stored forms (UTC 'YYYY-MM-DDTHH:MM:SSZ', 'YYYY-MM-DD').
// It accepts exactly what time::parseTimestamp accepts and gives the same
// instants (a test holds the two together), but does the calendar arithmetic
// itself and asks QTimeZone for an offset once per local hour, because an
// import parses two timestamps per record and QDateTime's zone conversion
// would dominate the run.
class TimestampParser
{
public:
    explicit TimestampParser(QTimeZone zone);

    // A timestamp with an offset, or without one read in the zone. Fractions
    // of a second are dropped, as the stored form keeps whole seconds.
    std::optional<qint64> parse(QByteArrayView text);       // seconds since 1970 UTC
    static QByteArray format(qint64 utcSeconds);            // the stored form
    static void format(qint64 utcSeconds, QByteArray &out); // the same, into `out`
    static bool isDate(QByteArrayView text);                // strict YYYY-MM-DD, a real day
    static std::optional<qint64> parseStored(QByteArrayView stored);

    // The calendar date, in the zone, of an instant.
    QDate localDate(qint64 utcSeconds);

private:
    int offsetOfLocalHour(qint64 localHourKey, const QDate &date, int hour);

    QTimeZone m_zone;
    QHash<qint64, int> m_localOffsets; // local hour since 1970 -> offset (or kVaries)
    QHash<qint64, int> m_utcOffsets;   // UTC hour since 1970 -> offset (or kVaries)
};

} // namespace ab::intake
