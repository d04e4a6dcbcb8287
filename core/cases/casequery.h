#pragma once

#include "cases/casetypes.h"
#include "util/result.h"

#include <QDate>
#include <QTimeZone>

namespace ab {

class Database;

// Reads review cases (CaseService changes them). Everything a case page
// shows is bounded by the size of one case; the list is read in keyset pages.
class CaseQuery
{
public:
    static Result<CaseRecord> find(Database &db, qint64 caseId);
    static Result<CaseRecord> findByNumber(Database &db, const QString &number);

    static Result<QVector<CaseItemRow>> items(Database &db, qint64 caseId, const QDate &asOf,
                                              int dueSoonDays, const QTimeZone &zone);
    // The TC260 codes of the case's items (a complaint through the
    // generations it is linked to), each once, in code order.
    static Result<QStringList> categories(Database &db, qint64 caseId);
    // The earliest deadline among the items that are still open.
    static Result<CaseDeadline> deadline(Database &db, qint64 caseId, const QDate &asOf);
    // Items neither remediated nor verified (what blocks closing without an
    // exception). A complaint without a deadline counts as done once resolved.
    static Result<QVector<ItemRef>> unremediatedItems(Database &db, qint64 caseId);

    static Result<QVector<CaseNote>> notes(Database &db, qint64 caseId);
    static Result<QVector<CaseEvidence>> evidence(Database &db, qint64 caseId);
    // The case's own events merged with the audit entries of its items
    // (complaint triage, deadline changes), oldest first.
    static Result<QVector<CaseEvent>> timeline(Database &db, qint64 caseId);

    // One page of the Cases list, newest first.
    static Result<QVector<CaseListRow>> page(Database &db, const CaseFilter &filter,
                                             const CaseCursor &after, int limit,
                                             const QDate &today);
    // Cases whose number or title contains `text`, open ones first.
    static Result<QVector<CaseListRow>> search(Database &db, const QString &text, int limit);

    // Every provider as (id, name), by name: the choices of the provider field.
    static Result<QVector<std::pair<QString, QString>>> providers(Database &db);

    // "generation:ID", "complaint:ID", or a bare ID found in exactly one of
    // the two tables.
    static Result<ItemRef> resolveItem(Database &db, const QString &text);

    // The fields the audit trail records of a case.
    static QJsonObject toJson(const CaseRecord &record);
    // SQL condition: the deadlines row `alias` still needs work.
    static QString openDeadlineSql(const QString &alias);
};

} // namespace ab
