#include "deadlineactiondialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace ab::ui {

DeadlineActionDialog::DeadlineActionDialog(Kind kind, const QDate &currentDue,
                                           const QTimeZone &zone, QWidget *parent)
    : QDialog(parent), m_zone(zone)
{
    setObjectName(QStringLiteral("deadlineActionDialog"));
    auto *form = new QFormLayout(this);
    switch (kind) {
    case Kind::Containment:
        setWindowTitle(tr("Record containment"));
        break;
    case Kind::Remediation:
        setWindowTitle(tr("Record remediation"));
        break;
    case Kind::Retest:
        setWindowTitle(tr("Record re-test"));
        break;
    case Kind::Extension:
        setWindowTitle(tr("Request extension"));
        break;
    }
    if (kind == Kind::Extension) {
        m_newDue = new QDateEdit(currentDue.addDays(30), this);
        m_newDue->setObjectName(QStringLiteral("actionNewDue"));
        m_newDue->setCalendarPopup(true);
        m_newDue->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        form->addRow(tr("New due date:"), m_newDue);
        m_approver = new QLineEdit(this);
        m_approver->setObjectName(QStringLiteral("actionApprover"));
        m_approver->setPlaceholderText(tr("user name of a supervisor"));
        form->addRow(tr("Approved by:"), m_approver);
    } else {
        // Entered in the workspace zone, stored in UTC.
        m_at = new QDateTimeEdit(QDateTime::currentDateTimeUtc().toTimeZone(zone), this);
        m_at->setObjectName(QStringLiteral("actionAt"));
        m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        m_at->setCalendarPopup(true);
        form->addRow(kind == Kind::Retest ? tr("Tested at:") : tr("At:"), m_at);
    }
    if (kind == Kind::Retest) {
        m_model = new QLineEdit(this);
        m_model->setObjectName(QStringLiteral("actionModel"));
        m_model->setPlaceholderText(tr("model version id"));
        form->addRow(tr("Model version:"), m_model);
        m_reproduced = new QCheckBox(tr("The content was generated again"), this);
        m_reproduced->setObjectName(QStringLiteral("actionReproduced"));
        form->addRow(tr("Reproduced:"), m_reproduced);
    }
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("actionText"));
    switch (kind) {
    case Kind::Containment:
        form->addRow(tr("Action taken:"), m_text);
        break;
    case Kind::Remediation:
        form->addRow(tr("Model change:"), m_text);
        break;
    case Kind::Retest:
        form->addRow(tr("Evidence:"), m_text);
        break;
    case Kind::Extension:
        form->addRow(tr("Reason:"), m_text);
        break;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
}

QDateTime DeadlineActionDialog::at() const
{
    if (!m_at)
        return {};
    // The edit shows wall time; read it back as wall time of the workspace zone.
    const QDateTime shown = m_at->dateTime();
    return QDateTime(shown.date(), shown.time(), m_zone).toUTC();
}

QString DeadlineActionDialog::text() const
{
    return m_text->text().trimmed();
}

QString DeadlineActionDialog::modelVersion() const
{
    return m_model ? m_model->text().trimmed() : QString();
}

bool DeadlineActionDialog::reproduced() const
{
    return m_reproduced && m_reproduced->isChecked();
}

QDate DeadlineActionDialog::newDue() const
{
    return m_newDue ? m_newDue->date() : QDate();
}

QString DeadlineActionDialog::approver() const
{
    return m_approver ? m_approver->text().trimmed() : QString();
}

} // namespace ab::ui
