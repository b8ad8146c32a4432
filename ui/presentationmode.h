#pragma once

#include "timelinepalette.h"

#include <QFont>
#include <QHash>
#include <QObject>
#include <QPalette>
#include <QPointer>
#include <QSize>

class QDockWidget;
class QMainWindow;
class QToolBar;

namespace sockscope {

class CaptionBar;
class CodePane;
class TimelineLegend;
class TimelineView;

// For a classroom projector: bigger fonts and lines, a high-contrast palette, only the docks
// that teach, large transport buttons and the narration as a caption. Outside it, the views
// follow the system's light or dark palette. The window saves and restores its dock layout
// around enter()/leave(); this puts back everything saveState() does not know about.
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
        QList<QDockWidget *> secondaryDocks; // hidden while presenting
    };
    PresentationMode(QMainWindow *window, const Views &views, QObject *parent = nullptr);

    bool isActive() const { return m_active; }
    double scale() const { return m_scale; }
    void setScale(double scale); // 1.0 .. 3.0; applies at once while presenting
    void enter();
    void leave();

    // Light or dark as the system palette is; called again when it changes.
    void followSystemPalette();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyScale();
    static QPalette highContrastWidgets();

    QMainWindow *m_window;
    Views m_views;
    bool m_active = false;
    bool m_applying = false;
    double m_scale = 1.5;
    QFont m_savedFont;
    QPalette m_savedPalette;
    bool m_hadOwnPalette = false;
    bool m_hadOwnFont = false;
    QHash<QToolBar *, QSize> m_savedIconSizes;
    QHash<QToolBar *, Qt::ToolButtonStyle> m_savedButtonStyles;
};

} // namespace sockscope
