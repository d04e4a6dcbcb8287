#pragma once

#include "rawrecord.h"

#include <QString>

namespace ab::intake {

// Reads one line of a JSON Lines file: exactly one JSON object (RFC 8259,
// strict) whose members become RawFields. Nested objects and arrays are
// checked for syntax and reported by kind; strings come out as UTF-8 with
// escapes resolved. Written for this format rather than QJsonDocument because
// it is the hot loop of an import (a million lines), because it must name the
// column of a syntax error, and because it keeps the parsed texts as UTF-8,
// the form they are stored in.
class JsonLineParser
{
public:
    struct Problem
    {
        QString message;      // translated
        QString field;        // the member whose value was being read, if any
        qsizetype column = 0; // 1-based byte column
    };

    // Parses [data, data + size) (the line without its line break). On failure
    // returns false with `problem` set; `out` then holds what was read so far.
    static bool parse(const char *data, qsizetype size, RawRecord &out, Problem &problem);
};

} // namespace ab::intake
