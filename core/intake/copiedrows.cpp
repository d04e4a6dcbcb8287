#include "copiedrows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace ab::intake {

bool CopiedRows::load(QSqlQuery &q)
{
    columns = q.record().count();
    clear();
    while (q.next()) {
        const size_t needed = size_t((rows + 1) * columns);
        if (cells.size() < needed)
            cells.resize(needed);
        for (int c = 0; c < columns; ++c) {
            const QVariant v = q.value(c);
            Cell &cell = cells[size_t(rows * columns + c)];
            cell.null = v.isNull();
            cell.number = cell.null || v.typeId() == QMetaType::QString ? 0 : v.toLongLong();
            cell.text = cell.null ? QByteArray() : v.toString().toUtf8();
        }
        ++rows;
    }
    return !q.lastError().isValid();
}

} // namespace ab::intake
