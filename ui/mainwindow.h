#pragma once

#include "trace/trace.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QTimer>

#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QScreen;

namespace sockscope {

class EventLogWidget;
class LessonPanels;
class MainWindowActions;
struct PreparedAnalysis;
class TraceOpener;
class ModelChooser;
class Run;
class RunCompanion;
class ScenarioPicker;
class TimelineLegend;
class SocketViewSwitch;
class TimelineView;
class TraceDocument;
class WatchController;

// Pick a scenario and a model, press Start, watch the lanes fill live, then step through the
// run. Owns the one TraceDocument every view reads, and the Run that feeds it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        bool restoreSettings = true; // off for screenshots and tests: a fixed, known layout
        // After the scripted clients finish the server keeps running until Stop (the GUI);
        // off, the run ends by itself (screenshots, tests).
        bool holdServerAfterClients = false;
        // Start asks the scenario's predict questions first (the GUI; not --play, tests).
        bool askPredictions = false;
        // The screen to open on (tests place windows on fake screens); null: the screen the
        // window would open on anyway.
        QScreen *screen = nullptr;
    };
    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    TraceDocument *document() const { return m_document; }
    TimelineView *timeline() const { return m_timeline; }
    // Who waits, what the kernel holds, or both (View > Lanes, K, --socket-view).
    SocketViewSwitch *socketViewSwitch() const { return m_socketView; }
    ScenarioPicker *scenarioPicker() const { return m_scenarioPicker; }
    EventLogWidget *eventLog() const { return m_eventLog; }
    // Code pane, state inspector, narration, client stepper, presentation mode.
    LessonPanels *lessons() const { return m_lessons; }
    // Predict questions, server choices (reap policy, console), the held server.
    RunCompanion *companion() const { return m_companion; }
    // A program of the user's own, watched (File › Watch a program…, --watch).
    WatchController *watchController() const { return m_watch; }

    QString currentScenario() const;
    QString currentModel() const;
    bool selectScenario(const QString &nameOrFile);
    bool selectModel(const QString &model);

    // Starts the chosen scenario under the chosen model. False (with a message in the status
    // bar and `error`) when the server could not start.
    bool startRun(QString *error = nullptr);
    void stopRun();
    // After the scripted clients: stop following live, keep the server up until Stop.
    void holdServer();
    bool isRunning() const;

    // Shows a trace without running anything (a trace file, a synthetic trace).
    void showTrace(Trace trace);
    // A trace analysed where it was read (TraceOpener): the views adopt the analysis.
    void showTrace(const std::shared_ptr<PreparedAnalysis> &prepared);
    bool openTraceFile(const QString &path, QString *error = nullptr);
    // The same on a worker thread: the window answers input while the file loads, and shows
    // the trace when it has (traceOpener() says how it ended).
    void openTraceFileInBackground(const QString &path);
    TraceOpener *traceOpener() const { return m_opener; }
    // The window as PNG, written atomically; on failure *error names the file and why.
    bool saveScreenshot(const QString &path, QString *error = nullptr);

    // Open/save/export, Compare, Preferences and Help (mainwindowactions.h).
    MainWindowActions *actions() const { return m_actions; }
    void setReplaySpeed(double speed);
    void setPresentationScale(double scale);

    // Sizes and centres the window in the screen's available area, all of it but a frame's
    // width; the docks get shares that leave the timeline the middle.
    void fitToScreen(QScreen *screen);

    void setPresentation(bool on);
    bool isPresentation() const { return m_presentation; }

    // Replay and stepping (the transport).
    void stepNext();
    void stepPrevious();
    void jumpFirst();
    void jumpLast();
    void jumpNextBlockOrWakeUp();
    void jumpPreviousBlockOrWakeUp();
    void setPlaying(bool on);
    bool isPlaying() const { return m_playTimer.isActive(); }

Q_SIGNALS:
    void runFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBars();
    void createDocks();
    void createStatusBar();
    void readSettings();
    void writeSettings();
    void onScenarioChanged(const QString &name);
    void onLiveTick();
    void finishRun();
    void onPlayTick();
    void updateStatus();
    void updateActions();
    bool isBlockOrWakeUp(qsizetype index) const;
    void showOpenedTrace(Trace trace);
    void reportDropped(qint64 dropped, std::int64_t droppedAfterNs); // in the status bar
    void leaveForTrace(const Trace &trace); // the run ends, its scenario and model shown
    void traceShown();                      // the whole trace in view, the cursor at its end

    Options m_options;
    TraceDocument *m_document;
    TraceOpener *m_opener = nullptr;
    TimelineView *m_timeline;
    TimelineLegend *m_legend;
    SocketViewSwitch *m_socketView = nullptr;
    EventLogWidget *m_eventLog;
    ScenarioPicker *m_scenarioPicker;
    QDockWidget *m_scenarioDock = nullptr;
    QDockWidget *m_eventLogDock = nullptr;
    ModelChooser *m_modelChooser = nullptr;
    QComboBox *m_modelCombo = nullptr; // the chooser's
    QComboBox *m_speedCombo = nullptr;
    QMenu *m_viewMenu = nullptr;
    LessonPanels *m_lessons = nullptr;

    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_prevAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_firstAction = nullptr;
    QAction *m_lastAction = nullptr;
    QAction *m_prevJumpAction = nullptr;
    QAction *m_nextJumpAction = nullptr;
    QAction *m_followLiveAction = nullptr;
    QAction *m_compressAction = nullptr;
    QAction *m_presentationAction = nullptr;

    QLabel *m_statusModel;
    QLabel *m_statusPort;
    QLabel *m_statusActors;
    QLabel *m_statusEvents;
    QLabel *m_statusElapsed;

    std::unique_ptr<Run> m_run;
    bool m_holding = false; // the clients are done; the server is kept up until Stop
    QString m_scenarioFile; // a scenario given as a file, not in the picker
    QTimer m_liveTimer;
    QElapsedTimer m_runClock;
    std::int64_t m_runElapsedNs = 0;
    QTimer m_playTimer;
    QElapsedTimer m_playClock;
    double m_replayNs = 0;
    bool m_presentation = false;
    double m_presentationScale = 1.5;
    MainWindowActions *m_actions = nullptr;
    RunCompanion *m_companion = nullptr;
    WatchController *m_watch = nullptr;
    QByteArray m_stateBeforePresentation;
    QByteArray m_geometryBeforePresentation;
};

} // namespace sockscope
