#include "risktaxonomy.h"

#include "storage/database.h"

#include <QLocale>
#include <QSqlQuery>

namespace ab {

Result<RiskTaxonomy> RiskTaxonomy::load(Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT code, coalesce(parent, ''), name_zh, name_en "
                               "FROM risk_categories ORDER BY sort_order")))
        return db.sqlError(QStringLiteral("risk categories"), q);
    RiskTaxonomy t;
    while (q.next()) {
        t.m_index.insert(q.value(0).toString(), int(t.m_all.size()));
        t.m_all.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString()});
    }
    return t;
}

const RiskCategory *RiskTaxonomy::find(const QString &code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.cend() ? nullptr : &m_all.at(*it);
}

bool RiskTaxonomy::isRisk(const QString &code) const
{
    const RiskCategory *c = find(code);
    return c && !c->parent.isEmpty();
}

QString RiskTaxonomy::name(const QString &code) const
{
    const RiskCategory *c = find(code);
    if (!c)
        return code;
    return QLocale().language() == QLocale::Chinese ? c->nameZh : c->nameEn;
}

} // namespace ab
