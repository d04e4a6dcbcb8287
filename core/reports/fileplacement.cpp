#include "reports/fileplacement.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace ab {

namespace {

Error placementError(const char *message, const QString &file)
{
    return Error{QCoreApplication::translate("Reports", message), file, 0, {}};
}

} // namespace

FilePlacement::~FilePlacement()
{
    for (const QString &aside : std::as_const(m_setAside))
        QFile::remove(aside);
}

Status FilePlacement::place(const QStringList &sources, const QStringList &targets)
{
    for (const QString &target : targets) {
        const QFileInfo info(target);
        if (info.exists() && !info.isFile())
            return placementError(QT_TRANSLATE_NOOP("Reports", "This is not a file."), target);
    }
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QString &target = targets.at(i);
        if (QFileInfo::exists(target)) {
            const QString aside = target + QStringLiteral(".replaced-") + tag;
            if (!QFile::rename(target, aside)) {
                undo();
                return placementError(
                    QT_TRANSLATE_NOOP("Reports", "Could not move the report into place."), target);
            }
            m_setAside << aside;
            m_replaced << target;
        }
        if (!QFile::rename(sources.at(i), target)) {
            undo();
            return placementError(
                QT_TRANSLATE_NOOP("Reports", "Could not move the report into place."), target);
        }
        m_sources << sources.at(i);
        m_placed << target;
    }
    return {};
}

void FilePlacement::undo()
{
    // The new files go back to where they came from (the caller discards
    // them), then the old ones return.
    for (qsizetype i = m_placed.size() - 1; i >= 0; --i)
        QFile::rename(m_placed.at(i), m_sources.at(i));
    for (qsizetype i = m_setAside.size() - 1; i >= 0; --i)
        QFile::rename(m_setAside.at(i), m_replaced.at(i));
    m_placed.clear();
    m_sources.clear();
    m_setAside.clear();
    m_replaced.clear();
}

} // namespace ab
