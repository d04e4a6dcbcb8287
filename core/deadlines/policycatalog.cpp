#include "policycatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <map>

namespace ab {

const QString PolicyCatalog::kFormat = QStringLiteral("auditbench-policy/1");
const QString PolicyCatalog::kDefaultPolicy = QStringLiteral("cac-2023-draft");
const QString PolicyCatalog::kContainmentPolicy = QStringLiteral("containment");

namespace {

const QString kBuiltInFolder = QStringLiteral(":/policies");

const QRegularExpression &idShape()
{
    static const QRegularExpression re(QStringLiteral(R"(^[a-z0-9][a-z0-9-]{0,63}$)"));
    return re;
}

class PolicyReader
{
public:
    explicit PolicyReader(QString path) : m_path(std::move(path)) {}
    Result<Policy> read() const;

private:
    Error error(const QString &field, const QString &message, int line = 0) const
    {
        return Error{message, m_path, line, field};
    }
    Result<QString> text(const QJsonObject &o, const QString &key, const QString &prefix) const
    {
        const QJsonValue v = o.value(key);
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return error(prefix + key, QCoreApplication::translate("PolicyCatalog",
                                                                   "a non-empty text is required"));
        return v.toString().trimmed();
    }
    Result<QString> oneOf(const QJsonObject &o, const QString &key,
                          const QStringList &allowed) const
    {
        const QString v = o.value(key).toString();
        if (!allowed.contains(v))
            return error(key, QCoreApplication::translate("PolicyCatalog", "must be one of: %1")
                                  .arg(allowed.join(QStringLiteral(", "))));
        return v;
    }
    Result<Period> period(const QJsonObject &o, const QString &prefix) const
    {
        const auto p = Period::parse(o.value(QStringLiteral("period")).toString());
        if (!p)
            return error(
                prefix + QStringLiteral("period"),
                QCoreApplication::translate(
                    "PolicyCatalog", "a period such as \"3M\", \"15D\" or \"15WD\" is required"));
        return *p;
    }
    Result<QVector<PolicyVariant>> variants(const QJsonValue &v) const;

    QString m_path;
};

Result<QVector<PolicyVariant>> PolicyReader::variants(const QJsonValue &v) const
{
    QVector<PolicyVariant> out;
    if (v.isUndefined())
        return out;
    if (!v.isArray())
        return error(
            QStringLiteral("variants"),
            QCoreApplication::translate("PolicyCatalog", "a list of variants is required"));
    const QJsonArray list = v.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString prefix = QStringLiteral("variants[%1].").arg(i);
        const QJsonObject o = list.at(i).toObject();
        PolicyVariant pv;
        pv.id = o.value(QStringLiteral("id")).toString();
        if (!idShape().match(pv.id).hasMatch())
            return error(
                prefix + QStringLiteral("id"),
                QCoreApplication::translate("PolicyCatalog",
                                            "lower-case letters, digits and hyphens are required"));
        for (const PolicyVariant &seen : std::as_const(out)) {
            if (seen.id == pv.id)
                return error(prefix + QStringLiteral("id"),
                             QCoreApplication::translate("PolicyCatalog", "\"%1\" is used twice")
                                 .arg(pv.id));
        }
        QString *texts[] = {&pv.nameZh, &pv.nameEn, &pv.descriptionZh, &pv.descriptionEn};
        const char *keys[] = {"name_zh", "name_en", "description_zh", "description_en"};
        for (int k = 0; k < 4; ++k) {
            auto t = text(o, QString::fromLatin1(keys[k]), prefix);
            if (!t)
                return t.error();
            *texts[k] = *t;
        }
        auto p = period(o, prefix);
        if (!p)
            return p.error();
        pv.period = *p;
        out.push_back(pv);
    }
    return out;
}

Result<Policy> PolicyReader::read() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return error({},
                     QCoreApplication::translate("PolicyCatalog", "cannot read the policy file: %1")
                         .arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return error({},
                     QCoreApplication::translate("PolicyCatalog", "not valid JSON: %1")
                         .arg(parseError.errorString()),
                     int(bytes.left(parseError.offset).count('\n')) + 1);
    if (!doc.isObject())
        return error({}, QCoreApplication::translate("PolicyCatalog",
                                                     "a policy file must hold one JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != PolicyCatalog::kFormat)
        return error(QStringLiteral("format"),
                     QCoreApplication::translate("PolicyCatalog", "must be \"%1\"")
                         .arg(PolicyCatalog::kFormat));
    Policy p;
    p.file = m_path;
    p.id = o.value(QStringLiteral("id")).toString();
    // The file name is the id, so that a user file visibly replaces a built-in.
    if (p.id != QFileInfo(m_path).completeBaseName() || !idShape().match(p.id).hasMatch())
        return error(QStringLiteral("id"),
                     QCoreApplication::translate(
                         "PolicyCatalog",
                         "must match the file name and use lower-case letters, digits and "
                         "hyphens only"));
    QString *texts[] = {&p.nameZh,        &p.nameEn,   &p.descriptionZh,
                        &p.descriptionEn, &p.sourceZh, &p.sourceEn};
    const char *keys[] = {"name_zh",        "name_en",   "description_zh",
                          "description_en", "source_zh", "source_en"};
    for (int k = 0; k < 6; ++k) {
        auto t = text(o, QString::fromLatin1(keys[k]), {});
        if (!t)
            return t.error();
        *texts[k] = *t;
    }
    auto clock = oneOf(o, QStringLiteral("clock"),
                       {QStringLiteral("remediation"), QStringLiteral("containment"),
                        QStringLiteral("feedback"), QStringLiteral("report")});
    if (!clock)
        return clock.error();
    p.clock = *clock;
    auto trigger = oneOf(o, QStringLiteral("trigger"),
                         {QStringLiteral("discovery_or_report"),
                          QStringLiteral("complaint_received"), QStringLiteral("awareness")});
    if (!trigger)
        return trigger.error();
    p.trigger = *trigger;
    auto per = period(o, {});
    if (!per)
        return per.error();
    p.period = *per;
    p.calendar = o.value(QStringLiteral("calendar")).toString();
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    if (!country.match(p.calendar).hasMatch())
        return error(QStringLiteral("calendar"),
                     QCoreApplication::translate(
                         "PolicyCatalog",
                         "a two-letter upper-case country code such as \"CN\" is required"));
    auto vs = variants(o.value(QStringLiteral("variants")));
    if (!vs)
        return vs.error();
    p.variants = *vs;
    return p;
}

Status readFolder(const QString &folder, std::map<QString, Policy> &into)
{
    const QDir dir(folder);
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        auto p = PolicyReader(dir.filePath(name)).read();
        if (!p)
            return p.error();
        into[p->id] = *p;
    }
    return {};
}

} // namespace

QString Policy::name(bool chinese) const
{
    QString base = chinese ? nameZh : nameEn;
    for (const PolicyVariant &v : variants) {
        if (v.id == variant)
            base += QStringLiteral(" — ") + (chinese ? v.nameZh : v.nameEn);
    }
    return base;
}

Result<PolicyCatalog> PolicyCatalog::load(const QString &extraFolder)
{
    std::map<QString, Policy> byId;
    if (Status s = readFolder(kBuiltInFolder, byId); !s)
        return s.error();
    if (!extraFolder.isEmpty() && QDir(extraFolder).exists()) {
        if (Status s = readFolder(extraFolder, byId); !s)
            return s.error();
    }
    PolicyCatalog catalog;
    for (auto &[id, policy] : byId)
        catalog.m_policies.push_back(std::move(policy));
    return catalog;
}

QString PolicyCatalog::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/policies");
}

std::optional<Policy> PolicyCatalog::find(const QString &ref) const
{
    const qsizetype colon = ref.indexOf(QLatin1Char(':'));
    const QString id = colon < 0 ? ref : ref.left(colon);
    const QString variant = colon < 0 ? QString() : ref.mid(colon + 1);
    for (const Policy &p : m_policies) {
        if (p.id != id)
            continue;
        if (variant.isEmpty())
            return p;
        for (const PolicyVariant &v : p.variants) {
            if (v.id == variant) {
                Policy resolved = p;
                resolved.variant = v.id;
                resolved.period = v.period;
                return resolved;
            }
        }
        return std::nullopt;
    }
    return std::nullopt;
}

QStringList PolicyCatalog::calendars() const
{
    QStringList out;
    for (const Policy &p : m_policies) {
        if (!out.contains(p.calendar))
            out.push_back(p.calendar);
    }
    return out;
}

} // namespace ab
