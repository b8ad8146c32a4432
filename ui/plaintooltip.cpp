#include "plaintooltip.h"

#include <QGuiApplication>
#include <QScreen>

namespace sockscope {

PlainToolTip::PlainToolTip(QWidget *parent)
    : QLabel(parent, Qt::ToolTip | Qt::BypassGraphicsProxyWidget)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setForegroundRole(QPalette::ToolTipText);
    setBackgroundRole(QPalette::ToolTipBase);
    setAutoFillBackground(true);
    setMargin(8);
    setFrameStyle(QFrame::Box | QFrame::Plain);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    setFont(f);
}

void PlainToolTip::showText(const QPoint &globalPos, const QString &text)
{
    if (text.isEmpty()) {
        hide();
        return;
    }
    setText(text);
    adjustSize();
    QPoint pos = globalPos + QPoint(16, 20);
    if (const QScreen *screen = QGuiApplication::screenAt(globalPos)) {
        const QRect area = screen->availableGeometry();
        if (pos.x() + width() > area.right())
            pos.setX(globalPos.x() - width() - 8);
        if (pos.y() + height() > area.bottom())
            pos.setY(globalPos.y() - height() - 8);
    }
    move(pos);
    show();
    raise();
}

} // namespace sockscope
