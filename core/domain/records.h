#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace ab {

// The records of a workspace as core passes them around: values in their
// stored form (enumeration tokens, UTC timestamps 'YYYY-MM-DDTHH:MM:SSZ',
// dates 'YYYY-MM-DD'). Optional fields are empty strings / nullopt.

struct Provider
{
    QString id;
    QString name;
    QString nameEn;
    QString filingNo;
};

struct ModelVersion
{
    QString id;
    QString providerId;
    QString name;
    QString version;
    QString released;
    QString filingNo;
    QString baseModel;
};

struct Generation
{
    QString id;
    QString modelVersionId;
    QString createdAt;
    QString prompt;
    QString output;
    QString modality;
    QString riskCategory;
    QString severity;
    QString flagSource;
    QString flaggedAt;
    std::optional<bool> labeled;
    QString contentHash; // computed by GenerationRepository when empty

    // SHA-256 (hex) of prompt + "\n" + output: the same content flagged twice
    // has the same hash, whatever its id.
    static QString hashOf(const QString &prompt, const QString &output);
};

struct Complaint
{
    QString id;
    QString receivedAt;
    QString channel;
    QString kind;
    QString text;
    QString contact;
    QString request;
    QString status = QStringLiteral("new");
    QStringList generations; // linked generation ids
};

} // namespace ab
