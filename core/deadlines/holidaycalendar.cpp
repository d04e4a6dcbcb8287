#include "holidaycalendar.h"

#include "util/timeutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <map>

namespace ab {

const QString HolidayCalendar::kFormat = QStringLiteral("auditbench-calendar/1");

namespace {

const QString kBuiltInFolder = QStringLiteral(":/calendars");

// A State Council holiday never runs longer than nine days; a month is a
// generous bound that still catches a mistyped year in "to".
constexpr int kMaxHolidaySpan = 31;

struct YearData
{
    QSet<QDate> holidays;
    QSet<QDate> workingWeekendDays;
    QHash<QDate, std::pair<QString, QString>> names;
};

struct CalendarFile
{
    QString path;
    int year = 0;
};

int lineOfOffset(const QByteArray &bytes, int offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

class FileReader
{
public:
    FileReader(QString path, QString country, int year)
        : m_path(std::move(path)), m_country(std::move(country)), m_year(year)
    {}

    Result<YearData> read() const;

private:
    Error error(const QString &field, const QString &message, int line = 0) const
    {
        return Error{message, m_path, line, field};
    }
    Result<QString> text(const QJsonObject &o, const QString &key, const QString &field) const;
    Result<QDate> date(const QJsonObject &o, const QString &key, const QString &field) const;
    Status readHolidays(const QJsonValue &v, YearData &out) const;
    Status readWorkingDays(const QJsonValue &v, YearData &out) const;

    QString m_path;
    QString m_country;
    int m_year;
};

Result<QString> FileReader::text(const QJsonObject &o, const QString &key,
                                 const QString &field) const
{
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return error(
            field, QCoreApplication::translate("HolidayCalendar", "a non-empty text is required"));
    return v.toString().trimmed();
}

Result<QDate> FileReader::date(const QJsonObject &o, const QString &key, const QString &field) const
{
    const auto d = time::parseIsoDate(o.value(key).toString());
    if (!d)
        return error(
            field, QCoreApplication::translate("HolidayCalendar", "a date YYYY-MM-DD is required"));
    // Notices sometimes place a day of the neighbouring year (a New Year
    // holiday from 30 December); anything further away is a typo.
    if (d->year() < m_year - 1 || d->year() > m_year + 1)
        return error(field, QCoreApplication::translate("HolidayCalendar",
                                                        "%1 is too far from the calendar's year %2")
                                .arg(time::toIsoDate(*d))
                                .arg(m_year));
    return *d;
}

Status FileReader::readHolidays(const QJsonValue &v, YearData &out) const
{
    if (!v.isArray())
        return error(
            QStringLiteral("holidays"),
            QCoreApplication::translate("HolidayCalendar", "a list of holidays is required"));
    const QJsonArray list = v.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString field = QStringLiteral("holidays[%1]").arg(i);
        if (!list.at(i).isObject())
            return error(field, QCoreApplication::translate("HolidayCalendar",
                                                            "each holiday must be an object"));
        const QJsonObject h = list.at(i).toObject();
        auto zh = text(h, QStringLiteral("name_zh"), field + QStringLiteral(".name_zh"));
        if (!zh)
            return zh.error();
        auto en = text(h, QStringLiteral("name_en"), field + QStringLiteral(".name_en"));
        if (!en)
            return en.error();
        auto from = date(h, QStringLiteral("from"), field + QStringLiteral(".from"));
        if (!from)
            return from.error();
        auto to = date(h, QStringLiteral("to"), field + QStringLiteral(".to"));
        if (!to)
            return to.error();
        if (*to < *from || from->daysTo(*to) >= kMaxHolidaySpan)
            return error(
                field + QStringLiteral(".to"),
                QCoreApplication::translate(
                    "HolidayCalendar", "must be on or after \"from\" and at most %1 days later")
                    .arg(kMaxHolidaySpan - 1));
        for (QDate d = *from; d <= *to; d = d.addDays(1)) {
            out.holidays.insert(d);
            out.names.insert(d, {*zh, *en});
        }
    }
    return {};
}

Status FileReader::readWorkingDays(const QJsonValue &v, YearData &out) const
{
    if (v.isUndefined())
        return {}; // a country without adjusted working days leaves the list out
    if (!v.isArray())
        return error(
            QStringLiteral("working_days"),
            QCoreApplication::translate("HolidayCalendar", "a list of working days is required"));
    const QJsonArray list = v.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString field = QStringLiteral("working_days[%1]").arg(i);
        if (!list.at(i).isObject())
            return error(field, QCoreApplication::translate("HolidayCalendar",
                                                            "each working day must be an object"));
        auto d =
            date(list.at(i).toObject(), QStringLiteral("date"), field + QStringLiteral(".date"));
        if (!d)
            return d.error();
        // A weekday is a working day anyway: declaring one is a mistyped date.
        if (d->dayOfWeek() < Qt::Saturday)
            return error(
                field + QStringLiteral(".date"),
                QCoreApplication::translate("HolidayCalendar", "%1 is not a Saturday or Sunday")
                    .arg(time::toIsoDate(*d)));
        if (out.holidays.contains(*d))
            return error(
                field + QStringLiteral(".date"),
                QCoreApplication::translate("HolidayCalendar", "%1 is also listed as a holiday")
                    .arg(time::toIsoDate(*d)));
        out.workingWeekendDays.insert(*d);
    }
    return {};
}

Result<YearData> FileReader::read() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return error(
            {}, QCoreApplication::translate("HolidayCalendar", "cannot read the calendar file: %1")
                    .arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return error({},
                     QCoreApplication::translate("HolidayCalendar", "not valid JSON: %1")
                         .arg(parseError.errorString()),
                     lineOfOffset(bytes, parseError.offset));
    if (!doc.isObject())
        return error({}, QCoreApplication::translate("HolidayCalendar",
                                                     "a calendar file must hold one JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != HolidayCalendar::kFormat)
        return error(QStringLiteral("format"),
                     QCoreApplication::translate("HolidayCalendar", "must be \"%1\"")
                         .arg(HolidayCalendar::kFormat));
    if (root.value(QStringLiteral("country")).toString() != m_country)
        return error(
            QStringLiteral("country"),
            QCoreApplication::translate("HolidayCalendar", "must be \"%1\", as the file name says")
                .arg(m_country));
    if (root.value(QStringLiteral("year")).toInt(-1) != m_year)
        return error(
            QStringLiteral("year"),
            QCoreApplication::translate("HolidayCalendar", "must be %1, as the file name says")
                .arg(m_year));
    const QJsonObject source = root.value(QStringLiteral("source")).toObject();
    if (source.value(QStringLiteral("title_zh")).toString().isEmpty() &&
        source.value(QStringLiteral("title_en")).toString().isEmpty())
        return error(QStringLiteral("source"),
                     QCoreApplication::translate(
                         "HolidayCalendar",
                         "name the official notice the dates come from (title_zh or title_en)"));
    YearData data;
    if (Status s = readHolidays(root.value(QStringLiteral("holidays")), data); !s)
        return s.error();
    if (Status s = readWorkingDays(root.value(QStringLiteral("working_days")), data); !s)
        return s.error();
    return data;
}

// The calendar files for `country` in `folder`, by year.
Result<std::map<int, QString>> listFiles(const QString &folder, const QString &country)
{
    static const QRegularExpression name(QStringLiteral(R"(^([A-Za-z]{2})-(\d{4})\.json$)"));
    std::map<int, QString> out;
    const QDir dir(folder);
    const QStringList entries = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &entry : entries) {
        const QRegularExpressionMatch m = name.match(entry);
        if (!m.hasMatch() || m.captured(1).toUpper() != country)
            continue;
        const int year = m.captured(2).toInt();
        if (out.count(year))
            return Error{
                QCoreApplication::translate("HolidayCalendar", "two calendar files for %1 %2")
                    .arg(country)
                    .arg(year),
                dir.filePath(entry),
                0,
                {}};
        out.emplace(year, dir.filePath(entry));
    }
    return out;
}

} // namespace

Result<HolidayCalendar> HolidayCalendar::load(const QString &country, const QString &extraFolder)
{
    HolidayCalendar cal;
    cal.m_country = country.trimmed().toUpper();
    auto builtIn = listFiles(kBuiltInFolder, cal.m_country);
    if (!builtIn)
        return builtIn.error();
    std::map<int, QString> files = *builtIn;
    if (!extraFolder.isEmpty() && QDir(extraFolder).exists()) {
        auto extra = listFiles(extraFolder, cal.m_country);
        if (!extra)
            return extra.error();
        for (const auto &[year, path] : *extra)
            files[year] = path; // the user's file wins over the built-in one
    }
    for (const auto &[year, path] : files) {
        auto data = FileReader(path, cal.m_country, year).read();
        if (!data)
            return data.error();
        cal.m_years.insert(year);
        cal.m_holidays.unite(data->holidays);
        cal.m_workingWeekendDays.unite(data->workingWeekendDays);
        cal.m_names.insert(data->names);
    }
    return cal;
}

QString HolidayCalendar::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/calendars");
}

bool HolidayCalendar::isRestDay(const QDate &day) const
{
    if (m_holidays.contains(day))
        return true;
    if (day.dayOfWeek() >= Qt::Saturday)
        return !m_workingWeekendDays.contains(day);
    return false;
}

bool HolidayCalendar::hasYear(int year) const
{
    return m_years.contains(year);
}

QString HolidayCalendar::holidayName(const QDate &day, bool chinese) const
{
    const auto it = m_names.constFind(day);
    if (it == m_names.cend())
        return {};
    return chinese ? it->first : it->second;
}

} // namespace ab
