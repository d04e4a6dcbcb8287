#pragma once

#include "intake/sqlitestatement.h"
#include "reports/report.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QTimeZone>
#include <memory>
#include <optional>

namespace ab {

class Database;

// SQLite's date(timestamp, modifier) for a stored UTC timestamp and the zone
// offset modifier SQL picks for it (DeadlineStatus::offsetModifierExpression),
// worked out in C++ for the stored form 'yyyy-MM-ddTHH:mm:ssZ' with
// '+N seconds' / '-N seconds', and asked of SQLite for anything else, so the
// answer is SQLite's in every case. A report of 100,000 items spends a good
// part of its SQL time in date() and in the offset's CASE tree otherwise.
class LocalDay
{
public:
    // `db` names the workspace in errors; SQLite's date() runs on a
    // connection of LocalDay's own (see m_connection).
    Status prepare(Database &db);
    // The zone the calls without a modifier use.
    void setZone(const QTimeZone &zone);
    // The modifier offsetModifierExpression() picks for a text timestamp:
    // that of the last offset starting at or before it (compared as SQLite
    // compares text).
    QByteArrayView modifierFor(QByteArrayView timestamp) const;
    std::optional<QByteArray> operator()(QByteArrayView timestamp)
    {
        return (*this)(timestamp, modifierFor(timestamp));
    }
    bool write(QByteArray &cell, QByteArrayView timestamp)
    {
        return write(cell, timestamp, modifierFor(timestamp));
    }

    // The local day, 'yyyy-MM-dd'; nullopt where SQLite gives NULL.
    std::optional<QByteArray> operator()(QByteArrayView timestamp, QByteArrayView modifier);
    // The same into a cell of a reused row (see setCell()), empty where
    // SQLite gives NULL; false then.
    bool write(QByteArray &cell, QByteArrayView timestamp, QByteArrayView modifier);
    // A failure of the SQL fallback, if any happened.
    const std::optional<Error> &error() const { return m_error; }

    // The C++ part alone: nullopt when the input is not of the simple form.
    static std::optional<QByteArray> compute(QByteArrayView timestamp, QByteArrayView modifier);

private:
    struct CloseConnection
    {
        void operator()(sqlite3 *connection) const;
    };
    // date() reads no table, so it needs no workspace: on a connection of its
    // own it can run while the report's rows are read on another thread with
    // the workspace's (PrefetchedRows), which SQLite does not allow on one
    // connection. Declared first: closed after the statement is finalised.
    std::unique_ptr<sqlite3, CloseConnection> m_connection;
    intake::SqliteStatement m_fallback;
    QList<QByteArray> m_starts; // UTC, stored form; the first is ""
    QList<QByteArray> m_modifiers;
    std::optional<Error> m_error;
};

} // namespace ab
