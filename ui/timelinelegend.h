#pragma once

#include "timelinegeometry.h"
#include "timelinepalette.h"

#include <QWidget>

namespace sockscope {

// What the timeline's colours and shapes mean, in one strip above it.
class TimelineLegend : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineLegend(QWidget *parent = nullptr);
    void setPalette(const TimelinePalette &palette);
    void setScaleFactor(double factor);
    // Adds the task lanes' entries (asyncio): a suspended task, a running slice, a resume.
    void setShowTasks(bool on);
    bool showsTasks() const { return m_showTasks; }
    // The entries of the lanes shown: calls, the kernel's states and gauges, or both.
    void setSocketView(SocketView view);
    SocketView socketView() const { return m_socketView; }
    // The model of the trace shown: only the entries its lanes can show (TimelinePalette::
    // legend()); empty: all.
    void setModel(const QString &model);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // Lays the entries out in rows for `width`; returns the height used.
    int layoutEntries(int width, std::vector<QRect> *rects) const;
    QFont legendFont() const;

    TimelinePalette m_palette;
    double m_scaleFactor = 1.0;
    bool m_showTasks = false;
    SocketView m_socketView = SocketView::Waits;
    QString m_model;
};

} // namespace sockscope
