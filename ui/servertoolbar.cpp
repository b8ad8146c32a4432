#include "servertoolbar.h"

#include "consoleinput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>

namespace sockscope {

ServerToolBar::ServerToolBar(QWidget *parent)
    : QToolBar(parent), m_reap(new QComboBox(this)), m_blocking(new QCheckBox(this)),
      m_scripted(new QCheckBox(this)), m_console(new ConsoleInput(this))
{
    setWindowTitle(tr("Server"));
    setObjectName(QStringLiteral("ServerToolBar"));
    m_reapLabelAction = addWidget(new QLabel(tr(" Reap: "), this));
    m_reap->setObjectName(QStringLiteral("ReapPolicyCombo"));
    m_reap->addItem(tr("none"), int(ReapPolicy::None));
    m_reap->setItemData(0, tr("The parent never calls waitpid(): finished children stay zombies"),
                        Qt::ToolTipRole);
    m_reap->addItem(tr("on-accept"), int(ReapPolicy::OnAccept));
    m_reap->setItemData(1,
                        tr("After each accept() the parent calls waitpid(pid, WNOHANG) for "
                           "its children"),
                        Qt::ToolTipRole);
    m_reap->addItem(tr("sigchld"), int(ReapPolicy::Sigchld));
    m_reap->setItemData(2, tr("A child's death wakes a reaper at once, as a SIGCHLD handler would"),
                        Qt::ToolTipRole);
    m_reap->setToolTip(tr("How the forking server collects its finished children (next run)"));
    m_reapAction = addWidget(m_reap);
    m_blocking->setObjectName(QStringLiteral("BlockingWorkBox"));
    m_blocking->setText(tr("Blocking work (time.sleep)"));
    m_blocking->setToolTip(
        tr("On: the handler works with time.sleep() inside the coroutine, a blocking call "
           "that stops the loop thread and so every task. Off: it awaits asyncio.sleep(), and "
           "the loop serves the other tasks meanwhile (next run)"));
    m_blockingAction = addWidget(m_blocking);
    m_scripted->setText(tr("Scripted line"));
    m_scripted->setChecked(true);
    m_scriptedAction = addWidget(m_scripted);
    m_consoleAction = addWidget(m_console);
    configure(false, ReapPolicy::OnAccept, false, QString());
}

void ServerToolBar::configure(bool forking, ReapPolicy scenarioPolicy, bool watchesConsole,
                              const QString &scriptedConsole)
{
    setReapPolicy(scenarioPolicy);
    m_reapLabelAction->setVisible(forking);
    m_reapAction->setVisible(forking);
    m_scriptedAction->setVisible(watchesConsole && !scriptedConsole.isEmpty());
    m_scripted->setToolTip(
        tr("On: the scenario types %1 at the console. Off: nothing is typed but what you "
           "type.")
            .arg(scriptedConsole));
    m_consoleAction->setVisible(watchesConsole);
    m_forking = forking;
    m_watchesConsole = watchesConsole;
    updateVisibility();
}

void ServerToolBar::configureAsyncio(bool asyncio, bool scenarioBlockingWork)
{
    m_blocking->setChecked(scenarioBlockingWork);
    m_asyncio = asyncio;
    updateVisibility();
}

void ServerToolBar::updateVisibility()
{
    m_blockingAction->setVisible(m_asyncio);
    setVisible(m_forking || m_watchesConsole || m_asyncio);
}

bool ServerToolBar::blockingWork() const
{
    return m_blocking->isChecked();
}

void ServerToolBar::setBlockingWork(bool on)
{
    m_blocking->setChecked(on);
}

ReapPolicy ServerToolBar::reapPolicy() const
{
    return ReapPolicy(m_reap->currentData().toInt());
}

void ServerToolBar::setReapPolicy(ReapPolicy policy)
{
    const int index = m_reap->findData(int(policy));
    if (index >= 0)
        m_reap->setCurrentIndex(index);
}

bool ServerToolBar::scriptedConsole() const
{
    return m_scripted->isChecked();
}

void ServerToolBar::setScriptedConsole(bool on)
{
    m_scripted->setChecked(on);
}

} // namespace sockscope
