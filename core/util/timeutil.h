#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace ab::time {

// The stored form of an instant: UTC, whole seconds, "YYYY-MM-DDTHH:MM:SSZ".
QString toStored(const QDateTime &instant);
// Parses the stored form (and any RFC 3339 timestamp with an offset).
std::optional<QDateTime> fromStored(const QString &text);

// RFC 3339 with an offset, or a local timestamp without one which is then read
// in `zone` (the interchange format's rule). Returns nothing when unparseable.
std::optional<QDateTime> parseTimestamp(const QString &text, const QTimeZone &zone);

QString toIsoDate(const QDate &date);
std::optional<QDate> parseIsoDate(const QString &text);

// The local calendar date of an instant in a zone (2026-05-31T16:00:00Z is
// 2026-06-01 in Asia/Shanghai).
QDate localDate(const QDateTime &instant, const QTimeZone &zone);

QTimeZone defaultZone(); // Asia/Shanghai

} // namespace ab::time
