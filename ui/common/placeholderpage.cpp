#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ab::ui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &explanation, QWidget *parent)
    : SectionPage(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);
    heading->setAlignment(Qt::AlignCenter);
    auto *body = new QLabel(explanation, this);
    body->setObjectName(QStringLiteral("placeholderText"));
    body->setAlignment(Qt::AlignCenter);
    body->setWordWrap(true);
    body->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch(2);
}

} // namespace ab::ui
