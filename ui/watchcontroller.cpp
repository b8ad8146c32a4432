#include "watchcontroller.h"

#include "eventlogdock.h"
#include "mainwindow.h"
#include "programconsoledock.h"
#include "timelineview.h"
#include "trace/event.h"
#include "trace/kernelsample.h"
#include "tracedocument.h"
#include "watchdialog.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>

namespace sockscope {

namespace {
constexpr int kTickMs = 40;
}

WatchController::WatchController(MainWindow *window, QMenu *fileMenu)
    : QObject(window), m_window(window), m_action(new QAction(tr("&Watch a program…"), window)),
      m_console(new ProgramConsoleDock(window))
{
    m_action->setObjectName(QStringLiteral("WatchAction"));
    m_action->setToolTip(
        tr("Run a program of your own (a Python or C server) and draw it like a model"));
    const QList<QAction *> existing = fileMenu->actions();
    fileMenu->insertAction(existing.isEmpty() ? nullptr : existing.first(), m_action);
    connect(m_action, &QAction::triggered, this, &WatchController::askAndWatch);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_console);
    m_console->hide();
    connect(m_console, &ProgramConsoleDock::lineEntered, this, [this](const QByteArray &line) {
        if (!m_session || !m_session->writeInput(line))
            m_console->appendNote(tr("The line was not written: the program does not read its "
                                     "input now, or has closed it."));
    });
    connect(m_console, &ProgramConsoleDock::endOfInput, this, [this] {
        if (m_session)
            m_session->closeInput();
    });
    connect(&m_timer, &QTimer::timeout, this, &WatchController::tick);
    m_last.program << QStringLiteral("python3");
}

WatchController::~WatchController()
{
    m_timer.stop();
    if (m_session)
        m_session->stop();
}

void WatchController::askAndWatch()
{
    WatchDialog dialog(m_window);
    dialog.setRequest(m_last);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_last = dialog.request();
    watch(m_last);
}

bool WatchController::watch(const WatchRequest &request, QString *error)
{
    stop();
    QString problem;
    std::unique_ptr<WatchSession> session = WatchSession::create(request, &problem);
    auto fail = [&](const QString &message) {
        m_window->statusBar()->showMessage(message, 15000);
        if (error)
            *error = message;
        Q_EMIT stateChanged();
        return false;
    };
    if (!session)
        return fail(problem);
    Trace fresh;
    fresh.scenario = request.scenario.isEmpty() ? QStringLiteral("watch") : request.scenario;
    fresh.model = QStringLiteral("watched");
    fresh.settings.insert(QStringLiteral("program"), request.program.join(QLatin1Char(' ')));
    fresh.settings.insert(QStringLiteral("cwd"), QDir(request.workingDirectory).absolutePath());
    m_window->showTrace(std::move(fresh)); // ends a model run, drops its Run
    TraceDocument *document = m_window->document();
    document->setLive(true, 0);
    m_window->timeline()->setFollowLive(true);
    m_window->eventLog()->setFollowLive(true);
    m_console->clear(tr("%1: its output and error; type a line for its input below")
                         .arg(escapeText(request.program.join(QLatin1Char(' ')))));
    if (m_console->isHidden()) {
        // Beside the event log: the program's words next to its calls.
        if (auto *log = m_window->findChild<QDockWidget *>(QStringLiteral("EventLogDock")))
            m_window->splitDockWidget(log, m_console, Qt::Horizontal);
        m_console->show();
    }
    m_console->raise();
    m_session = std::move(session);
    if (!m_session->start(&problem)) {
        m_session.reset();
        document->setLive(false, 0);
        return fail(tr("The program did not start: %1").arg(problem));
    }
    m_live = true;
    m_console->setInputOpen(true);
    m_window->statusBar()->showMessage(
        tr("Watching %1 (pid %2); Stop ends it and everything it forked.")
            .arg(escapeText(request.program.first()))
            .arg(m_session->pid()),
        8000);
    m_timer.start(kTickMs);
    Q_EMIT stateChanged();
    return true;
}

void WatchController::tick()
{
    if (!m_session)
        return;
    const bool finishedBefore = m_session->isFinished(); // everything is recorded by then
    TraceDocument *document = m_window->document();
    document->drain(m_session->recorder());
    document->setSources(m_session->sources());
    document->setLiveEdge(std::max(m_session->recorder().now(), document->trace().endNs()));
    m_console->appendOutput(m_session->takeOutput());
    if (finishedBefore)
        finish();
}

void WatchController::stop()
{
    if (!isWatching())
        return;
    m_session->stop();
    finish();
}

void WatchController::finish()
{
    m_timer.stop();
    if (!m_live)
        return;
    m_live = false;
    TraceDocument *document = m_window->document();
    document->drain(m_session->recorder());
    document->setSources(m_session->sources());
    m_console->appendOutput(m_session->takeOutput());
    m_console->setInputOpen(false);
    const QString outcome = m_session->outcome();
    m_console->appendNote(outcome);
    for (const QString &problem : m_session->problems())
        m_console->appendNote(problem);
    const std::int64_t end = document->trace().endNs();
    document->setLive(false, end);
    m_window->timeline()->zoomToStory();
    document->setCursor(lastStepIndex(document->trace()));
    m_window->statusBar()->showMessage(
        tr("%1 Step with ← and →, or press Space to replay.").arg(outcome), 15000);
    Q_EMIT stateChanged();
    Q_EMIT finished();
}

} // namespace sockscope
