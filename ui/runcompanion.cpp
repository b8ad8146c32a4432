#include "runcompanion.h"

#include "consoleinput.h"
#include "mainwindow.h"
#include "predictdialog.h"
#include "run/run.h"
#include "scenario/scenariolibrary.h"
#include "servertoolbar.h"

#include <QAction>
#include <QStatusBar>

#include <unistd.h>

namespace sockscope {

namespace {
constexpr int kPollMs = 100;
const QString kForking = QStringLiteral("forking");
const QString kAsyncio = QStringLiteral("asyncio");

// The questions about this run: its model, and its settings as configured (blocking_work).
std::vector<PredictQuestion> questionsFor(const Scenario &scenario, const QString &model,
                                          const QMap<QString, QString> &settings)
{
    std::vector<PredictQuestion> questions;
    for (const PredictQuestion &q : scenario.questions) {
        if ((q.models.isEmpty() || q.models.contains(model)) &&
            blockingWorkFits(q.blockingWork, settings))
            questions.push_back(q);
    }
    return questions;
}
} // namespace

RunCompanion::RunCompanion(MainWindow *window, const Options &options)
    : QObject(window), m_window(window), m_options(options), m_bar(new ServerToolBar(window)),
      m_dialog(new PredictDialog(window)), m_askAction(new QAction(this))
{
    m_askAction->setText(tr("Ask &predictions"));
    m_askAction->setToolTip(tr("Ask the scenario's predict questions before a run"));
    m_askAction->setCheckable(true);
    m_askAction->setChecked(options.askPredictions);
    connect(m_dialog, &PredictDialog::answered, this, [this] { startAfterQuestions(true); });
    connect(m_dialog, &PredictDialog::skipped, this, [this] { startAfterQuestions(false); });
    connect(m_bar->consoleInput(), &ConsoleInput::lineEntered, this, &RunCompanion::typeLine);
    connect(window, &MainWindow::runFinished, this, &RunCompanion::onRunFinished);
    connect(&m_poll, &QTimer::timeout, this, &RunCompanion::poll);
}

void RunCompanion::requestStart()
{
    if (m_dialog->mode() == PredictDialog::Mode::Asking) {
        m_dialog->raise();
        return;
    }
    if (m_askAction->isChecked()) {
        QStringList problems;
        const QString model = m_window->currentModel();
        if (auto scenario = loadScenario(m_window->currentScenario(), &problems);
            scenario && (scenario->models.isEmpty() || scenario->fits(model))) {
            RunConfig config = scenario->configFor(model);
            configure(config);
            std::vector<PredictQuestion> questions =
                questionsFor(*scenario, model, config.server.traceSettings());
            if (!questions.empty()) {
                m_dialog->ask(scenario->title.isEmpty() ? scenario->name : scenario->title,
                              questions);
                return;
            }
        }
    }
    m_revealPending = false;
    m_window->startRun();
}

void RunCompanion::startAfterQuestions(bool answered)
{
    if (m_dialog->dontAskAgain())
        m_askAction->setChecked(false);
    m_revealPending = false; // a run stopped by this start reveals nothing of these answers
    const bool started = m_window->startRun();
    m_revealPending = started && answered;
}

void RunCompanion::refresh()
{
    const QString name = m_window->currentScenario();
    const QString model = m_window->currentModel();
    QStringList problems;
    std::optional<Scenario> scenario = loadScenario(name, &problems);
    const bool fits = scenario && (scenario->models.isEmpty() || scenario->fits(model));
    RunConfig config = fits ? scenario->configFor(model) : RunConfig{};
    QStringList lines;
    for (const ConsoleLine &line : config.console)
        lines << tr("\"%1\" at %2 ms").arg(escapeBytes(line.text.trimmed())).arg(line.atMs);
    const ReapPolicy keep = m_bar->reapPolicy();
    const bool keepBlocking = m_bar->blockingWork();
    const bool sameScenario = name == m_scenarioShown;
    m_bar->configure(model == kForking, config.server.reap,
                     fits && config.server.watchConsole && model != kForking,
                     lines.join(QStringLiteral(", ")));
    m_bar->configureAsyncio(config.server.model == kAsyncio, config.server.blockingWork);
    // A choice made for this scenario stays until another scenario is chosen.
    if (sameScenario) {
        m_bar->setReapPolicy(keep);
        m_bar->setBlockingWork(keepBlocking);
    }
    m_scenarioShown = name;
}

void RunCompanion::configure(RunConfig &config) const
{
    if (config.server.model == kForking)
        config.server.reap = m_bar->reapPolicy();
    if (config.server.model == kAsyncio)
        config.server.blockingWork = m_bar->blockingWork();
    if (config.server.watchConsole && !m_bar->scriptedConsole())
        config.console.clear();
    config.endWhenClientsDone = !m_options.holdServer;
}

void RunCompanion::runStarted(Run *run)
{
    m_run = run;
    m_clientsDoneSeen = false;
    m_poll.start(kPollMs);
    poll();
}

bool RunCompanion::isHoldingServer() const
{
    return m_run && m_clientsDoneSeen && m_options.holdServer && m_run->isServerServing() &&
           !m_run->isFinished();
}

void RunCompanion::poll()
{
    if (!m_run)
        return;
    const bool serving = m_run->isServerServing();
    m_bar->consoleInput()->setReady(serving && m_run->watchesConsole());
    if (m_clientsDoneSeen || !m_run->clientsDone())
        return;
    m_clientsDoneSeen = true;
    if (isHoldingServer()) {
        m_window->statusBar()->showMessage(
            tr("Clients done; the server is still running (pid %1): press Stop.").arg(::getpid()));
    }
    if (m_revealPending) {
        m_revealPending = false;
        m_dialog->reveal();
    }
    Q_EMIT clientsDone();
}

void RunCompanion::onRunFinished()
{
    if (m_run && !m_clientsDoneSeen && m_run->clientsDone())
        poll(); // the clients finished between two polls: say so once
    m_poll.stop();
    m_bar->consoleInput()->setReady(false);
    m_run = nullptr;
    if (m_revealPending) {
        m_revealPending = false;
        m_dialog->reveal();
    }
}

void RunCompanion::typeLine(const QByteArray &line)
{
    if (!m_run)
        return;
    const QString shown = escapeBytes(line);
    if (m_run->typeConsoleLine(line))
        m_window->statusBar()->showMessage(
            tr("Wrote \"%1\" into the server's console pipe: its wait reports the pipe readable, "
               "and any line ends the server's loop.")
                .arg(shown),
            10000);
    else
        m_window->statusBar()->showMessage(
            tr("The server no longer reads its console: \"%1\" was not written.").arg(shown),
            10000);
}

} // namespace sockscope
