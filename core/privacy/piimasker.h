#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVector>

namespace ab {

// The kinds of personal information the masker recognises.
enum class PiiKind
{
    ResidentId,       // 18-digit GB 11643 number: valid check character and birth date
    LegacyResidentId, // 15-digit number issued before 1999, with a real birth date
    Mobile,           // mainland mobile, optionally with +86 / 86
    Landline,         // area code 0xx / 0xxx and a 7–8 digit number
    BankCard,         // 16–19 digits passing the Luhn check
    Email,
};

// One recognised value: where it is in the text and how it is shown masked.
struct PiiMatch
{
    PiiKind kind = PiiKind::Email;
    qsizetype start = 0;
    qsizetype length = 0;
    QString masked;
};

// Finds and masks personal information in free text, Chinese or not. Chinese
// text has no word boundaries ("身份证110105…号"), so numbers are delimited by
// "no digit before / after" rather than by \b; a digit run that is part of a
// longer run is never taken for a shorter kind. Only values that pass their
// checks are masked, so order numbers and timestamps stay readable.
class PiiMasker
{
public:
    // The text with every recognised value replaced by its masked form.
    static QString mask(const QString &text);
    // The recognised values, ordered by position, not overlapping.
    static QVector<PiiMatch> find(const QString &text);
    // A person's name: the first character kept ("张**", "J***").
    static QString maskName(const QString &name);
    // A contact field: recognised values masked; a field holding none of them
    // (a bare name, an address) is masked as a name.
    static QString maskContact(const QString &contact);

    // False when `text` cannot hold any recognised value (every kind needs an
    // '@' or at least ten digits): mask() then returns it unchanged. The UTF-8
    // form gives the same answer for the same text, so a report streamed as
    // UTF-8 skips the conversion to QString for most cells.
    static bool mayContain(QStringView text);
    static bool mayContain(QByteArrayView utf8);

    // The checks, public for tests and for import validation.
    static bool isValidResidentId(const QString &id18);
    static bool isValidLegacyResidentId(const QString &id15);
    static bool passesLuhn(const QString &digits);
};

} // namespace ab
