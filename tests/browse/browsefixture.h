#pragma once

#include "browse/browsequery.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QStringList>
#include <QVector>
#include <functional>
#include <memory>

namespace ab::test {

// One generation of the browse fixture, as the test knows it independently
// of the database.
struct FixtureGeneration
{
    QString id;
    QString model; // M1 (provider P1) or M2 (provider P2)
    QString category;
    QString severity;
    QString flagSource;
    QString modality;
    QString flaggedAt;
    QString prompt;
    QString output;
    bool inCase = false;
    QString due; // empty: no deadline
    bool remediated = false;
};

struct FixtureComplaint
{
    QString id;
    QString channel;
    QString kind;
    QString status;
    QString receivedAt;
    QString text;
    QString generation;
};

// A workspace with `count` generations whose every attribute follows a
// pattern of its index, so that tests can compute what a filter or a search
// must return without asking the database.
struct BrowseFixture
{
    static constexpr int kCases = 1;
    QVector<FixtureGeneration> generations;
    QVector<FixtureComplaint> complaints;
    BrowseContext context; // as of 2026-04-01 in Asia/Shanghai

    void build(Workspace &ws, int count);
    QStringList idsWhere(const std::function<bool(const FixtureGeneration &)> &keep) const;
    QStringList complaintIdsWhere(const std::function<bool(const FixtureComplaint &)> &keep) const;
};

// Every row of a query, read page by page through anchors and offsets, in
// list order.
QStringList allIds(Database &db, BrowseQuery &query, int pageSize = 37);

} // namespace ab::test
