#pragma once

#include "util/result.h"

#include <QString>
#include <QVector>

namespace ab {

class Database;

// The choices the filter bar offers that come from the workspace rather than
// from a fixed vocabulary. These tables are small (providers, model
// versions, open cases), so they are read whole.
struct FacetProvider
{
    QString id;
    QString name;
    QString nameEn;
};

struct FacetModel
{
    QString id;
    QString providerId;
    QString label; // "name version"
};

struct FacetCase
{
    qint64 id = 0;
    QString number;
    QString title;
};

struct BrowseFacets
{
    static constexpr int kCaseLimit = 500; // the newest cases; older ones by number

    QVector<FacetProvider> providers;
    QVector<FacetModel> models;
    QVector<FacetCase> cases;

    static Result<BrowseFacets> load(Database &db);
};

} // namespace ab
