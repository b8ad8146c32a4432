// MainWindow: its tool bars, docks and status bar, their sizes on a screen, presentation mode
// and the settings that bring the layout back.
#include "mainwindow.h"

#include "analysis/lanes.h"
#include "eventlogdock.h"
#include "lessonpanels.h"
#include "modelchooser.h"
#include "models/modelinfo.h"
#include "presentationmode.h"
#include "run/run.h"
#include "runcompanion.h"
#include "scenariopicker.h"
#include "servertoolbar.h"
#include "socketviewswitch.h"
#include "timelineview.h"
#include "tracedocument.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

#include <algorithm>

namespace sockscope {

namespace {
const double kSpeeds[] = {0.1, 0.25, 0.5, 1.0, 2.0, 5.0}; // replay speeds, the fourth real time
} // namespace

void MainWindow::createToolBars()
{
    QToolBar *runBar = addToolBar(tr("Run"));
    runBar->setObjectName(QStringLiteral("RunToolBar"));
    runBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_modelChooser = new ModelChooser(runBar);
    m_modelCombo = m_modelChooser->combo();
    runBar->addWidget(m_modelChooser);
    runBar->addAction(m_startAction);
    runBar->addAction(m_stopAction);

    QToolBar *transport = addToolBar(tr("Transport"));
    transport->setObjectName(QStringLiteral("TransportToolBar"));
    transport->addActions({m_firstAction, m_prevJumpAction, m_prevAction, m_playAction,
                           m_nextAction, m_nextJumpAction, m_lastAction});
    transport->addSeparator();
    transport->addWidget(new QLabel(tr(" Speed: "), transport));
    m_speedCombo = new QComboBox(transport);
    for (double speed : kSpeeds)
        m_speedCombo->addItem(tr("%1×").arg(speed), speed);
    m_speedCombo->setCurrentIndex(3);
    m_speedCombo->setToolTip(tr("Replay speed, relative to the real run"));
    transport->addWidget(m_speedCombo);
    transport->addSeparator();
    transport->addAction(m_socketView->cycleAction());
    transport->addAction(m_followLiveAction);
    transport->addAction(m_compressAction);
    transport->addAction(m_presentationAction);
    // Its own row: the console line and the reap choice never go into a toolbar overflow.
    addToolBarBreak();
    addToolBar(m_companion->serverBar());
}

void MainWindow::fitToScreen(QScreen *target)
{
    if (!target)
        return;
    if (target != screen())
        setScreen(target);
    const QRect available = target->availableGeometry();
    // Leave room for the window frame the window manager adds.
    const QSize size(std::min(2400, available.width() - 16),
                     std::min(1500, available.height() - 40));
    resize(size.expandedTo(QSize(640, 480)).boundedTo(available.size()));
    move(available.center() - rect().center());
    const int side = std::clamp(width() / 5, 200, 360);
    resizeDocks({m_scenarioDock}, {side}, Qt::Horizontal);
    resizeDocks({m_eventLogDock}, {std::clamp(height() / 4, 140, 230)}, Qt::Vertical);
    if (m_lessons)
        m_lessons->fitDocks(size);
}

void MainWindow::createDocks()
{
    m_scenarioDock = new QDockWidget(tr("Scenarios"), this);
    m_scenarioDock->setObjectName(QStringLiteral("ScenarioDock"));
    m_scenarioDock->setWidget(m_scenarioPicker);
    addDockWidget(Qt::LeftDockWidgetArea, m_scenarioDock);
    m_viewMenu->addAction(m_scenarioDock->toggleViewAction());

    m_eventLogDock = new QDockWidget(tr("Event log"), this);
    m_eventLogDock->setObjectName(QStringLiteral("EventLogDock"));
    m_eventLogDock->setWidget(m_eventLog);
    addDockWidget(Qt::BottomDockWidgetArea, m_eventLogDock);
    m_viewMenu->addAction(m_eventLogDock->toggleViewAction());
    resizeDocks({m_scenarioDock}, {360}, Qt::Horizontal);
    resizeDocks({m_eventLogDock}, {230}, Qt::Vertical);
}

void MainWindow::createStatusBar()
{
    auto label = [this] {
        auto *l = new QLabel(this);
        l->setTextFormat(Qt::PlainText);
        l->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(l);
        return l;
    };
    m_statusModel = label();
    m_statusModel->setObjectName(QStringLiteral("statusModel"));
    m_statusPort = label();
    m_statusActors = label();
    m_statusEvents = label();
    m_statusElapsed = label();
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QString scenario = settings.value(QStringLiteral("run/scenario")).toString();
    if (!scenario.isEmpty())
        m_scenarioPicker->setCurrentScenario(scenario);
    const QString model = settings.value(QStringLiteral("run/model")).toString();
    if (!model.isEmpty())
        selectModel(model);
    m_speedCombo->setCurrentIndex(
        std::clamp(settings.value(QStringLiteral("replay/speedIndex"), 3).toInt(), 0,
                   m_speedCombo->count() - 1));
    const bool compress = settings.value(QStringLiteral("view/compressGaps"), false).toBool();
    m_compressAction->setChecked(compress);
    m_timeline->setCompressIdleGaps(compress);
    m_socketView->readSettings();
}

void MainWindow::writeSettings()
{
    if (!m_options.restoreSettings)
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"),
                      m_presentation ? m_stateBeforePresentation : saveState());
    settings.setValue(QStringLiteral("run/scenario"), currentScenario());
    settings.setValue(QStringLiteral("run/model"), currentModel());
    settings.setValue(QStringLiteral("replay/speedIndex"), m_speedCombo->currentIndex());
    settings.setValue(QStringLiteral("view/compressGaps"), m_compressAction->isChecked());
    m_socketView->writeSettings();
}

void MainWindow::setPresentationScale(double scale)
{
    m_presentationScale = scale;
    // While presenting this applies at once, raised as far as the screen needs.
    m_lessons->presentation()->setScale(scale);
}

void MainWindow::setPresentation(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    m_presentationAction->setChecked(on);
    if (on) {
        m_stateBeforePresentation = saveState();
        m_geometryBeforePresentation = isVisible() ? saveGeometry() : QByteArray();
        m_lessons->presentation()->setScale(m_presentationScale);
        m_lessons->presentation()->enter();
        showFullScreen();
    } else {
        m_lessons->presentation()->leave();
        showNormal();
        restoreState(m_stateBeforePresentation);
        if (!m_geometryBeforePresentation.isEmpty())
            restoreGeometry(m_geometryBeforePresentation);
        else
            fitToScreen(screen());
    }
}

void MainWindow::updateStatus()
{
    const Trace &trace = m_document->trace();
    // Before a run, the model a run would use; an opened trace that names none (a hand-made
    // or generated one) is not said to be of the chooser's model.
    const QString model = trace.model.isEmpty() ? currentModel() : trace.model;
    const bool unnamed = trace.model.isEmpty() && !trace.isEmpty();
    const ModelInfo *info = findModel(model);
    const bool watched = model == QLatin1String("watched");
    m_modelChooser->setShowingWatchedProgram(watched);
    m_statusModel->setText(watched   ? tr("Model: your own program (watched)")
                           : unnamed ? tr("Model: not named in this trace")
                                     : tr("Model: %1").arg(info ? info->title : model));
    m_statusPort->setText(m_run && m_run->port() ? tr("Port: %1").arg(m_run->port())
                                                 : tr("Port: —"));
    int live = 0;
    for (const LaneRow &row : m_timeline->data().rows())
        live += row.lane.ended ? 0 : 1;
    m_statusActors->setText(m_document->isLive() ? tr("Live actors: %1").arg(live)
                                                 : tr("Actors: %1").arg(trace.actors().size()));
    const qsizetype cursor = m_document->cursor();
    m_statusEvents->setText(cursor >= 0 && !m_document->isLive()
                                ? tr("Event %1 of %2").arg(cursor + 1).arg(trace.size())
                                : tr("Events: %1").arg(trace.size()));
    const std::int64_t elapsed = m_document->isLive() ? m_runElapsedNs : trace.endNs();
    m_statusElapsed->setText(tr("Elapsed: %1 ms").arg(double(elapsed) / 1e6, 0, 'f', 1));
}

} // namespace sockscope
