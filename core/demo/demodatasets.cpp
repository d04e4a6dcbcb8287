#include "demodatasets.h"

#include "democatalog.h"
#include "demorandom.h"
#include "demotimeline.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlQuery>

namespace ab::demo {

namespace {

struct DatasetSeed
{
    const char *key;
    const char *stage;
    const char *sourceType;
    const char *name; // %1: the provider's short name
    const char *source;
    const char *license;
    const char *legalBasis;
    bool personal;
    const char *consent;
    const char *languages;
    qint64 itemsMin;
    qint64 itemsMax;
    int tokensPerItem;
    int collectedFromDaysAgo;
    int collectedToDaysAgo;
    int flaggedPerTenThousandMin; // sampling result; -1 when not sampled
    int flaggedPerTenThousandMax;
    const char *derivedFrom; // keys, space-separated, all listed earlier
};

const DatasetSeed kDatasets[] = {
    {"web", "pretrain", "self_collected", "%1中文网页语料 2019-2023",
     "公开网页抓取，遵守 robots 协议 (public web crawl honouring robots.txt)",
     "各网站服务条款 (per-site terms of service)",
     "处理已合法公开的信息（《个人信息保护法》第十三条第一款第六项）", true,
     "已合法公开的个人信息，在合理范围内处理；入库前过滤身份证号、手机号", "zh", 200'000'000,
     600'000'000, 1200, 1500, 560, 150, 350, nullptr},
    {"forum", "pretrain", "self_collected", "%1社区论坛评论语料",
     "合作论坛评论区抓取 (comments scraped from partner forums)", "各论坛用户协议",
     "合作协议约定的数据共享", true, "论坛用户协议概括授权，未取得单独同意", "zh", 30'000'000,
     90'000'000, 160, 1300, 600, 380, 460, nullptr},
    {"wiki", "pretrain", "open_source", "中文维基百科 zhwiki-20231001",
     "Wikimedia 数据转储 (dumps.wikimedia.org)", "CC BY-SA 4.0", "开源许可", false, nullptr, "zh",
     1'300'000, 1'400'000, 900, 1200, 1150, 5, 40, nullptr},
    {"cc", "pretrain", "open_source", "Common Crawl 英文子集 CC-MAIN-2023-40",
     "Common Crawl 公开快照 (public snapshot)", "Common Crawl Terms of Use", "开源许可", true,
     "已合法公开的个人信息；入库前过滤电子邮箱与电话号码", "en", 80'000'000, 150'000'000, 1500,
     1400, 1100, 100, 300, nullptr},
    {"books", "pretrain", "commercial", "%1授权图书语料", "出版社授权电子书 (licensed e-books)",
     "图书数字版权授权合同", "著作权许可合同", false, nullptr, "zh,en", 120'000, 400'000, 90'000,
     1000, 500, 5, 30, nullptr},
    {"code", "pretrain", "open_source", "开源代码语料 (MIT / Apache-2.0 / BSD)",
     "公开代码仓库，按许可证过滤 (public repositories filtered by licence)",
     "MIT; Apache-2.0; BSD-3-Clause", "开源许可", false, nullptr, "code", 20'000'000, 60'000'000,
     700, 900, 480, 0, 10, nullptr},
    {"captions", "pretrain", "commercial", "%1图文对数据",
     "图库公司授权图片及人工描述 (licensed stock images with captions)", "图库商业授权合同",
     "著作权及肖像使用许可", true, "图中人物已签署肖像使用授权书", "zh,en", 40'000'000, 120'000'000,
     60, 1000, 420, 40, 160, nullptr},
    {"speech", "pretrain", "user_input", "%1客服通话录音转写",
     "客服热线录音，经语音提示告知 (service-line recordings with a spoken notice)", nullptr,
     "个人同意（《个人信息保护法》第十三条第一款第一项）", true,
     "来电语音提示告知用途并取得同意，可致电要求删除", "zh", 3'000'000, 8'000'000, 350, 900, 300,
     60, 180, nullptr},
    {"clean", "pretrain", "self_collected", "%1预训练清洗混合语料 v3",
     "去重、质量过滤与安全过滤后的混合语料 (deduplicated, quality- and safety-filtered mix)",
     "继承各来源许可", "继承各来源合法性基础", true, "继承来源数据的授权；已按规则删除个人敏感信息",
     "zh,en,code", 150'000'000, 500'000'000, 1100, 560, 520, 40, 120,
     "web forum wiki cc books code captions speech"},
    {"legal", "finetune", "commercial", "裁判文书与法规数据库授权",
     "法律数据库授权 (licensed case-law database)", "法律数据库商业授权合同",
     "合同授权；裁判文书依法公开", true, "公开裁判文书，当事人信息已依规隐名", "zh", 8'000'000,
     12'000'000, 2500, 800, 260, 10, 60, nullptr},
    {"sft", "finetune", "commercial", "%1人工标注指令数据",
     "标注供应商按合同编写的问答 (instructions written by an annotation vendor)",
     "委托标注合同，成果权利归委托方", "委托合同", false, nullptr, "zh,en", 300'000, 900'000, 600,
     500, 200, 10, 60, nullptr},
    {"logs", "finetune", "user_input", "%1线上对话日志（去标识化）",
     "产品线上对话日志 (production conversation logs)", nullptr,
     "个人同意（《个人信息保护法》第十三条第一款第一项）", true,
     "用户在设置中单独同意用于模型优化训练，可随时撤回", "zh,en", 2'000'000, 9'000'000, 450, 480,
     170, 100, 300, nullptr},
    {"synth", "finetune", "synthetic", "%1合成指令数据",
     "由自有模型扩写人工指令并经人工抽检 (model-expanded instructions, spot-checked)", "内部生成",
     "自有数据", false, nullptr, "zh,en", 1'000'000, 4'000'000, 500, 400, 180, 20, 100, "sft"},
    {"mix", "finetune", "self_collected", "%1优化训练混合数据 v2",
     "人工指令、合成指令与对话日志的混合 (mix of written, synthetic and logged dialogues)",
     "继承各来源许可", "继承各来源合法性基础", true, "继承来源数据的授权", "zh,en", 2'000'000,
     8'000'000, 520, 400, 160, 30, 90, "sft synth logs legal"},
    {"pref", "alignment", "self_collected", "%1人类偏好对比数据",
     "标注员对模型回答两两比较 (pairwise human preference labels)", "内部数据",
     "委托合同；对话来自已同意的用户日志", true, "继承对话日志的单独同意", "zh,en", 200'000,
     600'000, 900, 300, 120, 20, 80, "logs mix"},
    {"safety", "alignment", "synthetic", "%1安全对齐红队样本",
     "红队人工改写与模型扩增的攻击提示及安全回答 (red-team prompts with safe answers)", "内部生成",
     "自有数据", false, nullptr, "zh,en", 50'000, 200'000, 400, 260, 100, -1, -1, "pref"},
    {"evalpub", "evaluation", "open_source", "公开评测集 C-Eval / CMMLU",
     "公开学术评测集 (public academic benchmarks)", "CC BY-NC-SA 4.0", "开源许可，非商业评测",
     false, nullptr, "zh", 20'000, 25'000, 150, 900, 700, -1, -1, nullptr},
    {"evalsafe", "evaluation", "self_collected", "%1安全测试题库（TC260-003 附录 A）",
     "内部编写，覆盖 31 类安全风险 (in-house questions covering the 31 risks)", "内部数据",
     "自有数据", false, nullptr, "zh,en", 4'000, 9'000, 80, 300, 60, -1, -1, nullptr},
    {"evalrefuse", "evaluation", "synthetic", "%1拒答测试题",
     "由安全题库扩写的应拒答与不应拒答题 (should-refuse / should-answer items)", "内部生成",
     "自有数据", false, nullptr, "zh,en", 1'000, 3'000, 60, 250, 50, -1, -1, "evalsafe"},
};

// Which corpora each provider keeps, in provider order. Providers that
// fine-tune another's base model keep no pre-training mix of their own.
const char *const kProviderDatasets[] = {
    "web forum wiki cc books code captions clean sft logs synth mix pref safety evalpub evalsafe "
    "evalrefuse",
    "web wiki cc books code clean sft logs synth mix pref safety evalpub evalsafe evalrefuse",
    "forum books sft logs synth mix pref safety evalpub evalsafe evalrefuse",
    "web wiki books code speech clean sft logs synth mix pref safety evalpub evalsafe evalrefuse",
    "legal sft logs synth mix pref safety evalpub evalsafe evalrefuse",
    "web wiki cc books captions clean sft logs synth mix pref safety evalpub evalsafe evalrefuse",
};

// The provider whose forum corpus fails the 5 % sampling threshold, and the
// sample that shows it: 236 of 4,000 items (5.9 %).
constexpr int kFailingProvider = 2;
constexpr int kFailingSample = 4000;
constexpr int kFailingFlagged = 236;

struct Edge
{
    const char *key;
    const char *role;
};

// Training edges by kind of model version.
const Edge kBaseEdges[] = {{"clean", "pretrain"},
                           {"captions", "pretrain"},
                           {"speech", "pretrain"},
                           {"evalpub", "evaluation"}};
const Edge kServedEdges[] = {
    {"forum", "pretrain"}, // continued pre-training, where a provider has no base model
    {"mix", "finetune"},        {"legal", "finetune"},       {"captions", "finetune"},
    {"pref", "alignment"},      {"safety", "alignment"},     {"evalpub", "evaluation"},
    {"evalsafe", "evaluation"}, {"evalrefuse", "evaluation"}};

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant textOrNull(const char *text, const QString &shortName = {})
{
    if (!text)
        return nullText();
    QString s = QString::fromUtf8(text);
    return shortName.isEmpty() || !s.contains(QLatin1String("%1")) ? s : s.arg(shortName);
}

} // namespace

Status DemoDatasets::write(Database &db, const DemoCatalog &catalog, const QDate &today,
                           quint64 seed)
{
    DemoRandom rng = itemRandom(seed, Stream::Lineage, 1);
    QSqlQuery ds(db.sql());
    ds.prepare(QStringLiteral(
        "INSERT INTO datasets (id, provider_id, name, stage, source_type, source, license, "
        "legal_basis, contains_personal_info, consent_basis, collected_from, collected_to, "
        "items, tokens, languages, sampled_items, sampled_flagged, sha256) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery derivation(db.sql());
    derivation.prepare(
        QStringLiteral("INSERT INTO dataset_derivations (dataset_id, derived_from) VALUES (?, ?)"));
    QSqlQuery edge(db.sql());
    edge.prepare(QStringLiteral(
        "INSERT INTO training_edges (dataset_id, model_version_id, role) VALUES (?, ?, ?)"));

    for (int p = 0; p < catalog.providers().size(); ++p) {
        const DemoProvider &provider = catalog.providers()[p];
        const QStringList keys = QString::fromLatin1(kProviderDatasets[p]).split(QLatin1Char(' '));
        const QString prefix =
            QStringLiteral("ds-") + provider.shortEn.toLower() + QLatin1Char('-');
        QHash<QString, QString> ids; // key -> id, for this provider
        for (const DatasetSeed &d : kDatasets) {
            const QString key = QString::fromLatin1(d.key);
            if (!keys.contains(key))
                continue;
            const QString id = prefix + key;
            const qint64 items = rng.between64(d.itemsMin, d.itemsMax);
            QVariant sampled = QVariant(QMetaType(QMetaType::LongLong));
            QVariant flagged = sampled;
            if (p == kFailingProvider && key == QLatin1String("forum")) {
                sampled = kFailingSample;
                flagged = kFailingFlagged;
            } else if (d.flaggedPerTenThousandMin >= 0) {
                // TC260-003 asks for at least 4,000 sampled items per source.
                const int n = rng.between(4000, 6000);
                sampled = n;
                flagged = qint64(n) *
                          rng.between(d.flaggedPerTenThousandMin, d.flaggedPerTenThousandMax) /
                          10000;
            }
            const QByteArray digest =
                QCryptographicHash::hash((id + QLatin1Char(':') + QString::number(seed)).toUtf8(),
                                         QCryptographicHash::Sha256);
            const QList<QVariant> values{
                id,
                QString::fromLatin1(provider.id),
                textOrNull(d.name, provider.shortZh),
                QString::fromLatin1(d.stage),
                QString::fromLatin1(d.sourceType),
                textOrNull(d.source),
                textOrNull(d.license),
                textOrNull(d.legalBasis),
                d.personal ? 1 : 0,
                textOrNull(d.consent),
                QString::fromLatin1(dateText(today.addDays(-d.collectedFromDaysAgo)).text),
                QString::fromLatin1(dateText(today.addDays(-d.collectedToDaysAgo)).text),
                items,
                items * d.tokensPerItem * rng.between(80, 120) / 100,
                QString::fromLatin1(d.languages),
                sampled,
                flagged,
                QString::fromLatin1(digest.toHex())};
            for (const QVariant &v : values)
                ds.addBindValue(v);
            if (!ds.exec())
                return db.sqlError(QStringLiteral("datasets"), ds);
            ids.insert(key, id);
            if (!d.derivedFrom)
                continue;
            const QStringList sources = QString::fromLatin1(d.derivedFrom).split(QLatin1Char(' '));
            for (const QString &source : sources) {
                if (!ids.contains(source))
                    continue;
                derivation.addBindValue(id);
                derivation.addBindValue(ids.value(source));
                if (!derivation.exec())
                    return db.sqlError(QStringLiteral("dataset_derivations"), derivation);
            }
        }

        for (const DemoModel &m : catalog.models()) {
            if (m.provider != p)
                continue;
            const bool base = m.family < 0;
            const Edge *begin = base ? std::begin(kBaseEdges) : std::begin(kServedEdges);
            const Edge *end = base ? std::end(kBaseEdges) : std::end(kServedEdges);
            for (const Edge *e = begin; e != end; ++e) {
                const QString key = QString::fromLatin1(e->key);
                // Continued pre-training on a forum corpus only where the
                // provider has no base model of its own.
                if (!ids.contains(key) || (!base && key == QLatin1String("forum") && m.base >= 0 &&
                                           catalog.models()[m.base].provider == p))
                    continue;
                // Image-text pairs fine-tune only the families that draw.
                const DemoFamily *family = base ? nullptr : &catalog.families()[m.family];
                if (family && key == QLatin1String("captions") &&
                    family->modality[1] + family->modality[3] < 50)
                    continue;
                edge.addBindValue(ids.value(key));
                edge.addBindValue(QString::fromLatin1(m.id));
                edge.addBindValue(QString::fromLatin1(e->role));
                if (!edge.exec())
                    return db.sqlError(QStringLiteral("training_edges"), edge);
            }
        }
    }
    return {};
}

} // namespace ab::demo
