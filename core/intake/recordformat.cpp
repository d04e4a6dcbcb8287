#include "recordformat.h"

#include <QStringList>

namespace ab::intake {

namespace {

FieldSpec field(const char *name, FieldType type, bool required, const char *column)
{
    return FieldSpec{name, type, required, column};
}

FieldSpec enumField(const char *name, Vocabulary vocabulary, bool required, const char *column)
{
    return FieldSpec{name, FieldType::Enum, required, column, vocabulary};
}

FieldSpec ref(const char *name, RecordType target, bool required, const char *column)
{
    return FieldSpec{name, FieldType::Id, required, column, Vocabulary::Severity, target};
}

FieldSpec refList(const char *name, RecordType target)
{
    return FieldSpec{name, FieldType::IdList, false, nullptr, Vocabulary::Severity, target};
}

constexpr bool kRequired = true;
constexpr bool kOptional = false;

std::array<TypeSpec, kRecordTypeCount> buildSpecs()
{
    using T = FieldType;
    using R = RecordType;
    return {{
        {R::Provider,
         "provider",
         "providers",
         {field("id", T::Id, kRequired, "id"), field("name", T::Text, kRequired, "name"),
          field("name_en", T::Text, kOptional, "name_en"),
          field("filing_no", T::Text, kOptional, "filing_no")},
         true},
        {R::Model,
         "model",
         "model_versions",
         {field("id", T::Id, kRequired, "id"),
          ref("provider", R::Provider, kRequired, "provider_id"),
          field("name", T::Text, kRequired, "name"),
          field("version", T::Text, kRequired, "version"),
          field("released", T::Date, kRequired, "released"),
          field("filing_no", T::Text, kOptional, "filing_no"),
          ref("base_model", R::Model, kOptional, "base_model")},
         true},
        {R::Dataset,
         "dataset",
         "datasets",
         {field("id", T::Id, kRequired, "id"),
          ref("provider", R::Provider, kRequired, "provider_id"),
          field("name", T::Text, kRequired, "name"),
          enumField("stage", Vocabulary::DatasetStage, kRequired, "stage"),
          enumField("source_type", Vocabulary::SourceType, kRequired, "source_type"),
          field("source", T::Text, kRequired, "source"),
          field("license", T::Text, kOptional, "license"),
          field("legal_basis", T::Text, kOptional, "legal_basis"),
          field("contains_personal_info", T::Boolean, kRequired, "contains_personal_info"),
          field("consent_basis", T::Text, kOptional, "consent_basis"),
          field("collected_from", T::Date, kOptional, "collected_from"),
          field("collected_to", T::Date, kOptional, "collected_to"),
          field("items", T::Integer, kOptional, "items"),
          field("tokens", T::Integer, kOptional, "tokens"),
          field("languages", T::TextList, kOptional, "languages"),
          field("sampled_items", T::Integer, kOptional, "sampled_items"),
          field("sampled_flagged", T::Integer, kOptional, "sampled_flagged"),
          field("sha256", T::Sha256, kOptional, "sha256"), refList("derived_from", R::Dataset)},
         true},
        {R::Training,
         "training",
         "training_edges",
         {ref("model", R::Model, kRequired, "model_version_id"),
          ref("dataset", R::Dataset, kRequired, "dataset_id"),
          enumField("role", Vocabulary::DatasetStage, kOptional, "role")},
         false},
        {R::Generation,
         "generation",
         "generations",
         {field("id", T::Id, kRequired, "id"),
          ref("model", R::Model, kRequired, "model_version_id"),
          field("created_at", T::Timestamp, kRequired, "created_at"),
          field("prompt", T::Text, kRequired, "prompt"),
          field("output", T::Text, kRequired, "output"),
          enumField("modality", Vocabulary::Modality, kRequired, "modality"),
          enumField("flag_source", Vocabulary::FlagSource, kRequired, "flag_source"),
          field("category", T::RiskCode, kRequired, "risk_category"),
          enumField("severity", Vocabulary::Severity, kRequired, "severity"),
          field("flagged_at", T::Timestamp, kRequired, "flagged_at"),
          field("labeled", T::Boolean, kOptional, "labeled")},
         true},
        {R::Complaint,
         "complaint",
         "complaints",
         {field("id", T::Id, kRequired, "id"),
          field("received_at", T::Timestamp, kRequired, "received_at"),
          enumField("channel", Vocabulary::ComplaintChannel, kRequired, "channel"),
          enumField("kind", Vocabulary::ComplaintKind, kRequired, "kind"),
          field("text", T::Text, kRequired, "text"), refList("generations", R::Generation),
          field("contact", T::Text, kOptional, "contact"),
          enumField("request", Vocabulary::PersonalInfoRequest, kOptional, "request")},
         true},
        {R::Retest,
         "retest",
         "retests",
         {ref("generation", R::Generation, kRequired, "generation_id"),
          field("tested_at", T::Timestamp, kRequired, "tested_at"),
          ref("model", R::Model, kRequired, "model_version_id"),
          field("reproduced", T::Boolean, kRequired, "reproduced"),
          field("note", T::Text, kOptional, "note")},
         false},
    }};
}

} // namespace

int TypeSpec::indexOf(QByteArrayView field) const
{
    for (int i = 0; i < fields.size(); ++i)
        if (field == fields[i].name)
            return i;
    return -1;
}

const TypeSpec &RecordFormat::spec(RecordType type)
{
    static const std::array<TypeSpec, kRecordTypeCount> specs = buildSpecs();
    return specs[size_t(type)];
}

const std::array<RecordType, kRecordTypeCount> &RecordFormat::types()
{
    static const std::array<RecordType, kRecordTypeCount> all{
        RecordType::Provider,   RecordType::Model,     RecordType::Dataset, RecordType::Training,
        RecordType::Generation, RecordType::Complaint, RecordType::Retest};
    return all;
}

std::optional<RecordType> RecordFormat::typeFromName(QByteArrayView name)
{
    for (RecordType t : types())
        if (name == spec(t).name)
            return t;
    return std::nullopt;
}

QString RecordFormat::typeName(RecordType type)
{
    return QString::fromLatin1(spec(type).name);
}

QString RecordFormat::typeList()
{
    QStringList names;
    for (RecordType t : types())
        names << typeName(t);
    return names.join(QStringLiteral(", "));
}

} // namespace ab::intake
