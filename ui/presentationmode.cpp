#include "presentationmode.h"

#include "codepane.h"
#include "narrationdock.h"
#include "timelinelegend.h"
#include "timelineview.h"

#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QToolBar>

#include <algorithm>

namespace sockscope {

PresentationMode::PresentationMode(QMainWindow *window, const Views &views, QObject *parent)
    : QObject(parent), m_window(window), m_views(views)
{
    m_window->installEventFilter(this);
    followSystemPalette();
}

QPalette PresentationMode::highContrastWidgets()
{
    QPalette p;
    const QColor black(0, 0, 0), white(255, 255, 255);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, white);
        p.setColor(group, QPalette::WindowText, black);
        p.setColor(group, QPalette::Base, white);
        p.setColor(group, QPalette::AlternateBase, QColor(0xe8, 0xea, 0xed));
        p.setColor(group, QPalette::Text, black);
        p.setColor(group, QPalette::Button, QColor(0xe0, 0xe0, 0xe0));
        p.setColor(group, QPalette::ButtonText, black);
        p.setColor(group, QPalette::Highlight, QColor(0x00, 0x3c, 0xc8));
        p.setColor(group, QPalette::HighlightedText, white);
        p.setColor(group, QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe0));
        p.setColor(group, QPalette::ToolTipText, black);
    }
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x60, 0x60, 0x60));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x60, 0x60, 0x60));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x60, 0x60, 0x60));
    return p;
}

void PresentationMode::followSystemPalette()
{
    if (m_active)
        return;
    const TimelinePalette palette = TimelinePalette::forSystem(QApplication::palette());
    m_applying = true;
    if (m_views.timeline)
        m_views.timeline->setTimelinePalette(palette);
    if (m_views.legend)
        m_views.legend->setPalette(palette);
    if (m_views.codePane)
        m_views.codePane->setTimelinePalette(palette);
    m_applying = false;
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && !m_applying && event->type() == QEvent::ApplicationPaletteChange)
        followSystemPalette();
    return QObject::eventFilter(watched, event);
}

void PresentationMode::setScale(double scale)
{
    m_scale = std::clamp(scale, 1.0, 3.0);
    if (m_active)
        applyScale();
}

void PresentationMode::enter()
{
    if (m_active)
        return;
    m_active = true;
    m_applying = true;
    m_hadOwnFont = m_window->testAttribute(Qt::WA_SetFont);
    m_hadOwnPalette = m_window->testAttribute(Qt::WA_SetPalette);
    m_savedFont = m_window->font();
    m_savedPalette = m_window->palette();
    m_savedIconSizes.clear();
    m_savedButtonStyles.clear();
    for (QToolBar *bar : m_window->findChildren<QToolBar *>()) {
        m_savedIconSizes.insert(bar, bar->iconSize());
        m_savedButtonStyles.insert(bar, bar->toolButtonStyle());
    }
    m_window->setPalette(highContrastWidgets());
    const TimelinePalette palette = TimelinePalette::highContrast();
    if (m_views.timeline)
        m_views.timeline->setTimelinePalette(palette);
    if (m_views.legend)
        m_views.legend->setPalette(palette);
    if (m_views.codePane)
        m_views.codePane->setTimelinePalette(palette);
    if (m_views.caption) {
        m_views.caption->setTimelinePalette(palette);
        m_views.caption->show();
    }
    for (QDockWidget *dock : m_views.secondaryDocks)
        dock->hide();
    applyScale();
    m_applying = false;
}

void PresentationMode::applyScale()
{
    QFont font = m_savedFont;
    font.setPointSizeF(m_savedFont.pointSizeF() * m_scale);
    m_window->setFont(font);
    if (m_views.timeline)
        m_views.timeline->setScaleFactor(m_scale);
    if (m_views.legend)
        m_views.legend->setScaleFactor(m_scale);
    if (m_views.codePane)
        m_views.codePane->setScaleFactor(m_scale);
    if (m_views.caption)
        m_views.caption->setScaleFactor(m_scale);
    for (QToolBar *bar : m_window->findChildren<QToolBar *>()) {
        const bool transport = bar->objectName() == QLatin1String("TransportToolBar");
        const int side = int((transport ? 32 : 24) * m_scale);
        bar->setIconSize(QSize(side, side));
        if (transport)
            bar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    }
}

void PresentationMode::leave()
{
    if (!m_active)
        return;
    m_applying = true;
    if (m_hadOwnFont)
        m_window->setFont(m_savedFont);
    else
        m_window->setFont(QFont());
    if (m_hadOwnPalette)
        m_window->setPalette(m_savedPalette);
    else
        m_window->setPalette(QPalette());
    m_window->setAttribute(Qt::WA_SetFont, m_hadOwnFont);
    m_window->setAttribute(Qt::WA_SetPalette, m_hadOwnPalette);
    for (auto it = m_savedIconSizes.cbegin(); it != m_savedIconSizes.cend(); ++it)
        it.key()->setIconSize(it.value());
    for (auto it = m_savedButtonStyles.cbegin(); it != m_savedButtonStyles.cend(); ++it)
        it.key()->setToolButtonStyle(it.value());
    if (m_views.timeline)
        m_views.timeline->setScaleFactor(1.0);
    if (m_views.legend)
        m_views.legend->setScaleFactor(1.0);
    if (m_views.codePane)
        m_views.codePane->setScaleFactor(1.0);
    if (m_views.caption)
        m_views.caption->hide();
    m_active = false;
    m_applying = false;
    followSystemPalette();
}

} // namespace sockscope
