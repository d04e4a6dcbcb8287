#include "reports/fileplacement.h"

#include <QCoreApplication>
#include <QFile>
#include <QUuid>
#include <filesystem>

namespace ab {

namespace {

namespace fs = std::filesystem;

fs::path pathOf(const QString &file)
{
    return fs::path(file.toStdU16String());
}

// Renames the file or link itself, replacing nothing: the callers move a
// target aside before anything takes its place.
bool moveFile(const QString &from, const QString &to)
{
    std::error_code ec;
    fs::rename(pathOf(from), pathOf(to), ec);
    return !ec;
}

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
    // std::filesystem sees a link itself (dangling ones too), where QFile
    // would follow it and write wherever it points.
    for (const QString &target : targets) {
        std::error_code ec;
        const fs::file_status status = fs::symlink_status(pathOf(target), ec);
        if (fs::exists(status) && !fs::is_regular_file(status) && !fs::is_symlink(status))
            return placementError(QT_TRANSLATE_NOOP("Reports", "This is not a file."), target);
    }
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(8);
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QString &target = targets.at(i);
        std::error_code ec;
        if (fs::exists(fs::symlink_status(pathOf(target), ec))) {
            const QString aside = target + QStringLiteral(".replaced-") + tag;
            if (!moveFile(target, aside)) {
                undo();
                return placementError(
                    QT_TRANSLATE_NOOP("Reports", "Could not move the report into place."), target);
            }
            m_setAside << aside;
            m_replaced << target;
        }
        if (!moveFile(sources.at(i), target)) {
            undo();
            return placementError(
                QT_TRANSLATE_NOOP("Reports", "Could not move the report into place."), target);
        }
        m_sources << sources.at(i);
        m_placed << target;
    }
    return {};
}

QStringList FilePlacement::undo()
{
    // The new files go back to where they came from (the caller discards
    // them), then the old ones return.
    for (qsizetype i = m_placed.size() - 1; i >= 0; --i)
        moveFile(m_placed.at(i), m_sources.at(i));
    QStringList stranded;
    for (qsizetype i = m_setAside.size() - 1; i >= 0; --i)
        if (!moveFile(m_setAside.at(i), m_replaced.at(i)))
            stranded << m_setAside.at(i);
    m_placed.clear();
    m_sources.clear();
    m_setAside.clear();
    m_replaced.clear();
    return stranded;
}

} // namespace ab
