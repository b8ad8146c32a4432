#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QSize;

namespace sockscope {

class CaptionBar;
class ClientStepper;
class CodePane;
class CursorState;
class NarrationSource;
class NarrationWidget;
class PresentationMode;
class Run;
class StateInspector;
class TimelineLegend;
class TimelineView;
class TraceDocument;

// What turns the timeline into a lesson: the code pane, the state inspector, the narration
// (dock and caption), the client stepper and presentation mode. Built on the window's one
// TraceDocument; the main window only hooks it in.
class LessonPanels : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        QMainWindow *window = nullptr;
        TraceDocument *document = nullptr;
        TimelineView *timeline = nullptr;
        TimelineLegend *legend = nullptr;
        QMenu *viewMenu = nullptr;
        QMenu *runMenu = nullptr;            // may be null
        QList<QDockWidget *> secondaryDocks; // the window's docks hidden while presenting
    };
    explicit LessonPanels(const Parts &parts);

    CursorState *cursorState() const { return m_cursorState; }
    CodePane *codePane() const { return m_codePane; }
    StateInspector *stateInspector() const { return m_inspector; }
    NarrationWidget *narration() const { return m_narration; }
    CaptionBar *caption() const { return m_caption; }
    ClientStepper *clientStepper() const { return m_stepper; }
    PresentationMode *presentation() const { return m_presentation; }
    QDockWidget *codeDock() const { return m_codeDock; }
    QDockWidget *stateDock() const { return m_stateDock; }
    QDockWidget *narrationDock() const { return m_narrationDock; }
    QDockWidget *stepperDock() const { return m_stepperDock; }

    void setRun(Run *run);
    // Sizes the code and state docks for a window of this size.
    void fitDocks(const QSize &window);

private:
    QDockWidget *addDock(const QString &title, const QString &objectName, QWidget *widget,
                         Qt::DockWidgetArea area);

    Parts m_parts;
    CursorState *m_cursorState;
    NarrationSource *m_narrationSource;
    CodePane *m_codePane;
    StateInspector *m_inspector;
    NarrationWidget *m_narration;
    CaptionBar *m_caption;
    ClientStepper *m_stepper;
    PresentationMode *m_presentation;
    QDockWidget *m_codeDock = nullptr;
    QDockWidget *m_stateDock = nullptr;
    QDockWidget *m_narrationDock = nullptr;
    QDockWidget *m_stepperDock = nullptr;
};

} // namespace sockscope
