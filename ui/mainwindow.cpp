#include "mainwindow.h"

#include "traceopener.h"

#include "eventlogdock.h"
#include "lessonpanels.h"
#include "mainwindowactions.h"
#include "models/modelinfo.h"
#include "preferences.h"
#include "presentationmode.h"
#include "run/run.h"
#include "runcompanion.h"
#include "scenario/scenariolibrary.h"
#include "scenariopicker.h"
#include "socketviewswitch.h"
#include "themedicon.h"
#include "timelinelegend.h"
#include "timelineview.h"
#include "trace/kernelsample.h"
#include "trace/outputfile.h"
#include "trace/tracefile.h"
#include "tracedocument.h"
#include "watchcontroller.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace sockscope {

namespace {
constexpr int kLiveTickMs = 30;        // drain period: events are on screen well within 100 ms
constexpr int kLiveTickMaxMs = 400;    // ... and never later than this, however large the run
constexpr int kLiveTickCostFactor = 4; // the GUI spends at most about 1/4 of its time on it
} // namespace

MainWindow::MainWindow(QWidget *parent) : MainWindow(Options{}, parent) {}

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent), m_options(options), m_document(new TraceDocument(this)),
      m_timeline(new TimelineView(m_document)), m_legend(new TimelineLegend),
      m_eventLog(new EventLogWidget(m_document)), m_scenarioPicker(new ScenarioPicker)
{
    setWindowTitle(tr("SockScope"));
    setObjectName(QStringLiteral("MainWindow"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_legend);
    layout->addWidget(m_timeline, 1);
    setCentralWidget(central);
    m_legend->setPalette(m_timeline->palette());

    createActions();
    createToolBars();
    createDocks();
    createStatusBar();
    {
        LessonPanels::Parts parts;
        parts.window = this;
        parts.document = m_document;
        parts.timeline = m_timeline;
        parts.legend = m_legend;
        parts.viewMenu = m_viewMenu;
        parts.secondaryDocks = {m_scenarioDock, m_eventLogDock};
        m_lessons = new LessonPanels(parts);
    }
    {
        PresentationMode *presentation = m_lessons->presentation();
        m_viewMenu->insertActions(m_presentationAction,
                                  {presentation->legendAction(), presentation->panelsAction()});
        if (auto *transport = findChild<QToolBar *>(QStringLiteral("TransportToolBar")))
            transport->insertActions(m_presentationAction,
                                     {presentation->legendAction(), presentation->panelsAction()});
    }
    m_actions->applyPreferences(MainWindowActions::Startup::Yes);

    connect(m_scenarioPicker, &ScenarioPicker::scenarioChanged, this,
            &MainWindow::onScenarioChanged);
    connect(m_scenarioPicker, &ScenarioPicker::scenarioActivated, m_companion,
            &RunCompanion::requestStart);
    connect(m_modelCombo, &QComboBox::currentIndexChanged, m_companion, &RunCompanion::refresh);
    // Before a run, the status bar names the model a run would use.
    connect(m_modelCombo, &QComboBox::currentIndexChanged, this, &MainWindow::updateStatus);
    connect(m_companion, &RunCompanion::clientsDone, this, [this] {
        if (m_companion->isHoldingServer())
            holdServer();
    });
    connect(&m_liveTimer, &QTimer::timeout, this, &MainWindow::onLiveTick);
    connect(&m_playTimer, &QTimer::timeout, this, &MainWindow::onPlayTick);
    connect(m_document, &TraceDocument::cursorChanged, this, [this] {
        updateActions();
        updateStatus();
    });
    connect(m_document, &TraceDocument::traceReset, this, &MainWindow::updateStatus);
    connect(m_document, &TraceDocument::traceReset, this, [this] { // task lanes: asyncio
        m_legend->setShowTasks(m_document->trace().model == QLatin1String("asyncio"));
        m_legend->setModel(m_document->trace().model);
    });
    connect(m_timeline, &TimelineView::followLiveChanged, m_followLiveAction, &QAction::setChecked);

    fitToScreen(m_options.screen ? m_options.screen : screen());
    if (m_options.restoreSettings)
        readSettings();
    if (m_scenarioPicker->currentScenario().isEmpty() &&
        !m_scenarioPicker->setCurrentScenario(QStringLiteral("three-clients")) &&
        !m_scenarioPicker->scenarioNames().isEmpty())
        m_scenarioPicker->setCurrentScenario(m_scenarioPicker->scenarioNames().constFirst());
    m_companion->refresh();
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    m_liveTimer.stop();
    if (m_run)
        m_run->stop();
}

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &key, QStyle::StandardPixmap icon,
                       auto slot) {
        auto *action = new QAction(themedIcon(icon), text, this);
        if (!key.isEmpty())
            action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_companion = new RunCompanion(
        this, {m_options.holdServerAfterClients, m_options.askPredictions}); // before Start
    m_startAction = make(tr("&Start"), QKeySequence(Qt::CTRL | Qt::Key_R), QStyle::SP_MediaPlay,
                         [this] { m_companion->requestStart(); });
    m_startAction->setToolTip(tr("Start the scenario under the chosen model (Ctrl+R)"));
    m_stopAction = make(tr("S&top"), QKeySequence(Qt::CTRL | Qt::Key_Period), QStyle::SP_MediaStop,
                        [this] { stopRun(); });
    m_playAction = make(tr("Play"), QKeySequence(Qt::Key_Space), QStyle::SP_MediaPlay,
                        [this] { setPlaying(!isPlaying()); });
    m_playAction->setToolTip(tr("Play / pause the replay (Space)"));
    m_prevAction = make(tr("Previous event"), QKeySequence(Qt::Key_Left),
                        QStyle::SP_MediaSeekBackward, [this] { stepPrevious(); });
    m_nextAction = make(tr("Next event"), QKeySequence(Qt::Key_Right), QStyle::SP_MediaSeekForward,
                        [this] { stepNext(); });
    m_firstAction = make(tr("First event"), QKeySequence(Qt::Key_Home),
                         QStyle::SP_MediaSkipBackward, [this] { jumpFirst(); });
    m_lastAction = make(tr("Last event"), QKeySequence(Qt::Key_End), QStyle::SP_MediaSkipForward,
                        [this] { jumpLast(); });
    m_prevJumpAction = make(tr("Previous block or wake-up"), QKeySequence(Qt::SHIFT | Qt::Key_Left),
                            QStyle::SP_ArrowBack, [this] { jumpPreviousBlockOrWakeUp(); });
    m_nextJumpAction = make(tr("Next block or wake-up"), QKeySequence(Qt::SHIFT | Qt::Key_Right),
                            QStyle::SP_ArrowForward, [this] { jumpNextBlockOrWakeUp(); });
    // Named for tests and for presentation mode, which keeps the transport on screen.
    m_firstAction->setObjectName(QStringLiteral("FirstAction"));
    m_prevAction->setObjectName(QStringLiteral("PreviousAction"));
    m_playAction->setObjectName(QStringLiteral("PlayAction"));
    m_nextAction->setObjectName(QStringLiteral("NextAction"));
    m_lastAction->setObjectName(QStringLiteral("LastAction"));
    m_followLiveAction = make(tr("Follow live"), QKeySequence(Qt::Key_F), QStyle::SP_BrowserReload,
                              [this](bool on) { m_timeline->setFollowLive(on); });
    m_followLiveAction->setCheckable(true);
    m_followLiveAction->setChecked(true);
    m_compressAction = make(tr("Compress idle gaps"), QKeySequence(Qt::Key_G),
                            QStyle::SP_ToolBarHorizontalExtensionButton,
                            [this](bool on) { m_timeline->setCompressIdleGaps(on); });
    m_compressAction->setCheckable(true);
    m_compressAction->setChecked(false);
    m_compressAction->setToolTip(tr(
        "Squeeze stretches where nothing happens (G); their real length is written on the axis"));
    m_presentationAction =
        make(tr("Presentation"), QKeySequence(Qt::Key_F11), QStyle::SP_TitleBarMaxButton,
             [this] { setPresentation(!m_presentation); });
    m_presentationAction->setCheckable(true);

    auto *zoomIn = make(tr("Zoom in"), QKeySequence(Qt::Key_Plus), QStyle::SP_ArrowUp,
                        [this] { m_timeline->zoomIn(); });
    zoomIn->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal),
                          QKeySequence(QKeySequence::ZoomIn)});
    auto *zoomOut = make(tr("Zoom out"), QKeySequence(Qt::Key_Minus), QStyle::SP_ArrowDown,
                         [this] { m_timeline->zoomOut(); });
    zoomOut->setShortcuts({QKeySequence(Qt::Key_Minus), QKeySequence(QKeySequence::ZoomOut)});
    auto *zoomFit = make(tr("Zoom to fit"), QKeySequence(Qt::Key_0), QStyle::SP_DesktopIcon,
                         [this] { m_timeline->zoomToFit(); });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open trace…"), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open trace"), {},
                                                          tr("SockScope traces (*.json)"));
        if (!path.isEmpty())
            m_actions->openTrace(path);
    });
    file->addAction(tr("&Save trace…"), QKeySequence::Save, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save trace"), {},
                                                          tr("SockScope traces (*.json)"));
        if (!path.isEmpty())
            m_actions->saveTrace(path);
    });
    file->addAction(tr("Save screens&hot…"), this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save screenshot"), {}, tr("PNG (*.png)"));
        if (!path.isEmpty())
            m_actions->saveScreenshot(path);
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addActions({m_startAction, m_stopAction});
    run->addAction(m_companion->askAction());

    QMenu *replay = menuBar()->addMenu(tr("Re&play"));
    replay->addActions({m_playAction, m_prevAction, m_nextAction, m_firstAction, m_lastAction,
                        m_prevJumpAction, m_nextJumpAction});

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addActions({zoomIn, zoomOut, zoomFit});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({m_followLiveAction, m_compressAction, m_presentationAction});
    m_viewMenu->addSeparator();
    m_socketView = new SocketViewSwitch(m_timeline, m_legend, this);
    m_socketView->installMenu(m_viewMenu);
    addAction(m_socketView->cycleAction()); // K works with the toolbar hidden (presenting)
    m_viewMenu->addSeparator();

    m_opener = new TraceOpener(this);
    connect(m_opener, &TraceOpener::opened, this,
            [this](const QString &, const std::shared_ptr<PreparedAnalysis> &prepared) {
                const qint64 dropped = prepared->trace.droppedEvents();
                const std::int64_t droppedAfterNs = prepared->trace.firstDroppedNs();
                showTrace(prepared);
                reportDropped(dropped, droppedAfterNs);
            });
    connect(m_opener, &TraceOpener::failed, this, [this](const QString &, const QString &message) {
        statusBar()->showMessage(message, 15000);
    });
    connect(m_opener, &TraceOpener::readingWithoutAThread, this, [this](const QString &path) {
        statusBar()->showMessage(
            tr("Opening %1 on the window's own thread (no other thread could be started): the "
               "window answers again when it is read")
                .arg(QFileInfo(path).fileName()));
        statusBar()->repaint(); // now: the event loop does not run until the file is read
    });
    m_actions = new MainWindowActions(this);
    m_actions->installMenus(file, run);
    m_watch = new WatchController(this, file);
    connect(m_watch, &WatchController::stateChanged, this, [this] {
        updateActions();
        updateStatus();
    });
    connect(m_watch, &WatchController::finished, this, &MainWindow::runFinished);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    stopRun();
    QMainWindow::closeEvent(event);
}

QString MainWindow::currentScenario() const
{
    return m_scenarioFile.isEmpty() ? m_scenarioPicker->currentScenario() : m_scenarioFile;
}

QString MainWindow::currentModel() const
{
    return m_modelCombo->currentData().toString();
}

bool MainWindow::selectScenario(const QString &nameOrFile)
{
    if (m_scenarioPicker->setCurrentScenario(nameOrFile)) {
        m_scenarioFile.clear();
        return true;
    }
    if (QFileInfo::exists(nameOrFile)) {
        m_scenarioFile = nameOrFile;
        return true;
    }
    return false;
}

bool MainWindow::selectModel(const QString &model)
{
    const int index = m_modelCombo->findData(model);
    if (index < 0)
        return false;
    m_modelCombo->setCurrentIndex(index);
    return true;
}

void MainWindow::onScenarioChanged(const QString &name)
{
    m_scenarioFile.clear();
    // Offer only the models the scenario was written for.
    const QStringList models = m_scenarioPicker->modelsOf(name);
    auto *model = qobject_cast<QStandardItemModel *>(m_modelCombo->model());
    for (int i = 0; i < m_modelCombo->count(); ++i) {
        const bool fits = models.isEmpty() || models.contains(m_modelCombo->itemData(i).toString());
        if (model)
            model->item(i)->setEnabled(fits);
    }
    // The model the user prefers (Preferences), else the one the scenario was written for.
    const QString preferred = Preferences::load().defaultModel;
    QString pick = !preferred.isEmpty() && (models.isEmpty() || models.contains(preferred))
                       ? preferred
                       : m_scenarioPicker->defaultModelOf(name);
    if (pick.isEmpty() && !models.isEmpty() && !models.contains(currentModel()))
        pick = models.constFirst();
    if (!pick.isEmpty())
        selectModel(pick);
    m_companion->refresh();
    updateStatus();
}

bool MainWindow::startRun(QString *error)
{
    stopRun();
    setPlaying(false);
    const QString scenarioName = currentScenario();
    const QString model = currentModel();
    QStringList problems;
    std::optional<RunConfig> config;
    if (auto scenario = loadScenario(scenarioName, &problems))
        config = scenario->fits(model) || scenario->models.isEmpty() ? scenario->configFor(model)
                                                                     : std::optional<RunConfig>();
    else if (scenarioName == QLatin1String("three-clients"))
        config = threeClientsConfig(model);
    if (!config) {
        const QString message =
            problems.isEmpty()
                ? tr("The scenario %1 does not run under the model %2.").arg(scenarioName, model)
                : problems.join(QLatin1Char('\n'));
        statusBar()->showMessage(message, 10000);
        if (error)
            *error = message;
        return false;
    }
    config->server.model = model;
    config->server.bindAddress = Preferences::load().bindAddress; // loopback unless confirmed
    m_companion->configure(*config);

    m_run = std::make_unique<Run>(*config);
    m_lessons->setRun(m_run.get());
    Trace fresh;
    fresh.scenario = scenarioName;
    fresh.model = model;
    fresh.settings = config->server.traceSettings();
    m_document->setTrace(std::move(fresh));
    m_document->setLive(true, 0);
    m_timeline->setFollowLive(true);
    m_eventLog->setFollowLive(true);
    QString startError;
    const bool started = m_run->start(&startError);
    m_runClock.start();
    m_runElapsedNs = 0;
    if (!started) {
        // The failed call (bind's EADDRINUSE, ...) is in the trace: show it.
        m_document->drain(m_run->recorder());
        m_document->setLive(false, m_document->trace().endNs());
        statusBar()->showMessage(tr("The server did not start: %1").arg(startError), 15000);
        if (error)
            *error = startError;
        updateActions();
        updateStatus();
        Q_EMIT runFinished();
        return false;
    }
    statusBar()->showMessage(
        tr("Running %1 under %2 on %3").arg(scenarioName, model, m_run->address()), 5000);
    m_companion->runStarted(m_run.get());
    m_liveTimer.start(kLiveTickMs);
    updateActions();
    updateStatus();
    return true;
}

void MainWindow::onLiveTick()
{
    if (!m_run)
        return;
    // Throttled by its own cost: a drain re-analyses the growing trace, so with tens of
    // thousands of events the next one waits a few times as long as this one took, and
    // input (keys, menus) always gets its turn in between.
    QElapsedTimer cost;
    cost.start();
    const auto adapt = qScopeGuard([this, &cost] {
        if (m_liveTimer.isActive())
            m_liveTimer.setInterval(
                std::clamp(int(cost.elapsed()) * kLiveTickCostFactor, kLiveTickMs, kLiveTickMaxMs));
    });
    m_document->drain(m_run->recorder());
    m_runElapsedNs = m_run->recorder().now();
    m_document->setLiveEdge(std::max(m_runElapsedNs, m_document->trace().endNs()));
    if (m_run->isFinished())
        finishRun();
    updateStatus();
}

void MainWindow::stopRun()
{
    if (m_watch && m_watch->isWatching()) {
        m_watch->stop();
        return;
    }
    if (!isRunning())
        return;
    m_run->stop();
    finishRun();
}

void MainWindow::finishRun()
{
    m_liveTimer.stop();
    m_holding = false;
    if (!m_run)
        return;
    m_document->drain(m_run->recorder());
    const std::int64_t end = m_document->trace().endNs();
    m_runElapsedNs = std::max(m_runElapsedNs, end);
    m_document->setLive(false, end);
    if (!m_run->failure().isEmpty())
        statusBar()->showMessage(tr("The run failed: %1").arg(m_run->failure()), 15000);
    else
        statusBar()->showMessage(tr("Finished. Step with ← and →, or press Space to replay."),
                                 10000);
    m_timeline->zoomToStory();
    m_document->setCursor(lastStepIndex(m_document->trace()));
    updateActions();
    updateStatus();
    Q_EMIT runFinished();
}

bool MainWindow::isRunning() const
{
    // Live, or holding the server after its scripted clients (stepping, but still serving).
    return (m_run && (m_document->isLive() || m_holding)) || (m_watch && m_watch->isWatching());
}

void MainWindow::holdServer()
{
    // The clients are done and the server waits (in accept, with its zombies): the run can be
    // stepped through like a finished one while the server stays up until Stop.
    if (!m_run || !m_document->isLive())
        return;
    m_holding = true;
    m_document->drain(m_run->recorder());
    m_document->setLive(false, m_document->trace().endNs());
    m_timeline->zoomToFit();
    m_document->setCursor(lastStepIndex(m_document->trace()));
    updateActions();
    updateStatus();
}

void MainWindow::showTrace(Trace trace)
{
    leaveForTrace(trace);
    m_document->setTrace(std::move(trace));
    traceShown();
}

void MainWindow::showTrace(const std::shared_ptr<PreparedAnalysis> &prepared)
{
    leaveForTrace(prepared->trace);
    m_document->setTrace(prepared);
    traceShown();
}

void MainWindow::leaveForTrace(const Trace &trace)
{
    stopRun();
    m_lessons->setRun(nullptr);
    m_run.reset();
    // The scenario list shows where the trace came from, or nothing.
    if (!selectScenario(trace.scenario)) {
        m_scenarioPicker->clearSelection();
        m_scenarioFile.clear();
    }
    if (!trace.model.isEmpty())
        selectModel(trace.model);
}

void MainWindow::traceShown()
{
    m_document->setLive(false, m_document->trace().endNs());
    m_timeline->zoomToStory();
    m_document->setCursor(lastStepIndex(m_document->trace()));
    updateActions();
    updateStatus();
}

bool MainWindow::openTraceFile(const QString &path, QString *error)
{
    QString message;
    auto trace = loadTraceFile(path, &message);
    if (!trace) {
        statusBar()->showMessage(message, 15000);
        if (error)
            *error = message;
        return false;
    }
    showOpenedTrace(std::move(*trace));
    return true;
}

void MainWindow::openTraceFileInBackground(const QString &path)
{
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    m_opener->open(path);
}

void MainWindow::showOpenedTrace(Trace trace)
{
    const qint64 dropped = trace.droppedEvents();
    const std::int64_t droppedAfterNs = trace.firstDroppedNs();
    showTrace(std::move(trace));
    reportDropped(dropped, droppedAfterNs);
}

void MainWindow::reportDropped(qint64 dropped, std::int64_t droppedAfterNs)
{
    const double droppedAfterS = double(droppedAfterNs) / 1e9;
    if (dropped > 0) {
        statusBar()->showMessage(tr("This trace is complete only up to %1 s: %2 later events were "
                                    "not kept (the recorder's memory budget was reached).")
                                     .arg(droppedAfterS, 0, 'f', 3)
                                     .arg(dropped));
    }
}

bool MainWindow::saveScreenshot(const QString &path, QString *error)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!grab().save(&buffer, "PNG")) {
        if (error)
            *error = tr("%1: the picture could not be encoded as PNG").arg(path);
        return false;
    }
    return writeOutputFile(path, buffer.data(), error);
}

void MainWindow::setReplaySpeed(double speed)
{
    const int index = m_speedCombo->findData(speed);
    if (index >= 0)
        m_speedCombo->setCurrentIndex(index);
}

void MainWindow::updateActions()
{
    const bool running = isRunning();
    const bool hasEvents = !m_document->trace().isEmpty();
    m_startAction->setEnabled(!running);
    m_stopAction->setEnabled(running);
    m_modelCombo->setEnabled(!running);
    // Stepping needs a trace that stands still: not while live (a held server is not).
    for (QAction *a : {m_prevAction, m_nextAction, m_firstAction, m_lastAction, m_prevJumpAction,
                       m_nextJumpAction, m_playAction})
        a->setEnabled(hasEvents && !m_document->isLive());
    // Only when it changes: a new icon, even the same one, lays the tool bar out again and
    // repaints it, on every step of the cursor.
    const QString playText = isPlaying() ? tr("Pause") : tr("Play");
    if (m_playAction->text() != playText) {
        m_playAction->setText(playText);
        m_playAction->setIcon(
            themedIcon(isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    }
}

} // namespace sockscope
