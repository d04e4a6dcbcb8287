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

const std::vector<Entry> &entries(Vocabulary v)
{
    static const std::vector<Entry> stage{
        Entry{"pretrain", QT_TRANSLATE_NOOP("Vocabulary", "Pre-training")},
        Entry{"finetune", QT_TRANSLATE_NOOP("Vocabulary", "Optimisation training")},
        Entry{"alignment", QT_TRANSLATE_NOOP("Vocabulary", "Alignment")},
        Entry{"evaluation", QT_TRANSLATE_NOOP("Vocabulary", "Evaluation")}};
    static const std::vector<Entry> source{
        Entry{"open_source", QT_TRANSLATE_NOOP("Vocabulary", "Open source")},
        Entry{"self_collected", QT_TRANSLATE_NOOP("Vocabulary", "Self-collected")},
        Entry{"commercial", QT_TRANSLATE_NOOP("Vocabulary", "Commercial")},
        Entry{"user_input", QT_TRANSLATE_NOOP("Vocabulary", "User input")},
        Entry{"synthetic", QT_TRANSLATE_NOOP("Vocabulary", "Synthetic")}};
    static const std::vector<Entry> modality{
        Entry{"text", QT_TRANSLATE_NOOP("Vocabulary", "Text")},
        Entry{"image", QT_TRANSLATE_NOOP("Vocabulary", "Image")},
        Entry{"audio", QT_TRANSLATE_NOOP("Vocabulary", "Audio")},
        Entry{"video", QT_TRANSLATE_NOOP("Vocabulary", "Video")}};
    static const std::vector<Entry> flag{
        Entry{"filter", QT_TRANSLATE_NOOP("Vocabulary", "Provider filter")},
        Entry{"user_report", QT_TRANSLATE_NOOP("Vocabulary", "User report")},
        Entry{"inspection", QT_TRANSLATE_NOOP("Vocabulary", "Regulator inspection")},
        Entry{"sampling", QT_TRANSLATE_NOOP("Vocabulary", "Sampling")}};
    static const std::vector<Entry> severity{
        Entry{"low", QT_TRANSLATE_NOOP("Vocabulary", "Low")},
        Entry{"medium", QT_TRANSLATE_NOOP("Vocabulary", "Medium")},
        Entry{"high", QT_TRANSLATE_NOOP("Vocabulary", "High")},
        Entry{"critical", QT_TRANSLATE_NOOP("Vocabulary", "Critical")}};
    static const std::vector<Entry> channel{
        Entry{"web", QT_TRANSLATE_NOOP("Vocabulary", "Web")},
        Entry{"app", QT_TRANSLATE_NOOP("Vocabulary", "App")},
        Entry{"phone", QT_TRANSLATE_NOOP("Vocabulary", "Phone")},
        Entry{"email", QT_TRANSLATE_NOOP("Vocabulary", "E-mail")},
        Entry{"sms", QT_TRANSLATE_NOOP("Vocabulary", "SMS")},
        Entry{"regulator_referral", QT_TRANSLATE_NOOP("Vocabulary", "Regulator referral")}};
    static const std::vector<Entry> kind{
        Entry{"illegal_content", QT_TRANSLATE_NOOP("Vocabulary", "Illegal content")},
        Entry{"personal_info", QT_TRANSLATE_NOOP("Vocabulary", "Personal information")},
        Entry{"ip_infringement", QT_TRANSLATE_NOOP("Vocabulary", "IP infringement")},
        Entry{"discrimination", QT_TRANSLATE_NOOP("Vocabulary", "Discrimination")},
        Entry{"inaccurate", QT_TRANSLATE_NOOP("Vocabulary", "Inaccurate content")},
        Entry{"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}};
    static const std::vector<Entry> request{
        Entry{"access", QT_TRANSLATE_NOOP("Vocabulary", "Access")},
        Entry{"correct", QT_TRANSLATE_NOOP("Vocabulary", "Correct")},
        Entry{"delete", QT_TRANSLATE_NOOP("Vocabulary", "Delete")},
        Entry{"block", QT_TRANSLATE_NOOP("Vocabulary", "Block")}};
    static const std::vector<Entry> complaintStatus{
        Entry{"new", QT_TRANSLATE_NOOP("Vocabulary", "New")},
        Entry{"triaged", QT_TRANSLATE_NOOP("Vocabulary", "Triaged")},
        Entry{"duplicate", QT_TRANSLATE_NOOP("Vocabulary", "Duplicate")},
        Entry{"dismissed", QT_TRANSLATE_NOOP("Vocabulary", "Dismissed")},
        Entry{"escalated", QT_TRANSLATE_NOOP("Vocabulary", "Escalated")},
        Entry{"resolved", QT_TRANSLATE_NOOP("Vocabulary", "Resolved")}};
    static const std::vector<Entry> caseStatus{
        Entry{"new", QT_TRANSLATE_NOOP("Vocabulary", "New")},
        Entry{"triage", QT_TRANSLATE_NOOP("Vocabulary", "Triage")},
        Entry{"investigating", QT_TRANSLATE_NOOP("Vocabulary", "Investigating")},
        Entry{"awaiting_remediation", QT_TRANSLATE_NOOP("Vocabulary", "Awaiting remediation")},
        Entry{"verifying", QT_TRANSLATE_NOOP("Vocabulary", "Verifying")},
        Entry{"closed", QT_TRANSLATE_NOOP("Vocabulary", "Closed")},
        Entry{"dismissed", QT_TRANSLATE_NOOP("Vocabulary", "Dismissed")},
        Entry{"reopened", QT_TRANSLATE_NOOP("Vocabulary", "Reopened")}};
    static const std::vector<Entry> role{
        Entry{"analyst", QT_TRANSLATE_NOOP("Vocabulary", "Analyst")},
        Entry{"supervisor", QT_TRANSLATE_NOOP("Vocabulary", "Supervisor")},
        Entry{"auditor", QT_TRANSLATE_NOOP("Vocabulary", "Auditor")}};
    switch (v) {
    case Vocabulary::DatasetStage:
        return stage;
    case Vocabulary::SourceType:
        return source;
    case Vocabulary::Modality:
        return modality;
    case Vocabulary::FlagSource:
        return flag;
    case Vocabulary::Severity:
        return severity;
    case Vocabulary::ComplaintChannel:
        return channel;
    case Vocabulary::ComplaintKind:
        return kind;
    case Vocabulary::PersonalInfoRequest:
        return request;
    case Vocabulary::ComplaintStatus:
        return complaintStatus;
    case Vocabulary::CaseStatus:
        return caseStatus;
    case Vocabulary::Role:
        return role;
    }
    Q_UNREACHABLE();
}

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
    case Vocabulary::DatasetStage:
        return QStringLiteral("stage");
    case Vocabulary::SourceType:
        return QStringLiteral("source_type");
    case Vocabulary::Modality:
        return QStringLiteral("modality");
    case Vocabulary::FlagSource:
        return QStringLiteral("flag_source");
    case Vocabulary::Severity:
        return QStringLiteral("severity");
    case Vocabulary::ComplaintChannel:
        return QStringLiteral("channel");
    case Vocabulary::ComplaintKind:
        return QStringLiteral("kind");
    case Vocabulary::PersonalInfoRequest:
        return QStringLiteral("request");
    case Vocabulary::ComplaintStatus:
        return QStringLiteral("status");
    case Vocabulary::CaseStatus:
        return QStringLiteral("status");
    case Vocabulary::Role:
        return QStringLiteral("role");
    }
    Q_UNREACHABLE();
}

} // namespace ab
