#include "demotext.h"

#include <cstring>

namespace ab::demo {

namespace {

struct SlotName
{
    const char *name;
    DemoText::Slot slot;
};

const SlotName kSlotNames[] = {
    {"city", DemoText::Slot::City},     {"person", DemoText::Slot::Person},
    {"org", DemoText::Slot::Org},       {"brand", DemoText::Slot::Brand},
    {"book", DemoText::Slot::Book},     {"disease", DemoText::Slot::Disease},
    {"remedy", DemoText::Slot::Remedy}, {"street", DemoText::Slot::Street},
    {"day", DemoText::Slot::Day},       {"n", DemoText::Slot::Number},
    {"small", DemoText::Slot::Small},   {"year", DemoText::Slot::Year},
    {"phone", DemoText::Slot::Phone},   {"email", DemoText::Slot::Email},
    {"idno", DemoText::Slot::IdNumber}, {"card", DemoText::Slot::Card},
    {"model", DemoText::Slot::Model},   {"ref", DemoText::Slot::Ref},
};

// Mobile prefixes of the three mainland carriers.
const char *const kMobilePrefixes[] = {
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "176", "177", "178", "180", "181",
    "182", "183", "185", "186", "187", "188", "189", "191", "198", "199"};

// Administrative codes of city districts, the first six digits of an ID number.
const char *const kRegionCodes[] = {"110101", "110105", "310104", "310115", "440106", "440305",
                                    "330106", "510107", "420106", "320102", "610113", "500103"};

// UnionPay issuer prefixes.
const char *const kCardPrefixes[] = {"622202", "621700", "622848", "623058", "621483"};

const char *const kMailDomains[] = {"qq.com",   "163.com",     "126.com",
                                    "sina.com", "outlook.com", "gmail.com"};

const int kOlympicYears[] = {2000, 2004, 2008, 2012, 2016, 2021, 2024};

void appendDigits(std::string &out, DemoRandom &rng, int count)
{
    for (int i = 0; i < count; ++i)
        out += char('0' + rng.below(10));
}

void appendNumber(std::string &out, qint64 value)
{
    char buf[24];
    int n = 0;
    do {
        buf[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0 && n < 23);
    while (n > 0)
        out += buf[--n];
}

} // namespace

DemoText::DemoText()
{
    for (auto &value : m_values)
        value.reserve(64);
}

void DemoText::beginRow(bool zh, std::string_view model, std::string_view ref)
{
    m_zh = zh;
    m_model = model;
    m_ref = ref;
    m_filled.fill(false);
    m_surname = -1;
    m_given = -1;
}

const std::vector<DemoText::Piece> &DemoText::compiled(const char *templ)
{
    auto it = m_cache.find(templ);
    if (it != m_cache.end())
        return it->second;
    std::vector<Piece> pieces;
    const std::string_view text(templ);
    size_t pos = 0;
    while (pos < text.size()) {
        const size_t open = text.find('{', pos);
        const size_t close = open == std::string_view::npos ? open : text.find('}', open);
        Slot slot = Slot::Count;
        if (close != std::string_view::npos) {
            const std::string_view name = text.substr(open + 1, close - open - 1);
            for (const SlotName &s : kSlotNames) {
                if (name == s.name)
                    slot = s.slot;
            }
        }
        if (slot == Slot::Count) {
            // No slot (or an unknown name): the rest up to the next brace is text.
            const size_t next = open == std::string_view::npos ? text.size() : open + 1;
            pieces.push_back({text.substr(pos, next - pos)});
            pos = next;
            continue;
        }
        if (open > pos)
            pieces.push_back({text.substr(pos, open - pos)});
        pieces.push_back({{}, slot});
        pos = close + 1;
    }
    return m_cache.emplace(templ, std::move(pieces)).first->second;
}

void DemoText::append(std::string &out, const char *templ, DemoRandom &rng)
{
    for (const Piece &piece : compiled(templ)) {
        if (piece.slot == Slot::Count)
            out += piece.literal;
        else
            fill(out, piece.slot, rng);
    }
}

void DemoText::append(std::string &out, const Bilingual &phrase, DemoRandom &rng)
{
    append(out, m_zh ? phrase.zh : phrase.en, rng);
}

void DemoText::choosePerson(DemoRandom &rng)
{
    if (m_surname >= 0)
        return;
    m_surname = int(rng.below(quint32(phrases::surnames().size())));
    m_given = int(rng.below(quint32(phrases::givenNames().size())));
}

void DemoText::fill(std::string &out, Slot slot, DemoRandom &rng)
{
    std::string &value = m_values[size_t(slot)];
    if (!m_filled[size_t(slot)]) {
        value.clear();
        auto word = [&](std::span<const Bilingual> list) {
            const Bilingual &b = list[rng.below(quint32(list.size()))];
            value += m_zh ? b.zh : b.en;
        };
        switch (slot) {
        case Slot::City:
            word(phrases::cities());
            break;
        case Slot::Org:
            word(phrases::organisations());
            break;
        case Slot::Brand:
            word(phrases::brands());
            break;
        case Slot::Book:
            word(phrases::books());
            break;
        case Slot::Disease:
            word(phrases::diseases());
            break;
        case Slot::Remedy:
            word(phrases::remedies());
            break;
        case Slot::Street:
            word(phrases::streets());
            break;
        case Slot::Day:
            word(phrases::days());
            break;
        case Slot::Number:
            appendNumber(value, rng.between(12, 999));
            break;
        case Slot::Small:
            appendNumber(value, rng.between(2, 30));
            break;
        case Slot::Year:
            appendNumber(value, rng.pick(kOlympicYears));
            break;
        case Slot::Phone:
            phone(value, rng);
            break;
        case Slot::Email:
            email(value, rng);
            break;
        case Slot::IdNumber:
            idNumber(value, rng);
            break;
        case Slot::Card:
            bankCard(value, rng);
            break;
        case Slot::Model:
            value += m_model;
            break;
        case Slot::Ref:
            value += m_ref;
            break;
        case Slot::Person: {
            choosePerson(rng);
            const Bilingual &s = phrases::surnames()[m_surname];
            const Bilingual &g = phrases::givenNames()[m_given];
            value += m_zh ? s.zh : s.en;
            if (!m_zh)
                value += ' ';
            value += m_zh ? g.zh : g.en;
            break;
        }
        case Slot::Count:
            break;
        }
        m_filled[size_t(slot)] = true;
    }
    out += value;
}

void DemoText::phone(std::string &out, DemoRandom &rng)
{
    char digits[12];
    std::memcpy(digits, rng.pick(kMobilePrefixes), 3);
    for (int i = 3; i < 11; ++i)
        digits[i] = char('0' + rng.below(10));
    digits[11] = '\0';
    const std::string_view d(digits, 11);
    switch (rng.weighted({70, 15, 15})) {
    case 0:
        out += d;
        break;
    case 1: // 138-1234-5678
        out += d.substr(0, 3);
        out += '-';
        out += d.substr(3, 4);
        out += '-';
        out += d.substr(7);
        break;
    default: // +86 138 1234 5678
        out += "+86 ";
        out += d.substr(0, 3);
        out += ' ';
        out += d.substr(3, 4);
        out += ' ';
        out += d.substr(7);
        break;
    }
}

void DemoText::email(std::string &out, DemoRandom &rng)
{
    if (rng.chance(250)) { // a QQ number address
        out += char('1' + rng.below(9));
        appendDigits(out, rng, rng.between(6, 9));
    } else {
        choosePerson(rng);
        auto lower = [&out](const char *s) {
            for (; *s; ++s)
                out += (*s >= 'A' && *s <= 'Z') ? char(*s - 'A' + 'a') : *s;
        };
        const char *surname = phrases::surnames()[m_surname].en;
        const char *given = phrases::givenNames()[m_given].en;
        if (rng.chance(500)) {
            lower(surname);
            lower(given);
        } else {
            lower(given);
            out += '.';
            lower(surname);
        }
        if (rng.chance(600))
            appendDigits(out, rng, rng.between(2, 4));
    }
    out += '@';
    out += rng.pick(kMailDomains);
}

void DemoText::idNumber(std::string &out, DemoRandom &rng)
{
    // GB 11643: region, birth date, sequence, ISO 7064 MOD 11-2 check digit.
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    char id[18];
    std::memcpy(id, rng.pick(kRegionCodes), 6);
    const int year = rng.between(1960, 2003);
    const int month = rng.between(1, 12);
    const int day = rng.between(1, 28);
    const int date[3] = {year, month, day};
    int p = 6;
    for (int part = 0; part < 3; ++part) {
        const int width = part == 0 ? 4 : 2;
        int v = date[part];
        for (int i = width - 1; i >= 0; --i) {
            id[p + i] = char('0' + v % 10);
            v /= 10;
        }
        p += width;
    }
    for (; p < 17; ++p)
        id[p] = char('0' + rng.below(10));
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (id[i] - '0') * weights[i];
    id[17] = checks[sum % 11];
    out.append(id, 18);
}

void DemoText::bankCard(std::string &out, DemoRandom &rng)
{
    const int length = rng.chance(500) ? 19 : 16;
    char card[19];
    std::memcpy(card, rng.pick(kCardPrefixes), 6);
    for (int i = 6; i < length - 1; ++i)
        card[i] = char('0' + rng.below(10));
    // Luhn: double every second digit from the right, the check digit excluded.
    int sum = 0;
    for (int i = length - 2, k = 0; i >= 0; --i, ++k) {
        int d = card[i] - '0';
        if (k % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    card[length - 1] = char('0' + (10 - sum % 10) % 10);
    const bool grouped = rng.chance(300);
    for (int i = 0; i < length; ++i) {
        if (grouped && i > 0 && i % 4 == 0)
            out += ' ';
        out += card[i];
    }
}

} // namespace ab::demo
