#pragma once

#include "cases/casetypes.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace ab {
class Workspace;
}

namespace ab::ui {

class BackgroundQuery;

// A case's evidence files: the list with size, type and address, a preview
// of the selected one (images and text), and "Attach file…". The bytes are
// read on a worker thread: an attachment may be large.
class EvidencePanel : public QWidget
{
    Q_OBJECT
public:
    explicit EvidencePanel(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace) { m_workspace = workspace; }
    void setEvidence(qint64 caseId, const QVector<CaseEvidence> &evidence, bool writable);
    // Attaches a file (the button asks for one through FileDialogs).
    bool attach(const QString &path);
    // Waits for nothing: tests poll previewKind() after the worker is done.
    QString previewKind() const; // "image", "text", "none" or "empty"
    BackgroundQuery *loader() const { return m_loader; }

signals:
    void changed();
    void failed(const QString &message);

private:
    void onSelection();
    void showPreview(const CaseEvidence &evidence, const QByteArray &bytes);

    Workspace *m_workspace = nullptr;
    qint64 m_caseId = 0;
    QVector<CaseEvidence> m_evidence;
    QListWidget *m_list;
    QStackedWidget *m_preview;
    QLabel *m_image;
    QPlainTextEdit *m_text;
    QLabel *m_none;
    QLabel *m_info;
    QPushButton *m_attach;
    BackgroundQuery *m_loader;
};

} // namespace ab::ui
