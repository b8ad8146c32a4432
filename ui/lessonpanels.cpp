#include "lessonpanels.h"

#include "clientstepper.h"
#include "codepane.h"
#include "cursorstate.h"
#include "narrationdock.h"
#include "presentationmode.h"
#include "stateinspector.h"
#include "timelineview.h"
#include "tracedocument.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QLayout>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace sockscope {

namespace {
QMenu *menuTitled(QMainWindow *window, const QString &title)
{
    for (QAction *action : window->menuBar()->actions()) {
        if (action->menu() && action->text() == title)
            return action->menu();
    }
    return nullptr;
}
} // namespace

LessonPanels::LessonPanels(const Parts &parts)
    : QObject(parts.window), m_parts(parts), m_cursorState(new CursorState(parts.document, this)),
      m_narrationSource(new NarrationSource(m_cursorState, this)),
      m_codePane(new CodePane(m_cursorState,
                              [timeline = parts.timeline](std::uint32_t actor) {
                                  return timeline->data().rowOfActor(actor);
                              })),
      m_inspector(new StateInspector(m_cursorState)),
      m_narration(new NarrationWidget(m_narrationSource)),
      m_caption(new CaptionBar(m_narrationSource)), m_stepper(new ClientStepper(parts.document)),
      m_presentation(nullptr)
{
    QMainWindow *window = parts.window;
    m_codeDock =
        addDock(tr("Code"), QStringLiteral("CodeDock"), m_codePane, Qt::RightDockWidgetArea);
    m_stateDock =
        addDock(tr("State"), QStringLiteral("StateDock"), m_inspector, Qt::RightDockWidgetArea);
    window->splitDockWidget(m_codeDock, m_stateDock, Qt::Vertical);
    m_narrationDock = addDock(tr("What just happened"), QStringLiteral("NarrationDock"),
                              m_narration, Qt::BottomDockWidgetArea);
    for (QDockWidget *dock : parts.secondaryDocks) {
        if (window->dockWidgetArea(dock) == Qt::BottomDockWidgetArea) {
            window->splitDockWidget(dock, m_narrationDock, Qt::Horizontal);
            break;
        }
    }
    m_stepperDock = addDock(tr("Clients waiting for you"), QStringLiteral("ClientStepperDock"),
                            m_stepper, Qt::LeftDockWidgetArea);
    m_stepperDock->hide();
    window->resizeDocks({m_codeDock}, {560}, Qt::Horizontal);
    window->resizeDocks({m_codeDock, m_stateDock}, {420, 420}, Qt::Vertical);

    // The caption sits under the timeline, in the central widget, shown while presenting.
    if (QLayout *central = window->centralWidget() ? window->centralWidget()->layout() : nullptr)
        central->addWidget(m_caption);
    m_caption->hide();

    window->addAction(m_stepper->nextStepAction());
    if (QMenu *runMenu = parts.runMenu ? parts.runMenu
                                       : menuTitled(window, QCoreApplication::translate(
                                                                "sockscope::MainWindow", "&Run"))) {
        runMenu->addSeparator();
        runMenu->addAction(m_stepper->nextStepAction());
    }
    connect(m_stepper, &ClientStepper::clientsWaiting, this, [this] {
        m_stepperDock->show();
        m_stepperDock->raise();
        // Tall enough for every waiting client's row and the Next step button.
        m_parts.window->resizeDocks({m_stepperDock}, {m_stepper->sizeHint().height() + 40},
                                    Qt::Vertical);
    });

    PresentationMode::Views views;
    views.timeline = parts.timeline;
    views.legend = parts.legend;
    views.codePane = m_codePane;
    views.caption = m_caption;
    views.secondaryDocks = parts.secondaryDocks;
    views.secondaryDocks << m_narrationDock;
    m_presentation = new PresentationMode(window, views, this);
}

QDockWidget *LessonPanels::addDock(const QString &title, const QString &objectName, QWidget *widget,
                                   Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, m_parts.window);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    m_parts.window->addDockWidget(area, dock);
    if (m_parts.viewMenu)
        m_parts.viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

void LessonPanels::setRun(Run *run)
{
    m_stepper->setRun(run);
}

} // namespace sockscope
