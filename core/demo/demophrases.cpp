// Word lists and phrases of the demo, in Simplified Chinese and English.
// Names, companies and brands are invented.
#include "demotext.h"

namespace ab::demo::phrases {

namespace {

// clang-format off
const Bilingual kCities[] = {
    {"北京", "Beijing"}, {"上海", "Shanghai"}, {"广州", "Guangzhou"}, {"深圳", "Shenzhen"},
    {"杭州", "Hangzhou"}, {"成都", "Chengdu"}, {"武汉", "Wuhan"}, {"西安", "Xi'an"},
    {"南京", "Nanjing"}, {"重庆", "Chongqing"}, {"天津", "Tianjin"}, {"苏州", "Suzhou"},
    {"长沙", "Changsha"}, {"郑州", "Zhengzhou"}, {"青岛", "Qingdao"}, {"合肥", "Hefei"}};

// The English column is also the pinyin used in e-mail addresses.
const Bilingual kSurnames[] = {
    {"王", "Wang"}, {"李", "Li"}, {"张", "Zhang"}, {"刘", "Liu"}, {"陈", "Chen"},
    {"杨", "Yang"}, {"赵", "Zhao"}, {"黄", "Huang"}, {"周", "Zhou"}, {"吴", "Wu"},
    {"徐", "Xu"}, {"孙", "Sun"}, {"胡", "Hu"}, {"朱", "Zhu"}, {"高", "Gao"},
    {"林", "Lin"}, {"何", "He"}, {"郭", "Guo"}, {"马", "Ma"}, {"罗", "Luo"}};

const Bilingual kGivenNames[] = {
    {"伟", "Wei"}, {"芳", "Fang"}, {"娜", "Na"}, {"敏", "Min"}, {"静", "Jing"},
    {"丽", "Li"}, {"强", "Qiang"}, {"磊", "Lei"}, {"军", "Jun"}, {"洋", "Yang"},
    {"勇", "Yong"}, {"艳", "Yan"}, {"杰", "Jie"}, {"娟", "Juan"}, {"涛", "Tao"},
    {"明", "Ming"}, {"超", "Chao"}, {"霞", "Xia"}, {"平", "Ping"}, {"刚", "Gang"},
    {"子涵", "Zihan"}, {"浩然", "Haoran"}, {"欣怡", "Xinyi"}, {"梓轩", "Zixuan"},
    {"雨桐", "Yutong"}, {"思远", "Siyuan"}};

const Bilingual kOrganisations[] = {
    {"华晨食品", "Huachen Foods"}, {"恒远物流", "Hengyuan Logistics"},
    {"蓝鲸电子", "Lanjing Electronics"}, {"锦程教育", "Jincheng Education"},
    {"瑞丰医药", "Ruifeng Pharma"}, {"远航汽车", "Yuanhang Motors"},
    {"金穗农业", "Jinsui Agriculture"}, {"启明软件", "Qiming Software"}};

const Bilingual kBrands[] = {
    {"悦享", "Yuexiang"}, {"极光", "Jiguang"}, {"禾木", "Hemu"},
    {"星选", "Xingxuan"}, {"云朵", "Yunduo"}, {"小鹿", "Xiaolu"}};

const Bilingual kBooks[] = {
    {"长河落日", "The Long River at Sunset"}, {"山海之间", "Between Mountains and Seas"},
    {"夜航船", "Night Ferry"}, {"北方的雪", "Snow in the North"}};

const Bilingual kDiseases[] = {
    {"高血压", "hypertension"}, {"糖尿病", "diabetes"}, {"流感", "influenza"},
    {"乙肝", "hepatitis B"}, {"痛风", "gout"}};

const Bilingual kRemedies[] = {
    {"板蓝根", "banlangen granules"}, {"醋泡黑豆", "vinegar-soaked black beans"},
    {"某保健品", "a health supplement"}, {"艾灸", "moxibustion"}};

const Bilingual kStreets[] = {
    {"建设路", "Jianshe Road"}, {"人民路", "Renmin Road"}, {"解放大道", "Jiefang Avenue"},
    {"中山路", "Zhongshan Road"}, {"长江路", "Changjiang Road"}};

const Bilingual kDays[] = {
    {"下周一", "next Monday"}, {"本月15日", "the 15th"}, {"明天", "tomorrow"},
    {"周五", "Friday"}, {"月底", "the end of the month"}};

// Appended to a prompt after a sentence end (the writer adds one if needed).
const Bilingual kPersonalInfoAsides[] = {
    {"我的手机号{phone}。", "My number is {phone}."},
    {"我叫{person}，电话{phone}。", "I'm {person}, phone {phone}."},
    {"结果发到我邮箱{email}。", "Send the result to {email}."},
    {"我身份证号{idno}。", "My ID number is {idno}."},
    {"退款打到我的卡{card}。", "Refund to my card {card}."},
    {"联系人{person}，{phone}，{email}。", "Contact: {person}, {phone}, {email}."}};

const Bilingual kIllegalContent[] = {
    {"我在使用{model}时，它生成了宣扬暴力的违法内容，请尽快处理。",
     "While using {model} it produced content promoting violence. Please deal with it urgently."},
    {"举报：{model}回答说{city}要封城，这个谣言已经在家族群里传开了，请核实处理。",
     "Report: {model} told me {city} is about to lock down. The rumour is spreading; please check."},
    {"你们的AI竟然教人办假证，截图已上传，请严肃处理！",
     "Your AI explained how to get fake certificates. Screenshot attached; please act."}};

const Bilingual kPersonalInfo[] = {
    {"{model}的回答里出现了我的手机号{phone}和住址，我从未授权，要求立即删除并说明来源。",
     "{model} output my phone number {phone} and home address. I never consented; delete it and tell me where it came from."},
    {"有人用你们的AI查到了我的身份证号{idno}，请立即处理，我保留追究责任的权利。",
     "Someone used your AI to find my ID number {idno}. Deal with it now; I reserve my rights."}};

const Bilingual kIpInfringement[] = {
    {"{model}生成的内容大段照搬了我社出版的《{book}》，请立即删除并停止生成。权利人联系人：{person}，{phone}。",
     "{model} reproduces long passages of our book \"{book}\". Remove them and stop generating them. Rights contact: {person}, {email}."},
    {"你们生成的图片使用了我公司注册商标“{brand}”，构成侵权，请下架。",
     "Your generated image uses our registered trademark \"{brand}\". This infringes our rights; take it down."}};

const Bilingual kDiscrimination[] = {
    {"AI回答中对女性求职者有明显歧视，说女性不适合技术岗位，希望整改。",
     "{model} said women are unfit for engineering jobs. That is discrimination; please fix it."},
    {"{model}说外地人素质低，这是地域歧视，请处理。",
     "{model} said people from out of town are low-quality. That is regional discrimination."},
    {"问到乙肝携带者能否就业，{model}的回答带有明显歧视。",
     "Asked whether hepatitis B carriers can work, {model} answered with clear discrimination."}};

const Bilingual kInaccurate[] = {
    {"{model}说{remedy}能根治{disease}，我家老人差点停药，这种错误信息太危险了。",
     "{model} claimed {remedy} cures {disease}. My father nearly stopped his medication."},
    {"回答里的法律条文是编造的，按它说的做差点耽误诉讼时效。",
     "The statute {model} quoted does not exist; following it nearly cost us a limitation period."}};

const Bilingual kOther[] = {
    {"客服机器人答非所问，还生成了不雅词语。",
     "The service bot gave irrelevant answers and used vulgar words."},
    {"{model}冒充真人客服，诱导我开通了付费会员。",
     "{model} pretended to be a human agent and pushed me into a paid plan."}};

const Bilingual kAccess[] = {
    {"请提供你们保存的关于我的对话记录和个人信息副本，账号绑定手机{phone}。",
     "Please send me a copy of the conversations and personal data you hold about me. Account phone: {phone}."}};
const Bilingual kCorrect[] = {
    {"我的账号实名信息有误，请将姓名更正为{person}，身份证号{idno}。",
     "My account's real-name details are wrong; please correct the name to {person}, ID {idno}."}};
const Bilingual kDelete[] = {
    {"请删除我账号下的全部对话记录和语音数据，并停止用于模型训练。账号邮箱{email}。",
     "Delete all my conversations and voice data and stop using them for training. Account e-mail: {email}."}};
const Bilingual kBlock[] = {
    {"请屏蔽模型输出中关于我本人（{person}）的任何信息。",
     "Please block any output about me ({person})."}};

const Bilingual kNone[] = {{"", ""}};
const Bilingual kDuplicate[] = {
    {"与投诉{ref}重复，合并处理。", "Duplicate of complaint {ref}; handled together."}};
const Bilingual kDismissed[] = {
    {"经核查，输出内容不违反相关规定，已向投诉人说明理由。",
     "Checked: the output does not breach the rules; the reasons were explained to the complainant."},
    {"无法复现，投诉人未提供更多信息，已结案。",
     "Could not be reproduced and the complainant gave no further details; closed."}};
const Bilingual kResolved[] = {
    {"已核实，相关输出已下线，样本已加入过滤规则和优化训练集，并已告知投诉人。",
     "Confirmed; output withdrawn, sample added to the filter and the fine-tuning set, complainant informed."},
    {"经核实属实，已整改并电话回访投诉人。",
     "Confirmed and remediated; the complainant was called back."}};

const Bilingual kAccessDone[] = {{"已在期限内提供个人信息副本。", "A copy of the personal data was provided in time."}};
const Bilingual kCorrectDone[] = {{"已核验身份并更正实名信息。", "Identity checked and the details corrected."}};
const Bilingual kDeleteDone[] = {{"已删除并确认不再用于训练。", "Deleted; confirmed it is no longer used for training."}};
const Bilingual kBlockDone[] = {{"已添加输出屏蔽规则。", "An output block rule was added."}};

const Bilingual kContainment[] = {
    {"已下线该输出并加入关键词过滤规则", "Output withdrawn; keyword filter rule added"},
    {"已停止该类提示的生成并清除缓存", "Generation for this prompt class stopped; caches purged"},
    {"已删除公开分享链接", "Public share link removed"},
    {"已上线拒答策略", "Refusal policy deployed"}};

const Bilingual kRemediation[] = {
    {"模型优化训练：加入{n}条对抗样本后发布新版本", "Fine-tuned with {n} adversarial samples; new version released"},
    {"补充安全对齐数据并重新训练奖励模型", "Alignment data extended; reward model retrained"},
    {"下调输出侧分类器阈值并复测", "Output classifier threshold lowered and re-tested"},
    {"清洗训练数据中的同类样本{n}条并重新训练", "Removed {n} similar samples from the training data and retrained"}};
// clang-format on

} // namespace

std::span<const Bilingual> cities()
{
    return kCities;
}
std::span<const Bilingual> surnames()
{
    return kSurnames;
}
std::span<const Bilingual> givenNames()
{
    return kGivenNames;
}
std::span<const Bilingual> organisations()
{
    return kOrganisations;
}
std::span<const Bilingual> brands()
{
    return kBrands;
}
std::span<const Bilingual> books()
{
    return kBooks;
}
std::span<const Bilingual> diseases()
{
    return kDiseases;
}
std::span<const Bilingual> remedies()
{
    return kRemedies;
}
std::span<const Bilingual> streets()
{
    return kStreets;
}
std::span<const Bilingual> days()
{
    return kDays;
}
std::span<const Bilingual> personalInfoAsides()
{
    return kPersonalInfoAsides;
}
std::span<const Bilingual> containmentActions()
{
    return kContainment;
}
std::span<const Bilingual> remediationNotes()
{
    return kRemediation;
}

std::span<const Bilingual> complaintTexts(int kind)
{
    switch (kind) {
    case 0:
        return kIllegalContent;
    case 1:
        return kPersonalInfo;
    case 2:
        return kIpInfringement;
    case 3:
        return kDiscrimination;
    case 4:
        return kInaccurate;
    default:
        return kOther;
    }
}

std::span<const Bilingual> requestTexts(int request)
{
    switch (request) {
    case 0:
        return kAccess;
    case 1:
        return kCorrect;
    case 2:
        return kDelete;
    default:
        return kBlock;
    }
}

std::span<const Bilingual> resolutions(int complaintStatus)
{
    switch (complaintStatus) {
    case 2:
        return kDuplicate;
    case 3:
        return kDismissed;
    case 5:
        return kResolved;
    default:
        return kNone;
    }
}

std::span<const Bilingual> requestResolutions(int request)
{
    switch (request) {
    case 0:
        return kAccessDone;
    case 1:
        return kCorrectDone;
    case 2:
        return kDeleteDone;
    default:
        return kBlockDone;
    }
}

} // namespace ab::demo::phrases
