#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace ab {

class Database;

// A complaint waiting for triage, as the queue lists it.
struct TriageRow
{
    QString id;
    QString receivedAt; // stored UTC
    QString channel;
    QString kind;
    QString request;     // personal-information request, or empty
    QString severity;    // empty until set
    QString responseDue; // recorded feedback deadline 'YYYY-MM-DD', or empty
    QString text;        // the first characters
    // The keyset position of the row (the queue's sort key).
    QString sortDue;
    int severityRank = 0;
};

// Keyset position in the queue order; the start when `id` is empty.
struct TriageCursor
{
    QString sortDue;
    int severityRank = 0;
    QString receivedAt;
    QString id;
    bool isStart() const { return id.isEmpty(); }
    static TriageCursor after(const TriageRow &row)
    {
        return {row.sortDue, row.severityRank, row.receivedAt, row.id};
    }
};

struct TriageLinkedGeneration
{
    QString id;
    QString provider;
    QString model;
    QString category;
    QString severity;
    QString prompt; // excerpts
    QString output;
};

// Everything the triage view shows about one complaint.
struct TriageComplaint
{
    QString id;
    QString receivedAt;
    QString channel;
    QString kind;
    QString text;
    QString contact;
    QString request;
    QString status;
    QString severity;
    QString duplicateOf;
    QString responseDue;
    QString resolution;
    QVector<TriageLinkedGeneration> generations;
    QStringList cases; // numbers of the cases holding it
};

// A generation found by id or text, to link a complaint to.
struct TriageGenerationHit
{
    QString id;
    QString flaggedAt;
    QString category;
    QString severity;
    QString prompt; // excerpts
    QString output;
};

// Reads the triage queue: complaints with status "new", most urgent first
// (feedback deadline, then severity, then age), through a partial expression
// index so that the head of a 200,000-complaint queue costs the same as the
// head of a short one.
class TriageQueue
{
public:
    static Result<QVector<TriageRow>> fetch(Database &db, const TriageCursor &after, int limit);
    // How many complaints wait (walks the queue's index: call off the UI thread).
    static Result<qint64> count(Database &db);
    static Result<TriageComplaint> detail(Database &db, const QString &complaintId);

    // Generations by exact id, else by text in prompt or output (through the
    // full-text index when it is complete, else a bounded scan).
    static Result<QVector<TriageGenerationHit>> findGenerations(Database &db, const QString &query,
                                                                int limit);
    // Complaints by exact id, else by text.
    static Result<QVector<TriageRow>> findComplaints(Database &db, const QString &query, int limit);

    // The sort expressions, exactly as the index complaints_triage holds them.
    static QString dueExpression();
    static QString severityRankExpression();
};

} // namespace ab
