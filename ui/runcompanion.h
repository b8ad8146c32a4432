#pragma once

#include "run/runconfig.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;

namespace sockscope {

class MainWindow;
class PredictDialog;
class Run;
class ServerToolBar;

// What a GUI run brings besides the timeline, kept out of the main window:
// - the scenario's predict questions, asked when the user presses Start (the run starts once
//   they are answered or skipped) and revealed once the clients are done;
// - the server choices for the next run (reap policy) and the server's console (a line typed
//   in the GUI goes through the run into the real console pipe);
// - holding the server after the scripted clients finish (blocked in accept(), its zombies
//   still zombies) until Stop or the next run, so that `ps` shows what the lesson says.
class RunCompanion : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool holdServer = false;     // keep the server running after the clients are done
        bool askPredictions = false; // ask the predict questions when Start is pressed
    };
    RunCompanion(MainWindow *window, const Options &options);

    ServerToolBar *serverBar() const { return m_bar; }
    PredictDialog *predictDialog() const { return m_dialog; }
    // Run > Ask predictions: on for this session unless "Don't ask again" was chosen.
    QAction *askAction() const { return m_askAction; }
    bool holdsServer() const { return m_options.holdServer; }

    // Start pressed: the questions first (when asked and the scenario has some for the
    // model), then the run.
    void requestStart();
    // The scenario or the model changed: which server choices apply.
    void refresh();
    // Before a run starts: the choices made here, and whether the server is held.
    void configure(RunConfig &config) const;
    // The run has started (it stays alive until runFinished or the next run).
    void runStarted(Run *run);

    // The clients of the current run are done and the run holds its server (tests).
    bool isHoldingServer() const;

Q_SIGNALS:
    void clientsDone();

private:
    void onRunFinished();
    void poll();
    void startAfterQuestions(bool answered);
    void typeLine(const QByteArray &line);

    MainWindow *m_window;
    Options m_options;
    ServerToolBar *m_bar;
    PredictDialog *m_dialog;
    QAction *m_askAction;
    QTimer m_poll;
    Run *m_run = nullptr;
    bool m_clientsDoneSeen = false;
    bool m_revealPending = false;
    QString m_scenarioShown; // the scenario the server choices were set up for
};

} // namespace sockscope
