#include "privacy/piimasker.h"

#include <QDate>
#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

namespace ab {

namespace {

int digitAt(const QString &s, qsizetype i)
{
    return s.at(i).unicode() - u'0';
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

QString onlyDigits(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s)
        if (isAsciiDigit(c))
            out += c;
    return out;
}

// Replaces the digits of `value` from digit index `keepHead` up to (not
// including) the last `keepTail` digits with '*', keeping separators.
QString starDigits(const QString &value, int keepHead, int keepTail)
{
    // An ID's check character X counts as a digit here.
    const auto isDigitLike = [](QChar c) {
        return isAsciiDigit(c) || c == u'X' || c == u'x';
    };
    const auto total = std::count_if(value.cbegin(), value.cend(), isDigitLike);
    QString out = value;
    qsizetype seen = 0;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (!isDigitLike(out.at(i)))
            continue;
        if (seen >= keepHead && seen < total - keepTail)
            out[i] = u'*';
        ++seen;
    }
    return out;
}

// A candidate pattern, tried in order: the earlier a pattern, the stronger
// its claim on a span (a valid ID number is not also a bank card).
struct Pattern
{
    PiiKind kind;
    QRegularExpression re;
};

const std::array<Pattern, 6> &patterns()
{
    // (?<!\d) / (?!\d) instead of \b: "号码13800138000。" has no word boundary
    // before the digits, and \b would also split "ID110105…".
    static const std::array<Pattern, 6> list{{
        {PiiKind::Email, QRegularExpression(QStringLiteral(
                             "(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+"
                             "(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}"))},
        {PiiKind::ResidentId,
         QRegularExpression(QStringLiteral("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])"))},
        {PiiKind::BankCard,
         QRegularExpression(QStringLiteral("(?<![0-9])(?:[0-9]{16,19}|[0-9]{4}(?:[ \\-][0-9]{4}){3}"
                                           "(?:[ \\-]?[0-9]{1,3})?)(?![0-9])"))},
        {PiiKind::LegacyResidentId,
         QRegularExpression(QStringLiteral("(?<![0-9])[0-9]{15}(?![0-9])"))},
        {PiiKind::Mobile,
         QRegularExpression(QStringLiteral("(?<![0-9+])(?:\\+?86[ \\-]?)?1[3-9][0-9](?:[0-9]{8}|"
                                           "[ \\-][0-9]{4}[ \\-][0-9]{4})(?![0-9])"))},
        {PiiKind::Landline, QRegularExpression(QStringLiteral(
                                "(?<![0-9])(?:\\(0[0-9]{2,3}\\)|0(?:10|2[0-9]|[3-9][0-9]{"
                                "2}))[ \\-]?[2-9][0-9]{6,7}(?![0-9])"))},
    }};
    return list;
}

bool validBirthDate(int year, int month, int day)
{
    const QDate date(year, month, day);
    return date.isValid() && year >= 1900 && date <= QDate::currentDate();
}

QString maskEmail(const QString &email)
{
    const qsizetype at = email.indexOf(u'@');
    return email.left(1) + QStringLiteral("***") + email.mid(at);
}

std::optional<QString> maskedForm(PiiKind kind, const QString &value)
{
    switch (kind) {
    case PiiKind::Email:
        return maskEmail(value);
    case PiiKind::ResidentId:
        if (!PiiMasker::isValidResidentId(value))
            return std::nullopt;
        return starDigits(value, 6, 4); // 110105********002X
    case PiiKind::LegacyResidentId:
        if (!PiiMasker::isValidLegacyResidentId(value))
            return std::nullopt;
        return starDigits(value, 6, 3); // 110105******123
    case PiiKind::BankCard: {
        const QString digits = onlyDigits(value);
        if (digits.size() < 16 || digits.size() > 19 || !PiiMasker::passesLuhn(digits))
            return std::nullopt;
        return starDigits(value, 6, 4); // 622202*********7890
    }
    case PiiKind::Mobile: {
        // Keep a +86 prefix as written; mask digits 4–7 of the number itself.
        const QString digits = onlyDigits(value);
        const int prefix = digits.size() == 13 ? 2 : 0;
        return starDigits(value, prefix + 3, 4); // 138****8000
    }
    case PiiKind::Landline: {
        // The area code stays; the subscriber number keeps its last four.
        const QString digits = onlyDigits(value);
        const bool shortArea =
            value.startsWith(QStringLiteral("010")) || value.startsWith(QStringLiteral("(010")) ||
            value.startsWith(QStringLiteral("02")) || value.startsWith(QStringLiteral("(02"));
        return starDigits(value, shortArea ? 3 : 4, 4); // 010-****5678
    }
    }
    return std::nullopt;
}

} // namespace

bool PiiMasker::isValidResidentId(const QString &id)
{
    static constexpr std::array<int, 17> weights{7, 9, 10, 5,  8, 4, 2, 1, 6,
                                                 3, 7, 9,  10, 5, 8, 4, 2};
    static constexpr char checks[] = "10X98765432";
    if (id.size() != 18)
        return false;
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!isAsciiDigit(id.at(i)))
            return false;
        sum += digitAt(id, i) * weights[i];
    }
    if (id.at(17).toUpper() != QChar::fromLatin1(checks[sum % 11]))
        return false;
    return validBirthDate(id.mid(6, 4).toInt(), id.mid(10, 2).toInt(), id.mid(12, 2).toInt());
}

bool PiiMasker::isValidLegacyResidentId(const QString &id)
{
    if (id.size() != 15)
        return false;
    for (QChar c : id)
        if (!isAsciiDigit(c))
            return false;
    // Legacy numbers carry a two-digit year of the 20th century.
    return validBirthDate(1900 + id.mid(6, 2).toInt(), id.mid(8, 2).toInt(), id.mid(10, 2).toInt());
}

bool PiiMasker::passesLuhn(const QString &digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (!isAsciiDigit(digits.at(i)))
            return false;
        int d = digitAt(digits, i);
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

bool PiiMasker::mayContain(QStringView text)
{
    // Fast path (most cells of a report are dates and codes): every kind
    // needs an '@' or at least ten digits (the shortest landline, 010 + 7).
    qsizetype digits = 0;
    for (QChar c : text) {
        if (c == u'@')
            return true;
        if (isAsciiDigit(c) && ++digits >= 10)
            return true;
    }
    return false;
}

bool PiiMasker::mayContain(QByteArrayView utf8)
{
    // ASCII digits and '@' are single bytes in UTF-8 and never part of a
    // longer sequence, so counting bytes counts the same characters. Eight
    // bytes at a time: a report asks this of nearly every cell it writes.
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    constexpr quint64 kHigh = 0x8080808080808080ULL;
    constexpr quint64 kLow7 = 0x7f7f7f7f7f7f7f7fULL;
    qsizetype digits = 0;
    qsizetype i = 0;
    for (; i + 8 <= utf8.size(); i += 8) {
        quint64 word;
        std::memcpy(&word, utf8.data() + i, 8);
        // A byte equal to '@' is a zero byte after the XOR.
        const quint64 at = word ^ (kOnes * '@');
        if (((at - kOnes) & ~at & kHigh) != 0)
            return true;
        // The high bit of each byte from '0' to '9': below ('9' + 1), above
        // ('0' - 1), and ASCII (bytes of 0x80 and up are never digits). No
        // byte carries into the next, so each flag is exact.
        const quint64 low = word & kLow7;
        const quint64 isDigit =
            ((kOnes * (127 + '9' + 1)) - low) & ~word & (low + kOnes * (127 - ('0' - 1))) & kHigh;
        // The flags summed into the top byte (at most 8: no overflow).
        digits += qsizetype((((isDigit >> 7) * kOnes) >> 56));
        if (digits >= 10)
            return true;
    }
    for (char c : utf8.sliced(i)) {
        if (c == '@')
            return true;
        if (c >= '0' && c <= '9' && ++digits >= 10)
            return true;
    }
    return false;
}

QVector<PiiMatch> PiiMasker::find(const QString &text)
{
    QVector<PiiMatch> found;
    if (!mayContain(text))
        return found;
    const auto overlaps = [&found](qsizetype start, qsizetype length) {
        return std::any_of(found.cbegin(), found.cend(), [&](const PiiMatch &m) {
            return start < m.start + m.length && m.start < start + length;
        });
    };
    // What each kind needs at the least, so that a text is not run through
    // patterns that cannot match it: an e-mail an '@'; ID numbers a run of
    // 17 (15) digits; a card 16 digits, a mobile 11, a landline 10.
    bool at = false;
    qsizetype digits = 0, run = 0, longestRun = 0;
    for (QChar c : text) {
        at = at || c == u'@';
        if (isAsciiDigit(c)) {
            ++digits;
            longestRun = std::max(longestRun, ++run);
        } else {
            run = 0;
        }
    }
    const auto possible = [&](PiiKind kind) {
        switch (kind) {
        case PiiKind::Email:
            return at;
        case PiiKind::ResidentId:
            return longestRun >= 17;
        case PiiKind::LegacyResidentId:
            return longestRun >= 15;
        case PiiKind::BankCard:
            return digits >= 16;
        case PiiKind::Mobile:
            return digits >= 11;
        case PiiKind::Landline:
            return digits >= 10;
        }
        return true;
    };
    for (const Pattern &p : patterns()) {
        if (!possible(p.kind))
            continue;
        auto it = p.re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (overlaps(m.capturedStart(), m.capturedLength()))
                continue;
            if (auto masked = maskedForm(p.kind, m.captured()))
                found.append({p.kind, m.capturedStart(), m.capturedLength(), *masked});
        }
    }
    std::sort(found.begin(), found.end(),
              [](const PiiMatch &a, const PiiMatch &b) { return a.start < b.start; });
    return found;
}

QString PiiMasker::mask(const QString &text)
{
    const QVector<PiiMatch> found = find(text);
    if (found.isEmpty())
        return text;
    QString out = text;
    for (auto it = found.crbegin(); it != found.crend(); ++it)
        out.replace(it->start, it->length, it->masked);
    return out;
}

QString PiiMasker::maskName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    // Keep the first character whole even when it is a surrogate pair.
    const qsizetype head = trimmed.at(0).isHighSurrogate() && trimmed.size() > 1 ? 2 : 1;
    return trimmed.left(head) + QString(std::max<qsizetype>(1, trimmed.size() - head), u'*');
}

QString PiiMasker::maskContact(const QString &contact)
{
    // Values keep their recognisable masked form; every other word holding a
    // letter (a name, a handle) is masked as a name, so that nothing of a
    // complainant's contact survives whole.
    static const QRegularExpression word(QStringLiteral("[^\\s,;，；、:：()（）]+"));
    const QVector<PiiMatch> found = find(contact);
    QString out;
    qsizetype pos = 0;
    const auto maskWords = [&out](const QString &segment) {
        qsizetype last = 0;
        auto it = word.globalMatch(segment);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out += segment.mid(last, m.capturedStart() - last);
            const QString w = m.captured();
            const bool hasLetter =
                std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); });
            out += hasLetter ? maskName(w) : w;
            last = m.capturedEnd();
        }
        out += segment.mid(last);
    };
    for (const PiiMatch &m : found) {
        maskWords(contact.mid(pos, m.start - pos));
        out += m.masked;
        pos = m.start + m.length;
    }
    maskWords(contact.mid(pos));
    return out;
}

} // namespace ab
