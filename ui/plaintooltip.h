#pragma once

#include <QLabel>

namespace sockscope {

// A tooltip that is always plain text. QToolTip guesses rich text from the content
// (Qt::mightBeRichText), and a timeline tooltip shows bytes that came from the network.
class PlainToolTip : public QLabel
{
    Q_OBJECT
public:
    explicit PlainToolTip(QWidget *parent = nullptr);
    // Shows `text` near `globalPos`, kept on the screen.
    void showText(const QPoint &globalPos, const QString &text);
};

} // namespace sockscope
