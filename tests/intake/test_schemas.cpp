// The JSON Schemas shipped with AuditBench say what the validator (the
// authority) accepts: every field, whether it is required, and its kind.
#include "intake/recordformat.h"
#include "intakefixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace ab;
using namespace ab::intake;

namespace {

QJsonObject loadSchema(RecordType type)
{
    QFile file(QStringLiteral(":/schemas/") + RecordFormat::typeName(type) +
               QStringLiteral(".schema.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(doc.isObject());
    return doc.object();
}

QString expectedRef(const FieldSpec &f)
{
    switch (f.type) {
    case FieldType::Id:
        return QStringLiteral("#/$defs/id");
    case FieldType::Text:
        return f.required ? QStringLiteral("#/$defs/required_text")
                          : QStringLiteral("#/$defs/text");
    case FieldType::Timestamp:
        return QStringLiteral("#/$defs/timestamp");
    case FieldType::Date:
        return QStringLiteral("#/$defs/date");
    case FieldType::RiskCode:
        return QStringLiteral("#/$defs/risk");
    case FieldType::Integer:
        return QStringLiteral("#/$defs/count");
    case FieldType::IdList:
        return QStringLiteral("#/$defs/id_list");
    case FieldType::TextList:
        return QStringLiteral("#/$defs/token_list");
    case FieldType::Sha256:
        return QStringLiteral("#/$defs/sha256");
    case FieldType::Boolean:
    case FieldType::Enum:
        return {};
    }
    return {};
}

} // namespace

TEST_CASE("every record type has a draft 2020-12 schema that matches the validator's fields")
{
    for (RecordType type : RecordFormat::types()) {
        const TypeSpec &spec = RecordFormat::spec(type);
        INFO(spec.name);
        const QJsonObject schema = loadSchema(type);
        CHECK(schema[QStringLiteral("$schema")].toString() ==
              QStringLiteral("https://json-schema.org/draft/2020-12/schema"));
        CHECK(schema[QStringLiteral("additionalProperties")] == QJsonValue(false));
        const QJsonObject properties = schema[QStringLiteral("properties")].toObject();
        CHECK(properties[QStringLiteral("type")].toObject()[QStringLiteral("const")].toString() ==
              RecordFormat::typeName(type));

        QSet<QString> fields{QStringLiteral("type")}, required{QStringLiteral("type")};
        for (const FieldSpec &f : spec.fields) {
            fields.insert(QString::fromLatin1(f.name));
            if (f.required)
                required.insert(QString::fromLatin1(f.name));
        }
        QSet<QString> schemaFields, schemaRequired;
        for (auto it = properties.begin(); it != properties.end(); ++it)
            schemaFields.insert(it.key());
        for (const QJsonValue &r : schema[QStringLiteral("required")].toArray())
            schemaRequired.insert(r.toString());
        CHECK(schemaFields == fields);
        CHECK(schemaRequired == required);

        for (const FieldSpec &f : spec.fields) {
            INFO(f.name);
            QJsonObject property = properties[QString::fromLatin1(f.name)].toObject();
            if (!f.required) {
                // Optional: the value or null.
                const QJsonArray anyOf = property[QStringLiteral("anyOf")].toArray();
                REQUIRE(anyOf.size() == 2);
                CHECK(anyOf[1].toObject()[QStringLiteral("type")].toString() ==
                      QStringLiteral("null"));
                property = anyOf[0].toObject();
            }
            if (f.type == FieldType::Boolean) {
                CHECK(property[QStringLiteral("type")].toString() == QStringLiteral("boolean"));
            } else if (f.type == FieldType::Enum) {
                QStringList tokens;
                for (const QJsonValue &v : property[QStringLiteral("enum")].toArray())
                    tokens << v.toString();
                CHECK(tokens == Vocab::tokens(f.vocabulary));
            } else {
                CHECK(property[QStringLiteral("$ref")].toString() == expectedRef(f));
            }
        }
        // The limits in the definitions are the validator's.
        const QJsonObject defs = schema[QStringLiteral("$defs")].toObject();
        CHECK(defs[QStringLiteral("id")].toObject()[QStringLiteral("maxLength")].toInt() ==
              kMaxIdLength);
        CHECK(defs[QStringLiteral("text")].toObject()[QStringLiteral("maxLength")].toInteger() ==
              kMaxTextBytes);
    }
}
