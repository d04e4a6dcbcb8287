#pragma once

#include "common/sectionpage.h"
#include "dashboard/dashboarddata.h"
#include "dashboardlink.h"
#include "util/result.h"

#include <QFutureWatcher>
#include <QHash>
#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace ab::ui {

// The Dashboard section: headline figures and charts of deadlines, risks and
// complaints, filtered by provider, period and policy. The aggregates are
// counted on a worker thread with its own connection; the frame shows at
// once and a newer request drops an older one's answer. Every slice, bar and
// point (and most figures) emits linkActivated with the list that shows the
// items behind it.
class DashboardPage : public SectionPage
{
    Q_OBJECT
public:
    explicit DashboardPage(QWidget *parent = nullptr);
    ~DashboardPage() override;

    void setWorkspace(Workspace *workspace) override;
    // The day the figures are counted for (today in the workspace zone unless set).
    void setAsOf(const QDate &asOf);
    // Counts again with the current filters.
    void refresh();
    bool isLoading() const { return m_loading; }
    // The figures last shown, if any.
    const std::optional<DashboardData> &data() const { return m_data; }
    // Saves the figures and charts as one PNG or SVG image (by the suffix).
    bool saveImage(const QString &path);
    // Saves one chart alone ("statusChart", …) as PNG or SVG.
    bool saveChart(const QString &chartName, const QString &path);

signals:
    void loaded(); // fresh figures shown (or an error)
    void linkActivated(const DashboardLink &link);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Answer
    {
        quint64 request = 0;
        Result<DashboardData> data = Error{};
    };

    QWidget *buildFilterBar();
    QWidget *buildFigures();
    QWidget *buildCharts();
    QChartView *addChartView(QGridLayout *grid, const QString &name, int row, int column);
    void fillFilterChoices();
    DashboardFilter currentFilter() const;
    void onLoaded();
    void showLoading();
    void showFigures();
    void showCharts();
    void showRiskChart();
    void setChart(const QString &name, QChart *chart);
    void connectChart(const QString &name, QChart *chart);
    QChart *buildChart(const QString &name) const;
    void onSave();
    void onSaveChart(const QString &name);
    // The deadlines of a state within the dashboard's filter, narrowed to due
    // days when given.
    void emitDeadlines(const QString &stateToken, const QDate &dueFrom = {},
                       const QDate &dueTo = {});
    void emitGenerations(const QString &category);
    void emitComplaints(const QDate &weekStart, bool resolved);
    BrowseFilter baseBrowseFilter() const;
    QDate nearestWeek(double position) const; // of the complaints chart
    QDate nearestBurnDownDay(double position) const;
    void emitWeekDue(const QString &stateToken, int week);
    void emitOverdueAge(int bucket);
    void emitTriggeredBy(const QDate &day);
    DashboardLink deadlinesLink(const QString &stateToken) const;

    Workspace *m_workspace = nullptr;
    QDate m_asOf;
    bool m_asOfSet = false;
    std::optional<DashboardData> m_data;
    bool m_loading = false;
    quint64 m_request = 0;
    QFutureWatcher<Answer> m_watcher;

    QWidget *m_content = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_policy = nullptr;
    QComboBox *m_riskExpand = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_state = nullptr;
    QHash<QString, QLabel *> m_figures;      // figure key → value label
    QHash<QObject *, QString> m_figureLinks; // tile → figure key
    QHash<QString, QChartView *> m_charts;   // chart objectName → view
};

} // namespace ab::ui
