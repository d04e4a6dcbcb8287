#include "jsonlineparser.h"

#include "utf8.h"

#include <QCoreApplication>
#include <cstring>

namespace ab::intake {

namespace {

// Deep nesting has no place in a record; the bound keeps a hostile line from
// exhausting the stack.
constexpr int kMaxDepth = 64;

class Parser
{
public:
    Parser(const char *data, qsizetype size) : m_begin(data), m_p(data), m_end(data + size) {}

    bool record(RawRecord &out);
    JsonLineParser::Problem problem() const { return m_problem; }

private:
    bool fail(const char *message, const char *at = nullptr)
    {
        if (m_problem.message.isEmpty()) {
            m_problem.message = QCoreApplication::translate("Intake", message);
            m_problem.field = m_field ? QString::fromUtf8(*m_field) : QString();
            m_problem.column = ((at ? at : m_p) - m_begin) + 1;
        }
        return false;
    }
    bool failEnd()
    {
        return fail(
            QT_TRANSLATE_NOOP("Intake", "the line ends inside the JSON object (is it truncated?)"));
    }
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\r' || *m_p == '\n'))
            ++m_p;
    }
    bool expect(char c, const char *message)
    {
        skipSpace();
        if (m_p >= m_end)
            return failEnd();
        if (*m_p != c)
            return fail(message);
        ++m_p;
        return true;
    }
    bool string(QByteArray &out);
    bool escape(QByteArray &out);
    bool number(QByteArray &out);
    bool literal(const char *word, qsizetype length);
    bool value(RawField &field);
    bool array(RawField &field);
    bool skipValue(int depth);

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    JsonLineParser::Problem m_problem;
    const QByteArray *m_field = nullptr; // valid while its value is read
};

bool Parser::record(RawRecord &out)
{
    out.clear();
    skipSpace();
    if (m_p >= m_end || *m_p != '{')
        return fail(QT_TRANSLATE_NOOP("Intake", "a line must hold one JSON object"));
    ++m_p;
    skipSpace();
    if (m_p < m_end && *m_p == '}') {
        ++m_p;
    } else {
        for (;;) {
            skipSpace();
            if (m_p >= m_end)
                return failEnd();
            if (*m_p != '"')
                return fail(QT_TRANSLATE_NOOP("Intake", "expected a member name in quotes"));
            const char *nameAt = m_p;
            RawField &field = out.add();
            if (!string(field.name))
                return false;
            for (int i = 0; i + 1 < out.size(); ++i)
                if (out.at(i).name == field.name)
                    return fail(QT_TRANSLATE_NOOP("Intake", "the member appears twice"), nameAt);
            m_field = &field.name;
            if (!expect(':', QT_TRANSLATE_NOOP("Intake", "expected ':' after the member name")))
                return false;
            skipSpace();
            if (!value(field))
                return false;
            m_field = nullptr;
            skipSpace();
            if (m_p >= m_end)
                return failEnd();
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == '}') {
                ++m_p;
                break;
            }
            return fail(QT_TRANSLATE_NOOP("Intake", "expected ',' or '}'"));
        }
    }
    skipSpace();
    if (m_p != m_end)
        return fail(QT_TRANSLATE_NOOP("Intake", "unexpected text after the JSON object"));
    return true;
}

bool Parser::string(QByteArray &out)
{
    out.resize(0);
    ++m_p; // the opening quote
    for (;;) {
        // Copy the plain run up to the next quote, backslash or control byte.
        const char *run = m_p;
        while (m_p < m_end && *m_p != '"' && *m_p != '\\' &&
               static_cast<unsigned char>(*m_p) >= 0x20)
            ++m_p;
        if (m_p > run) {
            const qsizetype valid = utf8::validPrefix(run, m_p - run);
            if (valid != m_p - run)
                return fail(QT_TRANSLATE_NOOP("Intake", "invalid UTF-8"), run + valid);
            out.append(run, m_p - run);
        }
        if (m_p >= m_end)
            return failEnd();
        if (*m_p == '"') {
            ++m_p;
            return true;
        }
        if (*m_p == '\\') {
            if (!escape(out))
                return false;
            continue;
        }
        return fail(QT_TRANSLATE_NOOP("Intake", "a control character must be escaped in a string"));
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

bool Parser::escape(QByteArray &out)
{
    const char *at = m_p;
    ++m_p; // the backslash
    if (m_p >= m_end)
        return failEnd();
    const char c = *m_p++;
    switch (c) {
    case '"':
        out.append('"');
        return true;
    case '\\':
        out.append('\\');
        return true;
    case '/':
        out.append('/');
        return true;
    case 'b':
        out.append('\b');
        return true;
    case 'f':
        out.append('\f');
        return true;
    case 'n':
        out.append('\n');
        return true;
    case 'r':
        out.append('\r');
        return true;
    case 't':
        out.append('\t');
        return true;
    case 'u':
        break;
    default:
        return fail(QT_TRANSLATE_NOOP("Intake", "unknown escape sequence"), at);
    }
    auto hex4 = [this](char32_t &value) {
        if (m_end - m_p < 4)
            return false;
        value = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(m_p[i]);
            if (h < 0)
                return false;
            value = value * 16 + char32_t(h);
        }
        m_p += 4;
        return true;
    };
    char32_t cp = 0;
    if (!hex4(cp))
        return fail(QT_TRANSLATE_NOOP("Intake", "\\u must be followed by four hex digits"), at);
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        char32_t low = 0;
        if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
            return fail(QT_TRANSLATE_NOOP("Intake", "a lone UTF-16 surrogate is not a character"),
                        at);
        m_p += 2;
        if (!hex4(low) || low < 0xDC00 || low > 0xDFFF)
            return fail(QT_TRANSLATE_NOOP("Intake", "a lone UTF-16 surrogate is not a character"),
                        at);
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
        return fail(QT_TRANSLATE_NOOP("Intake", "a lone UTF-16 surrogate is not a character"), at);
    } else if (cp == 0) {
        // SQLite and Qt treat NUL as the end of a text; it cannot be kept.
        return fail(QT_TRANSLATE_NOOP("Intake", "a NUL character (\\u0000) is not allowed"), at);
    }
    appendUtf8(out, cp);
    return true;
}

bool Parser::number(QByteArray &out)
{
    const char *start = m_p;
    auto digits = [this] {
        const char *s = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
            ++m_p;
        return m_p > s;
    };
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    if (m_p < m_end && *m_p == '0') {
        ++m_p;
    } else if (!digits()) {
        return fail(QT_TRANSLATE_NOOP("Intake", "not a valid JSON value"), start);
    }
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        if (!digits())
            return fail(QT_TRANSLATE_NOOP("Intake", "a number needs digits after '.'"), start);
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (!digits())
            return fail(QT_TRANSLATE_NOOP("Intake", "a number needs digits in its exponent"),
                        start);
    }
    out = QByteArray(start, m_p - start);
    return true;
}

bool Parser::literal(const char *word, qsizetype length)
{
    if (m_end - m_p < length || std::memcmp(m_p, word, size_t(length)) != 0)
        return fail(QT_TRANSLATE_NOOP("Intake", "not a valid JSON value"));
    m_p += length;
    return true;
}

bool Parser::value(RawField &field)
{
    if (m_p >= m_end)
        return failEnd();
    switch (*m_p) {
    case '"':
        field.kind = RawField::Kind::String;
        return string(field.text);
    case '[':
        field.kind = RawField::Kind::Array;
        return array(field);
    case '{':
        field.kind = RawField::Kind::Object;
        return skipValue(1);
    case 't':
        field.kind = RawField::Kind::Bool;
        field.text = QByteArrayLiteral("true");
        return literal("true", 4);
    case 'f':
        field.kind = RawField::Kind::Bool;
        field.text = QByteArrayLiteral("false");
        return literal("false", 5);
    case 'n':
        field.kind = RawField::Kind::Null;
        return literal("null", 4);
    default:
        field.kind = RawField::Kind::Number;
        return number(field.text);
    }
}

bool Parser::array(RawField &field)
{
    ++m_p; // '['
    skipSpace();
    if (m_p < m_end && *m_p == ']') {
        ++m_p;
        return true;
    }
    for (;;) {
        skipSpace();
        if (m_p >= m_end)
            return failEnd();
        if (*m_p == '"') {
            QByteArray item;
            if (!string(item))
                return false;
            field.items.append(std::move(item));
        } else {
            field.itemsAreStrings = false;
            if (!skipValue(2))
                return false;
        }
        skipSpace();
        if (m_p >= m_end)
            return failEnd();
        if (*m_p == ',') {
            ++m_p;
            continue;
        }
        if (*m_p == ']') {
            ++m_p;
            return true;
        }
        return fail(QT_TRANSLATE_NOOP("Intake", "expected ',' or ']'"));
    }
}

bool Parser::skipValue(int depth)
{
    if (depth > kMaxDepth)
        return fail(QT_TRANSLATE_NOOP("Intake", "values are nested too deeply"));
    skipSpace();
    if (m_p >= m_end)
        return failEnd();
    QByteArray scratch;
    const char c = *m_p;
    if (c == '"')
        return string(scratch);
    if (c == 't')
        return literal("true", 4);
    if (c == 'f')
        return literal("false", 5);
    if (c == 'n')
        return literal("null", 4);
    if (c != '{' && c != '[')
        return number(scratch);
    const char close = c == '{' ? '}' : ']';
    ++m_p;
    skipSpace();
    if (m_p < m_end && *m_p == close) {
        ++m_p;
        return true;
    }
    for (;;) {
        skipSpace();
        if (c == '{') {
            if (m_p >= m_end)
                return failEnd();
            if (*m_p != '"')
                return fail(QT_TRANSLATE_NOOP("Intake", "expected a member name in quotes"));
            if (!string(scratch) ||
                !expect(':', QT_TRANSLATE_NOOP("Intake", "expected ':' after the member name")))
                return false;
        }
        if (!skipValue(depth + 1))
            return false;
        skipSpace();
        if (m_p >= m_end)
            return failEnd();
        if (*m_p == ',') {
            ++m_p;
            continue;
        }
        if (*m_p == close) {
            ++m_p;
            return true;
        }
        return fail(c == '{' ? QT_TRANSLATE_NOOP("Intake", "expected ',' or '}'")
                             : QT_TRANSLATE_NOOP("Intake", "expected ',' or ']'"));
    }
}

} // namespace

bool JsonLineParser::parse(const char *data, qsizetype size, RawRecord &out, Problem &problem)
{
    Parser parser(data, size);
    if (parser.record(out))
        return true;
    problem = parser.problem();
    return false;
}

} // namespace ab::intake
