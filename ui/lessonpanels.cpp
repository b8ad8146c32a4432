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
#include <QScrollArea>

#include <algorithm>

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
    // A long narration scrolls in its dock instead of being cut off.
    auto *narrationScroll = new QScrollArea;
    narrationScroll->setObjectName(QStringLiteral("NarrationScroll"));
    narrationScroll->setFrameShape(QFrame::NoFrame);
    narrationScroll->setWidgetResizable(true);
    narrationScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    narrationScroll->setWidget(m_narration);
    m_narrationDock = addDock(tr("What just happened"), QStringLiteral("NarrationDock"),
                              narrationScroll, Qt::BottomDockWidgetArea);
    for (QDockWidget *dock : parts.secondaryDocks) {
        if (window->dockWidgetArea(dock) == Qt::BottomDockWidgetArea) {
            window->splitDockWidget(dock, m_narrationDock, Qt::Horizontal);
            break;
        }
    }
    m_stepperDock = addDock(tr("Clients waiting for you"), QStringLiteral("ClientStepperDock"),
                            m_stepper, Qt::LeftDockWidgetArea);
    m_stepperDock->hide();
    fitDocks(window->size());

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
    views.codeDock = m_codeDock;
    views.stateDock = m_stateDock;
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

void LessonPanels::fitDocks(const QSize &window)
{
    // Code and state share the right side: about a third of the window's width, so that the
    // timeline keeps the middle on a 1024-pixel screen as on a wide one.
    const int side = std::clamp(window.width() * 3 / 10, 300, 560);
    m_parts.window->resizeDocks({m_codeDock}, {side}, Qt::Horizontal);
    const int half = std::max(150, window.height() / 2 - 60);
    m_parts.window->resizeDocks({m_codeDock, m_stateDock}, {half, half}, Qt::Vertical);
    // Under the timeline: the event log and the narration share the width, 3 : 2.
    for (QDockWidget *dock : m_parts.secondaryDocks) {
        if (m_parts.window->dockWidgetArea(dock) == Qt::BottomDockWidgetArea) {
            m_parts.window->resizeDocks({dock, m_narrationDock},
                                        {window.width() * 3 / 5, window.width() * 2 / 5},
                                        Qt::Horizontal);
            break;
        }
    }
}

void LessonPanels::setRun(Run *run)
{
    m_stepper->setRun(run);
}

} // namespace sockscope
