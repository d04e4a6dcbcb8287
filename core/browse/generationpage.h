#pragma once

#include "util/result.h"

#include <QString>
#include <QVector>

namespace ab {

class Database;

// One row of the Generations list: what the list shows, not the full texts.
struct GenerationRow
{
    QString id;
    QString flaggedAt; // stored UTC form
    QString provider;  // provider name
    QString model;     // "name version"
    QString category;  // TC260 code
    QString severity;
    QString flagSource;
    QString modality;
    QString prompt; // the first characters only
};

// Keyset position in the flagged-at order (newest first): the last row seen.
struct GenerationCursor
{
    QString flaggedAt;
    QString id;
    bool isStart() const { return id.isEmpty(); }
};

// Reads the Generations list in keyset windows ordered by flagged-at, newest
// first, so that a page costs the same at row 10 and at row 1,000,000.
class GenerationPages
{
public:
    static constexpr int kPromptExcerpt = 120;

    static Result<QVector<GenerationRow>> fetch(Database &db, const GenerationCursor &after,
                                                int limit);
};

} // namespace ab
