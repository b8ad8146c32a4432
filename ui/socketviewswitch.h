#pragma once

#include "timelinegeometry.h"

#include <QObject>
#include <QString>

#include <optional>

class QAction;
class QActionGroup;
class QMenu;

namespace sockscope {

class TimelineLegend;
class TimelineView;

// "waits", "kernel", "both" (the command line's --socket-view) and back.
std::optional<SocketView> socketViewFromName(const QString &name);
QString socketViewName(SocketView view);

// The switch between the lanes of who waits, of what the kernel holds (socket lanes), or
// both: three choices in the View menu, one button that steps through them (K) for the
// toolbar and presentation mode, remembered in the settings (view/socketView).
class SocketViewSwitch : public QObject
{
    Q_OBJECT
public:
    SocketViewSwitch(TimelineView *timeline, TimelineLegend *legend, QObject *parent);

    // A "Lanes" submenu with the three choices, added to `viewMenu`.
    void installMenu(QMenu *viewMenu);
    // Steps to the next view (K); its text says which lanes are shown.
    QAction *cycleAction() const { return m_cycle; }
    QAction *actionFor(SocketView view) const;

    SocketView view() const;
    void setView(SocketView view);

    void readSettings();
    void writeSettings() const;

private:
    void sync();

    TimelineView *m_timeline;
    TimelineLegend *m_legend;
    QActionGroup *m_group;
    QAction *m_waits;
    QAction *m_kernel;
    QAction *m_both;
    QAction *m_cycle;
};

} // namespace sockscope
