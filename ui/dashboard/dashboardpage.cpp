#include "dashboardpage.h"

#include "browse/detailtext.h"
#include "chartfactory.h"
#include "common/filterchoices.h"
#include "common/messages.h"
#include "dashboard/dashboardquery.h"
#include "deadlines/deadlinelist.h"
#include "deadlines/policycatalog.h"
#include "storage/database.h"
#include "workspace/workspace.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSvgGenerator>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ab::ui {

namespace {

// The figures, in display order: key, caption.
struct FigureSpec
{
    const char *key;
    const char *caption;
};
const FigureSpec kFigures[] = {
    {"open", QT_TRANSLATE_NOOP("DashboardPage", "Open items")},
    {"overdue", QT_TRANSLATE_NOOP("DashboardPage", "Overdue")},
    {"dueSoon", QT_TRANSLATE_NOOP("DashboardPage", "Due soon")},
    {"remediatedThisMonth", QT_TRANSLATE_NOOP("DashboardPage", "Remediated this month")},
    {"medianDays", QT_TRANSLATE_NOOP("DashboardPage", "Median days to remediation")},
    {"complaintsInTime", QT_TRANSLATE_NOOP("DashboardPage", "Complaints answered in time")},
    {"openCases", QT_TRANSLATE_NOOP("DashboardPage", "Open cases")},
};

const char *const kChartNames[] = {"statusChart", "dueWeeksChart",   "overdueAgesChart",
                                   "riskChart",   "complaintsChart", "burnDownChart"};

QString name(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent) : SectionPage(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterBar());
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    m_content->setObjectName(QStringLiteral("dashboardContent"));
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(buildFigures());
    content->addWidget(buildCharts(), 1);
    scroll->setWidget(m_content);
    layout->addWidget(scroll, 1);
    connect(&m_watcher, &QFutureWatcher<Answer>::finished, this, &DashboardPage::onLoaded);
    setWorkspace(nullptr);
}

DashboardPage::~DashboardPage()
{
    m_watcher.waitForFinished();
}

QWidget *DashboardPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_provider = new QComboBox(bar);
    m_provider->setObjectName(QStringLiteral("dashboardProviderFilter"));
    m_period = new QComboBox(bar);
    m_period->setObjectName(QStringLiteral("dashboardPeriodFilter"));
    m_policy = new QComboBox(bar);
    m_policy->setObjectName(QStringLiteral("dashboardPolicyFilter"));
    for (QComboBox *box : {m_provider, m_policy}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
    }
    // Days back from the as-of day; 0 is every day.
    m_period->addItem(tr("All time"), 0);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("Last 365 days"), 365);
    row->addWidget(new QLabel(tr("Provider:"), bar));
    row->addWidget(m_provider);
    row->addWidget(new QLabel(tr("Period:"), bar));
    row->addWidget(m_period);
    row->addWidget(new QLabel(tr("Policy:"), bar));
    row->addWidget(m_policy);
    row->addStretch(1);
    m_state = new QLabel(bar);
    m_state->setObjectName(QStringLiteral("dashboardState"));
    row->addWidget(m_state);
    m_refresh = new QPushButton(tr("Refresh"), bar);
    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    row->addWidget(m_refresh);
    m_save = new QPushButton(tr("Save image…"), bar);
    m_save->setObjectName(QStringLiteral("dashboardSave"));
    row->addWidget(m_save);
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(m_save, &QPushButton::clicked, this, &DashboardPage::onSave);
    for (QComboBox *box : {m_provider, m_period, m_policy})
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    return bar;
}

QWidget *DashboardPage::buildFigures()
{
    auto *panel = new QWidget(m_content);
    panel->setObjectName(QStringLiteral("dashboardFigures"));
    auto *grid = new QGridLayout(panel);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (const FigureSpec &spec : kFigures) {
        auto *tile = new QFrame(panel);
        tile->setObjectName(QStringLiteral("tile_") + name(spec.key));
        tile->setFrameShape(QFrame::StyledPanel);
        tile->setCursor(Qt::PointingHandCursor);
        auto *box = new QVBoxLayout(tile);
        auto *value = new QLabel(QStringLiteral("…"), tile);
        value->setObjectName(QStringLiteral("figure_") + name(spec.key));
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        value->setFont(big);
        auto *caption =
            new QLabel(QCoreApplication::translate("DashboardPage", spec.caption), tile);
        caption->setWordWrap(true);
        box->addWidget(value);
        box->addWidget(caption);
        box->addStretch(1);
        grid->addWidget(tile, 0, i++);
        m_figures.insert(name(spec.key), value);
        m_figureLinks.insert(tile, name(spec.key));
        tile->installEventFilter(this);
    }
    return panel;
}

QWidget *DashboardPage::buildCharts()
{
    auto *panel = new QWidget(m_content);
    auto *grid = new QGridLayout(panel);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (const char *chart : kChartNames) {
        addChartView(grid, name(chart), i / 2, i % 2);
        ++i;
    }
    // The risk chart opens from the five types into one type's risks.
    m_riskExpand = new QComboBox(panel);
    m_riskExpand->setObjectName(QStringLiteral("riskExpand"));
    m_riskExpand->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_riskExpand->setMinimumContentsLength(20);
    grid->addWidget(m_riskExpand, 2, 1, Qt::AlignTop | Qt::AlignRight); // above the risk chart
    connect(m_riskExpand, &QComboBox::currentIndexChanged, this, &DashboardPage::showRiskChart);
    return panel;
}

QChartView *DashboardPage::addChartView(QGridLayout *grid, const QString &chartName, int row,
                                        int column)
{
    auto *view = new QChartView(grid->parentWidget());
    view->setObjectName(chartName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(420, 320);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view, chartName](QPoint at) {
        QMenu menu(view);
        menu.addAction(tr("Save chart…"), this, [this, chartName] { onSaveChart(chartName); });
        menu.exec(view->mapToGlobal(at));
    });
    // Rows of two charts, each below its own title row (the risk chart's
    // selector sits in that row's right cell).
    grid->addWidget(view, 2 * row + 1, column);
    m_charts.insert(chartName, view);
    return view;
}

void DashboardPage::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_data.reset();
    if (workspace && !m_asOfSet)
        m_asOf =
            QDateTime::currentDateTimeUtc().toTimeZone(workspace->settings().timeZone()).date();
    fillFilterChoices();
    m_refresh->setEnabled(workspace != nullptr);
    m_save->setEnabled(false);
    refresh();
}

void DashboardPage::setAsOf(const QDate &asOf)
{
    m_asOf = asOf;
    m_asOfSet = asOf.isValid();
    refresh();
}

void DashboardPage::fillFilterChoices()
{
    fillProviderPolicyChoices(m_provider, m_policy, m_workspace ? &m_workspace->db() : nullptr,
                              viewPolicyCatalog(), [](const Policy &p) {
                                  // The dashboard's items run on remediation clocks.
                                  return p.clock == QLatin1String("remediation");
                              });
}

DashboardFilter DashboardPage::currentFilter() const
{
    DashboardFilter f = DashboardQuery::defaultFilter(m_workspace->settings(), m_asOf);
    f.providerId = m_provider->currentData().toString();
    f.policyId = m_policy->currentData().toString();
    if (const int days = m_period->currentData().toInt(); days > 0) {
        f.from = m_asOf.addDays(1 - days);
        f.to = m_asOf;
    }
    return f;
}

void DashboardPage::refresh()
{
    if (!m_workspace) {
        ++m_request; // whatever is still counting belongs to the closed workspace
        m_loading = false;
        m_data.reset();
        m_state->setText(tr("No workspace open"));
        showFigures();
        showCharts();
        return;
    }
    const quint64 request = ++m_request;
    const QString path = m_workspace->path();
    const DashboardFilter filter = currentFilter();
    showLoading();
    m_watcher.setFuture(QtConcurrent::run([=]() -> Answer {
        Answer answer;
        answer.request = request;
        // The worker's own connection: a connection belongs to its thread.
        if (auto db = Database::open(path))
            answer.data = DashboardQuery::compute(**db, filter);
        else
            answer.data = db.error();
        return answer;
    }));
}

void DashboardPage::showLoading()
{
    m_loading = true;
    m_state->setText(tr("Counting…"));
    if (!m_data) {
        showFigures();
        showCharts();
    }
}

void DashboardPage::onLoaded()
{
    Answer answer = m_watcher.result();
    if (answer.request != m_request)
        return; // an older filter's figures
    m_loading = false;
    if (!answer.data) {
        m_state->setText(tr("Cannot count: %1").arg(answer.data.error().message));
        emit loaded();
        return;
    }
    m_data = std::move(*answer.data);
    m_state->setText(
        tr("As of %1").arg(QLocale().toString(m_data->filter.asOf, QLocale::ShortFormat)));
    m_save->setEnabled(true);
    {
        const QSignalBlocker block(m_riskExpand);
        const QString expanded = m_riskExpand->currentData().toString();
        m_riskExpand->clear();
        m_riskExpand->addItem(tr("All five risk types"));
        for (const RiskTypeCount &t : std::as_const(m_data->riskTypes))
            m_riskExpand->addItem(t.type.code + QLatin1Char(' ') + ChartFactory::riskName(t.type),
                                  t.type.code);
        m_riskExpand->setCurrentIndex(std::max(0, m_riskExpand->findData(expanded)));
    }
    showFigures();
    showCharts();
    emit loaded();
}

void DashboardPage::showFigures()
{
    const QLocale locale;
    auto text = [&](const QString &key) -> QString {
        if (!m_data)
            return m_loading ? QStringLiteral("…") : QStringLiteral("–");
        const DashboardFigures &f = m_data->figures;
        if (key == QLatin1String("open"))
            return locale.toString(f.openItems);
        if (key == QLatin1String("overdue"))
            return locale.toString(f.overdue);
        if (key == QLatin1String("dueSoon"))
            return locale.toString(f.dueSoon);
        if (key == QLatin1String("remediatedThisMonth"))
            return locale.toString(f.remediatedThisMonth);
        if (key == QLatin1String("medianDays"))
            return f.medianDaysToRemediation ? locale.toString(*f.medianDaysToRemediation, 'f', 1)
                                             : QStringLiteral("–");
        if (key == QLatin1String("complaintsInTime"))
            return f.complaintsAnsweredInTimePercent
                       ? tr("%1 %").arg(locale.toString(*f.complaintsAnsweredInTimePercent, 'f', 1))
                       : QStringLiteral("–");
        return locale.toString(f.openCases);
    };
    for (auto it = m_figures.cbegin(); it != m_figures.cend(); ++it)
        it.value()->setText(text(it.key()));
    if (m_data) {
        const DashboardFigures &f = m_data->figures;
        m_figures.value(QStringLiteral("complaintsInTime"))
            ->setToolTip(tr("%1 of %2 complaints whose feedback limit has passed or that were "
                            "answered")
                             .arg(locale.toString(f.complaintsAnsweredInTime),
                                  locale.toString(f.complaintsWithLimit)));
    }
}

QChart *DashboardPage::buildChart(const QString &chartName) const
{
    // Before the first answer the charts show their frame, empty.
    const DashboardData empty = [&] {
        DashboardData d;
        d.filter.asOf = m_asOf;
        return d;
    }();
    const DashboardData &d = m_data ? *m_data : empty;
    const QPalette &p = palette();
    if (chartName == QLatin1String("statusChart"))
        return ChartFactory::statusDonut(d, p);
    if (chartName == QLatin1String("dueWeeksChart"))
        return ChartFactory::dueWeeks(d, p);
    if (chartName == QLatin1String("overdueAgesChart"))
        return ChartFactory::overdueAges(d, p);
    if (chartName == QLatin1String("riskChart"))
        return ChartFactory::riskTypes(
            d, m_riskExpand ? m_riskExpand->currentData().toString() : QString(), p);
    if (chartName == QLatin1String("complaintsChart"))
        return ChartFactory::complaintWeeks(d, p);
    return ChartFactory::burnDown(d, p);
}

void DashboardPage::showCharts()
{
    for (const char *chart : kChartNames)
        setChart(name(chart), buildChart(name(chart)));
}

void DashboardPage::showRiskChart()
{
    setChart(QStringLiteral("riskChart"), buildChart(QStringLiteral("riskChart")));
}

void DashboardPage::setChart(const QString &chartName, QChart *chart)
{
    QChartView *view = m_charts.value(chartName);
    if (!view) { // still being built
        delete chart;
        return;
    }
    chart->setObjectName(chartName);
    if (m_loading && !m_data)
        chart->setTitle(chart->title() + QStringLiteral(" — ") + tr("counting…"));
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    connectChart(chartName, chart);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    // Coming back to the dashboard counts again: items may have changed in
    // another section meanwhile. The figures shown stay until the new ones
    // arrive.
    if (m_workspace && m_data && !m_loading)
        refresh();
    SectionPage::showEvent(event);
}

void DashboardPage::changeEvent(QEvent *event)
{
    // A new system palette (light ↔ dark) redraws the charts in its colours.
    if (event->type() == QEvent::PaletteChange && m_content)
        showCharts();
    SectionPage::changeEvent(event);
}

} // namespace ab::ui
