#pragma once

#include "watch/watchsession.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QAction;
class QMenu;

namespace sockscope {

class MainWindow;
class ProgramConsoleDock;

// A watched program in the main window (File › Watch a program…, sockscope --watch): drains
// its session into the window's one TraceDocument like a model run (same lanes, narration,
// inspector, code pane), shows its console, and stops it with the window's Stop. The session
// (core/watch) runs it; this only displays.
class WatchController : public QObject
{
    Q_OBJECT
public:
    WatchController(MainWindow *window, QMenu *fileMenu);
    ~WatchController() override;

    QAction *watchAction() const { return m_action; }
    ProgramConsoleDock *console() const { return m_console; }
    WatchSession *session() const { return m_session.get(); }

    // Starts watching (ends a run or watch that is going on). False with a message in the
    // status bar and *error when the program cannot be watched or does not start.
    bool watch(const WatchRequest &request, QString *error = nullptr);
    bool isWatching() const { return m_session && m_live; }
    void stop();
    // File › Watch a program…: the dialog, then watch().
    void askAndWatch();

Q_SIGNALS:
    void stateChanged(); // started or finished: the window updates its actions and status
    void finished();

private:
    void tick();
    void finish();

    MainWindow *m_window;
    QAction *m_action;
    ProgramConsoleDock *m_console;
    std::unique_ptr<WatchSession> m_session;
    WatchRequest m_last; // what the dialog offers next time
    QTimer m_timer;
    bool m_live = false;
};

} // namespace sockscope
