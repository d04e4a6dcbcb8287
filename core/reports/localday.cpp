#include "reports/localday.h"

#include "deadlines/deadlinestatus.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <algorithm>
#include <sqlite3.h>

namespace ab {

namespace {

// The number in s[from, from + length), or -1 when a character is no digit.
qint64 digits(QByteArrayView s, qsizetype from, qsizetype length)
{
    qint64 n = 0;
    for (qsizetype i = from; i < from + length; ++i) {
        const char c = s.at(i);
        if (c < '0' || c > '9')
            return -1;
        n = n * 10 + (c - '0');
    }
    return n;
}

// '+28800 seconds' → 28800; nullopt for any other form.
std::optional<qint64> offsetSeconds(QByteArrayView modifier)
{
    constexpr QByteArrayView kUnit(" seconds");
    if (modifier.size() < 2 + kUnit.size() || !modifier.endsWith(kUnit))
        return std::nullopt;
    const char sign = modifier.front();
    if (sign != '+' && sign != '-')
        return std::nullopt;
    const qsizetype length = modifier.size() - 1 - kUnit.size();
    if (length > 9)
        return std::nullopt;
    const qint64 n = digits(modifier, 1, length);
    if (n < 0)
        return std::nullopt;
    return sign == '-' ? -n : n;
}

struct Day
{
    int year;
    int month;
    int day;
};

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

Day nextDay(Day d)
{
    if (d.day < daysInMonth(d.year, d.month))
        return {d.year, d.month, d.day + 1};
    if (d.month < 12)
        return {d.year, d.month + 1, 1};
    return {d.year + 1, 1, 1};
}

Day previousDay(Day d)
{
    if (d.day > 1)
        return {d.year, d.month, d.day - 1};
    if (d.month > 1)
        return {d.year, d.month - 1, daysInMonth(d.year, d.month - 1)};
    // QDate has no year 0: the day before 0001-01-01 falls out of range.
    return {d.year - 1, 12, 31};
}

// 'yyyy-MM-dd' of a day of the years 1 to 9999, into out[0..9].
void writeIsoDay(char *out, const Day &d)
{
    const auto put = [out](int at, int value, int width) {
        for (int i = at + width - 1; i >= at; --i, value /= 10)
            out[i] = char('0' + value % 10);
    };
    put(0, d.year, 4);
    out[4] = '-';
    put(5, d.month, 2);
    out[7] = '-';
    put(8, d.day, 2);
}

// The local day of the stored form; nullopt for anything else.
std::optional<Day> localDayOf(QByteArrayView ts, QByteArrayView modifier)
{
    if (ts.size() != 20 || ts.at(4) != '-' || ts.at(7) != '-' || ts.at(10) != 'T' ||
        ts.at(13) != ':' || ts.at(16) != ':' || ts.at(19) != 'Z')
        return std::nullopt;
    const qint64 year = digits(ts, 0, 4), month = digits(ts, 5, 2), day = digits(ts, 8, 2);
    const qint64 hour = digits(ts, 11, 2), minute = digits(ts, 14, 2), second = digits(ts, 17, 2);
    const std::optional<qint64> offset = offsetSeconds(modifier);
    // SQLite reads more (24:00, 31 February…) in its own way: leave it those.
    if (!offset || year < 1 || month < 1 || month > 12 || day < 1 ||
        day > daysInMonth(int(year), int(month)) || hour < 0 || hour > 23 || minute < 0 ||
        minute > 59 || second < 0 || second > 59)
        return std::nullopt;
    const qint64 seconds = hour * 3600 + minute * 60 + second + *offset;
    const qint64 days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
    // A zone's offset moves a time by a day at most: stepped by hand, which
    // a report of many rows notices against QDate's Julian-day round trip.
    Day local{int(year), int(month), int(day)};
    if (days == 1)
        local = nextDay(local);
    else if (days == -1)
        local = previousDay(local);
    else if (days != 0) {
        const QDate moved = QDate(local.year, local.month, local.day).addDays(days);
        local = {moved.year(), moved.month(), moved.day()};
    }
    if (local.year < 1 || local.year > 9999)
        return std::nullopt;
    return local;
}

} // namespace

std::optional<QByteArray> LocalDay::compute(QByteArrayView ts, QByteArrayView modifier)
{
    const std::optional<Day> day = localDayOf(ts, modifier);
    if (!day)
        return std::nullopt;
    QByteArray out(10, Qt::Uninitialized);
    writeIsoDay(out.data(), *day);
    return out;
}

void LocalDay::setZone(const QTimeZone &zone)
{
    m_starts.clear();
    m_modifiers.clear();
    for (const auto &[start, modifier] : DeadlineStatus::offsetModifiers(zone)) {
        m_starts << start.toUtf8();
        m_modifiers << modifier.toUtf8();
    }
}

QByteArrayView LocalDay::modifierFor(QByteArrayView timestamp) const
{
    if (m_starts.isEmpty())
        return {};
    // The SQL's CASE tree is this search: the first offset needs no test.
    const auto after = std::upper_bound(
        m_starts.cbegin() + 1, m_starts.cend(), timestamp,
        [](QByteArrayView t, const QByteArray &start) { return t < QByteArrayView(start); });
    return m_modifiers.at((after - m_starts.cbegin()) - 1);
}

void LocalDay::CloseConnection::operator()(sqlite3 *connection) const
{
    sqlite3_close(connection);
}

Status LocalDay::prepare(Database &db)
{
    m_fallback.finalize();
    sqlite3 *connection = nullptr;
    const int rc = sqlite3_open_v2(":memory:", &connection,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    m_connection.reset(connection); // closed even when the open failed
    if (rc != SQLITE_OK)
        return Error{QCoreApplication::translate("Reports", "SQLite could not start: %1")
                         .arg(QString::fromUtf8(sqlite3_errstr(rc))),
                     db.path(),
                     0,
                     {}};
    return m_fallback.prepare(connection, QByteArrayLiteral("SELECT date(?, ?)"), db.path());
}

std::optional<QByteArray> LocalDay::operator()(QByteArrayView ts, QByteArrayView modifier)
{
    if (ts.isNull())
        return std::nullopt;
    if (std::optional<QByteArray> day = compute(ts, modifier))
        return day;
    m_fallback.textOrNull(1, ts, true);
    m_fallback.textOrNull(2, modifier, !modifier.isNull());
    Result<bool> row = m_fallback.step();
    std::optional<QByteArray> answer;
    if (!row)
        m_error = row.error();
    else if (*row && !m_fallback.isNull(0))
        answer = m_fallback.columnText(0).toByteArray();
    m_fallback.reset();
    return answer;
}

bool LocalDay::write(QByteArray &cell, QByteArrayView ts, QByteArrayView modifier)
{
    if (!ts.isNull()) {
        if (const std::optional<Day> day = localDayOf(ts, modifier)) {
            char out[10];
            writeIsoDay(out, *day);
            setCell(cell, QByteArrayView(out, 10));
            return true;
        }
    }
    const std::optional<QByteArray> answer = (*this)(ts, modifier);
    setCell(cell, answer ? QByteArrayView(*answer) : QByteArrayView());
    return answer.has_value();
}

} // namespace ab
