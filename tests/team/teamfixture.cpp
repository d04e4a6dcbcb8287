#include "teamfixture.h"

#include "workspace/workspacecopy.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace ab::test {

QStringList storedColumns(Database &db, const QString &table)
{
    auto columns = WorkspaceCopy::storedColumns(db, table);
    AB_REQUIRE_OK(columns);
    return *columns;
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
