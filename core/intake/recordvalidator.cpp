#include "recordvalidator.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace ab::intake {

namespace {

QString kindName(RawField::Kind kind)
{
    switch (kind) {
    case RawField::Kind::Null:
        return QCoreApplication::translate("Intake", "null");
    case RawField::Kind::String:
        return QCoreApplication::translate("Intake", "a string");
    case RawField::Kind::Number:
        return QCoreApplication::translate("Intake", "a number");
    case RawField::Kind::Bool:
        return QCoreApplication::translate("Intake", "true or false");
    case RawField::Kind::Array:
        return QCoreApplication::translate("Intake", "a list");
    case RawField::Kind::Object:
        return QCoreApplication::translate("Intake", "an object");
    }
    return {};
}

QString expected(const QString &what, RawField::Kind got)
{
    return QCoreApplication::translate("Intake", "must be %1, not %2").arg(what, kindName(got));
}

bool isTrimmedType(FieldType type)
{
    return type != FieldType::Text;
}

bool isBlank(QByteArrayView text)
{
    for (char c : text)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    return true;
}

// Characters, not bytes: continuation bytes are not counted.
qsizetype characters(QByteArrayView text)
{
    qsizetype n = 0;
    for (char c : text)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

const QList<QByteArray> &tokens(Vocabulary vocabulary)
{
    static const auto all = [] {
        std::array<QList<QByteArray>, 11> out;
        for (int v = 0; v < 11; ++v)
            for (const QString &t : Vocab::tokens(Vocabulary(v)))
                out[size_t(v)].append(t.toUtf8());
        return out;
    }();
    return all[size_t(vocabulary)];
}

QString show(QByteArrayView text)
{
    constexpr qsizetype kShown = 40;
    QString s = QString::fromUtf8(text.first(std::min(text.size(), kShown)));
    if (text.size() > kShown)
        s += QChar(0x2026);
    return s;
}

} // namespace

RecordValidator::RecordValidator(QSet<QByteArray> riskCodes, const QTimeZone &zone)
    : m_riskCodes(std::move(riskCodes)), m_time(zone)
{}

QByteArray RecordValidator::joinKey(std::initializer_list<QByteArrayView> parts)
{
    QByteArray key;
    bool first = true;
    for (QByteArrayView p : parts) {
        if (!first)
            key.append('\x1f');
        first = false;
        key.append(p.data(), p.size());
    }
    return key;
}

std::optional<RecordType> RecordValidator::typeOf(const SourceRecord &source)
{
    if (source.type)
        return source.type;
    const RawField *type = source.fields.find("type");
    if (!type || type->kind != RawField::Kind::String)
        return std::nullopt;
    return RecordFormat::typeFromName(type->fromCsv ? QByteArrayView(type->text).trimmed()
                                                    : QByteArrayView(type->text));
}

QByteArray RecordValidator::keyOf(const SourceRecord &source, RecordType type)
{
    auto text = [&source](const char *name) -> QByteArray {
        const RawField *f = source.fields.find(name);
        if (!f || f->kind != RawField::Kind::String)
            return {};
        return f->fromCsv ? f->text.trimmed() : f->text;
    };
    if (RecordFormat::spec(type).hasId)
        return text("id");
    return {}; // edges are not named by anything that could depend on them
}

bool RecordValidator::checkId(QByteArrayView id, QString &problem) const
{
    if (id.isEmpty()) {
        problem = QCoreApplication::translate("Intake", "must not be empty");
        return false;
    }
    if (characters(id) > kMaxIdLength) {
        problem =
            QCoreApplication::translate("Intake", "is longer than %1 characters").arg(kMaxIdLength);
        return false;
    }
    for (char c : id) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F || c == ';') {
            problem = QCoreApplication::translate(
                "Intake", "an identifier must not contain control characters or ';'");
            return false;
        }
    }
    if (id.front() == ' ' || id.back() == ' ') {
        problem = QCoreApplication::translate("Intake",
                                              "an identifier must not begin or end with a space");
        return false;
    }
    return true;
}

bool RecordValidator::checkText(const FieldSpec &spec, FieldValue &out, QString &problem)
{
    QByteArrayView t(out.text);
    switch (spec.type) {
    case FieldType::Id:
        return checkId(t, problem);
    case FieldType::Text:
        if (t.size() > kMaxTextBytes) {
            problem = QCoreApplication::translate("Intake",
                                                  "is %1 MiB long; a text may hold at most %2 MiB")
                          .arg(double(t.size()) / (1 << 20), 0, 'f', 1)
                          .arg(kMaxTextBytes >> 20);
            return false;
        }
        return true;
    case FieldType::Timestamp: {
        const auto utc = m_time.parse(t);
        if (!utc) {
            problem = QCoreApplication::translate(
                          "Intake",
                          "\"%1\" is not an RFC 3339 timestamp such as 2024-05-01T14:30:00+08:00")
                          .arg(show(t));
            return false;
        }
        out.number = *utc;
        TimestampParser::format(*utc, out.text);
        return true;
    }
    case FieldType::Date:
        if (!TimestampParser::isDate(t)) {
            problem =
                QCoreApplication::translate("Intake", "\"%1\" is not a date in the form YYYY-MM-DD")
                    .arg(show(t));
            return false;
        }
        return true;
    case FieldType::Enum:
        if (!tokens(spec.vocabulary).contains(t)) {
            QStringList allowed;
            for (const QByteArray &token : tokens(spec.vocabulary))
                allowed << QString::fromLatin1(token);
            problem = QCoreApplication::translate("Intake", "\"%1\" is not one of %2")
                          .arg(show(t), allowed.join(QStringLiteral(", ")));
            return false;
        }
        return true;
    case FieldType::RiskCode:
        if (!m_riskCodes.contains(QByteArray::fromRawData(t.data(), t.size()))) {
            problem = QCoreApplication::translate(
                          "Intake", "\"%1\" is not a TC260-003 risk code such as A.1.g")
                          .arg(show(t));
            return false;
        }
        return true;
    case FieldType::Sha256: {
        bool hex = t.size() == 64;
        for (char c : t)
            hex =
                hex && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
        if (!hex) {
            problem = QCoreApplication::translate("Intake", "must be 64 hexadecimal digits");
            return false;
        }
        out.text = out.text.toLower();
        return true;
    }
    default:
        return true;
    }
}

bool RecordValidator::checkList(const FieldSpec &spec, FieldValue &out, QString &problem)
{
    if (spec.type == FieldType::IdList) {
        for (const QByteArray &id : std::as_const(out.list)) {
            if (!checkId(id, problem)) {
                problem =
                    QCoreApplication::translate("Intake", "\"%1\": %2").arg(show(id), problem);
                return false;
            }
        }
        // A set: order and repeats carry no meaning, so they are normalised
        // away and an export writes the list sorted.
        std::sort(out.list.begin(), out.list.end());
        out.list.erase(std::unique(out.list.begin(), out.list.end()), out.list.end());
        return true;
    }
    // TextList (languages): kept in order and stored joined by ','.
    out.text.clear();
    for (const QByteArray &item : std::as_const(out.list)) {
        if (item.isEmpty() || characters(item) > 32 || item.contains(',') || item.contains(';')) {
            problem = QCoreApplication::translate("Intake",
                                                  "\"%1\" is not a short token without ',' or ';'")
                          .arg(show(item));
            return false;
        }
        if (!out.text.isEmpty())
            out.text.append(',');
        out.text.append(item);
    }
    return true;
}

bool RecordValidator::convert(const FieldSpec &spec, const RawField &raw, FieldValue &out,
                              QString &problem)
{
    using K = RawField::Kind;
    out.present = true;
    out.number = 0;
    out.list.clear();
    QByteArrayView text(raw.text);
    if (raw.fromCsv && isTrimmedType(spec.type))
        text = text.trimmed();
    switch (spec.type) {
    case FieldType::Integer: {
        if (!raw.fromCsv && raw.kind != K::Number) {
            problem = expected(QCoreApplication::translate("Intake", "a whole number"), raw.kind);
            return false;
        }
        if (text.startsWith('-')) {
            problem = QCoreApplication::translate("Intake", "must not be negative");
            return false;
        }
        bool ok = !text.isEmpty() && text.size() <= 18;
        for (char c : text)
            ok = ok && c >= '0' && c <= '9';
        if (!ok) {
            problem = text.size() > 18 && !text.contains('.')
                          ? QCoreApplication::translate("Intake", "is too large")
                          : QCoreApplication::translate("Intake", "\"%1\" is not a whole number")
                                .arg(show(text));
            return false;
        }
        out.number = text.toLongLong();
        out.text = QByteArray(text.data(), text.size());
        return true;
    }
    case FieldType::Boolean: {
        if (!raw.fromCsv && raw.kind != K::Bool) {
            problem = expected(QCoreApplication::translate("Intake", "true or false"), raw.kind);
            return false;
        }
        const QByteArray lower = text.toByteArray().toLower();
        if (lower == "true" || lower == "1") {
            out.number = 1;
        } else if (lower == "false" || lower == "0") {
            out.number = 0;
        } else {
            problem = QCoreApplication::translate("Intake", "\"%1\" is not true or false")
                          .arg(show(text));
            return false;
        }
        return true;
    }
    case FieldType::IdList:
    case FieldType::TextList:
        if (raw.fromCsv) {
            for (const QByteArray &item : text.toByteArray().split(';')) {
                if (!item.trimmed().isEmpty())
                    out.list.append(item.trimmed());
            }
        } else if (raw.kind != K::Array || !raw.itemsAreStrings) {
            problem = raw.kind == K::Array
                          ? QCoreApplication::translate("Intake", "must be a list of strings")
                          : expected(QCoreApplication::translate("Intake", "a list of strings"),
                                     raw.kind);
            return false;
        } else {
            out.list = raw.items;
        }
        out.present = !out.list.isEmpty();
        return checkList(spec, out, problem);
    default:
        if (!raw.fromCsv && raw.kind != K::String) {
            problem = expected(QCoreApplication::translate("Intake", "a string"), raw.kind);
            return false;
        }
        // Copied into the value's own buffer, which is reused record after
        // record (sharing the reader's would cost an allocation per field).
        out.text.resize(0);
        out.text.append(text.data(), text.size());
        if (spec.type == FieldType::Text && isBlank(out.text)) {
            // An optional text left empty is absent; a required one is missing.
            out.present = false;
            out.text.clear();
            if (spec.required) {
                problem = QCoreApplication::translate("Intake", "must not be empty");
                return false;
            }
            return true;
        }
        return checkText(spec, out, problem);
    }
}

bool RecordValidator::validate(const SourceRecord &source, Record &out, QVector<Error> &problems)
{
    const qsizetype before = problems.size();
    const std::optional<RecordType> type = typeOf(source);
    if (!type) {
        const RawField *t = source.fields.find("type");
        if (!t || t->kind == RawField::Kind::Null)
            problems.append(
                Error{QCoreApplication::translate("Intake", "required: the record type (%1)")
                          .arg(RecordFormat::typeList()),
                      {},
                      0,
                      QStringLiteral("type")});
        else if (t->kind != RawField::Kind::String)
            problems.append(
                Error{expected(QCoreApplication::translate("Intake", "a string"), t->kind),
                      {},
                      0,
                      QStringLiteral("type")});
        else
            problems.append(Error{
                QCoreApplication::translate("Intake", "unknown record type \"%1\" (expected %2)")
                    .arg(show(t->text), RecordFormat::typeList()),
                {},
                0,
                QStringLiteral("type")});
        return false;
    }
    out.type = *type;
    const TypeSpec &spec = RecordFormat::spec(*type);
    std::array<int, kMaxFields> rawOf;
    rawOf.fill(-1);
    for (int i = 0; i < source.fields.size(); ++i) {
        const RawField &raw = source.fields.at(i);
        const int index = spec.indexOf(raw.name);
        if (index >= 0)
            rawOf[size_t(index)] = i;
        else if (raw.name != "type")
            problems.append(
                Error{QCoreApplication::translate("Intake", "is not a field of %1 records")
                          .arg(RecordFormat::typeName(*type)),
                      {},
                      0,
                      QString::fromUtf8(raw.name)});
    }
    for (int i = 0; i < spec.fields.size(); ++i) {
        const FieldSpec &f = spec.fields[i];
        FieldValue &value = out.values[size_t(i)];
        value.present = false;
        value.text.resize(0);
        value.list.clear();
        const RawField *raw = rawOf[size_t(i)] >= 0 ? &source.fields.at(rawOf[size_t(i)]) : nullptr;
        QString problem;
        if (raw && raw->kind != RawField::Kind::Null) {
            if (!convert(f, *raw, value, problem))
                problems.append(Error{problem, {}, 0, QString::fromLatin1(f.name)});
        }
        if (problem.isEmpty() && !value.present && f.required)
            problems.append(Error{QCoreApplication::translate("Intake", "required"),
                                  {},
                                  0,
                                  QString::fromLatin1(f.name)});
    }
    if (problems.size() == before)
        crossChecks(out, problems);
    if (problems.size() != before)
        return false;
    makeKey(out);
    return true;
}

void RecordValidator::crossChecks(Record &out, QVector<Error> &problems)
{
    auto fail = [&problems](const char *field, const QString &message) {
        problems.append(Error{message, {}, 0, QString::fromLatin1(field)});
    };
    switch (out.type) {
    case RecordType::Model:
        if (out.value("base_model").present && out.value("base_model").text == out.value("id").text)
            fail("base_model", QCoreApplication::translate(
                                   "Intake", "a model version cannot be its own base model"));
        break;
    case RecordType::Dataset: {
        if (out.value("derived_from").list.contains(out.value("id").text))
            fail("derived_from",
                 QCoreApplication::translate("Intake", "a dataset cannot be derived from itself"));
        const FieldValue &from = out.value("collected_from");
        const FieldValue &to = out.value("collected_to");
        if (from.present && to.present && to.text < from.text)
            fail("collected_to", QCoreApplication::translate("Intake", "is before collected_from"));
        const FieldValue &sampled = out.value("sampled_items");
        const FieldValue &flagged = out.value("sampled_flagged");
        if (flagged.present && !sampled.present)
            fail("sampled_flagged", QCoreApplication::translate("Intake", "needs sampled_items"));
        else if (flagged.present && flagged.number > sampled.number)
            fail("sampled_flagged",
                 QCoreApplication::translate("Intake", "is more than sampled_items"));
        break;
    }
    default:
        break;
    }
}

void RecordValidator::makeKey(Record &out)
{
    switch (out.type) {
    case RecordType::Training:
        // The role may be left out and then comes from the dataset's stage;
        // the writer completes the key.
        out.key =
            joinKey({out.value("model").text, out.value("dataset").text, out.value("role").text});
        break;
    case RecordType::Retest:
        out.key = joinKey(
            {out.value("generation").text, out.value("tested_at").text, out.value("model").text});
        break;
    default:
        out.key = out.value("id").text;
        break;
    }
}

} // namespace ab::intake
