#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace ab {

class Database;

struct TableDigest
{
    QString table;
    qint64 rows = 0;
    QString sha256; // hex
};

struct DigestReport
{
    QString sha256; // hex, over the tables' digests in name order
    QVector<TableDigest> tables;
};

// A SHA-256 over what a workspace holds, not how the file lays it out: every
// ordinary table's rows in primary-key order (rowid order where there is no
// primary key), each value encoded with its SQLite type and length. Two files
// with equal digests hold the same data, whatever their page order, free
// pages or write-ahead log. Column names are part of the digest, so a schema
// change shows too. Virtual tables and their shadow tables (full-text
// indexes) are left out: their content is derived and depends on history.
class ContentDigest
{
public:
    // meta and audit_log: they record when, by whom and how a file was made,
    // which differs between two otherwise identical workspaces.
    static QStringList defaultSkipped();

    static Result<DigestReport> compute(Database &db,
                                        const QStringList &skipTables = defaultSkipped());
};

} // namespace ab
