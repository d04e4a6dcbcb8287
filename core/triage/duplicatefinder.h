#pragma once

#include "triage/textsimilarity.h"
#include "util/result.h"

#include <QString>
#include <QVector>

namespace ab {

class Database;

// A complaint that may be the same as the one being triaged.
struct DuplicateSuggestion
{
    QString complaintId;
    QString receivedAt;
    QString status;
    QString duplicateOf; // when it is itself a duplicate
    QString text;
    double similarity = 0.0;     // Jaccard index of the shingle sets
    bool sameGeneration = false; // linked to a generation the complaint is linked to
};

struct DuplicateOptions
{
    double threshold = TextSimilarity::kDefaultThreshold;
    // Text candidates are the complaints received closest in time, within
    // this many days either side and at most maxCandidates of them: repeat
    // complaints come in close together, and this bounds the work at any
    // size of workspace.
    int windowDays = 30;
    int maxCandidates = 4000;
    int limit = 8;
};

// Suggests duplicates of a complaint: those linked to the same generation,
// and those whose text is near-identical (see TextSimilarity). Most similar
// first; the same-generation ones first among equals.
class DuplicateFinder
{
public:
    static Result<QVector<DuplicateSuggestion>> suggest(Database &db, const QString &complaintId,
                                                        const DuplicateOptions &options = {});
};

} // namespace ab
