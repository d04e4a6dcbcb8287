#pragma once

#include "common/sectionpage.h"
#include "deadlines/deadlinelist.h"

#include <QFutureWatcher>
#include <QMap>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace ab {
class DeadlineService;
}

namespace ab::ui {

class DeadlinesModel;

// The Deadlines section: every reported item's remediation deadline, most
// urgent first, filtered by status, provider and policy, with the selected
// item's timeline and its actions beside the list.
class DeadlinesPage : public SectionPage
{
    Q_OBJECT
public:
    explicit DeadlinesPage(QWidget *parent = nullptr);
    ~DeadlinesPage() override;
    void setWorkspace(Workspace *workspace) override;

    DeadlinesModel *model() const { return m_model; }
    // The date statuses are worked out for (today in the workspace zone unless set).
    void setAsOf(const QDate &asOf);
    // Shows the items of one status (a DeadlineStatus token; empty: all),
    // provider and policy (empty: all) and day ranges (a bar of the filter bar
    // names them, with a button that clears them), as a link from elsewhere asks.
    void showFiltered(const QString &stateToken, const QString &providerId = {},
                      const QString &policyId = {}, const DeadlineDays &days = {});
    // The item shown in the detail panel (0: none).
    qint64 currentDeadline() const { return m_current; }

    // What the list shows (status, provider, policy, day ranges, and the
    // as-of date when one was set), to take back after the window is rebuilt
    // for another language.
    struct View
    {
        QString stateToken;
        QString providerId;
        QString policyId;
        DeadlineDays days;
        std::optional<QDate> asOf; // none: today, worked out afresh
    };
    View currentView() const;
    void applyView(const View &view);

signals:
    // The per-status counts arrived (tests wait for this).
    void countsLoaded();

private:
    void buildFilters(QWidget *bar);
    QWidget *buildDetail();
    void fillFilterChoices();
    void applyFilter();
    void showDays();
    void requestCounts();
    void showCounts(const QMap<DeadlineState, qint64> &counts);
    void showDeadline(qint64 id);
    void showError(const QString &message);
    void recordContainment();
    void recordRemediation();
    void recordRetest();
    void requestExtension();
    void changed();
    DeadlineService *service();

    Workspace *m_workspace = nullptr;
    std::unique_ptr<DeadlineService> m_service;
    QDate m_asOf;
    bool m_asOfSet = false; // by setAsOf(), not worked out as today
    DeadlinesModel *m_model;
    QTableView *m_view;
    QComboBox *m_status;
    QComboBox *m_provider;
    QComboBox *m_policy;
    DeadlineDays m_days;
    QWidget *m_daysBar;
    QLabel *m_daysLabel;
    QLabel *m_counts;
    QLabel *m_title;
    QTextBrowser *m_timeline;
    QLabel *m_error;
    QList<QPushButton *> m_actions;
    qint64 m_current = 0;
    quint64 m_countRequest = 0;
    struct CountAnswer
    {
        quint64 request = 0;
        Result<QMap<DeadlineState, qint64>> counts = Error{};
    };
    QFutureWatcher<CountAnswer> m_countWatcher;
};

} // namespace ab::ui
