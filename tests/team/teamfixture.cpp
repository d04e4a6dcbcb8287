#include "teamfixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace ab::test {

QStringList storedColumns(Database &db, const QString &table)
{
    QSqlQuery q(db.sql());
    q.prepare(db.isServer()
                  ? QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                   "table_schema = current_schema() AND table_name = ? AND "
                                   "is_generated = 'NEVER' ORDER BY ordinal_position")
                  : QStringLiteral("SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0 "
                                   "ORDER BY cid"));
    q.addBindValue(table);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList tableRows(Database &db, const QString &table, const QStringList &columns)
{
    QSqlQuery q(db.sql());
    const bool ok =
        q.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table));
    INFO(table.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(ok);
    QStringList rows;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant v = q.value(i);
            values << (v.isNull() ? QStringLiteral("\\N")
                       : v.typeId() == QMetaType::QByteArray
                           ? QString::fromLatin1(v.toByteArray().toHex())
                           : v.toString());
        }
        rows << values.join(QLatin1Char('|'));
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

qint64 countOf(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace ab::test
