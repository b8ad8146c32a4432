#include "themedicon.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>

namespace sockscope {

namespace {
class ThemedIconEngine : public QIconEngine
{
public:
    explicit ThemedIconEngine(QStyle::StandardPixmap which) : m_which(which) {}

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap base = QApplication::style()->standardIcon(m_which).pixmap(size, mode, state);
        const QPalette palette = QApplication::palette();
        if (!isDarkPalette(palette) || base.isNull())
            return base;
        // The glyph's shape in the text colour.
        QPixmap tinted(base.size());
        tinted.setDevicePixelRatio(base.devicePixelRatio());
        tinted.fill(Qt::transparent);
        QPainter p(&tinted);
        p.drawPixmap(0, 0, base);
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        const QPalette::ColorGroup group =
            mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
        p.fillRect(QRect(QPoint(0, 0), base.size()), palette.color(group, QPalette::ButtonText));
        p.end();
        return tinted;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pm = pixmap(rect.size() * dpr, mode, state);
        pm.setDevicePixelRatio(dpr);
        painter->drawPixmap(rect, pm);
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return QApplication::style()->standardIcon(m_which).actualSize(size, mode, state);
    }

    QIconEngine *clone() const override { return new ThemedIconEngine(m_which); }

private:
    QStyle::StandardPixmap m_which;
};
} // namespace

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QIcon themedIcon(QStyle::StandardPixmap which)
{
    return QIcon(new ThemedIconEngine(which));
}

} // namespace sockscope
