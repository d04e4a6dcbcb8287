#include "democatalog.h"

#include "demotimeline.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ab::demo {

namespace {

// Fictitious companies: demo data must not put violations on real ones.
struct ProviderSeed
{
    const char *id;
    const char *nameZh;
    const char *nameEn;
    const char *shortZh;
    const char *shortEn;
    const char *region;
    const char *regionCode;
};

const ProviderSeed kProviders[] = {
    {"prov-xinghe", "北京星河智算科技有限公司", "Beijing Xinghe Zhisuan Technology Co., Ltd.",
     "星河", "Xinghe", "Beijing", "110108"},
    {"prov-qingluan", "上海青鸾智能科技有限公司",
     "Shanghai Qingluan Intelligent Technology Co., Ltd.", "青鸾", "Qingluan", "Shanghai",
     "310104"},
    {"prov-tinglan", "杭州钱塘听澜网络科技有限公司",
     "Hangzhou Qiantang Tinglan Network Technology Co., Ltd.", "听澜", "Tinglan", "Zhejiang",
     "330106"},
    {"prov-zhixing", "深圳南山知行人工智能有限公司",
     "Shenzhen Nanshan Zhixing Artificial Intelligence Co., Ltd.", "知行", "Zhixing", "Guangdong",
     "440305"},
    {"prov-wendao", "成都锦城问道数据服务有限公司",
     "Chengdu Jincheng Wendao Data Services Co., Ltd.", "问道", "Wendao", "Sichuan", "510107"},
    {"prov-yulian", "武汉楚天语联科技有限公司", "Wuhan Chutian Yulian Technology Co., Ltd.", "语联",
     "Yulian", "Hubei", "420106"},
};

struct FamilySeed
{
    int provider;
    int traffic;
    int modality[4]; // text, image, audio, video
    const char *filingName;
};

const FamilySeed kFamilies[] = {
    {0, 30, {95, 5, 0, 0}, "XingheChat"},     {0, 8, {30, 70, 0, 0}, "XingheVision"},
    {1, 20, {96, 4, 0, 0}, "QingluanDuihua"}, {2, 8, {100, 0, 0, 0}, "TinglanXiezuo"},
    {3, 12, {97, 3, 0, 0}, "ZhixingKefu"},    {3, 5, {20, 0, 80, 0}, "ZhixingVoice"},
    {4, 6, {100, 0, 0, 0}, "WendaoFalv"},     {5, 4, {0, 25, 0, 75}, "YulianShipin"},
    {5, 7, {100, 0, 0, 0}, "YulianFanyi"},
};

struct ModelSeed
{
    const char *key;
    int provider;
    const char *name;
    const char *version;
    int releasedDaysAgo;
    const char *baseKey;
    int family;
};

// Base models before the versions built on them (the base_model foreign key
// is checked row by row). Two families fine-tune another provider's base.
const ModelSeed kModels[] = {
    {"xinghe-base-2.0", 0, "Xinghe-Base", "2.0", 700, nullptr, -1},
    {"xinghe-chat-2.0", 0, "Xinghe-Chat", "2.0", 560, "xinghe-base-2.0", 0},
    {"xinghe-chat-2.1", 0, "Xinghe-Chat", "2.1", 240, "xinghe-chat-2.0", 0},
    {"xinghe-chat-2.2", 0, "Xinghe-Chat", "2.2", 95, "xinghe-chat-2.1", 0},
    {"xinghe-chat-2.3", 0, "Xinghe-Chat", "2.3", 32, "xinghe-chat-2.2", 0},
    {"xinghe-vision-1.0", 0, "Xinghe-Vision", "1.0", 400, "xinghe-base-2.0", 1},
    {"xinghe-vision-1.1", 0, "Xinghe-Vision", "1.1", 70, "xinghe-vision-1.0", 1},
    {"qingluan-7b", 1, "青鸾-7B", "1.0", 800, nullptr, -1},
    {"qingluan-chat-3.0", 1, "青鸾对话", "3.0", 520, "qingluan-7b", 2},
    {"qingluan-chat-3.5", 1, "青鸾对话", "3.5", 210, "qingluan-chat-3.0", 2},
    {"qingluan-chat-3.6", 1, "青鸾对话", "3.6", 58, "qingluan-chat-3.5", 2},
    {"tinglan-writer-1.0", 2, "听澜写作", "1.0", 380, "qingluan-7b", 3},
    {"tinglan-writer-1.1", 2, "听澜写作", "1.1", 120, "tinglan-writer-1.0", 3},
    {"tinglan-writer-1.2", 2, "听澜写作", "1.2", 20, "tinglan-writer-1.1", 3},
    {"zhixing-base-1.0", 3, "Zhixing-Base", "1.0", 650, nullptr, -1},
    {"zhixing-service-1.0", 3, "知行客服", "1.0", 450, "zhixing-base-1.0", 4},
    {"zhixing-service-1.2", 3, "知行客服", "1.2", 180, "zhixing-service-1.0", 4},
    {"zhixing-service-1.3", 3, "知行客服", "1.3", 64, "zhixing-service-1.2", 4},
    {"zhixing-voice-1.0", 3, "Zhixing-Voice", "1.0", 350, "zhixing-base-1.0", 5},
    {"zhixing-voice-1.1", 3, "Zhixing-Voice", "1.1", 88, "zhixing-voice-1.0", 5},
    {"wendao-law-1.0", 4, "问道法律助手", "1.0", 300, "xinghe-base-2.0", 6},
    {"wendao-law-1.1", 4, "问道法律助手", "1.1", 110, "wendao-law-1.0", 6},
    {"wendao-law-2.0", 4, "问道法律助手", "2.0", 40, "wendao-law-1.1", 6},
    {"yulian-base-1.0", 5, "Yulian-Base", "1.0", 700, nullptr, -1},
    {"yulian-video-0.9", 5, "语联视频", "0.9", 260, "yulian-base-1.0", 7},
    {"yulian-video-1.0", 5, "语联视频", "1.0", 75, "yulian-video-0.9", 7},
    {"yulian-translate-2.0", 5, "语联翻译", "2.0", 420, "yulian-base-1.0", 8},
    {"yulian-translate-2.1", 5, "语联翻译", "2.1", 140, "yulian-translate-2.0", 8},
};

struct PersonSeed
{
    const char *name;
    const char *display;
    const char *role;
};

const PersonSeed kPeople[] = {
    {"li.na", "李娜 Li Na", "analyst"},
    {"wang.lei", "王磊 Wang Lei", "analyst"},
    {"chen.jie", "陈洁 Chen Jie", "analyst"},
    {"zhao.min", "赵敏 Zhao Min", "auditor"},
};

QString digitString(DemoRandom &rng, int count)
{
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out += QLatin1Char(char('0' + rng.below(10)));
    return out;
}

} // namespace

DemoCatalog::DemoCatalog(const QDate &today, quint64 seed)
{
    DemoRandom rng = itemRandom(seed, Stream::Lineage, 0);
    for (const ProviderSeed &p : kProviders) {
        m_providers.push_back(
            {QByteArray(p.id), QString::fromUtf8(p.nameZh), QString::fromUtf8(p.nameEn),
             QString::fromUtf8(p.shortZh), QString::fromUtf8(p.shortEn),
             QString::fromUtf8(p.region), QString::fromUtf8(p.regionCode),
             // The algorithm filing number's shape: 网信算备 + region + 15 digits.
             QStringLiteral("网信算备") + QString::fromUtf8(p.regionCode) + digitString(rng, 15) +
                 QStringLiteral("号")});
    }
    for (const FamilySeed &f : kFamilies) {
        DemoFamily family;
        family.provider = f.provider;
        family.traffic = f.traffic;
        for (int m = 0; m < 4; ++m)
            family.modality[m] = f.modality[m];
        m_families.push_back(family);
        m_totalTraffic += f.traffic;
    }
    for (const ModelSeed &s : kModels) {
        DemoModel m;
        m.id = QByteArray("mv-") + s.key;
        m.provider = s.provider;
        m.name = QString::fromUtf8(s.name);
        m.version = QString::fromUtf8(s.version);
        m.released = today.addDays(-s.releasedDaysAgo);
        m.family = s.family;
        if (s.baseKey) {
            const QByteArray baseId = QByteArray("mv-") + s.baseKey;
            for (int i = 0; i < m_models.size(); ++i) {
                if (m_models[i].id == baseId)
                    m.base = i;
            }
        }
        if (m.family >= 0)
            m_families[m.family].versions.push_back(int(m_models.size()));
        m_models.push_back(m);
    }
    // One filing per service, made a few weeks before its first release, in
    // the shape of the generative-AI service filings: Region-Name-YYYYMMDD.
    for (int f = 0; f < m_families.size(); ++f) {
        const DemoModel &first = m_models[m_families[f].versions.front()];
        const QString filing =
            m_providers[kFamilies[f].provider].region + QLatin1Char('-') +
            QString::fromUtf8(kFamilies[f].filingName) + QLatin1Char('-') +
            first.released.addDays(-rng.between(20, 45)).toString(QStringLiteral("yyyyMMdd"));
        for (int v : std::as_const(m_families[f].versions))
            m_models[v].filingNo = filing;
    }
}

int DemoCatalog::servingModel(const QDate &day, DemoRandom &rng) const
{
    int r = int(rng.below(quint32(m_totalTraffic)));
    int f = 0;
    while (f < m_families.size() - 1 && r >= m_families[f].traffic) {
        r -= m_families[f].traffic;
        ++f;
    }
    const QVector<int> &versions = m_families[f].versions;
    int latest = 0;
    for (int v = 0; v < versions.size(); ++v) {
        if (m_models[versions[v]].released <= day)
            latest = v;
    }
    // Some users stay on the previous version for a while after a release.
    if (latest > 0 && rng.chance(150))
        --latest;
    return versions[latest];
}

int DemoCatalog::laterVersion(int model, const QDate &after, const QDate &until) const
{
    const int family = m_models[model].family;
    if (family < 0)
        return -1;
    for (int v : m_families[family].versions) {
        if (m_models[v].released > after && m_models[v].released <= until)
            return v;
    }
    return -1;
}

Status DemoCatalog::write(Database &db) const
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO providers (id, name, name_en, filing_no, policy_id) "
                             "VALUES (?, ?, ?, ?, NULL)"));
    for (const DemoProvider &p : m_providers) {
        q.addBindValue(QString::fromLatin1(p.id));
        q.addBindValue(p.nameZh);
        q.addBindValue(p.nameEn);
        q.addBindValue(p.filingNo);
        if (!q.exec())
            return db.sqlError(QStringLiteral("providers"), q);
    }
    q.prepare(QStringLiteral("INSERT INTO model_versions (id, provider_id, name, version, "
                             "released, filing_no, base_model) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const DemoModel &m : m_models) {
        q.addBindValue(QString::fromLatin1(m.id));
        q.addBindValue(QString::fromLatin1(m_providers[m.provider].id));
        q.addBindValue(m.name);
        q.addBindValue(m.version);
        q.addBindValue(QString::fromLatin1(dateText(m.released).text));
        // Base models that are not offered as a service have no filing.
        q.addBindValue(m.filingNo.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                            : QVariant(m.filingNo));
        q.addBindValue(m.base < 0 ? QVariant(QMetaType(QMetaType::QString))
                                  : QVariant(QString::fromLatin1(m_models[m.base].id)));
        if (!q.exec())
            return db.sqlError(QStringLiteral("model_versions"), q);
    }
    return {};
}

Result<DemoPeople> DemoCatalog::writePeople(Database &db, const QDate &historyStart)
{
    const QString since =
        QString::fromLatin1(dateText(historyStart).text) + QStringLiteral("T01:00:00Z");
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO users (name, display_name, role, created_at) "
                             "VALUES (?, ?, ?, ?)"));
    for (const PersonSeed &p : kPeople) {
        q.addBindValue(QString::fromUtf8(p.name));
        q.addBindValue(QString::fromUtf8(p.display));
        q.addBindValue(QString::fromUtf8(p.role));
        q.addBindValue(since);
        if (!q.exec())
            return db.sqlError(QStringLiteral("users"), q);
    }
    // The team acts throughout the demo history, so every account dates from
    // its start; this also keeps the table the same from run to run.
    q.prepare(QStringLiteral("UPDATE users SET created_at = ?"));
    q.addBindValue(since);
    if (!q.exec())
        return db.sqlError(QStringLiteral("users"), q);
    DemoPeople people;
    if (!q.exec(QStringLiteral("SELECT name FROM users WHERE role = 'supervisor' AND active = 1 "
                               "ORDER BY name LIMIT 1")))
        return db.sqlError(QStringLiteral("users"), q);
    people.supervisor = q.next() ? q.value(0).toString().toUtf8() : QByteArray();
    if (people.supervisor.isEmpty())
        return Error{
            QCoreApplication::translate("DemoGenerator", "the workspace has no supervisor"),
            db.path(),
            0,
            {}};
    for (const PersonSeed &p : kPeople) {
        if (qstrcmp(p.role, "analyst") == 0)
            people.analysts.push_back(QByteArray(p.name));
        else
            people.auditor = QByteArray(p.name);
    }
    return people;
}

} // namespace ab::demo
