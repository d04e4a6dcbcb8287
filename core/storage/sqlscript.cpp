#include "sqlscript.h"

#include <sqlite3.h>

namespace ab {

namespace {

// Gathers lines into statements; `ends(pending, line)` says whether the
// line just added completes the pending statement. Blank and comment lines
// between statements are skipped.
template <typename Ends> QStringList splitLines(const QString &script, Ends ends)
{
    QStringList statements;
    QString pending;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (pending.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QStringLiteral("--"))))
            continue;
        pending += line + QLatin1Char('\n');
        if (ends(pending, line)) {
            statements << pending.trimmed();
            pending.clear();
        }
    }
    if (!pending.trimmed().isEmpty())
        statements << pending.trimmed();
    return statements;
}

} // namespace

QStringList SqlScript::split(const QString &script)
{
    return splitLines(script, [](const QString &pending, const QString &) {
        return sqlite3_complete(pending.toUtf8().constData()) != 0;
    });
}

QStringList SqlScript::splitServer(const QString &script)
{
    bool inBody = false;
    return splitLines(script, [&inBody](const QString &, const QString &line) {
        if (line.count(QStringLiteral("$$")) % 2 == 1)
            inBody = !inBody;
        return !inBody && line.trimmed().endsWith(QLatin1Char(';'));
    });
}

} // namespace ab
