#include "reports/deadlinereport.h"

#include "deadlines/deadlinestatus.h"
#include "privacy/piimasker.h"
#include "reports/localday.h"
#include "reports/reportquery.h"
#include "reports/reporttext.h"
#include "storage/database.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <array>
#include <utility>
#include <vector>

namespace ab {

namespace {

// The outcome rule on local 'YYYY-MM-DD' days (empty remediatedOn: not
// remediated), as an index into kOutcomes: the rows, the totals and
// DeadlineReport::outcome() all decide by it.
constexpr const char *kOutcomes[] = {"met", "late", "missed", "open"};

int outcomeIndex(QByteArrayView due, QByteArrayView remediatedOn, QByteArrayView asOf)
{
    if (!remediatedOn.isEmpty())
        return remediatedOn <= due ? 0 : 1;
    return due < asOf ? 2 : 3;
}

constexpr int kExcerptLength = 80;

// The query streams rows: a period may hold a great many items. Columns:
// kind, item, provider, trigger date, policy, due, remediated_at,
// verification, text, containment due, contained_at. The local days of the
// two timestamps are LocalDay's, zone offset included.
SqlFragment itemsQuery(const ReportOptions &options, bool chinese)
{
    SqlFragment out;
    out.sql =
        QStringLiteral("SELECT d.item_kind, d.item_id, %1, d.trigger_date, d.policy_id, d.due, "
                       "d.remediated_at, d.verification, COALESCE(g.prompt, c.text, ''), "
                       "COALESCE(d.containment_due, ''), d.contained_at "
                       "FROM deadlines d LEFT JOIN providers p ON p.id = d.provider_id "
                       "LEFT JOIN generations g ON d.item_kind = 'generation' AND g.id = d.item_id "
                       "LEFT JOIN complaints c ON d.item_kind = 'complaint' AND c.id = d.item_id "
                       "WHERE d.due BETWEEN ? AND ?")
            .arg(chinese ? QStringLiteral("COALESCE(p.name, d.provider_id, '')")
                         : QStringLiteral("COALESCE(p.name_en, p.name, d.provider_id, '')"));
    out.values << time::toIsoDate(options.from) << time::toIsoDate(options.to);
    if (!options.providerId.isEmpty()) {
        out.sql += QStringLiteral(" AND d.provider_id = ?");
        out.values << options.providerId;
    }
    out.sql += QStringLiteral(" ORDER BY d.due, d.id");
    return out;
}

QString excerpt(const QString &text, bool masked)
{
    // Mask the whole text before cutting it, so that a number cut in half at
    // the end can never escape the masker.
    QString shown = masked ? PiiMasker::mask(text) : text;
    shown.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (shown.size() > kExcerptLength)
        shown = shown.left(kExcerptLength - 1) + QChar(0x2026);
    return shown;
}

// excerpt() of UTF-8 text, as UTF-8, into a cell of a reused row. Text that
// cannot hold personal information has only its head converted: 320 bytes of
// UTF-8 make at least 106 UTF-16 units, more than the excerpt keeps.
void setExcerpt(QByteArray &cell, QByteArrayView text, bool masked)
{
    constexpr qsizetype kHeadBytes = 4 * kExcerptLength;
    if (masked && PiiMasker::mayContain(text))
        cell = excerpt(QString::fromUtf8(text), true).toUtf8();
    else if (text.size() < kExcerptLength && !text.contains('\n'))
        setCell(cell, text);
    else
        cell =
            excerpt(QString::fromUtf8(text.first(qMin(text.size(), kHeadBytes))), false).toUtf8();
}

// Token → words in the report's language, as UTF-8, worked out once each.
// A handful of tokens: a short list looked through beats hashing a key.
class TokenWords
{
public:
    explicit TokenWords(const QString &language) : m_text(language) {}
    QByteArray operator()(QByteArrayView token)
    {
        for (const auto &[key, words] : m_words)
            if (QByteArrayView(key) == token)
                return words;
        m_words.emplace_back(token.toByteArray(), m_text.token(QString::fromUtf8(token)).toUtf8());
        return m_words.back().second;
    }

private:
    ReportText m_text;
    std::vector<std::pair<QByteArray, QByteArray>> m_words;
};

// DeadlineStatus::caseExpression()'s rules on the row's text: worked out here
// because the SQL would compute the remediation day a second time. A
// remediation whose day cannot be read (NULL) counts as late, as in SQL.
// `unreadable`: remediated_at is set but its day came back NULL (as SQL's
// NULL <= due, it counts as late).
const char *statusToken(QByteArrayView verification, bool unreadable, QByteArrayView remediatedOn,
                        QByteArrayView due, QByteArrayView asOf, QByteArrayView dueSoonLimit)
{
    if (verification == "failed")
        return "verification_failed";
    if (verification == "verified")
        return "verified";
    if (unreadable)
        return "remediated_late";
    if (!remediatedOn.isEmpty())
        return remediatedOn <= due ? "remediated" : "remediated_late";
    if (due < asOf)
        return "overdue";
    return due <= dueSoonLimit ? "due_soon" : "on_track";
}

// The items table, streamed: a period may hold a great many items. A
// workspace file's rows come through SQLite's C API, read ahead on a thread
// of their own (ReportQuery): QtSql would turn every cell into a UTF-16
// QVariant only for it to be written out as UTF-8 again (most of the time of
// a 100,000-row export, measured).
ReportRowSource itemsSource(Database &db, const SqlFragment &sql, const ReportOptions &options,
                            const QTimeZone &zone, int dueSoonDays, const QString &language,
                            qint64 expectedRows)
{
    return [&db, sql, zone, language, masked = options.masked,
            asOf = time::toIsoDate(options.asOf).toUtf8(),
            dueSoonLimit = time::toIsoDate(options.asOf.addDays(dueSoonDays)).toUtf8(),
            expectedRows](const ReportRowSink &sink) -> Status {
        LocalDay localDay;
        if (Status s = localDay.prepare(db); !s)
            return s;
        localDay.setZone(zone);
        TokenWords words(language);
        ReportRow row(12);
        qint64 rows = 0;
        // Nothing else touches the connection until `r` is gone: a file's
        // rows are read on a thread of their own, a server's as they come
        // (LocalDay has a connection of its own).
        ReportQuery r(db);
        if (Status s = r.exec(QStringLiteral("deadlines"), sql.sql, sql.values, 11,
                              ReportQuery::Reading::Prefetched);
            !s)
            return s;
        while (r.next()) {
            const QByteArrayView due = r.text(5);
            // Empty when not remediated, and when its day is NULL
            // (`unreadable`).
            QByteArray &remediated = row[9];
            bool unreadable = false;
            if (r.isNull(6))
                setCell(remediated, {});
            else
                unreadable = !localDay.write(remediated, r.text(6));
            const char *result = kOutcomes[outcomeIndex(due, remediated, asOf)];
            row[0] = words(r.text(0));
            setCell(row[1], r.text(1));
            setCell(row[2], r.text(2));
            setExcerpt(row[3], r.text(8), masked);
            setCell(row[4], r.text(3));
            setCell(row[5], r.text(4));
            setCell(row[6], r.text(9));
            if (r.isNull(10))
                setCell(row[7], {});
            else
                localDay.write(row[7], r.text(10));
            setCell(row[8], due);
            row[10] =
                words(statusToken(r.text(7), unreadable, remediated, due, asOf, dueSoonLimit));
            row[11] = words(QByteArrayView(result));
            sink(row);
            ++rows;
        }
        if (r.error())
            return *r.error();
        if (localDay.error())
            return *localDay.error();
        // The totals above the table were counted first; a writer that
        // changed the period in between would make them disagree.
        if (rows != expectedRows)
            return Error{QCoreApplication::translate(
                             "Reports", "The items changed while the report was being written; "
                                        "export it again."),
                         db.path(),
                         0,
                         {}};
        return {};
    };
}

// Met, late, missed and not yet due, by the rules of DeadlineReport::
// outcome(): the totals come before the streamed rows. Reads only the
// covering index (due, verification, remediated_at).
Result<std::array<qint64, 4>> countOutcomes(Database &db, const ReportOptions &options,
                                            const QTimeZone &zone)
{
    SqlFragment sql{QStringLiteral("SELECT d.due, d.remediated_at FROM deadlines d "
                                   "WHERE d.due BETWEEN ? AND ?"),
                    {}};
    sql.values << time::toIsoDate(options.from) << time::toIsoDate(options.to);
    if (!options.providerId.isEmpty()) {
        sql.sql += QStringLiteral(" AND d.provider_id = ?");
        sql.values << options.providerId;
    }
    ReportQuery q(db);
    if (Status s = q.exec(QStringLiteral("deadlines"), sql.sql, sql.values, 2); !s)
        return s.error();
    LocalDay localDay;
    if (Status s = localDay.prepare(db); !s)
        return s.error();
    localDay.setZone(zone);
    const QByteArray asOf = time::toIsoDate(options.asOf).toUtf8();
    std::array<qint64, 4> counts{};
    while (q.next()) {
        const QByteArrayView due = q.text(0);
        const QByteArray remediatedOn =
            q.isNull(1) ? QByteArray() : localDay(q.text(1)).value_or(QByteArray());
        ++counts[size_t(outcomeIndex(due, remediatedOn, asOf))];
    }
    if (q.error())
        return *q.error();
    if (localDay.error())
        return *localDay.error();
    return counts;
}

} // namespace

QString DeadlineReport::outcome(const QString &due, const QString &remediatedOn, const QDate &asOf)
{
    return QString::fromLatin1(kOutcomes[outcomeIndex(due.toUtf8(), remediatedOn.toUtf8(),
                                                      time::toIsoDate(asOf).toUtf8())]);
}

Result<Report> DeadlineReport::build(Database &db, const ReportOptions &options,
                                     const ReportText &text, const QTimeZone &zone, int dueSoonDays)
{
    Report report;
    report.kind = ReportKind::Deadlines;
    report.language = text.language();
    report.title = text.get("Deadline compliance report");
    report.scope = text.get("Items due from %1 to %2")
                       .arg(time::toIsoDate(options.from), time::toIsoDate(options.to));

    ReportTable items;
    items.key = QStringLiteral("items");
    items.title = text.get("Items");
    items.columnKeys = {
        QStringLiteral("kind"),           QStringLiteral("item"),        QStringLiteral("provider"),
        QStringLiteral("excerpt"),        QStringLiteral("triggerDate"), QStringLiteral("policy"),
        QStringLiteral("containmentDue"), QStringLiteral("containedOn"), QStringLiteral("due"),
        QStringLiteral("remediatedOn"),   QStringLiteral("status"),      QStringLiteral("outcome")};
    // Containment (filtering, removal) and remediation (the model change) are
    // two clocks; the report shows both.
    items.columnLabels = {text.get("Kind"),
                          text.get("Item"),
                          text.get("Provider"),
                          text.get("Excerpt"),
                          text.get("Trigger date"),
                          text.get("Policy"),
                          text.get("Containment due"),
                          text.get("Contained on"),
                          text.get("Due date"),
                          text.get("Remediated on"),
                          text.get("Status"),
                          text.get("Outcome")};

    if (options.masked)
        items.premaskedKeys = {QStringLiteral("excerpt")};
    items.columnPercent = {7, 7, 11, 21, 6, 8, 7, 6, 6, 7, 8, 6};
    const Result<std::array<qint64, 4>> counted = countOutcomes(db, options, zone);
    if (!counted)
        return counted.error();
    const std::array<qint64, 4> &counts = counted.value();
    const qint64 itemCount = counts[0] + counts[1] + counts[2] + counts[3];
    items.source = itemsSource(db, itemsQuery(options, text.isChinese()), options, zone,
                               dueSoonDays, text.language(), itemCount);
    const auto outcomes = [](size_t i) {
        return QString::fromLatin1(kOutcomes[i]);
    };

    ReportTable totals;
    totals.key = QStringLiteral("totals");
    totals.title = text.get("Totals");
    totals.columnKeys = {QStringLiteral("outcome"), QStringLiteral("count")};
    totals.columnLabels = {text.get("Outcome"), text.get("Count")};
    totals.charted = true;
    for (size_t i = 0; i < counts.size(); ++i)
        totals.rows.push_back({text.token(outcomes(i)), QString::number(counts[i])});

    const qint64 judged = counts[0] + counts[1] + counts[2];
    report.facts = {
        {QStringLiteral("asOf"), text.get("As of"), time::toIsoDate(options.asOf)},
        {QStringLiteral("itemsDue"), text.get("Items due"), QString::number(itemCount)},
        {QStringLiteral("met"), text.token(outcomes(0)), QString::number(counts[0])},
        {QStringLiteral("late"), text.token(outcomes(1)), QString::number(counts[1])},
        {QStringLiteral("missed"), text.token(outcomes(2)), QString::number(counts[2])},
        {QStringLiteral("open"), text.token(outcomes(3)), QString::number(counts[3])},
        {QStringLiteral("complianceRate"), text.get("Compliance rate"),
         judged == 0 ? QStringLiteral("-")
                     : QString::number(100.0 * double(counts[0]) / double(judged), 'f', 1) +
                           QLatin1Char('%')},
    };
    report.tables = {std::move(items), std::move(totals)};
    return report;
}

} // namespace ab
