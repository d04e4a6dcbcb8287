// The readers on their own: JSON Lines, CSV (encodings, quoting, line
// numbers) and the timestamp parser against the project's reference parser.
#include "intake/csvsource.h"
#include "intake/jsonlineparser.h"
#include "intake/recordsource.h"
#include "intake/timestampparser.h"
#include "intakefixture.h"
#include "util/timeutil.h"

#include <QBuffer>

using namespace ab;
using namespace ab::intake;
using namespace ab::test;

namespace {

RawRecord parseOk(const QByteArray &line)
{
    RawRecord r;
    JsonLineParser::Problem p;
    INFO(line.toStdString() << " -> " << p.message.toStdString());
    REQUIRE(JsonLineParser::parse(line.constData(), line.size(), r, p));
    return r;
}

JsonLineParser::Problem parseFails(const QByteArray &line)
{
    RawRecord r;
    JsonLineParser::Problem p;
    INFO(line.toStdString());
    REQUIRE_FALSE(JsonLineParser::parse(line.constData(), line.size(), r, p));
    return p;
}

QVector<SourceRecord> readAll(RecordSource &source)
{
    QVector<SourceRecord> out;
    SourceRecord r;
    while (source.next(r))
        out.append(r);
    return out;
}

QString text(const SourceRecord &r, const char *field)
{
    const RawField *f = r.fields.find(field);
    return f ? QString::fromUtf8(f->text) : QStringLiteral("<absent>");
}

} // namespace

TEST_CASE("a JSON line becomes fields with escapes resolved and kinds kept")
{
    const RawRecord r =
        parseOk(R"( {"s":"a\"b\\c\u00e9\ud83d\ude00\n", "n":-1.5e3, "t":true, "f":false, "z":null,)"
                R"( "l":["x","y"], "m":[1,"x"], "o":{"k":[1,{}]}} )");
    REQUIRE(r.size() == 8);
    CHECK(r.find("s")->kind == RawField::Kind::String);
    CHECK(r.find("s")->text == QByteArray("a\"b\\c\xC3\xA9\xF0\x9F\x98\x80\n"));
    CHECK(r.find("n")->kind == RawField::Kind::Number);
    CHECK(r.find("n")->text == "-1.5e3");
    CHECK(r.find("t")->kind == RawField::Kind::Bool);
    CHECK(r.find("f")->text == "false");
    CHECK(r.find("z")->kind == RawField::Kind::Null);
    CHECK(r.find("l")->items == QList<QByteArray>{"x", "y"});
    CHECK(r.find("l")->itemsAreStrings);
    CHECK_FALSE(r.find("m")->itemsAreStrings);
    CHECK(r.find("o")->kind == RawField::Kind::Object);
}

TEST_CASE("a malformed JSON line is refused with the column and the member")
{
    auto p = parseFails(R"({"type":"provider","id":"P-9","name":"Trun)");
    CHECK(p.message.contains(QStringLiteral("truncated")));
    CHECK(p.field == QStringLiteral("name"));

    p = parseFails("{\"a\":\"ok\",\"b\":\"x\xff\"}");
    CHECK(p.message == QStringLiteral("invalid UTF-8"));
    CHECK(p.column == 17); // the byte 0xff
    CHECK(p.field == QStringLiteral("b"));

    CHECK(parseFails("[1,2]").message.contains(QStringLiteral("one JSON object")));
    CHECK(parseFails(R"({"a":1,})").message.contains(QStringLiteral("member name")));
    CHECK(parseFails(R"({"a":1} x)").message.contains(QStringLiteral("after the JSON object")));
    CHECK(parseFails(R"({"a":1,"a":2})").message.contains(QStringLiteral("twice")));
    CHECK(parseFails(R"({"a":"\ud800"})").message.contains(QStringLiteral("surrogate")));
    CHECK(parseFails(R"({"a":"\u0000"})").message.contains(QStringLiteral("NUL")));
    CHECK(parseFails("{\"a\":\"tab\there\"}").message.contains(QStringLiteral("control")));
    // "01": a number is a zero on its own, then a stray digit.
    CHECK(parseFails(R"({"a":01})").message.contains(QStringLiteral("expected ',' or '}'")));
    CHECK(parseFails(R"({"a":tru})").message.contains(QStringLiteral("not a valid JSON value")));
    QByteArray deep = "{\"a\":" + QByteArray(100, '[') + QByteArray(100, ']') + "}";
    CHECK(parseFails(deep).message.contains(QStringLiteral("nested too deeply")));
}

TEST_CASE("JSON Lines: BOM, CRLF, blank lines and a last line without a break")
{
    QByteArray bytes = "\xEF\xBB\xBF{\"type\":\"provider\",\"id\":\"P-1\",\"name\":\"a\"}\r\n"
                       "\r\n"
                       "   \n"
                       "{\"type\":\"provider\",\"id\":\"P-2\",\"name\":\"b\"}";
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    auto source = RecordSource::open(&buffer, FileFormat::JsonLines, QStringLiteral("x.jsonl"),
                                     QStringLiteral("x.jsonl"));
    AB_REQUIRE_OK(source);
    CHECK((*source)->preamble() == QByteArray("\xEF\xBB\xBF"));
    const auto records = readAll(**source);
    REQUIRE(records.size() == 2);
    CHECK(records[0].line == 1);
    CHECK(records[0].problems.isEmpty());
    CHECK(text(records[0], "id") == QStringLiteral("P-1"));
    CHECK(records[0].raw.endsWith("\r\n"));
    CHECK(records[1].line == 4);
    CHECK(text(records[1], "name") == QStringLiteral("b"));
    CHECK(records[1].raw == QByteArray("{\"type\":\"provider\",\"id\":\"P-2\",\"name\":\"b\"}"));
}

TEST_CASE("CSV with BOM, CRLF and a quoted cell holding a line break, comma and quotes")
{
    IntakeFixture f;
    auto source = RecordSource::open(f.fixture(QStringLiteral("generations_bom_crlf.csv")),
                                     QStringLiteral("generations_bom_crlf.csv"));
    AB_REQUIRE_OK(source);
    CHECK((*source)->format() == FileFormat::Csv);
    CHECK((*source)->encoding() == QStringLiteral("UTF-8"));
    const auto records = readAll(**source);
    REQUIRE(records.size() == 2);
    CHECK(records[0].type == RecordType::Generation); // from the file name
    CHECK(records[0].problems.isEmpty());
    CHECK(records[0].line == 2);
    CHECK(text(records[0], "prompt") == QStringLiteral("你好，请介绍一下"));
    CHECK(text(records[0], "output") ==
          QStringLiteral("多行\r\n回答, with a comma and \"quotes\""));
    CHECK(records[1].line == 4); // the first record took lines 2 and 3
    CHECK(text(records[1], "labeled") == QStringLiteral("<absent>")); // an empty cell
    CHECK(records[1].fields.find("labeled") == nullptr);
}

TEST_CASE("CSV in GB18030 is detected, or read as given with --encoding")
{
    IntakeFixture f;
    for (const QString &encoding : {QString(), QStringLiteral("GB18030"), QStringLiteral("GBK")}) {
        auto source = RecordSource::open(f.fixture(QStringLiteral("generations_gb18030.csv")),
                                         QStringLiteral("generations_gb18030.csv"), encoding);
        AB_REQUIRE_OK(source);
        INFO(encoding.toStdString());
        CHECK((*source)->encoding().startsWith(QStringLiteral("GB")));
        const auto records = readAll(**source);
        REQUIRE(records.size() == 2);
        CHECK(records[0].problems.isEmpty());
        CHECK(text(records[0], "prompt") == QStringLiteral("你好，请介绍一下"));
        CHECK(text(records[1], "prompt") == QStringLiteral("第二条"));
    }
    // The same bytes read as UTF-8 are refused cell by cell, not garbled.
    auto asUtf8 = RecordSource::open(f.fixture(QStringLiteral("generations_gb18030.csv")),
                                     QStringLiteral("g.csv"), QStringLiteral("UTF-8"));
    AB_REQUIRE_OK(asUtf8);
    const auto records = readAll(**asUtf8);
    REQUIRE_FALSE(records.isEmpty());
    REQUIRE_FALSE(records[0].problems.isEmpty());
    CHECK(records[0].problems[0].field == QStringLiteral("prompt"));
    CHECK(records[0].problems[0].message.contains(QStringLiteral("UTF-8")));
}

TEST_CASE("CSV problems: header, cell count, an unclosed quote")
{
    IntakeFixture f;
    auto openCsv = [&](const QString &name, const QByteArray &bytes) {
        writeFile(f.dir.path(name), bytes);
        return RecordSource::open(f.dir.path(name), name);
    };
    auto unknown = openCsv(QStringLiteral("providers.csv"), "id,name,colour\nP,n,red\n");
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().line == 1);
    CHECK(unknown.error().message.contains(QStringLiteral("colour")));
    auto missing = openCsv(QStringLiteral("models.csv"), "id,provider,name\nM,P,n\n");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("version")));
    auto untold = openCsv(QStringLiteral("data.csv"), "id,name\nP,n\n");
    REQUIRE_FALSE(untold.ok());
    CHECK(untold.error().message.contains(QStringLiteral("type")));
    auto twice = openCsv(QStringLiteral("providers.csv"), "id,name,id\n");
    REQUIRE_FALSE(twice.ok());
    auto empty = openCsv(QStringLiteral("providers.csv"), "");
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.contains(QStringLiteral("empty")));

    auto typed = openCsv(QStringLiteral("mixed.csv"),
                         "type,id,name\nprovider,P-1,a\nprovider,P-2\nprovider,\"P-3,\"x\n"
                         "provider,P-4,\"never closed\n");
    AB_REQUIRE_OK(typed);
    const auto records = readAll(**typed);
    REQUIRE(records.size() == 4);
    CHECK(records[0].problems.isEmpty());
    CHECK_FALSE(records[0].type.has_value()); // the type column decides
    CHECK(text(records[0], "type") == QStringLiteral("provider"));
    CHECK(records[1].line == 3);
    REQUIRE(records[1].problems.size() == 1);
    CHECK(records[1].problems[0].message.contains(QStringLiteral("2 cells")));
    REQUIRE(records[2].problems.size() == 1);
    CHECK(records[2].problems[0].message.contains(QStringLiteral("closing quote")));
    CHECK(records[3].line == 5);
    REQUIRE(records[3].problems.size() == 1);
    CHECK(records[3].problems[0].message.contains(QStringLiteral("truncated")));
}

TEST_CASE("the record type of a CSV file can come from its name")
{
    using intake::RecordType;
    auto typeOf = [](const char *name) {
        return CsvSource::typeFromFileName(QString::fromLatin1(name));
    };
    CHECK(typeOf("generations.csv") == RecordType::Generation);
    CHECK(typeOf("generation.csv") == RecordType::Generation);
    CHECK(typeOf("acme-models-2024.csv") == RecordType::Model);
    CHECK(typeOf("training.csv") == RecordType::Training);
    CHECK(typeOf("generations.csv.rejects") == RecordType::Generation);
    CHECK_FALSE(typeOf("models_and_datasets.csv").has_value());
    CHECK_FALSE(typeOf("export.csv").has_value());
}

TEST_CASE("the timestamp parser agrees with time::parseTimestamp")
{
    const QStringList zones{QStringLiteral("Asia/Shanghai"), QStringLiteral("UTC"),
                            QStringLiteral("America/New_York"),
                            QStringLiteral("Australia/Lord_Howe")};
    const QStringList inputs{
        QStringLiteral("2024-03-01T09:00:00"),
        QStringLiteral("2024-03-01T09:00:00Z"),
        QStringLiteral("2024-03-01t09:00:00z"),
        QStringLiteral("2024-03-01 09:00:00+08:00"),
        QStringLiteral("2024-03-01T09:00:00.123456-05:30"),
        QStringLiteral("2024-02-29T23:59:59+14:00"),
        QStringLiteral("2023-02-29T00:00:00Z"),
        QStringLiteral("2024-13-01T00:00:00Z"),
        QStringLiteral("2024-01-01T00:60:00Z"),
        QStringLiteral("2024-01-01T00:00:60Z"),
        QStringLiteral("2024-1-01T00:00:00Z"),
        QStringLiteral("2024-01-01T00:00:00+0800"),
        QStringLiteral("2024-01-01T00:00:00.Z"),
        QStringLiteral("yesterday"),
        QStringLiteral("2024-03-10T02:30:00"), // a gap in New York
        QStringLiteral("2024-11-03T01:30:00"), // an overlap in New York
        QStringLiteral("2024-04-07T01:45:00"), // Lord Howe's half-hour overlap
        QStringLiteral("2024-10-06T02:15:00"), // Lord Howe's half-hour gap
        QStringLiteral("1900-01-01T00:00:00"),
        QStringLiteral("0001-01-01T08:00:00Z"),
    };
    for (const QString &zoneName : zones) {
        const QTimeZone zone(zoneName.toUtf8());
        REQUIRE(zone.isValid());
        TimestampParser parser(zone);
        for (const QString &input : inputs) {
            INFO(zoneName.toStdString() << " " << input.toStdString());
            const auto reference = time::parseTimestamp(input, zone);
            const auto mine = parser.parse(input.toUtf8());
            REQUIRE(reference.has_value() == mine.has_value());
            if (mine) {
                CHECK(TimestampParser::format(*mine) == time::toStored(*reference).toUtf8());
                CHECK(parser.localDate(*mine) == time::localDate(*reference, zone));
            }
        }
        // RFC 3339 has no hour 24; Qt's ISO reader takes it as the next midnight.
        CHECK_FALSE(parser.parse("2024-01-01T24:00:00Z").has_value());
    }
}
