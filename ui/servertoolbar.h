#pragma once

#include "trace/event.h"

#include <QToolBar>

class QAction;
class QCheckBox;
class QComboBox;

namespace sockscope {

class ConsoleInput;

// Server choices for the next run and the server's console during a run, shown only where
// they apply: the reap policy for the forking model (none, on-accept, sigchld), for asyncio
// whether the handler's work blocks the loop (time.sleep) or is awaited, and for a
// server that watches its console, whether the scenario's scripted console line is typed
// and a line to type by hand.
class ServerToolBar : public QToolBar
{
    Q_OBJECT
public:
    explicit ServerToolBar(QWidget *parent = nullptr);

    // What the current scenario and model offer: the reap choice for forking (starting from
    // the scenario's policy), the console for a server that watches one. `scriptedConsole`
    // describes the scenario's scripted line ("\"stop\" at 800 ms"), empty when it has none.
    void configure(bool forking, ReapPolicy scenarioPolicy, bool watchesConsole,
                   const QString &scriptedConsole);

    // The asyncio choice: shown when `asyncio`, starting from the scenario's blocking_work.
    void configureAsyncio(bool asyncio, bool scenarioBlockingWork);
    // The handler's work is time.sleep() inside the coroutine (on) or await asyncio.sleep().
    bool blockingWork() const;
    void setBlockingWork(bool on);
    QCheckBox *blockingWorkBox() const { return m_blocking; }

    ReapPolicy reapPolicy() const;
    void setReapPolicy(ReapPolicy policy);
    // The scenario's scripted console lines are typed (on by default).
    bool scriptedConsole() const;
    void setScriptedConsole(bool on);

    ConsoleInput *consoleInput() const { return m_console; }
    QComboBox *reapCombo() const { return m_reap; }

private:
    void updateVisibility();

    QComboBox *m_reap;
    QCheckBox *m_blocking;
    QCheckBox *m_scripted;
    ConsoleInput *m_console;
    QAction *m_reapLabelAction;
    QAction *m_reapAction;
    QAction *m_scriptedAction;
    QAction *m_consoleAction;
    QAction *m_blockingAction;
    bool m_forking = false;
    bool m_watchesConsole = false;
    bool m_asyncio = false;
};

} // namespace sockscope
