#include "comparewindow.h"

#include "analysis/comparetable.h"
#include "models/modelinfo.h"
#include "run/run.h"
#include "scenario/scenariolibrary.h"
#include "timelinelegend.h"
#include "timelineview.h"
#include "tracedocument.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sockscope {

namespace {
constexpr int kLiveTickMs = 30;

QString metricTitle(CompareMetric metric)
{
    switch (metric) {
    case CompareMetric::Makespan:
        return CompareWindow::tr("Makespan (ms)");
    case CompareMetric::ThreadsCreated:
        return CompareWindow::tr("Threads created");
    case CompareMetric::ProcessesCreated:
        return CompareWindow::tr("Processes created");
    case CompareMetric::ThreadsPeak:
        return CompareWindow::tr("Peak threads");
    case CompareMetric::ZombiesPeak:
        return CompareWindow::tr("Peak zombies");
    case CompareMetric::SystemCalls:
        return CompareWindow::tr("System calls");
    case CompareMetric::SelectCalls:
        return CompareWindow::tr("select/poll/epoll calls");
    case CompareMetric::TasksCreated:
        return CompareWindow::tr("Tasks created");
    case CompareMetric::ClientWaited:
        return CompareWindow::tr("waited before accept (ms)");
    case CompareMetric::ClientFirstReply:
        return CompareWindow::tr("first reply (ms)");
    case CompareMetric::ClientDone:
        return CompareWindow::tr("done (ms)");
    }
    return {};
}

QString modelTitle(const QString &model)
{
    const ModelInfo *info = findModel(model);
    return info ? info->title : model;
}
} // namespace

CompareWindow::CompareWindow(QWidget *parent)
    : QWidget(parent, Qt::Window), m_scenarioCombo(new QComboBox),
      m_startButton(new QPushButton(tr("&Start all"))), m_stopButton(new QPushButton(tr("S&top"))),
      m_fitButton(new QPushButton(tr("Zoom to &fit"))), m_status(new QLabel),
      m_legend(new TimelineLegend), m_lanesHost(new QWidget), m_table(new QTableWidget)
{
    setWindowTitle(tr("Compare models — SockScope"));
    setObjectName(QStringLiteral("CompareWindow"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true); // scenario descriptions are long
    m_scenarioCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scenarioCombo->setMinimumContentsLength(28);

    // Scenario and buttons on one row, the models under them in two rows of four: the
    // window stays narrow enough for a projector.
    auto *controls = new QHBoxLayout;
    auto *scenarioLabel = new QLabel(tr("&Scenario:"));
    scenarioLabel->setBuddy(m_scenarioCombo);
    controls->addWidget(scenarioLabel);
    controls->addWidget(m_scenarioCombo, 1);
    controls->addSpacing(12);
    controls->addWidget(m_startButton);
    controls->addWidget(m_stopButton);
    controls->addWidget(m_fitButton);
    auto *modelsRow = new QHBoxLayout;
    modelsRow->addWidget(new QLabel(tr("Models (2 to 4):")), 0, Qt::AlignTop);
    auto *modelGrid = m_modelGrid = new QGridLayout;
    modelGrid->setHorizontalSpacing(16);
    modelGrid->setVerticalSpacing(2);
    for (const ModelInfo &m : allModels()) {
        auto *box = new QCheckBox(m.title);
        box->setProperty("model", m.name);
        box->setToolTip(m.description);
        connect(box, &QCheckBox::toggled, this, &CompareWindow::updateButtons);
        const int index = int(m_modelBoxes.size());
        modelGrid->addWidget(box, index / 4, index % 4);
        m_modelBoxes.push_back(box);
    }
    m_modelBoxCount = int(m_modelBoxes.size());
    modelsRow->addLayout(modelGrid);
    modelsRow->addStretch(1);

    auto *lanesLayout = new QVBoxLayout(m_lanesHost);
    lanesLayout->setContentsMargins(0, 0, 0, 0);
    lanesLayout->setSpacing(2);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *timelines = new QWidget;
    auto *timelinesLayout = new QVBoxLayout(timelines);
    timelinesLayout->setContentsMargins(0, 0, 0, 0);
    timelinesLayout->setSpacing(0);
    timelinesLayout->addWidget(m_legend);
    // Each run as tall as its lanes need; the runs scroll together, on one time axis.
    m_lanesScroll = new QScrollArea;
    m_lanesScroll->setObjectName(QStringLiteral("CompareLanesScroll"));
    m_lanesScroll->setFrameShape(QFrame::NoFrame);
    m_lanesScroll->setWidgetResizable(true);
    m_lanesScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lanesScroll->setWidget(m_lanesHost);
    timelinesLayout->addWidget(m_lanesScroll, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(timelines);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 600});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(modelsRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_scenarioCombo, &QComboBox::currentIndexChanged, this,
            &CompareWindow::onScenarioChanged);
    connect(m_startButton, &QPushButton::clicked, this, [this] { start(); });
    connect(m_stopButton, &QPushButton::clicked, this, &CompareWindow::stop);
    connect(m_fitButton, &QPushButton::clicked, this, &CompareWindow::zoomAllToFit);
    connect(&m_liveTimer, &QTimer::timeout, this, &CompareWindow::onLiveTick);

    populateScenarios();
    setScenario(QStringLiteral("three-clients"));
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
    resize(QSize(1600, 1000).boundedTo(available.size() - QSize(16, 40)));
}

CompareWindow::~CompareWindow()
{
    m_liveTimer.stop();
    for (Lane &lane : m_lanes) {
        if (lane.run)
            lane.run->stop();
    }
}

void CompareWindow::closeEvent(QCloseEvent *event)
{
    stop();
    QWidget::closeEvent(event);
}

void CompareWindow::populateScenarios()
{
    const QSignalBlocker blocker(m_scenarioCombo);
    for (const ScenarioInfo &info : ScenarioLibrary::bundled())
        m_scenarioCombo->addItem(info.title, info.name);
}

bool CompareWindow::setScenario(const QString &nameOrFile)
{
    int index = m_scenarioCombo->findData(nameOrFile);
    if (index < 0) {
        QStringList problems;
        const auto scenario = loadScenario(nameOrFile, &problems);
        if (!scenario)
            return false;
        m_scenarioCombo->addItem(
            tr("%1 (%2)").arg(scenario->title, QFileInfo(nameOrFile).fileName()), nameOrFile);
        index = m_scenarioCombo->count() - 1;
    }
    if (index == m_scenarioCombo->currentIndex())
        onScenarioChanged();
    else
        m_scenarioCombo->setCurrentIndex(index);
    return true;
}

QString CompareWindow::scenario() const
{
    return m_scenarioCombo->currentData().toString();
}

void CompareWindow::onScenarioChanged()
{
    QStringList problems;
    const auto loaded = loadScenario(scenario(), &problems);
    const QStringList fits = loaded ? loaded->runNames() : QStringList();
    // The scenario's variants ("asyncio-await") get boxes of their own after the models.
    while (int(m_modelBoxes.size()) > m_modelBoxCount) {
        delete m_modelBoxes.back();
        m_modelBoxes.pop_back();
    }
    for (const ScenarioVariant &v : loaded ? loaded->variants : std::vector<ScenarioVariant>()) {
        auto *box = new QCheckBox(v.title);
        box->setProperty("model", v.name);
        box->setToolTip(tr("%1 with this scenario's server set otherwise (variant %2)")
                            .arg(modelTitle(v.model), v.name));
        connect(box, &QCheckBox::toggled, this, &CompareWindow::updateButtons);
        const int index = int(m_modelBoxes.size());
        m_modelGrid->addWidget(box, index / 4, index % 4);
        m_modelBoxes.push_back(box);
    }
    for (QCheckBox *box : m_modelBoxes) {
        const QString model = box->property("model").toString();
        const bool ok = loaded && (fits.isEmpty() || fits.contains(model));
        box->setEnabled(ok);
        if (!ok)
            box->setChecked(false);
    }
    // A useful first pair: the lesson of most scenarios is sequential against the rest.
    if (models().size() < kMinModels) {
        QStringList preferred{QStringLiteral("sequential"), QStringLiteral("threaded"),
                              QStringLiteral("select")};
        if (loaded && !loaded->defaultModel.isEmpty())
            preferred.prepend(loaded->defaultModel);
        QStringList pick;
        for (const QString &m : preferred + fits) {
            if (!pick.contains(m) && (fits.isEmpty() || fits.contains(m)) && pick.size() < 3)
                pick << m;
        }
        setModels(pick);
    }
    m_status->setText(loaded ? loaded->description.simplified() : problems.join(QLatin1Char(' ')));
    updateButtons();
}

bool CompareWindow::setModels(const QStringList &models)
{
    bool all = true;
    for (QCheckBox *box : m_modelBoxes) {
        const bool wanted = models.contains(box->property("model").toString());
        box->setChecked(wanted && box->isEnabled());
        all = all && (!wanted || box->isEnabled());
    }
    return all && int(this->models().size()) == int(models.size());
}

QStringList CompareWindow::models() const
{
    QStringList result;
    for (QCheckBox *box : m_modelBoxes) {
        if (box->isChecked())
            result << box->property("model").toString();
    }
    return result;
}

void CompareWindow::updateButtons()
{
    const int n = int(models().size());
    const bool running = isRunning();
    m_startButton->setEnabled(!running && n >= kMinModels && n <= kMaxModels);
    m_startButton->setToolTip(
        tr("Tick %1 to %2 models to compare them.").arg(kMinModels).arg(kMaxModels));
    m_stopButton->setEnabled(running);
    m_scenarioCombo->setEnabled(!running);
    for (QCheckBox *box : m_modelBoxes)
        box->setAttribute(Qt::WA_TransparentForMouseEvents, running);
}

void CompareWindow::clearLanes()
{
    m_liveTimer.stop();
    for (Lane &lane : m_lanes) {
        if (lane.run)
            lane.run->stop();
        delete lane.box;
        delete lane.document;
    }
    m_lanes.clear();
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
}

bool CompareWindow::start(QString *error)
{
    const QStringList chosen = models();
    auto fail = [&](const QString &message) {
        m_status->setText(message);
        if (error)
            *error = message;
        return false;
    };
    if (chosen.size() < kMinModels || chosen.size() > kMaxModels)
        return fail(tr("Tick %1 to %2 models to compare them.").arg(kMinModels).arg(kMaxModels));
    QStringList problems;
    const auto loaded = loadScenario(scenario(), &problems);
    if (!loaded)
        return fail(problems.join(QLatin1Char('\n')));
    // Every configuration is checked before anything starts: never a half-started comparison.
    std::vector<RunConfig> configs;
    for (const QString &model : chosen) {
        if (!loaded->models.isEmpty() && !loaded->fits(model))
            return fail(
                tr("The scenario %1 does not run under the model %2.").arg(loaded->name, model));
        RunConfig config = loaded->configFor(model);
        config.scenario = loaded->name; // configFor() set the model (a variant's too)
        config.server.port = 0;         // each run on a port of its own
        config.server.bindAddress = m_bindAddress;
        config.stepByHand = false; // nobody steps four runs by hand: holds are released
        configs.push_back(config);
    }

    clearLanes();
    auto *lanesLayout = static_cast<QVBoxLayout *>(m_lanesHost->layout());
    for (const RunConfig &config : configs) {
        Lane lane;
        lane.model = config.server.model;
        const ScenarioVariant *variant = loaded->variant(config.server.variant);
        lane.label = variant ? variant->title : modelTitle(lane.model);
        lane.document = new TraceDocument(this);
        lane.view = new TimelineView(lane.document);
        lane.view->setFollowLive(false);       // this window keeps the shared axis itself
        lane.view->setCompressIdleGaps(false); // squeezed gaps differ per run: one real axis
        lane.view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the window scrolls
        lane.view->setMinimumHeight(kMinLaneHeight);
        lane.title = new QLabel;
        lane.title->setTextFormat(Qt::PlainText);
        QFont font = lane.title->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.15);
        lane.title->setFont(font);
        lane.box = new QWidget;
        auto *boxLayout = new QVBoxLayout(lane.box);
        boxLayout->setContentsMargins(4, 4, 4, 0);
        boxLayout->setSpacing(2);
        boxLayout->addWidget(lane.title);
        boxLayout->addWidget(lane.view, 1);
        lanesLayout->addWidget(lane.box);
        TimelineView *view = lane.view;
        connect(view, &TimelineView::viewChanged, this, [this, view] { syncFrom(view); });
        lane.run = std::make_unique<Run>(config);
        Trace fresh;
        fresh.scenario = config.scenario;
        fresh.model = config.server.model;
        fresh.settings = config.server.traceSettings();
        lane.document->setTrace(std::move(fresh));
        lane.document->setLive(true, 0);
        m_lanes.push_back(std::move(lane));
    }
    m_legend->setPalette(m_lanes.front().view->palette());
    m_legend->setShowTasks(std::any_of(m_lanes.begin(), m_lanes.end(), [](const Lane &lane) {
        return lane.model == QLatin1String("asyncio");
    }));

    QStringList failures;
    for (Lane &lane : m_lanes) {
        QString startError;
        if (!lane.run->start(&startError))
            failures << tr("%1: %2").arg(lane.label, startError);
    }
    if (!failures.isEmpty()) {
        for (Lane &lane : m_lanes) {
            lane.run->stop();
            lane.document->drain(lane.run->recorder());
            lane.document->setLive(false, lane.document->trace().endNs());
            lane.finished = true;
            updateLaneTitle(lane);
        }
        updateButtons();
        return fail(tr("Not every server started: %1").arg(failures.join(QStringLiteral("; "))));
    }
    for (Lane &lane : m_lanes)
        updateLaneTitle(lane);
    m_status->setText(tr("Running %1 under %2 models, each on its own port…")
                          .arg(loaded->title)
                          .arg(m_lanes.size()));
    m_liveTimer.start(kLiveTickMs);
    updateButtons();
    return true;
}

void CompareWindow::updateLaneTitle(Lane &lane)
{
    QString state;
    if (!lane.finished)
        state = tr("running on %1").arg(lane.run ? lane.run->address() : QString());
    else if (lane.run && !lane.run->failure().isEmpty())
        state = tr("failed: %1").arg(lane.run->failure());
    else
        state = tr("%1 events").arg(lane.document->trace().size());
    lane.title->setText(tr("%1 — %2").arg(lane.label, state));
}

void CompareWindow::onLiveTick()
{
    std::int64_t edge = 0;
    bool allDone = true;
    for (Lane &lane : m_lanes) {
        if (!lane.run)
            continue;
        // Holds for a manual release go on at once (as on the command line).
        while (!lane.run->clientsWaiting().empty())
            lane.run->releaseNext();
        lane.document->drain(lane.run->recorder());
        if (!lane.finished) {
            lane.document->setLiveEdge(
                std::max(lane.run->recorder().now(), lane.document->trace().endNs()));
            if (lane.run->isFinished()) {
                lane.document->drain(lane.run->recorder());
                lane.document->setLive(false, lane.document->trace().endNs());
                lane.finished = true;
                updateLaneTitle(lane);
            }
        }
        allDone = allDone && lane.finished;
        edge = std::max(edge, lane.document->liveEdgeNs());
    }
    zoomAllToFit();
    if (allDone)
        finishAll();
}

void CompareWindow::finishAll()
{
    m_liveTimer.stop();
    for (Lane &lane : m_lanes) {
        if (lane.run && !lane.finished) {
            lane.run->stop();
            lane.document->drain(lane.run->recorder());
            lane.document->setLive(false, lane.document->trace().endNs());
            lane.finished = true;
        }
        updateLaneTitle(lane);
    }
    zoomAllToFit();
    fillTable();
    m_status->setText(tr("Finished. Zooming or panning one timeline moves them all."));
    updateButtons();
    Q_EMIT finished();
}

void CompareWindow::stop()
{
    if (!isRunning())
        return;
    for (Lane &lane : m_lanes) {
        if (lane.run)
            lane.run->stop();
    }
    finishAll();
}

bool CompareWindow::isRunning() const
{
    return m_liveTimer.isActive();
}

TimelineView *CompareWindow::timeline(int run) const
{
    return run >= 0 && run < runCount() ? m_lanes[std::size_t(run)].view : nullptr;
}

TraceDocument *CompareWindow::document(int run) const
{
    return run >= 0 && run < runCount() ? m_lanes[std::size_t(run)].document : nullptr;
}

std::vector<RunSummary> CompareWindow::summaries() const
{
    std::vector<RunSummary> result;
    for (const Lane &lane : m_lanes)
        result.push_back(summarizeTrace(lane.document->trace()));
    return result;
}

void CompareWindow::fitLaneHeights()
{
    // A view whose lanes do not fit has a vertical range: grow it by that much (never
    // shrink while a run goes on, so that nothing jumps).
    for (const Lane &lane : m_lanes) {
        const int missing = lane.view->verticalScrollBar()->maximum();
        if (missing > 0)
            lane.view->setMinimumHeight(lane.view->height() + missing);
    }
}

void CompareWindow::zoomAllToFit()
{
    if (m_lanes.empty())
        return;
    fitLaneHeights();
    std::int64_t edge = 1000000;
    for (const Lane &lane : m_lanes)
        edge = std::max({edge, lane.document->liveEdgeNs(), lane.document->trace().endNs()});
    TimelineView *first = m_lanes.front().view;
    const double width =
        std::max(10.0, double(first->viewport()->width()) - 4 - first->scale().plotLeft);
    // A little room after the longest run, so that its last call is not on the edge.
    const double nsPerPx = double(edge) * 1.06 / width;
    m_syncing = true;
    for (const Lane &lane : m_lanes)
        lane.view->setTimeWindow(-double(edge) * 0.01, nsPerPx);
    m_syncing = false;
}

void CompareWindow::syncFrom(TimelineView *source)
{
    if (m_syncing)
        return;
    m_syncing = true;
    for (const Lane &lane : m_lanes) {
        if (lane.view != source)
            lane.view->setTimeWindow(source->scale().displayStartNs, source->scale().nsPerPx);
    }
    m_syncing = false;
}

void CompareWindow::fillTable()
{
    const std::vector<RunSummary> runs = summaries();
    const std::vector<CompareRow> rows = compareRows(runs);
    m_table->clear();
    m_table->setColumnCount(int(runs.size()));
    m_table->setRowCount(int(rows.size()));
    QStringList columns;
    for (std::size_t i = 0; i < runs.size(); ++i)
        columns << (i < m_lanes.size() ? m_lanes[i].label : modelTitle(runs[i].model));
    m_table->setHorizontalHeaderLabels(columns);
    QStringList rowTitles;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const CompareRow &row = rows[r];
        rowTitles << (row.client.isEmpty() ? metricTitle(row.metric)
                                           : tr("%1: %2").arg(row.client, metricTitle(row.metric)));
        for (std::size_t c = 0; c < runs.size(); ++c) {
            auto *item = new QTableWidgetItem(formatCompareValue(row, c));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(int(r), int(c), item);
        }
    }
    m_table->setVerticalHeaderLabels(rowTitles);
}

} // namespace sockscope
