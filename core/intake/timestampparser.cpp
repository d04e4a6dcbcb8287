#include "timestampparser.h"

#include <QDateTime>
#include <limits>

namespace ab::intake {

namespace {

constexpr int kVaries = std::numeric_limits<int>::min(); // the offset changes within the hour
constexpr qint64 kUnixEpochJulianDay = 2440588;
// Caches are dropped when they grow past this: the import reads timestamps
// in any order, and memory must stay bounded.
constexpr qsizetype kMaxCache = 1 << 16;
// 0001-01-01T00:00:00Z and 10000-01-01T00:00:00Z: the stored form has four
// year digits.
constexpr qint64 kFirstSecond = -62135596800;
constexpr qint64 kPastLastSecond = 253402300800;

std::optional<qint64> inRange(qint64 utc)
{
    if (utc < kFirstSecond || utc >= kPastLastSecond)
        return std::nullopt;
    return utc;
}

bool digits(QByteArrayView t, qsizetype at, qsizetype n, int &value)
{
    value = 0;
    for (qsizetype i = at; i < at + n; ++i) {
        const char c = t[i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

bool dateAt(QByteArrayView t, int &y, int &m, int &d)
{
    if (t.size() < 10 || t[4] != '-' || t[7] != '-')
        return false;
    if (!digits(t, 0, 4, y) || !digits(t, 5, 2, m) || !digits(t, 8, 2, d))
        return false;
    return y >= 1 && QDate::isValid(y, m, d);
}

void put(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

} // namespace

TimestampParser::TimestampParser(QTimeZone zone) : m_zone(std::move(zone)) {}

bool TimestampParser::isDate(QByteArrayView text)
{
    int y, m, d;
    return text.size() == 10 && dateAt(text, y, m, d);
}

int TimestampParser::offsetOfLocalHour(qint64 key, const QDate &date, int hour)
{
    if (const auto it = m_localOffsets.constFind(key); it != m_localOffsets.cend())
        return *it;
    const QDateTime first(date, QTime(hour, 0, 0), m_zone);
    const QDateTime last(date, QTime(hour, 59, 59), m_zone);
    int offset = kVaries;
    if (first.isValid() && last.isValid() && first.offsetFromUtc() == last.offsetFromUtc() &&
        first.secsTo(last) == 3599)
        offset = first.offsetFromUtc();
    if (m_localOffsets.size() > kMaxCache)
        m_localOffsets.clear();
    m_localOffsets.insert(key, offset);
    return offset;
}

std::optional<qint64> TimestampParser::parse(QByteArrayView t)
{
    // YYYY-MM-DD[Tt ]HH:MM:SS[.fraction][Z|z|+HH:MM|-HH:MM]
    int y, mo, d, h, mi, s;
    if (t.size() < 19 || !dateAt(t, y, mo, d))
        return std::nullopt;
    if ((t[10] != 'T' && t[10] != 't' && t[10] != ' ') || t[13] != ':' || t[16] != ':')
        return std::nullopt;
    if (!digits(t, 11, 2, h) || !digits(t, 14, 2, mi) || !digits(t, 17, 2, s) || h > 23 ||
        mi > 59 || s > 59)
        return std::nullopt;
    qsizetype i = 19;
    if (i < t.size() && t[i] == '.') {
        const qsizetype start = ++i;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9')
            ++i;
        if (i == start || i - start > 9)
            return std::nullopt;
    }
    const QDate date(y, mo, d);
    const qint64 days = date.toJulianDay() - kUnixEpochJulianDay;
    const qint64 local = days * 86400 + h * 3600 + mi * 60 + s;
    if (i == t.size()) {
        // No offset: a wall-clock time in the workspace zone.
        const int offset = offsetOfLocalHour(days * 24 + h, date, h);
        if (offset != kVaries)
            return inRange(local - offset);
        const QDateTime exact(date, QTime(h, mi, s), m_zone);
        if (!exact.isValid())
            return std::nullopt;
        return inRange(exact.toSecsSinceEpoch());
    }
    if (t[i] == 'Z' || t[i] == 'z')
        return i + 1 == t.size() ? inRange(local) : std::nullopt;
    int oh, om;
    if ((t[i] != '+' && t[i] != '-') || t.size() != i + 6 || t[i + 3] != ':' ||
        !digits(t, i + 1, 2, oh) || !digits(t, i + 4, 2, om) || oh > 23 || om > 59)
        return std::nullopt;
    const int offset = (oh * 3600 + om * 60) * (t[i] == '-' ? -1 : 1);
    return inRange(local - offset);
}

QByteArray TimestampParser::format(qint64 utc)
{
    QByteArray out;
    format(utc, out);
    return out;
}

void TimestampParser::format(qint64 utc, QByteArray &out)
{
    const qint64 days = utc >= 0 ? utc / 86400 : -((-utc + 86399) / 86400);
    const qint64 rest = utc - days * 86400;
    const QDate date = QDate::fromJulianDay(days + kUnixEpochJulianDay);
    out.resize(20);
    char *p = out.data();
    put(p, date.year(), 4);
    p[4] = '-';
    put(p + 5, date.month(), 2);
    p[7] = '-';
    put(p + 8, date.day(), 2);
    p[10] = 'T';
    put(p + 11, int(rest / 3600), 2);
    p[13] = ':';
    put(p + 14, int(rest / 60 % 60), 2);
    p[16] = ':';
    put(p + 17, int(rest % 60), 2);
    p[19] = 'Z';
}

std::optional<qint64> TimestampParser::parseStored(QByteArrayView stored)
{
    int y, mo, d, h, mi, s;
    if (stored.size() != 20 || !dateAt(stored, y, mo, d) || stored[10] != 'T' ||
        stored[13] != ':' || stored[16] != ':' || stored[19] != 'Z' || !digits(stored, 11, 2, h) ||
        !digits(stored, 14, 2, mi) || !digits(stored, 17, 2, s))
        return std::nullopt;
    return (QDate(y, mo, d).toJulianDay() - kUnixEpochJulianDay) * 86400 + h * 3600 + mi * 60 + s;
}

QDate TimestampParser::localDate(qint64 utc)
{
    const qint64 hourKey = utc >= 0 ? utc / 3600 : -((-utc + 3599) / 3600);
    int offset = kVaries;
    if (const auto it = m_utcOffsets.constFind(hourKey); it != m_utcOffsets.cend()) {
        offset = *it;
    } else {
        const int first =
            m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(hourKey * 3600, Qt::UTC));
        const int last =
            m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(hourKey * 3600 + 3599, Qt::UTC));
        if (first == last)
            offset = first;
        if (m_utcOffsets.size() > kMaxCache)
            m_utcOffsets.clear();
        m_utcOffsets.insert(hourKey, offset);
    }
    if (offset == kVaries)
        return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toTimeZone(m_zone).date();
    const qint64 local = utc + offset;
    const qint64 days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
    return QDate::fromJulianDay(days + kUnixEpochJulianDay);
}

} // namespace ab::intake
