#pragma once

#include "util/result.h"

#include <QStringList>

namespace ab {

// Moves finished files over their destinations as one step that can be
// taken back: files already there are set aside first, and undo() puts
// them back, so a failure part-way (or a transaction that does not commit)
// leaves the folder exactly as it was. Destinations that are not plain
// files are refused before anything moves.
class FilePlacement
{
public:
    FilePlacement() = default;
    FilePlacement(const FilePlacement &) = delete;
    FilePlacement &operator=(const FilePlacement &) = delete;
    ~FilePlacement(); // keeps what was placed; drops what was set aside

    // `sources[i]` becomes `targets[i]`. On failure everything is undone.
    Status place(const QStringList &sources, const QStringList &targets);
    // Puts back what place() replaced and the sources it moved; returns the
    // set-aside files it could not put back (they keep their new names).
    QStringList undo();

private:
    QStringList m_sources;
    QStringList m_placed;   // targets that now hold a source
    QStringList m_setAside; // where a replaced file waits
    QStringList m_replaced; // the target it was replaced at
};

} // namespace ab
