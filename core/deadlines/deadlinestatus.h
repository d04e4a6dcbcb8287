#pragma once

#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QTimeZone>
#include <QVariantList>
#include <QVector>
#include <optional>
#include <utility>

namespace ab {

class Database;

// Where an item's remediation deadline stands as of a date.
enum class DeadlineState
{
    OnTrack,            // open, more than the due-soon window left
    DueSoon,            // open, due within the window (due today included)
    Overdue,            // open, the due day has passed
    Remediated,         // remediation recorded on or before the due day
    RemediatedLate,     // remediation recorded after the due day
    Verified,           // a re-test on a newer model did not reproduce it
    VerificationFailed, // a re-test reproduced it: open again
};

// The cached verification column of a deadline row.
enum class Verification
{
    None,
    Verified,
    Failed
};

// The stored row fields that decide the status, and nothing else.
struct DeadlineFacts
{
    QDate due;
    std::optional<QDateTime> remediatedAt; // UTC instant
    Verification verification = Verification::None;
};

// One re-test as the verification rule needs it.
struct RetestFact
{
    QDateTime testedAt; // UTC
    qint64 id = 0;      // breaks ties between re-tests at the same instant
    bool reproduced = false;
    QString modelReleased; // model_versions.released: a date or a timestamp
};

// A piece of SQL with its '?' placeholders' values, in order.
struct SqlFragment
{
    QString sql;
    QVariantList values;

    // Adds `part` after `glue` (no glue before the first part; an empty part
    // adds nothing).
    void append(const SqlFragment &part, const QString &glue)
    {
        if (part.sql.isEmpty())
            return;
        if (!sql.isEmpty())
            sql += glue;
        sql += part.sql;
        values += part.values;
    }
};

// Deadline status, both as a pure function (for one item) and as a SQL CASE
// expression (for a list or counts over a million rows without reading them
// into memory). Both follow the same rules and are tested against each other.
class DeadlineStatus
{
public:
    static DeadlineState of(const DeadlineFacts &facts, const QDate &asOf, int dueSoonDays,
                            const QTimeZone &zone);
    // Reads the stored text forms (due 'YYYY-MM-DD', remediated_at UTC, 'none'|…).
    static DeadlineFacts fromStored(const QString &due, const QString &remediatedAt,
                                    const QString &verification);

    // Days from `asOf` to `due`: 0 on the due day, negative once overdue.
    static qint64 daysLeft(const QDate &due, const QDate &asOf) { return asOf.daysTo(due); }
    // Open items still need work: on track, due soon, overdue, verification failed.
    static bool isOpen(DeadlineState state);

    static QString token(DeadlineState state); // "on_track", "due_soon", …
    static std::optional<DeadlineState> fromToken(const QString &token);
    static QString label(DeadlineState state); // translated
    static const QVector<DeadlineState> &all();

    static QString verificationToken(Verification v);
    static Verification verificationFromToken(const QString &token);

    // The re-test rule: the newest re-test that counts decides. A reproduced
    // re-test always counts (failed); a not-reproduced one counts only on a
    // model version released after the item was discovered (verified).
    static Verification verificationOf(QVector<RetestFact> retests, const QDateTime &discoveredAt,
                                       const QDate &discoveredDate);

    // CASE expression giving the status token of the row `alias` (a deadlines
    // row) as of `asOf`.
    static SqlFragment caseExpression(const QDate &asOf, int dueSoonDays, const QTimeZone &zone,
                                      const QString &alias = QStringLiteral("deadlines"));
    // 'YYYY-MM-DD' of a stored UTC timestamp column, in `zone`, exact across
    // the zone's offset changes.
    static SqlFragment localDateExpression(const QString &column, const QTimeZone &zone);
    // The zone's UTC offsets as SQLite date() modifiers ("+28800 seconds"),
    // each with the stored UTC instant it starts from ("" for the first), in
    // order: what localDateExpression() chooses between.
    static QVector<std::pair<QString, QString>> offsetModifiers(const QTimeZone &zone);
    // The zone offset in force at the column's instant, as a date() modifier
    // ('+28800 seconds'): localDateExpression() is date(column, this).
    static SqlFragment offsetModifierExpression(const QString &column, const QTimeZone &zone);

    // Items per status as of `asOf`, counted in SQL.
    static Result<QMap<DeadlineState, qint64>> countAll(Database &db, const QDate &asOf,
                                                        int dueSoonDays, const QTimeZone &zone);
};

} // namespace ab
