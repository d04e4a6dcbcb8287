#include "messages.h"

#include <QFileDialog>
#include <optional>

namespace ab::ui {

namespace {
std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<QString> g_nextFile;
std::optional<QStringList> g_nextFiles;
QString g_lastText;
} // namespace

QMessageBox::StandardButton Messages::show(QWidget *parent, QMessageBox::Icon icon,
                                           const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons)
{
    g_lastText = text;
    if (g_nextAnswer)
        return *g_nextAnswer;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    return QMessageBox::StandardButton(box.exec());
}

void Messages::critical(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok);
}

void Messages::information(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok);
}

QMessageBox::StandardButton Messages::question(QWidget *parent, const QString &title,
                                               const QString &text,
                                               QMessageBox::StandardButtons buttons)
{
    return show(parent, QMessageBox::Question, title, text, buttons);
}

void Messages::setNextAnswer(QMessageBox::StandardButton button)
{
    g_nextAnswer = button;
}

void Messages::clearNextAnswer()
{
    g_nextAnswer.reset();
}

QString Messages::lastText()
{
    return g_lastText;
}

QString FileDialogs::openFile(QWidget *parent, const QString &title, const QString &filter)
{
    if (g_nextFile)
        return *std::exchange(g_nextFile, std::nullopt);
    return QFileDialog::getOpenFileName(parent, title, {}, filter);
}

QStringList FileDialogs::openFiles(QWidget *parent, const QString &title, const QString &filter)
{
    if (g_nextFiles)
        return *std::exchange(g_nextFiles, std::nullopt);
    return QFileDialog::getOpenFileNames(parent, title, {}, filter);
}

QString FileDialogs::saveFile(QWidget *parent, const QString &title, const QString &filter,
                              const QString &suggested)
{
    if (g_nextFile)
        return *std::exchange(g_nextFile, std::nullopt);
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

void FileDialogs::setNextFile(const QString &path)
{
    g_nextFile = path;
}

void FileDialogs::setNextFiles(const QStringList &paths)
{
    g_nextFiles = paths;
}

} // namespace ab::ui
