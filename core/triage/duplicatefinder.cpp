#include "duplicatefinder.h"

#include "storage/database.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace ab {

namespace {

struct Candidate
{
    QString id;
    QString receivedAt;
    QString status;
    QString duplicateOf;
    QString text;
};

Candidate readCandidate(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString()};
}

const QString kColumns = QStringLiteral("SELECT c.id, c.received_at, c.status, "
                                        "coalesce(c.duplicate_of, ''), c.text FROM complaints c ");

} // namespace

Result<QVector<DuplicateSuggestion>>
DuplicateFinder::suggest(Database &db, const QString &complaintId, const DuplicateOptions &options)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(kColumns + QStringLiteral("WHERE c.id = ?"));
    q.addBindValue(complaintId);
    if (!q.exec())
        return db.sqlError(QStringLiteral("complaint"), q);
    if (!q.next())
        return Error{QCoreApplication::translate("DuplicateFinder", "there is no complaint \"%1\"")
                         .arg(complaintId),
                     {},
                     0,
                     QStringLiteral("complaint")};
    const Candidate self = readCandidate(q);
    q.finish();

    QHash<QString, Candidate> candidates;
    QSet<QString> sameGeneration;
    q.prepare(kColumns +
              QStringLiteral("JOIN complaint_generations b ON b.complaint_id = c.id "
                             "JOIN complaint_generations a ON a.generation_id = b.generation_id "
                             "WHERE a.complaint_id = ? AND c.id <> a.complaint_id LIMIT 200"));
    q.addBindValue(complaintId);
    if (!q.exec())
        return db.sqlError(QStringLiteral("duplicate candidates"), q);
    while (q.next()) {
        Candidate c = readCandidate(q);
        sameGeneration.insert(c.id);
        candidates.insert(c.id, std::move(c));
    }

    const auto at = time::fromStored(self.receivedAt);
    if (at) {
        const QString from = time::toStored(at->addDays(-options.windowDays));
        const QString to = time::toStored(at->addDays(options.windowDays));
        const int half = std::max(1, options.maxCandidates / 2);
        // Nearest in time on each side of the complaint, through the
        // (received_at, id) index.
        for (const QString &side :
             {QStringLiteral("WHERE c.received_at <= ? AND c.received_at >= ? AND c.id <> ? "
                             "ORDER BY c.received_at DESC, c.id DESC LIMIT ?"),
              QStringLiteral("WHERE c.received_at > ? AND c.received_at <= ? AND c.id <> ? "
                             "ORDER BY c.received_at, c.id LIMIT ?")}) {
            const bool before = side.contains(QLatin1String("DESC"));
            q.prepare(kColumns + side);
            q.addBindValue(self.receivedAt);
            q.addBindValue(before ? from : to);
            q.addBindValue(complaintId);
            q.addBindValue(half);
            if (!q.exec())
                return db.sqlError(QStringLiteral("duplicate candidates"), q);
            while (q.next()) {
                Candidate c = readCandidate(q);
                candidates.insert(c.id, std::move(c));
            }
        }
    }

    const QString norm = TextSimilarity::normalize(self.text);
    const int k = TextSimilarity::shingleSize(norm);
    const QVector<quint32> mine = TextSimilarity::shingles(norm, k);
    QVector<DuplicateSuggestion> out;
    for (const Candidate &c : std::as_const(candidates)) {
        const double sim = TextSimilarity::jaccard(
            mine, TextSimilarity::shingles(TextSimilarity::normalize(c.text), k));
        const bool same = sameGeneration.contains(c.id);
        if (!same && sim < options.threshold)
            continue;
        out.push_back({c.id, c.receivedAt, c.status, c.duplicateOf, c.text, sim, same});
    }
    std::sort(out.begin(), out.end(),
              [](const DuplicateSuggestion &a, const DuplicateSuggestion &b) {
                  if (a.similarity != b.similarity)
                      return a.similarity > b.similarity;
                  if (a.sameGeneration != b.sameGeneration)
                      return a.sameGeneration;
                  return a.receivedAt < b.receivedAt;
              });
    if (out.size() > options.limit)
        out.resize(options.limit);
    return out;
}

} // namespace ab
