#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace ab {

// What a report is about.
enum class ReportKind
{
    Deadlines,  // deadline compliance for a period
    Case,       // one review case
    Provider,   // provider inspection for a period
    Complaints, // complaint handling for a period
};

// One table of a report: translated headers, stable keys for JSON and one
// cell text per column in every row.
struct ReportTable
{
    QString key;   // "items", "totals": names the CSV file of the table
    QString title; // translated
    QStringList columnKeys;
    QStringList columnLabels;   // translated
    QVector<int> columnPercent; // width hints for HTML and PDF; empty: automatic
    QStringList premaskedKeys;  // columns the builder masked itself (before cutting)
    QVector<QStringList> rows;
};

// One labelled figure or fact shown above the tables.
struct ReportFact
{
    QString key;
    QString label; // translated
    QString value;
};

// Where a report came from: what makes a filed copy checkable against the
// workspace it was taken from.
struct ReportStamp
{
    QString reportId;
    QString workspaceName;
    QString generatedAt; // UTC, ISO 8601
    QString user;
    QString auditHeadHash;
    bool masked = true;
};

// A report's content, independent of its format. Builders fill it from SQL;
// writers turn it into JSON, CSV, HTML or PDF.
struct Report
{
    ReportKind kind = ReportKind::Deadlines;
    QString language; // "en" | "zh_CN"
    QString title;    // translated
    QString scope;    // translated description of the period / case / provider
    ReportStamp stamp;
    QVector<ReportFact> facts;
    QVector<ReportTable> tables;
    // Translated labels of the stamp fields (id, workspace, generated at, by,
    // audit head, personal information, content hash) and the masking note.
    QStringList stampLabels;
    QString maskingNote;
};

QString reportKindToken(ReportKind kind); // "deadlines", "case", "provider", "complaints"
bool reportKindFromToken(const QString &token, ReportKind *kind);

} // namespace ab
