#pragma once

#include "deadlines/period.h"
#include "util/result.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace ab {

// A named alternative period inside a policy (EU AI Act: 10 days for a death).
struct PolicyVariant
{
    QString id;
    QString nameZh;
    QString nameEn;
    Period period;
    QString descriptionZh;
    QString descriptionEn;
};

// A deadline rule as data (resources/policies/<id>.json): which event starts
// the clock, how long it runs, and which holiday calendar moves its last day.
struct Policy
{
    QString id;
    QString nameZh;
    QString nameEn;
    QString clock;   // remediation | containment | feedback | report
    QString trigger; // discovery_or_report | complaint_received | awareness
    Period period;
    QString calendar; // country code of the holiday calendar ("CN")
    QString descriptionZh;
    QString descriptionEn;
    QString sourceZh; // the legal source, cited
    QString sourceEn;
    QVector<PolicyVariant> variants;
    QString variant; // set by PolicyCatalog::find() for "id:variant"
    QString file;    // the file it was read from

    // What a deadline row stores in policy_id: "id" or "id:variant".
    QString ref() const { return variant.isEmpty() ? id : id + QLatin1Char(':') + variant; }
    QString name(bool chinese) const;
};

// The policy profiles: the built-in ones plus those in a user folder, where a
// file with a built-in id replaces the built-in profile (so that an
// organisation can set its own internal targets without a rebuild).
class PolicyCatalog
{
public:
    static const QString kFormat;
    // The policy every workspace that says nothing else uses.
    static const QString kDefaultPolicy;
    // The policy that sets the containment clock of every item.
    static const QString kContainmentPolicy;

    static Result<PolicyCatalog> load(const QString &extraFolder = {});
    // <AppDataLocation>/policies
    static QString userFolder();

    // "cac-2023-draft", or "eu-ai-act-73:death" for a variant (its period
    // applied). Nothing when the id or variant is unknown.
    std::optional<Policy> find(const QString &ref) const;
    const QVector<Policy> &policies() const { return m_policies; }
    // The calendar countries the policies use, each once.
    QStringList calendars() const;

private:
    QVector<Policy> m_policies;
};

} // namespace ab
