#include "vocabulary.h"

#include <QCoreApplication>

#include <array>

namespace ab {

namespace {

struct Entry
{
    const char *token;
    const char *label; // translated in context "Vocabulary"
};

// QT_TRANSLATE_NOOP marks the labels for lupdate; they are translated when shown.
#define L(token, text) Entry{token, QT_TRANSLATE_NOOP("Vocabulary", text)}

const std::vector<Entry> &entries(Vocabulary v)
{
    static const std::vector<Entry> stage{L("pretrain", "Pre-training"),
                                          L("finetune", "Optimisation training"),
                                          L("alignment", "Alignment"),
                                          L("evaluation", "Evaluation")};
    static const std::vector<Entry> source{L("open_source", "Open source"),
                                           L("self_collected", "Self-collected"),
                                           L("commercial", "Commercial"),
                                           L("user_input", "User input"),
                                           L("synthetic", "Synthetic")};
    static const std::vector<Entry> modality{L("text", "Text"), L("image", "Image"),
                                             L("audio", "Audio"), L("video", "Video")};
    static const std::vector<Entry> flag{L("filter", "Provider filter"),
                                         L("user_report", "User report"),
                                         L("inspection", "Regulator inspection"),
                                         L("sampling", "Sampling")};
    static const std::vector<Entry> severity{L("low", "Low"), L("medium", "Medium"),
                                             L("high", "High"), L("critical", "Critical")};
    static const std::vector<Entry> channel{
        L("web", "Web"),     L("app", "App"), L("phone", "Phone"),
        L("email", "E-mail"), L("sms", "SMS"), L("regulator_referral", "Regulator referral")};
    static const std::vector<Entry> kind{L("illegal_content", "Illegal content"),
                                         L("personal_info", "Personal information"),
                                         L("ip_infringement", "IP infringement"),
                                         L("discrimination", "Discrimination"),
                                         L("inaccurate", "Inaccurate content"),
                                         L("other", "Other")};
    static const std::vector<Entry> request{L("access", "Access"), L("correct", "Correct"),
                                            L("delete", "Delete"), L("block", "Block")};
    static const std::vector<Entry> complaintStatus{
        L("new", "New"),           L("triaged", "Triaged"),     L("duplicate", "Duplicate"),
        L("dismissed", "Dismissed"), L("escalated", "Escalated"), L("resolved", "Resolved")};
    static const std::vector<Entry> caseStatus{L("new", "New"),
                                               L("triage", "Triage"),
                                               L("investigating", "Investigating"),
                                               L("awaiting_remediation", "Awaiting remediation"),
                                               L("verifying", "Verifying"),
                                               L("closed", "Closed"),
                                               L("dismissed", "Dismissed"),
                                               L("reopened", "Reopened")};
    static const std::vector<Entry> role{L("analyst", "Analyst"), L("supervisor", "Supervisor"),
                                         L("auditor", "Auditor")};
    switch (v) {
    case Vocabulary::DatasetStage: return stage;
    case Vocabulary::SourceType: return source;
    case Vocabulary::Modality: return modality;
    case Vocabulary::FlagSource: return flag;
    case Vocabulary::Severity: return severity;
    case Vocabulary::ComplaintChannel: return channel;
    case Vocabulary::ComplaintKind: return kind;
    case Vocabulary::PersonalInfoRequest: return request;
    case Vocabulary::ComplaintStatus: return complaintStatus;
    case Vocabulary::CaseStatus: return caseStatus;
    case Vocabulary::Role: return role;
    }
    Q_UNREACHABLE();
}
#undef L

} // namespace

const QStringList &Vocab::tokens(Vocabulary v)
{
    static std::array<QStringList, 11> cache = [] {
        std::array<QStringList, 11> out;
        for (int i = 0; i < 11; ++i)
            for (const Entry &e : entries(Vocabulary(i)))
                out[i] << QString::fromLatin1(e.token);
        return out;
    }();
    return cache[int(v)];
}

bool Vocab::contains(Vocabulary v, const QString &token)
{
    return tokens(v).contains(token);
}

QString Vocab::label(Vocabulary v, const QString &token)
{
    for (const Entry &e : entries(v))
        if (token == QLatin1String(e.token))
            return QCoreApplication::translate("Vocabulary", e.label);
    return token;
}

QString Vocab::fieldName(Vocabulary v)
{
    switch (v) {
    case Vocabulary::DatasetStage: return QStringLiteral("stage");
    case Vocabulary::SourceType: return QStringLiteral("source_type");
    case Vocabulary::Modality: return QStringLiteral("modality");
    case Vocabulary::FlagSource: return QStringLiteral("flag_source");
    case Vocabulary::Severity: return QStringLiteral("severity");
    case Vocabulary::ComplaintChannel: return QStringLiteral("channel");
    case Vocabulary::ComplaintKind: return QStringLiteral("kind");
    case Vocabulary::PersonalInfoRequest: return QStringLiteral("request");
    case Vocabulary::ComplaintStatus: return QStringLiteral("status");
    case Vocabulary::CaseStatus: return QStringLiteral("status");
    case Vocabulary::Role: return QStringLiteral("role");
    }
    Q_UNREACHABLE();
}

} // namespace ab
