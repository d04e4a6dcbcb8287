#pragma once

#include "util/result.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace ab {

class Database;

struct RiskCategory
{
    QString code;   // "A.1" (a type) or "A.1.g" (a risk)
    QString parent; // empty for the five types
    QString nameZh;
    QString nameEn;
};

// The TC260-003 appendix A taxonomy (5 types, 31 risks) as the workspace holds
// it; the names come in both languages, so no translation step is involved.
class RiskTaxonomy
{
public:
    static Result<RiskTaxonomy> load(Database &db);

    const QVector<RiskCategory> &all() const { return m_all; }
    const RiskCategory *find(const QString &code) const;
    bool isRisk(const QString &code) const; // a leaf such as A.1.g
    // The name in the UI's current language (Chinese when the default
    // locale is Chinese), or the code itself when unknown.
    QString name(const QString &code) const;

private:
    QVector<RiskCategory> m_all;
    QHash<QString, int> m_index;
};

} // namespace ab
