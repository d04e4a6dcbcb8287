// Each record checked on its own: types, required fields, enumerations, codes,
// timestamps, dates, sizes. The messages name the field; the import adds the
// file and line (test_import checks those).
#include "intake/jsonlineparser.h"
#include "intake/recordvalidator.h"
#include "intakefixture.h"

using namespace ab;
using namespace ab::intake;
using namespace ab::test;

namespace {

struct Checked
{
    bool valid = false;
    Record record;
    QVector<Error> problems;

    bool has(const char *field, const char *part) const
    {
        for (const Error &e : problems)
            if (e.field == QLatin1String(field) && e.message.contains(QString::fromUtf8(part)))
                return true;
        return false;
    }
};

Checked check(const QByteArray &line)
{
    SourceRecord source;
    JsonLineParser::Problem p;
    REQUIRE(JsonLineParser::parse(line.constData(), line.size(), source.fields, p));
    RecordValidator validator({"A.1", "A.1.g", "A.4.f"}, QTimeZone("Asia/Shanghai"));
    Checked c;
    c.valid = validator.validate(source, c.record, c.problems);
    for (const Error &e : c.problems)
        UNSCOPED_INFO(e.toString().toStdString());
    return c;
}

const QByteArray kGeneration =
    R"({"type":"generation","id":"G-1","model":"M-1","created_at":"2024-03-01T09:00:00",)"
    R"("prompt":"p","output":"o","modality":"text","flag_source":"filter","category":"A.1.g",)"
    R"("severity":"high","flagged_at":"2024-03-01T12:00:00+08:00"})";

QByteArray with(const QByteArray &base, const QByteArray &member)
{
    QByteArray out = base;
    out.chop(1);
    return out + "," + member + "}";
}

QByteArray without(const QByteArray &base, const QByteArray &member)
{
    QByteArray out = base;
    const qsizetype at = out.indexOf(QByteArray("\"" + member + "\":"));
    const qsizetype end = out.indexOf(',', at);
    if (end < 0) // the last member: take the comma before it
        out.remove(at - 1, out.size() - at);
    else
        out.remove(at, end - at + 1);
    return out;
}

} // namespace

TEST_CASE("a valid generation is normalised to the stored forms")
{
    const Checked c = check(kGeneration);
    REQUIRE(c.valid);
    CHECK(c.record.type == RecordType::Generation);
    CHECK(c.record.key == "G-1");
    // Without an offset the time is read in the workspace zone (UTC+8).
    CHECK(c.record.value("created_at").text == "2024-03-01T01:00:00Z");
    CHECK(c.record.value("flagged_at").text == "2024-03-01T04:00:00Z");
    CHECK_FALSE(c.record.value("labeled").present);
}

TEST_CASE("wrong JSON types are named with what was expected")
{
    auto c = check(with(R"({"type":"dataset","id":7,"provider":"P","name":"n","stage":"pretrain",)"
                        R"("source_type":"synthetic","source":"s","contains_personal_info":"yes",)"
                        R"("items":"12","languages":"zh","derived_from":["D",3]})",
                        R"("tokens":1.5)"));
    CHECK_FALSE(c.valid);
    CHECK(c.has("id", "must be a string, not a number"));
    CHECK(c.has("contains_personal_info", "must be true or false, not a string"));
    CHECK(c.has("items", "must be a whole number, not a string"));
    CHECK(c.has("languages", "must be a list of strings, not a string"));
    CHECK(c.has("derived_from", "must be a list of strings"));
    CHECK(c.has("tokens", "is not a whole number"));
}

TEST_CASE("an unknown or missing type, unknown and missing fields")
{
    CHECK(check(R"({"type":"gadget","id":"X"})").has("type", "unknown record type \"gadget\""));
    CHECK(check(R"({"id":"X"})").has("type", "required"));
    CHECK(check(R"({"type":3})").has("type", "must be a string"));
    const Checked c = check(with(without(kGeneration, "prompt"), R"("colour":"red")"));
    CHECK_FALSE(c.valid);
    CHECK(c.has("prompt", "required"));
    CHECK(c.has("colour", "is not a field of generation records"));
    CHECK(
        check(with(without(kGeneration, "output"), R"("output":null)")).has("output", "required"));
    CHECK(check(with(without(kGeneration, "output"), R"("output":"  ")")).has("output", "empty"));
}

TEST_CASE("enumerations, TC260 codes, timestamps and dates")
{
    auto gen = [](const char *field, const char *value) {
        return check(
            with(without(kGeneration, field), QByteArray("\"") + field + "\":\"" + value + "\""));
    };
    CHECK(gen("severity", "urgent")
              .has("severity", "\"urgent\" is not one of low, medium, high, critical"));
    CHECK(gen("modality", "Text").has("modality", "is not one of"));
    CHECK(gen("category", "A.9.z").has("category", "not a TC260-003 risk code"));
    CHECK(gen("category", "A.1").valid); // a type is a code too
    CHECK(gen("flagged_at", "2024-02-30T00:00:00Z").has("flagged_at", "RFC 3339"));
    CHECK(gen("flagged_at", "2024-03-01").has("flagged_at", "RFC 3339"));
    CHECK(gen("created_at", "1 March 2024").has("created_at", "RFC 3339"));
    CHECK(gen("flagged_at", "2024-03-01T12:00:00.75-05:00").valid);
    const QByteArray model =
        R"({"type":"model","id":"M","provider":"P","name":"n","version":"1","released":"2024-02-30"})";
    CHECK(check(model).has("released", "YYYY-MM-DD"));
    const QByteArray complaint =
        R"({"type":"complaint","id":"C","received_at":"2024-03-01T00:00:00Z","channel":"fax",)"
        R"("kind":"other","text":"t","request":"erase"})";
    const Checked c = check(complaint);
    CHECK(c.has("channel", "is not one of"));
    CHECK(c.has("request", "is not one of access, correct, delete, block"));
}

TEST_CASE("identifiers, hashes, lists and cross-field checks")
{
    const QByteArray dataset =
        R"({"type":"dataset","id":"D","provider":"P","name":"n","stage":"pretrain",)"
        R"("source_type":"synthetic","source":"s","contains_personal_info":false})";
    CHECK(check(with(dataset, R"("derived_from":["D"])")).has("derived_from", "itself"));
    CHECK(check(with(dataset, R"("sha256":"abc")")).has("sha256", "64 hexadecimal digits"));
    CHECK(check(with(dataset, R"("sampled_items":10,"sampled_flagged":11)"))
              .has("sampled_flagged", "more than sampled_items"));
    CHECK(check(with(dataset, R"("collected_from":"2024-02-01","collected_to":"2024-01-01")"))
              .has("collected_to", "before collected_from"));
    CHECK(check(with(dataset, R"("items":-3)")).has("items", "negative"));
    CHECK(check(with(dataset, R"("languages":["zh,en"])")).has("languages", "','"));
    const Checked ok = check(with(
        dataset, R"("derived_from":["B","A","B"],"languages":["zh","en"],)"
                 R"("sha256":"ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789")"));
    REQUIRE(ok.valid);
    CHECK(ok.record.value("derived_from").list == QList<QByteArray>{"A", "B"});
    CHECK(ok.record.value("languages").text == "zh,en");
    CHECK(ok.record.value("sha256").text.startsWith("abcdef01"));

    const QByteArray self =
        R"({"type":"model","id":"M","provider":"P","name":"n","version":"1","released":"2024-01-01","base_model":"M"})";
    CHECK(check(self).has("base_model", "its own base model"));
    CHECK(check(R"({"type":"provider","id":"a;b","name":"n"})").has("id", "';'"));
    CHECK(check(R"({"type":"provider","id":" a","name":"n"})").has("id", "space"));
    CHECK(check(R"({"type":"provider","id":"","name":"n"})").has("id", "empty"));
    CHECK(check("{\"type\":\"provider\",\"id\":\"" + QByteArray(201, 'x') + "\",\"name\":\"n\"}")
              .has("id", "longer than 200"));
}

TEST_CASE("a text of 10 MiB is accepted and one byte more is refused")
{
    const QByteArray limit(kMaxTextBytes, 'x');
    CHECK(check(with(without(kGeneration, "output"), "\"output\":\"" + limit + "\"")).valid);
    const Checked c = check(with(without(kGeneration, "output"), "\"output\":\"" + limit + "y\""));
    CHECK(c.has("output", "a text may hold at most 10 MiB"));
}

TEST_CASE("training and retest are keyed by their fields")
{
    const Checked t = check(R"({"type":"training","model":"M","dataset":"D"})");
    REQUIRE(t.valid);
    CHECK(t.record.key == QByteArray("M\x1f"
                                     "D\x1f"));
    const Checked r =
        check(R"({"type":"retest","generation":"G","tested_at":"2024-04-01T18:00:00+08:00",)"
              R"("model":"M","reproduced":false})");
    REQUIRE(r.valid);
    CHECK(r.record.key == QByteArray("G\x1f"
                                     "2024-04-01T10:00:00Z\x1f"
                                     "M"));
}
