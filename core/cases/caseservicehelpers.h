#pragma once

// Small helpers shared by the two files of CaseService (caseservice.cpp and
// caseserviceitems.cpp); not for use elsewhere.
#include "deadlines/deadlinequery.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QVariant>
#include <QVector>

namespace ab::caseservice {

inline Error fieldError(const QString &field, const QString &message)
{
    return Error{message, {}, 0, field};
}

inline QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

inline QString itemText(const ItemRef &item)
{
    return item.kindToken() + QLatin1Char(':') + item.id;
}

inline QJsonArray itemArray(const QVector<ItemRef> &items)
{
    QJsonArray out;
    for (const ItemRef &i : items)
        out.append(itemText(i));
    return out;
}

} // namespace ab::caseservice
