#include "welcomepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ab::ui {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("No workspace is open"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(
        tr("A workspace is one file holding flagged generations, complaints, review cases, "
           "training-data lineage and remediation deadlines. Create a new one, open an "
           "existing file, or connect to a team workspace on a server."),
        this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(520);
    auto *newButton = new QPushButton(tr("New workspace…"), this);
    newButton->setObjectName(QStringLiteral("welcomeNewButton"));
    auto *openButton = new QPushButton(tr("Open workspace…"), this);
    openButton->setObjectName(QStringLiteral("welcomeOpenButton"));
    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    auto *serverButton = new QPushButton(tr("Connect to team server…"), this);
    serverButton->setObjectName(QStringLiteral("welcomeServerButton"));
    connect(serverButton, &QPushButton::clicked, this, &WelcomePage::serverRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(serverButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title);
    // Centred by stretches, not by an alignment flag: an aligned item is
    // given its size hint, and a wrapped label's hint is too short for its
    // lines (they were cut off).
    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(text);
    centred->addStretch(1);
    layout->addLayout(centred);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(2);
}

} // namespace ab::ui
