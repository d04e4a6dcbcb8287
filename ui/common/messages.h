#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace ab::ui {

// Every modal message box goes through here, so that tests can answer them
// (and see what would have been shown) instead of blocking on a dialog.
class Messages
{
public:
    static void critical(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No);

    // Tests: answer the next boxes with `button` without showing them.
    static void setNextAnswer(QMessageBox::StandardButton button);
    static void clearNextAnswer();
    // Tests: the text of the last box shown or answered.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon,
                                            const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons);
};

// File dialogs through one place for the same reason.
class FileDialogs
{
public:
    static QString openFile(QWidget *parent, const QString &title, const QString &filter);
    static QStringList openFiles(QWidget *parent, const QString &title, const QString &filter);
    static QString saveFile(QWidget *parent, const QString &title, const QString &filter,
                            const QString &suggested = {});
    static void setNextFile(const QString &path);       // tests
    static void setNextFiles(const QStringList &paths); // tests: the next openFiles()
};

} // namespace ab::ui
