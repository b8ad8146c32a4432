#pragma once

#include <QDialog>

namespace sockscope {

// Help > How to read the timeline: every colour, bar, arrow and cell of the timeline, drawn
// with the timeline's own palette, next to a sentence on what it means.
class TimelineGuide : public QDialog
{
    Q_OBJECT
public:
    explicit TimelineGuide(QWidget *parent = nullptr);
};

} // namespace sockscope
