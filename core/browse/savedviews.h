#pragma once

#include "browse/browsefilter.h"
#include "util/result.h"

#include <QStringList>
#include <QVector>

namespace ab {

class Workspace;
class Database;

// A named view of a list: filter, sort and the columns shown. Saved in the
// workspace, so everyone working in it sees the same views.
struct SavedView
{
    qint64 id = 0;
    ListKind list = ListKind::Generations;
    QString name;
    BrowseFilter filter;
    BrowseSort sort;
    QStringList columns; // column tokens shown, in order; empty: the list's default
    QString createdBy;
    QString updatedAt;

    QJsonObject definition() const;
};

class SavedViews
{
public:
    static Result<QVector<SavedView>> list(Database &db, ListKind list);
    // Saves under the view's name, replacing a view of that name. One
    // transaction with its audit entry.
    static Result<SavedView> save(Workspace &workspace, SavedView view);
    static Status remove(Workspace &workspace, qint64 id);
};

} // namespace ab
