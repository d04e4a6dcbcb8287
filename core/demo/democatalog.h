#pragma once

#include "demorandom.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QVector>

namespace ab {
class Database;
}

namespace ab::demo {

struct DemoProvider
{
    QByteArray id;
    QString nameZh;
    QString nameEn;
    QString shortZh;    // for dataset names: 星河
    QString shortEn;    // Xinghe
    QString region;     // province in filing numbers: Beijing
    QString regionCode; // six-digit administrative code
    QString filingNo;
};

struct DemoModel
{
    QByteArray id;
    int provider = 0;
    QString name;
    QString version;
    QDate released;
    int base = -1;   // index of the base model version, -1 for a model trained from scratch
    int family = -1; // index into families(); -1 for base models that are not served
    QString filingNo;
};

// Modalities a family serves, as weights for text, image, audio, video.
struct DemoFamily
{
    int provider = 0;
    int traffic = 0;       // share of the flagged output
    int modality[4] = {};  // text, image, audio, video
    QVector<int> versions; // model indices, oldest release first
};

// The people of the demo workspace: the supervisor Workspace::create made,
// plus demo analysts and an auditor.
struct DemoPeople
{
    QByteArray supervisor;
    QVector<QByteArray> analysts;
    QByteArray auditor;

    const QByteArray &analyst(DemoRandom &rng) const
    {
        return analysts[rng.below(quint32(analysts.size()))];
    }
};

// Providers and their model versions, with the base-model lineage. Release
// dates are placed relative to `today`, so that every family ships a version
// during the demo history: re-tests on it are what verify a remediation.
class DemoCatalog
{
public:
    DemoCatalog(const QDate &today, quint64 seed);

    const QVector<DemoProvider> &providers() const { return m_providers; }
    const QVector<DemoModel> &models() const { return m_models; }
    const QVector<DemoFamily> &families() const { return m_families; }

    // The model version that produced an output on `day`: most traffic goes
    // to the newest release of a family, some still to the one before.
    int servingModel(const QDate &day, DemoRandom &rng) const;
    // The first version of `model`'s family released after `after` and no
    // later than `until`; -1 when there is none.
    int laterVersion(int model, const QDate &after, const QDate &until) const;

    Status write(Database &db) const;
    static Result<DemoPeople> writePeople(Database &db, const QDate &historyStart);

private:
    QVector<DemoProvider> m_providers;
    QVector<DemoModel> m_models;
    QVector<DemoFamily> m_families;
    int m_totalTraffic = 0;
};

} // namespace ab::demo
