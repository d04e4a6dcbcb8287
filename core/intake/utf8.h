#pragma once

#include <QtGlobal>

namespace ab::intake::utf8 {

// Length of the longest well-formed UTF-8 prefix of [data, data + size)
// (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
// Equal to `size` when all of it is valid.
qsizetype validPrefix(const char *data, qsizetype size);

inline bool isValid(const char *data, qsizetype size)
{
    return validPrefix(data, size) == size;
}

} // namespace ab::intake::utf8
