#include "teamfixture.h"

#include "workspace/workspacecopy.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace ab::test {

CliRun runCli(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PGPASSWORD"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AUDITBENCH_CLI), arguments);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

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
