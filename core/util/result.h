#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace ab {

// A problem a user can cause or meet (a bad file, a bad value, a missing
// permission). The message is already translated; file/line/field point at the
// place so that the user can find and fix it.
struct Error
{
    QString message;
    QString file;  // empty when not about a file
    int line = 0;  // 1-based, 0 when not about a line
    QString field; // empty when not about a field

    // "FILE:LINE: field: message", leaving out the parts that are unknown.
    QString toString() const
    {
        QString out;
        if (!file.isEmpty()) {
            out += file;
            if (line > 0)
                out += QLatin1Char(':') + QString::number(line);
            out += QStringLiteral(": ");
        }
        if (!field.isEmpty())
            out += field + QStringLiteral(": ");
        return out + message;
    }
};

// Either a value or an Error; the small std::expected this code base needs
// (std::expected is C++23 and g++ 12 does not ship it).
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }

    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

// For operations that return nothing but may fail.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace ab
