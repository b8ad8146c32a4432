#include "presentationmode.h"

#include "codepane.h"
#include "narrationdock.h"
#include "timelinelegend.h"
#include "timelineview.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QScreen>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

#include <algorithm>
#include <cmath>

namespace sockscope {

namespace {
// The caption may take this share of the screen's height (it takes only what its text needs);
// a longer text scrolls, showing the event's sentence. At 1024x768 a chapter of three lines
// and a sentence of three fit (0.16 cut the sentence's last line: accept-queue, event 35).
constexpr double kCaptionShare = 0.24;
// The strip of code and state, when the teacher shows it.
constexpr double kPanelsShare = 0.32;
} // namespace

PresentationMode::PresentationMode(QMainWindow *window, const Views &views, QObject *parent)
    : QObject(parent), m_window(window), m_views(views),
      m_legendAction(new QAction(tr("Legend"), this)),
      m_panelsAction(new QAction(tr("Code and state"), this))
{
    m_legendAction->setCheckable(true);
    m_legendAction->setChecked(true);
    m_legendAction->setShortcut(QKeySequence(Qt::Key_L));
    m_legendAction->setShortcutContext(Qt::WindowShortcut);
    m_legendAction->setToolTip(tr("Show or hide what the colours and shapes mean (L)"));
    m_legendAction->setIcon(m_window->style()->standardIcon(QStyle::SP_MessageBoxInformation));
    connect(m_legendAction, &QAction::toggled, this, [this](bool on) {
        if (m_views.legend)
            m_views.legend->setVisible(on);
    });
    m_panelsAction->setCheckable(true);
    m_panelsAction->setShortcut(QKeySequence(Qt::Key_C));
    m_panelsAction->setShortcutContext(Qt::WindowShortcut);
    m_panelsAction->setToolTip(tr("Show or hide the code and the state inspector (C)"));
    m_panelsAction->setIcon(m_window->style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    connect(m_panelsAction, &QAction::triggered, this, &PresentationMode::showPanels);
    for (QDockWidget *dock : {m_views.codeDock, m_views.stateDock}) {
        if (dock)
            connect(dock, &QDockWidget::visibilityChanged, this,
                    &PresentationMode::syncPanelsAction);
    }
    syncPanelsAction();
    m_window->addAction(m_legendAction);
    m_window->addAction(m_panelsAction);
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

int PresentationMode::minimumTextPx(const QSize &screen)
{
    // A narrow screen counts as lower: 1024 px wide is read like 768 px high.
    const double height = std::min(double(screen.height()), screen.width() * 768.0 / 1024.0);
    const double px = 18.0 + (height - 768.0) * (22.0 - 18.0) / (1080.0 - 768.0);
    return int(std::ceil(std::clamp(px, 18.0, 28.0)));
}

double PresentationMode::effectiveScale() const
{
    return std::max(m_scale, double(minimumTextPx(screenSize())) / kTimelineSmallestTextPx);
}

QSize PresentationMode::screenSize() const
{
    const QScreen *screen = m_window->screen();
    return screen ? screen->geometry().size() : QSize(1024, 768);
}

void PresentationMode::syncPanelsAction()
{
    bool shown = false;
    for (QDockWidget *dock : {m_views.codeDock, m_views.stateDock})
        shown = shown || (dock && !dock->isHidden());
    m_panelsAction->setChecked(shown);
}

void PresentationMode::showPanels(bool on)
{
    for (QDockWidget *dock : {m_views.codeDock, m_views.stateDock}) {
        if (dock)
            dock->setVisible(on);
    }
    if (on && m_active && m_views.codeDock)
        m_window->resizeDocks({m_views.codeDock}, {int(screenSize().height() * kPanelsShare)},
                              Qt::Vertical);
    syncPanelsAction();
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
    m_hiddenToolBarLabels.clear();
    for (QToolBar *bar : m_window->findChildren<QToolBar *>()) {
        m_savedIconSizes.insert(bar, bar->iconSize());
        m_savedButtonStyles.insert(bar, bar->toolButtonStyle());
        // " Model: " and " Speed: " make room for the transport: the combos say it.
        for (QAction *action : bar->actions()) {
            if (qobject_cast<QLabel *>(bar->widgetForAction(action)) && action->isVisible()) {
                action->setVisible(false);
                m_hiddenToolBarLabels << QPointer<QWidget>(bar->widgetForAction(action));
            }
        }
    }
    m_window->setPalette(highContrastWidgets());
    const TimelinePalette palette = TimelinePalette::highContrast();
    if (m_views.timeline)
        m_views.timeline->setTimelinePalette(palette);
    if (m_views.legend) {
        m_legendWasVisible = !m_views.legend->isHidden();
        m_views.legend->setPalette(palette);
    }
    m_legendAction->setChecked(false);
    if (m_views.codePane)
        m_views.codePane->setTimelinePalette(palette);
    if (m_views.caption) {
        m_views.caption->setTimelinePalette(palette);
        m_views.caption->show();
    }
    for (QDockWidget *dock : m_views.secondaryDocks)
        dock->hide();
    // Code and state: one strip under the timeline, side by side, shown on demand.
    if (m_views.codeDock && m_views.stateDock) {
        m_window->addDockWidget(Qt::BottomDockWidgetArea, m_views.codeDock);
        m_window->splitDockWidget(m_views.codeDock, m_views.stateDock, Qt::Horizontal);
    }
    showPanels(false);
    m_statusBarWasVisible = !m_window->statusBar()->isHidden();
    m_window->statusBar()->hide();
    applyScale();
    m_applying = false;
}

void PresentationMode::applyScale()
{
    m_textPx = minimumTextPx(screenSize());
    const double scale = effectiveScale();
    QFont font = m_savedFont;
    font.setPixelSize(m_textPx);
    m_window->setFont(font);
    if (m_views.timeline)
        m_views.timeline->setScaleFactor(scale);
    if (m_views.legend)
        m_views.legend->setScaleFactor(scale);
    if (m_views.codePane)
        m_views.codePane->setScaleFactor(scale);
    if (m_views.caption) {
        m_views.caption->setTextPixelSize(m_textPx);
        m_views.caption->setMaximumCaptionHeight(int(screenSize().height() * kCaptionShare));
    }
    // One row of tool bars: the run's buttons with their words, the transport as icons.
    for (QToolBar *bar : m_window->findChildren<QToolBar *>()) {
        const bool run = bar->objectName() == QLatin1String("RunToolBar");
        const int side = int(m_textPx * (run ? 1.2 : 1.5));
        bar->setIconSize(QSize(side, side));
        bar->setToolButtonStyle(run ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
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
    for (QToolBar *bar : m_window->findChildren<QToolBar *>()) {
        for (QAction *action : bar->actions()) {
            if (m_hiddenToolBarLabels.contains(QPointer<QWidget>(bar->widgetForAction(action))))
                action->setVisible(true);
        }
    }
    m_hiddenToolBarLabels.clear();
    if (m_views.timeline)
        m_views.timeline->setScaleFactor(1.0);
    if (m_views.legend)
        m_views.legend->setScaleFactor(1.0);
    m_legendAction->setChecked(m_legendWasVisible);
    if (m_views.codePane)
        m_views.codePane->setScaleFactor(1.0);
    if (m_views.caption)
        m_views.caption->hide();
    m_window->statusBar()->setVisible(m_statusBarWasVisible);
    m_active = false;
    m_applying = false;
    followSystemPalette();
}

} // namespace sockscope
