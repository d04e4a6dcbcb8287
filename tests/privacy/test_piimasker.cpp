#include "privacy/piimasker.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QStringList>

using ab::PiiKind;
using ab::PiiMasker;

// Values below were worked out by hand: the ID check characters with the
// GB 11643 weights, the card numbers with the Luhn sum.

TEST_CASE("resident ID numbers: check character and birth date", "[privacy]")
{
    CHECK(PiiMasker::isValidResidentId(QStringLiteral("11010519491231002X")));
    CHECK(PiiMasker::isValidResidentId(QStringLiteral("11010519491231002x")));
    CHECK(PiiMasker::isValidResidentId(QStringLiteral("310115198506153215")));
    // Wrong check character.
    CHECK_FALSE(PiiMasker::isValidResidentId(QStringLiteral("110105194912310021")));
    CHECK_FALSE(PiiMasker::isValidResidentId(QStringLiteral("310115198506153216")));
    // Right checksum shape but 31 February: no such birth date (check character 5 is right).
    CHECK_FALSE(PiiMasker::isValidResidentId(QStringLiteral("110105199002310015")));
    CHECK_FALSE(PiiMasker::isValidResidentId(QStringLiteral("11010519491231002")));
}

TEST_CASE("legacy 15-digit IDs need a real birth date", "[privacy]")
{
    CHECK(PiiMasker::isValidLegacyResidentId(QStringLiteral("110105491231002")));
    CHECK_FALSE(PiiMasker::isValidLegacyResidentId(QStringLiteral("110105491331002"))); // month 13
    CHECK_FALSE(PiiMasker::isValidLegacyResidentId(QStringLiteral("110105490230002"))); // 30 Feb
}

TEST_CASE("Luhn", "[privacy]")
{
    CHECK(PiiMasker::passesLuhn(QStringLiteral("6222021234567894")));
    CHECK(PiiMasker::passesLuhn(QStringLiteral("4111111111111111")));
    CHECK_FALSE(PiiMasker::passesLuhn(QStringLiteral("6222021234567890")));
    CHECK_FALSE(PiiMasker::passesLuhn(QString()));
}

TEST_CASE("masking inside Chinese text", "[privacy]")
{
    CHECK(PiiMasker::mask(QStringLiteral("投诉人身份证号11010519491231002X，请核实。")) ==
          QStringLiteral("投诉人身份证号110105********002X，请核实。"));
    CHECK(PiiMasker::mask(QStringLiteral("老身份证110105491231002已作废")) ==
          QStringLiteral("老身份证110105******002已作废"));
    CHECK(PiiMasker::mask(QStringLiteral("手机13800138000或+8613912345678联系")) ==
          QStringLiteral("手机138****8000或+86139****5678联系"));
    CHECK(PiiMasker::mask(QStringLiteral("座机010-62345678，分机见下")) ==
          QStringLiteral("座机010-****5678，分机见下"));
    CHECK(PiiMasker::mask(QStringLiteral("电话0755-86543210")) ==
          QStringLiteral("电话0755-****3210"));
    CHECK(PiiMasker::mask(QStringLiteral("银行卡6222021234567894被盗刷")) ==
          QStringLiteral("银行卡622202******7894被盗刷"));
    CHECK(PiiMasker::mask(QStringLiteral("卡号622202123456789012")) ==
          QStringLiteral("卡号622202********9012"));
    CHECK(PiiMasker::mask(QStringLiteral("邮箱zhang.san@example.com。")) ==
          QStringLiteral("邮箱z***@example.com。"));
}

TEST_CASE("masking inside English text", "[privacy]")
{
    CHECK(PiiMasker::mask(QStringLiteral("Call me on 138 0013 8000 or mail jo@mail.example.cn.")) ==
          QStringLiteral("Call me on 138 **** 8000 or mail j***@mail.example.cn."));
    CHECK(PiiMasker::mask(QStringLiteral("card 4111 1111 1111 1111 expired")) ==
          QStringLiteral("card 4111 11** **** 1111 expired"));
    CHECK(PiiMasker::mask(QStringLiteral("ID 310115198506153215 and +86 13800138000")) ==
          QStringLiteral("ID 310115********3215 and +86 138****8000"));
}

TEST_CASE("invalid values and other numbers stay as they are", "[privacy]")
{
    const QStringList untouched{
        QStringLiteral("身份证号110105194912310021（校验位错误）"),
        QStringLiteral("生日无效110105199002310015"),
        QStringLiteral("卡号6222021234567890不通过校验"),
        QStringLiteral("订单号20231231235959123456789"), // 27 digits: no kind
        QStringLiteral("手机号12800138000不存在"),       // 12x is not a mobile prefix
        QStringLiteral("1380013800012 is a 13-digit code"),
        QStringLiteral("version 2.0.1 released 2023-08-15"),
        QStringLiteral("not-an-email@localhost"),
        QStringLiteral("纯中文文本没有数字"),
    };
    for (const QString &s : untouched) {
        INFO(s.toStdString());
        CHECK(PiiMasker::mask(s) == s);
    }
}

TEST_CASE("digit boundaries: a longer run is not a shorter kind", "[privacy]")
{
    // A mobile number inside a 14-digit run is not a mobile number.
    CHECK(PiiMasker::find(QStringLiteral("编号413800138000号")).isEmpty());
    // Two values back to back separated by Chinese text are both found.
    const auto found = PiiMasker::find(QStringLiteral("甲13800138000乙11010519491231002X丙a@b.cn"));
    REQUIRE(found.size() == 3);
    CHECK(found[0].kind == PiiKind::Mobile);
    CHECK(found[1].kind == PiiKind::ResidentId);
    CHECK(found[2].kind == PiiKind::Email);
    // A valid resident ID that also passes Luhn stays an ID (IDs are tried first).
    CHECK(PiiMasker::find(QStringLiteral("11010519491231002X"))[0].kind == PiiKind::ResidentId);
}

TEST_CASE("names and contact fields", "[privacy]")
{
    CHECK(PiiMasker::maskName(QStringLiteral("张三丰")) == QStringLiteral("张**"));
    CHECK(PiiMasker::maskName(QStringLiteral("Li")) == QStringLiteral("L*"));
    CHECK(PiiMasker::maskName(QStringLiteral("王")) == QStringLiteral("王*"));
    CHECK(PiiMasker::maskContact(QStringLiteral("张三 13800138000")) ==
          QStringLiteral("张* 138****8000"));
    CHECK(PiiMasker::maskContact(QStringLiteral("Wang Fang, wf@example.org")) ==
          QStringLiteral("W*** F***, w***@example.org"));
    CHECK(PiiMasker::maskContact(QString()).isEmpty());
}

TEST_CASE("the quick check on UTF-8 counts what the check on text counts", "[privacy]")
{
    // Digits and '@' among ASCII, Chinese and bytes of 0x80 and up (which a
    // word-at-a-time count must not take for digits), around the ten digits
    // that make a value possible.
    const QStringList pieces{QStringLiteral("0"),          QStringLiteral("9"),
                             QStringLiteral("@"),          QStringLiteral("/"),
                             QStringLiteral(":"),          QStringLiteral("a"),
                             QStringLiteral("生"),         QStringLiteral("\u00b0"),
                             QStringLiteral("\U0001F600"), QStringLiteral(" ")};
    QRandomGenerator random(42);
    for (int n = 0; n < 5000; ++n) {
        QString text;
        const int length = int(random.bounded(40));
        for (int i = 0; i < length; ++i)
            text += pieces.at(random.bounded(int(pieces.size())));
        const QByteArray utf8 = text.toUtf8();
        qsizetype digits = 0;
        bool at = false;
        for (QChar c : text) {
            digits += c >= u'0' && c <= u'9';
            at = at || c == u'@';
        }
        INFO(text.toStdString());
        CHECK(PiiMasker::mayContain(QByteArrayView(utf8)) == (at || digits >= 10));
        CHECK(PiiMasker::mayContain(QStringView(text)) == (at || digits >= 10));
    }
}
