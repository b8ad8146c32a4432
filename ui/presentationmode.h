#pragma once

#include "timelinepalette.h"

#include <QFont>
#include <QHash>
#include <QObject>
#include <QPalette>
#include <QPointer>
#include <QSize>

class QAction;
class QDockWidget;
class QMainWindow;
class QToolBar;
class QWidget;

namespace sockscope {

class CaptionBar;
class CodePane;
class TimelineLegend;
class TimelineView;

// For a classroom projector: full screen, text no smaller than the back of the room can read,
// a high-contrast palette, the timeline taking most of the screen, the transport in one row
// and the narration as a caption. The legend and the code + state strip are there on demand
// (L and C). Outside it, the views follow the system's light or dark palette. The window
// saves and restores its dock layout around enter()/leave(); this puts back everything
// saveState() does not know about.
class PresentationMode : public QObject
{
    Q_OBJECT
public:
    struct Views
    {
        TimelineView *timeline = nullptr;
        TimelineLegend *legend = nullptr;
        CodePane *codePane = nullptr;
        CaptionBar *caption = nullptr;
        QDockWidget *codeDock = nullptr; // with stateDock: the strip under the timeline
        QDockWidget *stateDock = nullptr;
        QList<QDockWidget *> secondaryDocks; // hidden while presenting
    };
    PresentationMode(QMainWindow *window, const Views &views, QObject *parent = nullptr);

    bool isActive() const { return m_active; }
    double scale() const { return m_scale; }
    void setScale(double scale); // 1.0 .. 3.0 (the user's choice); applies at once
    void enter();
    void leave();

    // Shows or hides the legend above the timeline (L). Hidden at first while presenting.
    QAction *legendAction() const { return m_legendAction; }
    // Shows or hides the code pane and the state inspector together (C). While presenting
    // they form one strip under the timeline, hidden at first.
    QAction *panelsAction() const { return m_panelsAction; }

    // The smallest text while presenting on a screen of this size: 18 px at 1024x768,
    // 22 px at 1920x1080, in between in proportion to the height.
    static int minimumTextPx(const QSize &screen);
    // The smallest text TimelineView draws at scale factor 1 (the ready-set cells).
    static constexpr double kTimelineSmallestTextPx = 11.0;
    // The scale the views get while presenting: the user's, raised until the timeline's
    // smallest text reaches minimumTextPx().
    double effectiveScale() const;
    int textPx() const { return m_textPx; }

    // Light or dark as the system palette is; called again when it changes.
    void followSystemPalette();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyScale();
    void showPanels(bool on);
    void syncPanelsAction();
    QSize screenSize() const;
    static QPalette highContrastWidgets();

    QMainWindow *m_window;
    Views m_views;
    QAction *m_legendAction;
    QAction *m_panelsAction;
    bool m_active = false;
    bool m_applying = false;
    double m_scale = 1.5;
    int m_textPx = 18;
    QFont m_savedFont;
    QPalette m_savedPalette;
    bool m_hadOwnFont = false;
    bool m_hadOwnPalette = false;
    bool m_legendWasVisible = true;
    bool m_statusBarWasVisible = true;
    QHash<QToolBar *, QSize> m_savedIconSizes;
    QHash<QToolBar *, Qt::ToolButtonStyle> m_savedButtonStyles;
    QList<QPointer<QWidget>> m_hiddenToolBarLabels;
};

} // namespace sockscope
