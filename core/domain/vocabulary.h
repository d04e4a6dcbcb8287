#pragma once

#include <QString>
#include <QStringList>

namespace ab {

// The enumerations of DESIGN.md. They are stored and exchanged as their English
// token and shown through label(), which is translated.
enum class Vocabulary
{
    DatasetStage,        // pretrain, finetune, alignment, evaluation (also the training role)
    SourceType,          // open_source, self_collected, commercial, user_input, synthetic
    Modality,            // text, image, audio, video
    FlagSource,          // filter, user_report, inspection, sampling
    Severity,            // low, medium, high, critical
    ComplaintChannel,    // web, app, phone, email, sms, regulator_referral
    ComplaintKind,       // illegal_content, personal_info, ip_infringement, ...
    PersonalInfoRequest, // access, correct, delete, block
    ComplaintStatus,     // new, triaged, duplicate, dismissed, escalated, resolved
    CaseStatus,          // new, triage, investigating, awaiting_remediation, verifying, closed, ...
    Role,                // analyst, supervisor, auditor
};

class Vocab
{
public:
    // The stored tokens, in display order.
    static const QStringList &tokens(Vocabulary vocabulary);
    static bool contains(Vocabulary vocabulary, const QString &token);
    // The translated label of a token; the token itself when unknown.
    static QString label(Vocabulary vocabulary, const QString &token);
    // The name of the field, for messages ("severity", "channel", …).
    static QString fieldName(Vocabulary vocabulary);
};

} // namespace ab
