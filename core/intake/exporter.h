#pragma once

#include "recordformat.h"
#include "util/result.h"

#include <QString>
#include <optional>

class QIODevice;

namespace ab {
class Workspace;
}

namespace ab::intake {

// Writes a workspace's records in the interchange format (JSON Lines), in a
// fixed order: by record type as RecordFormat lists them, then by id (edges
// and re-tests by their fields); members in the order of the format, lists
// sorted, absent values left out. The same content always gives the same
// bytes, and what an import reads back exports again byte for byte.
class Exporter
{
public:
    // Returns the number of records written.
    static Result<qint64> write(Workspace &workspace, QIODevice &out,
                                std::optional<RecordType> only = std::nullopt);
    // To a file, replaced only once complete (QSaveFile).
    static Result<qint64> writeFile(Workspace &workspace, const QString &path,
                                    std::optional<RecordType> only = std::nullopt);

    // A JSON string literal for UTF-8 `text` (used by tests and tools too).
    static void appendJsonString(QByteArray &out, QByteArrayView text);
};

} // namespace ab::intake
