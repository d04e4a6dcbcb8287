#include "demotestsupport.h"

#include "demo/demogenerator.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ab::test {

std::unique_ptr<Workspace> demoWorkspace(const TempDir &dir, const QString &name, qint64 scale,
                                         quint64 seed)
{
    auto ws = Workspace::create(dir.path(name), QStringLiteral("tester"));
    AB_REQUIRE_OK(ws);
    DemoOptions options;
    options.generations = scale;
    options.seed = seed;
    options.today = kDemoToday;
    AB_REQUIRE_OK(DemoGenerator::populate(**ws, options));
    return std::move(*ws);
}

QStringList column(Workspace &ws, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(ws.db().sql());
    q.setForwardOnly(true);
    REQUIRE(q.prepare(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(q.exec());
    QStringList out;
    while (q.next())
        out.push_back(q.value(0).toString());
    return out;
}

qint64 scalar(Workspace &ws, const QString &sql, const QVariantList &values)
{
    const QStringList rows = column(ws, sql, values);
    REQUIRE(!rows.isEmpty());
    return rows.first().toLongLong();
}

} // namespace ab::test
