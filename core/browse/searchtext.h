#pragma once

#include "deadlines/deadlinestatus.h"

#include <QString>
#include <QStringList>

namespace ab {

// A search word checked on the text of `columns` (SQL expressions) rather
// than in the trigram index: what BrowseQuery uses for words of one or two
// characters, for rows past the index's mark, and for first rows found
// without the index.
SqlFragment textContains(const QStringList &columns, const QString &word);

} // namespace ab
