#pragma once

#include <QWidget>

namespace ab::ui {

// Shown when no workspace is open (for instance after a file was refused):
// says so and offers the ways forward.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

signals:
    void newRequested();
    void openRequested();
    void serverRequested();
};

} // namespace ab::ui
